// OrdersJsonMapping::parseCreatedOrder: the 201 of POST /v1/orders.
#include "FuzzInput.h"
#include "api/OrdersJsonMapping.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QString why;
    const auto parsed = OrdersJsonMapping::parseCreatedOrder(fuzzBytes(data, size), &why);
    if (!parsed) {
        FUZZ_CHECK(!why.isEmpty());
        return 0;
    }
    FUZZ_CHECK(!parsed->id.isNull() && parsed->id.toString().size() <= OrdersJsonMapping::kMaxIdChars);
    FUZZ_CHECK(parsed->paymentId.toString().size() <= OrdersJsonMapping::kMaxIdChars);
    FUZZ_CHECK(parsed->status.size() <= 64);
    return 0;
}
