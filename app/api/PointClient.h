#pragma once

#include "api/ApiCall.h"
#include "core/Device.h"
#include "api/JsonMapping.h"
#include "core/PaymentOrder.h"
#include "core/Validation.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkRequest;

/// The legacy Mercado Pago Point API ("Integration via API"): one method per documented call.
/// Every method validates its input first (a rejected input sends nothing), then returns a call handle that
/// finishes once with the value or an ApiError. The token is sent as a Bearer header (call 1: as the documented
/// query parameter) and never logged.
class PointClient : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultTimeoutMs = 15000;
    static constexpr qint64 kMaxBodyBytes = 4 * 1024 * 1024;

    static QUrl defaultBaseUrl();
    /// https, or plain http only to this computer (the simulator).
    static bool isAcceptableBaseUrl(const QUrl &url);

    explicit PointClient(QObject *parent = nullptr);
    ~PointClient() override;

    /// Returns false (and keeps the previous URL) when the URL is not acceptable.
    bool setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    void setAccessToken(const QString &token) { m_token = token; }
    bool hasAccessToken() const { return !m_token.isEmpty(); }
    void setTimeout(int milliseconds) { m_timeoutMs = qMax(1, milliseconds); }
    int timeout() const { return m_timeoutMs; }

    /// Requests that actually left for the network since construction.
    quint64 requestsSent() const { return m_requestsSent; }

    /// 1. POST /point/services/user/status/integrators?access_token=… {"Id": user_id}
    Call<Done> *enableIntegration(qint64 userId);
    /// 2. POST /point/services/integrations/v1
    Call<CreatedOrder> *createOrder(const OrderRequest &request);
    /// 3. GET /point/services/integrations/v1/:id
    Call<OrderInfo> *getOrder(qint64 orderId);
    /// 4. DELETE /point/services/integrations/v1/attempt/device/:device_name
    Call<Done> *cancelOrderOnDevice(const QString &deviceName);
    /// 5. DELETE /point/services/integrations/v1/:id (204, no body)
    Call<Done> *cancelOrder(qint64 orderId);
    /// 6. GET /point/services/integrations/v1/devices
    Call<DeviceList> *listDevices();
    /// 7. DELETE /point/services/integrations/v1/devices/:device_name
    Call<Done> *removeDevice(const QString &deviceName);

    /// A device name as one percent-encoded path segment ("Caja 1/ñ" -> "Caja%201%2F%C3%B1").
    static QByteArray encodeSegment(const QString &segment);

Q_SIGNALS:
    /// Emitted when a request leaves; `path` never holds the token.
    void requestSent(const QString &method, const QString &path);

private:
    enum class Auth { Bearer, QueryToken };

    template <typename T>
    Call<T> *start(const QString &method, const QByteArray &encodedPath, const QByteArray &body, Auth auth,
                   typename Call<T>::Parser parser, const std::optional<ValidationIssue> &issue = std::nullopt);

    QNetworkAccessManager *m_nam = nullptr;
    QUrl m_baseUrl;
    QString m_token;
    int m_timeoutMs = kDefaultTimeoutMs;
    quint64 m_requestsSent = 0;
};
