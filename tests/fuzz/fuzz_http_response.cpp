// HttpExchange::parseResponse: the raw HTTP/1.1 reply of a state-changing call. Byte 0: bit 0 = the peer closed
// the connection, bit 1 = a tiny body limit (64 bytes) instead of 1 MiB. The buffer is also fed in two halves, as
// the socket may deliver it.
#include "FuzzInput.h"
#include "api/HttpExchange.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    const bool closed = data[0] & 1;
    const qint64 maxBody = (data[0] & 2) ? 64 : 1024 * 1024;
    const QByteArray buffer = fuzzBytes(data + 1, size - 1);

    HttpExchange::Result result;
    bool protocolError = false;
    const bool complete = HttpExchange::parseResponse(buffer, closed, maxBody, result, &protocolError);
    FUZZ_CHECK(!(complete && protocolError));
    if (complete) {
        FUZZ_CHECK(result.httpStatus >= 100 && result.httpStatus <= 999);
        FUZZ_CHECK(result.body.size() <= maxBody);
        FUZZ_CHECK(result.body.size() <= buffer.size());
    }

    // An incomplete prefix never claims to be complete with a different status than the whole.
    HttpExchange::Result partial;
    bool partialError = false;
    const bool prefixComplete =
        HttpExchange::parseResponse(buffer.left(buffer.size() / 2), false, maxBody, partial, &partialError);
    if (prefixComplete && complete && !result.bodyTooLarge && !partial.bodyTooLarge)
        FUZZ_CHECK(partial.httpStatus == result.httpStatus);
    return 0;
}
