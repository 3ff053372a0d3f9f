#include "store/OrderJournal.h"

#include "core/Validation.h"

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
#include <QVariant>

Q_LOGGING_CATEGORY(lcStore, "pointdesk.store")

namespace {

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

const char *const kOrderColumns = "local_id, created_at, updated_at, amount_cents, description, device_name, "
                                  "card_type, external_reference, payer_email, notification_url, "
                                  "disable_back_button, order_id, state, status, payment_id, payment_status, "
                                  "last_error, create_attempts";

// Version 1: the first schema. Later versions append their steps; a step never changes once released.
const QStringList kSchemaV1 = {
    QStringLiteral("CREATE TABLE orders ("
                   " local_id INTEGER PRIMARY KEY AUTOINCREMENT,"
                   " created_at INTEGER NOT NULL,"
                   " updated_at INTEGER NOT NULL,"
                   " amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),"
                   " description TEXT NOT NULL,"
                   " device_name TEXT NOT NULL,"
                   " card_type TEXT NOT NULL CHECK (card_type IN ('credit_card', 'debit_card')),"
                   " external_reference TEXT NOT NULL DEFAULT '',"
                   " payer_email TEXT NOT NULL DEFAULT '',"
                   " notification_url TEXT NOT NULL DEFAULT '',"
                   " disable_back_button INTEGER CHECK (disable_back_button IN (0, 1)),"
                   " order_id INTEGER UNIQUE CHECK (order_id > 0),"
                   " state TEXT NOT NULL,"
                   " status TEXT NOT NULL DEFAULT '',"
                   " payment_id INTEGER,"
                   " payment_status TEXT NOT NULL DEFAULT '',"
                   " last_error TEXT NOT NULL DEFAULT '',"
                   " create_attempts INTEGER NOT NULL DEFAULT 0)"),
    QStringLiteral("CREATE TABLE order_events ("
                   " event_id INTEGER PRIMARY KEY AUTOINCREMENT,"
                   " local_id INTEGER NOT NULL REFERENCES orders(local_id),"
                   " at INTEGER NOT NULL,"
                   " state TEXT NOT NULL,"
                   " detail TEXT NOT NULL DEFAULT '')"),
    QStringLiteral("CREATE INDEX orders_by_created ON orders(created_at)"),
    QStringLiteral("CREATE INDEX orders_by_state ON orders(state, created_at)"),
    QStringLiteral("CREATE INDEX orders_by_reference ON orders(external_reference)"),
    QStringLiteral("CREATE INDEX events_by_order ON order_events(local_id, event_id)"),
};

QString finalStateList()
{
    QStringList keys;
    for (OrderState s : {OrderState::Approved, OrderState::Rejected, OrderState::Cancelled, OrderState::Failed})
        keys << QLatin1Char('\'') + OrderStates::toKey(s) + QLatin1Char('\'');
    return keys.join(QLatin1Char(','));
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// A null QString binds as SQL NULL; text columns hold '' for "none".
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString::fromLatin1("")) : QVariant(value);
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

JournalEntry readEntry(const QSqlQuery &q)
{
    JournalEntry e;
    e.localId = q.value(0).toLongLong();
    e.createdAt = fromMs(q.value(1).toLongLong());
    e.updatedAt = fromMs(q.value(2).toLongLong());
    e.request.amount = Money::fromCents(q.value(3).toLongLong());
    e.request.description = q.value(4).toString();
    e.request.deviceName = q.value(5).toString();
    e.request.cardType = CardTypes::fromApi(q.value(6).toString()).value_or(CardType::Credit);
    e.request.externalReference = q.value(7).toString();
    e.request.payerEmail = q.value(8).toString();
    e.request.notificationUrl = q.value(9).toString();
    if (!q.value(10).isNull())
        e.request.disableBackButton = q.value(10).toLongLong() != 0;
    e.orderId = q.value(11).isNull() ? 0 : q.value(11).toLongLong();
    e.state = OrderStates::fromKey(q.value(12).toString());
    e.status = q.value(13).toString();
    e.paymentId = q.value(14).isNull() ? 0 : q.value(14).toLongLong();
    e.paymentStatus = q.value(15).toString();
    e.lastError = q.value(16).toString();
    e.createAttempts = q.value(17).toInt();
    return e;
}

// RFC 4180: a field with a comma, a quote or a line break is quoted, and its quotes are doubled.
QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n')) &&
        !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString plainAmount(qint64 cents)
{
    // Locale-independent on purpose: spreadsheets and scripts read "1234.50" everywhere.
    const QString sign = cents < 0 ? QStringLiteral("-") : QString();
    const qint64 magnitude = cents < 0 ? -cents : cents;
    return sign + QString::number(magnitude / 100) + QLatin1Char('.') +
           QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString isoUtc(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODate);
}

QString cardShortName(CardType type)
{
    return type == CardType::Credit ? QStringLiteral("credit") : QStringLiteral("debit");
}

} // namespace

