#include "sim/PointSimulator.h"

#include "sim/SimControlSurface.h"
#include "sim/SimHttpServer.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <memory>

Q_LOGGING_CATEGORY(lcSim, "pointdesk.sim")

namespace {

// Ids above 2^32 (orders, devices) and 2^33 (payments) make any 32-bit truncation in a client visible.
constexpr qint64 kFirstOrderId = 5'000'000'000LL;
constexpr qint64 kFirstPaymentId = 9'000'000'000LL;
constexpr qint64 kFirstDeviceId = 4'300'000'000LL;
constexpr qint64 kCallerOffset = 3'100'000'000'000LL;
constexpr int kMaxDeviceNameChars = 100;
constexpr int kMaxDescriptionChars = 20;

const QString kGet = QStringLiteral("GET");
const QString kPost = QStringLiteral("POST");
const QString kDelete = QStringLiteral("DELETE");

QString randomDigits(int count)
{
    QString out;
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out.append(QLatin1Char(static_cast<char>('0' + QRandomGenerator::global()->bounded(10))));
    return out;
}

// Shaped like a Mercado Pago test credential so that it looks familiar in logs of demo sessions.
QString randomTestToken()
{
    QString hex;
    for (int i = 0; i < 4; ++i)
        hex += QStringLiteral("%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    return QStringLiteral("TEST-") + randomDigits(16) + QLatin1Char('-') + randomDigits(6) + QLatin1Char('-') + hex +
           QLatin1Char('-') + randomDigits(9);
}

bool isValidDeviceName(const QString &name)
{
    // "." and ".." cannot be one URL path segment (URL normalisation removes them), so such a terminal could
    // never be freed or removed through the API.
    if (name.trimmed().isEmpty() || name == QLatin1String(".") || name == QLatin1String(".."))
        return false;
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return false;
    }
    return name.toUcs4().size() <= kMaxDeviceNameChars;
}

SimHttpResponse okStatus()
{
    return SimHttpResponse::json(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("OK")}});
}

SimHttpResponse methodNotAllowed(const QString &allowed)
{
    SimHttpResponse response =
        SimHttpResponse::error(405, QStringLiteral("Method not allowed on this resource"),
                               QStringLiteral("method_not_allowed"), QStringLiteral("allowed: ") + allowed);
    response.headers.append({QByteArrayLiteral("Allow"), allowed.toLatin1()});
    return response;
}

SimHttpResponse unauthorized()
{
    return SimHttpResponse::error(401, QStringLiteral("Invalid or missing access token"),
                                  QStringLiteral("unauthorized"), QStringLiteral("invalid access token"));
}

SimHttpResponse notFoundPath(const QString &path)
{
    return SimHttpResponse::error(404, QStringLiteral("Resource not found"), QStringLiteral("not_found"),
                                  QStringLiteral("no resource at ") + path);
}

SimHttpResponse deviceNotFound(const QString &name)
{
    return SimHttpResponse::error(404, QStringLiteral("The device is not registered to this account"),
                                  QStringLiteral("device_not_found"), QStringLiteral("device_name: ") + name);
}

SimHttpResponse orderNotFound(qint64 id)
{
    return SimHttpResponse::error(404, QStringLiteral("Order not found"), QStringLiteral("order_not_found"),
                                  QStringLiteral("no order with id %1").arg(id));
}

// Parses the body as a JSON object; nullopt means `error` holds the 400 to send.
std::optional<QJsonObject> parseJsonObject(const QByteArray &body, SimHttpResponse *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = SimHttpResponse::error(400, QStringLiteral("The body is not valid JSON"),
                                        QStringLiteral("invalid_json"), parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = SimHttpResponse::error(400, QStringLiteral("The body must be a JSON object"), QStringLiteral("body"),
                                        QStringLiteral("expected a JSON object"));
        return std::nullopt;
    }
    return document.object();
}

