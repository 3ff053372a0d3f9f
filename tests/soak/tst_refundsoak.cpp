// Refunds fault soak, on each API (legacy: the Payments API; Orders: POST /v1/orders/{id}/refund): N refunds through
// RefundService + OrderJournal against the in-process simulator. Paid sales are refunded in full, in parts, or in
// parts and then the rest, by several tills at once, while >= 10% of the refund requests meet each fault (drops and
// 5xx before and after the refund is stored, 429, timeouts, unreadable answers; on Orders also 500
// idempotency_validation_failed), and PointDesk is restarted now and then mid-refund (a new RefundService on a new
// journal connection, as after a kill -9; sometimes right after a refund's row was written and before it was sent).
// Afterwards, per sale: the simulator's refunds (count and amount) equal the journal's, never above what was paid,
// and nothing is left unsettled. 0 double refunds, 0 lost refunds.
//
//   POINTDESK_SOAK_N          refunds per API (default 150; bench/soak.sh runs 1000)
//   POINTDESK_SOAK_TILLS      refunds on their way at once (default 16)
//   POINTDESK_SOAK_SEED       random seed (default: random; always printed)
//   POINTDESK_SOAK_VERBOSE    set: log every request (pointdesk.* info)
#include "SoakSupport.h"
#include "sales/ContractDrivers.h"
#include "sales/RefundService.h"
#include "store/OrderJournal.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <cstdio>
#include <memory>

using namespace Soak;

namespace {

/// What one sale's refunds are to be: partial steps, then perhaps the whole rest.
struct Plan
{
    qint64 sale = 0;
    qint64 paidCents = 0;
    int steps = 0;         ///< refunds to ask for
    bool endWhole = false; ///< the last one takes the whole balance
    int done = 0;          ///< refunds asked for so far
    qint64 waitingFor = 0; ///< the refund on its way (local id); 0 when none
};

} // namespace

class TestRefundSoak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void soak_data();
    void soak();

private:
    void onRequest(const QString &method, const QString &path);
    void queueFault(Fault f);
    void makeService();
    void restart();
    void nextStep(int planIndex);
    void settled(const JournalRefund &refund);
    void tillFree();

    QString m_api;
    QRandomGenerator m_random;
    std::unique_ptr<SimDriver> m_driver;
    QString m_journalPath;
    std::unique_ptr<OrderJournal> m_journal;
    std::unique_ptr<RefundService> m_service;
    std::unique_ptr<FaultBag> m_bag;
    Fault m_pending = Fault::None;
    FaultCounts m_refunds;
    QList<Plan> m_plans;
    QHash<qint64, int> m_planOfSale;
    int m_nextPlan = 0;
    int m_asked = 0;
    int m_failed = 0;
    int m_unclear = 0;
    int m_restarts = 0;
    int m_writtenNotSent = 0;
    bool m_restartPending = false;
    QStringList m_problems;
};

void TestRefundSoak::initTestCase()
{
    if (!qEnvironmentVariableIsSet("POINTDESK_SOAK_VERBOSE"))
        QLoggingCategory::setFilterRules(QStringLiteral("pointdesk.*.info=false\npointdesk.*.debug=false"));
}

void TestRefundSoak::soak_data()
{
    QTest::addColumn<QString>("api");
    QTest::newRow("legacy") << QStringLiteral("legacy");
    QTest::newRow("orders") << QStringLiteral("orders");
}

void TestRefundSoak::queueFault(Fault f)
{
    if (f == Fault::None)
        return;
    if (f == Fault::IdempotencyValidation) {
        static_cast<OrdersDriver *>(m_driver.get())->sim().failIdempotencyValidation(1);
        return;
    }
    m_driver->failNextRefund(makeSimFault(f, m_random));
}

void TestRefundSoak::onRequest(const QString &method, const QString &path)
{
    if (!m_driver->isRefundRequest(method, path))
        return;
    // At most one refund fault is queued at a time, so the refund request just handled took it if there was one.
    ++m_refunds.requests;
    ++m_refunds.byKind[int(m_pending)];
    m_pending = m_bag->draw();
    queueFault(m_pending);
}

