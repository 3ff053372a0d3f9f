// RefundService against the legacy simulator's Payments API and a real journal: money goes back once, whatever
// is lost on the way.
#include "api/LegacyPointBackend.h"
#include "sales/RefundService.h"
#include "sim/PointSimulator.h"
#include "store/OrderJournal.h"
#include "support/CallTestSupport.h"
#include "support/RefTestSupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

/// The legacy backend that remembers every refund key it was handed.
class KeyRecordingBackend : public LegacyPointBackend
{
public:
    using LegacyPointBackend::LegacyPointBackend;
    Call<RefundInfo> *refund(const RefundRequest &request, const QString &key) override
    {
        keys.append(key);
        return LegacyPointBackend::refund(request, key);
    }
    QStringList keys;
};

/// An API that cannot give money back from PointDesk.
class NoRefundsBackend : public LegacyPointBackend
{
public:
    using LegacyPointBackend::LegacyPointBackend;
    Capabilities capabilities() const override
    {
        Capabilities c = LegacyPointBackend::capabilities();
        c.refunds = false;
        c.partialRefunds = false;
        return c;
    }
};

} // namespace

class TestRefundService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void fullRefundOnce();
    void partialRefundsUpToTheBalance();
    void refusedBeforeAnythingIsSent();
    void secondRefundWhileOneIsOnItsWay();
    void lostAnswersAreResentWithTheSameKey_data();
    void lostAnswersAreResentWithTheSameKey();
    void restartResendsWithTheSameKey();
    void retriesRunOutAndTheRefundStaysOpen();
    void definiteNoFreesTheAmount();
    void twoTillsRefundOneSale();

private:
    /// A sale charged, paid and recorded as the charge flow leaves it; returns its local id.
    qint64 paidSale(qint64 cents, const QString &backend = QStringLiteral("legacy"));
    RefundService *makeService(OrderJournal *journal);
    int simRefunds(qint64 saleId) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    PointSimulator *m_sim = nullptr;
    KeyRecordingBackend *m_client = nullptr;
    OrderJournal *m_journal = nullptr;
    RefundService *m_service = nullptr;
};

void TestRefundService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_sim = new PointSimulator(this);
    QVERIFY(m_sim->listen());
    m_client = new KeyRecordingBackend(this);
    QVERIFY(m_client->setBaseUrl(m_sim->apiUrl()));
    m_client->setAccessToken(m_sim->accessToken());
    m_client->setTimeout(2000);
    m_journal = new OrderJournal;
    QVERIFY(m_journal->open(m_dir->filePath(QStringLiteral("journal.sqlite"))).ok());
    m_service = makeService(m_journal);
}

RefundService *TestRefundService::makeService(OrderJournal *journal)
{
    auto *service = new RefundService(m_client, journal, this);
    service->backoff().setLimits(20, 50);
    return service;
}

void TestRefundService::cleanup()
{
    // Every refund that left carried its refund's key as the journal holds it, never one made up for a resend.
    QStringList recorded;
    if (m_journal && m_journal->isOpen()) {
        for (const JournalEntry &sale : m_journal->entries()) {
            for (const JournalRefund &refund : m_journal->refunds(sale.localId))
                recorded.append(refund.idempotencyKey);
        }
    }
    for (const QString &key : std::as_const(m_client->keys))
        QVERIFY2(recorded.contains(key), qPrintable(QStringLiteral("refund key %1 is not in the journal").arg(key)));
    delete m_service;
    m_service = nullptr;
    delete m_journal;
    m_journal = nullptr;
    delete m_client;
    m_client = nullptr;
    delete m_sim;
    m_sim = nullptr;
    m_dir.reset();
}

qint64 TestRefundService::paidSale(qint64 cents, const QString &backend)
{
    OrderRequest request;
    request.amount = Money::fromCents(cents);
    request.description = QStringLiteral("Mate");
    request.deviceName = QStringLiteral("Caja 1");
    const qint64 localId = m_journal->recordNew(request, backend);
    auto created = await(m_client->createOrder(request));
    if (localId == 0 || created.error.isError())
        return 0;
    m_journal->attachOrderId(localId, created.value.id);
    m_sim->approve(QStringLiteral("Caja 1"));
    auto paid = await(m_client->getOrder(created.value.id));
    if (paid.value.state != OrderState::Approved)
        return 0;
    m_journal->recordState(localId, paid.value);
    return localId;
}

int TestRefundService::simRefunds(qint64 saleId) const
{
    const std::optional<JournalEntry> sale = m_journal->entry(saleId);
    const std::optional<SimPayment> payment = m_sim->payments().payment(simId(sale->paymentId));
    return payment ? int(payment->refunds.size()) : -1;
}

