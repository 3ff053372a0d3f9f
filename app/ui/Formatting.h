#pragma once

#include "CardType.h"
#include "Money.h"

#include <QLocale>
#include <QString>

/// How the cashier window writes amounts, durations and card types.
namespace Formatting {

/// The locale's currency symbol, or "$" when the locale has none (the C locale, for one).
QString currencySymbol(const QLocale &locale = QLocale());
/// The amount in the locale's currency format ("$ 1.250,50" in es_AR, "R$ 1.250,50" in pt_BR), exact to the
/// cent: the digits come from Money, never from a double.
QString currency(Money amount, const QLocale &locale = QLocale());
/// "mm:ss", or "h:mm:ss" from one hour on.
QString elapsed(qint64 milliseconds);
/// "Credit card" / "Debit card", translated.
QString cardTypeName(CardType type);

} // namespace Formatting
