#pragma once

// The fixture of the pointdesk-cli end-to-end tests (tst_cli.cpp and tst_cli_input.cpp, one executable): the real binary
// against a real pointdesk-sim process, over loopback HTTP.
#include "support/CliTestSupport.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#endif

using namespace CliTest;

namespace CliEndToEnd {

inline const QString kWrongToken = QStringLiteral("APP_USR-wrong-7741925503-token-0f9e8d7c6b5a");

} // namespace CliEndToEnd

using namespace CliEndToEnd;

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void help();
    void version();
    void devicesHuman();
    void devicesJson();
    void chargeCreatesOrder_data();
    void chargeCreatesOrder();
    void chargeHuman();
    void chargeWait_data();
    void chargeWait();
    void chargeWaitInterrupted_data();
    void chargeWaitInterrupted();
    void statusOfOpenAndClosedOrders();
    void cancelOrder();
    void cancelByDeviceWithAwkwardName();
    void removeDevice();
    void enableIntegration();
    void invalidInput_data();
    void invalidInput();
    void usageErrors_data();
    void usageErrors();
    void missingToken_data();
    void missingToken();
    void badPollInterval();
    void wrongToken_data();
    void wrongToken();
    void deviceBusy();
    void networkError();
    void timeout();
    void apiFaults_data();
    void apiFaults();
    void apiBaseOptionWinsOverEnvironment();
    void apiOptionWinsOverEnvironment();
    void loginRefusesTokenInArguments_data();
    void loginRefusesTokenInArguments();
    void loginInvalidInput_data();
    void loginInvalidInput();
    void loginCheckFails_data();
    void loginCheckFails();
    void loginAndLogoutWithoutKeychain();
    void loginInterrupted();
    void tokenNotInProcessEnvironment();

private:
    QProcessEnvironment cliEnvironment() const;
    QString startCli(QProcess &process, const QStringList &args, const QProcessEnvironment &env);
    QString finishCli(QProcess &process, CliRun &run);
    QString runCli(CliRun &run, const QStringList &args);
    QString runCli(CliRun &run, const QStringList &args, const QProcessEnvironment &env);

    /// Sends a charge to `device` (JSON mode) and returns the new order id, 0 on failure.
    qint64 chargeOrder(const QString &device, const QStringList &extra = {});

    SimProcess m_sim;
    CliRunner m_runner;
    std::unique_ptr<QTemporaryDir> m_journalDir; ///< a new one for every test function
    QString m_journalPath;
    QString m_api;
    QString m_token;
    qint64 m_userId = 0;
    QStringList m_deviceNames;
};
