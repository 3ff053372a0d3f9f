#pragma once

// Shared by the pointdesk-cli end-to-end tests: a real pointdesk-sim process on loopback, and runs of the real
// pointdesk-cli binary whose argv, stdout and stderr are checked on every run for tokens that must never be there.
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QStringList>
#include <QTcpServer>
#include <QTest>
#include <optional>

namespace CliTest {

constexpr int kTimeoutMs = 30000;

// The exit codes pointdesk-cli documents (app/cli/ExitCodes.h). Spelled out here on purpose: the tests pin the
// contract scripts rely on instead of following whatever the header says.
constexpr int kSuccess = 0;
constexpr int kUsage = 2;
constexpr int kInvalidInput = 3;
constexpr int kApiError = 4;
constexpr int kNetworkError = 5;
constexpr int kDeclined = 6;
constexpr int kCancelled = 7;
constexpr int kKeychainError = 8;
constexpr int kJournalError = 9;
constexpr int kUncertain = 10;
constexpr int kPinRefused = 11;
constexpr int kInterrupted = 130;

/// An http:// address on 127.0.0.1 where nothing listens (a port that was free a moment ago); "" when none.
inline QString closedPortUrl()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return {};
    const quint16 port = server.serverPort();
    server.close();
    return QStringLiteral("http://127.0.0.1:%1").arg(port);
}

/// This process's environment without any POINTDESK_* setting of the person running the tests, pointed at the
/// simulator's `api` and at a journal file of the test's own (never the shop's journal). The texts the tests expect
/// are the English ones: neither the language of the machine nor a language chosen in the window's settings (read
/// from a settings folder of the test's own, next to the journal) changes them.
inline QProcessEnvironment cliBaseEnvironment(const QString &api, const QString &journalPath)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"POINTDESK_TOKEN", "POINTDESK_API_BASE", "POINTDESK_POLL_MS", "POINTDESK_JOURNAL",
                             "POINTDESK_KEYCHAIN_SERVICE", "LANGUAGE", "LC_MESSAGES", "LC_NUMERIC"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QFileInfo(journalPath).absolutePath() + QStringLiteral("/config"));
    env.insert(QStringLiteral("POINTDESK_API_BASE"), api);
    env.insert(QStringLiteral("POINTDESK_JOURNAL"), journalPath);
    return env;
}

