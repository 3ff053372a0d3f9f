#include "core/OrderState.h"

#include <QTest>

Q_DECLARE_METATYPE(OrderState)

class TestOrderState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysRoundTrip();
    void finality();
    void ordersStates();
};

void TestOrderState::keysRoundTrip()
{
    for (OrderState s : {OrderState::Sending, OrderState::WaitingForCard, OrderState::Approved, OrderState::Rejected,
                         OrderState::Cancelled, OrderState::Failed, OrderState::Unknown, OrderState::ActionRequired,
                         OrderState::Expired, OrderState::Refunded, OrderState::PartlyRefunded}) {
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

void TestOrderState::ordersStates()
{
    QCOMPARE(OrderStates::toKey(OrderState::ActionRequired), QStringLiteral("action_required"));
    QCOMPARE(OrderStates::toKey(OrderState::Expired), QStringLiteral("expired"));
    QCOMPARE(OrderStates::toKey(OrderState::Refunded), QStringLiteral("refunded"));
    QCOMPARE(OrderStates::toKey(OrderState::PartlyRefunded), QStringLiteral("partly_refunded"));
    // All four are final for the sale; "check the terminal" is never paid; the refunded ones were paid.
    for (OrderState s : {OrderState::ActionRequired, OrderState::Expired, OrderState::Refunded,
                         OrderState::PartlyRefunded})
        QVERIFY(OrderStates::isFinal(s));
    QVERIFY(!OrderStates::wasPaid(OrderState::ActionRequired));
    QVERIFY(!OrderStates::wasPaid(OrderState::Expired));
    QVERIFY(OrderStates::wasPaid(OrderState::Refunded));
    QVERIFY(OrderStates::wasPaid(OrderState::PartlyRefunded));
    QVERIFY(OrderStates::wasPaid(OrderState::Approved));
    for (OrderState s : {OrderState::Sending, OrderState::WaitingForCard, OrderState::Rejected, OrderState::Cancelled,
                         OrderState::Failed, OrderState::Unknown})
        QVERIFY(!OrderStates::wasPaid(s));
    QCOMPARE(OrderStates::displayName(OrderState::ActionRequired), QStringLiteral("Check the terminal"));
}

QTEST_GUILESS_MAIN(TestOrderState)
#include "tst_orderstate.moc"
