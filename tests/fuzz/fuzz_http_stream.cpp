// HttpResponseParser fed as a socket would: the same reply split into pieces of fuzzer-chosen sizes. Byte 0: bit 0 =
// the peer closes at the end, bit 1 = a 64-byte body limit, bit 2 = tight line and header limits. Bytes 1-8: the
// piece sizes (each + 1), used in turn. Checks that between pieces the parser holds no more than one line, that the
// body stays within its limit, and that the result is the one of the whole reply parsed in one piece.
#include "FuzzInput.h"
#include "api/HttpResponseParser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    constexpr std::size_t kHeader = 9;
    if (size < kHeader)
        return 0;
    HttpResponseParser::Limits limits;
    limits.maxBodyBytes = (data[0] & 2) ? 64 : 1024 * 1024;
    if (data[0] & 4) {
        limits.maxLineBytes = 64;
        limits.maxHeaderCount = 4;
        limits.maxHeaderBytes = 200;
    }
    const bool closed = data[0] & 1;
    const QByteArray reply = fuzzBytes(data + kHeader, size - kHeader);

    HttpResponseParser pieces(limits);
    qsizetype at = 0;
    for (std::size_t turn = 0; at < reply.size(); ++turn) {
        const qsizetype piece = qMin<qsizetype>(qsizetype(data[1 + turn % 8]) + 1, reply.size() - at);
        const HttpResponseParser::Status status = pieces.feed(QByteArrayView(reply.constData() + at, piece));
        at += piece;
        FUZZ_CHECK(pieces.body().size() <= limits.maxBodyBytes);
        if (status == HttpResponseParser::Status::NeedMore)
            FUZZ_CHECK(pieces.pendingBytes() <= limits.maxLineBytes);
        else
            FUZZ_CHECK(pieces.pendingBytes() == 0);
    }
    FUZZ_CHECK(pieces.peakPendingBytes() <= limits.maxLineBytes);

    HttpResponseParser whole(limits);
    whole.feed(reply);
    if (closed) {
        pieces.finish();
        whole.finish();
    }
    FUZZ_CHECK(pieces.status() == whole.status());
    FUZZ_CHECK(pieces.failure() == whole.failure());
    FUZZ_CHECK(pieces.httpStatus() == whole.httpStatus());
    FUZZ_CHECK(pieces.headers() == whole.headers());
    FUZZ_CHECK(pieces.body() == whole.body());
    FUZZ_CHECK(pieces.headers().size() <= limits.maxHeaderCount);
    if (whole.status() == HttpResponseParser::Status::Complete)
        FUZZ_CHECK(whole.httpStatus() >= 100 && whole.httpStatus() <= 999);
    FUZZ_CHECK((whole.status() == HttpResponseParser::Status::Failed) ==
               (whole.failure() != HttpResponseParser::Failure::None));
    if (closed)
        FUZZ_CHECK(whole.status() != HttpResponseParser::Status::NeedMore);
    return 0;
}
