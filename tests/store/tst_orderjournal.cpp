#include "store/JournalSchema.h"
#include "store/OrderJournal.h"
#include "support/RefTestSupport.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using Kind = JournalResult::Kind;
Q_DECLARE_METATYPE(Kind)

namespace {

OrderRequest request(const QString &description = QStringLiteral("Café con leche"), qint64 cents = 125050,
                     const QString &device = QStringLiteral("Caja 1"), CardType card = CardType::Debit)
{
    OrderRequest r;
    r.amount = Money::fromCents(cents);
    r.description = description;
    r.deviceName = device;
    r.cardType = card;
    return r;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// Runs SQL on a second, independent connection to the same file (another program, as far as SQLite knows).
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(QRandomGenerator::global()->generate()))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        m_ok = db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool ok() const { return m_ok; }
    bool exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        const bool done = q.exec(sql);
        if (!done)
            qWarning("raw SQL failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return done;
    }

private:
    QString m_name;
    bool m_ok = false;
};

// Sets an entry's times directly: the journal itself only ever writes "now".
bool setTimes(OrderJournal &journal, qint64 localId, const QDateTime &created, const QDateTime &updated = {})
{
    QSqlQuery q(QSqlDatabase::database(journal.connectionName()));
    q.prepare(QStringLiteral("UPDATE orders SET created_at = ?, updated_at = ? WHERE local_id = ?"));
    q.addBindValue(created.toMSecsSinceEpoch());
    q.addBindValue((updated.isValid() ? updated : created).toMSecsSinceEpoch());
    q.addBindValue(localId);
    return q.exec() && q.numRowsAffected() == 1;
}

OrderInfo closed(qint64 orderId, qint64 paymentId, const QString &paymentStatus)
{
    OrderInfo info;
    info.id = OrderRef::fromNumber(orderId);
    info.status = QStringLiteral("CLOSED");
    info.paymentId = PaymentRef::fromNumber(paymentId);
    info.paymentStatus = paymentStatus;
    // What the API layer maps a closed order to; the journal stores whatever state it is given.
    info.state = paymentStatus == QLatin1String("approved")   ? OrderState::Approved
                 : paymentStatus == QLatin1String("rejected") ? OrderState::Rejected
                 : paymentStatus == QLatin1String("cancelled") ? OrderState::Cancelled
                                                               : OrderState::Unknown;
    return info;
}

} // namespace

class TestOrderJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void createsWalJournalWithSchemaVersion();
    void roundTripsEveryField();
    void eventLogHasEveryChangeOnce();
    void finalEntriesNeverChange();
    void orderIdBelongsToOneSale();
    void invalidRequestIsNotRecorded();
    void unfinishedAndLookups();
    void unfinishedSalesHaveTheirOwnIndex();
    void filtersByDayAndState();
    void pagingNewestFirst();
    void totalsByStateAndCardType();
    void csvIsByteExact();
    void csvIgnoresLocale();
    void reopenKeepsEverything();
    void killedMidWriteKeepsCommittedRecords();
    void killedFromOutsideKeepsCommittedRecords();
    void corruptFileIsRefusedAndUntouched_data();
    void corruptFileIsRefusedAndUntouched();
    void moveAsideKeepsTheOldFile();
    void foreignDatabaseIsRefused();
    void newerVersionIsRefusedAndUntouched_data();
    void newerVersionIsRefusedAndUntouched();
    void lockedJournal();
    void diskFullLosesNothing();
    void everyKindHasMessage();

private:
    QString path(const QString &name = QStringLiteral("journal.sqlite")) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestOrderJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestOrderJournal::createsWalJournalWithSchemaVersion()
{
    OrderJournal journal;
    QVERIFY(!journal.isOpen());
    const QString nested = m_dir->filePath(QStringLiteral("a/b/journal.sqlite"));
    const JournalResult opened = journal.open(nested);
    QVERIFY2(opened.ok(), qPrintable(opened.detail()));
    QVERIFY(journal.isOpen());
    QVERIFY(QFile::exists(nested));

    QSqlQuery q(QSqlDatabase::database(journal.connectionName()));
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
    QCOMPARE(q.value(0).toInt(), 2); // FULL
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
    QCOMPARE(q.value(0).toInt(), OrderJournal::kSchemaVersion);
    QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
    QCOMPARE(q.value(0).toInt(), OrderJournal::kApplicationId);
    q.finish();

    // Two journals: two connections, each removed with its journal.
    const QString name = journal.connectionName();
    {
        OrderJournal second;
        QVERIFY(second.open(nested).ok());
        QVERIFY(second.connectionName() != name);
        QVERIFY(QSqlDatabase::contains(second.connectionName()));
    }
    QVERIFY(QSqlDatabase::contains(name));
    journal.close();
    QVERIFY(!QSqlDatabase::contains(name));
    {
        const QByteArray saved = qgetenv("POINTDESK_JOURNAL");
        qunsetenv("POINTDESK_JOURNAL");
        QVERIFY(OrderJournal::defaultPath().endsWith(QLatin1String("/PointDesk/journal.sqlite")));
        QVERIFY(OrderJournal::defaultPath(OrderJournal::Kind::Demo)
                    .endsWith(QLatin1String("/PointDesk/journal-demo.sqlite")));
        qputenv("POINTDESK_JOURNAL", "/elsewhere/j.sqlite");
        QCOMPARE(OrderJournal::defaultPath(), QStringLiteral("/elsewhere/j.sqlite"));
        QVERIFY(OrderJournal::defaultPath(OrderJournal::Kind::Demo).endsWith(QLatin1String("journal-demo.sqlite")));
        if (saved.isNull())
            qunsetenv("POINTDESK_JOURNAL");
        else
            qputenv("POINTDESK_JOURNAL", saved);
    }
}

