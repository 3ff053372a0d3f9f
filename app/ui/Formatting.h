#pragma once

#include "core/CardType.h"
#include "core/Currency.h"
#include "core/Money.h"

#include <QDateTime>
#include <QLocale>
#include <QString>

/// How the cashier window writes amounts, dates, durations and card types.
namespace Formatting {

/// The locale's currency symbol, or "$" when the locale has none (the C locale, for one).
QString currencySymbol(const QLocale &locale = QLocale());
/// The account's currency, used by the two-argument currency(): the window sets it from Settings::currency() at
/// start-up and whenever the manager changes it. Until then it is Currency::forLocale(QLocale()).
void setDefaultCurrency(const Currency &currency);
Currency defaultCurrency();
/// The amount in `currency` laid out the way `locale` writes money: "$ 1.250,50" (ARS in es_AR), "R$ 1.250,50"
/// (BRL in pt_BR), "$1.500" (CLP in es_CL: no decimals), "S/12.50" (PEN in es_PE). Exact to the cent: the digits
/// come from Money, never from a double.
QString currency(Money amount, const QLocale &locale, const Currency &currency);
/// The same in defaultCurrency().
QString currency(Money amount, const QLocale &locale = QLocale());
/// Date and time in the locale's short format, in local time ("5/3/24 14:07" in es_AR).
QString dateTime(const QDateTime &when, const QLocale &locale = QLocale());
/// "mm:ss", or "h:mm:ss" from one hour on.
QString elapsed(qint64 milliseconds);
/// "Credit card" / "Debit card", translated.
QString cardTypeName(CardType type);
/// A card brand as Mercado Pago names it (payment_method.id: "visa", "master", "debvisa", "amex" ...) as people
/// write it ("Visa", "Mastercard", "Visa Debit", "American Express"); an unknown id is shown with a capital letter.
QString cardBrandName(const QString &brandId);
/// What the card of a payment was, in as many words as the API gave: "Visa ending 4242, 3 installments",
/// "Mastercard ending 0001", "Card ending 3704, 1 installment", "Visa"; empty when nothing was given.
/// `installments` 0: not known.
QString cardSummary(const QString &brandId, const QString &lastDigits, int installments);
/// A status word as the API sends it ("approved", "processed", "at_terminal", "OPEN") in the interface's language
/// ("aprobado"); a word PointDesk does not know is shown as sent, its underscores as spaces.
QString apiStatusName(const QString &status);

} // namespace Formatting
