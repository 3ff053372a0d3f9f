// pointdesk-cli's commands in-process, continued: how charge --wait ends and is interrupted, API and network errors,
// terminal modes, refunds, history, login and logout, a context of its own, and choosing the API
// (TestCliCommands.h).
#include "TestCliCommands.h"

void TestCliCommands::chargeWaitOutcome_data()
{
    QTest::addColumn<bool>("approve");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("state");
    QTest::newRow("paid") << true << kSuccess << QStringLiteral("approved");
    QTest::newRow("declined") << false << kDeclined << QStringLiteral("rejected");
}

void TestCliCommands::chargeWaitOutcome()
{
    QFETCH(bool, approve);
    QFETCH(int, exitCode);
    QFETCH(QString, state);

    const QString device = m_sim->devices().first().name;
    Run run;
    runCli(run,
           {QStringLiteral("--json"), QStringLiteral("charge"), QStringLiteral("--wait"), QStringLiteral("--device"),
            device, QStringLiteral("--amount"), QStringLiteral("3"), QStringLiteral("--description"),
            QStringLiteral("Pan"), QStringLiteral("--card"), QStringLiteral("credit")},
           environment(m_sim->accessToken()), [this, approve, device](CliApp &app) {
               // The customer at the terminal, once the order is there.
               QTRY_VERIFY_WITH_TIMEOUT(!m_sim->orders().isEmpty() || app.isFinished(), kRunTimeoutMs);
               QVERIFY(!app.isFinished());
               QVERIFY((approve ? m_sim->approve(device) : m_sim->decline(device)) > 0);
           });
    QCOMPARE(run.exitCode, exitCode);
    QCOMPARE(m_sim->orders().size(), 1);
    const SimOrder order = m_sim->orders().first();
    QCOMPARE(run.json.value(QStringLiteral("order_id")).toInteger(), order.id);
    QCOMPARE(run.json.value(QStringLiteral("state")).toString(), state);
    QCOMPARE(run.json.value(QStringLiteral("payment_id")).toInteger(), order.paymentId);
    QCOMPARE(run.json.value(QStringLiteral("device")).toString(), device);
    QVERIFY(!run.json.contains(QStringLiteral("error")));
}

void TestCliCommands::chargeWaitInterrupted()
{
    const QString device = m_sim->devices().first().name;
    // A GET once the order exists is the order being followed: the CLI knows its id.
    int polls = 0;
    connect(m_sim, &PointSimulator::requestHandled, this, [this, &polls](const QString &method, const QString &, int) {
        if (method == QLatin1String("GET") && !m_sim->orders().isEmpty())
            ++polls;
    });
    Run run;
    runCli(run,
           {QStringLiteral("--json"), QStringLiteral("charge"), QStringLiteral("--wait"), QStringLiteral("--device"),
            device, QStringLiteral("--amount"), QStringLiteral("7"), QStringLiteral("--description"),
            QStringLiteral("Leche"), QStringLiteral("--card"), QStringLiteral("credit")},
           environment(m_sim->accessToken()), [&polls](CliApp &app) {
               QTRY_VERIFY_WITH_TIMEOUT(polls > 0 || app.isFinished(), kRunTimeoutMs);
               QVERIFY(!app.isFinished());
               app.interrupt();
               QVERIFY(app.isFinished());
               app.interrupt(); // once is enough
           });
    QCOMPARE(run.exitCode, kInterrupted);
    const SimOrder order = m_sim->orders().first();
    QCOMPARE(order.status, SimOrder::Status::Open); // left on the terminal
    QCOMPARE(run.error().value(QStringLiteral("kind")).toString(), QStringLiteral("interrupted"));
    QCOMPARE(run.error().value(QStringLiteral("message")).toString(),
             QStringLiteral("Stopped waiting for order %1.").arg(order.id));
    QCOMPARE(run.json.value(QStringLiteral("order_id")).toInteger(), order.id);
    QVERIFY(run.errText().contains(QStringLiteral("pointdesk-cli status %1").arg(order.id)));
}

