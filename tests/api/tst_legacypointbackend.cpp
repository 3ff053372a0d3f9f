#include "CannedHttpServer.h"
#include "api/LegacyPointBackend.h"
#include "support/CallTestSupport.h"
#include "support/RefTestSupport.h"
#include "sim/PointSimulator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

using Kind = ApiError::Kind;
Q_DECLARE_METATYPE(Kind)

namespace {

QStringList g_logLines;
QtMessageHandler g_previousHandler = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_logLines.append(QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message);
    if (g_previousHandler && type != QtDebugMsg && type != QtInfoMsg)
        g_previousHandler(type, context, message);
}

OrderRequest validRequest(const QString &device = QStringLiteral("Caja 1"))
{
    OrderRequest r;
    r.amount = Money::fromCents(125050);
    r.description = QStringLiteral("Café con leche ñandú");
    r.deviceName = device;
    r.cardType = CardType::Debit;
    return r;
}

} // namespace

class TestLegacyPointBackend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void baseUrlRules();
    void enableIntegration();
    void createOrderAndReadIt();
    void createOrderSendsOptionalFieldsOnlyWhenSet();
    void orderLifecycle();
    void cancelByIdIs204WithEmptyBody();
    void cancelByIdErrors();
    void listDevices();
    void removeDevice();
    void deviceNamesRoundTrip_data();
    void deviceNamesRoundTrip();
    void unauthorizedOnEveryCall_data();
    void unauthorizedOnEveryCall();
    void missingTokenSendsNothing();
    void refundWithoutTheCapabilitySendsNothing();
    void rejectedInputSendsNothing_data();
    void rejectedInputSendsNothing();
    void injectedFaults_data();
    void injectedFaults();
    void dropAfterStoreReachedServer();
    void timeout();
    void cannedReplies_data();
    void cannedReplies();
    void oversizedBodyIsMalformed();
    void tlsFailure();
    void connectionRefused();
    void abortAndContextLifetime();
    void tokenNeverLogged();

private:
    PointSimulator *m_sim = nullptr;
    LegacyPointBackend *m_client = nullptr;
};

void TestLegacyPointBackend::init()
{
    // Messages write example and limit amounts in the locale's format; the table below expects en_US.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_sim = new PointSimulator(this);
    QVERIFY(m_sim->listen());
    m_client = new LegacyPointBackend(this);
    QVERIFY(m_client->setBaseUrl(m_sim->apiUrl()));
    m_client->setAccessToken(m_sim->accessToken());
    m_client->setTimeout(5000);
}

void TestLegacyPointBackend::cleanup()
{
    delete m_client;
    delete m_sim;
    m_client = nullptr;
    m_sim = nullptr;
}

void TestLegacyPointBackend::baseUrlRules()
{
    LegacyPointBackend client;
    QCOMPARE(client.baseUrl(), QUrl(QStringLiteral("https://api.mercadopago.com")));
    QVERIFY(!client.setBaseUrl(QUrl(QStringLiteral("http://api.example.com"))));
    QVERIFY(!client.setBaseUrl(QUrl(QStringLiteral("ftp://127.0.0.1"))));
    QVERIFY(!client.setBaseUrl(QUrl(QStringLiteral("relative/path"))));
    QVERIFY(!client.setBaseUrl(QUrl(QStringLiteral("https://api.example.com/?x=1"))));
    QCOMPARE(client.baseUrl(), LegacyPointBackend::defaultBaseUrl());
    QVERIFY(client.setBaseUrl(QUrl(QStringLiteral("https://proxy.example.com/mp"))));
    QVERIFY(client.setBaseUrl(QUrl(QStringLiteral("http://localhost:8080"))));
    QVERIFY(client.setBaseUrl(QUrl(QStringLiteral("http://[::1]:8080"))));
}

void TestLegacyPointBackend::enableIntegration()
{
    QVERIFY(!m_sim->integrationEnabled());
    auto wrong = await(m_client->enableIntegration(m_sim->userId() + 1));
    QCOMPARE(wrong.error.kind(), Kind::Forbidden);
    QVERIFY(!m_sim->integrationEnabled());

    auto ok = await(m_client->enableIntegration(m_sim->userId()));
    QVERIFY2(!ok.error.isError(), qPrintable(ok.error.detail()));
    QVERIFY(m_sim->integrationEnabled());

    m_client->setAccessToken(QStringLiteral("TEST-wrong"));
    auto unauthorized = await(m_client->enableIntegration(m_sim->userId()));
    QCOMPARE(unauthorized.error.kind(), Kind::Unauthorized);
    QCOMPARE(unauthorized.error.httpStatus(), 401);
}

