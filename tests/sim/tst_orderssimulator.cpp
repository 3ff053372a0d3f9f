// Tests of OrdersSimulator against contracts/orders-api.md, over real loopback HTTP with a raw
// QNetworkAccessManager and hand-written JSON (never PointDesk's client: the simulator stands on the contract alone).
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

namespace {

constexpr int kTimeoutMs = 10'000;
const QString kSbx = QStringLiteral("NEWLAND_N950__SBX0000001");
const QString kPax = QStringLiteral("PAX_A910__PAX0000000002");
const QString kStandalone = QStringLiteral("NEWLAND_N950__N950NCB801293324");
const QRegularExpression kOrderId(QStringLiteral("^ORD[0-9A-HJKMNP-TV-Z]{26}$"));
const QRegularExpression kPaymentId(QStringLiteral("^PAY[0-9A-HJKMNP-TV-Z]{26}$"));
const QRegularExpression kRefundId(QStringLiteral("^REF[0-9A-HJKMNP-TV-Z]{26}$"));
const QRegularExpression kTimestamp(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{9}Z$"));

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

QJsonObject payment0(const QJsonObject &order)
{
    return order.value(QStringLiteral("transactions"))
        .toObject()
        .value(QStringLiteral("payments"))
        .toArray()
        .first()
        .toObject();
}

QJsonArray refundsOf(const QJsonObject &order)
{
    return order.value(QStringLiteral("transactions")).toObject().value(QStringLiteral("refunds")).toArray();
}

QByteArray createBody(const QString &terminal, const QString &amount = QStringLiteral("24.00"),
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

OrdersSimTerminal terminalNamed(const QString &id)
{
    OrdersSimTerminal terminal;
    terminal.id = id;
    return terminal;
}

OrdersSimAccount accountFor(const QString &token, const QString &userId)
{
    OrdersSimAccount account;
    account.token = token;
    account.userId = userId;
    return account;
}

QByteArray newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
}

} // namespace

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

// --- helpers --------------------------------------------------------------------------------------------

void TestOrdersSimulator::init()
{
    m_sim = std::make_unique<OrdersSimulator>();
    OrdersSimulator::Settings settings = m_sim->settings();
    settings.takeDelayMs = -1; // the tests drive the terminal unless a test is about the delay
    settings.cancelDelayMs = 100;
    settings.eventDelayMs = 30;
    settings.actionRequiredEventDelayMs = 60;
    settings.expirationScale = 0; // expiry only where a test asks for it
    m_sim->setSettings(settings);
    QVERIFY(m_sim->listen());
    m_nam = std::make_unique<QNetworkAccessManager>();
}

void TestOrdersSimulator::cleanup()
{
    m_nam.reset();
    m_sim.reset();
}

HttpResult TestOrdersSimulator::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                                     const Headers &headers, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    QNetworkReply *reply = m_nam->sendCustomRequest(request, method, body);
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(timeoutMs + 5000);
    }
    HttpResult result;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    result.status = status.isValid() ? status.toInt() : 0;
    result.error = reply->error();
    if (reply->isOpen())
        result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    if (!reply->isFinished())
        reply->abort();
    reply->deleteLater();
    return result;
}

HttpResult TestOrdersSimulator::api(const QByteArray &method, const QByteArray &path, const QByteArray &body,
                                    const Headers &headers, const QString &token)
{
    Headers all = headers;
    all.append({"Authorization", "Bearer " + (token.isEmpty() ? m_sim->accessToken() : token).toUtf8()});
    return send(method, QUrl::fromEncoded(m_sim->apiUrl().toEncoded() + path), body, all);
}

HttpResult TestOrdersSimulator::control(const QByteArray &method, const QByteArray &path, const QByteArray &body)
{
    return send(method, QUrl::fromEncoded(m_sim->controlUrl().toEncoded() + path), body);
}

HttpResult TestOrdersSimulator::create(const QString &terminal, const QByteArray &key, const QString &amount)
{
    return api("POST", "/v1/orders", createBody(terminal, amount), {{"X-Idempotency-Key", key}});
}

QString TestOrdersSimulator::createOk(const QString &terminal, const QString &amount)
{
    const HttpResult r = create(terminal, newKey(), amount);
    return r.status == 201 ? r.str(QStringLiteral("id")) : QString();
}

QString TestOrdersSimulator::processedOrder(const QString &amount)
{
    const QString id = createOk(kSbx, amount);
    OrdersSimPaymentResult result;
    result.cardType = CardType::Debit;
    result.methodId = QStringLiteral("debvisa");
    return !id.isEmpty() && m_sim->pay(id, result) ? id : QString();
}

HttpResult TestOrdersSimulator::cancel(const QString &id, const Headers &extra)
{
    Headers headers = extra;
    headers.append({"X-Idempotency-Key", newKey()});
    return api("POST", "/v1/orders/" + id.toLatin1() + "/cancel", {}, headers);
}

HttpResult TestOrdersSimulator::refund(const QString &id, const QByteArray &body, const QString &token)
{
    return api("POST", "/v1/orders/" + id.toLatin1() + "/refund", body, {{"X-Idempotency-Key", newKey()}}, token);
}

QString TestOrdersSimulator::status(const QString &id) const
{
    const std::optional<OrdersSimOrder> order = m_sim->order(id);
    return order ? order->status : QStringLiteral("<none>");
}

// --- basics and authentication (1.1, 1.6) ----------------------------------------------------------------

void TestOrdersSimulator::defaults()
{
    QVERIFY(m_sim->accessToken().startsWith(QLatin1String("TEST-")));
    QVERIFY(OrdersSimulator().accessToken() != m_sim->accessToken());
    QCOMPARE(OrdersSimulator::defaultTerminalIds(), (QStringList{kSbx, kPax, kStandalone}));
    QCOMPARE(m_sim->terminals().size(), 3);
    QCOMPARE(m_sim->terminal(kStandalone)->operatingMode, QStringLiteral("STANDALONE"));
    QCOMPARE(m_sim->terminal(kSbx)->operatingMode, QStringLiteral("PDV"));
    QVERIFY(m_sim->apiUrl().toString().startsWith(QLatin1String("http://127.0.0.1:")));
    QVERIFY(m_sim->controlUrl().port() > 0 && m_sim->controlUrl().port() != m_sim->apiUrl().port());
    QTest::ignoreMessage(QtWarningMsg, "listen() called twice");
    QVERIFY(!m_sim->listen());
    QVERIFY(!m_sim->addTerminal(terminalNamed(QStringLiteral("no-separator"))));
    QVERIFY(!m_sim->addTerminal(terminalNamed(kSbx))); // taken for this account
}

void TestOrdersSimulator::unauthorized_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("authorization");
    const QList<QPair<QByteArray, QByteArray>> endpoints{{"GET", "/terminals/v1/list"},
                                                         {"PATCH", "/terminals/v1/setup"},
                                                         {"POST", "/v1/orders"},
                                                         {"GET", "/v1/orders/ORD01JQ4S4KY8HWQ6NA5PXB65B3D3"},
                                                         {"POST", "/v1/orders/ORD01JQ4S4KY8HWQ6NA5PXB65B3D3/cancel"},
                                                         {"POST", "/v1/orders/ORD01JQ4S4KY8HWQ6NA5PXB65B3D3/refund"},
                                                         {"POST", "/v1/orders/ORD01JQ4S4KY8HWQ6NA5PXB65B3D3/events"},
                                                         {"GET", "/no/such/path"}};
    for (const auto &endpoint : endpoints) {
        const QByteArray name = endpoint.first + ' ' + endpoint.second;
        QTest::newRow(QByteArray(name + " none").constData()) << endpoint.first << endpoint.second << QByteArray();
        QTest::newRow(QByteArray(name + " wrong").constData())
            << endpoint.first << endpoint.second << QByteArray("Bearer x");
        QTest::newRow(QByteArray(name + " basic").constData())
            << endpoint.first << endpoint.second << QByteArray("Basic eA==");
    }
}

void TestOrdersSimulator::unauthorized()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, authorization);
    Headers headers{{"X-Idempotency-Key", newKey()}};
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    const int before = m_sim->orders().size();
    const HttpResult r = send(method, QUrl::fromEncoded(m_sim->apiUrl().toEncoded() + path),
                              method == "GET" ? QByteArray() : createBody(kSbx), headers);
    QCOMPARE(r.status, 401);
    // The flat 401 body, not the errors[] envelope (1.6).
    QCOMPARE(r.str(QStringLiteral("code")), QStringLiteral("unauthorized"));
    QVERIFY(!r.str(QStringLiteral("message")).isEmpty());
    QVERIFY(!r.json().contains(QStringLiteral("errors")));
    QCOMPARE(m_sim->orders().size(), before);
}

void TestOrdersSimulator::unknownPathAndMethod()
{
    HttpResult r = api("GET", "/v1/nothing");
    QCOMPARE(r.status, 404);
    QCOMPARE(r.code(), QStringLiteral("not_found"));
    r = api("DELETE", "/v1/orders/ORD01JQ4S4KY8HWQ6NA5PXB65B3D3");
    QCOMPARE(r.status, 405);
    QCOMPARE(r.header("Allow"), QByteArray("GET"));
    QCOMPARE(api("GET", "/v1/orders").status, 405);
    QCOMPARE(api("POST", "/terminals/v1/list").status, 405);
    QCOMPARE(api("GET", "/terminals/v1/setup").status, 405);
    QCOMPARE(api("GET", "/v1/orders/ORD01JQ4S4KY8HWQ6NA5PXB65B3D3/refund").status, 405);
}

// --- 2. terminals -----------------------------------------------------------------------------------------

void TestOrdersSimulator::listTerminalsPagesToTheEnd()
{
    for (int i = 0; i < 8; ++i) {
        OrdersSimTerminal terminal;
        terminal.id = QStringLiteral("PAX_A910__EXTRA%1").arg(i);
        terminal.posId = QString::number(900 + i);
        terminal.storeId = QStringLiteral("9");
        QVERIFY(m_sim->addTerminal(terminal));
    }
    QStringList expected;
    for (const OrdersSimTerminal &terminal : m_sim->terminals())
        expected << terminal.id;
    QCOMPARE(expected.size(), 11);

    QStringList seen;
    int offset = 0;
    int pages = 0;
    int total = -1;
    // The client's rule (2.1): offset += limit until offset >= paging.total.
    do {
        const HttpResult r = api("GET", "/terminals/v1/list?limit=4&offset=" + QByteArray::number(offset));
        QCOMPARE(r.status, 200);
        const QJsonObject paging = r.json().value(QStringLiteral("paging")).toObject();
        total = paging.value(QStringLiteral("total")).toInt();
        QCOMPARE(paging.value(QStringLiteral("offset")).toInt(), offset);
        QCOMPARE(paging.value(QStringLiteral("limit")).toInt(), 4);
        const QJsonArray page =
            r.json().value(QStringLiteral("data")).toObject().value(QStringLiteral("terminals")).toArray();
        QCOMPARE(page.size(), qMin(4, total - offset));
        for (const QJsonValue &entry : page) {
            const QJsonObject t = entry.toObject();
            seen << t.value(QStringLiteral("id")).toString();
            QVERIFY(t.value(QStringLiteral("pos_id")).isDouble());
            QVERIFY(t.value(QStringLiteral("store_id")).isString());
            QVERIFY(t.contains(QStringLiteral("external_pos_id")));
            QVERIFY(!t.value(QStringLiteral("operating_mode")).toString().isEmpty());
        }
        offset += 4;
        ++pages;
    } while (offset < total && pages < 10);
    QCOMPARE(total, 11);
    QCOMPARE(pages, 3);
    QCOMPARE(seen, expected);
}

