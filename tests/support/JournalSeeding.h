#pragma once
// Writing sales and refunds into a journal as the sale flow would, for tests that read totals, history or reports.

#include "core/Money.h"
#include "core/OrderState.h"
#include "core/PaymentOrder.h"
#include "core/Refund.h"
#include "store/OrderJournal.h"

#include <QString>

namespace JournalSeeding {

/// A sale of `cents` on `terminal` brought to `state` (Sending: only recorded; Failed: never sent; else sent as
/// order 500 + id; a paid state has payment 1000 + id). Returns the sale's id (<= 0 when the journal refused it).
inline qint64 sale(OrderJournal &journal, qint64 cents, OrderState state, CardType card, const QString &terminal,
                   const QString &api = QStringLiteral("orders"), const QString &description = QStringLiteral("Mate"))
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

} // namespace JournalSeeding
