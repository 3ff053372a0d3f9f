#pragma once

#include "ApiError.h"
#include "PaymentOrder.h"
#include "Validation.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTextStream>
#include <QUrl>

class ApiCall;
class OrderWatcher;
class PointClient;
class QIODevice;

/// pointdesk-cli: one command per run over PointClient, for scripts (`--json`) and people.
///
/// Usage and input are checked before anything is sent; the access token comes only from the
/// POINTDESK_TOKEN environment variable and is never written anywhere. Exit codes are in ExitCodes.h.
/// Runs inside the caller's event loop and emits finished() once when the command is done.
class CliApp : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultTimeoutMs = 15000;

    /// `arguments` as QCoreApplication::arguments() (program name first). Writes to `out` / `err`, which
    /// must stay open while the command runs.
    CliApp(QStringList arguments, QProcessEnvironment environment, QIODevice *out, QIODevice *err,
           QObject *parent = nullptr);
    ~CliApp() override;

    /// Runs the command. finished() follows exactly once (before start() returns when nothing is sent).
    void start();
    /// Ctrl+C: stops at once with CliExit::Interrupted; an order being followed stays open on the terminal.
    void interrupt();

    bool isFinished() const { return m_finished; }
    int exitCode() const { return m_exitCode; }

    /// The full `--help` text (commands, options, environment, exit codes).
    static QString helpText();

Q_SIGNALS:
    void finished(int exitCode);

private:
    enum class Command { None, Devices, Charge, Status, Cancel, RemoveDevice, EnableIntegration };

    bool parseArguments();
    bool readSettings();
    bool checkInput();
    void run();

    void runDevices();
    void runCharge();
    void runStatus();
    void runCancel();
    void runRemoveDevice();
    void runEnableIntegration();
    void followOrder();
    void onOrderFinal(const OrderInfo &order);

    QJsonObject orderJson(const OrderInfo &order) const;

    void writeOut(const QString &text);
    void writeErr(const QString &text);
    void writeJson(const QJsonObject &document);

    void failUsage(const QString &message);
    void failInvalid(const QList<ValidationIssue> &issues);
    /// `extra` goes into the JSON document next to "error"; `note` is a further line on stderr.
    void failApi(const ApiError &error, const QJsonObject &extra = {}, const QString &note = {});
    void fail(int exitCode, const QString &kindKey, const QString &message, const QJsonObject &errorFields,
              const QJsonObject &extra, const QStringList &notes);
    void finish(int exitCode);

    static int exitCodeFor(ApiError::Kind kind);

    QStringList m_arguments;
    QProcessEnvironment m_environment;
    QTextStream m_out;
    QTextStream m_err;

    // What the command line asked for.
    Command m_command = Command::None;
    QStringList m_positional;
    bool m_json = false;
    bool m_verbose = false;
    bool m_wait = false;
    QUrl m_apiBase;
    int m_timeoutMs = kDefaultTimeoutMs;
    int m_pollMs = 0;
    QString m_token;
    QString m_deviceName;
    OrderRequest m_order;
    QString m_amountText;
    QString m_cardText;
    bool m_hasDeviceOption = false;
    qint64 m_orderId = 0;
    qint64 m_userId = 0;

    // While running.
    PointClient *m_client = nullptr;
    QPointer<ApiCall> m_call;
    QPointer<OrderWatcher> m_watcher;
    OrderState m_lastShownState = OrderState::Sending;
    bool m_finished = false;
    int m_exitCode = -1;
};
