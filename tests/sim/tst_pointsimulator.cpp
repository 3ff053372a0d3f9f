// Tests of PointSimulator against the Point API contract, over real loopback HTTP with a raw
// QNetworkAccessManager (never PointDesk's client: the simulator must stand on the contract alone).
#include "TestPointSimulator.h"

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

QTEST_GUILESS_MAIN(TestPointSimulator)