void TestCliCommands::apiAndNetworkErrors()
{
    Run refused;
    runCli(refused, {QStringLiteral("--json"), QStringLiteral("devices")},
           environment(QStringLiteral("APP_USR-wrong-5511-token")));
    QCOMPARE(refused.exitCode, kApiError);
    QCOMPARE(refused.error().value(QStringLiteral("kind")).toString(), QStringLiteral("unauthorized"));
    QCOMPARE(refused.error().value(QStringLiteral("http_status")).toInt(), 401);

    Run unknown;
    runCli(unknown, {QStringLiteral("--json"), QStringLiteral("status"), QStringLiteral("987654321")});
    QCOMPARE(unknown.exitCode, kApiError);
    QCOMPARE(unknown.error().value(QStringLiteral("kind")).toString(), QStringLiteral("not_found"));
    QCOMPARE(unknown.json.value(QStringLiteral("order_id")).toInteger(), 987654321);

    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    Run network;
    runCli(network, {QStringLiteral("--json"), QStringLiteral("--api-base"),
                     QStringLiteral("http://127.0.0.1:%1").arg(port), QStringLiteral("devices")});
    QCOMPARE(network.exitCode, kNetworkError);
    QCOMPARE(network.error().value(QStringLiteral("kind")).toString(), QStringLiteral("network"));

    Run noToken;
    runCli(noToken, {QStringLiteral("--json"), QStringLiteral("devices")}, environment(QString()));
    // Without POINTDESK_TOKEN the keychain is asked, and there is none here.
    QCOMPARE(noToken.exitCode, kKeychainError);
    QCOMPARE(noToken.error().value(QStringLiteral("kind")).toString(), QStringLiteral("keychain"));
    QVERIFY(noToken.errText().contains(QLatin1String("POINTDESK_TOKEN")));
}

void TestCliCommands::removeDeviceWithoutManagerPin()
{
    const QString device = m_sim->devices().last().name;
    Run run;
    runCli(run, {QStringLiteral("--json"), QStringLiteral("remove-device"), device});
    // No keychain, so no manager PIN could be stored: nothing to ask for.
    QCOMPARE(run.exitCode, kSuccess);
    QCOMPARE(run.json, (QJsonObject{{QStringLiteral("device"), device}, {QStringLiteral("ok"), true}}));
    QVERIFY(!m_sim->device(device));
}

void TestCliCommands::terminalModeChecksItsArguments()
{
    Run missing;
    runCli(missing, {QStringLiteral("terminal-mode"), QStringLiteral("NEWLAND_N950__SBX0000001")});
    QCOMPARE(missing.exitCode, kUsage);
    Run bad;
    runCli(bad, {QStringLiteral("--json"), QStringLiteral("terminal-mode"), QStringLiteral("NEWLAND_N950__SBX0000001"),
                 QStringLiteral("kiosk")});
    QCOMPARE(bad.exitCode, kInvalidInput);
    QVERIFY(bad.outText().contains(QLatin1String("pdv or standalone")) ||
            bad.errText().contains(QLatin1String("pdv or standalone")));
    QCOMPARE(TerminalModeCommandProbe::parse(QStringLiteral("PDV")), 1);
    QCOMPARE(TerminalModeCommandProbe::parse(QStringLiteral("standalone")), 2);
    QCOMPARE(TerminalModeCommandProbe::parse(QStringLiteral("undefined")), 0);
}

void TestCliCommands::terminalModeOnAnApiWithoutModes()
{
    // The legacy API has no operating modes: refused before anything is sent, with the API's reason.
    const int before = m_sim->requestCount();
    Run run;
    runCli(run, {QStringLiteral("--json"), QStringLiteral("terminal-mode"), m_sim->devices().first().name,
                 QStringLiteral("standalone")});
    QCOMPARE(run.exitCode, kInvalidInput);
    QCOMPARE(m_sim->requestCount(), before);
}

