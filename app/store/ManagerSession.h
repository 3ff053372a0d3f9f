#pragma once

#include "store/TokenStore.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>
#include <functional>

class Settings;

/// Manager mode: who may change the token, free and remove terminals, change the PIN and sign out.
/// Entered with the manager PIN (kept hashed in the keychain under TokenStore::kManagerPinKey, see ManagerPin);
/// it ends by itself after some idle minutes (no key or mouse input anywhere in the application: an event filter
/// on the application object), or when asked. Wrong PINs lock it: 5 in a row lock it for 5 minutes, the next 5
/// for 10, then 20 ... (at most an hour); the count and the lockout end live in Settings, so a restart does not
/// reset them. Widget-free; every PIN check runs off the UI thread.
class ManagerSession : public QObject
{
    Q_OBJECT

public:
    static constexpr int kTriesBeforeLockout = 5;
    static constexpr int kFirstLockoutMinutes = 5;
    static constexpr int kMaxLockoutMinutes = 60;

    enum class EndReason {
        User,      ///< "End manager mode"
        Idle,      ///< no input for the idle timeout
        SignedOut, ///< the account was signed out
        LockedOut  ///< too many wrong PINs while changing it
    };
    Q_ENUM(EndReason)

    /// Whether a manager PIN is stored.
    enum class PinState { Set, NotSet, Unavailable };

    enum class Outcome {
        Ok,
        WrongPin,      ///< counted; see Result::remainingTries
        WrongToken,    ///< createPin's proof is not the saved access token; counted like a wrong PIN
        LockedOut,     ///< refused without checking anything; see Result::lockedUntil
        InvalidPin,    ///< not 4 to 8 digits; not counted
        NoPin,         ///< no PIN is stored yet: set one with createPin
        PinAlreadySet, ///< createPin while a PIN exists
        NotActive,     ///< the action needs manager mode, which is not (or no longer) on
        Busy,          ///< another check is still running
        Keychain       ///< the keychain failed; see Result::keychain
    };

    struct Result
    {
        Outcome outcome = Outcome::Ok;
        int remainingTries = 0; ///< for WrongPin / WrongToken: wrong tries left before the next lockout
        QDateTime lockedUntil;  ///< for LockedOut (UTC)
        TokenStore::Result keychain;

        bool ok() const { return outcome == Outcome::Ok; }
        /// Translated, one or two whole sentences.
        QString message() const;
    };
    using Callback = std::function<void(const Result &)>;
    using Clock = std::function<QDateTime()>;

    /// `store` and `settings` must outlive the session.
    ManagerSession(TokenStore *store, Settings *settings, QObject *parent = nullptr);
    ~ManagerSession() override;

    bool isActive() const { return m_active; }

    /// Idle time after which manager mode ends; the default comes from Settings (5 minutes).
    void setIdleTimeout(int milliseconds);
    int idleTimeout() const { return m_idleTimeoutMs; }
    /// Restarts the idle countdown (the event filter calls this on every key, click, wheel or touch).
    void noteActivity();
    /// Which input counts as the manager's activity: events delivered to objects for which `counts` is false do
    /// not restart the countdown (the cashier typing sales must not keep manager mode open). Default: all input.
    void setActivityFilter(std::function<bool(QObject *watched)> counts) { m_activityCounts = std::move(counts); }

    /// Demo mode without an account: manager mode opens without a PIN while none is stored.
    void setUnprotectedEntryAllowed(bool allowed) { m_unprotectedAllowed = allowed; }
    bool isUnprotectedEntryAllowed() const { return m_unprotectedAllowed; }
    /// The access token in use when it is not in the keychain (POINTDESK_TOKEN): createPin's proof is compared
    /// with it when the keychain has none. Kept in memory only.
    void setFallbackToken(const QString &token) { m_fallbackToken = token; }

    /// Wrong PINs in a row, and the lockout, as kept in Settings.
    int failedAttempts() const;
    int remainingTries() const;
    bool isLockedOut() const;
    QDateTime lockedUntil() const;

    /// Asks the keychain whether a PIN is stored.
    void queryPin(QObject *context, std::function<void(PinState, const TokenStore::Result &)> done);
    /// Enters manager mode when `pin` is right.
    void unlock(const QString &pin, QObject *context, Callback done);
    /// No PIN stored yet (the account came from pointdesk-cli login): `accessToken` must be the saved access
    /// token, which proves the manager; then `newPin` is stored and manager mode starts.
    void createPin(const QString &accessToken, const QString &newPin, QObject *context, Callback done);
    /// In manager mode: replaces the PIN after checking the old one (a wrong one counts towards the lockout).
    void changePin(const QString &oldPin, const QString &newPin, QObject *context, Callback done);
    /// The setup wizard's PIN: stored as the PIN without asking for an old one, and the lockout is cleared.
    /// Only the wizard's first run (no account on this computer) or an active manager session may call this.
    void setPinForSetup(const QString &newPin, QObject *context, Callback done);
    /// In manager mode: removes the PIN from the keychain (sign out).
    void forgetPin(QObject *context, Callback done);

    /// Ends manager mode (nothing happens when it is not on).
    void end(EndReason reason = EndReason::User);

    /// For tests: the clock for lockouts (default: the system clock, UTC) and the PBKDF2 iterations of new hashes.
    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setHashIterations(int iterations) { m_iterations = iterations; }

Q_SIGNALS:
    void activeChanged(bool active);
    void ended(ManagerSession::EndReason reason);
    /// The failure count or the lockout changed.
    void lockoutChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QDateTime now() const;
    void activate();
    void clearFailures();
    /// Counts one wrong PIN or token and locks when due; returns the outcome to report.
    Result registerFailure(Outcome wrong);
    Result lockedResult() const;
    void offThread(std::function<QString()> work, std::function<void(const QString &)> done);
    void storePinHash(const QString &newPin, QObject *context, Callback done, bool activateAfter);
    static void deliver(QObject *context, const Callback &done, const Result &result);

    TokenStore *m_store = nullptr;
    Settings *m_settings = nullptr;
    QTimer m_idleTimer;
    std::function<bool(QObject *)> m_activityCounts;
    int m_idleTimeoutMs = 0;
    int m_iterations = 0;
    bool m_active = false;
    bool m_busy = false;
    bool m_unprotectedAllowed = false;
    bool m_filterInstalled = false;
    QString m_fallbackToken;
    Clock m_clock;
};
