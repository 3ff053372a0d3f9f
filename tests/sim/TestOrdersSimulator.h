#pragma once

// The fixture of the OrdersSimulator tests (tst_orderssimulator*.cpp, one executable): contracts/orders-api.md
// over real loopback HTTP with a raw QNetworkAccessManager and hand-written JSON (never PointDesk's client: the
// simulator stands on the contract alone).
#include "sim/OrdersSimulator.h"
#include "sim/SimHttpServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>
#include <memory>

namespace OrdersSimTest {

inline constexpr int kTimeoutMs = 10'000;
inline const QString kSbx = QStringLiteral("NEWLAND_N950__SBX0000001");
inline const QString kPax = QStringLiteral("PAX_A910__PAX0000000002");
inline const QString kStandalone = QStringLiteral("NEWLAND_N950__N950NCB801293324");
inline const QRegularExpression kOrderId(QStringLiteral("^ORD[0-9A-HJKMNP-TV-Z]{26}$"));
inline const QRegularExpression kPaymentId(QStringLiteral("^PAY[0-9A-HJKMNP-TV-Z]{26}$"));
inline const QRegularExpression kRefundId(QStringLiteral("^REF[0-9A-HJKMNP-TV-Z]{26}$"));
inline const QRegularExpression kTimestamp(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{9}Z$"));

using Headers = QList<QPair<QByteArray, QByteArray>>;

struct HttpResult
{
    int status = 0; // 0 when no HTTP response arrived
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &pair : headers) {
            if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
                return pair.second;
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString str(const QString &key) const { return json().value(key).toString(); }
    // errors[0].code of the documented envelope; "" when the body is not that envelope.
    QString code() const
    {
        const QJsonArray errors = json().value(QStringLiteral("errors")).toArray();
        return errors.size() == 1 ? errors.first().toObject().value(QStringLiteral("code")).toString() : QString();
    }
    QString text() const { return QStringLiteral("%1 %2").arg(status).arg(QString::fromUtf8(body)); }
};

inline QJsonObject payment0(const QJsonObject &order)
{
    return order.value(QStringLiteral("transactions"))
        .toObject()
        .value(QStringLiteral("payments"))
        .toArray()
        .first()
        .toObject();
}

inline QJsonArray refundsOf(const QJsonObject &order)
{
    return order.value(QStringLiteral("transactions")).toObject().value(QStringLiteral("refunds")).toArray();
}

inline QByteArray createBody(const QString &terminal, const QString &amount = QStringLiteral("24.00"),
                             const QString &reference = QStringLiteral("ref_1"), const QString &expiration = {})
{
    QJsonObject body;
    body.insert(QStringLiteral("type"), QStringLiteral("point"));
    body.insert(QStringLiteral("external_reference"), reference);
    if (!expiration.isEmpty())
        body.insert(QStringLiteral("expiration_time"), expiration);
    body.insert(QStringLiteral("transactions"),
                QJsonObject{{QStringLiteral("payments"), QJsonArray{QJsonObject{{QStringLiteral("amount"), amount}}}}});
    body.insert(QStringLiteral("config"),
                QJsonObject{{QStringLiteral("point"), QJsonObject{{QStringLiteral("terminal_id"), terminal}}}});
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

inline OrdersSimTerminal terminalNamed(const QString &id)
{
    OrdersSimTerminal terminal;
    terminal.id = id;
    return terminal;
}

inline OrdersSimAccount accountFor(const QString &token, const QString &userId)
{
    OrdersSimAccount account;
    account.token = token;
    account.userId = userId;
    return account;
}

inline QByteArray newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
}

} // namespace OrdersSimTest

using namespace OrdersSimTest;

class TestOrdersSimulator : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void defaults();
    void unauthorized_data();
    void unauthorized();
    void unknownPathAndMethod();

    void listTerminalsPagesToTheEnd();
    void listTerminalsClamps_data();
    void listTerminalsClamps();
    void listTerminalsFiltersAndAccounts();
    void setupTerminal();
    void setupTerminalErrors_data();
    void setupTerminalErrors();
    void setupTerminalUnsupportedSite();

    void createOrder();
    void createOrderRejected_data();
    void createOrderRejected();
    void createOrderTerminalRules();
    void createOrderCurrencyDecimalsAndMinimum();
    void derivedAmountsKeepTheDecimals();
    void testOrderIds();

    void idempotencyReplayAndConflict();
    void idempotencyStoresClientErrorsNotServerErrors();
    void idempotencyHeaderRules_data();
    void idempotencyHeaderRules();
    void idempotencyScopeAndLifetime();

    void getOrder();
    void getOrderErrors();

    void terminalTakesAfterDelayOnlyInPdv();
    void expiryFromCreation();
    void terminalResults_data();
    void terminalResults();
    void actionRequired();

    void cancelByStatus_data();
    void cancelByStatus();
    void cancelAtTerminalCompletes();
    void cancelAtTerminalPaymentWins();
    void cancelErrors();

    void refundTotal_data();
    void refundTotal();
    void refundPartialAndBalance();
    void refundErrors();
    void refundSwitches();
    void refundOutsidePointDesk();

    void events_data();
    void events();
    void eventErrors_data();
    void eventErrors();

    void faultLatency();
    void faultServerError_data();
    void faultServerError();
    void faultRateLimit();
    void faultDrop_data();
    void faultDrop();
    void faultMalformed();
    void rateLimitPerToken();

    void webhookRelay();
    void controlSurface();
    void binaryServesOrders();

private:
    HttpResult send(const QByteArray &method, const QUrl &url, const QByteArray &body = {}, const Headers &headers = {},
                    int timeoutMs = kTimeoutMs);
    HttpResult api(const QByteArray &method, const QByteArray &path, const QByteArray &body = {},
                   const Headers &headers = {}, const QString &token = {});
    HttpResult control(const QByteArray &method, const QByteArray &path, const QByteArray &body = {});
    HttpResult create(const QString &terminal, const QByteArray &key = newKey(),
                      const QString &amount = QStringLiteral("24.00"));
    QString createOk(const QString &terminal, const QString &amount = QStringLiteral("24.00"));
    QString processedOrder(const QString &amount = QStringLiteral("24.00"));
    HttpResult getOrder(const QString &id) { return api("GET", "/v1/orders/" + id.toLatin1()); }
    HttpResult cancel(const QString &id, const Headers &extra = {});
    HttpResult refund(const QString &id, const QByteArray &body = {}, const QString &token = {});
    QString status(const QString &id) const;

    std::unique_ptr<OrdersSimulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};
