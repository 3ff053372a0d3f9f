#include "core/Money.h"

#include <QTest>

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void plainString_data();
    void plainString();
    void jsonRoundTrip();
    void fromJsonNumberRejectsFractions();
    void localeString();
    void messagesFollowLocale();
    void parseInCurrency_data();
    void parseInCurrency();
    void localeStringInCurrency_data();
    void localeStringInCurrency();
    void maximumPerCurrency();
    void messagesFollowCurrency();
    void defaultCurrencyKeepsTwoDecimals();
    void currencyString_data();
    void currencyString();
};

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<int>("error");

    const int none = int(Money::ParseError::None);
    QTest::newRow("integer") << "12" << "en_US" << qint64(1200) << none;
    QTest::newRow("dot decimals") << "12.50" << "es_AR" << qint64(1250) << none;
    QTest::newRow("comma decimals") << "12,50" << "en_US" << qint64(1250) << none;
    QTest::newRow("one decimal") << "0,5" << "pt_BR" << qint64(50) << none;
    QTest::newRow("one cent") << "0.01" << "en_US" << qint64(1) << none;
    QTest::newRow("leading separator") << ",75" << "es_AR" << qint64(75) << none;
    QTest::newRow("ar grouping") << "1.234,56" << "es_AR" << qint64(123456) << none;
    QTest::newRow("us grouping") << "1,234.56" << "en_US" << qint64(123456) << none;
    QTest::newRow("ar lone group") << "1.234" << "es_AR" << qint64(123400) << none;
    QTest::newRow("us lone group") << "1,234" << "en_US" << qint64(123400) << none;
    QTest::newRow("br lone dot three decimals") << "1.234" << "en_US" << qint64(0)
                                                << int(Money::ParseError::TooManyDecimals);
    QTest::newRow("zero then three digits, es") << "0.500" << "es_AR" << qint64(0)
                                                << int(Money::ParseError::TooManyDecimals);
    QTest::newRow("zero then three digits, en") << "0,001" << "en_US" << qint64(0)
                                                << int(Money::ParseError::TooManyDecimals);
    QTest::newRow("leading zero group") << "01.234,50" << "es_AR" << qint64(0) << int(Money::ParseError::NotANumber);
    QTest::newRow("zero group in many") << "0.234.567" << "en_US" << qint64(0) << int(Money::ParseError::NotANumber);
    QTest::newRow("many groups") << "1.234.567" << "en_US" << qint64(123456700) << none;
    QTest::newRow("currency sign") << "$ 1.500" << "es_AR" << qint64(150000) << none;
    QTest::newRow("real sign") << "R$ 10,90" << "pt_BR" << qint64(1090) << none;
    QTest::newRow("spaces") << "  7 ,5 " << "es_AR" << qint64(750) << none;
    QTest::newRow("max") << "99999999.99" << "en_US" << Money::kMaxCents << none;
    QTest::newRow("empty") << "" << "en_US" << qint64(0) << int(Money::ParseError::Empty);
    QTest::newRow("blank") << "   " << "en_US" << qint64(0) << int(Money::ParseError::Empty);
    QTest::newRow("letters") << "abc" << "en_US" << qint64(0) << int(Money::ParseError::NotANumber);
    QTest::newRow("mixed") << "12a" << "en_US" << qint64(0) << int(Money::ParseError::NotANumber);
    QTest::newRow("three decimals") << "1,234.567" << "en_US" << qint64(0) << int(Money::ParseError::TooManyDecimals);
    QTest::newRow("zero") << "0" << "en_US" << qint64(0) << int(Money::ParseError::NotPositive);
    QTest::newRow("zero cents") << "0,00" << "es_AR" << qint64(0) << int(Money::ParseError::NotPositive);
    QTest::newRow("negative") << "-5" << "en_US" << qint64(0) << int(Money::ParseError::NotPositive);
    QTest::newRow("too large") << "100000000" << "en_US" << qint64(0) << int(Money::ParseError::TooLarge);
    QTest::newRow("huge") << "999999999999999999999" << "en_US" << qint64(0) << int(Money::ParseError::TooLarge);
    QTest::newRow("bad grouping") << "12.34.5" << "en_US" << qint64(0) << int(Money::ParseError::NotANumber);
    QTest::newRow("two decimal seps") << "1,2,3.4.5" << "en_US" << qint64(0) << int(Money::ParseError::NotANumber);
    QTest::newRow("only separator") << "." << "en_US" << qint64(0) << int(Money::ParseError::NotANumber);
    QTest::newRow("exponent") << "1e5" << "en_US" << qint64(0) << int(Money::ParseError::NotANumber);
    QTest::newRow("arabic digits") << QString::fromUtf8("١٢") << "en_US" << qint64(0)
                                   << int(Money::ParseError::NotANumber);
}

