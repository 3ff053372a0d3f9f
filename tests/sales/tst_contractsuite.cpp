// One contract suite for both APIs: the same sale scenarios through ChargeService over {legacy + PointSimulator,
// orders + OrdersSimulator}, with the same expected outcomes. A small driver per simulator (ContractDrivers.h) plays
// the customer, the other till and the network. After every test: every create and cancel that left carried the key
// the journal holds for that operation, and no two sales share a create key. The Orders-only cases (202 cancels,
// action_required, expiry, the deadline of 5.2) follow at the end.
#include "ContractDrivers.h"
#include "sales/CashierSession.h"
#include "sales/ChargeService.h"
#include "sales/TerminalMonitor.h"
#include "store/OrderJournal.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(SimDriver::CreateFault)

namespace {
constexpr int kClientTimeoutMs = 400;
}

class TestContractSuite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();

    void chargeAndPay_data() { apis(); }
    void chargeAndPay();
    void decline_data() { apis(); }
    void decline();
    void cancelFromPointDesk_data();
    void cancelFromPointDesk();
    void cancelOnTerminal_data() { apis(); }
    void cancelOnTerminal();
    void terminalBusy_data() { apis(); }
    void terminalBusy();
    void lostCreateAnswer_data();
    void lostCreateAnswer();
    void rateLimitedCreateWaitsAndResends_data() { apis(); }
    void rateLimitedCreateWaitsAndResends();
    void restartMidSale_data();
    void restartMidSale();

    // The Orders API only.
    void ordersIdempotencyValidationFailedResends();
    void ordersPaymentWinsAfter202();
    void ordersCancelRefusedReadsTheOrder();
    void ordersActionRequiredIsFinalAndUnpaid();
    void ordersExpiredIsNoCharge();
    void ordersDeadlineAsksTheCashier();
    void ordersPollingPolicy();
    void ordersCashierChecksTheTerminal_data();
    void ordersCashierChecksTheTerminal();

private:
    static void apis();
    bool setUp(const QString &api);
    void makeService();
    PointBackend::PollingPolicy fastPolicy() const;
    OrderRef waitOrder(qint64 localId, int timeoutMs = 10000);
    Sale waitFinished(qint64 localId, int timeoutMs = 15000);
    QString referenceOf(qint64 localId) const { return m_journal->entry(localId)->request.externalReference; }
    OrderRequest request() const;
    void verifyOneOrder(qint64 localId, OrderState expected);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SimDriver> m_driver;
    std::unique_ptr<OrderJournal> m_journal;
    std::unique_ptr<ChargeService> m_service;
    QHash<qint64, Sale> m_finished;
};

void TestContractSuite::apis()
{
    QTest::addColumn<QString>("api");
    QTest::newRow("legacy") << QStringLiteral("legacy");
    QTest::newRow("orders") << QStringLiteral("orders");
}

bool TestContractSuite::setUp(const QString &api)
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_driver = makeDriver(api);
    if (!m_dir->isValid() || !m_driver->listen())
        return false;
    m_journal = std::make_unique<OrderJournal>();
    if (!m_journal->open(m_dir->filePath(QStringLiteral("journal.sqlite"))).ok())
        return false;
    makeService();
    return true;
}

PointBackend::PollingPolicy TestContractSuite::fastPolicy() const
{
    // The backend's own rules, faster: a 40 ms steady poll, a 429 without Retry-After waits 60 ms where the API
    // says to wait at all.
    PointBackend::PollingPolicy p = m_driver->backend()->pollingPolicy();
    p.fastIntervalMs = p.slowIntervalMs = 40;
    p.fastPeriodMs = 0;
    p.minIntervalMs = qMin(p.minIntervalMs, 40);
    if (p.rateLimitPauseMs > 0)
        p.rateLimitPauseMs = 60;
    return p;
}

void TestContractSuite::makeService()
{
    m_service = std::make_unique<ChargeService>(m_driver->backend(), m_journal.get());
    m_service->setPollingPolicy(fastPolicy());
    m_service->setMaxBackoff(200);
    m_service->setRetryBaseDelay(20);
    m_service->setCertaintyWindow(5000);
    m_finished.clear();
    connect(m_service.get(), &ChargeService::finished, this,
            [this](const Sale &sale) { m_finished.insert(sale.localId, sale); });
}

