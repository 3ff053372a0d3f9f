// StoreSalesReader: the store's counters, its filtered sales, a sale's refunds and history lines. The sums (totals,
// money per hour), the CSV export and the cash-up report are in StoreSalesReaderSums.cpp.
#include "store/StoreSalesReader.h"

#include "store/TerminalMatch.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace {

QDateTime fromMs(const QVariant &ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC);
}

// A local day's first moment in UTC, as PostgreSQL reads a timestamptz.
QString utcBound(const QDate &day)
{
    return day.startOfDay().toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QString marks(qsizetype n)
{
    QStringList out;
    for (qsizetype i = 0; i < n; ++i)
        out << QStringLiteral("?");
    return out.join(QLatin1Char(','));
}

} // namespace

// Milliseconds since the epoch, as the journal keeps them.
const char *const StoreSalesReader::kSaleColumns =
    "s.local_sale_id, (extract(epoch FROM s.created_at) * 1000)::bigint,"
    " (extract(epoch FROM s.updated_at) * 1000)::bigint, s.amount_cents, s.description, s.terminal, s.card_type,"
    " s.external_reference, s.payer_email, s.backend, s.order_id, s.state, s.status, s.payment_id, s.payment_status,"
    " s.last_error, s.create_attempts,"
    " (SELECT COALESCE(sum(r.amount_cents), 0) FROM refunds r WHERE r.counter_id = s.counter_id"
    " AND r.local_sale_id = s.local_sale_id AND r.state NOT IN ('failed', 'rejected')),"
    " s.card_brand, s.last_digits, s.installments, s.counter_id, c.name";

JournalEntry StoreSalesReader::readEntry(const QSqlQuery &q)
{
    JournalEntry e;
    e.localId = q.value(0).toLongLong();
    e.createdAt = fromMs(q.value(1));
    e.updatedAt = fromMs(q.value(2));
    e.request.amount = Money::fromCents(q.value(3).toLongLong());
    e.request.description = q.value(4).toString();
    e.request.deviceName = q.value(5).toString();
    e.request.cardType = CardTypes::fromApi(q.value(6).toString()).value_or(CardType::Credit);
    e.request.externalReference = q.value(7).toString();
    e.request.payerEmail = q.value(8).toString();
    e.backend = q.value(9).toString();
    e.orderId = OrderRef(q.value(10).toString());
    e.state = OrderStates::fromKey(q.value(11).toString());
    e.status = q.value(12).toString();
    e.paymentId = PaymentRef(q.value(13).toString());
    e.paymentStatus = q.value(14).toString();
    e.lastError = q.value(15).toString();
    e.createAttempts = q.value(16).toInt();
    e.refunded = Money::fromCents(q.value(17).toLongLong());
    e.cardBrand = q.value(18).toString();
    e.lastDigits = q.value(19).toString();
    e.installments = q.value(20).toInt();
    e.counterId = q.value(21).toString();
    e.counterName = q.value(22).toString();
    return e;
}

StoreResult StoreSalesReader::run(QSqlQuery &q, const QString &sql, const QVariantList &binds, const QString &what)
{
    if (!m_database.isOpen())
        return {StoreResult::Kind::Unreachable, what + QStringLiteral(": not connected")};
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return m_database.readFailed(q.lastError(), what);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return m_database.readFailed(q.lastError(), what);
    return {};
}

StoreResult StoreSalesReader::counters(QList<StoreCounterInfo> *out)
{
    out->clear();
    QSqlQuery q(m_database.database());
    StoreResult r = run(q,
                        QStringLiteral("SELECT counter_id, name, currency,"
                                       " (extract(epoch FROM first_push_at) * 1000)::bigint,"
                                       " (extract(epoch FROM last_push_at) * 1000)::bigint, pushed_up_to"
                                       " FROM counters"),
                        {}, QStringLiteral("read the counters"));
    if (!r.ok())
        return r;
    while (q.next()) {
        StoreCounterInfo c;
        c.counterId = q.value(0).toString();
        c.name = q.value(1).toString();
        c.currency = q.value(2).toString();
        c.firstPushAt = fromMs(q.value(3));
        c.lastPushAt = fromMs(q.value(4));
        c.pushedUpTo = q.value(5).toLongLong();
        out->append(c);
    }
    if (q.lastError().isValid())
        return m_database.readFailed(q.lastError(), QStringLiteral("read the counters"));
    std::sort(out->begin(), out->end(), [](const StoreCounterInfo &a, const StoreCounterInfo &b) {
        const int c = a.name.compare(b.name, Qt::CaseInsensitive);
        if (c != 0)
            return c < 0;
        return a.name != b.name ? a.name < b.name : a.counterId < b.counterId;
    });
    return {};
}