void TestOrderJournal::roundTripsEveryField()
{
    OrderJournal journal;
    QVERIFY(journal.open(path()).ok());
    OrderRequest r = request(QStringLiteral("Ñandú, \"mate\" café"), Money::kMaxCents,
                             QStringLiteral("Mostrador Ñandú/2"), CardType::Credit);
    r.externalReference = QStringLiteral("PD-20261123-ñ");
    r.payerEmail = QStringLiteral("ana.lopez@example.com.ar");
    r.notificationUrl = QStringLiteral("https://shop.example/notify?x=1");
    r.disableBackButton = true;
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    const qint64 id = journal.recordNew(r, QStringLiteral("legacy"));
    QVERIFY(id > 0);

    // Ids above 2^53 do not survive a double; the journal keeps them exact.
    const qint64 orderId = (qint64(1) << 53) + 1;
    const qint64 paymentId = std::numeric_limits<qint64>::max() - 7;
    QVERIFY(journal.recordCreateSent(id).ok());
    QVERIFY(journal.attachOrderId(id, orderRef(orderId)).ok());
    QVERIFY(journal.recordState(id, closed(orderId, paymentId, QStringLiteral("approved"))).ok());

    const auto e = journal.entry(id);
    QVERIFY(e);
    QCOMPARE(e->localId, id);
    QVERIFY(e->createdAt >= before && e->createdAt <= QDateTime::currentDateTimeUtc());
    QCOMPARE(e->createdAt.timeSpec(), Qt::UTC);
    QVERIFY(e->updatedAt >= e->createdAt);
    QCOMPARE(e->request.amount.cents(), Money::kMaxCents);
    QCOMPARE(e->request.description, r.description);
    QCOMPARE(e->request.deviceName, r.deviceName);
    QCOMPARE(e->request.cardType, CardType::Credit);
    QCOMPARE(e->request.externalReference, r.externalReference);
    QCOMPARE(e->request.payerEmail, r.payerEmail);
    QCOMPARE(e->request.notificationUrl, r.notificationUrl);
    QCOMPARE(e->request.disableBackButton, std::optional<bool>(true));
    QCOMPARE(e->orderId, orderRef(orderId));
    QCOMPARE(e->orderId.toString(), QStringLiteral("9007199254740993"));
    QCOMPARE(e->state, OrderState::Approved);
    QCOMPARE(e->status, QStringLiteral("CLOSED"));
    QCOMPARE(e->paymentId, paymentRef(paymentId));
    QCOMPARE(e->paymentId.toString(), QStringLiteral("9223372036854775800"));
    QCOMPARE(e->backend, QStringLiteral("legacy"));
    QVERIFY(!QUuid::fromString(e->createKey).isNull());
    QVERIFY(e->cancelKey.isEmpty());
    QCOMPARE(e->paymentStatus, QStringLiteral("approved"));
    QCOMPARE(e->createAttempts, 1);
    QVERIFY(e->lastError.isEmpty());
    QVERIFY(e->isFinal());
    QCOMPARE(journal.entryByOrderId(orderRef(orderId))->localId, id);

    // Optional fields left out stay "not given"; disable_back_button false is kept apart from unset.
    OrderRequest plain = request();
    const qint64 plainId = journal.recordNew(plain, QStringLiteral("legacy"));
    plain.disableBackButton = false;
    const qint64 falseId = journal.recordNew(plain, QStringLiteral("legacy"));
    QCOMPARE(journal.entry(plainId)->request.disableBackButton, std::optional<bool>());
    QCOMPARE(journal.entry(falseId)->request.disableBackButton, std::optional<bool>(false));
    QVERIFY(journal.entry(plainId)->orderId.isNull());
    QVERIFY(journal.entry(plainId)->createKey != journal.entry(falseId)->createKey);
    QCOMPARE(journal.entry(plainId)->request.cardType, CardType::Debit);
    QVERIFY(!journal.entry(9999));
    QVERIFY(!journal.entryByOrderId(orderRef(12345)));
    QVERIFY(journal.entry(plainId)->request.printOnTerminal);
    QVERIFY(!journal.entry(plainId)->request.expirationSeconds);

    // An Orders API sale keeps its own rules (150-character descriptions) and options, so that a resend after a
    // restart sends exactly the recorded request.
    OrderRequest orders = request(QString(150, QLatin1Char('x')));
    orders.deviceName = QStringLiteral("NEWLAND_N950__SBX0000001");
    orders.printOnTerminal = false;
    orders.expirationSeconds = 120;
    QCOMPARE(journal.recordNew(orders, QStringLiteral("legacy")), qint64(0)); // too long for the legacy API
    const qint64 ordersId = journal.recordNew(orders, QStringLiteral("orders"));
    QVERIFY(ordersId > 0);
    QCOMPARE(journal.entry(ordersId)->request.description.size(), 150);
    QVERIFY(!journal.entry(ordersId)->request.printOnTerminal);
    QCOMPARE(journal.entry(ordersId)->request.expirationSeconds, std::optional<int>(120));
}