void TestRefundService::fullRefundOnce()
{
    const qint64 sale = paidSale(125050);
    QVERIFY(sale > 0);
    QVERIFY(m_service->check(sale, std::nullopt).ok());
    QSignalSpy answered(m_service, &RefundService::refundAnswered);

    const qint64 refundId = m_service->refund(sale, std::nullopt, QStringLiteral("returned"), QStringLiteral("Ana"));
    QVERIFY(refundId > 0);
    // In the journal, with its key, before the answer.
    QCOMPARE(m_journal->refund(refundId)->state, JournalRefund::State::Recorded);
    QCOMPARE(m_journal->refund(refundId)->attempts, 1);
    QVERIFY(answered.wait(5000));

    const JournalRefund done = *m_journal->refund(refundId);
    QCOMPARE(done.state, JournalRefund::State::Done);
    QCOMPARE(done.amount, Money::fromCents(125050));
    QVERIFY(done.wholeBalance);
    QCOMPARE(done.reason, QStringLiteral("returned"));
    QCOMPARE(done.requestedBy, QStringLiteral("Ana"));
    QCOMPARE(simId(done.refundId), m_sim->payments().payment(simId(m_journal->entry(sale)->paymentId))->refunds.first().id);
    QCOMPARE(m_journal->refundBalance(sale)->left(), Money());
    QCOMPARE(simRefunds(sale), 1);

    const RefundService::Check again = m_service->check(sale, std::nullopt);
    QCOMPARE(again.refusal, RefundService::Refusal::NothingLeft);
    QVERIFY(!again.message.isEmpty());
}

void TestRefundService::partialRefundsUpToTheBalance()
{
    const qint64 sale = paidSale(10000);
    QSignalSpy answered(m_service, &RefundService::refundAnswered);
    QVERIFY(m_service->refund(sale, Money::fromCents(2550), {}, {}) > 0);
    QVERIFY(answered.wait(5000));
    QCOMPARE(m_journal->refundBalance(sale)->left(), Money::fromCents(7450));

    RefundService::Check refused;
    QCOMPARE(m_service->refund(sale, Money::fromCents(7451), {}, {}, &refused), qint64(0));
    QCOMPARE(refused.refusal, RefundService::Refusal::AboveBalance);
    QVERIFY(refused.message.contains(QStringLiteral("74")));

    QVERIFY(m_service->refund(sale, std::nullopt, {}, {}) > 0);
    QVERIFY(answered.wait(5000));
    QCOMPARE(answered.last().at(0).value<JournalRefund>().amount, Money::fromCents(7450));
    QCOMPARE(m_journal->refundBalance(sale)->refunded, Money::fromCents(10000));
    QCOMPARE(simRefunds(sale), 2);
    QCOMPARE(m_sim->payments().payment(simId(m_journal->entry(sale)->paymentId))->status,
             QStringLiteral("refunded"));
}

void TestRefundService::refusedBeforeAnythingIsSent()
{
    const qint64 paid = paidSale(5000);
    OrderRequest request;
    request.amount = Money::fromCents(700);
    request.description = QStringLiteral("Mate");
    request.deviceName = QStringLiteral("Caja 1");
    const qint64 declined = m_journal->recordNew(request, QStringLiteral("legacy"));
    m_journal->recordState(declined, OrderState::Rejected);
    const qint64 otherApi = paidSale(5000, QStringLiteral("orders"));
    const int before = m_sim->requestCount();

    struct Case
    {
        qint64 sale;
        std::optional<Money> amount;
        RefundService::Refusal refusal;
    };
    const QList<Case> cases = {
        {declined, std::nullopt, RefundService::Refusal::NotPaid},
        {otherApi, std::nullopt, RefundService::Refusal::OtherApi},
        {424242, std::nullopt, RefundService::Refusal::NotFound},
        {paid, Money::fromCents(0), RefundService::Refusal::NotAnAmount},
        {paid, Money::fromCents(5001), RefundService::Refusal::AboveBalance},
    };
    for (const Case &c : cases) {
        RefundService::Check check;
        QCOMPARE(m_service->refund(c.sale, c.amount, {}, {}, &check), qint64(0));
        QCOMPARE(check.refusal, c.refusal);
        QVERIFY(!check.message.isEmpty());
    }
    // A currency without cents cannot give back 50 cents.
    m_client->setCurrency(*Currency::fromCode(QStringLiteral("CLP")));
    QCOMPARE(m_service->check(paid, Money::fromCents(150)).refusal, RefundService::Refusal::NotAnAmount);

    NoRefundsBackend noRefunds;
    RefundService elsewhere(&noRefunds, m_journal);
    QCOMPARE(elsewhere.check(paid, std::nullopt).refusal, RefundService::Refusal::NoRefundsHere);

    QCOMPARE(m_sim->requestCount(), before);
    QVERIFY(m_client->keys.isEmpty());
    QVERIFY(m_journal->refunds(paid).isEmpty());
}

