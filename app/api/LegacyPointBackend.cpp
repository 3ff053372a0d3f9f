#include "api/LegacyPointBackend.h"

#include "api/PaymentsJsonMapping.h"

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
    c.refunds = true;
    c.partialRefunds = true;
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

Call<RefundInfo> *LegacyPointBackend::refund(const RefundRequest &request, const QString &idempotencyKey)
{
    const qint64 payment = request.payment.toNumber().value_or(0);
    Request r{QStringLiteral("POST"), QByteArrayLiteral("/v1/payments/") + QByteArray::number(payment) + "/refunds",
              {}, Auth::Bearer, {}, std::nullopt};
    if (payment <= 0) {
        r.encodedPath = QByteArrayLiteral("/v1/payments/-/refunds");
        r.issue = ValidationIssue{ValidationIssue::Field::OrderId,
                                  tr("This sale has no Mercado Pago payment number, so it cannot be refunded from "
                                     "PointDesk. Refund it from the Mercado Pago panel.")};
    } else if (idempotencyKey.trimmed().isEmpty()) {
        r.issue = ValidationIssue{ValidationIssue::Field::OrderId,
                                  tr("A refund needs its own key before it is sent. Nothing was sent.")};
    } else {
        r.body = PaymentsJsonMapping::refundBody(request.amount, currency());
        if (r.body.isEmpty()) {
            r.issue = ValidationIssue{ValidationIssue::Field::Amount,
                                      tr("Enter a refund amount above zero that %1 can pay out exactly.")
                                          .arg(currency().displayName())};
        }
        r.headers = {{QByteArrayLiteral("X-Idempotency-Key"), idempotencyKey.toUtf8()},
                     {QByteArrayLiteral("X-Render-In-Process-Refunds"), QByteArrayLiteral("true")}};
    }
    return start<RefundInfo>(r, [payment](const QByteArray &body, RefundInfo &out) {
        QString why;
        const auto parsed = PaymentsJsonMapping::parseRefund(body, payment, &why);
        if (!parsed)
            return ApiError::malformed(why);
        out = *parsed;
        return ApiError();
    });
}
