// The store's PostgreSQL against a real server (the store-pg fixture's throwaway cluster): the schema is created and
// migrated once however often and however many counters at once ask; changes arrive in order, a replayed or older
// change changes nothing, the store's mark wins over the journal's, another journal under the same counter id is
// refused, an unreachable store leaves the outbox waiting, and a pusher killed between COMMIT and its local mark
// neither loses nor doubles anything.
#include "store/OrderJournal.h"
#include "store/StoreDatabase.h"
#include "store/StorePusher.h"
#include "store/StoreSchema.h"
#include "store/StoreSync.h"
#include "support/StorePgSupport.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

namespace {

const QString kCounter = QStringLiteral("6f1c2a34-1111-4d2e-9a5b-0c0ffee00001");

// Everything the store holds, in a fixed order, to compare before and after.
QStringList snapshot(StorePg::Admin &admin)
{
    return admin.rows(QStringLiteral("SELECT counter_id, local_sale_id, change_no, amount_cents, state, order_id,"
                                     " payment_id, terminal, updated_at FROM sales ORDER BY 1, 2")) +
           admin.rows(QStringLiteral("SELECT counter_id, local_refund_id, change_no, amount_cents, state, refund_id"
                                     " FROM refunds ORDER BY 1, 2")) +
           admin.rows(QStringLiteral("SELECT counter_id, local_event_id, change_no, state, detail FROM sale_events"
                                     " ORDER BY 1, 2")) +
           admin.rows(QStringLiteral("SELECT counter_id, journal_id, pushed_up_to FROM counters ORDER BY 1"));
}

} // namespace

// Fails with the store's own words.
#define STORE_OK(expr)                                                                                                 \
    do {                                                                                                               \
        const StoreResult r_ = (expr);                                                                                 \
        QVERIFY2(r_.ok(), qPrintable(StoreResult::kindKey(r_.kind()) + QStringLiteral(": ") + r_.detail()));          \
    } while (false)

class TestStoreDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void migrationIsIdempotent();
    void countersMigrateAtOnce();
    void newerSchemaIsRefused();
    void pushesInOrder();
    void replayChangesNothing();
    void olderChangeNeverOverwrites();
    void storeMarkWins();
    void otherJournalIsRefused();
    void unreachableStoreKeepsTheOutbox();
    void killedAfterCommitLosesAndDoublesNothing();
    void syncReportsItsState();

private:
    qint64 sale(qint64 cents, OrderState state);
    std::unique_ptr<StorePusher> pusher(StoreDatabase &db, int batch = 500);

    QString m_database;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OrderJournal> m_journal;
};

void TestStoreDatabase::initTestCase()
{
    QVERIFY2(StoreDatabase::driverAvailable(), "Qt's QPSQL driver (libqt6sql6-psql) is needed");
    QVERIFY2(StorePg::port() > 0, "no test cluster: run through ctest (fixture StorePgStart)");
}

void TestStoreDatabase::init()
{
    m_database = StorePg::createDatabase();
    QVERIFY(!m_database.isEmpty());
    m_dir = std::make_unique<QTemporaryDir>();
    m_journal = std::make_unique<OrderJournal>();
    QVERIFY(m_journal->open(m_dir->filePath(QStringLiteral("journal.sqlite"))).ok());
}

void TestStoreDatabase::cleanup()
{
    m_journal.reset();
    m_dir.reset();
    StorePg::dropDatabase(m_database);
}

qint64 TestStoreDatabase::sale(qint64 cents, OrderState state)
{
    OrderRequest request;
    request.amount = Money::fromCents(cents);
    request.description = QStringLiteral("Alfajor");
    request.deviceName = QStringLiteral("Caja 1");
    const qint64 id = m_journal->recordNew(request, QStringLiteral("orders"));
    m_journal->attachOrderId(id, OrderRef(QStringLiteral("ORD%1").arg(id)));
    if (state != OrderState::WaitingForCard) {
        OrderInfo info;
        info.state = state;
        info.paymentId = PaymentRef(QStringLiteral("P%1").arg(id));
        m_journal->recordState(id, info);
    }
    return id;
}

