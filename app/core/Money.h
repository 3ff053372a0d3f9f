#pragma once

#include "core/Currency.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <optional>

/// An amount of money held as integer cents (hundredths of the currency unit); never a float.
class Money
{
public:
    /// The largest amount PointDesk accepts: 99,999,999.99 (99,999,999 in a currency without minor units).
    static constexpr qint64 kMaxCents = 9'999'999'999LL;

    /// DecimalsNotAllowed: the currency has no minor units (CLP, COP) and the text has decimals.
    enum class ParseError { None, Empty, NotANumber, TooManyDecimals, NotPositive, TooLarge, DecimalsNotAllowed };

    struct ParseResult;

    constexpr Money() = default;
    static constexpr Money fromCents(qint64 cents) { return Money(cents); }

    constexpr qint64 cents() const { return m_cents; }
    constexpr bool isPositive() const { return m_cents > 0; }

    /// Parses what a cashier types: "12,50", "12.50", "1.234,56", "1,234.56", "$ 12", using `locale`
    /// to settle a lone separator followed by three digits ("1.234" is 1234 in es_AR, an error in en_US).
    /// In a currency without minor units (CLP, COP) any decimals are refused (DecimalsNotAllowed) and a lone
    /// separator followed by three digits always groups thousands: "1.500" and "1,500" are 1500 pesos.
    /// The result is always in cents: 1500 CLP is 150000.
    static ParseResult parse(const QString &text, const QLocale &locale = QLocale(),
                             const Currency &currency = Currency());

    /// "12.5" style: shortest decimal form with '.' separator, as sent to the API.
    QString toPlainString() const;
    /// The amount as the JSON number the API expects (at most two decimals, exact for every valid amount).
    double toJsonNumber() const { return static_cast<double>(m_cents) / 100.0; }
    /// Converts a JSON number back to cents; nullopt when it has more than two decimals or is out of range.
    static std::optional<Money> fromJsonNumber(double value);
    /// Locale-formatted amount with two decimals, without a currency symbol ("1.234,50" in es_AR).
    QString toLocaleString(const QLocale &locale) const;
    /// Locale-formatted amount with `currency`'s minor digits, without a symbol: "1.500" for 150000 cents of CLP,
    /// "1.500,00" of ARS. An amount off the currency's grid (150050 cents of CLP) keeps its two decimals: an
    /// amount is never rounded for display.
    QString toLocaleString(const QLocale &locale, const Currency &currency) const;
    /// The amount with `currency`'s symbol, laid out the way `locale` writes money: "$ 1.250,50" (ARS in es_AR),
    /// "R$ 1.250,50" (BRL in pt_BR), "$1,250.50" (en_US). The digits come from toLocaleString(), never a double.
    QString toCurrencyString(const QLocale &locale, const Currency &currency) const;

    /// The largest amount accepted in `currency` (kMaxCents rounded down to the currency's smallest step).
    static Money maximum(const Currency &currency);

    /// Translated message for `error`, with example and limit amounts written the way `locale` writes money in
    /// `currency`.
    static QString errorMessage(ParseError error, const QLocale &locale = QLocale(),
                                const Currency &currency = Currency());

    friend constexpr bool operator==(Money a, Money b) { return a.m_cents == b.m_cents; }
    friend constexpr bool operator!=(Money a, Money b) { return a.m_cents != b.m_cents; }
    friend constexpr bool operator<(Money a, Money b) { return a.m_cents < b.m_cents; }

private:
    constexpr explicit Money(qint64 cents) : m_cents(cents) {}
    qint64 m_cents = 0;
};

struct Money::ParseResult
{
    std::optional<Money> money;
    ParseError error = ParseError::None;
};
