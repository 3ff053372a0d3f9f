// Fault soak: N sales through ChargeService + OrderJournal + LegacyPointBackend against the in-process simulator, with
// every kind of fault injected on create requests and on order polls, and customers who approve, decline or cancel
// at random. Afterwards: every sale has exactly one order at the simulator (none when it failed), the simulator
// has no order without a sale, and every journal entry is final and equal to the simulator's record.
//
//   POINTDESK_SOAK_N          sales (default 200)
//   POINTDESK_SOAK_TERMINALS  terminals charging in parallel (default 48)
//   POINTDESK_SOAK_SEED       random seed (default: random; always printed)
//   POINTDESK_SOAK_VERBOSE    set: log every request (pointdesk.* info)
#include "sales/ChargeService.h"
#include "store/OrderJournal.h"
#include "api/LegacyPointBackend.h"
#include "sim/PointSimulator.h"
#include "support/RefTestSupport.h"
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

using namespace Soak;

namespace {

// The five kinds the issue asks for, each at least 10% of the creates; on polls (which store nothing) the same
// five with a plain drop and 5xx.
const QList<Fault> kRequiredCreateKinds = {Fault::DropAfterStore, Fault::ServerErrorAfterStore, Fault::RateLimit,
                                           Fault::Latency, Fault::Malformed};
const QList<Fault> kRequiredPollKinds = {Fault::DropBeforeStore, Fault::ServerErrorBeforeStore, Fault::RateLimit,
                                         Fault::Latency, Fault::Malformed};

// No customer pays (or does anything) within this time of an order appearing: what makes a free terminal proof.
constexpr int kCertaintyWindowMs = 4000;

OrderState simState(const SimOrder &o)
{
    switch (o.status) {
    case SimOrder::Status::Open:
        return OrderState::WaitingForCard;
    case SimOrder::Status::Deleted:
        return OrderState::Cancelled;
    case SimOrder::Status::Closed:
        return o.paymentStatus == QLatin1String("approved") ? OrderState::Approved : OrderState::Rejected;
    }
    return OrderState::Unknown;
}

const QStringList kDescriptions = {
    QStringLiteral("Café con leche"), QStringLiteral("Medialunas x6"), QStringLiteral("Ñoquis, \"caseros\""),
    QStringLiteral("Pão de queijo"),  QStringLiteral("Alfajor"),       QStringLiteral("Yerba 1kg")};

} // namespace

class TestFaultSoak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void soak();

private:
    void onRequest(const QString &method, const QString &path);
    void onOrderChanged(qint64 orderId);
    void startSale(const QString &terminal);

    QRandomGenerator m_random;
    PointSimulator *m_sim = nullptr;
    ChargeService *m_service = nullptr;
    std::unique_ptr<FaultBag> m_createBag;
    std::unique_ptr<FaultBag> m_pollBag;
    std::unique_ptr<FaultBag> m_listBag;
    Fault m_pendingCreate = Fault::None;
    Fault m_pendingList = Fault::None;
    QHash<qint64, Fault> m_pendingPoll;
    FaultCounts m_creates;
    FaultCounts m_polls;
    FaultCounts m_lists;
    QSet<qint64> m_seenOrders;
    int m_started = 0;
    int m_finished = 0;
    int m_total = 0;
    int m_decisions = 0;
    QStringList m_startErrors;
};

void TestFaultSoak::initTestCase()
{
    // Thousands of requests: keep the log to warnings unless asked (POINTDESK_SOAK_VERBOSE=1).
    if (!qEnvironmentVariableIsSet("POINTDESK_SOAK_VERBOSE"))
        QLoggingCategory::setFilterRules(QStringLiteral("pointdesk.*.info=false\npointdesk.*.debug=false"));
}

void TestFaultSoak::onRequest(const QString &method, const QString &path)
{
    static const QString base = QStringLiteral("/point/services/integrations/v1");
    if (method == QLatin1String("POST") && path == base) {
        // At most one create fault is queued, so the request just handled took it if there was one.
        ++m_creates.requests;
        ++m_creates.byKind[int(m_pendingCreate)];
        m_pendingCreate = m_createBag->draw();
        if (m_pendingCreate != Fault::None) {
            SimFault f = makeSimFault(m_pendingCreate, m_random, true);
            f.method = QStringLiteral("POST");
            f.pathPrefix = base;
            m_sim->injectFault(f);
        }
        return;
    }
    if (method != QLatin1String("GET"))
        return;
    if (path == base + QStringLiteral("/devices")) {
        ++m_lists.requests;
        ++m_lists.byKind[int(m_pendingList)];
        m_pendingList = m_listBag->draw();
        if (m_pendingList != Fault::None) {
            SimFault f = makeSimFault(m_pendingList, m_random);
            f.method = QStringLiteral("GET");
            f.pathPrefix = path;
            m_sim->injectFault(f);
        }
        return;
    }
    bool ok = false;
    const qint64 id = path.mid(base.size() + 1).toLongLong(&ok);
    if (!ok || !path.startsWith(base + QLatin1Char('/')))
        return;
    ++m_polls.requests;
    ++m_polls.byKind[int(m_pendingPoll.take(id))];
    const Fault next = m_pollBag->draw();
    if (next != Fault::None) {
        // Order ids all have the same number of digits here, so the path prefix names exactly one order.
        SimFault f = makeSimFault(next, m_random);
        f.method = QStringLiteral("GET");
        f.pathPrefix = path;
        m_sim->injectFault(f);
        m_pendingPoll.insert(id, next);
    }
}