void TestRefundSoak::makeService()
{
    m_service = std::make_unique<RefundService>(m_driver->backend(), m_journal.get());
    m_service->backoff().setLimits(20, 120);
    m_service->setMaxAttempts(4);
    RefundService *service = m_service.get();
    connect(service, &RefundService::refundAnswered, this, [this](const JournalRefund &r) { settled(r); });
    connect(service, &RefundService::refundFailed, this, [this](const JournalRefund &r, const QString &message) {
        ++m_failed;
        m_problems
            << QStringLiteral("refund %1 of sale %2 failed: %3").arg(r.refundLocalId).arg(r.saleLocalId).arg(message);
        settled(r);
    });
    connect(service, &RefundService::refundUnclear, this, [this, service](const JournalRefund &r, const QString &) {
        // The retries ran out: the refund stays open, and is sent again with its key a little later (as the
        // window's "check again" or the next start does). Never a new refund.
        ++m_unclear;
        const qint64 sale = r.saleLocalId;
        QTimer::singleShot(150, service, [service, sale]() { service->resumeOpenRefunds(sale); });
    });
}

void TestRefundSoak::restart()
{
    // kill -9: nothing is finished; the journal on disk is what the next start has.
    m_service.reset();
    m_journal.reset();
    ++m_restarts;
    m_journal = std::make_unique<OrderJournal>();
    if (!m_journal->open(m_journalPath).ok()) {
        m_problems << QStringLiteral("the journal did not open again");
        return;
    }
    makeService();
    m_restartPending = false;
    m_service->resumeOpenRefunds();
}

void TestRefundSoak::nextStep(int planIndex)
{
    Plan &plan = m_plans[planIndex];
    if (plan.done >= plan.steps) {
        tillFree();
        return;
    }
    if (m_restartPending) {
        QTimer::singleShot(30, this, [this, planIndex]() { nextStep(planIndex); });
        return;
    }
    const std::optional<RefundBalance> balance = m_journal->refundBalance(plan.sale);
    if (!balance || !balance->left().isPositive()) {
        m_problems << QStringLiteral("sale %1 has nothing left before its step %2").arg(plan.sale).arg(plan.done + 1);
        plan.done = plan.steps;
        tillFree();
        return;
    }
    const bool whole = (plan.endWhole && plan.done == plan.steps - 1) || balance->left().cents() < 2;
    std::optional<Money> amount;
    if (!whole)
        amount = Money::fromCents(1 + qint64(m_random.bounded(quint32(balance->left().cents() - 1))));
    ++plan.done;
    ++m_asked;
    // Every 50th refund, PointDesk dies: sometimes right after the refund's row was written (before it was sent),
    // otherwise a little later with refunds on their way.
    if (m_asked % 50 == 25) {
        m_restartPending = true;
        if (m_random.bounded(2) == 0) {
            plan.waitingFor =
                m_journal->recordRefund(plan.sale, amount, QStringLiteral("soak"), QStringLiteral("till"));
            if (plan.waitingFor == 0)
                m_problems << QStringLiteral("sale %1: the journal refused a refund").arg(plan.sale);
            ++m_writtenNotSent;
            restart();
            return;
        }
        QTimer::singleShot(int(m_random.bounded(300)), this, &TestRefundSoak::restart);
    }
    RefundService::Check check;
    plan.waitingFor = m_service->refund(plan.sale, amount, QStringLiteral("soak"), QStringLiteral("till"), &check);
    if (plan.waitingFor == 0) {
        m_problems << QStringLiteral("sale %1 refused: %2").arg(plan.sale).arg(check.message);
        plan.done = plan.steps;
        tillFree();
    }
}

void TestRefundSoak::settled(const JournalRefund &refund)
{
    const int index = m_planOfSale.value(refund.saleLocalId, -1);
    if (index < 0 || m_plans[index].waitingFor != refund.refundLocalId)
        return;
    m_plans[index].waitingFor = 0;
    QTimer::singleShot(int(m_random.bounded(20)), this, [this, index]() { nextStep(index); });
}

void TestRefundSoak::tillFree()
{
    if (m_nextPlan < m_plans.size())
        nextStep(m_nextPlan++);
}

