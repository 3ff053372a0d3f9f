#pragma once

#include "store/Settings.h"
#include "store/StoreDatabase.h"
#include "store/StoreResult.h"

#include <QList>
#include <QObject>
#include <QThread>
#include <functional>
#include <memory>

class StoreHistoryLoaderWorker;
struct StoreHistoryLoaderShared;
class TokenStore;

/// Reads of the store's PostgreSQL (the whole store's sales, totals, CSV, cash-up report) off the UI thread: each read
/// runs on a thread of the loader's own, with its own StoreDatabase connection (one per thread), and its answer comes
/// back in the loader's thread. A slow or unreachable store never freezes a window.
///
/// Reads are answered in the order they were asked. supersede() drops what is older: a read not started yet is not
/// run, and the answer of one under way is thrown away, so only what is asked after it is delivered (a newer filter
/// wins over a slow answer to an older one). The connection is opened (and the schema migrated, as the
/// readers need it) at the first read, and again after a read lost it.
class StoreHistoryLoader : public QObject
{
    Q_OBJECT

public:
    /// Runs on the loader's thread with an open, migrated connection; fills `out` and says how it went.
    template <typename T>
    using Work = std::function<StoreResult(StoreDatabase &database, T *out)>;
    /// Called in the loader's thread with the read's outcome and what it filled (a default T on failure).
    template <typename T>
    using Done = std::function<void(const StoreResult &result, const T &value)>;

    explicit StoreHistoryLoader(QObject *parent = nullptr);
    /// Never waits for the network: with a read under way (a slow or silent store) the loader's thread ends after
    /// it and deletes itself, and its answer goes nowhere; idle, the thread ends at once.
    ~StoreHistoryLoader() override;

    /// Where the store is (with its password). Reads asked before a connection is known wait for it.
    void setConnection(const StoreConnection &connection);
    /// The store of `store`, with the password saved in `keychain` under TokenStore::kStorePasswordKey, read now
    /// (asynchronously) like `pointdesk-cli store` does: none saved, or no keychain service, means no password; a
    /// keychain that fails answers every read with its words.
    void connectFrom(const StoreSettings &store, TokenStore *keychain);
    /// The connection is known: reads go at once.
    bool isReady() const { return m_ready; }
    StoreConnection connection() const { return m_connection; }

    /// Runs `work` on the loader's thread, then `done` here unless superseded before its answer came.
    template <typename T>
    void read(Work<T> work, Done<T> done)
    {
        auto value = std::make_shared<T>();
        enqueue([work = std::move(work), value](StoreDatabase &database) { return work(database, value.get()); },
                [done = std::move(done), value](const StoreResult &result) {
                    done(result, result.ok() ? *value : T());
                });
    }

    /// Drops every read asked so far that has not been answered yet.
    void supersede();
    /// Reads asked since the last supersede() and not answered yet.
    int pending() const { return m_pending; }

    /// A short reason for a failed read, for a sentence that goes on after it: the server's words when it gave
    /// some (first line, no final full stop), else the result's message.
    static QString reason(const StoreResult &result);

Q_SIGNALS:
    /// pending() went from 0 to more, or back to 0.
    void busyChanged(bool busy);

private:
    struct Request
    {
        quint64 generation = 0;
        std::function<StoreResult(StoreDatabase &)> work;
        std::function<void(const StoreResult &)> deliver;
    };

    void useConnection(const StoreConnection &connection, const StoreResult &error);
    void enqueue(std::function<StoreResult(StoreDatabase &)> work, std::function<void(const StoreResult &)> deliver);
    void dispatch(Request request);
    void answered(quint64 generation, const StoreResult &result, const std::function<void(const StoreResult &)> &deliver);
    void setPending(int pending);

    QThread *m_thread = nullptr; ///< deletes itself once finished (it may outlive the loader by a read)
    StoreHistoryLoaderWorker *m_worker = nullptr;
    std::shared_ptr<StoreHistoryLoaderShared> m_shared; ///< the generation, and the loader while it lives
    StoreConnection m_connection;
    StoreResult m_connectionError; ///< the keychain's failure, answered to every read
    bool m_ready = false;
    quint64 m_keychainAttempt = 0;  ///< a later connectFrom() or setConnection() wins over an earlier keychain answer
    QList<Request> m_held;          ///< asked before the connection was known
    int m_pending = 0;

    friend class StoreHistoryLoaderWorker;
};