void TestCliCommands::chargeNoTicketIsAccepted()
{
    // The legacy API's terminal always prints: --no-ticket there is refused before anything is sent.
    const QString device = m_sim->devices().first().name;
    const QStringList args = {QStringLiteral("--json"), QStringLiteral("charge"), QStringLiteral("--device"), device,
                              QStringLiteral("--amount"), QStringLiteral("50"), QStringLiteral("--description"),
                              QStringLiteral("Mate"), QStringLiteral("--card"), QStringLiteral("credit"),
                              QStringLiteral("--no-ticket")};
    Run legacy;
    runCli(legacy, args);
    QCOMPARE(legacy.exitCode, kInvalidInput);
    QVERIFY(m_sim->orders().isEmpty());

    // The Orders API takes it: the order asks the terminal not to print.
    OrdersSimulator sim;
    QVERIFY(sim.listen());
    QProcessEnvironment env = environment(sim.accessToken());
    env.insert(QStringLiteral("POINTDESK_API_BASE"), sim.apiUrl().toString());
    env.insert(QStringLiteral("POINTDESK_API"), QStringLiteral("orders"));
    QStringList ordersArgs = args;
    ordersArgs[3] = sim.terminals().first().id;
    Run orders;
    runCli(orders, ordersArgs, env);
    QCOMPARE(orders.exitCode, kSuccess);
    QCOMPARE(sim.orders().size(), 1);
    const QJsonObject point = sim.orders().first().config.value(QStringLiteral("point")).toObject();
    QCOMPARE(point.value(QStringLiteral("print_on_terminal")).toString(), QStringLiteral("no_ticket"));
}

void TestCliCommands::chargeWaitActionRequiredExitsCheckTerminal()
{
    // `charge --wait` on the Orders API: an order that ends action_required exits 12, "check the terminal".
    OrdersSimulator sim;
    OrdersSimulator::Settings settings = sim.settings();
    settings.takeDelayMs = -1;
    sim.setSettings(settings);
    QVERIFY(sim.listen());
    OrdersBackend client;
    QVERIFY(client.setBaseUrl(sim.apiUrl()));
    client.setAccessToken(sim.accessToken());
    client.setCurrency(*Currency::fromCode(QStringLiteral("MXN")));
    OrderJournal journal;
    QVERIFY(journal.open(m_dir->filePath(QStringLiteral("orders-journal.sqlite"))).ok());
    QBuffer out;
    QBuffer err;
    QVERIFY(out.open(QIODevice::WriteOnly));
    QVERIFY(err.open(QIODevice::WriteOnly));
    CliContext context(QProcessEnvironment(), &out, &err);
    int exitCode = -1;
    connect(&context, &CliContext::finished, this, [&exitCode](int code) { exitCode = code; });
    ChargeService service(&client, &journal);
    PointBackend::PollingPolicy fast = client.pollingPolicy();
    fast.fastIntervalMs = fast.slowIntervalMs = 50;
    fast.minIntervalMs = 0;
    service.setPollingPolicy(fast);
    OrderRequest r;
    r.amount = Money::fromCents(2400);
    r.description = QStringLiteral("Mate");
    r.deviceName = OrdersSimulator::defaultTerminalIds().first();
    r.cardType = CardType::Credit;
    ChargeReporter reporter(context, &service, r, true, journal.path());
    const ChargeService::StartResult started = service.start(r);
    QVERIFY(started.ok());
    reporter.follow(started.localId);
    QTRY_COMPARE(sim.orders().size(), 1);
    const QString id = sim.orders().first().id;
    QTRY_VERIFY(!journal.entry(started.localId)->orderId.isNull());
    QVERIFY(sim.take(id));
    QVERIFY(sim.requireAction(id));
    QTRY_COMPARE_WITH_TIMEOUT(exitCode, kCheckTerminal, 10000);
    QVERIFY(QString::fromUtf8(out.data()).contains(QLatin1String("Check the terminal")));
    QCOMPARE(journal.entry(started.localId)->state, OrderState::ActionRequired);
}