std::unique_ptr<StorePusher> TestStoreDatabase::pusher(StoreDatabase &db, int batch)
{
    auto p = std::make_unique<StorePusher>(*m_journal, db);
    p->setConnection(StorePg::connection(m_database));
    p->setCounter(kCounter, QStringLiteral("Caja 1"), QStringLiteral("ARS"));
    p->setBatchSize(batch);
    return p;
}

void TestStoreDatabase::migrationIsIdempotent()
{
    StoreDatabase db;
    STORE_OK(db.open(StorePg::connection(m_database)));
    QCOMPARE(db.schemaVersion(), 0);
    STORE_OK(db.migrate());
    QCOMPARE(db.schemaVersion(), StoreSchema::kVersion);
    STORE_OK(db.migrate());
    db.close();
    STORE_OK(db.open(StorePg::connection(m_database)));
    STORE_OK(db.migrate());
    StorePg::Admin admin(m_database);
    QCOMPARE(admin.value(QStringLiteral("SELECT count(*) FROM schema_version")).toInt(), 1);
    QCOMPARE(admin.value(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
                                        " AND table_name IN ('counters', 'sales', 'refunds', 'sale_events')"))
                 .toInt(),
             4);
}

void TestStoreDatabase::countersMigrateAtOnce()
{
    // Eight counters start together on an empty store: one creates the schema, the others wait and find it.
    constexpr int kCounters = 8;
    QList<QThread *> threads;
    QAtomicInt okCount = 0;
    const StoreConnection connection = StorePg::connection(m_database);
    for (int i = 0; i < kCounters; ++i) {
        threads << QThread::create([&okCount, connection]() {
            StoreDatabase db;
            if (db.open(connection).ok() && db.migrate().ok() && db.schemaVersion() == StoreSchema::kVersion)
                okCount.fetchAndAddOrdered(1);
        });
    }
    for (QThread *t : std::as_const(threads))
        t->start();
    for (QThread *t : std::as_const(threads)) {
        QVERIFY(t->wait(60000));
        delete t;
    }
    QCOMPARE(okCount.loadAcquire(), kCounters);
    StorePg::Admin admin(m_database);
    QCOMPARE(admin.value(QStringLiteral("SELECT count(*) FROM schema_version")).toInt(), 1);
}

void TestStoreDatabase::newerSchemaIsRefused()
{
    StoreDatabase db;
    STORE_OK(db.open(StorePg::connection(m_database)));
    STORE_OK(db.migrate());
    {
        StorePg::Admin admin(m_database);
        QVERIFY(admin.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)")
                               .arg(StoreSchema::kVersion + 1)));
    }
    QCOMPARE(db.migrate().kind(), StoreResult::Kind::NewerSchema);
    sale(100, OrderState::Approved);
    StoreDatabase other;
    const StoreResult r = pusher(other)->pushPending();
    QCOMPARE(r.kind(), StoreResult::Kind::NewerSchema);
    QCOMPARE(m_journal->outboxStatus()->pushedUpTo, 0);
}

