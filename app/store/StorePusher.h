#pragma once

#include "store/StoreDatabase.h"

#include <functional>

class OrderJournal;

/// Sends a journal's outbox to the store's PostgreSQL, in change order, one batch per PostgreSQL transaction.
///
/// On each new connection it creates or migrates the store schema and asks the store how far it has this counter's
/// journal (the store's mark wins: after a crash between a commit and the local mark, nothing is sent twice; after
/// the store lost changes, e.g. restored from a backup, they are sent again). The local mark (OrderJournal::markPushed)
/// moves only after a batch's COMMIT, and a batch sent twice changes nothing in the store. Synchronous: use it from
/// a thread of its own (StoreSync) or from a program that may wait (pointdesk-cli, tests, the bench).
class StorePusher
{
public:
    static constexpr int kDefaultBatchSize = 500;

    /// Both must outlive the pusher and belong to the calling thread; `journal` must be open.
    StorePusher(OrderJournal &journal, StoreDatabase &database);

    void setConnection(const StoreConnection &connection) { m_connection = connection; }
    /// The counter's id, name and currency (its journal id is read from the journal).
    void setCounter(const QString &counterId, const QString &name, const QString &currency);
    void setBatchSize(int changes) { m_batchSize = qMax(1, changes); }
    /// Called after each batch's COMMIT, before the local mark moves, with the batch's last change (for the tests
    /// that kill the process right there).
    void setAfterCommit(std::function<void(qint64)> hook) { m_afterCommit = std::move(hook); }

    /// Connects when not connected, then pushes up to `maxBatches` batches (-1: until nothing waits). On failure the
    /// connection is dropped (the next call connects again) and what was committed stays committed.
    StoreResult pushPending(int maxBatches = -1);
    /// Changes sent by the last pushPending() (committed batches only).
    qint64 lastPushed() const { return m_lastPushed; }
    /// Drops the connection (the next pushPending() connects again).
    void disconnect();

private:
    StoreResult connectAndSync();
    StoreResult pushBatches(int maxBatches);

    OrderJournal &m_journal;
    StoreDatabase &m_database;
    StoreConnection m_connection;
    StoreCounter m_counter;
    std::function<void(qint64)> m_afterCommit;
    int m_batchSize = kDefaultBatchSize;
    qint64 m_cursor = 0; ///< the store has every change up to this one (valid while connected)
    qint64 m_lastPushed = 0;
};
