// The Orders API's wire values: decimal-string amounts, timestamps and ISO-8601 durations (OrdersJsonMapping).
#include "FuzzInput.h"
#include "api/OrdersJsonMapping.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(fuzzBytes(data, size));
    if (const auto amount = OrdersJsonMapping::parseAmount(text)) {
        FUZZ_CHECK(amount->cents() >= 0 && amount->cents() <= Money::kMaxCents);
        // What is read is written back and read again exactly (two decimals always fit ARS).
        const auto written = OrdersJsonMapping::formatAmount(*amount, Currency());
        FUZZ_CHECK(written && OrdersJsonMapping::parseAmount(*written) == amount);
    }
    if (const auto when = OrdersJsonMapping::parseTimestamp(text))
        FUZZ_CHECK(when->isValid() && when->timeSpec() == Qt::UTC);
    if (const auto seconds = OrdersJsonMapping::parseDuration(text)) {
        FUZZ_CHECK(*seconds >= 0);
        FUZZ_CHECK(OrdersJsonMapping::parseDuration(OrdersJsonMapping::formatDuration(*seconds)) == seconds);
    }
    return 0;
}
