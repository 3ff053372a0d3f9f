#include "sim/OrdersSimulator.h"

#include "sim/OrdersControlSurface.h"
#include "sim/OrdersHttpApi.h"
#include "sim/OrdersIdempotencyStore.h"
#include "sim/OrdersWebhookRelay.h"
#include "sim/OrdersWire.h"
#include "sim/SimHttpServer.h"

#include <QDateTime>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <algorithm>
#include <memory>

namespace {

QString randomTestToken()
{
    QString digits;
    for (int i = 0; i < 16; ++i)
        digits.append(QLatin1Char(static_cast<char>('0' + QRandomGenerator::global()->bounded(10))));
    QString hex;
    for (int i = 0; i < 4; ++i)
        hex += QStringLiteral("%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    return QStringLiteral("TEST-") + digits + QLatin1Char('-') + hex;
}

bool isTerminalId(const QString &id)
{
    const QStringList parts = id.split(QStringLiteral("__"));
    return parts.size() == 2 && !parts.at(0).trimmed().isEmpty() && !parts.at(1).trimmed().isEmpty() &&
           !id.contains(QLatin1Char('/')) && id.size() <= 100;
}

} // namespace

bool OrdersSimOrder::isWaiting() const
{
    return status == QLatin1String("created") || status == QLatin1String("at_terminal");
}

OrdersSimulator::OrdersSimulator(QObject *parent)
    : QObject(parent), m_idempotency(new OrdersIdempotencyStore), m_relay(new OrdersWebhookRelay(this))
{
    connect(m_relay, &OrdersWebhookRelay::delivered, this, &OrdersSimulator::webhookDelivered);
    OrdersSimAccount account;
    account.token = randomTestToken();
    account.userId =
        QString::number(QRandomGenerator::global()->bounded(Q_INT64_C(1'000'000'000), Q_INT64_C(9'999'999'999)));
    m_accounts.append(account);

    const QStringList ids = defaultTerminalIds();
    const QStringList modes{QStringLiteral("PDV"), QStringLiteral("PDV"), QStringLiteral("STANDALONE")};
    for (int i = 0; i < ids.size(); ++i) {
        OrdersSimTerminal terminal;
        terminal.id = ids.at(i);
        terminal.posId = QString::number(47792476 + i);
        terminal.storeId = QStringLiteral("47792470");
        terminal.externalPosId = QStringLiteral("SUC01POS%1").arg(i + 1);
        terminal.operatingMode = modes.at(i);
        addTerminal(terminal);
    }
    m_api = new OrdersHttpApi(this);
    m_control = new OrdersControlSurface(this);
}

OrdersSimulator::~OrdersSimulator()
{
    // Close every connection first so that no request reaches a half-destroyed simulator.
    delete m_apiServer;
    delete m_controlServer;
    delete m_control;
    delete m_api;
    delete m_idempotency;
}

QStringList OrdersSimulator::defaultTerminalIds()
{
    return {QStringLiteral("NEWLAND_N950__SBX0000001"), QStringLiteral("PAX_A910__PAX0000000002"),
            QStringLiteral("NEWLAND_N950__N950NCB801293324")};
}

bool OrdersSimulator::listen(quint16 apiPort, quint16 controlPort)
{
    if (isListening()) {
        qCWarning(lcSim) << "listen() called twice";
        return false;
    }
    std::unique_ptr<QTcpServer> apiTcp;
    std::unique_ptr<QTcpServer> controlTcp;
    if (!SimHttpServer::bindLoopbackPair(apiPort, controlPort, &apiTcp, &controlTcp))
        return false;
    m_apiPort = apiTcp->serverPort();
    m_controlPort = controlTcp->serverPort();
    m_apiServer = new SimHttpServer(
        [this](const SimHttpRequest &request, QTcpSocket *socket) { handleApiRequest(request, socket); }, this);
    m_controlServer = new SimHttpServer(
        [this](const SimHttpRequest &request, QTcpSocket *socket) {
            const SimHttpResponse response = m_control->handle(request);
            qCDebug(lcSim) << "orders control" << request.method << request.path << response.status;
            SimHttpServer::send(socket, response, request.closeConnection, request.isHead);
        },
        this);
    m_apiServer->bind(apiTcp.release());
    m_controlServer->bind(controlTcp.release());
    return true;
}

bool OrdersSimulator::isListening() const
{
    return m_apiServer != nullptr;
}

QUrl OrdersSimulator::apiUrl() const
{
    return isListening() ? QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_apiPort)) : QUrl();
}

