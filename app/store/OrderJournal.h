#pragma once

#include "core/PaymentOrder.h"
#include "store/CsvFormat.h"
#include "store/JournalRecords.h"
#include "store/JournalSchema.h"
#include "store/JournalResult.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

class QIODevice;
class QSqlError;
class QSqlQuery;

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
    static constexpr int kSchemaVersion = JournalSchema::kVersion;
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
    /// Names the file without opening it yet, for a user that opens it a little later with openPending(): the
    /// cashier window opens its journal right after its first frame (the SQLite driver and the file are not
    /// needed for it). isPending() is true from here until open(), openPending() or close().
    void openLater(const QString &path) { m_pendingPath = path; }
    bool isPending() const { return !m_pendingPath.isEmpty(); }
    /// open() with the path given to openLater(); NotOpen when none was.
    JournalResult openPending();
    /// After open() returned Corrupt: renames the file (with its -wal and -shm companions) to
    /// "<name>.corrupt-<yyyyMMdd-hhmmss>" and starts a new, empty journal at the same path. The old file is kept.
    JournalResult moveAsideAndCreate();
    /// Where moveAsideAndCreate() put the old file; "" before.
    QString movedAsidePath() const { return m_movedAsidePath; }
    /// Where open() kept a copy of an older journal before migrating it; "" when it migrated none.
    QString migrationCopyPath() const { return m_migrationCopyPath; }
    void close();
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }
    /// The SQL connection's name, for diagnostics and tests (QSqlDatabase::database(name)).
    QString connectionName() const { return m_connectionName; }
    /// The last failure of any call ("Ok" after a success).
    const JournalResult &lastError() const { return m_lastError; }

    /// Records a new sale in state Sending, to be sent through `backend` ("legacy" or "orders"), with the
    /// idempotency key its create request will carry (JournalEntry::createKey, also put in `createKey`). Returns its
    /// local id (> 0), or 0 when it could not be written: then `result` (and lastError()) says why, and the charge
    /// must not be sent.
    qint64 recordNew(const OrderRequest &request, const QString &backend, JournalResult *result = nullptr,
                     QString *createKey = nullptr);
    /// A create request for the sale is about to leave: counts it (state Sending). Call it before sending; when
    /// it fails, do not send.
    JournalResult recordCreateSent(qint64 localId);
    /// The API named the sale's order. Conflict when another sale already holds that order id.
    JournalResult attachOrderId(qint64 localId, const OrderRef &orderId, const QString &detail = {});
    /// Stores what the API reported (state, raw status, payment id and status). An event is appended only when
    /// something changed. A final entry never changes again (Conflict when asked to).
    JournalResult recordState(qint64 localId, const OrderInfo &info, const QString &detail = {});
    /// Moves the entry to `state` on PointDesk's own knowledge, without an API answer (Unknown while unsure,
    /// Cancelled when nothing of the sale is at Mercado Pago). For Unknown, `detail` also becomes lastError.
    JournalResult recordState(qint64 localId, OrderState state, const QString &detail = {});
    /// The idempotency key of the sale's cancel request: the one already recorded, else a new one, written before
    /// it is returned. Call it before sending a cancel; when it fails, do not send.
    JournalResult cancelKey(qint64 localId, QString *key);
    /// Appends a note to the entry's history without changing its state (e.g. "create timed out; checking").
    JournalResult recordNote(qint64 localId, const QString &detail);
    /// The sale never reached a terminal (or the cashier confirmed it was not charged): state Failed.
    JournalResult markFailed(qint64 localId, const QString &reason);

    /// Records a refund of paid sale `localId` before it is sent, with an idempotency key of its own
    /// (JournalRefund::idempotencyKey, also put in `key`). `amount` nullopt: the whole remaining balance. Checked
    /// and written in one transaction, so two tills refunding one sale cannot both pass: Conflict, and nothing
    /// written, when the sale is not paid, when another refund of it is not settled, or when the amount is above
    /// what is left. Returns the refund's local id (> 0), else 0 and `result` says why.
    qint64 recordRefund(qint64 localId, const std::optional<Money> &amount, const QString &reason,
                        const QString &requestedBy, JournalResult *result = nullptr, QString *key = nullptr);
    /// A request for the refund is about to leave: counts it. Call it before sending; when it fails, do not send.
    JournalResult recordRefundSent(qint64 refundLocalId);
    /// What the API answered: Done, Pending or Rejected, its refund id, status and amount.
    JournalResult recordRefundResult(qint64 refundLocalId, const RefundInfo &info);
    /// The refund was certainly not made (refused before it left, or a definite no from the API).
    JournalResult markRefundFailed(qint64 refundLocalId, const QString &reason);
    /// Keeps why a refund's answer is not known yet (it stays Recorded and is resent with its key).
    JournalResult recordRefundProblem(qint64 refundLocalId, const QString &problem);
    std::optional<JournalRefund> refund(qint64 refundLocalId) const;
    /// The sale's refunds, oldest first.
    QList<JournalRefund> refunds(qint64 localId) const;
    /// Refunds not settled (Recorded or Pending), oldest first.
    QList<JournalRefund> openRefunds() const;
    /// What sale `localId` has paid, given back and can still give back.
    std::optional<RefundBalance> refundBalance(qint64 localId) const;

    std::optional<JournalEntry> entry(qint64 localId) const;
    std::optional<JournalEntry> entryByOrderId(const OrderRef &orderId) const;
    std::optional<JournalEntry> entryByPaymentId(const PaymentRef &paymentId) const;
    /// Entries that are not final, oldest first.
    QList<JournalEntry> unfinished() const;
    /// Newest first.
    QList<JournalEntry> entries(const JournalFilter &filter = {}) const;
    /// Number of entries that match (limit and offset ignored).
    qint64 count(const JournalFilter &filter = {}) const;
    JournalTotals totals(const JournalFilter &filter = {}) const;
    /// The terminals the sales name, one per name as TerminalMatch tells them apart (spelt as on the most recent sale
    /// of that name), sorted by name (case-insensitive). Empty on failure (then lastError() says why).
    QStringList terminals() const;
    /// The entry's history, oldest first.
    QList<JournalEvent> events(qint64 localId) const;
    /// The money taken (takenCents, as totals() counts it) by the local hour of the day each sale was recorded:
    /// 24 sums, hour 0 first. Empty on failure.
    QList<qint64> takenByHour(const JournalFilter &filter = {}) const;
    /// The sales recorded before `createdBefore` whose last change (updatedAt) is after `after` and before
    /// `before`, oldest change first.
    QList<JournalEntry> changedBetween(const QDateTime &after, const QDateTime &before,
                                       const QDateTime &createdBefore) const;

    /// Records that `closing.day` is closed. Conflict, and nothing written, when that day is closed already.
    JournalResult recordClosing(const JournalClosing &closing);
    /// The closing of `day`, if it was closed.
    std::optional<JournalClosing> closing(const QDate &day) const;
    /// The closed days from `from` to `to` (inclusive; invalid = no bound), oldest first.
    QList<JournalClosing> closings(const QDate &from = {}, const QDate &to = {}) const;

    /// Writes the matching entries (newest first, limit and offset ignored) as CSV in `format` (see CsvFormat): a
    /// header row, CRLF line ends, RFC 4180 quoting, text cells that could run as a formula neutralised. Plain: UTF-8,
    /// amounts like 1234.50, times in ISO 8601 UTC, the journal's column and state names. Spreadsheet: a byte order
    /// mark, ';', the locale's decimal separator, local times, the history window's words. Streams row by row. When
    /// the exported sales have refunds, an empty line and a second table in the same format follow: one row per
    /// refund (any state), with its sale's number, newest first.
    JournalResult exportCsv(const JournalFilter &filter, QIODevice *out, const CsvFormat &format = CsvFormat()) const;

    /// The outbox (see OutboxRow): up to `limit` changes after change `afterChange`, oldest first. Empty on failure
    /// too (then lastError() says why).
    QList<OutboxRow> outboxAfter(qint64 afterChange, int limit) const;
    /// Where the outbox stands; nullopt on failure (lastError() says why).
    std::optional<OutboxStatus> outboxStatus() const;
    /// The store has every change up to `upTo` (clamped to the newest change). The mark only moves forward, unless
    /// `backwards` (the store said it has less, e.g. restored from a backup: those changes are sent again).
    JournalResult markPushed(qint64 upTo, bool backwards = false);
    /// Keeps why the last push failed ("" after one that worked), for `pointdesk-cli store status`. Written only
    /// when it differs from what is kept.
    JournalResult recordPushError(const QString &error);

