// RefundService against both APIs (legacy: the Payments API of PointSimulator; Orders: POST /v1/orders/{id}/refund
// of OrdersSimulator) and a real journal: money goes back once, whatever is lost on the way. Every test runs once per
// API (initTestCase_data); a driver per simulator (ContractDrivers.h) plays what differs.
#include "ContractDrivers.h"
#include "sales/RefundService.h"
#include "store/OrderJournal.h"
#include "support/CallTestSupport.h"
#include "support/CliTestSupport.h"

#include <QHash>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace {

// Long enough that a healthy answer on a busy machine is never taken for a lost one: the tests count requests.
constexpr int kClientTimeoutMs = 1500;

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

QString otherApi(const QString &api)
{
    return api == QLatin1String("orders") ? QStringLiteral("legacy") : QStringLiteral("orders");
}

} // namespace

class TestRefundService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void fullRefundOnce();
    void partialRefundsUpToTheBalance();
    void refusedBeforeAnythingIsSent();
    void olderThanTheWindowIsRefusedByTheApi();
    void secondRefundWhileOneIsOnItsWay();
    void lostAnswersAreResentWithTheSameKey_data();
    void lostAnswersAreResentWithTheSameKey();
    void restartResendsWithTheSameKey();
    void killedBetweenJournalWriteAndSend();
    void retriesRunOutAndTheRefundStaysOpen();
    void definiteNoFreesTheAmount();
    void twoTillsRefundOneSale();
    void twoTillsRaceWithLostAnswers();
    void windowAndCliProcessRefundOneSale();
    void refundOutsidePointDeskIsNeverRepeated();

private:
    /// A sale charged, paid and recorded as the charge flow leaves it; returns its local id (0 when that failed).
    qint64 paidSale(qint64 cents, bool partialRefunds = true);
    RefundService *makeService(OrderJournal *journal);
    int simRefunds(qint64 saleId) const;
    qint64 simRefunded(qint64 saleId) const;
    PointBackend *backend() const { return m_driver->backend(); }
    /// Runs pointdesk-cli as its own process on this test's journal file and simulator; its exit code (-1 when it
    /// did not start or end), its output in `out`.
    int runCliProcess(const QStringList &arguments, QByteArray *out);

    QString m_api;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SimDriver> m_driver;
    OrderJournal *m_journal = nullptr;
    RefundService *m_service = nullptr;
    QHash<qint64, int> m_outsideRefunds; ///< sale -> refunds made outside PointDesk
};

void TestRefundService::initTestCase_data()
{
    QTest::addColumn<QString>("api");
    QTest::newRow("legacy") << QStringLiteral("legacy");
    QTest::newRow("orders") << QStringLiteral("orders");
}

void TestRefundService::init()
{
    QFETCH_GLOBAL(QString, api);
    m_api = api;
    m_outsideRefunds.clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_driver = makeDriver(api);
    QVERIFY(m_driver->listen());
    QCOMPARE(backend()->key(), api);
    backend()->setTimeout(kClientTimeoutMs);
    m_journal = new OrderJournal;
    QVERIFY(m_journal->open(m_dir->filePath(QStringLiteral("journal.sqlite"))).ok());
    m_service = makeService(m_journal);
}

RefundService *TestRefundService::makeService(OrderJournal *journal)
{
    auto *service = new RefundService(backend(), journal, this);
    service->backoff().setLimits(20, 50);
    return service;
}

void TestRefundService::cleanup()
{
    // Every refund that left carried its refund's key as the journal holds it, never one made up for a resend; and
    // the simulator holds exactly the refunds the journal says were made (plus those made outside PointDesk).
    QStringList recorded;
    if (m_journal && m_journal->isOpen() && m_driver) {
        for (const JournalEntry &sale : m_journal->entries()) {
            int made = 0;
            qint64 madeCents = 0;
            for (const JournalRefund &refund : m_journal->refunds(sale.localId)) {
                recorded.append(refund.idempotencyKey);
                if (refund.state == JournalRefund::State::Done || refund.state == JournalRefund::State::Pending) {
                    ++made;
                    madeCents += refund.amount.cents();
                }
            }
            if (sale.backend != m_api || (sale.paymentId.isNull() && sale.orderId.isNull()))
                continue;
            const int atSim = m_driver->simRefundCount(sale);
            if (atSim < 0)
                continue; // never paid: no payment to refund
            QCOMPARE(atSim, made + m_outsideRefunds.value(sale.localId));
            if (m_outsideRefunds.value(sale.localId) == 0)
                QCOMPARE(m_driver->simRefundedCents(sale), madeCents);
            QVERIFY(m_driver->simRefundedCents(sale) <= sale.request.amount.cents());
        }
    }
    if (m_driver) {
        for (const QString &key : m_driver->refundKeys())
            QVERIFY2(recorded.contains(key),
                     qPrintable(QStringLiteral("refund key %1 is not in the journal").arg(key)));
    }
    delete m_service;
    m_service = nullptr;
    delete m_journal;
    m_journal = nullptr;
    m_driver.reset();
    m_dir.reset();
}

