// StoreProbe ("Test connection" in Preferences > Store) against the store-pg fixture's PostgreSQL: it answers from a
// thread of its own, reading the schema version without writing anything (an empty store stays empty), says no for a
// database that is not there, and takes one test at a time.
#include "store/OrderJournal.h"
#include "store/StoreProbe.h"
#include "store/StorePusher.h"
#include "store/StoreSchema.h"
#include "support/StorePgSupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

class TestStoreProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void emptyThenSetUp();
    void missingDatabaseAndOneAtATime();

private:
    StoreProbe::Outcome probe(const StoreConnection &connection);

    QString m_database;
};

void TestStoreProbe::initTestCase()
{
    QVERIFY2(StorePg::port() > 0, "no test cluster: run through ctest (fixture StorePgStart)");
    m_database = StorePg::createDatabase();
    QVERIFY(!m_database.isEmpty());
}

void TestStoreProbe::cleanupTestCase()
{
    StorePg::dropDatabase(m_database);
}

StoreProbe::Outcome TestStoreProbe::probe(const StoreConnection &connection)
{
    StoreProbe probe;
    QSignalSpy finished(&probe, &StoreProbe::finished);
    const Qt::HANDLE caller = QThread::currentThreadId();
    if (!probe.start(connection))
        return {};
    if (!finished.wait(20000))
        return {};
    // The answer comes back in the caller's thread.
    if (QThread::currentThreadId() != caller)
        return {};
    return finished.first().first().value<StoreProbe::Outcome>();
}

void TestStoreProbe::emptyThenSetUp()
{
    StoreProbe::Outcome outcome = probe(StorePg::connection(m_database));
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.result.detail()));
    QCOMPARE(outcome.schemaVersion, 0);
    {
        StorePg::Admin admin(m_database);
        QCOMPARE(admin.value(QStringLiteral("SELECT to_regclass('counters') IS NULL")).toBool(), true); // untouched
    }
    // After a counter's first push the store has PointDesk's schema.
    QTemporaryDir dir;
    OrderJournal journal;
    QVERIFY(journal.open(dir.filePath(QStringLiteral("journal.sqlite"))).ok());
    StoreDatabase database;
    StorePusher pusher(journal, database);
    pusher.setConnection(StorePg::connection(m_database));
    pusher.setCounter(QStringLiteral("44444444-4444-4444-4444-444444444444"), QStringLiteral("Caja 4"),
                      QStringLiteral("ARS"));
    QVERIFY(pusher.pushPending().ok());
    outcome = probe(StorePg::connection(m_database));
    QVERIFY(outcome.result.ok());
    QCOMPARE(outcome.schemaVersion, StoreSchema::kVersion);
}

void TestStoreProbe::missingDatabaseAndOneAtATime()
{
    const StoreProbe::Outcome outcome = probe(StorePg::connection(QStringLiteral("no_such_database")));
    QCOMPARE(outcome.result.kind(), StoreResult::Kind::Refused);
    QCOMPARE(outcome.schemaVersion, -1);

    StoreProbe probe;
    QSignalSpy finished(&probe, &StoreProbe::finished);
    QVERIFY(probe.start(StorePg::connection(m_database)));
    QVERIFY(probe.isRunning());
    QVERIFY(!probe.start(StorePg::connection(m_database))); // one at a time
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.count(), 1);
    QVERIFY(!probe.isRunning());
}

QTEST_GUILESS_MAIN(TestStoreProbe)
#include "tst_storeprobe.moc"
