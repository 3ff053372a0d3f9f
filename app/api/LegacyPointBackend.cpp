#include "api/LegacyPointBackend.h"

namespace {

const QByteArray kIntegrationsPath = QByteArrayLiteral("/point/services/integrations/v1");

ApiError parseDone(const QByteArray &, Done &)
{
    return {};
}

ApiError parseStatusOk(const QByteArray &body, Done &)
{
    QString why;
    if (!LegacyJsonMapping::parseStatusOk(body, &why))
        return ApiError::malformed(why);
    return {};
}

QByteArray orderPath(const OrderRef &order)
{
    return kIntegrationsPath + '/' + QByteArray::number(order.toNumber().value_or(0));
}

} // namespace

LegacyPointBackend::LegacyPointBackend(QObject *parent) : PointBackend(parent) {}

LegacyPointBackend::~LegacyPointBackend() = default;

PointBackend::Capabilities LegacyPointBackend::capabilities() const
{
    Capabilities c;
    c.idempotentCreate = false;
    c.cancelOnTerminal = true;
    c.removeTerminal = true;
    c.enableIntegration = true;
    c.terminalOperatingMode = false;
    c.refunds = false;
    c.partialRefunds = false;
    return c;
}

std::optional<ValidationIssue> LegacyPointBackend::checkOrder(const OrderRef &order)
{
    return Validation::orderId(order.toNumber().value_or(0));
}

Call<Done> *LegacyPointBackend::enableIntegration(qint64 userId)
{
    Request r{QStringLiteral("POST"), QByteArrayLiteral("/point/services/user/status/integrators"), {},
              Auth::QueryToken, {}, Validation::userId(QString::number(userId))};
    if (!r.issue)
        r.body = LegacyJsonMapping::enableIntegrationBody(userId);
    return start<Done>(r, &parseDone);
}

Call<CreatedOrder> *LegacyPointBackend::createOrder(const OrderRequest &request, const QString &)
{
    const QList<ValidationIssue> issues = Validation::orderRequest(request);
    Request r{QStringLiteral("POST"), kIntegrationsPath, {}, Auth::Bearer, {},
              issues.isEmpty() ? std::nullopt : std::optional<ValidationIssue>(issues.first())};
    if (!r.issue)
        r.body = LegacyJsonMapping::createOrderBody(request);
    return start<CreatedOrder>(r, [](const QByteArray &body, CreatedOrder &out) {
        QString why;
        const auto parsed = LegacyJsonMapping::parseCreatedOrder(body, &why);
        if (!parsed)
            return ApiError::malformed(why);
        out = *parsed;
        return ApiError();
    });
}

Call<OrderInfo> *LegacyPointBackend::getOrder(const OrderRef &order)
{
    const Request r{QStringLiteral("GET"), orderPath(order), {}, Auth::Bearer, {}, checkOrder(order)};
    return start<OrderInfo>(r, [order](const QByteArray &body, OrderInfo &out) {
        QString why;
        const auto parsed = LegacyJsonMapping::parseOrder(body, &why);
        if (!parsed)
            return ApiError::malformed(why);
        if (parsed->id != order)
            return ApiError::malformed(
                QStringLiteral("asked for order %1, got %2").arg(order.toString(), parsed->id.toString()));
        out = *parsed;
        return ApiError();
    });
}

Call<Done> *LegacyPointBackend::cancelOnTerminal(const QString &terminal)
{
    const Request r{QStringLiteral("DELETE"), kIntegrationsPath + "/attempt/device/" + encodeSegment(terminal), {},
                    Auth::Bearer, {}, Validation::deviceName(terminal)};
    return start<Done>(r, &parseStatusOk);
}

Call<Done> *LegacyPointBackend::cancelOrder(const OrderRef &order, const QString &)
{
    const Request r{QStringLiteral("DELETE"), orderPath(order), {}, Auth::Bearer, {}, checkOrder(order)};
    return start<Done>(r, &parseDone);
}

Call<DeviceList> *LegacyPointBackend::listTerminals()
{
    const Request r{QStringLiteral("GET"), kIntegrationsPath + "/devices", {}, Auth::Bearer, {}, std::nullopt};
    return start<DeviceList>(r, [](const QByteArray &body, DeviceList &out) {
        QString why;
        auto parsed = LegacyJsonMapping::parseDevices(body, &why);
        if (!parsed)
            return ApiError::malformed(why);
        out = std::move(*parsed);
        return ApiError();
    });
}

Call<Done> *LegacyPointBackend::removeTerminal(const QString &terminal)
{
    const Request r{QStringLiteral("DELETE"), kIntegrationsPath + "/devices/" + encodeSegment(terminal), {},
                    Auth::Bearer, {}, Validation::deviceName(terminal)};
    return start<Done>(r, &parseStatusOk);
}
