#pragma once

#include "api/ApiError.h"
#include "store/ManagerSession.h"
#include "store/TokenStore.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class PointBackend;
class Settings;

/// Setting up the Mercado Pago account, without widgets: what the setup wizard and `pointdesk-cli login` both need.
/// - The token: one rule for what may be sent (tokenProblem()), the check itself (checkToken(): listing the
///   terminals needs nothing but a valid token and changes nothing) and one set of words for its outcome
///   (CheckResult::message()).
/// - The manager PIN: whether one is stored (queryPinState()), a new one (newPinProblem(), setNewPin()) or the
///   stored one proven through manager mode's own check and lockout (proveStoredPin()). A stored PIN is never
///   replaced here.
/// - The account's API (setApi(): "legacy" or "orders", see api/Backends): the token is checked with it, and save()
///   keeps it in Settings with the address. An API this build cannot speak fails the check with its reason.
/// - Saving (save()): the PIN first, so a token is never left on this computer without the manager's protection;
///   then the token to the keychain (TokenStore), the API and its address to Settings. Nothing is written before
///   save().
class AccountSetup : public QObject
{
    Q_OBJECT

public:
    /// What the keychain said about the manager PIN (Checking until it answered).
    enum class PinState { NotAsked, Checking, NotSet, Set, Unavailable };

    /// The outcome of checkToken().
    struct CheckResult
    {
        ApiError error;      ///< Kind::None when the token works; InvalidInput when refused before sending
        QString token;       ///< the token checked
        QUrl base;           ///< the address it was checked against
        QString api;         ///< the API it was checked with ("legacy", "orders")
        int deviceCount = 0; ///< terminals the token can see, when it works

        bool ok() const { return !error.isError(); }
        /// Translated, for the person setting up (not the cashier): what went wrong and what to check. Ends with a
        /// whole sentence, so a caller may add its own ("Nothing was saved.", "then run login again").
        QString message() const;
    };

    /// The outcome of save().
    struct SaveResult
    {
        enum class Outcome {
            Ok,
            PinAlreadySet, ///< a PIN was stored meanwhile: it is kept, and has to be proven (proveStoredPin())
            PinNotProven,  ///< a PIN is stored and was not entered: nothing is saved without it
            NoSession,     ///< no manager session to store the PIN with
            Keychain       ///< the keychain refused or failed; see keychain
        };
        Outcome outcome = Outcome::Ok;
        TokenStore::Result keychain;
        QString detail; ///< ManagerSession's own words, when it refused the PIN

        bool ok() const { return outcome == Outcome::Ok; }
        /// Translated: why nothing was saved and what to do.
        QString message() const;
    };

    /// `store`, `session` and `settings` must outlive this object; `session` may be null (no PIN is handled then).
    AccountSetup(TokenStore *store, ManagerSession *session, Settings *settings, QObject *parent = nullptr);
    ~AccountSetup() override;

    // --- the token ---------------------------------------------------------------------------------------------

    /// The token as typed or pasted, made ready to check: trimmed, and without a "Bearer " copied from an HTTP
    /// example.
    static QString normalizedToken(const QString &typed);
    /// Translated, empty when `token` (normalized) may be sent: a Mercado Pago token is printable ASCII without
    /// spaces. Anything else is a paste gone wrong (two lines, a label, quotes from a chat message), and it would go
    /// into an HTTP header as it is.
    static QString tokenProblem(const QString &token);
    /// https, or plain http only to this computer (PointBackend::isAcceptableBaseUrl).
    static bool isAcceptableBase(const QUrl &base);
    /// Translated: why the address `typed` cannot be used.
    static QString unacceptableBaseText(const QString &typed);
    /// Translated: what a working token found, in whole sentences ("one terminal" is a sentence of its own).
    static QString tokenWorksText(int terminals);
    /// "APP_USR-…-1a2b": the token's prefix and its last 4 characters, never more.
    static QString maskToken(const QString &token);

    /// Timeout for the check and the enable-integration call (default: PointBackend's).
    void setRequestTimeout(int milliseconds);
    int requestTimeout() const { return m_timeoutMs; }

    /// The API the account speaks: the saved one (Settings::accountApi(), when it is one Backends knows), else
    /// "legacy", until setApi().
    QString api() const { return m_api; }
    /// Chooses the account's API for the check and for save(). False, and nothing changes, for a key Backends does
    /// not know, or while a check is under way. A token checked with another API has to be checked again (isChecked()
    /// turns false).
    bool setApi(const QString &key);
    /// The chosen API has the "enable integration" call (PointBackend::Capabilities::enableIntegration).
    bool offersIntegration() const;
    /// The API the last working token was checked with.
    QString checkedApi() const { return m_checkedApi; }
    /// Lists the terminals with `token` at `base`, then emits tokenChecked() (always later, never from inside this
    /// call). A token refused by tokenProblem(), or an unacceptable address, sends nothing: the result's error is
    /// InvalidInput with the rule's words. A check under way is replaced.
    void checkToken(const QString &token, const QUrl &base);
    bool isChecking() const { return m_checking; }
    /// The last token that worked, and where; empty until one did.
    QString checkedToken() const { return m_checkedToken; }
    QUrl checkedBase() const { return m_checkedBase; }
    int checkedDeviceCount() const { return m_deviceCount; }
    /// `token` at `base` is the one that worked last, with the API chosen now.
    bool isChecked(const QString &token, const QUrl &base) const;
    /// Takes `token` at `base` as the one to save without asking Mercado Pago (`pointdesk-cli login --no-check`).
    /// False, and nothing changes, when tokenProblem() refuses the token or the address is not acceptable.
    bool acceptUncheckedToken(const QString &token, const QUrl &base);