qint64 TestRefundService::paidSale(qint64 cents, bool partialRefunds)
{
    return recordPaidSale(*m_driver, *m_journal, cents, partialRefunds);
}

int TestRefundService::runCliProcess(const QStringList &arguments, QByteArray *out)
{
    QString token;
    QUrl apiUrl;
    if (m_api == QLatin1String("orders")) {
        token = static_cast<OrdersDriver *>(m_driver.get())->sim().accessToken();
        apiUrl = static_cast<OrdersDriver *>(m_driver.get())->sim().apiUrl();
    } else {
        token = static_cast<LegacyDriver *>(m_driver.get())->sim().accessToken();
        apiUrl = static_cast<LegacyDriver *>(m_driver.get())->sim().apiUrl();
    }
    QProcessEnvironment env = CliTest::cliNoKeychainEnvironment(apiUrl.toString(), m_journal->path(), token);
    env.insert(QStringLiteral("POINTDESK_API"), m_api);
    QProcess cli;
    cli.setProcessEnvironment(env);
    cli.setProgram(QStringLiteral(POINTDESK_CLI_BIN));
    cli.setArguments(arguments);
    cli.start();
    if (!cli.waitForStarted(CliTest::kTimeoutMs))
        return -1;
    cli.closeWriteChannel();
    // The event loop runs the simulator while the process talks to it.
    if (!QTest::qWaitFor([&cli]() { return cli.state() == QProcess::NotRunning; }, CliTest::kTimeoutMs))
        return -1;
    *out = cli.readAllStandardOutput() + cli.readAllStandardError();
    return cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
}

int TestRefundService::simRefunds(qint64 saleId) const
{
    return m_driver->simRefundCount(*m_journal->entry(saleId));
}

qint64 TestRefundService::simRefunded(qint64 saleId) const
{
    return m_driver->simRefundedCents(*m_journal->entry(saleId));
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
    QVERIFY(!done.refundId.isNull());
    QCOMPARE(m_journal->refundBalance(sale)->left(), Money());
    QCOMPARE(simRefunds(sale), 1);
    QCOMPARE(simRefunded(sale), qint64(125050));
    QCOMPARE(m_driver->refundKeys(), QStringList{done.idempotencyKey});

    const RefundService::Check again = m_service->check(sale, std::nullopt);
    QCOMPARE(again.refusal, RefundService::Refusal::NothingLeft);
    QVERIFY(!again.message.isEmpty());
}

void TestRefundService::partialRefundsUpToTheBalance()
{
    const qint64 sale = paidSale(10000);
    QVERIFY(sale > 0);
    QSignalSpy answered(m_service, &RefundService::refundAnswered);
    QVERIFY(m_service->refund(sale, Money::fromCents(2550), {}, {}) > 0);
    QVERIFY(answered.wait(5000));
    QCOMPARE(answered.last().at(0).value<JournalRefund>().state, JournalRefund::State::Done);
    QCOMPARE(m_journal->refundBalance(sale)->left(), Money::fromCents(7450));
    QCOMPARE(simRefunded(sale), qint64(2550));

    const int before = m_driver->requestCount();
    RefundService::Check refused;
    QCOMPARE(m_service->refund(sale, Money::fromCents(7451), {}, {}, &refused), qint64(0));
    QCOMPARE(refused.refusal, RefundService::Refusal::AboveBalance);
    QVERIFY(refused.message.contains(QStringLiteral("74")));
    QCOMPARE(m_driver->requestCount(), before);

    QVERIFY(m_service->refund(sale, std::nullopt, {}, {}) > 0);
    QVERIFY(answered.wait(5000));
    QCOMPARE(answered.last().at(0).value<JournalRefund>().amount, Money::fromCents(7450));
    QCOMPARE(m_journal->refundBalance(sale)->refunded, Money::fromCents(10000));
    QCOMPARE(simRefunds(sale), 2);
    QCOMPARE(simRefunded(sale), qint64(10000));
    // The API itself says the sale is refunded in full.
    auto read = await(backend()->getOrder(m_journal->entry(sale)->orderId));
    QVERIFY(!read.error.isError());
    if (m_api == QLatin1String("orders"))
        QCOMPARE(read.value.state, OrderState::Refunded);
    else
        QCOMPARE(static_cast<LegacyDriver *>(m_driver.get())
                     ->sim()
                     .payments()
                     .payment(simId(m_journal->entry(sale)->paymentId))
                     ->status,
                 QStringLiteral("refunded"));
}

