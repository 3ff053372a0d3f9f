// pointdesk-cli end to end: the real binary against a real pointdesk-sim process, over loopback HTTP.
// The token reaches the CLI only through its environment; every run checks that no token is ever printed.
// These runs never reach a keychain (no D-Bus session bus, a test-only service name): tst_clikeychain covers it.
#include "TestCli.h"

// ---------------------------------------------------------------------------------------------------------------

void TestCli::init()
{
    const QString problem = m_sim.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_journalDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_journalDir->isValid());
    m_journalPath = m_journalDir->filePath(QStringLiteral("journal.sqlite"));
    m_api = m_sim.api;
    m_token = m_sim.token;
    m_userId = m_sim.userId;
    m_deviceNames = m_sim.deviceNames;
    m_runner.secrets = QStringList{m_token, kWrongToken};
    QCOMPARE(m_deviceNames,
             QStringList({QStringLiteral("Caja 1"), QStringLiteral("Caja 2"), QStringLiteral("Mostrador Ñandú")}));
}

void TestCli::cleanup()
{
    m_sim.stop();
}

QProcessEnvironment TestCli::cliEnvironment() const
{
    return cliNoKeychainEnvironment(m_api, m_journalPath, m_token);
}

QString TestCli::startCli(QProcess &process, const QStringList &args, const QProcessEnvironment &env)
{
    return m_runner.start(process, args, env);
}

QString TestCli::finishCli(QProcess &process, CliRun &run)
{
    return m_runner.finish(process, run);
}

QString TestCli::runCli(CliRun &run, const QStringList &args)
{
    return runCli(run, args, cliEnvironment());
}

QString TestCli::runCli(CliRun &run, const QStringList &args, const QProcessEnvironment &env)
{
    return m_runner.run(run, args, env);
}

qint64 TestCli::chargeOrder(const QString &device, const QStringList &extra)
{
    CliRun run;
    const QString problem =
        runCli(run, QStringList{QStringLiteral("--json"), QStringLiteral("charge"), QStringLiteral("--device"), device,
                                QStringLiteral("--amount"), QStringLiteral("10"), QStringLiteral("--description"),
                                QStringLiteral("Test"), QStringLiteral("--card"), QStringLiteral("credit")} +
                        extra);
    if (!problem.isEmpty() || run.exitCode != 0) {
        qWarning("charge failed: %s %s", qPrintable(problem), run.err.constData());
        return 0;
    }
    return run.json.value(QStringLiteral("order_id")).toInteger();
}

// ---------------------------------------------------------------------------------------------------------------

void TestCli::help()
{
    CliRun run;
    RUN_CLI(run, {QStringLiteral("--help")});
    CHECK_EXIT(run, kSuccess);
    const QString text = run.outText();
    for (const char *command : {"devices",
                                "charge --device NAME --amount AMOUNT --description TEXT --card credit|debit",
                                "--external-reference",
                                "--payer-email",
                                "--notification-url",
                                "--disable-back-button",
                                "--wait",
                                "status ORDER_ID",
                                "cancel ORDER_ID",
                                "cancel --device NAME",
                                "remove-device NAME",
                                "enable-integration USER_ID",
                                "login [--no-check]",
                                "logout",
                                "--api-base URL",
                                "--api API",
                                "POINTDESK_API ",
                                "--json",
                                "--timeout MS",
                                "history [--day YYYY-MM-DD | --from YYYY-MM-DD --to YYYY-MM-DD | --all]",
                                "[--state STATE] [--terminal NAME] [--limit N] [--csv]",
                                "amount_cents",
                                "POINTDESK_TOKEN",
                                "POINTDESK_KEYCHAIN_SERVICE",
                                "POINTDESK_JOURNAL",
                                "Exit codes"})
        QVERIFY2(text.contains(QLatin1String(command)), command);
    for (int code : {kSuccess, kUsage, kInvalidInput, kApiError, kNetworkError, kDeclined, kCancelled, kKeychainError,
                     kJournalError, kUncertain, kPinRefused, kInterrupted}) {
        const QRegularExpression line(QStringLiteral("^  %1 +\\S").arg(code), QRegularExpression::MultilineOption);
        QVERIFY2(line.match(text).hasMatch(), qPrintable(QString::number(code)));
    }
    QVERIFY(run.err.isEmpty());
    QCOMPARE(m_sim.requestCount(), 0);
}

