// StoreSalesReader's sums and exports: totals, the money taken per hour, the CSV export and the cash-up report, by
// OrderJournal's rules (OrderJournalReads.cpp), over every counter of the store or one.
#include "store/JournalCsv.h"
#include "store/StoreSalesReader.h"

#include <QIODevice>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <map>
#include <tuple>

StoreResult StoreSalesReader::counterNames(QHash<QString, QString> *names)
{
    QList<StoreCounterInfo> all;
    StoreResult r = counters(&all);
    for (const StoreCounterInfo &c : std::as_const(all))
        names->insert(c.counterId, c.name);
    return r;
}

StoreResult StoreSalesReader::totals(const JournalFilter &filter, JournalTotals *out)
{
    *out = {};
    StoreResult r = oneCurrency(filter);
    Where w;
    QHash<QString, QString> names;
    if (!r.ok() || !(r = where(filter, &w)).ok() || !(r = counterNames(&names)).ok())
        return r;
    // As OrderJournal::totals(): the sales by stored state, card type, terminal (and counter), then only the sales
    // with refunds, with their refunds' sums; each of those moves to its shown state and adds what was given back.
    using Key = std::tuple<QString, QString, QString, QString, QString>; // state, card, terminal, counter name, id
    std::map<Key, JournalTotals::Row> rows;
    QSqlQuery q(m_database.database());
    r = run(q,
            QStringLiteral("SELECT s.state, s.card_type, s.terminal, s.counter_id, count(*), sum(s.amount_cents)"
                           " FROM sales s") +
                w.sql + QStringLiteral(" GROUP BY s.state, s.card_type, s.terminal, s.counter_id"),
            w.binds, QStringLiteral("totals"));
    if (!r.ok())
        return r;
    while (q.next()) {
        const QString counterId = q.value(3).toString();
        JournalTotals::Row &row = rows[{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                        names.value(counterId), counterId}];
        row.state = OrderStates::fromKey(q.value(0).toString());
        row.cardType = CardTypes::fromApi(q.value(1).toString()).value_or(CardType::Credit);
        row.terminal = q.value(2).toString();
        row.counter = names.value(counterId);
        row.bucket = JournalTotals::Bucket::ofStoredSales(row.state, q.value(4).toLongLong(), q.value(5).toLongLong());
    }
    if (q.lastError().isValid())
        return m_database.readFailed(q.lastError(), QStringLiteral("totals"));

    // One row per sale with refunds (grouped by the sale's key, so its other columns may be selected).
    QSqlQuery f(m_database.database());
    r = run(f,
            QStringLiteral("SELECT s.state, s.card_type, s.terminal, s.counter_id, s.amount_cents,"
                           " sum(CASE WHEN r.state NOT IN ('failed', 'rejected') THEN r.amount_cents ELSE 0 END),"
                           " sum(CASE WHEN r.state = 'done' THEN r.amount_cents ELSE 0 END),"
                           " sum(CASE WHEN r.state NOT IN ('done', 'failed', 'rejected') THEN r.amount_cents"
                           " ELSE 0 END)"
                           " FROM sales s JOIN refunds r ON r.counter_id = s.counter_id"
                           " AND r.local_sale_id = s.local_sale_id") +
                w.sql + QStringLiteral(" GROUP BY s.counter_id, s.local_sale_id"),
            w.binds, QStringLiteral("totals of the refunds"));
    if (!r.ok())
        return r;
    while (f.next()) {
        const QString stateKey = f.value(0).toString();
        const QString card = f.value(1).toString();
        const QString terminal = f.value(2).toString();
        const QString counterId = f.value(3).toString();
        const QString counter = names.value(counterId);
        const OrderState stored = OrderStates::fromKey(stateKey);
        const qint64 amount = f.value(4).toLongLong();
        const qint64 held = f.value(5).toLongLong();
        const qint64 done = f.value(6).toLongLong();
        const qint64 open = f.value(7).toLongLong();
        OrderState shown = stored;
        if ((stored == OrderState::Approved || stored == OrderState::PartlyRefunded) && held > 0)
            shown = amount <= held ? OrderState::Refunded : OrderState::PartlyRefunded;
        if (!JournalTotals::tookMoney(shown))
            continue; // refunds of a sale that was not paid are no money given back
        JournalTotals::Row &from = rows[{stateKey, card, terminal, counter, counterId}];
        JournalTotals::Row *to = &from;
        if (shown != stored) {
            to = &rows[{OrderStates::toKey(shown), card, terminal, counter, counterId}];
            to->state = shown;
            to->cardType = from.cardType;
            to->terminal = from.terminal;
            to->counter = from.counter;
            from.bucket.movePaidSale(to->bucket, amount);
        }
        if (stored != OrderState::Refunded) // else its whole amount is counted already
            to->bucket.refundedCents += done;
        to->bucket.refundingCents += open;
    }
    if (f.lastError().isValid())
        return m_database.readFailed(f.lastError(), QStringLiteral("totals of the refunds"));
    for (const auto &entry : rows) {
        if (entry.second.bucket.count > 0)
            out->rows.append(entry.second);
    }
    return {};
}