void TestRefundService::refusedBeforeAnythingIsSent()
{
    const qint64 paid = paidSale(5000);
    QVERIFY(paid > 0);
    OrderRequest request;
    request.amount = Money::fromCents(700);
    request.description = QStringLiteral("Mate");
    request.deviceName = OrdersSimulator::defaultTerminalIds().first(); // a name both APIs take
    const qint64 declined = m_journal->recordNew(request, backend()->key());
    QVERIFY(declined > 0);
    QVERIFY(m_journal->recordState(declined, OrderState::Rejected).ok());
    const qint64 waiting = m_journal->recordNew(request, backend()->key());
    QVERIFY(waiting > 0);
    const qint64 elsewhere = m_journal->recordNew(request, otherApi(m_api));
    QVERIFY(elsewhere > 0);
    QVERIFY(m_journal->recordState(elsewhere, OrderState::Approved).ok());
    const int before = m_driver->requestCount();

    struct Case
    {
        qint64 sale;
        std::optional<Money> amount;
        RefundService::Refusal refusal;
    };
    const QList<Case> cases = {
        {declined, std::nullopt, RefundService::Refusal::NotPaid},
        {waiting, std::nullopt, RefundService::Refusal::NotPaid},
        {elsewhere, std::nullopt, RefundService::Refusal::OtherApi},
        {424242, std::nullopt, RefundService::Refusal::NotFound},
        {paid, Money::fromCents(0), RefundService::Refusal::NotAnAmount},
        {paid, Money::fromCents(-100), RefundService::Refusal::NotAnAmount},
        {paid, Money::fromCents(5001), RefundService::Refusal::AboveBalance},
    };
    for (const Case &c : cases) {
        RefundService::Check check;
        QCOMPARE(m_service->refund(c.sale, c.amount, {}, {}, &check), qint64(0));
        QCOMPARE(check.refusal, c.refusal);
        QVERIFY(!check.message.isEmpty());
    }
    // A currency without cents cannot give back 50 cents.
    const Currency currency = backend()->currency();
    backend()->setCurrency(*Currency::fromCode(QStringLiteral("CLP")));
    QCOMPARE(m_service->check(paid, Money::fromCents(150)).refusal, RefundService::Refusal::NotAnAmount);
    backend()->setCurrency(currency);

    NoRefundsBackend noRefunds;
    RefundService noRefundsHere(&noRefunds, m_journal);
    QCOMPARE(noRefundsHere.check(paid, std::nullopt).refusal, RefundService::Refusal::NoRefundsHere);

    QCOMPARE(m_driver->requestCount(), before);
    QVERIFY(m_driver->refundKeys().isEmpty());
    QVERIFY(m_journal->refunds(paid).isEmpty());
    QCOMPARE(simRefunds(paid), 0);
}

void TestRefundService::olderThanTheWindowIsRefusedByTheApi()
{
    // The API's window (Orders: 90 days; Payments API: 180) has passed at Mercado Pago: the API says no, the
    // refund is settled as not made, its amount is free, and nothing is resent.
    const qint64 sale = paidSale(4000);
    QVERIFY(sale > 0);
    QVERIFY(m_driver->ageSale(*m_journal->entry(sale), 200));
    QSignalSpy failed(m_service, &RefundService::refundFailed);
    const qint64 refundId = m_service->refund(sale, std::nullopt, {}, {});
    QVERIFY(refundId > 0);
    QVERIFY(failed.wait(5000));
    QVERIFY(!failed.last().at(1).toString().isEmpty());
    QCOMPARE(m_journal->refund(refundId)->state, JournalRefund::State::Failed);
    QCOMPARE(m_journal->refund(refundId)->attempts, 1);
    QCOMPARE(m_driver->refundKeys().size(), 1);
    QCOMPARE(m_journal->refundBalance(sale)->left(), Money::fromCents(4000));
    QCOMPARE(simRefunds(sale), 0);
    QCOMPARE(m_service->resumeOpenRefunds(), 0);
}