void TestLegacyPointBackend::createOrderAndReadIt()
{
    auto created = await(m_client->createOrder(validRequest()));
    QVERIFY2(!created.error.isError(), qPrintable(created.error.detail()));
    QVERIFY(simId(created.value.id) > (qint64(1) << 32));
    QCOMPARE(created.value.status, QStringLiteral("OPEN"));

    const auto stored = m_sim->order(simId(created.value.id));
    QVERIFY(stored);
    QCOMPARE(stored->amount.cents(), qint64(125050));
    QCOMPARE(stored->description, QStringLiteral("Café con leche ñandú"));
    QCOMPARE(stored->deviceName, QStringLiteral("Caja 1"));
    QCOMPARE(stored->cardType, CardType::Debit);

    // A second order to the same terminal: busy.
    auto busy = await(m_client->createOrder(validRequest()));
    QCOMPARE(busy.error.kind(), Kind::DeviceBusy);
    QCOMPARE(busy.error.httpStatus(), 409);
    QVERIFY(!busy.error.userMessage().isEmpty());

    auto unknown = await(m_client->createOrder(validRequest(QStringLiteral("Caja 99"))));
    QCOMPARE(unknown.error.kind(), Kind::NotFound);
}

void TestLegacyPointBackend::createOrderSendsOptionalFieldsOnlyWhenSet()
{
    CannedHttpServer canned(CannedHttpServer::reply(200, R"({"status":"OPEN","id":5000000001})"));
    LegacyPointBackend client;
    QVERIFY(client.setBaseUrl(canned.url()));
    client.setAccessToken(QStringLiteral("TEST-canned"));

    auto plain = await(client.createOrder(validRequest()));
    QVERIFY(!plain.error.isError());
    QByteArray raw = canned.received();
    QVERIFY(raw.startsWith("POST /point/services/integrations/v1 HTTP/1.1\r\n"));
    QVERIFY(raw.contains("Authorization: Bearer TEST-canned\r\n"));
    QVERIFY(raw.contains("Content-Type: application/json\r\n"));
    QJsonObject body = QJsonDocument::fromJson(raw.mid(raw.indexOf("\r\n\r\n") + 4)).object();
    QCOMPARE(body.size(), 4);
    QVERIFY(!body.contains(QLatin1String("external_reference")));
    QVERIFY(!body.contains(QLatin1String("payer_email")));

    CannedHttpServer canned2(CannedHttpServer::reply(200, R"({"status":"OPEN","id":5000000002})"));
    QVERIFY(client.setBaseUrl(canned2.url()));
    OrderRequest full = validRequest();
    full.externalReference = QStringLiteral("PD-20261123-0001");
    full.payerEmail = QStringLiteral("ana@example.com");
    full.notificationUrl = QStringLiteral("https://shop.example/notify");
    full.disableBackButton = true;
    auto withAll = await(client.createOrder(full));
    QVERIFY(!withAll.error.isError());
    raw = canned2.received();
    body = QJsonDocument::fromJson(raw.mid(raw.indexOf("\r\n\r\n") + 4)).object();
    QCOMPARE(body.value(QLatin1String("external_reference")).toString(), full.externalReference);
    QCOMPARE(body.value(QLatin1String("payer_email")).toString(), full.payerEmail);
    QCOMPARE(body.value(QLatin1String("notification_url")).toString(), full.notificationUrl);
    QCOMPARE(body.value(QLatin1String("disable_back_button")), QJsonValue(true));
    QCOMPARE(body.value(QLatin1String("amount")).toDouble(), 1250.5);
}

