// pointdesk-cli with the system keychain: `login` / `logout` and the token read back from the keychain, the manager
// PIN that `logout` and `remove-device` ask for once the window has set one, the real binary against a real
// pointdesk-sim process and a real Secret Service. Run inside .ci/with-keyring (a private
// D-Bus session with an unlocked gnome-keyring); the entries use a service of their own, never "PointDesk".
// What the keychain holds is asked of secret-tool directly, not through the code under test.
#include "support/CliTestSupport.h"
#include "support/PrivateKeyring.h"
#include "store/ManagerLockout.h"
#include "store/ManagerPin.h"
#include "store/ManagerSession.h"
#include "store/Settings.h"
#include "store/TokenStore.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace CliTest;

namespace {

const QString kWrongToken = QStringLiteral("APP_USR-wrong-5518203371-token-9a8b7c6d5e4f");
const QString kKey = QStringLiteral("access-token");
const QString kPinKey = QStringLiteral("manager-pin");
const QString kPin = QStringLiteral("4826");

} // namespace

// login() runs pointdesk-cli login with `token` on standard input and returns what went wrong, if anything.
#define LOGIN(...)                                                                                                     \
    do {                                                                                                               \
        const QString loginProblem_ = login(__VA_ARGS__);                                                              \
        QVERIFY2(loginProblem_.isEmpty(), qPrintable(loginProblem_));                                                  \
    } while (false)

class TestCliKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void loginStoresToken_data();
    void loginStoresToken();
    void loginFromFile();
    void loginWithApiSavesTheAccountsApi();
    void environmentOverridesKeychain();
    void rejectedTokenIsNotSaved();
    void emptyInputSavesNothing_data();
    void emptyInputSavesNothing();
    void uncheckedTokenIsNotSaved();
    void logoutRemovesToken();
    void savedTokenRefused();
    void logoutAsksForTheManagerPin();
    void removeDeviceAsksForTheManagerPin();
    void wrongPinsLockLikeTheWindow();
    void parallelWrongPinsStopAtTheLockout();
    void noKeychainBackend();
    void terminalPromptWithoutEcho();
    void terminalEchoBackAfterCtrlC();
    void lockedKeychain();
    void keychainNotAnswering();
    // Last: looks through everything the runs above could have written.
    void tokenNeverOnDisk();

private:
    QProcessEnvironment cliEnvironment() const;
    QString runCli(CliRun &run, const QStringList &args, const std::optional<QByteArray> &input = std::nullopt);
    QString runCli(CliRun &run, const QStringList &args, const QProcessEnvironment &env,
                   const std::optional<QByteArray> &input = std::nullopt);
    QString login(const QString &token, const QStringList &extra = {});

    /// What the Secret Service holds for the test's service; nullopt when nothing.
    std::optional<QString> stored() const;
    QString storedText() const { return stored().value_or(QStringLiteral("<nothing stored>")); }
    bool clearStored() const;
    /// Stores `pin` as the window does (a PBKDF2 hash under "manager-pin"), through TokenStore.
    bool storePin(const QString &pin);
    std::optional<QString> storedPin() const;
    /// The settings file the CLI shares with the window (its $XDG_CONFIG_HOME here), where the lockout is kept.
    QString settingsPath() const { return m_home + QStringLiteral("/.config/PointDesk/PointDesk.conf"); }
    QString secretTool(const QStringList &args, const QByteArray &input, int *exitCode) const;
    /// Files under `root` that contain one of the tokens any run has seen.
    QStringList filesWithToken(const QString &root) const;
    /// Runs `command` through bash on a new pseudo-terminal (script(1)); writes `typed` once `waitFor` is shown.
    QString runOnTerminal(const QString &command, const QByteArray &waitFor, const QByteArray &typed,
                          QByteArray *output);

    QString m_service;
    QString m_secretTool;
    QTemporaryDir m_root;
    QString m_home;
    SimProcess m_sim;
    CliRunner m_runner;
    QStringList m_everyToken;
};

// ---------------------------------------------------------------------------------------------------------------

void TestCliKeychain::initTestCase()
{
    m_service = QStringLiteral("PointDesk-clitest-%1").arg(QRandomGenerator::global()->generate());
    m_secretTool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    QVERIFY2(!m_secretTool.isEmpty(), "secret-tool not found (Debian: libsecret-tools)");
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "no D-Bus session: run this test inside .ci/with-keyring");

    // The Secret Service works before anything is blamed on the CLI.
    int code = -1;
    const QString probe = QStringLiteral("probe-%1").arg(QRandomGenerator::global()->generate());
    secretTool({QStringLiteral("store"), QStringLiteral("--label=PointDesk CLI test probe"), QStringLiteral("server"),
                m_service, QStringLiteral("user"), QStringLiteral("probe")},
               probe.toUtf8(), &code);
    QVERIFY2(code == 0, "secret-tool cannot store: no unlocked keyring (run inside .ci/with-keyring)");
    QCOMPARE(secretTool({QStringLiteral("lookup"), QStringLiteral("server"), m_service, QStringLiteral("user"),
                         QStringLiteral("probe")},
                        {}, &code),
             probe);
    secretTool(
        {QStringLiteral("clear"), QStringLiteral("server"), m_service, QStringLiteral("user"), QStringLiteral("probe")},
        {}, &code);

    // The CLI gets a home of its own: whatever it might write there is searched for the token afterwards.
    QVERIFY(m_root.isValid());
    m_home = m_root.filePath(QStringLiteral("home"));
    for (const char *dir : {".config", ".local/share", ".local/state", ".cache"})
        QVERIFY(QDir().mkpath(m_home + QLatin1Char('/') + QLatin1String(dir)));
}

void TestCliKeychain::init()
{
    QVERIFY(clearStored());
    QFile::remove(settingsPath()); // no lockout left over from another test
    const QString problem = m_sim.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_everyToken.append(m_sim.token);
    m_runner.secrets = QStringList{m_sim.token, kWrongToken};
}