// The amount as cents when it is a JSON number > 0, <= 99,999,999.99 with at most two decimals; otherwise
// `problem` says why. A double is exactly some n/100 only when n/100.0 rounds to the very same double,
// which is what the JSON parser produced from a literal with at most two decimals.
std::optional<qint64> amountCents(const QJsonValue &value, QString *problem)
{
    if (!value.isDouble()) {
        *problem =
            value.isUndefined() ? QStringLiteral("amount is required") : QStringLiteral("amount must be a number");
        return std::nullopt;
    }
    const double amount = value.toDouble();
    if (!std::isfinite(amount) || amount <= 0.0) {
        *problem = QStringLiteral("amount must be greater than zero");
        return std::nullopt;
    }
    if (amount > static_cast<double>(Money::kMaxCents) / 100.0) {
        *problem = QStringLiteral("amount must be at most 99999999.99");
        return std::nullopt;
    }
    const qint64 cents = std::llround(amount * 100.0);
    if (static_cast<double>(cents) / 100.0 != amount || cents <= 0) {
        *problem = QStringLiteral("amount must have at most two decimals");
        return std::nullopt;
    }
    return cents;
}

} // namespace

PointSimulator::PointSimulator(QObject *parent)
    : QObject(parent), m_accessToken(randomTestToken()),
      m_userId(QRandomGenerator::global()->bounded(Q_INT64_C(100'000'000), Q_INT64_C(2'000'000'000))),
      m_lastOrderId(kFirstOrderId), m_lastPaymentId(kFirstPaymentId), m_lastDeviceId(kFirstDeviceId)
{
    for (const QString &name : defaultDeviceNames())
        addDevice(name);
    m_control = new SimControlSurface(this);
}

PointSimulator::~PointSimulator()
{
    // Close every connection first so that no request can reach a half-destroyed simulator.
    delete m_apiServer;
    delete m_controlServer;
    delete m_control;
}

QStringList PointSimulator::defaultDeviceNames()
{
    return {QStringLiteral("Caja 1"), QStringLiteral("Caja 2"), QStringLiteral("Mostrador \u00D1and\u00FA")};
}

bool PointSimulator::listen(quint16 apiPort, quint16 controlPort)
{
    if (!bindPorts(apiPort, controlPort))
        return false;
    serve();
    return true;
}

bool PointSimulator::bindPorts(quint16 apiPort, quint16 controlPort)
{
    if (isListening() || m_boundApiTcp) {
        qCWarning(lcSim) << "listen() called twice";
        return false;
    }
    // Bind both ports before handing them over, so that a failure leaves nothing half-listening.
    std::unique_ptr<QTcpServer> apiTcp;
    std::unique_ptr<QTcpServer> controlTcp;
    if (!SimHttpServer::bindLoopbackPair(apiPort, controlPort, &apiTcp, &controlTcp))
        return false;
    // Until serve(), connections wait in the system's backlog: accepted now, nothing would answer them.
    apiTcp->pauseAccepting();
    controlTcp->pauseAccepting();
    m_apiPort = apiTcp->serverPort();
    m_controlPort = controlTcp->serverPort();
    m_boundApiTcp = std::move(apiTcp);
    m_boundControlTcp = std::move(controlTcp);
    return true;
}

void PointSimulator::serve()
{
    if (isListening() || !m_boundApiTcp)
        return;
    // QAbstractHttpServer's constructor sets up Qt's TLS backend (OpenSSL), even for plain http.
    m_apiServer = new SimHttpServer(
        [this](const SimHttpRequest &request, QTcpSocket *socket) { handleApiRequest(request, socket); }, this);
    m_controlServer = new SimHttpServer(
        [this](const SimHttpRequest &request, QTcpSocket *socket) {
            const SimHttpResponse response = m_control->handle(request);
            qCDebug(lcSim) << "control" << request.method << request.path << response.status;
            SimHttpServer::send(socket, response, request.closeConnection, request.isHead);
        },
        this);
    QTcpServer *apiTcp = m_boundApiTcp.release();
    QTcpServer *controlTcp = m_boundControlTcp.release();
    m_apiServer->bind(apiTcp);
    m_controlServer->bind(controlTcp);
    apiTcp->resumeAccepting();
    controlTcp->resumeAccepting();
    qCDebug(lcSim) << "listening: API" << apiUrl().toString() << "control" << controlUrl().toString();
}

bool PointSimulator::isListening() const
{
    return m_apiServer != nullptr;
}

QUrl PointSimulator::apiUrl() const
{
    if (m_apiPort == 0) // neither bindPorts() nor listen() yet
        return {};
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_apiPort));
}

QUrl PointSimulator::controlUrl() const
{
    if (m_controlPort == 0) // neither bindPorts() nor listen() yet
        return {};
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_controlPort));
}

