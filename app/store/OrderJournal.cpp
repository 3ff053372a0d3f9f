#include "store/OrderJournal.h"

#include "core/Validation.h"
#include "store/JournalSchema.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QUuid>
#include <QVariant>

Q_LOGGING_CATEGORY(lcStore, "pointdesk.store")

namespace {

/// Money given back outside PointDesk (at the terminal, on Mercado Pago's site) shows on a paid sale's order: the one
/// change a final sale takes from the API's reading, and only forward (paid -> part refunded -> refunded).
bool refundedSince(OrderState from, OrderState to)
{
    return (from == OrderState::Approved && (to == OrderState::PartlyRefunded || to == OrderState::Refunded)) ||
           (from == OrderState::PartlyRefunded && to == OrderState::Refunded);
}

// SQLite primary result codes (sqlite3.h); Qt reports them as QSqlError::nativeErrorCode().
constexpr int kSqlitePerm = 3;
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteIoErr = 10;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteConstraint = 19;
constexpr int kSqliteAuth = 23;
constexpr int kSqliteNotADb = 26;

// Below this much free space an I/O error is most likely a full disk.
constexpr qint64 kLowDiskBytes = 256 * 1024;

QAtomicInteger<quint64> g_connectionCounter;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// A null QString binds as SQL NULL; text columns hold '' for "none".
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString::fromLatin1("")) : QVariant(value);
}

// A null id binds as SQL NULL (the id columns are UNIQUE, and NULLs never collide).
template <typename Tag>
QVariant nullableRef(const Ref<Tag> &ref)
{
    return ref.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(ref.toString());
}

} // namespace

// --- OrderJournal -----------------------------------------------------------------------------------------

OrderJournal::OrderJournal()
    : m_connectionName(QStringLiteral("pointdesk-journal-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1)))
{
}

OrderJournal::~OrderJournal()
{
    close();
}

QString OrderJournal::defaultPath(Kind kind)
{
    if (kind == Kind::Sales) {
        const QString overridden = qEnvironmentVariable("POINTDESK_JOURNAL");
        if (!overridden.isEmpty())
            return overridden;
    }
    // Not AppDataLocation: the window and pointdesk-cli have different application names but one journal.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/PointDesk/")
        + (kind == Kind::Demo ? QStringLiteral("journal-demo.sqlite") : QStringLiteral("journal.sqlite"));
}

JournalResult OrderJournal::fail(const JournalResult &result) const
{
    m_lastError = result;
    if (!result.ok())
        qCWarning(lcStore).noquote() << "journal" << JournalResult::kindKey(result.kind()) << result.detail();
    return result;
}

JournalResult OrderJournal::fromSql(const QSqlError &error, const QString &what) const
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    const QString detail = what + QStringLiteral(": ") + error.text() + QStringLiteral(" (SQLite ") +
                           error.nativeErrorCode() + QStringLiteral(") in ") + m_path;
    using Kind = JournalResult::Kind;
    switch (code) {
    case kSqliteBusy:
    case kSqliteLocked:
        return {Kind::Locked, detail};
    case kSqliteFull:
        return {Kind::DiskFull, detail};
    case kSqliteCorrupt:
    case kSqliteNotADb:
        return {Kind::Corrupt, detail};
    case kSqliteReadOnly:
    case kSqlitePerm:
    case kSqliteAuth:
        return {Kind::ReadOnly, detail};
    case kSqliteConstraint:
        return {Kind::Conflict, detail};
    case kSqliteCantOpen: {
        const QFileInfo dir(QFileInfo(m_path).absolutePath());
        if (dir.exists() && !dir.isWritable())
            return {Kind::ReadOnly, detail};
        return {Kind::IoError, detail};
    }
    case kSqliteIoErr: {
        // SQLite reports a failed write on a full disk sometimes as FULL, sometimes as an I/O error.
        const QStorageInfo storage(QFileInfo(m_path).absolutePath());
        if (storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < kLowDiskBytes)
            return {Kind::DiskFull, detail};
        return {Kind::IoError, detail};
    }
    default:
        return {Kind::IoError, detail};
    }
}

void OrderJournal::closeConnection()
{
    m_terminalNames.clear();
    m_terminalNamesUpTo = 0;
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

void OrderJournal::close()
{
    m_pendingPath.clear();
    m_open = false;
    closeConnection();
}

JournalResult OrderJournal::openConnection(bool readOnly)
{
    closeConnection();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return {JournalResult::Kind::IoError,
                QStringLiteral("the Qt SQLite driver is not installed (Debian: libqt6sql6-sqlite)")};
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeoutMs);
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open())
        return fromSql(db.lastError(), QStringLiteral("open"));
    return {};
}