void TestCliKeychain::cleanup()
{
    m_sim.stop();
    QVERIFY(clearStored());
}

void TestCliKeychain::cleanupTestCase()
{
    clearStored();
}

QProcessEnvironment TestCliKeychain::cliEnvironment() const
{
    QProcessEnvironment env = cliBaseEnvironment(m_sim.api, m_root.filePath(QStringLiteral("journal.sqlite")));
    env.insert(QStringLiteral("POINTDESK_KEYCHAIN_SERVICE"), m_service);
    env.insert(QStringLiteral("HOME"), m_home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_STATE_HOME"), m_home + QStringLiteral("/.local/state"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home + QStringLiteral("/.cache"));
    return env;
}

QString TestCliKeychain::runCli(CliRun &run, const QStringList &args, const std::optional<QByteArray> &input)
{
    return runCli(run, args, cliEnvironment(), input);
}

QString TestCliKeychain::runCli(CliRun &run, const QStringList &args, const QProcessEnvironment &env,
                                const std::optional<QByteArray> &input)
{
    // Standard input is always closed, so that a run that wants to read more than it was given cannot hang.
    return m_runner.run(run, args, env, input.value_or(QByteArray()));
}

QString TestCliKeychain::login(const QString &token, const QStringList &extra)
{
    CliRun run;
    const QString problem = runCli(run, QStringList{QStringLiteral("login")} + extra, token.toUtf8() + '\n');
    if (!problem.isEmpty())
        return problem;
    if (run.exitCode != kSuccess)
        return QStringLiteral("login failed with %1: %2").arg(run.exitCode).arg(run.errText());
    return {};
}

QString TestCliKeychain::secretTool(const QStringList &args, const QByteArray &input, int *exitCode) const
{
    QProcess process;
    process.start(m_secretTool, args);
    if (!process.waitForStarted(kTimeoutMs)) {
        *exitCode = -1;
        return {};
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(kTimeoutMs)) {
        process.kill();
        process.waitForFinished(kTimeoutMs);
        *exitCode = -1;
        return {};
    }
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAllStandardOutput());
}

std::optional<QString> TestCliKeychain::stored() const
{
    int code = -1;
    const QString value = secretTool(
        {QStringLiteral("lookup"), QStringLiteral("server"), m_service, QStringLiteral("user"), kKey}, {}, &code);
    if (code != 0)
        return std::nullopt;
    return value;
}

bool TestCliKeychain::clearStored() const
{
    // secret-tool clear fails when there is nothing to clear: only what is left counts.
    int code = -1;
    secretTool({QStringLiteral("clear"), QStringLiteral("server"), m_service, QStringLiteral("user"), kKey}, {}, &code);
    secretTool({QStringLiteral("clear"), QStringLiteral("server"), m_service, QStringLiteral("user"), kPinKey}, {},
               &code);
    // The wrong-PIN count and lockout live beside the PIN: no lockout is left over for the next test.
    secretTool({QStringLiteral("clear"), QStringLiteral("server"), m_service, QStringLiteral("user"),
                QString::fromLatin1(ManagerLockout::kKeychainKey)},
               {}, &code);
    return !stored() && !storedPin();
}

bool TestCliKeychain::storePin(const QString &pin)
{
    TokenStore store(m_service);
    std::optional<bool> written;
    // Few iterations: the CLI checks with whatever the stored hash says, and the test need not wait for 150000.
    store.write(kPinKey, ManagerPin::hash(pin, ManagerPin::kMinIterations), this,
                [&written](const TokenStore::Result &r) { written = r.ok(); });
    if (!QTest::qWaitFor([&written]() { return written.has_value(); }, kTimeoutMs))
        return false;
    return *written && storedPin().has_value();
}

std::optional<QString> TestCliKeychain::storedPin() const
{
    int code = -1;
    const QString value = secretTool(
        {QStringLiteral("lookup"), QStringLiteral("server"), m_service, QStringLiteral("user"), kPinKey}, {}, &code);
    if (code != 0)
        return std::nullopt;
    return value;
}

QStringList TestCliKeychain::filesWithToken(const QString &root) const
{
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            found.append(path + QStringLiteral(" (unreadable)"));
            continue;
        }
        const QByteArray content = file.readAll();
        for (const QString &token : m_everyToken) {
            if (content.contains(token.toUtf8()))
                found.append(path);
        }
    }
    return found;
}

QString TestCliKeychain::runOnTerminal(const QString &command, const QByteArray &waitFor, const QByteArray &typed,
                                       QByteArray *output)
{
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    const QString bash = QStandardPaths::findExecutable(QStringLiteral("bash"));
    if (script.isEmpty() || bash.isEmpty())
        return QStringLiteral("skip: script(1) or bash not found");
    for (const QString &secret : m_runner.secrets) {
        if (command.contains(secret))
            return QStringLiteral("test bug: a token in argv");
    }
    QProcessEnvironment env = cliEnvironment();
    env.insert(QStringLiteral("SHELL"), bash); // script(1) runs -c through $SHELL; bash waits out a Ctrl+C
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(script, {QStringLiteral("--quiet"), QStringLiteral("--return"), QStringLiteral("--command"), command,
                           QStringLiteral("/dev/null")});
    if (!process.waitForStarted(kTimeoutMs))
        return QStringLiteral("script did not start: %1").arg(process.errorString());
    QElapsedTimer timer;
    timer.start();
    while (!output->contains(waitFor) && timer.elapsed() < kTimeoutMs && process.state() == QProcess::Running) {
        process.waitForReadyRead(100);
        output->append(process.readAll());
    }
    if (!output->contains(waitFor)) {
        process.kill();
        process.waitForFinished(kTimeoutMs);
        return QStringLiteral("no prompt on the terminal: %1").arg(QString::fromUtf8(*output));
    }
    process.write(typed);
    // Standard input stays open: script(1) would pass its end on to the terminal as one more keystroke.
    if (!process.waitForFinished(kTimeoutMs)) {
        process.kill();
        process.waitForFinished(kTimeoutMs);
        return QStringLiteral("the terminal session did not finish: %1").arg(QString::fromUtf8(*output));
    }
    output->append(process.readAll());
    for (const QString &secret : m_runner.secrets) {
        if (output->contains(secret.toUtf8()))
            return QStringLiteral("a token was shown on the terminal: %1").arg(QString::fromUtf8(*output));
    }
    return {};
}

