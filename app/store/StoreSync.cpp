#include "store/StoreSync.h"

#include "store/OrderJournal.h"
#include "store/RetryDelay.h"
#include "store/StorePusher.h"

#include <QElapsedTimer>
#include <QMetaObject>
#include <QTimer>
#include <memory>

/// Lives in StoreSync's thread: owns the journal and PostgreSQL connections of that thread and the timer.
class StoreSyncWorker : public QObject
{
    Q_OBJECT

public:
    StoreSyncWorker(StoreSync *owner, StoreSync::Config config)
        : m_owner(owner), m_config(std::move(config)), m_retry(m_config.firstRetryMs, m_config.maxRetryMs)
    {
    }

    void begin()
    {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &StoreSyncWorker::tick);
        tick();
    }

    void finish()
    {
        m_timer->stop();
        m_pusher.reset();
        m_database.reset();
        m_journal.reset();
    }

    void nudge()
    {
        if (!m_timer->isActive() || m_retry.failures() > 0)
            return; // busy now, or waiting out a failure: the next attempt comes anyway
        m_timer->start(0);
    }

private:
    void tick()
    {
        StoreSyncStatus status = m_status;
        StoreResult r = openJournal();
        if (r.ok() && (status.state == StoreSyncStatus::State::Off || status.state == StoreSyncStatus::State::UpToDate)) {
            // News since the last push: the bar says how many wait while they go (a push may take a while).
            const std::optional<OutboxStatus> before = m_journal->outboxStatus();
            if (before && before->waiting > 0) {
                status.state = StoreSyncStatus::State::Waiting;
                status.waiting = before->waiting;
                m_owner->setStatus(status);
            }
        }
        if (r.ok()) {
            r = m_pusher->pushPending(kBatchesPerTick);
            if (m_pusher->lastPushed() > 0)
                status.lastPush = QDateTime::currentDateTimeUtc();
        }
        if (r.ok()) {
            // Also the heartbeat of an idle counter: a store that went away shows as offline before the next sale.
            const StoreResult read = readHolders();
            if (read.kind() == StoreResult::Kind::Unreachable) {
                m_pusher->disconnect();
                r = read;
            }
        }
        const std::optional<OutboxStatus> outbox = m_journal ? m_journal->outboxStatus() : std::nullopt;
        if (outbox)
            status.waiting = outbox->waiting;
        status.error = r;
        int next = m_config.pollMs;
        if (!r.ok()) {
            status.state = r.kind() == StoreResult::Kind::Unreachable ? StoreSyncStatus::State::Offline
                                                                      : StoreSyncStatus::State::Failing;
            next = m_retry.next();
        } else {
            m_retry.reset();
            status.state = status.waiting > 0 ? StoreSyncStatus::State::Waiting : StoreSyncStatus::State::UpToDate;
            if (status.waiting > 0)
                next = 0; // more than one tick's batches waited: go on at once, events in between
        }
        m_status = status;
        m_owner->setStatus(status);
        m_timer->start(next);
    }

    /// After a push that worked, on the pusher's connection: at most once per poll, so that a busy counter does not
    /// ask the store after every batch.
    StoreResult readHolders()
    {
        if (!m_config.readHolders || (m_holdersClock.isValid() && m_holdersClock.elapsed() < m_config.pollMs))
            return {};
        StoreTerminalHolders holders;
        const StoreResult read = StoreTerminalHolders::read(*m_database, m_config.counterId, &holders);
        m_holdersClock.start();
        if (read.ok())
            m_owner->setHolders(holders);
        return read;
    }

    StoreResult openJournal()
    {
        if (m_journal)
            return {};
        auto journal = std::make_unique<OrderJournal>();
        const JournalResult opened = journal->open(m_config.journalPath);
        if (!opened.ok())
            return {StoreResult::Kind::JournalError, opened.detail()};
        m_journal = std::move(journal);
        m_database = std::make_unique<StoreDatabase>();
        m_pusher = std::make_unique<StorePusher>(*m_journal, *m_database);
        m_pusher->setConnection(m_config.connection);
        m_pusher->setCounter(m_config.counterId, m_config.counterName, m_config.currency);
        m_pusher->setBatchSize(m_config.batchSize);
        return {};
    }

    static constexpr int kBatchesPerTick = 20;

    StoreSync *m_owner;
    StoreSync::Config m_config;
    RetryDelay m_retry;
    QElapsedTimer m_holdersClock;
    QTimer *m_timer = nullptr;
    StoreSyncStatus m_status;
    std::unique_ptr<OrderJournal> m_journal;
    std::unique_ptr<StoreDatabase> m_database;
    std::unique_ptr<StorePusher> m_pusher;
};

StoreSync::StoreSync(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<StoreSyncStatus>();
    qRegisterMetaType<StoreTerminalHolders>();
    m_thread.setObjectName(QStringLiteral("store-sync"));
}

StoreSync::~StoreSync()
{
    stop();
}

void StoreSync::start(const Config &config)
{
    stop();
    {
        QMutexLocker lock(&m_mutex);
        m_status = StoreSyncStatus();
    }
    m_worker = new StoreSyncWorker(this, config);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &StoreSyncWorker::begin, Qt::QueuedConnection);
}

void StoreSync::stop()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(m_worker, &StoreSyncWorker::finish, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_worker = nullptr;
    QMutexLocker lock(&m_mutex);
    m_status = StoreSyncStatus();
}

StoreSyncStatus StoreSync::status() const
{
    QMutexLocker lock(&m_mutex);
    return m_status;
}

void StoreSync::pushSoon()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &StoreSyncWorker::nudge, Qt::QueuedConnection);
}

void StoreSync::setStatus(const StoreSyncStatus &status)
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_status == status)
            return;
        m_status = status;
    }
    QMetaObject::invokeMethod(
        this, [this, status]() { Q_EMIT statusChanged(status); }, Qt::QueuedConnection);
}

void StoreSync::setHolders(const StoreTerminalHolders &holders)
{
    QMetaObject::invokeMethod(
        this, [this, holders]() { Q_EMIT holdersRead(holders); }, Qt::QueuedConnection);
}

#include "StoreSync.moc"