void TestContractSuite::cleanup()
{
    // The guard of the whole suite: no create, cancel (or refund) ever left with a key the journal does not hold for
    // that operation (a fresh key on a resend would let a keyed API make a second order).
    if (m_journal && m_journal->isOpen() && m_driver) {
        QSet<QString> createKeys;
        QSet<QString> cancelKeys;
        for (const JournalEntry &e : m_journal->entries()) {
            QVERIFY(!e.createKey.isEmpty());
            QVERIFY2(!createKeys.contains(e.createKey), "two sales share a create key");
            createKeys.insert(e.createKey);
            if (!e.cancelKey.isEmpty())
                cancelKeys.insert(e.cancelKey);
        }
        for (const QString &key : m_driver->createKeys())
            QVERIFY2(createKeys.contains(key), qPrintable(QStringLiteral("create sent with key %1").arg(key)));
        for (const QString &key : m_driver->cancelKeys())
            QVERIFY2(cancelKeys.contains(key), qPrintable(QStringLiteral("cancel sent with key %1").arg(key)));
    }
    m_service.reset();
    m_journal.reset();
    m_driver.reset();
    m_dir.reset();
}

OrderRequest TestContractSuite::request() const
{
    OrderRequest r;
    r.amount = Money::fromCents(125050);
    r.description = QStringLiteral("Caf\u00e9 con leche");
    r.deviceName = m_driver->terminal();
    r.cardType = CardType::Debit;
    return r;
}

OrderRef TestContractSuite::waitOrder(qint64 localId, int timeoutMs)
{
    OrderRef out;
    // Null when it does not follow an order in time: the caller says what it expected.
    (void)QTest::qWaitFor(
        [&]() {
            const auto s = m_service->sale(localId);
            if (s && s->phase == Sale::Phase::Following && !s->order.id.isNull())
                out = s->order.id;
            return !out.isNull() || m_finished.contains(localId);
        },
        timeoutMs);
    return out;
}

Sale TestContractSuite::waitFinished(qint64 localId, int timeoutMs)
{
    if (!QTest::qWaitFor([&]() { return m_finished.contains(localId); }, timeoutMs))
        return {};
    return m_finished.value(localId);
}

void TestContractSuite::verifyOneOrder(qint64 localId, OrderState expected)
{
    const auto entry = m_journal->entry(localId);
    QVERIFY(entry);
    QVERIFY(entry->isFinal());
    QCOMPARE(entry->state, expected);
    const QList<OrderRef> orders = m_driver->ordersFor(entry->request.externalReference);
    QCOMPARE(orders.size(), 1);
    QCOMPARE(entry->orderId, orders.first());
    QCOMPARE(m_driver->simState(orders.first()), expected);
}

// --- both APIs --------------------------------------------------------------------------------------------

void TestContractSuite::chargeAndPay()
{
    QFETCH(QString, api);
    QVERIFY(setUp(api));
    const auto started = m_service->start(request());
    QVERIFY2(started.ok(), qPrintable(started.userMessage()));
    const OrderRef order = waitOrder(started.localId);
    QVERIFY(!order.isNull());
    QCOMPARE(m_journal->entry(started.localId)->orderId, order);
    QVERIFY(m_driver->customerPays(order));
    const Sale done = waitFinished(started.localId);
    QCOMPARE(done.state, OrderState::Approved);
    QVERIFY(!done.order.paymentId.isNull());
    verifyOneOrder(started.localId, OrderState::Approved);
    QCOMPARE(m_service->stats().createsSent, 1);
}

void TestContractSuite::decline()
{
    QFETCH(QString, api);
    QVERIFY(setUp(api));
    const auto started = m_service->start(request());
    QVERIFY(started.ok());
    const OrderRef order = waitOrder(started.localId);
    QVERIFY(m_driver->customerDeclines(order));
    QCOMPARE(waitFinished(started.localId).state, OrderState::Rejected);
    verifyOneOrder(started.localId, OrderState::Rejected);
}

void TestContractSuite::cancelFromPointDesk_data()
{
    QTest::addColumn<QString>("api");
    QTest::addColumn<bool>("onScreen");
    for (const char *api : {"legacy", "orders"}) {
        QTest::addRow("%s-sent", api) << QString::fromLatin1(api) << false;
        QTest::addRow("%s-on-screen", api) << QString::fromLatin1(api) << true;
    }
}

