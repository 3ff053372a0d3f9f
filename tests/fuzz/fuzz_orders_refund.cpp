// OrdersJsonMapping::parseRefund: the 2xx of POST /v1/orders/{id}/refund.
#include "FuzzInput.h"
#include "api/OrdersJsonMapping.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QString why;
    const auto parsed = OrdersJsonMapping::parseRefund(fuzzBytes(data, size), PaymentRef(QStringLiteral("PAY1")),
                                                       Money::fromCents(1250), &why);
    if (!parsed) {
        FUZZ_CHECK(!why.isEmpty());
        return 0;
    }
    FUZZ_CHECK(parsed->id.toString().size() <= OrdersJsonMapping::kMaxIdChars);
    FUZZ_CHECK(parsed->amount.cents() >= 0 && parsed->amount.cents() <= Money::kMaxCents);
    FUZZ_CHECK(parsed->rawStatus.size() <= 64);
    FUZZ_CHECK(parsed->state == OrdersJsonMapping::refundState(parsed->rawStatus));
    // A refund is done only when the API says "processed".
    FUZZ_CHECK(parsed->state != RefundState::Done || parsed->rawStatus.trimmed().toLower() == QLatin1String("processed"));
    return 0;
}