void TestCli::version()
{
    CliRun run;
    RUN_CLI(run, {QStringLiteral("--version")});
    CHECK_EXIT(run, kSuccess);
    QCOMPARE(run.outText(), QStringLiteral("pointdesk-cli " POINTDESK_VERSION "\n"));
}

void TestCli::devicesHuman()
{
    CliRun run;
    RUN_CLI(run, {QStringLiteral("devices")});
    CHECK_EXIT(run, kSuccess);
    QStringList lines = run.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4); // header + three terminals
    for (int i = 0; i < m_deviceNames.size(); ++i) {
        QVERIFY2(lines.at(i + 1).startsWith(m_deviceNames.at(i)), qPrintable(lines.at(i + 1)));
        QVERIFY2(lines.at(i + 1).contains(QLatin1String("FREE")), qPrintable(lines.at(i + 1)));
    }

    const qint64 orderId = chargeOrder(QStringLiteral("Caja 2"));
    QVERIFY(orderId > 0);
    RUN_CLI(run, {QStringLiteral("devices")});
    CHECK_EXIT(run, kSuccess);
    lines = run.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    const QRegularExpression busy(QStringLiteral("^Caja 2 +BUSY +%1$").arg(orderId));
    QVERIFY2(busy.match(lines.at(2)).hasMatch(), qPrintable(lines.at(2)));
    QVERIFY2(QRegularExpression(QStringLiteral("^Caja 1 +FREE$")).match(lines.at(1)).hasMatch(),
             qPrintable(lines.at(1)));
}

void TestCli::devicesJson()
{
    CliRun run;
    RUN_CLI(run, {QStringLiteral("--json"), QStringLiteral("devices")});
    CHECK_EXIT(run, kSuccess);
    QJsonArray devices = run.json.value(QStringLiteral("devices")).toArray();
    QCOMPARE(devices.size(), 3);
    for (int i = 0; i < devices.size(); ++i) {
        const QJsonObject device = devices.at(i).toObject();
        const QJsonObject simDevice = m_sim.device(m_deviceNames.at(i));
        QCOMPARE(device.value(QStringLiteral("name")).toString(), m_deviceNames.at(i));
        QCOMPARE(device.value(QStringLiteral("status")).toString(), QStringLiteral("FREE"));
        QVERIFY(device.value(QStringLiteral("payment_attempt")).isNull());
        QVERIFY(device.value(QStringLiteral("id")).isDouble());
        QCOMPARE(device.value(QStringLiteral("id")).toInteger(), simDevice.value(QStringLiteral("id")).toInteger());
        QCOMPARE(device.value(QStringLiteral("caller")).toInteger(),
                 simDevice.value(QStringLiteral("caller")).toInteger());
    }

    const qint64 orderId = chargeOrder(QStringLiteral("Mostrador Ñandú"));
    QVERIFY(orderId > 0);
    RUN_CLI(run, {QStringLiteral("devices"), QStringLiteral("--json")}); // global options may also follow
    CHECK_EXIT(run, kSuccess);
    devices = run.json.value(QStringLiteral("devices")).toArray();
    QCOMPARE(devices.size(), 3);
    const QJsonObject busy = devices.at(2).toObject();
    QCOMPARE(busy.value(QStringLiteral("name")).toString(), QStringLiteral("Mostrador Ñandú"));
    QCOMPARE(busy.value(QStringLiteral("status")).toString(), QStringLiteral("BUSY"));
    QCOMPARE(busy.value(QStringLiteral("payment_attempt")).toInteger(), orderId);
}