QUrl OrdersSimulator::controlUrl() const
{
    return isListening() ? QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_controlPort)) : QUrl();
}

QString OrdersSimulator::accessToken() const
{
    return m_accounts.first().token;
}

void OrdersSimulator::setAccessToken(const QString &token)
{
    const QString old = m_accounts.first().token;
    if (token.isEmpty() || token == old || account(token))
        return;
    m_accounts.first().token = token;
    for (OrdersSimTerminal &terminal : m_terminals) {
        if (terminal.ownerToken == old)
            terminal.ownerToken = token;
    }
    for (OrdersSimOrder &order : m_orders) {
        if (order.ownerToken == old)
            order.ownerToken = token;
    }
}

bool OrdersSimulator::addAccount(const OrdersSimAccount &account)
{
    if (account.token.isEmpty() || this->account(account.token))
        return false;
    m_accounts.append(account);
    return true;
}

std::optional<OrdersSimAccount> OrdersSimulator::account(const QString &token) const
{
    for (const OrdersSimAccount &account : m_accounts) {
        if (account.token == token)
            return account;
    }
    return std::nullopt;
}

bool OrdersSimulator::isTestToken(const QString &token) const
{
    return !m_settings.testTokenPrefix.isEmpty() && token.startsWith(m_settings.testTokenPrefix);
}

bool OrdersSimulator::addTerminal(OrdersSimTerminal terminal)
{
    if (terminal.ownerToken.isEmpty())
        terminal.ownerToken = accessToken();
    if (!isTerminalId(terminal.id) || findTerminal(terminal.id, terminal.ownerToken))
        return false;
    terminal.waitingOrderId.clear();
    m_terminals.append(terminal);
    emit terminalsChanged();
    return true;
}

bool OrdersSimulator::removeTerminal(const QString &id, const QString &ownerToken)
{
    OrdersSimTerminal *terminal = findTerminal(id, ownerToken);
    if (!terminal)
        return false;
    m_terminals.removeAt(terminal - m_terminals.data());
    emit terminalsChanged();
    return true;
}

bool OrdersSimulator::setOperatingMode(const QString &id, const QString &mode, const QString &ownerToken)
{
    OrdersSimTerminal *terminal = findTerminal(id, ownerToken);
    if (!terminal ||
        (mode != QLatin1String("PDV") && mode != QLatin1String("STANDALONE") && mode != QLatin1String("UNDEFINED")))
        return false;
    terminal->operatingMode = mode;
    emit terminalsChanged();
    return true;
}

bool OrdersSimulator::setAtTerminalCancel(const QString &id, bool supported, const QString &ownerToken)
{
    OrdersSimTerminal *terminal = findTerminal(id, ownerToken);
    if (!terminal)
        return false;
    terminal->atTerminalCancel = supported;
    emit terminalsChanged();
    return true;
}

std::optional<OrdersSimTerminal> OrdersSimulator::terminal(const QString &id, const QString &ownerToken) const
{
    for (const OrdersSimTerminal &terminal : m_terminals) {
        if (terminal.id == id && (ownerToken.isEmpty() || terminal.ownerToken == ownerToken))
            return terminal;
    }
    return std::nullopt;
}

std::optional<OrdersSimOrder> OrdersSimulator::order(const QString &id) const
{
    for (const OrdersSimOrder &order : m_orders) {
        if (order.id == id)
            return order;
    }
    return std::nullopt;
}

QString OrdersSimulator::waitingOrder(const QString &terminalId) const
{
    const std::optional<OrdersSimTerminal> found = terminal(terminalId);
    return found ? found->waitingOrderId : QString();
}

// --- the state machine (orders-api.md section 4) -----------------------------------------------------------

OrdersSimOrder *OrdersSimulator::findOrder(const QString &id)
{
    const auto it =
        std::find_if(m_orders.begin(), m_orders.end(), [&id](const OrdersSimOrder &o) { return o.id == id; });
    return it == m_orders.end() ? nullptr : &*it;
}

OrdersSimTerminal *OrdersSimulator::findTerminal(const QString &id, const QString &ownerToken)
{
    const auto it = std::find_if(m_terminals.begin(), m_terminals.end(), [&](const OrdersSimTerminal &t) {
        return t.id == id && (ownerToken.isEmpty() || t.ownerToken == ownerToken);
    });
    return it == m_terminals.end() ? nullptr : &*it;
}