/// cliBaseEnvironment() with `token` in POINTDESK_TOKEN, a quick poll, and no keychain at all: whatever session the
/// tests run in, the CLI finds no D-Bus session bus, and would never touch the user's entry.
inline QProcessEnvironment cliNoKeychainEnvironment(const QString &api, const QString &journalPath,
                                                    const QString &token)
{
    QProcessEnvironment env = cliBaseEnvironment(api, journalPath);
    env.insert(QStringLiteral("POINTDESK_TOKEN"), token);
    env.insert(QStringLiteral("POINTDESK_POLL_MS"), QStringLiteral("50"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/pointdesk-cli-test"));
    env.insert(QStringLiteral("POINTDESK_KEYCHAIN_SERVICE"), QStringLiteral("PointDesk-clitest-nokeychain"));
    return env;
}

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json; ///< stdout as one JSON object, when the run asked for --json

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    QJsonObject error() const { return json.value(QStringLiteral("error")).toObject(); }
    QString errorKind() const { return error().value(QStringLiteral("kind")).toString(); }
};

/// A pointdesk-sim process on 127.0.0.1 (port 0) and its control surface.
class SimProcess
{
public:
    ~SimProcess() { stop(); }

    /// Empty when the simulator runs and has told its addresses, else what went wrong.
    QString start()
    {
        stop(); // one left over from a test that failed half-way
        m_process.setProgram(QStringLiteral(POINTDESK_SIM_BIN));
        m_process.setArguments({QStringLiteral("--json"), QStringLiteral("--port"), QStringLiteral("0")});
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        if (!m_process.waitForStarted(kTimeoutMs))
            return QStringLiteral("pointdesk-sim did not start: %1").arg(m_process.errorString());
        QElapsedTimer timer;
        timer.start();
        while (!m_process.canReadLine() && timer.elapsed() < kTimeoutMs) {
            if (!m_process.waitForReadyRead(100) && m_process.state() == QProcess::NotRunning)
                break;
        }
        const QByteArray line = m_process.readLine().trimmed();
        QJsonParseError parseError{};
        const QJsonObject info = QJsonDocument::fromJson(line, &parseError).object();
        if (parseError.error != QJsonParseError::NoError)
            return QStringLiteral("simulator said: %1 / %2")
                .arg(QString::fromUtf8(line), QString::fromUtf8(m_process.readAllStandardError()));
        api = info.value(QStringLiteral("api")).toString();
        controlBase = info.value(QStringLiteral("control")).toString().toUtf8();
        token = info.value(QStringLiteral("token")).toString();
        userId = info.value(QStringLiteral("user_id")).toInteger();
        deviceNames.clear();
        for (const QJsonValue &name : info.value(QStringLiteral("devices")).toArray())
            deviceNames.append(name.toString());
        if (!api.startsWith(QLatin1String("http://127.0.0.1:")) || controlBase.isEmpty() || token.size() < 8 ||
            userId <= 0)
            return QStringLiteral("simulator info incomplete: %1").arg(QString::fromUtf8(line));
        return {};
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(kTimeoutMs)) {
            m_process.kill();
            m_process.waitForFinished(kTimeoutMs);
        }
    }

    QJsonObject control(const QByteArray &method, const QByteArray &encodedPath, const QJsonObject &body = {},
                        int *status = nullptr)
    {
        QNetworkRequest request(QUrl::fromEncoded(controlBase + encodedPath, QUrl::StrictMode));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        const QByteArray payload = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, payload);
        QSignalSpy spy(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !spy.wait(kTimeoutMs))
            qWarning("control request %s %s timed out", method.constData(), encodedPath.constData());
        if (status)
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return answer;
    }

    QJsonObject state() { return control("GET", "/state"); }
    int requestCount() { return state().value(QStringLiteral("request_count")).toInt(-1); }
    QJsonArray orders() { return state().value(QStringLiteral("orders")).toArray(); }
    /// The order as GET /state shows it; empty when the simulator does not know it.
    QJsonObject order(qint64 id)
    {
        for (const QJsonValue &order : orders()) {
            if (order.toObject().value(QStringLiteral("id")).toInteger() == id)
                return order.toObject();
        }
        return {};
    }
    QJsonObject device(const QString &name)
    {
        for (const QJsonValue &device : state().value(QStringLiteral("devices")).toArray()) {
            if (device.toObject().value(QStringLiteral("name")).toString() == name)
                return device.toObject();
        }
        return {};
    }
    /// Polls /state until `device` holds an OPEN order; 0 on timeout or when `process` ended first.
    qint64 waitForOpenOrder(const QString &device, QProcess *process = nullptr)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < kTimeoutMs) {
            for (const QJsonValue &value : orders()) {
                const QJsonObject order = value.toObject();
                if (order.value(QStringLiteral("device_name")).toString() == device &&
                    order.value(QStringLiteral("status")).toString() == QLatin1String("OPEN"))
                    return order.value(QStringLiteral("id")).toInteger();
            }
            if (process && process->state() == QProcess::NotRunning)
                return 0;
            QTest::qWait(20);
        }
        return 0;
    }
    /// POST /faults; the HTTP status of the answer (201 when the fault was taken).
    int injectFault(const QJsonObject &fault)
    {
        int status = 0;
        control("POST", "/faults", fault, &status);
        return status;
    }

    QString api;
    QByteArray controlBase;
    QString token;
    qint64 userId = 0;
    QStringList deviceNames;

private:
    QProcess m_process;
    QNetworkAccessManager m_nam;
};

/// Runs pointdesk-cli and checks what every run must respect, whatever the command.
class CliRunner
{
public:
    /// Strings (tokens) that may never appear in argv, stdout or stderr of a run.
    QStringList secrets;

    /// `input`, when given, is written to the CLI's standard input, which is then closed; without it standard
    /// input stays open and empty.
    QString start(QProcess &process, const QStringList &args, const QProcessEnvironment &env,
                  const std::optional<QByteArray> &input = std::nullopt) const
    {
        // The token never travels on the command line; make sure no test slips it in.
        for (const QString &arg : args) {
            for (const QString &secret : secrets) {
                if (!secret.isEmpty() && arg.contains(secret))
                    return QStringLiteral("test bug: a token in argv");
            }
        }
        process.setProgram(QStringLiteral(POINTDESK_CLI_BIN));
        process.setArguments(args);
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start();
        if (!process.waitForStarted(kTimeoutMs))
            return QStringLiteral("pointdesk-cli did not start: %1").arg(process.errorString());
        if (input) {
            process.write(*input);
            process.closeWriteChannel();
        }
        return {};
    }

