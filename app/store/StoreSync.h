#pragma once

#include "store/StoreDatabase.h"
#include "store/StoreTerminalHolders.h"

#include <QDateTime>
#include <QMetaType>
#include <QMutex>
#include <QObject>
#include <QThread>

class StoreSyncWorker;

/// Where a counter's pushing to the store stands, for the status bar and `pointdesk-cli store status`.
struct StoreSyncStatus
{
    enum class State {
        Off,      ///< not started (no store configured)
        UpToDate, ///< the store has every change of the journal
        Waiting,  ///< changes are on their way (`waiting` of them)
        Offline,  ///< the store cannot be reached; changes wait in the journal and go when it is back
        Failing   ///< the store or the journal refuses (see `error`); retried with backoff
    };

    State state = State::Off;
    qint64 waiting = 0;
    QDateTime lastPush; ///< UTC, the last batch committed in the store; invalid before
    StoreResult error;  ///< the last failure (Ok when the last attempt worked)

    bool operator==(const StoreSyncStatus &other) const
    {
        return state == other.state && waiting == other.waiting && lastPush == other.lastPush &&
               error.kind() == other.error.kind();
    }
    bool operator!=(const StoreSyncStatus &other) const { return !(*this == other); }
};
Q_DECLARE_METATYPE(StoreSyncStatus)

/// Keeps the store's PostgreSQL up to date with this counter's journal, in a thread of its own (its own journal and
/// PostgreSQL connections), so that the cashier's window never waits for the network: StorePusher in a loop, every
/// `pollMs` when idle, at once while changes wait, and with a doubling delay after a failure.
class StoreSync : public QObject
{
    Q_OBJECT

public:
    struct Config
    {
        QString journalPath;
        StoreConnection connection;
        QString counterId;
        QString counterName;
        QString currency;
        int pollMs = 2000;
        int firstRetryMs = 1000;
        int maxRetryMs = 60000;
        int batchSize = 500;
        /// Reads which other counters hold terminals (StoreTerminalHolders) after a push, at most once per poll.
        bool readHolders = true;
    };

    explicit StoreSync(QObject *parent = nullptr);
    ~StoreSync() override;

    /// Starts pushing (stopping an earlier run first).
    void start(const Config &config);
    /// Stops and waits for the thread (at most one connection timeout).
    void stop();
    bool isRunning() const { return m_thread.isRunning(); }
    /// The latest status (thread-safe).
    StoreSyncStatus status() const;

public Q_SLOTS:
    /// The journal changed: push without waiting for the next poll.
    void pushSoon();

Q_SIGNALS:
    /// The status changed (state, waiting count, last push or error), in this object's thread.
    void statusChanged(const StoreSyncStatus &status);
    /// The other counters' open sales by terminal, read after a push (at most once per `pollMs`), in this object's
    /// thread.
    void holdersRead(const StoreTerminalHolders &holders);

private:
    void setStatus(const StoreSyncStatus &status);
    void setHolders(const StoreTerminalHolders &holders);

    QThread m_thread;
    StoreSyncWorker *m_worker = nullptr;
    mutable QMutex m_mutex;
    StoreSyncStatus m_status;

    friend class StoreSyncWorker;
};
