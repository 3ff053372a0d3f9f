#include "store/StoreDatabase.h"

#include "store/StoreSchema.h"

#include <QAtomicInteger>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

Q_LOGGING_CATEGORY(lcStoreDb, "pointdesk.storedb")

namespace {

QAtomicInteger<quint64> g_connections;

const QString kDriver = QStringLiteral("QPSQL");

// The columns of each kind's JSON rows (the journal's outbox payload plus change_no), as jsonb_to_recordset reads them.
const char *const kSaleRecord =
    "x(change_no bigint, local_id bigint, created_at bigint, updated_at bigint, amount_cents bigint, "
    "description text, device_name text, card_type text, external_reference text, payer_email text, backend text, "
    "order_id text, state text, status text, payment_id text, payment_status text, last_error text, "
    "create_attempts integer, card_brand text, last_digits text, installments integer)";
const char *const kRefundRecord =
    "x(change_no bigint, refund_local_id bigint, local_id bigint, created_at bigint, updated_at bigint, "
    "amount_cents bigint, whole_balance integer, reason text, requested_by text, state text, refund_id text, "
    "status text, attempts integer, last_error text)";
const char *const kEventRecord = "x(change_no bigint, event_id bigint, local_id bigint, at bigint, state text, "
                                 "detail text)";

QString upsertSql(OutboxRow::Kind kind)
{
    switch (kind) {
    case OutboxRow::Kind::Sale:
        return QStringLiteral(
                   "INSERT INTO sales AS s (counter_id, local_sale_id, change_no, created_at, updated_at, amount_cents,"
                   " currency, description, terminal, card_type, external_reference, payer_email, backend, order_id,"
                   " state, status, payment_id, payment_status, last_error, create_attempts, card_brand, last_digits,"
                   " installments)"
                   " SELECT ?, x.local_id, x.change_no, to_timestamp(x.created_at / 1000.0),"
                   " to_timestamp(x.updated_at / 1000.0), x.amount_cents, ?, COALESCE(x.description, ''),"
                   " COALESCE(x.device_name, ''), COALESCE(x.card_type, ''), COALESCE(x.external_reference, ''),"
                   " COALESCE(x.payer_email, ''), COALESCE(x.backend, ''), x.order_id, x.state,"
                   " COALESCE(x.status, ''), x.payment_id, COALESCE(x.payment_status, ''),"
                   " COALESCE(x.last_error, ''), COALESCE(x.create_attempts, 0), COALESCE(x.card_brand, ''),"
                   " COALESCE(x.last_digits, ''), COALESCE(x.installments, 0)"
                   " FROM jsonb_to_recordset(CAST(? AS jsonb)) AS %1"
                   " ON CONFLICT (counter_id, local_sale_id) DO UPDATE SET change_no = EXCLUDED.change_no,"
                   " updated_at = EXCLUDED.updated_at, amount_cents = EXCLUDED.amount_cents,"
                   " currency = EXCLUDED.currency, description = EXCLUDED.description, terminal = EXCLUDED.terminal,"
                   " card_type = EXCLUDED.card_type, external_reference = EXCLUDED.external_reference,"
                   " payer_email = EXCLUDED.payer_email, backend = EXCLUDED.backend, order_id = EXCLUDED.order_id,"
                   " state = EXCLUDED.state, status = EXCLUDED.status, payment_id = EXCLUDED.payment_id,"
                   " payment_status = EXCLUDED.payment_status, last_error = EXCLUDED.last_error,"
                   " create_attempts = EXCLUDED.create_attempts, card_brand = EXCLUDED.card_brand,"
                   " last_digits = EXCLUDED.last_digits, installments = EXCLUDED.installments"
                   " WHERE s.change_no < EXCLUDED.change_no")
            .arg(QLatin1String(kSaleRecord));
    case OutboxRow::Kind::Refund:
        return QStringLiteral(
                   "INSERT INTO refunds AS r (counter_id, local_refund_id, local_sale_id, change_no, created_at,"
                   " updated_at, amount_cents, currency, whole_balance, reason, requested_by, state, refund_id,"
                   " status, attempts, last_error)"
                   " SELECT ?, x.refund_local_id, x.local_id, x.change_no, to_timestamp(x.created_at / 1000.0),"
                   " to_timestamp(x.updated_at / 1000.0), x.amount_cents, ?, COALESCE(x.whole_balance, 0) <> 0,"
                   " COALESCE(x.reason, ''), COALESCE(x.requested_by, ''), x.state, x.refund_id,"
                   " COALESCE(x.status, ''), COALESCE(x.attempts, 0), COALESCE(x.last_error, '')"
                   " FROM jsonb_to_recordset(CAST(? AS jsonb)) AS %1"
                   " ON CONFLICT (counter_id, local_refund_id) DO UPDATE SET change_no = EXCLUDED.change_no,"
                   " updated_at = EXCLUDED.updated_at, amount_cents = EXCLUDED.amount_cents,"
                   " currency = EXCLUDED.currency, whole_balance = EXCLUDED.whole_balance,"
                   " reason = EXCLUDED.reason, requested_by = EXCLUDED.requested_by, state = EXCLUDED.state,"
                   " refund_id = EXCLUDED.refund_id, status = EXCLUDED.status, attempts = EXCLUDED.attempts,"
                   " last_error = EXCLUDED.last_error"
                   " WHERE r.change_no < EXCLUDED.change_no")
            .arg(QLatin1String(kRefundRecord));
    case OutboxRow::Kind::Event:
        // A history line never changes: the first copy stays.
        return QStringLiteral("INSERT INTO sale_events (counter_id, local_event_id, local_sale_id, change_no, at,"
                              " state, detail)"
                              " SELECT ?, x.event_id, x.local_id, x.change_no, to_timestamp(x.at / 1000.0), x.state,"
                              " COALESCE(x.detail, '')"
                              " FROM jsonb_to_recordset(CAST(? AS jsonb)) AS %1"
                              " ON CONFLICT (counter_id, local_event_id) DO NOTHING")
            .arg(QLatin1String(kEventRecord));
    }
    return {};
}

bool isConnectionTrouble(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    if (state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01") ||
        state == QLatin1String("57P02") || state == QLatin1String("57P03"))
        return true;
    const QString text = error.text().toLower();
    for (const char *words : {"server closed the connection", "terminating connection", "no connection to the server",
                              "could not receive data", "could not send data", "connection refused",
                              "could not connect", "could not translate host name", "timeout expired",
                              "connection timed out", "no route to host", "network is unreachable",
                              "the database system is", "unable to connect", "connection not open"}) {
        if (text.contains(QLatin1String(words)))
            return true;
    }
    return false;
}

bool isRefusal(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    if (state.startsWith(QLatin1String("28")) || state == QLatin1String("3D000") || state == QLatin1String("42501"))
        return true;
    const QString text = error.text().toLower();
    for (const char *words : {"authentication failed", "does not exist", "pg_hba.conf", "permission denied",
                              "no password supplied", "does not support ssl", "certificate"}) {
        if (text.contains(QLatin1String(words)))
            return true;
    }
    return false;
}

} // namespace