void TestRefundService::secondRefundWhileOneIsOnItsWay()
{
    const qint64 sale = paidSale(5000);
    QVERIFY(sale > 0);
    SimFault slow;
    slow.kind = SimFault::Kind::Latency;
    slow.latencyMs = 300;
    m_driver->failNextRefund(slow);
    QSignalSpy answered(m_service, &RefundService::refundAnswered);
    QVERIFY(m_service->refund(sale, Money::fromCents(1000), {}, {}) > 0);

    RefundService::Check refused;
    QCOMPARE(m_service->refund(sale, Money::fromCents(1000), {}, {}, &refused), qint64(0));
    QCOMPARE(refused.refusal, RefundService::Refusal::InProgress);
    QVERIFY(!refused.message.isEmpty());
    QVERIFY(answered.wait(5000));
    QCOMPARE(simRefunds(sale), 1);
    QCOMPARE(m_driver->refundKeys().size(), 1);
    QVERIFY(m_service->check(sale, Money::fromCents(1000)).ok());
}

void TestRefundService::lostAnswersAreResentWithTheSameKey_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("afterStore");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("httpStatus");

    // A dropped connection is re-sent once by QNetworkAccessManager itself: count 2 makes the client see it.
    QTest::newRow("dropped before it was stored") << int(SimFault::Kind::Drop) << false << 2 << 0;
    QTest::newRow("dropped after it was stored") << int(SimFault::Kind::Drop) << true << 2 << 0;
    QTest::newRow("500 after it was stored") << int(SimFault::Kind::ServerError) << true << 2 << 500;
    QTest::newRow("503 before") << int(SimFault::Kind::ServerError) << false << 3 << 503;
    QTest::newRow("429") << int(SimFault::Kind::RateLimit) << false << 2 << 0;
    QTest::newRow("timed out after it was stored") << int(SimFault::Kind::Latency) << false << 1 << 0;
    QTest::newRow("answer not readable") << int(SimFault::Kind::Malformed) << false << 1 << 0;
}

void TestRefundService::lostAnswersAreResentWithTheSameKey()
{
    QFETCH(int, kind);
    QFETCH(bool, afterStore);
    QFETCH(int, count);
    QFETCH(int, httpStatus);
    const qint64 sale = paidSale(8000);
    QVERIFY(sale > 0);
    SimFault fault;
    fault.kind = SimFault::Kind(kind);
    fault.afterStore = afterStore;
    fault.count = count;
    fault.httpStatus = httpStatus;
    fault.latencyMs = kClientTimeoutMs + 300; // beyond the client's timeout
    fault.retryAfterSeconds = 0;
    m_driver->failNextRefund(fault);

    QSignalSpy answered(m_service, &RefundService::refundAnswered);
    const qint64 refundId = m_service->refund(sale, Money::fromCents(3000), {}, {});
    QVERIFY(refundId > 0);
    QVERIFY(answered.wait(15000));
    const JournalRefund done = *m_journal->refund(refundId);
    QCOMPARE(done.state, JournalRefund::State::Done);
    QCOMPARE(done.amount, Money::fromCents(3000));
    QVERIFY(done.attempts >= 2);
    QCOMPARE(simRefunds(sale), 1);
    QCOMPARE(simRefunded(sale), qint64(3000));
    QVERIFY(m_driver->refundKeys().size() >= 2);
    for (const QString &key : m_driver->refundKeys())
        QCOMPARE(key, done.idempotencyKey);
    QCOMPARE(m_journal->refundBalance(sale)->left(), Money::fromCents(5000));
}

