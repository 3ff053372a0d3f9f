// OrdersJsonMapping::parseTerminalPage (GET /terminals/v1/list) and parseSetupReply (PATCH /terminals/v1/setup).
#include "FuzzInput.h"
#include "api/OrdersJsonMapping.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body = fuzzBytes(data, size);
    QString why;
    const auto page = OrdersJsonMapping::parseTerminalPage(body, 50, &why);
    if (!page) {
        FUZZ_CHECK(!why.isEmpty());
    } else {
        FUZZ_CHECK(page->total >= 0 && page->offset >= 0 && page->limit >= 0);
        for (const Device &d : page->terminals) {
            // Every listed terminal can be addressed: its name is its id, exactly.
            FUZZ_CHECK(!d.name.trimmed().isEmpty() && d.name == d.id);
            FUZZ_CHECK(d.name.size() <= OrdersJsonMapping::kMaxIdChars);
            FUZZ_CHECK(d.status == Device::Status::Unknown);
            FUZZ_CHECK(d.operatingMode != Device::OperatingMode::NotApplicable);
            FUZZ_CHECK(d.operatingMode == OrdersJsonMapping::operatingMode(d.rawOperatingMode));
            FUZZ_CHECK(d.posId.size() <= 256 && d.storeId.size() <= 256 && d.externalPosId.size() <= 256);
        }
    }
    why.clear();
    const auto setup = OrdersJsonMapping::parseSetupReply(body, QStringLiteral("NEWLAND_N950__SBX0000001"), &why);
    if (!setup)
        FUZZ_CHECK(!why.isEmpty());
    else
        FUZZ_CHECK(setup->name == QLatin1String("NEWLAND_N950__SBX0000001"));
    return 0;
}