void TestOrderJournal::eventLogHasEveryChangeOnce()
{
    OrderJournal journal;
    QVERIFY(journal.open(path()).ok());
    const qint64 id = journal.recordNew(request(), QStringLiteral("legacy"));
    QVERIFY(journal.recordCreateSent(id).ok());
    QVERIFY(journal.recordNote(id, QStringLiteral("create attempt 1 failed: timeout")).ok());
    QVERIFY(journal.recordState(id, OrderState::Unknown, QStringLiteral("not sure")).ok());
    QCOMPARE(journal.entry(id)->lastError, QStringLiteral("not sure"));
    QVERIFY(journal.recordCreateSent(id).ok());
    QVERIFY(journal.entry(id)->lastError.isEmpty());
    QVERIFY(journal.attachOrderId(id, orderRef(5000000123)).ok());
    QVERIFY(journal.attachOrderId(id, orderRef(5000000123)).ok()); // the same again: nothing new
    OrderInfo open;
    open.id = orderRef(5000000123);
    open.status = QStringLiteral("OPEN");
    open.state = OrderState::WaitingForCard;
    QVERIFY(journal.recordState(id, open).ok());
    QVERIFY(journal.recordState(id, open).ok()); // unchanged: no event
    QVERIFY(journal.recordState(id, closed(5000000123, 9000000001, QStringLiteral("rejected"))).ok());

    const QList<JournalEvent> events = journal.events(id);
    QStringList seen;
    for (const JournalEvent &e : events) {
        QCOMPARE(e.localId, id);
        QVERIFY(e.at.isValid());
        seen << OrderStates::toKey(e.state) + QLatin1Char(':') + e.detail;
    }
    const QStringList expected = {
        QStringLiteral("sending:recorded"),
        QStringLiteral("sending:create request sent (attempt 1)"),
        QStringLiteral("sending:create attempt 1 failed: timeout"),
        QStringLiteral("unknown:not sure"),
        QStringLiteral("sending:create request sent (attempt 2)"),
        QStringLiteral("waiting_for_card:order 5000000123"),
        QStringLiteral("waiting_for_card:OPEN"),
        QStringLiteral("rejected:CLOSED, payment 9000000001 rejected"),
    };
    QCOMPARE(seen, expected);
    for (qsizetype i = 1; i < events.size(); ++i)
        QVERIFY(events.at(i).at >= events.at(i - 1).at);
    QCOMPARE(journal.entry(id)->createAttempts, 2);
    QCOMPARE(journal.recordNote(4242, QStringLiteral("x")).kind(), Kind::NotFound);
    QCOMPARE(journal.recordState(4242, OrderState::Cancelled).kind(), Kind::NotFound);
}

void TestOrderJournal::finalEntriesNeverChange()
{
    OrderJournal journal;
    QVERIFY(journal.open(path()).ok());
    const qint64 id = journal.recordNew(request(), QStringLiteral("legacy"));
    QVERIFY(journal.attachOrderId(id, orderRef(77)).ok());
    const OrderInfo approved = closed(77, 88, QStringLiteral("approved"));
    QVERIFY(journal.recordState(id, approved).ok());
    QVERIFY(journal.recordState(id, approved).ok()); // the same final state again is fine
    const int events = int(journal.events(id).size());

    QCOMPARE(journal.recordState(id, OrderState::Cancelled).kind(), Kind::Conflict);
    QCOMPARE(journal.markFailed(id, QStringLiteral("no")).kind(), Kind::Conflict);
    QCOMPARE(journal.recordCreateSent(id).kind(), Kind::Conflict);
    QCOMPARE(journal.lastError().kind(), Kind::Conflict);
    QCOMPARE(journal.entry(id)->state, OrderState::Approved);
    QCOMPARE(journal.events(id).size(), events);

    // The one change a paid sale takes: the API's reading shows money given back outside PointDesk, forward only.
    OrderInfo partly = approved;
    partly.state = OrderState::PartlyRefunded;
    partly.paymentStatus = QStringLiteral("partially_refunded");
    QCOMPARE(journal.recordState(id, OrderState::PartlyRefunded).kind(), Kind::Conflict); // not without the API's word
    QVERIFY(journal.recordState(id, partly).ok());
    QCOMPARE(journal.entry(id)->state, OrderState::PartlyRefunded);
    OrderInfo refunded = approved;
    refunded.state = OrderState::Refunded;
    refunded.paymentStatus = QStringLiteral("refunded");
    QVERIFY(journal.recordState(id, refunded).ok());
    QCOMPARE(journal.entry(id)->state, OrderState::Refunded);
    QCOMPARE(journal.events(id).size(), events + 2);
    QCOMPARE(journal.recordState(id, partly).kind(), Kind::Conflict);
    QCOMPARE(journal.recordState(id, approved).kind(), Kind::Conflict);
    QCOMPARE(journal.entry(id)->state, OrderState::Refunded);
    // A sale that was not paid never turns refunded.
    const qint64 declined = journal.recordNew(request(), QStringLiteral("legacy"));
    QVERIFY(journal.attachOrderId(declined, orderRef(81)).ok());
    QVERIFY(journal.recordState(declined, closed(81, 89, QStringLiteral("rejected"))).ok());
    OrderInfo notPaid = closed(81, 89, QStringLiteral("refunded"));
    notPaid.state = OrderState::Refunded;
    QCOMPARE(journal.recordState(declined, notPaid).kind(), Kind::Conflict);
    QCOMPARE(journal.entry(declined)->state, OrderState::Rejected);

    // A report about another order never lands on this sale.
    const qint64 other = journal.recordNew(request(), QStringLiteral("legacy"));
    QVERIFY(journal.attachOrderId(other, orderRef(78)).ok());
    QCOMPARE(journal.recordState(other, closed(79, 1, QStringLiteral("approved"))).kind(), Kind::Conflict);
    QCOMPARE(journal.entry(other)->state, OrderState::WaitingForCard);

    const qint64 failed = journal.recordNew(request(), QStringLiteral("legacy"));
    QVERIFY(journal.markFailed(failed, QStringLiteral("terminal busy")).ok());
    QCOMPARE(journal.entry(failed)->state, OrderState::Failed);
    QCOMPARE(journal.entry(failed)->lastError, QStringLiteral("terminal busy"));
    QCOMPARE(journal.attachOrderId(failed, orderRef(80)).kind(), Kind::Conflict);
}