    /// Call 1 of the API for the checked token: emits integrationEnabled() when done.
    void enableIntegration(qint64 userId);
    /// Translated: what enabling the integration for `userId` came to.
    static QString integrationText(qint64 userId, const ApiError &error);

    // --- the manager PIN ---------------------------------------------------------------------------------------

    /// Whether this setup sets up the manager PIN too (a first run) or leaves it alone (replacing the token).
    void setManagesPin(bool manages) { m_managesPin = manages; }
    bool managesPin() const { return m_managesPin; }
    /// Asks the keychain whether a PIN is stored: Checking now, then pinStateChanged().
    void queryPinState();
    PinState pinState() const { return m_pinState; }
    /// For a setup that knows already (no keychain service: nothing can be stored in one).
    void setPinState(PinState state) { m_pinState = state; }
    /// A PIN is stored and setup keeps it: the stored one must be entered, never a new one chosen.
    bool keepsStoredPin() const { return m_managesPin && m_pinState == PinState::Set; }
    /// The PIN still has to be given: a new one, or the stored one not proven yet (manager mode on proves it).
    bool needsPinEntry() const;

    /// What is wrong with a new PIN typed twice: 4 to 8 digits, not too easy to guess, the same both times.
    enum class NewPinProblem { None, Invalid, Trivial, Mismatch };
    static NewPinProblem newPinProblem(const QString &pin, const QString &again);
    /// Translated: what to do about `problem`; empty for None.
    static QString newPinProblemText(NewPinProblem problem);
    /// The new PIN to store at save(); kept in memory until then.
    void setNewPin(const QString &pin) { m_pin = pin; }
    /// Checks the stored PIN the way manager mode does (ManagerSession::unlock): wrong ones count towards the same
    /// lockout, a right one turns manager mode on. Emits storedPinChecked().
    void proveStoredPin(const QString &pin);
    bool isCheckingPin() const { return m_checkingPin; }
    bool isPinProven() const { return m_pinProven; }
    bool isLockedOut() const;
    QDateTime lockedUntil() const;

    // --- saving ------------------------------------------------------------------------------------------------

    /// The address was given at start-up (--api-base, POINTDESK_API_BASE): it is not saved in the settings.
    void setApiBaseFixed(bool fixed) { m_apiBaseFixed = fixed; }
    bool isApiBaseFixed() const { return m_apiBaseFixed; }
    /// No keychain service: the token (and a new PIN) stay in memory until PointDesk quits.
    void chooseSessionOnly();
    bool isSessionOnlyChosen() const { return m_sessionOnly; }

    /// Saves the checked token: a new PIN first (asking the keychain again: a PIN stored meanwhile is never
    /// replaced), then the token, then the address. Emits saveFinished(), always later. Does nothing before a token
    /// worked (or was accepted unchecked), while saving, or once saved.
    void save();
    bool isSaving() const { return m_saving; }
    bool isSaved() const { return m_saved; }
    /// After save(): the token saved; empty before.
    QString savedToken() const { return m_saved ? m_checkedToken : QString(); }

    /// Setup was given up: manager mode ends when it came on only through the PIN entered here.
    void cancel();

Q_SIGNALS:
    void tokenChecked(const AccountSetup::CheckResult &result);
    void integrationEnabled(qint64 userId, const ApiError &error);
    void pinStateChanged(AccountSetup::PinState state, const TokenStore::Result &read);
    void storedPinChecked(const ManagerSession::Result &result);
    void saveFinished(const AccountSetup::SaveResult &result);

private:
    void finishCheck(const CheckResult &result);
    void saveNewPin();
    void saveToken();
    void saveFailed(const SaveResult &result);
    /// The backend for the chosen API, made on first use; nullptr when this build cannot speak it.
    PointBackend *client();

    TokenStore *m_store = nullptr;
    QPointer<ManagerSession> m_session;
    Settings *m_settings = nullptr;
    PointBackend *m_client = nullptr; ///< speaks m_clientApi
    QString m_clientApi;
    QString m_api;
    QString m_checkedApi;
    mutable QString m_capabilitiesApi; ///< the API m_offersIntegration is about
    mutable bool m_offersIntegration = false;
    int m_timeoutMs = 0;            ///< 0: PointBackend's default
    QPointer<QObject> m_checkGuard; ///< the check under way; a newer one drops its answer

    QString m_checkedToken;
    QUrl m_checkedBase;
    int m_deviceCount = 0;
    QString m_pin;
    PinState m_pinState = PinState::NotAsked;
    bool m_managesPin = false;
    bool m_checking = false;
    bool m_checkingPin = false;
    bool m_pinProven = false;          ///< the stored PIN was entered right
    bool m_managerModeBySetup = false; ///< manager mode came on through that PIN: it ends if setup is cancelled
    bool m_apiBaseFixed = false;
    bool m_sessionOnly = false;
    bool m_saving = false;
    bool m_saved = false;
};

Q_DECLARE_METATYPE(AccountSetup::CheckResult)
Q_DECLARE_METATYPE(AccountSetup::SaveResult)
