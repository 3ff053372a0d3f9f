// Three counters push 10,000 sales each into one store at once while things go wrong: every connection is dropped
// (twice), one pusher is killed with SIGKILL by the test and another kills itself right after a COMMIT, and
// PostgreSQL is stopped as by a crash and started again. Each is restarted as a cashier would restart the app. In the
// end the store holds exactly 30,000 sales, and per counter the same sales, states, amounts, refunds and history
// lines as its journal.
#include "store/OrderJournal.h"
#include "support/StorePgSupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <memory>

namespace {

constexpr int kCounters = 3;
constexpr int kSalesEach = 10000;
constexpr int kBatch = 200;

// Read straight from a journal file, in the shape the store's rows are compared in.
QStringList journalRows(const QString &path, const QString &sql)
{
    QStringList out;
    const QString name = QStringLiteral("read-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql)) {
                while (q.next()) {
                    QStringList cells;
                    for (int i = 0; i < q.record().count(); ++i)
                        cells << q.value(i).toString();
                    out << cells.join(QLatin1Char('|'));
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

} // namespace

class TestStoreFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void threeCountersWithFaults();

private:
    void startPusher(int counter, int killAfterBatch = 0);

    QString m_database;
    QTemporaryDir m_dir;
    QStringList m_journals;
    QStringList m_counterIds;
    std::unique_ptr<QProcess> m_pushers[kCounters];
};

void TestStoreFaults::initTestCase()
{
    QVERIFY2(StorePg::port() > 0, "no test cluster: run through ctest (fixture StorePgStart)");
    m_database = StorePg::createDatabase();
    QVERIFY(!m_database.isEmpty());
    for (int i = 0; i < kCounters; ++i) {
        m_journals << m_dir.filePath(QStringLiteral("counter%1.sqlite").arg(i));
        m_counterIds << QStringLiteral("00000000-0000-4000-8000-00000000000%1").arg(i + 1);
    }
}

void TestStoreFaults::cleanupTestCase()
{
    for (auto &p : m_pushers) {
        if (p && p->state() != QProcess::NotRunning) {
            p->kill();
            p->waitForFinished();
        }
    }
    StorePg::dropDatabase(m_database);
}

void TestStoreFaults::startPusher(int counter, int killAfterBatch)
{
    m_pushers[counter] = std::make_unique<QProcess>();
    m_pushers[counter]->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_pushers[counter]->start(QStringLiteral(STORE_COUNTER),
                              {QStringLiteral("push"), m_journals.at(counter), m_database, m_counterIds.at(counter),
                               QString::number(kBatch), QString::number(killAfterBatch)});
    QVERIFY(m_pushers[counter]->waitForStarted());
}

void TestStoreFaults::threeCountersWithFaults()
{
    QElapsedTimer clock;
    clock.start();
    // The three counters' sales, recorded at once.
    QList<QProcess *> makers;
    for (int i = 0; i < kCounters; ++i) {
        auto *maker = new QProcess(this);
        maker->start(QStringLiteral(STORE_COUNTER), {QStringLiteral("make"), m_journals.at(i),
                                                     QString::number(kSalesEach), QString::number(i + 1)});
        makers << maker;
    }
    for (QProcess *maker : std::as_const(makers)) {
        QVERIFY(maker->waitForFinished(120000));
        QCOMPARE(maker->exitCode(), 0);
        QVERIFY(maker->readAllStandardOutput().startsWith("made 10000 "));
    }
    qDeleteAll(makers);
    qint64 totalChanges = 0;
    for (const QString &path : std::as_const(m_journals)) {
        OrderJournal journal;
        QVERIFY(journal.open(path).ok());
        totalChanges += journal.outboxStatus()->lastChange;
    }
    qInfo("journals made in %lld ms, %lld changes", clock.elapsed(), totalChanges);

    // Counter 0 kills itself after its 40th batch's COMMIT; the others run until the test interferes.
    startPusher(0, 40);
    startPusher(1);
    startPusher(2);
    const auto progress = [&]() -> double {
        StorePg::Admin admin(m_database);
        const QVariant pushed = admin.value(QStringLiteral("SELECT COALESCE(sum(pushed_up_to), 0) FROM counters"));
        return pushed.isValid() ? double(pushed.toLongLong()) / double(totalChanges) : -1.0;
    };
    const auto dropConnections = [&]() {
        StorePg::Admin admin;
        return admin.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1'"
                                         " AND pid <> pg_backend_pid()")
                              .arg(m_database));
    };
    enum Fault { DropOne, KillPusher, RestartServer, DropTwo, Done };
    const double at[] = {0.10, 0.30, 0.50, 0.70};
    int next = DropOne;
    int restarts[kCounters] = {0, 0, 0};
    QElapsedTimer deadline;
    deadline.start();
    while (deadline.elapsed() < 180000) {
        bool allDone = true;
        for (int i = 0; i < kCounters; ++i) {
            QProcess &p = *m_pushers[i];
            if (p.state() != QProcess::NotRunning) {
                allDone = false;
                continue;
            }
            if (p.exitStatus() == QProcess::CrashExit) { // killed: the cashier starts the app again
                ++restarts[i];
                startPusher(i);
                allDone = false;
                continue;
            }
            QCOMPARE(p.exitCode(), 0);
        }
        if (allDone)
            break;
        if (next != Done) {
            const double done = progress();
            if (done >= at[next]) {
                qInfo("fault %d at %.0f %% after %lld ms", next, done * 100, clock.elapsed());
                if (next == DropOne || next == DropTwo) {
                    QVERIFY(dropConnections());
                } else if (next == KillPusher) {
                    ::kill(pid_t(m_pushers[1]->processId()), SIGKILL);
                } else {
                    QVERIFY(StorePg::cluster(QStringLiteral("restart")));
                }
                ++next;
            }
        }
        QThread::msleep(50);
        QCoreApplication::processEvents();
    }
    QCOMPARE(next, int(Done)); // every fault came while the counters were still pushing
    QCOMPARE(restarts[0], 1);  // the pusher that killed itself after a COMMIT
    QVERIFY(restarts[1] >= 1); // the one the test killed
    qInfo("pushed with faults in %lld ms", clock.elapsed());

