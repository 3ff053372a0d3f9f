// LegacyJsonMapping::parseDevices: GET .../v1/devices.
#include "FuzzInput.h"
#include "api/LegacyJsonMapping.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QString why;
    const auto parsed = LegacyJsonMapping::parseDevices(fuzzBytes(data, size), &why);
    if (!parsed) {
        FUZZ_CHECK(!why.isEmpty());
        return 0;
    }
    for (const Device &d : *parsed) {
        FUZZ_CHECK(!d.name.isEmpty());
        FUZZ_CHECK(d.heldOrder.isNull() || d.heldOrder.toNumber().has_value());
    }
    return 0;
}
