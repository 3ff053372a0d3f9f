#pragma once

#include "store/JournalRecords.h"
#include "store/StoreResult.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

class QSqlError;

/// Where the store's PostgreSQL is and who PointDesk is there. The password comes from the keychain and lives only
/// in memory: it goes to libpq through QSqlDatabase, never on a command line, into a file or a log.
struct StoreConnection
{
    static constexpr int kDefaultPort = 5432;
    static constexpr int kDefaultConnectTimeoutSeconds = 5;

    QString host;
    int port = kDefaultPort;
    QString database;
    QString user;
    QString password;
    int connectTimeoutSeconds = kDefaultConnectTimeoutSeconds;

    /// Host, database and user are set (a store may take a role without a password, e.g. over a local socket).
    bool isComplete() const;
    /// The host is this computer (localhost, 127.0.0.0/8, ::1, or a socket directory): no TLS is asked for.
    bool isLoopback() const;
    /// libpq's sslmode: "require" (TLS, always) unless the host is loopback ("prefer").
    QString sslMode() const;
};

/// Who is pushing: the counter, its journal and its currency.
struct StoreCounter
{
    QString counterId;  ///< a UUID made once per counter (Settings::storeCounterId)
    QString name;       ///< the name the manager gave the counter ("Caja 2")
    QString journalId;  ///< OutboxStatus::journalId of the journal pushed
    QString currency;   ///< ISO code; every amount of the counter is in it
};

/// The store's PostgreSQL through Qt's QPSQL driver: connects, creates and migrates the schema (StoreSchema, in one
/// transaction, under an advisory lock so that several counters may start together), and applies batches of journal
/// changes idempotently: a change is applied only when its number is above the one stored for that row, so a batch
/// sent twice changes nothing. Not thread-safe: one instance per thread, each with its own connection.
class StoreDatabase
{
public:
    StoreDatabase();
    ~StoreDatabase();
    StoreDatabase(const StoreDatabase &) = delete;
    StoreDatabase &operator=(const StoreDatabase &) = delete;

    /// Whether Qt's PostgreSQL driver is installed.
    static bool driverAvailable();

    /// Connects (closing any earlier connection). Does not touch the schema.
    StoreResult open(const StoreConnection &connection);
    void close();
    bool isOpen() const;
    /// The connection, for tests and reports.
    QSqlDatabase database() const;

    /// Brings the schema to StoreSchema::kVersion in one transaction. NewerSchema when the store is ahead.
    StoreResult migrate();
    /// The store's schema version (0: empty); -1 on failure.
    int schemaVersion();

    /// The change number up to which the store has `counter`'s journal (0 when the counter is new there).
    /// JournalMismatch when the store holds another journal under this counter id.
    StoreResult pushedUpTo(const StoreCounter &counter, qint64 *upTo);
    /// Applies `rows` (in change order) for `counter` in one transaction, and moves the counter's mark to the last
    /// row's change. Rows already applied (an equal or higher change number stored) change nothing.
    StoreResult apply(const StoreCounter &counter, const QList<OutboxRow> &rows);

    /// A failed read: Unreachable when the connection is gone, Refused for no rights, else ReadFailed.
    StoreResult readFailed(const QSqlError &error, const QString &what) const;

private:
    StoreResult fromSql(const QSqlError &error, const QString &what) const;
    StoreResult exec(const QString &sql, const QVariantList &values, const QString &what);
    StoreResult upsertCounter(const StoreCounter &counter, qint64 upTo);
    StoreResult applyKind(const StoreCounter &counter, OutboxRow::Kind kind, const QByteArray &rowsJson);
    void rollback();

    QString m_name;
};