void TestOrderJournal::orderIdBelongsToOneSale()
{
    OrderJournal journal;
    QVERIFY(journal.open(path()).ok());
    const qint64 a = journal.recordNew(request(), QStringLiteral("legacy"));
    const qint64 b = journal.recordNew(request(), QStringLiteral("legacy"));
    QVERIFY(journal.attachOrderId(a, orderRef(5000000001)).ok());
    const JournalResult again = journal.attachOrderId(b, orderRef(5000000001));
    QCOMPARE(again.kind(), Kind::Conflict);
    QVERIFY(!again.message().isEmpty());
    QVERIFY(journal.entry(b)->orderId.isNull());
    QCOMPARE(journal.attachOrderId(a, orderRef(5000000002)).kind(), Kind::Conflict); // a sale keeps its order
    QCOMPARE(journal.attachOrderId(b, orderRef(0)).kind(), Kind::InvalidInput);
}

void TestOrderJournal::invalidRequestIsNotRecorded()
{
    OrderJournal journal;
    JournalResult result;
    QCOMPARE(journal.recordNew(request(), QStringLiteral("legacy"), &result), qint64(0));
    QCOMPARE(result.kind(), Kind::NotOpen);
    QVERIFY(journal.open(path()).ok());
    QCOMPARE(journal.recordNew(request(QStringLiteral("This description is far too long")), QStringLiteral("legacy"), &result), qint64(0));
    QCOMPARE(result.kind(), Kind::InvalidInput);
    QCOMPARE(journal.recordNew(request(QStringLiteral("ok"), 0), QStringLiteral("legacy"), &result), qint64(0));
    QCOMPARE(result.kind(), Kind::InvalidInput);
    QCOMPARE(journal.count(), qint64(0));
    QVERIFY(journal.recordNew(request(), QStringLiteral("legacy"), &result) > 0);
    QVERIFY(result.ok());
    QVERIFY(journal.lastError().ok());
}

void TestOrderJournal::unfinishedAndLookups()
{
    OrderJournal journal;
    QVERIFY(journal.open(path()).ok());
    const qint64 sending = journal.recordNew(request(), QStringLiteral("legacy"));
    const qint64 waiting = journal.recordNew(request(), QStringLiteral("legacy"));
    QVERIFY(journal.attachOrderId(waiting, orderRef(101)).ok());
    const qint64 unknown = journal.recordNew(request(), QStringLiteral("legacy"));
    QVERIFY(journal.recordState(unknown, OrderState::Unknown, QStringLiteral("unclear")).ok());
    const qint64 done = journal.recordNew(request(), QStringLiteral("legacy"));
    QVERIFY(journal.attachOrderId(done, orderRef(102)).ok());
    QVERIFY(journal.recordState(done, closed(102, 5, QStringLiteral("approved"))).ok());
    const qint64 failed = journal.recordNew(request(), QStringLiteral("legacy"));
    QVERIFY(journal.markFailed(failed, QStringLiteral("x")).ok());

    QList<qint64> ids;
    for (const JournalEntry &e : journal.unfinished())
        ids << e.localId;
    QCOMPARE(ids, (QList<qint64>{sending, waiting, unknown}));
}

void TestOrderJournal::unfinishedSalesHaveTheirOwnIndex()
{
    OrderJournal journal;
    QVERIFY(journal.open(path()).ok());
    QSqlQuery q(QSqlDatabase::database(journal.connectionName()));
    // The condition selects exactly the states that are not final.
    const QList<OrderState> all{OrderState::Sending,        OrderState::WaitingForCard, OrderState::Approved,
                                OrderState::Rejected,       OrderState::Cancelled,      OrderState::Failed,
                                OrderState::Unknown,        OrderState::ActionRequired, OrderState::Expired,
                                OrderState::Refunded,       OrderState::PartlyRefunded};
    for (const OrderState state : all) {
        QVERIFY(q.prepare(QStringLiteral("SELECT count(*) FROM (SELECT ? AS state) WHERE %1")
                              .arg(QLatin1String(JournalSchema::kUnfinishedSales))));
        q.addBindValue(OrderStates::toKey(state));
        QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
        QCOMPARE(q.value(0).toInt() == 1, !OrderStates::isFinal(state));
        q.finish();
    }
    // And SQLite answers it from the unfinished sales' index, not by reading every sale.
    QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT local_id FROM orders WHERE %1 ORDER BY local_id")
                       .arg(QLatin1String(JournalSchema::kUnfinishedSales))));
    QStringList plan;
    while (q.next())
        plan << q.value(3).toString();
    QVERIFY2(plan.join(QLatin1Char(' ')).contains(QStringLiteral("orders_unfinished")), qPrintable(plan.join(QLatin1Char('|'))));
}

