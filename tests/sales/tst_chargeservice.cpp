#include "sales/ChargeService.h"
#include "store/OrderJournal.h"
#include "api/LegacyPointBackend.h"
#include "sim/PointSimulator.h"
#include "support/RefTestSupport.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUuid>
#include <QTest>

using Kind = SimFault::Kind;
Q_DECLARE_METATYPE(SimFault)

namespace {

constexpr int kClientTimeoutMs = 400;

OrderRequest saleRequest(const QString &device = QStringLiteral("Caja 1"), qint64 cents = 125050)
{
    OrderRequest r;
    r.amount = Money::fromCents(cents);
    r.description = QStringLiteral("Café con leche");
    r.deviceName = device;
    r.cardType = CardType::Debit;
    return r;
}

QList<SimOrder> ordersFor(const PointSimulator &sim, const QString &externalReference)
{
    QList<SimOrder> out;
    for (const SimOrder &o : sim.orders()) {
        if (o.externalReference == externalReference)
            out.append(o);
    }
    return out;
}

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

// The legacy backend, recording the idempotency key of every create and cancel it is asked to send; it can claim
// idempotent create, to drive the path a keyed API (the Orders API) takes.
class KeyRecordingBackend : public LegacyPointBackend
{
public:
    using LegacyPointBackend::LegacyPointBackend;

    bool idempotent = false;
    QStringList createKeys;
    QStringList cancelKeys;

    Capabilities capabilities() const override
    {
        Capabilities c = LegacyPointBackend::capabilities();
        c.idempotentCreate = idempotent;
        return c;
    }
    Call<CreatedOrder> *createOrder(const OrderRequest &request, const QString &key) override
    {
        createKeys << key;
        return LegacyPointBackend::createOrder(request, key);
    }
    Call<Done> *cancelOrder(const OrderRef &order, const QString &key) override
    {
        cancelKeys << key;
        return LegacyPointBackend::cancelOrder(order, key);
    }
};

SimFault makeFault(SimFault::Kind kind, bool afterStore = false, int httpStatus = 0, int latencyMs = 0)
{
    SimFault f;
    f.kind = kind;
    f.afterStore = afterStore;
    f.httpStatus = httpStatus;
    f.latencyMs = latencyMs;
    return f;
}

} // namespace

class TestChargeService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void chargesAndFollowsToApproved();
    void ambiguousCreateIsAdopted_data();
    void ambiguousCreateIsAdopted();
    void createThatDidNotLandIsSentAgain_data();
    void createThatDidNotLandIsSentAgain();
    void rateLimitedTooOftenFails();
    void askPolicyWaitsForTheCashier();
    void lateListingIsUncertain();
    void unreadableCandidateIsStillAdopted();
    void cashierNamesTheOrder();
    void cashierChecksAgain();
    void conflictAfterResendAdoptsTheFirstAttempt();
    void invalidInputSendsNothing();
    void unknownOrBusyTerminalSendsNothing();
    void journalFailureSendsNothing();
    void unreachableApiSendsNothing();
    void cancelWhileFollowing();
    void cancelWhileSendingNeverLeavesAnOrder();
    void customerCancelEndsCancelled();
    void declinedEndsRejected();
    void resumeFollowsOpenOrderAfterRestart();
    void resumeWithoutOrderId();
    void externalReferenceIsGeneratedAndKept();
    void keyedBackendResendsWithTheSameKey_data();
    void keyedBackendResendsWithTheSameKey();
    void keyedBackendGivesUpAfterTheLastAttempt();
    void cancelKeyIsRecordedBeforeItLeaves();

private:
    void makeService();
    Sale waitFinished(qint64 localId, int timeoutMs = 15000);
    bool waitPhase(qint64 localId, Sale::Phase phase, int timeoutMs = 10000);
    void verifyJournalMatchesSim(qint64 localId);

    std::unique_ptr<QTemporaryDir> m_dir;
    PointSimulator *m_sim = nullptr;
    KeyRecordingBackend *m_client = nullptr;
    OrderJournal *m_journal = nullptr;
    ChargeService *m_service = nullptr;
    QHash<qint64, Sale> m_finished;
};

void TestChargeService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_sim = new PointSimulator(this);
    QVERIFY(m_sim->listen());
    m_client = new KeyRecordingBackend(this);
    QVERIFY(m_client->setBaseUrl(m_sim->apiUrl()));
    m_client->setAccessToken(m_sim->accessToken());
    m_client->setTimeout(kClientTimeoutMs);
    m_journal = new OrderJournal;
    QVERIFY(m_journal->open(m_dir->filePath(QStringLiteral("journal.sqlite"))).ok());
    makeService();
}