void TestCli::chargeCreatesOrder_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<double>("expectedAmount");
    QTest::addColumn<QString>("expectedAmountText");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("card");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("externalReference");
    QTest::addColumn<QString>("payerEmail");

    QTest::newRow("dot decimals") << "12.50" << 12.5 << "12.5"
                                  << "Cup"
                                  << "credit" << QStringList() << ""
                                  << "";
    QTest::newRow("comma decimals, 20 characters with accents")
        << "1250,50" << 1250.5 << "1250.5" << QStringLiteral("Café con leche ñandú") << "debit" << QStringList() << ""
        << "";
    QTest::newRow("thousands group") << "1,234" << 1234.0 << "1234"
                                     << "Mesa 4"
                                     << "credit" << QStringList() << ""
                                     << "";
    QTest::newRow("cents") << "0.01" << 0.01 << "0.01"
                           << "Caramelo"
                           << "debit" << QStringList() << ""
                           << "";
    QTest::newRow("all optional fields") << "99.99" << 99.99 << "99.99"
                                         << "Pedido 42"
                                         << "credit" << QStringList{QStringLiteral("--external-reference"),
                                                                    QStringLiteral("INV-42/ñ"),
                                                                    QStringLiteral("--payer-email"),
                                                                    QStringLiteral("ana@example.com"),
                                                                    QStringLiteral("--notification-url"),
                                                                    QStringLiteral("https://shop.example/notify"),
                                                                    QStringLiteral("--disable-back-button")}
                                         << QStringLiteral("INV-42/ñ") << "ana@example.com";
}

void TestCli::chargeCreatesOrder()
{
    QFETCH(QString, amount);
    QFETCH(double, expectedAmount);
    QFETCH(QString, expectedAmountText);
    QFETCH(QString, description);
    QFETCH(QString, card);
    QFETCH(QStringList, extra);
    QFETCH(QString, externalReference);
    QFETCH(QString, payerEmail);

    CliRun run;
    RUN_CLI(run, QStringList{QStringLiteral("--json"), QStringLiteral("charge"), QStringLiteral("--device"),
                             QStringLiteral("Caja 1"), QStringLiteral("--amount"), amount,
                             QStringLiteral("--description"), description, QStringLiteral("--card"), card} +
                     extra);
    CHECK_EXIT(run, kSuccess);
    const qint64 orderId = run.json.value(QStringLiteral("order_id")).toInteger();
    QVERIFY(orderId > 0);
    QVERIFY(run.json.value(QStringLiteral("order_id")).isDouble());
    QCOMPARE(run.json.value(QStringLiteral("status")).toString(), QStringLiteral("OPEN"));
    QCOMPARE(run.json.value(QStringLiteral("state")).toString(), QStringLiteral("waiting_for_card"));
    QCOMPARE(run.json.value(QStringLiteral("device")).toString(), QStringLiteral("Caja 1"));
    QCOMPARE(run.json.value(QStringLiteral("amount")).toString(), expectedAmountText);
    // The sale's number in the journal (the first one of this test's journal).
    QVERIFY(run.json.value(QStringLiteral("local_id")).isDouble());
    QCOMPARE(run.json.value(QStringLiteral("local_id")).toInteger(), 1);
    // One order, sent once.
    QCOMPARE(m_sim.orders().size(), 1);

    const QJsonObject order = m_sim.order(orderId);
    QVERIFY2(!order.isEmpty(), "the simulator does not know the order");
    QCOMPARE(order.value(QStringLiteral("device_name")).toString(), QStringLiteral("Caja 1"));
    QCOMPARE(order.value(QStringLiteral("amount")).toDouble(), expectedAmount);
    QCOMPARE(order.value(QStringLiteral("description")).toString(), description);
    QCOMPARE(order.value(QStringLiteral("cc_type")).toString(), card + QStringLiteral("_card"));
    QCOMPARE(order.value(QStringLiteral("status")).toString(), QStringLiteral("OPEN"));
    // Optional fields arrive only when given (the simulator shows "" for a field the request left out); the
    // external reference is always there: PointDesk makes one up when none is given, to find a lost order again.
    const QString sentReference = order.value(QStringLiteral("external_reference")).toString();
    if (externalReference.isEmpty())
        QVERIFY2(QRegularExpression(QStringLiteral("^PD-[0-9]{14}-[0-9a-f]{8}$")).match(sentReference).hasMatch(),
                 qPrintable(sentReference));
    else
        QCOMPARE(sentReference, externalReference);
    QCOMPARE(run.json.value(QStringLiteral("external_reference")).toString(), sentReference);
    QCOMPARE(order.value(QStringLiteral("payer_email")).toString(), payerEmail);
    QCOMPARE(m_sim.device(QStringLiteral("Caja 1")).value(QStringLiteral("payment_attempt")).toInteger(), orderId);
}

