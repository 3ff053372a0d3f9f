#pragma once

#include <QJsonObject>
#include <QString>

class OrdersSimulator;
struct SimHttpRequest;
struct SimHttpResponse;

// Internal to the Orders simulator: the control surface's routes, on their own port. It drives the simulator
// only through OrdersSimulator's public API, exactly as an in-process test would:
//   GET /state                               accounts, terminals, orders, settings, faults
//   POST /terminals {id, ...}; DELETE /terminals/{id}
//   POST /terminals/{id}/mode {operating_mode}; POST /terminals/{id}/at-terminal-cancel {supported}
//   POST /terminals/{id}/{take|pay|begin-payment|action-required|cancel|expire}   the terminal's waiting order
//   POST /orders/{id}/{take|pay|begin-payment|action-required|cancel|expire}
//   POST /orders/{id}/payment-wins {wins}; POST /orders/{id}/tip {amount}; POST /orders/{id}/age {days}
//   POST /orders/{id}/refund {amount?}       a refund made outside PointDesk (terminal, Mercado Pago's site)
//   GET|POST|DELETE /faults; POST /token {token}; POST /accounts {...}; POST /settings {...}
//   POST /idempotency-failures {count}; POST /webhook {url, secret}
class OrdersControlSurface
{
public:
    explicit OrdersControlSurface(OrdersSimulator *simulator);

    SimHttpResponse handle(const SimHttpRequest &request);

    QJsonObject state() const;

private:
    SimHttpResponse addTerminal(const QJsonObject &body);
    SimHttpResponse orderAction(const QString &orderId, const QString &action, const QJsonObject &body);
    SimHttpResponse terminalAction(const QString &terminalId, const QString &action, const QJsonObject &body);
    SimHttpResponse addAccount(const QJsonObject &body);
    SimHttpResponse changeSettings(const QJsonObject &body);

    OrdersSimulator *m_simulator;
};