void TestRefundService::secondRefundWhileOneIsOnItsWay()
{
    const qint64 sale = paidSale(5000);
    SimFault slow;
    slow.kind = SimFault::Kind::Latency;
    slow.latencyMs = 400;
    slow.pathPrefix = QStringLiteral("/v1/payments/");
    m_sim->injectFault(slow);
    QSignalSpy answered(m_service, &RefundService::refundAnswered);
    QVERIFY(m_service->refund(sale, Money::fromCents(1000), {}, {}) > 0);

    RefundService::Check refused;
    QCOMPARE(m_service->refund(sale, Money::fromCents(1000), {}, {}, &refused), qint64(0));
    QCOMPARE(refused.refusal, RefundService::Refusal::InProgress);
    QVERIFY(answered.wait(5000));
    QCOMPARE(simRefunds(sale), 1);
    QVERIFY(m_service->check(sale, Money::fromCents(1000)).ok());
}

void TestRefundService::lostAnswersAreResentWithTheSameKey_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("afterStore");
    QTest::addColumn<int>("count");

    QTest::newRow("dropped before it was stored") << int(SimFault::Kind::Drop) << false << 1;
    QTest::newRow("dropped after it was stored") << int(SimFault::Kind::Drop) << true << 1;
    QTest::newRow("500 after it was stored") << int(SimFault::Kind::ServerError) << true << 2;
    QTest::newRow("503 before") << int(SimFault::Kind::ServerError) << false << 3;
    QTest::newRow("429") << int(SimFault::Kind::RateLimit) << false << 1;
    QTest::newRow("timed out after it was stored") << int(SimFault::Kind::Latency) << false << 1;
}

void TestRefundService::lostAnswersAreResentWithTheSameKey()
{
    QFETCH(int, kind);
    QFETCH(bool, afterStore);
    QFETCH(int, count);
    const qint64 sale = paidSale(8000);
    SimFault fault;
    fault.kind = SimFault::Kind(kind);
    fault.afterStore = afterStore;
    fault.count = count;
    fault.httpStatus = afterStore ? 500 : 503;
    fault.latencyMs = 3000; // beyond the client's 2 s timeout
    fault.retryAfterSeconds = 0;
    fault.method = QStringLiteral("POST");
    fault.pathPrefix = QStringLiteral("/v1/payments/");
    m_sim->injectFault(fault);

    QSignalSpy answered(m_service, &RefundService::refundAnswered);
    const qint64 refundId = m_service->refund(sale, Money::fromCents(3000), {}, {});
    QVERIFY(refundId > 0);
    QVERIFY(answered.wait(15000));
    const JournalRefund done = *m_journal->refund(refundId);
    QCOMPARE(done.state, JournalRefund::State::Done);
    QVERIFY(done.attempts >= 2);
    QCOMPARE(simRefunds(sale), 1);
    QCOMPARE(m_sim->payments().payment(simId(m_journal->entry(sale)->paymentId))->refundedCents, qint64(3000));
    QVERIFY(m_client->keys.size() >= 2);
    for (const QString &key : std::as_const(m_client->keys))
        QCOMPARE(key, done.idempotencyKey);
}

