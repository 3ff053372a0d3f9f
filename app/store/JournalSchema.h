#pragma once

#include <QString>
#include <QStringList>

/// The sales journal's SQLite schema, version by version. A released step never changes: a later version appends
/// its own step, and a journal is brought up to date by running, in one transaction, every step after its version.
namespace JournalSchema {
/// The step that keeps the card a sale was paid with (brand, last digits, installments) as the API gave them.
constexpr int kCardDetailsVersion = 4;
/// The step that adds the closings of "Close the day" (table closings).
constexpr int kClosingsVersion = 5;
/// The version that added the outbox (every write also appends its row, as JSON, for the store's PostgreSQL).
constexpr int kOutboxVersion = 6;
/// The version that indexes the unfinished sales alone (kUnfinishedSales), so that finding them does not read every
/// sale of the journal.
constexpr int kUnfinishedIndexVersion = 7;
/// The version this build writes (PRAGMA user_version).
constexpr int kVersion = kUnfinishedIndexVersion;
/// The condition on the orders table that selects the unfinished sales, word for word the condition of version 7's
/// partial index (orders_unfinished): SQLite uses that index only for a query with the same condition.
extern const char *const kUnfinishedSales;
/// The columns OrderJournal reads an entry from, in readEntry()'s order.
extern const char *const kOrderColumns;
/// The columns OrderJournal reads a refund from, in readRefund()'s order.
extern const char *const kRefundColumns;
/// Append one outbox row holding a sale / refund / history line as it is now: bind the time (ms), then the row's id.
extern const char *const kOutboxSale;
extern const char *const kOutboxRefund;
extern const char *const kOutboxEvent;

/// The statements that take a journal of `fromVersion` (0 = empty file) to kVersion. Run them in one transaction
/// with foreign keys off when rebuildsTables() (a step may rebuild a table that others refer to).
QStringList stepsFrom(int fromVersion);
/// True when a step after `fromVersion` rebuilds a table of an existing journal: the file is copied aside first.
bool rebuildsTables(int fromVersion);
} // namespace JournalSchema
