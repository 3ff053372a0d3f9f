// Tests of PointSimulator against the Point API contract, over real loopback HTTP with a raw
// QNetworkAccessManager (never PointDesk's client: the simulator must stand on the contract alone).
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

namespace {

constexpr qint64 kTwoPow32 = Q_INT64_C(4'294'967'296);
constexpr qint64 kTwoPow33 = Q_INT64_C(8'589'934'592);
constexpr qint64 kUserId = Q_INT64_C(5'123'456'789); // above 2^32 on purpose
constexpr int kTimeoutMs = 10'000;

const QByteArray kV1 = QByteArrayLiteral("/point/services/integrations/v1");
const QByteArray kIntegrators = QByteArrayLiteral("/point/services/user/status/integrators");

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

QByteArray seg(const QString &segment)
{
    return QUrl::toPercentEncoding(segment);
}

QByteArray devicePath(const QString &name)
{
    return kV1 + "/devices/" + seg(name);
}

QByteArray attemptPath(const QString &name)
{
    return kV1 + "/attempt/device/" + seg(name);
}

QByteArray orderPath(qint64 id)
{
    return kV1 + '/' + QByteArray::number(id);
}

QByteArray orderBody(const QString &device, double amount = 100, const QString &description = QStringLiteral("Cup"),
                     const QString &ccType = QStringLiteral("credit_card"))
{
    QJsonObject body;
    body.insert(QStringLiteral("amount"), amount);
    body.insert(QStringLiteral("description"), description);
    body.insert(QStringLiteral("device_name"), device);
    body.insert(QStringLiteral("cc_type"), ccType);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QString errorCodeFor(int status)
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
QString errorProblem(const HttpResult &r, int status, const QString &causeCode = {})
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

QJsonObject statusOk()
{
    return QJsonObject{{QStringLiteral("status"), QStringLiteral("OK")}};
}

} // namespace

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

// --- helpers --------------------------------------------------------------------------------------------

void TestPointSimulator::init()
{
    m_sim = std::make_unique<PointSimulator>();
    m_sim->setUserId(kUserId);
    QVERIFY(m_sim->listen());
    m_nam = std::make_unique<QNetworkAccessManager>();
}

void TestPointSimulator::cleanup()
{
    m_nam.reset();
    m_sim.reset();
}

HttpResult TestPointSimulator::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                                    const QByteArray &authorization, int transferTimeoutMs)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(transferTimeoutMs);
    if (!authorization.isNull())
        request.setRawHeader("Authorization", authorization);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return collect(m_nam->sendCustomRequest(request, method, body), transferTimeoutMs + 5000);
}

HttpResult TestPointSimulator::collect(QNetworkReply *reply, int waitMs)
{
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(waitMs);
    }
    HttpResult result;
    result.finished = reply->isFinished();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    result.status = status.isValid() ? status.toInt() : 0;
    result.error = reply->error();
    if (reply->isOpen())
        result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    if (!result.finished)
        reply->abort();
    reply->deleteLater();
    return result;
}

HttpResult TestPointSimulator::api(const QByteArray &method, const QByteArray &encodedPath, const QByteArray &body)
{
    return send(method, QUrl::fromEncoded(m_sim->apiUrl().toEncoded() + encodedPath), body, bearer());
}

HttpResult TestPointSimulator::control(const QByteArray &method, const QByteArray &encodedPath, const QByteArray &body)
{
    return send(method, QUrl::fromEncoded(m_sim->controlUrl().toEncoded() + encodedPath), body);
}

QNetworkReply *TestPointSimulator::startApi(const QByteArray &method, const QByteArray &encodedPath,
                                            const QByteArray &body)
{
    QNetworkRequest request(QUrl::fromEncoded(m_sim->apiUrl().toEncoded() + encodedPath));
    request.setRawHeader("Authorization", bearer());
    request.setTransferTimeout(kTimeoutMs);
    return m_nam->sendCustomRequest(request, method, body);
}

qint64 TestPointSimulator::createOk(const QString &device, const QByteArray &body)
{
    const HttpResult r = api("POST", kV1, body.isEmpty() ? orderBody(device) : body);
    if (r.status != 200)
        return 0;
    return r.json().value(QStringLiteral("id")).toInteger(0);
}

// Everything an API call could change, as one comparable string.
QString TestPointSimulator::snapshot() const
{
    QStringList parts;
    for (const SimDevice &device : m_sim->devices())
        parts << QStringLiteral("D:%1:%2").arg(device.name).arg(device.paymentAttempt);
    for (const SimOrder &order : m_sim->orders())
        parts << QStringLiteral("O:%1:%2:%3:%4")
                     .arg(order.id)
                     .arg(int(order.status))
                     .arg(order.paymentId)
                     .arg(order.paymentStatus);
    parts << QStringLiteral("I:%1").arg(m_sim->integrationEnabled());
    return parts.join(QLatin1Char('|'));
}

// --- basics ---------------------------------------------------------------------------------------------

void TestPointSimulator::defaults()
{
    const QStringList expectedNames{QStringLiteral("Caja 1"), QStringLiteral("Caja 2"),
                                    QStringLiteral("Mostrador Ñandú")};
    QCOMPARE(PointSimulator::defaultDeviceNames(), expectedNames);
    PointSimulator fresh;
    QStringList names;
    QSet<qint64> ids;
    for (const SimDevice &device : fresh.devices()) {
        names << device.name;
        QCOMPARE(device.paymentAttempt, 0);
        QVERIFY2(device.id > kTwoPow32, qPrintable(QString::number(device.id)));
        QVERIFY(device.caller > kTwoPow32);
        QVERIFY(device.caller != device.id);
        ids.insert(device.id);
    }
    QCOMPARE(names, expectedNames);
    QCOMPARE(ids.size(), 3);
    QVERIFY(fresh.accessToken().startsWith(QLatin1String("TEST-")));
    QVERIFY(fresh.accessToken().size() > 20);
    QVERIFY(PointSimulator().accessToken() != fresh.accessToken());
    QVERIFY(fresh.userId() > 0);
    QVERIFY(!fresh.integrationEnabled());
    QCOMPARE(fresh.requestCount(), 0);
    QCOMPARE(fresh.pendingFaultCount(), 0);
    QVERIFY(fresh.orders().isEmpty());
    QVERIFY(fresh.apiUrl().isEmpty());

    const QString api = m_sim->apiUrl().toString();
    QVERIFY2(api.startsWith(QLatin1String("http://127.0.0.1:")) && !api.endsWith(QLatin1Char('/')), qPrintable(api));
    QVERIFY(m_sim->apiUrl().port() > 0);
    QVERIFY(m_sim->controlUrl().port() > 0);
    QVERIFY(m_sim->apiUrl().port() != m_sim->controlUrl().port());
    QCOMPARE(m_sim->controlUrl().host(), QStringLiteral("127.0.0.1"));
    QTest::ignoreMessage(QtWarningMsg, "listen() called twice");
    QVERIFY(!m_sim->listen()); // already listening

    QVERIFY(!m_sim->addDevice(QStringLiteral("Caja 1")));
    QVERIFY(!m_sim->addDevice(QString()));
    QVERIFY(!m_sim->addDevice(QStringLiteral("   ")));
    QVERIFY(!m_sim->addDevice(QStringLiteral("tab\there")));
    QVERIFY(!m_sim->addDevice(QString(101, QLatin1Char('x'))));
    QVERIFY(!m_sim->addDevice(QStringLiteral(".."))); // no URL path can name it
    QVERIFY(!m_sim->addDevice(QStringLiteral(".")));
    QVERIFY(m_sim->addDevice(QString(100, QLatin1Char('x'))));
}

void TestPointSimulator::listenFailsOnBusyPort()
{
    QTcpServer blocker;
    QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot listen on API port")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot listen on control port")));
    PointSimulator apiBlocked;
    QVERIFY(!apiBlocked.listen(blocker.serverPort(), 0));
    QVERIFY(apiBlocked.apiUrl().isEmpty());
    PointSimulator controlBlocked;
    QVERIFY(!controlBlocked.listen(0, blocker.serverPort()));
    QVERIFY(controlBlocked.controlUrl().isEmpty());
    QVERIFY(controlBlocked.listen()); // nothing was left half-bound
}

// --- 1. enable integration ------------------------------------------------------------------------------

void TestPointSimulator::enableIntegration_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("withBearer");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("causeCode");

    const QByteArray user = QByteArray::number(kUserId);
    const QByteArray good = "{\"Id\": " + user + "}";
    QTest::newRow("ok") << QByteArray("?access_token=@TOKEN@") << good << false << 200 << QString();
    QTest::newRow("ok, bearer ignored") << QByteArray("?access_token=@TOKEN@") << good << true << 200 << QString();
    QTest::newRow("wrong token") << QByteArray("?access_token=TEST-0000") << good << false << 401 << QString();
    QTest::newRow("no token") << QByteArray() << good << false << 401 << QString();
    QTest::newRow("empty token") << QByteArray("?access_token=") << good << false << 401 << QString();
    QTest::newRow("bearer instead of query") << QByteArray() << good << true << 401 << QString();
    QTest::newRow("token prefix") << QByteArray("?access_token=@TOKEN@x") << good << false << 401 << QString();
    QTest::newRow("other user") << QByteArray("?access_token=@TOKEN@")
                                << QByteArray("{\"Id\": " + QByteArray::number(kUserId + 1) + "}") << false << 403
                                << QString();
    QTest::newRow("Id as string") << QByteArray("?access_token=@TOKEN@") << QByteArray("{\"Id\": \"" + user + "\"}")
                                  << false << 400 << QStringLiteral("Id");
    QTest::newRow("lower-case id") << QByteArray("?access_token=@TOKEN@") << QByteArray("{\"id\": " + user + "}")
                                   << false << 400 << QStringLiteral("Id");
    QTest::newRow("fractional Id") << QByteArray("?access_token=@TOKEN@") << QByteArray("{\"Id\": 1.5}") << false << 400
                                   << QStringLiteral("Id");
    QTest::newRow("array body") << QByteArray("?access_token=@TOKEN@") << QByteArray("[" + user + "]") << false << 400
                                << QStringLiteral("body");
    QTest::newRow("invalid json") << QByteArray("?access_token=@TOKEN@") << QByteArray("{\"Id\": ") << false << 400
                                  << QStringLiteral("invalid_json");
    QTest::newRow("empty body") << QByteArray("?access_token=@TOKEN@") << QByteArray() << false << 400
                                << QStringLiteral("invalid_json");
}

