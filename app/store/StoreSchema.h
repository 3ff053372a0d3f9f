#pragma once

#include <QStringList>

/// The store's PostgreSQL schema, version by version, as StoreDatabase::migrate() applies it. A released step never
/// changes: a later version appends its own. Every counter's sales, refunds and history lines are keyed by the
/// counter's id and the journal's local id, and carry the number of the journal change that wrote them.
namespace StoreSchema {
/// The version this build writes (the highest row of schema_version).
constexpr int kVersion = 2;
/// The advisory lock key every PointDesk holds while it migrates (so that counters starting together take turns).
constexpr qint64 kMigrationLock = 0x506f696e74447363; // "PointDsc"

/// The statements that take a store of `fromVersion` (0 = empty database) to kVersion, to run in one transaction.
QStringList stepsFrom(int fromVersion);
} // namespace StoreSchema