void TestCli::chargeHuman()
{
    CliRun run;
    RUN_CLI(run, {QStringLiteral("charge"), QStringLiteral("--device"), QStringLiteral("Mostrador Ñandú"),
                  QStringLiteral("--amount"), QStringLiteral("1250,50"), QStringLiteral("--description"),
                  QStringLiteral("Mate"), QStringLiteral("--card"), QStringLiteral("debit")});
    CHECK_EXIT(run, kSuccess);
    const qint64 orderId =
        m_sim.device(QStringLiteral("Mostrador Ñandú")).value(QStringLiteral("payment_attempt")).toInteger();
    QVERIFY(orderId > 0);
    const QStringList lines = run.outText().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3); // two lines and the empty rest after the last line end
    const QString expectedStart = QStringLiteral("Order %1 sent to \"Mostrador Ñandú\": ").arg(orderId);
    QVERIFY2(lines.at(0).startsWith(expectedStart), qPrintable(run.outText()));
    QVERIFY2(lines.at(0).endsWith(QLatin1String(", waiting for the customer.")), qPrintable(run.outText()));
    // The sale's number in the order journal, for history.
    QCOMPARE(lines.at(1), QStringLiteral("Recorded in the order journal as sale 1."));
    QVERIFY(lines.at(2).isEmpty());
    QVERIFY(run.err.isEmpty());
}

void TestCli::chargeWait_data()
{
    QTest::addColumn<QByteArray>("action");
    QTest::addColumn<bool>("json");
    QTest::addColumn<int>("expectedExit");
    QTest::addColumn<QString>("expectedState");

    QTest::newRow("approve, json") << QByteArray("approve") << true << kSuccess << "approved";
    QTest::newRow("approve, human") << QByteArray("approve") << false << kSuccess << "approved";
    QTest::newRow("decline, json") << QByteArray("decline") << true << kDeclined << "rejected";
    QTest::newRow("decline, human") << QByteArray("decline") << false << kDeclined << "rejected";
    QTest::newRow("customer cancels, json") << QByteArray("cancel") << true << kCancelled << "cancelled";
    QTest::newRow("customer cancels, human") << QByteArray("cancel") << false << kCancelled << "cancelled";
}

