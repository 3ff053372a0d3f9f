#include "core/OrderState.h"

#include <QTest>

Q_DECLARE_METATYPE(OrderState)

class TestOrderState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromLegacy_data();
    void fromLegacy();
    void keysRoundTrip();
    void finality();
};

void TestOrderState::fromLegacy_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("paymentStatus");
    QTest::addColumn<OrderState>("state");
    QTest::newRow("open") << "OPEN" << "" << OrderState::WaitingForCard;
    QTest::newRow("open lower") << "open" << "" << OrderState::WaitingForCard;
    QTest::newRow("approved") << "CLOSED" << "approved" << OrderState::Approved;
    QTest::newRow("rejected") << "CLOSED" << "rejected" << OrderState::Rejected;
    QTest::newRow("cancelled") << "CLOSED" << "cancelled" << OrderState::Cancelled;
    QTest::newRow("closed in process") << "CLOSED" << "in_process" << OrderState::Unknown;
    QTest::newRow("closed nothing") << "CLOSED" << "" << OrderState::Unknown;
    QTest::newRow("unknown status") << "EXPIRED_SOMEHOW" << "" << OrderState::Unknown;
    QTest::newRow("empty") << "" << "" << OrderState::Unknown;
}

void TestOrderState::fromLegacy()
{
    QFETCH(QString, status);
    QFETCH(QString, paymentStatus);
    QFETCH(OrderState, state);
    QCOMPARE(OrderStates::fromLegacy(status, paymentStatus), state);
}

void TestOrderState::keysRoundTrip()
{
    for (OrderState s : {OrderState::Sending, OrderState::WaitingForCard, OrderState::Approved, OrderState::Rejected,
                         OrderState::Cancelled, OrderState::Failed, OrderState::Unknown}) {
        QCOMPARE(OrderStates::fromKey(OrderStates::toKey(s)), s);
        QVERIFY(!OrderStates::displayName(s).isEmpty());
    }
    QCOMPARE(OrderStates::fromKey(QStringLiteral("nonsense")), OrderState::Unknown);
}

void TestOrderState::finality()
{
    QVERIFY(OrderStates::isFinal(OrderState::Approved));
    QVERIFY(OrderStates::isFinal(OrderState::Rejected));
    QVERIFY(OrderStates::isFinal(OrderState::Cancelled));
    QVERIFY(OrderStates::isFinal(OrderState::Failed));
    QVERIFY(!OrderStates::isFinal(OrderState::WaitingForCard));
    QVERIFY(!OrderStates::isFinal(OrderState::Sending));
    QVERIFY(!OrderStates::isFinal(OrderState::Unknown));
}

QTEST_GUILESS_MAIN(TestOrderState)
#include "tst_orderstate.moc"
