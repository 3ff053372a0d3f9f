// OrdersSimulator tests, part 1: the fixture's helpers, authentication, terminals, create, idempotency and get.
#include "TestOrdersSimulator.h"

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

QTEST_GUILESS_MAIN(TestOrdersSimulator)
