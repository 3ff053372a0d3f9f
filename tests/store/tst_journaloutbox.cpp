// The journal's outbox: every write appends, in its own transaction, the rows it wrote as they are after the change,
// numbered without gaps; a refused write appends nothing; a journal from before the outbox gets one row per existing
// sale, refund and history line; the pushed mark only moves forward unless asked.
#include "store/JournalSchema.h"
#include "store/OrderJournal.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

namespace {

QJsonObject payload(const OutboxRow &row)
{
    return QJsonDocument::fromJson(row.payload).object();
}

QString kinds(const QList<OutboxRow> &rows)
{
    QStringList out;
    for (const OutboxRow &row : rows)
        out << OutboxRow::kindKey(row.kind);
    return out.join(QLatin1Char(','));
}

} // namespace

class TestJournalOutbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void schemaStepIsTheOutbox();
    void newSaleAppendsSaleThenEvent();
    void everyWriteAppendsItsRows();
    void refusedWriteAppendsNothing();
    void refundsAppendRefundSaleAndEvent();
    void pushedMarkMovesForwardOnly();
    void pushTimeAndErrorAreKept();
    void olderJournalGetsInitialRows();

private:
    qint64 sale(qint64 cents);
    QList<OutboxRow> since(qint64 change);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OrderJournal> m_journal;
    QString m_path;
};

void TestJournalOutbox::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("journal.sqlite"));
    m_journal = std::make_unique<OrderJournal>();
    QVERIFY(m_journal->open(m_path).ok());
}

void TestJournalOutbox::cleanup()
{
    m_journal.reset();
    m_dir.reset();
}

qint64 TestJournalOutbox::sale(qint64 cents)
{
    OrderRequest request;
    request.amount = Money::fromCents(cents);
    request.description = QStringLiteral("Mate");
    request.deviceName = QStringLiteral("Caja 1");
    return m_journal->recordNew(request, QStringLiteral("legacy"));
}

QList<OutboxRow> TestJournalOutbox::since(qint64 change)
{
    return m_journal->outboxAfter(change, 1000);
}

void TestJournalOutbox::schemaStepIsTheOutbox()
{
    QVERIFY(OrderJournal::kSchemaVersion >= JournalSchema::kOutboxVersion);
    const std::optional<OutboxStatus> status = m_journal->outboxStatus();
    QVERIFY(status);
    QCOMPARE(status->lastChange, 0);
    QCOMPARE(status->pushedUpTo, 0);
    QCOMPARE(status->waiting, 0);
    QCOMPARE(status->journalId.size(), 32); // 16 random bytes in hex
}

void TestJournalOutbox::newSaleAppendsSaleThenEvent()
{
    const qint64 id = sale(1250);
    QVERIFY(id > 0);
    const QList<OutboxRow> rows = since(0);
    QCOMPARE(kinds(rows), QStringLiteral("sale,event"));
    QCOMPARE(rows.at(0).changeNo, 1);
    QCOMPARE(rows.at(1).changeNo, 2);
    QCOMPARE(rows.at(0).saleLocalId, id);
    QCOMPARE(rows.at(0).rowId, id);
    const QJsonObject s = payload(rows.at(0));
    QCOMPARE(s.value(QStringLiteral("amount_cents")).toInteger(), 1250);
    QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("sending"));
    QCOMPARE(s.value(QStringLiteral("device_name")).toString(), QStringLiteral("Caja 1"));
    QCOMPARE(s.value(QStringLiteral("local_id")).toInteger(), id);
    QVERIFY(s.value(QStringLiteral("order_id")).isNull());
    const QJsonObject e = payload(rows.at(1));
    QCOMPARE(e.value(QStringLiteral("local_id")).toInteger(), id);
    QCOMPARE(e.value(QStringLiteral("detail")).toString(), QStringLiteral("recorded"));
    QCOMPARE(rows.at(1).saleLocalId, id);
    QCOMPARE(m_journal->outboxStatus()->waiting, 2);
}

