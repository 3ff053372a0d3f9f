#pragma once

#include "core/PaymentOrder.h"

#include <QJsonObject>
#include <QJsonValue>

/// The pieces of pointdesk-cli's --json documents that several commands share; the README's command table is their
/// contract.
namespace CliJson {
/// An id as a JSON integer when it is a number (the legacy API's; Qt 6 keeps 64-bit integers exact), else as text;
/// null when there is none.
template <typename Tag>
QJsonValue idOrNull(const Ref<Tag> &id)
{
    if (id.isNull())
        return QJsonValue(QJsonValue::Null);
    if (const auto number = id.toNumber())
        return QJsonValue(*number);
    return QJsonValue(id.toString());
}
QJsonValue textOrNull(const QString &text);
/// order_id, status, state, payment_id, payment_status, external_reference, payer_email; `fallbackId` when the
/// order carries no id of its own.
QJsonObject order(const OrderInfo &order, const OrderRef &fallbackId);
} // namespace CliJson