JournalResult OrderJournal::openPending()
{
    if (!isPending())
        return {JournalResult::Kind::NotOpen, QStringLiteral("no journal named to open")};
    const QString path = m_pendingPath;
    return open(path);
}

JournalResult OrderJournal::open(const QString &path)
{
    close();
    m_path = QFileInfo(path).absoluteFilePath();
    m_lastOpenCorrupt = false;

    const QFileInfo info(m_path);
    if (info.exists() && !info.isFile())
        return fail({JournalResult::Kind::IoError, QStringLiteral("%1 is not a file").arg(m_path)});
    if (!info.exists() && !QDir().mkpath(info.absolutePath()))
        return fail(
            {JournalResult::Kind::ReadOnly, QStringLiteral("cannot create the folder %1").arg(info.absolutePath())});

    JournalResult result = probeExisting();
    if (result.ok())
        result = configureAndMigrate();
    if (!result.ok()) {
        m_lastOpenCorrupt = result.kind() == JournalResult::Kind::Corrupt;
        closeConnection();
        return fail(result);
    }
    m_open = true;
    qCInfo(lcStore).noquote() << "journal open:" << m_path;
    return fail({});
}

// Reads an existing file without the right to write it, so that nothing can change a file that turns out to be
// damaged, foreign or from a newer version.
JournalResult OrderJournal::probeExisting()
{
    const QFileInfo info(m_path);
    if (!info.exists() || info.size() == 0)
        return {};
    JournalResult result = openConnection(true);
    if (!result.ok()) {
        closeConnection();
        // A read-only connection may be unable to recover a WAL left by a crash; the read-write connection
        // checks the same things before it writes anything.
        return result.kind() == JournalResult::Kind::Corrupt ? result : JournalResult();
    }
    {
        QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
        if (!q.exec(QStringLiteral("PRAGMA quick_check(1)")) || !q.next()) {
            result = fromSql(q.lastError(), QStringLiteral("integrity check"));
            if (result.kind() == JournalResult::Kind::ReadOnly || result.kind() == JournalResult::Kind::IoError)
                result = {};
        } else if (q.value(0).toString() != QLatin1String("ok")) {
            result = {JournalResult::Kind::Corrupt, QStringLiteral("integrity check: ") + q.value(0).toString()};
        } else if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next() &&
                   q.value(0).toLongLong() > JournalSchema::kVersion) {
            // Refused before any read-write connection exists: not even a WAL file appears next to it.
            result = {JournalResult::Kind::NewerVersion, QStringLiteral("journal format %1, this build reads up to %2")
                                                             .arg(q.value(0).toLongLong())
                                                             .arg(JournalSchema::kVersion)};
        }
    }
    closeConnection();
    return result;
}

JournalResult OrderJournal::configureAndMigrate()
{
    JournalResult result = openConnection(false);
    if (!result.ok())
        return result;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);

    const auto pragmaInt = [&q, this](const QString &pragma, qint64 *out) -> JournalResult {
        if (!q.exec(QStringLiteral("PRAGMA ") + pragma) || !q.next())
            return fromSql(q.lastError(), pragma);
        *out = q.value(0).toLongLong();
        q.finish();
        return {};
    };

    // Read-only checks first: nothing below writes before they pass.
    qint64 version = 0;
    qint64 applicationId = 0;
    qint64 tableCount = 0;
    if (!(result = pragmaInt(QStringLiteral("user_version"), &version)).ok())
        return result;
    if (!(result = pragmaInt(QStringLiteral("application_id"), &applicationId)).ok())
        return result;
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
        return fromSql(q.lastError(), QStringLiteral("read schema"));
    tableCount = q.value(0).toLongLong();
    q.finish();

    if (version > JournalSchema::kVersion)
        return {JournalResult::Kind::NewerVersion,
                QStringLiteral("journal format %1, this build reads up to %2").arg(version).arg(JournalSchema::kVersion)};
    if ((applicationId != 0 && applicationId != kApplicationId) || (version == 0 && tableCount > 0))
        return {JournalResult::Kind::Corrupt,
                QStringLiteral("a SQLite database that is not a PointDesk journal (application_id %1, version %2)")
                    .arg(applicationId)
                    .arg(version)};

    if (!q.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(m_busyTimeoutMs)))
        return fromSql(q.lastError(), QStringLiteral("busy_timeout"));
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next())
        return fromSql(q.lastError(), QStringLiteral("journal_mode"));
    const QString mode = q.value(0).toString();
    q.finish();
    if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        qCWarning(lcStore).noquote() << "journal: WAL mode not available here, using" << mode << "for" << m_path;
    // FULL: a commit is on the disk before the call returns (money).
    for (const QString &pragma :
         {QStringLiteral("PRAGMA synchronous = FULL"), QStringLiteral("PRAGMA foreign_keys = ON")}) {
        if (!q.exec(pragma))
            return fromSql(q.lastError(), pragma);
        q.finish();
    }
    return migrate(int(version));
}

