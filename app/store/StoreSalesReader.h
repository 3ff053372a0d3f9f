#pragma once

#include "store/CashUpReport.h"
#include "store/CsvFormat.h"
#include "store/JournalRecords.h"
#include "store/StoreDatabase.h"
#include "store/StoreResult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariantList>

class QIODevice;
class QSqlQuery;

/// A counter as the store knows it.
struct StoreCounterInfo
{
    QString counterId;
    QString name;
    QString currency;      ///< ISO code of every amount of the counter
    QDateTime firstPushAt; ///< UTC
    QDateTime lastPushAt;  ///< UTC, when its changes last arrived
    qint64 pushedUpTo = 0; ///< the store has the counter's journal up to this change
};

/// The store-wide sales record read back from the store's PostgreSQL, in the types the local journal uses
/// (JournalEntry, JournalTotals, JournalRefund, JournalEvent, CashUpReport), so that the history, totals, CSV and
/// cash-up code show either. Each entry carries its counter (JournalEntry::counterId / counterName), each totals row
/// the counter's name; JournalFilter::counterId narrows a read to one counter.
///
/// The rules are OrderJournal's: days are local days (their bounds are converted to UTC here, the store keeps
/// timestamptz), entries are newest first with the same limit/offset paging, the terminal filter is
/// TerminalMatch's (capitals and accents aside), totals count the shown state and take money only for paid states,
/// with what refunds gave back or are giving back. A store sale has no idempotency keys (JournalEntry::createKey,
/// cancelKey and JournalRefund::idempotencyKey stay "").
///
/// A read over counters of more than one currency is refused (MixedCurrencies) rather than adding pesos to reais;
/// read one counter then. Failed reads answer Unreachable (the connection is gone) or ReadFailed.
///
/// Synchronous, on a StoreDatabase that is open and migrated (StoreDatabase::open(), migrate()): one reader per
/// thread, like StorePusher.
class StoreSalesReader
{
    Q_DECLARE_TR_FUNCTIONS(StoreSalesReader)

public:
    /// `database` must outlive the reader and belong to the calling thread.
    explicit StoreSalesReader(StoreDatabase &database) : m_database(database) {}

    /// Every counter that ever pushed here, by name (case-insensitive), then id.
    StoreResult counters(QList<StoreCounterInfo> *out);
    /// The counter whose id is `nameOrId`, else the one whose name is it (capitals and accents aside, like
    /// terminals). NotFound is not a kind: `found` is false then, and the result Ok. Several counters of that name:
    /// ReadFailed with the names in detail().
    StoreResult findCounter(const QString &nameOrId, StoreCounterInfo *out, bool *found);
    /// The one currency of the counters `filter` reads ("" when the store has none); MixedCurrencies when several.
    StoreResult currency(const JournalFilter &filter, QString *out);

    /// One sale of one counter; `found` says whether there is one.
    StoreResult entry(const QString &counterId, qint64 saleLocalId, JournalEntry *out, bool *found);
    /// The matching sales, newest first (then by counter and sale number), `filter.limit`/`offset` paging them.
    StoreResult entries(const JournalFilter &filter, QList<JournalEntry> *out);
    /// How many sales match (limit and offset ignored).
    StoreResult count(const JournalFilter &filter, qint64 *out);
    /// OrderJournal::totals() of the store: rows by (shown state, card type, terminal, counter).
    StoreResult totals(const JournalFilter &filter, JournalTotals *out);
    /// OrderJournal::takenByHour() of the store: takenCents by local hour 0-23.
    StoreResult takenByHour(const JournalFilter &filter, QList<qint64> *out);
    /// A sale's refunds, oldest first.
    StoreResult refunds(const QString &counterId, qint64 saleLocalId, QList<JournalRefund> *out);
    /// A sale's history lines, oldest first.
    StoreResult events(const QString &counterId, qint64 saleLocalId, QList<JournalEvent> *out);
    /// OrderJournal::exportCsv() of the store: the same columns, cells and second table of refunds, each table with
    /// a counter column in front (the counter's name: sale numbers repeat across counters).
    StoreResult exportCsv(const JournalFilter &filter, QIODevice *out, const CsvFormat &format = CsvFormat());
    /// The cash-up report of `from` to `to` (local dates, inclusive) for the whole store, or for one counter when
    /// `counterId` is set: totals, money per hour and the unfinished sales, read now (the store keeps no closings:
    /// they are each counter's). CashUpReport::counters names the counters read; wholeStore is set without
    /// `counterId`.
    StoreResult cashUpReport(const QDate &from, const QDate &to, CashUpReport *out, const QString &counterId = {});

private:
    struct Where
    {
        QString sql; ///< " WHERE ..." over sales AS s, or ""
        QVariantList binds;
    };
    StoreResult where(const JournalFilter &filter, Where *out);
    StoreResult oneCurrency(const JournalFilter &filter);
    StoreResult run(QSqlQuery &query, const QString &sql, const QVariantList &binds, const QString &what);
    StoreResult counterNames(QHash<QString, QString> *names);
    StoreResult writeRefundsCsv(const Where &where, QIODevice *out, const CsvFormat &format);
    /// The sales' columns entries() selects (over sales AS s JOIN counters AS c), as readEntry() reads them.
    static const char *const kSaleColumns;
    static JournalEntry readEntry(const QSqlQuery &query);

    StoreDatabase &m_database;
};
