#pragma once

#include <QString>

/// Why a payment failed, independent of the API that reports it (Orders: the payment's status_detail, contract
/// table 4.3). None while nothing failed.
enum class DeclineReason {
    None,                ///< not declined (or not known to be)
    BadCardData,         ///< the card data was entered wrongly
    HighRisk,            ///< refused by fraud prevention
    RejectedByIssuer,    ///< the card's bank refused it
    CallForAuthorization, ///< the bank wants the cardholder to call it
    MaxAttempts,         ///< too many attempts with this card
    CardDisabled,        ///< the card is blocked or disabled
    InsufficientFunds,   ///< not enough money on the card
    AmountLimit,         ///< above the bank's or the system's limit
    ProcessingError,     ///< a technical error while paying
    InvalidInstallments, ///< the installments chosen are not accepted
    Other                ///< declined for a reason not given or not known
};

namespace DeclineReasons {
/// Stable lower-case name for JSON output and logs: "insufficient_funds" ...
QString toKey(DeclineReason reason);
DeclineReason fromKey(const QString &key);
/// A translated sentence in the cashier's words saying what to do next (empty for None).
QString advice(DeclineReason reason);
} // namespace DeclineReasons