// ---------------------------------------------------------------------------------------------------------------

void TestCliKeychain::loginStoresToken_data()
{
    QTest::addColumn<bool>("json");
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");

    QTest::newRow("json") << true << QByteArray() << QByteArray("\n");
    QTest::newRow("human, spaces and CRLF around it") << false << QByteArray("  \t") << QByteArray(" \r\n");
    QTest::newRow("no line end") << true << QByteArray() << QByteArray();
    QTest::newRow("a second line is not read") << false << QByteArray() << QByteArray("\nsecond line\n");
}

void TestCliKeychain::loginStoresToken()
{
    QFETCH(bool, json);
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);

    QStringList args{QStringLiteral("login")};
    if (json)
        args.prepend(QStringLiteral("--json"));
    CliRun run;
    RUN_CLI(run, args, before + m_sim.token.toUtf8() + after);
    CHECK_EXIT(run, kSuccess);
    if (json)
        QCOMPARE(run.json,
                 (QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("stored"), QStringLiteral("keychain")}}));
    else
        QCOMPARE(run.outText(), QStringLiteral("Access token saved in the system keychain.\n"));
    // Not a terminal: no prompt, nothing on stderr at all.
    QCOMPARE(run.errText(), QString());
    // The token was checked with one request before it was saved; saved exactly, trimmed.
    QCOMPARE(m_sim.requestCount(), 1);
    QCOMPARE(storedText(), m_sim.token);

    // Every other command now finds it there, without POINTDESK_TOKEN.
    QVERIFY(!cliEnvironment().contains(QStringLiteral("POINTDESK_TOKEN")));
    RUN_CLI(run, {QStringLiteral("--json"), QStringLiteral("devices")});
    CHECK_EXIT(run, kSuccess);
    QCOMPARE(run.json.value(QStringLiteral("devices")).toArray().size(), m_sim.deviceNames.size());
    RUN_CLI(run, {QStringLiteral("devices")});
    CHECK_EXIT(run, kSuccess);
    QVERIFY2(run.outText().contains(QLatin1String("Caja 1")), qPrintable(run.outText()));
    QCOMPARE(m_sim.requestCount(), 3);

    // A second login replaces the token.
    const QString next = QStringLiteral("APP_USR-next-%1").arg(QRandomGenerator::global()->generate());
    m_everyToken.append(next);
    m_runner.secrets.append(next);
    int status = 0;
    m_sim.control("POST", "/token", QJsonObject{{QStringLiteral("token"), next}}, &status);
    QCOMPARE(status, 200);
    LOGIN(next);
    QCOMPARE(storedText(), next);
    RUN_CLI(run, {QStringLiteral("--json"), QStringLiteral("devices")});
    CHECK_EXIT(run, kSuccess);
}

void TestCliKeychain::loginWithApiSavesTheAccountsApi()
{
    CliRun run;
    RUN_CLI(run, {QStringLiteral("login")}, m_sim.token.toUtf8() + '\n');
    CHECK_EXIT(run, kSuccess);
    QVERIFY(!Settings(settingsPath()).hasAccountApi()); // a login without --api leaves the choice alone

    RUN_CLI(run, {QStringLiteral("--api"), QStringLiteral("LEGACY"), QStringLiteral("login")},
            m_sim.token.toUtf8() + '\n');
    CHECK_EXIT(run, kSuccess);
    QVERIFY(Settings(settingsPath()).hasAccountApi());
    QCOMPARE(Settings(settingsPath()).accountApi(), QStringLiteral("legacy"));
    QVERIFY(filesWithToken(m_home).isEmpty()); // the settings never hold the token

    // An unknown API saves nothing.
    RUN_CLI(run, {QStringLiteral("--api"), QStringLiteral("qr"), QStringLiteral("login")}, m_sim.token.toUtf8() + '\n');
    CHECK_EXIT(run, kUsage);
    QCOMPARE(Settings(settingsPath()).accountApi(), QStringLiteral("legacy"));
}

void TestCliKeychain::loginFromFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("token.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_sim.token.toUtf8() + '\n');
    file.close();

    QProcess process;
    process.setStandardInputFile(file.fileName());
    QString problem = m_runner.start(process, {QStringLiteral("--json"), QStringLiteral("login")}, cliEnvironment());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    CliRun run;
    problem = m_runner.finish(process, run);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    CHECK_EXIT(run, kSuccess);
    QCOMPARE(storedText(), m_sim.token);

    // /dev/null: nothing to read is no token.
    QVERIFY(clearStored());
    QProcess empty;
    empty.setStandardInputFile(QProcess::nullDevice());
    problem = m_runner.start(empty, {QStringLiteral("login")}, cliEnvironment());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = m_runner.finish(empty, run);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    CHECK_EXIT(run, kInvalidInput);
    QVERIFY(!stored());
}