void TestCliCommands::refundBySaleAndByPaymentId()
{
    // A sale the window charged and saw paid.
    const QString device = m_sim->devices().first().name;
    Run charge;
    runCli(charge, {QStringLiteral("--json"), QStringLiteral("charge"), QStringLiteral("--device"), device,
                    QStringLiteral("--amount"), QStringLiteral("50"), QStringLiteral("--description"),
                    QStringLiteral("Mate"), QStringLiteral("--card"), QStringLiteral("credit")});
    QCOMPARE(charge.exitCode, kSuccess);
    const qint64 orderId = charge.json.value(QStringLiteral("order_id")).toInteger();
    m_sim->approve(device);
    Run status;
    runCli(status, {QStringLiteral("--json"), QStringLiteral("status"), QString::number(orderId)});
    QCOMPARE(status.exitCode, kSuccess);
    const qint64 paymentId = m_sim->order(orderId)->paymentId;
    qint64 saleId = 0;
    {
        OrderJournal journal;
        QVERIFY(journal.open(m_dir->filePath(QStringLiteral("journal.sqlite"))).ok());
        const std::optional<JournalEntry> sale = journal.entryByOrderId(orderRef(orderId));
        QVERIFY(sale);
        saleId = sale->localId;
        // `status` keeps what Mercado Pago said in the sales record.
        QCOMPARE(sale->state, OrderState::Approved);
        QCOMPARE(sale->paymentId, paymentRef(paymentId));
    }

    Run part;
    runCli(part, {QStringLiteral("--json"), QStringLiteral("refund"), QStringLiteral("--sale"),
                  QString::number(saleId), QStringLiteral("--amount"), QStringLiteral("12.50"),
                  QStringLiteral("--reason"), QStringLiteral("broken cup")});
    QCOMPARE(part.exitCode, kSuccess);
    const QJsonObject refund = part.json.value(QStringLiteral("refund")).toObject();
    QCOMPARE(refund.value(QStringLiteral("amount")).toString(), QStringLiteral("12.5"));
    QCOMPARE(refund.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
    QCOMPARE(refund.value(QStringLiteral("sale")).toInteger(), saleId);
    QCOMPARE(refund.value(QStringLiteral("whole_balance")).toBool(), false);
    QCOMPARE(m_sim->payments().payment(paymentId)->refundedCents, qint64(1250));

    Run aboveBalance;
    runCli(aboveBalance, {QStringLiteral("refund"), QString::number(paymentId), QStringLiteral("--amount"),
                          QStringLiteral("40")});
    QCOMPARE(aboveBalance.exitCode, kInvalidInput);
    QVERIFY(aboveBalance.errText().contains(QStringLiteral("37.50")));

    Run rest;
    runCli(rest, {QStringLiteral("refund"), QString::number(paymentId)});
    QCOMPARE(rest.exitCode, kSuccess);
    QVERIFY(rest.outText().contains(QStringLiteral("37.50")));
    QCOMPARE(m_sim->payments().payment(paymentId)->status, QStringLiteral("refunded"));

    const int requests = m_sim->requestCount();
    Run nothingLeft;
    runCli(nothingLeft, {QStringLiteral("--json"), QStringLiteral("refund"), QString::number(paymentId)});
    QCOMPARE(nothingLeft.exitCode, kInvalidInput);
    QCOMPARE(nothingLeft.error().value(QStringLiteral("field")).toString(), QStringLiteral("refund"));
    Run unknown;
    runCli(unknown, {QStringLiteral("refund"), QStringLiteral("424242")});
    QCOMPARE(unknown.exitCode, kInvalidInput);
    Run both;
    runCli(both, {QStringLiteral("refund"), QStringLiteral("424242"), QStringLiteral("--sale"), QStringLiteral("1")});
    QCOMPARE(both.exitCode, kUsage);
    Run badAmount;
    runCli(badAmount, {QStringLiteral("refund"), QStringLiteral("--sale"), QString::number(saleId),
                       QStringLiteral("--amount"), QStringLiteral("-3")});
    QCOMPARE(badAmount.exitCode, kInvalidInput);
    QCOMPARE(m_sim->requestCount(), requests);
}

void TestCliCommands::historyReadsTheJournal()
{
    Run empty;
    runCli(empty, {QStringLiteral("history"), QStringLiteral("--all")}, environment(QString()));
    QCOMPARE(empty.exitCode, kSuccess);
    QCOMPARE(empty.outText(), QStringLiteral("The order journal holds no sales.\n"));
    // Reading a journal that is not there does not make one.
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("journal.sqlite"))));

    const QString device = m_sim->devices().first().name;
    Run charge;
    runCli(charge, {QStringLiteral("--json"), QStringLiteral("charge"), QStringLiteral("--device"), device,
                    QStringLiteral("--amount"), QStringLiteral("1234.5"), QStringLiteral("--description"),
                    QStringLiteral("Caja"), QStringLiteral("--card"), QStringLiteral("credit")});
    QCOMPARE(charge.exitCode, kSuccess);
    const int requests = m_sim->requestCount();

    Run json;
    runCli(json, {QStringLiteral("--json"), QStringLiteral("history")}, environment(QString()));
    QCOMPARE(json.exitCode, kSuccess);
    const QJsonArray entries = json.json.value(QStringLiteral("entries")).toArray();
    QCOMPARE(entries.size(), 1);
    const QJsonObject entry = entries.first().toObject();
    QCOMPARE(entry.value(QStringLiteral("local_id")).toInteger(),
             charge.json.value(QStringLiteral("local_id")).toInteger());
    QCOMPARE(entry.value(QStringLiteral("amount")).toString(), QStringLiteral("1234.50"));
    QCOMPARE(entry.value(QStringLiteral("amount_cents")).toInteger(), 123450);
    QCOMPARE(entry.value(QStringLiteral("state")).toString(), QStringLiteral("waiting_for_card"));
    QCOMPARE(json.json.value(QStringLiteral("matched")).toInteger(), 1);
    const QJsonObject totals = json.json.value(QStringLiteral("totals")).toObject();
    QCOMPARE(totals.value(QStringLiteral("count")).toInteger(), 1);
    QCOMPARE(totals.value(QStringLiteral("by_card"))
                 .toObject()
                 .value(QStringLiteral("credit"))
                 .toObject()
                 .value(QStringLiteral("amount_cents"))
                 .toInteger(),
             123450);

    Run csv;
    runCli(csv, {QStringLiteral("history"), QStringLiteral("--csv")}, environment(QString()));
    QCOMPARE(csv.exitCode, kSuccess);
    const QStringList rows = csv.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 2); // header and the sale
    QVERIFY(rows.at(1).contains(QLatin1String("1234.50")));

    QCOMPARE(m_sim->requestCount(), requests); // history sends nothing
}

