#pragma once

#include "store/CashUpReport.h"
#include "store/CsvFormat.h"
#include "store/JournalRecords.h"
#include "store/StoreHistoryLoader.h"

#include <QList>
#include <QString>

struct StoreCounterInfo;

/// The whole store's reads the history and the cash-up ask a StoreHistoryLoader for: each a StoreSalesReader call
/// made on the loader's thread.
namespace StoreHistoryQueries {

/// A sale of the store, with its refunds and history lines.
struct SaleDetails
{
    QList<JournalRefund> refunds;
    QList<JournalEvent> events;
};

/// A counter of the store: its id and name.
struct Counter
{
    QString id;
    QString name;
};

StoreHistoryLoader::Work<QList<JournalEntry>> entries(const JournalFilter &filter);
StoreHistoryLoader::Work<JournalTotals> totals(const JournalFilter &filter);
StoreHistoryLoader::Work<QList<Counter>> counters();
StoreHistoryLoader::Work<SaleDetails> details(const QString &counterId, qint64 saleLocalId);
/// How a CSV export went once the store answered.
struct Export
{
    qint64 rows = 0;   ///< sales written
    QString fileError; ///< the file could not be written (nothing was): why; "" when it was
};

/// Writes the sales of `filter` (then their refunds) to `path` as CSV, all at once or not at all.
StoreHistoryLoader::Work<Export> exportCsv(const JournalFilter &filter, const QString &path, const CsvFormat &format);
/// The whole store's cash-up report of `from` to `to`.
StoreHistoryLoader::Work<CashUpReport> cashUpReport(const QDate &from, const QDate &to);

} // namespace StoreHistoryQueries
