// OrderJournal's reads: single sales, filtered lists, totals, events and the CSV export. The writes, opening and
// migrating are in OrderJournal.cpp.
#include "store/JournalSchema.h"
#include "store/OrderJournal.h"

#include <QIODevice>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QString finalStateList()
{
    QStringList keys;
    for (OrderState s : {OrderState::Approved, OrderState::Rejected, OrderState::Cancelled, OrderState::Failed,
                         OrderState::ActionRequired, OrderState::Expired, OrderState::Refunded,
                         OrderState::PartlyRefunded})
        keys << QLatin1Char('\'') + OrderStates::toKey(s) + QLatin1Char('\'');
    return keys.join(QLatin1Char(','));
}

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
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
    e.orderId = OrderRef(q.value(11).toString());
    e.state = OrderStates::fromKey(q.value(12).toString());
    e.status = q.value(13).toString();
    e.paymentId = PaymentRef(q.value(14).toString());
    e.paymentStatus = q.value(15).toString();
    e.lastError = q.value(16).toString();
    e.createAttempts = q.value(17).toInt();
    e.backend = q.value(18).toString();
    e.createKey = q.value(19).toString();
    e.cancelKey = q.value(20).toString();
    e.request.printOnTerminal = q.value(21).toLongLong() != 0;
    if (!q.value(22).isNull())
        e.request.expirationSeconds = int(q.value(22).toLongLong());
    e.refunded = Money::fromCents(q.value(23).toLongLong());
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

