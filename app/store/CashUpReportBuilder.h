#pragma once

#include "store/CashUpReport.h"
#include "store/OrderJournal.h"

/// Reads the cash-up report of a day or a range of days from the journal, and closes a day ("Close the day").
///
/// A closed day reads as its closing kept it. Any other report is read now, and lists the sales of closed days (before
/// its first day) that changed after their closing, up to its last day: such a change (a late payment, a refund) is
/// shown against the next report, never written into the closed one.
class CashUpReportBuilder
{
public:
    explicit CashUpReportBuilder(const OrderJournal *journal) : m_journal(journal) {}

    /// The report of `from` to `to` (local dates, inclusive; from <= to). `result` says why when it could not be
    /// read (then the report is empty).
    CashUpReport build(const QDate &from, const QDate &to, JournalResult *result = nullptr) const;
    /// The report read from the sales now, even for a closed day (what the closing keeps).
    CashUpReport buildLive(const QDate &from, const QDate &to, JournalResult *result = nullptr) const;

    /// Closes `day` as `who` at `now`: keeps buildLive(day, day) with the closing in the journal. Conflict, and
    /// nothing written, when the day is closed already; InvalidInput for a day after `now`'s. `closed` receives the
    /// report as kept.
    static JournalResult closeDay(OrderJournal *journal, const QDate &day, const QString &who, const QDateTime &now,
                                  CashUpReport *closed = nullptr);

private:
    /// The sales of closed days before `from` changed after their closing, from `from` (or the closing of the day
    /// before it, when that came first) to the end of `to`.
    QList<CashUpSale> changesAfterClosing(const QDate &from, const QDate &to) const;

    const OrderJournal *m_journal;
};
