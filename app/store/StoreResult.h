#pragma once

#include <QCoreApplication>
#include <QString>

/// The outcome of talking to the store's PostgreSQL: Ok, or what went wrong, in words for the manager.
class StoreResult
{
    Q_DECLARE_TR_FUNCTIONS(StoreDatabase)

public:
    enum class Kind {
        Ok,
        NotConfigured,   ///< no host, database or user set, or no counter id
        NoDriver,        ///< Qt's PostgreSQL driver (libqt6sql6-psql) is not installed
        Unreachable,     ///< no connection: the server is down, the network is, or the connection dropped
        Refused,         ///< the server answered but refused: wrong password, no such database or role, no rights
        NewerSchema,     ///< the store was set up by a newer PointDesk; nothing was written
        JournalMismatch, ///< the store holds another journal's sales under this counter's id
        JournalError,    ///< the local journal could not be read or written
        Failed,          ///< anything else the server said no to
        MixedCurrencies, ///< a store-wide read over counters of more than one currency (their sums would mean nothing)
        ReadFailed       ///< the store's sales could not be read (the server refused the query)
    };

    StoreResult() = default;
    StoreResult(Kind kind, QString detail) : m_kind(kind), m_detail(std::move(detail)) {}

    Kind kind() const { return m_kind; }
    bool ok() const { return m_kind == Kind::Ok; }
    /// Technical detail for logs (the server's words); never holds the password.
    QString detail() const { return m_detail; }
    /// Translated: what happened.
    QString message() const;
    /// Stable lower-case name ("unreachable" ...) for JSON output and logs.
    static QString kindKey(Kind kind);

private:
    Kind m_kind = Kind::Ok;
    QString m_detail;
};
