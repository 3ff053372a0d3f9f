// Orders fault soak: N sales through ChargeService + OrderJournal + OrdersBackend against the in-process Orders
// simulator, with faults on the order writes (create and cancel: drops before and after the order is stored, 5xx
// before and after, 500 idempotency_validation_failed, 429, timeouts, malformed answers), on the order polls and on
// the terminal listings; customers who pay, are declined, cancel on the terminal or leave the terminal without a
// result (action_required); cashiers who cancel from PointDesk; and PointDesk itself restarted mid-sale now and then
// (a new ChargeService on the same journal, as after a kill -9: the journal is all that survives). Afterwards: every
// sale has exactly one order at the simulator (none when it failed), the simulator has no order without a sale, and
// every journal entry is final and equal to the simulator's record. 0 double orders, 0 lost sales.
//
//   POINTDESK_SOAK_N          sales (default 200; bench/soak.sh runs 5000)
//   POINTDESK_SOAK_TERMINALS  terminals charging in parallel (default 48)
//   POINTDESK_SOAK_SEED       random seed (default: random; always printed)
//   POINTDESK_SOAK_VERBOSE    set: log every request (pointdesk.* info)
#include "sales/ChargeService.h"
#include "store/OrderJournal.h"
#include "api/OrdersBackend.h"
#include "core/Currency.h"
#include "sim/OrdersSimulator.h"
#include "SoakSupport.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <memory>

using namespace Soak;

namespace {

OrderState simState(const OrdersSimOrder &o)
{
    const QString &s = o.status;
    if (s == QLatin1String("created") || s == QLatin1String("at_terminal"))
        return OrderState::WaitingForCard;
    if (s == QLatin1String("processed"))
        return OrderState::Approved;
    if (s == QLatin1String("failed"))
        return OrderState::Rejected;
    if (s == QLatin1String("canceled"))
        return OrderState::Cancelled;
    if (s == QLatin1String("expired"))
        return OrderState::Expired;
    if (s == QLatin1String("action_required"))
        return OrderState::ActionRequired;
    return OrderState::Unknown;
}

const QStringList kDescriptions = {QStringLiteral("Caf\u00e9 con leche"), QStringLiteral("Medialunas x6"),
                                   QStringLiteral("\u00d1oquis, \"caseros\""), QStringLiteral("P\u00e3o de queijo")};

} // namespace

class TestOrdersFaultSoak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void soak();

private:
    void queue(Fault f, const QString &method, const QString &prefix);
    void onRequest(const QString &method, const QString &path);
    void onOrderChanged(const QString &orderId);
    void act(const QString &orderId, int action, int tries);
    void startSale(const QString &terminal);
    void makeService();
    void restart();

    QRandomGenerator m_random;
    OrdersSimulator *m_sim = nullptr;
    OrdersBackend *m_client = nullptr;
    OrderJournal *m_journal = nullptr;
    std::unique_ptr<ChargeService> m_service;
    std::unique_ptr<FaultBag> m_writeBag;
    std::unique_ptr<FaultBag> m_pollBag;
    std::unique_ptr<FaultBag> m_listBag;
    Fault m_pendingWrite = Fault::None;
    Fault m_pendingList = Fault::None;
    QHash<QString, Fault> m_pendingPoll;
    FaultCounts m_writes;
    FaultCounts m_polls;
    FaultCounts m_lists;
    QSet<QString> m_seenOrders;
    QHash<qint64, Sale> m_finishedSales;
    QStringList m_decisionNotes;
    int m_started = 0;
    int m_total = 0;
    int m_decisions = 0;
    int m_restarts = 0;
    int m_cashierCancels = 0;
    int m_createsSent = 0;
    int m_resends = 0;
    int m_rateLimitRetries = 0;
    int m_cancelResends = 0;
    bool m_restartPending = false;
    QSet<qint64> m_cancelling; ///< sales the cashier cancelled from PointDesk
    QStringList m_startErrors;
};

void TestOrdersFaultSoak::initTestCase()
{
    if (!qEnvironmentVariableIsSet("POINTDESK_SOAK_VERBOSE"))
        QLoggingCategory::setFilterRules(QStringLiteral("pointdesk.*.info=false\npointdesk.*.debug=false"));
}

void TestOrdersFaultSoak::queue(Fault f, const QString &method, const QString &prefix)
{
    if (f == Fault::None)
        return;
    if (f == Fault::IdempotencyValidation) {
        m_sim->failIdempotencyValidation(1); // the next keyed write answers 500 idempotency_validation_failed
        return;
    }
    SimFault s = makeSimFault(f, m_random);
    s.method = method;
    s.pathPrefix = prefix;
    m_sim->injectFault(s);
}

