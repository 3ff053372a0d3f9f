#include "cli/commands/HistoryReport.h"

#include "cli/CliJson.h"
#include "core/Money.h"
#include "core/Validation.h"

#include <QJsonArray>
#include <QLocale>

namespace {

// Exact and locale-independent, like the CSV export: "1234.50".
QString centsText(qint64 cents)
{
    const QString sign = cents < 0 ? QStringLiteral("-") : QString();
    const qint64 magnitude = cents < 0 ? -cents : cents;
    return sign + QString::number(magnitude / 100) + QLatin1Char('.') +
           QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString cardKey(CardType type)
{
    return type == CardType::Credit ? QStringLiteral("credit") : QStringLiteral("debit");
}

QString cardName(CardType type)
{
    return type == CardType::Credit ? HistoryReport::tr("Credit") : HistoryReport::tr("Debit");
}

// Every state, in the order a cashier reads totals: money first, then what did not go through, then what is open.
const QList<OrderState> &statesInTotalsOrder()
{
    static const QList<OrderState> states = {
        OrderState::Approved, OrderState::PartlyRefunded, OrderState::Refunded,       OrderState::Rejected,
        OrderState::Cancelled, OrderState::Expired,       OrderState::Failed,         OrderState::ActionRequired,
        OrderState::Unknown,  OrderState::Sending,        OrderState::WaitingForCard};
    return states;
}

QJsonObject bucketJson(const JournalTotals::Bucket &bucket)
{
    return QJsonObject{{QStringLiteral("count"), bucket.count},
                       {QStringLiteral("amount"), centsText(bucket.cents)},
                       {QStringLiteral("amount_cents"), bucket.cents}};
}

// What was taken, given back and kept (JournalTotals: only the sales whose money was taken count here).
QJsonObject moneyJson(const JournalTotals::Bucket &bucket)
{
    return QJsonObject{{QStringLiteral("paid_count"), bucket.takenCount},
                       {QStringLiteral("paid"), centsText(bucket.takenCents)},
                       {QStringLiteral("paid_cents"), bucket.takenCents},
                       {QStringLiteral("refunded"), centsText(bucket.refundedCents)},
                       {QStringLiteral("refunded_cents"), bucket.refundedCents},
                       {QStringLiteral("net"), centsText(bucket.netCents())},
                       {QStringLiteral("net_cents"), bucket.netCents()},
                       {QStringLiteral("refunding"), centsText(bucket.refundingCents)},
                       {QStringLiteral("refunding_cents"), bucket.refundingCents}};
}

QString localIso(const QDateTime &at)
{
    const QDateTime local = at.toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

// Lines of cells, each column as wide as its widest cell (as a person counts characters); `right` columns are
// aligned right (numbers). No trailing spaces.
QString tableText(const QList<QStringList> &rows, const QList<int> &right)
{
    QList<int> widths;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = qMax(widths.at(i), Validation::characterCount(row.at(i)));
        }
    }
    QString text;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            const int missing = widths.at(i) - Validation::characterCount(row.at(i));
            const QString fill(qMax(0, missing), QLatin1Char(' '));
            line += right.contains(int(i)) ? fill + row.at(i) : row.at(i) + fill;
            if (i + 1 < row.size())
                line += QStringLiteral("  ");
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        text += line + QLatin1Char('\n');
    }
    return text;
}

} // namespace

