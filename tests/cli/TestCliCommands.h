#pragma once

// The fixture of pointdesk-cli's in-process command tests (tst_clicommands.cpp and tst_clicommands_more.cpp, one
// executable).
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

namespace CliCommandsTest {
// TerminalModeCommand::parseMode as a number (0 refused, 1 pdv, 2 standalone).
struct TerminalModeCommandProbe
{
    static int parse(const QString &text);
};

// The exit codes scripts rely on (app/cli/ExitCodes.h), spelled out so that the tests pin the contract.
inline constexpr int kSuccess = 0;
inline constexpr int kUsage = 2;
inline constexpr int kInvalidInput = 3;
inline constexpr int kApiError = 4;
inline constexpr int kNetworkError = 5;
inline constexpr int kDeclined = 6;
inline constexpr int kKeychainError = 8;
inline constexpr int kCheckTerminal = 12;
inline constexpr int kInterrupted = 130;

inline constexpr int kRunTimeoutMs = 20000;

inline const QString kHelpHint = QStringLiteral("Run \"pointdesk-cli --help\" to see the commands and options.\n");

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

} // namespace CliCommandsTest

inline int CliCommandsTest::TerminalModeCommandProbe::parse(const QString &text)
{
    const auto mode = TerminalModeCommand::parseMode(text);
    if (!mode)
        return 0;
    return *mode == Device::OperatingMode::Pdv ? 1 : 2;
}

using namespace CliCommandsTest;

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