void TestChargeService::makeService()
{
    m_service = new ChargeService(m_client, m_journal, this);
    m_service->setPollInterval(30);
    m_service->setMaxBackoff(200);
    m_service->setRetryBaseDelay(20);
    m_service->setCertaintyWindow(5000);
    m_finished.clear();
    connect(m_service, &ChargeService::finished, this,
            [this](const Sale &sale) { m_finished.insert(sale.localId, sale); });
}

void TestChargeService::cleanup()
{
    // Every create and cancel that left carried its sale's key as the journal holds it, never one made up for a
    // retry: a fresh key on a resend would let a keyed API make a second order.
    if (m_journal && m_journal->isOpen() && m_client) {
        QSet<QString> createKeys;
        QSet<QString> cancelKeys;
        for (const JournalEntry &e : m_journal->entries()) {
            QVERIFY(!e.createKey.isEmpty());
            QVERIFY2(!createKeys.contains(e.createKey), "two sales share a create key");
            createKeys.insert(e.createKey);
            if (!e.cancelKey.isEmpty())
                cancelKeys.insert(e.cancelKey);
        }
        for (const QString &key : std::as_const(m_client->createKeys))
            QVERIFY2(createKeys.contains(key), qPrintable(QStringLiteral("create sent with key %1").arg(key)));
        for (const QString &key : std::as_const(m_client->cancelKeys))
            QVERIFY2(cancelKeys.contains(key), qPrintable(QStringLiteral("cancel sent with key %1").arg(key)));
    }
    delete m_service;
    m_service = nullptr;
    delete m_journal;
    m_journal = nullptr;
    delete m_client;
    delete m_sim;
    m_dir.reset();
}

Sale TestChargeService::waitFinished(qint64 localId, int timeoutMs)
{
    if (!QTest::qWaitFor([&]() { return m_finished.contains(localId); }, timeoutMs))
        return {};
    return m_finished.value(localId);
}

bool TestChargeService::waitPhase(qint64 localId, Sale::Phase phase, int timeoutMs)
{
    return QTest::qWaitFor(
        [&]() {
            const auto s = m_service->sale(localId);
            return s && s->phase == phase;
        },
        timeoutMs);
}

void TestChargeService::verifyJournalMatchesSim(qint64 localId)
{
    const auto entry = m_journal->entry(localId);
    QVERIFY(entry);
    QVERIFY(entry->isFinal());
    const QList<SimOrder> orders = ordersFor(*m_sim, entry->request.externalReference);
    QCOMPARE(orders.size(), 1);
    const SimOrder &o = orders.first();
    QCOMPARE(entry->orderId, orderRef(o.id));
    QCOMPARE(entry->state, simState(o));
    QCOMPARE(entry->paymentId, paymentRef(o.paymentId));
    QCOMPARE(entry->paymentStatus, o.paymentStatus);
    QCOMPARE(entry->request.amount.cents(), o.amount.cents());
    QCOMPARE(entry->request.description, o.description);
    QCOMPARE(entry->request.deviceName, o.deviceName);
}

void TestChargeService::chargesAndFollowsToApproved()
{
    QSignalSpy changed(m_service, &ChargeService::stateChanged);
    const ChargeService::StartResult started = m_service->start(saleRequest());
    QVERIFY2(started.ok(), qPrintable(started.userMessage()));
    QVERIFY(m_journal->entry(started.localId)); // recorded before anything left
    QCOMPARE(m_sim->orders().size(), 0);
    QVERIFY(waitPhase(started.localId, Sale::Phase::Following));
    QCOMPARE(m_sim->orders().size(), 1);
    QCOMPARE(m_journal->entry(started.localId)->orderId, orderRef(m_sim->orders().first().id));
    QCOMPARE(m_journal->entry(started.localId)->state, OrderState::WaitingForCard);
    QVERIFY(m_sim->approve(QStringLiteral("Caja 1")) > 0);
    const Sale done = waitFinished(started.localId);
    QCOMPARE(done.state, OrderState::Approved);
    QVERIFY(simId(done.order.paymentId) > 0);
    QCOMPARE(done.phase, Sale::Phase::Finished);
    verifyJournalMatchesSim(started.localId);
    QCOMPARE(m_service->stats().createsSent, 1);
    QCOMPARE(m_service->stats().reconciliations, 0);
    QVERIFY(!m_service->sale(started.localId));
    QVERIFY(changed.size() >= 3);
    QVERIFY(m_journal->unfinished().isEmpty());
}

void TestChargeService::ambiguousCreateIsAdopted_data()
{
    QTest::addColumn<SimFault>("fault");
    QTest::newRow("drop after store") << makeFault(Kind::Drop, true);
    QTest::newRow("5xx after store") << makeFault(Kind::ServerError, true, 502);
    QTest::newRow("latency past the timeout") << makeFault(Kind::Latency, false, 0, kClientTimeoutMs + 400);
    QTest::newRow("malformed body") << makeFault(Kind::Malformed);
}

