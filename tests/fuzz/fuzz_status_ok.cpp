// LegacyJsonMapping::parseStatusOk: {"status":"OK"} from the cancel-on-device and remove-device calls.
#include "FuzzInput.h"
#include "api/LegacyJsonMapping.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QString why;
    const bool ok = LegacyJsonMapping::parseStatusOk(fuzzBytes(data, size), &why);
    FUZZ_CHECK(ok || !why.isEmpty());
    return 0;
}