void TestOrdersFaultSoak::onRequest(const QString &method, const QString &path)
{
    static const QString orders = QStringLiteral("/v1/orders");
    if (method == QLatin1String("POST") && path.startsWith(orders)) {
        // Creates and cancels (the keyed writes): at most one write fault is queued, so this request took it.
        ++m_writes.requests;
        ++m_writes.byKind[int(m_pendingWrite)];
        m_pendingWrite = m_writeBag->draw();
        queue(m_pendingWrite, QStringLiteral("POST"), orders);
        return;
    }
    if (method != QLatin1String("GET"))
        return;
    if (path.startsWith(QStringLiteral("/terminals/v1/list"))) {
        ++m_lists.requests;
        ++m_lists.byKind[int(m_pendingList)];
        m_pendingList = m_listBag->draw();
        if (m_pendingList != Fault::IdempotencyValidation)
            queue(m_pendingList, QStringLiteral("GET"), QStringLiteral("/terminals/v1/list"));
        return;
    }
    if (!path.startsWith(orders + QLatin1Char('/')))
        return;
    const QString id = path.mid(orders.size() + 1);
    ++m_polls.requests;
    ++m_polls.byKind[int(m_pendingPoll.take(id))];
    const Fault next = m_pollBag->draw();
    if (next != Fault::None) {
        queue(next, QStringLiteral("GET"), path); // order ids have one length: the prefix names one order
        m_pendingPoll.insert(id, next);
    }
}

void TestOrdersFaultSoak::onOrderChanged(const QString &orderId)
{
    if (m_seenOrders.contains(orderId))
        return;
    const auto order = m_sim->order(orderId);
    if (!order || order->status != QLatin1String("at_terminal"))
        return;
    m_seenOrders.insert(orderId);
    // The customer sees the order on the terminal and pays, is declined, gives up, or leaves it without a result;
    // sometimes the cashier cancels from PointDesk first.
    const int delay = 150 + int(m_random.bounded(600));
    const int action = int(m_random.bounded(20));
    QTimer::singleShot(delay, this, [this, orderId, action]() { act(orderId, action, 0); });
}

void TestOrdersFaultSoak::act(const QString &orderId, int action, int tries)
{
    {
        const auto o = m_sim->order(orderId);
        if (!o || o->status != QLatin1String("at_terminal"))
            return;
        if (action >= 17 && tries >= 20)
            action = 15; // the cashier never saw the order in PointDesk: the customer gives up on the terminal
        if (action < 11) {
            OrdersSimPaymentResult paid;
            m_sim->pay(orderId, paid);
        } else if (action < 14) {
            OrdersSimPaymentResult declined;
            declined.approved = false;
            declined.statusDetail = QStringLiteral("rejected_by_issuer");
            m_sim->pay(orderId, declined);
        } else if (action < 16) {
            m_sim->cancelOnTerminal(orderId);
        } else if (action < 17) {
            m_sim->requireAction(orderId);
        } else {
            // The cashier cancels from PointDesk (202: the terminal has it); now and then the customer pays anyway.
            bool cancelled = false;
            for (const Sale &s : m_service->activeSales()) {
                if (s.order.id.toString() == orderId && s.phase == Sale::Phase::Following) {
                    if (action == 19)
                        m_sim->setPaymentWinsCancel(orderId, true);
                    ++m_cashierCancels;
                    m_cancelling.insert(s.localId);
                    cancelled = m_service->cancel(s.localId);
                }
            }
            if (!cancelled) // PointDesk does not show the order yet (an answer lost, a restart): try again soon
                QTimer::singleShot(100, this, [this, orderId, action, tries]() { act(orderId, action, tries + 1); });
        }
    }
}

void TestOrdersFaultSoak::startSale(const QString &terminal)
{
    if (m_started >= m_total)
        return;
    if (m_restartPending) {
        QTimer::singleShot(50, this, [this, terminal]() { startSale(terminal); });
        return;
    }
    ++m_started;
    OrderRequest r;
    r.amount = Money::fromCents(100 + qint64(m_random.bounded(5'000'000)));
    r.description = kDescriptions.at(int(m_random.bounded(int(kDescriptions.size()))));
    r.deviceName = terminal;
    r.cardType = m_random.bounded(2) ? CardType::Credit : CardType::Debit;
    const ChargeService::StartResult started = m_service->start(r);
    if (!started.ok())
        m_startErrors << terminal + QStringLiteral(": ") + started.userMessage();
    // Every 50th sale, PointDesk dies a little later, with sales in flight, and starts again on the same journal.
    if (m_started % 50 == 25) {
        m_restartPending = true;
        QTimer::singleShot(int(m_random.bounded(400)), this, &TestOrdersFaultSoak::restart);
    }
}