void TestMoney::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, locale);
    QFETCH(qint64, cents);
    QFETCH(int, error);
    const Money::ParseResult result = Money::parse(text, QLocale(locale));
    QCOMPARE(int(result.error), error);
    QCOMPARE(result.money.has_value(), error == int(Money::ParseError::None));
    if (result.money)
        QCOMPARE(result.money->cents(), cents);
    if (error != int(Money::ParseError::None))
        QVERIFY(!Money::errorMessage(result.error).isEmpty());
}

void TestMoney::plainString_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("expected");
    QTest::newRow("whole") << qint64(1200) << "12";
    QTest::newRow("tenths") << qint64(1250) << "12.5";
    QTest::newRow("cents") << qint64(1205) << "12.05";
    QTest::newRow("one cent") << qint64(1) << "0.01";
    QTest::newRow("max") << Money::kMaxCents << "99999999.99";
}

void TestMoney::plainString()
{
    QFETCH(qint64, cents);
    QFETCH(QString, expected);
    QCOMPARE(Money::fromCents(cents).toPlainString(), expected);
}

void TestMoney::jsonRoundTrip()
{
    // Every amount must survive the trip through a JSON double exactly.
    for (qint64 cents : {qint64(1), qint64(10), qint64(99), qint64(1005), qint64(123456789), Money::kMaxCents,
                         Money::kMaxCents - 1, qint64(4999999999)}) {
        const auto back = Money::fromJsonNumber(Money::fromCents(cents).toJsonNumber());
        QVERIFY(back.has_value());
        QCOMPARE(back->cents(), cents);
    }
    for (qint64 cents = 1; cents < 100000; cents += 7) {
        const auto back = Money::fromJsonNumber(Money::fromCents(cents).toJsonNumber());
        QVERIFY(back && back->cents() == cents);
    }
}

void TestMoney::fromJsonNumberRejectsFractions()
{
    QVERIFY(!Money::fromJsonNumber(1.234).has_value());
    QVERIFY(!Money::fromJsonNumber(0.001).has_value());
    QVERIFY(!Money::fromJsonNumber(std::numeric_limits<double>::infinity()).has_value());
    QVERIFY(!Money::fromJsonNumber(std::numeric_limits<double>::quiet_NaN()).has_value());
    QCOMPARE(Money::fromJsonNumber(100).value().cents(), qint64(10000));
}

void TestMoney::localeString()
{
    QCOMPARE(Money::fromCents(123450).toLocaleString(QLocale(QStringLiteral("en_US"))), QStringLiteral("1,234.50"));
    QCOMPARE(Money::fromCents(123450).toLocaleString(QLocale(QStringLiteral("es_AR"))), QStringLiteral("1.234,50"));
    QCOMPARE(Money::fromCents(5).toLocaleString(QLocale(QStringLiteral("pt_BR"))), QStringLiteral("0,05"));
}

