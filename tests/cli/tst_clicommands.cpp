// pointdesk-cli's commands in-process: CliApp, the registry and the CliContext with captured output, against a
// PointSimulator on 127.0.0.1 (the real LegacyPointBackend over real HTTP). tst_cli runs the same commands as a process;
// here the declarations themselves are checked too: the help made from them, the usage errors they imply, and a
// command run on a context of its own.
#include "TestCliCommands.h"

void TestCliCommands::initTestCase()
{
    QVERIFY(m_home.isValid());
    // The window's settings (currency, manager PIN lockout) of a folder of our own; and no keychain at all: the
    // commands that need one fail the way they do on a computer without a Secret Service.
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/pointdesk-clicommands-test");
}

void TestCliCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_sim = new PointSimulator(this);
    QVERIFY(m_sim->listen());
}

void TestCliCommands::cleanup()
{
    delete m_sim;
    m_sim = nullptr;
    m_dir.reset();
}

QProcessEnvironment TestCliCommands::environment(const QString &token) const
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("POINTDESK_API_BASE"), m_sim->apiUrl().toString());
    env.insert(QStringLiteral("POINTDESK_JOURNAL"), m_dir->filePath(QStringLiteral("journal.sqlite")));
    env.insert(QStringLiteral("POINTDESK_POLL_MS"), QStringLiteral("50"));
    env.insert(QStringLiteral("POINTDESK_KEYCHAIN_SERVICE"), QStringLiteral("PointDesk-clicommands-test"));
    if (!token.isEmpty())
        env.insert(QStringLiteral("POINTDESK_TOKEN"), token);
    return env;
}

void TestCliCommands::runCli(Run &run, const QStringList &arguments, const QProcessEnvironment &environment,
                             const std::function<void(CliApp &)> &whileRunning, int inputFd)
{
    QBuffer out;
    QBuffer err;
    QVERIFY(out.open(QIODevice::WriteOnly));
    QVERIFY(err.open(QIODevice::WriteOnly));
    CliApp app(QStringList{QStringLiteral("pointdesk-cli")} + arguments, environment, &out, &err);
    int finishedCount = 0;
    connect(&app, &CliApp::finished, this, [&finishedCount]() { ++finishedCount; });
    if (inputFd >= 0)
        app.setInputFd(inputFd);
    app.start();
    if (whileRunning)
        whileRunning(app);
    QTRY_VERIFY_WITH_TIMEOUT(app.isFinished(), kRunTimeoutMs);
    // Exactly one outcome, also after the event loop has had its say.
    QTest::qWait(20);
    QCOMPARE(finishedCount, 1);
    run.exitCode = app.exitCode();
    run.out = out.data();
    run.err = err.data();
    const QJsonDocument document = QJsonDocument::fromJson(run.out);
    run.json = document.isObject() ? document.object() : QJsonObject();
    // The token never shows, whatever happened.
    const QByteArray token = environment.value(QStringLiteral("POINTDESK_TOKEN")).toUtf8();
    if (!token.isEmpty()) {
        QVERIFY(!run.out.contains(token));
        QVERIFY(!run.err.contains(token));
    }
}

// ---------------------------------------------------------------------------------------------------------------

void TestCliCommands::registryCreatesEveryCommandByName()
{
    const auto commands = CliRegistry::all();
    QVERIFY(commands.size() >= 10);
    QSet<QString> names;
    for (const auto &command : commands) {
        QVERIFY(!command->name().isEmpty());
        QVERIFY2(!names.contains(command->name()), qPrintable(command->name()));
        names.insert(command->name());
        const std::unique_ptr<CliCommand> created = CliRegistry::create(command->name());
        QVERIFY(created);
        QCOMPARE(created->metaObject()->className(), command->metaObject()->className());
        QVERIFY(!created->usages().isEmpty());
        // Every usage names only what the command declares.
        for (const CliUsage &usage : created->usages()) {
            QVERIFY(!usage.description.isEmpty());
            for (const QString &option : usage.options)
                QVERIFY2(created->option(option), qPrintable(command->name() + QLatin1Char(' ') + option));
        }
    }
    for (const char *name : {"login", "logout", "devices", "charge", "status", "cancel", "remove-device",
                             "enable-integration", "refund", "history", "report", "help", "terminal-mode",
                             "receipt"})
        QVERIFY2(names.contains(QLatin1String(name)), name);
    QVERIFY(!CliRegistry::create(QStringLiteral("bogus")));
    QVERIFY(!CliRegistry::create(QString()));
}