void TestCliCommands::loginReadsTheTokenFromInput()
{
    QFile input(m_dir->filePath(QStringLiteral("token.txt")));
    QVERIFY(input.open(QIODevice::WriteOnly));
    input.write("APP_USR-not-the-simulator-token-4242\n");
    input.close();
    QVERIFY(input.open(QIODevice::ReadOnly));

    Run run;
    runCli(run, {QStringLiteral("--json"), QStringLiteral("login")}, environment(QString()), {}, input.handle());
    // Read from the input, checked with Mercado Pago (the simulator refuses it), not saved.
    QCOMPARE(run.exitCode, kApiError);
    QCOMPARE(run.error().value(QStringLiteral("kind")).toString(), QStringLiteral("unauthorized"));
    QVERIFY(run.error()
                .value(QStringLiteral("message"))
                .toString()
                .startsWith(QLatin1String("Mercado Pago did not accept this access token (401).")));
    QVERIFY(run.errText().contains(QLatin1String("The access token was not saved.")));
    QVERIFY(!run.out.contains("APP_USR-not-the-simulator-token-4242"));
    QVERIFY(!run.err.contains("APP_USR-not-the-simulator-token-4242"));
    QCOMPARE(m_sim->requestCount(), 1);
}

void TestCliCommands::logoutWithoutKeychain()
{
    Run run;
    runCli(run, {QStringLiteral("--json"), QStringLiteral("logout")}, environment(QString()));
    QCOMPARE(run.exitCode, kKeychainError);
    QCOMPARE(run.error().value(QStringLiteral("kind")).toString(), QStringLiteral("keychain"));
    QCOMPARE(m_sim->requestCount(), 0);
}