void TestMoney::messagesFollowLocale()
{
    const QLocale ar(QStringLiteral("es_AR"));
    const QLocale us(QStringLiteral("en_US"));
    QVERIFY(Money::errorMessage(Money::ParseError::TooLarge, ar).contains(QStringLiteral("99.999.999,99")));
    QVERIFY(Money::errorMessage(Money::ParseError::TooLarge, us).contains(QStringLiteral("99,999,999.99")));
    QVERIFY(Money::errorMessage(Money::ParseError::NotANumber, ar).contains(QStringLiteral("1.250,50")));
    QVERIFY(Money::errorMessage(Money::ParseError::NotANumber, us).contains(QStringLiteral("1,250.50")));
}

void TestMoney::parseInCurrency_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<int>("error");

    const int none = int(Money::ParseError::None);
    const int noDecimals = int(Money::ParseError::DecimalsNotAllowed);
    // Chilean and Colombian pesos have no cents: whole amounts only, and always in cents inside (1500 -> 150000).
    // clang-format off
    QTest::newRow("CLP whole") << "1500" << "es_CL" << "CLP" << qint64(150000) << none;
    QTest::newRow("CLP grouped es_CL") << "1.500" << "es_CL" << "CLP" << qint64(150000) << none;
    QTest::newRow("CLP grouped twice") << "1.234.567" << "es_CL" << "CLP" << qint64(123456700) << none;
    QTest::newRow("CLP sign") << "$ 25.990" << "es_CL" << "CLP" << qint64(2599000) << none;
    QTest::newRow("CLP one peso") << "1" << "es_CL" << "CLP" << qint64(100) << none;
    QTest::newRow("CLP dot groups in en_US") << "1.500" << "en_US" << "CLP" << qint64(150000) << none;
    QTest::newRow("CLP comma groups in en_US") << "1,500" << "en_US" << "CLP" << qint64(150000) << none;
    QTest::newRow("CLP comma groups in es_CL") << "1,500" << "es_CL" << "CLP" << qint64(150000) << none;
    QTest::newRow("CLP decimals") << "1500,50" << "es_CL" << "CLP" << qint64(0) << noDecimals;
    QTest::newRow("CLP zero cents") << "1500,00" << "es_CL" << "CLP" << qint64(0) << noDecimals;
    QTest::newRow("CLP one decimal") << "12,5" << "es_CL" << "CLP" << qint64(0) << noDecimals;
    QTest::newRow("CLP two decimals after dot") << "12.50" << "es_CL" << "CLP" << qint64(0) << noDecimals;
    QTest::newRow("CLP grouped and decimals") << "1.500,5" << "es_CL" << "CLP" << qint64(0) << noDecimals;
    QTest::newRow("CLP four digits after dot") << "1.5000" << "es_CL" << "CLP" << qint64(0) << noDecimals;
    QTest::newRow("CLP zero point five hundred") << "0.500" << "es_CL" << "CLP" << qint64(0) << noDecimals;
    QTest::newRow("CLP lone decimals") << ",5" << "es_CL" << "CLP" << qint64(0) << noDecimals;
    QTest::newRow("CLP bad grouping") << "1.50.000" << "es_CL" << "CLP" << qint64(0)
                                      << int(Money::ParseError::NotANumber);
    QTest::newRow("CLP zero") << "0" << "es_CL" << "CLP" << qint64(0) << int(Money::ParseError::NotPositive);
    QTest::newRow("CLP empty") << "" << "es_CL" << "CLP" << qint64(0) << int(Money::ParseError::Empty);
    QTest::newRow("CLP max") << "99.999.999" << "es_CL" << "CLP" << qint64(9999999900) << none;
    QTest::newRow("CLP too large") << "100.000.000" << "es_CL" << "CLP" << qint64(0)
                                   << int(Money::ParseError::TooLarge);
    QTest::newRow("COP grouped") << "25.000" << "es_CO" << "COP" << qint64(2500000) << none;
    QTest::newRow("COP decimals") << "25.000,99" << "es_CO" << "COP" << qint64(0) << noDecimals;
    // The others keep their cents.
    QTest::newRow("ARS decimals") << "1.500,50" << "es_AR" << "ARS" << qint64(150050) << none;
    QTest::newRow("ARS lone group") << "1.500" << "es_AR" << "ARS" << qint64(150000) << none;
    QTest::newRow("BRL real sign") << "R$ 10,90" << "pt_BR" << "BRL" << qint64(1090) << none;
    QTest::newRow("MXN") << "1,250.50" << "es_MX" << "MXN" << qint64(125050) << none;
    QTest::newRow("MXN lone dot is decimal") << "1.500" << "es_MX" << "MXN" << qint64(0)
                                             << int(Money::ParseError::TooManyDecimals);
    QTest::newRow("PEN sol sign") << "S/ 12.50" << "es_PE" << "PEN" << qint64(1250) << none;
    QTest::newRow("PEN sol sign, no space") << "S/12" << "es_PE" << "PEN" << qint64(1200) << none;
    QTest::newRow("UYU") << "12,5" << "es_UY" << "UYU" << qint64(1250) << none;
    QTest::newRow("UYU three decimals") << "0,125" << "es_UY" << "UYU" << qint64(0)
                                        << int(Money::ParseError::TooManyDecimals);
    // A slash is still no part of a number where the currency is not the sol.
    QTest::newRow("slash with ARS") << "S/ 12" << "es_AR" << "ARS" << qint64(0) << int(Money::ParseError::NotANumber);
    // clang-format on
}

