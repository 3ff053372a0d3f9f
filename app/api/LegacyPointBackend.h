#pragma once

#include "api/LegacyJsonMapping.h"
#include "api/PointBackend.h"

/// Mercado Pago's legacy Point API ("Integration via API", ../shared/seed): one method per documented call.
///
/// Refunds of the payments it took go through the Payments API, which does take an idempotency key.
/// The legacy Point API itself has no idempotency: the key handed to createOrder() and cancelOrder() is not sent, and a lost
/// answer to a create is settled by the sale flow through the terminal list. Its ids are 64-bit numbers, carried
/// as exact decimal text in OrderRef / PaymentRef. The token is sent as a Bearer header (call 1: as the documented
/// query parameter) and never logged.
class LegacyPointBackend : public PointBackend
{
    Q_OBJECT

public:
    explicit LegacyPointBackend(QObject *parent = nullptr);
    ~LegacyPointBackend() override;

    QString key() const override { return QStringLiteral("legacy"); }
    Capabilities capabilities() const override;

    /// 6. GET /point/services/integrations/v1/devices
    Call<DeviceList> *listTerminals() override;
    /// 2. POST /point/services/integrations/v1 (the key is not sent: the legacy API has none)
    Call<CreatedOrder> *createOrder(const OrderRequest &request, const QString &idempotencyKey = {}) override;
    /// 3. GET /point/services/integrations/v1/:id
    Call<OrderInfo> *getOrder(const OrderRef &order) override;
    /// 5. DELETE /point/services/integrations/v1/:id (204, no body; the key is not sent)
    Call<Done> *cancelOrder(const OrderRef &order, const QString &idempotencyKey = {}) override;
    /// 4. DELETE /point/services/integrations/v1/attempt/device/:device_name
    Call<Done> *cancelOnTerminal(const QString &terminal) override;
    /// 7. DELETE /point/services/integrations/v1/devices/:device_name
    Call<Done> *removeTerminal(const QString &terminal) override;
    /// 1. POST /point/services/user/status/integrators?access_token=… {"Id": user_id}
    Call<Done> *enableIntegration(qint64 userId) override;
    /// POST /v1/payments/{payment_id}/refunds of the Payments API (payments-refunds.md): {} for the balance or
    /// {"amount": n}, with X-Idempotency-Key and X-Render-In-Process-Refunds (a refund in contingency answers
    /// "in_process" instead of an error).
    Call<RefundInfo> *refund(const RefundRequest &request, const QString &idempotencyKey) override;

    /// The order's legacy number, or the input rule it breaks (an id the legacy API cannot have).
    static std::optional<ValidationIssue> checkOrder(const OrderRef &order);
};
