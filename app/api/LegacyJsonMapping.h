#pragma once

#include "api/PointBackend.h"
#include "core/Device.h"
#include "core/PaymentOrder.h"

#include <QByteArray>
#include <QString>

#include <optional>

/// JSON <-> domain for the legacy Point API. Parsers never throw or crash on any input: they return
/// nullopt and say why in `why`. Unknown extra fields are ignored.
namespace LegacyJsonMapping {
/// The legacy order status (OPEN / CLOSED) and payment_status as an OrderState. The only place that knows them.
OrderState orderState(const QString &status, const QString &paymentStatus);

QByteArray createOrderBody(const OrderRequest &request);
QByteArray enableIntegrationBody(qint64 userId);

std::optional<CreatedOrder> parseCreatedOrder(const QByteArray &body, QString *why = nullptr);
std::optional<OrderInfo> parseOrder(const QByteArray &body, QString *why = nullptr);
std::optional<DeviceList> parseDevices(const QByteArray &body, QString *why = nullptr);
/// {"status":"OK"}
bool parseStatusOk(const QByteArray &body, QString *why = nullptr);
} // namespace LegacyJsonMapping
