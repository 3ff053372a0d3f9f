// The account currencies: codes, symbols, minor digits, the guess from a locale, names.
#include "core/Currency.h"

#include <QTest>

class TestCurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void table_data();
    void table();
    void listOrder();
    void fromCode_data();
    void fromCode();
    void forLocale_data();
    void forLocale();
    void defaultIsArgentinePeso();
    void equality();
};

void TestCurrency::table_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<int>("digits");
    QTest::addColumn<qint64>("step");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("territory");
    // clang-format off
    QTest::newRow("ARS") << "ARS" << "$" << 2 << qint64(1) << "Argentine peso" << int(QLocale::Argentina);
    QTest::newRow("BRL") << "BRL" << "R$" << 2 << qint64(1) << "Brazilian real" << int(QLocale::Brazil);
    QTest::newRow("MXN") << "MXN" << "$" << 2 << qint64(1) << "Mexican peso" << int(QLocale::Mexico);
    QTest::newRow("CLP") << "CLP" << "$" << 0 << qint64(100) << "Chilean peso" << int(QLocale::Chile);
    QTest::newRow("COP") << "COP" << "$" << 0 << qint64(100) << "Colombian peso" << int(QLocale::Colombia);
    QTest::newRow("PEN") << "PEN" << "S/" << 2 << qint64(1) << "Peruvian sol" << int(QLocale::Peru);
    QTest::newRow("UYU") << "UYU" << "$" << 2 << qint64(1) << "Uruguayan peso" << int(QLocale::Uruguay);
    // clang-format on
}

void TestCurrency::table()
{
    QFETCH(QString, code);
    QFETCH(QString, symbol);
    QFETCH(int, digits);
    QFETCH(qint64, step);
    QFETCH(QString, name);
    QFETCH(int, territory);
    const std::optional<Currency> currency = Currency::fromCode(code);
    QVERIFY(currency.has_value());
    QCOMPARE(currency->code(), code);
    QCOMPARE(currency->symbol(), symbol);
    QCOMPARE(currency->minorDigits(), digits);
    QCOMPARE(currency->hasMinorUnits(), digits > 0);
    QCOMPARE(currency->centsPerStep(), step);
    QCOMPARE(currency->name(), name);
    QCOMPARE(currency->displayName(), name + QStringLiteral(" (") + code + QLatin1Char(')'));
    QCOMPARE(int(currency->territory()), territory);
}

void TestCurrency::listOrder()
{
    QStringList codes;
    for (const Currency &currency : Currency::all())
        codes << currency.code();
    QCOMPARE(codes,
             (QStringList{QStringLiteral("ARS"), QStringLiteral("BRL"), QStringLiteral("MXN"), QStringLiteral("CLP"),
                          QStringLiteral("COP"), QStringLiteral("PEN"), QStringLiteral("UYU")}));
}

void TestCurrency::fromCode_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // empty: unknown
    // clang-format off
    QTest::newRow("exact") << "CLP" << "CLP";
    QTest::newRow("lower case") << "brl" << "BRL";
    QTest::newRow("mixed case, spaces") << "  uYu " << "UYU";
    QTest::newRow("dollar") << "USD" << "";
    QTest::newRow("euro") << "EUR" << "";
    QTest::newRow("empty") << "" << "";
    QTest::newRow("symbol is not a code") << "$" << "";
    QTest::newRow("longer") << "ARSX" << "";
    // clang-format on
}

void TestCurrency::fromCode()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const std::optional<Currency> currency = Currency::fromCode(text);
    QCOMPARE(currency.has_value(), !expected.isEmpty());
    if (currency)
        QCOMPARE(currency->code(), expected);
}

void TestCurrency::forLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("expected");
    // clang-format off
    QTest::newRow("es_AR") << QLocale(QLocale::Spanish, QLocale::Argentina) << "ARS";
    QTest::newRow("pt_BR") << QLocale(QLocale::Portuguese, QLocale::Brazil) << "BRL";
    QTest::newRow("es_MX") << QLocale(QLocale::Spanish, QLocale::Mexico) << "MXN";
    QTest::newRow("es_CL") << QLocale(QLocale::Spanish, QLocale::Chile) << "CLP";
    QTest::newRow("es_CO") << QLocale(QLocale::Spanish, QLocale::Colombia) << "COP";
    QTest::newRow("es_PE") << QLocale(QLocale::Spanish, QLocale::Peru) << "PEN";
    QTest::newRow("es_UY") << QLocale(QLocale::Spanish, QLocale::Uruguay) << "UYU";
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << "ARS";
    QTest::newRow("es_ES") << QLocale(QLocale::Spanish, QLocale::Spain) << "ARS";
    QTest::newRow("pt_PT") << QLocale(QLocale::Portuguese, QLocale::Portugal) << "ARS";
    QTest::newRow("C") << QLocale::c() << "ARS";
    // The territory decides, not the language: Quechua in Peru pays in soles.
    QTest::newRow("qu_PE") << QLocale(QLocale::Quechua, QLocale::Peru) << "PEN";
    // clang-format on
}

void TestCurrency::forLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, expected);
    QCOMPARE(Currency::forLocale(locale).code(), expected);
}

void TestCurrency::defaultIsArgentinePeso()
{
    QCOMPARE(Currency().code(), QStringLiteral("ARS"));
    QCOMPARE(Currency().minorDigits(), 2);
}

void TestCurrency::equality()
{
    QVERIFY(Currency::fromCode(QStringLiteral("CLP")) == Currency::fromCode(QStringLiteral("clp")));
    QVERIFY(*Currency::fromCode(QStringLiteral("CLP")) != *Currency::fromCode(QStringLiteral("COP")));
    QVERIFY(Currency() == *Currency::fromCode(QStringLiteral("ARS")));
}

QTEST_GUILESS_MAIN(TestCurrency)
#include "tst_currency.moc"
