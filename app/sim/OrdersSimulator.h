#pragma once

#include "core/CardType.h"
#include "core/Money.h"
#include "sim/SimFault.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QtGlobal>
#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

class OrdersControlSurface;
class OrdersHttpApi;
class OrdersIdempotencyStore;
class OrdersWebhookRelay;
class SimHttpServer;
struct SimHttpRequest;
struct SimHttpResponse;

/// An access token the simulated Orders API accepts, and the account (seller) it belongs to.
struct OrdersSimAccount
{
    QString token;
    QString userId;                              ///< "5238400195": a string in Orders replies
    QString countryCode = QStringLiteral("MEX"); ///< ARG, BRA, CHL, MEX may set terminals up; others not
    QString currency = QStringLiteral("MXN");    ///< decides the amount decimals accepted
    QString applicationId = QStringLiteral("1234567890");
};

/// One Point terminal on a simulated account.
struct OrdersSimTerminal
{
    QString id;         ///< "<model>__<serial>", e.g. "NEWLAND_N950__SBX0000001"
    QString ownerToken; ///< the account that may use it
    QString posId;      ///< "" = no POS (setup answers 403 store_pos_not_found)
    QString storeId;    ///< "" = no store
    QString externalPosId;
    QString operatingMode = QStringLiteral("PDV"); ///< PDV, STANDALONE or UNDEFINED
    bool atTerminalCancel = true;                  ///< may an at_terminal order be cancelled by API (3.3)
    QString waitingOrderId;                        ///< the created / at_terminal order blocking it; "" when free

    /// The model, the part before "__".
    QString model() const { return id.section(QStringLiteral("__"), 0, 0); }
};

/// A refund entry of an order (transactions.refunds[]).
struct OrdersSimRefund
{
    QString id;            ///< "REF" + 26
    QString transactionId; ///< the payment's "PAY" id
    QString referenceId;
    qint64 amountCents = 0;
    QString status; ///< "processing" or "processed"
};

/// The single payment transaction of a Point order.
struct OrdersSimPayment
{
    QString id;         ///< "PAY" + 26
    QString amountText; ///< exactly as received
    qint64 amountCents = 0;
    int decimals = 2; ///< of amountText; derived amounts use the same
    QString status = QStringLiteral("created");
    QString statusDetail = QStringLiteral("created");
    qint64 paidCents = -1; ///< -1 until paid
    qint64 refundedCents = 0;
    qint64 tipCents = 0;
    QString referenceId; ///< "" until processed
    QString methodType;  ///< "" until paid or failed: "credit_card", "debit_card"
    QString methodId;    ///< "visa", "master" ...
    int installments = 0;
    QString firstDigits;
    QString lastDigits;
};

/// One order as the simulated Orders API stores it.
struct OrdersSimOrder
{
    QString id;
    QString ownerToken;
    QString userId;
    bool testOrder = false; ///< created with a test token: only these take POST .../events
    QString externalReference;
    std::optional<QString> description;
    QString expirationTime; ///< as received, "PT15M" when absent
    qint64 expirationMs = 0;
    QString countryCode;
    QString currency;
    QJsonObject config;          ///< as received
    QJsonObject integrationData; ///< as received plus application_id
    QString terminalId;
    QString status = QStringLiteral("created");
    QString statusDetail = QStringLiteral("created");
    qint64 createdNs = 0;
    qint64 updatedNs = 0;
    int version = 1;
    OrdersSimPayment payment;
    QList<OrdersSimRefund> refunds;
    bool paymentWinsCancel = false; ///< test hook: after a 202 cancel the customer pays instead

    /// created or at_terminal: the order still waits for the terminal and keeps it busy.
    bool isWaiting() const;
};

/// What the customer does at the terminal when paying (control surface "pay").
struct OrdersSimPaymentResult
{
    bool approved = true;
    QString statusDetail; ///< failed only: "insufficient_amount" ...; "" = "failed"
    CardType cardType = CardType::Credit;
    /// A payment without a card ("qr", listed by the migration guide): no card digits, one installment, and
    /// partial refunds answer unsupported_partially_refunds. "" = a card payment of cardType.
    QString nonCardType;
    QString methodId = QStringLiteral("visa");
    int installments = 1;
    QString firstDigits = QStringLiteral("450995");
    QString lastDigits = QStringLiteral("3704");
    Money tip; ///< keyed on the terminal; paid_amount includes it
};