void TestCliKeychain::environmentOverridesKeychain()
{
    LOGIN(m_sim.token);
    QCOMPARE(storedText(), m_sim.token);

    // A wrong token in the environment wins over the good one in the keychain.
    QProcessEnvironment env = cliEnvironment();
    env.insert(QStringLiteral("POINTDESK_TOKEN"), kWrongToken);
    CliRun run;
    RUN_CLI(run, {QStringLiteral("--json"), QStringLiteral("devices")}, env);
    CHECK_EXIT(run, kApiError);
    QCOMPARE(run.errorKind(), QStringLiteral("unauthorized"));
    QCOMPARE(run.error().value(QStringLiteral("http_status")).toInt(), 401);
    // That token did not come from the keychain: no advice to log in again.
    QVERIFY2(!run.errText().contains(QLatin1String("login")), qPrintable(run.errText()));

    // Empty or blank counts as not set: the keychain's token is used.
    for (const QString &blank : {QString(), QStringLiteral("  ")}) {
        env.insert(QStringLiteral("POINTDESK_TOKEN"), blank);
        RUN_CLI(run, {QStringLiteral("--json"), QStringLiteral("devices")}, env);
        CHECK_EXIT(run, kSuccess);
    }

    // And the other way round: a good token in the environment, a stale one in the keychain.
    LOGIN(kWrongToken, {QStringLiteral("--no-check")});
    QCOMPARE(storedText(), kWrongToken);
    env.insert(QStringLiteral("POINTDESK_TOKEN"), m_sim.token);
    RUN_CLI(run, {QStringLiteral("--json"), QStringLiteral("devices")}, env);
    CHECK_EXIT(run, kSuccess);
    RUN_CLI(run, {QStringLiteral("--json"), QStringLiteral("devices")});
    CHECK_EXIT(run, kApiError);
    QCOMPARE(run.errorKind(), QStringLiteral("unauthorized"));

    // login itself reads standard input, never the environment; it says the variable still wins.
    RUN_CLI(run, {QStringLiteral("login")}, env, m_sim.token.toUtf8() + '\n');
    CHECK_EXIT(run, kSuccess);
    QVERIFY2(run.errText().contains(QLatin1String("POINTDESK_TOKEN")), qPrintable(run.errText()));
    QCOMPARE(storedText(), m_sim.token);
}

void TestCliKeychain::rejectedTokenIsNotSaved()
{
    CliRun run;
    RUN_CLI(run, {QStringLiteral("--json"), QStringLiteral("login")}, kWrongToken.toUtf8() + '\n');
    CHECK_EXIT(run, kApiError);
    QCOMPARE(run.errorKind(), QStringLiteral("unauthorized"));
    QCOMPARE(run.error().value(QStringLiteral("http_status")).toInt(), 401);
    QVERIFY2(run.errText().contains(QLatin1String("not saved")), qPrintable(run.errText()));
    // Said to the person setting up: what to check, not "ask the manager".
    const QString message = run.error().value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(QLatin1String("Check that you copied the whole")), qPrintable(message));
    QVERIFY2(!run.errText().contains(QLatin1String("Ask the manager")), qPrintable(run.errText()));
    QVERIFY(!stored());

    // A refused token does not replace a good one either.
    LOGIN(m_sim.token);
    RUN_CLI(run, {QStringLiteral("login")}, kWrongToken.toUtf8() + '\n');
    CHECK_EXIT(run, kApiError);
    QCOMPARE(storedText(), m_sim.token);
}

void TestCliKeychain::emptyInputSavesNothing_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("json");
    QTest::newRow("nothing") << QByteArray() << true;
    QTest::newRow("nothing, human") << QByteArray() << false;
    QTest::newRow("empty line") << QByteArray("\n") << true;
    QTest::newRow("blank line") << QByteArray("   \r\n") << false;
}

void TestCliKeychain::emptyInputSavesNothing()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, json);

    LOGIN(m_sim.token);
    QStringList args{QStringLiteral("login")};
    if (json)
        args.prepend(QStringLiteral("--json"));
    CliRun run;
    RUN_CLI(run, args, input);
    CHECK_EXIT(run, kInvalidInput);
    if (json)
        QCOMPARE(run.errorKind(), QStringLiteral("invalid_input"));
    // The saved token is left alone: an empty paste is a mistake, not a logout.
    QCOMPARE(storedText(), m_sim.token);
    QCOMPARE(m_sim.requestCount(), 1); // only the first login's check

    QVERIFY(clearStored());
    RUN_CLI(run, args, input);
    CHECK_EXIT(run, kInvalidInput);
    QVERIFY(!stored());
}

void TestCliKeychain::uncheckedTokenIsNotSaved()
{
    const QString closed = closedPortUrl();
    QVERIFY(!closed.isEmpty());
    QProcessEnvironment env = cliEnvironment();
    env.insert(QStringLiteral("POINTDESK_API_BASE"), closed);

    CliRun run;
    RUN_CLI(run, {QStringLiteral("--json"), QStringLiteral("login")}, env, m_sim.token.toUtf8() + '\n');
    CHECK_EXIT(run, kNetworkError);
    QCOMPARE(run.errorKind(), QStringLiteral("network"));
    QVERIFY2(run.errText().contains(QLatin1String("--no-check")), qPrintable(run.errText()));
    QVERIFY(!stored());

    // --no-check saves it without asking anybody.
    RUN_CLI(run, {QStringLiteral("--json"), QStringLiteral("login"), QStringLiteral("--no-check")}, env,
            m_sim.token.toUtf8() + '\n');
    CHECK_EXIT(run, kSuccess);
    QCOMPARE(run.json,
             (QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("stored"), QStringLiteral("keychain")}}));
    QCOMPARE(storedText(), m_sim.token);
    QCOMPARE(m_sim.requestCount(), 0);
}