void TestLegacyPointBackend::orderLifecycle()
{
    OrderRequest request = validRequest();
    request.externalReference = QStringLiteral("PD-42");
    request.payerEmail = QStringLiteral("ana@example.com");
    auto created = await(m_client->createOrder(request));
    QVERIFY(!created.error.isError());
    const OrderRef id = created.value.id;

    auto open = await(m_client->getOrder(id));
    QVERIFY(!open.error.isError());
    QCOMPARE(open.value.state, OrderState::WaitingForCard);
    QCOMPARE(open.value.id, id);

    QCOMPARE(m_sim->approve(QStringLiteral("Caja 1")), simId(id));
    auto paid = await(m_client->getOrder(id));
    QVERIFY(!paid.error.isError());
    QCOMPARE(paid.value.state, OrderState::Approved);
    QCOMPARE(paid.value.paymentStatus, QStringLiteral("approved"));
    QVERIFY(simId(paid.value.paymentId) > (qint64(1) << 32));
    QCOMPARE(paid.value.externalReference, QStringLiteral("PD-42"));
    QCOMPARE(paid.value.payerEmail, QStringLiteral("ana@example.com"));

    auto second = await(m_client->createOrder(validRequest()));
    QVERIFY(!second.error.isError());
    QVERIFY(simId(second.value.id) > simId(id));
    QCOMPARE(m_sim->decline(QStringLiteral("Caja 1")), simId(second.value.id));
    auto declined = await(m_client->getOrder(second.value.id));
    QCOMPARE(declined.value.state, OrderState::Rejected);
    QVERIFY(simId(declined.value.paymentId) > simId(paid.value.paymentId));

    auto third = await(m_client->createOrder(validRequest()));
    QCOMPARE(m_sim->customerCancel(QStringLiteral("Caja 1")), simId(third.value.id));
    auto gone = await(m_client->getOrder(third.value.id));
    QCOMPARE(gone.error.kind(), Kind::NotFound);

    auto unknown = await(m_client->getOrder(orderRef(9000000000000000001LL)));
    QCOMPARE(unknown.error.kind(), Kind::NotFound);
}

void TestLegacyPointBackend::cancelByIdIs204WithEmptyBody()
{
    auto created = await(m_client->createOrder(validRequest(QStringLiteral("Caja 2"))));
    QVERIFY(!created.error.isError());
    auto cancelled = await(m_client->cancelOrder(created.value.id));
    QVERIFY2(!cancelled.error.isError(), qPrintable(cancelled.error.detail()));
    QCOMPARE(m_sim->order(simId(created.value.id))->status, SimOrder::Status::Deleted);
    QCOMPARE(m_sim->device(QStringLiteral("Caja 2"))->paymentAttempt, qint64(0));
}

void TestLegacyPointBackend::cancelByIdErrors()
{
    auto created = await(m_client->createOrder(validRequest()));
    m_sim->approve(QStringLiteral("Caja 1"));
    auto closed = await(m_client->cancelOrder(created.value.id));
    QCOMPARE(closed.error.kind(), Kind::DeviceBusy); // 409: a paid order cannot be deleted
    auto unknown = await(m_client->cancelOrder(orderRef(5)));
    QCOMPARE(unknown.error.kind(), Kind::NotFound);
    auto unknownDevice = await(m_client->cancelOnTerminal(QStringLiteral("Nowhere")));
    QCOMPARE(unknownDevice.error.kind(), Kind::NotFound);
}

void TestLegacyPointBackend::listDevices()
{
    auto created = await(m_client->createOrder(validRequest(QStringLiteral("Caja 2"))));
    auto listed = await(m_client->listTerminals());
    QVERIFY(!listed.error.isError());
    QStringList names;
    for (const Device &d : listed.value)
        names << d.name;
    QCOMPARE(names, PointSimulator::defaultDeviceNames());
    QCOMPARE(listed.value.at(0).status, Device::Status::Free);
    QCOMPARE(listed.value.at(1).status, Device::Status::Busy);
    QCOMPARE(listed.value.at(1).heldOrder, created.value.id);
    QVERIFY(!listed.value.at(0).id.isEmpty());
}

void TestLegacyPointBackend::removeDevice()
{
    auto created = await(m_client->createOrder(validRequest(QStringLiteral("Caja 2"))));
    auto busy = await(m_client->removeTerminal(QStringLiteral("Caja 2")));
    QCOMPARE(busy.error.kind(), Kind::DeviceBusy);
    auto freed = await(m_client->cancelOnTerminal(QStringLiteral("Caja 2")));
    QVERIFY(!freed.error.isError());
    QCOMPARE(m_sim->order(simId(created.value.id))->status, SimOrder::Status::Deleted);
    auto removed = await(m_client->removeTerminal(QStringLiteral("Caja 2")));
    QVERIFY(!removed.error.isError());
    QVERIFY(!m_sim->device(QStringLiteral("Caja 2")));
    auto again = await(m_client->removeTerminal(QStringLiteral("Caja 2")));
    QCOMPARE(again.error.kind(), Kind::NotFound);
}

void TestLegacyPointBackend::deviceNamesRoundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("space") << QStringLiteral("Caja de la entrada");
    QTest::newRow("slash") << QStringLiteral("Caja 2/3");
    QTest::newRow("enye") << QStringLiteral("Mostrador Ñandú");
    QTest::newRow("all") << QStringLiteral("Caja 2/ñandú 3");
    QTest::newRow("percent and plus") << QStringLiteral("50% off+more?#x");
}

