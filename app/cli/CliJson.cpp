#include "cli/CliJson.h"

namespace CliJson {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject order(const OrderInfo &order, const OrderRef &fallbackId)
{
    QJsonObject document;
    document.insert(QStringLiteral("order_id"), idOrNull(!order.id.isNull() ? order.id : fallbackId));
    document.insert(QStringLiteral("status"), textOrNull(order.status));
    document.insert(QStringLiteral("state"), OrderStates::toKey(order.state));
    document.insert(QStringLiteral("payment_id"), idOrNull(order.paymentId));
    document.insert(QStringLiteral("payment_status"), textOrNull(order.paymentStatus));
    document.insert(QStringLiteral("external_reference"), textOrNull(order.externalReference));
    document.insert(QStringLiteral("payer_email"), textOrNull(order.payerEmail));
    return document;
}

} // namespace CliJson
