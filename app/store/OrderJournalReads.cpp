// OrderJournal's reads: single sales, filtered lists, totals, events and the CSV export. The writes, opening and
// migrating are in OrderJournal.cpp.
#include "store/JournalCsv.h"
#include "store/JournalSchema.h"
#include "store/OrderJournal.h"
#include "store/TerminalMatch.h"

#include <QIODevice>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <map>
#include <tuple>

namespace {

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
    e.cardBrand = q.value(24).toString();
    e.lastDigits = q.value(25).toString();
    e.installments = int(q.value(26).toLongLong());
    return e;
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
    // The condition of the unfinished sales' own index (JournalSchema::kUnfinishedSales), so that SQLite uses it.
    if (!q.exec(QStringLiteral("SELECT %1 FROM orders WHERE %2 ORDER BY local_id")
                    .arg(QLatin1String(JournalSchema::kOrderColumns), QLatin1String(JournalSchema::kUnfinishedSales)))) {
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
        // SQLite folds no accents: the names recorded that match, compared here, then looked up exactly.
        QStringList names;
        if (!matchingTerminalNames(filter.deviceName, &names))
            return false;
        QStringList marks;
        for (const QString &name : names) {
            marks << QStringLiteral("?");
            binds << name;
        }
        where << (names.isEmpty() ? QStringLiteral("0")
                                  : QStringLiteral("device_name IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')'));
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

bool OrderJournal::refreshTerminalNames() const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT device_name, max(local_id) FROM orders WHERE local_id > ? GROUP BY device_name"));
    q.addBindValue(m_terminalNamesUpTo);
    if (!q.exec()) {
        fail(fromSql(q.lastError(), QStringLiteral("read terminals")));
        return false;
    }
    while (q.next()) {
        const qint64 newest = q.value(1).toLongLong();
        qint64 &known = m_terminalNames[q.value(0).toString()];
        known = qMax(known, newest);
        m_terminalNamesUpTo = qMax(m_terminalNamesUpTo, newest);
    }
    return true;
}

bool OrderJournal::matchingTerminalNames(const QString &asked, QStringList *names) const
{
    names->clear();
    if (!refreshTerminalNames())
        return false;
    for (auto it = m_terminalNames.cbegin(); it != m_terminalNames.cend(); ++it) {
        if (TerminalMatch::matches(asked, it.key()))
            *names << it.key();
    }
    names->sort();
    return true;
}

QStringList OrderJournal::terminals() const
{
    if (!m_open || !refreshTerminalNames())
        return {};
    QHash<QString, QPair<QString, qint64>> byKey; // TerminalMatch::key -> the newest spelling
    for (auto it = m_terminalNames.cbegin(); it != m_terminalNames.cend(); ++it) {
        const QString key = TerminalMatch::key(it.key());
        auto found = byKey.find(key);
        if (found == byKey.end() || found->second < it.value())
            byKey.insert(key, {it.key(), it.value()});
    }
    QStringList out;
    for (const auto &spelling : std::as_const(byKey))
        out << spelling.first;
    std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) {
        const int c = a.compare(b, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a < b;
    });
    return out;
}

JournalTotals OrderJournal::totals(const JournalFilter &filter) const
{
    JournalTotals out;
    if (!m_open)
        return out;
    // Two grouped reads under the same filter as entries() and count(): the sales by stored state, card type and
    // terminal (as fast as a count), then only the sales that have refunds, with their refunds' sums; each of those
    // moves to its shown state (JournalEntry::shownState()) and adds what was given back. A sale the API reports as
    // fully refunded (perhaps not through PointDesk) gave its whole amount back.
    using Key = std::tuple<QString, QString, QString>; // state key, card type, terminal: the rows' order
    std::map<Key, JournalTotals::Row> rows;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!prepareFiltered(q, QStringLiteral("SELECT state, card_type, device_name, count(*), sum(amount_cents) FROM orders"),
                         filter, false, QStringLiteral(" GROUP BY state, card_type, device_name")))
        return out;
    while (q.next()) {
        JournalTotals::Row &row = rows[{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()}];
        row.state = OrderStates::fromKey(q.value(0).toString());
        row.cardType = CardTypes::fromApi(q.value(1).toString()).value_or(CardType::Credit);
        row.terminal = q.value(2).toString();
        row.bucket = JournalTotals::Bucket::ofStoredSales(row.state, q.value(3).toLongLong(), q.value(4).toLongLong());
    }
    if (q.lastError().isValid()) {
        fail(fromSql(q.lastError(), QStringLiteral("totals")));
        return out;
    }

    // The refunds' columns are renamed so that the filter's (state, created_at) name the sale's.
    QSqlQuery r(QSqlDatabase::database(m_connectionName, false));
    if (!prepareFiltered(r,
                         QStringLiteral("SELECT state, card_type, device_name, amount_cents, held_cents, done_cents, "
                                        "open_cents FROM orders JOIN (SELECT local_id AS refund_sale, "
                                        "sum(CASE WHEN state NOT IN ('failed', 'rejected') THEN amount_cents ELSE 0 END)"
                                        " AS held_cents, sum(CASE WHEN state = 'done' THEN amount_cents ELSE 0 END) AS "
                                        "done_cents, sum(CASE WHEN state NOT IN ('done', 'failed', 'rejected') THEN "
                                        "amount_cents ELSE 0 END) AS open_cents FROM refunds GROUP BY local_id) ON "
                                        "refund_sale = local_id"),
                         filter, false, QString()))
        return out;
    while (r.next()) {
        const QString stateKey = r.value(0).toString();
        const OrderState stored = OrderStates::fromKey(stateKey);
        const qint64 amount = r.value(3).toLongLong();
        const qint64 held = r.value(4).toLongLong();
        const qint64 done = r.value(5).toLongLong();
        const qint64 open = r.value(6).toLongLong();
        OrderState shown = stored;
        if ((stored == OrderState::Approved || stored == OrderState::PartlyRefunded) && held > 0)
            shown = amount <= held ? OrderState::Refunded : OrderState::PartlyRefunded;
        JournalTotals::Row &from = rows[{stateKey, r.value(1).toString(), r.value(2).toString()}];
        if (!JournalTotals::tookMoney(shown))
            continue; // refunds of a sale that was not paid are no money given back
        JournalTotals::Row *to = &from;
        if (shown != stored) {
            to = &rows[{OrderStates::toKey(shown), r.value(1).toString(), r.value(2).toString()}];
            to->state = shown;
            to->cardType = from.cardType;
            to->terminal = from.terminal;
            from.bucket.movePaidSale(to->bucket, amount);
        }
        if (stored != OrderState::Refunded) // else its whole amount is counted already
            to->bucket.refundedCents += done;
        to->bucket.refundingCents += open;
    }
    if (r.lastError().isValid()) {
        fail(fromSql(r.lastError(), QStringLiteral("totals")));
        return {};
    }
    for (const auto &entry : rows) {
        if (entry.second.bucket.count > 0)
            out.rows.append(entry.second);
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


QList<qint64> OrderJournal::takenByHour(const JournalFilter &filter) const
{
    if (!m_open)
        return {};
    // Paid as stored is paid as shown (refunds only move a paid sale between the paid states), as totals() counts it.
    JournalFilter paid = filter;
    paid.states = {OrderState::Approved, OrderState::PartlyRefunded, OrderState::Refunded};
    if (!filter.states.isEmpty()) {
        paid.states.erase(std::remove_if(paid.states.begin(), paid.states.end(),
                                         [&filter](OrderState s) { return !filter.states.contains(s); }),
                          paid.states.end());
        if (paid.states.isEmpty())
            return QList<qint64>(24, 0);
    }
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!prepareFiltered(q, QStringLiteral("SELECT created_at, amount_cents FROM orders"), paid, false, QString()))
        return {};
    QList<qint64> hours(24, 0);
    while (q.next())
        hours[fromMs(q.value(0).toLongLong()).toLocalTime().time().hour()] += q.value(1).toLongLong();
    if (q.lastError().isValid()) {
        fail(fromSql(q.lastError(), QStringLiteral("taken by hour")));
        return {};
    }
    return hours;
}

QList<JournalEntry> OrderJournal::changedBetween(const QDateTime &after, const QDateTime &before,
                                                 const QDateTime &createdBefore) const
{
    QList<JournalEntry> out;
    if (!m_open)
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM orders WHERE updated_at > ? AND updated_at < ? AND created_at < ?"
                             " ORDER BY updated_at, local_id")
                  .arg(QLatin1String(JournalSchema::kOrderColumns)));
    q.addBindValue(after.toMSecsSinceEpoch());
    q.addBindValue(before.toMSecsSinceEpoch());
    q.addBindValue(createdBefore.toMSecsSinceEpoch());
    if (!q.exec()) {
        fail(fromSql(q.lastError(), QStringLiteral("read changed sales")));
        return out;
    }
    while (q.next())
        out.append(readEntry(q));
    return out;
}