void TestPointSimulator::enableIntegration()
{
    QFETCH(QByteArray, query);
    QFETCH(QByteArray, body);
    QFETCH(bool, withBearer);
    QFETCH(int, status);
    QFETCH(QString, causeCode);

    query.replace("@TOKEN@", m_sim->accessToken().toUtf8());
    const QUrl url = QUrl::fromEncoded(m_sim->apiUrl().toEncoded() + kIntegrators + query);
    const HttpResult r = send("POST", url, body, withBearer ? bearer() : QByteArray());
    if (status == 200) {
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json(), statusOk());
        QVERIFY(m_sim->integrationEnabled());
    } else {
        QCOMPARE(errorProblem(r, status, causeCode), QString());
        QVERIFY(!m_sim->integrationEnabled());
    }
}

// --- 2. create ------------------------------------------------------------------------------------------

void TestPointSimulator::createOrder()
{
    QSignalSpy orderSpy(m_sim.get(), &PointSimulator::orderChanged);
    QSignalSpy devicesSpy(m_sim.get(), &PointSimulator::devicesChanged);
    QJsonObject body;
    body.insert(QStringLiteral("amount"), 1250.5);
    body.insert(QStringLiteral("description"), QStringLiteral("Café con leche ñandú"));
    body.insert(QStringLiteral("device_name"), QStringLiteral("Mostrador Ñandú"));
    body.insert(QStringLiteral("cc_type"), QStringLiteral("debit_card"));
    body.insert(QStringLiteral("external_reference"), QStringLiteral("ticket-0042"));
    body.insert(QStringLiteral("payer_email"), QStringLiteral("ana@example.com"));
    body.insert(QStringLiteral("notification_url"), QStringLiteral("https://shop.example/notify"));
    body.insert(QStringLiteral("disable_back_button"), true);

    const HttpResult r = api("POST", kV1, QJsonDocument(body).toJson());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
    QCOMPARE(r.header("Content-Length").toInt(), r.body.size());
    QVERIFY(r.isJsonObject());
    const QJsonObject reply = r.json();
    QCOMPARE(reply.size(), 2);
    QCOMPARE(reply.value(QStringLiteral("status")).toString(), QStringLiteral("OPEN"));
    const qint64 id = reply.value(QStringLiteral("id")).toInteger(0);
    QVERIFY2(id > kTwoPow32, r.body.constData());
    QVERIFY2(r.body.contains(QByteArray::number(id)), "the id is written as an exact integer");

    QCOMPARE(m_sim->orders().size(), 1);
    const SimOrder order = *m_sim->order(id);
    QCOMPARE(order.id, id);
    QCOMPARE(order.deviceName, QStringLiteral("Mostrador Ñandú"));
    QCOMPARE(order.amount.cents(), 125050);
    QCOMPARE(order.description, QStringLiteral("Café con leche ñandú"));
    QCOMPARE(order.cardType, CardType::Debit);
    QCOMPARE(order.externalReference, QStringLiteral("ticket-0042"));
    QCOMPARE(order.payerEmail, QStringLiteral("ana@example.com"));
    QCOMPARE(order.notificationUrl, QStringLiteral("https://shop.example/notify"));
    QCOMPARE(order.disableBackButton, true);
    QCOMPARE(order.status, SimOrder::Status::Open);
    QCOMPARE(order.paymentId, 0);
    QVERIFY(order.paymentStatus.isEmpty());
    QVERIFY(qAbs(order.createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(m_sim->device(QStringLiteral("Mostrador Ñandú"))->paymentAttempt, id);
    QCOMPARE(m_sim->device(QStringLiteral("Caja 1"))->paymentAttempt, 0);
    QCOMPARE(orderSpy.size(), 1);
    QCOMPARE(orderSpy.first().first().toLongLong(), id);
    QVERIFY(devicesSpy.size() >= 1);
}

void TestPointSimulator::createOrderRejected_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("causeCode");

    const auto row = [](const char *name, const char *body, const char *cause) {
        QTest::newRow(name) << QByteArray(body) << QString::fromLatin1(cause);
    };
    // clang-format off
    row("missing amount", R"({"description":"Cup","device_name":"Caja 1","cc_type":"credit_card"})", "amount");
    row("missing description", R"({"amount":10,"device_name":"Caja 1","cc_type":"credit_card"})", "description");
    row("missing device_name", R"({"amount":10,"description":"Cup","cc_type":"credit_card"})", "device_name");
    row("missing cc_type", R"({"amount":10,"description":"Cup","device_name":"Caja 1"})", "cc_type");
    row("amount as string", R"({"amount":"10","description":"Cup","device_name":"Caja 1","cc_type":"credit_card"})", "amount");
    row("amount as bool", R"({"amount":true,"description":"Cup","device_name":"Caja 1","cc_type":"credit_card"})", "amount");
    row("amount null", R"({"amount":null,"description":"Cup","device_name":"Caja 1","cc_type":"credit_card"})", "amount");
    row("amount zero", R"({"amount":0,"description":"Cup","device_name":"Caja 1","cc_type":"credit_card"})", "amount");
    row("amount negative", R"({"amount":-5,"description":"Cup","device_name":"Caja 1","cc_type":"credit_card"})", "amount");
    row("amount 3 decimals", R"({"amount":1.005,"description":"Cup","device_name":"Caja 1","cc_type":"credit_card"})", "amount");
    row("amount 12.345", R"({"amount":12.345,"description":"Cup","device_name":"Caja 1","cc_type":"credit_card"})", "amount");
    row("amount 0.001", R"({"amount":0.001,"description":"Cup","device_name":"Caja 1","cc_type":"credit_card"})", "amount");
    row("amount too large", R"({"amount":100000000,"description":"Cup","device_name":"Caja 1","cc_type":"credit_card"})", "amount");
    row("amount max + 3rd decimal", R"({"amount":99999999.991,"description":"Cup","device_name":"Caja 1","cc_type":"credit_card"})", "amount");
    row("description 21 chars", R"({"amount":10,"description":"abcdefghijklmnopqrstu","device_name":"Caja 1","cc_type":"credit_card"})", "description");
    row("description 21 with accents", R"({"amount":10,"description":"Café con leche ñandúx","device_name":"Caja 1","cc_type":"credit_card"})", "description");
    row("description blank", R"({"amount":10,"description":"   ","device_name":"Caja 1","cc_type":"credit_card"})", "description");
    row("description empty", R"({"amount":10,"description":"","device_name":"Caja 1","cc_type":"credit_card"})", "description");
    row("description number", R"({"amount":10,"description":5,"device_name":"Caja 1","cc_type":"credit_card"})", "description");
    row("device_name number", R"({"amount":10,"description":"Cup","device_name":7,"cc_type":"credit_card"})", "device_name");
    row("device_name empty", R"({"amount":10,"description":"Cup","device_name":"","cc_type":"credit_card"})", "device_name");
    row("cc_type visa", R"({"amount":10,"description":"Cup","device_name":"Caja 1","cc_type":"visa"})", "cc_type");
    row("cc_type upper case", R"({"amount":10,"description":"Cup","device_name":"Caja 1","cc_type":"CREDIT_CARD"})", "cc_type");
    row("cc_type number", R"({"amount":10,"description":"Cup","device_name":"Caja 1","cc_type":1})", "cc_type");
    row("external_reference number", R"({"amount":10,"description":"Cup","device_name":"Caja 1","cc_type":"credit_card","external_reference":5})", "external_reference");
    row("disable_back_button string", R"({"amount":10,"description":"Cup","device_name":"Caja 1","cc_type":"credit_card","disable_back_button":"yes"})", "disable_back_button");
    row("notification_url bool", R"({"amount":10,"description":"Cup","device_name":"Caja 1","cc_type":"credit_card","notification_url":true})", "notification_url");
    row("payer_email number", R"({"amount":10,"description":"Cup","device_name":"Caja 1","cc_type":"credit_card","payer_email":42})", "payer_email");
    row("body is an array", R"([{"amount":10,"description":"Cup","device_name":"Caja 1","cc_type":"credit_card"}])", "body");
    row("invalid json", R"({"amount":10,"description":"Cup",)", "invalid_json");
    row("empty body", "", "invalid_json");
    // clang-format on
}

void TestPointSimulator::createOrderRejected()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, causeCode);
    const QString before = snapshot();
    const HttpResult r = api("POST", kV1, body);
    QCOMPARE(errorProblem(r, 400, causeCode), QString());
    QVERIFY(m_sim->orders().isEmpty());
    QCOMPARE(snapshot(), before);
}

void TestPointSimulator::createOrderReportsEveryMissingField()
{
    const HttpResult r = api("POST", kV1, QByteArrayLiteral("{\"unrelated\": 1}"));
    QCOMPARE(errorProblem(r, 400, QStringLiteral("amount")), QString());
    QStringList codes;
    for (const QJsonValue &cause : r.json().value(QStringLiteral("cause")).toArray())
        codes << cause.toObject().value(QStringLiteral("code")).toString();
    QCOMPARE(codes, (QStringList{QStringLiteral("amount"), QStringLiteral("description"), QStringLiteral("device_name"),
                                 QStringLiteral("cc_type")}));
}

