#include "core/Money.h"

#include <cmath>
#include <utility>

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isSeparator(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char(',');
}

// Grouping is valid when every group after the first has exactly three digits.
bool validGrouping(const QString &integerPart, QChar group)
{
    const QStringList groups = integerPart.split(group);
    if (groups.size() == 1)
        return true;
    // A thousands group never starts with 0: "0.500" is not five hundred.
    if (groups.first().isEmpty() || groups.first().size() > 3 || groups.first().startsWith(QLatin1Char('0')))
        return false;
    for (qsizetype i = 1; i < groups.size(); ++i) {
        if (groups.at(i).size() != 3)
            return false;
    }
    return true;
}

} // namespace

Money::ParseResult Money::parse(const QString &input, const QLocale &locale, const Currency &currency)
{
    // The account currency's own sign ("S/" has a character that is neither a letter nor "$") carries no value.
    QString withoutSymbol = input;
    withoutSymbol.remove(currency.symbol());
    QString text;
    text.reserve(withoutSymbol.size());
    bool negative = false;
    for (const QChar c : std::as_const(withoutSymbol)) {
        // Spaces (also the locale's non-breaking group separators) and currency signs carry no value.
        if (c.isSpace() || c == QChar(0x00A0) || c == QChar(0x202F) || c == QLatin1Char('$'))
            continue;
        if (c == QLatin1Char('-') || c == QChar(0x2212)) {
            negative = true;
            continue;
        }
        text.append(c);
    }
    // Allow "R$" and other letter-prefixed currency markers only at the front.
    bool hadLetters = false;
    while (!text.isEmpty() && text.front().isLetter()) {
        text.remove(0, 1);
        hadLetters = true;
    }

    if (text.isEmpty())
        return {std::nullopt, negative || hadLetters ? ParseError::NotANumber : ParseError::Empty};

    for (const QChar c : text) {
        if (!isAsciiDigit(c) && !isSeparator(c))
            return {std::nullopt, ParseError::NotANumber};
    }

    const qsizetype lastDot = text.lastIndexOf(QLatin1Char('.'));
    const qsizetype lastComma = text.lastIndexOf(QLatin1Char(','));
    QString integerPart = text;
    QString fractionPart;
    QChar groupChar;

    if (lastDot >= 0 && lastComma >= 0) {
        const qsizetype decimalAt = qMax(lastDot, lastComma);
        const QChar decimal = text.at(decimalAt);
        groupChar = decimal == QLatin1Char('.') ? QLatin1Char(',') : QLatin1Char('.');
        integerPart = text.left(decimalAt);
        fractionPart = text.mid(decimalAt + 1);
        if (integerPart.contains(decimal) || fractionPart.contains(groupChar))
            return {std::nullopt, ParseError::NotANumber};
    } else if (lastDot >= 0 || lastComma >= 0) {
        const QChar sep = lastDot >= 0 ? QLatin1Char('.') : QLatin1Char(',');
        const qsizetype count = text.count(sep);
        const qsizetype at = text.indexOf(sep);
        const bool threeDigitsAfter = text.size() - at - 1 == 3;
        const QString localeGroup = locale.groupSeparator();
        const bool localeGroups = localeGroup == QString(sep);
        const bool leadingZero = text.startsWith(QLatin1Char('0'));
        // Without minor units three digits after a lone separator can only be thousands, whatever the locale.
        const bool groupsOnly = !currency.hasMinorUnits();
        if (count > 1 || (threeDigitsAfter && (localeGroups || groupsOnly) && at > 0 && !leadingZero)) {
            groupChar = sep;
        } else {
            integerPart = text.left(at);
            fractionPart = text.mid(at + 1);
        }
    }

    if (!groupChar.isNull()) {
        if (!validGrouping(integerPart, groupChar))
            return {std::nullopt, ParseError::NotANumber};
        integerPart.remove(groupChar);
    }
    if (integerPart.isEmpty() && fractionPart.isEmpty())
        return {std::nullopt, ParseError::NotANumber};
    if (!currency.hasMinorUnits() && !fractionPart.isEmpty())
        return {std::nullopt, ParseError::DecimalsNotAllowed};
    if (fractionPart.size() > 2)
        return {std::nullopt, ParseError::TooManyDecimals};

    // Drop leading zeros so that the length check below measures the magnitude.
    qsizetype firstNonZero = 0;
    while (firstNonZero < integerPart.size() && integerPart.at(firstNonZero) == QLatin1Char('0'))
        ++firstNonZero;
    integerPart = integerPart.mid(firstNonZero);
    if (integerPart.size() > 12)
        return {std::nullopt, negative ? ParseError::NotPositive : ParseError::TooLarge};

    qint64 cents = 0;
    for (const QChar c : integerPart)
        cents = cents * 10 + (c.unicode() - '0');
    cents *= 100;
    if (!fractionPart.isEmpty()) {
        const QString padded = fractionPart.leftJustified(2, QLatin1Char('0'));
        cents += (padded.at(0).unicode() - '0') * 10 + (padded.at(1).unicode() - '0');
    }

    if (negative || cents <= 0)
        return {std::nullopt, ParseError::NotPositive};
    if (cents > kMaxCents)
        return {std::nullopt, ParseError::TooLarge};
    return {Money(cents), ParseError::None};
}

