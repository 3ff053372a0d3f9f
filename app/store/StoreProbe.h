#pragma once

#include "store/StoreDatabase.h"

#include <QObject>

/// "Test connection": connects to a store database on a thread of its own (the window never waits for the network)
/// and reads its schema version, without writing anything. One test at a time; the answer comes in this object's
/// thread, and not at all when the object is gone by then (the thread then ends by itself, within the connection
/// timeout).
class StoreProbe : public QObject
{
    Q_OBJECT

public:
    explicit StoreProbe(QObject *parent = nullptr);

    struct Outcome
    {
        StoreResult result;     ///< Ok: reached
        int schemaVersion = -1; ///< the store's schema version (0: empty, PointDesk sets it up at the first push)
    };

    /// Starts a test; false (and nothing started) while one is running.
    bool start(const StoreConnection &connection);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const StoreProbe::Outcome &outcome);

private:
    bool m_running = false;
};
Q_DECLARE_METATYPE(StoreProbe::Outcome)