void TestOrdersFaultSoak::makeService()
{
    m_service = std::make_unique<ChargeService>(m_client, m_journal);
    PointBackend::PollingPolicy p = m_client->pollingPolicy(); // the Orders rules, at soak speed
    p.fastIntervalMs = 120;
    p.slowIntervalMs = 200;
    p.fastPeriodMs = 2000;
    p.minIntervalMs = 100;
    p.rateLimitPauseMs = 80;
    m_service->setPollingPolicy(p);
    m_service->setMaxBackoff(400);
    m_service->setRetryBaseDelay(30);
    m_service->setMaxLookupAttempts(15);
    m_service->setMaxCreateAttempts(8);
    m_service->setMaxRateLimitRetries(8);
    ChargeService *service = m_service.get();
    connect(service, &ChargeService::needsDecision, this, [this, service](const Sale &sale) {
        // The cashier checks the terminal and the Mercado Pago activity (the simulator) and answers truthfully.
        ++m_decisions;
        QString found;
        for (const OrdersSimOrder &o : m_sim->orders()) {
            if (o.externalReference == sale.request.externalReference)
                found = o.id;
        }
        m_decisionNotes << QStringLiteral("sale %1: %2 -> %3")
                               .arg(sale.localId)
                               .arg(sale.lastError, found.isEmpty() ? QStringLiteral("not charged") : found);
        QTimer::singleShot(0, service, [service, id = sale.localId, found, known = !sale.order.id.isNull()]() {
            if (known)
                service->resolve(id, ChargeService::Decision::CheckAgain);
            else if (!found.isEmpty())
                service->adoptOrder(id, OrderRef(found));
            else
                service->resolve(id, ChargeService::Decision::MarkNotCharged);
        });
    });
    connect(service, &ChargeService::finished, this, [this](const Sale &sale) {
        m_finishedSales.insert(sale.localId, sale);
        const QString terminal = sale.request.deviceName;
        QTimer::singleShot(int(m_random.bounded(50)), this, [this, terminal]() { startSale(terminal); });
    });
}

void TestOrdersFaultSoak::restart()
{
    // kill -9: nothing is flushed or finished; the journal on disk is what the next run has.
    const ChargeService::Stats &stats = m_service->stats();
    m_createsSent += stats.createsSent;
    m_resends += stats.resends;
    m_rateLimitRetries += stats.rateLimitRetries;
    m_cancelResends += stats.cancelResends;
    m_service.reset();
    ++m_restarts;
    makeService();
    m_service->resumeUnfinished();
    m_restartPending = false;
    // The cashier sees the resumed sales and presses Cancel again where they had (the journal's cancel key again).
    QTimer::singleShot(200, this, [this]() {
        for (const Sale &s : m_service->activeSales()) {
            if (m_cancelling.contains(s.localId) && s.phase == Sale::Phase::Following)
                m_service->cancel(s.localId);
        }
    });
}

