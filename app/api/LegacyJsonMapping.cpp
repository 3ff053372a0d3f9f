#include "api/LegacyJsonMapping.h"

#include "api/JsonReading.h"
#include "core/SafeText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

using JsonReading::parseObject;

std::optional<qint64> readId(const QJsonValue &value)
{
    return JsonReading::numericId(value);
}

// A short text field as people may see it (see SafeText): a string, or a number written as its digits.
QString readText(const QJsonValue &value, qsizetype maxChars = 256)
{
    if (value.isString())
        return JsonReading::displayText(value, maxChars);
    if (value.isDouble()) {
        const qint64 asInt = value.toInteger(-1);
        return asInt >= 0 ? QString::number(asInt) : QString::number(value.toDouble());
    }
    return {};
}

bool fail(QString *why, const QString &text)
{
    if (why)
        *why = text;
    return false;
}

} // namespace

OrderState LegacyJsonMapping::orderState(const QString &status, const QString &paymentStatus)
{
    const QString s = status.trimmed().toUpper();
    if (s == QLatin1String("OPEN"))
        return OrderState::WaitingForCard;
    if (s != QLatin1String("CLOSED"))
        return OrderState::Unknown;
    const QString p = paymentStatus.trimmed().toLower();
    if (p == QLatin1String("approved"))
        return OrderState::Approved;
    if (p == QLatin1String("rejected"))
        return OrderState::Rejected;
    if (p == QLatin1String("cancelled") || p == QLatin1String("canceled"))
        return OrderState::Cancelled;
    // Closed with a payment that is still moving (in_process, pending ...): not final yet.
    return OrderState::Unknown;
}

QByteArray LegacyJsonMapping::createOrderBody(const OrderRequest &request)
{
    QJsonObject obj;
    obj.insert(QLatin1String("amount"), request.amount.toJsonNumber());
    obj.insert(QLatin1String("description"), request.description);
    obj.insert(QLatin1String("device_name"), request.deviceName);
    obj.insert(QLatin1String("cc_type"), CardTypes::toApi(request.cardType));
    if (!request.externalReference.isEmpty())
        obj.insert(QLatin1String("external_reference"), request.externalReference);
    if (request.disableBackButton.has_value())
        obj.insert(QLatin1String("disable_back_button"), *request.disableBackButton);
    if (!request.notificationUrl.isEmpty())
        obj.insert(QLatin1String("notification_url"), request.notificationUrl);
    if (!request.payerEmail.isEmpty())
        obj.insert(QLatin1String("payer_email"), request.payerEmail);
    return QJsonDocument(obj).toJson(QJsonDocument::Compact);
}

QByteArray LegacyJsonMapping::enableIntegrationBody(qint64 userId)
{
    QJsonObject obj;
    obj.insert(QLatin1String("Id"), userId);
    return QJsonDocument(obj).toJson(QJsonDocument::Compact);
}

std::optional<CreatedOrder> LegacyJsonMapping::parseCreatedOrder(const QByteArray &body, QString *why)
{
    const auto obj = parseObject(body, why);
    if (!obj)
        return std::nullopt;
    const auto id = readId(obj->value(QLatin1String("id")));
    if (!id) {
        fail(why, QStringLiteral("create-order reply has no valid id"));
        return std::nullopt;
    }
    CreatedOrder out;
    out.id = OrderRef::fromNumber(*id);
    out.status = readText(obj->value(QLatin1String("status")), 64);
    return out;
}

std::optional<OrderInfo> LegacyJsonMapping::parseOrder(const QByteArray &body, QString *why)
{
    const auto obj = parseObject(body, why);
    if (!obj)
        return std::nullopt;
    const auto id = readId(obj->value(QLatin1String("id")));
    if (!id) {
        fail(why, QStringLiteral("order has no valid id"));
        return std::nullopt;
    }
    const QJsonValue status = obj->value(QLatin1String("status"));
    if (!status.isString()) {
        fail(why, QStringLiteral("order has no status"));
        return std::nullopt;
    }
    OrderInfo info;
    info.id = OrderRef::fromNumber(*id);
    info.status = readText(status, 64);
    info.paymentStatus = readText(obj->value(QLatin1String("payment_status")), 64);
    info.paymentId = PaymentRef::fromNumber(readId(obj->value(QLatin1String("payment_id"))).value_or(0));
    info.externalReference = readText(obj->value(QLatin1String("external_reference")));
    info.payerEmail = readText(obj->value(QLatin1String("payer_email")));
    info.state = orderState(info.status, info.paymentStatus);
    return info;
}

std::optional<DeviceList> LegacyJsonMapping::parseDevices(const QByteArray &body, QString *why)
{
    const auto obj = parseObject(body, why);
    if (!obj)
        return std::nullopt;
    const QJsonValue devicesValue = obj->value(QLatin1String("devices"));
    if (!devicesValue.isArray()) {
        fail(why, QStringLiteral("device list has no \"devices\" array"));
        return std::nullopt;
    }
    DeviceList devices;
    const QJsonArray array = devicesValue.toArray();
    devices.reserve(array.size());
    for (const QJsonValue &entry : array) {
        const QJsonObject d = entry.toObject();
        // Shown in the picker and printed by the CLI: no control or bidi characters, no 300 KB names.
        const QString name = readText(d.value(QLatin1String("name")), SafeText::kMaxNameChars);
        if (name.isEmpty() || !d.value(QLatin1String("name")).isString())
            continue; // a terminal without a name cannot be addressed; skip it rather than fail the list
        Device device;
        device.name = name;
        device.id = readText(d.value(QLatin1String("id")));
        device.caller = readText(d.value(QLatin1String("caller")));
        const QJsonValue statusValue = d.value(QLatin1String("status"));
        QJsonObject statusObj;
        if (statusValue.isObject()) {
            statusObj = statusValue.toObject();
            device.rawStatus = readText(statusObj.value(QLatin1String("status")), 64);
        } else {
            device.rawStatus = readText(statusValue, 64);
        }
        const QString upper = device.rawStatus.trimmed().toUpper();
        device.status = upper == QLatin1String("FREE")   ? Device::Status::Free
                        : upper == QLatin1String("BUSY") ? Device::Status::Busy
                                                         : Device::Status::Unknown;
        device.heldOrder = OrderRef::fromNumber(readId(statusObj.value(QLatin1String("payment_attempt"))).value_or(0));
        devices.append(device);
    }
    return devices;
}

bool LegacyJsonMapping::parseStatusOk(const QByteArray &body, QString *why)
{
    const auto obj = parseObject(body, why);
    if (!obj)
        return false;
    const QString status = obj->value(QLatin1String("status")).toString();
    if (status.compare(QLatin1String("OK"), Qt::CaseInsensitive) != 0)
        return fail(why, QStringLiteral("expected {\"status\":\"OK\"}"));
    return true;
}