void TestOrdersSimulator::listTerminalsClamps_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("count");
    QTest::newRow("defaults") << QByteArray() << 0 << 50 << 3;
    QTest::newRow("limit 0") << QByteArray("?limit=0") << 0 << 1 << 1;
    QTest::newRow("limit -3") << QByteArray("?limit=-3") << 0 << 1 << 1;
    QTest::newRow("limit 100") << QByteArray("?limit=100") << 0 << 50 << 3;
    QTest::newRow("limit text") << QByteArray("?limit=many") << 0 << 50 << 3;
    QTest::newRow("offset -5") << QByteArray("?offset=-5") << 0 << 50 << 3;
    QTest::newRow("offset 2") << QByteArray("?offset=2&limit=2") << 2 << 2 << 1;
    QTest::newRow("offset past end") << QByteArray("?offset=7") << 7 << 50 << 0;
}

void TestOrdersSimulator::listTerminalsClamps()
{
    QFETCH(QByteArray, query);
    QFETCH(int, offset);
    QFETCH(int, limit);
    QFETCH(int, count);
    const HttpResult r = api("GET", "/terminals/v1/list" + query);
    QCOMPARE(r.status, 200); // clamped, never refused
    const QJsonObject paging = r.json().value(QStringLiteral("paging")).toObject();
    QCOMPARE(paging.value(QStringLiteral("offset")).toInt(), offset);
    QCOMPARE(paging.value(QStringLiteral("limit")).toInt(), limit);
    QCOMPARE(paging.value(QStringLiteral("total")).toInt(), 3);
    QCOMPARE(r.json().value(QStringLiteral("data")).toObject().value(QStringLiteral("terminals")).toArray().size(),
             count);
}

void TestOrdersSimulator::listTerminalsFiltersAndAccounts()
{
    HttpResult r = api("GET", "/terminals/v1/list?pos_id=47792477");
    QJsonArray list = r.json().value(QStringLiteral("data")).toObject().value(QStringLiteral("terminals")).toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().toObject().value(QStringLiteral("id")).toString(), kPax);
    r = api("GET", "/terminals/v1/list?store_id=47792470");
    QCOMPARE(r.json().value(QStringLiteral("paging")).toObject().value(QStringLiteral("total")).toInt(), 3);
    r = api("GET", "/terminals/v1/list?store_id=nope");
    QCOMPARE(r.json().value(QStringLiteral("paging")).toObject().value(QStringLiteral("total")).toInt(), 0);

    // Another seller sees only its own terminals; an account without any gets [] and total 0.
    OrdersSimAccount other;
    other.token = QStringLiteral("APP_USR-other");
    other.userId = QStringLiteral("42");
    QVERIFY(m_sim->addAccount(other));
    r = api("GET", "/terminals/v1/list", {}, {}, other.token);
    QCOMPARE(r.status, 200);
    QVERIFY(r.json().value(QStringLiteral("data")).toObject().value(QStringLiteral("terminals")).isArray());
    QCOMPARE(r.json().value(QStringLiteral("data")).toObject().value(QStringLiteral("terminals")).toArray().size(), 0);
    QCOMPARE(r.json().value(QStringLiteral("paging")).toObject().value(QStringLiteral("total")).toInt(), 0);
}

void TestOrdersSimulator::setupTerminal()
{
    const QByteArray body = "{\"terminals\":[{\"id\":\"" + kStandalone.toLatin1() + "\",\"operating_mode\":\"PDV\"}]}";
    HttpResult r = api("PATCH", "/terminals/v1/setup", body);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json(), QJsonDocument::fromJson(body).object()); // echoed with the new mode
    QCOMPARE(m_sim->terminal(kStandalone)->operatingMode, QStringLiteral("PDV"));
    r = api("PATCH", "/terminals/v1/setup",
            "{\"terminals\":[{\"id\":\"" + kSbx.toLatin1() + "\",\"operating_mode\":\"STANDALONE\"}]}");
    QCOMPARE(r.status, 200);
    QCOMPARE(m_sim->terminal(kSbx)->operatingMode, QStringLiteral("STANDALONE"));
    r = api("GET", "/terminals/v1/list");
    QCOMPARE(r.json()
                 .value(QStringLiteral("data"))
                 .toObject()
                 .value(QStringLiteral("terminals"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("operating_mode"))
                 .toString(),
             QStringLiteral("STANDALONE"));
}

void TestOrdersSimulator::setupTerminalErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const auto one = [](const QByteArray &id, const QByteArray &mode) -> QByteArray {
        return "{\"terminals\":[{\"id\":\"" + id + "\",\"operating_mode\":\"" + mode + "\"}]}";
    };
    QTest::newRow("not json") << QByteArray("{nope") << 400 << "invalid_payload";
    QTest::newRow("array body") << QByteArray("[]") << 400 << "invalid_payload";
    QTest::newRow("empty body") << QByteArray() << 400 << "invalid_payload";
    QTest::newRow("unknown top field") << QByteArray("{\"terminals\":[],\"x\":1}") << 400 << "unsupported_properties";
    QTest::newRow("unknown terminal field")
        << QByteArray("{\"terminals\":[{\"id\":\"A__B\",\"operating_mode\":\"PDV\",\"x\":1}]}") << 400
        << "unsupported_properties";
    QTest::newRow("no terminals") << QByteArray("{}") << 400 << "required_properties";
    QTest::newRow("no mode") << QByteArray("{\"terminals\":[{\"id\":\"A__B\"}]}") << 400 << "required_properties";
    QTest::newRow("two terminals") << QByteArray("{\"terminals\":[{\"id\":\"A__B\",\"operating_mode\":\"PDV\"},"
                                                 "{\"id\":\"A__C\",\"operating_mode\":\"PDV\"}]}")
                                   << 400 << "property_value";
    QTest::newRow("bad mode") << one(kSbx.toLatin1(), "UNDEFINED") << 400 << "property_value";
    QTest::newRow("bad id") << one("NEWLAND_N950-SBX", "PDV") << 400 << "property_value";
    QTest::newRow("unknown terminal") << one("PAX_A910__NOPE", "PDV") << 404 << "not_found";
    QTest::newRow("model not allowed in MX")
        << one("INGENICO_MOVE2500__ING1", "PDV") << 403 << "terminal_not_allowed_action";
    QTest::newRow("no store or pos") << one("PAX_A910__NOPOS", "PDV") << 403 << "store_pos_not_found";
    QTest::newRow("pos already has PDV") << one("PAX_A910__SAMEPOS", "PDV") << 412
                                         << "Only one pos-store with PDV mode ON or SUSPENDED is allowed";
}

void TestOrdersSimulator::setupTerminalErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    OrdersSimTerminal ingenico = terminalNamed(QStringLiteral("INGENICO_MOVE2500__ING1"));
    ingenico.posId = QStringLiteral("1");
    ingenico.storeId = QStringLiteral("1");
    QVERIFY(m_sim->addTerminal(ingenico));
    QVERIFY(m_sim->addTerminal(terminalNamed(QStringLiteral("PAX_A910__NOPOS"))));
    OrdersSimTerminal samePos = terminalNamed(QStringLiteral("PAX_A910__SAMEPOS"));
    samePos.posId = m_sim->terminal(kSbx)->posId; // the SBX terminal there is already PDV
    samePos.storeId = QStringLiteral("47792470");
    samePos.operatingMode = QStringLiteral("STANDALONE");
    QVERIFY(m_sim->addTerminal(samePos));

    const HttpResult r = api("PATCH", "/terminals/v1/setup", body);
    QVERIFY2(r.status == status, qPrintable(r.text()));
    QCOMPARE(r.code(), code);
    QVERIFY(!r.json()
                 .value(QStringLiteral("errors"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("message"))
                 .toString()
                 .isEmpty());
    QCOMPARE(m_sim->terminal(QStringLiteral("PAX_A910__SAMEPOS"))->operatingMode, QStringLiteral("STANDALONE"));
}

void TestOrdersSimulator::setupTerminalUnsupportedSite()
{
    OrdersSimAccount colombia;
    colombia.token = QStringLiteral("APP_USR-co");
    colombia.userId = QStringLiteral("77");
    colombia.countryCode = QStringLiteral("COL");
    colombia.currency = QStringLiteral("COP");
    QVERIFY(m_sim->addAccount(colombia));
    const HttpResult r =
        api("PATCH", "/terminals/v1/setup", "{\"terminals\":[{\"id\":\"PAX_A910__X\",\"operating_mode\":\"PDV\"}]}", {},
            colombia.token);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.code(), QStringLiteral("unsupported_site"));
}

// --- 3.1 create, 1.2 idempotency, 3.2 get ----------------------------------------------------------------

void TestOrdersSimulator::createOrder()
{
    QJsonObject request = QJsonDocument::fromJson(createBody(kSbx, QStringLiteral("10.5"), QStringLiteral("ext-1"),
                                                             QStringLiteral("PT16M")))
                              .object();
    request.insert(QStringLiteral("description"), QStringLiteral("Point Smart 2"));
    QJsonObject config = request.value(QStringLiteral("config")).toObject();
    config.insert(QStringLiteral("point"),
                  QJsonObject{{QStringLiteral("terminal_id"), kSbx},
                              {QStringLiteral("print_on_terminal"), QStringLiteral("no_ticket")}});
    config.insert(QStringLiteral("payment_method"),
                  QJsonObject{{QStringLiteral("default_type"), QStringLiteral("credit_card")}});
    request.insert(QStringLiteral("config"), config);
    const QJsonObject integration{
        {QStringLiteral("platform_id"), QStringLiteral("dev_1")},
        {QStringLiteral("integrator_id"), QStringLiteral("dev_2")},
        {QStringLiteral("sponsor"), QJsonObject{{QStringLiteral("id"), QStringLiteral("44")}}}};
    request.insert(QStringLiteral("integration_data"), integration);

    QSignalSpy changed(m_sim.get(), &OrdersSimulator::orderChanged);
    const HttpResult r = api("POST", "/v1/orders", QJsonDocument(request).toJson(), {{"X-Idempotency-Key", newKey()}});
    QVERIFY2(r.status == 201, qPrintable(r.text()));
    const QJsonObject o = r.json();
    const QString id = o.value(QStringLiteral("id")).toString();
    QVERIFY2(kOrderId.match(id).hasMatch(), qPrintable(id));
    QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("point"));
    QCOMPARE(o.value(QStringLiteral("user_id")).toString(), m_sim->accounts().first().userId);
    QCOMPARE(o.value(QStringLiteral("external_reference")).toString(), QStringLiteral("ext-1"));
    QCOMPARE(o.value(QStringLiteral("description")).toString(), QStringLiteral("Point Smart 2"));
    QCOMPARE(o.value(QStringLiteral("expiration_time")).toString(), QStringLiteral("PT16M"));
    QCOMPARE(o.value(QStringLiteral("processing_mode")).toString(), QStringLiteral("automatic"));
    QCOMPARE(o.value(QStringLiteral("country_code")).toString(), QStringLiteral("MEX"));
    QCOMPARE(o.value(QStringLiteral("currency")).toString(), QStringLiteral("MXN"));
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("created"));
    QCOMPARE(o.value(QStringLiteral("status_detail")).toString(), QStringLiteral("created"));
    QVERIFY(kTimestamp.match(o.value(QStringLiteral("created_date")).toString()).hasMatch());
    QCOMPARE(o.value(QStringLiteral("last_updated_date")), o.value(QStringLiteral("created_date")));
    QCOMPARE(o.value(QStringLiteral("config")).toObject(), config);
    QJsonObject expectedIntegration = integration;
    expectedIntegration.insert(QStringLiteral("application_id"), m_sim->accounts().first().applicationId);
    QCOMPARE(o.value(QStringLiteral("integration_data")).toObject(), expectedIntegration);
    const QJsonObject payment = payment0(o);
    QVERIFY(kPaymentId.match(payment.value(QStringLiteral("id")).toString()).hasMatch());
    QCOMPARE(payment.value(QStringLiteral("amount")).toString(), QStringLiteral("10.5")); // echoed exactly
    QCOMPARE(payment.value(QStringLiteral("status")).toString(), QStringLiteral("created"));
    QVERIFY(!payment.contains(QStringLiteral("paid_amount")));

    QCOMPARE(m_sim->waitingOrder(kSbx), id);
    QCOMPARE(changed.size(), 1);
    // Without expiration_time the default of 15 minutes is reported.
    const HttpResult second = create(kPax);
    QCOMPARE(second.str(QStringLiteral("expiration_time")), QStringLiteral("PT15M"));
    QVERIFY(second.str(QStringLiteral("id")) != id);
}