void TestOrderJournal::filtersByDayAndState()
{
    OrderJournal journal;
    QVERIFY(journal.open(path()).ok());
    const QDate today = QDate::currentDate();
    const QDate yesterday = today.addDays(-1);
    // Local-time day edges: 23:59:59.999 yesterday and 00:00 today fall on different days.
    const qint64 lateYesterday = journal.recordNew(request(QStringLiteral("late")), QStringLiteral("legacy"));
    QVERIFY(setTimes(journal, lateYesterday, yesterday.startOfDay().addMSecs(86399999)));
    const qint64 earlyToday = journal.recordNew(request(QStringLiteral("early")), QStringLiteral("legacy"));
    QVERIFY(setTimes(journal, earlyToday, today.startOfDay()));
    const qint64 lastWeek = journal.recordNew(request(QStringLiteral("old")), QStringLiteral("legacy"));
    QVERIFY(setTimes(journal, lastWeek, today.addDays(-7).startOfDay().addSecs(3600 * 12)));
    const qint64 now = journal.recordNew(request(QStringLiteral("now"), 500, QStringLiteral("Caja 2")), QStringLiteral("legacy"));
    QVERIFY(journal.markFailed(now, QStringLiteral("x")).ok());

    const auto ids = [&journal](const JournalFilter &f) {
        QList<qint64> out;
        for (const JournalEntry &e : journal.entries(f))
            out << e.localId;
        return out;
    };
    QCOMPARE(ids(JournalFilter::day(yesterday)), QList<qint64>{lateYesterday});
    const QList<qint64> todays = ids(JournalFilter::day(today));
    QVERIFY(todays.contains(earlyToday));
    QVERIFY(!todays.contains(lateYesterday));
    QCOMPARE(ids({}), (QList<qint64>{now, earlyToday, lateYesterday, lastWeek}));
    JournalFilter range;
    range.fromDay = today.addDays(-7);
    range.toDay = yesterday;
    QCOMPARE(ids(range), (QList<qint64>{lateYesterday, lastWeek}));
    JournalFilter since;
    since.fromDay = yesterday;
    QCOMPARE(ids(since), (QList<qint64>{now, earlyToday, lateYesterday}));
    JournalFilter failedOnly;
    failedOnly.states = {OrderState::Failed};
    QCOMPARE(ids(failedOnly), QList<qint64>{now});
    JournalFilter openOnes;
    openOnes.states = {OrderState::Sending, OrderState::WaitingForCard};
    QCOMPARE(ids(openOnes), (QList<qint64>{earlyToday, lateYesterday, lastWeek}));
    JournalFilter terminal;
    terminal.deviceName = QStringLiteral("Caja 2");
    QCOMPARE(ids(terminal), QList<qint64>{now});
    QCOMPARE(journal.count(openOnes), qint64(3));
    JournalFilter none = JournalFilter::day(today.addDays(1));
    QCOMPARE(journal.count(none), qint64(0));
}

void TestOrderJournal::pagingNewestFirst()
{
    OrderJournal journal;
    QVERIFY(journal.open(path()).ok());
    QList<qint64> all;
    for (int i = 0; i < 25; ++i)
        all.prepend(journal.recordNew(request(QStringLiteral("n%1").arg(i)), QStringLiteral("legacy")));
    JournalFilter page;
    page.limit = 10;
    QList<qint64> seen;
    for (page.offset = 0; page.offset < 30; page.offset += 10) {
        const QList<JournalEntry> entries = journal.entries(page);
        QVERIFY(entries.size() <= 10);
        for (const JournalEntry &e : entries)
            seen << e.localId;
    }
    QCOMPARE(seen, all);
    page.offset = 20;
    page.limit = -1;
    QCOMPARE(journal.entries(page).size(), 5);
}

void TestOrderJournal::totalsByStateAndCardType()
{
    OrderJournal journal;
    QVERIFY(journal.open(path()).ok());
    struct Row
    {
        qint64 cents;
        CardType card;
        OrderState state;
    };
    const QList<Row> rows = {
        {100050, CardType::Credit, OrderState::Approved}, {200000, CardType::Credit, OrderState::Approved},
        {999, CardType::Debit, OrderState::Approved},     {5000, CardType::Debit, OrderState::Rejected},
        {7000, CardType::Credit, OrderState::Cancelled},  {Money::kMaxCents, CardType::Debit, OrderState::Failed}};
    qint64 n = 0;
    for (const Row &row : rows) {
        const qint64 id =
            journal.recordNew(request(QStringLiteral("t"), row.cents, QStringLiteral("Caja 1"), row.card), QStringLiteral("legacy"));
        ++n;
        if (row.state == OrderState::Failed) {
            QVERIFY(journal.markFailed(id, QStringLiteral("x")).ok());
        } else if (row.state == OrderState::Cancelled) {
            QVERIFY(journal.recordState(id, OrderState::Cancelled).ok());
        } else {
            QVERIFY(journal.attachOrderId(id, orderRef(1000 + n)).ok());
            QVERIFY(journal
                        .recordState(id, closed(1000 + n, 2000 + n,
                                                row.state == OrderState::Approved ? QStringLiteral("approved")
                                                                                  : QStringLiteral("rejected")))
                        .ok());
        }
    }
    const JournalTotals t = journal.totals();
    QCOMPARE(t.all().count, qint64(6));
    QCOMPARE(t.all().cents, 100050 + 200000 + 999 + 5000 + 7000 + Money::kMaxCents);
    QCOMPARE(t.byState(OrderState::Approved).count, qint64(3));
    QCOMPARE(t.byState(OrderState::Approved).cents, qint64(301049));
    QCOMPARE(t.byStateAndCardType(OrderState::Approved, CardType::Credit).cents, qint64(300050));
    QCOMPARE(t.byStateAndCardType(OrderState::Approved, CardType::Debit).count, qint64(1));
    QCOMPARE(t.byCardType(CardType::Debit).cents, 999 + 5000 + Money::kMaxCents);
    QCOMPARE(t.byState(OrderState::WaitingForCard).count, qint64(0));
    JournalFilter approved;
    approved.states = {OrderState::Approved};
    QCOMPARE(journal.totals(approved).all().cents, qint64(301049));
    QCOMPARE(journal.totals(JournalFilter::day(QDate::currentDate().addDays(-3))).all().count, qint64(0));
}