QString HistoryReport::table(const QList<JournalEntry> &entries, qint64 matched, const JournalTotals &totals,
                             const Currency &currency, const QString &noSalesText, bool byCounter)
{
    if (matched == 0) {
        return noSalesText + QLatin1Char('\n');
    }
    const QLocale locale;
    const auto money = [&locale, &currency](qint64 cents) {
        return Money::fromCents(cents).toLocaleString(locale, currency);
    };
    QList<QStringList> rows;
    rows.append({tr("Sale"), tr("Time"), tr("State"), tr("Amount"), tr("Card"), tr("Terminal"), tr("Order"),
                 tr("Payment"), tr("Description")});
    if (byCounter) // sale numbers repeat across counters: the counter goes next to the number
        rows.last().insert(1, tr("Counter"));
    for (const JournalEntry &e : entries) {
        rows.append({QString::number(e.localId),
                     e.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                     OrderStates::displayName(e.shownState()), money(e.request.amount.cents()), cardName(e.request.cardType),
                     e.request.deviceName, !e.orderId.isNull() ? e.orderId.toString() : QStringLiteral("-"),
                     !e.paymentId.isNull() ? e.paymentId.toString() : QStringLiteral("-"), e.request.description});
        if (byCounter)
            rows.last().insert(1, e.counterName);
    }
    QString text = byCounter ? tableText(rows, {0, 4, 7, 8}) : tableText(rows, {0, 3, 6, 7});
    if (entries.size() < matched) {
        // More matched than are shown, so there are always at least two: %n is the plural form.
        text += tr("Showing the %1 newest of %n sales; the totals count all %n.", nullptr, int(matched))
                    .arg(QString::number(entries.size())) +
                QLatin1Char('\n');
    }

    QList<QStringList> sums;
    sums.append({tr("Totals by state:"), tr("Sales"), tr("Amount")});
    for (OrderState state : statesInTotalsOrder()) {
        const JournalTotals::Bucket bucket = totals.byState(state);
        if (bucket.count > 0)
            sums.append({QStringLiteral("  ") + OrderStates::displayName(state), QString::number(bucket.count),
                         money(bucket.cents)});
    }
    sums.append({tr("Totals by card type:"), QString(), QString()});
    for (CardType type : {CardType::Credit, CardType::Debit}) {
        const JournalTotals::Bucket bucket = totals.byCardType(type);
        if (bucket.count > 0)
            sums.append({QStringLiteral("  ") + cardName(type), QString::number(bucket.count), money(bucket.cents)});
    }
    const JournalTotals::Bucket all = totals.all();
    sums.append({tr("All sales"), QString::number(all.count), money(all.cents)});
    text += QLatin1Char('\n') + tableText(sums, {1, 2});

    // Only the paid sales: what was taken, given back by refunds that went through, and kept. Declined, cancelled
    // and open sales are above, never here.
    QList<QStringList> taken;
    const auto moneyRow = [&money](const QString &name, const JournalTotals::Bucket &b) {
        return QStringList{name, QString::number(b.takenCount), money(b.takenCents), money(b.refundedCents),
                           money(b.netCents())};
    };
    taken.append({tr("Money taken by state:"), tr("Sales"), tr("Paid"), tr("Refunded"), tr("Net")});
    for (OrderState state : statesInTotalsOrder()) {
        const JournalTotals::Bucket bucket = totals.byState(state);
        if (JournalTotals::tookMoney(state) && bucket.count > 0)
            taken.append(moneyRow(QStringLiteral("  ") + OrderStates::displayName(state), bucket));
    }
    taken.append({tr("Money taken by card type:")});
    for (CardType type : {CardType::Credit, CardType::Debit}) {
        const JournalTotals::Bucket bucket = totals.byCardType(type);
        if (bucket.count > 0)
            taken.append(moneyRow(QStringLiteral("  ") + cardName(type), bucket));
    }
    taken.append({tr("Money taken by terminal:")});
    for (const QString &terminal : totals.terminals())
        taken.append(moneyRow(QStringLiteral("  ") + terminal, totals.byTerminal(terminal)));
    if (byCounter) {
        taken.append({tr("Money taken by counter:")});
        for (const QString &counter : totals.counters())
            taken.append(moneyRow(QStringLiteral("  ") + counter, totals.byCounter(counter)));
    }
    taken.append(moneyRow(tr("Money taken"), all));
    text += QLatin1Char('\n') + tableText(taken, {1, 2, 3, 4});
    if (all.refundingCents > 0) {
        text += tr("Refunds in progress, not counted as refunded yet: %1").arg(money(all.refundingCents)) +
                QLatin1Char('\n');
    }
    return text;
}