/// Mercado Pago's Orders API for Point (docs: orders-api.md) served over real HTTP on 127.0.0.1, plus a control
/// surface on its own port that plays the terminal, the customer and the network. Written from the contract, never
/// from PointDesk's client. Used by tests, demo mode and `pointdesk-sim --api orders`.
class OrdersSimulator : public QObject
{
    Q_OBJECT

public:
    /// Timings and switches the contract leaves to the simulator. Delays in milliseconds; < 0 = never by itself.
    struct Settings
    {
        int takeDelayMs = 3000;                ///< created -> at_terminal on a PDV terminal (3.1)
        int cancelDelayMs = 5000;              ///< 202 cancel -> canceled (3.3)
        int eventDelayMs = 2000;               ///< each step of POST .../events (3.5, "about 10 s")
        int actionRequiredEventDelayMs = 8000; ///< the final step of an action_required event ("about 40 s")
        int noResultActionRequiredMs = 40000;  ///< payment begun without a result -> action_required (4.1)
        double expirationScale = 1.0;          ///< expiration_time is multiplied by this (tests use 0.01)
        int refundSuccessStatus = 200;         ///< 200, or 201 (section 8)
        bool totalRefundsProcessing = false;   ///< total refunds answer "processing", "processed" on a later GET
        qint64 minimumAmountCents = 0;         ///< 0 = no minimum (1.4)
        QString testTokenPrefix = QStringLiteral("TEST-"); ///< tokens that count as test credentials
        bool testOrderIds = false;                         ///< orders of test tokens get "ORDTST" ids (1.3)
        int maxIdempotencyKeyLength = 128;
        int rateLimitPerSecond = 0; ///< per token; 0 = off (1.7). Above it: 429 too_many_requests
    };

    explicit OrdersSimulator(QObject *parent = nullptr);
    ~OrdersSimulator() override;

    /// Starts both servers on 127.0.0.1 only; 0 picks a free port. False when a port cannot be bound.
    bool listen(quint16 apiPort = 0, quint16 controlPort = 0);
    bool isListening() const;
    /// "http://127.0.0.1:PORT", no trailing slash; empty before listen().
    QUrl apiUrl() const;
    QUrl controlUrl() const;

    Settings settings() const { return m_settings; }
    void setSettings(const Settings &settings) { m_settings = settings; }

    /// The first account's token: a random "TEST-..." token by default.
    QString accessToken() const;
    /// Replaces the first account's token; its terminals and orders follow it.
    void setAccessToken(const QString &token);
    /// The first account's user id ("5238400195"; random by default).
    void setUserId(const QString &userId) { m_accounts.first().userId = userId; }
    /// The first account's currency (its ISO code: the amount decimals accepted, the orders' currency).
    void setCurrency(const QString &isoCode) { m_accounts.first().currency = isoCode; }
    /// Adds a further account (another seller). False when the token is empty or taken.
    bool addAccount(const OrdersSimAccount &account);
    QList<OrdersSimAccount> accounts() const { return m_accounts; }
    std::optional<OrdersSimAccount> account(const QString &token) const;
    bool isTestToken(const QString &token) const;

    /// "NEWLAND_N950__SBX0000001" (PDV), "PAX_A910__PAX0000000002" (PDV), "NEWLAND_N950__N950NCB801293324"
    /// (STANDALONE): the first account's terminals at start.
    static QStringList defaultTerminalIds();
    /// Adds a terminal; an empty ownerToken means the first account. False when the id is taken or not
    /// "<model>__<serial>".
    bool addTerminal(OrdersSimTerminal terminal);
    /// Removes a terminal; a waiting order stays and simply expires. Terminal calls name the owner's token when
    /// two accounts hold the same id (the virtual SBX0000001); "" = the first terminal with that id.
    bool removeTerminal(const QString &id, const QString &ownerToken = {});
    /// PDV, STANDALONE or UNDEFINED (what the device reports when its configuration is not recognised).
    bool setOperatingMode(const QString &id, const QString &mode, const QString &ownerToken = {});
    bool setAtTerminalCancel(const QString &id, bool supported, const QString &ownerToken = {});
    QList<OrdersSimTerminal> terminals() const { return m_terminals; }
    std::optional<OrdersSimTerminal> terminal(const QString &id, const QString &ownerToken = {}) const;

    std::optional<OrdersSimOrder> order(const QString &id) const;
    QList<OrdersSimOrder> orders() const { return m_orders; }