void TestOrdersSimulator::createOrderRejected_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    const QByteArray good = createBody(kSbx);
    const auto with = [&good](const QString &key, const QJsonValue &value) {
        QJsonObject o = QJsonDocument::fromJson(good).object();
        if (value.isUndefined())
            o.remove(key);
        else
            o.insert(key, value);
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    };
    const auto payments = [](const QJsonArray &list) { return QJsonObject{{QStringLiteral("payments"), list}}; };
    const auto amount = [&with, &payments](const QJsonValue &value) {
        return with(QStringLiteral("transactions"), payments({QJsonObject{{QStringLiteral("amount"), value}}}));
    };
    const auto point = [&with](const QJsonObject &p) {
        return with(QStringLiteral("config"), QJsonObject{{QStringLiteral("point"), p}});
    };

    QTest::newRow("malformed json") << QByteArray("{\"type\":") << "json_syntax_error";
    QTest::newRow("empty object") << QByteArray("{}") << "minimum_properties";
    QTest::newRow("unknown field") << with(QStringLiteral("amount"), 5) << "unsupported_properties";
    QTest::newRow("unknown nested field")
        << point({{QStringLiteral("terminal_id"), kSbx}, {QStringLiteral("device"), 1}}) << "unsupported_properties";
    QTest::newRow("no type") << with(QStringLiteral("type"), QJsonValue::Undefined) << "required_properties";
    QTest::newRow("no external_reference")
        << with(QStringLiteral("external_reference"), QJsonValue::Undefined) << "required_properties";
    QTest::newRow("no transactions") << with(QStringLiteral("transactions"), QJsonValue::Undefined)
                                     << "required_properties";
    QTest::newRow("no amount") << with(QStringLiteral("transactions"), payments({QJsonObject()}))
                               << "required_properties";
    QTest::newRow("no terminal") << with(QStringLiteral("config"), QJsonValue::Undefined) << "required_properties";
    QTest::newRow("amount as number") << amount(24) << "property_type";
    QTest::newRow("type as number") << with(QStringLiteral("type"), 1) << "property_type";
    QTest::newRow("payments not array") << with(QStringLiteral("transactions"),
                                                QJsonObject{{QStringLiteral("payments"), 1}})
                                        << "property_type";
    QTest::newRow("no payments") << with(QStringLiteral("transactions"), payments({})) << "minimum_items";
    QTest::newRow("two payments") << with(QStringLiteral("transactions"),
                                          payments({QJsonObject{{QStringLiteral("amount"), QStringLiteral("1.00")}},
                                                    QJsonObject{{QStringLiteral("amount"), QStringLiteral("2.00")}}}))
                                  << "maximum_items";
    QTest::newRow("type qr") << with(QStringLiteral("type"), QStringLiteral("qr")) << "property_value";
    QTest::newRow("reference with space")
        << with(QStringLiteral("external_reference"), QStringLiteral("a b")) << "property_value";
    QTest::newRow("reference 65 chars") << with(QStringLiteral("external_reference"), QString(65, QLatin1Char('a')))
                                        << "property_value";
    QTest::newRow("expiration PT29S") << with(QStringLiteral("expiration_time"), QStringLiteral("PT29S"))
                                      << "property_value";
    QTest::newRow("expiration PT3H1S") << with(QStringLiteral("expiration_time"), QStringLiteral("PT3H1S"))
                                       << "property_value";
    QTest::newRow("expiration a date") << with(QStringLiteral("expiration_time"), QStringLiteral("2025-01-01"))
                                       << "property_value";
    QTest::newRow("amount zero") << amount(QStringLiteral("0.00")) << "property_value";
    QTest::newRow("amount three decimals") << amount(QStringLiteral("1.005")) << "property_value";
    QTest::newRow("amount comma") << amount(QStringLiteral("24,00")) << "property_value";
    QTest::newRow("amount negative") << amount(QStringLiteral("-5")) << "property_value";
    QTest::newRow("description 151") << with(QStringLiteral("description"), QString(151, QLatin1Char('d')))
                                     << "property_value";
    QTest::newRow("print bad") << point({{QStringLiteral("terminal_id"), kSbx},
                                         {QStringLiteral("print_on_terminal"), QStringLiteral("always")}})
                               << "property_value";
    QTest::newRow("default_type bad")
        << with(QStringLiteral("config"),
                QJsonObject{{QStringLiteral("point"), QJsonObject{{QStringLiteral("terminal_id"), kSbx}}},
                            {QStringLiteral("payment_method"),
                             QJsonObject{{QStringLiteral("default_type"), QStringLiteral("cash")}}}})
        << "property_value";
}

void TestOrdersSimulator::createOrderRejected()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    const HttpResult r = api("POST", "/v1/orders", body, {{"X-Idempotency-Key", newKey()}});
    QVERIFY2(r.status == 400, qPrintable(r.text()));
    QCOMPARE(r.code(), code);
    const QJsonObject error = r.json().value(QStringLiteral("errors")).toArray().first().toObject();
    QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
    QVERIFY(!error.value(QStringLiteral("details")).toArray().isEmpty()); // 400s carry details (1.6)
    QVERIFY(m_sim->orders().isEmpty());
    QVERIFY(m_sim->waitingOrder(kSbx).isEmpty());
}

void TestOrdersSimulator::createOrderTerminalRules()
{
    // Another seller's terminal, or one nobody has: not linked to this account.
    OrdersSimAccount other = accountFor(QStringLiteral("APP_USR-b"), QStringLiteral("99"));
    QVERIFY(m_sim->addAccount(other));
    OrdersSimTerminal foreign = terminalNamed(QStringLiteral("PAX_A910__FOREIGN"));
    foreign.ownerToken = other.token;
    QVERIFY(m_sim->addTerminal(foreign));
    HttpResult r = create(foreign.id);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.code(), QStringLiteral("forbidden_checking_terminal_owner"));
    r = create(QStringLiteral("PAX_A910__NOBODY"));
    QCOMPARE(r.code(), QStringLiteral("forbidden_checking_terminal_owner"));
    // ... and a non-test token has no virtual terminal.
    r = api("POST", "/v1/orders", createBody(QStringLiteral("PAX_A910__SBX0000001")), {{"X-Idempotency-Key", newKey()}},
            other.token);
    QCOMPARE(r.code(), QStringLiteral("forbidden_checking_terminal_owner"));

    // A test token has SBX0000001 under any model name (section 6).
    r = create(QStringLiteral("PAX_A910__SBX0000001"));
    QVERIFY2(r.status == 201, qPrintable(r.text()));
    QVERIFY(m_sim->terminal(QStringLiteral("PAX_A910__SBX0000001")));

    // One waiting order per terminal: created and at_terminal both block; a final status frees it.
    const QString first = createOk(kSbx);
    QVERIFY(!first.isEmpty());
    r = create(kSbx);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.code(), QStringLiteral("already_queued_order_for_terminal"));
    QVERIFY(m_sim->take(first));
    QCOMPARE(create(kSbx).code(), QStringLiteral("already_queued_order_for_terminal"));
    QVERIFY(m_sim->cancelOnTerminal(first));
    QVERIFY(!createOk(kSbx).isEmpty());

    // A STANDALONE terminal accepts the order; it just never picks it up.
    r = create(kStandalone);
    QCOMPARE(r.status, 201);
}

void TestOrdersSimulator::createOrderCurrencyDecimalsAndMinimum()
{
    OrdersSimAccount chile = accountFor(QStringLiteral("TEST-chile"), QStringLiteral("55"));
    chile.countryCode = QStringLiteral("CHL");
    chile.currency = QStringLiteral("CLP");
    QVERIFY(m_sim->addAccount(chile));
    const auto createAs = [this, &chile](const QString &amount) {
        return api("POST", "/v1/orders", createBody(QStringLiteral("NEWLAND_N950__SBX0000001"), amount),
                   {{"X-Idempotency-Key", newKey()}}, chile.token);
    };
    HttpResult r = createAs(QStringLiteral("2400.00"));
    QCOMPARE(r.code(), QStringLiteral("property_value"));
    r = createAs(QStringLiteral("2400"));
    QVERIFY2(r.status == 201, qPrintable(r.text()));
    QCOMPARE(r.str(QStringLiteral("currency")), QStringLiteral("CLP"));
    QCOMPARE(payment0(r.json()).value(QStringLiteral("amount")).toString(), QStringLiteral("2400"));

    OrdersSimulator::Settings settings = m_sim->settings();
    settings.minimumAmountCents = 500;
    m_sim->setSettings(settings);
    QCOMPARE(create(kSbx, newKey(), QStringLiteral("4.99")).code(), QStringLiteral("property_value"));
    QCOMPARE(create(kSbx, newKey(), QStringLiteral("5.00")).status, 201);
}

void TestOrdersSimulator::derivedAmountsKeepTheDecimals()
{
    // Amounts are echoed as received; paid, refunded and refund amounts use the same number of decimals (1.4).
    const QString id = processedOrder(QStringLiteral("120"));
    QJsonObject p = payment0(getOrder(id).json());
    QCOMPARE(p.value(QStringLiteral("amount")).toString(), QStringLiteral("120"));
    QCOMPARE(p.value(QStringLiteral("paid_amount")).toString(), QStringLiteral("120"));
    const QByteArray paymentId = m_sim->order(id)->payment.id.toLatin1();
    const HttpResult r = refund(id, "{\"transactions\":[{\"id\":\"" + paymentId + "\",\"amount\":\"20\"}]}");
    QCOMPARE(r.status, 200);
    QCOMPARE(refundsOf(r.json()).first().toObject().value(QStringLiteral("amount")).toString(), QStringLiteral("20"));
    p = payment0(getOrder(id).json());
    QCOMPARE(p.value(QStringLiteral("refunded_amount")).toString(), QStringLiteral("20"));

    const QString oneDecimal = processedOrder(QStringLiteral("10.5"));
    QCOMPARE(payment0(getOrder(oneDecimal).json()).value(QStringLiteral("paid_amount")).toString(),
             QStringLiteral("10.5"));
}

void TestOrdersSimulator::testOrderIds()
{
    OrdersSimulator::Settings settings = m_sim->settings();
    settings.testOrderIds = true;
    m_sim->setSettings(settings);
    const QString id = createOk(kSbx);
    QVERIFY2(QRegularExpression(QStringLiteral("^ORDTST[0-9A-HJKMNP-TV-Z]{26}$")).match(id).hasMatch(), qPrintable(id));
    QCOMPARE(getOrder(id).status, 200);
    QCOMPARE(cancel(id).status, 200);

    // Live tokens keep plain ids.
    OrdersSimAccount live = accountFor(QStringLiteral("APP_USR-ids"), QStringLiteral("6"));
    QVERIFY(m_sim->addAccount(live));
    OrdersSimTerminal terminal = terminalNamed(QStringLiteral("PAX_A910__IDS"));
    terminal.ownerToken = live.token;
    QVERIFY(m_sim->addTerminal(terminal));
    const HttpResult r =
        api("POST", "/v1/orders", createBody(terminal.id), {{"X-Idempotency-Key", newKey()}}, live.token);
    QVERIFY(kOrderId.match(r.str(QStringLiteral("id"))).hasMatch());
}