void OrdersSimulator::touch(OrdersSimOrder &order)
{
    order.updatedNs = OrdersWire::nowNs();
    ++order.version;
    emit orderChanged(order.id);
}

void OrdersSimulator::releaseTerminal(const OrdersSimOrder &order)
{
    for (OrdersSimTerminal &terminal : m_terminals) {
        if (terminal.waitingOrderId == order.id) {
            terminal.waitingOrderId.clear();
            emit terminalsChanged();
        }
    }
}

void OrdersSimulator::transition(OrdersSimOrder &order, const QString &status, const QString &detail,
                                 const QString &paymentStatus, const QString &paymentDetail)
{
    qCDebug(lcSim) << "order" << order.id << order.status << "->" << status << detail;
    order.status = status;
    order.statusDetail = detail;
    order.payment.status = paymentStatus;
    order.payment.statusDetail = paymentDetail;
    // Only created and at_terminal orders keep the terminal busy (3.1, Simulator).
    if (!order.isWaiting())
        releaseTerminal(order);
    touch(order);
    const std::optional<OrdersSimAccount> owner = account(order.ownerToken);
    m_relay->notify(order, owner ? owner->applicationId : QString());
}

void OrdersSimulator::setWebhookRelay(const QUrl &url, const QString &secret)
{
    m_relay->configure(url, secret);
}

QUrl OrdersSimulator::webhookRelayUrl() const
{
    return m_relay->url();
}

void OrdersSimulator::after(qint64 delayMs, const QString &orderId, const std::function<void(OrdersSimOrder &)> &step)
{
    QTimer::singleShot(std::chrono::milliseconds(qMax<qint64>(0, delayMs)), this, [this, orderId, step]() {
        if (OrdersSimOrder *order = findOrder(orderId))
            step(*order);
    });
}

void OrdersSimulator::scheduleTake(const OrdersSimOrder &order)
{
    const OrdersSimTerminal *terminal = findTerminal(order.terminalId, order.ownerToken);
    // A terminal outside PDV never picks up API orders; the order just expires (section 2.2, Simulator).
    if (!terminal || terminal->operatingMode != QLatin1String("PDV") || m_settings.takeDelayMs < 0)
        return;
    after(m_settings.takeDelayMs, order.id, [this](OrdersSimOrder &o) {
        const OrdersSimTerminal *t = findTerminal(o.terminalId, o.ownerToken);
        if (o.status == QLatin1String("created") && t && t->operatingMode == QLatin1String("PDV"))
            take(o.id);
    });
}

void OrdersSimulator::scheduleExpiry(const OrdersSimOrder &order)
{
    if (m_settings.expirationScale <= 0)
        return;
    const auto delay = static_cast<qint64>(static_cast<double>(order.expirationMs) * m_settings.expirationScale);
    after(delay, order.id, [this](OrdersSimOrder &o) { expire(o.id); });
}

QString OrdersSimulator::newOrderId(bool testToken) const
{
    return OrdersWire::newId(testToken && m_settings.testOrderIds ? QStringLiteral("ORDTST") : QStringLiteral("ORD"));
}

bool OrdersSimulator::take(const QString &orderId)
{
    OrdersSimOrder *order = findOrder(orderId);
    if (!order || order->status != QLatin1String("created"))
        return false;
    transition(*order, QStringLiteral("at_terminal"), QStringLiteral("at_terminal"), QStringLiteral("at_terminal"),
               QStringLiteral("at_terminal"));
    return true;
}

void OrdersSimulator::applyPayment(OrdersSimOrder &order, const OrdersSimPaymentResult &result)
{
    OrdersSimPayment &payment = order.payment;
    const bool card = result.nonCardType.isEmpty();
    payment.methodType = card ? CardTypes::toApi(result.cardType) : result.nonCardType;
    payment.methodId = result.methodId;
    payment.installments = card && result.cardType == CardType::Credit ? qMax(1, result.installments) : 1;
    payment.firstDigits = card ? result.firstDigits : QString();
    payment.lastDigits = card ? result.lastDigits : QString();
    if (result.approved) {
        payment.tipCents = result.tip.cents();
        payment.paidCents = payment.amountCents + payment.tipCents;
        payment.referenceId = OrdersWire::newReferenceId();
        transition(order, QStringLiteral("processed"), QStringLiteral("accredited"), QStringLiteral("processed"),
                   QStringLiteral("accredited"));
    } else {
        const QString detail = result.statusDetail.isEmpty() ? QStringLiteral("failed") : result.statusDetail;
        transition(order, QStringLiteral("failed"), QStringLiteral("failed"), QStringLiteral("failed"), detail);
    }
}