void TestContractSuite::cancelFromPointDesk()
{
    QFETCH(QString, api);
    QFETCH(bool, onScreen);
    QVERIFY(setUp(api));
    const auto started = m_service->start(request());
    QVERIFY(started.ok());
    const OrderRef order = waitOrder(started.localId);
    QVERIFY(!order.isNull());
    if (onScreen && api == QLatin1String("orders"))
        QVERIFY(static_cast<OrdersDriver *>(m_driver.get())->sim().take(order.toString())); // 202, then cancelled
    QVERIFY(m_service->cancel(started.localId));
    QCOMPARE(waitFinished(started.localId).state, OrderState::Cancelled);
    verifyOneOrder(started.localId, OrderState::Cancelled);
    QCOMPARE(m_driver->cancelKeys().size() <= 1 || api == QLatin1String("orders"), true);
}

void TestContractSuite::cancelOnTerminal()
{
    QFETCH(QString, api);
    QVERIFY(setUp(api));
    const auto started = m_service->start(request());
    QVERIFY(started.ok());
    const OrderRef order = waitOrder(started.localId);
    QVERIFY(m_driver->customerCancels(order));
    QCOMPARE(waitFinished(started.localId).state, OrderState::Cancelled);
    verifyOneOrder(started.localId, OrderState::Cancelled);
}

void TestContractSuite::terminalBusy()
{
    QFETCH(QString, api);
    QVERIFY(setUp(api));
    QVERIFY(m_driver->occupyTerminal());
    QCOMPARE(m_driver->orderCount(), 1);
    QSignalSpy problems(m_service.get(), &ChargeService::problem);
    const auto started = m_service->start(request());
    QVERIFY(started.ok());
    const Sale done = waitFinished(started.localId);
    // Nothing charged by this sale; the next attempt is a new sale (a new key).
    QCOMPARE(done.state, OrderState::Failed);
    QVERIFY(m_driver->ordersFor(referenceOf(started.localId)).isEmpty());
    QCOMPARE(m_driver->orderCount(), 1);
    QVERIFY(m_journal->entry(started.localId)->orderId.isNull());
    bool busy = false;
    for (const auto &args : problems)
        busy = busy || args.at(1).value<ApiError>().kind() == ApiError::Kind::DeviceBusy;
    QVERIFY(busy);
    QVERIFY(m_driver->createKeys().size() <= 1);
}

void TestContractSuite::lostCreateAnswer_data()
{
    QTest::addColumn<QString>("api");
    QTest::addColumn<SimDriver::CreateFault>("fault");
    const QList<QPair<const char *, SimDriver::CreateFault>> faults = {
        {"drop-before-stored", SimDriver::CreateFault::DropBeforeStore},
        {"drop-after-stored", SimDriver::CreateFault::DropAfterStore},
        {"5xx-before-stored", SimDriver::CreateFault::ServerErrorBeforeStore},
        {"5xx-after-stored", SimDriver::CreateFault::ServerErrorAfterStore},
        {"timeout", SimDriver::CreateFault::Timeout}};
    for (const char *api : {"legacy", "orders"}) {
        for (const auto &f : faults)
            QTest::addRow("%s-%s", api, f.first) << QString::fromLatin1(api) << f.second;
    }
}

void TestContractSuite::lostCreateAnswer()
{
    QFETCH(QString, api);
    QFETCH(SimDriver::CreateFault, fault);
    QVERIFY(setUp(api));
    m_driver->failNextCreate(fault, kClientTimeoutMs);
    const auto started = m_service->start(request());
    QVERIFY(started.ok());
    const OrderRef order = waitOrder(started.localId);
    QVERIFY2(!order.isNull(), "the sale never found its order");
    QVERIFY(m_service->stats().createsSent >= 2 || m_service->stats().adoptions >= 1);
    QCOMPARE(m_driver->ordersFor(referenceOf(started.localId)).size(), 1); // never a second order
    QVERIFY(m_driver->customerPays(order));
    QCOMPARE(waitFinished(started.localId).state, OrderState::Approved);
    verifyOneOrder(started.localId, OrderState::Approved);
    // A keyed API settles a lost answer by resending the same key, never by guessing from the terminal.
    if (api == QLatin1String("orders")) {
        QVERIFY(m_driver->createKeys().size() >= 2);
        QCOMPARE(m_service->stats().reconciliations, 0);
    }
}