void TestCliCommands::synopsisFollowsDeclarations()
{
    const SampleCommand sample;
    const QList<CliUsage> usages = sample.usages();
    QCOMPARE(
        CliHelp::synopsis(sample, usages.at(0)),
        QStringList{QStringLiteral("sample --first A [--flag] [--one X | --two Y --three] [--many M] THING [MORE]")});
    QCOMPARE(CliHelp::synopsis(sample, usages.at(1)), QStringList{QStringLiteral("sample [--flag]")});
    QCOMPARE(sample.minArguments(), 0); // the second usage takes none
    QCOMPARE(sample.maxArguments(), 2);
    QCOMPARE(CliHelp::commandLines(sample),
             QStringLiteral("  sample --first A [--flag] [--one X | --two Y --three] [--many M] THING [MORE]\n"
                            "                              Does it all.\n"
                            "                              On two lines.\n"
                            "  sample [--flag]             Only the flag.\n"));

    // Long usages wrap under the first word after the command's name, at 79 columns.
    const auto charge = CliRegistry::create(QStringLiteral("charge"));
    QCOMPARE(CliHelp::synopsis(*charge, charge->usages().first()),
             (QStringList{QStringLiteral("charge --device NAME --amount AMOUNT --description TEXT --card credit|debit"),
                          QStringLiteral("       [--external-reference R] [--payer-email E] [--notification-url U]"),
                          QStringLiteral("       [--disable-back-button] [--wait] [--no-ticket]")}));
    const auto history = CliRegistry::create(QStringLiteral("history"));
    QCOMPARE(CliHelp::synopsis(*history, history->usages().first()),
             (QStringList{QStringLiteral("history [--day YYYY-MM-DD | --from YYYY-MM-DD --to YYYY-MM-DD | --all]"),
                          QStringLiteral("        [--state STATE] [--terminal NAME] [--limit N] [--csv]"),
                          QStringLiteral("        [--csv-format spreadsheet|plain]")}));
    const auto cancel = CliRegistry::create(QStringLiteral("cancel"));
    QCOMPARE(cancel->usages().size(), 2);
    QCOMPARE(CliHelp::synopsis(*cancel, cancel->usages().at(0)), QStringList{QStringLiteral("cancel ORDER_ID")});
    QCOMPARE(CliHelp::synopsis(*cancel, cancel->usages().at(1)), QStringList{QStringLiteral("cancel --device NAME")});
    QCOMPARE(cancel->minArguments(), 0);
    QCOMPARE(cancel->maxArguments(), 1);
    const auto status = CliRegistry::create(QStringLiteral("status"));
    QCOMPARE(status->minArguments(), 1);
    QCOMPARE(status->maxArguments(), 1);
}

void TestCliCommands::helpListsEveryCommandWithItsOptions()
{
    Run run;
    runCli(run, {QStringLiteral("--help")});
    QCOMPARE(run.exitCode, kSuccess);
    QVERIFY(run.err.isEmpty());
    const QString help = run.outText();
    QCOMPARE(help, CliApp::helpText());
    QVERIFY(help.startsWith(QLatin1String("Usage: pointdesk-cli [--api-base URL] [--json] [--timeout MS] [--verbose] "
                                          "COMMAND [ARGUMENTS]\n")));
    for (const auto &command : CliRegistry::all()) {
        const QString name = command->name();
        // Its lines, as made from its declarations, are there whole.
        QVERIFY2(help.contains(CliHelp::commandLines(*command)), qPrintable(name));
        for (const CliUsage &usage : command->usages()) {
            const QStringList synopsis = CliHelp::synopsis(*command, usage);
            QVERIFY2(help.contains(QStringLiteral("\n  ") + synopsis.first()), qPrintable(synopsis.first()));
            QVERIFY2(help.contains(usage.description.section(QLatin1Char('\n'), 0, 0)), qPrintable(name));
        }
        for (const CliOption &option : command->options())
            QVERIFY2(help.contains(QStringLiteral("--") + option.name),
                     qPrintable(name + QStringLiteral(" --") + option.name));
        for (const CliArgument &argument : command->arguments())
            QVERIFY2(help.contains(QLatin1Char(' ') + argument.name),
                     qPrintable(name + QLatin1Char(' ') + argument.name));
    }
    for (const char *global : {"--api-base URL", "--json", "--timeout MS", "--verbose", "--version",
                               "Exit codes:", "POINTDESK_TOKEN", "POINTDESK_JOURNAL"})
        QVERIFY2(help.contains(QLatin1String(global)), global);

    // `help` says the same, and `--help` after a command that does not exist too.
    Run viaCommand;
    runCli(viaCommand, {QStringLiteral("help")});
    QCOMPARE(viaCommand.exitCode, kSuccess);
    QCOMPARE(viaCommand.out, run.out);
    Run unknown;
    runCli(unknown, {QStringLiteral("bogus"), QStringLiteral("--help")});
    QCOMPARE(unknown.exitCode, kSuccess);
    QCOMPARE(unknown.out, run.out);
    QCOMPARE(m_sim->requestCount(), 0);
}