void TestPointSimulator::createOrderAccepted_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("description");
    QTest::addColumn<int>("cardType");

    const auto row = [](const char *name, const char *body, qint64 cents, const QString &description, CardType type) {
        QTest::newRow(name) << QByteArray(body) << cents << description << int(type);
    };
    // clang-format off
    row("20 chars with accents", R"({"amount":10,"description":"Café con leche ñandú","device_name":"Caja 1","cc_type":"credit_card"})",
        1000, QStringLiteral("Café con leche ñandú"), CardType::Credit);
    row("20 emoji (40 UTF-16 units)", R"({"amount":10,"description":"🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂","device_name":"Caja 1","cc_type":"credit_card"})",
        1000, QString(20, QChar(0)).replace(QChar(0), QStringLiteral("🙂")), CardType::Credit);
    row("one cent", R"({"amount":0.01,"description":"Cup","device_name":"Caja 1","cc_type":"debit_card"})",
        1, QStringLiteral("Cup"), CardType::Debit);
    row("largest amount", R"({"amount":99999999.99,"description":"Cup","device_name":"Caja 1","cc_type":"credit_card"})",
        9'999'999'999LL, QStringLiteral("Cup"), CardType::Credit);
    row("integer amount", R"({"amount":100,"description":"Cup","device_name":"Caja 1","cc_type":"credit_card"})",
        10000, QStringLiteral("Cup"), CardType::Credit);
    row("0.29 (not exact in binary)", R"({"amount":0.29,"description":"Cup","device_name":"Caja 1","cc_type":"credit_card"})",
        29, QStringLiteral("Cup"), CardType::Credit);
    row("19.99", R"({"amount":19.99,"description":"Cup","device_name":"Caja 1","cc_type":"credit_card"})",
        1999, QStringLiteral("Cup"), CardType::Credit);
    row("one decimal", R"({"amount":1.1,"description":"Cup","device_name":"Caja 1","cc_type":"credit_card"})",
        110, QStringLiteral("Cup"), CardType::Credit);
    row("trailing zero decimals", R"({"amount":12.50,"description":"Cup","device_name":"Caja 1","cc_type":"credit_card"})",
        1250, QStringLiteral("Cup"), CardType::Credit);
    row("unknown fields ignored", R"({"amount":5,"description":"Cup","device_name":"Caja 1","cc_type":"credit_card","tip":3,"x":{"y":[]}})",
        500, QStringLiteral("Cup"), CardType::Credit);
    row("optional nulls", R"({"amount":5,"description":"Cup","device_name":"Caja 1","cc_type":"credit_card","external_reference":null,"payer_email":null,"disable_back_button":null,"notification_url":null})",
        500, QStringLiteral("Cup"), CardType::Credit);
    // clang-format on
}

void TestPointSimulator::createOrderAccepted()
{
    QFETCH(QByteArray, body);
    QFETCH(qint64, cents);
    QFETCH(QString, description);
    QFETCH(int, cardType);
    const HttpResult r = api("POST", kV1, body);
    QCOMPARE(r.status, 200);
    const qint64 id = r.json().value(QStringLiteral("id")).toInteger(0);
    const std::optional<SimOrder> order = m_sim->order(id);
    QVERIFY(order);
    QCOMPARE(order->amount.cents(), cents);
    QCOMPARE(order->description, description);
    QCOMPARE(int(order->cardType), cardType);
    QCOMPARE(order->deviceName, QStringLiteral("Caja 1"));
    QVERIFY(order->externalReference.isEmpty());
    QVERIFY(order->payerEmail.isEmpty());
}

void TestPointSimulator::createOrderUnknownTerminal()
{
    for (const QString &name : {QStringLiteral("Caja 9"), QStringLiteral("caja 1"), QStringLiteral("Caja 1 ")}) {
        const HttpResult r = api("POST", kV1, orderBody(name));
        QCOMPARE(errorProblem(r, 404), QString());
    }
    QVERIFY(m_sim->orders().isEmpty());
}

void TestPointSimulator::createOrderBusyTerminal()
{
    const qint64 first = createOk(QStringLiteral("Caja 1"));
    QVERIFY(first > 0);
    const HttpResult r = api("POST", kV1, orderBody(QStringLiteral("Caja 1"), 7));
    QCOMPARE(errorProblem(r, 409), QString());
    QCOMPARE(m_sim->orders().size(), 1);
    QCOMPARE(m_sim->device(QStringLiteral("Caja 1"))->paymentAttempt, first);
    QVERIFY(createOk(QStringLiteral("Caja 2")) > first); // another terminal is not affected
}

// --- 3. get ---------------------------------------------------------------------------------------------

void TestPointSimulator::getOrderAfterCustomer_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("withExtras");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expectedStatus");
    QTest::addColumn<QString>("paymentStatus");

    QTest::newRow("open") << QStringLiteral("none") << true << 200 << QStringLiteral("OPEN") << QString();
    QTest::newRow("approved") << QStringLiteral("approve") << true << 200 << QStringLiteral("CLOSED")
                              << QStringLiteral("approved");
    QTest::newRow("approved, no extras") << QStringLiteral("approve") << false << 200 << QStringLiteral("CLOSED")
                                         << QStringLiteral("approved");
    QTest::newRow("declined") << QStringLiteral("decline") << true << 200 << QStringLiteral("CLOSED")
                              << QStringLiteral("rejected");
    QTest::newRow("declined, no extras") << QStringLiteral("decline") << false << 200 << QStringLiteral("CLOSED")
                                         << QStringLiteral("rejected");
    QTest::newRow("customer cancelled") << QStringLiteral("cancel") << true << 404 << QString() << QString();
}

void TestPointSimulator::getOrderAfterCustomer()
{
    QFETCH(QString, action);
    QFETCH(bool, withExtras);
    QFETCH(int, status);
    QFETCH(QString, expectedStatus);
    QFETCH(QString, paymentStatus);

    QJsonObject body = QJsonDocument::fromJson(orderBody(QStringLiteral("Caja 2"))).object();
    if (withExtras) {
        body.insert(QStringLiteral("external_reference"), QStringLiteral("ref-ñ-1"));
        body.insert(QStringLiteral("payer_email"), QStringLiteral("pay@example.com"));
    }
    const qint64 id = createOk(QStringLiteral("Caja 2"), QJsonDocument(body).toJson());
    QVERIFY(id > 0);
    qint64 acted = id;
    if (action == QLatin1String("approve"))
        acted = m_sim->approve(QStringLiteral("Caja 2"));
    else if (action == QLatin1String("decline"))
        acted = m_sim->decline(QStringLiteral("Caja 2"));
    else if (action == QLatin1String("cancel"))
        acted = m_sim->customerCancel(QStringLiteral("Caja 2"));
    QCOMPARE(acted, id);

    const HttpResult r = api("GET", orderPath(id));
    if (status != 200) {
        QCOMPARE(errorProblem(r, status), QString());
        QCOMPARE(m_sim->order(id)->status, SimOrder::Status::Deleted);
        QCOMPARE(m_sim->device(QStringLiteral("Caja 2"))->paymentAttempt, 0);
        return;
    }
    QCOMPARE(r.status, 200);
    QJsonObject expected;
    expected.insert(QStringLiteral("status"), expectedStatus);
    expected.insert(QStringLiteral("id"), id);
    if (expectedStatus == QLatin1String("CLOSED")) {
        const SimOrder order = *m_sim->order(id);
        QVERIFY2(order.paymentId > kTwoPow33, qPrintable(QString::number(order.paymentId)));
        expected.insert(QStringLiteral("payment_id"), order.paymentId);
        expected.insert(QStringLiteral("payment_status"), paymentStatus);
        expected.insert(QStringLiteral("external_reference"), withExtras ? QStringLiteral("ref-ñ-1") : QString());
        expected.insert(QStringLiteral("payer_email"), withExtras ? QStringLiteral("pay@example.com") : QString());
        QCOMPARE(m_sim->device(QStringLiteral("Caja 2"))->paymentAttempt, 0);
        QVERIFY(r.body.contains(QByteArray::number(order.paymentId)));
    }
    QCOMPARE(r.json(), expected);
}

void TestPointSimulator::getOrderErrors_data()
{
    QTest::addColumn<QByteArray>("idSegment");
    QTest::addColumn<int>("status");
    QTest::newRow("unknown id") << QByteArray("5000000001") << 404;
    QTest::newRow("small unknown id") << QByteArray("1") << 404;
    QTest::newRow("beyond 64 bits") << QByteArray("99999999999999999999999") << 404;
    QTest::newRow("letters") << QByteArray("abc") << 400;
    QTest::newRow("negative") << QByteArray("-5") << 400;
    QTest::newRow("digits and letters") << QByteArray("12a") << 400;
    QTest::newRow("decimal") << QByteArray("1.5") << 400;
    QTest::newRow("attempt alone") << QByteArray("attempt") << 400;
    QTest::newRow("space") << QByteArray("%20") << 400;
}

void TestPointSimulator::getOrderErrors()
{
    QFETCH(QByteArray, idSegment);
    QFETCH(int, status);
    QVERIFY(createOk(QStringLiteral("Caja 1")) > 0);
    QCOMPARE(errorProblem(api("GET", kV1 + '/' + idSegment), status), QString());
    QCOMPARE(errorProblem(api("DELETE", kV1 + '/' + idSegment), status), QString());
    QCOMPARE(m_sim->orders().first().status, SimOrder::Status::Open);
}

// --- 4, 5, 6, 7 -----------------------------------------------------------------------------------------