void TestStoreDatabase::pushesInOrder()
{
    const qint64 paid = sale(1500, OrderState::Approved);
    const qint64 declined = sale(700, OrderState::Rejected);
    const qint64 open = sale(300, OrderState::WaitingForCard);
    const qint64 refund = m_journal->recordRefund(paid, Money::fromCents(500), QStringLiteral("roto"), {});
    QVERIFY(refund > 0);
    StoreDatabase db;
    auto p = pusher(db, 3); // several batches, a row changed in more than one
    STORE_OK(p->pushPending());
    const OutboxStatus status = *m_journal->outboxStatus();
    QCOMPARE(p->lastPushed(), status.lastChange);
    QCOMPARE(status.pushedUpTo, status.lastChange);
    QCOMPARE(status.waiting, 0);
    QVERIFY(status.lastPushAt.isValid());
    QCOMPARE(status.lastError, QString());

    StorePg::Admin admin(m_database);
    QCOMPARE(admin.rows(QStringLiteral("SELECT local_sale_id, amount_cents, currency, state, order_id, terminal"
                                       " FROM sales ORDER BY 1")),
             QStringList({QStringLiteral("%1|1500|ARS|approved|ORD%1|Caja 1").arg(paid),
                          QStringLiteral("%1|700|ARS|rejected|ORD%1|Caja 1").arg(declined),
                          QStringLiteral("%1|300|ARS|waiting_for_card|ORD%1|Caja 1").arg(open)}));
    QCOMPARE(admin.rows(QStringLiteral("SELECT local_refund_id, local_sale_id, amount_cents, state FROM refunds")),
             QStringList{QStringLiteral("%1|%2|500|recorded").arg(refund).arg(paid)});
    QCOMPARE(admin.value(QStringLiteral("SELECT count(*) FROM sale_events")).toInt(),
             m_journal->events(paid).size() + m_journal->events(declined).size() + m_journal->events(open).size());
    QCOMPARE(admin.value(QStringLiteral("SELECT pushed_up_to FROM counters")).toLongLong(), status.lastChange);
    // The store's times are the journal's.
    QCOMPARE(admin.value(QStringLiteral("SELECT (extract(epoch FROM created_at) * 1000)::bigint FROM sales"
                                        " WHERE local_sale_id = %1").arg(paid))
                 .toLongLong(),
             m_journal->entry(paid)->createdAt.toMSecsSinceEpoch());

    // Later changes follow: the refund is done, the open sale paid.
    RefundInfo answer;
    answer.state = RefundState::Done;
    answer.id = RefundRef(QStringLiteral("R9"));
    QVERIFY(m_journal->recordRefundResult(refund, answer).ok());
    OrderInfo info;
    info.state = OrderState::Approved;
    QVERIFY(m_journal->recordState(open, info).ok());
    STORE_OK(p->pushPending());
    QCOMPARE(admin.value(QStringLiteral("SELECT state FROM refunds")).toString(), QStringLiteral("done"));
    QCOMPARE(admin.value(QStringLiteral("SELECT state FROM sales WHERE local_sale_id = %1").arg(open)).toString(),
             QStringLiteral("approved"));
}

void TestStoreDatabase::replayChangesNothing()
{
    for (int i = 0; i < 20; ++i)
        sale(100 + i, i % 3 ? OrderState::Approved : OrderState::Cancelled);
    StoreDatabase db;
    STORE_OK(pusher(db, 7)->pushPending());
    StorePg::Admin admin(m_database);
    const QStringList before = snapshot(admin);
    QVERIFY(before.size() > 60);
    // The whole outbox again, then every batch again on its own: nothing moves.
    StoreCounter counter{kCounter, QStringLiteral("Caja 1"), m_journal->outboxStatus()->journalId,
                         QStringLiteral("ARS")};
    const QList<OutboxRow> all = m_journal->outboxAfter(0, 100000);
    STORE_OK(db.apply(counter, all));
    QCOMPARE(snapshot(admin), before);
    for (int from = 0; from < all.size(); from += 7)
        STORE_OK(db.apply(counter, all.mid(from, 7)));
    QCOMPARE(snapshot(admin), before);
}

void TestStoreDatabase::olderChangeNeverOverwrites()
{
    const qint64 id = sale(900, OrderState::WaitingForCard);
    OrderInfo info;
    info.state = OrderState::Approved;
    QVERIFY(m_journal->recordState(id, info).ok());
    const QList<OutboxRow> all = m_journal->outboxAfter(0, 100);
    QList<OutboxRow> saleRows;
    for (const OutboxRow &row : all) {
        if (row.kind == OutboxRow::Kind::Sale)
            saleRows << row;
    }
    QCOMPARE(saleRows.size(), 3); // recorded, order attached, approved
    StoreDatabase db;
    STORE_OK(db.open(StorePg::connection(m_database)));
    STORE_OK(db.migrate());
    StoreCounter counter{kCounter, QStringLiteral("Caja 1"), m_journal->outboxStatus()->journalId,
                         QStringLiteral("ARS")};
    STORE_OK(db.apply(counter, {saleRows.last()}));
    STORE_OK(db.apply(counter, {saleRows.first()}));
    STORE_OK(db.apply(counter, {saleRows.at(1)}));
    StorePg::Admin admin(m_database);
    QCOMPARE(admin.rows(QStringLiteral("SELECT state, change_no FROM sales")),
             QStringList{QStringLiteral("approved|%1").arg(saleRows.last().changeNo)});
}