QString PointSimulator::accessToken() const
{
    return m_accessToken;
}

void PointSimulator::setAccessToken(const QString &token)
{
    m_accessToken = token;
}

qint64 PointSimulator::userId() const
{
    return m_userId;
}

void PointSimulator::setUserId(qint64 userId)
{
    m_userId = userId;
}

bool PointSimulator::integrationEnabled() const
{
    return m_integrationEnabled;
}

bool PointSimulator::addDevice(const QString &name)
{
    if (!isValidDeviceName(name) || findDevice(name))
        return false;
    SimDevice device;
    device.name = name;
    m_lastDeviceId += QRandomGenerator::global()->bounded(1, 100'000);
    device.id = m_lastDeviceId;
    // The caller is another internal number of the terminal; offset so that it never equals a device id.
    device.caller = device.id + kCallerOffset;
    m_devices.append(device);
    emit devicesChanged();
    return true;
}

bool PointSimulator::removeDevice(const QString &name)
{
    const auto it = std::find_if(m_devices.begin(), m_devices.end(),
                                 [&name](const SimDevice &device) { return device.name == name; });
    if (it == m_devices.end())
        return false;
    const qint64 heldOrder = it->paymentAttempt;
    m_devices.erase(it);
    // A terminal that leaves the account takes its pending order with it; nobody could pay it any more.
    if (SimOrder *order = findOrder(heldOrder); order && order->status == SimOrder::Status::Open) {
        order->status = SimOrder::Status::Deleted;
        emit orderChanged(order->id);
    }
    emit devicesChanged();
    return true;
}

QList<SimDevice> PointSimulator::devices() const
{
    return m_devices;
}

std::optional<SimDevice> PointSimulator::device(const QString &name) const
{
    if (const SimDevice *found = findDevice(name))
        return *found;
    return std::nullopt;
}

qint64 PointSimulator::approve(const QString &deviceName)
{
    return finishOrder(deviceName, SimOrder::Status::Closed, QStringLiteral("approved"));
}

qint64 PointSimulator::decline(const QString &deviceName)
{
    return finishOrder(deviceName, SimOrder::Status::Closed, QStringLiteral("rejected"));
}

qint64 PointSimulator::customerCancel(const QString &deviceName)
{
    return finishOrder(deviceName, SimOrder::Status::Deleted, QString());
}

qint64 PointSimulator::finishOrder(const QString &deviceName, SimOrder::Status status, const QString &paymentStatus)
{
    SimDevice *device = findDevice(deviceName);
    if (!device || device->paymentAttempt == 0)
        return 0;
    SimOrder *order = findOrder(device->paymentAttempt);
    device->paymentAttempt = 0;
    if (!order || order->status != SimOrder::Status::Open) {
        // Cannot happen while the invariant holds (a busy terminal's order is OPEN); repair rather than lie.
        qCWarning(lcSim) << "terminal" << deviceName << "held an order that is not open";
        emit devicesChanged();
        return 0;
    }
    order->status = status;
    if (status == SimOrder::Status::Closed) {
        order->paymentStatus = paymentStatus;
        m_lastPaymentId += QRandomGenerator::global()->bounded(1, 1000);
        order->paymentId = m_lastPaymentId;
        m_payments.add(order->paymentId, order->amount.cents(), paymentStatus, QDateTime::currentDateTimeUtc());
    }
    const qint64 id = order->id;
    qCDebug(lcSim) << "order" << id << "on" << deviceName
                   << (paymentStatus.isEmpty() ? QStringLiteral("cancelled by customer") : paymentStatus);
    emit orderChanged(id);
    emit devicesChanged();
    return id;
}

void PointSimulator::deleteOpenOrder(SimOrder &order)
{
    order.status = SimOrder::Status::Deleted;
    if (SimDevice *device = deviceHolding(order.id))
        device->paymentAttempt = 0;
    emit orderChanged(order.id);
    emit devicesChanged();
}

std::optional<SimOrder> PointSimulator::order(qint64 id) const
{
    const auto it = std::lower_bound(m_orders.cbegin(), m_orders.cend(), id,
                                     [](const SimOrder &order, qint64 value) { return order.id < value; });
    if (it == m_orders.cend() || it->id != id)
        return std::nullopt;
    return *it;
}

QList<SimOrder> PointSimulator::orders() const
{
    return m_orders;
}

void PointSimulator::injectFault(const SimFault &fault)
{
    if (!m_faults.inject(fault))
        qCWarning(lcSim) << "ignoring a fault with count" << fault.count;
}

void PointSimulator::clearFaults()
{
    m_faults.clear();
}

int PointSimulator::pendingFaultCount() const
{
    return m_faults.pendingCount();
}

int PointSimulator::requestCount() const
{
    return m_requestCount;
}

void PointSimulator::resetRequestCount()
{
    m_requestCount = 0;
}

QString PointSimulator::faultKindName(SimFault::Kind kind)
{
    return SimFault::kindName(kind);
}

std::optional<SimFault::Kind> PointSimulator::faultKindFromName(const QString &name)
{
    return SimFault::kindFromName(name);
}

// --- the API server ---------------------------------------------------------------------------------------

std::optional<SimFault> PointSimulator::takeFault(const QString &method, const QString &path)
{
    return m_faults.take(method, path);
}

void PointSimulator::handleApiRequest(const SimHttpRequest &request, QTcpSocket *socket)
{
    ++m_requestCount;
    const QPointer<QTcpSocket> guard(socket);
    const std::optional<SimFault> fault = takeFault(request.method, request.path);
    if (!fault) {
        deliver(guard, route(request), request, 0);
        return;
    }

    qCDebug(lcSim) << "fault" << faultKindName(fault->kind) << "on" << request.method << request.path;
    switch (fault->kind) {
    case SimFault::Kind::Latency:
        deliver(guard, route(request), request, qMax(0, fault->latencyMs));
        return;
    case SimFault::Kind::ServerError: {
        if (fault->afterStore)
            route(request);
        deliver(guard,
                SimHttpResponse::error(fault->httpStatus, QStringLiteral("Simulated server error"),
                                       QStringLiteral("simulated"), QStringLiteral("injected server_error fault")),
                request, 0);
        return;
    }
    case SimFault::Kind::RateLimit: {
        SimHttpResponse response =
            SimHttpResponse::error(429, QStringLiteral("Too many requests"), QStringLiteral("rate_limited"),
                                   QStringLiteral("retry after %1 s").arg(fault->retryAfterSeconds));
        response.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(fault->retryAfterSeconds)});
        deliver(guard, response, request, 0);
        return;
    }
    case SimFault::Kind::Drop:
        if (fault->afterStore)
            route(request);
        emit requestHandled(request.method, request.path, 0);
        // Out of the HTTP parser's stack: the server still touches the socket after handleRequest() returns.
        QTimer::singleShot(0, this, [guard]() {
            if (guard)
                guard->abort();
        });
        return;
    case SimFault::Kind::Malformed: {
        SimHttpResponse response = route(request);
        const QByteArray truncated = response.body.left(response.body.size() / 2);
        response.status = 200;
        response.body = truncated.size() > 1 ? truncated : QByteArrayLiteral("{\"status\":");
        response.headers.clear();
        deliver(guard, response, request, 0);
        return;
    }
    }
}