void TestPointSimulator::deleteOrderById()
{
    const qint64 id = createOk(QStringLiteral("Caja 1"));
    QVERIFY(id > 0);
    const HttpResult r = api("DELETE", orderPath(id));
    QCOMPARE(r.status, 204);
    QVERIFY(r.body.isEmpty());
    QVERIFY(!r.hasHeader("Content-Type"));
    QCOMPARE(r.error, QNetworkReply::NoError);
    QCOMPARE(m_sim->order(id)->status, SimOrder::Status::Deleted);
    QCOMPARE(m_sim->device(QStringLiteral("Caja 1"))->paymentAttempt, 0);
    QCOMPARE(errorProblem(api("GET", orderPath(id)), 404), QString());
    QCOMPARE(errorProblem(api("DELETE", orderPath(id)), 404), QString());
    QCOMPARE(errorProblem(api("DELETE", orderPath(id + 1)), 404), QString());
    // The terminal takes a new order, on the same keep-alive connection.
    QVERIFY(createOk(QStringLiteral("Caja 1")) > id);
}

void TestPointSimulator::deleteClosedOrderConflicts()
{
    const qint64 approved = createOk(QStringLiteral("Caja 1"));
    QCOMPARE(m_sim->approve(QStringLiteral("Caja 1")), approved);
    QCOMPARE(errorProblem(api("DELETE", orderPath(approved)), 409), QString());
    const qint64 declined = createOk(QStringLiteral("Caja 1"));
    QCOMPARE(m_sim->decline(QStringLiteral("Caja 1")), declined);
    QCOMPARE(errorProblem(api("DELETE", orderPath(declined)), 409), QString());
    QCOMPARE(m_sim->order(approved)->status, SimOrder::Status::Closed);
    QCOMPARE(m_sim->order(approved)->paymentStatus, QStringLiteral("approved"));
    QCOMPARE(m_sim->order(declined)->paymentStatus, QStringLiteral("rejected"));
}

void TestPointSimulator::cancelOnDevice()
{
    const QString name = QStringLiteral("Caja 2");
    const qint64 id = createOk(name);
    QVERIFY(id > 0);
    HttpResult r = api("DELETE", attemptPath(name));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json(), statusOk());
    QCOMPARE(m_sim->order(id)->status, SimOrder::Status::Deleted);
    QCOMPARE(m_sim->device(name)->paymentAttempt, 0);
    QCOMPARE(errorProblem(api("GET", orderPath(id)), 404), QString());

    r = api("DELETE", attemptPath(name)); // already free
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json(), statusOk());

    const qint64 paid = createOk(name);
    QCOMPARE(m_sim->approve(name), paid);
    QCOMPARE(api("DELETE", attemptPath(name)).status, 200);
    QCOMPARE(m_sim->order(paid)->status, SimOrder::Status::Closed); // a paid order is not undone

    QCOMPARE(errorProblem(api("DELETE", attemptPath(QStringLiteral("Caja 7"))), 404), QString());
}

void TestPointSimulator::listDevices()
{
    QVERIFY(m_sim->addDevice(QStringLiteral("Zeta")));
    const qint64 id = createOk(QStringLiteral("Caja 2"));
    QVERIFY(id > 0);
    const HttpResult r = api("GET", kV1 + "/devices");
    QCOMPARE(r.status, 200);
    QVERIFY(r.isJsonObject());

    QJsonArray expected;
    for (const SimDevice &device : m_sim->devices()) {
        QJsonObject status;
        status.insert(QStringLiteral("status"),
                      device.paymentAttempt ? QStringLiteral("BUSY") : QStringLiteral("FREE"));
        status.insert(QStringLiteral("payment_attempt"),
                      device.paymentAttempt ? QJsonValue(device.paymentAttempt) : QJsonValue(QJsonValue::Null));
        expected.append(QJsonObject{{QStringLiteral("name"), device.name},
                                    {QStringLiteral("caller"), device.caller},
                                    {QStringLiteral("id"), device.id},
                                    {QStringLiteral("status"), status}});
    }
    QCOMPARE(r.json(), (QJsonObject{{QStringLiteral("devices"), expected}}));

    const QJsonArray list = r.json().value(QStringLiteral("devices")).toArray();
    QCOMPARE(list.size(), 4);
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Caja 1"));
    QCOMPARE(list.at(3).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Zeta"));
    const QJsonObject busy = list.at(1).toObject().value(QStringLiteral("status")).toObject();
    QCOMPARE(busy.value(QStringLiteral("status")).toString(), QStringLiteral("BUSY"));
    QCOMPARE(busy.value(QStringLiteral("payment_attempt")).toInteger(), id);
    const QJsonObject free = list.at(0).toObject().value(QStringLiteral("status")).toObject();
    QCOMPARE(free.value(QStringLiteral("status")).toString(), QStringLiteral("FREE"));
    QVERIFY(free.value(QStringLiteral("payment_attempt")).isNull());
    QVERIFY(list.at(0).toObject().value(QStringLiteral("id")).toInteger() > kTwoPow32);
    QVERIFY(list.at(0).toObject().value(QStringLiteral("caller")).isDouble());
}

void TestPointSimulator::removeDevice()
{
    QSignalSpy devicesSpy(m_sim.get(), &PointSimulator::devicesChanged);
    HttpResult r = api("DELETE", devicePath(QStringLiteral("Caja 1")));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json(), statusOk());
    QVERIFY(!m_sim->device(QStringLiteral("Caja 1")));
    QCOMPARE(m_sim->devices().size(), 2);
    QVERIFY(devicesSpy.size() >= 1);
    QCOMPARE(api("GET", kV1 + "/devices").json().value(QStringLiteral("devices")).toArray().size(), 2);
    QCOMPARE(errorProblem(api("DELETE", devicePath(QStringLiteral("Caja 1"))), 404), QString());

    const qint64 id = createOk(QStringLiteral("Caja 2"));
    QCOMPARE(errorProblem(api("DELETE", devicePath(QStringLiteral("Caja 2"))), 409), QString());
    QVERIFY(m_sim->device(QStringLiteral("Caja 2")));
    QCOMPARE(m_sim->order(id)->status, SimOrder::Status::Open);
    QCOMPARE(api("DELETE", attemptPath(QStringLiteral("Caja 2"))).status, 200);
    QCOMPARE(api("DELETE", devicePath(QStringLiteral("Caja 2"))).status, 200);
    QCOMPARE(m_sim->devices().size(), 1);
}

// --- auth, methods, paths -------------------------------------------------------------------------------

void TestPointSimulator::unauthorized_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("authorization");

    const QList<std::tuple<const char *, QByteArray, QByteArray, QByteArray>> calls{
        {"create", "POST", kV1, orderBody(QStringLiteral("Caja 1"))},
        {"get", "GET", kV1 + "/@ORDER@", {}},
        {"cancel on device", "DELETE", attemptPath(QStringLiteral("Caja 2")), {}},
        {"delete order", "DELETE", kV1 + "/@ORDER@", {}},
        {"list devices", "GET", kV1 + "/devices", {}},
        {"remove device", "DELETE", devicePath(QStringLiteral("Caja 1")), {}},
    };
    const QList<std::pair<const char *, QByteArray>> variants{
        {"no header", QByteArray()},
        {"wrong token", QByteArray("Bearer TEST-wrong")},
        {"lower-case scheme", QByteArray("bearer @TOKEN@")},
        {"no scheme", QByteArray("@TOKEN@")},
        {"two spaces", QByteArray("Bearer  @TOKEN@")},
        {"token prefix", QByteArray("Bearer @TOKEN@x")},
        {"empty bearer", QByteArray("Bearer ")},
    };
    for (const auto &[name, method, path, body] : calls) {
        for (const auto &[variant, authorization] : variants)
            QTest::addRow("%s, %s", name, variant) << method << path << body << authorization;
    }
}

void TestPointSimulator::unauthorized()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, authorization);

    const qint64 open = createOk(QStringLiteral("Caja 2"));
    QVERIFY(open > 0);
    path.replace("@ORDER@", QByteArray::number(open));
    authorization.replace("@TOKEN@", m_sim->accessToken().toUtf8());
    const QString before = snapshot();
    const HttpResult r = send(method, QUrl::fromEncoded(m_sim->apiUrl().toEncoded() + path), body, authorization);
    QCOMPARE(errorProblem(r, 401), QString());
    QCOMPARE(snapshot(), before);
}

void TestPointSimulator::methodNotAllowed_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::newRow("GET create") << QByteArray("GET") << kV1;
    QTest::newRow("PUT create") << QByteArray("PUT") << kV1;
    QTest::newRow("DELETE create") << QByteArray("DELETE") << kV1;
    QTest::newRow("POST devices") << QByteArray("POST") << kV1 + "/devices";
    QTest::newRow("DELETE devices") << QByteArray("DELETE") << kV1 + "/devices";
    QTest::newRow("GET device") << QByteArray("GET") << devicePath(QStringLiteral("Caja 1"));
    QTest::newRow("POST device") << QByteArray("POST") << devicePath(QStringLiteral("Caja 1"));
    QTest::newRow("GET attempt") << QByteArray("GET") << attemptPath(QStringLiteral("Caja 1"));
    QTest::newRow("POST order") << QByteArray("POST") << orderPath(5'000'000'001);
    QTest::newRow("PATCH order") << QByteArray("PATCH") << orderPath(5'000'000'001);
    QTest::newRow("GET integrators") << QByteArray("GET") << kIntegrators;
    QTest::newRow("DELETE integrators") << QByteArray("DELETE") << kIntegrators;
}

void TestPointSimulator::methodNotAllowed()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    const QString before = snapshot();
    const HttpResult r = api(method, path, method == "GET" || method == "DELETE" ? QByteArray() : QByteArray("{}"));
    QCOMPARE(errorProblem(r, 405), QString());
    QVERIFY(!r.header("Allow").isEmpty());
    QCOMPARE(snapshot(), before);
}