    // --- the terminal and the customer (each false when the order is unknown or not in a fitting status) ---
    /// The terminal takes the order it was sent: created -> at_terminal.
    bool take(const QString &orderId);
    /// The customer pays or is declined: at_terminal (or created: taken first) -> processed / failed.
    bool pay(const QString &orderId, const OrdersSimPaymentResult &result);
    /// The customer has begun paying; without a result within noResultActionRequiredMs it turns action_required.
    bool beginPayment(const QString &orderId);
    /// No result can be known: at_terminal -> action_required / check_on_terminal.
    bool requireAction(const QString &orderId);
    /// The customer cancels on the device: created / at_terminal -> canceled, payment canceled_on_terminal.
    bool cancelOnTerminal(const QString &orderId);
    /// The expiration_time passes now: created / at_terminal -> expired.
    bool expire(const QString &orderId);
    /// Test hook: after a 202 cancel the customer's payment completes instead of the cancel.
    bool setPaymentWinsCancel(const QString &orderId, bool wins);
    /// Test hook: the order was created `days` earlier (GET after 3 months, refunds after 90 days).
    bool ageOrder(const QString &orderId, int days);
    /// Test hook: a tip on a processed order (partial refunds are then refused).
    bool addTip(const QString &orderId, Money tip);
    /// A refund made outside PointDesk (at the terminal, or on Mercado Pago's site) of a processed order's payment:
    /// nullopt = the whole balance. Changes the order exactly as an API refund does (refunded, or processed /
    /// partially_refunded with refunded_amount). False when the order is not processed, a refund is still
    /// processing, or the amount is not above zero and within the balance.
    bool refundOutside(const QString &orderId, std::optional<Money> amount = std::nullopt);
    /// The waiting order of a terminal, "" when it is free.
    QString waitingOrder(const QString &terminalId) const;

    /// Queues a fault for the Orders API port; faults are matched in the order they were injected.
    void injectFault(const SimFault &fault);
    void clearFaults();
    int pendingFaultCount() const;
    /// The next `count` idempotent calls (create, cancel, refund) answer 500 idempotency_validation_failed.
    void failIdempotencyValidation(int count) { m_idempotencyFailures = qMax(0, count); }

    /// Milliseconds an idempotency key is remembered (24 h by default).
    void setIdempotencyKeyLifetimeMs(qint64 ms);

    int requestCount() const { return m_requestCount; }

    /// Posts the order.* notifications (processed, canceled, refunded, action_required, failed, expired) to `url`,
    /// signed with `secret` as Mercado Pago signs them (5.1). An empty URL turns the relay off (the default).
    void setWebhookRelay(const QUrl &url, const QString &secret);
    QUrl webhookRelayUrl() const;

signals:
    /// One API request was answered (`httpStatus` 0 for a dropped connection).
    void requestHandled(const QString &method, const QString &path, int httpStatus);
    void terminalsChanged();
    void orderChanged(const QString &orderId);
    /// A notification reached the relay (`httpStatus` its answer) or did not (0).
    void webhookDelivered(const QString &action, const QString &orderId, int httpStatus);

private:
    friend class OrdersHttpApi;

    void handleApiRequest(const SimHttpRequest &request, QTcpSocket *socket);
    std::optional<SimFault> takeFault(const QString &method, const QString &path);
    bool overRateLimit(const SimHttpRequest &request);
    void deliver(QPointer<QTcpSocket> socket, const SimHttpResponse &response, const SimHttpRequest &request,
                 int delayMs);

    OrdersSimOrder *findOrder(const QString &id);
    OrdersSimTerminal *findTerminal(const QString &id, const QString &ownerToken = {});
    // Moves an order to a new status, frees its terminal when final, bumps version and last_updated_date.
    void transition(OrdersSimOrder &order, const QString &status, const QString &detail, const QString &paymentStatus,
                    const QString &paymentDetail);
    void touch(OrdersSimOrder &order);
    void releaseTerminal(const OrdersSimOrder &order);
    // Runs `step` on the order `delayMs` from now if it still exists; the step checks the status it needs.
    void after(qint64 delayMs, const QString &orderId, const std::function<void(OrdersSimOrder &)> &step);
    void scheduleTake(const OrdersSimOrder &order);
    void scheduleExpiry(const OrdersSimOrder &order);
    void applyPayment(OrdersSimOrder &order, const OrdersSimPaymentResult &result);
    // Adds a refund of `cents` to a processed order's payment and moves the order to refunded or
    // processed / partially_refunded (3.4); the API's checks come first, in the caller.
    OrdersSimRefund applyRefund(OrdersSimOrder &order, qint64 cents, const QString &status);
    QString newOrderId(bool testToken) const;

    Settings m_settings;
    QList<OrdersSimAccount> m_accounts;
    QList<OrdersSimTerminal> m_terminals;
    QList<OrdersSimOrder> m_orders;
    SimFaultQueue m_faults;
    QHash<QString, QList<qint64>> m_recentRequestsMs; // per token, for the optional rate limit
    OrdersIdempotencyStore *m_idempotency = nullptr;
    OrdersWebhookRelay *m_relay = nullptr;
    int m_idempotencyFailures = 0;

    SimHttpServer *m_apiServer = nullptr;
    SimHttpServer *m_controlServer = nullptr;
    OrdersHttpApi *m_api = nullptr;
    OrdersControlSurface *m_control = nullptr;
    quint16 m_apiPort = 0;
    quint16 m_controlPort = 0;
    int m_requestCount = 0;
};
