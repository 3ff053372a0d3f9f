#pragma once

#include "core/PaymentOrder.h"

#include <QJsonObject>
#include <QJsonValue>

/// The pieces of pointdesk-cli's --json documents that several commands share; the README's command table is their
/// contract.
namespace CliJson {
/// An id as a JSON integer (Qt 6 keeps 64-bit integers exact), null when there is none (0).
QJsonValue idOrNull(qint64 id);
QJsonValue textOrNull(const QString &text);
/// order_id, status, state, payment_id, payment_status, external_reference, payer_email; `fallbackId` when the
/// order carries no id of its own.
QJsonObject order(const OrderInfo &order, qint64 fallbackId);
} // namespace CliJson
