#pragma once

#include "core/Device.h"
#include "core/PaymentOrder.h"

#include <QByteArray>
#include <QString>

#include <optional>

/// The reply to create-order: {"status":"OPEN","id":<order_id>}.
struct CreatedOrder
{
    qint64 id = 0;
    QString status;
};

/// JSON <-> domain for the legacy Point API. Parsers never throw or crash on any input: they return
/// nullopt and say why in `why`. Unknown extra fields are ignored.
namespace JsonMapping {
QByteArray createOrderBody(const OrderRequest &request);
QByteArray enableIntegrationBody(qint64 userId);

std::optional<CreatedOrder> parseCreatedOrder(const QByteArray &body, QString *why = nullptr);
std::optional<OrderInfo> parseOrder(const QByteArray &body, QString *why = nullptr);
std::optional<DeviceList> parseDevices(const QByteArray &body, QString *why = nullptr);
/// {"status":"OK"}
bool parseStatusOk(const QByteArray &body, QString *why = nullptr);
} // namespace JsonMapping