void TestChargeService::ambiguousCreateIsAdopted()
{
    QFETCH(SimFault, fault);
    fault.method = QStringLiteral("POST");
    m_sim->injectFault(fault);
    const auto started = m_service->start(saleRequest());
    QVERIFY(started.ok());
    QVERIFY(waitPhase(started.localId, Sale::Phase::Following));
    QCOMPARE(m_sim->pendingFaultCount(), 0);
    QCOMPARE(m_service->stats().createsSent, 1);
    QCOMPARE(m_service->stats().reconciliations, 1);
    QCOMPARE(m_service->stats().adoptions, 1);
    QCOMPARE(m_service->stats().resends, 0);
    QCOMPARE(m_sim->orders().size(), 1);
    QVERIFY(m_sim->approve(QStringLiteral("Caja 1")) > 0);
    QCOMPARE(waitFinished(started.localId).state, OrderState::Approved);
    verifyJournalMatchesSim(started.localId);
    // The history tells what happened.
    QStringList details;
    for (const JournalEvent &e : m_journal->events(started.localId))
        details << e.detail;
    QVERIFY(details.join(QLatin1Char('|')).contains(QStringLiteral("checking the terminal")));
    QVERIFY(details.join(QLatin1Char('|')).contains(QStringLiteral("found on the terminal")));
}

void TestChargeService::createThatDidNotLandIsSentAgain_data()
{
    QTest::addColumn<SimFault>("fault");
    QTest::addColumn<int>("resends");
    QTest::addColumn<int>("rateLimitRetries");
    SimFault drop;
    drop.kind = Kind::Drop;
    QTest::newRow("drop before store") << drop << 1 << 0;
    SimFault server;
    server.kind = Kind::ServerError;
    server.httpStatus = 503;
    QTest::newRow("5xx before store") << server << 1 << 0;
    SimFault rate;
    rate.kind = Kind::RateLimit;
    rate.retryAfterSeconds = 1;
    QTest::newRow("429") << rate << 0 << 1;
}

void TestChargeService::createThatDidNotLandIsSentAgain()
{
    QFETCH(SimFault, fault);
    QFETCH(int, resends);
    QFETCH(int, rateLimitRetries);
    fault.method = QStringLiteral("POST");
    m_sim->injectFault(fault);
    QElapsedTimer timer;
    timer.start();
    const auto started = m_service->start(saleRequest(QStringLiteral("Caja 2")));
    QVERIFY(started.ok());
    QVERIFY(waitPhase(started.localId, Sale::Phase::Following));
    if (fault.kind == Kind::RateLimit)
        QVERIFY(timer.elapsed() >= 900); // Retry-After honoured
    QCOMPARE(m_service->stats().createsSent, 2);
    QCOMPARE(m_service->stats().resends, resends);
    QCOMPARE(m_service->stats().rateLimitRetries, rateLimitRetries);
    QCOMPARE(m_service->stats().adoptions, 0);
    QVERIFY(m_sim->decline(QStringLiteral("Caja 2")) > 0);
    QCOMPARE(waitFinished(started.localId).state, OrderState::Rejected);
    verifyJournalMatchesSim(started.localId);
    QCOMPARE(m_journal->entry(started.localId)->createAttempts, 2);
}

void TestChargeService::rateLimitedTooOftenFails()
{
    SimFault rate;
    rate.kind = Kind::RateLimit;
    rate.method = QStringLiteral("POST");
    rate.retryAfterSeconds = 0;
    rate.count = 3;
    m_sim->injectFault(rate);
    QSignalSpy problems(m_service, &ChargeService::problem);
    const auto started = m_service->start(saleRequest());
    const Sale done = waitFinished(started.localId);
    QCOMPARE(done.state, OrderState::Failed);
    QVERIFY(!done.lastError.isEmpty());
    QCOMPARE(m_service->stats().createsSent, 3);
    QCOMPARE(m_sim->orders().size(), 0);
    QCOMPARE(m_journal->entry(started.localId)->state, OrderState::Failed);
    QVERIFY(!problems.isEmpty());
}