void TestLegacyPointBackend::deviceNamesRoundTrip()
{
    QFETCH(QString, name);
    if (!m_sim->device(name))
        QVERIFY(m_sim->addDevice(name));

    auto listed = await(m_client->listTerminals());
    bool found = false;
    for (const Device &d : listed.value)
        found = found || d.name == name;
    QVERIFY(found);

    auto created = await(m_client->createOrder(validRequest(name)));
    QVERIFY2(!created.error.isError(), qPrintable(created.error.detail()));
    QCOMPARE(m_sim->order(simId(created.value.id))->deviceName, name);

    auto cancelled = await(m_client->cancelOnTerminal(name));
    QVERIFY2(!cancelled.error.isError(), qPrintable(cancelled.error.detail()));
    QCOMPARE(m_sim->device(name)->paymentAttempt, qint64(0));

    auto removed = await(m_client->removeTerminal(name));
    QVERIFY2(!removed.error.isError(), qPrintable(removed.error.detail()));
    QVERIFY(!m_sim->device(name));
    // The other terminals are untouched: the "/" did not address some other path.
    for (const QString &other : PointSimulator::defaultDeviceNames()) {
        if (other != name)
            QVERIFY(m_sim->device(other));
    }
}

void TestLegacyPointBackend::unauthorizedOnEveryCall_data()
{
    QTest::addColumn<int>("call");
    QTest::newRow("create") << 2;
    QTest::newRow("get") << 3;
    QTest::newRow("cancel by device") << 4;
    QTest::newRow("cancel by id") << 5;
    QTest::newRow("list") << 6;
    QTest::newRow("remove") << 7;
}

void TestLegacyPointBackend::unauthorizedOnEveryCall()
{
    QFETCH(int, call);
    auto created = await(m_client->createOrder(validRequest()));
    QVERIFY(!created.error.isError());
    m_client->setAccessToken(QStringLiteral("TEST-revoked"));
    ApiError error;
    switch (call) {
    case 2:
        error = await(m_client->createOrder(validRequest(QStringLiteral("Caja 2")))).error;
        break;
    case 3:
        error = await(m_client->getOrder(created.value.id)).error;
        break;
    case 4:
        error = await(m_client->cancelOnTerminal(QStringLiteral("Caja 1"))).error;
        break;
    case 5:
        error = await(m_client->cancelOrder(created.value.id)).error;
        break;
    case 6:
        error = await(m_client->listTerminals()).error;
        break;
    default:
        error = await(m_client->removeTerminal(QStringLiteral("Caja 2"))).error;
        break;
    }
    QCOMPARE(error.kind(), Kind::Unauthorized);
    QCOMPARE(error.httpStatus(), 401);
    QVERIFY(!error.apiMessage().isEmpty());
    // Nothing changed at the simulator.
    QCOMPARE(m_sim->order(simId(created.value.id))->status, SimOrder::Status::Open);
    QCOMPARE(m_sim->devices().size(), 3);
}

void TestLegacyPointBackend::missingTokenSendsNothing()
{
    m_client->setAccessToken(QString());
    const int before = m_sim->requestCount();
    auto listed = await(m_client->listTerminals());
    QCOMPARE(listed.error.kind(), Kind::Unauthorized);
    QCOMPARE(m_client->requestsSent(), quint64(0));
    QCOMPARE(m_sim->requestCount(), before);
}

void TestLegacyPointBackend::refundWithoutTheCapabilitySendsNothing()
{
    // What every API without refunds gets: PointBackend's own refund(), which refuses before sending.
    const int before = m_sim->requestCount();
    RefundRequest request;
    request.order = OrderRef::fromNumber(42);
    request.payment = PaymentRef::fromNumber(4242);
    auto refunded = await(m_client->PointBackend::refund(request, PointBackend::newIdempotencyKey()));
    QCOMPARE(refunded.error.kind(), Kind::InvalidInput);
    QVERIFY(refunded.error.userMessage().contains(QStringLiteral("Mercado Pago panel")));
    QCOMPARE(m_client->requestsSent(), quint64(0));
    QCOMPARE(m_sim->requestCount(), before);
}