void TestOrdersSimulator::idempotencyReplayAndConflict()
{
    const QByteArray key = newKey();
    const HttpResult first = create(kSbx, key);
    QCOMPARE(first.status, 201);
    QVERIFY(m_sim->take(first.str(QStringLiteral("id")))); // the order changes; the replay does not
    const HttpResult again = create(kSbx, key);
    QCOMPARE(again.status, 201);
    QCOMPARE(again.body, first.body);
    QCOMPARE(m_sim->orders().size(), 1);

    const HttpResult other = create(kPax, key);
    QCOMPARE(other.status, 409);
    QCOMPARE(other.code(), QStringLiteral("idempotency_key_already_used"));
    QCOMPARE(m_sim->orders().size(), 1);

    const HttpResult fresh = create(kPax, newKey());
    QCOMPARE(fresh.status, 201);
    QVERIFY(fresh.str(QStringLiteral("id")) != first.str(QStringLiteral("id")));
    QCOMPARE(m_sim->orders().size(), 2);

    // Cancel and refund replay too: the second cancel with the key is the first 200, not a 409.
    const QString id = first.str(QStringLiteral("id"));
    const QByteArray cancelKey = newKey();
    const Headers headers{{"X-Idempotency-Key", cancelKey}, {"x-allow-cancelable-status", "at_terminal"}};
    const HttpResult c1 = api("POST", "/v1/orders/" + id.toLatin1() + "/cancel", {}, headers);
    QCOMPARE(c1.status, 202);
    const HttpResult c2 = api("POST", "/v1/orders/" + id.toLatin1() + "/cancel", {}, headers);
    QCOMPARE(c2.body, c1.body);
    QCOMPARE(c2.status, 202);
    // Same key on another path is another request.
    QCOMPARE(api("POST", "/v1/orders/" + fresh.str(QStringLiteral("id")).toLatin1() + "/cancel", {}, headers).code(),
             QStringLiteral("idempotency_key_already_used"));
}

void TestOrdersSimulator::idempotencyStoresClientErrorsNotServerErrors()
{
    // A 4xx is stored: the key that met a busy terminal keeps answering 409 after the terminal is free.
    const QString waiting = createOk(kSbx);
    const QByteArray key = newKey();
    QCOMPARE(create(kSbx, key).code(), QStringLiteral("already_queued_order_for_terminal"));
    QVERIFY(m_sim->cancelOnTerminal(waiting));
    QCOMPARE(create(kSbx, key).code(), QStringLiteral("already_queued_order_for_terminal"));
    QCOMPARE(create(kSbx, newKey()).status, 201);

    // A 5xx is not: the retry with the same key runs the operation.
    m_sim->failIdempotencyValidation(1);
    const QByteArray retryKey = newKey();
    HttpResult r = create(kPax, retryKey);
    QCOMPARE(r.status, 500);
    QCOMPARE(r.code(), QStringLiteral("idempotency_validation_failed"));
    QVERIFY(m_sim->waitingOrder(kPax).isEmpty());
    r = create(kPax, retryKey);
    QCOMPARE(r.status, 201);
    QCOMPARE(m_sim->waitingOrder(kPax), r.str(QStringLiteral("id")));
}

void TestOrdersSimulator::idempotencyHeaderRules_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<int>("expectedStatus");
    QTest::addColumn<QString>("code");
    for (const QString &endpoint : {QStringLiteral("create"), QStringLiteral("cancel"), QStringLiteral("refund")}) {
        const QByteArray e = endpoint.toLatin1();
        QTest::newRow(QByteArray(e + " missing").constData())
            << endpoint << QByteArray() << 400 << "empty_required_header";
        QTest::newRow(QByteArray(e + " 129 chars").constData())
            << endpoint << QByteArray(129, 'k') << 400 << "invalid_idempotency_key_length";
        QTest::newRow(QByteArray(e + " 128 chars").constData()) << endpoint << QByteArray(128, 'k') << 0 << "";
    }
}

void TestOrdersSimulator::idempotencyHeaderRules()
{
    QFETCH(QString, endpoint);
    QFETCH(QByteArray, key);
    QFETCH(int, expectedStatus);
    QFETCH(QString, code);
    const QString processed = processedOrder();
    const QString waiting = createOk(kPax);
    QVERIFY(!processed.isEmpty() && !waiting.isEmpty());
    Headers headers;
    if (!key.isEmpty())
        headers.append({"X-Idempotency-Key", key});
    HttpResult r;
    if (endpoint == QLatin1String("create"))
        r = api("POST", "/v1/orders", createBody(kStandalone), headers);
    else if (endpoint == QLatin1String("cancel"))
        r = api("POST", "/v1/orders/" + waiting.toLatin1() + "/cancel", {}, headers);
    else
        r = api("POST", "/v1/orders/" + processed.toLatin1() + "/refund", {}, headers);
    if (expectedStatus == 0) {
        QVERIFY2(r.status >= 200 && r.status < 300, qPrintable(r.text()));
        return;
    }
    QCOMPARE(r.status, expectedStatus);
    QCOMPARE(r.code(), code);
    QCOMPARE(status(waiting), QStringLiteral("created"));
    QCOMPARE(status(processed), QStringLiteral("processed"));
}

void TestOrdersSimulator::idempotencyScopeAndLifetime()
{
    // Keys are per token: another seller's identical key is a new operation.
    OrdersSimAccount other = accountFor(QStringLiteral("TEST-other"), QStringLiteral("98"));
    QVERIFY(m_sim->addAccount(other));
    const QByteArray key = newKey();
    QCOMPARE(create(kSbx, key).status, 201);
    const HttpResult r = api("POST", "/v1/orders", createBody(kSbx), {{"X-Idempotency-Key", key}}, other.token);
    QCOMPARE(r.status, 201); // the other account's virtual SBX terminal
    QCOMPARE(m_sim->orders().size(), 2);

    // After the key's lifetime the same key is new: here it meets the busy terminal instead of a replay.
    m_sim->setIdempotencyKeyLifetimeMs(200);
    const QByteArray shortKey = newKey();
    const HttpResult first = create(kPax, shortKey);
    QCOMPARE(first.status, 201);
    QCOMPARE(create(kPax, shortKey).body, first.body);
    QTest::qWait(300);
    QCOMPARE(create(kPax, shortKey).code(), QStringLiteral("already_queued_order_for_terminal"));
}

void TestOrdersSimulator::getOrder()
{
    const HttpResult created = create(kSbx);
    const QString id = created.str(QStringLiteral("id"));
    HttpResult r = getOrder(id);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json(), created.json());
    QVERIFY(m_sim->take(id));
    r = getOrder(id);
    QCOMPARE(r.str(QStringLiteral("status")), QStringLiteral("at_terminal"));
    QCOMPARE(payment0(r.json()).value(QStringLiteral("status_detail")).toString(), QStringLiteral("at_terminal"));
    QVERIFY(r.str(QStringLiteral("last_updated_date")) > r.str(QStringLiteral("created_date")));
    QCOMPARE(r.str(QStringLiteral("created_date")), created.str(QStringLiteral("created_date")));
}

void TestOrdersSimulator::getOrderErrors()
{
    for (const QByteArray &bad :
         {QByteArray("123"), QByteArray("ORD01JQ4S4KY8HWQ6NA5PXB65B3D"), QByteArray("ORD01JQ4S4KY8HWQ6NA5PXB65B3DUU"),
          QByteArray("ord01jq4s4ky8hwq6na5pxb65b3d3"), QByteArray("PAY01JQ4S4KY8HWQ6NA5PXB65B3D3"),
          QByteArray("ORD01JQ4S4KY8HWQ6NA5PXB65B3DI")}) {
        const HttpResult r = api("GET", "/v1/orders/" + bad);
        QVERIFY2(r.status == 400, bad.constData());
        QCOMPARE(r.code(), QStringLiteral("invalid_path_param"));
        QCOMPARE(r.json()
                     .value(QStringLiteral("errors"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString(),
                 QStringLiteral("path param order id is invalid"));
    }
    HttpResult r = api("GET", "/v1/orders/ORD00001111222233334444555566");
    QCOMPARE(r.status, 404);
    QCOMPARE(r.code(), QStringLiteral("order_not_found"));

    const QString id = createOk(kSbx);
    OrdersSimAccount other = accountFor(QStringLiteral("TEST-x"), QStringLiteral("1"));
    QVERIFY(m_sim->addAccount(other));
    QCOMPARE(api("GET", "/v1/orders/" + id.toLatin1(), {}, {}, other.token).code(), QStringLiteral("order_not_found"));
    QVERIFY(m_sim->ageOrder(id, 80));
    QCOMPARE(getOrder(id).status, 200);
    QVERIFY(m_sim->ageOrder(id, 15)); // 95 days: older than three months
    QCOMPARE(getOrder(id).code(), QStringLiteral("order_not_found"));
}

// --- 4. the status machine ------------------------------------------------------------------------------

void TestOrdersSimulator::terminalTakesAfterDelayOnlyInPdv()
{
    OrdersSimulator::Settings settings = m_sim->settings();
    settings.takeDelayMs = 100;
    m_sim->setSettings(settings);
    const QString pdv = createOk(kSbx);
    const QString standalone = createOk(kStandalone);
    QCOMPARE(status(pdv), QStringLiteral("created"));
    QTRY_COMPARE_WITH_TIMEOUT(status(pdv), QStringLiteral("at_terminal"), 3000);
    QCOMPARE(getOrder(pdv).str(QStringLiteral("status_detail")), QStringLiteral("at_terminal"));
    QTest::qWait(200);
    QCOMPARE(status(standalone), QStringLiteral("created"));
    QCOMPARE(m_sim->waitingOrder(kStandalone), standalone);
}

void TestOrdersSimulator::expiryFromCreation()
{
    OrdersSimulator::Settings settings = m_sim->settings();
    settings.expirationScale = 0.01; // PT30S -> 300 ms, PT1M -> 600 ms
    m_sim->setSettings(settings);
    const HttpResult shortOne = api(
        "POST", "/v1/orders", createBody(kSbx, QStringLiteral("1.00"), QStringLiteral("a"), QStringLiteral("PT30S")),
        {{"X-Idempotency-Key", newKey()}});
    const HttpResult longOne =
        api("POST", "/v1/orders", createBody(kPax, QStringLiteral("1.00"), QStringLiteral("b"), QStringLiteral("PT1M")),
            {{"X-Idempotency-Key", newKey()}});
    const QString a = shortOne.str(QStringLiteral("id"));
    const QString b = longOne.str(QStringLiteral("id"));
    QVERIFY(m_sim->take(b)); // at_terminal orders expire too; the timer runs from creation
    QElapsedTimer timer;
    timer.start();
    QTRY_COMPARE_WITH_TIMEOUT(status(a), QStringLiteral("expired"), 3000);
    QVERIFY(timer.elapsed() >= 250);
    QCOMPARE(status(b), QStringLiteral("at_terminal"));
    QTRY_COMPARE_WITH_TIMEOUT(status(b), QStringLiteral("expired"), 3000);
    const QJsonObject o = getOrder(b).json();
    QCOMPARE(o.value(QStringLiteral("status_detail")).toString(), QStringLiteral("expired"));
    QCOMPARE(payment0(o).value(QStringLiteral("status")).toString(), QStringLiteral("expired"));
    QVERIFY(m_sim->waitingOrder(kSbx).isEmpty());
    QVERIFY(m_sim->waitingOrder(kPax).isEmpty());
    QVERIFY(!m_sim->expire(a)); // final: no way out
}

void TestOrdersSimulator::terminalResults_data()
{
    QTest::addColumn<bool>("approved");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<int>("cardType");
    QTest::addColumn<QString>("brand");
    QTest::addColumn<int>("installments");
    QTest::addColumn<QString>("lastDigits");
    QTest::newRow("credit master 6") << true << "" << int(CardType::Credit) << "master" << 6 << "1234";
    QTest::newRow("debit visa") << true << "" << int(CardType::Debit) << "debvisa" << 1 << "9876";
    QTest::newRow("declined funds") << false << "insufficient_amount" << int(CardType::Credit) << "visa" << 1 << "4242";
    QTest::newRow("declined high risk") << false << "high_risk" << int(CardType::Debit) << "debmaster" << 1 << "0001";
    QTest::newRow("failed generic") << false << "" << int(CardType::Credit) << "amex" << 3 << "0005";
}

void TestOrdersSimulator::terminalResults()
{
    QFETCH(bool, approved);
    QFETCH(QString, detail);
    QFETCH(int, cardType);
    QFETCH(QString, brand);
    QFETCH(int, installments);
    QFETCH(QString, lastDigits);
    const QString id = createOk(kSbx, QStringLiteral("150.00"));
    QVERIFY(m_sim->take(id));
    OrdersSimPaymentResult result;
    result.approved = approved;
    result.statusDetail = detail;
    result.cardType = CardType(cardType);
    result.methodId = brand;
    result.installments = installments;
    result.lastDigits = lastDigits;
    QVERIFY(m_sim->pay(id, result));
    QVERIFY(!m_sim->pay(id, result)); // a final order takes no second result
    const QJsonObject o = getOrder(id).json();
    const QJsonObject p = payment0(o);
    const QJsonObject method = p.value(QStringLiteral("payment_method")).toObject();
    QCOMPARE(method.value(QStringLiteral("type")).toString(), CardTypes::toApi(CardType(cardType)));
    QCOMPARE(method.value(QStringLiteral("id")).toString(), brand);
    QCOMPARE(method.value(QStringLiteral("installments")).toInt(),
             cardType == int(CardType::Credit) ? installments : 1);
    QCOMPARE(p.value(QStringLiteral("card")).toObject().value(QStringLiteral("last_digits")).toString(), lastDigits);
    if (approved) {
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("processed"));
        QCOMPARE(p.value(QStringLiteral("status")).toString(), QStringLiteral("processed"));
        QCOMPARE(p.value(QStringLiteral("status_detail")).toString(), QStringLiteral("accredited"));
        QCOMPARE(p.value(QStringLiteral("paid_amount")).toString(), QStringLiteral("150.00"));
        QCOMPARE(p.value(QStringLiteral("refunded_amount")).toString(), QStringLiteral("0.00"));
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9]+$"))
                    .match(p.value(QStringLiteral("reference_id")).toString())
                    .hasMatch());
    } else {
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(o.value(QStringLiteral("status_detail")).toString(), QStringLiteral("failed"));
        QCOMPARE(p.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(p.value(QStringLiteral("status_detail")).toString(),
                 detail.isEmpty() ? QStringLiteral("failed") : detail);
        QVERIFY(!p.contains(QStringLiteral("reference_id")));
    }
    QVERIFY(m_sim->waitingOrder(kSbx).isEmpty());
}