void TestContractSuite::rateLimitedCreateWaitsAndResends()
{
    QFETCH(QString, api);
    QVERIFY(setUp(api));
    SimFault f;
    f.kind = SimFault::Kind::RateLimit;
    f.retryAfterSeconds = 0;
    f.count = 1;
    f.method = QStringLiteral("POST");
    f.pathPrefix = api == QLatin1String("orders") ? QStringLiteral("/v1/orders")
                                                  : QStringLiteral("/point/services/integrations/v1");
    if (api == QLatin1String("orders"))
        static_cast<OrdersDriver *>(m_driver.get())->sim().injectFault(f);
    else
        static_cast<LegacyDriver *>(m_driver.get())->sim().injectFault(f);
    const auto started = m_service->start(request());
    QVERIFY(started.ok());
    const OrderRef order = waitOrder(started.localId);
    QVERIFY(!order.isNull());
    QCOMPARE(m_service->stats().rateLimitRetries, 1);
    QCOMPARE(m_service->stats().createsSent, 2);
    QVERIFY(m_driver->customerPays(order));
    QCOMPARE(waitFinished(started.localId).state, OrderState::Approved);
    verifyOneOrder(started.localId, OrderState::Approved);
    const QStringList keys = m_driver->createKeys();
    QCOMPARE(keys.size(), 2);
    QCOMPARE(keys.at(0), keys.at(1)); // the same key after a 429
}

void TestContractSuite::restartMidSale_data()
{
    QTest::addColumn<QString>("api");
    QTest::addColumn<bool>("answerLost");
    QTest::addColumn<bool>("options");
    for (const char *api : {"legacy", "orders"}) {
        QTest::addRow("%s-following", api) << QString::fromLatin1(api) << false << false;
        QTest::addRow("%s-answer-lost", api) << QString::fromLatin1(api) << true << false;
    }
    // The resend after the restart must be the recorded request byte for byte, options included (the same key
    // with another body is refused by the Orders API).
    QTest::addRow("orders-answer-lost-no-ticket-expiration") << QStringLiteral("orders") << true << true;
}

void TestContractSuite::restartMidSale()
{
    QFETCH(QString, api);
    QFETCH(bool, answerLost);
    QFETCH(bool, options);
    QVERIFY(setUp(api));
    if (answerLost)
        m_driver->failNextCreate(SimDriver::CreateFault::DropAfterStore, kClientTimeoutMs);
    OrderRequest sale = request();
    if (options) {
        sale.printOnTerminal = false;
        sale.expirationSeconds = 600;
    }
    const auto started = m_service->start(sale);
    QVERIFY(started.ok());
    if (answerLost) {
        // PointDesk dies right after the order was stored and its answer lost: the journal has no order id.
        QVERIFY(QTest::qWaitFor([&]() { return m_driver->orderCount() == 1; }, 5000));
        QTest::qWait(20);
    } else {
        QVERIFY(!waitOrder(started.localId).isNull());
    }
    m_service.reset(); // the process ends; the journal stays
    QVERIFY(!m_journal->entry(started.localId)->isFinal());

    makeService();
    QCOMPARE(m_service->resumeUnfinished(), 1);
    const OrderRef order = waitOrder(started.localId);
    QVERIFY2(!order.isNull(), "the resumed sale did not find its order");
    QCOMPARE(m_driver->ordersFor(referenceOf(started.localId)).size(), 1); // never a second order
    QVERIFY(m_driver->customerPays(order));
    QCOMPARE(waitFinished(started.localId).state, OrderState::Approved);
    verifyOneOrder(started.localId, OrderState::Approved);
    QCOMPARE(m_driver->orderCount(), 1);
}

// --- the Orders API only ----------------------------------------------------------------------------------

void TestContractSuite::ordersIdempotencyValidationFailedResends()
{
    QVERIFY(setUp(QStringLiteral("orders")));
    static_cast<OrdersDriver *>(m_driver.get())->sim().failIdempotencyValidation(1); // 500
    const auto started = m_service->start(request());
    QVERIFY(started.ok());
    const OrderRef order = waitOrder(started.localId);
    QVERIFY(!order.isNull());
    const QStringList keys = m_driver->createKeys();
    QCOMPARE(keys.size(), 2);
    QCOMPARE(keys.at(0), keys.at(1));
    QCOMPARE(m_driver->orderCount(), 1);
}