void PointSimulator::deliver(QPointer<QTcpSocket> socket, const SimHttpResponse &response,
                             const SimHttpRequest &request, int delayMs)
{
    qCDebug(lcSim) << request.method << request.path << "->" << response.status;
    emit requestHandled(request.method, request.path, response.status);
    const bool close = request.closeConnection;
    const bool head = request.isHead;
    if (delayMs <= 0) {
        SimHttpServer::send(socket, response, close, head);
        return;
    }
    QTimer::singleShot(delayMs, this,
                       [socket, response, close, head]() { SimHttpServer::send(socket, response, close, head); });
}

bool PointSimulator::isAuthorized(const SimHttpRequest &request) const
{
    if (m_accessToken.isEmpty())
        return false;
    const QByteArray expected = QByteArrayLiteral("Bearer ") + m_accessToken.toUtf8();
    return request.header(QByteArrayLiteral("Authorization")) == expected;
}

SimHttpResponse PointSimulator::route(const SimHttpRequest &request)
{
    const QStringList &s = request.segments;
    const QString &method = request.method;

    // 1. POST /point/services/user/status/integrators?access_token=...
    if (s == QStringList{QStringLiteral("point"), QStringLiteral("services"), QStringLiteral("user"),
                         QStringLiteral("status"), QStringLiteral("integrators")}) {
        if (method != kPost)
            return methodNotAllowed(kPost);
        return enableIntegration(request);
    }

    // The Payments API's refund calls (payments-refunds.md) for the payments the terminals took.
    if (s.size() >= 2 && s.at(0) == QLatin1String("v1") && s.at(1) == QLatin1String("payments"))
        return m_payments.route(request, s.mid(2), m_accessToken, isAuthorized(request));

    const QStringList base{QStringLiteral("point"), QStringLiteral("services"), QStringLiteral("integrations"),
                           QStringLiteral("v1")};
    if (s.size() < base.size() || s.mid(0, base.size()) != base)
        return notFoundPath(request.path);
    const QStringList rest = s.mid(base.size());

    // 2. POST /point/services/integrations/v1
    if (rest.isEmpty()) {
        if (method != kPost)
            return methodNotAllowed(kPost);
        if (!isAuthorized(request))
            return unauthorized();
        return createOrder(request);
    }

    const QString &first = rest.at(0);
    if (first == QLatin1String("devices")) {
        // 6. GET .../devices
        if (rest.size() == 1) {
            if (method != kGet)
                return methodNotAllowed(kGet);
            if (!isAuthorized(request))
                return unauthorized();
            return listDevices();
        }
        // 7. DELETE .../devices/:device_name
        if (rest.size() == 2) {
            if (method != kDelete)
                return methodNotAllowed(kDelete);
            if (!isAuthorized(request))
                return unauthorized();
            return deleteDevice(rest.at(1));
        }
        return notFoundPath(request.path);
    }

    // 4. DELETE .../attempt/device/:device_name
    if (first == QLatin1String("attempt") && rest.size() >= 2 && rest.at(1) == QLatin1String("device")) {
        if (rest.size() != 3)
            return notFoundPath(request.path);
        if (method != kDelete)
            return methodNotAllowed(kDelete);
        if (!isAuthorized(request))
            return unauthorized();
        return cancelOnDevice(rest.at(2));
    }

    // 3. GET .../:id and 5. DELETE .../:id
    if (rest.size() != 1)
        return notFoundPath(request.path);
    if (method != kGet && method != kDelete)
        return methodNotAllowed(QStringLiteral("GET, DELETE"));
    if (!isAuthorized(request))
        return unauthorized();
    const bool allDigits = !first.isEmpty() && std::all_of(first.cbegin(), first.cend(), [](QChar c) {
        return c >= QLatin1Char('0') && c <= QLatin1Char('9');
    });
    if (!allDigits)
        return SimHttpResponse::error(400, QStringLiteral("The order id must be a number"), QStringLiteral("id"),
                                      QStringLiteral("not a number: ") + first);
    bool ok = false;
    const qint64 id = first.toLongLong(&ok);
    if (!ok) // digits, but beyond 64 bits: a number that no order can have
        return SimHttpResponse::error(404, QStringLiteral("Order not found"), QStringLiteral("order_not_found"),
                                      QStringLiteral("no order with id ") + first);
    return method == kGet ? getOrder(id) : deleteOrder(id);
}

