#include "store/CashUpReport.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QString cardKey(CardType type)
{
    return type == CardType::Credit ? QStringLiteral("credit") : QStringLiteral("debit");
}

CardType cardFromKey(const QString &key)
{
    return key == QLatin1String("debit") ? CardType::Debit : CardType::Credit;
}

QString isoUtc(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIsoUtc(const QJsonValue &value)
{
    QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : at;
}

qint64 cents(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toInteger();
}

QJsonObject bucketJson(const JournalTotals::Bucket &b)
{
    return {{QStringLiteral("count"), b.takenCount},
            {QStringLiteral("amount_cents"), b.takenCents},
            {QStringLiteral("refunded_cents"), b.refundedCents},
            {QStringLiteral("refunding_cents"), b.refundingCents},
            {QStringLiteral("net_cents"), b.netCents()}};
}

QJsonObject saleJson(const CashUpSale &s)
{
    QJsonObject o{{QStringLiteral("id"), s.localId},
                  {QStringLiteral("time"), isoUtc(s.createdAt)},
                  {QStringLiteral("changed_at"), isoUtc(s.updatedAt)},
                  {QStringLiteral("description"), s.description},
                  {QStringLiteral("terminal"), s.terminal},
                  {QStringLiteral("card_type"), cardKey(s.cardType)},
                  {QStringLiteral("state"), OrderStates::toKey(s.state)},
                  {QStringLiteral("amount_cents"), s.cents},
                  {QStringLiteral("refunded_cents"), s.refundedCents}};
    if (!s.counter.isEmpty()) // a store's report only: the local journal's JSON stays as it was
        o.insert(QStringLiteral("counter"), s.counter);
    return o;
}

CashUpSale saleFromJson(const QJsonObject &o)
{
    CashUpSale s;
    s.localId = o.value(QStringLiteral("id")).toInteger();
    s.createdAt = fromIsoUtc(o.value(QStringLiteral("time")));
    s.updatedAt = fromIsoUtc(o.value(QStringLiteral("changed_at")));
    s.description = o.value(QStringLiteral("description")).toString();
    s.terminal = o.value(QStringLiteral("terminal")).toString();
    s.cardType = cardFromKey(o.value(QStringLiteral("card_type")).toString());
    s.state = OrderStates::fromKey(o.value(QStringLiteral("state")).toString());
    s.cents = cents(o, "amount_cents");
    s.refundedCents = cents(o, "refunded_cents");
    s.counter = o.value(QStringLiteral("counter")).toString();
    return s;
}

QJsonArray salesJson(const QList<CashUpSale> &sales)
{
    QJsonArray out;
    for (const CashUpSale &s : sales)
        out.append(saleJson(s));
    return out;
}

QList<CashUpSale> salesFromJson(const QJsonValue &value)
{
    QList<CashUpSale> out;
    for (const QJsonValue &v : value.toArray())
        out.append(saleFromJson(v.toObject()));
    return out;
}

} // namespace

CashUpSale CashUpSale::from(const JournalEntry &entry)
{
    CashUpSale s;
    s.localId = entry.localId;
    s.createdAt = entry.createdAt;
    s.updatedAt = entry.updatedAt;
    s.description = entry.request.description;
    s.terminal = entry.request.deviceName;
    s.cardType = entry.request.cardType;
    s.state = entry.shownState();
    s.cents = entry.request.amount.cents();
    s.refundedCents = entry.refunded.cents();
    s.counter = entry.counterName;
    return s;
}

QList<OrderState> CashUpReport::unfinishedStates()
{
    return {OrderState::Sending, OrderState::WaitingForCard, OrderState::Unknown, OrderState::ActionRequired};
}

