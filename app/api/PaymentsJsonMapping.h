#pragma once

#include "core/Currency.h"
#include "core/Money.h"
#include "core/Refund.h"

#include <QByteArray>
#include <QString>

#include <optional>

/// JSON <-> domain for the Payments API's refund call (../shared/contracts/payments-refunds.md), which refunds the
/// payments taken through the legacy Point API. Amounts here are JSON numbers in currency units (the Orders API's
/// are strings: each API keeps its own serialiser). Parsers never crash on any input: nullopt and the reason.
namespace PaymentsJsonMapping {
/// {} for the whole balance; {"amount":12.50} ({"amount":2400} in a currency without minor units), written with
/// exactly the currency's decimals. Empty when the amount is not a whole number of the currency's steps.
QByteArray refundBody(const std::optional<Money> &amount, const Currency &currency);
/// The refund object of a 2xx reply; `expectedPayment`, when set, must be the refund's payment_id.
std::optional<RefundInfo> parseRefund(const QByteArray &body, qint64 expectedPayment = 0, QString *why = nullptr);
/// approved -> Done, in_process -> Pending, rejected -> Rejected, anything else -> Unknown (treated as pending).
RefundState refundState(const QString &status);
} // namespace PaymentsJsonMapping
