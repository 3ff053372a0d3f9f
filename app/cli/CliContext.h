#pragma once

#include "api/ApiError.h"
#include "cli/SecretLineReader.h"
#include "core/Currency.h"
#include "core/Validation.h"
#include "store/OrderJournal.h"
#include "store/TokenStore.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QTextStream>
#include <QUrl>
#include <functional>
#include <memory>

class ManagerSession;
class PointBackend;
class QIODevice;
class Settings;

/// What every command of pointdesk-cli shares for one run: the output (stdout and stderr, --json), the error
/// reports and the exit code, the settings of the run (API address, timeouts, currency, keychain service), the
/// access token and the PointBackend that uses it, the order journal's path, standard input for secrets and the
/// manager session.
///
/// A run ends exactly once, with finish() or one of the fail...() calls: finished() follows, and every later
/// outcome is dropped (commands check isFinished() in their callbacks). Everything written is redacted: once the
/// token is known (setToken()), neither the output nor Qt's or PointDesk's log lines can show it.
class CliContext : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultTimeoutMs = 15000;
    /// The keychain service the token is saved under, shared with the window; POINTDESK_KEYCHAIN_SERVICE
    /// replaces it (tests use their own entry, never the user's).
    static constexpr const char *kDefaultKeychainService = "PointDesk";

    /// Where the token in use came from.
    enum class TokenSource { None, Environment, Keychain, Input };

    /// Writes to `out` / `err`, which must stay open while the run lasts.
    CliContext(QProcessEnvironment environment, QIODevice *out, QIODevice *err, QObject *parent = nullptr);
    ~CliContext() override;

    /// "pointdesk-cli", as messages name the program.
    static QString program();

    const QProcessEnvironment &environment() const { return m_environment; }

    // The run's settings, as CliApp read them from the command line and the environment.
    bool json() const { return m_json; }
    void setJson(bool json) { m_json = json; }
    bool verbose() const { return m_verbose; }
    void setVerbose(bool verbose) { m_verbose = verbose; }
    QUrl apiBase() const { return m_apiBase; }
    void setApiBase(const QUrl &apiBase) { m_apiBase = apiBase; }
    /// The API this run speaks ("legacy", "orders"): --api, else POINTDESK_API, else the account's saved choice,
    /// else "legacy" (CliApp checks it with Backends).
    QString api() const { return m_api; }
    /// `chosen`: given with --api or POINTDESK_API for this run, not read from the account's settings.
    void setApi(const QString &key, bool chosen)
    {
        m_api = key;
        m_apiChosen = chosen;
    }
    bool isApiChosen() const { return m_apiChosen; }
    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int pollMs() const { return m_pollMs; }
    void setPollMs(int ms) { m_pollMs = ms; }
    /// The account's, as the cashier window uses it (Preferences).
    Currency currency() const { return m_currency; }
    void setCurrency(const Currency &currency) { m_currency = currency; }
    QString keychainService() const { return m_keychainService; }
    void setKeychainService(const QString &service) { m_keychainService = service; }
    /// How long a keychain call may take before the run ends with exit 8 ("not answering");
    /// POINTDESK_KEYCHAIN_TIMEOUT (seconds), else TokenStore::kDefaultTimeoutMs.
    int keychainTimeoutMs() const { return m_keychainTimeoutMs; }
    void setKeychainTimeoutMs(int milliseconds) { m_keychainTimeoutMs = milliseconds; }
    /// Where secrets (token, manager PIN) are read from; standard input (0) unless set.
    int inputFd() const { return m_inputFd; }
    void setInputFd(int fd) { m_inputFd = fd; }

    // Output.
    /// Both write `text` with the token redacted and without control or bidi-override characters (but line feeds and
    /// tabs): what a server sent is never a terminal escape sequence.
    void writeOut(const QString &text);
    void writeErr(const QString &text);
    static QString terminalSafe(const QString &text);
    /// One compact JSON document and a line end on standard output.
    void writeJson(const QJsonObject &document);
    /// Standard output for a writer of its own (the CSV export); what was written before is flushed.
    QIODevice *outDevice();

    // Ending the run.
    bool isFinished() const { return m_finished; }
    int exitCode() const { return m_exitCode; }
    void finish(int exitCode);
    /// "Error: `message`" and `notes` on stderr; with --json also {"error":{kind, message, http_status, field,
    /// `errorFields`...}, `extra`...} on stdout.
    void fail(int exitCode, const QString &kindKey, const QString &message, const QJsonObject &errorFields = {},
              const QJsonObject &extra = {}, const QStringList &notes = {});
    /// CliExit::Usage, with the way to the help.
    void failUsage(const QString &message);
    void failInvalid(const QList<ValidationIssue> &issues);
    /// InvalidInput for one value that Validation does not know (a history date, state or limit).
    void failInvalidField(const QString &field, const QString &message);
    /// `extra` goes into the JSON document next to "error"; `note` is a further line on stderr.
    void failApi(const ApiError &error, const QJsonObject &extra = {}, const QString &note = {});
    /// The error's words for someone at a command line: where ApiError::userMessage() speaks of the window's buttons
    /// ("Refresh the list of terminals", "free the terminal") the commands that do it are named instead.
    static QString apiMessage(const ApiError &error);
    /// failApi() with `message` instead of the error's own words, and several notes.
    void failApiWith(const ApiError &error, const QString &message, const QJsonObject &extra, const QStringList &notes);
    void failKeychain(const TokenStore::Result &result, const QStringList &extraNotes = {});
    /// CliExit::JournalError: `result`'s message and advice, and the journal's path.
    void failJournal(const JournalResult &result, const QString &path, const QJsonObject &extra = {},
                     const QStringList &notes = {});
    /// CliExit::PinRefused.
    void failPin(const QString &message, const QJsonObject &fields = {});
    static int exitCodeFor(ApiError::Kind kind);

    // The token and the client.
    QString token() const { return m_token; }
    TokenSource tokenSource() const { return m_tokenSource; }
    /// From here on nothing written or logged can show `token`.
    void setToken(const QString &token, TokenSource source);
    /// The token from POINTDESK_TOKEN, else from the keychain (failing when there is none), then `then`.
    void obtainToken(std::function<void()> then);
    /// The client for api() and apiBase() with the token and the timeout, made on first use; nullptr when this build
    /// cannot speak api() (CliApp fails such a run before a command that needs the API runs).
    PointBackend *client();
    TokenStore *tokenStore();
    /// Manager mode's session over the window's settings, so that wrong PINs here and there add up.
    ManagerSession *managerSession();
    /// A note for stderr when POINTDESK_TOKEN overrides the keychain; "" otherwise.
    QString environmentTokenNote() const;

    /// $POINTDESK_JOURNAL of this run's environment, else OrderJournal::defaultPath().
    QString journalPath() const;

    // Secrets from standard input.
    using SecretHandler =
        std::function<void(const QByteArray &line, SecretLineReader::Outcome outcome, const QString &detail)>;
    /// Reads one line from inputFd() without echo, showing `prompt` on stderr when it is a terminal. `handler`
    /// runs once, unless the run ends first.
    void readSecret(const QString &prompt, SecretHandler handler);
    /// Stops reading a secret and ends an open prompt line (Ctrl+C).
    void stopReading();

