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
    static QString table(const QList<JournalEntry> &entries, qint64 matched, const JournalTotals &totals,
                         const Currency &currency, const QString &noSalesText);
    /// {"entries":[...],"matched":N,"totals":{...}}: every amount as an exact decimal string and as integer cents.
    static QJsonObject json(const QList<JournalEntry> &entries, qint64 matched, const JournalTotals &totals);
};
