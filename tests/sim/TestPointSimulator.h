#pragma once

// The fixture of the PointSimulator tests (tst_pointsimulator*.cpp, one executable): the Point API contract over
// real loopback HTTP with a raw QNetworkAccessManager (never PointDesk's client: the simulator must stand on the
// contract alone).
#include "sim/PointSimulator.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <memory>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#endif

namespace PointSimTest {

inline constexpr qint64 kTwoPow32 = Q_INT64_C(4'294'967'296);
inline constexpr qint64 kTwoPow33 = Q_INT64_C(8'589'934'592);
inline constexpr qint64 kUserId = Q_INT64_C(5'123'456'789); // above 2^32 on purpose
inline constexpr int kTimeoutMs = 10'000;

inline const QByteArray kV1 = QByteArrayLiteral("/point/services/integrations/v1");
inline const QByteArray kIntegrators = QByteArrayLiteral("/point/services/user/status/integrators");

struct HttpResult
{
    bool finished = false;
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
    bool hasHeader(const QByteArray &name) const { return !header(name).isNull(); }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    bool isJsonObject() const
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        return error.error == QJsonParseError::NoError && document.isObject();
    }
};

inline QByteArray seg(const QString &segment)
{
    return QUrl::toPercentEncoding(segment);
}

inline QByteArray devicePath(const QString &name)
{
    return kV1 + "/devices/" + seg(name);
}

inline QByteArray attemptPath(const QString &name)
{
    return kV1 + "/attempt/device/" + seg(name);
}

inline QByteArray orderPath(qint64 id)
{
    return kV1 + '/' + QByteArray::number(id);
}

inline QByteArray orderBody(const QString &device, double amount = 100,
                            const QString &description = QStringLiteral("Cup"),
                            const QString &ccType = QStringLiteral("credit_card"))
{
    QJsonObject body;
    body.insert(QStringLiteral("amount"), amount);
    body.insert(QStringLiteral("description"), description);
    body.insert(QStringLiteral("device_name"), device);
    body.insert(QStringLiteral("cc_type"), ccType);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

inline QString errorCodeFor(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("bad_request");
    case 401:
        return QStringLiteral("unauthorized");
    case 403:
        return QStringLiteral("forbidden");
    case 404:
        return QStringLiteral("not_found");
    case 405:
        return QStringLiteral("method_not_allowed");
    case 409:
        return QStringLiteral("conflict");
    case 429:
        return QStringLiteral("too_many_requests");
    case 500:
        return QStringLiteral("internal_server_error");
    case 502:
        return QStringLiteral("bad_gateway");
    case 503:
        return QStringLiteral("service_unavailable");
    }
    return {};
}

// Empty when `r` is the documented error reply: status, JSON content type, message / error / status / cause[],
// and (when given) a cause entry whose code is `causeCode`. Otherwise says what is wrong.
inline QString errorProblem(const HttpResult &r, int status, const QString &causeCode = {})
{
    if (r.status != status)
        return QStringLiteral("status %1, expected %2; body %3")
            .arg(r.status)
            .arg(status)
            .arg(QString::fromUtf8(r.body));
    if (!r.header("Content-Type").startsWith("application/json"))
        return QStringLiteral("content type ") + QString::fromLatin1(r.header("Content-Type"));
    if (!r.isJsonObject())
        return QStringLiteral("body is not a JSON object: ") + QString::fromUtf8(r.body);
    const QJsonObject o = r.json();
    if (!o.value(QStringLiteral("message")).isString() || o.value(QStringLiteral("message")).toString().isEmpty())
        return QStringLiteral("no message");
    if (o.value(QStringLiteral("error")).toString() != errorCodeFor(status))
        return QStringLiteral("error is ") + o.value(QStringLiteral("error")).toString();
    if (!o.value(QStringLiteral("status")).isDouble() || o.value(QStringLiteral("status")).toInt() != status)
        return QStringLiteral("status member wrong");
    if (!o.value(QStringLiteral("cause")).isArray())
        return QStringLiteral("cause is not an array");
    bool found = causeCode.isEmpty();
    for (const QJsonValue &entry : o.value(QStringLiteral("cause")).toArray()) {
        const QJsonObject cause = entry.toObject();
        if (!entry.isObject() || !cause.value(QStringLiteral("code")).isString() ||
            !cause.value(QStringLiteral("description")).isString())
            return QStringLiteral("malformed cause entry");
        if (cause.value(QStringLiteral("code")).toString() == causeCode)
            found = true;
    }
    if (!found)
        return QStringLiteral("no cause with code %1 in %2").arg(causeCode, QString::fromUtf8(r.body));
    return {};
}

inline QJsonObject statusOk()
{
    return QJsonObject{{QStringLiteral("status"), QStringLiteral("OK")}};
}

} // namespace PointSimTest

using namespace PointSimTest;

class TestPointSimulator : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void defaults();
    void listenFailsOnBusyPort();

    void enableIntegration_data();
    void enableIntegration();

    void createOrder();
    void createOrderRejected_data();
    void createOrderRejected();
    void createOrderReportsEveryMissingField();
    void createOrderAccepted_data();
    void createOrderAccepted();
    void createOrderUnknownTerminal();
    void createOrderBusyTerminal();

    void getOrderAfterCustomer_data();
    void getOrderAfterCustomer();
    void getOrderErrors_data();
    void getOrderErrors();

    void deleteOrderById();
    void deleteClosedOrderConflicts();
    void cancelOnDevice();
    void listDevices();
    void removeDevice();

    void unauthorized_data();
    void unauthorized();
    void methodNotAllowed_data();
    void methodNotAllowed();
    void unknownPath_data();
    void unknownPath();

    void specialDeviceNames_data();
    void specialDeviceNames();
    void encodedSlashIsOneSegment();
    void idsAre64BitAndIncreasing();
    void customerActions();

    void faultLatency();
    void faultLatencyProcessesBeforeReplying();
    void faultServerError_data();
    void faultServerError();
    void faultRateLimit();
    void faultDrop_data();
    void faultDrop();
    void faultDropCountExpiresOnRawSocket();
    void faultDropOnceIsResentByQnam();
    void faultMalformed();
    void faultCountExpires();
    void faultMatchesMethodAndPath();
    void faultClientGoneDuringLatency();
    void clearFaults();

    void requestCountAndSignal();

    void controlState();
    void controlDevices();
    void controlCustomerActions_data();
    void controlCustomerActions();
    void controlFaults();
    void controlToken();
    void controlRoutes();

    void binaryPrintsJsonAndServes();
    void binaryOptions();
    void binaryHumanOutputAndSigint();
    void binaryFailsWhenPortInUse();

private:
    HttpResult send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                    const QByteArray &authorization = QByteArray(), int transferTimeoutMs = kTimeoutMs);
    HttpResult api(const QByteArray &method, const QByteArray &encodedPath, const QByteArray &body = {});
    HttpResult control(const QByteArray &method, const QByteArray &encodedPath, const QByteArray &body = {});
    QNetworkReply *startApi(const QByteArray &method, const QByteArray &encodedPath, const QByteArray &body = {});
    static HttpResult collect(QNetworkReply *reply, int waitMs = kTimeoutMs + 5000);
    QByteArray bearer() const { return QByteArrayLiteral("Bearer ") + m_sim->accessToken().toUtf8(); }
    qint64 createOk(const QString &device, const QByteArray &body = {});
    QString snapshot() const;

    std::unique_ptr<PointSimulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};