// --- JournalResult ----------------------------------------------------------------------------------------

QString JournalResult::message() const
{
    switch (m_kind) {
    case Kind::Ok:
        return {};
    case Kind::Corrupt:
        return tr("The order journal file is damaged or is not a PointDesk journal. PointDesk has not changed it.");
    case Kind::Locked:
        return tr("The order journal is in use by another program and did not become free in time.");
    case Kind::NewerVersion:
        return tr("The order journal was written by a newer version of PointDesk. This version cannot use it and "
                  "has not changed it.");
    case Kind::DiskFull:
        return tr("The disk is full: the order journal cannot record anything more. Records already written are "
                  "safe.");
    case Kind::ReadOnly:
        return tr("The order journal cannot be written: the file or its folder is read-only.");
    case Kind::IoError:
        return tr("The order journal could not be read or written.");
    case Kind::NotOpen:
        return tr("The order journal is not open.");
    case Kind::NotFound:
        return tr("The order journal has no such sale.");
    case Kind::Conflict:
        return tr("The order journal already records this order for another sale, or the sale is already "
                  "finished.");
    case Kind::InvalidInput:
        return tr("The sale has invalid data and was not recorded.");
    }
    return {};
}

QString JournalResult::advice() const
{
    switch (m_kind) {
    case Kind::Ok:
    case Kind::NotFound:
        return {};
    case Kind::Corrupt:
        return tr("Keep a copy of the file for the records. PointDesk can move it aside and start a new journal; "
                  "no charge can be sent until then.");
    case Kind::Locked:
        return tr("Close other copies of PointDesk or programs that have the journal open, then try again.");
    case Kind::NewerVersion:
        return tr("Install the newer PointDesk again, or ask for help before using this version.");
    case Kind::DiskFull:
        return tr("Free some space on the disk, then try again. No charge is sent while the journal cannot "
                  "record it.");
    case Kind::ReadOnly:
        return tr("Check the permissions of the journal file and its folder, then start PointDesk again.");
    case Kind::IoError:
        return tr("Check the disk, then try again. No charge is sent while the journal cannot record it.");
    case Kind::NotOpen:
        return tr("Start PointDesk again; if this keeps happening, check the journal file.");
    case Kind::Conflict:
        return tr("Check the sale's history before charging again.");
    case Kind::InvalidInput:
        return tr("Correct the sale and try again.");
    }
    return {};
}

QString JournalResult::userMessage() const
{
    const QString a = advice();
    return a.isEmpty() ? message() : message() + QLatin1Char(' ') + a;
}

QString JournalResult::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Ok:
        return QStringLiteral("ok");
    case Kind::Corrupt:
        return QStringLiteral("corrupt");
    case Kind::Locked:
        return QStringLiteral("locked");
    case Kind::NewerVersion:
        return QStringLiteral("newer_version");
    case Kind::DiskFull:
        return QStringLiteral("disk_full");
    case Kind::ReadOnly:
        return QStringLiteral("read_only");
    case Kind::IoError:
        return QStringLiteral("io_error");
    case Kind::NotOpen:
        return QStringLiteral("not_open");
    case Kind::NotFound:
        return QStringLiteral("not_found");
    case Kind::Conflict:
        return QStringLiteral("conflict");
    case Kind::InvalidInput:
        return QStringLiteral("invalid_input");
    }
    return QStringLiteral("unknown");
}

// --- filters and totals -----------------------------------------------------------------------------------

JournalFilter JournalFilter::day(const QDate &day)
{
    JournalFilter f;
    f.fromDay = day;
    f.toDay = day;
    return f;
}

