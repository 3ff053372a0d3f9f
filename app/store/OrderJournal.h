#pragma once

#include "core/PaymentOrder.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

class QIODevice;
class QSqlError;
class QSqlQuery;

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

/// One sale as the journal holds it.
struct JournalEntry
{
    qint64 localId = 0;
    QDateTime createdAt; ///< UTC, when the sale was recorded (before its request left)
    QDateTime updatedAt; ///< UTC, the last change
    OrderRequest request;
    qint64 orderId = 0; ///< 0 until the API named the order
    OrderState state = OrderState::Sending;
    QString status; ///< the API's raw order status (OPEN, CLOSED ...), "" until known
    qint64 paymentId = 0;
    QString paymentStatus;
    QString lastError;      ///< why the sale failed or what is unclear about it; "" when nothing
    int createAttempts = 0; ///< create requests that may have left (counted before each one is sent)

    bool isFinal() const { return OrderStates::isFinal(state); }
};

/// One line of an entry's history: a state change or a note about the sale.
struct JournalEvent
{
    qint64 localId = 0;
    QDateTime at; ///< UTC
    OrderState state = OrderState::Unknown;
    QString detail;
};

/// Which entries to list, count or export. Empty members do not filter.
struct JournalFilter
{
    QDate fromDay;            ///< first day, local time, inclusive; invalid = no lower bound
    QDate toDay;              ///< last day, local time, inclusive; invalid = no upper bound
    QList<OrderState> states; ///< empty = every state
    QString deviceName;       ///< "" = every terminal
    int limit = -1;           ///< entries(): at most this many (-1 = all)
    int offset = 0;           ///< entries(): skip this many of the newest first

    /// Only `day` (local time).
    static JournalFilter day(const QDate &day);
};

/// Counts and sums of the entries that match a filter, by state and by card type.
struct JournalTotals
{
    struct Bucket
    {
        qint64 count = 0;
        qint64 cents = 0;
    };
    struct Row
    {
        OrderState state = OrderState::Unknown;
        CardType cardType = CardType::Credit;
        Bucket bucket;
    };

    QList<Row> rows; ///< one per (state, card type) that occurs

    Bucket all() const;
    Bucket byState(OrderState state) const;
    Bucket byCardType(CardType type) const;
    Bucket byStateAndCardType(OrderState state, CardType type) const;
};

/// The crash-safe record of every sale (SQLite in WAL mode, synchronous=FULL).
///
/// A sale is written before its create request leaves, then its order id, every state change and its final
/// state. Every write is one transaction, so a process killed at any point leaves every committed write intact.
/// A file that is corrupt, locked, or from a newer PointDesk is never modified; open() says what is wrong.
/// Not thread-safe: use one instance from one thread (several instances may share one file).
class OrderJournal
{
    Q_DECLARE_TR_FUNCTIONS(OrderJournal)

public:
    /// The schema this build writes. A journal with a higher PRAGMA user_version is refused.
    static constexpr int kSchemaVersion = 1;
    /// PRAGMA application_id of a PointDesk journal ("PDJn").
    static constexpr qint32 kApplicationId = 0x50444A6E;
    static constexpr int kDefaultBusyTimeoutMs = 5000;

    OrderJournal();
    ~OrderJournal();
    OrderJournal(const OrderJournal &) = delete;
    OrderJournal &operator=(const OrderJournal &) = delete;

    /// Which journal file: the shop's sales, or the orders charged in demo mode (kept apart from real sales).
    enum class Kind { Sales, Demo };
    /// The journal shared by the cashier window and pointdesk-cli: $POINTDESK_JOURNAL when set (Sales only),
    /// else <GenericDataLocation>/PointDesk/journal.sqlite (journal-demo.sqlite for Demo).
    static QString defaultPath(Kind kind = Kind::Sales);

    /// How long a write waits for another program holding the file before it gives up with Locked.
    /// Takes effect at the next open().
    void setBusyTimeout(int milliseconds) { m_busyTimeoutMs = qMax(0, milliseconds); }
    int busyTimeout() const { return m_busyTimeoutMs; }