void TestLegacyPointBackend::rejectedInputSendsNothing_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("device");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("url");
    QTest::addColumn<qint64>("id");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    const QString desc = QStringLiteral("Cup");
    const QString dev = QStringLiteral("Caja 1");
    const QString none;
    auto row = [&](const char *name, const char *call, qint64 cents, const QString &d, const QString &device,
                   const QString &ref, const QString &email, const QString &url, qint64 id, const char *field,
                   const char *message) {
        QTest::newRow(name) << QString::fromLatin1(call) << cents << d << device << ref << email << url << id << QString::fromLatin1(field)
                            << QString::fromUtf8(message);
    };
    const char *zeroAmount = "The amount must be greater than zero.";
    const char *emptyDesc = "Enter a description: the customer sees it on the terminal.";
    const char *breaks = "The description cannot contain line breaks or tabs.";
    const char *noDevice = "Choose the terminal that takes the payment.";
    const char *badRef = "The external reference cannot be blank or contain line breaks or tabs.";
    const char *badEmail = "The payer e-mail is not a valid address, like name@example.com.";
    const char *badUrl = "The notification URL must be a full address, like https://shop.example/notify.";
    const char *httpUrl = "The notification URL must start with https://.";
    const char *badOrder = "The order number must be a positive whole number.";
    const char *badUser = "The user id is the number of your Mercado Pago account, digits only.";

    row("amount zero", "create", 0, desc, dev, none, none, none, 0, "amount", zeroAmount);
    row("amount negative", "create", -500, desc, dev, none, none, none, 0, "amount", zeroAmount);
    row("amount too large", "create", Money::kMaxCents + 1, desc, dev, none, none, none, 0, "amount",
        "The amount is too large: at most 99,999,999.99.");
    row("description empty", "create", 100, none, dev, none, none, none, 0, "description", emptyDesc);
    row("description blank", "create", 100, QStringLiteral("   "), dev, none, none, none, 0, "description", emptyDesc);
    row("description 21", "create", 100, QStringLiteral("Café con leche ñandú!"), dev, none, none, none, 0,
        "description", "The description is too long: 21 characters, at most 20.");
    row("description 40", "create", 100, QString(40, QLatin1Char('x')), dev, none, none, none, 0, "description",
        "The description is too long: 40 characters, at most 20.");
    row("description newline", "create", 100, QStringLiteral("a\nb"), dev, none, none, none, 0, "description", breaks);
    row("description tab", "create", 100, QStringLiteral("a\tb"), dev, none, none, none, 0, "description", breaks);
    row("device empty", "create", 100, desc, none, none, none, none, 0, "device_name", noDevice);
    row("device blank", "create", 100, desc, QStringLiteral("  "), none, none, none, 0, "device_name", noDevice);
    row("device control", "create", 100, desc, QStringLiteral("Caja\x07"), none, none, none, 0, "device_name",
        "The terminal name contains characters that are not allowed.");
    row("device too long", "create", 100, desc, QString(101, QLatin1Char('d')), none, none, none, 0, "device_name",
        "The terminal name is too long: at most 100 characters.");
    row("reference blank", "create", 100, desc, dev, QStringLiteral(" "), none, none, 0, "external_reference", badRef);
    row("reference newline", "create", 100, desc, dev, QStringLiteral("a\nb"), none, none, 0, "external_reference",
        badRef);
    row("reference too long", "create", 100, desc, dev, QString(65, QLatin1Char('r')), none, none, 0,
        "external_reference", "The external reference is too long: at most 64 characters.");
    row("email no at", "create", 100, desc, dev, none, QStringLiteral("ana.example.com"), none, 0, "payer_email",
        badEmail);
    row("email no domain", "create", 100, desc, dev, none, QStringLiteral("ana@"), none, 0, "payer_email", badEmail);
    row("email no tld", "create", 100, desc, dev, none, QStringLiteral("ana@example"), none, 0, "payer_email",
        badEmail);
    row("email space", "create", 100, desc, dev, none, QStringLiteral("a na@example.com"), none, 0, "payer_email",
        badEmail);
    row("email double at", "create", 100, desc, dev, none, QStringLiteral("a@@example.com"), none, 0, "payer_email",
        badEmail);
    row("email double dot", "create", 100, desc, dev, none, QStringLiteral("a..b@example.com"), none, 0,
        "payer_email", badEmail);
    row("url http remote", "create", 100, desc, dev, none, none, QStringLiteral("http://shop.example/n"), 0,
        "notification_url", httpUrl);
    row("url ftp", "create", 100, desc, dev, none, none, QStringLiteral("ftp://shop.example/n"), 0,
        "notification_url", httpUrl);
    row("url relative", "create", 100, desc, dev, none, none, QStringLiteral("/notify"), 0, "notification_url",
        badUrl);
    row("url no scheme", "create", 100, desc, dev, none, none, QStringLiteral("shop.example/notify"), 0,
        "notification_url", badUrl);
    row("url spaces", "create", 100, desc, dev, none, none, QStringLiteral("https://shop example/n"), 0,
        "notification_url", badUrl);
    row("get id zero", "get", 0, none, none, none, none, none, 0, "order_id", badOrder);
    row("get id negative", "get", 0, none, none, none, none, none, -7, "order_id", badOrder);
    row("cancel id zero", "cancel", 0, none, none, none, none, none, 0, "order_id", badOrder);
    row("cancel device empty", "cancelDevice", 0, none, none, none, none, none, 0, "device_name", noDevice);
    row("remove device blank", "remove", 0, none, QStringLiteral(" "), none, none, none, 0, "device_name", noDevice);
    row("enable user zero", "enable", 0, none, none, none, none, none, 0, "user_id", badUser);
    row("enable user negative", "enable", 0, none, none, none, none, none, -12, "user_id", badUser);
}