JournalResult OrderJournal::exportCsv(const JournalFilter &filter, QIODevice *out, const CsvFormat &format) const
{
    if (!m_open)
        return fail({JournalResult::Kind::NotOpen, QStringLiteral("exportCsv")});
    if (!out || !out->isWritable())
        return fail({JournalResult::Kind::IoError, QStringLiteral("export target is not writable")});
    const auto write = [out](const QByteArray &bytes) { return out->write(bytes) == bytes.size(); };
    const auto writeFailed = [out]() {
        return JournalResult(JournalResult::Kind::IoError, QStringLiteral("export: ") + out->errorString());
    };
    if (!write(format.preamble() + format.line(JournalCsv::saleHeader(format)).toUtf8()))
        return fail(writeFailed());

    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!prepareFiltered(q, QStringLiteral("SELECT %1 FROM orders").arg(QLatin1String(JournalSchema::kOrderColumns)), filter, false,
                         QStringLiteral(" ORDER BY created_at DESC, local_id DESC")))
        return m_lastError;
    while (q.next()) {
        const QStringList cells = JournalCsv::saleCells(readEntry(q), format);
        if (!write(format.line(cells).toUtf8()))
            return fail(writeFailed());
    }
    if (q.lastError().isValid())
        return fail(fromSql(q.lastError(), QStringLiteral("export")));
    return exportRefundsCsv(filter, out, format);
}

