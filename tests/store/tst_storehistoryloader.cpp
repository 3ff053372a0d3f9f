// StoreHistoryLoader against the store-pg fixture's PostgreSQL: reads run on the loader's thread while the caller's
// event loop goes on, answers come back in the caller's thread, a superseded read is not run or its answer is
// dropped, an unreachable store answers with its reason (and the next read connects again), reads asked before the
// connection is known wait for it, and the password comes from the keychain.
#include "store/StoreHistoryLoader.h"
#include "store/TokenStore.h"
#include "support/StorePgSupport.h"

#include <QAtomicInt>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QTimer>

namespace {

// A read of one number from the store, after `sleepSeconds` of the server's time.
StoreHistoryLoader::Work<int> number(int value, double sleepSeconds = 0, QAtomicInt *runs = nullptr,
                                     QThread **thread = nullptr)
{
    return [=](StoreDatabase &database, int *out) {
        if (runs)
            runs->ref();
        if (thread)
            *thread = QThread::currentThread();
        QSqlQuery q(database.database());
        if (!q.exec(QStringLiteral("SELECT %1 FROM (SELECT pg_sleep(%2)) s").arg(value).arg(sleepSeconds)) ||
            !q.next())
            return StoreResult(StoreResult::Kind::Failed, q.lastError().text());
        *out = q.value(0).toInt();
        return StoreResult();
    };
}

} // namespace

class TestStoreHistoryLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsOffTheCallersThread();
    void supersededAnswerIsDropped();
    void supersededReadIsNotRun();
    void unreachableStoreSaysWhy();
    void readsWaitForTheConnection();
    void passwordComesFromTheKeychain();
    void goingAwayNeverWaitsForARead();
};

void TestStoreHistoryLoader::initTestCase()
{
    QVERIFY2(StoreDatabase::driverAvailable(), "Qt's QPSQL driver (libqt6sql6-psql) is needed");
    QVERIFY2(StorePg::port() > 0, "no test cluster: run through ctest (fixture StorePgStart)");
}

void TestStoreHistoryLoader::readsOffTheCallersThread()
{
    StoreHistoryLoader loader;
    loader.setConnection(StorePg::connection(QStringLiteral("postgres")));
    QSignalSpy busy(&loader, &StoreHistoryLoader::busyChanged);
    QThread *ranOn = nullptr;
    QThread *answeredOn = nullptr;
    int got = 0;
    StoreResult result(StoreResult::Kind::Failed, QStringLiteral("not answered"));
    loader.read<int>(number(42, 0.6, nullptr, &ranOn), [&](const StoreResult &r, const int &value) {
        result = r;
        got = value;
        answeredOn = QThread::currentThread();
    });
    QCOMPARE(loader.pending(), 1);
    QCOMPARE(busy.size(), 1);
    QCOMPARE(busy.at(0).at(0).toBool(), true);
    // The caller's event loop keeps going while the server sleeps.
    int ticks = 0;
    QTimer timer;
    connect(&timer, &QTimer::timeout, this, [&ticks]() { ++ticks; });
    timer.start(50);
    QTRY_VERIFY_WITH_TIMEOUT(answeredOn != nullptr, 10000);
    QVERIFY2(result.ok(), qPrintable(result.detail()));
    QCOMPARE(got, 42);
    QVERIFY(ranOn != nullptr && ranOn != QThread::currentThread());
    QCOMPARE(answeredOn, QThread::currentThread());
    QVERIFY2(ticks >= 5, qPrintable(QString::number(ticks)));
    QCOMPARE(loader.pending(), 0);
    QCOMPARE(busy.size(), 2);
    QCOMPARE(busy.at(1).at(0).toBool(), false);
}

void TestStoreHistoryLoader::supersededAnswerIsDropped()
{
    StoreHistoryLoader loader;
    loader.setConnection(StorePg::connection(QStringLiteral("postgres")));
    QList<int> answers;
    const auto keep = [&answers](const StoreResult &r, const int &value) {
        QVERIFY2(r.ok(), qPrintable(r.detail()));
        answers << value;
    };
    QAtomicInt slowRuns;
    loader.read<int>(number(1, 0.8, &slowRuns), keep);
    // The slow read is under way when the newer question comes.
    QTRY_COMPARE(slowRuns.loadRelaxed(), 1);
    loader.supersede();
    QCOMPARE(loader.pending(), 0);
    loader.read<int>(number(2), keep);
    QTRY_COMPARE_WITH_TIMEOUT(answers, QList<int>{2}, 10000);
    // Long after the slow read finished, its answer still has not come.
    QTest::qWait(1200);
    QCOMPARE(answers, QList<int>{2});
    QCOMPARE(loader.pending(), 0);
}

void TestStoreHistoryLoader::supersededReadIsNotRun()
{
    StoreHistoryLoader loader;
    loader.setConnection(StorePg::connection(QStringLiteral("postgres")));
    QList<int> answers;
    const auto keep = [&answers](const StoreResult &, const int &value) { answers << value; };
    QAtomicInt slowRuns;
    QAtomicInt queuedRuns;
    loader.read<int>(number(1, 0.5, &slowRuns), keep);
    loader.read<int>(number(2, 0, &queuedRuns), keep);
    QTRY_COMPARE(slowRuns.loadRelaxed(), 1);
    loader.supersede();
    loader.read<int>(number(3), keep);
    QTRY_COMPARE_WITH_TIMEOUT(answers, QList<int>{3}, 10000);
    QCOMPARE(queuedRuns.loadRelaxed(), 0);
}