void TestStoreDatabase::storeMarkWins()
{
    for (int i = 0; i < 5; ++i)
        sale(100, OrderState::Approved);
    {
        StoreDatabase db;
        STORE_OK(pusher(db)->pushPending());
    }
    const qint64 last = m_journal->outboxStatus()->lastChange;
    // A crash after the store's COMMIT and before the local mark: the store says it has everything; nothing is resent.
    QVERIFY(m_journal->markPushed(0, true).ok());
    {
        StoreDatabase db;
        auto p = pusher(db);
        STORE_OK(p->pushPending());
        QCOMPARE(p->lastPushed(), 0);
        QCOMPARE(m_journal->outboxStatus()->pushedUpTo, last);
    }
    // The store lost the sales (restored from an older backup): everything is sent again.
    {
        StorePg::Admin admin(m_database);
        QVERIFY(admin.exec(QStringLiteral("DELETE FROM sale_events; DELETE FROM refunds; DELETE FROM sales;"
                                          " UPDATE counters SET pushed_up_to = 0")));
        StoreDatabase db;
        auto p = pusher(db);
        STORE_OK(p->pushPending());
        QCOMPARE(p->lastPushed(), last);
        QCOMPARE(admin.value(QStringLiteral("SELECT count(*) FROM sales")).toInt(), 5);
    }
}

void TestStoreDatabase::otherJournalIsRefused()
{
    sale(100, OrderState::Approved);
    {
        StoreDatabase db;
        STORE_OK(pusher(db)->pushPending());
    }
    // A new journal (the old one moved aside) under the same counter id would mix two sets of local ids.
    QTemporaryDir otherDir;
    OrderJournal other;
    QVERIFY(other.open(otherDir.filePath(QStringLiteral("journal.sqlite"))).ok());
    OrderRequest request;
    request.amount = Money::fromCents(999);
    request.description = QStringLiteral("x");
    request.deviceName = QStringLiteral("Caja 1");
    QVERIFY(other.recordNew(request, QStringLiteral("orders")) > 0);
    StoreDatabase db;
    StorePusher p(other, db);
    p.setConnection(StorePg::connection(m_database));
    p.setCounter(kCounter, QStringLiteral("Caja 1"), QStringLiteral("ARS"));
    QCOMPARE(p.pushPending().kind(), StoreResult::Kind::JournalMismatch);
    // Also when the mismatch is only found at the batch (the counter row is checked in the batch's transaction).
    STORE_OK(db.open(StorePg::connection(m_database)));
    const StoreCounter counter{kCounter, QString(), other.outboxStatus()->journalId, QStringLiteral("ARS")};
    QCOMPARE(db.apply(counter, other.outboxAfter(0, 10)).kind(), StoreResult::Kind::JournalMismatch);
    StorePg::Admin admin(m_database);
    QCOMPARE(admin.value(QStringLiteral("SELECT amount_cents FROM sales")).toInt(), 100);
    QCOMPARE(other.outboxStatus()->pushedUpTo, 0);
}

void TestStoreDatabase::unreachableStoreKeepsTheOutbox()
{
    sale(100, OrderState::Approved);
    StoreDatabase db;
    auto p = pusher(db);
    StoreConnection closed = StorePg::connection(m_database);
    closed.port = 1; // nothing listens there
    p->setConnection(closed);
    const StoreResult r = p->pushPending();
    QCOMPARE(r.kind(), StoreResult::Kind::Unreachable);
    QVERIFY(!r.detail().isEmpty());
    QCOMPARE(m_journal->outboxStatus()->pushedUpTo, 0);
    QVERIFY(m_journal->outboxStatus()->waiting > 0);
    QVERIFY(m_journal->outboxStatus()->lastError.startsWith(QStringLiteral("unreachable: ")));
    QVERIFY(!m_journal->outboxStatus()->lastPushAt.isValid());
    StoreConnection wrongDb = StorePg::connection(QStringLiteral("no_such_database"));
    p->setConnection(wrongDb);
    QCOMPARE(p->pushPending().kind(), StoreResult::Kind::Refused);
}

