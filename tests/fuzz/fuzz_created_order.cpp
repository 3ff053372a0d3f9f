// LegacyJsonMapping::parseCreatedOrder: the reply to create-order, {"status":"OPEN","id":<order_id>}.
#include "FuzzInput.h"
#include "api/LegacyJsonMapping.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QString why;
    const auto parsed = LegacyJsonMapping::parseCreatedOrder(fuzzBytes(data, size), &why);
    // Either a positive 64-bit id, or a reason.
    FUZZ_CHECK(parsed ? parsed->id.toNumber().has_value() : !why.isEmpty());
    return 0;
}