void TestRefundSoak::soak()
{
    QFETCH(QString, api);
    m_api = api;
    const int total = envInt("POINTDESK_SOAK_N", 150);
    const int tills = envInt("POINTDESK_SOAK_TILLS", 16);
    const quint32 seed = seedFromEnvironment();
    m_random.seed(seed);
    std::printf("RefundSoak %s: seed %u (POINTDESK_SOAK_SEED=%u repeats the random choices), %d refunds, %d tills\n",
                qPrintable(api), seed, seed, total, tills);
    std::fflush(stdout);
    m_plans.clear();
    m_planOfSale.clear();
    m_nextPlan = m_asked = m_failed = m_unclear = m_restarts = m_writtenNotSent = 0;
    m_refunds = FaultCounts();
    m_problems.clear();
    m_restartPending = false;

    // 30 refund requests: 3 of each fault kind (10% each), the Orders API's own 500 once, the rest clean.
    QList<QPair<Fault, int>> kinds = {{Fault::DropAfterStore, 3},
                                      {Fault::ServerErrorAfterStore, 3},
                                      {Fault::RateLimit, 3},
                                      {Fault::Latency, 3},
                                      {Fault::Malformed, 3},
                                      {Fault::DropBeforeStore, 3},
                                      {Fault::ServerErrorBeforeStore, 3}};
    if (api == QLatin1String("orders"))
        kinds.append({Fault::IdempotencyValidation, 1});
    kinds.append({Fault::None, api == QLatin1String("orders") ? 8 : 9});
    m_bag = std::make_unique<FaultBag>(bagOf(kinds), &m_random);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    m_driver = makeDriver(api);
    QVERIFY(m_driver->listen());
    m_journalPath = dir.filePath(QStringLiteral("journal.sqlite"));
    m_journal = std::make_unique<OrderJournal>();
    QVERIFY(m_journal->open(m_journalPath).ok());

    // The plans: one refund of the whole sale, or parts, or parts and then the rest; exactly `total` refunds.
    for (int planned = 0; planned < total;) {
        Plan plan;
        plan.paidCents = 100 + qint64(m_random.bounded(500'000));
        plan.steps = qMin(1 + int(m_random.bounded(3)), total - planned);
        plan.endWhole = m_random.bounded(3) != 0;
        plan.sale = recordPaidSale(*m_driver, *m_journal, plan.paidCents);
        QVERIFY2(plan.sale > 0, "a sale could not be paid");
        m_planOfSale.insert(plan.sale, int(m_plans.size()));
        m_plans << plan;
        planned += plan.steps;
    }

    makeService();
    const auto onRequest = [this](const QString &method, const QString &path, int) { this->onRequest(method, path); };
    if (auto *orders = qobject_cast<OrdersSimulator *>(m_driver->simulator()))
        connect(orders, &OrdersSimulator::requestHandled, this, onRequest);
    else if (auto *legacy = qobject_cast<PointSimulator *>(m_driver->simulator()))
        connect(legacy, &PointSimulator::requestHandled, this, onRequest);
    else
        QFAIL("no simulator to watch");
    m_pending = m_bag->draw();
    queueFault(m_pending);

    QElapsedTimer elapsed;
    elapsed.start();
    for (int i = 0; i < tills; ++i)
        tillFree();
    const int budgetMs = qMax(200000, total * 400);
    QEventLoop loop;
    QTimer tick;
    connect(&tick, &QTimer::timeout, &loop, [&]() {
        bool busy = m_restartPending || m_nextPlan < m_plans.size();
        for (const Plan &p : std::as_const(m_plans))
            busy = busy || p.waitingFor != 0 || p.done < p.steps;
        if ((!busy && m_journal && m_journal->openRefunds().isEmpty()) || elapsed.elapsed() > budgetMs)
            loop.quit();
    });
    tick.start(100);
    loop.exec();
    const double seconds = elapsed.elapsed() / 1000.0;
    m_driver->clearFaults();
    disconnect(m_driver->simulator(), nullptr, this, nullptr);

    // --- the checks ---
    QVERIFY(m_journal);
    for (const JournalRefund &open : m_journal->openRefunds())
        m_problems << QStringLiteral("refund %1 of sale %2 is still open: %3")
                          .arg(open.refundLocalId)
                          .arg(open.saleLocalId)
                          .arg(open.lastError);
    int doubles = 0, lost = 0, madeRefunds = 0, asked = 0;
    qint64 refundedCents = 0;
    for (const Plan &plan : std::as_const(m_plans)) {
        const JournalEntry sale = *m_journal->entry(plan.sale);
        int made = 0;
        qint64 madeCents = 0;
        for (const JournalRefund &r : m_journal->refunds(plan.sale)) {
            ++asked;
            if (r.state == JournalRefund::State::Done || r.state == JournalRefund::State::Pending) {
                ++made;
                madeCents += r.amount.cents();
            }
        }
        const int atSim = m_driver->simRefundCount(sale);
        const qint64 atSimCents = m_driver->simRefundedCents(sale);
        const QString label = QStringLiteral("sale %1 (paid %2)").arg(plan.sale).arg(plan.paidCents);
        if (atSim > made || atSimCents > madeCents) {
            ++doubles;
            m_problems << label + QStringLiteral(": %1 refunds (%2) at the simulator, %3 (%4) in the journal")
                                      .arg(atSim)
                                      .arg(atSimCents)
                                      .arg(made)
                                      .arg(madeCents);
        } else if (atSim < made || atSimCents < madeCents) {
            ++lost;
            m_problems << label + QStringLiteral(": %1 refunds (%2) at the simulator, %3 (%4) in the journal")
                                      .arg(atSim)
                                      .arg(atSimCents)
                                      .arg(made)
                                      .arg(madeCents);
        }
        QVERIFY2(atSimCents <= plan.paidCents && madeCents <= plan.paidCents, qPrintable(label));
        if (plan.endWhole && plan.done == plan.steps)
            QVERIFY2(madeCents == plan.paidCents || m_failed > 0,
                     qPrintable(label + QStringLiteral(" not refunded in full")));
        madeRefunds += made;
        refundedCents += madeCents;
    }
    const QString summary =
        QStringLiteral("RefundSoak %1: %2 refunds in %3 s (seed %4) over %5 sales: %6 made, %7 failed, %8 left "
                       "unclear by the retries and resent later; 0 double refunds: %9, 0 lost: %10; refund requests: "
                       "%11; restarts %12 (%13 right after the journal write, before the send); %14 given back")
            .arg(m_api)
            .arg(asked)
            .arg(seconds, 0, 'f', 1)
            .arg(seed)
            .arg(m_plans.size())
            .arg(madeRefunds)
            .arg(m_failed)
            .arg(m_unclear)
            .arg(doubles)
            .arg(lost)
            .arg(m_refunds.summary())
            .arg(m_restarts)
            .arg(m_writtenNotSent)
            .arg(Money::fromCents(refundedCents).toJsonNumber(), 0, 'f', 2);
    std::printf("%s\n", qPrintable(summary));
    for (const QString &problem : std::as_const(m_problems))
        std::printf("  %s\n", qPrintable(problem));
    std::fflush(stdout);

    QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(QLatin1Char('\n'))));
    QCOMPARE(doubles, 0);
    QCOMPARE(lost, 0);
    QCOMPARE(asked, total);
    QCOMPARE(madeRefunds, total);
    QCOMPARE(m_failed, 0);
    // At least 10% of the refund requests met each kind of fault.
    for (Fault kind : {Fault::DropAfterStore, Fault::ServerErrorAfterStore, Fault::RateLimit, Fault::Latency,
                       Fault::Malformed, Fault::DropBeforeStore, Fault::ServerErrorBeforeStore}) {
        QVERIFY2(m_refunds.byKind[int(kind)] * 10 >= m_refunds.requests - 30,
                 qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(faultName(kind)), m_refunds.summary())));
    }
    QVERIFY2(m_refunds.faults() * 10 >= m_refunds.requests, qPrintable(m_refunds.summary()));
    QVERIFY(m_restarts > 0 || total < 50);

    m_service.reset();
    m_journal.reset();
    m_driver.reset();
}

QTEST_GUILESS_MAIN(TestRefundSoak)
#include "tst_refundsoak.moc"
