#pragma once

#include "store/TokenStore.h"

#include <QDateTime>
#include <QLockFile>
#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>

class Settings;

/// The manager PIN's wrong-try count and lockout end, shared by every PointDesk process of the user (windows and
/// pointdesk-cli runs). A check runs as one transaction: begin() takes a lock file in the settings' folder (other
/// processes wait for it), reads the count from the keychain beside the PIN hash; the caller checks the PIN; commit()
/// writes the new count to the keychain (and a copy to Settings, which the window shows) before the lock is let go.
/// So parallel checkers are counted one after the other, and deleting the settings file resets nothing: the count
/// that decides lives in the keychain. A damaged count fails closed (it reads as a fresh lockout).
class ManagerLockout : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *kKeychainKey = "manager-pin-lockout";
    /// How long begin() waits for another process's check before giving up.
    static constexpr int kLockWaitMs = 30000;
    /// A damaged count reads as a full round of wrong PINs, locked for the first lockout's length.
    static constexpr int kDamagedFailures = 5;
    static constexpr int kDamagedLockoutMinutes = 5;

    struct State
    {
        int failures = 0;
        QDateTime lockedUntil; ///< UTC; invalid when not locked
        bool operator==(const State &other) const
        {
            return failures == other.failures && lockedUntil == other.lockedUntil;
        }
    };

    /// `ready` gets an error (Failed with a detail when the lock could not be had, or the keychain's answer) or Ok.
    using Ready = std::function<void(const TokenStore::Result &)>;

    /// `store` and `settings` must outlive this object.
    ManagerLockout(TokenStore *store, Settings *settings, QObject *parent = nullptr);
    ~ManagerLockout() override;

    /// The lock file's path: in the folder of the settings file.
    QString lockPath() const;

    /// Starts a transaction: waits for the lock, then reads the count. On an error the lock is already let go.
    void begin(Ready ready);
    /// Inside a transaction: the count as read (the larger of the keychain's and the settings' copy).
    State state() const { return m_state; }
    /// Ends a transaction: stores `state` (when it changed) in the keychain and Settings, lets go of the lock, then
    /// calls `done` with the keychain's answer.
    void commit(const State &state, Ready done);
    /// Ends a transaction without changing anything.
    void release();
    /// Whether the last begin() failed because another check held the lock for kLockWaitMs.
    bool lockTimedOut() const { return m_lockTimedOut; }
    bool inTransaction() const { return m_lock && m_lock->isLocked(); }

    /// The keychain's text for `state`, and back; nullopt for a damaged text.
    static QString encode(const State &state);
    static std::optional<State> decode(const QString &text);

private:
    void tryLock(Ready ready, int waitedMs);
    void mirror(const State &state);

    TokenStore *m_store = nullptr;
    Settings *m_settings = nullptr;
    std::unique_ptr<QLockFile> m_lock;
    State m_state;
    State m_read;
    bool m_rewrite = false;
    bool m_lockTimedOut = false;
};