// --- StoreConnection ----------------------------------------------------------------------------------------

bool StoreConnection::isComplete() const
{
    return !host.trimmed().isEmpty() && !database.trimmed().isEmpty() && !user.trimmed().isEmpty() && port > 0 &&
           port < 65536;
}

bool StoreConnection::isLoopback() const
{
    const QString h = host.trimmed();
    if (h.startsWith(QLatin1Char('/')) || h.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(h);
    return !address.isNull() && address.isLoopback();
}

QString StoreConnection::sslMode() const
{
    return isLoopback() ? QStringLiteral("prefer") : QStringLiteral("require");
}

// --- StoreDatabase ------------------------------------------------------------------------------------------

StoreDatabase::StoreDatabase()
    : m_name(QStringLiteral("pointdesk-store-%1").arg(g_connections.fetchAndAddRelaxed(1)))
{
}

StoreDatabase::~StoreDatabase()
{
    close();
}

bool StoreDatabase::driverAvailable()
{
    return QSqlDatabase::isDriverAvailable(kDriver);
}

StoreResult StoreDatabase::open(const StoreConnection &connection)
{
    close();
    if (!connection.isComplete())
        return {StoreResult::Kind::NotConfigured, QStringLiteral("host, database or user missing")};
    if (!driverAvailable())
        return {StoreResult::Kind::NoDriver, QStringLiteral("no QPSQL driver")};
    StoreResult result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(kDriver, m_name);
        db.setHostName(connection.host.trimmed());
        db.setPort(connection.port);
        db.setDatabaseName(connection.database.trimmed());
        db.setUserName(connection.user.trimmed());
        db.setPassword(connection.password);
        db.setConnectOptions(QStringLiteral("sslmode=%1;connect_timeout=%2;application_name=PointDesk")
                                 .arg(connection.sslMode())
                                 .arg(qMax(1, connection.connectTimeoutSeconds)));
        if (!db.open()) {
            const QSqlError error = db.lastError();
            // The server answered and said no (a wrong password, no such database): not a matter of waiting.
            result = StoreResult(isRefusal(error) ? StoreResult::Kind::Refused : StoreResult::Kind::Unreachable,
                                 QStringLiteral("connect to %1:%2: %3")
                                     .arg(connection.host)
                                     .arg(connection.port)
                                     .arg(error.text()));
        } else {
            QSqlQuery q(db);
            // UTC on the wire, whatever the server's default: the journal's times are UTC.
            if (!q.exec(QStringLiteral("SET TIME ZONE 'UTC'")))
                result = fromSql(q.lastError(), QStringLiteral("set time zone"));
        }
    }
    if (!result.ok())
        close();
    return result;
}

