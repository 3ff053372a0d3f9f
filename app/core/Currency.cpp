#include "core/Currency.h"

#include <iterator>

namespace {

struct CurrencyInfo
{
    const char *code;
    const char16_t *symbol;
    int minorDigits;
    QLocale::Territory territory;
    const char *name;
};

// The symbols are the ones each country's shops print (CLDR's local symbols), not the international "ARS".
constexpr CurrencyInfo kCurrencies[] = {
    {"ARS", u"$", 2, QLocale::Argentina, QT_TRANSLATE_NOOP("Currency", "Argentine peso")},
    {"BRL", u"R$", 2, QLocale::Brazil, QT_TRANSLATE_NOOP("Currency", "Brazilian real")},
    {"MXN", u"$", 2, QLocale::Mexico, QT_TRANSLATE_NOOP("Currency", "Mexican peso")},
    {"CLP", u"$", 0, QLocale::Chile, QT_TRANSLATE_NOOP("Currency", "Chilean peso")},
    {"COP", u"$", 0, QLocale::Colombia, QT_TRANSLATE_NOOP("Currency", "Colombian peso")},
    {"PEN", u"S/", 2, QLocale::Peru, QT_TRANSLATE_NOOP("Currency", "Peruvian sol")},
    {"UYU", u"$", 2, QLocale::Uruguay, QT_TRANSLATE_NOOP("Currency", "Uruguayan peso")},
};
constexpr int kCount = int(std::size(kCurrencies));

} // namespace

Currency::Currency() = default;

const QList<Currency> &Currency::all()
{
    static const QList<Currency> list = [] {
        QList<Currency> out;
        for (int i = 0; i < kCount; ++i)
            out.append(Currency(i));
        return out;
    }();
    return list;
}

std::optional<Currency> Currency::fromCode(const QString &isoCode)
{
    const QString code = isoCode.trimmed();
    for (int i = 0; i < kCount; ++i) {
        if (code.compare(QLatin1String(kCurrencies[i].code), Qt::CaseInsensitive) == 0)
            return Currency(i);
    }
    return std::nullopt;
}

Currency Currency::forLocale(const QLocale &locale)
{
    for (int i = 0; i < kCount; ++i) {
        if (kCurrencies[i].territory == locale.territory())
            return Currency(i);
    }
    return Currency();
}

QString Currency::code() const
{
    return QLatin1String(kCurrencies[m_index].code);
}

QString Currency::symbol() const
{
    return QString::fromUtf16(kCurrencies[m_index].symbol);
}

int Currency::minorDigits() const
{
    return kCurrencies[m_index].minorDigits;
}

qint64 Currency::centsPerStep() const
{
    return minorDigits() == 0 ? 100 : 1;
}

QString Currency::name() const
{
    return tr(kCurrencies[m_index].name);
}

QString Currency::displayName() const
{
    //: A currency in a list: its name, then its ISO code in parentheses. %1 is the name, %2 the code.
    return tr("%1 (%2)").arg(name(), code());
}

QLocale::Territory Currency::territory() const
{
    return kCurrencies[m_index].territory;
}
