#include "store/StoreHistoryLoader.h"

#include "store/TokenStore.h"

#include <QAtomicInteger>
#include <QMetaObject>
#include <QMutex>

namespace {

bool sameConnection(const StoreConnection &a, const StoreConnection &b)
{
    return a.host == b.host && a.port == b.port && a.database == b.database && a.user == b.user &&
           a.password == b.password && a.connectTimeoutSeconds == b.connectTimeoutSeconds;
}

} // namespace

/// What the loader and its thread share: the thread may outlive the loader by a read.
struct StoreHistoryLoaderShared
{
    QAtomicInteger<quint64> generation = 0; ///< reads asked before the current one are skipped or dropped
    QAtomicInt running = 0;                 ///< a read is under way (or about to check whether it is wanted)
    QMutex mutex;                           ///< guards owner
    StoreHistoryLoader *owner = nullptr;    ///< null once the loader is gone: answers go nowhere
};

/// Lives in the loader's thread: owns that thread's PostgreSQL connection and runs the reads one after another.
class StoreHistoryLoaderWorker : public QObject
{
    Q_OBJECT

public:
    explicit StoreHistoryLoaderWorker(std::shared_ptr<StoreHistoryLoaderShared> shared) : m_shared(std::move(shared))
    {
    }

    void run(const StoreConnection &connection, const StoreResult &connectionError, quint64 generation,
             const std::function<StoreResult(StoreDatabase &)> &work,
             const std::function<void(const StoreResult &)> &deliver)
    {
        // Marked before the check, so that a loader going away sees either the mark or a read that will skip.
        m_shared->running.storeRelease(1);
        // Superseded while it waited: not worth a query.
        if (generation != m_shared->generation.loadAcquire()) {
            m_shared->running.storeRelease(0);
            return;
        }
        StoreResult result = connectionError;
        if (result.ok())
            result = openFor(connection);
        if (result.ok())
            result = work(*m_database);
        // A dropped connection is opened again by the next read.
        if (result.kind() == StoreResult::Kind::Unreachable && m_database)
            m_database->close();
        {
            // Posted while the loader lives; an answer it has not handled when it goes is dropped with it.
            QMutexLocker lock(&m_shared->mutex);
            if (StoreHistoryLoader *owner = m_shared->owner) {
                QMetaObject::invokeMethod(
                    owner, [owner, generation, result, deliver]() { owner->answered(generation, result, deliver); },
                    Qt::QueuedConnection);
            }
        }
        m_shared->running.storeRelease(0);
    }

private:
    StoreResult openFor(const StoreConnection &connection)
    {
        if (m_database && m_database->isOpen() && sameConnection(m_open, connection))
            return {};
        if (!m_database)
            m_database = std::make_unique<StoreDatabase>();
        m_open = connection;
        StoreResult result = m_database->open(connection);
        // The reads need the schema (a store no counter has pushed to yet is set up like the pushers do).
        if (result.ok())
            result = m_database->migrate();
        if (!result.ok())
            m_database->close();
        return result;
    }

    std::shared_ptr<StoreHistoryLoaderShared> m_shared;
    std::unique_ptr<StoreDatabase> m_database; ///< deleted with the worker, in the loader's thread
    StoreConnection m_open;
};

StoreHistoryLoader::StoreHistoryLoader(QObject *parent)
    : QObject(parent), m_shared(std::make_shared<StoreHistoryLoaderShared>())
{
    m_shared->owner = this;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("store-reads"));
    m_worker = new StoreHistoryLoaderWorker(m_shared);
    m_worker->moveToThread(m_thread);
    // The worker (and its connection) goes in its own thread as it ends; the thread object after it.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->start();
}

StoreHistoryLoader::~StoreHistoryLoader()
{
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->owner = nullptr;
    }
    m_shared->generation.fetchAndAddOrdered(1); // reads still queued are skipped
    m_thread->quit();
    // Idle, the thread ends at once: wait, so that its connection is closed when the loader is gone. A read under
    // way may wait for the network: the window does not.
    if (m_shared->running.loadAcquire() == 0)
        m_thread->wait();
}

void StoreHistoryLoader::setConnection(const StoreConnection &connection)
{
    ++m_keychainAttempt;
    useConnection(connection, StoreResult());
}

void StoreHistoryLoader::useConnection(const StoreConnection &connection, const StoreResult &error)
{
    m_connection = connection;
    m_connectionError = error;
    m_ready = true;
    const QList<Request> held = std::exchange(m_held, {});
    for (const Request &request : held)
        dispatch(request);
}

void StoreHistoryLoader::connectFrom(const StoreSettings &store, TokenStore *keychain)
{
    StoreConnection connection;
    connection.host = store.host;
    connection.port = store.port;
    connection.database = store.database;
    connection.user = store.user;
    if (!keychain) {
        setConnection(connection);
        return;
    }
    m_ready = false;
    const quint64 attempt = ++m_keychainAttempt;
    keychain->read(QString::fromLatin1(TokenStore::kStorePasswordKey), this,
                   [this, attempt, connection](const TokenStore::Result &result) mutable {
                       if (attempt != m_keychainAttempt)
                           return;
                       const bool noPassword = result.status == TokenStore::Status::NotFound ||
                                               result.status == TokenStore::Status::NoBackend;
                       if (result.ok())
                           connection.password = result.value;
                       useConnection(connection, result.ok() || noPassword
                                                     ? StoreResult()
                                                     : StoreResult(StoreResult::Kind::Refused, result.message()));
                   });
}

void StoreHistoryLoader::enqueue(std::function<StoreResult(StoreDatabase &)> work,
                                 std::function<void(const StoreResult &)> deliver)
{
    Request request{m_shared->generation.loadAcquire(), std::move(work), std::move(deliver)};
    setPending(m_pending + 1);
    if (!m_ready) {
        m_held << request;
        return;
    }
    dispatch(request);
}

void StoreHistoryLoader::dispatch(Request request)
{
    if (request.generation != m_shared->generation.loadAcquire())
        return;
    StoreHistoryLoaderWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, connection = m_connection, error = m_connectionError, request = std::move(request)]() {
            worker->run(connection, error, request.generation, request.work, request.deliver);
        },
        Qt::QueuedConnection);
}

void StoreHistoryLoader::answered(quint64 generation, const StoreResult &result,
                                  const std::function<void(const StoreResult &)> &deliver)
{
    if (generation != m_shared->generation.loadAcquire())
        return; // superseded: a newer question is on its way
    setPending(m_pending - 1);
    deliver(result);
}

void StoreHistoryLoader::supersede()
{
    m_shared->generation.fetchAndAddOrdered(1);
    m_held.clear();
    setPending(0);
}

void StoreHistoryLoader::setPending(int pending)
{
    const bool wasBusy = m_pending > 0;
    m_pending = qMax(0, pending);
    if (wasBusy != (m_pending > 0))
        Q_EMIT busyChanged(m_pending > 0);
}

QString StoreHistoryLoader::reason(const StoreResult &result)
{
    QString words = result.detail().section(QLatin1Char('\n'), 0, 0).trimmed();
    if (words.isEmpty())
        words = result.message();
    while (words.endsWith(QLatin1Char('.')))
        words.chop(1);
    return words;
}

#include "StoreHistoryLoader.moc"