void TestLegacyPointBackend::rejectedInputSendsNothing()
{
    QFETCH(QString, call);
    QFETCH(qint64, cents);
    QFETCH(QString, description);
    QFETCH(QString, device);
    QFETCH(QString, reference);
    QFETCH(QString, email);
    QFETCH(QString, url);
    QFETCH(qint64, id);
    QFETCH(QString, field);
    QFETCH(QString, message);

    QSignalSpy sent(m_client, &LegacyPointBackend::requestSent);
    const int simBefore = m_sim->requestCount();
    ApiError error;
    if (call == QLatin1String("create")) {
        OrderRequest r;
        r.amount = Money::fromCents(cents);
        r.description = description;
        r.deviceName = device;
        r.externalReference = reference;
        r.payerEmail = email;
        r.notificationUrl = url;
        error = await(m_client->createOrder(r)).error;
    } else if (call == QLatin1String("get")) {
        error = await(m_client->getOrder(orderRef(id))).error;
    } else if (call == QLatin1String("cancel")) {
        error = await(m_client->cancelOrder(orderRef(id))).error;
    } else if (call == QLatin1String("cancelDevice")) {
        error = await(m_client->cancelOnTerminal(device)).error;
    } else if (call == QLatin1String("remove")) {
        error = await(m_client->removeTerminal(device)).error;
    } else {
        error = await(m_client->enableIntegration(id)).error;
    }
    QCOMPARE(error.kind(), Kind::InvalidInput);
    QCOMPARE(error.field(), field);
    QCOMPARE(error.userMessage(), message);
    QCOMPARE(sent.count(), 0);
    QCOMPARE(m_client->requestsSent(), quint64(0));
    QCOMPARE(m_sim->requestCount(), simBefore);
    QVERIFY(m_sim->orders().isEmpty());
}

void TestLegacyPointBackend::injectedFaults_data()
{
    QTest::addColumn<int>("faultKind");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<Kind>("expected");
    QTest::newRow("server 500") << int(SimFault::Kind::ServerError) << 500 << Kind::Server;
    QTest::newRow("server 503") << int(SimFault::Kind::ServerError) << 503 << Kind::Server;
    QTest::newRow("rate limit") << int(SimFault::Kind::RateLimit) << 0 << Kind::RateLimited;
    QTest::newRow("drop") << int(SimFault::Kind::Drop) << 0 << Kind::Network;
    QTest::newRow("malformed") << int(SimFault::Kind::Malformed) << 0 << Kind::Malformed;
}

void TestLegacyPointBackend::injectedFaults()
{
    QFETCH(int, faultKind);
    QFETCH(int, httpStatus);
    QFETCH(Kind, expected);

    SimFault fault;
    fault.kind = SimFault::Kind(faultKind);
    fault.method = QStringLiteral("GET");
    fault.pathPrefix = QStringLiteral("/point/services/integrations/v1/devices");
    fault.httpStatus = httpStatus;
    fault.retryAfterSeconds = 3;
    // QNetworkAccessManager quietly resends a GET whose connection dropped: drop the resends too.
    if (fault.kind == SimFault::Kind::Drop)
        fault.count = 5;
    m_sim->injectFault(fault);

    auto failed = await(m_client->listTerminals());
    QCOMPARE(failed.error.kind(), expected);
    QVERIFY(failed.error.isTransient());
    QVERIFY(!failed.error.userMessage().isEmpty());
    if (expected == Kind::RateLimited)
        QCOMPARE(failed.error.retryAfterSeconds(), 3);
    if (expected == Kind::Server)
        QCOMPARE(failed.error.httpStatus(), httpStatus);

    // The fault was used up (a drop's spare count is cleared: resends are up to QNetworkAccessManager).
    if (fault.kind == SimFault::Kind::Drop)
        m_sim->clearFaults();
    QCOMPARE(m_sim->pendingFaultCount(), 0);
    auto ok = await(m_client->listTerminals());
    QVERIFY2(!ok.error.isError(), qPrintable(ok.error.detail()));
    QCOMPARE(ok.value.size(), 3);
}