void TestCli::chargeWait()
{
    QFETCH(QByteArray, action);
    QFETCH(bool, json);
    QFETCH(int, expectedExit);
    QFETCH(QString, expectedState);

    QStringList args{QStringLiteral("charge"),
                     QStringLiteral("--device"),
                     QStringLiteral("Caja 2"),
                     QStringLiteral("--amount"),
                     QStringLiteral("42"),
                     QStringLiteral("--description"),
                     QStringLiteral("Espera"),
                     QStringLiteral("--card"),
                     QStringLiteral("credit"),
                     QStringLiteral("--wait"),
                     QStringLiteral("--external-reference"),
                     QStringLiteral("REF-7")};
    if (json)
        args.prepend(QStringLiteral("--json"));
    QProcess process;
    const QString problem = startCli(process, args, cliEnvironment());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    const qint64 orderId = m_sim.waitForOpenOrder(QStringLiteral("Caja 2"), &process);
    QVERIFY2(orderId > 0, process.readAllStandardError().constData());
    // The CLI follows the order: it must still be running while the customer has not acted.
    QTest::qWait(200);
    QCOMPARE(process.state(), QProcess::Running);

    int status = 0;
    const QJsonObject acted = m_sim.control("POST", "/devices/Caja%202/" + action, {}, &status);
    QCOMPARE(status, 200);
    QCOMPARE(acted.value(QStringLiteral("order_id")).toInteger(), orderId);

    CliRun run;
    FINISH_CLI(process, run);
    CHECK_EXIT(run, expectedExit);

    const QJsonObject order = m_sim.order(orderId);
    const qint64 paymentId = order.value(QStringLiteral("payment_id")).toInteger();
    if (json) {
        QCOMPARE(run.json.value(QStringLiteral("order_id")).toInteger(), orderId);
        QCOMPARE(run.json.value(QStringLiteral("state")).toString(), expectedState);
        QCOMPARE(run.json.value(QStringLiteral("device")).toString(), QStringLiteral("Caja 2"));
        if (action == "cancel") {
            QVERIFY(run.json.value(QStringLiteral("payment_id")).isNull());
        } else {
            QVERIFY(paymentId > 0);
            QVERIFY(run.json.value(QStringLiteral("payment_id")).isDouble());
            QCOMPARE(run.json.value(QStringLiteral("payment_id")).toInteger(), paymentId);
            QCOMPARE(run.json.value(QStringLiteral("status")).toString(), QStringLiteral("CLOSED"));
            QCOMPARE(run.json.value(QStringLiteral("payment_status")).toString(),
                     order.value(QStringLiteral("payment_status")).toString());
            QCOMPARE(run.json.value(QStringLiteral("external_reference")).toString(), QStringLiteral("REF-7"));
        }
    } else {
        const QString out = run.outText();
        QVERIFY2(out.startsWith(QStringLiteral("Order %1 sent to \"Caja 2\"").arg(orderId)), qPrintable(out));
        QString last = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).constLast();
        if (action == "approve")
            QCOMPARE(last, QStringLiteral("Paid: payment %1 (approved).").arg(paymentId));
        else if (action == "decline")
            QVERIFY2(last.startsWith(QStringLiteral("Declined: payment %1 (rejected).").arg(paymentId)),
                     qPrintable(last));
        else
            QVERIFY2(last.startsWith(QStringLiteral("Cancelled: order %1 ").arg(orderId)), qPrintable(last));
    }
}

void TestCli::chargeWaitInterrupted_data()
{
    QTest::addColumn<bool>("json");
    QTest::newRow("human") << false;
    QTest::newRow("json") << true;
}

void TestCli::chargeWaitInterrupted()
{
#ifndef Q_OS_UNIX
    QSKIP("SIGINT is a Unix signal");
#else
    QFETCH(bool, json);
    QStringList args{QStringLiteral("charge"),   QStringLiteral("--device"), QStringLiteral("Caja 1"),
                     QStringLiteral("--amount"), QStringLiteral("5"),        QStringLiteral("--description"),
                     QStringLiteral("Alfajor"),  QStringLiteral("--card"),   QStringLiteral("debit"),
                     QStringLiteral("--wait")};
    if (json)
        args.prepend(QStringLiteral("--json"));
    QProcess process;
    const QString problem = startCli(process, args, cliEnvironment());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const qint64 orderId = m_sim.waitForOpenOrder(QStringLiteral("Caja 1"), &process);
    QVERIFY(orderId > 0);
    QTest::qWait(100);
    QCOMPARE(process.state(), QProcess::Running);
    QCOMPARE(::kill(pid_t(process.processId()), SIGINT), 0);

    CliRun run;
    FINISH_CLI(process, run);
    CHECK_EXIT(run, kInterrupted);
    // The cashier is told which order is still out there; nothing was cancelled behind their back.
    QVERIFY2(run.errText().contains(QStringLiteral("Order %1 is still open").arg(orderId)), qPrintable(run.errText()));
    QCOMPARE(m_sim.order(orderId).value(QStringLiteral("status")).toString(), QStringLiteral("OPEN"));
    QCOMPARE(m_sim.device(QStringLiteral("Caja 1")).value(QStringLiteral("status")).toString(), QStringLiteral("BUSY"));
    if (json) {
        QCOMPARE(run.errorKind(), QStringLiteral("interrupted"));
        QCOMPARE(run.json.value(QStringLiteral("order_id")).toInteger(), orderId);
    }
#endif
}

