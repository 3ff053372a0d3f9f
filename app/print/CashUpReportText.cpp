#include "print/CashUpReportText.h"

#include <algorithm>

namespace {

QString padRight(const QString &text, int width)
{
    return text.leftJustified(width, QLatin1Char(' '), false);
}

QString padLeft(const QString &text, int width)
{
    return text.rightJustified(width, QLatin1Char(' '), false);
}

} // namespace

QString CashUpReportText::render(const CashUpReport &r, const QLocale &l, const Currency &currency)
{
    const auto money = [&](qint64 cents) { return Money::fromCents(cents).toCurrencyString(l, currency); };
    const auto dateTime = [&l](const QDateTime &at) { return l.toString(at.toLocalTime(), QLocale::ShortFormat); };
    const QString period =
        r.isOneDay()
            ? l.toString(r.fromDay, QLocale::LongFormat)
            : tr("%1 to %2").arg(l.toString(r.fromDay, QLocale::LongFormat), l.toString(r.toDay, QLocale::LongFormat));
    QStringList out;
    out << tr("Cash-up report, %1").arg(period);
    if (r.wholeStore)
        out << tr("Whole store: %1.").arg(r.counters.join(QStringLiteral(", ")));
    else if (r.isFromStore())
        out << tr("Counter %1, from the store database.").arg(r.counters.join(QStringLiteral(", ")));
    if (r.isClosed()) {
        out << tr("Closed on %1 by %2.").arg(dateTime(*r.closedAt), r.closedBy.isEmpty() ? tr("unknown") : r.closedBy);
        if (r.changedSinceClosing > 0) {
            out << (r.changedSinceClosing == 1
                        ? tr("One sale of this day changed after the closing (a late payment, a refund): the report "
                             "of the next day lists it. These figures are the ones the day was closed with.")
                        : tr("%n sales of this day changed after the closing (a late payment, a refund): the report "
                             "of the next day lists them. These figures are the ones the day was closed with.",
                             nullptr, int(r.changedSinceClosing)));
        }
    } else
        out << tr("Not closed. Figures as of %1.").arg(dateTime(r.madeAt));
    if (r.hasUnfinished()) {
        out << (r.unfinished.size() == 1
                    ? tr("Unfinished sale: one sale is still open or has an unknown result; its money is not counted.")
                    : tr("Unfinished sales: %n sales are still open or have an unknown result; their money is not "
                         "counted.",
                         nullptr, int(r.unfinished.size())));
    }
    out << QString();

    const JournalTotals::Bucket all = r.money();
    const int labelWidth = 36;
    const auto line = [&](const QString &label, const QString &count, const QString &amount) -> QString {
        const QString text = padRight(label, labelWidth) + padLeft(count, 6) + QLatin1Char(' ') + padLeft(amount, 16);
        return text.trimmed(); // the label starts the line; no spaces at its end
    };
    out << line(tr("Paid sales"), l.toString(all.takenCount), money(all.takenCents));
    out << line(tr("Refunded"), QString(), money(all.refundedCents));
    out << line(tr("Refunds in progress (not counted)"), QString(), money(all.refundingCents));
    out << line(tr("Net"), QString(), money(all.netCents()));
    out << line(tr("Declined (not counted)"), l.toString(r.count(OrderState::Rejected)), QString());
    out << line(tr("Cancelled (not counted)"), l.toString(r.count(OrderState::Cancelled)), QString());
    out << line(tr("Expired (not counted)"), l.toString(r.count(OrderState::Expired)), QString());
    out << line(tr("Not sent (not counted)"), l.toString(r.count(OrderState::Failed)), QString());
    out << line(tr("Still open or unknown (not counted)"), l.toString(qint64(r.unfinished.size())), QString());

    const auto moneyLine = [&](const QString &name, const JournalTotals::Bucket &b) -> QString {
        return QStringLiteral("  ") + padRight(name, 22) + padLeft(l.toString(b.takenCount), 6) +
               padLeft(money(b.takenCents), 16) + padLeft(money(b.refundedCents), 16) +
               padLeft(money(b.netCents()), 16);
    };
    const QString header = QStringLiteral("  ") + padRight(QString(), 22) + padLeft(tr("Sales"), 6) +
                           padLeft(tr("Paid"), 16) + padLeft(tr("Refunded"), 16) + padLeft(tr("Net"), 16);
    out << QString() << tr("By card type") << header;
    out << moneyLine(tr("Credit card"), r.totals.byCardType(CardType::Credit));
    out << moneyLine(tr("Debit card"), r.totals.byCardType(CardType::Debit));
    out << QString() << tr("By terminal") << header;
    for (const QString &name : r.totals.terminals())
        out << moneyLine(name, r.totals.byTerminal(name));
    if (r.isFromStore()) {
        out << QString() << tr("By counter") << header;
        for (const QString &name : r.totals.counters())
            out << moneyLine(name, r.totals.byCounter(name));
    }

    out << QString() << tr("Amount taken per hour");
    const qint64 highest = *std::max_element(r.takenByHour.cbegin(), r.takenByHour.cend());
    if (highest == 0)
        out << QStringLiteral("  ") + tr("No money was taken.");
    for (int h = 0; h < 24 && highest > 0; ++h) {
        const qint64 cents = r.takenByHour.value(h);
        if (cents == 0)
            continue;
        const int bar = int(qMax<qint64>(1, cents * 30 / highest));
        out << QStringLiteral("  %1:00 ").arg(h, 2, 10, QLatin1Char('0')) + padLeft(money(cents), 16) +
                   QLatin1Char(' ') + QString(bar, QLatin1Char('#'));
    }

    const auto saleLine = [&](const CashUpSale &s, bool changed) {
        // A store's sale numbers repeat across counters: its counter goes with the number.
        QString text = QStringLiteral("  %1#%2  %3  %4  %5  %6  %7")
                           .arg(s.counter.isEmpty() ? QString() : s.counter + QLatin1Char(' '))
                           .arg(s.localId)
                           .arg(dateTime(s.createdAt), s.description, s.terminal, OrderStates::displayName(s.state),
                                money(s.cents));
        if (changed) {
            text += QStringLiteral("  ") + tr("changed %1").arg(dateTime(s.updatedAt));
            if (s.refundedCents > 0)
                text += QStringLiteral("  ") + tr("refunded %1").arg(money(s.refundedCents));
        }
        return text;
    };
    out << QString() << tr("Sales still open or unknown");
    if (r.unfinished.isEmpty())
        out << QStringLiteral("  ") + tr("None: every sale of these days is finished.");
    for (const CashUpSale &s : r.unfinished)
        out << saleLine(s, false);
    if (!r.changedAfterClosing.isEmpty()) {
        out << QString() << tr("Changes after closing (sales of a closed day that changed after it was closed)");
        for (const CashUpSale &s : r.changedAfterClosing)
            out << saleLine(s, true);
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
