#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>
#include <optional>

/// A currency a Mercado Pago Point account charges in: its ISO 4217 code, the symbol shops print and how many minor
/// digits it has (CLP and COP have none: no cents). Money is integer hundredths whatever the currency, so 1500 CLP
/// is Money::fromCents(150000) and goes to the API as 1500. A value type with no I/O.
class Currency
{
    Q_DECLARE_TR_FUNCTIONS(Currency)

public:
    /// The Argentine peso, the fallback wherever no other currency fits.
    Currency();

    /// The seven currencies in the order the settings list them: ARS BRL MXN CLP COP PEN UYU.
    static const QList<Currency> &all();
    /// The currency with ISO code `isoCode` (case-insensitive, surrounding spaces ignored); nullopt when unknown.
    static std::optional<Currency> fromCode(const QString &isoCode);
    /// The default guess for a shop in `locale`'s territory: AR ARS, BR BRL, MX MXN, CL CLP, CO COP, PE PEN,
    /// UY UYU, anything else ARS.
    static Currency forLocale(const QLocale &locale);

    /// "ARS", "BRL" ...
    QString code() const;
    /// What the shop's country prints: "$", "R$", "S/".
    QString symbol() const;
    /// Digits after the decimal separator: 0 for CLP and COP, 2 for the others.
    int minorDigits() const;
    bool hasMinorUnits() const { return minorDigits() > 0; }
    /// Cents in the smallest amount this currency can charge: 1, or 100 when it has no minor units.
    qint64 centsPerStep() const;
    /// The currency's name, translated ("Chilean peso").
    QString name() const;
    /// "Chilean peso (CLP)", for lists.
    QString displayName() const;
    /// The country that uses it.
    QLocale::Territory territory() const;

    friend bool operator==(const Currency &a, const Currency &b) { return a.m_index == b.m_index; }
    friend bool operator!=(const Currency &a, const Currency &b) { return a.m_index != b.m_index; }

private:
    explicit Currency(int index) : m_index(index) {}
    int m_index = 0;
};