QJsonObject HistoryReport::json(const QList<JournalEntry> &entries, qint64 matched, const JournalTotals &totals,
                                bool byCounter)
{
    QJsonArray list;
    for (const JournalEntry &e : entries) {
        QJsonObject item{
            {QStringLiteral("local_id"), e.localId},
            {QStringLiteral("created_at"), e.createdAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("local_time"), localIso(e.createdAt)},
            {QStringLiteral("updated_at"), e.updatedAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("state"), OrderStates::toKey(e.state)},
            {QStringLiteral("status"), CliJson::textOrNull(e.status)},
            {QStringLiteral("amount"), centsText(e.request.amount.cents())},
            {QStringLiteral("amount_cents"), e.request.amount.cents()},
            {QStringLiteral("card"), cardKey(e.request.cardType)},
            {QStringLiteral("device"), e.request.deviceName},
            {QStringLiteral("description"), e.request.description},
            {QStringLiteral("order_id"), CliJson::idOrNull(e.orderId)},
            {QStringLiteral("payment_id"), CliJson::idOrNull(e.paymentId)},
            {QStringLiteral("payment_status"), CliJson::textOrNull(e.paymentStatus)},
            {QStringLiteral("external_reference"), CliJson::textOrNull(e.request.externalReference)},
            {QStringLiteral("payer_email"), CliJson::textOrNull(e.request.payerEmail)},
            {QStringLiteral("last_error"), CliJson::textOrNull(e.lastError)},
            {QStringLiteral("create_attempts"), e.createAttempts},
        };
        if (byCounter) {
            item.insert(QStringLiteral("counter"), QJsonObject{{QStringLiteral("id"), e.counterId},
                                                               {QStringLiteral("name"), e.counterName}});
        }
        list.append(item);
    }
    // Every state and card type is always there (zero when none), so that scripts can read them without checking.
    QJsonObject byState;
    for (OrderState state : statesInTotalsOrder()) {
        // The seven states every API reaches are always listed; the Orders API's own ones only when a sale has one,
        // so that a legacy account's report keeps its shape.
        const bool ordersOnly = state == OrderState::ActionRequired || state == OrderState::Expired ||
                                state == OrderState::Refunded || state == OrderState::PartlyRefunded;
        const JournalTotals::Bucket bucket = totals.byState(state);
        if (!ordersOnly || bucket.count > 0)
            byState.insert(OrderStates::toKey(state), bucketJson(bucket));
    }
    QJsonObject byCard;
    for (CardType type : {CardType::Credit, CardType::Debit})
        byCard.insert(cardKey(type), bucketJson(totals.byCardType(type)));
    QJsonObject sums = bucketJson(totals.all());
    sums.insert(QStringLiteral("by_state"), byState);
    sums.insert(QStringLiteral("by_card"), byCard);
    // What was taken, refunded and kept, beside the counts above (same state and card keys), and by terminal.
    QJsonObject moneyByState;
    for (auto it = byState.constBegin(); it != byState.constEnd(); ++it)
        moneyByState.insert(it.key(), moneyJson(totals.byState(OrderStates::fromKey(it.key()))));
    QJsonObject moneyByCard;
    for (CardType type : {CardType::Credit, CardType::Debit})
        moneyByCard.insert(cardKey(type), moneyJson(totals.byCardType(type)));
    QJsonArray byTerminal;
    for (const QString &terminal : totals.terminals()) {
        const JournalTotals::Bucket bucket = totals.byTerminal(terminal);
        QJsonObject item = bucketJson(bucket);
        const QJsonObject money = moneyJson(bucket);
        for (auto it = money.constBegin(); it != money.constEnd(); ++it)
            item.insert(it.key(), it.value());
        item.insert(QStringLiteral("terminal"), terminal);
        byTerminal.append(item);
    }
    sums.insert(QStringLiteral("money_taken"), moneyJson(totals.all()));
    sums.insert(QStringLiteral("money_by_state"), moneyByState);
    sums.insert(QStringLiteral("money_by_card"), moneyByCard);
    sums.insert(QStringLiteral("by_terminal"), byTerminal);
    if (byCounter) {
        QJsonArray counters;
        for (const QString &counter : totals.counters()) {
            const JournalTotals::Bucket bucket = totals.byCounter(counter);
            QJsonObject item = bucketJson(bucket);
            const QJsonObject money = moneyJson(bucket);
            for (auto it = money.constBegin(); it != money.constEnd(); ++it)
                item.insert(it.key(), it.value());
            item.insert(QStringLiteral("counter"), counter);
            counters.append(item);
        }
        sums.insert(QStringLiteral("by_counter"), counters);
    }
    return QJsonObject{
        {QStringLiteral("entries"), list}, {QStringLiteral("matched"), matched}, {QStringLiteral("totals"), sums}};
}
