#include "sim/SimControlSurface.h"

#include "sim/PointSimulator.h"
#include "sim/SimHttpServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace {

const QString kGet = QStringLiteral("GET");
const QString kPost = QStringLiteral("POST");
const QString kDelete = QStringLiteral("DELETE");

SimHttpResponse methodNotAllowed(const QString &allowed)
{
    SimHttpResponse response = SimHttpResponse::error(405, QStringLiteral("Method not allowed on this path"));
    response.headers.append({QByteArrayLiteral("Allow"), allowed.toLatin1()});
    return response;
}

SimHttpResponse notFound()
{
    return SimHttpResponse::error(404, QStringLiteral("Unknown control path"));
}

// The control surface takes JSON objects only; nullopt means `error` holds the 400 to send.
std::optional<QJsonObject> parseObject(const QByteArray &body, SimHttpResponse *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = SimHttpResponse::error(400, QStringLiteral("The body must be a JSON object"), QStringLiteral("body"),
                                        parseError.errorString());
        return std::nullopt;
    }
    return document.object();
}

QJsonValue idOrNull(qint64 id)
{
    return id != 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

QString orderStatusName(SimOrder::Status status)
{
    switch (status) {
    case SimOrder::Status::Open:
        return QStringLiteral("OPEN");
    case SimOrder::Status::Closed:
        return QStringLiteral("CLOSED");
    case SimOrder::Status::Deleted:
        return QStringLiteral("DELETED");
    }
    return {};
}

} // namespace

SimControlSurface::SimControlSurface(PointSimulator *simulator) : m_simulator(simulator) {}

SimHttpResponse SimControlSurface::handle(const SimHttpRequest &request)
{
    const QStringList &s = request.segments;
    const QString &method = request.method;

    if (s.size() == 1 && s.at(0) == QLatin1String("state")) {
        if (method != kGet)
            return methodNotAllowed(kGet);
        return SimHttpResponse::json(200, state());
    }
    if (s.size() == 1 && s.at(0) == QLatin1String("devices")) {
        if (method == kGet) {
            QJsonObject body;
            body.insert(QStringLiteral("devices"), state().value(QStringLiteral("devices")));
            return SimHttpResponse::json(200, body);
        }
        if (method != kPost)
            return methodNotAllowed(QStringLiteral("GET, POST"));
        return addDevice(request);
    }
    if (s.size() == 2 && s.at(0) == QLatin1String("devices")) {
        if (method != kDelete)
            return methodNotAllowed(kDelete);
        return removeDevice(s.at(1));
    }
    if (s.size() == 3 && s.at(0) == QLatin1String("devices")) {
        const QString &action = s.at(2);
        if (action != QLatin1String("approve") && action != QLatin1String("decline") &&
            action != QLatin1String("cancel"))
            return notFound();
        if (method != kPost)
            return methodNotAllowed(kPost);
        return customerAction(s.at(1), action);
    }
    if (s.size() == 1 && s.at(0) == QLatin1String("faults")) {
        if (method == kPost)
            return addFault(request);
        if (method == kDelete) {
            m_simulator->clearFaults();
            return SimHttpResponse::json(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("OK")}});
        }
        if (method == kGet) {
            return SimHttpResponse::json(
                200, QJsonObject{{QStringLiteral("pending_faults"), m_simulator->pendingFaultCount()}});
        }
        return methodNotAllowed(QStringLiteral("GET, POST, DELETE"));
    }
    if (s.size() == 1 && s.at(0) == QLatin1String("token")) {
        if (method != kPost)
            return methodNotAllowed(kPost);
        return setToken(request);
    }
    // Refund hooks (payments-refunds.md): /payments/{id}/refund|partial_refunds|age, /refunds/contingency|settle
    if (s.size() == 3 && s.at(0) == QLatin1String("payments")) {
        if (method != kPost)
            return methodNotAllowed(kPost);
        return paymentAction(request, s.at(1), s.at(2));
    }
    if (s.size() == 2 && s.at(0) == QLatin1String("refunds")) {
        if (method != kPost)
            return methodNotAllowed(kPost);
        return refundsAction(request, s.at(1));
    }
    return notFound();
}

