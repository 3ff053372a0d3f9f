// PointSimulator's unknown paths, device names, ids, the customer's actions, faults, the control surface and the
// pointdesk-sim executable (TestPointSimulator.h).
#include "TestPointSimulator.h"

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