private:
    using OutboxKind = OutboxRow::Kind;
    /// Appends the outbox row of a write, inside the caller's transaction: the row `rowId` of `kind` as it is now.
    JournalResult appendOutbox(OutboxKind kind, qint64 rowId, qint64 atMs);
    JournalResult openConnection(bool readOnly);
    JournalResult probeExisting();
    JournalResult configureAndMigrate();
    JournalResult migrate(int fromVersion);
    /// Selects `columns` of one sale into `query` (positioned on its row); NotFound when there is none.
    JournalResult selectSale(QSqlQuery &query, qint64 localId, const QString &columns) const;
    std::optional<JournalEntry> entryWhere(const QString &idColumn, const QString &id) const;
    /// exportCsv()'s second table: the refunds of the exported sales.
    JournalResult exportRefundsCsv(const JournalFilter &filter, QIODevice *out, const CsvFormat &format) const;
    /// Every terminal name as recorded on a sale, with the newest sale that names it. Read once, then only the
    /// sales recorded since (a sale's terminal never changes). False on failure.
    bool refreshTerminalNames() const;
    /// Puts in `names` the recorded names that TerminalMatch::matches(`asked`, name). False when they could not be read.
    bool matchingTerminalNames(const QString &asked, QStringList *names) const;
    JournalResult updateRefund(qint64 refundLocalId, const QString &assignments, const QVariantList &values,
                               const QString &what);
    QList<JournalRefund> selectRefunds(const QString &where, const QVariantList &values) const;
    /// The sale changed (a refund of it was written): its updated_at moves on, inside the caller's transaction.
    JournalResult touchSale(qint64 localId, qint64 at);
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
    QString m_pendingPath; ///< see openLater()
    QString m_connectionName;
    QString m_movedAsidePath;
    QString m_migrationCopyPath;
    mutable JournalResult m_lastError;
    mutable QHash<QString, qint64> m_terminalNames; ///< see refreshTerminalNames()
    mutable qint64 m_terminalNamesUpTo = 0;         ///< the newest local_id m_terminalNames has seen
    int m_busyTimeoutMs = kDefaultBusyTimeoutMs;
    bool m_open = false;
    bool m_lastOpenCorrupt = false;
};