SimHttpResponse PointSimulator::enableIntegration(const SimHttpRequest &request)
{
    const QString token = request.query.queryItemValue(QStringLiteral("access_token"), QUrl::FullyDecoded);
    if (m_accessToken.isEmpty() || token != m_accessToken)
        return SimHttpResponse::error(401, QStringLiteral("Invalid or missing access_token"),
                                      QStringLiteral("access_token"), QStringLiteral("invalid access token"));
    SimHttpResponse error;
    const std::optional<QJsonObject> body = parseJsonObject(request.body, &error);
    if (!body)
        return error;
    const QJsonValue idValue = body->value(QStringLiteral("Id"));
    const double asDouble = idValue.toDouble();
    if (!idValue.isDouble() || std::trunc(asDouble) != asDouble)
        return SimHttpResponse::error(400, QStringLiteral("\"Id\" must be the numeric user id"), QStringLiteral("Id"),
                                      QStringLiteral("missing or not a whole number"));
    const qint64 id = idValue.toInteger(0);
    if (id != m_userId || id == 0)
        return SimHttpResponse::error(403, QStringLiteral("The user id does not belong to this access token"),
                                      QStringLiteral("Id"), QStringLiteral("user id mismatch"));
    m_integrationEnabled = true;
    return okStatus();
}

