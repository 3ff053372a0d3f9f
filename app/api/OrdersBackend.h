#pragma once

#include "api/PointBackend.h"

/// Mercado Pago's Orders API for Point (../shared/contracts/orders-api.md): terminals, their operating mode, and
/// orders created, read, cancelled and refunded by id.
///
/// create, cancel and refund carry X-Idempotency-Key: the key the journal holds for the operation, the same on every
/// resend, so that a lost answer is settled by resending (the API replays the first answer) and never by a second
/// order. A create without a key is a rejected input and is never sent. Every resend of an operation has the same
/// bytes: an order without an external reference gets one derived from its key. Amounts are decimal text with the
/// account's currency's decimals (setCurrency()). Ids are opaque text. All JSON is in OrdersJsonMapping.
class OrdersBackend : public PointBackend
{
    Q_OBJECT

public:
    static constexpr int kPageLimit = 50;
    /// Pages of the terminal list followed at most (10,000 terminals): a server that never ends is Malformed.
    static constexpr int kMaxPages = 200;
    static constexpr int kMaxIdempotencyKeyChars = 128;

    explicit OrdersBackend(QObject *parent = nullptr);
    ~OrdersBackend() override;

    QString key() const override { return QStringLiteral("orders"); }
    Capabilities capabilities() const override;
    /// Contract 5.2: every 2 s for the first 2 minutes, then every 5 s, at most one request a second; a 429 without
    /// Retry-After waits 5 s (1.7); stop at created + expiration + 60 s.
    PollingPolicy pollingPolicy() const override;

    /// 2.1 GET /terminals/v1/list?limit=50&offset=N, every page until paging.total, as one call.
    Call<DeviceList> *listTerminals() override;
    /// 2.2 PATCH /terminals/v1/setup (Pdv or Standalone only).
    Call<Device> *setOperatingMode(const QString &terminal, Device::OperatingMode mode) override;
    /// 3.1 POST /v1/orders with X-Idempotency-Key = `idempotencyKey` (required).
    Call<CreatedOrder> *createOrder(const OrderRequest &request, const QString &idempotencyKey) override;
    /// 3.2 GET /v1/orders/{id}
    Call<OrderInfo> *getOrder(const OrderRef &order) override;
    /// 3.3 POST /v1/orders/{id}/cancel with x-allow-cancelable-status: at_terminal. 200: cancelled (Done); 202:
    /// accepted, not final (Done::pending): keep reading the order until it is cancelled or paid.
    Call<Done> *cancelOrder(const OrderRef &order, const QString &idempotencyKey) override;
    /// 3.4 POST /v1/orders/{id}/refund: no body (total) or the payment and amount (partial). Any 2xx is success.
    Call<RefundInfo> *refund(const RefundRequest &request, const QString &idempotencyKey) override;
    /// Not offered by the Orders API: fail without sending.
    Call<Done> *cancelOnTerminal(const QString &terminal) override;
    Call<Done> *removeTerminal(const QString &terminal) override;
    Call<Done> *enableIntegration(qint64 userId) override;

    /// The rule an idempotency key breaks (empty, longer than 128 characters, not printable ASCII), if any.
    static std::optional<ValidationIssue> checkIdempotencyKey(const QString &key);
    /// The rule an order id breaks (empty or longer than any id), if any.
    static std::optional<ValidationIssue> checkOrder(const OrderRef &order);

private:
    void requestTerminalPage(Call<DeviceList> *whole, qint64 offset, int page, DeviceList seen);
    Call<Done> *unsupported(const QString &method);
};