void TestJournalOutbox::everyWriteAppendsItsRows()
{
    const qint64 id = sale(500);
    qint64 last = m_journal->outboxStatus()->lastChange;
    const auto expect = [&](const QString &expectedKinds, const char *what) {
        const QList<OutboxRow> rows = since(last);
        QVERIFY2(kinds(rows) == expectedKinds, qPrintable(QStringLiteral("%1: %2").arg(QString::fromLatin1(what), kinds(rows))));
        for (const OutboxRow &row : rows) {
            QCOMPARE(row.changeNo, ++last); // no gaps
            QCOMPARE(row.saleLocalId, id);
        }
    };
    QVERIFY(m_journal->recordCreateSent(id).ok());
    expect(QStringLiteral("sale,event"), "create sent");
    QVERIFY(m_journal->attachOrderId(id, OrderRef::fromNumber(77)).ok());
    expect(QStringLiteral("sale,event"), "order id");
    QCOMPARE(payload(since(last - 2).first()).value(QStringLiteral("order_id")).toString(), QStringLiteral("77"));
    QVERIFY(m_journal->recordNote(id, QStringLiteral("checking")).ok());
    expect(QStringLiteral("event"), "note");
    QString key;
    QVERIFY(m_journal->cancelKey(id, &key).ok());
    expect(QStringLiteral("sale"), "cancel key");
    QVERIFY(m_journal->cancelKey(id, &key).ok()); // already there: nothing written
    expect(QString(), "cancel key again");
    OrderInfo info;
    info.state = OrderState::Approved;
    info.status = QStringLiteral("CLOSED");
    info.paymentId = PaymentRef::fromNumber(9001);
    QVERIFY(m_journal->recordState(id, info).ok());
    expect(QStringLiteral("sale,event"), "approved");
    const QJsonObject s = payload(since(last - 2).first());
    QCOMPARE(s.value(QStringLiteral("state")).toString(), OrderStates::toKey(OrderState::Approved));
    QCOMPARE(s.value(QStringLiteral("payment_id")).toString(), QStringLiteral("9001"));
    QVERIFY(m_journal->recordState(id, info).ok()); // nothing changed: nothing written
    expect(QString(), "same state again");
}

void TestJournalOutbox::refusedWriteAppendsNothing()
{
    const qint64 id = sale(500);
    QVERIFY(m_journal->markFailed(id, QStringLiteral("no terminal")).ok());
    const qint64 before = m_journal->outboxStatus()->lastChange;
    QCOMPARE(m_journal->recordCreateSent(id).kind(), JournalResult::Kind::Conflict);
    QCOMPARE(m_journal->recordState(id, OrderState::Approved).kind(), JournalResult::Kind::Conflict);
    QCOMPARE(m_journal->recordRefund(id, std::nullopt, QString(), QString()), 0);
    QCOMPARE(m_journal->outboxStatus()->lastChange, before);
    // A write that fails half-way (the event cannot be written) leaves neither the sale's row nor its outbox row.
    {
        QSqlDatabase db = QSqlDatabase::database(m_journal->connectionName(), false);
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER no_events BEFORE INSERT ON order_events "
                                      "BEGIN SELECT RAISE(ABORT, 'no events'); END")));
    }
    OrderRequest request;
    request.amount = Money::fromCents(100);
    request.description = QStringLiteral("Yerba");
    request.deviceName = QStringLiteral("Caja 1");
    QCOMPARE(m_journal->recordNew(request, QStringLiteral("legacy")), 0);
    QCOMPARE(m_journal->outboxStatus()->lastChange, before);
    QCOMPARE(m_journal->count(), 1);
}

void TestJournalOutbox::refundsAppendRefundSaleAndEvent()
{
    const qint64 id = sale(1000);
    OrderInfo info;
    info.state = OrderState::Approved;
    info.paymentId = PaymentRef::fromNumber(1);
    QVERIFY(m_journal->recordState(id, info).ok());
    qint64 last = m_journal->outboxStatus()->lastChange;
    const qint64 refundId = m_journal->recordRefund(id, Money::fromCents(300), QStringLiteral("broken"), {});
    QVERIFY(refundId > 0);
    QList<OutboxRow> rows = since(last);
    QCOMPARE(kinds(rows), QStringLiteral("refund,sale,event"));
    QCOMPARE(rows.at(0).rowId, refundId);
    QCOMPARE(rows.at(0).saleLocalId, id);
    QCOMPARE(payload(rows.at(0)).value(QStringLiteral("amount_cents")).toInteger(), 300);
    QCOMPARE(payload(rows.at(0)).value(QStringLiteral("state")).toString(), QStringLiteral("recorded"));
    last = rows.last().changeNo;
    RefundInfo answer;
    answer.state = RefundState::Done;
    answer.id = RefundRef(QStringLiteral("R-1"));
    answer.rawStatus = QStringLiteral("approved");
    QVERIFY(m_journal->recordRefundResult(refundId, answer).ok());
    rows = since(last);
    QCOMPARE(kinds(rows), QStringLiteral("refund,sale,event"));
    QCOMPARE(payload(rows.at(0)).value(QStringLiteral("state")).toString(), QStringLiteral("done"));
    QCOMPARE(payload(rows.at(0)).value(QStringLiteral("refund_id")).toString(), QStringLiteral("R-1"));
}