QJsonObject CashUpReport::toJson() const
{
    QJsonObject doc;
    doc.insert(QStringLiteral("from"), fromDay.toString(Qt::ISODate));
    doc.insert(QStringLiteral("to"), toDay.toString(Qt::ISODate));
    doc.insert(QStringLiteral("made_at"), isoUtc(madeAt));
    if (closedAt)
        doc.insert(QStringLiteral("closed"), QJsonObject{{QStringLiteral("at"), isoUtc(*closedAt)},
                                                         {QStringLiteral("by"), closedBy},
                                                         {QStringLiteral("changed_since"), changedSinceClosing}});
    if (isFromStore()) // the local journal's JSON stays as it was
        doc.insert(QStringLiteral("store"),
                   QJsonObject{{QStringLiteral("whole_store"), wholeStore},
                               {QStringLiteral("counters"), QJsonArray::fromStringList(counters)}});
    doc.insert(QStringLiteral("unfinished"), hasUnfinished());
    doc.insert(QStringLiteral("paid"), bucketJson(money()));
    const JournalTotals::Bucket all = totals.all();
    doc.insert(QStringLiteral("sales_count"), all.count);
    doc.insert(QStringLiteral("declined_count"), count(OrderState::Rejected));
    doc.insert(QStringLiteral("cancelled_count"), count(OrderState::Cancelled));
    doc.insert(QStringLiteral("expired_count"), count(OrderState::Expired));
    doc.insert(QStringLiteral("not_sent_count"), count(OrderState::Failed));
    qint64 open = 0;
    for (OrderState s : unfinishedStates())
        open += count(s);
    doc.insert(QStringLiteral("open_count"), open);

    QJsonArray cards;
    for (CardType type : {CardType::Credit, CardType::Debit}) {
        QJsonObject o = bucketJson(totals.byCardType(type));
        o.insert(QStringLiteral("card_type"), cardKey(type));
        cards.append(o);
    }
    doc.insert(QStringLiteral("by_card_type"), cards);
    QJsonArray terminals;
    for (const QString &name : totals.terminals()) {
        QJsonObject o = bucketJson(totals.byTerminal(name));
        o.insert(QStringLiteral("terminal"), name);
        terminals.append(o);
    }
    doc.insert(QStringLiteral("by_terminal"), terminals);
    if (isFromStore()) {
        QJsonArray byCounter;
        for (const QString &name : totals.counters()) {
            QJsonObject o = bucketJson(totals.byCounter(name));
            o.insert(QStringLiteral("counter"), name);
            byCounter.append(o);
        }
        doc.insert(QStringLiteral("by_counter"), byCounter);
    }
    QJsonArray hours;
    for (qint64 c : takenByHour)
        hours.append(c);
    doc.insert(QStringLiteral("taken_by_hour_cents"), hours);
    doc.insert(QStringLiteral("open_sales"), salesJson(unfinished));
    doc.insert(QStringLiteral("changed_after_closing"), salesJson(changedAfterClosing));

    QJsonArray rows;
    for (const JournalTotals::Row &r : totals.rows) {
        QJsonObject row{{QStringLiteral("state"), OrderStates::toKey(r.state)},
                        {QStringLiteral("card_type"), cardKey(r.cardType)},
                        {QStringLiteral("terminal"), r.terminal},
                        {QStringLiteral("count"), r.bucket.count},
                        {QStringLiteral("cents"), r.bucket.cents},
                        {QStringLiteral("taken_count"), r.bucket.takenCount},
                        {QStringLiteral("taken_cents"), r.bucket.takenCents},
                        {QStringLiteral("refunded_cents"), r.bucket.refundedCents},
                        {QStringLiteral("refunding_cents"), r.bucket.refundingCents}};
        if (isFromStore()) // the local journal's JSON stays as it was
            row.insert(QStringLiteral("counter"), r.counter);
        rows.append(row);
    }
    doc.insert(QStringLiteral("rows"), rows);
    return doc;
}

QByteArray CashUpReport::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

std::optional<CashUpReport> CashUpReport::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    CashUpReport r;
    r.fromDay = QDate::fromString(o.value(QStringLiteral("from")).toString(), Qt::ISODate);
    r.toDay = QDate::fromString(o.value(QStringLiteral("to")).toString(), Qt::ISODate);
    if (!r.fromDay.isValid() || !r.toDay.isValid())
        return std::nullopt;
    r.madeAt = fromIsoUtc(o.value(QStringLiteral("made_at")));
    const QJsonObject closed = o.value(QStringLiteral("closed")).toObject();
    if (!closed.isEmpty()) {
        r.closedAt = fromIsoUtc(closed.value(QStringLiteral("at")));
        r.closedBy = closed.value(QStringLiteral("by")).toString();
    }
    const QJsonObject store = o.value(QStringLiteral("store")).toObject();
    r.wholeStore = store.value(QStringLiteral("whole_store")).toBool();
    for (const QJsonValue &name : store.value(QStringLiteral("counters")).toArray())
        r.counters << name.toString();
    const QJsonArray hours = o.value(QStringLiteral("taken_by_hour_cents")).toArray();
    if (hours.size() != 24)
        return std::nullopt;
    for (int h = 0; h < 24; ++h)
        r.takenByHour[h] = hours.at(h).toInteger();
    r.unfinished = salesFromJson(o.value(QStringLiteral("open_sales")));
    r.changedAfterClosing = salesFromJson(o.value(QStringLiteral("changed_after_closing")));
    for (const QJsonValue &v : o.value(QStringLiteral("rows")).toArray()) {
        const QJsonObject row = v.toObject();
        JournalTotals::Row t;
        t.state = OrderStates::fromKey(row.value(QStringLiteral("state")).toString());
        t.cardType = cardFromKey(row.value(QStringLiteral("card_type")).toString());
        t.terminal = row.value(QStringLiteral("terminal")).toString();
        t.counter = row.value(QStringLiteral("counter")).toString();
        t.bucket.count = cents(row, "count");
        t.bucket.cents = cents(row, "cents");
        t.bucket.takenCount = cents(row, "taken_count");
        t.bucket.takenCents = cents(row, "taken_cents");
        t.bucket.refundedCents = cents(row, "refunded_cents");
        t.bucket.refundingCents = cents(row, "refunding_cents");
        r.totals.rows.append(t);
    }
    return r;
}
