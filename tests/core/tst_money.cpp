#include "Money.h"

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

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