Q_SIGNALS:
    void finished(int exitCode);

private:
    /// What happened and what to do; without a keychain service that includes the way around it.
    static QString keychainMessage(const TokenStore::Result &result);

    QProcessEnvironment m_environment;
    QIODevice *m_outDevice = nullptr;
    QTextStream m_out;
    QTextStream m_err;

    bool m_json = false;
    bool m_verbose = false;
    QUrl m_apiBase;
    QString m_api = QStringLiteral("legacy");
    bool m_apiChosen = false;
    int m_timeoutMs = kDefaultTimeoutMs;
    int m_pollMs = 0;
    Currency m_currency;
    QString m_keychainService = QString::fromLatin1(kDefaultKeychainService);
    int m_keychainTimeoutMs = TokenStore::kDefaultTimeoutMs;
    int m_inputFd = 0;

    QString m_token;
    TokenSource m_tokenSource = TokenSource::None;
    PointBackend *m_client = nullptr;
    TokenStore *m_store = nullptr;
    std::unique_ptr<Settings> m_settings; ///< for the manager PIN's lockout, shared with the window
    ManagerSession *m_managerSession = nullptr;
    QPointer<SecretLineReader> m_reader;
    bool m_promptShown = false;

    bool m_finished = false;
    int m_exitCode = -1;
};