JournalResult OrderJournal::migrate(int fromVersion)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    JournalResult result;
    const bool rebuild = JournalSchema::rebuildsTables(fromVersion);
    if (rebuild) {
        // A copy of the journal as it is, beside it, before anything changes. VACUUM INTO writes a consistent
        // snapshot (the WAL included) to a new file; the original is only read.
        const QString stem = m_path + QStringLiteral(".v%1-backup").arg(fromVersion);
        QString copy = stem;
        for (int n = 2; QFileInfo::exists(copy); ++n) // never overwrite an earlier copy
            copy = stem + QStringLiteral("-%1").arg(n);
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(copy);
        if (!q.exec()) {
            result = fromSql(q.lastError(), QStringLiteral("keep a copy as %1 before migrating").arg(copy));
            QFile::remove(copy);
            return result;
        }
        q.finish();
        m_migrationCopyPath = copy;
        // A rebuilt table is dropped while others refer to it; foreign keys are checked once, before the commit.
        if (!q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")))
            return fromSql(q.lastError(), QStringLiteral("foreign_keys off"));
        q.finish();
    }
    const auto restoreForeignKeys = [&q, rebuild]() {
        if (rebuild)
            q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    };
    // Also proves that the journal can be written now (another program may hold the write lock).
    result = begin();
    if (!result.ok()) {
        restoreForeignKeys();
        return result;
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        result = fromSql(q.lastError(), QStringLiteral("user_version"));
        rollback();
        restoreForeignKeys();
        return result;
    }
    const int versionNow = q.value(0).toInt();
    q.finish();
    if (versionNow >= JournalSchema::kVersion) {
        // Up to date, or brought up to date by another program since the checks above.
        restoreForeignKeys();
        return commit();
    }
    QStringList statements = JournalSchema::stepsFrom(versionNow);
    statements << QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)
               << QStringLiteral("PRAGMA user_version = %1").arg(JournalSchema::kVersion);
    for (const QString &statement : statements) {
        if (!q.exec(statement)) {
            result = fromSql(q.lastError(), QStringLiteral("migrate the schema"));
            rollback();
            restoreForeignKeys();
            return result;
        }
        q.finish();
    }
    if (rebuild) {
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")) || q.next()) {
            result = q.lastError().isValid()
                         ? fromSql(q.lastError(), QStringLiteral("foreign key check"))
                         : JournalResult(JournalResult::Kind::Corrupt,
                                         QStringLiteral("foreign key check failed in table %1 after migrating")
                                             .arg(q.value(0).toString()));
            q.finish();
            rollback();
            restoreForeignKeys();
            return result;
        }
        q.finish();
    }
    result = commit();
    restoreForeignKeys();
    if (result.ok())
        qCInfo(lcStore).noquote() << "journal schema" << fromVersion << "->" << JournalSchema::kVersion << "in"
                                  << m_path;
    return result;
}

