// A journal written by PointDesk 0.1 (schema 1, tests/store/data/journal-v1.sqlite: one sale in every state) is brought
// to schema 2 at its first open: in place, in one transaction, with a copy of the old file kept beside it, and with
// every sale, field, id and event as it was.
#include "store/OrderJournal.h"
#include "support/RefTestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <limits>
#include <memory>

namespace {

QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Reads one integer with a private connection that is closed before returning.
qint64 scalar(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("probe-") + QUuid::createUuid().toString();
    qint64 value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

} // namespace

class TestJournalMigration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void fixtureIsVersionOne();
    void everySaleKeptExactly();
    void eventsKept();
    void copyKeptBesideAndOpenedOnce();
    void migratedJournalTakesNewSales();
    void earlierCopyIsNeverOverwritten();

private:
    QString m_path;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestJournalMigration::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("journal.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(JOURNAL_V1_FIXTURE), m_path));
    QVERIFY(QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
}

void TestJournalMigration::fixtureIsVersionOne()
{
    QCOMPARE(scalar(m_path, QStringLiteral("PRAGMA user_version")), 1);
    QCOMPARE(scalar(m_path, QStringLiteral("SELECT count(*) FROM orders")), 8);
    QCOMPARE(scalar(m_path, QStringLiteral("SELECT typeof(order_id) = 'integer' FROM orders WHERE local_id = 3")), 1);
}

void TestJournalMigration::everySaleKeptExactly()
{
    OrderJournal journal;
    const JournalResult opened = journal.open(m_path);
    QVERIFY2(opened.ok(), qPrintable(opened.detail()));
    QCOMPARE(scalar(m_path, QStringLiteral("PRAGMA user_version")), OrderJournal::kSchemaVersion);
    QCOMPARE(journal.count(), 8);

    struct Expected
    {
        qint64 localId;
        OrderState state;
        qint64 cents;
        const char *device;
        CardType card;
        const char *orderId;
        const char *paymentId;
        const char *status;
        const char *paymentStatus;
        int attempts;
    };
    const QList<Expected> expected = {
        {1, OrderState::Sending, 1000, "Caja 1", CardType::Credit, "", "", "", "", 1},
        {2, OrderState::WaitingForCard, 125050, "Mostrador Ñandú/2", CardType::Debit, "9007199254740993", "", "OPEN",
         "", 1},
        {3, OrderState::Approved, Money::kMaxCents, "Caja 2", CardType::Credit, "9007199254740995",
         "9223372036854775800", "CLOSED", "approved", 1},
        {4, OrderState::Rejected, 4550, "Caja 1", CardType::Debit, "5000000004", "7000000004", "CLOSED", "rejected", 1},
        {5, OrderState::Cancelled, 999, "Caja 3", CardType::Credit, "5000000005", "", "", "", 1},
        {6, OrderState::Failed, 2000, "Caja 1", CardType::Credit, "", "", "", "", 2},
        {7, OrderState::Unknown, 31415, "Caja 2", CardType::Debit, "", "", "", "", 1},
        {8, OrderState::Approved, 1, "Caja 3", CardType::Debit, "1", "2", "CLOSED", "approved", 1},
    };
    QSet<QString> keys;
    for (const Expected &x : expected) {
        const std::optional<JournalEntry> e = journal.entry(x.localId);
        QVERIFY2(e, qPrintable(QStringLiteral("sale %1 missing").arg(x.localId)));
        QCOMPARE(e->state, x.state);
        QCOMPARE(e->request.amount.cents(), x.cents);
        QCOMPARE(e->request.deviceName, QString::fromUtf8(x.device));
        QCOMPARE(e->request.cardType, x.card);
        QCOMPARE(e->orderId.toString(), QString::fromLatin1(x.orderId));
        QCOMPARE(e->paymentId.toString(), QString::fromLatin1(x.paymentId));
        QCOMPARE(e->status, QString::fromLatin1(x.status));
        QCOMPARE(e->paymentStatus, QString::fromLatin1(x.paymentStatus));
        QCOMPARE(e->createAttempts, x.attempts);
        QCOMPARE(e->backend, QStringLiteral("legacy"));
        QVERIFY(!e->createKey.isEmpty());
        QVERIFY(!keys.contains(e->createKey));
        keys.insert(e->createKey);
        QVERIFY(e->cancelKey.isEmpty());
        QVERIFY(e->createdAt.isValid() && e->updatedAt >= e->createdAt);
    }
    // Ids past 2^53 and near 2^63 are the same digits, not a double's neighbours.
    QCOMPARE(journal.entry(3)->paymentId.toNumber(), std::optional<qint64>(std::numeric_limits<qint64>::max() - 7));
    QCOMPARE(journal.entryByOrderId(OrderRef(QStringLiteral("9007199254740993")))->localId, 2);

    const JournalEntry full = *journal.entry(2);
    QCOMPARE(full.request.description, QStringLiteral("Ñandú, \"mate\" café"));
    QCOMPARE(full.request.externalReference, QStringLiteral("PD-20261123-ñ"));
    QCOMPARE(full.request.payerEmail, QStringLiteral("ana.lopez@example.com.ar"));
    QCOMPARE(full.request.notificationUrl, QStringLiteral("https://shop.example/notify?x=1"));
    QCOMPARE(full.request.disableBackButton, std::optional<bool>(true));
    QCOMPARE(journal.entry(3)->request.disableBackButton, std::optional<bool>(false));
    QCOMPARE(journal.entry(1)->request.disableBackButton, std::optional<bool>());
    QCOMPARE(journal.entry(6)->lastError, QStringLiteral("The terminal is busy with another order."));
    QCOMPARE(journal.entry(7)->lastError, QStringLiteral("The answer to the charge was lost."));

    // The unfinished ones are still followed after the update.
    QList<qint64> open;
    for (const JournalEntry &e : journal.unfinished())
        open << e.localId;
    QCOMPARE(open, (QList<qint64>{1, 2, 7}));
    const JournalTotals totals = journal.totals();
    QCOMPARE(totals.byState(OrderState::Approved).count, 2);
    QCOMPARE(totals.byState(OrderState::Approved).cents, Money::kMaxCents + 1);
}

void TestJournalMigration::eventsKept()
{
    OrderJournal journal;
    QVERIFY(journal.open(m_path).ok());
    int events = 0;
    for (qint64 id = 1; id <= 8; ++id)
        events += int(journal.events(id).size());
    QCOMPARE(events, 31);
    const QList<JournalEvent> approved = journal.events(3);
    QCOMPARE(approved.size(), 5);
    QCOMPARE(approved.first().detail, QStringLiteral("recorded"));
    QCOMPARE(approved.last().state, OrderState::Approved);
    QCOMPARE(approved.last().detail, QStringLiteral("CLOSED, payment 9223372036854775800 approved"));
    QCOMPARE(scalar(m_path, QStringLiteral("PRAGMA foreign_key_check")), -1); // no row: nothing dangling
}

void TestJournalMigration::copyKeptBesideAndOpenedOnce()
{
    const QByteArray before = sha256(m_path);
    {
        OrderJournal journal;
        QVERIFY(journal.open(m_path).ok());
        const QString copy = journal.migrationCopyPath();
        QCOMPARE(copy, m_path + QStringLiteral(".v1-backup"));
        QVERIFY(QFileInfo::exists(copy));
        // The copy is the old journal, readable by the release that wrote it.
        QCOMPARE(scalar(copy, QStringLiteral("PRAGMA user_version")), 1);
        QCOMPARE(scalar(copy, QStringLiteral("SELECT count(*) FROM orders")), 8);
        QCOMPARE(scalar(copy, QStringLiteral("SELECT count(*) FROM order_events")), 31);
        QCOMPARE(scalar(copy, QStringLiteral("SELECT payment_id FROM orders WHERE local_id = 3")),
                 std::numeric_limits<qint64>::max() - 7);
    }
    QVERIFY(sha256(m_path) != before); // closed: everything is in the file itself
    // A second open finds version 2: no second migration, no second copy.
    OrderJournal again;
    QVERIFY(again.open(m_path).ok());
    QVERIFY(again.migrationCopyPath().isEmpty());
    QVERIFY(!QFileInfo::exists(m_path + QStringLiteral(".v1-backup-2")));
    QCOMPARE(again.count(), 8);
}

void TestJournalMigration::migratedJournalTakesNewSales()
{
    OrderJournal journal;
    QVERIFY(journal.open(m_path).ok());
    OrderRequest r;
    r.amount = Money::fromCents(700);
    r.description = QStringLiteral("Medialunas");
    r.deviceName = QStringLiteral("Caja 1");
    const qint64 id = journal.recordNew(r, QStringLiteral("orders"));
    QCOMPARE(id, 9);
    // An Orders API id is text; it sits beside the legacy numbers.
    QVERIFY(journal.attachOrderId(id, OrderRef(QStringLiteral("ORD01JQ4S4KY8HWQ6NA5PXB65B3D3"))).ok());
    QCOMPARE(journal.entryByOrderId(OrderRef(QStringLiteral("ORD01JQ4S4KY8HWQ6NA5PXB65B3D3")))->localId, id);
    QCOMPARE(journal.entry(id)->backend, QStringLiteral("orders"));
    // An id already held by a migrated sale is refused for another.
    QCOMPARE(journal.attachOrderId(journal.recordNew(r, QStringLiteral("legacy")), orderRef(9007199254740993)).kind(),
             JournalResult::Kind::Conflict);
    QString key;
    QVERIFY(journal.cancelKey(2, &key).ok());
    QVERIFY(!QUuid::fromString(key).isNull());
    QString again;
    QVERIFY(journal.cancelKey(2, &again).ok());
    QCOMPARE(again, key);
    QCOMPARE(journal.entry(2)->cancelKey, key);
}

void TestJournalMigration::earlierCopyIsNeverOverwritten()
{
    const QString earlier = m_path + QStringLiteral(".v1-backup");
    {
        QFile f(earlier);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("a copy made by hand");
    }
    OrderJournal journal;
    QVERIFY(journal.open(m_path).ok());
    QCOMPARE(journal.migrationCopyPath(), m_path + QStringLiteral(".v1-backup-2"));
    QFile f(earlier);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("a copy made by hand"));
    QCOMPARE(scalar(journal.migrationCopyPath(), QStringLiteral("SELECT count(*) FROM orders")), 8);
}

QTEST_GUILESS_MAIN(TestJournalMigration)
#include "tst_journalmigration.moc"