void TestCliKeychain::logoutRemovesToken()
{
    LOGIN(m_sim.token);
    QVERIFY(stored());

    CliRun run;
    RUN_CLI(run, {QStringLiteral("logout")});
    CHECK_EXIT(run, kSuccess);
    QVERIFY(!run.out.isEmpty());
    QCOMPARE(run.errText(), QString());
    QVERIFY(!stored());

    // Now nothing is found: a usage error that says how to fix it.
    RUN_CLI(run, {QStringLiteral("--json"), QStringLiteral("devices")});
    CHECK_EXIT(run, kUsage);
    QCOMPARE(run.errorKind(), QStringLiteral("usage"));
    const QString message = run.error().value(QStringLiteral("message")).toString();
    QCOMPARE(message, QStringLiteral("No access token: run `pointdesk-cli login` (or set POINTDESK_TOKEN)."));
    RUN_CLI(run, {QStringLiteral("status"), QStringLiteral("5000000001")});
    CHECK_EXIT(run, kUsage);
    QVERIFY2(run.errText().contains(QLatin1String("pointdesk-cli login")), qPrintable(run.errText()));
    QCOMPARE(m_sim.requestCount(), 1); // only the login's check

    // Logging out again is fine: nothing is saved either way.
    RUN_CLI(run, {QStringLiteral("--json"), QStringLiteral("logout")});
    CHECK_EXIT(run, kSuccess);
    QCOMPARE(run.json,
             (QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("removed"), QStringLiteral("keychain")}}));

    // With POINTDESK_TOKEN still set, logout says that commands keep using it.
    QProcessEnvironment env = cliEnvironment();
    env.insert(QStringLiteral("POINTDESK_TOKEN"), m_sim.token);
    RUN_CLI(run, {QStringLiteral("logout")}, env);
    CHECK_EXIT(run, kSuccess);
    QVERIFY2(run.errText().contains(QLatin1String("POINTDESK_TOKEN")), qPrintable(run.errText()));
}

void TestCliKeychain::savedTokenRefused()
{
    LOGIN(m_sim.token);
    // The account's token changes (revoked, renewed): the saved one is refused, and the user is told what to do.
    const QString renewed = QStringLiteral("APP_USR-renewed-%1").arg(QRandomGenerator::global()->generate());
    m_everyToken.append(renewed);
    m_runner.secrets.append(renewed);
    int status = 0;
    m_sim.control("POST", "/token", QJsonObject{{QStringLiteral("token"), renewed}}, &status);
    QCOMPARE(status, 200);

    CliRun run;
    RUN_CLI(run, {QStringLiteral("--json"), QStringLiteral("devices")});
    CHECK_EXIT(run, kApiError);
    QCOMPARE(run.errorKind(), QStringLiteral("unauthorized"));
    QVERIFY2(run.errText().contains(QLatin1String("pointdesk-cli login")), qPrintable(run.errText()));
    QCOMPARE(storedText(), m_sim.token); // a refusal does not delete anything

    LOGIN(renewed);
    RUN_CLI(run, {QStringLiteral("--json"), QStringLiteral("devices")});
    CHECK_EXIT(run, kSuccess);
}

void TestCliKeychain::logoutAsksForTheManagerPin()
{
    LOGIN(m_sim.token);
    QVERIFY(storePin(kPin));
    const std::optional<QString> pinBefore = storedPin();

    // No PIN given (standard input closed): refused with its own exit code, and the token stays.
    CliRun run;
    RUN_CLI(run, {QStringLiteral("--json"), QStringLiteral("logout")});
    CHECK_EXIT(run, kPinRefused);
    QCOMPARE(run.errorKind(), QStringLiteral("manager_pin"));
    QVERIFY2(run.errText().contains(QLatin1String("standard input")), qPrintable(run.errText()));
    QCOMPARE(storedText(), m_sim.token);

    // A wrong PIN: refused, said so, and counted where the window counts it.
    RUN_CLI(run, {QStringLiteral("--json"), QStringLiteral("logout")}, QByteArray("1111\n"));
    CHECK_EXIT(run, kPinRefused);
    QCOMPARE(run.errorKind(), QStringLiteral("manager_pin"));
    QVERIFY2(run.errText().contains(QLatin1String("not the manager PIN")), qPrintable(run.errText()));
    QCOMPARE(run.error().value(QStringLiteral("remaining_tries")).toInt(), 4);
    QCOMPARE(storedText(), m_sim.token);
    QCOMPARE(Settings(settingsPath()).managerFailedAttempts(), 1);

    // Not a PIN at all: refused, not counted.
    RUN_CLI(run, {QStringLiteral("logout")}, QByteArray("12ab\n"));
    CHECK_EXIT(run, kPinRefused);
    QVERIFY2(run.errText().contains(QLatin1String("4 to 8 digits")), qPrintable(run.errText()));
    QCOMPARE(Settings(settingsPath()).managerFailedAttempts(), 1);

    // Nor can login replace the saved token while a PIN is set: logout (with the PIN) comes first.
    RUN_CLI(run, {QStringLiteral("--json"), QStringLiteral("login")}, QByteArray("APP_USR-someone-elses-token-1\n"));
    CHECK_EXIT(run, kPinRefused);
    QCOMPARE(run.errorKind(), QStringLiteral("manager_pin"));
    QVERIFY2(run.errText().contains(QLatin1String("logout")), qPrintable(run.errText()));
    QCOMPARE(storedText(), m_sim.token);

    // The right PIN: the token goes, the count starts again, and the PIN stays (only the token is logged out).
    RUN_CLI(run, {QStringLiteral("--json"), QStringLiteral("logout")}, kPin.toUtf8() + '\n');
    CHECK_EXIT(run, kSuccess);
    QCOMPARE(run.json,
             (QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("removed"), QStringLiteral("keychain")}}));
    QVERIFY(!stored());
    QCOMPARE(storedPin(), pinBefore);
    QCOMPARE(Settings(settingsPath()).managerFailedAttempts(), 0);
    // Neither the PIN nor its hash is shown.
    QVERIFY(!run.out.contains(kPin.toUtf8()) && !run.err.contains(kPin.toUtf8()));
    QVERIFY(!run.err.contains("pbkdf2"));

    // Logged out, a login needs no PIN again.
    LOGIN(m_sim.token);
    QCOMPARE(storedText(), m_sim.token);
}