void TestJournalOutbox::pushedMarkMovesForwardOnly()
{
    sale(100);
    sale(200); // changes 1 .. 4
    QVERIFY(m_journal->markPushed(3).ok());
    QCOMPARE(m_journal->outboxStatus()->pushedUpTo, 3);
    QCOMPARE(m_journal->outboxStatus()->waiting, 1);
    QVERIFY(m_journal->markPushed(2).ok());
    QCOMPARE(m_journal->outboxStatus()->pushedUpTo, 3);
    QVERIFY(m_journal->markPushed(99).ok()); // never past the newest change
    QCOMPARE(m_journal->outboxStatus()->pushedUpTo, 4);
    QCOMPARE(m_journal->outboxStatus()->waiting, 0);
    QVERIFY(m_journal->markPushed(1, true).ok());
    QCOMPARE(m_journal->outboxStatus()->pushedUpTo, 1);
    QCOMPARE(m_journal->outboxStatus()->waiting, 3);
    QCOMPARE(m_journal->outboxAfter(1, 2).size(), 2);
    QCOMPARE(m_journal->outboxAfter(1, 2).first().changeNo, 2);
}

void TestJournalOutbox::pushTimeAndErrorAreKept()
{
    sale(100);
    QVERIFY(!m_journal->outboxStatus()->lastPushAt.isValid());
    QCOMPARE(m_journal->outboxStatus()->lastError, QString());
    QVERIFY(m_journal->recordPushError(QStringLiteral("unreachable: connection refused")).ok());
    QCOMPARE(m_journal->outboxStatus()->lastError, QStringLiteral("unreachable: connection refused"));
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QVERIFY(m_journal->markPushed(1).ok());
    QVERIFY(m_journal->outboxStatus()->lastPushAt >= before);
    QVERIFY(m_journal->recordPushError(QString()).ok());
    QCOMPARE(m_journal->outboxStatus()->lastError, QString());
}

void TestJournalOutbox::olderJournalGetsInitialRows()
{
    // The journal written before the outbox: the steps up to the one before it, as a released build left the file.
    m_journal.reset();
    QFile::remove(m_path);
    const QString name = QStringLiteral("old-") + QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QStringList all = JournalSchema::stepsFrom(0);
        const QStringList outboxStep = JournalSchema::stepsFrom(JournalSchema::kOutboxVersion - 1);
        all = all.mid(0, all.size() - outboxStep.size());
        for (const QString &statement : std::as_const(all))
            QVERIFY2(q.exec(statement), qPrintable(statement));
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(OrderJournal::kApplicationId)));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(JournalSchema::kOutboxVersion - 1)));
        for (int i = 1; i <= 3; ++i) {
            QVERIFY(q.exec(QStringLiteral("INSERT INTO orders (created_at, updated_at, amount_cents, description, "
                                          "device_name, card_type, backend, state, create_key) VALUES "
                                          "(%1, %1, %2, 'x', 'Caja', 'credit_card', 'legacy', 'approved', 'k%1')")
                               .arg(i)
                               .arg(i * 100)));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO order_events (local_id, at, state, detail) "
                                          "VALUES (%1, %1, 'approved', 'paid')").arg(i)));
        }
        QVERIFY(q.exec(QStringLiteral("INSERT INTO refunds (local_id, created_at, updated_at, amount_cents, "
                                      "idempotency_key, state) VALUES (2, 5, 5, 50, 'rk', 'done')")));
    }
    QSqlDatabase::removeDatabase(name);

    m_journal = std::make_unique<OrderJournal>();
    QVERIFY(m_journal->open(m_path).ok());
    const QList<OutboxRow> rows = since(0);
    QCOMPARE(kinds(rows), QStringLiteral("sale,sale,sale,refund,event,event,event"));
    for (int i = 0; i < rows.size(); ++i)
        QCOMPARE(rows.at(i).changeNo, i + 1);
    QCOMPARE(payload(rows.at(1)).value(QStringLiteral("amount_cents")).toInteger(), 200);
    QCOMPARE(rows.at(3).saleLocalId, 2);
    QCOMPARE(payload(rows.at(3)).value(QStringLiteral("amount_cents")).toInteger(), 50);
    QCOMPARE(m_journal->outboxStatus()->waiting, 7);
    // New writes continue the numbering.
    QVERIFY(sale(700) > 0);
    QCOMPARE(since(7).first().changeNo, 8);
}

QTEST_GUILESS_MAIN(TestJournalOutbox)
#include "tst_journaloutbox.moc"
