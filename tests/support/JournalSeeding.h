#pragma once
// Writing sales and refunds into a journal as the sale flow would, for tests that read totals, history or reports;
// seed() writes every state with refunds at a chosen time (moved there with SQL: the journal stamps "now").

#include "core/Money.h"
#include "core/OrderState.h"
#include "core/PaymentOrder.h"
#include "core/Refund.h"
#include "store/OrderJournal.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace JournalSeeding {

/// A sale of `cents` on `terminal` brought to `state` (Sending: only recorded; Failed: never sent; Unknown: sent,
/// no answer; else sent as order 500 + id; a paid state has payment 1000 + id). Returns the sale's id (<= 0 when the
/// journal refused it).
inline qint64 sale(OrderJournal &journal, qint64 cents, OrderState state, CardType card, const QString &terminal,
                   const QString &description = QStringLiteral("Mate"), const QString &api = QStringLiteral("orders"))
{
    OrderRequest request;
    request.amount = Money::fromCents(cents);
    request.description = description;
    request.deviceName = terminal;
    request.cardType = card;
    const qint64 id = journal.recordNew(request, api);
    if (id <= 0 || state == OrderState::Sending)
        return id;
    if (state == OrderState::Failed) {
        journal.markFailed(id, QStringLiteral("no terminal"));
        return id;
    }
    journal.attachOrderId(id, OrderRef::fromNumber(500 + id));
    if (state == OrderState::Unknown) {
        journal.recordState(id, OrderState::Unknown, QStringLiteral("no answer"));
        return id;
    }
    OrderInfo info;
    info.state = state;
    if (OrderStates::wasPaid(state))
        info.paymentId = PaymentRef::fromNumber(1000 + id);
    journal.recordState(id, info);
    return id;
}

/// A refund of `cents` on `saleId` asked for by Ana, ending in `outcome` (Unknown: recorded, never answered;
/// Rejected: refused by the bank; else answered as refund `refundNumber`). Returns the refund's id.
inline qint64 refund(OrderJournal &journal, qint64 saleId, qint64 cents, RefundState outcome, quint64 refundNumber,
                     const QString &reason = QString())
{
    const qint64 id = journal.recordRefund(saleId, Money::fromCents(cents), reason, QStringLiteral("Ana"));
    if (id <= 0 || outcome == RefundState::Unknown)
        return id;
    if (outcome == RefundState::Rejected) {
        journal.markRefundFailed(id, QStringLiteral("declined by the bank"));
        return id;
    }
    RefundInfo info;
    info.id = RefundRef::fromNumber(refundNumber);
    info.amount = Money::fromCents(cents);
    info.state = outcome;
    info.rawStatus = outcome == RefundState::Done ? QStringLiteral("approved") : QStringLiteral("in_process");
    if (!journal.recordRefundResult(id, info).ok())
        return -1;
    return id;
}

/// Moves sale `id` to `created` (and its last change to `updated`, or `created` when invalid).
inline bool moveSale(OrderJournal &journal, qint64 id, const QDateTime &created, const QDateTime &updated = {})
{
    QSqlQuery q(QSqlDatabase::database(journal.connectionName()));
    q.prepare(QStringLiteral("UPDATE orders SET created_at = ?, updated_at = ? WHERE local_id = ?"));
    q.addBindValue(created.toMSecsSinceEpoch());
    q.addBindValue((updated.isValid() ? updated : created).toMSecsSinceEpoch());
    q.addBindValue(id);
    return q.exec() && q.numRowsAffected() == 1;
}

/// The expected figures of seed().
struct Expected
{
    qint64 paidCount = 6;
    qint64 paidCents = 10000 + 1550 + 8000 + 4599 + 2000 + 1200;
    qint64 refundedCents = 3025 + 599 + 4000 + 1200;
    qint64 refundingCents = 500;
    qint64 netCents() const { return paidCents - refundedCents; }
};

/// Every state, two terminals, both card types, refunds full, partial, failed and in progress; each sale at
/// `day` `hour`:00 + its index minutes (local time). Returns the number of sales written (14), or -1.
inline int seed(OrderJournal &journal, const QDate &day, int hour = 10)
{
    const QString caja1 = QStringLiteral("Caja 1");
    const QString caja2 = QStringLiteral("Caja 2");
    QList<qint64> ids;
    ids << sale(journal, 10000, OrderState::Approved, CardType::Credit, caja1, QStringLiteral("Yerba"));
    ids << sale(journal, 1550, OrderState::Approved, CardType::Debit, caja2, QStringLiteral("Alfajores"));
    const qint64 partial = sale(journal, 8000, OrderState::Approved, CardType::Credit, caja1, QStringLiteral("Termo"));
    ids << partial;
    refund(journal, partial, 3025, RefundState::Done, 71);
    refund(journal, partial, 1000, RefundState::Rejected, 0);
    const qint64 full = sale(journal, 4599, OrderState::Approved, CardType::Debit, caja2, QStringLiteral("Bombilla"));
    ids << full;
    refund(journal, full, 599, RefundState::Done, 72);
    refund(journal, full, 4000, RefundState::Done, 73);
    const qint64 pending = sale(journal, 2000, OrderState::Approved, CardType::Credit, caja2, QStringLiteral("Mate"));
    ids << pending;
    refund(journal, pending, 500, RefundState::Pending, 74);
    ids << sale(journal, 1200, OrderState::Refunded, CardType::Debit, caja1, QStringLiteral("Azucar"));
    ids << sale(journal, 5000, OrderState::Rejected, CardType::Credit, caja1, QStringLiteral("Declined one"));
    ids << sale(journal, 7000, OrderState::Cancelled, CardType::Debit, caja2, QStringLiteral("Cancelled one"));
    ids << sale(journal, 300, OrderState::Failed, CardType::Debit, caja1, QStringLiteral("Never sent"));
    ids << sale(journal, 900, OrderState::Expired, CardType::Credit, caja2, QStringLiteral("Expired one"));
    ids << sale(journal, 1100, OrderState::ActionRequired, CardType::Credit, caja1, QStringLiteral("Check terminal"));
    ids << sale(journal, 2500, OrderState::WaitingForCard, CardType::Debit, caja1, QStringLiteral("Still waiting"));
    ids << sale(journal, 400, OrderState::Sending, CardType::Credit, caja2, QStringLiteral("Still sending"));
    ids << sale(journal, 650, OrderState::Unknown, CardType::Debit, caja2, QStringLiteral("No answer"));
    for (int i = 0; i < ids.size(); ++i) {
        if (ids.at(i) <= 0)
            return -1;
        // Paid sales spread over two hours: the first three at `hour`, the others an hour later.
        const QDateTime at(day, QTime(i < 3 ? hour : hour + 1, i));
        if (!moveSale(journal, ids.at(i), at))
            return -1;
    }
    return int(ids.size());
}

} // namespace JournalSeeding
