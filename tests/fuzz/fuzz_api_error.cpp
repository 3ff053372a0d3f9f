// ApiError::fromResponse on an error reply: byte 0 picks the HTTP status (400..599), the bytes up to the first
// newline are the Retry-After header, the rest is the error body.
#include "api/ApiError.h"
#include "FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    const int status = 400 + data[0] % 200;
    const QByteArray rest = fuzzBytes(data + 1, size - 1);
    const qsizetype newline = rest.indexOf('\n');
    const QByteArray retryAfter = newline < 0 ? QByteArray() : rest.left(newline);
    const QByteArray body = newline < 0 ? rest : rest.mid(newline + 1);
    const ApiError e = ApiError::fromResponse(QNetworkReply::UnknownContentError, status, body, retryAfter,
                                              QStringLiteral("error"), false);
    FUZZ_CHECK(e.isError());
    FUZZ_CHECK(e.httpStatus() == status);
    FUZZ_CHECK(e.retryAfterSeconds() >= -1 && e.retryAfterSeconds() <= 3600);
    FUZZ_CHECK(e.apiMessage().size() <= 500 && e.field().size() <= 100);
    // The API's code: always set for an HTTP answer, bounded (errors[0].code, code, cause[0].code, error or status).
    FUZZ_CHECK(!e.apiCode().isEmpty() && e.apiCode().size() <= 100);
    FUZZ_CHECK(!e.userMessage().isEmpty());
    FUZZ_CHECK(!e.detail().isEmpty());
    FUZZ_CHECK(ApiError::kindKey(e.kind()) != QLatin1String("unknown"));
    // A 4xx answer was refused; only 5xx (the server broke down half-way) may hide a processed request.
    FUZZ_CHECK(e.mayHaveReachedServer() == (status >= 500));
    return 0;
}