void StoreDatabase::close()
{
    if (QSqlDatabase::contains(m_name)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
}

bool StoreDatabase::isOpen() const
{
    return QSqlDatabase::contains(m_name) && QSqlDatabase::database(m_name, false).isOpen();
}

QSqlDatabase StoreDatabase::database() const
{
    return QSqlDatabase::database(m_name, false);
}

StoreResult StoreDatabase::fromSql(const QSqlError &error, const QString &what) const
{
    StoreResult::Kind kind = StoreResult::Kind::Failed;
    if (isConnectionTrouble(error)) {
        kind = StoreResult::Kind::Unreachable;
    } else if (isRefusal(error)) {
        kind = StoreResult::Kind::Refused;
    } else {
        // A dropped connection does not always say so (Qt may report an empty error): ask the server once more.
        QSqlDatabase db = database();
        QSqlQuery probe(db);
        if (!db.isOpen() || !probe.exec(QStringLiteral("SELECT 1")))
            kind = StoreResult::Kind::Unreachable;
    }
    return {kind, what + QStringLiteral(": ") + error.text()};
}

StoreResult StoreDatabase::readFailed(const QSqlError &error, const QString &what) const
{
    const StoreResult result = fromSql(error, what);
    return result.kind() == StoreResult::Kind::Failed ? StoreResult(StoreResult::Kind::ReadFailed, result.detail())
                                                      : result;
}

StoreResult StoreDatabase::exec(const QString &sql, const QVariantList &values, const QString &what)
{
    QSqlQuery q(database());
    if (values.isEmpty()) { // PostgreSQL prepares no DDL: a statement without values runs as it is
        if (!q.exec(sql))
            return fromSql(q.lastError(), what);
        return {};
    }
    if (!q.prepare(sql))
        return fromSql(q.lastError(), what);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec())
        return fromSql(q.lastError(), what);
    return {};
}

void StoreDatabase::rollback()
{
    QSqlDatabase db = database();
    if (db.isOpen())
        db.rollback();
}

int StoreDatabase::schemaVersion()
{
    if (!isOpen())
        return -1;
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL")) || !q.next())
        return -1;
    if (!q.value(0).toBool())
        return 0;
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

StoreResult StoreDatabase::migrate()
{
    if (!isOpen())
        return {StoreResult::Kind::Unreachable, QStringLiteral("migrate: not connected")};
    QSqlDatabase db = database();
    if (!db.transaction())
        return fromSql(db.lastError(), QStringLiteral("begin migration"));
    const auto abort = [this](const StoreResult &result) {
        rollback();
        return result;
    };
    // Counters that start together take turns; the lock ends with the transaction.
    StoreResult r = exec(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {StoreSchema::kMigrationLock},
                         QStringLiteral("migration lock"));
    if (!r.ok())
        return abort(r);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('schema_version') IS NULL")) || !q.next())
        return abort(fromSql(q.lastError(), QStringLiteral("look for schema_version")));
    const bool empty = q.value(0).toBool();
    q.finish();
    if (empty) {
        r = exec(QStringLiteral("CREATE TABLE schema_version (version integer PRIMARY KEY,"
                                " migrated_at timestamptz NOT NULL DEFAULT now())"),
                 {}, QStringLiteral("schema_version"));
        if (!r.ok())
            return abort(r);
    }
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) || !q.next())
        return abort(fromSql(q.lastError(), QStringLiteral("read schema version")));
    const int from = q.value(0).toInt();
    q.finish();
    if (from > StoreSchema::kVersion)
        return abort({StoreResult::Kind::NewerSchema, QStringLiteral("store schema %1, this build writes up to %2")
                                                          .arg(from)
                                                          .arg(StoreSchema::kVersion)});
    if (from < StoreSchema::kVersion) {
        for (const QString &statement : StoreSchema::stepsFrom(from)) {
            if (!(r = exec(statement, {}, QStringLiteral("migrate the store schema"))).ok())
                return abort(r);
        }
        r = exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"), {StoreSchema::kVersion},
                 QStringLiteral("record schema version"));
        if (!r.ok())
            return abort(r);
    }
    if (!db.commit())
        return abort(fromSql(db.lastError(), QStringLiteral("commit migration")));
    if (from < StoreSchema::kVersion)
        qCInfo(lcStoreDb) << "store schema" << from << "->" << StoreSchema::kVersion;
    return {};
}