void TestRefundService::restartResendsWithTheSameKey()
{
    const qint64 sale = paidSale(6000);
    QVERIFY(sale > 0);
    // The refund reached Mercado Pago, then PointDesk died before the answer (kill -9 between send and answer).
    SimFault fault;
    fault.kind = SimFault::Kind::Drop;
    fault.afterStore = true;
    fault.count = 2;
    m_driver->failNextRefund(fault);
    m_service->setMaxAttempts(1);
    QSignalSpy unclear(m_service, &RefundService::refundUnclear);
    const qint64 refundId = m_service->refund(sale, std::nullopt, {}, {});
    QVERIFY(refundId > 0);
    QVERIFY(unclear.wait(5000));
    QCOMPARE(simRefunds(sale), 1);
    QCOMPARE(m_journal->refund(refundId)->state, JournalRefund::State::Recorded);
    delete m_service;
    m_service = nullptr;

    // The next start: a new journal connection and a new service.
    const QString path = m_journal->path();
    delete m_journal;
    m_journal = new OrderJournal;
    QVERIFY(m_journal->open(path).ok());
    QCOMPARE(m_journal->openRefunds().size(), 1);
    m_service = makeService(m_journal);
    QCOMPARE(m_service->check(sale, std::nullopt).refusal, RefundService::Refusal::InProgress);
    QSignalSpy answered(m_service, &RefundService::refundAnswered);
    QCOMPARE(m_service->resumeOpenRefunds(), 1);
    QVERIFY(answered.wait(5000));

    const JournalRefund done = *m_journal->refund(refundId);
    QCOMPARE(done.state, JournalRefund::State::Done);
    QCOMPARE(done.amount, Money::fromCents(6000));
    QCOMPARE(simRefunds(sale), 1);
    QCOMPARE(simRefunded(sale), qint64(6000));
    QVERIFY(m_journal->openRefunds().isEmpty());
    for (const QString &key : m_driver->refundKeys())
        QCOMPARE(key, done.idempotencyKey);
}

void TestRefundService::killedBetweenJournalWriteAndSend()
{
    // The refund's row (with its key) was written and the process was gone before anything left: the next start
    // sends it once, with that key.
    const qint64 sale = paidSale(900);
    QVERIFY(sale > 0);
    const qint64 neverSent = m_journal->recordRefund(sale, Money::fromCents(400), QStringLiteral("torn"), {});
    QVERIFY(neverSent > 0);
    const QString key = m_journal->refund(neverSent)->idempotencyKey;
    QVERIFY(!key.isEmpty());
    QCOMPARE(m_journal->refund(neverSent)->attempts, 0);
    delete m_service;
    m_service = nullptr;
    QCOMPARE(simRefunds(sale), 0);

    const QString path = m_journal->path();
    delete m_journal;
    m_journal = new OrderJournal;
    QVERIFY(m_journal->open(path).ok());
    m_service = makeService(m_journal);
    QSignalSpy answered(m_service, &RefundService::refundAnswered);
    QCOMPARE(m_service->resumeOpenRefunds(), 1);
    QCOMPARE(m_service->resumeOpenRefunds(), 0); // already on its way: not sent twice
    QVERIFY(answered.wait(5000));
    QCOMPARE(m_journal->refund(neverSent)->state, JournalRefund::State::Done);
    QCOMPARE(m_journal->refund(neverSent)->attempts, 1);
    QCOMPARE(m_driver->refundKeys(), QStringList{key});
    QCOMPARE(simRefunds(sale), 1);
    QCOMPARE(simRefunded(sale), qint64(400));
}

void TestRefundService::retriesRunOutAndTheRefundStaysOpen()
{
    const qint64 sale = paidSale(4000);
    QVERIFY(sale > 0);
    m_service->setMaxAttempts(2);
    SimFault fault;
    fault.kind = SimFault::Kind::ServerError;
    fault.httpStatus = 502;
    fault.count = 2;
    m_driver->failNextRefund(fault);
    QSignalSpy unclear(m_service, &RefundService::refundUnclear);
    const qint64 refundId = m_service->refund(sale, std::nullopt, {}, {});
    QVERIFY(unclear.wait(5000));
    QVERIFY(!unclear.last().at(1).toString().isEmpty());
    const JournalRefund open = *m_journal->refund(refundId);
    QCOMPARE(open.state, JournalRefund::State::Recorded);
    QCOMPARE(open.attempts, 2);
    QVERIFY(!open.lastError.isEmpty());
    QCOMPARE(m_service->check(sale, std::nullopt).refusal, RefundService::Refusal::InProgress);
    QCOMPARE(simRefunds(sale), 0);

    QSignalSpy answered(m_service, &RefundService::refundAnswered);
    QCOMPARE(m_service->resumeOpenRefunds(), 1);
    QVERIFY(answered.wait(5000));
    QCOMPARE(m_journal->refund(refundId)->state, JournalRefund::State::Done);
    QCOMPARE(simRefunds(sale), 1);
    QCOMPARE(m_driver->refundKeys().size(), 3);
}

