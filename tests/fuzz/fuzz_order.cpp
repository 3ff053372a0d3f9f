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
    FUZZ_CHECK(parsed->id > 0);
    FUZZ_CHECK(parsed->paymentId >= 0);
    // The bounded fields stay bounded whatever the reply holds.
    FUZZ_CHECK(parsed->status.size() <= 64 && parsed->paymentStatus.size() <= 64);
    FUZZ_CHECK(parsed->externalReference.size() <= 256 && parsed->payerEmail.size() <= 256);
    // The state is a function of the raw strings, in one place.
    FUZZ_CHECK(parsed->state == OrderStates::fromLegacy(parsed->status, parsed->paymentStatus));
    return 0;
}