void TestOrderJournal::csvIsByteExact()
{
    OrderJournal journal;
    QVERIFY(journal.open(path()).ok());
    const QDateTime t0(QDate(2026, 3, 14), QTime(15, 9, 26), Qt::UTC);

    OrderRequest first =
        request(QStringLiteral("Té \"verde\", 1kg"), 123450, QStringLiteral("Caja 1"), CardType::Credit);
    first.externalReference = QStringLiteral("PD,1");
    first.payerEmail = QStringLiteral("ana@example.com");
    const qint64 a = journal.recordNew(first, QStringLiteral("legacy"));
    QVERIFY(journal.attachOrderId(a, orderRef(9007199254740993)).ok());
    QVERIFY(journal.recordState(a, closed(9007199254740993, 9000000000123, QStringLiteral("approved"))).ok());
    QVERIFY(setTimes(journal, a, t0, t0.addSecs(42)));

    const qint64 b = journal.recordNew(request(QStringLiteral("Ñoquis"), 5, QStringLiteral("Mostrador Ñandú")), QStringLiteral("legacy"));
    QVERIFY(journal.markFailed(b, QStringLiteral("Line one\nline \"two\"")).ok());
    QVERIFY(setTimes(journal, b, t0.addSecs(60), t0.addSecs(61)));

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    const JournalResult r = journal.exportCsv({}, &buffer);
    QVERIFY2(r.ok(), qPrintable(r.detail()));
    const QByteArray expected =
        "local_id,created_at,updated_at,terminal,card_type,amount,description,state,order_id,payment_id,"
        "payment_status,external_reference,payer_email,last_error\r\n"
        "2,2026-03-14T15:10:26Z,2026-03-14T15:10:27Z,Mostrador \xc3\x91"
        "and\xc3\xba,debit,0.05,\xc3\x91oquis,"
        "failed,,,,,,\"Line one\nline \"\"two\"\"\"\r\n"
        "1,2026-03-14T15:09:26Z,2026-03-14T15:10:08Z,Caja 1,credit,1234.50,\"T\xc3\xa9 \"\"verde\"\", 1kg\","
        "approved,9007199254740993,9000000000123,approved,\"PD,1\",ana@example.com,\r\n";
    QCOMPARE(buffer.data(), expected);

    // A filter applies to the export too; a closed device is an error, not a crash.
    QBuffer filtered;
    QVERIFY(filtered.open(QIODevice::WriteOnly));
    JournalFilter onlyFailed;
    onlyFailed.states = {OrderState::Failed};
    QVERIFY(journal.exportCsv(onlyFailed, &filtered).ok());
    QCOMPARE(filtered.data().count("\r\n"), 2); // the header and one row (its quoted line break is a bare LF)
    QBuffer closedBuffer;
    QCOMPARE(journal.exportCsv({}, &closedBuffer).kind(), Kind::IoError);
}

void TestOrderJournal::csvIgnoresLocale()
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    OrderJournal journal;
    QVERIFY(journal.open(path()).ok());
    journal.recordNew(request(QStringLiteral("x"), 123456789), QStringLiteral("legacy"));
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(journal.exportCsv({}, &buffer).ok());
    QLocale::setDefault(previous);
    QVERIFY(buffer.data().contains(",1234567.89,"));
}

void TestOrderJournal::reopenKeepsEverything()
{
    qint64 id = 0;
    QList<JournalEvent> events;
    {
        OrderJournal journal;
        QVERIFY(journal.open(path()).ok());
        id = journal.recordNew(request(), QStringLiteral("legacy"));
        QVERIFY(journal.attachOrderId(id, orderRef(5000000999)).ok());
        QVERIFY(journal.recordState(id, closed(5000000999, 42, QStringLiteral("approved"))).ok());
        events = journal.events(id);
    }
    OrderJournal again;
    QVERIFY(again.open(path()).ok());
    const auto e = again.entry(id);
    QVERIFY(e);
    QCOMPARE(e->state, OrderState::Approved);
    QCOMPARE(e->paymentId, paymentRef(42));
    QCOMPARE(again.events(id).size(), events.size());
    QCOMPARE(again.count(), qint64(1));
    // New records continue after the old ones.
    QVERIFY(again.recordNew(request(), QStringLiteral("legacy")) > id);
}

