#include "core/OrderState.h"

bool OrderStates::isFinal(OrderState state)
{
    switch (state) {
    case OrderState::Approved:
    case OrderState::Rejected:
    case OrderState::Cancelled:
    case OrderState::Failed:
    case OrderState::ActionRequired:
    case OrderState::Expired:
    case OrderState::Refunded:
    case OrderState::PartlyRefunded:
        return true;
    case OrderState::Sending:
    case OrderState::WaitingForCard:
    case OrderState::Unknown:
        return false;
    }
    return false;
}

QString OrderStates::toKey(OrderState state)
{
    switch (state) {
    case OrderState::Sending:
        return QStringLiteral("sending");
    case OrderState::WaitingForCard:
        return QStringLiteral("waiting_for_card");
    case OrderState::Approved:
        return QStringLiteral("approved");
    case OrderState::Rejected:
        return QStringLiteral("rejected");
    case OrderState::Cancelled:
        return QStringLiteral("cancelled");
    case OrderState::Failed:
        return QStringLiteral("failed");
    case OrderState::Unknown:
        return QStringLiteral("unknown");
    case OrderState::ActionRequired:
        return QStringLiteral("action_required");
    case OrderState::Expired:
        return QStringLiteral("expired");
    case OrderState::Refunded:
        return QStringLiteral("refunded");
    case OrderState::PartlyRefunded:
        return QStringLiteral("partly_refunded");
    }
    return QStringLiteral("unknown");
}

bool OrderStates::wasPaid(OrderState state)
{
    return state == OrderState::Approved || state == OrderState::Refunded || state == OrderState::PartlyRefunded;
}

OrderState OrderStates::fromKey(const QString &key)
{
    for (OrderState s : {OrderState::Sending, OrderState::WaitingForCard, OrderState::Approved, OrderState::Rejected,
                         OrderState::Cancelled, OrderState::Failed, OrderState::ActionRequired, OrderState::Expired,
                         OrderState::Refunded, OrderState::PartlyRefunded}) {
        if (toKey(s) == key)
            return s;
    }
    return OrderState::Unknown;
}

QString OrderStates::displayName(OrderState state)
{
    switch (state) {
    case OrderState::Sending:
        return QCoreApplication::translate("OrderState", "Sending");
    case OrderState::WaitingForCard:
        return QCoreApplication::translate("OrderState", "Waiting for the customer");
    case OrderState::Approved:
        return QCoreApplication::translate("OrderState", "Paid");
    case OrderState::Rejected:
        return QCoreApplication::translate("OrderState", "Declined");
    case OrderState::Cancelled:
        return QCoreApplication::translate("OrderState", "Cancelled");
    case OrderState::Failed:
        return QCoreApplication::translate("OrderState", "Not sent");
    case OrderState::Unknown:
        return QCoreApplication::translate("OrderState", "Unknown");
    case OrderState::ActionRequired:
        return QCoreApplication::translate("OrderState", "Check the terminal");
    case OrderState::Expired:
        return QCoreApplication::translate("OrderState", "Expired");
    case OrderState::Refunded:
        return QCoreApplication::translate("OrderState", "Refunded");
    case OrderState::PartlyRefunded:
        return QCoreApplication::translate("OrderState", "Partly refunded");
    }
    return {};
}