void TestCliKeychain::removeDeviceAsksForTheManagerPin()
{
    LOGIN(m_sim.token);
    const int terminals = int(m_sim.deviceNames.size());
    QVERIFY(terminals >= 2);
    const QString victim = m_sim.deviceNames.at(1);

    // Without a PIN stored (an account set up with login only) nothing is asked, as before: one terminal goes.
    CliRun run;
    RUN_CLI(run, {QStringLiteral("remove-device"), victim});
    CHECK_EXIT(run, kSuccess);
    RUN_CLI(run, {QStringLiteral("--json"), QStringLiteral("devices")});
    CHECK_EXIT(run, kSuccess);
    QCOMPARE(run.json.value(QStringLiteral("devices")).toArray().size(), terminals - 1);

    // With a PIN: no PIN, a wrong PIN, then the right one.
    QVERIFY(storePin(kPin));
    const QString next = m_sim.deviceNames.at(0);
    const int before = m_sim.requestCount();
    RUN_CLI(run, {QStringLiteral("--json"), QStringLiteral("remove-device"), next});
    CHECK_EXIT(run, kPinRefused);
    QCOMPARE(run.errorKind(), QStringLiteral("manager_pin"));
    RUN_CLI(run, {QStringLiteral("remove-device"), next}, QByteArray("9090\n"));
    CHECK_EXIT(run, kPinRefused);
    QVERIFY2(run.errText().contains(QLatin1String("Nothing was done")) ||
                 run.errText().contains(QLatin1String("nothing was done")),
             qPrintable(run.errText()));
    QCOMPARE(m_sim.requestCount(), before); // nothing was sent
    RUN_CLI(run, {QStringLiteral("--json"), QStringLiteral("remove-device"), next}, kPin.toUtf8() + '\n');
    CHECK_EXIT(run, kSuccess);
    RUN_CLI(run, {QStringLiteral("--json"), QStringLiteral("devices")});
    CHECK_EXIT(run, kSuccess);
    QCOMPARE(run.json.value(QStringLiteral("devices")).toArray().size(), terminals - 2);
}