JournalResult OrderJournal::exportRefundsCsv(const JournalFilter &filter, QIODevice *out, const CsvFormat &format) const
{
    // The refunds of the exported sales, as a second table after one empty line (only when there is one): the
    // sales' columns stay as they were, and each refund names its sale by its number (local_id).
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
            line = QStringLiteral("\r\n") + format.line(JournalCsv::refundHeader(format));
            first = false;
        }
        JournalCsv::RefundLine refund;
        refund.refundLocalId = q.value(0).toLongLong();
        refund.saleLocalId = q.value(1).toLongLong();
        refund.refundId = q.value(2).toString();
        refund.createdAt = fromMs(q.value(3).toLongLong());
        refund.updatedAt = fromMs(q.value(4).toLongLong());
        refund.cents = q.value(5).toLongLong();
        refund.stateKey = q.value(6).toString();
        refund.requestedBy = q.value(7).toString();
        refund.reason = q.value(8).toString();
        refund.lastError = q.value(9).toString();
        const QStringList cells = JournalCsv::refundCells(refund, format);
        line += format.line(cells);
        const QByteArray bytes = line.toUtf8();
        if (out->write(bytes) != bytes.size())
            return fail({JournalResult::Kind::IoError, QStringLiteral("export: ") + out->errorString()});
    }
    if (q.lastError().isValid())
        return fail(fromSql(q.lastError(), QStringLiteral("export refunds")));
    return fail({});
}