void TestFaultSoak::onOrderChanged(qint64 orderId)
{
    if (m_seenOrders.contains(orderId))
        return;
    const auto order = m_sim->order(orderId);
    if (!order || order->status != SimOrder::Status::Open)
        return;
    m_seenOrders.insert(orderId);
    // The customer sees the order on the terminal and, no sooner than the certainty window, pays, is declined
    // or gives up.
    const int delay = kCertaintyWindowMs + 100 + int(m_random.bounded(600));
    const int action = int(m_random.bounded(10));
    QTimer::singleShot(delay, this, [this, orderId, action]() {
        const auto o = m_sim->order(orderId);
        if (!o || o->status != SimOrder::Status::Open)
            return;
        const auto device = m_sim->device(o->deviceName);
        if (!device || device->paymentAttempt != orderId)
            return;
        if (action < 6)
            m_sim->approve(o->deviceName);
        else if (action < 8)
            m_sim->decline(o->deviceName);
        else
            m_sim->customerCancel(o->deviceName);
    });
}

void TestFaultSoak::startSale(const QString &terminal)
{
    if (m_started >= m_total)
        return;
    ++m_started;
    OrderRequest r;
    r.amount = Money::fromCents(100 + qint64(m_random.bounded(5'000'000)));
    r.description = kDescriptions.at(int(m_random.bounded(int(kDescriptions.size()))));
    r.deviceName = terminal;
    r.cardType = m_random.bounded(2) ? CardType::Credit : CardType::Debit;
    const ChargeService::StartResult started = m_service->start(r);
    if (!started.ok()) {
        m_startErrors << terminal + QStringLiteral(": ") + started.userMessage();
        ++m_finished;
    }
}

