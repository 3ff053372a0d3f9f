#pragma once

#include "core/CardType.h"
#include "core/Money.h"
#include "sim/SimFault.h"
#include "sim/SimPayments.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QtGlobal>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QTcpServer;
class QTcpSocket;
QT_END_NAMESPACE

class SimControlSurface;
class SimHttpServer;
struct SimHttpRequest;
struct SimHttpResponse;

/// One payment order as the simulated Point backend stores it.
struct SimOrder
{
    enum class Status { Open, Closed, Deleted };

    qint64 id = 0;
    QString deviceName;
    Money amount;
    QString description;
    CardType cardType = CardType::Credit;
    QString externalReference; ///< "" when the create request had none
    QString payerEmail;        ///< "" when the create request had none
    QString notificationUrl;   ///< "" when the create request had none
    bool disableBackButton = false;
    Status status = Status::Open;
    qint64 paymentId = 0;  ///< set when the order closes (approved or rejected); 0 before
    QString paymentStatus; ///< "approved" / "rejected" once closed; "" before
    QDateTime createdAt;   ///< UTC
};

/// One Point terminal registered to the simulated account.
struct SimDevice
{
    QString name;
    qint64 id = 0;
    qint64 caller = 0;
    qint64 paymentAttempt = 0; ///< the OPEN order the terminal holds; 0 = FREE
};

/// The Mercado Pago Point "Integration via API" (legacy) served over real HTTP on 127.0.0.1, plus a separate
/// control surface that plays the customer at the terminal and the network. Written from the API contract,
/// not from PointDesk's client. Used by demo mode, tests, benchmarks and `pointdesk-sim`.
class PointSimulator : public QObject
{
    Q_OBJECT

public:
    explicit PointSimulator(QObject *parent = nullptr);
    ~PointSimulator() override;

    /// "Caja 1", "Caja 2", "Mostrador Ñandú": the terminals a new simulator starts with.
    static QStringList defaultDeviceNames();

    /// Starts both servers on 127.0.0.1 only; 0 picks a free port. False (and nothing listening) when either
    /// port cannot be bound or the simulator already listens.
    bool listen(quint16 apiPort = 0, quint16 controlPort = 0);
    /// listen() in two steps, for a caller that needs the address now and the servers a little later (demo mode
    /// starts the servers, and with them Qt's TLS backend, after the cashier window's first frame). bindPorts()
    /// binds both ports (apiUrl() and controlUrl() are known from then on; connections wait in the system's
    /// backlog) with listen()'s result; serve() then answers them. isListening() is true after serve().
    bool bindPorts(quint16 apiPort = 0, quint16 controlPort = 0);
    /// Starts answering on the ports bindPorts() bound; does nothing without them or when already serving.
    void serve();
    bool isListening() const;
    /// "http://127.0.0.1:PORT", no trailing slash; empty before listen() or bindPorts().
    QUrl apiUrl() const;
    /// The control surface, "http://127.0.0.1:PORT"; empty before listen() or bindPorts().
    QUrl controlUrl() const;

    /// The account's access token; a random "TEST-..." token by default. An empty token authorises nothing.
    QString accessToken() const;
    void setAccessToken(const QString &token);
    /// The account's user id, which the enable-integration call must name.
    qint64 userId() const;
    void setUserId(qint64 userId);
    /// True once the enable-integration call succeeded.
    bool integrationEnabled() const;

    /// Adds a FREE terminal. False when a terminal of that name exists or the name is blank, "." or "..", has
    /// control characters or is longer than 100 characters.
    bool addDevice(const QString &name);
    /// Removes a terminal; an order it still holds is deleted with it (the terminal left the account).
    bool removeDevice(const QString &name);
    /// The terminals in the order they were added.
    QList<SimDevice> devices() const;
    std::optional<SimDevice> device(const QString &name) const;