JournalTotals::Bucket JournalTotals::all() const
{
    Bucket b;
    for (const Row &r : rows) {
        b.count += r.bucket.count;
        b.cents += r.bucket.cents;
    }
    return b;
}

JournalTotals::Bucket JournalTotals::byState(OrderState state) const
{
    Bucket b;
    for (const Row &r : rows) {
        if (r.state == state) {
            b.count += r.bucket.count;
            b.cents += r.bucket.cents;
        }
    }
    return b;
}

JournalTotals::Bucket JournalTotals::byCardType(CardType type) const
{
    Bucket b;
    for (const Row &r : rows) {
        if (r.cardType == type) {
            b.count += r.bucket.count;
            b.cents += r.bucket.cents;
        }
    }
    return b;
}

JournalTotals::Bucket JournalTotals::byStateAndCardType(OrderState state, CardType type) const
{
    for (const Row &r : rows) {
        if (r.state == state && r.cardType == type)
            return r.bucket;
    }
    return {};
}

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
                   q.value(0).toLongLong() > kSchemaVersion) {
            // Refused before any read-write connection exists: not even a WAL file appears next to it.
            result = {JournalResult::Kind::NewerVersion, QStringLiteral("journal format %1, this build reads up to %2")
                                                             .arg(q.value(0).toLongLong())
                                                             .arg(kSchemaVersion)};
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

    if (version > kSchemaVersion)
        return {JournalResult::Kind::NewerVersion,
                QStringLiteral("journal format %1, this build reads up to %2").arg(version).arg(kSchemaVersion)};
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
    // Also proves that the journal can be written now (another program may hold the write lock).
    return migrate(int(version));
}

JournalResult OrderJournal::migrate(int fromVersion)
{
    JournalResult result = begin();
    if (!result.ok())
        return result;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (fromVersion < 1) {
        for (const QString &statement : kSchemaV1) {
            if (!q.exec(statement)) {
                result = fromSql(q.lastError(), QStringLiteral("create schema"));
                rollback();
                return result;
            }
        }
    }
    // Future versions: `if (fromVersion < 2) { ... }` here, each step in this same transaction.
    if (fromVersion < kSchemaVersion) {
        const QStringList pragmas = {QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId),
                                     QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion)};
        for (const QString &pragma : pragmas) {
            if (!q.exec(pragma)) {
                result = fromSql(q.lastError(), pragma);
                rollback();
                return result;
            }
        }
        qCInfo(lcStore).noquote() << "journal schema" << fromVersion << "->" << kSchemaVersion << "in" << m_path;
    }
    return commit();
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