void TestChargeService::askPolicyWaitsForTheCashier()
{
    m_service->setResendPolicy(ChargeService::ResendPolicy::Ask);
    SimFault server;
    server.kind = Kind::ServerError;
    server.method = QStringLiteral("POST");
    m_sim->injectFault(server);
    QSignalSpy asked(m_service, &ChargeService::needsDecision);
    const auto started = m_service->start(saleRequest());
    QVERIFY(asked.wait(5000));
    const Sale waiting = asked.first().first().value<Sale>();
    QCOMPARE(waiting.localId, started.localId);
    QCOMPARE(waiting.doubt, Sale::Doubt::NotSent);
    QCOMPARE(waiting.phase, Sale::Phase::AwaitingDecision);
    QVERIFY(!waiting.lastError.isEmpty());
    QCOMPARE(m_journal->entry(started.localId)->state, OrderState::Unknown);
    QCOMPARE(m_sim->orders().size(), 0);
    QVERIFY(!m_service->resolve(started.localId + 100, ChargeService::Decision::SendAgain));

    QVERIFY(m_service->resolve(started.localId, ChargeService::Decision::SendAgain));
    QVERIFY(!m_service->resolve(started.localId, ChargeService::Decision::SendAgain)); // not waiting any more
    QVERIFY(waitPhase(started.localId, Sale::Phase::Following));
    QVERIFY(m_sim->approve(QStringLiteral("Caja 1")) > 0);
    QCOMPARE(waitFinished(started.localId).state, OrderState::Approved);
    verifyJournalMatchesSim(started.localId);

    // The other answer: nothing charged, nothing sent.
    m_sim->injectFault(server);
    const auto second = m_service->start(saleRequest());
    QVERIFY(asked.wait(5000));
    QVERIFY(m_service->resolve(second.localId, ChargeService::Decision::MarkNotCharged));
    QCOMPARE(waitFinished(second.localId).state, OrderState::Failed);
    QCOMPARE(ordersFor(*m_sim, m_journal->entry(second.localId)->request.externalReference).size(), 0);
}

void TestChargeService::lateListingIsUncertain()
{
    // A free terminal seen too late proves nothing: the customer may have paid in between.
    m_service->setCertaintyWindow(0);
    SimFault drop;
    drop.kind = Kind::Drop;
    drop.method = QStringLiteral("POST");
    m_sim->injectFault(drop);
    QSignalSpy asked(m_service, &ChargeService::needsDecision);
    const auto started = m_service->start(saleRequest());
    QVERIFY(asked.wait(5000));
    QCOMPARE(asked.first().first().value<Sale>().doubt, Sale::Doubt::Uncertain);
    QCOMPARE(m_service->stats().resends, 0);
    QCOMPARE(m_service->stats().createsSent, 1);
    const auto entry = m_journal->entry(started.localId);
    QCOMPARE(entry->state, OrderState::Unknown);
    QVERIFY(!entry->lastError.isEmpty());
    // The cashier ends it.
    QVERIFY(m_service->cancel(started.localId));
    QCOMPARE(waitFinished(started.localId).state, OrderState::Cancelled);
    QCOMPARE(m_sim->orders().size(), 0);
}

void TestChargeService::unreadableCandidateIsStillAdopted()
{
    // The order landed on the terminal but cannot be read for a while: being new on the sale's terminal is what
    // makes it the sale's order, so it is adopted and followed, never sent again.
    m_service->setMaxLookupAttempts(2);
    SimFault drop;
    drop.kind = Kind::Drop;
    drop.method = QStringLiteral("POST");
    drop.afterStore = true;
    m_sim->injectFault(drop);
    SimFault unreadable; // every order id here starts with 5; the device list path does not
    unreadable.kind = Kind::ServerError;
    unreadable.method = QStringLiteral("GET");
    unreadable.pathPrefix = QStringLiteral("/point/services/integrations/v1/5");
    unreadable.count = 4;
    m_sim->injectFault(unreadable);
    QSignalSpy asked(m_service, &ChargeService::needsDecision);
    const auto started = m_service->start(saleRequest());
    QVERIFY(waitPhase(started.localId, Sale::Phase::Following));
    QCOMPARE(m_service->stats().adoptions, 1);
    QCOMPARE(m_service->stats().createsSent, 1);
    QVERIFY(m_sim->approve(QStringLiteral("Caja 1")) > 0);
    QCOMPARE(waitFinished(started.localId).state, OrderState::Approved);
    QCOMPARE(m_sim->pendingFaultCount(), 0);
    QVERIFY(asked.isEmpty());
    verifyJournalMatchesSim(started.localId);
}

void TestChargeService::cashierNamesTheOrder()
{
    // The order landed, its answer was lost, and the customer paid before PointDesk looked: the terminal is free
    // again and only the cashier can tell (from the Mercado Pago activity) which order it was.
    m_service->setCertaintyWindow(0);
    SimFault drop;
    drop.kind = Kind::Drop;
    drop.method = QStringLiteral("POST");
    drop.afterStore = true;
    m_sim->injectFault(drop);
    connect(m_sim, &PointSimulator::requestHandled, this, [this](const QString &method, const QString &, int status) {
        if (method == QLatin1String("POST") && status == 0)
            m_sim->approve(QStringLiteral("Caja 1"));
    });
    QSignalSpy asked(m_service, &ChargeService::needsDecision);
    const auto started = m_service->start(saleRequest());
    QVERIFY(asked.wait(5000));
    QCOMPARE(asked.last().first().value<Sale>().doubt, Sale::Doubt::Uncertain);
    QCOMPARE(m_sim->orders().size(), 1);
    const qint64 orderId = m_sim->orders().first().id;

    // Another sale's order is refused: still waiting.
    const qint64 other = m_journal->recordNew(saleRequest(QStringLiteral("Caja 2")), QStringLiteral("legacy"));
    QVERIFY(m_journal->attachOrderId(other, orderRef(5000999999)).ok());
    QVERIFY(m_service->adoptOrder(started.localId, orderRef(5000999999)));
    QTRY_COMPARE(asked.size(), 2);
    QCOMPARE(m_service->sale(started.localId)->phase, Sale::Phase::AwaitingDecision);

    QVERIFY(!m_service->adoptOrder(started.localId + 100, orderRef(orderId)));
    QVERIFY(m_service->adoptOrder(started.localId, orderRef(orderId)));
    const Sale done = waitFinished(started.localId);
    QCOMPARE(done.state, OrderState::Approved);
    QCOMPARE(done.order.id, orderRef(orderId));
    verifyJournalMatchesSim(started.localId);
    QCOMPARE(m_service->stats().createsSent, 1);
}

