// pointdesk-cli's commands in-process: CliApp, the registry and the CliContext with captured output, against a
// PointSimulator on 127.0.0.1 (the real LegacyPointBackend over real HTTP). tst_cli runs the same commands as a process;
// here the declarations themselves are checked too: the help made from them, the usage errors they imply, and a
// command run on a context of its own.
#include "api/Backends.h"
#include "cli/CliApp.h"
#include "cli/CliCommand.h"
#include "cli/CliContext.h"
#include "cli/CliHelp.h"
#include "cli/CliRegistry.h"
#include "api/OrdersBackend.h"
#include "cli/commands/ChargeReporter.h"
#include "cli/commands/TerminalModeCommand.h"
#include "core/Currency.h"
#include "sales/ChargeService.h"
#include "sim/OrdersSimulator.h"
#include "sim/PointSimulator.h"
#include "store/OrderJournal.h"
#include "store/Settings.h"
#include "support/RefTestSupport.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <memory>

namespace {
// TerminalModeCommand::parseMode as a number (0 refused, 1 pdv, 2 standalone).
struct TerminalModeCommandProbe
{
    static int parse(const QString &text);
};

// The exit codes scripts rely on (app/cli/ExitCodes.h), spelled out so that the tests pin the contract.
constexpr int kSuccess = 0;
constexpr int kUsage = 2;
constexpr int kInvalidInput = 3;
constexpr int kApiError = 4;
constexpr int kNetworkError = 5;
constexpr int kDeclined = 6;
constexpr int kKeychainError = 8;
constexpr int kCheckTerminal = 12;
constexpr int kInterrupted = 130;

constexpr int kRunTimeoutMs = 20000;

const QString kHelpHint = QStringLiteral("Run \"pointdesk-cli --help\" to see the commands and options.\n");

/// One in-process run: what it printed and how it ended.
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json; ///< stdout as a JSON object, when it is one

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    QJsonObject error() const { return json.value(QStringLiteral("error")).toObject(); }
};

/// A command with every kind of declaration, to check what the help and the parser make of them.
class SampleCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("sample"); }
    QList<CliOption> options() const override
    {
        return {CliOption{QStringLiteral("first"), QStringLiteral("A"), true},
                CliOption{QStringLiteral("flag"), {}},
                CliOption{QStringLiteral("one"), QStringLiteral("X"), false, false, QStringLiteral("g"), 0},
                CliOption{QStringLiteral("two"), QStringLiteral("Y"), false, false, QStringLiteral("g"), 1},
                CliOption{QStringLiteral("three"), {}, false, false, QStringLiteral("g"), 1},
                CliOption{QStringLiteral("many"), QStringLiteral("M"), false, true}};
    }
    QList<CliArgument> arguments() const override
    {
        return {CliArgument{QStringLiteral("THING")}, CliArgument{QStringLiteral("MORE"), true}};
    }
    QList<CliUsage> usages() const override
    {
        return {usage(QStringLiteral("Does it all.\nOn two lines.")),
                CliUsage{{QStringLiteral("flag")}, {}, QStringLiteral("Only the flag.")}};
    }
    void run(CliContext &) override {}
};

} // namespace

int TerminalModeCommandProbe::parse(const QString &text)
{
    const auto mode = TerminalModeCommand::parseMode(text);
    if (!mode)
        return 0;
    return *mode == Device::OperatingMode::Pdv ? 1 : 2;
}

class TestCliCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void registryCreatesEveryCommandByName();
    void synopsisFollowsDeclarations();
    void helpListsEveryCommandWithItsOptions();
    void commandHelp_data();
    void commandHelp();
    void usageErrors_data();
    void usageErrors();
    void invalidInputSendsNothing();
    void devicesTableAndJson();
    void chargeStatusCancel();
    void chargeWaitOutcome_data();
    void chargeWaitOutcome();
    void chargeWaitInterrupted();
    void apiAndNetworkErrors();
    void removeDeviceWithoutManagerPin();
    void terminalModeChecksItsArguments();
    void terminalModeOnAnApiWithoutModes();
    void chargeNoTicketIsAccepted();
    void chargeWaitActionRequiredExitsCheckTerminal();
    void refundBySaleAndByPaymentId();
    void historyReadsTheJournal();
    void loginReadsTheTokenFromInput();
    void logoutWithoutKeychain();
    void commandRunsOnAContextOfItsOwn();
    void apiOptionAndEnvironment();
    void apiSavedForTheAccount();
    void helpDocumentsTheApiChoice();

private:
    QProcessEnvironment environment(const QString &token) const;
    void runCli(Run &run, const QStringList &arguments, const QProcessEnvironment &environment,
                const std::function<void(CliApp &)> &whileRunning = {}, int inputFd = -1);
    void runCli(Run &run, const QStringList &arguments) { runCli(run, arguments, environment(m_sim->accessToken())); }

    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
    PointSimulator *m_sim = nullptr;
};

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

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_clicommands.moc"