StoreResult StoreSalesReader::findCounter(const QString &nameOrId, StoreCounterInfo *out, bool *found)
{
    *found = false;
    QList<StoreCounterInfo> all;
    StoreResult r = counters(&all);
    if (!r.ok())
        return r;
    for (const StoreCounterInfo &c : std::as_const(all)) {
        if (c.counterId == nameOrId.trimmed()) {
            *out = c;
            *found = true;
            return {};
        }
    }
    QList<StoreCounterInfo> named;
    for (const StoreCounterInfo &c : std::as_const(all)) {
        if (TerminalMatch::matches(nameOrId, c.name))
            named << c;
    }
    if (named.size() > 1) {
        QStringList ids;
        for (const StoreCounterInfo &c : std::as_const(named))
            ids << c.name + QStringLiteral(" (") + c.counterId + QLatin1Char(')');
        return {StoreResult::Kind::ReadFailed,
                QStringLiteral("several counters are named %1: %2").arg(nameOrId, ids.join(QStringLiteral(", ")))};
    }
    if (named.size() == 1) {
        *out = named.first();
        *found = true;
    }
    return {};
}

StoreResult StoreSalesReader::currency(const JournalFilter &filter, QString *out)
{
    out->clear();
    QSqlQuery q(m_database.database());
    const bool one = !filter.counterId.isEmpty();
    StoreResult r =
        run(q,
            QStringLiteral("SELECT DISTINCT currency FROM counters") +
                (one ? QStringLiteral(" WHERE counter_id = ?") : QString()) + QStringLiteral(" ORDER BY currency"),
            one ? QVariantList{filter.counterId} : QVariantList{}, QStringLiteral("read the currencies"));
    if (!r.ok())
        return r;
    QStringList currencies;
    while (q.next())
        currencies << q.value(0).toString();
    if (q.lastError().isValid())
        return m_database.readFailed(q.lastError(), QStringLiteral("read the currencies"));
    if (currencies.size() > 1)
        return {StoreResult::Kind::MixedCurrencies,
                QStringLiteral("the counters charge in %1").arg(currencies.join(QStringLiteral(", ")))};
    if (!currencies.isEmpty())
        *out = currencies.first();
    return {};
}

StoreResult StoreSalesReader::oneCurrency(const JournalFilter &filter)
{
    QString ignored;
    return currency(filter, &ignored);
}

StoreResult StoreSalesReader::where(const JournalFilter &filter, Where *out)
{
    QStringList conditions;
    QVariantList binds;
    if (filter.fromDay.isValid()) {
        conditions << QStringLiteral("s.created_at >= CAST(? AS timestamptz)");
        binds << utcBound(filter.fromDay);
    }
    if (filter.toDay.isValid()) {
        conditions << QStringLiteral("s.created_at < CAST(? AS timestamptz)");
        binds << utcBound(filter.toDay.addDays(1));
    }
    if (!filter.counterId.isEmpty()) {
        conditions << QStringLiteral("s.counter_id = ?");
        binds << filter.counterId;
    }
    if (!filter.states.isEmpty()) {
        conditions << QStringLiteral("s.state IN (%1)").arg(marks(filter.states.size()));
        for (OrderState state : filter.states)
            binds << OrderStates::toKey(state);
    }
    if (!filter.deviceName.isEmpty()) {
        // PostgreSQL's folding is not TerminalMatch's: the names recorded under the other conditions are compared
        // here, then looked up exactly (the same sales, so paging stays right).
        QSqlQuery q(m_database.database());
        const QString others =
            conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
        StoreResult r = run(q, QStringLiteral("SELECT DISTINCT s.terminal FROM sales s") + others, binds,
                            QStringLiteral("read the terminals"));
        if (!r.ok())
            return r;
        QStringList names;
        while (q.next()) {
            const QString name = q.value(0).toString();
            if (TerminalMatch::matches(filter.deviceName, name))
                names << name;
        }
        if (q.lastError().isValid())
            return m_database.readFailed(q.lastError(), QStringLiteral("read the terminals"));
        names.sort();
        if (names.isEmpty()) {
            conditions << QStringLiteral("false");
        } else {
            conditions << QStringLiteral("s.terminal IN (%1)").arg(marks(names.size()));
            for (const QString &name : std::as_const(names))
                binds << name;
        }
    }
    out->sql = conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    out->binds = binds;
    return {};
}

StoreResult StoreSalesReader::entry(const QString &counterId, qint64 saleLocalId, JournalEntry *out, bool *found)
{
    *found = false;
    QSqlQuery q(m_database.database());
    StoreResult r = run(q,
                        QStringLiteral("SELECT %1 FROM sales s JOIN counters c ON c.counter_id = s.counter_id"
                                       " WHERE s.counter_id = ? AND s.local_sale_id = ?")
                            .arg(QLatin1String(kSaleColumns)),
                        {counterId, saleLocalId}, QStringLiteral("read a sale"));
    if (!r.ok())
        return r;
    if (q.next()) {
        *out = readEntry(q);
        *found = true;
    } else if (q.lastError().isValid()) {
        return m_database.readFailed(q.lastError(), QStringLiteral("read a sale"));
    }
    return {};
}