void TestLegacyPointBackend::dropAfterStoreReachedServer()
{
    SimFault fault;
    fault.kind = SimFault::Kind::Drop;
    fault.method = QStringLiteral("POST");
    fault.afterStore = true;
    m_sim->injectFault(fault);
    auto dropped = await(m_client->createOrder(validRequest()));
    QCOMPARE(dropped.error.kind(), Kind::Network);
    QVERIFY(dropped.error.mayHaveReachedServer());
    // The order exists although the client never heard of it: the terminal shows it as the attempt.
    QCOMPARE(m_sim->orders().size(), 1);
    auto listed = await(m_client->listTerminals());
    QCOMPARE(listed.value.at(0).heldOrder, orderRef(m_sim->orders().first().id));

    SimFault serverError;
    serverError.kind = SimFault::Kind::ServerError;
    serverError.method = QStringLiteral("POST");
    serverError.httpStatus = 502;
    serverError.afterStore = true;
    m_sim->injectFault(serverError);
    auto failed = await(m_client->createOrder(validRequest(QStringLiteral("Caja 2"))));
    QCOMPARE(failed.error.kind(), Kind::Server);
    QVERIFY(failed.error.mayHaveReachedServer());
    QCOMPARE(m_sim->orders().size(), 2);
}

void TestLegacyPointBackend::timeout()
{
    SimFault slow;
    slow.kind = SimFault::Kind::Latency;
    slow.latencyMs = 1500;
    m_sim->injectFault(slow);
    m_client->setTimeout(300);
    QElapsedTimer timer;
    timer.start();
    auto late = await(m_client->listTerminals());
    QCOMPARE(late.error.kind(), Kind::Timeout);
    QVERIFY(late.error.mayHaveReachedServer());
    QVERIFY(timer.elapsed() < 1400);
}

void TestLegacyPointBackend::cannedReplies_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<Kind>("expected");
    QTest::addColumn<QString>("state");
    QTest::newRow("unknown status, extra fields")
        << CannedHttpServer::reply(200, R"({"status":"PAUSED","id":5000000001,"new_field":{"a":[1]},"x":null})")
        << Kind::None << QStringLiteral("unknown");
    QTest::newRow("closed, id above 2^53")
        << CannedHttpServer::reply(200, R"({"status":"CLOSED","id":5000000001,"payment_id":9007199254740993,)"
                                        R"("payment_status":"approved"})")
        << Kind::None << QStringLiteral("approved");
    QTest::newRow("html 200") << CannedHttpServer::reply(200, "<html>ok</html>") << Kind::Malformed << QString();
    QTest::newRow("empty 200") << CannedHttpServer::reply(200, "") << Kind::Malformed << QString();
    QTest::newRow("other order") << CannedHttpServer::reply(200, R"({"status":"OPEN","id":42})") << Kind::Malformed
                                 << QString();
    QTest::newRow("400 with cause")
        << CannedHttpServer::reply(400, R"({"message":"bad","error":"bad_request","status":400,)"
                                        R"("cause":[{"code":"amount","description":"x"}]})")
        << Kind::Validation << QString();
    QTest::newRow("429 with date") << CannedHttpServer::reply(429, "{}", "Retry-After: Wed, 21 Oct 2015 07:28:00 GMT\r\n")
                                   << Kind::RateLimited << QString();
    QTest::newRow("502 html") << CannedHttpServer::reply(502, "<html>Bad gateway</html>") << Kind::Server << QString();
    QTest::newRow("garbage") << QByteArray("NOT HTTP AT ALL\r\n\r\n") << Kind::Network << QString();
}

void TestLegacyPointBackend::cannedReplies()
{
    QFETCH(QByteArray, reply);
    QFETCH(Kind, expected);
    QFETCH(QString, state);
    CannedHttpServer canned(reply);
    LegacyPointBackend client;
    QVERIFY(client.setBaseUrl(canned.url()));
    client.setAccessToken(QStringLiteral("TEST-canned"));
    client.setTimeout(3000);
    auto out = await(client.getOrder(orderRef(5000000001LL)));
    QVERIFY(out.finished);
    QCOMPARE(out.error.kind(), expected);
    if (!state.isEmpty()) {
        QCOMPARE(OrderStates::toKey(out.value.state), state);
        QCOMPARE(out.value.id, orderRef(5000000001LL));
    }
    if (state == QLatin1String("approved"))
        QCOMPARE(out.value.paymentId, PaymentRef(QStringLiteral("9007199254740993")));
    if (expected == Kind::Validation)
        QCOMPARE(out.error.field(), QStringLiteral("amount"));
    if (expected == Kind::RateLimited)
        QCOMPARE(out.error.retryAfterSeconds(), 0); // a date in the past: retry now
}