JournalResult OrderJournal::moveAsideAndCreate()
{
    if (!m_lastOpenCorrupt || m_path.isEmpty())
        return fail(
            {JournalResult::Kind::NotOpen, QStringLiteral("moveAsideAndCreate() only after open() said Corrupt")});
    close();
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = m_path + QStringLiteral(".corrupt-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = m_path + QStringLiteral(".corrupt-") + stamp + QStringLiteral("-%1").arg(n);
    if (!QFile::rename(m_path, target))
        return fail({JournalResult::Kind::ReadOnly, QStringLiteral("cannot rename %1 to %2").arg(m_path, target)});
    // The companions belong to the damaged file; a new journal must not pick them up.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        if (QFileInfo::exists(m_path + suffix) && !QFile::rename(m_path + suffix, target + suffix))
            return fail({JournalResult::Kind::ReadOnly, QStringLiteral("cannot move %1 aside").arg(m_path + suffix)});
    }
    m_movedAsidePath = target;
    qCWarning(lcStore).noquote() << "journal: moved the damaged file to" << target;
    return open(m_path);
}

JournalResult OrderJournal::selectSale(QSqlQuery &query, qint64 localId, const QString &columns) const
{
    query.prepare(QStringLiteral("SELECT %1 FROM orders WHERE local_id = ?").arg(columns));
    query.addBindValue(localId);
    if (!query.exec())
        return fromSql(query.lastError(), QStringLiteral("read sale"));
    if (!query.next())
        return {JournalResult::Kind::NotFound, QStringLiteral("sale %1").arg(localId)};
    return {};
}

JournalResult OrderJournal::begin()
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    // IMMEDIATE takes the write lock now (waiting up to the busy timeout) instead of failing half-way.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fromSql(q.lastError(), QStringLiteral("begin"));
    return {};
}

JournalResult OrderJournal::commit()
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const JournalResult result = fromSql(q.lastError(), QStringLiteral("commit"));
        rollback();
        return result;
    }
    return {};
}

void OrderJournal::rollback()
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    // Fails harmlessly when SQLite already rolled back on its own (e.g. after SQLITE_FULL).
    q.exec(QStringLiteral("ROLLBACK"));
}