void TestCliCommands::commandHelp_data()
{
    QTest::addColumn<QString>("name");
    for (const auto &command : CliRegistry::all())
        QTest::newRow(qPrintable(command->name())) << command->name();
}

void TestCliCommands::commandHelp()
{
    QFETCH(QString, name);
    const auto command = CliRegistry::create(name);
    QVERIFY(command);

    Run viaHelp;
    runCli(viaHelp, {QStringLiteral("help"), name});
    QCOMPARE(viaHelp.exitCode, kSuccess);
    QVERIFY(viaHelp.err.isEmpty());
    const QString text = viaHelp.outText();
    QCOMPARE(text, CliHelp::commandHelp(*command));
    QVERIFY(text.contains(CliHelp::commandLines(*command)));
    QVERIFY(text.endsWith(kHelpHint));
    for (const CliOption &option : command->options())
        QVERIFY2(text.contains(QStringLiteral("--") + option.name), qPrintable(option.name));
    // Only this command's lines: no other command's usage.
    for (const auto &other : CliRegistry::all()) {
        if (other->name() != name)
            QVERIFY2(!text.contains(QStringLiteral("\n  ") + other->name() + QLatin1Char(' ')),
                     qPrintable(other->name()));
    }

    // `COMMAND --help` is the same, even with the command's own options, and sends nothing.
    Run viaOption;
    runCli(viaOption, {name, QStringLiteral("--help")});
    QCOMPARE(viaOption.exitCode, kSuccess);
    QCOMPARE(viaOption.out, viaHelp.out);
    QCOMPARE(m_sim->requestCount(), 0);
}

void TestCliCommands::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");

    QTest::newRow("no command") << QStringList{} << QStringLiteral("No command given.");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("bogus")}
                                     << QStringLiteral("Unknown command \"bogus\".");
    QTest::newRow("help for an unknown command")
        << QStringList{QStringLiteral("help"), QStringLiteral("bogus")} << QStringLiteral("Unknown command \"bogus\".");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("devices"), QStringLiteral("--bogus")}
                                    << QStringLiteral("Unknown option 'bogus'.");
    QTest::newRow("option of another command") << QStringList{QStringLiteral("devices"), QStringLiteral("--wait")}
                                               << QStringLiteral("The option --wait does not apply to \"devices\".");
    QTest::newRow("history option on charge")
        << QStringList{QStringLiteral("charge"), QStringLiteral("--state"), QStringLiteral("paid")}
        << QStringLiteral("The option --state does not apply to \"charge\".");
    QTest::newRow("option twice") << QStringList{QStringLiteral("cancel"), QStringLiteral("--device"),
                                                 QStringLiteral("A"), QStringLiteral("--device"), QStringLiteral("B")}
                                  << QStringLiteral("The option --device is given more than once.");
    QTest::newRow("missing value") << QStringList{QStringLiteral("history"), QStringLiteral("--day")}
                                   << QStringLiteral("Missing value after '--day'.");
    QTest::newRow("missing argument") << QStringList{QStringLiteral("status")}
                                      << QStringLiteral("\"status\" needs an argument.");
    QTest::newRow("extra argument") << QStringList{QStringLiteral("status"), QStringLiteral("1"), QStringLiteral("2")}
                                    << QStringLiteral("Unexpected argument \"2\" after \"status\".");
    QTest::newRow("login with an argument")
        << QStringList{QStringLiteral("login"), QStringLiteral("APP_USR-typed-token")}
        << QStringLiteral("\"login\" takes no arguments: it reads the access token from standard input, so that the "
                          "token never appears in the command line or the shell history.");
    QTest::newRow("cancel with both") << QStringList{QStringLiteral("cancel"), QStringLiteral("1"),
                                                     QStringLiteral("--device"), QStringLiteral("A")}
                                      << QStringLiteral("\"cancel\" takes either an ORDER_ID or --device NAME.");
    QTest::newRow("history all and day") << QStringList{QStringLiteral("history"), QStringLiteral("--all"),
                                                        QStringLiteral("--day"), QStringLiteral("2024-05-01")}
                                         << QStringLiteral("--all cannot be combined with --day, --from or --to.");
    QTest::newRow("bad api base") << QStringList{QStringLiteral("--api-base"), QStringLiteral("http://example.com"),
                                                 QStringLiteral("devices")}
                                  << QStringLiteral("The API address \"http://example.com\" is not acceptable: use "
                                                    "https://, or http:// only to this computer (127.0.0.1, "
                                                    "localhost).");
    QTest::newRow("bad timeout") << QStringList{QStringLiteral("--timeout"), QStringLiteral("0"),
                                                QStringLiteral("devices")}
                                 << QStringLiteral("--timeout takes milliseconds, a whole number from 1 to 3600000.");
}