void TestLegacyPointBackend::oversizedBodyIsMalformed()
{
    const QByteArray huge = "{\"devices\":[" + QByteArray(5 * 1024 * 1024, ' ') + "]}";
    CannedHttpServer canned(CannedHttpServer::reply(200, huge));
    LegacyPointBackend client;
    QVERIFY(client.setBaseUrl(canned.url()));
    client.setAccessToken(QStringLiteral("TEST-canned"));
    auto out = await(client.listTerminals());
    QCOMPARE(out.error.kind(), Kind::Malformed);
}

void TestLegacyPointBackend::tlsFailure()
{
    // A plain-text server spoken to over https: the handshake cannot succeed.
    CannedHttpServer canned(CannedHttpServer::reply(200, "{}"), CannedHttpServer::AnswerAtOnce);
    LegacyPointBackend client;
    client.setTimeout(5000);
    QVERIFY(client.setBaseUrl(canned.url(QStringLiteral("https"))));
    client.setAccessToken(QStringLiteral("TEST-canned"));
    auto out = await(client.listTerminals());
    QVERIFY(out.finished);
    QVERIFY2(out.error.kind() == Kind::Tls || out.error.kind() == Kind::Network, qPrintable(out.error.detail()));
    // The same through the one-shot transport used for calls that change state.
    CannedHttpServer canned2(CannedHttpServer::reply(200, "{}"), CannedHttpServer::AnswerAtOnce);
    QVERIFY(client.setBaseUrl(canned2.url(QStringLiteral("https"))));
    auto removed = await(client.removeTerminal(QStringLiteral("Caja 1")));
    QVERIFY(removed.finished);
    QCOMPARE(removed.error.kind(), Kind::Tls);
}

void TestLegacyPointBackend::connectionRefused()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    LegacyPointBackend client;
    QVERIFY(client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))));
    client.setAccessToken(QStringLiteral("TEST-x"));
    auto out = await(client.listTerminals());
    QCOMPARE(out.error.kind(), Kind::Network);
    QVERIFY(out.error.isTransient());
}

void TestLegacyPointBackend::abortAndContextLifetime()
{
    SimFault slow;
    slow.kind = SimFault::Kind::Latency;
    slow.latencyMs = 800;
    slow.count = 2;
    m_sim->injectFault(slow);

    Call<DeviceList> *call = m_client->listTerminals();
    QSignalSpy finished(call, &ApiCall::finished);
    call->abort();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(call->error().kind(), Kind::Cancelled);

    bool ran = false;
    auto *context = new QObject;
    m_client->listTerminals()->then(context, [&ran](const Call<DeviceList> &) { ran = true; });
    delete context;
    QTest::qWait(1200);
    QVERIFY(!ran);

    // then() with a live context delivers the value.
    QObject alive;
    int count = -1;
    m_client->listTerminals()->then(&alive, [&count](const Call<DeviceList> &c) { count = int(c.value().size()); });
    QTRY_COMPARE(count, 3);
}

void TestLegacyPointBackend::tokenNeverLogged()
{
    g_logLines.clear();
    QLoggingCategory::setFilterRules(QStringLiteral("pointdesk.*=true"));
    g_previousHandler = qInstallMessageHandler(captureLog);

    auto created = await(m_client->createOrder(validRequest()));
    await(m_client->getOrder(created.value.id));
    await(m_client->enableIntegration(m_sim->userId()));
    await(m_client->listTerminals());
    m_client->setAccessToken(QStringLiteral("TEST-another-secret"));
    await(m_client->enableIntegration(m_sim->userId()));
    await(m_client->listTerminals());

    qInstallMessageHandler(g_previousHandler);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(g_logLines.size() >= 6);
    bool sawIntegrators = false;
    for (const QString &line : qAsConst(g_logLines)) {
        QVERIFY2(!line.contains(m_sim->accessToken()), qPrintable(line));
        QVERIFY2(!line.contains(QStringLiteral("TEST-another-secret")), qPrintable(line));
        QVERIFY2(!line.contains(QStringLiteral("access_token=")), qPrintable(line));
        sawIntegrators = sawIntegrators || line.contains(QStringLiteral("/integrators"));
    }
    QVERIFY(sawIntegrators);
}

QTEST_GUILESS_MAIN(TestLegacyPointBackend)
#include "tst_legacypointbackend.moc"
