#pragma once

#include "core/CardType.h"
#include "core/Money.h"
#include "core/OrderState.h"
#include "core/Ref.h"

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

    bool operator==(const OrderInfo &o) const
    {
        return id == o.id && status == o.status && state == o.state && paymentId == o.paymentId &&
               paymentStatus == o.paymentStatus && externalReference == o.externalReference &&
               payerEmail == o.payerEmail;
    }
    bool operator!=(const OrderInfo &o) const { return !(*this == o); }
};

Q_DECLARE_METATYPE(OrderInfo)