qint64 OrderJournal::recordNew(const OrderRequest &request, const QString &backend, JournalResult *result,
                               QString *createKey)
{
    const auto report = [&](const JournalResult &r) -> qint64 {
        fail(r);
        if (result)
            *result = r;
        return 0;
    };
    if (!m_open)
        return report({JournalResult::Kind::NotOpen, QStringLiteral("recordNew")});
    // The rules of the API the sale goes through (the Orders API takes 150-character descriptions).
    const QList<ValidationIssue> issues = Validation::orderRequestFor(backend.trimmed(), request);
    if (!issues.isEmpty())
        return report({JournalResult::Kind::InvalidInput,
                       Validation::fieldKey(issues.first().field) + QStringLiteral(": ") + issues.first().message});
    if (backend.trimmed().isEmpty())
        return report({JournalResult::Kind::InvalidInput, QStringLiteral("recordNew without a backend")});

    JournalResult r = begin();
    if (!r.ok())
        return report(r);
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    const qint64 now = nowMs();
    q.prepare(QStringLiteral("INSERT INTO orders (created_at, updated_at, amount_cents, description, device_name, "
                             "card_type, external_reference, payer_email, notification_url, disable_back_button, "
                             "state, backend, create_key, print_on_terminal, expiration_seconds) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(request.amount.cents());
    q.addBindValue(text(request.description));
    q.addBindValue(text(request.deviceName));
    q.addBindValue(CardTypes::toApi(request.cardType));
    q.addBindValue(text(request.externalReference));
    q.addBindValue(text(request.payerEmail));
    q.addBindValue(text(request.notificationUrl));
    q.addBindValue(request.disableBackButton.has_value() ? QVariant(qint64(*request.disableBackButton ? 1 : 0))
                                                         : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(OrderStates::toKey(OrderState::Sending));
    q.addBindValue(backend.trimmed());
    // The create request's idempotency key exists before the request does, and every resend of this sale reuses it.
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    q.addBindValue(key);
    // Kept so that a resend after a restart carries exactly the request that was recorded.
    q.addBindValue(qint64(request.printOnTerminal ? 1 : 0));
    q.addBindValue(request.expirationSeconds ? QVariant(qint64(*request.expirationSeconds))
                                             : QVariant(QMetaType(QMetaType::LongLong)));
    if (!q.exec()) {
        r = fromSql(q.lastError(), QStringLiteral("record sale"));
        rollback();
        return report(r);
    }
    const qint64 localId = q.lastInsertId().toLongLong();
    r = appendOutbox(OutboxKind::Sale, localId, now);
    if (r.ok())
        r = appendEvent(localId, now, OrderState::Sending, QStringLiteral("recorded"));
    if (!r.ok()) {
        rollback();
        return report(r);
    }
    r = commit();
    if (!r.ok())
        return report(r);
    fail({});
    if (result)
        *result = {};
    if (createKey)
        *createKey = key;
    qCDebug(lcStore) << "journal: sale" << localId << "recorded";
    return localId;
}

JournalResult OrderJournal::appendEvent(qint64 localId, qint64 at, OrderState state, const QString &detail)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("INSERT INTO order_events (local_id, at, state, detail) VALUES (?, ?, ?, ?)"));
    q.addBindValue(localId);
    q.addBindValue(at);
    q.addBindValue(OrderStates::toKey(state));
    q.addBindValue(text(detail));
    if (!q.exec())
        return fromSql(q.lastError(), QStringLiteral("record event"));
    return appendOutbox(OutboxKind::Event, q.lastInsertId().toLongLong(), at);
}

JournalResult OrderJournal::attachOrderId(qint64 localId, const OrderRef &orderId, const QString &detail)
{
    if (!m_open)
        return fail({JournalResult::Kind::NotOpen, QStringLiteral("attachOrderId")});
    if (orderId.isNull())
        return fail({JournalResult::Kind::InvalidInput, QStringLiteral("no order id")});
    JournalResult r = begin();
    if (!r.ok())
        return fail(r);
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    if (!(r = selectSale(q, localId, QStringLiteral("order_id, state"))).ok()) {
        rollback();
        return fail(r);
    }
    const OrderRef current(q.value(0).toString());
    const OrderState state = OrderStates::fromKey(q.value(1).toString());
    q.finish();
    if (current == orderId) {
        rollback();
        return fail({});
    }
    if (!current.isNull() || OrderStates::isFinal(state)) {
        rollback();
        return fail({JournalResult::Kind::Conflict, QStringLiteral("sale %1 already has order %2 or is final")
                                                        .arg(localId)
                                                        .arg(current.toString())});
    }
    q.prepare(QStringLiteral("SELECT local_id FROM orders WHERE order_id = ?"));
    q.addBindValue(orderId.toString());
    if (q.exec() && q.next()) {
        const qint64 other = q.value(0).toLongLong();
        q.finish();
        rollback();
        return fail({JournalResult::Kind::Conflict,
                     QStringLiteral("order %1 already belongs to sale %2").arg(orderId.toString()).arg(other)});
    }
    q.finish();
    const qint64 now = nowMs();
    q.prepare(QStringLiteral("UPDATE orders SET order_id = ?, state = ?, last_error = '', updated_at = ? "
                             "WHERE local_id = ?"));
    q.addBindValue(orderId.toString());
    q.addBindValue(OrderStates::toKey(OrderState::WaitingForCard));
    q.addBindValue(now);
    q.addBindValue(localId);
    if (!q.exec()) {
        r = fromSql(q.lastError(), QStringLiteral("attach order"));
        rollback();
        return fail(r);
    }
    if (!(r = appendOutbox(OutboxKind::Sale, localId, now)).ok()) {
        rollback();
        return fail(r);
    }
    const QString text =
        QStringLiteral("order %1").arg(orderId.toString()) + (detail.isEmpty() ? QString() : QStringLiteral(": ") + detail);
    r = appendEvent(localId, now, OrderState::WaitingForCard, text);
    if (!r.ok()) {
        rollback();
        return fail(r);
    }
    return fail(commit());
}

JournalResult OrderJournal::recordState(qint64 localId, const OrderInfo &info, const QString &detail)
{
    return changeState(localId, info, info.state, detail, QString());
}

JournalResult OrderJournal::recordState(qint64 localId, OrderState state, const QString &detail)
{
    return changeState(localId, std::nullopt, state, detail, state == OrderState::Unknown ? detail : QString());
}

JournalResult OrderJournal::markFailed(qint64 localId, const QString &reason)
{
    return changeState(localId, std::nullopt, OrderState::Failed, reason, reason);
}

JournalResult OrderJournal::changeState(qint64 localId, const std::optional<OrderInfo> &info, OrderState state,
                                        const QString &detail, const QString &lastError)
{
    if (!m_open)
        return fail({JournalResult::Kind::NotOpen, QStringLiteral("recordState")});
    JournalResult r = begin();
    if (!r.ok())
        return fail(r);
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    const QString columns = QStringLiteral(
        "state, status, payment_id, payment_status, order_id, last_error, card_brand, last_digits, installments");
    if (!(r = selectSale(q, localId, columns)).ok()) {
        rollback();
        return fail(r);
    }
    const OrderState oldState = OrderStates::fromKey(q.value(0).toString());
    const QString oldStatus = q.value(1).toString();
    const PaymentRef oldPaymentId(q.value(2).toString());
    const QString oldPaymentStatus = q.value(3).toString();
    const OrderRef orderId(q.value(4).toString());
    const QString oldLastError = q.value(5).toString();
    const QString oldCardBrand = q.value(6).toString();
    const QString oldLastDigits = q.value(7).toString();
    const int oldInstallments = q.value(8).toInt();
    q.finish();

    if (info && !info->id.isNull() && !orderId.isNull() && info->id != orderId) {
        rollback();
        return fail({JournalResult::Kind::Conflict, QStringLiteral("sale %1 has order %2, not %3")
                                                        .arg(localId)
                                                        .arg(orderId.toString(), info->id.toString())});
    }
    const QString newStatus = info ? info->status : oldStatus;
    const PaymentRef newPaymentId = info ? info->paymentId : oldPaymentId;
    const QString newPaymentStatus = info ? info->paymentStatus : oldPaymentStatus;
    // lastError says what is wrong; it empties once the sale is back on a known track.
    const QString newLastError = (state == OrderState::Failed || state == OrderState::Unknown) ? lastError : QString();
    const bool changed = state != oldState || newStatus != oldStatus || newPaymentId != oldPaymentId ||
                         newPaymentStatus != oldPaymentStatus || newLastError != oldLastError;
    // The card, as far as the API said: an answer that leaves it out keeps what an earlier one gave.
    const QString newCardBrand = info && !info->cardBrand.isEmpty() ? info->cardBrand.left(64) : oldCardBrand;
    const QString newLastDigits = info && !info->lastDigits.isEmpty() ? info->lastDigits.left(16) : oldLastDigits;
    const int newInstallments = info && info->installments > 0 ? info->installments : oldInstallments;
    const bool cardChanged =
        newCardBrand != oldCardBrand || newLastDigits != oldLastDigits || newInstallments != oldInstallments;
    if (!changed && !cardChanged) {
        rollback();
        return fail({});
    }
    if (!changed) {
        // Only the card's details came later (an answer after the one that said Paid): kept, without an event.
        q.prepare(QStringLiteral("UPDATE orders SET card_brand = ?, last_digits = ?, installments = ? "
                                 "WHERE local_id = ?"));
        q.addBindValue(text(newCardBrand));
        q.addBindValue(text(newLastDigits));
        q.addBindValue(newInstallments);
        q.addBindValue(localId);
        if (!q.exec()) {
            r = fromSql(q.lastError(), QStringLiteral("record the card"));
            rollback();
            return fail(r);
        }
        return fail(commit());
    }
    if (OrderStates::isFinal(oldState) && !(info && refundedSince(oldState, state))) {
        rollback();
        return fail({JournalResult::Kind::Conflict,
                     QStringLiteral("sale %1 is already final (%2)").arg(localId).arg(OrderStates::toKey(oldState))});
    }

    const qint64 now = nowMs();
    q.prepare(QStringLiteral("UPDATE orders SET state = ?, status = ?, payment_id = ?, payment_status = ?, "
                             "last_error = ?, card_brand = ?, last_digits = ?, installments = ?, updated_at = ? "
                             "WHERE local_id = ?"));
    q.addBindValue(OrderStates::toKey(state));
    q.addBindValue(text(newStatus));
    q.addBindValue(nullableRef(newPaymentId));
    q.addBindValue(text(newPaymentStatus));
    q.addBindValue(text(newLastError));
    q.addBindValue(text(newCardBrand));
    q.addBindValue(text(newLastDigits));
    q.addBindValue(newInstallments);
    q.addBindValue(now);
    q.addBindValue(localId);
    if (!q.exec()) {
        r = fromSql(q.lastError(), QStringLiteral("record state"));
        rollback();
        return fail(r);
    }
    if (!(r = appendOutbox(OutboxKind::Sale, localId, now)).ok()) {
        rollback();
        return fail(r);
    }
    QString text = detail;
    if (text.isEmpty() && info) {
        text = info->status;
        if (!info->paymentId.isNull())
            text += QStringLiteral(", payment %1").arg(info->paymentId.toString());
        if (!info->paymentStatus.isEmpty())
            text += QStringLiteral(" ") + info->paymentStatus;
    }
    r = appendEvent(localId, now, state, text);
    if (!r.ok()) {
        rollback();
        return fail(r);
    }
    return fail(commit());
}

JournalResult OrderJournal::recordNote(qint64 localId, const QString &detail)
{
    if (!m_open)
        return fail({JournalResult::Kind::NotOpen, QStringLiteral("recordNote")});
    JournalResult r = begin();
    if (!r.ok())
        return fail(r);
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!(r = selectSale(q, localId, QStringLiteral("state"))).ok()) {
        rollback();
        return fail(r);
    }
    const OrderState state = OrderStates::fromKey(q.value(0).toString());
    q.finish();
    r = appendEvent(localId, nowMs(), state, detail);
    if (!r.ok()) {
        rollback();
        return fail(r);
    }
    return fail(commit());
}

