// OrderJournal's closed days ("Close the day"): one row per closed day with the cash-up report as it stood then.
#include "store/OrderJournal.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

JournalClosing readClosing(const QSqlQuery &q)
{
    JournalClosing c;
    c.day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    c.closedAt = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    c.closedBy = q.value(2).toString();
    c.reportJson = q.value(3).toString().toUtf8();
    return c;
}

} // namespace

JournalResult OrderJournal::recordClosing(const JournalClosing &closing)
{
    if (!m_open)
        return fail({JournalResult::Kind::NotOpen, QStringLiteral("recordClosing")});
    if (!closing.day.isValid() || !closing.closedAt.isValid() || closing.reportJson.isEmpty())
        return fail({JournalResult::Kind::InvalidInput, QStringLiteral("closing without a day, a time or a report")});
    JournalResult r = begin();
    if (!r)
        return fail(r);
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    // Checked and written in one transaction: two tills closing the same day cannot both succeed.
    q.prepare(QStringLiteral("SELECT closed_at FROM closings WHERE day = ?"));
    q.addBindValue(closing.day.toString(Qt::ISODate));
    if (!q.exec()) {
        r = fromSql(q.lastError(), QStringLiteral("read closing"));
        rollback();
        return fail(r);
    }
    if (q.next()) {
        q.finish();
        rollback();
        return fail({JournalResult::Kind::Conflict,
                     QStringLiteral("day %1 is already closed").arg(closing.day.toString(Qt::ISODate))});
    }
    q.finish();
    q.prepare(QStringLiteral("INSERT INTO closings (day, closed_at, closed_by, report_json) VALUES (?, ?, ?, ?)"));
    q.addBindValue(closing.day.toString(Qt::ISODate));
    q.addBindValue(closing.closedAt.toMSecsSinceEpoch());
    q.addBindValue(closing.closedBy);
    q.addBindValue(QString::fromUtf8(closing.reportJson));
    if (!q.exec()) {
        r = fromSql(q.lastError(), QStringLiteral("record closing"));
        rollback();
        return fail(r);
    }
    return fail(commit());
}

std::optional<JournalClosing> OrderJournal::closing(const QDate &day) const
{
    const QList<JournalClosing> found = closings(day, day);
    if (found.isEmpty() || !day.isValid())
        return std::nullopt;
    return found.first();
}

QList<JournalClosing> OrderJournal::closings(const QDate &from, const QDate &to) const
{
    QList<JournalClosing> out;
    if (!m_open)
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    // ISO dates sort as text.
    q.prepare(QStringLiteral("SELECT day, closed_at, closed_by, report_json FROM closings WHERE day >= ? AND day <= ?"
                             " ORDER BY day"));
    q.addBindValue(from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("0000-00-00"));
    q.addBindValue(to.isValid() ? to.toString(Qt::ISODate) : QStringLiteral("9999-99-99"));
    if (!q.exec()) {
        fail(fromSql(q.lastError(), QStringLiteral("read closings")));
        return out;
    }
    while (q.next())
        out.append(readClosing(q));
    return out;
}