bool OrdersSimulator::pay(const QString &orderId, const OrdersSimPaymentResult &result)
{
    OrdersSimOrder *order = findOrder(orderId);
    if (!order)
        return false;
    if (order->status == QLatin1String("created"))
        take(orderId);
    if (order->status != QLatin1String("at_terminal"))
        return false;
    applyPayment(*order, result);
    return true;
}

bool OrdersSimulator::beginPayment(const QString &orderId)
{
    OrdersSimOrder *order = findOrder(orderId);
    if (!order || order->status != QLatin1String("at_terminal") || m_settings.noResultActionRequiredMs < 0)
        return false;
    const int version = order->version;
    after(m_settings.noResultActionRequiredMs, orderId, [this, version](OrdersSimOrder &o) {
        if (o.version == version) // any result or cancel request since then wins
            requireAction(o.id);
    });
    return true;
}

bool OrdersSimulator::requireAction(const QString &orderId)
{
    OrdersSimOrder *order = findOrder(orderId);
    if (!order || order->status != QLatin1String("at_terminal"))
        return false;
    transition(*order, QStringLiteral("action_required"), QStringLiteral("check_on_terminal"),
               QStringLiteral("action_required"), QStringLiteral("check_on_terminal"));
    return true;
}

bool OrdersSimulator::cancelOnTerminal(const QString &orderId)
{
    OrdersSimOrder *order = findOrder(orderId);
    if (!order || !order->isWaiting())
        return false;
    transition(*order, QStringLiteral("canceled"), QStringLiteral("canceled"), QStringLiteral("canceled"),
               QStringLiteral("canceled_on_terminal"));
    return true;
}

bool OrdersSimulator::expire(const QString &orderId)
{
    OrdersSimOrder *order = findOrder(orderId);
    if (!order || !order->isWaiting())
        return false;
    transition(*order, QStringLiteral("expired"), QStringLiteral("expired"), QStringLiteral("expired"),
               QStringLiteral("expired"));
    return true;
}

bool OrdersSimulator::setPaymentWinsCancel(const QString &orderId, bool wins)
{
    OrdersSimOrder *order = findOrder(orderId);
    if (!order)
        return false;
    order->paymentWinsCancel = wins;
    return true;
}

bool OrdersSimulator::ageOrder(const QString &orderId, int days)
{
    OrdersSimOrder *order = findOrder(orderId);
    if (!order || days < 0)
        return false;
    order->createdNs -= qint64(days) * 24 * 3600 * 1'000'000'000LL;
    return true;
}

bool OrdersSimulator::addTip(const QString &orderId, Money tip)
{
    OrdersSimOrder *order = findOrder(orderId);
    if (!order || order->status != QLatin1String("processed") || !tip.isPositive() || order->payment.tipCents > 0)
        return false;
    order->payment.tipCents = tip.cents();
    order->payment.paidCents = order->payment.amountCents + tip.cents();
    touch(*order);
    return true;
}

bool OrdersSimulator::refundOutside(const QString &orderId, std::optional<Money> amount)
{
    OrdersSimOrder *order = findOrder(orderId);
    if (!order || order->status != QLatin1String("processed"))
        return false;
    for (const OrdersSimRefund &refund : std::as_const(order->refunds)) {
        if (refund.status == QLatin1String("processing"))
            return false;
    }
    const qint64 balance = order->payment.paidCents - order->payment.refundedCents;
    const qint64 cents = amount ? amount->cents() : balance;
    if (cents <= 0 || cents > balance)
        return false;
    applyRefund(*order, cents, QStringLiteral("processed"));
    return true;
}

OrdersSimRefund OrdersSimulator::applyRefund(OrdersSimOrder &order, qint64 cents, const QString &status)
{
    OrdersSimRefund refund;
    refund.id = OrdersWire::newId(QStringLiteral("REF"));
    refund.transactionId = order.payment.id;
    refund.referenceId = OrdersWire::newReferenceId();
    refund.amountCents = cents;
    refund.status = status;
    order.refunds.append(refund);
    order.payment.refundedCents += cents;
    // Partial refunds that reach the whole amount turn the order refunded, like a total one (4.1, Simulator).
    if (order.payment.refundedCents >= order.payment.paidCents)
        transition(order, QStringLiteral("refunded"), QStringLiteral("refunded"), QStringLiteral("refunded"),
                   QStringLiteral("refunded"));
    else
        transition(order, QStringLiteral("processed"), QStringLiteral("partially_refunded"),
                   QStringLiteral("processed"), QStringLiteral("partially_refunded"));
    return refund;
}