void TestCliCommands::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);

    // In words on stderr, with the way to the help; nothing on stdout.
    Run run;
    runCli(run, args);
    QCOMPARE(run.exitCode, kUsage);
    QCOMPARE(run.errText(), QStringLiteral("Error: ") + message + QLatin1Char('\n') + kHelpHint);
    QVERIFY(run.out.isEmpty());

    // With --json, also as exactly one document on stdout.
    Run json;
    runCli(json, QStringList{QStringLiteral("--json")} + args);
    QCOMPARE(json.exitCode, kUsage);
    QCOMPARE(json.errText(), run.errText());
    const QJsonObject expected{
        {QStringLiteral("error"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("usage")},
                                              {QStringLiteral("message"), message},
                                              {QStringLiteral("http_status"), QJsonValue(QJsonValue::Null)},
                                              {QStringLiteral("field"), QJsonValue(QJsonValue::Null)}}}};
    QCOMPARE(json.out, QJsonDocument(expected).toJson(QJsonDocument::Compact) + '\n');
    QCOMPARE(m_sim->requestCount(), 0);
}

void TestCliCommands::invalidInputSendsNothing()
{
    Run run;
    runCli(run,
           {QStringLiteral("--json"), QStringLiteral("charge"), QStringLiteral("--device"), QStringLiteral("Caja 1"),
            QStringLiteral("--amount"), QStringLiteral("abc"), QStringLiteral("--description"),
            QStringLiteral("This text is far longer than twenty"), QStringLiteral("--card"), QStringLiteral("gold")});
    QCOMPARE(run.exitCode, kInvalidInput);
    QCOMPARE(run.error().value(QStringLiteral("kind")).toString(), QStringLiteral("invalid_input"));
    QCOMPARE(run.error().value(QStringLiteral("field")).toString(), QStringLiteral("amount"));
    QStringList fields;
    for (const QJsonValue &issue : run.error().value(QStringLiteral("issues")).toArray())
        fields.append(issue.toObject().value(QStringLiteral("field")).toString());
    QCOMPARE(fields, (QStringList{QStringLiteral("amount"), QStringLiteral("description"), QStringLiteral("cc_type")}));
    // One "Error:" line per issue.
    QCOMPARE(run.errText().count(QLatin1String("Error: ")), 3);

    Run status;
    runCli(status, {QStringLiteral("--json"), QStringLiteral("status"), QStringLiteral("12x")});
    QCOMPARE(status.exitCode, kInvalidInput);
    QCOMPARE(status.error().value(QStringLiteral("field")).toString(), QStringLiteral("order_id"));

    Run state;
    runCli(state,
           {QStringLiteral("--json"), QStringLiteral("history"), QStringLiteral("--state"), QStringLiteral("lost")});
    QCOMPARE(state.exitCode, kInvalidInput);
    QCOMPARE(state.error().value(QStringLiteral("field")).toString(), QStringLiteral("state"));
    QCOMPARE(m_sim->requestCount(), 0);
    QVERIFY(m_sim->orders().isEmpty());
}