void TestOrderJournal::killedMidWriteKeepsCommittedRecords()
{
    QProcess writer;
    writer.start(QStringLiteral(JOURNAL_WRITER), {path(), QStringLiteral("selfkill"), QStringLiteral("20")});
    QVERIFY(writer.waitForFinished(60000));
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
    const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
    QCOMPARE(lines.count(QByteArray("committed 20 3")), 1);

    OrderJournal journal;
    const JournalResult opened = journal.open(path());
    QVERIFY2(opened.ok(), qPrintable(opened.detail()));
    QCOMPARE(journal.count(), qint64(20)); // the torn 21st row is gone
    for (qint64 id = 1; id <= 20; ++id) {
        const auto e = journal.entry(id);
        QVERIFY(e);
        QCOMPARE(e->state, OrderState::Approved);
        QCOMPARE(e->orderId, orderRef(5'000'000'000LL + id));
        QCOMPARE(e->paymentId, paymentRef(9'000'000'000LL + id));
        QCOMPARE(e->request.externalReference, QStringLiteral("KILL-%1").arg(id));
    }
    QVERIFY(journal.recordNew(request(), QStringLiteral("legacy")) > 0);
}

void TestOrderJournal::killedFromOutsideKeepsCommittedRecords()
{
    // Killed at a random moment three times over, always on the same file.
    QRandomGenerator random(20261123);
    QMap<qint64, int> committed; // local id -> last committed step
    for (int round = 0; round < 3; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(JOURNAL_WRITER), {path(), QStringLiteral("loop")});
        QVERIFY(writer.waitForStarted());
        const int target = 8 + int(random.bounded(30));
        QByteArray out;
        QVERIFY2(QTest::qWaitFor(
                     [&]() {
                         writer.waitForReadyRead(50);
                         out += writer.readAllStandardOutput();
                         return out.count('\n') >= target;
                     },
                     60000),
                 qPrintable(QString::fromLatin1(out + writer.readAllStandardError())));
        writer.kill(); // SIGKILL, wherever it is
        QVERIFY(writer.waitForFinished(10000));
        out += writer.readAllStandardOutput();
        for (const QByteArray &line : out.split('\n')) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() == 3 && parts.at(0) == "committed")
                committed[parts.at(1).toLongLong()] =
                    qMax(committed.value(parts.at(1).toLongLong()), parts.at(2).toInt());
        }
        OrderJournal journal;
        const JournalResult opened = journal.open(path());
        QVERIFY2(opened.ok(), qPrintable(opened.detail()));
        for (auto it = committed.cbegin(); it != committed.cend(); ++it) {
            const auto e = journal.entry(it.key());
            QVERIFY2(e, qPrintable(QStringLiteral("sale %1 lost").arg(it.key())));
            if (it.value() >= 1)
                QVERIFY(e->createAttempts >= 1);
            if (it.value() >= 2)
                QVERIFY(simId(e->orderId) > 0);
            if (it.value() >= 3)
                QCOMPARE(e->state, OrderState::Approved);
        }
    }
    QVERIFY(committed.size() >= 3);
}

void TestOrderJournal::corruptFileIsRefusedAndUntouched_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QByteArray random(64 * 1024, '\0');
    QRandomGenerator generator(7);
    for (char &c : random)
        c = char(generator.bounded(256));
    QTest::newRow("random bytes") << random;
    QTest::newRow("text") << QByteArray("this is not a database\n");
    QTest::newRow("truncated header") << QByteArray("SQLite format 3\0\x10\x00", 19);

    // A real journal cut in the middle of its pages.
    QTemporaryDir dir;
    const QString real = dir.filePath(QStringLiteral("real.sqlite"));
    {
        OrderJournal journal;
        if (journal.open(real).ok()) {
            for (int i = 0; i < 200; ++i)
                journal.recordNew(request(QStringLiteral("r%1").arg(i)), QStringLiteral("legacy"));
        }
    }
    const QByteArray full = readAll(real);
    QTest::newRow("header only") << full.left(100);
    QByteArray scrambled = full;
    for (qsizetype i = 4096; i < scrambled.size(); i += 7)
        scrambled[i] = char(scrambled.at(i) ^ 0x5a);
    QTest::newRow("scrambled pages") << scrambled;
}

void TestOrderJournal::corruptFileIsRefusedAndUntouched()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(writeAll(path(), bytes));
    OrderJournal journal;
    const JournalResult r = journal.open(path());
    QCOMPARE(r.kind(), Kind::Corrupt);
    QVERIFY(!journal.isOpen());
    QVERIFY(!r.message().isEmpty());
    QVERIFY(!r.advice().isEmpty());
    QCOMPARE(readAll(path()), bytes);
    JournalResult refused;
    QCOMPARE(journal.recordNew(request(), QStringLiteral("legacy"), &refused), qint64(0));
    QCOMPARE(refused.kind(), Kind::NotOpen);
    QCOMPARE(readAll(path()), bytes);
}

void TestOrderJournal::moveAsideKeepsTheOldFile()
{
    const QByteArray bytes = QByteArray("garbage, not SQLite ").repeated(100);
    QVERIFY(writeAll(path(), bytes));
    OrderJournal journal;
    QCOMPARE(journal.moveAsideAndCreate().kind(), Kind::NotOpen); // only after a Corrupt open
    QCOMPARE(journal.open(path()).kind(), Kind::Corrupt);
    const JournalResult r = journal.moveAsideAndCreate();
    QVERIFY2(r.ok(), qPrintable(r.detail()));
    QVERIFY(journal.isOpen());
    QVERIFY(journal.movedAsidePath().startsWith(path() + QStringLiteral(".corrupt-")));
    QCOMPARE(readAll(journal.movedAsidePath()), bytes);
    QVERIFY(journal.recordNew(request(), QStringLiteral("legacy")) > 0);
    QCOMPARE(journal.count(), qint64(1));
}