StoreResult StoreSalesReader::entries(const JournalFilter &filter, QList<JournalEntry> *out)
{
    out->clear();
    StoreResult r = oneCurrency(filter);
    Where w;
    if (!r.ok() || !(r = where(filter, &w)).ok())
        return r;
    QString sql = QStringLiteral("SELECT %1 FROM sales s JOIN counters c ON c.counter_id = s.counter_id")
                      .arg(QLatin1String(kSaleColumns)) +
                  w.sql + QStringLiteral(" ORDER BY s.created_at DESC, s.counter_id DESC, s.local_sale_id DESC");
    if (filter.limit >= 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    if (filter.offset > 0)
        sql += QStringLiteral(" OFFSET %1").arg(filter.offset);
    QSqlQuery q(m_database.database());
    if (!(r = run(q, sql, w.binds, QStringLiteral("read the sales"))).ok())
        return r;
    while (q.next())
        out->append(readEntry(q));
    if (q.lastError().isValid()) {
        out->clear();
        return m_database.readFailed(q.lastError(), QStringLiteral("read the sales"));
    }
    return {};
}

StoreResult StoreSalesReader::count(const JournalFilter &filter, qint64 *out)
{
    *out = 0;
    StoreResult r = oneCurrency(filter);
    Where w;
    if (!r.ok() || !(r = where(filter, &w)).ok())
        return r;
    QSqlQuery q(m_database.database());
    if (!(r = run(q, QStringLiteral("SELECT count(*) FROM sales s") + w.sql, w.binds,
                  QStringLiteral("count the sales")))
             .ok())
        return r;
    if (!q.next())
        return m_database.readFailed(q.lastError(), QStringLiteral("count the sales"));
    *out = q.value(0).toLongLong();
    return {};
}

StoreResult StoreSalesReader::refunds(const QString &counterId, qint64 saleLocalId, QList<JournalRefund> *out)
{
    out->clear();
    QSqlQuery q(m_database.database());
    StoreResult r = run(q,
                        QStringLiteral("SELECT local_refund_id, local_sale_id, (extract(epoch FROM created_at) * 1000)"
                                       "::bigint, (extract(epoch FROM updated_at) * 1000)::bigint, amount_cents,"
                                       " whole_balance, reason, requested_by, state, refund_id, status, attempts,"
                                       " last_error FROM refunds WHERE counter_id = ? AND local_sale_id = ?"
                                       " ORDER BY local_refund_id"),
                        {counterId, saleLocalId}, QStringLiteral("read the refunds"));
    if (!r.ok())
        return r;
    while (q.next()) {
        JournalRefund refund;
        refund.refundLocalId = q.value(0).toLongLong();
        refund.saleLocalId = q.value(1).toLongLong();
        refund.createdAt = fromMs(q.value(2));
        refund.updatedAt = fromMs(q.value(3));
        refund.amount = Money::fromCents(q.value(4).toLongLong());
        refund.wholeBalance = q.value(5).toBool();
        refund.reason = q.value(6).toString();
        refund.requestedBy = q.value(7).toString();
        refund.state = JournalRefund::stateFromKey(q.value(8).toString()).value_or(JournalRefund::State::Recorded);
        refund.refundId = RefundRef(q.value(9).toString());
        refund.status = q.value(10).toString();
        refund.attempts = q.value(11).toInt();
        refund.lastError = q.value(12).toString();
        out->append(refund);
    }
    if (q.lastError().isValid()) {
        out->clear();
        return m_database.readFailed(q.lastError(), QStringLiteral("read the refunds"));
    }
    return {};
}

StoreResult StoreSalesReader::events(const QString &counterId, qint64 saleLocalId, QList<JournalEvent> *out)
{
    out->clear();
    QSqlQuery q(m_database.database());
    StoreResult r = run(q,
                        QStringLiteral("SELECT (extract(epoch FROM at) * 1000)::bigint, state, detail FROM sale_events"
                                       " WHERE counter_id = ? AND local_sale_id = ? ORDER BY local_event_id"),
                        {counterId, saleLocalId}, QStringLiteral("read the history"));
    if (!r.ok())
        return r;
    while (q.next()) {
        JournalEvent e;
        e.localId = saleLocalId;
        e.at = fromMs(q.value(0));
        e.state = OrderStates::fromKey(q.value(1).toString());
        e.detail = q.value(2).toString();
        out->append(e);
    }
    if (q.lastError().isValid()) {
        out->clear();
        return m_database.readFailed(q.lastError(), QStringLiteral("read the history"));
    }
    return {};
}
