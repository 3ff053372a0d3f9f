#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

/// The outcome of a journal operation: Ok, or what went wrong in words for the cashier.
class JournalResult
{
    Q_DECLARE_TR_FUNCTIONS(OrderJournal)

public:
    enum class Kind {
        Ok,
        Corrupt,      ///< the file is not a readable PointDesk journal; it was left untouched
        Locked,       ///< another program holds the journal and did not let go in time
        NewerVersion, ///< written by a newer PointDesk; it was left untouched
        DiskFull,     ///< no room left on the disk; nothing was half-written
        ReadOnly,     ///< the file or its folder cannot be written (permissions, read-only medium)
        IoError,      ///< any other failure to read or write the file
        NotOpen,      ///< the journal is not open (open() failed or was never called)
        NotFound,     ///< no entry with that local id
        Conflict,     ///< the order id is already recorded for another sale, or the entry is final
        InvalidInput  ///< the request does not pass the input rules; nothing was written
    };

    JournalResult() = default;
    JournalResult(Kind kind, QString detail) : m_kind(kind), m_detail(std::move(detail)) {}

    Kind kind() const { return m_kind; }
    bool ok() const { return m_kind == Kind::Ok; }
    explicit operator bool() const { return ok(); }
    /// Technical detail for logs (the SQLite error, the path).
    QString detail() const { return m_detail; }
    /// Translated: what happened.
    QString message() const;
    /// Translated: what the cashier or the manager can do about it.
    QString advice() const;
    /// message() and advice() in one paragraph.
    QString userMessage() const;

    /// Stable lower-case name ("disk_full" ...) for JSON output and logs.
    static QString kindKey(Kind kind);

private:
    Kind m_kind = Kind::Ok;
    QString m_detail;
};

Q_DECLARE_METATYPE(JournalResult)
