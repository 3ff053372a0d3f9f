#pragma once

#include <QJsonObject>
#include <QString>
#include <functional>

class OrdersSimulator;
struct OrdersSimAccount;
struct OrdersSimOrder;
struct SimHttpRequest;
struct SimHttpResponse;

// Internal to the Orders simulator: the Mercado Pago endpoints of orders-api.md (sections 2 and 3) — routing,
// authentication, idempotency, validation and the answers. A friend of OrdersSimulator: it changes orders only
// through the simulator's state machine.
class OrdersHttpApi
{
public:
    explicit OrdersHttpApi(OrdersSimulator *simulator);

    SimHttpResponse handle(const SimHttpRequest &request);

    // The full order as GET /v1/orders/{id} and create return it.
    static QJsonObject renderOrder(const OrdersSimOrder &order);

private:
    SimHttpResponse route(const SimHttpRequest &request, const OrdersSimAccount &account);
    SimHttpResponse idempotent(const SimHttpRequest &request, const OrdersSimAccount &account,
                               const std::function<SimHttpResponse()> &operation);

    SimHttpResponse listTerminals(const SimHttpRequest &request, const OrdersSimAccount &account);
    SimHttpResponse setupTerminal(const SimHttpRequest &request, const OrdersSimAccount &account);
    SimHttpResponse createOrder(const SimHttpRequest &request, const OrdersSimAccount &account);
    SimHttpResponse getOrder(const QString &id, const OrdersSimAccount &account);
    SimHttpResponse cancelOrder(const SimHttpRequest &request, const QString &id, const OrdersSimAccount &account);
    SimHttpResponse refundOrder(const SimHttpRequest &request, const QString &id, const OrdersSimAccount &account);
    SimHttpResponse simulateEvent(const SimHttpRequest &request, const QString &id, const OrdersSimAccount &account);

    // The caller's own order, or nullptr (404 for unknown and other accounts' orders alike).
    OrdersSimOrder *ownOrder(const QString &id, const OrdersSimAccount &account);

    OrdersSimulator *m_sim;
};