void TestOrdersSimulator::actionRequired()
{
    const QString direct = createOk(kSbx);
    QVERIFY(!m_sim->requireAction(direct)); // only from at_terminal
    QVERIFY(m_sim->take(direct));
    QVERIFY(m_sim->requireAction(direct));
    QJsonObject o = getOrder(direct).json();
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("action_required"));
    QCOMPARE(payment0(o).value(QStringLiteral("status_detail")).toString(), QStringLiteral("check_on_terminal"));
    QVERIFY(!m_sim->pay(direct, {})); // action_required does not change afterwards
    QVERIFY(!m_sim->expire(direct));

    // No result some time after the customer began paying.
    OrdersSimulator::Settings settings = m_sim->settings();
    settings.noResultActionRequiredMs = 100;
    m_sim->setSettings(settings);
    const QString slow = createOk(kPax);
    QVERIFY(m_sim->take(slow));
    QVERIFY(m_sim->beginPayment(slow));
    QTRY_COMPARE_WITH_TIMEOUT(status(slow), QStringLiteral("action_required"), 3000);
    const QString paid = createOk(kSbx);
    QVERIFY(m_sim->take(paid));
    QVERIFY(m_sim->beginPayment(paid));
    QVERIFY(m_sim->pay(paid, {}));
    QTest::qWait(200);
    QCOMPARE(status(paid), QStringLiteral("processed"));
}

// --- 3.3 cancel -----------------------------------------------------------------------------------------

void TestOrdersSimulator::cancelByStatus_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QByteArray>("header"); // x-allow-cancelable-status; "-" = absent
    QTest::addColumn<bool>("terminalSupports");
    QTest::addColumn<int>("expectedStatus");
    QTest::addColumn<QString>("code");
    QTest::newRow("created") << "created" << QByteArray("-") << true << 200 << "";
    QTest::newRow("created, header ignored") << "created" << QByteArray("at_terminal") << true << 200 << "";
    QTest::newRow("at_terminal with header") << "at_terminal" << QByteArray("at_terminal") << true << 202 << "";
    QTest::newRow("at_terminal no header") << "at_terminal" << QByteArray("-") << true << 409 << "cannot_cancel_order";
    QTest::newRow("at_terminal wrong value")
        << "at_terminal" << QByteArray("AT_TERMINAL") << true << 409 << "cannot_cancel_order";
    QTest::newRow("at_terminal incompatible")
        << "at_terminal" << QByteArray("at_terminal") << false << 409 << "cannot_cancel_order";
    QTest::newRow("canceled") << "canceled" << QByteArray("at_terminal") << true << 409 << "order_already_canceled";
    QTest::newRow("processed") << "processed" << QByteArray("at_terminal") << true << 409 << "cannot_cancel_order";
    QTest::newRow("failed") << "failed" << QByteArray("-") << true << 409 << "cannot_cancel_order";
    QTest::newRow("expired") << "expired" << QByteArray("-") << true << 409 << "cannot_cancel_order";
    QTest::newRow("action_required") << "action_required" << QByteArray("at_terminal") << true << 409
                                     << "cannot_cancel_order";
}

void TestOrdersSimulator::cancelByStatus()
{
    QFETCH(QString, setup);
    QFETCH(QByteArray, header);
    QFETCH(bool, terminalSupports);
    QFETCH(int, expectedStatus);
    QFETCH(QString, code);
    QVERIFY(m_sim->setAtTerminalCancel(kSbx, terminalSupports));
    const QString id = createOk(kSbx);
    if (setup != QLatin1String("created"))
        QVERIFY(m_sim->take(id));
    OrdersSimPaymentResult declined;
    declined.approved = false;
    if (setup == QLatin1String("canceled"))
        QVERIFY(m_sim->cancelOnTerminal(id));
    else if (setup == QLatin1String("processed"))
        QVERIFY(m_sim->pay(id, {}));
    else if (setup == QLatin1String("failed"))
        QVERIFY(m_sim->pay(id, declined));
    else if (setup == QLatin1String("expired"))
        QVERIFY(m_sim->expire(id));
    else if (setup == QLatin1String("action_required"))
        QVERIFY(m_sim->requireAction(id));
    QCOMPARE(status(id), setup);

    Headers headers;
    if (header != "-")
        headers.append({"x-allow-cancelable-status", header});
    const HttpResult r = cancel(id, headers);
    QVERIFY2(r.status == expectedStatus, qPrintable(r.text()));
    const QJsonObject o = r.json();
    if (expectedStatus == 200) {
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("canceled"));
        QCOMPARE(o.value(QStringLiteral("status_detail")).toString(), QStringLiteral("canceled"));
        QCOMPARE(payment0(o).value(QStringLiteral("status")).toString(), QStringLiteral("canceled"));
        QCOMPARE(payment0(o).value(QStringLiteral("status_detail")).toString(), QStringLiteral("canceled_by_api"));
        QCOMPARE(o.value(QStringLiteral("external_reference")).toString(), QStringLiteral("ref_1")); // full order
        QVERIFY(m_sim->waitingOrder(kSbx).isEmpty());
    } else if (expectedStatus == 202) {
        QCOMPARE(o.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("at_terminal"));
        QCOMPARE(o.value(QStringLiteral("status_detail")).toString(), QStringLiteral("at_terminal"));
        QCOMPARE(payment0(o).value(QStringLiteral("status")).toString(), QStringLiteral("at_terminal"));
        QCOMPARE(payment0(o).value(QStringLiteral("status_detail")).toString(),
                 QStringLiteral("cancellation_requested"));
        QCOMPARE(status(id), QStringLiteral("at_terminal")); // not a confirmation
    } else {
        QCOMPARE(r.code(), code);
        QCOMPARE(status(id), setup);
    }
}

void TestOrdersSimulator::cancelAtTerminalCompletes()
{
    const QString id = createOk(kSbx);
    QVERIFY(m_sim->take(id));
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(cancel(id, {{"x-allow-cancelable-status", "at_terminal"}}).status, 202);
    QTest::qWait(30);
    const HttpResult again = cancel(id, {{"x-allow-cancelable-status", "at_terminal"}});
    QCOMPARE(again.status, 202); // repeated while requested
    QTRY_COMPARE_WITH_TIMEOUT(status(id), QStringLiteral("canceled"), 3000);
    QVERIFY(timer.elapsed() >= 90);
    const QJsonObject o = getOrder(id).json();
    QCOMPARE(o.value(QStringLiteral("status_detail")).toString(), QStringLiteral("canceled"));
    QCOMPARE(payment0(o).value(QStringLiteral("status_detail")).toString(), QStringLiteral("canceled_by_api"));
    QVERIFY(m_sim->waitingOrder(kSbx).isEmpty());
    QCOMPARE(cancel(id).code(), QStringLiteral("order_already_canceled"));
}

void TestOrdersSimulator::cancelAtTerminalPaymentWins()
{
    const QString id = createOk(kSbx);
    QVERIFY(m_sim->take(id));
    QVERIFY(m_sim->setPaymentWinsCancel(id, true));
    QCOMPARE(cancel(id, {{"x-allow-cancelable-status", "at_terminal"}}).status, 202);
    QTRY_COMPARE_WITH_TIMEOUT(status(id), QStringLiteral("processed"), 3000);
    QCOMPARE(payment0(getOrder(id).json()).value(QStringLiteral("status_detail")).toString(),
             QStringLiteral("accredited"));

    // The customer may also finish on the device before the cancel lands.
    const QString raced = createOk(kPax);
    QVERIFY(m_sim->take(raced));
    QCOMPARE(cancel(raced, {{"x-allow-cancelable-status", "at_terminal"}}).status, 202);
    QVERIFY(m_sim->pay(raced, {}));
    QTest::qWait(200);
    QCOMPARE(status(raced), QStringLiteral("processed"));
}

void TestOrdersSimulator::cancelErrors()
{
    HttpResult r = cancel(QStringLiteral("ORD-bad"));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.code(), QStringLiteral("bad_request"));
    r = cancel(QStringLiteral("ORD00001111222233334444555566"));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.code(), QStringLiteral("order_not_found"));
    const QString id = createOk(kSbx);
    OrdersSimAccount other = accountFor(QStringLiteral("TEST-y"), QStringLiteral("2"));
    QVERIFY(m_sim->addAccount(other));
    r = api("POST", "/v1/orders/" + id.toLatin1() + "/cancel", {}, {{"X-Idempotency-Key", newKey()}}, other.token);
    QCOMPARE(r.code(), QStringLiteral("order_not_found"));
    QCOMPARE(status(id), QStringLiteral("created"));
}

// --- 3.4 refund -----------------------------------------------------------------------------------------

void TestOrdersSimulator::refundTotal_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("no body") << QByteArray();
    QTest::newRow("empty object") << QByteArray("{}");
}

