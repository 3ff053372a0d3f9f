#pragma once

#include "store/ManagerLockout.h"
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
/// for 10, then 20 ... (at most an hour). The count and the lockout end are shared by every PointDesk process of the
/// user and checked one process at a time (ManagerLockout: a lock file, the count in the keychain beside the PIN hash,
/// a copy in Settings for display), so neither a restart, parallel pointdesk-cli runs nor deleting the settings file
/// resets them. Widget-free; every PIN check runs off the UI thread.
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
        Keychain,      ///< the keychain failed; see Result::keychain
        Cancelled,     ///< cancelCheck() was called first: nothing was counted or changed
        PinDamaged     ///< the stored PIN entry is not a PIN hash: reset it with createPin (the access token)
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
    /// The keychain the PIN hash is kept in (the manager's other secrets live there too).
    TokenStore *tokenStore() const { return m_store; }

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
    /// No PIN stored yet (the account came from pointdesk-cli login), or the stored one is damaged (PinDamaged):
    /// `accessToken` must be the saved access token, which proves the manager; then `newPin` is stored and manager
    /// mode starts.
    void createPin(const QString &accessToken, const QString &newPin, QObject *context, Callback done);
    /// In manager mode: replaces the PIN after checking the old one (a wrong one counts towards the lockout).
    void changePin(const QString &oldPin, const QString &newPin, QObject *context, Callback done);
    /// The setup wizard's PIN: stored as the PIN without asking for an old one, and the lockout is cleared.
    /// Only the wizard's first run (no account on this computer) or an active manager session may call this.
    void setPinForSetup(const QString &newPin, QObject *context, Callback done);
    /// In manager mode: removes the PIN from the keychain (sign out).
    void forgetPin(QObject *context, Callback done);

    /// Abandons the check in flight (the PIN dialog was cancelled): whatever it finds is neither counted nor acted on,
    /// and its callback gets Cancelled. Nothing happens when no check runs.
    void cancelCheck();
    bool isChecking() const { return m_busy; }

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
    /// Clears the shared count (after a PIN was stored or removed), then `then`.
    void resetLockout(std::function<void()> then);
    /// Counts one wrong PIN or token in `state` and locks when due; returns the outcome to report.
    Result registerFailure(ManagerLockout::State &state, Outcome wrong) const;
    bool isLocked(const ManagerLockout::State &state) const;
    Result lockedResult() const;
    /// What a check found: the right secret, a wrong one (counted as `wrong`), or `other` (nothing counted).
    struct Verdict
    {
        enum Kind { Right, Wrong, Other } kind = Other;
        Outcome wrong = Outcome::WrongPin;
        Result other;
    };
    using Check = std::function<void(std::function<void(const Verdict &)>)>;
    /// Runs `check` inside a ManagerLockout transaction: refuses when locked out, counts a wrong answer, clears the
    /// count on a right one and then runs `onRight`; a cancelled check counts nothing.
    void guardedCheck(QObject *context, const Callback &done, Check check, std::function<void()> onRight);
    void offThread(std::function<QString()> work, std::function<void(const QString &)> done);
    void storePinHash(const QString &newPin, QObject *context, Callback done, bool activateAfter);
    static void deliver(QObject *context, const Callback &done, const Result &result);

    TokenStore *m_store = nullptr;
    Settings *m_settings = nullptr;
    ManagerLockout *m_lockout = nullptr;
    QTimer m_idleTimer;
    std::function<bool(QObject *)> m_activityCounts;
    int m_idleTimeoutMs = 0;
    int m_iterations = 0;
    bool m_active = false;
    bool m_busy = false;
    bool m_cancelled = false;
    bool m_unprotectedAllowed = false;
    bool m_filterInstalled = false;
    QString m_fallbackToken;
    Clock m_clock;
};