void TestCliKeychain::wrongPinsLockLikeTheWindow()
{
    LOGIN(m_sim.token);
    QVERIFY(storePin(kPin));
    CliRun run;
    for (int i = 1; i < ManagerSession::kTriesBeforeLockout; ++i) {
        RUN_CLI(run, {QStringLiteral("--json"), QStringLiteral("logout")}, QByteArray("1111\n"));
        CHECK_EXIT(run, kPinRefused);
        QCOMPARE(run.error().value(QStringLiteral("remaining_tries")).toInt(), ManagerSession::kTriesBeforeLockout - i);
    }
    // One try left: said in a whole sentence.
    QVERIFY2(run.errText().contains(QLatin1String("One more wrong try")), qPrintable(run.errText()));
    RUN_CLI(run, {QStringLiteral("--json"), QStringLiteral("logout")}, QByteArray("1111\n"));
    CHECK_EXIT(run, kPinRefused);
    QVERIFY2(run.errText().contains(QLatin1String("locked until")), qPrintable(run.errText()));
    const QDateTime until =
        QDateTime::fromString(run.error().value(QStringLiteral("locked_until")).toString(), Qt::ISODate);
    QVERIFY(until > QDateTime::currentDateTimeUtc());

    // Locked: even the right PIN is not taken, here or (the same settings) in the window.
    RUN_CLI(run, {QStringLiteral("logout")}, kPin.toUtf8() + '\n');
    CHECK_EXIT(run, kPinRefused);
    QVERIFY2(run.errText().contains(QLatin1String("locked until")), qPrintable(run.errText()));
    QCOMPARE(storedText(), m_sim.token);
    Settings shared(settingsPath());
    QCOMPARE(shared.managerFailedAttempts(), ManagerSession::kTriesBeforeLockout);
    QVERIFY(shared.managerLockedUntil() > QDateTime::currentDateTimeUtc());
    TokenStore store(m_service);
    ManagerSession window(&store, &shared);
    QVERIFY(window.isLockedOut());

    // A lockout the window set counts here too: once it is over (moved into the past where the count is kept, in the
    // keychain, and in the settings' copy), the right PIN works.
    const QDateTime past = QDateTime::currentDateTimeUtc().addSecs(-1);
    std::optional<bool> moved;
    store.write(QString::fromLatin1(ManagerLockout::kKeychainKey),
                ManagerLockout::encode({ManagerSession::kTriesBeforeLockout, past}), this,
                [&moved](const TokenStore::Result &r) { moved = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(moved.has_value(), kTimeoutMs);
    QVERIFY(*moved);
    shared.setManagerLockedUntil(past);
    shared.sync();
    RUN_CLI(run, {QStringLiteral("logout")}, kPin.toUtf8() + '\n');
    CHECK_EXIT(run, kSuccess);
    QVERIFY(!stored());
}

void TestCliKeychain::parallelWrongPinsStopAtTheLockout()
{
    LOGIN(m_sim.token);
    QVERIFY(storePin(kPin));
    const QString victim = m_sim.deviceNames.at(0);
    const int requestsBefore = m_sim.requestCount();

    // Rounds of parallel runs, each with a wrong PIN: however they interleave, the PINs checked (each answered with
    // "not the manager PIN" and the tries left, or with the lockout it caused) stop at the allowed number.
    constexpr int kParallel = 8;
    constexpr int kRounds = 2;
    int wrongAnswers = 0;
    int lockedAnswers = 0;
    QList<int> remaining;
    for (int round = 0; round < kRounds; ++round) {
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < kParallel; ++i) {
            processes.push_back(std::make_unique<QProcess>());
            const QString problem =
                m_runner.start(*processes.back(), {QStringLiteral("--json"), QStringLiteral("remove-device"), victim},
                               cliEnvironment(), QByteArray("1111\n"));
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        for (auto &process : processes) {
            CliRun run;
            const QString problem = m_runner.finish(*process, run);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            CHECK_EXIT(run, kPinRefused);
            if (run.error().contains(QStringLiteral("remaining_tries"))) {
                ++wrongAnswers;
                remaining.append(run.error().value(QStringLiteral("remaining_tries")).toInt());
            } else {
                QVERIFY2(run.errText().contains(QLatin1String("locked until")), qPrintable(run.errText()));
                ++lockedAnswers;
            }
        }
    }
    // Four are told how many tries are left (4, 3, 2, 1: each saw the one before), the fifth locks, and every
    // other run is refused without a check.
    std::sort(remaining.begin(), remaining.end());
    QCOMPARE(remaining, (QList<int>{1, 2, 3, 4}));
    QCOMPARE(wrongAnswers, ManagerSession::kTriesBeforeLockout - 1);
    QCOMPARE(lockedAnswers, kParallel * kRounds - wrongAnswers);
    QCOMPARE(Settings(settingsPath()).managerFailedAttempts(), ManagerSession::kTriesBeforeLockout);
    QCOMPARE(m_sim.requestCount(), requestsBefore); // no terminal was removed

    // Deleting the settings file (the two lines that used to hold the count) does not lift the lockout.
    QVERIFY(QFile::remove(settingsPath()));
    CliRun run;
    RUN_CLI(run, {QStringLiteral("--json"), QStringLiteral("remove-device"), victim}, kPin.toUtf8() + '\n');
    CHECK_EXIT(run, kPinRefused);
    QVERIFY2(run.errText().contains(QLatin1String("locked until")), qPrintable(run.errText()));
    QCOMPARE(m_sim.requestCount(), requestsBefore);
}

void TestCliKeychain::noKeychainBackend()
{
    QProcessEnvironment env = cliEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/pointdesk-no-bus"));

    // A good token, checked fine, and still nothing is written anywhere: the CLI explains instead.
    CliRun run;
    RUN_CLI(run, {QStringLiteral("login")}, env, m_sim.token.toUtf8() + '\n');
    CHECK_EXIT(run, kKeychainError);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.errText().contains(QLatin1String("gnome-keyring")), qPrintable(run.errText()));
    QVERIFY2(run.errText().contains(QLatin1String("POINTDESK_TOKEN")), qPrintable(run.errText()));
    QVERIFY2(run.errText().contains(QLatin1String("not saved")), qPrintable(run.errText()));
    RUN_CLI(run, {QStringLiteral("--json"), QStringLiteral("login"), QStringLiteral("--no-check")}, env,
            m_sim.token.toUtf8() + '\n');
    CHECK_EXIT(run, kKeychainError);
    QCOMPARE(run.errorKind(), QStringLiteral("keychain"));
    QVERIFY(run.error().value(QStringLiteral("message")).toString().contains(QLatin1String("gnome-keyring")));

    // No keychain service is a keychain error (8) for every command, not a usage error.
    RUN_CLI(run, {QStringLiteral("--json"), QStringLiteral("devices")}, env);
    CHECK_EXIT(run, kKeychainError);
    QCOMPARE(run.errorKind(), QStringLiteral("keychain"));
    const QString message = run.error().value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(QLatin1String("gnome-keyring")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("POINTDESK_TOKEN")), qPrintable(message));

    RUN_CLI(run, {QStringLiteral("logout")}, env);
    CHECK_EXIT(run, kKeychainError);

    // The way around it works without any keychain.
    env.insert(QStringLiteral("POINTDESK_TOKEN"), m_sim.token);
    RUN_CLI(run, {QStringLiteral("--json"), QStringLiteral("devices")}, env);
    CHECK_EXIT(run, kSuccess);

    // Not in the real keychain (which the CLI could not reach), and not in a file in its place.
    QVERIFY(!stored());
    for (const char *dir : {".config", ".local/share"}) {
        const QStringList files = filesWithToken(m_home + QLatin1Char('/') + QLatin1String(dir));
        QVERIFY2(files.isEmpty(), qPrintable(files.join(QLatin1Char('\n'))));
    }
}

void TestCliKeychain::terminalPromptWithoutEcho()
{
    QByteArray output;
    const QString command =
        QStringLiteral("'%1' login; echo \"exit=$?\"; stty -a").arg(QStringLiteral(POINTDESK_CLI_BIN));
    const QString problem =
        runOnTerminal(command, "Paste the access token and press Enter:", m_sim.token.toUtf8() + '\r', &output);
    if (problem.startsWith(QLatin1String("skip: ")))
        QSKIP(qPrintable(problem));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString text = QString::fromUtf8(output);
    QVERIFY2(text.contains(QLatin1String("Access token saved in the system keychain.")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("exit=0")), qPrintable(text));
    // The terminal shows what it did before: echo on, and the line end echoed only with echo.
    QVERIFY2(QRegularExpression(QStringLiteral("(^|\\s)echo(\\s|;|$)")).match(text).hasMatch(), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("-echonl")), qPrintable(text));
    QCOMPARE(storedText(), m_sim.token);
}

void TestCliKeychain::terminalEchoBackAfterCtrlC()
{
    QByteArray output;
    const QString command =
        QStringLiteral("'%1' login; echo \"exit=$?\"; stty -a").arg(QStringLiteral(POINTDESK_CLI_BIN));
    // Half a token typed, then Ctrl+C (the terminal turns it into SIGINT).
    const QString problem =
        runOnTerminal(command, "Paste the access token and press Enter:", QByteArray("APP_USR-half\x03"), &output);
    if (problem.startsWith(QLatin1String("skip: ")))
        QSKIP(qPrintable(problem));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString text = QString::fromUtf8(output);
    QVERIFY2(text.contains(QLatin1String("exit=130")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("APP_USR-half")), qPrintable(text));
    QVERIFY2(QRegularExpression(QStringLiteral("(^|\\s)echo(\\s|;|$)")).match(text).hasMatch(), qPrintable(text));
    QVERIFY(!stored());
}