void TestPointSimulator::unknownPath_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::newRow("root") << QByteArray("GET") << QByteArray("/");
    QTest::newRow("point") << QByteArray("GET") << QByteArray("/point");
    QTest::newRow("integrations") << QByteArray("POST") << QByteArray("/point/services/integrations");
    QTest::newRow("v2") << QByteArray("POST") << QByteArray("/point/services/integrations/v2");
    QTest::newRow("device extra") << QByteArray("DELETE") << devicePath(QStringLiteral("Caja 1")) + "/x";
    QTest::newRow("attempt device, no name") << QByteArray("DELETE") << kV1 + "/attempt/device";
    QTest::newRow("attempt other") << QByteArray("DELETE") << kV1 + "/attempt/other/Caja%201";
    QTest::newRow("order sub-resource") << QByteArray("GET") << kV1 + "/5000000001/payments";
    QTest::newRow("unencoded slash in name") << QByteArray("DELETE") << kV1 + "/attempt/device/Caja/1";
    QTest::newRow("user status") << QByteArray("POST") << QByteArray("/point/services/user/status");
}

void TestPointSimulator::unknownPath()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    const QString before = snapshot();
    QCOMPARE(errorProblem(api(method, path), 404), QString());
    QCOMPARE(snapshot(), before);
}

// --- device names, ids, the customer --------------------------------------------------------------------

void TestPointSimulator::specialDeviceNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("space") << QStringLiteral("Caja 1");
    QTest::newRow("ñ and ú") << QStringLiteral("Mostrador Ñandú");
    QTest::newRow("slash") << QStringLiteral("Caja/2");
    QTest::newRow("slash, space, ñ") << QStringLiteral("Barra / Ñ 3");
    QTest::newRow("percent") << QStringLiteral("50% off");
    QTest::newRow("literal %2F") << QStringLiteral("a%2Fb");
    QTest::newRow("query characters") << QStringLiteral("a+b&c=d?e#f");
    QTest::newRow("emoji") << QStringLiteral("Kiosco 🙂");
    QTest::newRow("dot inside") << QStringLiteral("Caja.1");
}

void TestPointSimulator::specialDeviceNames()
{
    QFETCH(QString, name);
    if (!m_sim->device(name))
        QVERIFY(m_sim->addDevice(name));

    const auto listed = [this, &name]() -> QJsonObject {
        for (const QJsonValue &entry : api("GET", kV1 + "/devices").json().value(QStringLiteral("devices")).toArray()) {
            if (entry.toObject().value(QStringLiteral("name")).toString() == name)
                return entry.toObject();
        }
        return {};
    };
    QCOMPARE(listed().value(QStringLiteral("name")).toString(), name);

    const qint64 id = createOk(name, orderBody(name));
    QVERIFY(id > 0);
    QCOMPARE(listed().value(QStringLiteral("status")).toObject().value(QStringLiteral("payment_attempt")).toInteger(),
             id);

    QSignalSpy handled(m_sim.get(), &PointSimulator::requestHandled);
    HttpResult r = api("DELETE", attemptPath(name));
    QCOMPARE(r.status, 200);
    QCOMPARE(handled.size(), 1);
    QCOMPARE(handled.first().at(1).toString(), QString::fromUtf8(kV1) + QStringLiteral("/attempt/device/") + name);
    QCOMPARE(m_sim->order(id)->status, SimOrder::Status::Deleted);
    QCOMPARE(m_sim->device(name)->paymentAttempt, 0);

    r = api("DELETE", devicePath(name));
    QCOMPARE(r.status, 200);
    QVERIFY(!m_sim->device(name));
    QVERIFY(listed().isEmpty());
}

void TestPointSimulator::encodedSlashIsOneSegment()
{
    QVERIFY(m_sim->addDevice(QStringLiteral("Caja/2")));
    // Unencoded, the '/' makes two segments: no such route, and "Caja 2" / "Caja/2" stay untouched.
    QCOMPARE(errorProblem(api("DELETE", kV1 + "/devices/Caja/2"), 404), QString());
    QVERIFY(m_sim->device(QStringLiteral("Caja/2")));
    QCOMPARE(api("DELETE", kV1 + "/devices/Caja%2F2").status, 200);
    QVERIFY(!m_sim->device(QStringLiteral("Caja/2")));
    QVERIFY(m_sim->device(QStringLiteral("Caja 2")));
    // Lower-case escapes and an escaped space decode to the same name.
    QCOMPARE(api("DELETE", kV1 + "/devices/Mostrador%20%c3%91and%c3%ba").status, 200);
    QVERIFY(!m_sim->device(QStringLiteral("Mostrador Ñandú")));
}

void TestPointSimulator::idsAre64BitAndIncreasing()
{
    qint64 lastOrder = 0;
    qint64 lastPayment = 0;
    const QStringList names = PointSimulator::defaultDeviceNames();
    for (int i = 0; i < 9; ++i) {
        const QString name = names.at(i % names.size());
        const HttpResult r = api("POST", kV1, orderBody(name, i + 1));
        QCOMPARE(r.status, 200);
        const qint64 id = r.json().value(QStringLiteral("id")).toInteger(0);
        QVERIFY2(id > kTwoPow32, r.body.constData());
        QVERIFY(id > lastOrder);
        lastOrder = id;
        QCOMPARE(api("GET", orderPath(id)).json().value(QStringLiteral("id")).toInteger(), id);
        if (i % 3 == 2) {
            QCOMPARE(m_sim->customerCancel(name), id);
            continue;
        }
        QCOMPARE(i % 2 ? m_sim->decline(name) : m_sim->approve(name), id);
        const qint64 paymentId = api("GET", orderPath(id)).json().value(QStringLiteral("payment_id")).toInteger(0);
        QVERIFY(paymentId > kTwoPow33);
        QVERIFY(paymentId > lastPayment);
        QCOMPARE(paymentId, m_sim->order(id)->paymentId);
        lastPayment = paymentId;
    }
    QList<qint64> ids;
    for (const SimOrder &order : m_sim->orders())
        ids << order.id;
    QCOMPARE(ids.size(), 9);
    QVERIFY(std::is_sorted(ids.cbegin(), ids.cend()));
    QVERIFY(std::adjacent_find(ids.cbegin(), ids.cend()) == ids.cend());
}

void TestPointSimulator::customerActions()
{
    const QString name = QStringLiteral("Caja 1");
    QCOMPARE(m_sim->approve(name), 0);
    QCOMPARE(m_sim->decline(name), 0);
    QCOMPARE(m_sim->customerCancel(name), 0);
    QCOMPARE(m_sim->approve(QStringLiteral("Nope")), 0);

    QSignalSpy orderSpy(m_sim.get(), &PointSimulator::orderChanged);
    const qint64 a = createOk(name);
    QCOMPARE(m_sim->approve(name), a);
    QCOMPARE(m_sim->order(a)->status, SimOrder::Status::Closed);
    QCOMPARE(m_sim->order(a)->paymentStatus, QStringLiteral("approved"));
    QVERIFY(m_sim->order(a)->paymentId > kTwoPow33);
    QCOMPARE(m_sim->device(name)->paymentAttempt, 0);
    QCOMPARE(m_sim->approve(name), 0); // nothing left to pay

    const qint64 d = createOk(name);
    QCOMPARE(m_sim->decline(name), d);
    QCOMPARE(m_sim->order(d)->paymentStatus, QStringLiteral("rejected"));
    QVERIFY(m_sim->order(d)->paymentId > m_sim->order(a)->paymentId);

    const qint64 c = createOk(name);
    QCOMPARE(m_sim->customerCancel(name), c);
    QCOMPARE(m_sim->order(c)->status, SimOrder::Status::Deleted);
    QCOMPARE(m_sim->order(c)->paymentId, 0);
    QCOMPARE(m_sim->device(name)->paymentAttempt, 0);

    QList<qint64> changed;
    for (const QList<QVariant> &args : std::as_const(orderSpy))
        changed << args.first().toLongLong();
    QCOMPARE(changed, (QList<qint64>{a, a, d, d, c, c}));
    QCOMPARE(m_sim->orders().size(), 3);
    QVERIFY(!m_sim->order(12345));

    // A terminal removed while busy takes its order with it.
    const qint64 held = createOk(QStringLiteral("Caja 2"));
    QVERIFY(m_sim->removeDevice(QStringLiteral("Caja 2")));
    QCOMPARE(m_sim->order(held)->status, SimOrder::Status::Deleted);
    QVERIFY(!m_sim->removeDevice(QStringLiteral("Caja 2")));
}

// --- faults ---------------------------------------------------------------------------------------------

void TestPointSimulator::faultLatency()
{
    SimFault fault;
    fault.kind = SimFault::Kind::Latency;
    fault.latencyMs = 400;
    fault.method = QStringLiteral("GET");
    m_sim->injectFault(fault);
    QCOMPARE(m_sim->pendingFaultCount(), 1);

    QElapsedTimer timer;
    timer.start();
    HttpResult r = api("GET", kV1 + "/devices");
    const qint64 delayed = timer.elapsed();
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("devices")).toArray().size(), 3);
    QVERIFY2(delayed >= 400, qPrintable(QString::number(delayed)));
    QCOMPARE(m_sim->pendingFaultCount(), 0);

    timer.restart();
    r = api("GET", kV1 + "/devices");
    QCOMPARE(r.status, 200);
    QVERIFY2(timer.elapsed() < 400, qPrintable(QString::number(timer.elapsed())));
}

