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
    Unknown,        ///< the API reported something PointDesk does not understand
    // Orders API only (the legacy API never reports these):
    ActionRequired, ///< final, result unknown: "check the terminal". Never paid, never silently final: the cashier
                    ///< must read the terminal's screen or slip and record the outcome
    Expired,        ///< final: not paid within the order's expiration time; nothing was charged
    Refunded,       ///< final for the sale: paid, then all the money was given back
    PartlyRefunded  ///< final for the sale: paid, then part of the money was given back
};

namespace OrderStates {
/// True for states after which the sale never changes again (PartlyRefunded: the sale stands, only more refunds
/// may follow).
bool isFinal(OrderState state);
/// True for states in which the customer paid (Approved, and the refunded states: the payment happened).
bool wasPaid(OrderState state);
/// Stable lower-case name for JSON output and the journal: "waiting_for_card", "approved" ...
QString toKey(OrderState state);
OrderState fromKey(const QString &key);
/// Translated, cashier-facing name.
QString displayName(OrderState state);
} // namespace OrderStates
