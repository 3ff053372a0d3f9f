#include "core/OrderState.h"

#include <QTest>

Q_DECLARE_METATYPE(OrderState)

class TestOrderState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysRoundTrip();
    void finality();
};

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