QJsonObject SimControlSurface::state() const
{
    QJsonArray devices;
    for (const SimDevice &device : m_simulator->devices()) {
        QJsonObject entry;
        entry.insert(QStringLiteral("name"), device.name);
        entry.insert(QStringLiteral("id"), device.id);
        entry.insert(QStringLiteral("caller"), device.caller);
        entry.insert(QStringLiteral("status"),
                     device.paymentAttempt != 0 ? QStringLiteral("BUSY") : QStringLiteral("FREE"));
        entry.insert(QStringLiteral("payment_attempt"), idOrNull(device.paymentAttempt));
        devices.append(entry);
    }
    QJsonArray orders;
    for (const SimOrder &order : m_simulator->orders()) {
        QJsonObject entry;
        entry.insert(QStringLiteral("id"), order.id);
        entry.insert(QStringLiteral("device_name"), order.deviceName);
        entry.insert(QStringLiteral("amount"), order.amount.toJsonNumber());
        entry.insert(QStringLiteral("description"), order.description);
        entry.insert(QStringLiteral("cc_type"), CardTypes::toApi(order.cardType));
        entry.insert(QStringLiteral("status"), orderStatusName(order.status));
        entry.insert(QStringLiteral("payment_id"), idOrNull(order.paymentId));
        entry.insert(QStringLiteral("payment_status"), order.paymentStatus);
        entry.insert(QStringLiteral("external_reference"), order.externalReference);
        entry.insert(QStringLiteral("payer_email"), order.payerEmail);
        entry.insert(QStringLiteral("created_at"), order.createdAt.toString(Qt::ISODateWithMs));
        orders.append(entry);
    }
    QJsonArray payments;
    for (const SimPayment &payment : m_simulator->payments().payments()) {
        QJsonArray refunds;
        for (const SimRefund &refund : payment.refunds) {
            refunds.append(QJsonObject{{QStringLiteral("id"), refund.id},
                                       {QStringLiteral("amount"), Money::fromCents(refund.amountCents).toJsonNumber()},
                                       {QStringLiteral("status"), refund.status},
                                       {QStringLiteral("source"), refund.sourceType}});
        }
        payments.append(QJsonObject{
            {QStringLiteral("id"), payment.id},
            {QStringLiteral("amount"), Money::fromCents(payment.amountCents).toJsonNumber()},
            {QStringLiteral("refunded"), Money::fromCents(payment.refundedCents).toJsonNumber()},
            {QStringLiteral("status"), payment.status},
            {QStringLiteral("status_detail"), payment.statusDetail},
            {QStringLiteral("refunds"), refunds},
        });
    }
    QJsonObject body;
    body.insert(QStringLiteral("devices"), devices);
    body.insert(QStringLiteral("orders"), orders);
    body.insert(QStringLiteral("payments"), payments);
    body.insert(QStringLiteral("request_count"), m_simulator->requestCount());
    body.insert(QStringLiteral("pending_faults"), m_simulator->pendingFaultCount());
    body.insert(QStringLiteral("user_id"), m_simulator->userId());
    body.insert(QStringLiteral("integration_enabled"), m_simulator->integrationEnabled());
    return body;
}

SimHttpResponse SimControlSurface::addDevice(const SimHttpRequest &request)
{
    SimHttpResponse error;
    const std::optional<QJsonObject> object = parseObject(request.body, &error);
    if (!object)
        return error;
    const QJsonValue name = object->value(QStringLiteral("name"));
    if (!name.isString())
        return SimHttpResponse::error(400, QStringLiteral("\"name\" must be a string"), QStringLiteral("name"),
                                      QStringLiteral("missing or not a string"));
    if (m_simulator->device(name.toString()))
        return SimHttpResponse::error(409, QStringLiteral("A terminal with that name exists"), QStringLiteral("name"),
                                      QStringLiteral("already exists"));
    if (!m_simulator->addDevice(name.toString()))
        return SimHttpResponse::error(400, QStringLiteral("Invalid terminal name"), QStringLiteral("name"),
                                      QStringLiteral("blank, control characters or longer than 100 characters"));
    const SimDevice device = *m_simulator->device(name.toString());
    QJsonObject body;
    body.insert(QStringLiteral("name"), device.name);
    body.insert(QStringLiteral("id"), device.id);
    body.insert(QStringLiteral("caller"), device.caller);
    return SimHttpResponse::json(201, body);
}

SimHttpResponse SimControlSurface::removeDevice(const QString &name)
{
    if (!m_simulator->removeDevice(name))
        return SimHttpResponse::error(404, QStringLiteral("No such terminal"), QStringLiteral("name"), name);
    return SimHttpResponse::json(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("OK")}});
}

SimHttpResponse SimControlSurface::customerAction(const QString &name, const QString &action)
{
    if (!m_simulator->device(name))
        return SimHttpResponse::error(404, QStringLiteral("No such terminal"), QStringLiteral("name"), name);
    qint64 orderId = 0;
    if (action == QLatin1String("approve"))
        orderId = m_simulator->approve(name);
    else if (action == QLatin1String("decline"))
        orderId = m_simulator->decline(name);
    else
        orderId = m_simulator->customerCancel(name);
    if (orderId == 0)
        return SimHttpResponse::error(409, QStringLiteral("no open order on this terminal"));
    return SimHttpResponse::json(200, QJsonObject{{QStringLiteral("order_id"), orderId}});
}