void TestRefundService::definiteNoFreesTheAmount()
{
    // A payment that cannot be refunded in part (legacy 3024; Orders unsupported_partially_refunds).
    const qint64 sale = paidSale(4000, false);
    QVERIFY(sale > 0);
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
    QCOMPARE(simRefunded(sale), qint64(4000));
}

void TestRefundService::twoTillsRefundOneSale()
{
    const qint64 sale = paidSale(5000);
    QVERIFY(sale > 0);
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

void TestRefundService::twoTillsRaceWithLostAnswers()
{
    // Both tills refund parts of several sales, taking turns, while answers are lost; each till also resumes the
    // other's unsettled refunds now and then (a restart). Never more back than was paid, never a refund missing
    // from the record, never two for one row.
    OrderJournal cliJournal;
    QVERIFY(cliJournal.open(m_journal->path()).ok());
    RefundService *cli = makeService(&cliJournal);
    QList<qint64> sales;
    for (int i = 0; i < 4; ++i) {
        const qint64 sale = paidSale(3000 + 100 * i);
        QVERIFY(sale > 0);
        sales << sale;
    }
    SimFault drop;
    drop.kind = SimFault::Kind::Drop;
    drop.afterStore = true;
    drop.count = 4;
    m_driver->failNextRefund(drop);
    int made = 0;
    for (int round = 0; round < 4; ++round) {
        for (const qint64 sale : std::as_const(sales)) {
            const bool whole = round == 3;
            const std::optional<Money> amount = whole ? std::nullopt : std::optional<Money>(Money::fromCents(700));
            if (m_service->refund(sale, amount, {}, QStringLiteral("window")) > 0)
                ++made;
            if (cli->refund(sale, amount, {}, QStringLiteral("cli")) > 0)
                ++made;
        }
        QTRY_VERIFY_WITH_TIMEOUT(m_service->inFlight() == 0 && cli->inFlight() == 0, 10000);
        m_service->resumeOpenRefunds();
        cli->resumeOpenRefunds();
        QTRY_VERIFY_WITH_TIMEOUT(m_service->inFlight() == 0 && cli->inFlight() == 0, 10000);
    }
    QVERIFY(made >= int(sales.size()) * 4);
    QVERIFY(m_journal->openRefunds().isEmpty());
    for (const qint64 sale : std::as_const(sales)) {
        QCOMPARE(m_journal->refundBalance(sale)->left(), Money());
        QCOMPARE(simRefunded(sale), m_journal->entry(sale)->request.amount.cents());
    }
    delete cli;
}

void TestRefundService::windowAndCliProcessRefundOneSale()
{
    // pointdesk-cli as its own process on the same journal file while the window's service refunds the same sale.
    const qint64 sale = paidSale(5000);
    QVERIFY(sale > 0);
    const auto runCli = [&](QByteArray *out) {
        return runCliProcess(
            {QStringLiteral("--json"), QStringLiteral("refund"), QStringLiteral("--sale"), QString::number(sale)}, out);
    };

    // The window's refund reached Mercado Pago but its answer did not come back: it stays open in the journal.
    SimFault lost;
    lost.kind = SimFault::Kind::ServerError;
    lost.afterStore = true;
    lost.httpStatus = 502;
    m_driver->failNextRefund(lost);
    m_service->setMaxAttempts(1);
    QSignalSpy unclear(m_service, &RefundService::refundUnclear);
    const qint64 fromWindow = m_service->refund(sale, Money::fromCents(2000), {}, QStringLiteral("window"));
    QVERIFY(fromWindow > 0);
    QVERIFY(unclear.wait(5000));
    QCOMPARE(simRefunded(sale), qint64(2000));

    // pointdesk-cli refunds "the rest": refused, since the window's refund is not settled.
    QByteArray out;
    QCOMPARE(runCli(&out), CliTest::kInvalidInput);
    QVERIFY2(out.contains("\"field\":\"refund\""), out.constData());
    QCOMPARE(m_journal->refunds(sale).size(), 1);
    QCOMPARE(simRefunds(sale), 1);

    // The window settles its refund with the same key; then the CLI gives back the rest, once.
    QSignalSpy answered(m_service, &RefundService::refundAnswered);
    QCOMPARE(m_service->resumeOpenRefunds(), 1);
    QVERIFY(answered.wait(5000));
    QCOMPARE(m_journal->refund(fromWindow)->state, JournalRefund::State::Done);
    QCOMPARE(runCli(&out), CliTest::kSuccess);
    QVERIFY2(out.contains("\"ok\":true"), out.constData());
    const QList<JournalRefund> refunds = m_journal->refunds(sale);
    QCOMPARE(refunds.size(), 2);
    for (const JournalRefund &refund : refunds)
        QCOMPARE(refund.state, JournalRefund::State::Done);
    QCOMPARE(simRefunds(sale), 2);
    QCOMPARE(simRefunded(sale), qint64(5000));
    QCOMPARE(m_journal->refundBalance(sale)->left(), Money());
    // A third try finds nothing left, and sends nothing.
    const int before = m_driver->requestCount();
    QCOMPARE(runCli(&out), CliTest::kInvalidInput);
    QCOMPARE(m_driver->requestCount(), before);
}

void TestRefundService::refundOutsidePointDeskIsNeverRepeated()
{
    // Part of the sale was refunded at the terminal (or on Mercado Pago's site). PointDesk's record does not know:
    // a refund of the whole amount is refused by the API (a definite no), nothing is given back twice, and a
    // refund within what is really left still works.
    const qint64 sale = paidSale(5000);
    QVERIFY(sale > 0);
    QVERIFY(m_driver->refundOutside(*m_journal->entry(sale), Money::fromCents(1500)));
    m_outsideRefunds[sale] = 1;
    QCOMPARE(simRefunded(sale), qint64(1500));
    // The API shows the outside refund on the sale's order (Orders) / payment (legacy).
    auto read = await(backend()->getOrder(m_journal->entry(sale)->orderId));
    QVERIFY(!read.error.isError());
    if (m_api == QLatin1String("orders")) {
        // Read back by `pointdesk-cli status`, the paid sale follows the order into PartlyRefunded; refunds go on.
        QCOMPARE(read.value.state, OrderState::PartlyRefunded);
        QByteArray out;
        QCOMPARE(runCliProcess({QStringLiteral("status"), m_journal->entry(sale)->orderId.toString()}, &out),
                 CliTest::kSuccess);
        QCOMPARE(m_journal->entry(sale)->state, OrderState::PartlyRefunded);
        QVERIFY(m_service->check(sale, Money::fromCents(3500)).ok());
    }

    QSignalSpy failed(m_service, &RefundService::refundFailed);
    const qint64 tooMuch = m_service->refund(sale, Money::fromCents(5000), {}, {});
    QVERIFY(tooMuch > 0);
    QVERIFY(failed.wait(5000));
    QCOMPARE(m_journal->refund(tooMuch)->state, JournalRefund::State::Failed);
    QCOMPARE(simRefunded(sale), qint64(1500));

    QSignalSpy answered(m_service, &RefundService::refundAnswered);
    QVERIFY(m_service->refund(sale, Money::fromCents(3500), {}, {}) > 0);
    QVERIFY(answered.wait(5000));
    QCOMPARE(simRefunded(sale), qint64(5000));
    QCOMPARE(simRefunds(sale), 2);

    if (m_api != QLatin1String("orders"))
        return; // the legacy order never shows its payment's refunds
    // A sale refunded in full at the terminal: once read back it is Refunded, and nothing is even sent.
    const qint64 whole = paidSale(2500);
    QVERIFY(whole > 0);
    QVERIFY(m_driver->refundOutside(*m_journal->entry(whole), std::nullopt));
    m_outsideRefunds[whole] = 1;
    read = await(backend()->getOrder(m_journal->entry(whole)->orderId));
    QCOMPARE(read.value.state, OrderState::Refunded);
    QVERIFY(m_journal->recordState(whole, read.value).ok());
    QCOMPARE(m_journal->entry(whole)->state, OrderState::Refunded);
    const int before = m_driver->requestCount();
    RefundService::Check refused;
    QCOMPARE(m_service->refund(whole, std::nullopt, {}, {}, &refused), qint64(0));
    QCOMPARE(refused.refusal, RefundService::Refusal::NothingLeft);
    QCOMPARE(m_driver->requestCount(), before);
    QCOMPARE(simRefunds(whole), 1);
}

QTEST_GUILESS_MAIN(TestRefundService)
#include "tst_refundservice.moc"
