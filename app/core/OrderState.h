#pragma once

#include <QCoreApplication>
#include <QString>

/// Where a payment order stands, independent of the backend API that reports it.
enum class OrderState {
    Sending,        ///< the create request is on its way
    WaitingForCard, ///< the terminal shows the order; the customer has not paid yet
    Approved,       ///< paid
    Rejected,       ///< the card was declined
    Cancelled,      ///< cancelled by the cashier, the customer or the terminal
    Failed,         ///< never reached the terminal
    Unknown         ///< the API reported something PointDesk does not understand
};

namespace OrderStates {
/// True for states after which the order never changes again.
bool isFinal(OrderState state);
/// Stable lower-case name for JSON output and the journal: "waiting_for_card", "approved" ...
QString toKey(OrderState state);
OrderState fromKey(const QString &key);
/// Translated, cashier-facing name.
QString displayName(OrderState state);
} // namespace OrderStates
