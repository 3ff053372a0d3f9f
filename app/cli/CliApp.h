#pragma once

#include "api/ApiCall.h"
#include "api/ApiError.h"
#include "sales/ChargeService.h"
#include "core/Currency.h"
#include "store/ManagerSession.h"
#include "store/OrderJournal.h"
#include "core/PaymentOrder.h"
#include "cli/SecretLineReader.h"
#include "store/TokenStore.h"
#include "core/Validation.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTextStream>
#include <QUrl>
#include <functional>
#include <memory>

class ApiCall;
class LegacyPointBackend;
class QIODevice;
class Settings;

/// pointdesk-cli: one command per run over LegacyPointBackend, for scripts (`--json`) and people.
///
/// `charge` goes through ChargeService and the OrderJournal shared with the window (OrderJournal::defaultPath()):
/// the sale is recorded before anything is sent, and a create whose answer is lost is reconciled, never sent again
/// blindly. `history` reads that journal and needs neither a token nor the network.
/// Usage and input are checked before anything is sent. The access token comes from the POINTDESK_TOKEN
/// environment variable when it is set, otherwise from the system keychain, where `login` (reading it from
/// standard input, never from the command line) saves it and `logout` removes it; it is never written anywhere
/// else and never printed. When the window has set a manager PIN, `logout` and `remove-device` first read that
/// PIN from standard input the same way and check it under manager mode's lockout rules (ManagerSession, the count
/// kept in the shared Settings), so wrong PINs here and in the window add up. Exit codes are in ExitCodes.h.
/// Runs inside the caller's event loop and emits finished() once when the command is done.
class CliApp : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultTimeoutMs = 15000;
    /// Attempts at one terminal listing or order lookup during a charge (ChargeService's default suits a cashier
    /// who can wait; a script wants an answer within seconds, and past the certainty window a free terminal proves
    /// nothing anyway).
    static constexpr int kChargeLookupAttempts = 5;
    /// The keychain service the token is saved under, shared with the window; POINTDESK_KEYCHAIN_SERVICE
    /// replaces it (tests use their own entry, never the user's).
    static constexpr const char *kDefaultKeychainService = "PointDesk";

    /// `arguments` as QCoreApplication::arguments() (program name first). Writes to `out` / `err`, which
    /// must stay open while the command runs.
    CliApp(QStringList arguments, QProcessEnvironment environment, QIODevice *out, QIODevice *err,
           QObject *parent = nullptr);
    ~CliApp() override;

    /// Where `login` reads the token from; standard input (0) unless set before start().
    void setInputFd(int fd) { m_inputFd = fd; }

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
    enum class Command {
        None,
        Devices,
        Charge,
        Status,
        Cancel,
        RemoveDevice,
        EnableIntegration,
        Login,
        Logout,
        History
    };
    enum class TokenSource { None, Environment, Keychain, Input };
    /// history's options as typed; checked by checkHistoryOptions().
    struct HistoryOptions
    {
        std::optional<QString> day;
        std::optional<QString> from;
        std::optional<QString> to;
        bool all = false;
        QStringList states;
        std::optional<QString> limit;
    };

    bool parseArguments();
    bool readSettings();
    bool checkInput();
    /// The token from POINTDESK_TOKEN, else from the keychain; then run().
    void obtainToken();
    /// From here on nothing PointDesk or Qt prints can show `token`.
    void protectSecret(const QString &token);
    void createClient();
    void run();

    void runLogin();
    /// login: refuses to replace a saved token while a manager PIN is set (logout first, with the PIN).
    void guardReplacedToken();
    void onTokenLine(const QByteArray &line, SecretLineReader::Outcome outcome, const QString &detail);
    void storeToken();
    void runLogout();
    /// With a manager PIN stored: reads it from standard input (like login's token), checks it with
    /// ManagerSession::unlock, then runs `then`; refuses with CliExit::PinRefused otherwise. With no PIN stored,
    /// or no keychain service to store one in, runs `then` at once.
    void requireManagerPin(std::function<void()> then);
    void onPinLine(const QByteArray &line, SecretLineReader::Outcome outcome, const QString &detail);
    void onPinChecked(const ManagerSession::Result &result);
    void failPin(const QString &message, const QJsonObject &fields = {});
    /// The command as typed ("logout", "remove-device"), for messages.
    QString commandWord() const;
    TokenStore *tokenStore();
    void failKeychain(const TokenStore::Result &result, const QStringList &extraNotes = {});
    QString environmentTokenNote() const;
    /// What happened and what to do; without a keychain service that includes the way around it.
    static QString keychainMessage(const TokenStore::Result &result);

    void runDevices();
    void runCharge();
    void runStatus();
    void runCancel();
    void runRemoveDevice();
    void runEnableIntegration();

    /// $POINTDESK_JOURNAL of this run's environment, else OrderJournal::defaultPath().
    QString journalPath() const;
    void onSaleChanged(const Sale &sale);
    void onSaleFinished(const Sale &sale);
    void onSaleProblem(qint64 localId, const ApiError &error);
    void onJournalProblem(qint64 localId, const JournalResult &result);
    void onNeedsDecision(const Sale &sale);
    /// The outcome of a sale that ended Failed: why nothing was charged.
    void failSale(const Sale &sale);
    /// Writes `text` to stderr on the next event loop turn, unless the command has finished by then: a problem
    /// that ChargeService reports just before it ends the sale is told once, in the final error.
    void deferNote(const QString &text);
    /// When the journal failed to record a change of the sale: a warning for stderr, and "journal_error" in
    /// `document`. "" when the journal recorded everything.
    QString journalTroubleNote(QJsonObject *document) const;
    /// `device`, `amount`, `description`, `local_id` and (when known) `external_reference` of the sale.
    QJsonObject saleJson() const;

    /// Turns m_historyOptions into m_filter; false (after failing with InvalidInput) when a value is not right.
    bool checkHistoryOptions();
    void runHistory();
    void writeHistoryTable(const QList<JournalEntry> &entries, qint64 matched, const JournalTotals &totals);
    void writeHistoryJson(const QList<JournalEntry> &entries, qint64 matched, const JournalTotals &totals);
    /// Ends with CliExit::JournalError: `result`'s message and advice, and the journal's path.
    void failJournal(const JournalResult &result, const QString &path, const QJsonObject &extra = {},
                     const QStringList &notes = {});

    QJsonObject orderJson(const OrderInfo &order) const;

    void writeOut(const QString &text);
    void writeErr(const QString &text);
    void writeJson(const QJsonObject &document);

    void failUsage(const QString &message);
    void failInvalid(const QList<ValidationIssue> &issues);
    /// InvalidInput for one value that Validation does not know (a history date, state or limit).
    void failInvalidField(const QString &field, const QString &message);
    /// `extra` goes into the JSON document next to "error"; `note` is a further line on stderr.
    void failApi(const ApiError &error, const QJsonObject &extra = {}, const QString &note = {});
    /// failApi() with `message` instead of the error's own words, and several notes.
    void failApiWith(const ApiError &error, const QString &message, const QJsonObject &extra, const QStringList &notes);
    /// Ends the command with `call`'s outcome: on success `subject` plus "ok":true (--json) or `doneText`.
    void finishDoneCall(Call<Done> *call, const QJsonObject &subject, const QString &doneText);
    void fail(int exitCode, const QString &kindKey, const QString &message, const QJsonObject &errorFields,
              const QJsonObject &extra, const QStringList &notes);
    void finish(int exitCode);

    static int exitCodeFor(ApiError::Kind kind);

    QStringList m_arguments;
    QProcessEnvironment m_environment;
    QIODevice *m_outDevice = nullptr;
    QTextStream m_out;
    QTextStream m_err;

    // What the command line asked for.
    Command m_command = Command::None;
    QStringList m_positional;
    bool m_json = false;
    bool m_verbose = false;
    bool m_wait = false;
    bool m_checkToken = true;
    QString m_keychainService;
    int m_inputFd = 0;
    TokenSource m_tokenSource = TokenSource::None;
    QUrl m_apiBase;
    int m_timeoutMs = kDefaultTimeoutMs;
    int m_pollMs = 0;
    Currency m_currency; ///< the account's, as the cashier window uses it (Preferences)
    QString m_token;
    QString m_deviceName;
    OrderRequest m_order;
    QString m_amountText;
    QString m_cardText;
    bool m_hasDeviceOption = false;
    OrderRef m_orderId;
    qint64 m_userId = 0;
    // history
    HistoryOptions m_historyOptions;
    JournalFilter m_filter;
    QString m_noSalesText; ///< what history says when no sale matches
    bool m_csv = false;

    // While running.
    LegacyPointBackend *m_client = nullptr;
    TokenStore *m_store = nullptr;
    std::unique_ptr<Settings> m_settings; ///< for the manager PIN's lockout, shared with the window
    ManagerSession *m_managerSession = nullptr;
    std::function<void()> m_afterPin;
    QPointer<SecretLineReader> m_reader;
    bool m_promptShown = false;
    QPointer<ApiCall> m_call;
    std::unique_ptr<OrderJournal> m_journal;
    QPointer<ChargeService> m_service;
    qint64 m_localId = 0;
    Sale m_sale; ///< the latest state of the sale, as ChargeService last reported it
    bool m_orderAnnounced = false;
    bool m_reconcileAnnounced = false;
    ApiError m_lastProblem;
    JournalResult m_journalTrouble;
    QStringList m_pendingNotes;
    QString m_lastNote; ///< the latest note written, so that the same one is not repeated at every retry
    OrderState m_lastShownState = OrderState::Sending;
    bool m_finished = false;
    int m_exitCode = -1;
};
