// LegacyJsonMapping::parseOrder: GET .../v1/:id.
#include "FuzzInput.h"
#include "api/LegacyJsonMapping.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QString why;
    const auto parsed = LegacyJsonMapping::parseOrder(fuzzBytes(data, size), &why);
    if (!parsed) {
        FUZZ_CHECK(!why.isEmpty());
        return 0;
    }
    // Legacy ids are positive 64-bit numbers, kept as their exact digits.
    FUZZ_CHECK(parsed->id.toNumber().has_value());
    FUZZ_CHECK(parsed->paymentId.isNull() || parsed->paymentId.toNumber().has_value());
    // The bounded fields stay bounded whatever the reply holds.
    FUZZ_CHECK(parsed->status.size() <= 64 && parsed->paymentStatus.size() <= 64);
    FUZZ_CHECK(parsed->externalReference.size() <= 256 && parsed->payerEmail.size() <= 256);
    // The state is a function of the raw strings, in one place.
    FUZZ_CHECK(parsed->state == LegacyJsonMapping::orderState(parsed->status, parsed->paymentStatus));
    return 0;
}
