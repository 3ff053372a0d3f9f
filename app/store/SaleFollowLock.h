#pragma once

#include <QString>
#include <memory>

class QLockFile;

/// Which process on this computer follows a sale of the shared journal. pointdesk-cli charge holds its sale's lock
/// while it runs (with --wait until the sale ends), and a running window leaves a sale alone while another process
/// holds it: one process polls Mercado Pago for an order, never two. A QLockFile beside the journal
/// ("<journal>.sale-<localId>.lock"); the lock of a process that died is stale and no longer counts.
class SaleFollowLock
{
public:
    SaleFollowLock(const QString &journalPath, qint64 localId);
    ~SaleFollowLock();
    SaleFollowLock(const SaleFollowLock &) = delete;
    SaleFollowLock &operator=(const SaleFollowLock &) = delete;

    /// Takes the lock at once; false when another live process holds it (or the file cannot be written).
    bool tryLock();
    void unlock();
    bool isLocked() const;

    /// True when a live process other than this lock's holder follows `localId` now. Only asks: it takes nothing a
    /// moment later still holds.
    static bool heldElsewhere(const QString &journalPath, qint64 localId);
    static QString lockPath(const QString &journalPath, qint64 localId);

private:
    std::unique_ptr<QLockFile> m_lock;
};