void TestOrdersSimulator::refundTotal()
{
    QFETCH(QByteArray, body);
    const QString id = processedOrder(QStringLiteral("24.00"));
    const QString paymentId = m_sim->order(id)->payment.id;
    const HttpResult r = refund(id, body);
    QVERIFY2(r.status == 200, qPrintable(r.text()));
    QCOMPARE(r.str(QStringLiteral("id")), id);
    QCOMPARE(r.str(QStringLiteral("status")), QStringLiteral("refunded"));
    QCOMPARE(r.str(QStringLiteral("status_detail")), QStringLiteral("refunded"));
    const QJsonArray refunds = refundsOf(r.json());
    QCOMPARE(refunds.size(), 1);
    const QJsonObject entry = refunds.first().toObject();
    QVERIFY(kRefundId.match(entry.value(QStringLiteral("id")).toString()).hasMatch());
    QCOMPARE(entry.value(QStringLiteral("transaction_id")).toString(), paymentId);
    QCOMPARE(entry.value(QStringLiteral("amount")).toString(), QStringLiteral("24.00"));
    QCOMPARE(entry.value(QStringLiteral("status")).toString(), QStringLiteral("processed"));
    QVERIFY(!entry.value(QStringLiteral("reference_id")).toString().isEmpty());

    const QJsonObject o = getOrder(id).json();
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("refunded"));
    QCOMPARE(payment0(o).value(QStringLiteral("status")).toString(), QStringLiteral("refunded"));
    QCOMPARE(payment0(o).value(QStringLiteral("refunded_amount")).toString(), QStringLiteral("24.00"));
    QCOMPARE(refundsOf(o).first().toObject(), entry);
    const HttpResult again = refund(id, body);
    QCOMPARE(again.status, 409);
    QCOMPARE(again.code(), QStringLiteral("order_already_refunded"));
}

void TestOrdersSimulator::refundPartialAndBalance()
{
    const QString id = processedOrder(QStringLiteral("24.00"));
    const QByteArray paymentId = m_sim->order(id)->payment.id.toLatin1();
    const auto partial = [&paymentId](const QByteArray &amount) -> QByteArray {
        return "{\"transactions\":[{\"id\":\"" + paymentId + "\",\"amount\":\"" + amount + "\"}]}";
    };
    HttpResult r = refund(id, partial("10.50"));
    QVERIFY2(r.status == 200, qPrintable(r.text()));
    QCOMPARE(r.str(QStringLiteral("status")), QStringLiteral("processed"));
    QCOMPARE(r.str(QStringLiteral("status_detail")), QStringLiteral("partially_refunded"));
    QCOMPARE(refundsOf(r.json()).first().toObject().value(QStringLiteral("amount")).toString(),
             QStringLiteral("10.50"));
    QJsonObject o = getOrder(id).json();
    QCOMPARE(payment0(o).value(QStringLiteral("status_detail")).toString(), QStringLiteral("partially_refunded"));
    QCOMPARE(payment0(o).value(QStringLiteral("refunded_amount")).toString(), QStringLiteral("10.50"));

    // Over the remaining 13.50: refused, nothing changes.
    r = refund(id, partial("13.51"));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.code(), QStringLiteral("refund_amount_exceeds"));
    QCOMPARE(m_sim->order(id)->payment.refundedCents, 1050);

    r = refund(id, partial("3.5"));
    QCOMPARE(r.status, 200);
    QCOMPARE(refundsOf(r.json()).first().toObject().value(QStringLiteral("amount")).toString(), QStringLiteral("3.50"));
    // A total refund now takes the remainder, 10.00, and the order is refunded.
    r = refund(id);
    QCOMPARE(r.str(QStringLiteral("status")), QStringLiteral("refunded"));
    QCOMPARE(refundsOf(r.json()).first().toObject().value(QStringLiteral("amount")).toString(),
             QStringLiteral("10.00"));
    o = getOrder(id).json();
    QCOMPARE(refundsOf(o).size(), 3);
    QCOMPARE(payment0(o).value(QStringLiteral("refunded_amount")).toString(), QStringLiteral("24.00"));

    // Partial refunds that reach the whole amount make the order refunded too.
    const QString second = processedOrder(QStringLiteral("20.00"));
    const QByteArray secondPayment = m_sim->order(second)->payment.id.toLatin1();
    for (const QByteArray &half : {QByteArray("10.00"), QByteArray("10.00")}) {
        r = refund(second, "{\"transactions\":[{\"id\":\"" + secondPayment + "\",\"amount\":\"" + half + "\"}]}");
        QCOMPARE(r.status, 200);
    }
    QCOMPARE(status(second), QStringLiteral("refunded"));
}

void TestOrdersSimulator::refundErrors()
{
    const QString id = processedOrder();
    const QByteArray paymentId = m_sim->order(id)->payment.id.toLatin1();
    HttpResult r = refund(id, "{\"transactions\":[{\"id\":\"PAY01J67CQQH5904WDBVZEM4JMEP3\",\"amount\":\"1.00\"}]}");
    QCOMPARE(r.status, 404);
    QCOMPARE(r.code(), QStringLiteral("transaction_not_found"));
    for (const QByteArray &bad : {QByteArray("{nope"), QByteArray("{\"x\":1}"), QByteArray("{\"transactions\":[]}"),
                                  QByteArray("{\"transactions\":[{\"id\":\"" + paymentId + "\",\"amount\":1}]}"),
                                  QByteArray("{\"transactions\":[{\"id\":\"" + paymentId + "\",\"amount\":\"0\"}]}")}) {
        r = refund(id, bad);
        QVERIFY2(r.status == 400 && r.code() == QLatin1String("bad_request"), qPrintable(r.text()));
    }
    QCOMPARE(refund(QStringLiteral("ORD123")).code(), QStringLiteral("invalid_path_param"));
    QCOMPARE(refund(QStringLiteral("ORD00001111222233334444555566")).code(), QStringLiteral("order_not_found"));

    // Another user's token.
    OrdersSimAccount other = accountFor(QStringLiteral("APP_USR-z"), QStringLiteral("3"));
    QVERIFY(m_sim->addAccount(other));
    r = refund(id, {}, other.token);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.code(), QStringLiteral("user_not_authorized"));

    // Only processed orders: a waiting order cannot be refunded.
    const QString waiting = createOk(kPax);
    QCOMPARE(refund(waiting).code(), QStringLiteral("cannot_refund_order"));
    QCOMPARE(refund(waiting).status, 409);

    // A tip forbids partial refunds but not a total one.
    QVERIFY(m_sim->addTip(id, Money::fromCents(300)));
    QCOMPARE(payment0(getOrder(id).json()).value(QStringLiteral("paid_amount")).toString(), QStringLiteral("27.00"));
    r = refund(id, "{\"transactions\":[{\"id\":\"" + paymentId + "\",\"amount\":\"1.00\"}]}");
    QCOMPARE(r.status, 403);
    QCOMPARE(r.code(), QStringLiteral("partial_refund_forbidden_with_tips"));
    r = refund(id);
    QCOMPARE(refundsOf(r.json()).first().toObject().value(QStringLiteral("amount")).toString(),
             QStringLiteral("27.00"));

    // After 90 days the window is closed.
    const QString old = processedOrder();
    QVERIFY(m_sim->ageOrder(old, 91));
    r = refund(old);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.code(), QStringLiteral("refund_period_exceeded"));
}

void TestOrdersSimulator::refundSwitches()
{
    OrdersSimulator::Settings settings = m_sim->settings();
    settings.refundSuccessStatus = 201;
    settings.totalRefundsProcessing = true;
    m_sim->setSettings(settings);
    const QString id = processedOrder();
    HttpResult r = refund(id);
    QCOMPARE(r.status, 201);
    QCOMPARE(refundsOf(r.json()).first().toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("processing"));
    QCOMPARE(refund(id).code(), QStringLiteral("refund_in_progress"));
    r = getOrder(id); // the later GET sees it done
    QCOMPARE(refundsOf(r.json()).first().toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("processed"));
    QCOMPARE(refund(id).code(), QStringLiteral("order_already_refunded"));
}

// --- 3.5 events -----------------------------------------------------------------------------------------

void TestOrdersSimulator::events_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("orderStatus");
    QTest::addColumn<QString>("orderDetail");
    QTest::addColumn<QString>("paymentStatus");
    QTest::addColumn<QString>("paymentDetail");
    QTest::newRow("processed defaults") << QByteArray("{\"status\":\"processed\"}") << "processed"
                                        << "accredited"
                                        << "processed"
                                        << "accredited";
    QTest::newRow("processed full")
        << QByteArray("{\"status\":\"processed\",\"payment_method_type\":\"credit_card\",\"installments\":3,"
                      "\"payment_method_id\":\"master\",\"status_detail\":\"accredited\"}")
        << "processed"
        << "accredited"
        << "processed"
        << "accredited";
    QTest::newRow("failed default") << QByteArray("{\"status\":\"failed\"}") << "failed"
                                    << "failed"
                                    << "failed"
                                    << "failed";
    QTest::newRow("failed funds") << QByteArray("{\"status\":\"failed\",\"status_detail\":\"insufficient_amount\"}")
                                  << "failed"
                                  << "failed"
                                  << "failed"
                                  << "insufficient_amount";
    QTest::newRow("canceled") << QByteArray("{\"status\":\"canceled\"}") << "canceled"
                              << "canceled"
                              << "canceled"
                              << "canceled_on_terminal";
    QTest::newRow("expired") << QByteArray("{\"status\":\"expired\"}") << "expired"
                             << "expired"
                             << "expired"
                             << "expired";
    QTest::newRow("action_required") << QByteArray("{\"status\":\"action_required\"}") << "action_required"
                                     << "check_on_terminal"
                                     << "action_required"
                                     << "check_on_terminal";
}

void TestOrdersSimulator::events()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, orderStatus);
    QFETCH(QString, orderDetail);
    QFETCH(QString, paymentStatus);
    QFETCH(QString, paymentDetail);
    const QString id = createOk(kSbx);
    QStringList seen;
    connect(m_sim.get(), &OrdersSimulator::orderChanged, this, [&]() { seen << status(id); });
    const HttpResult r = api("POST", "/v1/orders/" + id.toLatin1() + "/events", body);
    QVERIFY2(r.status == 204, qPrintable(r.text()));
    QVERIFY(r.body.isEmpty());
    QCOMPARE(status(id), QStringLiteral("created")); // asynchronous
    QTRY_COMPARE_WITH_TIMEOUT(status(id), orderStatus, 3000);
    QCOMPARE(seen, (QStringList{QStringLiteral("at_terminal"), orderStatus})); // through at_terminal
    const QJsonObject o = getOrder(id).json();
    QCOMPARE(o.value(QStringLiteral("status_detail")).toString(), orderDetail);
    QCOMPARE(payment0(o).value(QStringLiteral("status")).toString(), paymentStatus);
    QCOMPARE(payment0(o).value(QStringLiteral("status_detail")).toString(), paymentDetail);
    if (orderStatus == QLatin1String("processed")) {
        const QJsonObject method = payment0(o).value(QStringLiteral("payment_method")).toObject();
        const QJsonObject request = QJsonDocument::fromJson(body).object();
        QCOMPARE(method.value(QStringLiteral("id")).toString(),
                 request.value(QStringLiteral("payment_method_id")).toString(QStringLiteral("visa")));
        QCOMPARE(method.value(QStringLiteral("installments")).toInt(),
                 request.value(QStringLiteral("installments")).toInt(1));
        QCOMPARE(payment0(o).value(QStringLiteral("paid_amount")).toString(), QStringLiteral("24.00"));
        // refunded is the one event that starts from processed, and skips at_terminal.
        QCOMPARE(api("POST", "/v1/orders/" + id.toLatin1() + "/events", "{\"status\":\"refunded\"}").status, 204);
        QTRY_COMPARE_WITH_TIMEOUT(status(id), QStringLiteral("refunded"), 3000);
        const QJsonObject refunded = getOrder(id).json();
        QCOMPARE(payment0(refunded).value(QStringLiteral("refunded_amount")).toString(), QStringLiteral("24.00"));
        QCOMPARE(refundsOf(refunded).size(), 1);
    }
}

