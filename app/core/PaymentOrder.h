#pragma once

#include "core/CardType.h"
#include "core/DeclineReason.h"
#include "core/Money.h"
#include "core/OrderState.h"
#include "core/Ref.h"
#include "core/Refund.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QtGlobal>

#include <optional>

/// What the cashier asks the terminal to charge (the body of the create-order call).
struct OrderRequest
{
    Money amount;
    QString description;
    QString deviceName;
    CardType cardType = CardType::Credit;
    // Optional fields: an empty string / nullopt is left out of the request, never sent empty.
    QString externalReference;
    std::optional<bool> disableBackButton;
    QString notificationUrl;
    QString payerEmail;
    // Orders API only (the legacy API ignores them):
    bool printOnTerminal = true;              ///< false: the terminal prints no ticket ("no_ticket")
    std::optional<int> expirationSeconds;     ///< nullopt: the API's default (15 minutes); else 30 s .. 3 h
};

/// What the API says about an order.
struct OrderInfo
{
    OrderRef id;
    QString status;          ///< the API's raw order status (legacy: OPEN / CLOSED / anything else)
    OrderState state = OrderState::Unknown;
    PaymentRef paymentId;    ///< null until the order is paid (or declined) with a payment
    QString paymentStatus;   ///< the API's raw payment status (approved, rejected ...)
    QString externalReference;
    QString payerEmail;
    // What the Orders API says beyond the legacy fields (left empty / unset by the legacy API):
    QString statusDetail;                     ///< the raw order status_detail
    QString paymentStatusDetail;              ///< the raw payment status_detail ("insufficient_amount" ...)
    DeclineReason declineReason = DeclineReason::None; ///< why a Rejected payment failed
    bool cancellationRequested = false;       ///< a cancel was accepted (202) but is not final: the customer may
                                              ///< still pay
    QString cardBrand;                        ///< payment_method.id: "master", "debvisa" ...; "" when not given
    QString cardType;                         ///< payment_method.type as sent: "credit_card", "debit_card" ...
    QString lastDigits;                       ///< the card's last digits when given
    int installments = 0;                     ///< 0 = unknown
    std::optional<Money> amount;              ///< the amount asked for
    std::optional<Money> paidAmount;          ///< the amount actually charged
    std::optional<Money> refundedAmount;      ///< the total given back so far
    QDateTime createdAt;                      ///< UTC; invalid when not given
    QDateTime updatedAt;                      ///< UTC; invalid when not given
    std::optional<int> expiresAfterSeconds;   ///< the order's expiration_time, counted from createdAt
    QList<RefundInfo> refunds;                ///< every refund of the order, in the API's order

    bool operator==(const OrderInfo &o) const
    {
        return id == o.id && status == o.status && state == o.state && paymentId == o.paymentId &&
               paymentStatus == o.paymentStatus && externalReference == o.externalReference &&
               payerEmail == o.payerEmail && statusDetail == o.statusDetail &&
               paymentStatusDetail == o.paymentStatusDetail && declineReason == o.declineReason &&
               cancellationRequested == o.cancellationRequested && cardBrand == o.cardBrand &&
               cardType == o.cardType && lastDigits == o.lastDigits && installments == o.installments &&
               amount == o.amount && paidAmount == o.paidAmount && refundedAmount == o.refundedAmount &&
               createdAt == o.createdAt && updatedAt == o.updatedAt &&
               expiresAfterSeconds == o.expiresAfterSeconds && refunds == o.refunds;
    }
    bool operator!=(const OrderInfo &o) const { return !(*this == o); }
};

Q_DECLARE_METATYPE(OrderInfo)