SimHttpResponse PointSimulator::createOrder(const SimHttpRequest &request)
{
    SimHttpResponse error;
    const std::optional<QJsonObject> parsed = parseJsonObject(request.body, &error);
    if (!parsed)
        return error;
    const QJsonObject &body = *parsed;

    // Every invalid field is named in `cause`; the message repeats the first one.
    QJsonArray cause;
    const auto reject = [&cause](const QString &field, const QString &description) {
        cause.append(SimHttpResponse::cause(field, description));
    };
    const auto absent = [](const QJsonValue &value) { return value.isUndefined(); };

    QString amountProblem;
    const std::optional<qint64> cents = amountCents(body.value(QStringLiteral("amount")), &amountProblem);
    if (!cents)
        reject(QStringLiteral("amount"), amountProblem);

    const QJsonValue description = body.value(QStringLiteral("description"));
    if (absent(description))
        reject(QStringLiteral("description"), QStringLiteral("description is required"));
    else if (!description.isString())
        reject(QStringLiteral("description"), QStringLiteral("description must be a string"));
    else if (description.toString().trimmed().isEmpty())
        reject(QStringLiteral("description"), QStringLiteral("description must not be blank"));
    else if (description.toString().toUcs4().size() > kMaxDescriptionChars)
        reject(QStringLiteral("description"), QStringLiteral("description must be at most 20 characters"));

    const QJsonValue deviceName = body.value(QStringLiteral("device_name"));
    if (absent(deviceName))
        reject(QStringLiteral("device_name"), QStringLiteral("device_name is required"));
    else if (!deviceName.isString())
        reject(QStringLiteral("device_name"), QStringLiteral("device_name must be a string"));
    else if (deviceName.toString().isEmpty())
        reject(QStringLiteral("device_name"), QStringLiteral("device_name must not be empty"));

    const QJsonValue ccType = body.value(QStringLiteral("cc_type"));
    const std::optional<CardType> cardType =
        ccType.isString() ? CardTypes::fromApi(ccType.toString()) : std::optional<CardType>();
    if (absent(ccType))
        reject(QStringLiteral("cc_type"), QStringLiteral("cc_type is required"));
    else if (!cardType)
        reject(QStringLiteral("cc_type"), QStringLiteral("cc_type must be \"credit_card\" or \"debit_card\""));

    // Optional members: absent or null means "not given"; anything else must have the documented type.
    const auto optionalString = [&](const QString &field) {
        const QJsonValue value = body.value(field);
        if (!value.isUndefined() && !value.isNull() && !value.isString())
            reject(field, field + QStringLiteral(" must be a string"));
        return value.toString();
    };
    const QString externalReference = optionalString(QStringLiteral("external_reference"));
    const QJsonValue disableBack = body.value(QStringLiteral("disable_back_button"));
    if (!disableBack.isUndefined() && !disableBack.isNull() && !disableBack.isBool())
        reject(QStringLiteral("disable_back_button"), QStringLiteral("disable_back_button must be true or false"));
    const QString notificationUrl = optionalString(QStringLiteral("notification_url"));
    const QString payerEmail = optionalString(QStringLiteral("payer_email"));

    if (!cause.isEmpty()) {
        const QString first = cause.first().toObject().value(QStringLiteral("description")).toString();
        return SimHttpResponse::error(400, QStringLiteral("Invalid order: ") + first, cause);
    }

    SimDevice *device = findDevice(deviceName.toString());
    if (!device)
        return deviceNotFound(deviceName.toString());
    if (device->paymentAttempt != 0)
        return SimHttpResponse::error(409, QStringLiteral("The device already has an order in progress"),
                                      QStringLiteral("device_busy"),
                                      QStringLiteral("payment_attempt %1").arg(device->paymentAttempt));

    SimOrder order;
    m_lastOrderId += QRandomGenerator::global()->bounded(1, 1000);
    order.id = m_lastOrderId;
    order.deviceName = device->name;
    order.amount = Money::fromCents(*cents);
    order.description = description.toString();
    order.cardType = *cardType;
    order.externalReference = externalReference;
    order.payerEmail = payerEmail;
    order.notificationUrl = notificationUrl;
    order.disableBackButton = disableBack.toBool(false);
    order.status = SimOrder::Status::Open;
    order.createdAt = QDateTime::currentDateTimeUtc();
    m_orders.append(order);
    device->paymentAttempt = order.id;
    emit orderChanged(order.id);
    emit devicesChanged();

    QJsonObject reply;
    reply.insert(QStringLiteral("status"), QStringLiteral("OPEN"));
    reply.insert(QStringLiteral("id"), order.id);
    return SimHttpResponse::json(200, reply);
}