void TestMoney::parseInCurrency()
{
    QFETCH(QString, text);
    QFETCH(QString, locale);
    QFETCH(QString, currency);
    QFETCH(qint64, cents);
    QFETCH(int, error);
    const Currency account = Currency::fromCode(currency).value();
    const Money::ParseResult result = Money::parse(text, QLocale(locale), account);
    QCOMPARE(int(result.error), error);
    QCOMPARE(result.money.has_value(), error == int(Money::ParseError::None));
    if (result.money) {
        QCOMPARE(result.money->cents(), cents);
        QCOMPARE(result.money->cents() % account.centsPerStep(), qint64(0));
        // What goes to the API: whole pesos for CLP, as a JSON number.
        QCOMPARE(result.money->toJsonNumber(), double(cents) / 100.0);
    } else {
        QVERIFY(!Money::errorMessage(result.error, QLocale(locale), account).isEmpty());
    }
}

void TestMoney::localeStringInCurrency_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");
    // clang-format off
    QTest::newRow("CLP") << qint64(150000) << "es_CL" << "CLP" << "1.500";
    QTest::newRow("CLP millions") << qint64(123456700) << "es_CL" << "CLP" << "1.234.567";
    QTest::newRow("CLP zero") << qint64(0) << "es_CL" << "CLP" << "0";
    QTest::newRow("CLP off the grid keeps cents") << qint64(150050) << "es_CL" << "CLP" << "1.500,50";
    QTest::newRow("COP en_US") << qint64(2500000) << "en_US" << "COP" << "25,000";
    QTest::newRow("ARS") << qint64(150000) << "es_AR" << "ARS" << "1.500,00";
    QTest::newRow("PEN") << qint64(1250) << "es_PE" << "PEN" << "12.50";
    QTest::newRow("BRL") << qint64(5) << "pt_BR" << "BRL" << "0,05";
    // clang-format on
}

void TestMoney::localeStringInCurrency()
{
    QFETCH(qint64, cents);
    QFETCH(QString, locale);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    const Currency account = Currency::fromCode(currency).value();
    QCOMPARE(Money::fromCents(cents).toLocaleString(QLocale(locale), account), expected);
    // What is shown parses back to the same amount.
    if (cents > 0 && cents % account.centsPerStep() == 0) {
        const Money::ParseResult back = Money::parse(expected, QLocale(locale), account);
        QVERIFY(back.money.has_value());
        QCOMPARE(back.money->cents(), cents);
    }
}