void TestPointSimulator::faultLatencyProcessesBeforeReplying()
{
    SimFault fault;
    fault.kind = SimFault::Kind::Latency;
    fault.latencyMs = 1500;
    m_sim->injectFault(fault);
    QNetworkReply *reply = startApi("POST", kV1, orderBody(QStringLiteral("Caja 1")));
    QTRY_COMPARE(m_sim->orders().size(), 1);
    QVERIFY(!reply->isFinished()); // stored, terminal busy, reply still on its way
    QCOMPARE(m_sim->device(QStringLiteral("Caja 1"))->paymentAttempt, m_sim->orders().first().id);
    const HttpResult r = collect(reply);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("id")).toInteger(), m_sim->orders().first().id);
}

void TestPointSimulator::faultServerError_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("afterStore");
    QTest::newRow("500") << 500 << false;
    QTest::newRow("502") << 502 << false;
    QTest::newRow("503") << 503 << false;
    QTest::newRow("500 after store") << 500 << true;
    QTest::newRow("503 after store") << 503 << true;
}

void TestPointSimulator::faultServerError()
{
    QFETCH(int, status);
    QFETCH(bool, afterStore);
    SimFault fault;
    fault.kind = SimFault::Kind::ServerError;
    fault.httpStatus = status;
    fault.afterStore = afterStore;
    fault.method = QStringLiteral("POST");
    m_sim->injectFault(fault);

    const HttpResult r = api("POST", kV1, orderBody(QStringLiteral("Caja 1")));
    QCOMPARE(errorProblem(r, status), QString());
    QCOMPARE(m_sim->orders().size(), afterStore ? 1 : 0);
    QCOMPARE(m_sim->device(QStringLiteral("Caja 1"))->paymentAttempt != 0, afterStore);
    if (afterStore)
        QCOMPARE(m_sim->orders().first().status, SimOrder::Status::Open);

    // The fault is spent: the same request now reaches the terminal (or finds it busy with the stored order).
    const HttpResult again = api("POST", kV1, orderBody(QStringLiteral("Caja 1")));
    QCOMPARE(again.status, afterStore ? 409 : 200);
    QCOMPARE(m_sim->orders().size(), 1);
}

void TestPointSimulator::faultRateLimit()
{
    SimFault fault;
    fault.kind = SimFault::Kind::RateLimit;
    fault.retryAfterSeconds = 2;
    fault.afterStore = true; // has no effect: a rate-limited request is never processed
    m_sim->injectFault(fault);
    const HttpResult r = api("POST", kV1, orderBody(QStringLiteral("Caja 1")));
    QCOMPARE(errorProblem(r, 429), QString());
    QCOMPARE(r.header("Retry-After"), QByteArray("2"));
    QVERIFY(m_sim->orders().isEmpty());
    QCOMPARE(api("POST", kV1, orderBody(QStringLiteral("Caja 1"))).status, 200);
}

void TestPointSimulator::faultDrop_data()
{
    QTest::addColumn<bool>("afterStore");
    QTest::newRow("before processing") << false;
    QTest::newRow("after store") << true;
}

void TestPointSimulator::faultDrop()
{
    QFETCH(bool, afterStore);
    // QNetworkAccessManager silently re-sends a request whose connection closed before any reply byte;
    // drop every attempt so that the client really sees the failure.
    SimFault fault;
    fault.kind = SimFault::Kind::Drop;
    fault.afterStore = afterStore;
    fault.count = 10;
    m_sim->injectFault(fault);
    QSignalSpy handled(m_sim.get(), &PointSimulator::requestHandled);
    const HttpResult r = api("POST", kV1, orderBody(QStringLiteral("Caja 1")));
    QVERIFY(r.finished);
    QCOMPARE(r.status, 0);
    QVERIFY2(r.error != QNetworkReply::NoError, "a dropped connection is a network error");
    QVERIFY(r.body.isEmpty());
    QCOMPARE(m_sim->orders().size(), afterStore ? 1 : 0);
    QVERIFY(handled.size() >= 1);
    QCOMPARE(handled.first().at(2).toInt(), 0);
    m_sim->clearFaults();
    QCOMPARE(api("GET", kV1 + "/devices").status, 200);
}

void TestPointSimulator::faultDropCountExpiresOnRawSocket()
{
    SimFault fault;
    fault.kind = SimFault::Kind::Drop;
    fault.count = 1;
    m_sim->injectFault(fault);
    const QByteArray request =
        "GET " + kV1 + "/devices HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + bearer() + "\r\n\r\n";

    QTcpSocket dropped;
    dropped.connectToHost(QHostAddress::LocalHost, m_sim->apiUrl().port());
    QVERIFY(dropped.waitForConnected(kTimeoutMs));
    dropped.write(request);
    QTRY_VERIFY_WITH_TIMEOUT(dropped.state() == QAbstractSocket::UnconnectedState, kTimeoutMs);
    QVERIFY(dropped.readAll().isEmpty());
    QCOMPARE(m_sim->pendingFaultCount(), 0);

    QTcpSocket served;
    served.connectToHost(QHostAddress::LocalHost, m_sim->apiUrl().port());
    QVERIFY(served.waitForConnected(kTimeoutMs));
    served.write(request);
    QByteArray response;
    QTRY_VERIFY_WITH_TIMEOUT((response += served.readAll()).contains("\"devices\""), kTimeoutMs);
    QVERIFY2(response.startsWith("HTTP/1.1 200 OK\r\n"), response.constData());
    QVERIFY(response.contains("\r\nConnection: keep-alive\r\n"));
    QCOMPARE(m_sim->requestCount(), 2);
}

// Pins down a fact the client must live with: QNAM re-sends a request whose connection dropped before any
// reply byte. After a stored-then-dropped create, the client's own re-sent POST finds its terminal busy.
void TestPointSimulator::faultDropOnceIsResentByQnam()
{
    SimFault fault;
    fault.kind = SimFault::Kind::Drop;
    fault.afterStore = true;
    m_sim->injectFault(fault);
    const HttpResult r = api("POST", kV1, orderBody(QStringLiteral("Caja 1")));
    QCOMPARE(m_sim->requestCount(), 2);
    QCOMPARE(errorProblem(r, 409), QString());
    QCOMPARE(m_sim->orders().size(), 1);
    QCOMPARE(m_sim->orders().first().status, SimOrder::Status::Open);
}