void TestCliCommands::commandRunsOnAContextOfItsOwn()
{
    // A command needs nothing but its context: the registry's instance, run directly.
    QBuffer out;
    QBuffer err;
    QVERIFY(out.open(QIODevice::WriteOnly));
    QVERIFY(err.open(QIODevice::WriteOnly));
    CliContext context(QProcessEnvironment(), &out, &err);
    context.setJson(true);
    context.setApiBase(m_sim->apiUrl());
    context.setToken(m_sim->accessToken(), CliContext::TokenSource::Environment);
    QSignalSpy finished(&context, &CliContext::finished);

    const std::unique_ptr<CliCommand> command = CliRegistry::create(QStringLiteral("enable-integration"));
    QVERIFY(command);
    QCOMPARE(command->needs(), CliCommand::Needs::Api);
    const QString userId = QString::number(m_sim->userId());
    QVERIFY(command->parse(QCommandLineParser(), {userId}, context));
    QVERIFY(command->checkInput(context));
    command->run(context);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kRunTimeoutMs);
    QCOMPARE(context.exitCode(), kSuccess);
    QCOMPARE(out.data(), QByteArray("{\"ok\":true,\"user_id\":") + userId.toUtf8() + "}\n");
    QVERIFY(err.data().isEmpty());
    QVERIFY(m_sim->integrationEnabled());

    // A value the command refuses ends the run through the same context, before anything is sent.
    QBuffer out2;
    QBuffer err2;
    QVERIFY(out2.open(QIODevice::WriteOnly));
    QVERIFY(err2.open(QIODevice::WriteOnly));
    CliContext second(QProcessEnvironment(), &out2, &err2);
    const int requests = m_sim->requestCount();
    const std::unique_ptr<CliCommand> refused = CliRegistry::create(QStringLiteral("enable-integration"));
    QVERIFY(refused->parse(QCommandLineParser(), {QStringLiteral("-5")}, second));
    QVERIFY(!refused->checkInput(second));
    QVERIFY(second.isFinished());
    QCOMPARE(second.exitCode(), kInvalidInput);
    QVERIFY(err2.data().startsWith("Error: "));
    QCOMPARE(m_sim->requestCount(), requests);
}