void TestCliKeychain::lockedKeychain()
{
    // Locking the keychain of the shared session would break every keychain test after this one (unlocking takes
    // a prompt): this one gets a D-Bus session and a gnome-keyring of its own, ended by its process id.
    QStringList tools;
    for (const char *name : {"dbus-run-session", "gnome-keyring-daemon", "gdbus", "bash"}) {
        tools.append(QStandardPaths::findExecutable(QLatin1String(name)));
        if (tools.last().isEmpty())
            QSKIP(qPrintable(QStringLiteral("%1 not found").arg(QLatin1String(name))));
    }
    // Kill the daemon by its process id: it can outlive the session.
    static const char script[] = R"sh(set -u
export XDG_RUNTIME_DIR="$(mktemp -d)"
chmod 700 "$XDG_RUNTIME_DIR"
export XDG_DATA_HOME="$XDG_RUNTIME_DIR/data"
mkdir -p "$XDG_DATA_HOME"
printf %s "$KEYRING_PASSWORD" | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
daemon=$!
trap 'kill "$daemon" 2>/dev/null; wait "$daemon" 2>/dev/null; rm -rf "$XDG_RUNTIME_DIR"' EXIT
gdbus wait --session --timeout 20 org.freedesktop.secrets || exit 90
gdbus call --session --dest org.freedesktop.secrets --object-path /org/freedesktop/secrets \
    --method org.freedesktop.Secret.Service.Lock "['/org/freedesktop/secrets/aliases/default']" >/dev/null || exit 91
"$POINTDESK_CLI" --json login; exit $?
)sh";
    QProcessEnvironment env = cliEnvironment();
    // Without a display the keyring's unlock prompt cannot show, so the locked keychain just refuses.
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("KEYRING_PASSWORD"), QStringLiteral("pw-%1").arg(QRandomGenerator::global()->generate()));
    env.insert(QStringLiteral("POINTDESK_CLI"), QStringLiteral(POINTDESK_CLI_BIN));

    QProcess process;
    process.setProcessEnvironment(env);
    process.start(tools.at(0), {QStringLiteral("--"), tools.at(3), QStringLiteral("-c"), QString::fromUtf8(script)});
    QVERIFY2(process.waitForStarted(kTimeoutMs), qPrintable(process.errorString()));
    process.write(m_sim.token.toUtf8() + '\n'); // the CLI's standard input, through bash
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(kTimeoutMs));
    CliRun run;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    run.exitCode = process.exitCode();
    QVERIFY2(run.exitCode != 90 && run.exitCode != 91,
             qPrintable(QStringLiteral("keyring setup failed: ") + run.errText()));
    for (const QString &secret : m_runner.secrets)
        QVERIFY(!run.out.contains(secret.toUtf8()) && !run.err.contains(secret.toUtf8()));

    // The keychain is there but refuses: exit 8, with what to do about it, and nothing is put anywhere else.
    CHECK_EXIT(run, kKeychainError);
    run.json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(run.errorKind(), QStringLiteral("keychain"));
    QVERIFY2(run.errText().contains(QLatin1String("Unlock the keychain")), qPrintable(run.errText()));
    QVERIFY2(run.errText().contains(QLatin1String("not saved")), qPrintable(run.errText()));
}

void TestCliKeychain::keychainNotAnswering()
{
#ifndef Q_OS_UNIX
    QSKIP("SIGSTOP and SIGINT are Unix signals");
#else
    // A keyring that is frozen (as one stuck behind an unlock prompt): a bus and keyring of this test's own.
    PrivateKeyring keyring;
    QString problem = keyring.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = keyring.waitForKeyring();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(keyring.freeze());
    QProcessEnvironment env = cliEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), keyring.address());

    // The run gives up after POINTDESK_KEYCHAIN_TIMEOUT with exit 8, in words that say it is not answering.
    env.insert(QStringLiteral("POINTDESK_KEYCHAIN_TIMEOUT"), QStringLiteral("2"));
    QElapsedTimer timer;
    timer.start();
    CliRun run;
    RUN_CLI(run, {QStringLiteral("--json"), QStringLiteral("devices")}, env);
    CHECK_EXIT(run, kKeychainError);
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(run.errorKind(), QStringLiteral("keychain"));
    QVERIFY2(run.errText().contains(QLatin1String("not answering")), qPrintable(run.errText()));
    QVERIFY2(!run.errText().contains(QLatin1String("no keychain service")), qPrintable(run.errText()));
    QCOMPARE(m_sim.requestCount(), 0);

    // While it waits, Ctrl+C ends it at once.
    env.insert(QStringLiteral("POINTDESK_KEYCHAIN_TIMEOUT"), QStringLiteral("600"));
    QProcess process;
    problem = m_runner.start(process, {QStringLiteral("--json"), QStringLiteral("devices")}, env);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QTest::qWait(1500);
    QCOMPARE(process.state(), QProcess::Running);
    timer.restart();
    QCOMPARE(::kill(pid_t(process.processId()), SIGINT), 0);
    QVERIFY(process.waitForFinished(5000));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), kInterrupted);
#endif
}

void TestCliKeychain::tokenNeverOnDisk()
{
    QVERIFY(m_everyToken.size() >= 10);
    const QStringList files = filesWithToken(m_home);
    QVERIFY2(files.isEmpty(), qPrintable(files.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestCliKeychain)
#include "tst_clikeychain.moc"