void TestPointSimulator::faultMalformed()
{
    SimFault fault;
    fault.kind = SimFault::Kind::Malformed;
    fault.count = 2;
    m_sim->injectFault(fault);
    HttpResult r = api("POST", kV1, orderBody(QStringLiteral("Caja 1")));
    QCOMPARE(r.status, 200);
    QVERIFY(!r.body.isEmpty());
    QJsonParseError error;
    QJsonDocument::fromJson(r.body, &error);
    QVERIFY2(error.error != QJsonParseError::NoError, r.body.constData());
    QCOMPARE(m_sim->orders().size(), 1); // processed normally
    const qint64 id = m_sim->orders().first().id;

    r = api("DELETE", orderPath(id)); // a 204 without the fault
    QCOMPARE(r.status, 200);
    QJsonDocument::fromJson(r.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    QCOMPARE(m_sim->order(id)->status, SimOrder::Status::Deleted);

    r = api("GET", kV1 + "/devices");
    QCOMPARE(r.status, 200);
    QVERIFY(r.isJsonObject());
}

void TestPointSimulator::faultCountExpires()
{
    SimFault fault;
    fault.kind = SimFault::Kind::ServerError;
    fault.count = 2;
    fault.httpStatus = 503;
    m_sim->injectFault(fault);
    QCOMPARE(m_sim->pendingFaultCount(), 2);
    QCOMPARE(api("GET", kV1 + "/devices").status, 503);
    QCOMPARE(m_sim->pendingFaultCount(), 1);
    QCOMPARE(api("GET", kV1 + "/devices").status, 503);
    QCOMPARE(m_sim->pendingFaultCount(), 0);
    QCOMPARE(api("GET", kV1 + "/devices").status, 200);

    // Faults queue in order: the first matching one is used up first.
    fault.count = 1;
    fault.httpStatus = 500;
    m_sim->injectFault(fault);
    fault.httpStatus = 502;
    m_sim->injectFault(fault);
    QCOMPARE(api("GET", kV1 + "/devices").status, 500);
    QCOMPARE(api("GET", kV1 + "/devices").status, 502);
    QCOMPARE(api("GET", kV1 + "/devices").status, 200);

    fault.count = 0; // ignored
    QTest::ignoreMessage(QtWarningMsg, "ignoring a fault with count 0");
    m_sim->injectFault(fault);
    QCOMPARE(m_sim->pendingFaultCount(), 0);
}

void TestPointSimulator::faultMatchesMethodAndPath()
{
    SimFault fault;
    fault.kind = SimFault::Kind::ServerError;
    fault.httpStatus = 503;
    fault.method = QStringLiteral("post");
    fault.pathPrefix = QString::fromUtf8(kV1);
    m_sim->injectFault(fault);
    QCOMPARE(api("GET", kV1 + "/devices").status, 200); // method does not match
    QCOMPARE(m_sim->pendingFaultCount(), 1);
    QCOMPARE(api("POST", kV1, orderBody(QStringLiteral("Caja 1"))).status, 503);

    fault.method.clear();
    fault.pathPrefix = QString::fromUtf8(kV1) + QStringLiteral("/devices/Mostrador Ñandú"); // decoded path
    m_sim->injectFault(fault);
    QCOMPARE(api("GET", kV1 + "/devices").status, 200);
    QCOMPARE(api("DELETE", devicePath(QStringLiteral("Caja 2"))).status, 200);
    QCOMPARE(m_sim->pendingFaultCount(), 1);
    QCOMPARE(api("DELETE", devicePath(QStringLiteral("Mostrador Ñandú"))).status, 503);
    QVERIFY(m_sim->device(QStringLiteral("Mostrador Ñandú")));
    QCOMPARE(m_sim->pendingFaultCount(), 0);
}

void TestPointSimulator::faultClientGoneDuringLatency()
{
    SimFault fault;
    fault.kind = SimFault::Kind::Latency;
    fault.latencyMs = 600;
    m_sim->injectFault(fault);
    const HttpResult r =
        send("GET", QUrl::fromEncoded(m_sim->apiUrl().toEncoded() + kV1 + "/devices"), {}, bearer(), 100);
    QCOMPARE(r.status, 0);
    QVERIFY(r.error != QNetworkReply::NoError);
    QTest::qWait(800); // the delayed reply fires at a closed connection
    QCOMPARE(api("GET", kV1 + "/devices").status, 200);
}

void TestPointSimulator::clearFaults()
{
    SimFault fault;
    fault.kind = SimFault::Kind::Drop;
    fault.count = 5;
    m_sim->injectFault(fault);
    fault.kind = SimFault::Kind::RateLimit;
    m_sim->injectFault(fault);
    QCOMPARE(m_sim->pendingFaultCount(), 10);
    m_sim->clearFaults();
    QCOMPARE(m_sim->pendingFaultCount(), 0);
    QCOMPARE(api("GET", kV1 + "/devices").status, 200);
}

void TestPointSimulator::requestCountAndSignal()
{
    QSignalSpy handled(m_sim.get(), &PointSimulator::requestHandled);
    QCOMPARE(api("GET", kV1 + "/devices").status, 200);
    QCOMPARE(send("GET", QUrl::fromEncoded(m_sim->apiUrl().toEncoded() + kV1 + "/devices")).status, 401);
    QCOMPARE(api("GET", "/nowhere").status, 404);
    QCOMPARE(api("DELETE", attemptPath(QStringLiteral("Mostrador Ñandú"))).status, 200);
    QCOMPARE(control("GET", "/state").status, 200);
    QCOMPARE(m_sim->requestCount(), 4);
    QCOMPARE(handled.size(), 4);
    QCOMPARE(handled.at(0), (QList<QVariant>{QStringLiteral("GET"),
                                             QString(QString::fromUtf8(kV1) + QStringLiteral("/devices")), 200}));
    QCOMPARE(handled.at(1).at(2).toInt(), 401);
    QCOMPARE(handled.at(2), (QList<QVariant>{QStringLiteral("GET"), QStringLiteral("/nowhere"), 404}));
    QCOMPARE(handled.at(3).at(1).toString(),
             QString::fromUtf8(kV1) + QStringLiteral("/attempt/device/Mostrador Ñandú"));
    m_sim->resetRequestCount();
    QCOMPARE(m_sim->requestCount(), 0);
}

// --- control surface ------------------------------------------------------------------------------------

void TestPointSimulator::controlState()
{
    QJsonObject body = QJsonDocument::fromJson(orderBody(QStringLiteral("Caja 1"), 12.5)).object();
    body.insert(QStringLiteral("external_reference"), QStringLiteral("ext-9"));
    const qint64 paid = createOk(QStringLiteral("Caja 1"), QJsonDocument(body).toJson());
    QCOMPARE(m_sim->approve(QStringLiteral("Caja 1")), paid);
    const qint64 open = createOk(QStringLiteral("Caja 2"));
    SimFault fault;
    fault.count = 3;
    m_sim->injectFault(fault);
    const int apiRequests = m_sim->requestCount();

    const HttpResult r = control("GET", "/state");
    QCOMPARE(r.status, 200);
    QVERIFY(r.isJsonObject());
    const QJsonObject state = r.json();
    QCOMPARE(state.value(QStringLiteral("request_count")).toInt(), apiRequests);
    QCOMPARE(state.value(QStringLiteral("pending_faults")).toInt(), 3);

    const QJsonArray devices = state.value(QStringLiteral("devices")).toArray();
    QCOMPARE(devices.size(), 3);
    QCOMPARE(devices.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Caja 1"));
    QCOMPARE(devices.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("FREE"));
    QVERIFY(devices.at(0).toObject().value(QStringLiteral("payment_attempt")).isNull());
    QCOMPARE(devices.at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("BUSY"));
    QCOMPARE(devices.at(1).toObject().value(QStringLiteral("payment_attempt")).toInteger(), open);
    QCOMPARE(devices.at(2).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Mostrador Ñandú"));

    const QJsonArray orders = state.value(QStringLiteral("orders")).toArray();
    QCOMPARE(orders.size(), 2);
    const QJsonObject first = orders.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("id")).toInteger(), paid);
    QCOMPARE(first.value(QStringLiteral("device_name")).toString(), QStringLiteral("Caja 1"));
    QCOMPARE(first.value(QStringLiteral("amount")).toDouble(), 12.5);
    QCOMPARE(first.value(QStringLiteral("description")).toString(), QStringLiteral("Cup"));
    QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("CLOSED"));
    QCOMPARE(first.value(QStringLiteral("payment_id")).toInteger(), m_sim->order(paid)->paymentId);
    QCOMPARE(first.value(QStringLiteral("payment_status")).toString(), QStringLiteral("approved"));
    QCOMPARE(first.value(QStringLiteral("external_reference")).toString(), QStringLiteral("ext-9"));
    const QJsonObject second = orders.at(1).toObject();
    QCOMPARE(second.value(QStringLiteral("status")).toString(), QStringLiteral("OPEN"));
    QVERIFY(second.value(QStringLiteral("payment_id")).isNull());
    QCOMPARE(m_sim->requestCount(), apiRequests); // the control surface is not counted
}

void TestPointSimulator::controlDevices()
{
    const QString name = QStringLiteral("Caja/9 ñ");
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("name"), name}}).toJson();
    HttpResult r = control("POST", "/devices", body);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json().value(QStringLiteral("name")).toString(), name);
    QVERIFY(m_sim->device(name));
    QCOMPARE(r.json().value(QStringLiteral("id")).toInteger(), m_sim->device(name)->id);
    QCOMPARE(errorProblem(control("POST", "/devices", body), 409), QString());
    QCOMPARE(errorProblem(control("POST", "/devices", "{\"name\":\"\"}"), 400), QString());
    QCOMPARE(errorProblem(control("POST", "/devices", "{\"name\":5}"), 400), QString());
    QCOMPARE(errorProblem(control("POST", "/devices", "not json"), 400), QString());
    QCOMPARE(m_sim->devices().size(), 4);

    r = control("DELETE", "/devices/" + seg(name));
    QCOMPARE(r.status, 200);
    QVERIFY(!m_sim->device(name));
    QCOMPARE(errorProblem(control("DELETE", "/devices/" + seg(name)), 404), QString());
}

void TestPointSimulator::controlCustomerActions_data()
{
    QTest::addColumn<QByteArray>("action");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("paymentStatus");
    QTest::newRow("approve") << QByteArray("approve") << int(SimOrder::Status::Closed) << QStringLiteral("approved");
    QTest::newRow("decline") << QByteArray("decline") << int(SimOrder::Status::Closed) << QStringLiteral("rejected");
    QTest::newRow("cancel") << QByteArray("cancel") << int(SimOrder::Status::Deleted) << QString();
}

void TestPointSimulator::controlCustomerActions()
{
    QFETCH(QByteArray, action);
    QFETCH(int, status);
    QFETCH(QString, paymentStatus);
    const QString name = QStringLiteral("Mostrador Ñandú");
    const QByteArray path = "/devices/" + seg(name) + '/' + action;

    HttpResult r = control("POST", path);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json().value(QStringLiteral("message")).toString(), QStringLiteral("no open order on this terminal"));
    QCOMPARE(control("POST", "/devices/" + seg(QStringLiteral("Nope")) + '/' + action).status, 404);

    const qint64 id = createOk(name);
    r = control("POST", path);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json(), (QJsonObject{{QStringLiteral("order_id"), id}}));
    QCOMPARE(int(m_sim->order(id)->status), status);
    QCOMPARE(m_sim->order(id)->paymentStatus, paymentStatus);
    QCOMPARE(m_sim->device(name)->paymentAttempt, 0);
    QCOMPARE(control("POST", path).status, 409);
    QCOMPARE(control("GET", path).status, 405);
}

void TestPointSimulator::controlFaults()
{
    HttpResult r = control(
        "POST", "/faults",
        R"({"kind":"server_error","count":2,"method":"GET","path":"/point/services/integrations/v1/devices","status":503})");
    QCOMPARE(r.status, 201);
    QCOMPARE(m_sim->pendingFaultCount(), 2);
    QCOMPARE(api("POST", kV1, orderBody(QStringLiteral("Caja 1"))).status, 200); // not matching
    QCOMPARE(errorProblem(api("GET", kV1 + "/devices"), 503), QString());
    QCOMPARE(m_sim->pendingFaultCount(), 1);
    QCOMPARE(control("DELETE", "/faults").status, 200);
    QCOMPARE(m_sim->pendingFaultCount(), 0);
    QCOMPARE(api("GET", kV1 + "/devices").status, 200);

    QCOMPARE(control("POST", "/faults", R"({"kind":"rate_limit","retry_after":7})").status, 201);
    r = api("GET", kV1 + "/devices");
    QCOMPARE(r.status, 429);
    QCOMPARE(r.header("Retry-After"), QByteArray("7"));

    QCOMPARE(control("POST", "/faults", R"({"kind":"latency","latency_ms":300})").status, 201);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(api("GET", kV1 + "/devices").status, 200);
    QVERIFY(timer.elapsed() >= 300);

    QCOMPARE(control("POST", "/faults", R"({"kind":"drop","count":10,"after_store":true,"method":"POST"})").status,
             201);
    r = api("POST", kV1, orderBody(QStringLiteral("Caja 2")));
    QVERIFY(r.error != QNetworkReply::NoError);
    QCOMPARE(r.status, 0);
    QVERIFY(m_sim->device(QStringLiteral("Caja 2"))->paymentAttempt != 0);
    QCOMPARE(control("DELETE", "/faults").status, 200);

    QCOMPARE(control("POST", "/faults", R"({"kind":"malformed"})").status, 201);
    r = api("GET", kV1 + "/devices");
    QCOMPARE(r.status, 200);
    QVERIFY(!r.isJsonObject());

    QCOMPARE(errorProblem(control("POST", "/faults", R"({"kind":"explode"})"), 400, QStringLiteral("kind")), QString());
    QCOMPARE(errorProblem(control("POST", "/faults", R"({"kind":"drop","count":0})"), 400, QStringLiteral("count")),
             QString());
    QCOMPARE(errorProblem(control("POST", "/faults", R"({"kind":"server_error","status":200})"), 400,
                          QStringLiteral("status")),
             QString());
    QCOMPARE(errorProblem(control("POST", "/faults", R"({"kind":"drop","after_store":"yes"})"), 400,
                          QStringLiteral("after_store")),
             QString());
    QCOMPARE(m_sim->pendingFaultCount(), 0);
}

