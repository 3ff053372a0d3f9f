#include "ui/Formatting.h"

#include "core/CardBrand.h"

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

QString apiStatusName(const QString &status)
{
    const QString key = status.trimmed().toLower();
    // Both APIs' order and payment statuses (legacy OPEN / CLOSED and payment_status; Orders status and the
    // payments' status), one word each.
    static const QList<QPair<QString, const char *>> known{
        //: A payment or order status from Mercado Pago.
        {QStringLiteral("approved"), QT_TRANSLATE_NOOP("Formatting", "approved")},
        {QStringLiteral("accredited"), QT_TRANSLATE_NOOP("Formatting", "approved")},
        {QStringLiteral("authorized"), QT_TRANSLATE_NOOP("Formatting", "authorized")},
        {QStringLiteral("rejected"), QT_TRANSLATE_NOOP("Formatting", "declined")},
        {QStringLiteral("pending"), QT_TRANSLATE_NOOP("Formatting", "pending")},
        {QStringLiteral("in_process"), QT_TRANSLATE_NOOP("Formatting", "being processed")},
        {QStringLiteral("processing"), QT_TRANSLATE_NOOP("Formatting", "being processed")},
        {QStringLiteral("processed"), QT_TRANSLATE_NOOP("Formatting", "processed")},
        {QStringLiteral("created"), QT_TRANSLATE_NOOP("Formatting", "created")},
        {QStringLiteral("open"), QT_TRANSLATE_NOOP("Formatting", "open")},
        {QStringLiteral("closed"), QT_TRANSLATE_NOOP("Formatting", "closed")},
        {QStringLiteral("at_terminal"), QT_TRANSLATE_NOOP("Formatting", "on the terminal")},
        {QStringLiteral("action_required"), QT_TRANSLATE_NOOP("Formatting", "needs a check on the terminal")},
        {QStringLiteral("canceled"), QT_TRANSLATE_NOOP("Formatting", "cancelled")},
        {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("Formatting", "cancelled")},
        {QStringLiteral("expired"), QT_TRANSLATE_NOOP("Formatting", "expired")},
        {QStringLiteral("failed"), QT_TRANSLATE_NOOP("Formatting", "failed")},
        {QStringLiteral("refunded"), QT_TRANSLATE_NOOP("Formatting", "refunded")},
        {QStringLiteral("partially_refunded"), QT_TRANSLATE_NOOP("Formatting", "partly refunded")},
        {QStringLiteral("charged_back"), QT_TRANSLATE_NOOP("Formatting", "charged back")},
        {QStringLiteral("in_mediation"), QT_TRANSLATE_NOOP("Formatting", "in dispute")},
    };
    for (const auto &[id, words] : known) {
        if (id == key)
            return QCoreApplication::translate("Formatting", words);
    }
    QString shown = status.trimmed();
    shown.replace(QLatin1Char('_'), QLatin1Char(' '));
    return shown;
}

QString cardBrandName(const QString &brandId)
{
    return CardBrands::displayName(brandId);
}

QString cardSummary(const QString &brandId, const QString &lastDigits, int installments)
{
    return CardBrands::summary(brandId, lastDigits, installments);
}

} // namespace Formatting
