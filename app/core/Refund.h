#pragma once

#include "core/Money.h"
#include "core/Ref.h"

#include <QMetaType>
#include <QString>

#include <optional>

/// What a manager asks to give back: the whole remaining balance of a paid sale, or part of it.
struct RefundRequest
{
    OrderRef order;              ///< the sale's order (the Orders API refunds by order)
    PaymentRef payment;          ///< the sale's payment (legacy: the Payments API refunds by payment; Orders: the
                                 ///< PAY transaction a partial refund names)
    std::optional<Money> amount; ///< nullopt: the whole remaining balance; else a positive part of it
};

/// Where one refund stands, independent of the API that reports it.
enum class RefundState {
    Done,     ///< the money is on its way back to the payer (legacy "approved", Orders "processed")
    Pending,  ///< accepted, still being processed (legacy "in_process", Orders "processing"); re-check later
    Rejected, ///< refused after it was accepted (legacy "rejected")
    Unknown   ///< a status PointDesk does not know: treated as pending, never as done
};

/// What the API answered to a refund.
struct RefundInfo
{
    RefundRef id;
    Money amount;      ///< the amount this refund gives back
    RefundState state = RefundState::Unknown;
    QString rawStatus; ///< the API's own status word, for logs and the record

    bool operator==(const RefundInfo &o) const
    {
        return id == o.id && amount == o.amount && state == o.state && rawStatus == o.rawStatus;
    }
    bool operator!=(const RefundInfo &o) const { return !(*this == o); }
};

Q_DECLARE_METATYPE(RefundInfo)
