#pragma once

#include "core/Currency.h"
#include "store/OrderJournal.h"

#include <QCoreApplication>
#include <QJsonObject>

/// How `history` shows the journal's sales: a table for people, or the --json document.
class HistoryReport
{
    Q_DECLARE_TR_FUNCTIONS(HistoryReport)

public:
    /// The sales, newest first, then the totals by state and by card type; `noSalesText` when `matched` is 0.
    /// `byCounter` (the store's record, `history --store`): a counter column, and the money taken by counter.
    static QString table(const QList<JournalEntry> &entries, qint64 matched, const JournalTotals &totals,
                         const Currency &currency, const QString &noSalesText, bool byCounter = false);
    /// {"entries":[...],"matched":N,"totals":{...}}: every amount as an exact decimal string and as integer cents.
    /// `byCounter`: each sale's "counter" ({"id","name"}) and the totals' "by_counter".
    static QJsonObject json(const QList<JournalEntry> &entries, qint64 matched, const JournalTotals &totals,
                            bool byCounter = false);
};