    QString finish(QProcess &process, CliRun &run) const
    {
        if (!process.waitForFinished(kTimeoutMs)) {
            process.kill();
            process.waitForFinished(kTimeoutMs);
            return QStringLiteral("pointdesk-cli %1 did not finish in time")
                .arg(process.arguments().join(QLatin1Char(' ')));
        }
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        run.json = {};
        const QString context = QStringLiteral("pointdesk-cli %1\nstdout: %2\nstderr: %3")
                                    .arg(process.arguments().join(QLatin1Char(' ')), QString::fromUtf8(run.out),
                                         QString::fromUtf8(run.err));
        if (process.exitStatus() != QProcess::NormalExit)
            return QStringLiteral("crashed: ") + context;
        run.exitCode = process.exitCode();

        for (const QString &secret : secrets) {
            const QByteArray bytes = secret.toUtf8();
            if (!bytes.isEmpty() && (run.out.contains(bytes) || run.err.contains(bytes)))
                return QStringLiteral("a token was printed: ") + context;
        }

        const bool outcome = run.exitCode == kDeclined || run.exitCode == kCancelled;
        if (process.arguments().contains(QStringLiteral("--json")) &&
            !process.arguments().contains(QStringLiteral("--help")) &&
            !process.arguments().contains(QStringLiteral("--version"))) {
            // Exactly one JSON document, one line, on stdout: also for errors.
            if (run.out.count('\n') != 1 || !run.out.endsWith('\n'))
                return QStringLiteral("--json output is not exactly one line: ") + context;
            QJsonParseError parseError{};
            const QJsonDocument document = QJsonDocument::fromJson(run.out, &parseError);
            if (parseError.error != QJsonParseError::NoError || !document.isObject())
                return QStringLiteral("--json output is not one JSON object: ") + context;
            run.json = document.object();
            // Declined and cancelled are outcomes of a charge, reported like an approval; everything else that
            // fails carries an error object.
            if (run.exitCode != 0 && !outcome && !run.json.value(QStringLiteral("error")).isObject())
                return QStringLiteral("failed --json run without an error object: ") + context;
            if (run.exitCode == 0 && run.json.contains(QStringLiteral("error")))
                return QStringLiteral("successful run with an error object: ") + context;
        }
        // Every failure explains itself on stderr, in JSON mode too.
        if (run.exitCode != 0 && !outcome && !run.errText().startsWith(QLatin1String("Error: ")) &&
            !run.errText().contains(QLatin1String("\nError: ")))
            return QStringLiteral("failure without an \"Error:\" line on stderr: ") + context;
        return {};
    }

    QString run(CliRun &run, const QStringList &args, const QProcessEnvironment &env,
                const std::optional<QByteArray> &input = std::nullopt) const
    {
        QProcess process;
        const QString problem = start(process, args, env, input);
        if (!problem.isEmpty())
            return problem;
        return finish(process, run);
    }
};

} // namespace CliTest

#define RUN_CLI(run, ...)                                                                                              \
    do {                                                                                                               \
        const QString problem_ = runCli(run, __VA_ARGS__);                                                             \
        QVERIFY2(problem_.isEmpty(), qPrintable(problem_));                                                            \
    } while (false)

#define FINISH_CLI(process, run)                                                                                       \
    do {                                                                                                               \
        const QString problem_ = finishCli(process, run);                                                              \
        QVERIFY2(problem_.isEmpty(), qPrintable(problem_));                                                            \
    } while (false)

#define CHECK_EXIT(run, expected)                                                                                      \
    QVERIFY2((run).exitCode == (expected), qPrintable(QStringLiteral("exit %1, expected %2\nstdout: %3\nstderr: %4")   \
                                                          .arg((run).exitCode)                                         \
                                                          .arg(expected)                                               \
                                                          .arg((run).outText(), (run).errText())))
