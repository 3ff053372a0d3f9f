#include "store/JournalRecords.h"

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