    StorePg::Admin admin(m_database);
    QCOMPARE(admin.value(QStringLiteral("SELECT count(*) FROM sales")).toInt(), kCounters * kSalesEach);
    for (int i = 0; i < kCounters; ++i) {
        const QString path = m_journals.at(i);
        const QString counter = m_counterIds.at(i);
        // Every sale exactly once, with its state and amount.
        const QStringList sales = journalRows(
            path, QStringLiteral("SELECT local_id, amount_cents, state, payment_id FROM orders ORDER BY local_id"));
        QCOMPARE(sales.size(), kSalesEach);
        QCOMPARE(admin.rows(QStringLiteral("SELECT local_sale_id, amount_cents, state, payment_id FROM sales"
                                           " WHERE counter_id = '%1' ORDER BY local_sale_id")
                                .arg(counter)),
                 sales);
        // The totals as the journal's: sales, money taken, refunds, history lines.
        QCOMPARE(admin.rows(QStringLiteral("SELECT count(*), sum(amount_cents), sum(amount_cents) FILTER (WHERE state"
                                           " = 'approved') FROM sales WHERE counter_id = '%1'")
                                .arg(counter)),
                 journalRows(path, QStringLiteral("SELECT count(*), sum(amount_cents), sum(CASE WHEN state ="
                                                  " 'approved' THEN amount_cents END) FROM orders")));
        QCOMPARE(admin.rows(QStringLiteral("SELECT count(*), sum(amount_cents), count(*) FILTER (WHERE state ="
                                           " 'done') FROM refunds WHERE counter_id = '%1'")
                                .arg(counter)),
                 journalRows(path, QStringLiteral("SELECT count(*), sum(amount_cents), sum(state = 'done') FROM"
                                                  " refunds")));
        QCOMPARE(admin.value(QStringLiteral("SELECT count(*) FROM sale_events WHERE counter_id = '%1'").arg(counter))
                     .toString(),
                 journalRows(path, QStringLiteral("SELECT count(*) FROM order_events")).value(0));
        OrderJournal journal;
        QVERIFY(journal.open(path).ok());
        const OutboxStatus status = *journal.outboxStatus();
        QCOMPARE(status.waiting, 0);
        QCOMPARE(admin.value(QStringLiteral("SELECT pushed_up_to FROM counters WHERE counter_id = '%1'").arg(counter))
                     .toLongLong(),
                 status.lastChange);
    }
}

QTEST_GUILESS_MAIN(TestStoreFaults)
#include "tst_storefaults.moc"