    /// The customer pays the order the terminal holds: CLOSED, "approved", a new payment id; terminal FREE.
    /// Returns the order id, 0 when the terminal is unknown or holds no order.
    qint64 approve(const QString &deviceName);
    /// The card is declined: CLOSED, "rejected", a payment id is set; terminal FREE. Returns as approve().
    qint64 decline(const QString &deviceName);
    /// The customer presses back/cancel: the order is deleted (GET answers 404); terminal FREE.
    qint64 customerCancel(const QString &deviceName);

    std::optional<SimOrder> order(qint64 id) const;

    /// The Payments API side of the account: every approved or declined order's payment, and its refunds
    /// (payments-refunds.md), with its test hooks.
    SimPayments &payments() { return m_payments; }
    const SimPayments &payments() const { return m_payments; }
    /// Every order ever created, deleted ones included, in creation order.
    QList<SimOrder> orders() const;

    /// Queues a fault; faults are matched in the order they were injected.
    void injectFault(const SimFault &fault);
    void clearFaults();
    /// Sum of the remaining counts of all queued faults.
    int pendingFaultCount() const;

    /// API requests received, faulted ones included; control surface requests are not counted.
    int requestCount() const;
    void resetRequestCount();

    /// "latency", "server_error", "rate_limit", "drop", "malformed" (the control surface's names).
    static QString faultKindName(SimFault::Kind kind);
    static std::optional<SimFault::Kind> faultKindFromName(const QString &name);

signals:
    /// One API request was processed (a delayed reply may still be on its way); `path` is percent-decoded;
    /// `httpStatus` is the status sent, 0 for a dropped connection.
    void requestHandled(const QString &method, const QString &path, int httpStatus);
    void devicesChanged();
    void orderChanged(qint64 orderId);

private:
    void handleApiRequest(const SimHttpRequest &request, QTcpSocket *socket);
    std::optional<SimFault> takeFault(const QString &method, const QString &path);
    void deliver(QPointer<QTcpSocket> socket, const SimHttpResponse &response, const SimHttpRequest &request,
                 int delayMs);

    SimHttpResponse route(const SimHttpRequest &request);
    bool isAuthorized(const SimHttpRequest &request) const;
    SimHttpResponse enableIntegration(const SimHttpRequest &request);
    SimHttpResponse createOrder(const SimHttpRequest &request);
    SimHttpResponse getOrder(qint64 id);
    SimHttpResponse deleteOrder(qint64 id);
    SimHttpResponse cancelOnDevice(const QString &deviceName);
    SimHttpResponse listDevices() const;
    SimHttpResponse deleteDevice(const QString &deviceName);

    SimDevice *findDevice(const QString &name);
    const SimDevice *findDevice(const QString &name) const;
    SimOrder *findOrder(qint64 id);
    SimDevice *deviceHolding(qint64 orderId);
    qint64 finishOrder(const QString &deviceName, SimOrder::Status status, const QString &paymentStatus);
    void deleteOpenOrder(SimOrder &order);

    QList<SimDevice> m_devices;
    QList<SimOrder> m_orders; // creation order; ids strictly increase, so lookups binary-search
    SimFaultQueue m_faults;
    SimPayments m_payments;

    /// Bound by bindPorts(), not accepting yet; handed to the servers by serve().
    std::unique_ptr<QTcpServer> m_boundApiTcp;
    std::unique_ptr<QTcpServer> m_boundControlTcp;
    SimHttpServer *m_apiServer = nullptr;
    SimHttpServer *m_controlServer = nullptr;
    SimControlSurface *m_control = nullptr;
    quint16 m_apiPort = 0;
    quint16 m_controlPort = 0;

    QString m_accessToken;
    qint64 m_userId = 0;
    bool m_integrationEnabled = false;
    qint64 m_lastOrderId = 0;
    qint64 m_lastPaymentId = 0;
    qint64 m_lastDeviceId = 0;
    int m_requestCount = 0;
};
