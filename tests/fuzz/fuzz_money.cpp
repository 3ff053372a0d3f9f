// Money::parse on what a cashier might type, under a few locales (byte 0 picks one).
#include "FuzzInput.h"
#include "core/Money.h"

namespace {

const QLocale &localeFor(std::uint8_t selector)
{
    static const QLocale locales[] = {
        QLocale::c(),
        QLocale(QLocale::English, QLocale::UnitedStates),
        QLocale(QLocale::Spanish, QLocale::Argentina),
        QLocale(QLocale::Portuguese, QLocale::Brazil),
        QLocale(QLocale::German, QLocale::Germany),
        QLocale(QLocale::French, QLocale::France),
        QLocale(QLocale::Spanish, QLocale::Mexico),
        QLocale(QLocale::Hindi, QLocale::India),
    };
    return locales[selector % (sizeof(locales) / sizeof(locales[0]))];
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    const QLocale &locale = localeFor(data[0]);
    const QString text = QString::fromUtf8(fuzzBytes(data + 1, size - 1));
    const Money::ParseResult r = Money::parse(text, locale);
    FUZZ_CHECK(r.money.has_value() == (r.error == Money::ParseError::None));
    FUZZ_CHECK(!r.money || Money::errorMessage(r.error).isEmpty());
    FUZZ_CHECK(r.money || !Money::errorMessage(r.error).isEmpty());
    if (!r.money)
        return 0;
    const Money m = *r.money;
    FUZZ_CHECK(m.cents() > 0 && m.cents() <= Money::kMaxCents);
    // What PointDesk sends reads back as the same amount, in any locale's rules for a plain number.
    const Money::ParseResult back = Money::parse(m.toPlainString(), QLocale::c());
    FUZZ_CHECK(back.money && *back.money == m);
    const auto json = Money::fromJsonNumber(m.toJsonNumber());
    FUZZ_CHECK(json && *json == m);
    FUZZ_CHECK(!m.toLocaleString(locale).isEmpty());
    return 0;
}