void TestChargeService::cashierChecksAgain()
{
    m_service->setCertaintyWindow(0);
    SimFault server;
    server.kind = Kind::ServerError;
    server.method = QStringLiteral("POST");
    m_sim->injectFault(server);
    QSignalSpy asked(m_service, &ChargeService::needsDecision);
    const auto started = m_service->start(saleRequest());
    QVERIFY(asked.wait(5000));
    QVERIFY(m_service->resolve(started.localId, ChargeService::Decision::CheckAgain));
    QVERIFY(asked.wait(5000)); // still free, still too late to be sure
    QCOMPARE(m_service->stats().reconciliations, 2);
    QVERIFY(m_service->resolve(started.localId, ChargeService::Decision::MarkNotCharged));
    const Sale done = waitFinished(started.localId);
    QCOMPARE(done.state, OrderState::Failed);
    QCOMPARE(m_journal->entry(started.localId)->state, OrderState::Failed);
    QCOMPARE(m_sim->orders().size(), 0);
    QCOMPARE(m_service->stats().createsSent, 1);
}

void TestChargeService::conflictAfterResendAdoptsTheFirstAttempt()
{
    // The first create is lost without a trace, the terminal looks free, and while PointDesk sends again the first
    // attempt lands after all (a slow proxy): the resend meets 409, and the order on the terminal is adopted.
    SimFault drop;
    drop.kind = Kind::Drop;
    drop.method = QStringLiteral("POST");
    m_sim->injectFault(drop);
    SimFault slowList; // the pre-check listing goes through; the reconciliation listing is slow
    slowList.kind = Kind::Latency;
    slowList.method = QStringLiteral("GET");
    slowList.pathPrefix = QStringLiteral("/point/services/integrations/v1/devices");
    slowList.latencyMs = 200;
    slowList.count = 1;

    OrderRequest request = saleRequest();
    request.externalReference = QStringLiteral("PD-LATE-1");
    LegacyPointBackend late;
    QVERIFY(late.setBaseUrl(m_sim->apiUrl()));
    late.setAccessToken(m_sim->accessToken());
    int listings = 0;
    connect(m_sim, &PointSimulator::requestHandled, this, [&](const QString &method, const QString &path, int) {
        if (method != QLatin1String("GET") || !path.endsWith(QLatin1String("/devices")))
            return;
        if (++listings == 1)
            m_sim->injectFault(slowList);
        else if (listings == 2)
            late.createOrder(request); // the first attempt, landing late
    });
    const auto started = m_service->start(request);
    QVERIFY(waitPhase(started.localId, Sale::Phase::Following));
    QCOMPARE(m_service->stats().createsSent, 2);
    QCOMPARE(m_service->stats().resends, 1);
    QCOMPARE(m_service->stats().reconciliations, 2);
    QCOMPARE(m_service->stats().adoptions, 1);
    QVERIFY(m_sim->approve(QStringLiteral("Caja 1")) > 0);
    QCOMPARE(waitFinished(started.localId).state, OrderState::Approved);
    verifyJournalMatchesSim(started.localId);
}

void TestChargeService::invalidInputSendsNothing()
{
    OrderRequest bad = saleRequest();
    bad.description = QStringLiteral("A description that is far too long");
    const auto started = m_service->start(bad);
    QVERIFY(!started.ok());
    QCOMPARE(started.error.kind(), ApiError::Kind::InvalidInput);
    QCOMPARE(started.error.field(), QStringLiteral("description"));
    QVERIFY(!started.userMessage().isEmpty());
    QCOMPARE(m_journal->count(), qint64(0));
    QTest::qWait(50);
    QCOMPARE(m_sim->requestCount(), 0);
}