StoreResult StoreDatabase::pushedUpTo(const StoreCounter &counter, qint64 *upTo)
{
    if (!isOpen())
        return {StoreResult::Kind::Unreachable, QStringLiteral("not connected")};
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT journal_id, pushed_up_to FROM counters WHERE counter_id = ?"));
    q.addBindValue(counter.counterId);
    if (!q.exec())
        return fromSql(q.lastError(), QStringLiteral("read the counter's mark"));
    if (!q.next()) {
        *upTo = 0;
        return {};
    }
    if (q.value(0).toString() != counter.journalId)
        return {StoreResult::Kind::JournalMismatch,
                QStringLiteral("counter %1 holds journal %2, not %3")
                    .arg(counter.counterId, q.value(0).toString(), counter.journalId)};
    *upTo = q.value(1).toLongLong();
    return {};
}

StoreResult StoreDatabase::upsertCounter(const StoreCounter &counter, qint64 upTo)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO counters AS c (counter_id, name, journal_id, currency, pushed_up_to)"
                             " VALUES (?, ?, ?, ?, ?)"
                             " ON CONFLICT (counter_id) DO UPDATE SET name = EXCLUDED.name,"
                             " currency = EXCLUDED.currency, last_push_at = now(),"
                             " pushed_up_to = GREATEST(c.pushed_up_to, EXCLUDED.pushed_up_to)"
                             " WHERE c.journal_id = EXCLUDED.journal_id"
                             " RETURNING pushed_up_to"));
    // A null QString would bind as SQL NULL.
    q.addBindValue(counter.counterId);
    q.addBindValue(counter.name.isNull() ? QString::fromLatin1("") : counter.name);
    q.addBindValue(counter.journalId);
    q.addBindValue(counter.currency.isNull() ? QString::fromLatin1("") : counter.currency);
    q.addBindValue(upTo);
    if (!q.exec())
        return fromSql(q.lastError(), QStringLiteral("record the counter"));
    if (!q.next())
        return {StoreResult::Kind::JournalMismatch,
                QStringLiteral("counter %1 holds another journal than %2").arg(counter.counterId, counter.journalId)};
    return {};
}

StoreResult StoreDatabase::applyKind(const StoreCounter &counter, OutboxRow::Kind kind, const QByteArray &rowsJson)
{
    QVariantList values{counter.counterId};
    if (kind != OutboxRow::Kind::Event)
        values << counter.currency;
    values << QString::fromUtf8(rowsJson);
    return exec(upsertSql(kind), values, QStringLiteral("apply %1 changes").arg(OutboxRow::kindKey(kind)));
}

StoreResult StoreDatabase::apply(const StoreCounter &counter, const QList<OutboxRow> &rows)
{
    if (!isOpen())
        return {StoreResult::Kind::Unreachable, QStringLiteral("apply: not connected")};
    if (rows.isEmpty())
        return {};
    // Within one batch only a row's last change matters (an upsert may not touch a row twice in one statement);
    // each kind becomes one JSON array of the rows' payloads with their change numbers.
    QHash<QPair<int, qint64>, int> last;
    for (int i = 0; i < rows.size(); ++i)
        last.insert({int(rows.at(i).kind), rows.at(i).rowId}, i);
    QByteArray json[3];
    for (int i = 0; i < rows.size(); ++i) {
        const OutboxRow &row = rows.at(i);
        if (last.value({int(row.kind), row.rowId}) != i)
            continue;
        if (!row.payload.startsWith('{') || row.payload.size() < 3)
            return {StoreResult::Kind::JournalError, QStringLiteral("change %1 is not a JSON object").arg(row.changeNo)};
        QByteArray &out = json[int(row.kind)];
        out += out.isEmpty() ? '[' : ',';
        out += "{\"change_no\":" + QByteArray::number(row.changeNo) + ',' + row.payload.mid(1);
    }
    QSqlDatabase db = database();
    if (!db.transaction())
        return fromSql(db.lastError(), QStringLiteral("begin push"));
    StoreResult r = upsertCounter(counter, rows.last().changeNo);
    for (const OutboxRow::Kind kind : {OutboxRow::Kind::Sale, OutboxRow::Kind::Refund, OutboxRow::Kind::Event}) {
        if (r.ok() && !json[int(kind)].isEmpty())
            r = applyKind(counter, kind, json[int(kind)] + ']');
    }
    if (!r.ok()) {
        rollback();
        return r;
    }
    if (!db.commit()) {
        r = fromSql(db.lastError(), QStringLiteral("commit push"));
        rollback();
        return r;
    }
    return {};
}