void TestCliCommands::apiOptionAndEnvironment()
{
    const QStringList devices{QStringLiteral("--json"), QStringLiteral("devices")};

    // An unknown --api is a usage error that names it and the APIs there are; nothing is sent.
    const int before = m_sim->requestCount();
    Run unknown;
    runCli(unknown, QStringList{QStringLiteral("--api"), QStringLiteral("point-v3")} + devices);
    QCOMPARE(unknown.exitCode, kUsage);
    QCOMPARE(unknown.error().value(QStringLiteral("kind")).toString(), QStringLiteral("usage"));
    QVERIFY2(unknown.errText().contains(QLatin1String("--api")), unknown.err.constData());
    QVERIFY2(unknown.errText().contains(QLatin1String("\"point-v3\"")), unknown.err.constData());
    QVERIFY(unknown.errText().contains(QLatin1String("legacy")));
    QVERIFY(unknown.errText().contains(QLatin1String("orders")));
    // Also for a command that sends nothing.
    Run history;
    runCli(history, {QStringLiteral("history"), QStringLiteral("--api"), QStringLiteral("nope")});
    QCOMPARE(history.exitCode, kUsage);

    QProcessEnvironment env = environment(m_sim->accessToken());
    env.insert(QStringLiteral("POINTDESK_API"), QStringLiteral("bogus"));
    Run fromEnvironment;
    runCli(fromEnvironment, devices, env);
    QCOMPARE(fromEnvironment.exitCode, kUsage);
    QVERIFY2(fromEnvironment.errText().contains(QLatin1String("POINTDESK_API")), fromEnvironment.err.constData());
    QCOMPARE(m_sim->requestCount(), before);

    // The option wins over the environment, case-insensitively.
    Run optionWins;
    runCli(optionWins, QStringList{QStringLiteral("--api"), QStringLiteral("LEGACY")} + devices, env);
    QCOMPARE(optionWins.exitCode, kSuccess);
    QCOMPARE(optionWins.json.value(QStringLiteral("devices")).toArray().size(), m_sim->devices().size());

    env.insert(QStringLiteral("POINTDESK_API"), QStringLiteral(" Legacy "));
    Run environmentOk;
    runCli(environmentOk, devices, env);
    QCOMPARE(environmentOk.exitCode, kSuccess);

    // --api orders: the Orders API, which the legacy simulator does not serve.
    Run orders;
    runCli(orders, QStringList{QStringLiteral("--api"), QStringLiteral("orders")} + devices);
    QCOMPARE(orders.exitCode, kApiError);
}

void TestCliCommands::apiSavedForTheAccount()
{
    const QStringList devices{QStringLiteral("--json"), QStringLiteral("devices")};
    struct Restore
    {
        ~Restore()
        {
            Settings settings;
            settings.setAccountApi(QString());
            settings.sync();
        }
    } restore;

    {
        // A value edited by hand: a clear usage error, never a guess.
        Settings settings;
        settings.setAccountApi(QStringLiteral("point-v3"));
        settings.sync();
    }
    Run edited;
    runCli(edited, devices);
    QCOMPARE(edited.exitCode, kUsage);
    QVERIFY2(edited.errText().contains(QLatin1String("point-v3")), edited.err.constData());
    QVERIFY2(edited.errText().contains(QLatin1String("--api")), edited.err.constData());
    // The environment wins over the saved value.
    QProcessEnvironment env = environment(m_sim->accessToken());
    env.insert(QStringLiteral("POINTDESK_API"), QStringLiteral("legacy"));
    Run overridden;
    runCli(overridden, devices, env);
    QCOMPARE(overridden.exitCode, kSuccess);

    {
        Settings settings;
        settings.setAccountApi(QStringLiteral("orders"));
        settings.sync();
    }
    Run saved;
    runCli(saved, devices);
    QCOMPARE(saved.exitCode, kApiError);
    Run option;
    runCli(option, QStringList{QStringLiteral("--api"), QStringLiteral("legacy")} + devices);
    QCOMPARE(option.exitCode, kSuccess);

    {
        Settings settings;
        settings.setAccountApi(QStringLiteral("legacy"));
        settings.sync();
    }
    Run legacy;
    runCli(legacy, devices);
    QCOMPARE(legacy.exitCode, kSuccess);
}

void TestCliCommands::helpDocumentsTheApiChoice()
{
    Run run;
    runCli(run, {QStringLiteral("help")});
    QCOMPARE(run.exitCode, kSuccess);
    const QString help = run.outText();
    QVERIFY(help.contains(QLatin1String("--api API ")));
    QVERIFY(help.contains(QLatin1String("legacy")));
    QVERIFY(help.contains(QLatin1String("orders")));
    QVERIFY(help.contains(QLatin1String("POINTDESK_API ")));
}