void TestChargeService::unknownOrBusyTerminalSendsNothing()
{
    const auto unknown = m_service->start(saleRequest(QStringLiteral("Caja 99")));
    QVERIFY(unknown.ok());
    const Sale gone = waitFinished(unknown.localId);
    QCOMPARE(gone.state, OrderState::Failed);
    QVERIFY(gone.lastError.contains(QStringLiteral("Caja 99")));

    // A terminal busy with an order PointDesk did not send: the sale is not sent (and so not doubled).
    LegacyPointBackend other;
    QVERIFY(other.setBaseUrl(m_sim->apiUrl()));
    other.setAccessToken(m_sim->accessToken());
    other.createOrder(saleRequest(QStringLiteral("Caja 2")));
    QVERIFY(QTest::qWaitFor([&]() { return m_sim->orders().size() == 1; }, 5000));
    const auto busy = m_service->start(saleRequest(QStringLiteral("Caja 2")));
    QCOMPARE(waitFinished(busy.localId).state, OrderState::Failed);
    QCOMPARE(m_sim->orders().size(), 1);
    QCOMPARE(m_service->stats().createsSent, 0);

    // Two sales on one terminal at once: the second is refused before anything is recorded.
    const auto first = m_service->start(saleRequest(QStringLiteral("Caja 1")));
    const auto second = m_service->start(saleRequest(QStringLiteral("Caja 1")));
    QVERIFY(first.ok());
    QVERIFY(!second.ok());
    QCOMPARE(second.error.kind(), ApiError::Kind::DeviceBusy);
    QVERIFY(waitPhase(first.localId, Sale::Phase::Following));
}

void TestChargeService::journalFailureSendsNothing()
{
    // A full disk: the sale cannot be recorded, so it is not sent.
    QSqlQuery q(QSqlDatabase::database(m_journal->connectionName()));
    QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
    QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(q.value(0).toLongLong())));
    q.finish();
    JournalResult full;
    for (int i = 0; i < 5000 && m_journal->recordNew(saleRequest(), QStringLiteral("legacy"), &full) > 0; ++i) {
    }
    QCOMPARE(full.kind(), JournalResult::Kind::DiskFull);
    m_sim->resetRequestCount();

    const ChargeService::StartResult started = m_service->start(saleRequest());
    QVERIFY(!started.ok());
    QCOMPARE(started.journal.kind(), JournalResult::Kind::DiskFull);
    QVERIFY(started.userMessage().contains(QStringLiteral("disk is full")));
    QTest::qWait(200);
    QCOMPARE(m_sim->requestCount(), 0);
    QCOMPARE(m_sim->orders().size(), 0);

    m_journal->close();
    const auto closed = m_service->start(saleRequest());
    QCOMPARE(closed.journal.kind(), JournalResult::Kind::NotOpen);
    QTest::qWait(50);
    QCOMPARE(m_sim->requestCount(), 0);
}

void TestChargeService::unreachableApiSendsNothing()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    QVERIFY(m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))));
    m_service->setMaxLookupAttempts(2);
    const auto started = m_service->start(saleRequest());
    const Sale done = waitFinished(started.localId);
    QCOMPARE(done.state, OrderState::Failed);
    QCOMPARE(m_service->stats().createsSent, 0);
    QCOMPARE(m_journal->entry(started.localId)->createAttempts, 0);
}

void TestChargeService::cancelWhileFollowing()
{
    const auto started = m_service->start(saleRequest());
    QVERIFY(waitPhase(started.localId, Sale::Phase::Following));
    QVERIFY(m_service->cancel(started.localId));
    QCOMPARE(waitFinished(started.localId).state, OrderState::Cancelled);
    QCOMPARE(m_sim->orders().first().status, SimOrder::Status::Deleted);
    verifyJournalMatchesSim(started.localId);
    QVERIFY(!m_service->cancel(started.localId));
}

void TestChargeService::cancelWhileSendingNeverLeavesAnOrder()
{
    // Cancelled while the create is in flight and its answer lost: the order found on the terminal is cancelled.
    SimFault slow;
    slow.kind = Kind::Latency;
    slow.method = QStringLiteral("POST");
    slow.latencyMs = kClientTimeoutMs + 300;
    m_sim->injectFault(slow);
    const auto started = m_service->start(saleRequest());
    QVERIFY(waitPhase(started.localId, Sale::Phase::Sending));
    QVERIFY(m_service->cancel(started.localId));
    QCOMPARE(waitFinished(started.localId).state, OrderState::Cancelled);
    QCOMPARE(m_sim->orders().size(), 1);
    QCOMPARE(m_sim->orders().first().status, SimOrder::Status::Deleted);
    QVERIFY(m_sim->device(QStringLiteral("Caja 1"))->paymentAttempt == 0);
    verifyJournalMatchesSim(started.localId);

    // Cancelled before the terminal check came back: nothing is sent at all.
    const auto early = m_service->start(saleRequest(QStringLiteral("Caja 2")));
    QVERIFY(m_service->cancel(early.localId));
    QCOMPARE(waitFinished(early.localId).state, OrderState::Cancelled);
    QCOMPARE(m_sim->orders().size(), 1);
}