void TestMoney::maximumPerCurrency()
{
    QCOMPARE(Money::maximum(Currency()).cents(), Money::kMaxCents);
    QCOMPARE(Money::maximum(*Currency::fromCode(QStringLiteral("CLP"))).cents(), qint64(9999999900));
    QCOMPARE(Money::maximum(*Currency::fromCode(QStringLiteral("COP"))).cents(), qint64(9999999900));
    QCOMPARE(Money::maximum(*Currency::fromCode(QStringLiteral("PEN"))).cents(), Money::kMaxCents);
}

void TestMoney::messagesFollowCurrency()
{
    const QLocale cl(QStringLiteral("es_CL"));
    const Currency clp = *Currency::fromCode(QStringLiteral("CLP"));
    const QString decimals = Money::errorMessage(Money::ParseError::DecimalsNotAllowed, cl, clp);
    QCOMPARE(decimals, QStringLiteral("Amounts in CLP have no cents: enter a whole amount, like 1.500."));
    QCOMPARE(Money::errorMessage(Money::ParseError::TooLarge, cl, clp),
             QStringLiteral("The amount is too large: at most 99.999.999."));
    QCOMPARE(Money::errorMessage(Money::ParseError::NotANumber, cl, clp),
             QStringLiteral("The amount must be a number, like 1.500."));
    const Currency cop = *Currency::fromCode(QStringLiteral("COP"));
    QVERIFY(Money::errorMessage(Money::ParseError::DecimalsNotAllowed, QLocale(QStringLiteral("en_US")), cop)
                .contains(QStringLiteral("COP have no cents")));
    QCOMPARE(Money::errorMessage(Money::ParseError::NotANumber, QLocale(QStringLiteral("es_PE")),
                                 *Currency::fromCode(QStringLiteral("PEN"))),
             QStringLiteral("The amount must be a number, like 1,250.50."));
}

void TestMoney::defaultCurrencyKeepsTwoDecimals()
{
    // Callers that name no currency (the CLI, Validation) keep the two-decimal rules.
    const QLocale ar(QStringLiteral("es_AR"));
    QCOMPARE(Money::parse(QStringLiteral("12,50"), ar).money->cents(), qint64(1250));
    QCOMPARE(int(Money::parse(QStringLiteral("0.500"), ar).error), int(Money::ParseError::TooManyDecimals));
    QCOMPARE(Money::errorMessage(Money::ParseError::TooLarge, ar),
             Money::errorMessage(Money::ParseError::TooLarge, ar, Currency()));
}

void TestMoney::currencyString_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("expected");
    const QString nbsp(QChar(0x00A0));
    QTest::newRow("ARS in es_AR") << "es_AR" << "ARS" << qint64(125050) << QStringLiteral("$") + nbsp + QStringLiteral("1.250,50");
    QTest::newRow("BRL in pt_BR") << "pt_BR" << "BRL" << qint64(125050) << QStringLiteral("R$") + nbsp + QStringLiteral("1.250,50");
    QTest::newRow("MXN in en_US") << "en_US" << "MXN" << qint64(125050) << QStringLiteral("$1,250.50");
    QTest::newRow("CLP in es_CL, no decimals") << "es_CL" << "CLP" << qint64(150000) << QStringLiteral("$1.500");
    QTest::newRow("C locale") << "C" << "ARS" << qint64(5000) << QStringLiteral("$") + nbsp + QStringLiteral("50.00");
}

void TestMoney::currencyString()
{
    QFETCH(QString, locale);
    QFETCH(QString, code);
    QFETCH(qint64, cents);
    QFETCH(QString, expected);
    const std::optional<Currency> currency = Currency::fromCode(code);
    QVERIFY(currency);
    QCOMPARE(Money::fromCents(cents).toCurrencyString(QLocale(locale), *currency), expected);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