void TestCliCommands::devicesTableAndJson()
{
    const QList<SimDevice> devices = m_sim->devices();
    QVERIFY(!devices.isEmpty());

    Run json;
    runCli(json, {QStringLiteral("devices"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, kSuccess);
    QVERIFY(json.err.isEmpty());
    const QJsonArray listed = json.json.value(QStringLiteral("devices")).toArray();
    QCOMPARE(listed.size(), devices.size());
    for (qsizetype i = 0; i < devices.size(); ++i) {
        const QJsonObject device = listed.at(i).toObject();
        QCOMPARE(device.value(QStringLiteral("name")).toString(), devices.at(i).name);
        QCOMPARE(device.value(QStringLiteral("id")).toInteger(), devices.at(i).id);
        QCOMPARE(device.value(QStringLiteral("caller")).toInteger(), devices.at(i).caller);
        QCOMPARE(device.value(QStringLiteral("status")).toString(), QStringLiteral("FREE"));
        QVERIFY(device.value(QStringLiteral("payment_attempt")).isNull());
    }

    Run table;
    runCli(table, {QStringLiteral("devices")});
    QCOMPARE(table.exitCode, kSuccess);
    const QStringList lines = table.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), devices.size() + 1);
    QVERIFY(lines.first().startsWith(QLatin1String("Terminal")));
    for (qsizetype i = 0; i < devices.size(); ++i) {
        QVERIFY2(lines.at(i + 1).startsWith(devices.at(i).name), qPrintable(lines.at(i + 1)));
        QVERIFY(lines.at(i + 1).endsWith(QLatin1String("FREE")));
    }
    QCOMPARE(m_sim->requestCount(), 2);
}

void TestCliCommands::chargeStatusCancel()
{
    const QString device = m_sim->devices().first().name;
    Run charge;
    runCli(charge, {QStringLiteral("--json"), QStringLiteral("charge"), QStringLiteral("--device"), device,
                    QStringLiteral("--amount"), QStringLiteral("12,50"), QStringLiteral("--description"),
                    QStringLiteral("Café"), QStringLiteral("--card"), QStringLiteral("debit")});
    QCOMPARE(charge.exitCode, kSuccess);
    QCOMPARE(m_sim->orders().size(), 1);
    const SimOrder order = m_sim->orders().first();
    QCOMPARE(order.deviceName, device);
    QCOMPARE(order.amount.cents(), 1250);
    QCOMPARE(order.cardType, CardType::Debit);
    QCOMPARE(charge.json.value(QStringLiteral("order_id")).toInteger(), order.id);
    QCOMPARE(charge.json.value(QStringLiteral("status")).toString(), QStringLiteral("OPEN"));
    QCOMPARE(charge.json.value(QStringLiteral("state")).toString(), QStringLiteral("waiting_for_card"));
    QCOMPARE(charge.json.value(QStringLiteral("amount")).toString(), QStringLiteral("12.5")); // as the API takes it
    QCOMPARE(charge.json.value(QStringLiteral("description")).toString(), QStringLiteral("Café"));
    QCOMPARE(charge.json.value(QStringLiteral("external_reference")).toString(), order.externalReference);
    const qint64 localId = charge.json.value(QStringLiteral("local_id")).toInteger();
    QVERIFY(localId > 0);

    // The journal holds the sale with its order.
    {
        OrderJournal journal;
        QVERIFY(journal.open(m_dir->filePath(QStringLiteral("journal.sqlite"))).ok());
        const auto entry = journal.entry(localId);
        QVERIFY(entry);
        QCOMPARE(entry->orderId, orderRef(order.id));
    }

    const QString id = QString::number(order.id);
    Run open;
    runCli(open, {QStringLiteral("status"), id});
    QCOMPARE(open.exitCode, kSuccess);
    QVERIFY2(open.outText().startsWith(QStringLiteral("Order %1: ").arg(id)), qPrintable(open.outText()));

    Run cancelled;
    runCli(cancelled, {QStringLiteral("--json"), QStringLiteral("cancel"), id});
    QCOMPARE(cancelled.exitCode, kSuccess);
    QCOMPARE(cancelled.out, QByteArray("{\"ok\":true,\"order_id\":") + id.toUtf8() + "}\n");
    QVERIFY(m_sim->order(order.id));
    QCOMPARE(m_sim->order(order.id)->status, SimOrder::Status::Deleted);

    Run human;
    runCli(human, {QStringLiteral("cancel"), QStringLiteral("--device"), device});
    QCOMPARE(human.exitCode, kSuccess);
    QCOMPARE(human.outText(),
             QStringLiteral("Terminal \"%1\" is free: the order it held, if any, was cancelled.\n").arg(device));
}

QTEST_GUILESS_MAIN(TestCliCommands)