void TestOrderJournal::foreignDatabaseIsRefused()
{
    {
        RawConnection raw(path());
        QVERIFY(raw.ok());
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE customers (name TEXT)")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO customers VALUES ('Ana')")));
    }
    const QByteArray before = readAll(path());
    OrderJournal journal;
    QCOMPARE(journal.open(path()).kind(), Kind::Corrupt);
    QCOMPARE(readAll(path()), before);
}

void TestOrderJournal::newerVersionIsRefusedAndUntouched_data()
{
    QTest::addColumn<QString>("journalMode");
    QTest::newRow("rollback journal") << QStringLiteral("DELETE");
    QTest::newRow("wal") << QStringLiteral("WAL");
}

void TestOrderJournal::newerVersionIsRefusedAndUntouched()
{
    QFETCH(QString, journalMode);
    {
        OrderJournal journal;
        QVERIFY(journal.open(path()).ok());
        QVERIFY(journal.recordNew(request(), QStringLiteral("legacy")) > 0);
    }
    {
        RawConnection raw(path());
        QVERIFY(raw.ok());
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(OrderJournal::kSchemaVersion + 1)));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA journal_mode = ") + journalMode));
    }
    const QByteArray before = readAll(path());
    OrderJournal journal;
    const JournalResult r = journal.open(path());
    QCOMPARE(r.kind(), Kind::NewerVersion);
    QVERIFY(r.detail().contains(QString::number(OrderJournal::kSchemaVersion + 1)));
    QVERIFY(!r.userMessage().isEmpty());
    QVERIFY(!journal.isOpen());
    QCOMPARE(journal.moveAsideAndCreate().kind(), Kind::NotOpen); // not a damaged file: never moved
    QCOMPARE(readAll(path()), before);
    // Only a reader was ever opened: no write-ahead log holds anything.
    QCOMPARE(QFileInfo(path() + QStringLiteral("-wal")).size(), qint64(0));
}

void TestOrderJournal::lockedJournal()
{
    OrderJournal journal;
    journal.setBusyTimeout(300);
    QVERIFY(journal.open(path()).ok());
    const qint64 first = journal.recordNew(request(), QStringLiteral("legacy"));
    QVERIFY(first > 0);

    RawConnection other(path());
    QVERIFY(other.ok());
    QVERIFY(other.exec(QStringLiteral("BEGIN EXCLUSIVE")));

    JournalResult r;
    QElapsedTimer waited;
    waited.start();
    QCOMPARE(journal.recordNew(request(), QStringLiteral("legacy"), &r), qint64(0));
    QCOMPARE(r.kind(), Kind::Locked);
    QVERIFY(waited.elapsed() >= 250); // it waited for the other program first
    QVERIFY(r.message().contains(QStringLiteral("another program")));
    QCOMPARE(journal.recordState(first, OrderState::Cancelled).kind(), Kind::Locked);
    // Reading still works while another program writes (WAL).
    QCOMPARE(journal.entry(first)->state, OrderState::Sending);

    OrderJournal second;
    second.setBusyTimeout(200);
    QCOMPARE(second.open(path()).kind(), Kind::Locked);

    QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
    QVERIFY(journal.recordNew(request(), QStringLiteral("legacy"), &r) > 0);
    QVERIFY(second.open(path()).ok());
    QCOMPARE(second.count(), qint64(2));
    QCOMPARE(second.entry(first)->state, OrderState::Sending);
}

void TestOrderJournal::diskFullLosesNothing()
{
    OrderJournal journal;
    QVERIFY(journal.open(path()).ok());
    QList<qint64> written;
    for (int i = 0; i < 5; ++i)
        written << journal.recordNew(request(QStringLiteral("before %1").arg(i)), QStringLiteral("legacy"));

    // The database may not grow by a single page from here on: as good as a full disk.
    QSqlQuery q(QSqlDatabase::database(journal.connectionName()));
    QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
    const qint64 pages = q.value(0).toLongLong();
    QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    q.finish();

    JournalResult r;
    int added = 0;
    for (int i = 0; i < 5000 && r.ok(); ++i) {
        const qint64 id = journal.recordNew(request(QStringLiteral("filling %1").arg(i)), QStringLiteral("legacy"), &r);
        if (id > 0) {
            written << id;
            ++added;
        }
    }
    QCOMPARE(r.kind(), Kind::DiskFull);
    QVERIFY(r.userMessage().contains(QStringLiteral("disk is full")));
    QCOMPARE(journal.lastError().kind(), Kind::DiskFull);
    // Updates that need room fail the same way and change nothing.
    QCOMPARE(journal.count(), qint64(written.size()));

    journal.close();
    OrderJournal again;
    QVERIFY(again.open(path()).ok());
    QCOMPARE(again.count(), qint64(written.size()));
    for (qint64 id : written)
        QVERIFY(again.entry(id));
    QVERIFY(again.recordNew(request(), QStringLiteral("legacy")) > 0);
}

void TestOrderJournal::everyKindHasMessage()
{
    for (Kind kind : {Kind::Corrupt, Kind::Locked, Kind::NewerVersion, Kind::DiskFull, Kind::ReadOnly, Kind::IoError,
                      Kind::NotOpen, Kind::NotFound, Kind::Conflict, Kind::InvalidInput}) {
        const JournalResult r(kind, QStringLiteral("d"));
        QVERIFY(!r.ok());
        QVERIFY(!r.message().isEmpty());
        QVERIFY(JournalResult::kindKey(kind) != QLatin1String("unknown"));
    }
    QVERIFY(JournalResult().ok());
    QVERIFY(JournalResult().message().isEmpty());
}

QTEST_GUILESS_MAIN(TestOrderJournal)
#include "tst_orderjournal.moc"