SimHttpResponse SimControlSurface::addFault(const SimHttpRequest &request)
{
    SimHttpResponse error;
    const std::optional<QJsonObject> object = parseObject(request.body, &error);
    if (!object)
        return error;
    QString field;
    QString problem;
    const std::optional<SimFault> fault = SimFault::fromJson(*object, &field, &problem);
    if (!fault)
        return SimHttpResponse::error(400, QStringLiteral("Invalid fault"), field, problem);
    m_simulator->injectFault(*fault);
    QJsonObject body;
    body.insert(QStringLiteral("status"), QStringLiteral("OK"));
    body.insert(QStringLiteral("pending_faults"), m_simulator->pendingFaultCount());
    return SimHttpResponse::json(201, body);
}

SimHttpResponse SimControlSurface::setToken(const SimHttpRequest &request)
{
    SimHttpResponse error;
    const std::optional<QJsonObject> object = parseObject(request.body, &error);
    if (!object)
        return error;
    const QJsonValue token = object->value(QStringLiteral("token"));
    if (!token.isString() || token.toString().trimmed().isEmpty())
        return SimHttpResponse::error(400, QStringLiteral("\"token\" must be a non-empty string"),
                                      QStringLiteral("token"), QStringLiteral("missing, blank or not a string"));
    m_simulator->setAccessToken(token.toString());
    return SimHttpResponse::json(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("OK")}});
}

SimHttpResponse SimControlSurface::paymentAction(const SimHttpRequest &request, const QString &paymentId,
                                                 const QString &action)
{
    bool idOk = false;
    const qint64 id = paymentId.toLongLong(&idOk);
    if (!idOk || !m_simulator->payments().payment(id))
        return SimHttpResponse::error(404, QStringLiteral("No such payment"), QStringLiteral("id"), paymentId);
    QJsonObject object;
    if (!request.body.trimmed().isEmpty()) {
        SimHttpResponse error;
        const std::optional<QJsonObject> parsed = parseObject(request.body, &error);
        if (!parsed)
            return error;
        object = *parsed;
    }
    const auto ok = [] { return SimHttpResponse::json(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("OK")}}); };
    if (action == QLatin1String("refund")) {
        // A refund made outside PointDesk (the Mercado Pago panel); {"amount": 12.5} or {} for the balance.
        std::optional<qint64> cents;
        const QJsonValue amount = object.value(QStringLiteral("amount"));
        if (!amount.isUndefined()) {
            const std::optional<Money> money = amount.isDouble() ? Money::fromJsonNumber(amount.toDouble())
                                                                 : std::nullopt;
            if (!money)
                return SimHttpResponse::error(400, QStringLiteral("\"amount\" must be a number with at most two decimals"),
                                              QStringLiteral("amount"), QStringLiteral("not a money amount"));
            cents = money->cents();
        }
        const qint64 refundId = m_simulator->payments().refundFromPanel(id, cents);
        if (refundId == 0)
            return SimHttpResponse::error(409, QStringLiteral("nothing left to refund for that amount"));
        return SimHttpResponse::json(201, QJsonObject{{QStringLiteral("refund_id"), refundId}});
    }
    if (action == QLatin1String("partial_refunds")) {
        const QJsonValue allowed = object.value(QStringLiteral("allowed"));
        if (!allowed.isBool())
            return SimHttpResponse::error(400, QStringLiteral("\"allowed\" must be true or false"),
                                          QStringLiteral("allowed"), QStringLiteral("missing or not a boolean"));
        m_simulator->payments().setPartialRefundAllowed(id, allowed.toBool());
        return ok();
    }
    if (action == QLatin1String("age")) {
        const QJsonValue days = object.value(QStringLiteral("days"));
        if (!days.isDouble() || days.toInteger(-1) < 0)
            return SimHttpResponse::error(400, QStringLiteral("\"days\" must be a whole number of days"),
                                          QStringLiteral("days"), QStringLiteral("missing or negative"));
        m_simulator->payments().agePayment(id, int(qMin<qint64>(days.toInteger(), 100000)));
        return ok();
    }
    return notFound();
}

SimHttpResponse SimControlSurface::refundsAction(const SimHttpRequest &request, const QString &action)
{
    if (action == QLatin1String("settle")) {
        const int settled = m_simulator->payments().settleRefundsInProcess();
        return SimHttpResponse::json(200, QJsonObject{{QStringLiteral("settled"), settled}});
    }
    if (action == QLatin1String("contingency")) {
        SimHttpResponse error;
        const std::optional<QJsonObject> object = parseObject(request.body, &error);
        if (!object)
            return error;
        const QJsonValue on = object->value(QStringLiteral("on"));
        if (!on.isBool())
            return SimHttpResponse::error(400, QStringLiteral("\"on\" must be true or false"), QStringLiteral("on"),
                                          QStringLiteral("missing or not a boolean"));
        m_simulator->payments().setContingency(on.toBool());
        return SimHttpResponse::json(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("OK")}});
    }
    return notFound();
}