void TestCli::statusOfOpenAndClosedOrders()
{
    const qint64 openId =
        chargeOrder(QStringLiteral("Caja 1"), {QStringLiteral("--external-reference"), QStringLiteral("R-1"),
                                               QStringLiteral("--payer-email"), QStringLiteral("ana@example.com")});
    QVERIFY(openId > 0);

    CliRun run;
    RUN_CLI(run, {QStringLiteral("--json"), QStringLiteral("status"), QString::number(openId)});
    CHECK_EXIT(run, kSuccess);
    QCOMPARE(run.json.value(QStringLiteral("order_id")).toInteger(), openId);
    QCOMPARE(run.json.value(QStringLiteral("status")).toString(), QStringLiteral("OPEN"));
    QCOMPARE(run.json.value(QStringLiteral("state")).toString(), QStringLiteral("waiting_for_card"));
    QVERIFY(run.json.value(QStringLiteral("payment_id")).isNull());
    for (const char *key :
         {"order_id", "status", "state", "payment_id", "payment_status", "external_reference", "payer_email"})
        QVERIFY2(run.json.contains(QLatin1String(key)), key);

    RUN_CLI(run, {QStringLiteral("status"), QString::number(openId)});
    CHECK_EXIT(run, kSuccess);
    QVERIFY2(run.outText().startsWith(QStringLiteral("Order %1: Waiting for the customer (OPEN).").arg(openId)),
             qPrintable(run.outText()));

    int status = 0;
    m_sim.control("POST", "/devices/Caja%201/approve", {}, &status);
    QCOMPARE(status, 200);
    const qint64 paymentId = m_sim.order(openId).value(QStringLiteral("payment_id")).toInteger();
    QVERIFY(paymentId > 0);

    RUN_CLI(run, {QStringLiteral("--json"), QStringLiteral("status"), QString::number(openId)});
    CHECK_EXIT(run, kSuccess);
    QCOMPARE(run.json.value(QStringLiteral("status")).toString(), QStringLiteral("CLOSED"));
    QCOMPARE(run.json.value(QStringLiteral("state")).toString(), QStringLiteral("approved"));
    QCOMPARE(run.json.value(QStringLiteral("payment_id")).toInteger(), paymentId);
    QCOMPARE(run.json.value(QStringLiteral("payment_status")).toString(), QStringLiteral("approved"));
    QCOMPARE(run.json.value(QStringLiteral("external_reference")).toString(), QStringLiteral("R-1"));
    QCOMPARE(run.json.value(QStringLiteral("payer_email")).toString(), QStringLiteral("ana@example.com"));

    RUN_CLI(run, {QStringLiteral("status"), QString::number(openId)});
    CHECK_EXIT(run, kSuccess);
    QVERIFY2(run.outText().contains(QString::number(paymentId)), qPrintable(run.outText()));
    QVERIFY2(run.outText().contains(QLatin1String("R-1")), qPrintable(run.outText()));

    // A declined order is a fact, not an error: the query itself succeeded.
    const qint64 declinedId = chargeOrder(QStringLiteral("Caja 2"));
    QVERIFY(declinedId > 0);
    m_sim.control("POST", "/devices/Caja%202/decline", {}, &status);
    QCOMPARE(status, 200);
    RUN_CLI(run, {QStringLiteral("--json"), QStringLiteral("status"), QString::number(declinedId)});
    CHECK_EXIT(run, kSuccess);
    QCOMPARE(run.json.value(QStringLiteral("state")).toString(), QStringLiteral("rejected"));
    QCOMPARE(run.json.value(QStringLiteral("payment_status")).toString(), QStringLiteral("rejected"));
}