void TestChargeService::customerCancelEndsCancelled()
{
    const auto started = m_service->start(saleRequest());
    QVERIFY(waitPhase(started.localId, Sale::Phase::Following));
    QVERIFY(m_sim->customerCancel(QStringLiteral("Caja 1")) > 0);
    QCOMPARE(waitFinished(started.localId).state, OrderState::Cancelled);
    verifyJournalMatchesSim(started.localId);
}

void TestChargeService::declinedEndsRejected()
{
    const auto started = m_service->start(saleRequest(QStringLiteral("Mostrador Ñandú")));
    QVERIFY(waitPhase(started.localId, Sale::Phase::Following));
    QVERIFY(m_sim->decline(QStringLiteral("Mostrador Ñandú")) > 0);
    const Sale done = waitFinished(started.localId);
    QCOMPARE(done.state, OrderState::Rejected);
    QCOMPARE(done.order.paymentStatus, QStringLiteral("rejected"));
    verifyJournalMatchesSim(started.localId);
}

void TestChargeService::resumeFollowsOpenOrderAfterRestart()
{
    const QString journalPath = m_journal->path();
    const auto started = m_service->start(saleRequest());
    QVERIFY(waitPhase(started.localId, Sale::Phase::Following));
    const qint64 orderId = m_sim->orders().first().id;

    // PointDesk stops: service and journal go away with the order still open.
    delete m_service;
    m_service = nullptr;
    delete m_journal;
    m_journal = new OrderJournal;
    QVERIFY(m_journal->open(journalPath).ok());
    QCOMPARE(m_journal->unfinished().size(), 1);
    QCOMPARE(m_journal->unfinished().first().orderId, orderRef(orderId));

    makeService();
    QCOMPARE(m_service->resumeUnfinished(), 1);
    QVERIFY(!m_service->resume(started.localId)); // already running
    QVERIFY(waitPhase(started.localId, Sale::Phase::Following));
    QVERIFY(m_sim->approve(QStringLiteral("Caja 1")) > 0);
    const Sale done = waitFinished(started.localId);
    QCOMPARE(done.state, OrderState::Approved);
    QCOMPARE(done.order.id, orderRef(orderId));
    verifyJournalMatchesSim(started.localId);
    QCOMPARE(m_service->stats().createsSent, 0);
    QVERIFY(m_journal->unfinished().isEmpty());
    QVERIFY(!m_service->resume(started.localId)); // final
}

void TestChargeService::resumeWithoutOrderId()
{
    // Recorded but never sent (stopped in between): it ends Failed and nothing is sent.
    OrderRequest neverSent = saleRequest(QStringLiteral("Caja 1"));
    neverSent.externalReference = QStringLiteral("PD-NEVER");
    const qint64 a = m_journal->recordNew(neverSent, QStringLiteral("legacy"));
    // Sent, and it reached the terminal, but PointDesk stopped before the answer.
    OrderRequest landed = saleRequest(QStringLiteral("Caja 2"));
    landed.externalReference = QStringLiteral("PD-LANDED");
    const qint64 b = m_journal->recordNew(landed, QStringLiteral("legacy"));
    QVERIFY(m_journal->recordCreateSent(b).ok());
    m_client->createOrder(landed, m_journal->entry(b)->createKey); // as the service sends it
    QVERIFY(QTest::qWaitFor([&]() { return m_sim->orders().size() == 1; }, 5000));
    // Sent, and lost: the terminal is free, but too late to be sure.
    OrderRequest lost = saleRequest(QStringLiteral("Mostrador Ñandú"));
    lost.externalReference = QStringLiteral("PD-LOST");
    const qint64 c = m_journal->recordNew(lost, QStringLiteral("legacy"));
    QVERIFY(m_journal->recordCreateSent(c).ok());

    QSignalSpy asked(m_service, &ChargeService::needsDecision);
    QCOMPARE(m_service->resumeUnfinished(), 3);
    QCOMPARE(waitFinished(a).state, OrderState::Failed);
    QVERIFY(waitPhase(b, Sale::Phase::Following));
    QCOMPARE(m_journal->entry(b)->orderId, orderRef(m_sim->orders().first().id));
    QVERIFY(asked.wait(5000) || !asked.isEmpty());
    QCOMPARE(asked.first().first().value<Sale>().localId, c);
    QCOMPARE(asked.first().first().value<Sale>().doubt, Sale::Doubt::Uncertain);
    QCOMPARE(m_service->stats().createsSent, 0);
    QCOMPARE(m_sim->orders().size(), 1);
    QVERIFY(m_sim->approve(QStringLiteral("Caja 2")) > 0);
    QCOMPARE(waitFinished(b).state, OrderState::Approved);
    verifyJournalMatchesSim(b);
}