void TestContractSuite::ordersPaymentWinsAfter202()
{
    QVERIFY(setUp(QStringLiteral("orders")));
    OrdersSimulator &sim = static_cast<OrdersDriver *>(m_driver.get())->sim();
    const auto started = m_service->start(request());
    QVERIFY(started.ok());
    const OrderRef order = waitOrder(started.localId);
    QVERIFY(sim.take(order.toString()));
    QVERIFY(sim.setPaymentWinsCancel(order.toString(), true));
    QVERIFY(m_service->cancel(started.localId)); // 202: cancellation requested, not done
    QVERIFY(QTest::qWaitFor(
        [&]() {
            const auto s = m_service->sale(started.localId);
            return !s || s->order.cancellationRequested;
        },
        5000));
    const Sale done = waitFinished(started.localId);
    QCOMPARE(done.state, OrderState::Approved); // the late payment is a payment, never a cancel
    verifyOneOrder(started.localId, OrderState::Approved);
    QCOMPARE(m_driver->cancelKeys().size(), 1);
    QCOMPARE(m_driver->cancelKeys().first(), m_journal->entry(started.localId)->cancelKey);
}

void TestContractSuite::ordersCancelRefusedReadsTheOrder()
{
    QVERIFY(setUp(QStringLiteral("orders")));
    OrdersSimulator &sim = static_cast<OrdersDriver *>(m_driver.get())->sim();
    QVERIFY(sim.setAtTerminalCancel(m_driver->terminal(), false));
    const auto started = m_service->start(request());
    QVERIFY(started.ok());
    const OrderRef order = waitOrder(started.localId);
    QVERIFY(sim.take(order.toString()));
    QSignalSpy changed(m_service.get(), &ChargeService::stateChanged);
    QVERIFY(m_service->cancel(started.localId)); // 409 cannot_cancel_order: read the order, keep following it
    QVERIFY(QTest::qWaitFor([&]() { return m_driver->cancelKeys().size() == 1; }, 3000));
    QTest::qWait(300);
    QVERIFY(m_service->sale(started.localId));
    QCOMPARE(m_service->sale(started.localId)->phase, Sale::Phase::Following);
    QVERIFY(m_driver->customerPays(order));
    QCOMPARE(waitFinished(started.localId).state, OrderState::Approved);
    verifyOneOrder(started.localId, OrderState::Approved);
}

void TestContractSuite::ordersActionRequiredIsFinalAndUnpaid()
{
    QVERIFY(setUp(QStringLiteral("orders")));
    OrdersSimulator &sim = static_cast<OrdersDriver *>(m_driver.get())->sim();
    const auto started = m_service->start(request());
    QVERIFY(started.ok());
    const OrderRef order = waitOrder(started.localId);
    QVERIFY(sim.take(order.toString()));
    QVERIFY(sim.requireAction(order.toString()));
    const Sale done = waitFinished(started.localId);
    QCOMPARE(done.state, OrderState::ActionRequired);
    QVERIFY(!OrderStates::wasPaid(done.state));
    verifyOneOrder(started.localId, OrderState::ActionRequired);
}

void TestContractSuite::ordersExpiredIsNoCharge()
{
    QVERIFY(setUp(QStringLiteral("orders")));
    OrdersSimulator &sim = static_cast<OrdersDriver *>(m_driver.get())->sim();
    const auto started = m_service->start(request());
    QVERIFY(started.ok());
    const OrderRef order = waitOrder(started.localId);
    QVERIFY(sim.expire(order.toString()));
    const Sale done = waitFinished(started.localId);
    QCOMPARE(done.state, OrderState::Expired);
    QVERIFY(!OrderStates::wasPaid(done.state));
    verifyOneOrder(started.localId, OrderState::Expired);
}

void TestContractSuite::ordersDeadlineAsksTheCashier()
{
    QVERIFY(setUp(QStringLiteral("orders")));
    // The deadline (created + expiration + grace) already behind: a grace that takes the 30 s expiration back.
    PointBackend::PollingPolicy p = fastPolicy();
    QVERIFY(p.stopsAtExpiry);
    p.expiryGraceMs = -30 * 1000 + 300;
    m_service->setPollingPolicy(p);
    QSignalSpy decisions(m_service.get(), &ChargeService::needsDecision);
    OrderRequest r = request();
    r.expirationSeconds = 30;
    const auto started = m_service->start(r);
    QVERIFY(started.ok());
    QVERIFY(decisions.wait(5000));
    const Sale asked = decisions.last().at(0).value<Sale>();
    QCOMPARE(asked.doubt, Sale::Doubt::Uncertain);
    QVERIFY(!asked.order.id.isNull());
    QCOMPARE(m_service->stats().deadlines, 1);
    // Not paid, not final: the journal keeps it open, and never a second order for it.
    QVERIFY(!m_journal->entry(started.localId)->isFinal());
    QVERIFY(!m_service->resolve(started.localId, ChargeService::Decision::SendAgain));
    QCOMPARE(m_driver->orderCount(), 1);
    // The customer had paid; the cashier checks again.
    QVERIFY(m_driver->customerPays(asked.order.id));
    QVERIFY(m_service->resolve(started.localId, ChargeService::Decision::CheckAgain));
    QCOMPARE(waitFinished(started.localId).state, OrderState::Approved);
    verifyOneOrder(started.localId, OrderState::Approved);
}