void TestCli::cancelOrder()
{
    const qint64 orderId = chargeOrder(QStringLiteral("Caja 1"));
    QVERIFY(orderId > 0);

    CliRun run;
    RUN_CLI(run, {QStringLiteral("--json"), QStringLiteral("cancel"), QString::number(orderId)});
    CHECK_EXIT(run, kSuccess);
    QCOMPARE(run.json.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(run.json.value(QStringLiteral("order_id")).toInteger(), orderId);
    QCOMPARE(m_sim.order(orderId).value(QStringLiteral("status")).toString(), QStringLiteral("DELETED"));
    QCOMPARE(m_sim.device(QStringLiteral("Caja 1")).value(QStringLiteral("status")).toString(), QStringLiteral("FREE"));

    RUN_CLI(run, {QStringLiteral("--json"), QStringLiteral("status"), QString::number(orderId)});
    CHECK_EXIT(run, kApiError);
    QCOMPARE(run.errorKind(), QStringLiteral("not_found"));
    QCOMPARE(run.error().value(QStringLiteral("http_status")).toInt(), 404);
    QVERIFY(!run.error().value(QStringLiteral("message")).toString().isEmpty());
    // The command line's words name a command, not the window's Refresh button.
    const QString notFound = run.error().value(QStringLiteral("message")).toString();
    QVERIFY2(notFound.contains(QStringLiteral("devices\"")) && !notFound.contains(QStringLiteral("Refresh")),
             qPrintable(notFound));

    // Human form.
    const qint64 second = chargeOrder(QStringLiteral("Caja 1"));
    QVERIFY(second > 0);
    RUN_CLI(run, {QStringLiteral("cancel"), QString::number(second)});
    CHECK_EXIT(run, kSuccess);
    QCOMPARE(run.outText(), QStringLiteral("Order %1 cancelled.\n").arg(second));
    QCOMPARE(m_sim.order(second).value(QStringLiteral("status")).toString(), QStringLiteral("DELETED"));

    // A paid order cannot be cancelled any more.
    const qint64 paid = chargeOrder(QStringLiteral("Caja 1"));
    QVERIFY(paid > 0);
    int status = 0;
    m_sim.control("POST", "/devices/Caja%201/approve", {}, &status);
    QCOMPARE(status, 200);
    RUN_CLI(run, {QStringLiteral("--json"), QStringLiteral("cancel"), QString::number(paid)});
    CHECK_EXIT(run, kApiError);
    QCOMPARE(run.error().value(QStringLiteral("http_status")).toInt(), 409);
    QCOMPARE(m_sim.order(paid).value(QStringLiteral("status")).toString(), QStringLiteral("CLOSED"));
}

void TestCli::cancelByDeviceWithAwkwardName()
{
    const QString name = QStringLiteral("Caja 2/ñandú 3");
    int status = 0;
    m_sim.control("POST", "/devices", QJsonObject{{QStringLiteral("name"), name}}, &status);
    QCOMPARE(status, 201);

    const qint64 orderId = chargeOrder(name);
    QVERIFY(orderId > 0);
    QCOMPARE(m_sim.order(orderId).value(QStringLiteral("device_name")).toString(), name);

    CliRun run;
    RUN_CLI(run, {QStringLiteral("--json"), QStringLiteral("devices")});
    CHECK_EXIT(run, kSuccess);
    bool listed = false;
    for (const QJsonValue &value : run.json.value(QStringLiteral("devices")).toArray()) {
        const QJsonObject device = value.toObject();
        if (device.value(QStringLiteral("name")).toString() != name)
            continue;
        listed = true;
        QCOMPARE(device.value(QStringLiteral("status")).toString(), QStringLiteral("BUSY"));
        QCOMPARE(device.value(QStringLiteral("payment_attempt")).toInteger(), orderId);
    }
    QVERIFY(listed);
    RUN_CLI(run, {QStringLiteral("devices")});
    CHECK_EXIT(run, kSuccess);
    QVERIFY2(run.outText().contains(name), qPrintable(run.outText()));

    RUN_CLI(run, {QStringLiteral("--json"), QStringLiteral("cancel"), QStringLiteral("--device"), name});
    CHECK_EXIT(run, kSuccess);
    QCOMPARE(run.json.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(run.json.value(QStringLiteral("device")).toString(), name);
    QCOMPARE(m_sim.order(orderId).value(QStringLiteral("status")).toString(), QStringLiteral("DELETED"));
    QCOMPARE(m_sim.device(name).value(QStringLiteral("status")).toString(), QStringLiteral("FREE"));
    // The neighbour whose name is a prefix was not touched.
    QVERIFY(!m_sim.device(QStringLiteral("Caja 2")).isEmpty());

    RUN_CLI(run, {QStringLiteral("remove-device"), name});
    CHECK_EXIT(run, kSuccess);
    QCOMPARE(run.outText(), QStringLiteral("Terminal \"%1\" removed from the account.\n").arg(name));
    QVERIFY(m_sim.device(name).isEmpty());
    QVERIFY(!m_sim.device(QStringLiteral("Caja 2")).isEmpty());
}

void TestCli::removeDevice()
{
    CliRun run;
    RUN_CLI(run, {QStringLiteral("--json"), QStringLiteral("remove-device"), QStringLiteral("Mostrador Ñandú")});
    CHECK_EXIT(run, kSuccess);
    QCOMPARE(run.json.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(run.json.value(QStringLiteral("device")).toString(), QStringLiteral("Mostrador Ñandú"));
    QVERIFY(m_sim.device(QStringLiteral("Mostrador Ñandú")).isEmpty());
    QCOMPARE(m_sim.state().value(QStringLiteral("devices")).toArray().size(), 2);

    RUN_CLI(run, {QStringLiteral("--json"), QStringLiteral("remove-device"), QStringLiteral("Mostrador Ñandú")});
    CHECK_EXIT(run, kApiError);
    QCOMPARE(run.errorKind(), QStringLiteral("not_found"));

    RUN_CLI(run, {QStringLiteral("devices")});
    CHECK_EXIT(run, kSuccess);
    QVERIFY(!run.outText().contains(QStringLiteral("Ñandú")));
}

void TestCli::enableIntegration()
{
    CliRun run;
    RUN_CLI(run, {QStringLiteral("--json"), QStringLiteral("enable-integration"), QString::number(m_userId + 1)});
    CHECK_EXIT(run, kApiError);
    QVERIFY(!run.errorKind().isEmpty());
    QVERIFY(run.error().value(QStringLiteral("http_status")).toInt() >= 400);
    QCOMPARE(m_sim.state().value(QStringLiteral("integration_enabled")).toBool(), false);

    // --verbose shows request logs and details; the token (sent here as a query parameter) still never shows.
    RUN_CLI(run, {QStringLiteral("--verbose"), QStringLiteral("enable-integration"), QString::number(m_userId)});
    CHECK_EXIT(run, kSuccess);
    QCOMPARE(run.outText(), QStringLiteral("The Point integration is enabled for user %1.\n").arg(m_userId));
    QCOMPARE(m_sim.state().value(QStringLiteral("integration_enabled")).toBool(), true);

    RUN_CLI(run, {QStringLiteral("--json"), QStringLiteral("enable-integration"), QString::number(m_userId)});
    CHECK_EXIT(run, kSuccess);
    QCOMPARE(run.json.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(run.json.value(QStringLiteral("user_id")).toInteger(), m_userId);
}

QTEST_GUILESS_MAIN(TestCli)