void TestOrdersSimulator::eventErrors_data()
{
    QTest::addColumn<QString>("orderKind"); // "waiting", "processed", "bad id", "unknown", "foreign"
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("expectedStatus");
    QTest::addColumn<QString>("code");
    QTest::newRow("bad id") << "bad id" << QByteArray("{\"status\":\"processed\"}") << 400 << "bad_request";
    QTest::newRow("unknown order") << "unknown" << QByteArray("{\"status\":\"processed\"}") << 404 << "order_not_found";
    QTest::newRow("order of a live token")
        << "foreign" << QByteArray("{\"status\":\"processed\"}") << 404 << "order_not_found";
    QTest::newRow("no status") << "waiting" << QByteArray("{}") << 400 << "bad_request";
    QTest::newRow("unknown status") << "waiting" << QByteArray("{\"status\":\"paid\"}") << 400 << "bad_request";
    QTest::newRow("extra field") << "waiting" << QByteArray("{\"status\":\"processed\",\"x\":1}") << 400
                                 << "bad_request";
    QTest::newRow("not json") << "waiting" << QByteArray("status=processed") << 400 << "bad_request";
    QTest::newRow("brand with canceled") << "waiting"
                                         << QByteArray("{\"status\":\"canceled\",\"payment_method_id\":\"visa\"}")
                                         << 400 << "bad_request";
    QTest::newRow("installments with debit")
        << "waiting"
        << QByteArray("{\"status\":\"processed\",\"payment_method_type\":\"debit_card\",\"installments\":3}") << 400
        << "bad_request";
    QTest::newRow("failed detail with processed")
        << "waiting" << QByteArray("{\"status\":\"processed\",\"status_detail\":\"high_risk\"}") << 400
        << "bad_request";
    QTest::newRow("unknown brand") << "waiting"
                                   << QByteArray("{\"status\":\"processed\",\"payment_method_id\":\"elo\"}") << 400
                                   << "bad_request";
    QTest::newRow("refunded while waiting")
        << "waiting" << QByteArray("{\"status\":\"refunded\"}") << 400 << "bad_request";
    QTest::newRow("failed after processed")
        << "processed" << QByteArray("{\"status\":\"failed\"}") << 400 << "bad_request";
}

void TestOrdersSimulator::eventErrors()
{
    QFETCH(QString, orderKind);
    QFETCH(QByteArray, body);
    QFETCH(int, expectedStatus);
    QFETCH(QString, code);
    OrdersSimAccount live = accountFor(QStringLiteral("APP_USR-live"), QStringLiteral("4"));
    QVERIFY(m_sim->addAccount(live));
    OrdersSimTerminal liveTerminal = terminalNamed(QStringLiteral("PAX_A910__LIVE1"));
    liveTerminal.ownerToken = live.token;
    QVERIFY(m_sim->addTerminal(liveTerminal));
    QString id;
    QString token;
    if (orderKind == QLatin1String("waiting")) {
        id = createOk(kSbx);
    } else if (orderKind == QLatin1String("processed")) {
        id = processedOrder();
    } else if (orderKind == QLatin1String("bad id")) {
        id = QStringLiteral("ORD_not_a_ulid");
    } else if (orderKind == QLatin1String("unknown")) {
        id = QStringLiteral("ORD00001111222233334444555566");
    } else {
        // An order made with live credentials, then asked about by a test token of the same seller.
        const HttpResult r =
            api("POST", "/v1/orders", createBody(liveTerminal.id), {{"X-Idempotency-Key", newKey()}}, live.token);
        QCOMPARE(r.status, 201);
        id = r.str(QStringLiteral("id"));
    }
    const QString before = status(id);
    const HttpResult r = api("POST", "/v1/orders/" + id.toLatin1() + "/events", body, {}, token);
    QVERIFY2(r.status == expectedStatus, qPrintable(r.text()));
    QCOMPARE(r.code(), code);
    QTest::qWait(100);
    QCOMPARE(status(id), before);

    // Live credentials may not simulate at all.
    const HttpResult forbidden =
        api("POST", "/v1/orders/" + id.toLatin1() + "/events", "{\"status\":\"processed\"}", {}, live.token);
    QCOMPARE(forbidden.status, 403);
    QCOMPARE(forbidden.code(), QStringLiteral("forbidden"));
}

// --- faults -----------------------------------------------------------------------------------------------

void TestOrdersSimulator::faultLatency()
{
    SimFault fault;
    fault.kind = SimFault::Kind::Latency;
    fault.latencyMs = 600;
    fault.pathPrefix = QStringLiteral("/v1/orders");
    m_sim->injectFault(fault);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(api("GET", "/terminals/v1/list").status, 200); // another path: not delayed
    QVERIFY(timer.elapsed() < 600);
    timer.restart();
    const HttpResult r = create(kSbx);
    QCOMPARE(r.status, 201);
    QVERIFY(timer.elapsed() >= 580);
    QCOMPARE(m_sim->pendingFaultCount(), 0);
}

void TestOrdersSimulator::faultServerError_data()
{
    QTest::addColumn<bool>("afterStore");
    QTest::addColumn<int>("httpStatus");
    QTest::newRow("503 before store") << false << 503;
    QTest::newRow("500 after store") << true << 500;
}

void TestOrdersSimulator::faultServerError()
{
    QFETCH(bool, afterStore);
    QFETCH(int, httpStatus);
    SimFault fault;
    fault.kind = SimFault::Kind::ServerError;
    fault.httpStatus = httpStatus;
    fault.afterStore = afterStore;
    fault.method = QStringLiteral("post");
    m_sim->injectFault(fault);
    const QByteArray key = newKey();
    HttpResult r = create(kSbx, key);
    QCOMPARE(r.status, httpStatus);
    QCOMPARE(r.code(), QStringLiteral("500"));
    QCOMPARE(m_sim->orders().size(), afterStore ? 1 : 0);
    // The retry with the same key: a replay of the stored order after store, a first run before it.
    r = create(kSbx, key);
    QCOMPARE(r.status, 201);
    QCOMPARE(m_sim->orders().size(), 1);
    QCOMPARE(r.str(QStringLiteral("id")), m_sim->orders().first().id);
}

void TestOrdersSimulator::faultRateLimit()
{
    SimFault fault;
    fault.kind = SimFault::Kind::RateLimit;
    fault.retryAfterSeconds = 7;
    fault.count = 2;
    m_sim->injectFault(fault);
    for (int i = 0; i < 2; ++i) {
        const HttpResult r = create(kSbx);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("Retry-After"), QByteArray("7"));
        QCOMPARE(r.code(), QStringLiteral("too_many_requests"));
    }
    QVERIFY(m_sim->orders().isEmpty());
    QCOMPARE(create(kSbx).status, 201);
}

void TestOrdersSimulator::faultDrop_data()
{
    QTest::addColumn<bool>("afterStore");
    QTest::newRow("before store") << false;
    QTest::newRow("after store") << true;
}

void TestOrdersSimulator::faultDrop()
{
    QFETCH(bool, afterStore);
    SimFault fault;
    fault.kind = SimFault::Kind::Drop;
    fault.count = 2; // QNAM resends once by itself
    fault.afterStore = afterStore;
    m_sim->injectFault(fault);
    const QByteArray key = newKey();
    HttpResult r = create(kSbx, key);
    QCOMPARE(r.status, 0);
    QVERIFY(r.error != QNetworkReply::NoError);
    QCOMPARE(m_sim->orders().size(), afterStore ? 1 : 0);
    r = create(kSbx, key);
    QCOMPARE(r.status, 201);
    QCOMPARE(m_sim->orders().size(), 1);
}

void TestOrdersSimulator::faultMalformed()
{
    SimFault fault;
    fault.kind = SimFault::Kind::Malformed;
    m_sim->injectFault(fault);
    const QByteArray key = newKey();
    HttpResult r = create(kSbx, key);
    QCOMPARE(r.status, 201); // the order exists: a 2xx always means it does
    QJsonParseError error;
    QJsonDocument::fromJson(r.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    QCOMPARE(m_sim->orders().size(), 1);
    r = create(kSbx, key);
    QCOMPARE(r.str(QStringLiteral("id")), m_sim->orders().first().id);
}

void TestOrdersSimulator::rateLimitPerToken()
{
    OrdersSimulator::Settings settings = m_sim->settings();
    settings.rateLimitPerSecond = 3;
    m_sim->setSettings(settings);
    OrdersSimAccount other = accountFor(QStringLiteral("TEST-rate"), QStringLiteral("7"));
    QVERIFY(m_sim->addAccount(other));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(api("GET", "/terminals/v1/list").status, 200);
    const HttpResult limited = api("GET", "/terminals/v1/list");
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.code(), QStringLiteral("too_many_requests"));
    QCOMPARE(limited.header("Retry-After"), QByteArray("1"));
    QCOMPARE(api("GET", "/terminals/v1/list", {}, {}, other.token).status, 200); // per token
    QTest::qWait(1100);
    QCOMPARE(api("GET", "/terminals/v1/list").status, 200);
}

// --- 5.1 notifications to a relay ------------------------------------------------------------------------

void TestOrdersSimulator::webhookRelay()
{
    QList<SimHttpRequest> received;
    SimHttpServer receiver([&received](const SimHttpRequest &request, QTcpSocket *socket) {
        received.append(request);
        SimHttpServer::send(socket, SimHttpResponse::json(200, QJsonObject()));
    });
    auto *tcp = new QTcpServer;
    QVERIFY(tcp->listen(QHostAddress::LocalHost, 0));
    const quint16 port = tcp->serverPort();
    receiver.bind(tcp);
    const QString secret = QStringLiteral("s3cret");
    m_sim->setWebhookRelay(QUrl(QStringLiteral("http://127.0.0.1:%1/hook").arg(port)), secret);
    QSignalSpy delivered(m_sim.get(), &OrdersSimulator::webhookDelivered);

    const QString id = createOk(kSbx);
    QVERIFY(m_sim->take(id)); // at_terminal has no notification
    OrdersSimPaymentResult result;
    result.methodId = QStringLiteral("master");
    QVERIFY(m_sim->pay(id, result));
    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 5000);
    QCOMPARE(delivered.first().at(0).toString(), QStringLiteral("order.processed"));
    QCOMPARE(delivered.first().at(2).toInt(), 200);
    QCOMPARE(received.size(), 1);

    const SimHttpRequest hook = received.first();
    QCOMPARE(hook.method, QStringLiteral("POST"));
    QCOMPARE(hook.path, QStringLiteral("/hook"));
    QCOMPARE(hook.query.queryItemValue(QStringLiteral("data.id")), id);
    QCOMPARE(hook.query.queryItemValue(QStringLiteral("type")), QStringLiteral("order"));
    const QJsonObject body = QJsonDocument::fromJson(hook.body).object();
    QCOMPARE(body.value(QStringLiteral("action")).toString(), QStringLiteral("order.processed"));
    QCOMPARE(body.value(QStringLiteral("type")).toString(), QStringLiteral("order"));
    QCOMPARE(body.value(QStringLiteral("live_mode")).toBool(true), false); // a test token's order
    const QJsonObject data = body.value(QStringLiteral("data")).toObject();
    QCOMPARE(data.value(QStringLiteral("id")).toString(), id);
    QCOMPARE(data.value(QStringLiteral("status")).toString(), QStringLiteral("processed"));
    QCOMPARE(data.value(QStringLiteral("total_paid_amount")).toString(), QStringLiteral("24.00"));
    const QJsonObject payment = payment0(data);
    QCOMPARE(payment.value(QStringLiteral("reference")).toObject().value(QStringLiteral("id")).toString(),
             m_sim->order(id)->payment.referenceId);
    QCOMPARE(payment.value(QStringLiteral("payment_method")).toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("master"));

    // The signature, recomputed here from the contract's recipe.
    const QByteArray header = hook.header("x-signature");
    const QRegularExpressionMatch parts =
        QRegularExpression(QStringLiteral("^ts=(\\d+),v1=([0-9a-f]{64})$")).match(QString::fromLatin1(header));
    QVERIFY2(parts.hasMatch(), header.constData());
    const QByteArray requestId = hook.header("x-request-id");
    QVERIFY(!requestId.isEmpty());
    const QByteArray manifest =
        "id:" + id.toUtf8() + ";request-id:" + requestId + ";ts:" + parts.captured(1).toUtf8() + ";";
    QCOMPARE(parts.captured(2).toLatin1(),
             QMessageAuthenticationCode::hash(manifest, secret.toUtf8(), QCryptographicHash::Sha256).toHex());

    // A partial refund sends nothing; the refund that completes the balance sends order.refunded.
    const QByteArray paymentId = m_sim->order(id)->payment.id.toLatin1();
    QCOMPARE(refund(id, "{\"transactions\":[{\"id\":\"" + paymentId + "\",\"amount\":\"4.00\"}]}").status, 200);
    QCOMPARE(refund(id).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 2, 5000);
    QCOMPARE(delivered.at(1).at(0).toString(), QStringLiteral("order.refunded"));

    // Off again: nothing more is sent.
    m_sim->setWebhookRelay(QUrl(), QString());
    const QString other = createOk(kPax);
    QCOMPARE(cancel(other).status, 200);
    QTest::qWait(200);
    QCOMPARE(delivered.size(), 2);
    QCOMPARE(received.size(), 2);
}