void TestOrdersFaultSoak::soak()
{
    m_total = envInt("POINTDESK_SOAK_N", 200);
    const int terminals = envInt("POINTDESK_SOAK_TERMINALS", 48);
    const quint32 seed = seedFromEnvironment();
    m_random.seed(seed);
    std::printf("OrdersFaultSoak: seed %u (POINTDESK_SOAK_SEED=%u repeats the random choices), %d sales, %d "
                "terminals\n",
                seed, seed, m_total, terminals);
    std::fflush(stdout);

    // 30 keyed writes: 3 of each kind (10% each), 9 clean.
    m_writeBag = std::make_unique<FaultBag>(bagOf({{Fault::DropAfterStore, 3},
                                                   {Fault::ServerErrorAfterStore, 3},
                                                   {Fault::RateLimit, 3},
                                                   {Fault::Latency, 3},
                                                   {Fault::Malformed, 3},
                                                   {Fault::DropBeforeStore, 3},
                                                   {Fault::ServerErrorBeforeStore, 3},
                                                   {Fault::IdempotencyValidation, 1},
                                                   {Fault::None, 8}}),
                                            &m_random);
    m_pollBag = std::make_unique<FaultBag>(bagOf({{Fault::DropBeforeStore, 3},
                                                  {Fault::ServerErrorBeforeStore, 3},
                                                  {Fault::RateLimit, 3},
                                                  {Fault::Latency, 3},
                                                  {Fault::Malformed, 3},
                                                  {Fault::None, 15}}),
                                           &m_random);
    m_listBag = std::make_unique<FaultBag>(bagOf({{Fault::DropBeforeStore, 1},
                                                  {Fault::ServerErrorBeforeStore, 1},
                                                  {Fault::RateLimit, 1},
                                                  {Fault::Latency, 1},
                                                  {Fault::Malformed, 1},
                                                  {Fault::None, 45}}),
                                           &m_random);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    OrdersSimulator sim;
    m_sim = &sim;
    OrdersSimulator::Settings settings = sim.settings();
    settings.takeDelayMs = 60; // the terminal takes each order by itself
    settings.cancelDelayMs = 150;
    sim.setSettings(settings);
    QVERIFY(sim.listen());
    QStringList names;
    for (int i = 1; names.size() < terminals; ++i) {
        OrdersSimTerminal t;
        t.id = QStringLiteral("NEWLAND_N950__SOAK%1").arg(i, 6, 10, QLatin1Char('0'));
        t.operatingMode = QStringLiteral("PDV");
        t.posId = QString::number(1000 + i);
        QVERIFY(sim.addTerminal(t));
        names << t.id;
    }
    OrdersBackend client;
    m_client = &client;
    QVERIFY(client.setBaseUrl(sim.apiUrl()));
    client.setAccessToken(sim.accessToken());
    client.setCurrency(*Currency::fromCode(QStringLiteral("MXN")));
    client.setTimeout(kClientTimeoutMs);
    OrderJournal journal;
    m_journal = &journal;
    QVERIFY(journal.open(dir.filePath(QStringLiteral("journal.sqlite"))).ok());
    makeService();

    connect(&sim, &OrdersSimulator::requestHandled, this,
            [this](const QString &method, const QString &path, int) { onRequest(method, path); });
    connect(&sim, &OrdersSimulator::orderChanged, this, &TestOrdersFaultSoak::onOrderChanged);

    m_pendingWrite = m_writeBag->draw();
    queue(m_pendingWrite, QStringLiteral("POST"), QStringLiteral("/v1/orders"));

    QElapsedTimer elapsed;
    elapsed.start();
    for (const QString &name : names)
        startSale(name);
    // Within QTest's 300 s per function for the default N; POINTDESK_SOAK_N=5000 runs with QTEST_FUNCTION_TIMEOUT.
    const int budgetMs = qMax(240000, m_total * 600);
    QEventLoop loop;
    QTimer tick;
    connect(&tick, &QTimer::timeout, &loop, [&]() {
        if ((m_started >= m_total && journal.unfinished().isEmpty() && !m_restartPending) ||
            elapsed.elapsed() > budgetMs)
            loop.quit();
    });
    tick.start(100);
    loop.exec();
    const double seconds = elapsed.elapsed() / 1000.0;
    sim.clearFaults();
    const ChargeService::Stats &last = m_service->stats();
    m_createsSent += last.createsSent;
    m_resends += last.resends;
    m_rateLimitRetries += last.rateLimitRetries;
    m_cancelResends += last.cancelResends;
    for (const JournalEntry &e : journal.unfinished()) {
        QString simStatus = QStringLiteral("-");
        for (const OrdersSimOrder &o : sim.orders()) {
            if (o.externalReference == e.request.externalReference)
                simStatus += QStringLiteral(" %1:%2/%3").arg(o.id, o.status, o.payment.statusDetail);
        }
        const auto s = m_service->sale(e.localId);
        std::printf("  unfinished sale %lld: %s order %s phase %d sim %s\n", static_cast<long long>(e.localId),
                    qPrintable(OrderStates::toKey(e.state)), qPrintable(e.orderId.toString()), s ? int(s->phase) : -1,
                    qPrintable(simStatus));
        for (const JournalEvent &ev : journal.events(e.localId))
            std::printf("      %s %s %s\n", qPrintable(ev.at.toString(QStringLiteral("HH:mm:ss.zzz"))),
                        qPrintable(OrderStates::toKey(ev.state)), qPrintable(ev.detail));
    }
    std::fflush(stdout);
    QVERIFY2(journal.unfinished().isEmpty() && m_started >= m_total,
             qPrintable(QStringLiteral("%1 sales unfinished after %2 s").arg(journal.unfinished().size()).arg(seconds)));
    QVERIFY2(m_startErrors.isEmpty(), qPrintable(m_startErrors.join(QLatin1Char('\n'))));

    // --- the checks ---
    QCOMPARE(journal.count(), qint64(m_total));
    QHash<QString, QList<OrdersSimOrder>> byReference;
    for (const OrdersSimOrder &o : sim.orders())
        byReference[o.externalReference].append(o);
    int approved = 0, rejected = 0, cancelled = 0, failed = 0, actionRequired = 0, doubles = 0, lost = 0;
    JournalFilter all;
    for (const JournalEntry &e : journal.entries(all)) {
        const QString label = QStringLiteral("sale %1 (%2)").arg(e.localId).arg(e.request.externalReference);
        QVERIFY2(e.isFinal(), qPrintable(label + QStringLiteral(" is not final: ") + OrderStates::toKey(e.state)));
        const QList<OrdersSimOrder> orders = byReference.value(e.request.externalReference);
        doubles += orders.size() > 1;
        if (e.state == OrderState::Failed) {
            ++failed;
            lost += !orders.isEmpty(); // an order the sale lost track of
            QVERIFY2(orders.isEmpty(), qPrintable(label + QStringLiteral(" failed but has an order at the simulator")));
            QVERIFY(e.orderId.isNull());
            continue;
        }
        QVERIFY2(orders.size() == 1,
                 qPrintable(label + QStringLiteral(" has %1 orders at the simulator").arg(orders.size())));
        const OrdersSimOrder &o = orders.first();
        QCOMPARE(e.orderId, OrderRef(o.id));
        QCOMPARE(e.state, simState(o));
        QCOMPARE(e.request.amount.cents(), o.payment.amountCents);
        QCOMPARE(e.request.deviceName, o.terminalId);
        if (e.state == OrderState::Approved)
            QCOMPARE(e.paymentId, PaymentRef(o.payment.id));
        if (m_finishedSales.contains(e.localId))
            QCOMPARE(m_finishedSales.value(e.localId).state, e.state);
        approved += e.state == OrderState::Approved;
        rejected += e.state == OrderState::Rejected;
        cancelled += e.state == OrderState::Cancelled;
        actionRequired += e.state == OrderState::ActionRequired;
    }
    for (const OrdersSimOrder &o : sim.orders()) {
        const auto owner = journal.entryByOrderId(OrderRef(o.id));
        QVERIFY2(owner, qPrintable(QStringLiteral("simulator order %1 (%2) belongs to no sale").arg(o.id, o.externalReference)));
        QCOMPARE(owner->request.externalReference, o.externalReference);
    }
    QCOMPARE(doubles, 0);
    QCOMPARE(lost, 0);

    const QString summary =
        QStringLiteral("OrdersFaultSoak: %1 sales in %2 s (seed %3): %4 approved, %5 declined, %6 cancelled (%7 "
                       "cancels from PointDesk), %8 action_required, %9 failed; 0 double orders, 0 lost sales; "
                       "writes: %10; polls: %11; listings: %12; creates sent %13, same-key resends %14, 429 retries "
                       "%15, cancel resends %16, restarts %17, decisions %18")
            .arg(m_total)
            .arg(seconds, 0, 'f', 1)
            .arg(seed)
            .arg(approved)
            .arg(rejected)
            .arg(cancelled)
            .arg(m_cashierCancels)
            .arg(actionRequired)
            .arg(failed)
            .arg(m_writes.summary(), m_polls.summary(), m_lists.summary())
            .arg(m_createsSent)
            .arg(m_resends)
            .arg(m_rateLimitRetries)
            .arg(m_cancelResends)
            .arg(m_restarts)
            .arg(m_decisions);
    std::printf("%s\n", qPrintable(summary));
    if (!m_decisionNotes.isEmpty())
        std::printf("  decisions:\n    %s\n", qPrintable(m_decisionNotes.join(QStringLiteral("\n    "))));
    std::fflush(stdout);

    // At least 10% of the keyed writes and of the polls met a fault.
    QVERIFY2(m_writes.faults() * 10 >= m_writes.requests, qPrintable(m_writes.summary()));
    QVERIFY2(m_polls.faults() * 10 >= m_polls.requests, qPrintable(m_polls.summary()));
    QVERIFY(m_resends > 0);
    QVERIFY(m_restarts > 0 || m_total < 50);
}

QTEST_GUILESS_MAIN(TestOrdersFaultSoak)
#include "tst_ordersfaultsoak.moc"