void TestChargeService::externalReferenceIsGeneratedAndKept()
{
    const QString generated = ChargeService::makeExternalReference();
    QVERIFY(generated.startsWith(QStringLiteral("PD-")));
    QCOMPARE(generated.size(), 3 + 14 + 1 + 8);
    QVERIFY(generated != ChargeService::makeExternalReference());

    const auto started = m_service->start(saleRequest());
    const QString reference = m_journal->entry(started.localId)->request.externalReference;
    QVERIFY(reference.startsWith(QStringLiteral("PD-")));
    QVERIFY(waitPhase(started.localId, Sale::Phase::Following));
    QCOMPARE(m_sim->orders().first().externalReference, reference);

    OrderRequest own = saleRequest(QStringLiteral("Caja 2"));
    own.externalReference = QStringLiteral("INVOICE-0042");
    const auto mine = m_service->start(own);
    QVERIFY(waitPhase(mine.localId, Sale::Phase::Following));
    QCOMPARE(m_sim->orders().last().externalReference, QStringLiteral("INVOICE-0042"));
}

void TestChargeService::keyedBackendResendsWithTheSameKey_data()
{
    QTest::addColumn<SimFault>("fault");
    QTest::newRow("drop after store") << makeFault(Kind::Drop, true);
    QTest::newRow("5xx before store") << makeFault(Kind::ServerError, false, 503);
    QTest::newRow("latency past the timeout") << makeFault(Kind::Latency, false, 0, kClientTimeoutMs + 400);
}

void TestChargeService::keyedBackendResendsWithTheSameKey()
{
    // Where the API keeps idempotency keys, a create that may have landed is sent again with the same key instead of
    // being reconciled through the terminal list.
    QFETCH(SimFault, fault);
    m_client->idempotent = true;
    fault.method = QStringLiteral("POST");
    m_sim->injectFault(fault);
    const auto started = m_service->start(saleRequest());
    QVERIFY(started.ok());
    const QString key = m_journal->entry(started.localId)->createKey;
    QVERIFY(!key.isEmpty());
    QVERIFY(waitPhase(started.localId, Sale::Phase::Following));
    QVERIFY(m_client->createKeys.size() >= 2);
    for (const QString &sent : std::as_const(m_client->createKeys))
        QCOMPARE(sent, key);
    QVERIFY(m_service->stats().resends >= 1);
    QCOMPARE(m_journal->entry(started.localId)->createAttempts, int(m_client->createKeys.size()));
    // The simulator keeps no keys: a resend of a stored order meets the terminal busy with it, and the order found
    // there is this sale's. One order, whatever happened.
    QCOMPARE(m_sim->orders().size(), 1);
    QVERIFY(m_sim->approve(QStringLiteral("Caja 1")) > 0);
    QCOMPARE(waitFinished(started.localId).state, OrderState::Approved);
    verifyJournalMatchesSim(started.localId);
}

void TestChargeService::keyedBackendGivesUpAfterTheLastAttempt()
{
    m_client->idempotent = true;
    m_service->setMaxCreateAttempts(2);
    for (int i = 0; i < 2; ++i) {
        SimFault server;
        server.kind = Kind::ServerError;
        server.httpStatus = 500;
        server.method = QStringLiteral("POST");
        m_sim->injectFault(server);
    }
    QSignalSpy asked(m_service, &ChargeService::needsDecision);
    const auto started = m_service->start(saleRequest());
    QVERIFY(started.ok());
    QVERIFY(asked.wait(5000));
    QCOMPARE(asked.first().first().value<Sale>().doubt, Sale::Doubt::Uncertain);
    QCOMPARE(m_client->createKeys.size(), 2);
    QCOMPARE(m_client->createKeys.at(0), m_client->createKeys.at(1));
    QCOMPARE(m_sim->orders().size(), 0);
    QVERIFY(m_service->resolve(started.localId, ChargeService::Decision::MarkNotCharged));
    QCOMPARE(waitFinished(started.localId).state, OrderState::Failed);
}

void TestChargeService::cancelKeyIsRecordedBeforeItLeaves()
{
    const auto started = m_service->start(saleRequest());
    QVERIFY(started.ok());
    QVERIFY(waitPhase(started.localId, Sale::Phase::Following));
    QVERIFY(m_journal->entry(started.localId)->cancelKey.isEmpty());
    QVERIFY(m_service->cancel(started.localId));
    QCOMPARE(waitFinished(started.localId).state, OrderState::Cancelled);
    const QString key = m_journal->entry(started.localId)->cancelKey;
    QVERIFY(!QUuid::fromString(key).isNull());
    QCOMPARE(m_client->cancelKeys, QStringList{key});
}

QTEST_GUILESS_MAIN(TestChargeService)
#include "tst_chargeservice.moc"
