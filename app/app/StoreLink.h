#pragma once

#include "store/StoreSync.h"

#include <QObject>
#include <QString>
#include <memory>

class Settings;
class TokenStore;

/// The cashier window's link to the store database: when Settings has a store (Settings::store()) it reads the
/// store's password from the keychain (none stored: the role needs none) and runs a StoreSync on the window's journal
/// with this counter's id, name and currency. Built by AppController after the window's first frame, in normal mode
/// only; restarted when Preferences saves other store settings; stopped before the application quits (at most one
/// connection timeout).
class StoreLink : public QObject
{
    Q_OBJECT

public:
    /// Both must outlive the link.
    StoreLink(Settings *settings, TokenStore *keychain, QObject *parent = nullptr);
    ~StoreLink() override;

    /// Pushes `journalPath` (amounts in the account's currency, Settings::currency()) when a store is set up; says
    /// Off otherwise. Restarts a running link.
    void start(const QString &journalPath);
    /// start() again with the same journal, for new settings (the currency too), a new password or a new counter id.
    void restart();
    /// Stops pushing (Off).
    void stop();
    bool isRunning() const;
    StoreSyncStatus status() const;
    /// The StoreSync that pushes; nullptr before the first start with a store set up.
    StoreSync *sync() const { return m_sync.get(); }

    /// Timings for the tests (StoreSync::Config's; the connect timeout in seconds). Applied at the next start.
    void setTimings(int pollMs, int firstRetryMs, int maxRetryMs, int connectTimeoutSeconds);

public Q_SLOTS:
    /// The journal changed: push without waiting for the next poll.
    void pushSoon();

Q_SIGNALS:
    void statusChanged(const StoreSyncStatus &status);
    void holdersRead(const StoreTerminalHolders &holders);

private:
    void run(const QString &password);
    void setOff();

    Settings *m_settings = nullptr;
    TokenStore *m_keychain = nullptr;
    std::unique_ptr<StoreSync> m_sync;
    QString m_journalPath;
    int m_attempt = 0; ///< a keychain answer for an earlier start is ignored
    int m_pollMs = 2000;
    int m_firstRetryMs = 1000;
    int m_maxRetryMs = 60000;
    int m_connectTimeoutSeconds = StoreConnection::kDefaultConnectTimeoutSeconds;
};
