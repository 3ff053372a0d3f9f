#include "sim/OrdersWebhookRelay.h"

#include "sim/OrdersSimulator.h"
#include "sim/OrdersWire.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>
#include <QUuid>

OrdersWebhookRelay::OrdersWebhookRelay(QObject *parent) : QObject(parent), m_nam(new QNetworkAccessManager(this)) {}

void OrdersWebhookRelay::configure(const QUrl &url, const QString &secret)
{
    m_url = url;
    m_secret = secret;
}

QString OrdersWebhookRelay::actionFor(const OrdersSimOrder &order)
{
    // A partial refund leaves the order processed / partially_refunded: no new notification for it.
    if (order.status == QLatin1String("processed"))
        return order.statusDetail == QLatin1String("partially_refunded") ? QString()
                                                                         : QStringLiteral("order.processed");
    const QStringList notified{QStringLiteral("canceled"), QStringLiteral("refunded"),
                               QStringLiteral("action_required"), QStringLiteral("failed"), QStringLiteral("expired")};
    return notified.contains(order.status) ? QStringLiteral("order.") + order.status : QString();
}

QString OrdersWebhookRelay::signature(const QString &secret, const QString &dataId, const QString &requestId,
                                      const QString &ts)
{
    const QByteArray manifest =
        "id:" + dataId.toUtf8() + ";request-id:" + requestId.toUtf8() + ";ts:" + ts.toUtf8() + ";";
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(manifest, secret.toUtf8(), QCryptographicHash::Sha256).toHex());
}

void OrdersWebhookRelay::notify(const OrdersSimOrder &order, const QString &applicationId)
{
    const QString action = actionFor(order);
    if (!m_url.isValid() || m_url.isEmpty() || action.isEmpty())
        return;
    const OrdersSimPayment &p = order.payment;
    QJsonObject payment;
    payment.insert(QStringLiteral("id"), p.id);
    payment.insert(QStringLiteral("amount"), p.amountText);
    payment.insert(QStringLiteral("status"), p.status);
    payment.insert(QStringLiteral("status_detail"), p.statusDetail);
    if (p.paidCents >= 0)
        payment.insert(QStringLiteral("paid_amount"), OrdersWire::formatAmount(p.paidCents, p.decimals));
    if (!p.methodType.isEmpty())
        payment.insert(QStringLiteral("payment_method"), QJsonObject{{QStringLiteral("id"), p.methodId},
                                                                     {QStringLiteral("installments"), p.installments},
                                                                     {QStringLiteral("type"), p.methodType}});
    if (!p.referenceId.isEmpty()) // "reference.id" here, "reference_id" on GET (5.1)
        payment.insert(QStringLiteral("reference"), QJsonObject{{QStringLiteral("id"), p.referenceId}});
    QJsonObject data;
    data.insert(QStringLiteral("id"), order.id);
    data.insert(QStringLiteral("external_reference"), order.externalReference);
    data.insert(QStringLiteral("status"), order.status);
    data.insert(QStringLiteral("status_detail"), order.statusDetail);
    if (p.paidCents >= 0)
        data.insert(QStringLiteral("total_paid_amount"), OrdersWire::formatAmount(p.paidCents, p.decimals));
    data.insert(QStringLiteral("transactions"), QJsonObject{{QStringLiteral("payments"), QJsonArray{payment}}});
    data.insert(QStringLiteral("type"), QStringLiteral("point"));
    data.insert(QStringLiteral("version"), order.version);
    QJsonObject body;
    body.insert(QStringLiteral("action"), action);
    body.insert(QStringLiteral("api_version"), QStringLiteral("v1"));
    body.insert(QStringLiteral("application_id"), applicationId);
    body.insert(QStringLiteral("data"), data);
    body.insert(QStringLiteral("date_created"), OrdersWire::timestamp(OrdersWire::nowNs()));
    body.insert(QStringLiteral("live_mode"), !order.testOrder);
    body.insert(QStringLiteral("type"), QStringLiteral("order"));
    body.insert(QStringLiteral("user_id"), order.userId);

    QUrl url = m_url;
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("data.id"), order.id);
    query.addQueryItem(QStringLiteral("type"), QStringLiteral("order"));
    url.setQuery(query);
    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString ts = QString::number(QDateTime::currentMSecsSinceEpoch());
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("x-request-id", requestId.toUtf8());
    request.setRawHeader("x-signature",
                         "ts=" + ts.toUtf8() + ",v1=" + signature(m_secret, order.id, requestId, ts).toUtf8());
    request.setTransferTimeout(22'000); // Mercado Pago's own patience with a receiver
    QNetworkReply *reply = m_nam->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    const QString orderId = order.id;
    connect(reply, &QNetworkReply::finished, this, [this, reply, action, orderId]() {
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        emit delivered(action, orderId, status.isValid() ? status.toInt() : 0);
        reply->deleteLater();
    });
}
