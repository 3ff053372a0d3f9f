#include "core/Ref.h"

#include <QHash>
#include <QTest>

#include <limits>

class TestRef : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nullAndText();
    void numbersStayExact_data();
    void numbersStayExact();
    void notANumber_data();
    void notANumber();
    void opaqueTextComparesExactly();
};

void TestRef::nullAndText()
{
    QVERIFY(OrderRef().isNull());
    QVERIFY(!OrderRef());
    QVERIFY(OrderRef(QString()).isNull());
    QVERIFY(OrderRef(QStringLiteral("   ")).isNull());
    QVERIFY(OrderRef::fromNumber(0).isNull());
    QVERIFY(OrderRef::fromNumber(-5).isNull());
    const OrderRef ord(QStringLiteral(" ORD01JQ4S4KY8HWQ6NA5PXB65B3D3\n"));
    QVERIFY(!ord.isNull());
    QCOMPARE(ord.toString(), QStringLiteral("ORD01JQ4S4KY8HWQ6NA5PXB65B3D3"));
}

void TestRef::numbersStayExact_data()
{
    QTest::addColumn<qint64>("number");
    QTest::addColumn<QString>("text");
    QTest::newRow("one") << qint64(1) << QStringLiteral("1");
    QTest::newRow("2^53 + 1") << (qint64(1) << 53) + 1 << QStringLiteral("9007199254740993");
    QTest::newRow("max - 7") << std::numeric_limits<qint64>::max() - 7 << QStringLiteral("9223372036854775800");
    QTest::newRow("max") << std::numeric_limits<qint64>::max() << QStringLiteral("9223372036854775807");
}

void TestRef::numbersStayExact()
{
    QFETCH(qint64, number);
    QFETCH(QString, text);
    const PaymentRef ref = PaymentRef::fromNumber(number);
    QCOMPARE(ref.toString(), text);
    QCOMPARE(ref.toNumber(), std::optional<qint64>(number));
    QCOMPARE(PaymentRef(text), ref);
    QCOMPARE(PaymentRef(text).toNumber(), std::optional<qint64>(number));
}

void TestRef::notANumber_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("orders id") << QStringLiteral("ORD01JQ4S4KY8HWQ6NA5PXB65B3D3");
    QTest::newRow("zero") << QStringLiteral("0");
    QTest::newRow("leading zero") << QStringLiteral("0123");
    QTest::newRow("sign") << QStringLiteral("+123");
    QTest::newRow("negative") << QStringLiteral("-123");
    QTest::newRow("inner space") << QStringLiteral("12 3");
    QTest::newRow("decimal") << QStringLiteral("12.0");
    QTest::newRow("exponent") << QStringLiteral("1e5");
    QTest::newRow("past 2^63") << QStringLiteral("9223372036854775808");
    QTest::newRow("twenty digits") << QStringLiteral("12345678901234567890");
    QTest::newRow("arabic-indic digits") << QStringLiteral("\u0661\u0662\u0663");
}

void TestRef::notANumber()
{
    QFETCH(QString, text);
    const OrderRef ref(text);
    QVERIFY(!ref.isNull());
    QCOMPARE(ref.toNumber(), std::optional<qint64>());
    QCOMPARE(ref.toString(), text);
}

void TestRef::opaqueTextComparesExactly()
{
    QVERIFY(OrderRef(QStringLiteral("ORD01A")) != OrderRef(QStringLiteral("ord01a")));
    QVERIFY(OrderRef(QStringLiteral("5000000001")) == OrderRef::fromNumber(5000000001LL));
    QVERIFY(OrderRef(QStringLiteral("ORD01A")) < OrderRef(QStringLiteral("ORD01B")));
    QHash<OrderRef, int> byRef;
    byRef.insert(OrderRef(QStringLiteral("ORD01A")), 1);
    byRef.insert(OrderRef::fromNumber(7), 2);
    QCOMPARE(byRef.value(OrderRef(QStringLiteral("ORD01A"))), 1);
    QCOMPARE(byRef.value(OrderRef(QStringLiteral("7"))), 2);
    QVERIFY(!byRef.contains(OrderRef(QStringLiteral("07"))));
}

QTEST_GUILESS_MAIN(TestRef)
#include "tst_ref.moc"
