// OrderJournal: the outbox. Every write appends the row it wrote, as JSON, in the write's own transaction, so the
// outbox holds exactly the committed changes in commit order; the store pusher reads it and moves the pushed mark.
#include "store/JournalSchema.h"
#include "store/OrderJournal.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

JournalResult OrderJournal::appendOutbox(OutboxKind kind, qint64 rowId, qint64 atMs)
{
    const char *statement = JournalSchema::kOutboxSale;
    if (kind == OutboxKind::Refund)
        statement = JournalSchema::kOutboxRefund;
    else if (kind == OutboxKind::Event)
        statement = JournalSchema::kOutboxEvent;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QString::fromLatin1(statement));
    q.addBindValue(atMs);
    q.addBindValue(rowId);
    if (!q.exec())
        return fromSql(q.lastError(), QStringLiteral("record outbox change"));
    if (q.numRowsAffected() != 1)
        return {JournalResult::Kind::NotFound,
                QStringLiteral("outbox: no %1 %2").arg(OutboxRow::kindKey(kind)).arg(rowId)};
    return {};
}

QList<OutboxRow> OrderJournal::outboxAfter(qint64 afterChange, int limit) const
{
    QList<OutboxRow> rows;
    if (!m_open) {
        fail({JournalResult::Kind::NotOpen, QStringLiteral("outboxAfter")});
        return rows;
    }
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT change_no, local_sale_id, kind, row_id, at, payload FROM outbox "
                             "WHERE change_no > ? ORDER BY change_no LIMIT ?"));
    q.addBindValue(afterChange);
    q.addBindValue(qMax(1, limit));
    if (!q.exec()) {
        fail(fromSql(q.lastError(), QStringLiteral("read outbox")));
        return rows;
    }
    while (q.next()) {
        const std::optional<OutboxRow::Kind> kind = OutboxRow::kindFromKey(q.value(2).toString());
        if (!kind) { // the CHECK constraint keeps other words out; a file edited by hand is not sent half-read
            fail({JournalResult::Kind::Corrupt, QStringLiteral("outbox change %1 of unknown kind %2")
                                                     .arg(q.value(0).toLongLong())
                                                     .arg(q.value(2).toString())});
            return {};
        }
        OutboxRow row;
        row.changeNo = q.value(0).toLongLong();
        row.saleLocalId = q.value(1).toLongLong();
        row.kind = *kind;
        row.rowId = q.value(3).toLongLong();
        row.atMs = q.value(4).toLongLong();
        row.payload = q.value(5).toString().toUtf8();
        rows.append(row);
    }
    fail({});
    return rows;
}

std::optional<OutboxStatus> OrderJournal::outboxStatus() const
{
    if (!m_open) {
        fail({JournalResult::Kind::NotOpen, QStringLiteral("outboxStatus")});
        return std::nullopt;
    }
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    // One read transaction: the mark and the count agree with each other.
    if (!q.exec(QStringLiteral("SELECT s.journal_id, s.pushed_up_to, COALESCE((SELECT MAX(change_no) FROM outbox), 0),"
                               " (SELECT COUNT(*) FROM outbox WHERE change_no > s.pushed_up_to), s.last_push_at,"
                               " s.last_error FROM outbox_state s WHERE s.id = 1")) ||
        !q.next()) {
        fail(q.lastError().isValid() ? fromSql(q.lastError(), QStringLiteral("read outbox state"))
                                     : JournalResult(JournalResult::Kind::Corrupt, QStringLiteral("no outbox state")));
        return std::nullopt;
    }
    OutboxStatus status;
    status.journalId = q.value(0).toString();
    status.pushedUpTo = q.value(1).toLongLong();
    status.lastChange = q.value(2).toLongLong();
    status.waiting = q.value(3).toLongLong();
    if (!q.value(4).isNull())
        status.lastPushAt = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC);
    status.lastError = q.value(5).toString();
    fail({});
    return status;
}

JournalResult OrderJournal::markPushed(qint64 upTo, bool backwards)
{
    if (!m_open)
        return fail({JournalResult::Kind::NotOpen, QStringLiteral("markPushed")});
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    const QString mark = QStringLiteral("MIN(?, COALESCE((SELECT MAX(change_no) FROM outbox), 0))");
    q.prepare(backwards ? QStringLiteral("UPDATE outbox_state SET pushed_up_to = MAX(0, %1) WHERE id = 1").arg(mark)
                        : QStringLiteral("UPDATE outbox_state SET pushed_up_to = MAX(pushed_up_to, %1),"
                                         " last_push_at = ? WHERE id = 1")
                              .arg(mark));
    q.addBindValue(upTo);
    if (!backwards)
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec())
        return fail(fromSql(q.lastError(), QStringLiteral("mark outbox pushed")));
    return fail({});
}

JournalResult OrderJournal::recordPushError(const QString &error)
{
    if (!m_open)
        return fail({JournalResult::Kind::NotOpen, QStringLiteral("recordPushError")});
    const QString text = error.isNull() ? QString::fromLatin1("") : error.left(500);
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("UPDATE outbox_state SET last_error = ? WHERE id = 1 AND last_error <> ?"));
    q.addBindValue(text);
    q.addBindValue(text);
    if (!q.exec())
        return fail(fromSql(q.lastError(), QStringLiteral("record push error")));
    return fail({});
}