StoreResult StoreSalesReader::takenByHour(const JournalFilter &filter, QList<qint64> *out)
{
    *out = QList<qint64>(24, 0);
    // Paid as stored is paid as shown, as in OrderJournal::takenByHour().
    JournalFilter paid = filter;
    paid.states = {OrderState::Approved, OrderState::PartlyRefunded, OrderState::Refunded};
    if (!filter.states.isEmpty()) {
        paid.states.erase(std::remove_if(paid.states.begin(), paid.states.end(),
                                         [&filter](OrderState s) { return !filter.states.contains(s); }),
                          paid.states.end());
        if (paid.states.isEmpty())
            return oneCurrency(filter);
    }
    StoreResult r = oneCurrency(paid);
    Where w;
    if (!r.ok() || !(r = where(paid, &w)).ok())
        return r;
    // Summed by UTC minute in the store (a day is at most 1,440 rows back, whatever its sales), each minute then
    // put in its local hour here: every time zone's offset is a whole number of minutes.
    QSqlQuery q(m_database.database());
    r = run(q,
            QStringLiteral("SELECT floor(extract(epoch FROM s.created_at) / 60)::bigint AS minute, sum(s.amount_cents)"
                           " FROM sales s") +
                w.sql + QStringLiteral(" GROUP BY minute"),
            w.binds, QStringLiteral("taken by hour"));
    if (!r.ok())
        return r;
    while (q.next()) {
        const QDateTime minute = QDateTime::fromSecsSinceEpoch(q.value(0).toLongLong() * 60, Qt::UTC);
        (*out)[minute.toLocalTime().time().hour()] += q.value(1).toLongLong();
    }
    if (q.lastError().isValid()) {
        *out = QList<qint64>(24, 0);
        return m_database.readFailed(q.lastError(), QStringLiteral("taken by hour"));
    }
    return {};
}

StoreResult StoreSalesReader::exportCsv(const JournalFilter &filter, QIODevice *out, const CsvFormat &format)
{
    if (!out || !out->isWritable())
        return {StoreResult::Kind::Failed, QStringLiteral("export target is not writable")};
    StoreResult r = oneCurrency(filter);
    Where w;
    if (!r.ok() || !(r = where(filter, &w)).ok())
        return r;
    const auto writeFailed = [out]() {
        return StoreResult(StoreResult::Kind::Failed, QStringLiteral("export: ") + out->errorString());
    };
    const QByteArray header =
        format.preamble() +
        format.line(QStringList{JournalCsv::counterHeader(format)} + JournalCsv::saleHeader(format)).toUtf8();
    if (out->write(header) != header.size())
        return writeFailed();
    QSqlQuery q(m_database.database());
    r = run(q,
            QStringLiteral("SELECT %1 FROM sales s JOIN counters c ON c.counter_id = s.counter_id")
                    .arg(QLatin1String(kSaleColumns)) +
                w.sql + QStringLiteral(" ORDER BY s.created_at DESC, s.counter_id DESC, s.local_sale_id DESC"),
            w.binds, QStringLiteral("export"));
    if (!r.ok())
        return r;
    while (q.next()) {
        const JournalEntry e = readEntry(q);
        const QByteArray line =
            format.line(QStringList{format.text(e.counterName)} + JournalCsv::saleCells(e, format)).toUtf8();
        if (out->write(line) != line.size())
            return writeFailed();
    }
    if (q.lastError().isValid())
        return m_database.readFailed(q.lastError(), QStringLiteral("export"));
    return writeRefundsCsv(w, out, format);
}

