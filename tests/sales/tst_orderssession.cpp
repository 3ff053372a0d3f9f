// The cashier's session on the Orders API, against the Orders simulator: a terminal that is not in PDV mode is
// refused in words; an action_required sale keeps the cashier on it until the terminal's answer is recorded; a
// cancel answered 202 is shown as "cancellation requested" while the order is still followed.
#include "ContractDrivers.h"
#include "sales/CashierSession.h"
#include "sales/ChargeService.h"
#include "sales/TerminalModes.h"
#include "sales/TerminalMonitor.h"
#include "store/OrderJournal.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestOrdersSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void modesInWords();
    void standaloneTerminalIsRefusedInWords();
    void actionRequiredHoldsTheSaleUntilRecorded();
    void cancelAnswered202IsShownAsRequested();

private:
    OrdersSimulator &sim() { return static_cast<OrdersDriver *>(m_driver.get())->sim(); }
    OrderRequest request() const;
    OrderRef chargeAndWait();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SimDriver> m_driver;
    std::unique_ptr<OrderJournal> m_journal;
    std::unique_ptr<TerminalMonitor> m_monitor;
    std::unique_ptr<CashierSession> m_session;
};

void TestOrdersSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_driver = makeDriver(QStringLiteral("orders"));
    QVERIFY(m_driver->listen());
    m_journal = std::make_unique<OrderJournal>();
    QVERIFY(m_journal->open(m_dir->filePath(QStringLiteral("journal.sqlite"))).ok());
    m_monitor = std::make_unique<TerminalMonitor>(m_driver->backend());
    m_monitor->setRefreshInterval(60000);
    m_monitor->setRetryBackoff(50, 400);
    m_session = std::make_unique<CashierSession>(m_driver->backend(), m_journal.get(), m_monitor.get());
    PointBackend::PollingPolicy p = m_driver->backend()->pollingPolicy();
    p.fastIntervalMs = p.slowIntervalMs = 40;
    p.fastPeriodMs = 0;
    p.minIntervalMs = qMin(p.minIntervalMs, 40);
    m_session->chargeService()->setPollingPolicy(p);
    m_monitor->refresh(true);
    QTRY_VERIFY(m_monitor->hasLoaded());
}

void TestOrdersSession::cleanup()
{
    m_session.reset();
    m_monitor.reset();
    m_journal.reset();
    m_driver.reset();
    m_dir.reset();
}

OrderRequest TestOrdersSession::request() const
{
    OrderRequest r;
    r.amount = Money::fromCents(2400);
    r.description = QStringLiteral("Caf\u00E9 con leche y medialunas para la mesa del fondo");
    r.externalReference = QStringLiteral("PD-orders-session");
    return r;
}

OrderRef TestOrdersSession::chargeAndWait()
{
    m_session->setSelectedDevice(m_driver->terminal());
    if (!m_session->charge(request()))
        return OrderRef();
    if (!QTest::qWaitFor([this]() { return m_session->phase() == CashierSession::Phase::Waiting &&
                                           !m_session->orderId().isNull(); },
                         10000))
        return OrderRef();
    return m_session->orderId();
}

void TestOrdersSession::modesInWords()
{
    Device d;
    QVERIFY(TerminalModes::takesOrders(d)); // legacy: no modes
    QVERIFY(TerminalModes::modeName(d).isEmpty());
    QVERIFY(TerminalModes::whyNoOrders(d, QStringLiteral("Caja 1")).isEmpty());
    d.operatingMode = Device::OperatingMode::Pdv;
    QVERIFY(TerminalModes::takesOrders(d));
    QCOMPARE(TerminalModes::modeName(d), QStringLiteral("PDV mode"));
    QVERIFY(!TerminalModes::canSwitchToPdv(d));
    d.operatingMode = Device::OperatingMode::Standalone;
    QVERIFY(!TerminalModes::takesOrders(d));
    QVERIFY(TerminalModes::canSwitchToPdv(d));
    QVERIFY(TerminalModes::whyNoOrders(d, QStringLiteral("Caja 1")).startsWith(QStringLiteral("Caja 1 is in standalone")));
    d.operatingMode = Device::OperatingMode::Undefined;
    QVERIFY(!TerminalModes::takesOrders(d));
    QVERIFY(!TerminalModes::canSwitchToPdv(d)); // read-only configuration
    QVERIFY(TerminalModes::whyNoOrders(d, QStringLiteral("Caja 1")).contains(QStringLiteral("no operating mode")));
    d.operatingMode = Device::OperatingMode::Unknown;
    d.rawOperatingMode = QStringLiteral("SUSPENDED");
    QVERIFY(!TerminalModes::takesOrders(d));
    QVERIFY(TerminalModes::whyNoOrders(d, QStringLiteral("Caja 1")).contains(QStringLiteral("\"SUSPENDED\"")));
}