// --- the control surface and the binary -------------------------------------------------------------------

void TestOrdersSimulator::controlSurface()
{
    HttpResult r = control("POST", "/terminals",
                           "{\"id\":\"PAX_A910__CTRL1\",\"pos_id\":555,\"store_id\":\"9\",\"operating_mode\":\"PDV\"}");
    QVERIFY2(r.status == 201, qPrintable(r.text()));
    QCOMPARE(m_sim->terminal(QStringLiteral("PAX_A910__CTRL1"))->posId, QStringLiteral("555"));
    QCOMPARE(control("POST", "/terminals", "{\"id\":\"PAX_A910__CTRL1\"}").status, 409);
    QCOMPARE(control("POST", "/terminals/PAX_A910__CTRL1/mode", "{\"operating_mode\":\"UNDEFINED\"}").status, 200);
    QCOMPARE(m_sim->terminal(QStringLiteral("PAX_A910__CTRL1"))->operatingMode, QStringLiteral("UNDEFINED"));
    QCOMPARE(control("POST", "/terminals/PAX_A910__CTRL1/mode", "{\"operating_mode\":\"ON\"}").status, 400);
    QCOMPARE(control("POST", "/terminals/PAX_A910__CTRL1/at-terminal-cancel", "{\"supported\":false}").status, 200);
    QVERIFY(!m_sim->terminal(QStringLiteral("PAX_A910__CTRL1"))->atTerminalCancel);
    QCOMPARE(control("DELETE", "/terminals/PAX_A910__CTRL1").status, 200);
    QVERIFY(!m_sim->terminal(QStringLiteral("PAX_A910__CTRL1")));
    QCOMPARE(control("DELETE", "/terminals/PAX_A910__CTRL1").status, 404);

    // The terminal's waiting order: take, then pay with brand, digits and installments.
    QCOMPARE(control("POST", "/terminals/" + kSbx.toLatin1() + "/take").status, 409); // nothing waiting
    const QString id = createOk(kSbx);
    QCOMPARE(control("POST", "/terminals/" + kSbx.toLatin1() + "/take").status, 200);
    QCOMPARE(status(id), QStringLiteral("at_terminal"));
    r = control("POST", "/terminals/" + kSbx.toLatin1() + "/pay",
                "{\"result\":\"processed\",\"payment_method_id\":\"master\",\"installments\":6,"
                "\"last_digits\":\"7777\",\"payment_method_type\":\"credit_card\"}");
    QVERIFY2(r.status == 200, qPrintable(r.text()));
    QJsonObject p = payment0(getOrder(id).json());
    QCOMPARE(p.value(QStringLiteral("payment_method")).toObject().value(QStringLiteral("installments")).toInt(), 6);
    QCOMPARE(p.value(QStringLiteral("card")).toObject().value(QStringLiteral("last_digits")).toString(),
             QStringLiteral("7777"));
    QCOMPARE(control("POST", "/orders/" + id.toLatin1() + "/tip", "{\"amount\":\"2.00\"}").status, 200);
    QCOMPARE(payment0(getOrder(id).json()).value(QStringLiteral("tip_amount")).toString(), QStringLiteral("2.00"));
    QCOMPARE(control("POST", "/orders/" + id.toLatin1() + "/expire").status, 409); // processed: no way back

    // Order-level actions.
    const QString other = createOk(kPax);
    QCOMPARE(control("POST", "/orders/" + other.toLatin1() + "/pay",
                     "{\"result\":\"failed\",\"status_detail\":"
                     "\"card_disabled\"}")
                 .status,
             200);
    QCOMPARE(m_sim->order(other)->payment.statusDetail, QStringLiteral("card_disabled"));
    const QString third = createOk(kPax);
    QCOMPARE(control("POST", "/orders/" + third.toLatin1() + "/take").status, 200);
    QCOMPARE(control("POST", "/orders/" + third.toLatin1() + "/payment-wins", "{\"wins\":true}").status, 200);
    QVERIFY(m_sim->order(third)->paymentWinsCancel);
    QCOMPARE(control("POST", "/orders/" + third.toLatin1() + "/action-required").status, 200);
    QCOMPARE(status(third), QStringLiteral("action_required"));
    const QString fourth = createOk(kPax);
    QCOMPARE(control("POST", "/terminals/" + kPax.toLatin1() + "/cancel").status, 200);
    QCOMPARE(m_sim->order(fourth)->payment.statusDetail, QStringLiteral("canceled_on_terminal"));
    const QString fifth = createOk(kPax);
    QCOMPARE(control("POST", "/orders/" + fifth.toLatin1() + "/expire").status, 200);
    QCOMPARE(status(fifth), QStringLiteral("expired"));
    QCOMPARE(control("POST", "/orders/" + fifth.toLatin1() + "/age", "{\"days\":100}").status, 200);
    QCOMPARE(getOrder(fifth).status, 404);
    QCOMPARE(control("POST", "/orders/ORD00001111222233334444555566/take").status, 404);
    QCOMPARE(control("POST", "/orders/" + fifth.toLatin1() + "/dance").status, 404);

    // Faults, settings, accounts, token, idempotency failures, state.
    r = control("POST", "/faults", "{\"kind\":\"server_error\",\"status\":502,\"count\":3}");
    QCOMPARE(r.status, 201);
    QCOMPARE(m_sim->pendingFaultCount(), 3);
    QCOMPARE(control("POST", "/faults", "{\"kind\":\"explode\"}").status, 400);
    QCOMPARE(api("GET", "/terminals/v1/list").status, 502);
    QCOMPARE(control("GET", "/faults").json().value(QStringLiteral("pending_faults")).toInt(), 2);
    QCOMPARE(control("DELETE", "/faults").status, 200);
    QCOMPARE(m_sim->pendingFaultCount(), 0);
    QCOMPARE(control("POST", "/settings", "{\"take_delay_ms\":20,\"refund_success_status\":201}").status, 200);
    QCOMPARE(m_sim->settings().takeDelayMs, 20);
    QCOMPARE(m_sim->settings().refundSuccessStatus, 201);
    QCOMPARE(control("POST", "/settings", "{\"refund_success_status\":204}").status, 400);
    QCOMPARE(control("POST", "/accounts", "{\"token\":\"TEST-ctl\",\"user_id\":\"8\"}").status, 201);
    QVERIFY(m_sim->account(QStringLiteral("TEST-ctl")));
    QCOMPARE(control("POST", "/idempotency-failures", "{\"count\":1}").status, 200);
    QCOMPARE(create(kStandalone).code(), QStringLiteral("idempotency_validation_failed"));
    QCOMPARE(control("POST", "/token", "{\"token\":\"TEST-new\"}").status, 200);
    QCOMPARE(m_sim->accessToken(), QStringLiteral("TEST-new"));
    QCOMPARE(api("GET", "/v1/orders/" + id.toLatin1()).status, 200); // the orders followed the token

    r = control("GET", "/state");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("orders")).toArray().size(), m_sim->orders().size());
    QCOMPARE(r.json().value(QStringLiteral("terminals")).toArray().size(), m_sim->terminals().size());
    QCOMPARE(r.json().value(QStringLiteral("settings")).toObject().value(QStringLiteral("take_delay_ms")).toInt(), 20);
    QCOMPARE(control("POST", "/state").status, 405);
    QCOMPARE(control("GET", "/nothing").status, 404);
    QCOMPARE(control("POST", "/settings", "{not json").status, 400);
    QCOMPARE(control("POST", "/webhook", "{\"url\":\"http://127.0.0.1:9/hook\",\"secret\":\"k\"}").status, 200);
    QCOMPARE(m_sim->webhookRelayUrl(), QUrl(QStringLiteral("http://127.0.0.1:9/hook")));
    QCOMPARE(control("POST", "/webhook", "{\"url\":\"no scheme\"}").status, 400);
    QCOMPARE(control("POST", "/webhook", "{\"url\":\"\"}").status, 200);
    QVERIFY(m_sim->webhookRelayUrl().isEmpty());
}

void TestOrdersSimulator::binaryServesOrders()
{
    QProcess process;
    process.start(QStringLiteral(POINTDESK_SIM_BIN), {QStringLiteral("--api"), QStringLiteral("orders"),
                                                      QStringLiteral("--token"), QStringLiteral("TEST-bin")});
    QVERIFY(process.waitForStarted(kTimeoutMs));
    QStringList lines;
    QElapsedTimer timer;
    timer.start();
    while (lines.size() < 5 && timer.elapsed() < kTimeoutMs) {
        if (process.canReadLine())
            lines << QString::fromUtf8(process.readLine().trimmed());
        else
            process.waitForReadyRead(100);
    }
    QCOMPARE(lines.size(), 5);
    QVERIFY2(lines.at(0).startsWith(QLatin1String("Orders API simulator listening on http://127.0.0.1:")),
             qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY(lines.at(1).startsWith(QLatin1String("Control surface: http://127.0.0.1:")));
    QCOMPARE(lines.at(2), QStringLiteral("Access token: TEST-bin"));
    QVERIFY(lines.at(4).contains(kSbx));
    const QUrl apiUrl(lines.at(0).section(QLatin1Char(' '), -1));
    const HttpResult r = send("GET", QUrl::fromEncoded(apiUrl.toEncoded() + "/terminals/v1/list"), {},
                              {{"Authorization", "Bearer TEST-bin"}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("paging")).toObject().value(QStringLiteral("total")).toInt(), 3);
    process.terminate();
    QVERIFY(process.waitForFinished(kTimeoutMs));
    QCOMPARE(process.exitCode(), 0);

    QProcess bad;
    bad.start(QStringLiteral(POINTDESK_SIM_BIN), {QStringLiteral("--api"), QStringLiteral("graphql")});
    QVERIFY(bad.waitForFinished(kTimeoutMs));
    QCOMPARE(bad.exitCode(), 1);
}

QTEST_GUILESS_MAIN(TestOrdersSimulator)
#include "tst_orderssimulator.moc"