StoreResult StoreSalesReader::writeRefundsCsv(const Where &w, QIODevice *out, const CsvFormat &format)
{
    // As the journal's: the exported sales' refunds as a second table after one empty line, when there is one.
    QSqlQuery q(m_database.database());
    StoreResult r =
        run(q,
            QStringLiteral("SELECT c.name, r.local_refund_id, r.local_sale_id, r.refund_id,"
                           " (extract(epoch FROM r.created_at) * 1000)::bigint,"
                           " (extract(epoch FROM r.updated_at) * 1000)::bigint, r.amount_cents, r.state,"
                           " r.requested_by, r.reason, r.last_error"
                           " FROM refunds r JOIN counters c ON c.counter_id = r.counter_id"
                           " JOIN sales s ON s.counter_id = r.counter_id"
                           " AND s.local_sale_id = r.local_sale_id") +
                w.sql + QStringLiteral(" ORDER BY r.created_at DESC, r.counter_id DESC, r.local_refund_id DESC"),
            w.binds, QStringLiteral("export refunds"));
    if (!r.ok())
        return r;
    bool first = true;
    while (q.next()) {
        QString line;
        if (first) {
            line = QStringLiteral("\r\n") +
                   format.line(QStringList{JournalCsv::counterHeader(format)} + JournalCsv::refundHeader(format));
            first = false;
        }
        JournalCsv::RefundLine refund;
        refund.refundLocalId = q.value(1).toLongLong();
        refund.saleLocalId = q.value(2).toLongLong();
        refund.refundId = q.value(3).toString();
        refund.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC);
        refund.updatedAt = QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC);
        refund.cents = q.value(6).toLongLong();
        refund.stateKey = q.value(7).toString();
        refund.requestedBy = q.value(8).toString();
        refund.reason = q.value(9).toString();
        refund.lastError = q.value(10).toString();
        line += format.line(QStringList{format.text(q.value(0).toString())} + JournalCsv::refundCells(refund, format));
        const QByteArray bytes = line.toUtf8();
        if (out->write(bytes) != bytes.size())
            return {StoreResult::Kind::Failed, QStringLiteral("export: ") + out->errorString()};
    }
    if (q.lastError().isValid())
        return m_database.readFailed(q.lastError(), QStringLiteral("export refunds"));
    return {};
}

StoreResult StoreSalesReader::cashUpReport(const QDate &from, const QDate &to, CashUpReport *out,
                                           const QString &counterId)
{
    *out = {};
    CashUpReport report;
    report.fromDay = from;
    report.toDay = to;
    report.madeAt = QDateTime::currentDateTimeUtc();
    report.wholeStore = counterId.isEmpty();
    JournalFilter filter;
    filter.fromDay = from;
    filter.toDay = to;
    filter.counterId = counterId;
    QList<StoreCounterInfo> all;
    StoreResult r = counters(&all);
    if (!r.ok() || !(r = totals(filter, &report.totals)).ok() || !(r = takenByHour(filter, &report.takenByHour)).ok())
        return r;
    for (const StoreCounterInfo &c : std::as_const(all)) {
        if (counterId.isEmpty() || c.counterId == counterId)
            report.counters << c.name;
    }
    filter.states = CashUpReport::unfinishedStates();
    QList<JournalEntry> open;
    if (!(r = entries(filter, &open)).ok())
        return r;
    for (auto it = open.crbegin(); it != open.crend(); ++it) // entries() is newest first
        report.unfinished.append(CashUpSale::from(*it));
    *out = report;
    return {};
}