JournalResult OrderJournal::recordCreateSent(qint64 localId)
{
    if (!m_open)
        return fail({JournalResult::Kind::NotOpen, QStringLiteral("recordCreateSent")});
    JournalResult r = begin();
    if (!r.ok())
        return fail(r);
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!(r = selectSale(q, localId, QStringLiteral("state, create_attempts"))).ok()) {
        rollback();
        return fail(r);
    }
    const OrderState state = OrderStates::fromKey(q.value(0).toString());
    const int attempt = q.value(1).toInt() + 1;
    q.finish();
    if (OrderStates::isFinal(state)) {
        rollback();
        return fail({JournalResult::Kind::Conflict, QStringLiteral("sale %1 is already final").arg(localId)});
    }
    const qint64 now = nowMs();
    q.prepare(QStringLiteral("UPDATE orders SET create_attempts = ?, state = ?, last_error = '', updated_at = ? "
                             "WHERE local_id = ?"));
    q.addBindValue(attempt);
    q.addBindValue(OrderStates::toKey(OrderState::Sending));
    q.addBindValue(now);
    q.addBindValue(localId);
    if (!q.exec()) {
        r = fromSql(q.lastError(), QStringLiteral("record create"));
        rollback();
        return fail(r);
    }
    if (!(r = appendOutbox(OutboxKind::Sale, localId, now)).ok()) {
        rollback();
        return fail(r);
    }
    r = appendEvent(localId, now, OrderState::Sending, QStringLiteral("create request sent (attempt %1)").arg(attempt));
    if (!r.ok()) {
        rollback();
        return fail(r);
    }
    return fail(commit());
}

JournalResult OrderJournal::cancelKey(qint64 localId, QString *key)
{
    if (!m_open)
        return fail({JournalResult::Kind::NotOpen, QStringLiteral("cancelKey")});
    JournalResult r = begin();
    if (!r.ok())
        return fail(r);
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!(r = selectSale(q, localId, QStringLiteral("cancel_key"))).ok()) {
        rollback();
        return fail(r);
    }
    QString existing = q.value(0).toString();
    q.finish();
    if (!existing.isEmpty()) {
        rollback();
        if (key)
            *key = existing;
        return fail({});
    }
    const QString fresh = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 now = nowMs();
    q.prepare(QStringLiteral("UPDATE orders SET cancel_key = ?, updated_at = ? WHERE local_id = ?"));
    q.addBindValue(fresh);
    q.addBindValue(now);
    q.addBindValue(localId);
    if (!q.exec()) {
        r = fromSql(q.lastError(), QStringLiteral("record cancel key"));
        rollback();
        return fail(r);
    }
    if (!(r = appendOutbox(OutboxKind::Sale, localId, now)).ok()) {
        rollback();
        return fail(r);
    }
    r = commit();
    if (r.ok() && key)
        *key = fresh;
    return fail(r);
}