SimHttpResponse PointSimulator::getOrder(qint64 id)
{
    const SimOrder *order = findOrder(id);
    if (!order || order->status == SimOrder::Status::Deleted)
        return orderNotFound(id);
    QJsonObject reply;
    reply.insert(QStringLiteral("id"), order->id);
    if (order->status == SimOrder::Status::Open) {
        reply.insert(QStringLiteral("status"), QStringLiteral("OPEN"));
        return SimHttpResponse::json(200, reply);
    }
    reply.insert(QStringLiteral("status"), QStringLiteral("CLOSED"));
    reply.insert(QStringLiteral("payment_id"), order->paymentId);
    reply.insert(QStringLiteral("payment_status"), order->paymentStatus);
    reply.insert(QStringLiteral("external_reference"), order->externalReference);
    reply.insert(QStringLiteral("payer_email"), order->payerEmail);
    return SimHttpResponse::json(200, reply);
}

SimHttpResponse PointSimulator::deleteOrder(qint64 id)
{
    SimOrder *order = findOrder(id);
    if (!order || order->status == SimOrder::Status::Deleted)
        return orderNotFound(id);
    if (order->status == SimOrder::Status::Closed)
        return SimHttpResponse::error(409, QStringLiteral("The order is already closed"),
                                      QStringLiteral("order_closed"),
                                      QStringLiteral("payment_status ") + order->paymentStatus);
    deleteOpenOrder(*order);
    return SimHttpResponse::noContent();
}