void TestOrdersSession::standaloneTerminalIsRefusedInWords()
{
    // The simulator's third terminal is standalone.
    const QString standalone = OrdersSimulator::defaultTerminalIds().at(2);
    QCOMPARE(m_monitor->device(standalone)->operatingMode, Device::OperatingMode::Standalone);
    m_session->setSelectedDevice(standalone);
    QVERIFY(!m_session->canCharge());
    QCOMPARE(m_session->chargeBlockedReason(),
             TerminalModes::whyNoOrders(*m_monitor->device(standalone), standalone));
    QVERIFY(m_session->chargeBlockedReason().contains(QStringLiteral("standalone mode")));
    QVERIFY(!m_session->charge(request()));
    QCOMPARE(m_driver->orderCount(), 0); // nothing was sent

    // A PDV terminal takes the charge.
    m_session->setSelectedDevice(m_driver->terminal());
    QVERIFY2(m_session->canCharge(), qPrintable(m_session->chargeBlockedReason()));

    // Switched to PDV, the terminal may be charged on after the next listing.
    QVERIFY(sim().setOperatingMode(standalone, QStringLiteral("PDV")));
    m_monitor->refresh(true);
    QTRY_COMPARE(m_monitor->device(standalone)->operatingMode, Device::OperatingMode::Pdv);
    m_session->setSelectedDevice(standalone);
    QVERIFY2(m_session->canCharge(), qPrintable(m_session->chargeBlockedReason()));
}

void TestOrdersSession::actionRequiredHoldsTheSaleUntilRecorded()
{
    const OrderRef order = chargeAndWait();
    QVERIFY(!order.isNull());
    QVERIFY(sim().take(order.toString()));
    QVERIFY(sim().requireAction(order.toString()));
    QTRY_COMPARE_WITH_TIMEOUT(m_session->phase(), CashierSession::Phase::Finished, 10000);
    QCOMPARE(m_session->state(), OrderState::ActionRequired);
    QVERIFY(m_session->needsTerminalCheck());
    // Not over for the cashier: no new sale, no new charge until the terminal's answer is recorded.
    QVERIFY(!m_session->canStartNewSale());
    QVERIFY(!m_session->startNewSale());
    QVERIFY(!m_session->canCharge());
    QVERIFY(m_session->chargeBlockedReason().startsWith(QStringLiteral("First record what")));
    QVERIFY(m_session->recordTerminalCheck(false));
    QVERIFY(m_session->canStartNewSale());
    QVERIFY(m_session->canCharge());
    QVERIFY(m_session->startNewSale());
    QCOMPARE(m_session->phase(), CashierSession::Phase::Idle);
}

void TestOrdersSession::cancelAnswered202IsShownAsRequested()
{
    QSignalSpy requested(m_session.get(), &CashierSession::showCancellationRequested);
    QSignalSpy shown(m_session.get(), &CashierSession::showOrder);
    const OrderRef order = chargeAndWait();
    QVERIFY(!order.isNull());
    // At the terminal, a cancel is answered 202 and ends a little later (the driver's simulator: 150 ms).
    QVERIFY(sim().take(order.toString()));
    QTRY_VERIFY(m_monitor->device(m_driver->terminal()).has_value());
    QVERIFY(m_session->cancel());
    QTRY_VERIFY_WITH_TIMEOUT(requested.size() >= 1, 5000);
    QCOMPARE(requested.first().at(0).toString(), m_driver->terminal());
    QCOMPARE(requested.first().at(1).value<OrderRef>(), order);
    QVERIFY(m_session->hasOpenOrder()); // still followed
    // Never a wait without a way on: the order can be read at once (within the API's pace).
    QVERIFY(m_session->canCheckNow());
    QVERIFY(m_session->checkNow());
    QTRY_COMPARE_WITH_TIMEOUT(m_session->phase(), CashierSession::Phase::Finished, 10000);
    QCOMPARE(m_session->state(), OrderState::Cancelled);
}

QTEST_GUILESS_MAIN(TestOrdersSession)
#include "tst_orderssession.moc"
