#include "store/SaleFollowLock.h"

#include <QLockFile>

SaleFollowLock::SaleFollowLock(const QString &journalPath, qint64 localId)
    : m_lock(std::make_unique<QLockFile>(lockPath(journalPath, localId)))
{
    // A dead holder makes the lock stale at once (QLockFile checks the process). A live one keeps it: a charge may
    // be followed for many minutes. (0 here would turn the check of the process off too.)
    m_lock->setStaleLockTime(24 * 60 * 60 * 1000);
}

SaleFollowLock::~SaleFollowLock() = default;

bool SaleFollowLock::tryLock()
{
    return m_lock->isLocked() || m_lock->tryLock(0);
}

void SaleFollowLock::unlock()
{
    if (m_lock->isLocked())
        m_lock->unlock();
}

bool SaleFollowLock::isLocked() const
{
    return m_lock->isLocked();
}

bool SaleFollowLock::heldElsewhere(const QString &journalPath, qint64 localId)
{
    if (journalPath.isEmpty() || localId <= 0)
        return false;
    SaleFollowLock probe(journalPath, localId);
    if (probe.tryLock()) {
        probe.unlock();
        return false;
    }
    return probe.m_lock->error() == QLockFile::LockFailedError;
}

QString SaleFollowLock::lockPath(const QString &journalPath, qint64 localId)
{
    return journalPath + QStringLiteral(".sale-") + QString::number(localId) + QStringLiteral(".lock");
}
