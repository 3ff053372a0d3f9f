#include "store/JournalRecords.h"

#include <algorithm>

// --- filters and totals -----------------------------------------------------------------------------------

JournalFilter JournalFilter::day(const QDate &day)
{
    JournalFilter f;
    f.fromDay = day;
    f.toDay = day;
    return f;
}

void JournalTotals::Bucket::add(const Bucket &other)
{
    count += other.count;
    cents += other.cents;
    takenCount += other.takenCount;
    takenCents += other.takenCents;
    refundedCents += other.refundedCents;
    refundingCents += other.refundingCents;
}

JournalTotals::Bucket JournalTotals::Bucket::ofStoredSales(OrderState state, qint64 count, qint64 cents)
{
    Bucket bucket;
    bucket.count = count;
    bucket.cents = cents;
    if (tookMoney(state)) {
        bucket.takenCount = count;
        bucket.takenCents = cents;
    }
    if (state == OrderState::Refunded)
        bucket.refundedCents = cents;
    return bucket;
}

void JournalTotals::Bucket::movePaidSale(Bucket &to, qint64 movedCents)
{
    count -= 1;
    cents -= movedCents;
    takenCount -= 1;
    takenCents -= movedCents;
    to.count += 1;
    to.cents += movedCents;
    to.takenCount += 1;
    to.takenCents += movedCents;
}

namespace {

template <typename Match> JournalTotals::Bucket sumRows(const QList<JournalTotals::Row> &rows, Match match)
{
    JournalTotals::Bucket b;
    for (const JournalTotals::Row &r : rows) {
        if (match(r))
            b.add(r.bucket);
    }
    return b;
}

} // namespace

JournalTotals::Bucket JournalTotals::all() const
{
    return sumRows(rows, [](const Row &) { return true; });
}

JournalTotals::Bucket JournalTotals::byState(OrderState state) const
{
    return sumRows(rows, [state](const Row &r) { return r.state == state; });
}

JournalTotals::Bucket JournalTotals::byCardType(CardType type) const
{
    return sumRows(rows, [type](const Row &r) { return r.cardType == type; });
}

JournalTotals::Bucket JournalTotals::byStateAndCardType(OrderState state, CardType type) const
{
    return sumRows(rows, [state, type](const Row &r) { return r.state == state && r.cardType == type; });
}

JournalTotals::Bucket JournalTotals::byTerminal(const QString &terminal) const
{
    return sumRows(rows, [&terminal](const Row &r) { return r.terminal == terminal; });
}

namespace {

QStringList sortedNames(const QList<JournalTotals::Row> &rows, QString JournalTotals::Row::*member)
{
    QStringList names;
    for (const JournalTotals::Row &r : rows) {
        if (!names.contains(r.*member))
            names.append(r.*member);
    }
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        const int folded = a.compare(b, Qt::CaseInsensitive);
        return folded != 0 ? folded < 0 : a < b;
    });
    return names;
}

} // namespace

QStringList JournalTotals::terminals() const
{
    return sortedNames(rows, &Row::terminal);
}

JournalTotals::Bucket JournalTotals::byCounter(const QString &name) const
{
    return sumRows(rows, [&name](const Row &r) { return r.counter == name; });
}

QStringList JournalTotals::counters() const
{
    return sortedNames(rows, &Row::counter);
}

QString JournalRefund::stateKey(State state)
{
    switch (state) {
    case State::Recorded:
        return QStringLiteral("recorded");
    case State::Done:
        return QStringLiteral("done");
    case State::Pending:
        return QStringLiteral("pending");
    case State::Rejected:
        return QStringLiteral("rejected");
    case State::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("recorded");
}

std::optional<JournalRefund::State> JournalRefund::stateFromKey(const QString &key)
{
    for (State state : {State::Recorded, State::Done, State::Pending, State::Rejected, State::Failed}) {
        if (stateKey(state) == key)
            return state;
    }
    return std::nullopt;
}

QString OutboxRow::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Sale:
        return QStringLiteral("sale");
    case Kind::Refund:
        return QStringLiteral("refund");
    case Kind::Event:
        return QStringLiteral("event");
    }
    return {};
}

std::optional<OutboxRow::Kind> OutboxRow::kindFromKey(const QString &key)
{
    for (const Kind kind : {Kind::Sale, Kind::Refund, Kind::Event}) {
        if (kindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

