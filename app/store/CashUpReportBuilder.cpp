#include "store/CashUpReportBuilder.h"

#include <QHash>

#include <algorithm>

namespace {

bool failed(const OrderJournal *journal, JournalResult *result)
{
    if (journal->lastError().ok())
        return false;
    if (result)
        *result = journal->lastError();
    return true;
}

} // namespace

CashUpReport CashUpReportBuilder::build(const QDate &from, const QDate &to, JournalResult *result) const
{
    if (from == to) {
        const std::optional<JournalClosing> closing = m_journal->closing(from);
        if (failed(m_journal, result))
            return {};
        if (closing) {
            std::optional<CashUpReport> kept = CashUpReport::fromJson(closing->reportJson);
            if (!kept) {
                if (result)
                    *result = {JournalResult::Kind::Corrupt,
                               QStringLiteral("the closing of %1 holds no report").arg(from.toString(Qt::ISODate))};
                return {};
            }
            kept->closedAt = closing->closedAt;
            kept->closedBy = closing->closedBy;
            // What changed since is not written into it: it is counted, and listed by the next report.
            const QDateTime never(QDate(9999, 12, 31), QTime(0, 0), Qt::UTC);
            const QList<JournalEntry> changed =
                m_journal->changedBetween(closing->closedAt, never, from.addDays(1).startOfDay());
            if (failed(m_journal, result))
                return {};
            kept->changedSinceClosing = std::count_if(changed.cbegin(), changed.cend(), [&from](const JournalEntry &e) {
                return e.createdAt.toLocalTime().date() == from;
            });
            return *kept;
        }
    }
    return buildLive(from, to, result);
}

CashUpReport CashUpReportBuilder::buildLive(const QDate &from, const QDate &to, JournalResult *result) const
{
    if (result)
        *result = {};
    CashUpReport report;
    report.fromDay = from;
    report.toDay = to;
    report.madeAt = QDateTime::currentDateTimeUtc();
    JournalFilter filter;
    filter.fromDay = from;
    filter.toDay = to;
    report.totals = m_journal->totals(filter);
    if (failed(m_journal, result))
        return {};
    report.takenByHour = m_journal->takenByHour(filter);
    if (failed(m_journal, result))
        return {};
    filter.states = CashUpReport::unfinishedStates();
    const QList<JournalEntry> open = m_journal->entries(filter);
    if (failed(m_journal, result))
        return {};
    for (auto it = open.crbegin(); it != open.crend(); ++it) // entries() is newest first
        report.unfinished.append(CashUpSale::from(*it));
    report.changedAfterClosing = changesAfterClosing(from, to);
    if (failed(m_journal, result))
        return {};
    return report;
}

QList<CashUpSale> CashUpReportBuilder::changesAfterClosing(const QDate &from, const QDate &to) const
{
    QList<CashUpSale> out;
    const QDateTime start = from.startOfDay();
    QDateTime after = start;
    if (const std::optional<JournalClosing> dayBefore = m_journal->closing(from.addDays(-1))) {
        // Closed before midnight: what changed after that closing and before this day began belongs here too.
        if (dayBefore->closedAt < after)
            after = dayBefore->closedAt;
    }
    const QList<JournalEntry> changed = m_journal->changedBetween(after, to.addDays(1).startOfDay(), start);
    if (changed.isEmpty())
        return out;
    QHash<QDate, QDateTime> closedAt; // the closed days the changed sales were recorded on
    QDate first = changed.first().createdAt.toLocalTime().date();
    for (const JournalEntry &e : changed)
        first = qMin(first, e.createdAt.toLocalTime().date());
    for (const JournalClosing &c : m_journal->closings(first, from.addDays(-1)))
        closedAt.insert(c.day, c.closedAt);
    for (const JournalEntry &e : changed) {
        const auto closing = closedAt.constFind(e.createdAt.toLocalTime().date());
        if (closing != closedAt.cend() && e.updatedAt > *closing)
            out.append(CashUpSale::from(e));
    }
    return out;
}

JournalResult CashUpReportBuilder::closeDay(OrderJournal *journal, const QDate &day, const QString &who,
                                            const QDateTime &now, CashUpReport *closed)
{
    if (!day.isValid() || day > now.toLocalTime().date())
        return {JournalResult::Kind::InvalidInput, QStringLiteral("a day to come cannot be closed")};
    if (journal->closing(day))
        return {JournalResult::Kind::Conflict, QStringLiteral("day %1 is already closed").arg(day.toString(Qt::ISODate))};
    JournalResult result;
    CashUpReport report = CashUpReportBuilder(journal).buildLive(day, day, &result);
    if (!result.ok())
        return result;
    report.madeAt = now.toUTC();
    JournalClosing closing;
    closing.day = day;
    closing.closedAt = now.toUTC();
    closing.closedBy = who;
    closing.reportJson = report.toJsonBytes();
    result = journal->recordClosing(closing);
    if (result.ok() && closed) {
        report.closedAt = closing.closedAt;
        report.closedBy = who;
        *closed = report;
    }
    return result;
}