void TestFaultSoak::soak()
{
    m_total = envInt("POINTDESK_SOAK_N", 200);
    const int terminals = envInt("POINTDESK_SOAK_TERMINALS", 48);
    const quint32 seed = seedFromEnvironment();
    m_random.seed(seed);
    std::printf("FaultSoak: seed %u (POINTDESK_SOAK_SEED=%u repeats the random choices), %d sales, %d terminals\n",
                seed, seed, m_total, terminals);
    std::fflush(stdout);

    // 24 creates: 3 of each kind the issue names (12.5% each), one drop and one 5xx that store nothing, 7 clean.
    m_createBag = std::make_unique<FaultBag>(bagOf({{Fault::DropAfterStore, 3},
                                                    {Fault::ServerErrorAfterStore, 3},
                                                    {Fault::RateLimit, 3},
                                                    {Fault::Latency, 3},
                                                    {Fault::Malformed, 3},
                                                    {Fault::DropBeforeStore, 1},
                                                    {Fault::ServerErrorBeforeStore, 1},
                                                    {Fault::None, 7}}),
                                             &m_random);
    // 24 polls: 3 of each kind, 9 clean (a GET stores nothing, so a drop is a drop).
    m_pollBag = std::make_unique<FaultBag>(bagOf({{Fault::DropBeforeStore, 3},
                                                  {Fault::ServerErrorBeforeStore, 3},
                                                  {Fault::RateLimit, 3},
                                                  {Fault::Latency, 3},
                                                  {Fault::Malformed, 3},
                                                  {Fault::None, 9}}),
                                           &m_random);
    // Terminal listings: 1 of each kind in 50 (10% in all), so that reconciliation itself is tested under fire.
    m_listBag = std::make_unique<FaultBag>(bagOf({{Fault::DropBeforeStore, 1},
                                                  {Fault::ServerErrorBeforeStore, 1},
                                                  {Fault::RateLimit, 1},
                                                  {Fault::Latency, 1},
                                                  {Fault::Malformed, 1},
                                                  {Fault::None, 45}}),
                                           &m_random);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    PointSimulator sim;
    m_sim = &sim;
    QVERIFY(sim.listen());
    QStringList names = PointSimulator::defaultDeviceNames();
    for (int i = int(names.size()) + 1; names.size() < terminals; ++i) {
        const QString name = QStringLiteral("Caja %1").arg(i);
        QVERIFY(sim.addDevice(name));
        names << name;
    }
    names = names.mid(0, terminals);
    LegacyPointBackend client;
    QVERIFY(client.setBaseUrl(sim.apiUrl()));
    client.setAccessToken(sim.accessToken());
    client.setTimeout(kClientTimeoutMs);
    OrderJournal journal;
    QVERIFY(journal.open(dir.filePath(QStringLiteral("journal.sqlite"))).ok());
    ChargeService service(&client, &journal);
    m_service = &service;
    service.setCertaintyWindow(kCertaintyWindowMs);
    service.setPollInterval(150);
    service.setMaxBackoff(400);
    service.setRetryBaseDelay(30);
    service.setMaxLookupAttempts(15);
    service.setMaxCreateAttempts(8);
    service.setMaxRateLimitRetries(8);

    connect(&sim, &PointSimulator::requestHandled, this,
            [this](const QString &method, const QString &path, int) { onRequest(method, path); });
    connect(&sim, &PointSimulator::orderChanged, this, &TestFaultSoak::onOrderChanged);
    QStringList decisionNotes;
    connect(&service, &ChargeService::needsDecision, this, [&](const Sale &sale) {
        // The cashier checks the Mercado Pago activity (here: the simulator's records) and answers truthfully.
        ++m_decisions;
        qint64 found = 0;
        for (const SimOrder &o : sim.orders()) {
            if (o.externalReference == sale.request.externalReference)
                found = o.id;
        }
        decisionNotes << QStringLiteral("sale %1 (%2): %3 -> %4")
                             .arg(sale.localId)
                             .arg(sale.doubt == Sale::Doubt::Uncertain ? QStringLiteral("uncertain")
                                                                       : QStringLiteral("not sent"))
                             .arg(sale.lastError)
                             .arg(found ? QStringLiteral("order %1").arg(found) : QStringLiteral("not charged"));
        // The sale's history, to see why PointDesk could not decide alone.
        for (const JournalEvent &e : journal.events(sale.localId))
            decisionNotes << QStringLiteral("    %1 %2 %3")
                                 .arg(e.at.toString(QStringLiteral("HH:mm:ss.zzz")), OrderStates::toKey(e.state),
                                      e.detail);
        std::printf("FaultSoak: decision needed for sale %lld; the sale so far:\n",
                    static_cast<long long>(sale.localId));
        for (qsizetype i = decisionNotes.size() - 1; i >= 0; --i) {
            if (decisionNotes.at(i).startsWith(QLatin1String("sale "))) {
                for (qsizetype j = i; j < decisionNotes.size(); ++j)
                    std::printf("  %s\n", qPrintable(decisionNotes.at(j)));
                break;
            }
        }
        std::fflush(stdout);
        QTimer::singleShot(0, &service, [&service, id = sale.localId, found]() {
            if (found)
                service.adoptOrder(id, orderRef(found));
            else
                service.resolve(id, ChargeService::Decision::MarkNotCharged);
        });
    });
    QHash<qint64, Sale> finished;
    connect(&service, &ChargeService::finished, this, [&](const Sale &sale) {
        finished.insert(sale.localId, sale);
        ++m_finished;
        const QString terminal = sale.request.deviceName;
        QTimer::singleShot(int(m_random.bounded(50)), this, [this, terminal]() { startSale(terminal); });
    });

    // The first create fault waits for the first create.
    m_pendingCreate = m_createBag->draw();
    if (m_pendingCreate != Fault::None) {
        SimFault f = makeSimFault(m_pendingCreate, m_random, true);
        f.method = QStringLiteral("POST");
        f.pathPrefix = QStringLiteral("/point/services/integrations/v1");
        sim.injectFault(f);
    }

    QElapsedTimer elapsed;
    elapsed.start();
    for (const QString &name : names)
        startSale(name);
    // A real event loop, not QTest::qWaitFor: that one naps 10 ms between turns, which would add tens of
    // milliseconds to every request and make the client's short timeout fire on clean requests.
    const int budgetMs = 60000 + m_total * 1500;
    QEventLoop loop;
    QTimer watchdog;
    watchdog.setSingleShot(true);
    connect(&watchdog, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(&service, &ChargeService::finished, &loop, [this, &loop]() {
        if (m_finished >= m_total)
            loop.quit();
    });
    watchdog.start(budgetMs);
    if (m_finished < m_total)
        loop.exec();
    const bool done = m_finished >= m_total;
    const double seconds = elapsed.elapsed() / 1000.0;
    sim.clearFaults();
    QVERIFY2(
        done,
        qPrintable(QStringLiteral("only %1 of %2 sales finished in %3 s").arg(m_finished).arg(m_total).arg(seconds)));
    QVERIFY2(m_startErrors.isEmpty(), qPrintable(m_startErrors.join(QLatin1Char('\n'))));

    // --- the checks ---
    QCOMPARE(journal.count(), qint64(m_total));
    QHash<QString, QList<SimOrder>> byReference;
    for (const SimOrder &o : sim.orders())
        byReference[o.externalReference].append(o);
    int approved = 0, rejected = 0, cancelled = 0, failed = 0;
    JournalFilter all;
    for (const JournalEntry &e : journal.entries(all)) {
        const QString label = QStringLiteral("sale %1 (%2)").arg(e.localId).arg(e.request.externalReference);
        QVERIFY2(e.isFinal(), qPrintable(label + QStringLiteral(" is not final: ") + OrderStates::toKey(e.state)));
        QVERIFY2(finished.contains(e.localId), qPrintable(label + QStringLiteral(" never finished")));
        QCOMPARE(finished.value(e.localId).state, e.state);
        const QList<SimOrder> orders = byReference.value(e.request.externalReference);
        if (e.state == OrderState::Failed) {
            ++failed;
            QVERIFY2(orders.isEmpty(), qPrintable(label + QStringLiteral(" failed but has an order at the simulator")));
            QVERIFY(e.orderId.isNull());
            continue;
        }
        QVERIFY2(orders.size() == 1,
                 qPrintable(label + QStringLiteral(" has %1 orders at the simulator").arg(orders.size())));
        const SimOrder &o = orders.first();
        QVERIFY2(e.orderId == orderRef(o.id),
                 qPrintable(label + QStringLiteral(" journal order %1, simulator %2").arg(e.orderId.toString()).arg(o.id)));
        QCOMPARE(e.state, simState(o));
        QCOMPARE(e.paymentId, paymentRef(o.paymentId));
        QCOMPARE(e.paymentStatus, o.paymentStatus);
        QCOMPARE(e.request.amount.cents(), o.amount.cents());
        QCOMPARE(e.request.description, o.description);
        QCOMPARE(e.request.deviceName, o.deviceName);
        QCOMPARE(e.request.cardType, o.cardType);
        approved += e.state == OrderState::Approved;
        rejected += e.state == OrderState::Rejected;
        cancelled += e.state == OrderState::Cancelled;
    }
    // No order without a sale.
    for (const SimOrder &o : sim.orders()) {
        const auto owner = journal.entryByOrderId(orderRef(o.id));
        QVERIFY2(owner,
                 qPrintable(
                     QStringLiteral("simulator order %1 (%2) belongs to no sale").arg(o.id).arg(o.externalReference)));
        QCOMPARE(owner->request.externalReference, o.externalReference);
    }
    QVERIFY(journal.unfinished().isEmpty());

    const ChargeService::Stats &stats = service.stats();
    const QString summary =
        QStringLiteral("FaultSoak: %1 sales in %2 s (seed %3): %4 approved, %5 declined, %6 cancelled, %7 failed; "
                       "creates: %8; polls: %9; listings: %10; reconciliations %11, adoptions %12, resends %13, "
                       "429 retries %14, decisions %15")
            .arg(m_total)
            .arg(seconds, 0, 'f', 1)
            .arg(seed)
            .arg(approved)
            .arg(rejected)
            .arg(cancelled)
            .arg(failed)
            .arg(m_creates.summary(), m_polls.summary(), m_lists.summary())
            .arg(stats.reconciliations)
            .arg(stats.adoptions)
            .arg(stats.resends)
            .arg(stats.rateLimitRetries)
            .arg(m_decisions);
    std::printf("%s\n", qPrintable(summary));
    std::fflush(stdout);

    // Every kind the issue names made up at least 10% of the create requests and of the polls.
    const auto atLeastTenPercent = [](const FaultCounts &counts, Fault kind, const char *what) {
        const int n = counts.byKind[int(kind)];
        if (n * 10 >= counts.requests)
            return true;
        qWarning("%s on %s: %d of %d requests", faultName(kind), what, n, counts.requests);
        return false;
    };
    for (Fault kind : kRequiredCreateKinds)
        QVERIFY(atLeastTenPercent(m_creates, kind, "creates"));
    for (Fault kind : kRequiredPollKinds)
        QVERIFY(atLeastTenPercent(m_polls, kind, "polls"));
    QCOMPARE(m_creates.requests, stats.createsSent);
    QVERIFY(stats.adoptions > 0);
    QVERIFY(stats.resends > 0);
    // Deciding for the cashier is the exception: the certainty window is far above the soak's delays.
    QVERIFY2(m_decisions * 100 <= m_total, qPrintable(decisionNotes.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestFaultSoak)
#include "tst_faultsoak.moc"