void TestPointSimulator::controlToken()
{
    const QByteArray oldBearer = bearer();
    HttpResult r = control("POST", "/token", R"({"token":"TEST-forced-1234"})");
    QCOMPARE(r.status, 200);
    QCOMPARE(m_sim->accessToken(), QStringLiteral("TEST-forced-1234"));
    const QUrl devices = QUrl::fromEncoded(m_sim->apiUrl().toEncoded() + kV1 + "/devices");
    QCOMPARE(errorProblem(send("GET", devices, {}, oldBearer), 401), QString());
    QCOMPARE(send("GET", devices, {}, "Bearer TEST-forced-1234").status, 200);
    QCOMPARE(errorProblem(control("POST", "/token", R"({"token":""})"), 400), QString());
    QCOMPARE(errorProblem(control("POST", "/token", R"({"tok":"x"})"), 400), QString());
    QCOMPARE(m_sim->accessToken(), QStringLiteral("TEST-forced-1234"));

    m_sim->setAccessToken(QString()); // an empty token authorises nothing, not even an empty bearer
    QCOMPARE(send("GET", devices, {}, "Bearer ").status, 401);
}

void TestPointSimulator::controlRoutes()
{
    QCOMPARE(errorProblem(control("GET", "/nope"), 404), QString());
    QCOMPARE(errorProblem(control("PUT", "/state"), 405), QString());
    QCOMPARE(errorProblem(control("GET", "/token"), 405), QString());
    QCOMPARE(errorProblem(control("POST", "/devices/Caja%201/explode"), 404), QString());
    QCOMPARE(control("GET", "/faults").json().value(QStringLiteral("pending_faults")).toInt(), 0);
    // The two surfaces do not leak into each other.
    QCOMPARE(api("GET", "/state").status, 404);
    QCOMPARE(control("GET", kV1 + "/devices").status, 404);
    QCOMPARE(m_sim->requestCount(), 1);
}

// --- the pointdesk-sim executable -----------------------------------------------------------------------

namespace {

// Reads one line from a started process; empty on timeout.
QByteArray readLine(QProcess &process, int timeoutMs = kTimeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!process.canReadLine() && timer.elapsed() < timeoutMs) {
        if (!process.waitForReadyRead(100) && process.state() == QProcess::NotRunning)
            break;
    }
    return process.readLine().trimmed();
}

} // namespace

void TestPointSimulator::binaryPrintsJsonAndServes()
{
    QProcess process;
    process.start(QStringLiteral(POINTDESK_SIM_BIN),
                  {QStringLiteral("--json"), QStringLiteral("--port"), QStringLiteral("0")});
    QVERIFY2(process.waitForStarted(kTimeoutMs), qPrintable(process.errorString()));
    const QByteArray line = readLine(process);
    QJsonParseError error;
    const QJsonObject info = QJsonDocument::fromJson(line, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, line.constData());
    QCOMPARE(info.keys(), (QStringList{QStringLiteral("api"), QStringLiteral("control"), QStringLiteral("devices"),
                                       QStringLiteral("token"), QStringLiteral("user_id")}));
    const QUrl apiUrl(info.value(QStringLiteral("api")).toString());
    QVERIFY(info.value(QStringLiteral("api")).toString().startsWith(QLatin1String("http://127.0.0.1:")));
    QVERIFY(apiUrl.port() > 0);
    QVERIFY(info.value(QStringLiteral("token")).toString().startsWith(QLatin1String("TEST-")));
    QVERIFY(info.value(QStringLiteral("user_id")).toInteger() > 0);
    QCOMPARE(info.value(QStringLiteral("devices")).toArray().toVariantList(),
             QVariant(PointSimulator::defaultDeviceNames()).toList());

    const QByteArray auth = "Bearer " + info.value(QStringLiteral("token")).toString().toUtf8();
    HttpResult r = send("GET", QUrl::fromEncoded(apiUrl.toEncoded() + kV1 + "/devices"), {}, auth);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("devices")).toArray().size(), 3);
    r = send("GET", QUrl::fromEncoded(QUrl(info.value(QStringLiteral("control")).toString()).toEncoded() + "/state"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("request_count")).toInt(), 1);

    process.terminate(); // SIGTERM
    QVERIFY(process.waitForFinished(kTimeoutMs));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

void TestPointSimulator::binaryOptions()
{
    QProcess process;
    process.start(QStringLiteral(POINTDESK_SIM_BIN),
                  {QStringLiteral("--json"), QStringLiteral("--device"), QStringLiteral("Caja A"),
                   QStringLiteral("--device"), QStringLiteral("Barra/B ñ"), QStringLiteral("--token"),
                   QStringLiteral("TEST-cli-token"), QStringLiteral("--user-id"), QStringLiteral("6000000001")});
    QVERIFY(process.waitForStarted(kTimeoutMs));
    const QJsonObject info = QJsonDocument::fromJson(readLine(process)).object();
    QCOMPARE(info.value(QStringLiteral("token")).toString(), QStringLiteral("TEST-cli-token"));
    QCOMPARE(info.value(QStringLiteral("user_id")).toInteger(), 6'000'000'001LL);
    QCOMPARE(info.value(QStringLiteral("devices")).toArray().toVariantList(),
             (QVariantList{QStringLiteral("Caja A"), QStringLiteral("Barra/B ñ")}));

    const QUrl apiUrl(info.value(QStringLiteral("api")).toString());
    const HttpResult r =
        send("POST", QUrl::fromEncoded(apiUrl.toEncoded() + kIntegrators + "?access_token=TEST-cli-token"),
             "{\"Id\":6000000001}");
    QCOMPARE(r.status, 200);
    QCOMPARE(send("DELETE", QUrl::fromEncoded(apiUrl.toEncoded() + devicePath(QStringLiteral("Barra/B ñ"))), {},
                  "Bearer TEST-cli-token")
                 .status,
             200);

    process.terminate();
    QVERIFY(process.waitForFinished(kTimeoutMs));
    QCOMPARE(process.exitCode(), 0);

    QProcess bad;
    bad.start(QStringLiteral(POINTDESK_SIM_BIN), {QStringLiteral("--port"), QStringLiteral("70000")});
    QVERIFY(bad.waitForFinished(kTimeoutMs));
    QCOMPARE(bad.exitCode(), 1);
    QVERIFY(!bad.readAllStandardError().isEmpty());

    QProcess version;
    version.start(QStringLiteral(POINTDESK_SIM_BIN), {QStringLiteral("--version")});
    QVERIFY(version.waitForFinished(kTimeoutMs));
    QCOMPARE(version.exitCode(), 0);
    QVERIFY(version.readAllStandardOutput().contains(POINTDESK_VERSION));
}

void TestPointSimulator::binaryHumanOutputAndSigint()
{
    QProcess process;
    process.start(QStringLiteral(POINTDESK_SIM_BIN), {QStringLiteral("--token"), QStringLiteral("TEST-h")});
    QVERIFY(process.waitForStarted(kTimeoutMs));
    QStringList lines;
    for (int i = 0; i < 5; ++i)
        lines << QString::fromUtf8(readLine(process));
    QVERIFY2(lines.at(0).startsWith(QLatin1String("Point simulator listening on http://127.0.0.1:")),
             qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY(lines.at(1).startsWith(QLatin1String("Control surface: http://127.0.0.1:")));
    QCOMPARE(lines.at(2), QStringLiteral("Access token: TEST-h"));
    QVERIFY(lines.at(3).startsWith(QLatin1String("User id: ")));
    QCOMPARE(lines.at(4), QStringLiteral("Terminals: Caja 1, Caja 2, Mostrador Ñandú"));
#ifdef Q_OS_UNIX
    QCOMPARE(::kill(static_cast<pid_t>(process.processId()), SIGINT), 0);
#else
    process.terminate();
#endif
    QVERIFY(process.waitForFinished(kTimeoutMs));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

void TestPointSimulator::binaryFailsWhenPortInUse()
{
    QTcpServer blocker;
    QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
    QProcess process;
    process.start(QStringLiteral(POINTDESK_SIM_BIN),
                  {QStringLiteral("--port"), QString::number(blocker.serverPort()), QStringLiteral("--json")});
    QVERIFY(process.waitForFinished(kTimeoutMs));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    QVERIFY(process.readAllStandardError().contains("cannot listen"));
}

QTEST_GUILESS_MAIN(TestPointSimulator)
#include "tst_pointsimulator.moc"