SimHttpResponse PointSimulator::cancelOnDevice(const QString &deviceName)
{
    SimDevice *device = findDevice(deviceName);
    if (!device)
        return deviceNotFound(deviceName);
    if (device->paymentAttempt != 0) {
        if (SimOrder *order = findOrder(device->paymentAttempt); order && order->status == SimOrder::Status::Open) {
            deleteOpenOrder(*order);
        } else {
            device->paymentAttempt = 0;
            emit devicesChanged();
        }
    }
    return okStatus();
}

SimHttpResponse PointSimulator::listDevices() const
{
    QJsonArray list;
    for (const SimDevice &device : m_devices) {
        QJsonObject status;
        status.insert(QStringLiteral("status"),
                      device.paymentAttempt != 0 ? QStringLiteral("BUSY") : QStringLiteral("FREE"));
        status.insert(QStringLiteral("payment_attempt"),
                      device.paymentAttempt != 0 ? QJsonValue(device.paymentAttempt) : QJsonValue(QJsonValue::Null));
        QJsonObject entry;
        entry.insert(QStringLiteral("name"), device.name);
        entry.insert(QStringLiteral("caller"), device.caller);
        entry.insert(QStringLiteral("id"), device.id);
        entry.insert(QStringLiteral("status"), status);
        list.append(entry);
    }
    return SimHttpResponse::json(200, QJsonObject{{QStringLiteral("devices"), list}});
}

SimHttpResponse PointSimulator::deleteDevice(const QString &deviceName)
{
    const SimDevice *device = findDevice(deviceName);
    if (!device)
        return deviceNotFound(deviceName);
    if (device->paymentAttempt != 0)
        return SimHttpResponse::error(409, QStringLiteral("The device has an order in progress; free it first"),
                                      QStringLiteral("device_busy"),
                                      QStringLiteral("payment_attempt %1").arg(device->paymentAttempt));
    removeDevice(deviceName);
    return okStatus();
}

SimDevice *PointSimulator::findDevice(const QString &name)
{
    const auto it = std::find_if(m_devices.begin(), m_devices.end(),
                                 [&name](const SimDevice &device) { return device.name == name; });
    return it == m_devices.end() ? nullptr : &*it;
}

const SimDevice *PointSimulator::findDevice(const QString &name) const
{
    const auto it = std::find_if(m_devices.cbegin(), m_devices.cend(),
                                 [&name](const SimDevice &device) { return device.name == name; });
    return it == m_devices.cend() ? nullptr : &*it;
}

SimOrder *PointSimulator::findOrder(qint64 id)
{
    if (id == 0)
        return nullptr;
    const auto it = std::lower_bound(m_orders.begin(), m_orders.end(), id,
                                     [](const SimOrder &order, qint64 value) { return order.id < value; });
    return it == m_orders.end() || it->id != id ? nullptr : &*it;
}

SimDevice *PointSimulator::deviceHolding(qint64 orderId)
{
    const auto it = std::find_if(m_devices.begin(), m_devices.end(),
                                 [orderId](const SimDevice &device) { return device.paymentAttempt == orderId; });
    return it == m_devices.end() ? nullptr : &*it;
}