void TestStoreDatabase::killedAfterCommitLosesAndDoublesNothing()
{
    for (int i = 0; i < 30; ++i)
        sale(100 + i, i % 4 ? OrderState::Approved : OrderState::Rejected);
    const QString path = m_journal->path();
    const OutboxStatus before = *m_journal->outboxStatus();
    m_journal.reset();
    // Killed (SIGKILL) right after its second batch's COMMIT, before it could mark anything locally.
    QProcess worker;
    worker.start(QStringLiteral(STORE_COUNTER),
                 {QStringLiteral("push"), path, m_database, kCounter, QStringLiteral("10"), QStringLiteral("2")});
    QVERIFY(worker.waitForFinished(60000));
    QCOMPARE(worker.exitStatus(), QProcess::CrashExit);
    StorePg::Admin admin(m_database);
    QCOMPARE(admin.value(QStringLiteral("SELECT pushed_up_to FROM counters")).toLongLong(), 20);
    {
        OrderJournal journal;
        QVERIFY(journal.open(path).ok());
        QCOMPARE(journal.outboxStatus()->pushedUpTo, 10); // the first batch's mark only
    }
    // Started again, it goes on from the store's mark and ends with everything exactly once.
    worker.start(QStringLiteral(STORE_COUNTER), {QStringLiteral("push"), path, m_database, kCounter,
                                                 QStringLiteral("10")});
    QVERIFY(worker.waitForFinished(60000));
    QCOMPARE(worker.exitStatus(), QProcess::NormalExit);
    QCOMPARE(worker.exitCode(), 0);
    QCOMPARE(QString::fromLatin1(worker.readAllStandardOutput()).trimmed(),
             QStringLiteral("pushed %1").arg(before.lastChange - 20));
    QCOMPARE(admin.value(QStringLiteral("SELECT count(*) FROM sales")).toInt(), 30);
    qint64 cents = 0;
    for (int i = 0; i < 30; ++i)
        cents += 100 + i;
    QCOMPARE(admin.value(QStringLiteral("SELECT sum(amount_cents) FROM sales")).toLongLong(), cents);
    QCOMPARE(admin.value(QStringLiteral("SELECT pushed_up_to FROM counters")).toLongLong(), before.lastChange);
    m_journal = std::make_unique<OrderJournal>();
    QVERIFY(m_journal->open(path).ok());
    QCOMPARE(m_journal->outboxStatus()->waiting, 0);
}

void TestStoreDatabase::syncReportsItsState()
{
    sale(100, OrderState::Approved);
    StoreSync sync;
    QSignalSpy spy(&sync, &StoreSync::statusChanged);
    StoreSync::Config config;
    config.journalPath = m_journal->path();
    config.connection = StorePg::connection(m_database);
    config.connection.port = 1;
    config.counterId = kCounter;
    config.counterName = QStringLiteral("Caja 1");
    config.currency = QStringLiteral("ARS");
    config.pollMs = 50;
    config.firstRetryMs = 50;
    config.maxRetryMs = 100;
    sync.start(config);
    QTRY_COMPARE_WITH_TIMEOUT(sync.status().state, StoreSyncStatus::State::Offline, 20000);
    QCOMPARE(sync.status().waiting, m_journal->outboxStatus()->lastChange);
    QTRY_VERIFY(!spy.isEmpty());
    QCOMPARE(spy.last().at(0).value<StoreSyncStatus>().state, StoreSyncStatus::State::Offline);
    sync.stop();

    config.connection.port = StorePg::port();
    sync.start(config);
    QTRY_COMPARE_WITH_TIMEOUT(sync.status().state, StoreSyncStatus::State::UpToDate, 20000);
    QVERIFY(sync.status().lastPush.isValid());
    // A new sale: pushSoon() sends it without waiting for the poll.
    sale(200, OrderState::Approved);
    sync.pushSoon();
    StorePg::Admin admin(m_database);
    QTRY_COMPARE_WITH_TIMEOUT(admin.value(QStringLiteral("SELECT count(*) FROM sales")).toInt(), 2, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(sync.status().state, StoreSyncStatus::State::UpToDate, 20000);
    QCOMPARE(sync.status().waiting, 0);
    sync.stop();
    QCOMPARE(sync.status().state, StoreSyncStatus::State::Off);
}

QTEST_GUILESS_MAIN(TestStoreDatabase)
#include "tst_storedatabase.moc"