// --- faults and delivery ---------------------------------------------------------------------------------

void OrdersSimulator::injectFault(const SimFault &fault)
{
    m_faults.inject(fault);
}

void OrdersSimulator::clearFaults()
{
    m_faults.clear();
}

int OrdersSimulator::pendingFaultCount() const
{
    return m_faults.pendingCount();
}

void OrdersSimulator::setIdempotencyKeyLifetimeMs(qint64 ms)
{
    m_idempotency->setLifetimeMs(ms);
}

std::optional<SimFault> OrdersSimulator::takeFault(const QString &method, const QString &path)
{
    return m_faults.take(method, path);
}

bool OrdersSimulator::overRateLimit(const SimHttpRequest &request)
{
    if (m_settings.rateLimitPerSecond <= 0)
        return false;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<qint64> &recent = m_recentRequestsMs[QString::fromUtf8(request.header(QByteArrayLiteral("Authorization")))];
    recent.removeIf([now](qint64 at) { return now - at >= 1000; });
    if (recent.size() >= m_settings.rateLimitPerSecond)
        return true;
    recent.append(now);
    return false;
}

void OrdersSimulator::handleApiRequest(const SimHttpRequest &request, QTcpSocket *socket)
{
    ++m_requestCount;
    const QPointer<QTcpSocket> guard(socket);
    if (overRateLimit(request)) {
        SimHttpResponse response = OrdersWire::error(429, QStringLiteral("too_many_requests"),
                                                     QStringLiteral("Too many requests for this token"));
        response.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")});
        deliver(guard, response, request, 0);
        return;
    }
    const std::optional<SimFault> fault = takeFault(request.method, request.path);
    if (!fault) {
        deliver(guard, m_api->handle(request), request, 0);
        return;
    }
    qCDebug(lcSim) << "orders fault" << SimFault::kindName(fault->kind) << "on" << request.method << request.path;
    // The generic 5xx code differs by endpoint: "500" on order writes, "internal_error" elsewhere (3.1, 2.1).
    const bool orderWrite = request.method == QLatin1String("POST") && request.path.startsWith(QLatin1String("/v1/"));
    switch (fault->kind) {
    case SimFault::Kind::Latency:
        deliver(guard, m_api->handle(request), request, qMax(0, fault->latencyMs));
        return;
    case SimFault::Kind::ServerError:
        if (fault->afterStore)
            m_api->handle(request);
        deliver(guard,
                OrdersWire::error(fault->httpStatus,
                                  orderWrite ? QStringLiteral("500") : QStringLiteral("internal_error"),
                                  QStringLiteral("Simulated server error")),
                request, 0);
        return;
    case SimFault::Kind::RateLimit: {
        SimHttpResponse response =
            OrdersWire::error(429, QStringLiteral("too_many_requests"), QStringLiteral("Too many requests"));
        response.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(fault->retryAfterSeconds)});
        deliver(guard, response, request, 0);
        return;
    }
    case SimFault::Kind::Drop:
        if (fault->afterStore)
            m_api->handle(request);
        emit requestHandled(request.method, request.path, 0);
        // Out of the HTTP parser's stack: the server still touches the socket after handleRequest() returns.
        QTimer::singleShot(0, this, [guard]() {
            if (guard)
                guard->abort();
        });
        return;
    case SimFault::Kind::Malformed: {
        SimHttpResponse response = m_api->handle(request);
        const QByteArray truncated = response.body.left(response.body.size() / 2);
        if (response.status == 204)
            response.status = 200; // a 204 cannot carry the broken body
        response.body = truncated.size() > 1 ? truncated : QByteArrayLiteral("{\"id\":");
        response.headers.clear();
        deliver(guard, response, request, 0);
        return;
    }
    }
}

void OrdersSimulator::deliver(QPointer<QTcpSocket> socket, const SimHttpResponse &response,
                              const SimHttpRequest &request, int delayMs)
{
    qCDebug(lcSim) << "orders" << request.method << request.path << "->" << response.status;
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