    /// Opens (creating when missing, migrating when older) the journal at `path`. On failure the journal stays
    /// closed and the file is untouched.
    JournalResult open(const QString &path);
    /// After open() returned Corrupt: renames the file (with its -wal and -shm companions) to
    /// "<name>.corrupt-<yyyyMMdd-hhmmss>" and starts a new, empty journal at the same path. The old file is kept.
    JournalResult moveAsideAndCreate();
    /// Where moveAsideAndCreate() put the old file; "" before.
    QString movedAsidePath() const { return m_movedAsidePath; }
    void close();
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }
    /// The SQL connection's name, for diagnostics and tests (QSqlDatabase::database(name)).
    QString connectionName() const { return m_connectionName; }
    /// The last failure of any call ("Ok" after a success).
    const JournalResult &lastError() const { return m_lastError; }

    /// Records a new sale in state Sending. Returns its local id (> 0), or 0 when it could not be written:
    /// then `result` (and lastError()) says why, and the charge must not be sent.
    qint64 recordNew(const OrderRequest &request, JournalResult *result = nullptr);
    /// A create request for the sale is about to leave: counts it (state Sending). Call it before sending; when
    /// it fails, do not send.
    JournalResult recordCreateSent(qint64 localId);
    /// The API named the sale's order. Conflict when another sale already holds that order id.
    JournalResult attachOrderId(qint64 localId, qint64 orderId, const QString &detail = {});
    /// Stores what the API reported (state, raw status, payment id and status). An event is appended only when
    /// something changed. A final entry never changes again (Conflict when asked to).
    JournalResult recordState(qint64 localId, const OrderInfo &info, const QString &detail = {});
    /// Moves the entry to `state` on PointDesk's own knowledge, without an API answer (Unknown while unsure,
    /// Cancelled when nothing of the sale is at Mercado Pago). For Unknown, `detail` also becomes lastError.
    JournalResult recordState(qint64 localId, OrderState state, const QString &detail = {});
    /// Appends a note to the entry's history without changing its state (e.g. "create timed out; checking").
    JournalResult recordNote(qint64 localId, const QString &detail);
    /// The sale never reached a terminal (or the cashier confirmed it was not charged): state Failed.
    JournalResult markFailed(qint64 localId, const QString &reason);

    std::optional<JournalEntry> entry(qint64 localId) const;
    std::optional<JournalEntry> entryByOrderId(qint64 orderId) const;
    /// Entries that are not final, oldest first.
    QList<JournalEntry> unfinished() const;
    /// Newest first.
    QList<JournalEntry> entries(const JournalFilter &filter = {}) const;
    /// Number of entries that match (limit and offset ignored).
    qint64 count(const JournalFilter &filter = {}) const;
    JournalTotals totals(const JournalFilter &filter = {}) const;
    /// The entry's history, oldest first.
    QList<JournalEvent> events(qint64 localId) const;

    /// Writes the matching entries (newest first, limit and offset ignored) as CSV: UTF-8, a header row, CRLF
    /// line ends, RFC 4180 quoting, amounts like 1234.50, times in ISO 8601 UTC. Streams row by row.
    JournalResult exportCsv(const JournalFilter &filter, QIODevice *out) const;

private:
    JournalResult openConnection(bool readOnly);
    JournalResult probeExisting();
    JournalResult configureAndMigrate();
    JournalResult migrate(int fromVersion);
    JournalResult begin();
    JournalResult commit();
    void rollback();
    JournalResult fail(const JournalResult &result) const;
    JournalResult fromSql(const QSqlError &error, const QString &what) const;
    JournalResult changeState(qint64 localId, const std::optional<OrderInfo> &info, OrderState state,
                              const QString &detail, const QString &lastError);
    JournalResult appendEvent(qint64 localId, qint64 at, OrderState state, const QString &detail);
    bool prepareFiltered(QSqlQuery &query, const QString &select, const JournalFilter &filter, bool paging,
                         const QString &order) const;
    void closeConnection();

    QString m_path;
    QString m_connectionName;
    QString m_movedAsidePath;
    mutable JournalResult m_lastError;
    int m_busyTimeoutMs = kDefaultBusyTimeoutMs;
    bool m_open = false;
    bool m_lastOpenCorrupt = false;
};

Q_DECLARE_METATYPE(JournalResult)