void TestContractSuite::ordersPollingPolicy()
{
    // Contract 5.2 and 1.7 as the Orders backend states them; the legacy API keeps its steady poll.
    OrdersBackend orders;
    const PointBackend::PollingPolicy p = orders.pollingPolicy();
    QCOMPARE(p.intervalAt(0), 2000);
    QCOMPARE(p.intervalAt(119 * 1000), 2000);
    QCOMPARE(p.intervalAt(120 * 1000), 5000);
    QVERIFY(p.minIntervalMs >= 1000);
    QCOMPARE(p.rateLimitPauseMs, 5000);
    QVERIFY(p.stopsAtExpiry);
    QCOMPARE(p.expiryGraceMs, 60 * 1000);
    // The user's poll setting is a floor under the API's pace, never faster than 1 request/s.
    QCOMPARE(p.withSteadyInterval(500).intervalAt(0), 2000);
    QCOMPARE(p.withSteadyInterval(3000).intervalAt(0), 3000);
    LegacyPointBackend legacy;
    const PointBackend::PollingPolicy l = legacy.pollingPolicy();
    QVERIFY(!l.stopsAtExpiry);
    QCOMPARE(l.rateLimitPauseMs, 0);
    QCOMPARE(l.withSteadyInterval(250).intervalAt(10 * 60 * 1000), 250);
}

void TestContractSuite::ordersCashierChecksTheTerminal_data()
{
    QTest::addColumn<bool>("approved");
    QTest::newRow("approved") << true;
    QTest::newRow("not approved") << false;
}

void TestContractSuite::ordersCashierChecksTheTerminal()
{
    // action_required: final, never paid by the API; the cashier reads the terminal and PointDesk records the
    // cashier's word beside what Mercado Pago said.
    QFETCH(bool, approved);
    QVERIFY(setUp(QStringLiteral("orders")));
    m_service.reset();
    OrdersSimulator &sim = static_cast<OrdersDriver *>(m_driver.get())->sim();
    TerminalMonitor monitor(m_driver->backend());
    monitor.setRefreshInterval(60000);
    monitor.setRetryBackoff(50, 400);
    CashierSession session(m_driver->backend(), m_journal.get(), &monitor);
    session.chargeService()->setPollingPolicy(fastPolicy());
    QSignalSpy checkNeeded(&session, &CashierSession::terminalCheckNeeded);
    monitor.refresh(true);
    QTRY_VERIFY(monitor.hasLoaded());
    session.setSelectedDevice(m_driver->terminal());
    QVERIFY(!session.recordTerminalCheck(true)); // nothing to check yet
    QVERIFY(session.charge(request()));
    QTRY_COMPARE(session.phase(), CashierSession::Phase::Waiting);
    QTRY_VERIFY(!session.orderId().isNull());
    const OrderRef order = session.orderId();
    QVERIFY(sim.take(order.toString()));
    QVERIFY(sim.requireAction(order.toString()));
    QTRY_COMPARE_WITH_TIMEOUT(session.phase(), CashierSession::Phase::Finished, 10000);
    QCOMPARE(session.state(), OrderState::ActionRequired);
    QVERIFY(!session.isPaid());
    QCOMPARE(checkNeeded.size(), 1);
    QVERIFY(session.needsTerminalCheck());
    QVERIFY(session.recordTerminalCheck(approved));
    QVERIFY(!session.needsTerminalCheck());
    QVERIFY(!session.recordTerminalCheck(!approved)); // once
    QCOMPARE(session.terminalCheck(), std::optional<bool>(approved));
    const qint64 id = session.saleId();
    QCOMPARE(m_journal->entry(id)->state, OrderState::ActionRequired); // never paid by the API
    bool noted = false;
    for (const JournalEvent &e : m_journal->events(id))
        noted = noted || e.detail.contains(approved ? QStringLiteral("checked the terminal: approved")
                                                    : QStringLiteral("checked the terminal: not approved"));
    QVERIFY(noted);
}

QTEST_GUILESS_MAIN(TestContractSuite)
#include "tst_contractsuite.moc"
