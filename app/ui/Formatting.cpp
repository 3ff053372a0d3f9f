#include "ui/Formatting.h"

#include <QCoreApplication>
#include <optional>

namespace Formatting {

QString currencySymbol(const QLocale &locale)
{
    const QString symbol = locale.currencySymbol(QLocale::CurrencySymbol);
    return symbol.isEmpty() ? QStringLiteral("$") : symbol;
}

namespace {

std::optional<Currency> &defaultCurrencySlot()
{
    static std::optional<Currency> slot;
    return slot;
}

} // namespace

void setDefaultCurrency(const Currency &currency)
{
    defaultCurrencySlot() = currency;
}

Currency defaultCurrency()
{
    return defaultCurrencySlot().value_or(Currency::forLocale(QLocale()));
}

QString currency(Money amount, const QLocale &locale, const Currency &currency)
{
    return amount.toCurrencyString(locale, currency);
}

QString currency(Money amount, const QLocale &locale)
{
    return currency(amount, locale, defaultCurrency());
}

QString dateTime(const QDateTime &when, const QLocale &locale)
{
    return locale.toString(when.toLocalTime(), QLocale::ShortFormat);
}

QString elapsed(qint64 milliseconds)
{
    const qint64 totalSeconds = qMax<qint64>(0, milliseconds / 1000);
    const qint64 hours = totalSeconds / 3600;
    const qint64 minutes = (totalSeconds / 60) % 60;
    const qint64 seconds = totalSeconds % 60;
    const QLatin1Char zero('0');
    if (hours > 0)
        return QStringLiteral("%1:%2:%3").arg(hours).arg(minutes, 2, 10, zero).arg(seconds, 2, 10, zero);
    return QStringLiteral("%1:%2").arg(minutes, 2, 10, zero).arg(seconds, 2, 10, zero);
}

QString cardTypeName(CardType type)
{
    return type == CardType::Credit ? QCoreApplication::translate("Formatting", "Credit card")
                                    : QCoreApplication::translate("Formatting", "Debit card");
}

} // namespace Formatting