void TestStoreHistoryLoader::unreachableStoreSaysWhy()
{
    StoreHistoryLoader loader;
    StoreConnection nowhere = StorePg::connection(QStringLiteral("postgres"));
    nowhere.port = 1; // nothing listens there
    loader.setConnection(nowhere);
    QAtomicInt runs;
    StoreResult result;
    bool answered = false;
    QElapsedTimer clock;
    clock.start();
    loader.read<int>(number(7, 0, &runs), [&](const StoreResult &r, const int &value) {
        result = r;
        answered = true;
        QCOMPARE(value, 0);
    });
    // Asking returns at once; the answer comes later.
    QVERIFY(clock.elapsed() < 200);
    QVERIFY(!answered);
    QTRY_VERIFY_WITH_TIMEOUT(answered, 15000);
    QCOMPARE(result.kind(), StoreResult::Kind::Unreachable);
    QCOMPARE(runs.loadRelaxed(), 0);
    const QString why = StoreHistoryLoader::reason(result);
    QVERIFY2(!why.isEmpty() && !why.endsWith(QLatin1Char('.')) && !why.contains(QLatin1Char('\n')), qPrintable(why));

    // Back on the right port, the next read connects.
    loader.setConnection(StorePg::connection(QStringLiteral("postgres")));
    answered = false;
    int got = 0;
    loader.read<int>(number(8), [&](const StoreResult &r, const int &value) {
        result = r;
        got = value;
        answered = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
    QVERIFY2(result.ok(), qPrintable(result.detail()));
    QCOMPARE(got, 8);
}

void TestStoreHistoryLoader::readsWaitForTheConnection()
{
    StoreHistoryLoader loader;
    QVERIFY(!loader.isReady());
    int got = 0;
    loader.read<int>(number(5), [&got](const StoreResult &, const int &value) { got = value; });
    QTest::qWait(300);
    QCOMPARE(got, 0);
    QCOMPARE(loader.pending(), 1);
    loader.setConnection(StorePg::connection(QStringLiteral("postgres")));
    QTRY_COMPARE_WITH_TIMEOUT(got, 5, 10000);
}

void TestStoreHistoryLoader::passwordComesFromTheKeychain()
{
    TokenStore keychain(QStringLiteral("PointDesk-loader-test"));
    keychain.setSessionOnly(true);
    bool written = false;
    keychain.write(QString::fromLatin1(TokenStore::kStorePasswordKey), QStringLiteral("s3cret"), this,
                   [&written](const TokenStore::Result &r) { written = r.ok(); });
    QTRY_VERIFY(written);

    StoreSettings store;
    store.host = QStringLiteral("127.0.0.1");
    store.port = StorePg::port();
    store.database = QStringLiteral("postgres");
    store.user = QStringLiteral("pointdesk");
    StoreHistoryLoader loader;
    int got = 0;
    loader.connectFrom(store, &keychain);
    loader.read<int>(number(9), [&got](const StoreResult &r, const int &value) {
        QVERIFY2(r.ok(), qPrintable(r.detail()));
        got = value;
    });
    QTRY_COMPARE_WITH_TIMEOUT(got, 9, 10000);
    QVERIFY(loader.isReady());
    QCOMPARE(loader.connection().password, QStringLiteral("s3cret"));
    QCOMPARE(loader.connection().host, store.host);
    QCOMPARE(loader.connection().port, store.port);
}

void TestStoreHistoryLoader::goingAwayNeverWaitsForARead()
{
    // A dialog closed while the store is slow: the loader goes at once, its read ends later and answers nobody.
    auto loader = std::make_unique<StoreHistoryLoader>();
    loader->setConnection(StorePg::connection(QStringLiteral("postgres")));
    QAtomicInt runs;
    bool answered = false;
    loader->read<int>(number(1, 1.5, &runs), [&answered](const StoreResult &, const int &) { answered = true; });
    QTRY_COMPARE(runs.loadRelaxed(), 1);
    QElapsedTimer clock;
    clock.start();
    loader.reset();
    QVERIFY2(clock.elapsed() < 500, qPrintable(QString::number(clock.elapsed())));
    // The read ends, its thread deletes itself, and nothing is answered.
    QTest::qWait(2500);
    QVERIFY(!answered);
    // Idle, a loader goes at once too, and its connection with it.
    StorePg::Admin admin;
    const auto connections = [&admin]() {
        return admin.value(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = 'postgres'"
                                          " AND application_name <> 'psql' AND pid <> pg_backend_pid()"))
            .toInt();
    };
    const int before = connections();
    {
        StoreHistoryLoader idle;
        idle.setConnection(StorePg::connection(QStringLiteral("postgres")));
        int got = 0;
        idle.read<int>(number(4), [&got](const StoreResult &, const int &value) { got = value; });
        QTRY_COMPARE(got, 4);
        QCOMPARE(connections(), before + 1);
    }
    QTRY_COMPARE(connections(), before);
}

QTEST_GUILESS_MAIN(TestStoreHistoryLoader)
#include "tst_storehistoryloader.moc"