QString Money::toPlainString() const
{
    const qint64 whole = m_cents / 100;
    const qint64 frac = std::abs(m_cents % 100);
    QString out = QString::number(whole);
    if (m_cents < 0 && whole == 0)
        out.prepend(QLatin1Char('-'));
    if (frac != 0) {
        out += QLatin1Char('.') + QStringLiteral("%1").arg(frac, 2, 10, QLatin1Char('0'));
        if (out.endsWith(QLatin1Char('0')))
            out.chop(1);
    }
    return out;
}

std::optional<Money> Money::fromJsonNumber(double value)
{
    if (!std::isfinite(value) || std::fabs(value) > static_cast<double>(kMaxCents) / 100.0 * 10.0)
        return std::nullopt;
    const double scaled = value * 100.0;
    const double rounded = std::round(scaled);
    // A value with more than two decimals lies visibly off the cent grid.
    if (std::fabs(scaled - rounded) > 1e-6 * std::max(1.0, std::fabs(scaled)))
        return std::nullopt;
    return Money(static_cast<qint64>(rounded));
}

QString Money::toLocaleString(const QLocale &locale) const
{
    const qint64 whole = m_cents / 100;
    const qint64 frac = std::abs(m_cents % 100);
    QString wholeText = locale.toString(whole);
    if (m_cents < 0 && whole == 0)
        wholeText.prepend(locale.negativeSign());
    return wholeText + locale.decimalPoint() + QStringLiteral("%1").arg(frac, 2, 10, QLatin1Char('0'));
}

QString Money::toLocaleString(const QLocale &locale, const Currency &currency) const
{
    if (currency.hasMinorUnits() || m_cents % 100 != 0)
        return toLocaleString(locale);
    return locale.toString(m_cents / 100);
}

Money Money::maximum(const Currency &currency)
{
    return Money(kMaxCents - kMaxCents % currency.centsPerStep());
}

QString Money::errorMessage(ParseError error, const QLocale &locale, const Currency &currency)
{
    const Money example = Money::fromCents(currency.hasMinorUnits() ? 125050 : 150000);
    switch (error) {
    case ParseError::None:
        return {};
    case ParseError::Empty:
        return QCoreApplication::translate("Money", "Enter the amount to charge.");
    case ParseError::NotANumber:
        return QCoreApplication::translate("Money", "The amount must be a number, like %1.")
            .arg(example.toLocaleString(locale, currency));
    case ParseError::TooManyDecimals:
        return QCoreApplication::translate("Money", "The amount can have at most two decimals.");
    case ParseError::NotPositive:
        return QCoreApplication::translate("Money", "The amount must be greater than zero.");
    case ParseError::TooLarge:
        return QCoreApplication::translate("Money", "The amount is too large: at most %1.")
            .arg(maximum(currency).toLocaleString(locale, currency));
    case ParseError::DecimalsNotAllowed:
        //: %1 is a currency code such as CLP, %2 an example amount such as 1.500.
        return QCoreApplication::translate("Money", "Amounts in %1 have no cents: enter a whole amount, like %2.")
            .arg(currency.code(), example.toLocaleString(locale, currency));
    }
    return {};
}

QString Money::toCurrencyString(const QLocale &locale, const Currency &currency) const
{
    const QString number = toLocaleString(locale, currency);
    const QString symbol = currency.symbol();
    // The C locale has no currency format of its own.
    if (locale.language() == QLocale::C || locale.currencySymbol(QLocale::CurrencySymbol).isEmpty())
        return symbol + QChar(0x00A0) + number;
    // The locale's own pattern (symbol before or after, with or without a space), learnt from a sample with the
    // currency's symbol whose digits are then replaced by the exact amount.
    const QString sampleNumber = locale.toString(7);
    const QString sample = locale.toCurrencyString(qlonglong(7), symbol);
    const qsizetype at = sample.indexOf(sampleNumber);
    if (at < 0)
        return symbol + QChar(0x00A0) + number;
    QString out = sample;
    out.replace(at, sampleNumber.size(), number);
    return out;
}