std::optional<JournalEntry> OrderJournal::entry(qint64 localId) const
{
    if (!m_open)
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM orders WHERE local_id = ?").arg(QLatin1String(JournalSchema::kOrderColumns)));
    q.addBindValue(localId);
    if (!q.exec()) {
        fail(fromSql(q.lastError(), QStringLiteral("read sale")));
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return readEntry(q);
}

std::optional<JournalEntry> OrderJournal::entryByOrderId(const OrderRef &orderId) const
{
    return orderId.isNull() ? std::nullopt : entryWhere(QStringLiteral("order_id"), orderId.toString());
}

std::optional<JournalEntry> OrderJournal::entryByPaymentId(const PaymentRef &paymentId) const
{
    return paymentId.isNull() ? std::nullopt : entryWhere(QStringLiteral("payment_id"), paymentId.toString());
}

std::optional<JournalEntry> OrderJournal::entryWhere(const QString &idColumn, const QString &id) const
{
    if (!m_open)
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    // The newest: an order id is unique, a payment id belongs to one sale.
    q.prepare(QStringLiteral("SELECT %1 FROM orders WHERE %2 = ? ORDER BY local_id DESC LIMIT 1")
                  .arg(QLatin1String(JournalSchema::kOrderColumns), idColumn));
    q.addBindValue(id);
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
                    .arg(QLatin1String(JournalSchema::kOrderColumns), finalStateList()))) {
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
    if (!prepareFiltered(q, QStringLiteral("SELECT %1 FROM orders").arg(QLatin1String(JournalSchema::kOrderColumns)), filter, true,
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
    // One pass: each matching sale with the sums of its refunds (a derived table whose columns do not clash with the
    // filter's), its shown state worked out as JournalEntry::shownState() does, then grouped. The filter applies to
    // the inner select, so its semantics are those of entries() and count().
    static const QString inner = QStringLiteral(
        "SELECT shown, card_type, device_name, count(*), sum(amount_cents),"
        " sum(CASE WHEN shown IN ('approved', 'partly_refunded', 'refunded') THEN 1 ELSE 0 END),"
        " sum(CASE WHEN shown IN ('approved', 'partly_refunded', 'refunded') THEN amount_cents ELSE 0 END),"
        " sum(CASE WHEN shown IN ('approved', 'partly_refunded', 'refunded') THEN given_back ELSE 0 END),"
        " sum(CASE WHEN shown IN ('approved', 'partly_refunded', 'refunded') THEN refunding ELSE 0 END)"
        " FROM (SELECT card_type, device_name, amount_cents,"
        " CASE WHEN state IN ('approved', 'partly_refunded') AND COALESCE(held_cents, 0) > 0"
        " THEN (CASE WHEN amount_cents <= held_cents THEN 'refunded' ELSE 'partly_refunded' END) ELSE state END"
        " AS shown,"
        // The API says everything was given back (perhaps not through PointDesk): the whole amount.
        " CASE WHEN state = 'refunded' THEN amount_cents ELSE COALESCE(done_cents, 0) END AS given_back,"
        " COALESCE(open_cents, 0) AS refunding"
        " FROM orders LEFT JOIN (SELECT local_id AS refund_sale,"
        " sum(CASE WHEN state NOT IN ('failed', 'rejected') THEN amount_cents END) AS held_cents,"
        " sum(CASE WHEN state = 'done' THEN amount_cents END) AS done_cents,"
        " sum(CASE WHEN state NOT IN ('done', 'failed', 'rejected') THEN amount_cents END) AS open_cents"
        " FROM refunds GROUP BY local_id) ON refund_sale = local_id");
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!prepareFiltered(q, inner, filter, false,
                         QStringLiteral(") GROUP BY shown, card_type, device_name ORDER BY shown, card_type, device_name")))
        return out;
    while (q.next()) {
        JournalTotals::Row row;
        row.state = OrderStates::fromKey(q.value(0).toString());
        row.cardType = CardTypes::fromApi(q.value(1).toString()).value_or(CardType::Credit);
        row.terminal = q.value(2).toString();
        row.bucket.count = q.value(3).toLongLong();
        row.bucket.cents = q.value(4).toLongLong();
        row.bucket.takenCount = q.value(5).toLongLong();
        row.bucket.takenCents = q.value(6).toLongLong();
        row.bucket.refundedCents = q.value(7).toLongLong();
        row.bucket.refundingCents = q.value(8).toLongLong();
        out.rows.append(row);
    }
    if (q.lastError().isValid())
        fail(fromSql(q.lastError(), QStringLiteral("totals")));
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
    if (!prepareFiltered(q, QStringLiteral("SELECT %1 FROM orders").arg(QLatin1String(JournalSchema::kOrderColumns)), filter, false,
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
            csvField(e.orderId.toString()),
            csvField(e.paymentId.toString()),
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
    return exportRefundsCsv(filter, out);
}

JournalResult OrderJournal::exportRefundsCsv(const JournalFilter &filter, QIODevice *out) const
{
    // The refunds of the exported sales, as a second table after one empty line (only when there is one): the
    // sales' columns stay as they were, and each refund names its sale by local_id.
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!prepareFiltered(q,
                         QStringLiteral("SELECT refund_local_id, local_id, refund_id, created_at, updated_at, "
                                        "amount_cents, state, requested_by, reason, last_error FROM refunds WHERE "
                                        "local_id IN (SELECT local_id FROM orders"),
                         filter, false, QStringLiteral(") ORDER BY created_at DESC, refund_local_id DESC")))
        return m_lastError;
    bool first = true;
    while (q.next()) {
        QString line;
        if (first) {
            line = QStringLiteral("\r\nrefund_local_id,sale_local_id,refund_id,created_at,updated_at,amount,state,"
                                  "requested_by,reason,last_error\r\n");
            first = false;
        }
        const QStringList fields = {
            QString::number(q.value(0).toLongLong()),
            QString::number(q.value(1).toLongLong()),
            csvField(q.value(2).toString()),
            isoUtc(fromMs(q.value(3).toLongLong())),
            isoUtc(fromMs(q.value(4).toLongLong())),
            plainAmount(q.value(5).toLongLong()),
            csvField(q.value(6).toString()),
            csvField(q.value(7).toString()),
            csvField(q.value(8).toString()),
            csvField(q.value(9).toString()),
        };
        line += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        const QByteArray bytes = line.toUtf8();
        if (out->write(bytes) != bytes.size())
            return fail({JournalResult::Kind::IoError, QStringLiteral("export: ") + out->errorString()});
    }
    if (q.lastError().isValid())
        return fail(fromSql(q.lastError(), QStringLiteral("export refunds")));
    return fail({});
}
