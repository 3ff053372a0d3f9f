#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

struct OrdersSimOrder;

// Internal to the Orders simulator: posts the order.* notifications of orders-api.md 5.1 to a configured relay URL,
// signed like Mercado Pago's: x-signature "ts=<ms>,v1=<hex>" with HMAC-SHA256 over
// "id:<data.id>;request-id:<x-request-id>;ts:<ts>;", data.id as received. Fire and forget: the simulator never
// waits for, nor retries, a delivery.
class OrdersWebhookRelay : public QObject
{
    Q_OBJECT

public:
    explicit OrdersWebhookRelay(QObject *parent = nullptr);

    void configure(const QUrl &url, const QString &secret);
    QUrl url() const { return m_url; }

    // "order.processed" ... for this order's new status; "" when that status has no notification.
    static QString actionFor(const OrdersSimOrder &order);
    // Sends the notification when a relay is configured and the status has one.
    void notify(const OrdersSimOrder &order, const QString &applicationId);

    // The v1 part of x-signature.
    static QString signature(const QString &secret, const QString &dataId, const QString &requestId, const QString &ts);

signals:
    // A delivery finished: the relay's HTTP status, 0 when it could not be reached.
    void delivered(const QString &action, const QString &orderId, int httpStatus);

private:
    QNetworkAccessManager *m_nam = nullptr;
    QUrl m_url;
    QString m_secret;
};