qint64 OrderJournal::recordNew(const OrderRequest &request, JournalResult *result)
{
    const auto report = [&](const JournalResult &r) -> qint64 {
        fail(r);
        if (result)
            *result = r;
        return 0;
    };
    if (!m_open)
        return report({JournalResult::Kind::NotOpen, QStringLiteral("recordNew")});
    const QList<ValidationIssue> issues = Validation::orderRequest(request);
    if (!issues.isEmpty())
        return report({JournalResult::Kind::InvalidInput,
                       Validation::fieldKey(issues.first().field) + QStringLiteral(": ") + issues.first().message});

    JournalResult r = begin();
    if (!r.ok())
        return report(r);
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    const qint64 now = nowMs();
    q.prepare(QStringLiteral("INSERT INTO orders (created_at, updated_at, amount_cents, description, device_name, "
                             "card_type, external_reference, payer_email, notification_url, disable_back_button, "
                             "state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
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
    if (!q.exec()) {
        r = fromSql(q.lastError(), QStringLiteral("record sale"));
        rollback();
        return report(r);
    }
    const qint64 localId = q.lastInsertId().toLongLong();
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
    return {};
}

JournalResult OrderJournal::attachOrderId(qint64 localId, qint64 orderId, const QString &detail)
{
    if (!m_open)
        return fail({JournalResult::Kind::NotOpen, QStringLiteral("attachOrderId")});
    if (orderId <= 0)
        return fail({JournalResult::Kind::InvalidInput, QStringLiteral("order id %1").arg(orderId)});
    JournalResult r = begin();
    if (!r.ok())
        return fail(r);
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT order_id, state FROM orders WHERE local_id = ?"));
    q.addBindValue(localId);
    if (!q.exec()) {
        r = fromSql(q.lastError(), QStringLiteral("read sale"));
        rollback();
        return fail(r);
    }
    if (!q.next()) {
        rollback();
        return fail({JournalResult::Kind::NotFound, QStringLiteral("sale %1").arg(localId)});
    }
    const qint64 current = q.value(0).isNull() ? 0 : q.value(0).toLongLong();
    const OrderState state = OrderStates::fromKey(q.value(1).toString());
    q.finish();
    if (current == orderId) {
        rollback();
        return fail({});
    }
    if (current != 0 || OrderStates::isFinal(state)) {
        rollback();
        return fail({JournalResult::Kind::Conflict,
                     QStringLiteral("sale %1 already has order %2 or is final").arg(localId).arg(current)});
    }
    q.prepare(QStringLiteral("SELECT local_id FROM orders WHERE order_id = ?"));
    q.addBindValue(orderId);
    if (q.exec() && q.next()) {
        const qint64 other = q.value(0).toLongLong();
        q.finish();
        rollback();
        return fail({JournalResult::Kind::Conflict,
                     QStringLiteral("order %1 already belongs to sale %2").arg(orderId).arg(other)});
    }
    q.finish();
    const qint64 now = nowMs();
    q.prepare(QStringLiteral("UPDATE orders SET order_id = ?, state = ?, last_error = '', updated_at = ? "
                             "WHERE local_id = ?"));
    q.addBindValue(orderId);
    q.addBindValue(OrderStates::toKey(OrderState::WaitingForCard));
    q.addBindValue(now);
    q.addBindValue(localId);
    if (!q.exec()) {
        r = fromSql(q.lastError(), QStringLiteral("attach order"));
        rollback();
        return fail(r);
    }
    const QString text =
        QStringLiteral("order %1").arg(orderId) + (detail.isEmpty() ? QString() : QStringLiteral(": ") + detail);
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
    q.prepare(QStringLiteral("SELECT state, status, payment_id, payment_status, order_id, last_error FROM orders "
                             "WHERE local_id = ?"));
    q.addBindValue(localId);
    if (!q.exec()) {
        r = fromSql(q.lastError(), QStringLiteral("read sale"));
        rollback();
        return fail(r);
    }
    if (!q.next()) {
        rollback();
        return fail({JournalResult::Kind::NotFound, QStringLiteral("sale %1").arg(localId)});
    }
    const OrderState oldState = OrderStates::fromKey(q.value(0).toString());
    const QString oldStatus = q.value(1).toString();
    const qint64 oldPaymentId = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
    const QString oldPaymentStatus = q.value(3).toString();
    const qint64 orderId = q.value(4).isNull() ? 0 : q.value(4).toLongLong();
    const QString oldLastError = q.value(5).toString();
    q.finish();

    if (info && info->id != 0 && orderId != 0 && info->id != orderId) {
        rollback();
        return fail({JournalResult::Kind::Conflict,
                     QStringLiteral("sale %1 has order %2, not %3").arg(localId).arg(orderId).arg(info->id)});
    }
    const QString newStatus = info ? info->status : oldStatus;
    const qint64 newPaymentId = info ? info->paymentId : oldPaymentId;
    const QString newPaymentStatus = info ? info->paymentStatus : oldPaymentStatus;
    // lastError says what is wrong; it empties once the sale is back on a known track.
    const QString newLastError = (state == OrderState::Failed || state == OrderState::Unknown) ? lastError : QString();
    const bool changed = state != oldState || newStatus != oldStatus || newPaymentId != oldPaymentId ||
                         newPaymentStatus != oldPaymentStatus || newLastError != oldLastError;
    if (!changed) {
        rollback();
        return fail({});
    }
    if (OrderStates::isFinal(oldState)) {
        rollback();
        return fail({JournalResult::Kind::Conflict,
                     QStringLiteral("sale %1 is already final (%2)").arg(localId).arg(OrderStates::toKey(oldState))});
    }

    const qint64 now = nowMs();
    q.prepare(QStringLiteral("UPDATE orders SET state = ?, status = ?, payment_id = ?, payment_status = ?, "
                             "last_error = ?, updated_at = ? WHERE local_id = ?"));
    q.addBindValue(OrderStates::toKey(state));
    q.addBindValue(text(newStatus));
    q.addBindValue(nullableId(newPaymentId));
    q.addBindValue(text(newPaymentStatus));
    q.addBindValue(text(newLastError));
    q.addBindValue(now);
    q.addBindValue(localId);
    if (!q.exec()) {
        r = fromSql(q.lastError(), QStringLiteral("record state"));
        rollback();
        return fail(r);
    }
    QString text = detail;
    if (text.isEmpty() && info) {
        text = info->status;
        if (info->paymentId != 0)
            text += QStringLiteral(", payment %1").arg(info->paymentId);
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
    q.prepare(QStringLiteral("SELECT state FROM orders WHERE local_id = ?"));
    q.addBindValue(localId);
    if (!q.exec() || !q.next()) {
        r = q.lastError().isValid()
                ? fromSql(q.lastError(), QStringLiteral("read sale"))
                : JournalResult(JournalResult::Kind::NotFound, QStringLiteral("sale %1").arg(localId));
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
    q.prepare(QStringLiteral("SELECT state, create_attempts FROM orders WHERE local_id = ?"));
    q.addBindValue(localId);
    if (!q.exec() || !q.next()) {
        r = q.lastError().isValid()
                ? fromSql(q.lastError(), QStringLiteral("read sale"))
                : JournalResult(JournalResult::Kind::NotFound, QStringLiteral("sale %1").arg(localId));
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
    r = appendEvent(localId, now, OrderState::Sending, QStringLiteral("create request sent (attempt %1)").arg(attempt));
    if (!r.ok()) {
        rollback();
        return fail(r);
    }
    return fail(commit());
}

std::optional<JournalEntry> OrderJournal::entry(qint64 localId) const
{
    if (!m_open)
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM orders WHERE local_id = ?").arg(QLatin1String(kOrderColumns)));
    q.addBindValue(localId);
    if (!q.exec()) {
        fail(fromSql(q.lastError(), QStringLiteral("read sale")));
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return readEntry(q);
}

std::optional<JournalEntry> OrderJournal::entryByOrderId(qint64 orderId) const
{
    if (!m_open || orderId <= 0)
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM orders WHERE order_id = ?").arg(QLatin1String(kOrderColumns)));
    q.addBindValue(orderId);
    if (!q.exec()) {
        fail(fromSql(q.lastError(), QStringLiteral("read sale")));
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return readEntry(q);
}

QList<JournalEntry> OrderJournal::unfinished() const
{
    QList<JournalEntry> out;
    if (!m_open)
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM orders WHERE state NOT IN (%2) ORDER BY local_id")
                    .arg(QLatin1String(kOrderColumns), finalStateList()))) {
        fail(fromSql(q.lastError(), QStringLiteral("read unfinished sales")));
        return out;
    }
    while (q.next())
        out.append(readEntry(q));
    return out;
}

bool OrderJournal::prepareFiltered(QSqlQuery &query, const QString &select, const JournalFilter &filter, bool paging,
                                   const QString &order) const
{
    QStringList where;
    QVariantList binds;
    if (filter.fromDay.isValid()) {
        where << QStringLiteral("created_at >= ?");
        binds << filter.fromDay.startOfDay().toMSecsSinceEpoch();
    }
    if (filter.toDay.isValid()) {
        where << QStringLiteral("created_at < ?");
        binds << filter.toDay.addDays(1).startOfDay().toMSecsSinceEpoch();
    }
    if (!filter.states.isEmpty()) {
        QStringList marks;
        for (OrderState s : filter.states) {
            marks << QStringLiteral("?");
            binds << OrderStates::toKey(s);
        }
        where << QStringLiteral("state IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    if (!filter.deviceName.isEmpty()) {
        where << QStringLiteral("device_name = ?");
        binds << filter.deviceName;
    }
    QString sql = select;
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += order;
    if (paging && (filter.limit >= 0 || filter.offset > 0)) {
        sql += QStringLiteral(" LIMIT ? OFFSET ?");
        binds << qint64(filter.limit >= 0 ? filter.limit : -1) << qint64(qMax(0, filter.offset));
    }
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        fail(fromSql(query.lastError(), QStringLiteral("prepare query")));
        return false;
    }
    for (const QVariant &v : binds)
        query.addBindValue(v);
    if (!query.exec()) {
        fail(fromSql(query.lastError(), QStringLiteral("query")));
        return false;
    }
    return true;
}

QList<JournalEntry> OrderJournal::entries(const JournalFilter &filter) const
{
    QList<JournalEntry> out;
    if (!m_open)
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!prepareFiltered(q, QStringLiteral("SELECT %1 FROM orders").arg(QLatin1String(kOrderColumns)), filter, true,
                         QStringLiteral(" ORDER BY created_at DESC, local_id DESC")))
        return out;
    while (q.next())
        out.append(readEntry(q));
    return out;
}

qint64 OrderJournal::count(const JournalFilter &filter) const
{
    if (!m_open)
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!prepareFiltered(q, QStringLiteral("SELECT count(*) FROM orders"), filter, false, QString()) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

JournalTotals OrderJournal::totals(const JournalFilter &filter) const
{
    JournalTotals out;
    if (!m_open)
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!prepareFiltered(q, QStringLiteral("SELECT state, card_type, count(*), sum(amount_cents) FROM orders"), filter,
                         false, QStringLiteral(" GROUP BY state, card_type ORDER BY state, card_type")))
        return out;
    while (q.next()) {
        JournalTotals::Row row;
        row.state = OrderStates::fromKey(q.value(0).toString());
        row.cardType = CardTypes::fromApi(q.value(1).toString()).value_or(CardType::Credit);
        row.bucket.count = q.value(2).toLongLong();
        row.bucket.cents = q.value(3).toLongLong();
        out.rows.append(row);
    }
    return out;
}

QList<JournalEvent> OrderJournal::events(qint64 localId) const
{
    QList<JournalEvent> out;
    if (!m_open)
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT at, state, detail FROM order_events WHERE local_id = ? ORDER BY event_id"));
    q.addBindValue(localId);
    if (!q.exec()) {
        fail(fromSql(q.lastError(), QStringLiteral("read events")));
        return out;
    }
    while (q.next()) {
        JournalEvent e;
        e.localId = localId;
        e.at = fromMs(q.value(0).toLongLong());
        e.state = OrderStates::fromKey(q.value(1).toString());
        e.detail = q.value(2).toString();
        out.append(e);
    }
    return out;
}

JournalResult OrderJournal::exportCsv(const JournalFilter &filter, QIODevice *out) const
{
    if (!m_open)
        return fail({JournalResult::Kind::NotOpen, QStringLiteral("exportCsv")});
    if (!out || !out->isWritable())
        return fail({JournalResult::Kind::IoError, QStringLiteral("export target is not writable")});
    const auto write = [out](const QString &line) {
        const QByteArray bytes = line.toUtf8();
        return out->write(bytes) == bytes.size();
    };
    const auto writeFailed = [out]() {
        return JournalResult(JournalResult::Kind::IoError, QStringLiteral("export: ") + out->errorString());
    };
    if (!write(QStringLiteral("local_id,created_at,updated_at,terminal,card_type,amount,description,state,order_id,"
                              "payment_id,payment_status,external_reference,payer_email,last_error\r\n")))
        return fail(writeFailed());

    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!prepareFiltered(q, QStringLiteral("SELECT %1 FROM orders").arg(QLatin1String(kOrderColumns)), filter, false,
                         QStringLiteral(" ORDER BY created_at DESC, local_id DESC")))
        return m_lastError;
    while (q.next()) {
        const JournalEntry e = readEntry(q);
        const QStringList fields = {
            QString::number(e.localId),
            isoUtc(e.createdAt),
            isoUtc(e.updatedAt),
            csvField(e.request.deviceName),
            cardShortName(e.request.cardType),
            plainAmount(e.request.amount.cents()),
            csvField(e.request.description),
            OrderStates::toKey(e.state),
            e.orderId > 0 ? QString::number(e.orderId) : QString(),
            e.paymentId > 0 ? QString::number(e.paymentId) : QString(),
            csvField(e.paymentStatus),
            csvField(e.request.externalReference),
            csvField(e.request.payerEmail),
            csvField(e.lastError),
        };
        if (!write(fields.join(QLatin1Char(',')) + QStringLiteral("\r\n")))
            return fail(writeFailed());
    }
    if (q.lastError().isValid())
        return fail(fromSql(q.lastError(), QStringLiteral("export")));
    return fail({});
}