void TestRefundService::restartResendsWithTheSameKey()
{
    const qint64 sale = paidSale(6000);
    // The refund reached Mercado Pago, then PointDesk died before the answer (kill -9 between send and answer).
    SimFault fault;
    fault.kind = SimFault::Kind::Drop;
    fault.afterStore = true;
    fault.method = QStringLiteral("POST");
    fault.pathPrefix = QStringLiteral("/v1/payments/");
    m_sim->injectFault(fault);
    const qint64 refundId = m_service->refund(sale, std::nullopt, {}, {});
    QTRY_COMPARE_WITH_TIMEOUT(simRefunds(sale), 1, 5000);
    delete m_service;
    m_service = nullptr;
    // A refund recorded but never sent (killed between the journal write and the send).
    const qint64 other = paidSale(900);
    const qint64 neverSent = m_journal->recordRefund(other, std::nullopt, {}, {});
    QVERIFY(neverSent > 0);

    // The next start: a new journal connection and a new service.
    const QString path = m_journal->path();
    delete m_journal;
    m_journal = new OrderJournal;
    QVERIFY(m_journal->open(path).ok());
    QCOMPARE(m_journal->openRefunds().size(), 2);
    m_service = makeService(m_journal);
    QSignalSpy answered(m_service, &RefundService::refundAnswered);
    QCOMPARE(m_service->resumeOpenRefunds(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 2, 10000);

    QCOMPARE(m_journal->refund(refundId)->state, JournalRefund::State::Done);
    QCOMPARE(m_journal->refund(neverSent)->state, JournalRefund::State::Done);
    QCOMPARE(simRefunds(sale), 1);
    QCOMPARE(simRefunds(other), 1);
    QVERIFY(m_journal->openRefunds().isEmpty());
}

void TestRefundService::retriesRunOutAndTheRefundStaysOpen()
{
    const qint64 sale = paidSale(4000);
    m_service->setMaxAttempts(2);
    SimFault fault;
    fault.kind = SimFault::Kind::ServerError;
    fault.httpStatus = 502;
    fault.count = 2;
    fault.pathPrefix = QStringLiteral("/v1/payments/");
    m_sim->injectFault(fault);
    QSignalSpy unclear(m_service, &RefundService::refundUnclear);
    const qint64 refundId = m_service->refund(sale, std::nullopt, {}, {});
    QVERIFY(unclear.wait(5000));
    QVERIFY(!unclear.last().at(1).toString().isEmpty());
    const JournalRefund open = *m_journal->refund(refundId);
    QCOMPARE(open.state, JournalRefund::State::Recorded);
    QCOMPARE(open.attempts, 2);
    QVERIFY(!open.lastError.isEmpty());
    QCOMPARE(m_service->check(sale, std::nullopt).refusal, RefundService::Refusal::InProgress);

    QSignalSpy answered(m_service, &RefundService::refundAnswered);
    QCOMPARE(m_service->resumeOpenRefunds(), 1);
    QVERIFY(answered.wait(5000));
    QCOMPARE(m_journal->refund(refundId)->state, JournalRefund::State::Done);
    QCOMPARE(simRefunds(sale), 1);
}

void TestRefundService::definiteNoFreesTheAmount()
{
    const qint64 sale = paidSale(4000);
    QVERIFY(m_sim->payments().setPartialRefundAllowed(simId(m_journal->entry(sale)->paymentId), false));
    QSignalSpy failed(m_service, &RefundService::refundFailed);
    const qint64 refundId = m_service->refund(sale, Money::fromCents(1000), {}, {});
    QVERIFY(failed.wait(5000));
    QVERIFY(!failed.last().at(1).toString().isEmpty());
    QCOMPARE(m_journal->refund(refundId)->state, JournalRefund::State::Failed);
    QCOMPARE(m_journal->refundBalance(sale)->left(), Money::fromCents(4000));
    QCOMPARE(simRefunds(sale), 0);
    // A settled refund never changes again.
    QCOMPARE(m_journal->recordRefundSent(refundId).kind(), JournalResult::Kind::Conflict);

    QSignalSpy answered(m_service, &RefundService::refundAnswered);
    QVERIFY(m_service->refund(sale, std::nullopt, {}, {}) > 0);
    QVERIFY(answered.wait(5000));
    QCOMPARE(simRefunds(sale), 1);
}

void TestRefundService::twoTillsRefundOneSale()
{
    const qint64 sale = paidSale(5000);
    // The window and pointdesk-cli: two connections to one journal file, each with its own service.
    OrderJournal cliJournal;
    QVERIFY(cliJournal.open(m_journal->path()).ok());
    RefundService *cli = makeService(&cliJournal);
    QSignalSpy windowAnswered(m_service, &RefundService::refundAnswered);
    QSignalSpy cliAnswered(cli, &RefundService::refundAnswered);

    RefundService::Check windowCheck;
    RefundService::Check cliCheck;
    const qint64 fromWindow = m_service->refund(sale, std::nullopt, {}, QStringLiteral("window"), &windowCheck);
    const qint64 fromCli = cli->refund(sale, std::nullopt, {}, QStringLiteral("cli"), &cliCheck);
    QVERIFY(fromWindow > 0);
    QCOMPARE(fromCli, qint64(0));
    QCOMPARE(cliCheck.refusal, RefundService::Refusal::InProgress);
    QVERIFY(windowAnswered.wait(5000));
    QCOMPARE(cli->check(sale, std::nullopt).refusal, RefundService::Refusal::NothingLeft);
    QCOMPARE(simRefunds(sale), 1);
    QCOMPARE(cliAnswered.size(), 0);
    delete cli;
}

QTEST_GUILESS_MAIN(TestRefundService)
#include "tst_refundservice.moc"
