#include "store/StoreHistoryLoader.h"

#include "store/TokenStore.h"

#include <QMetaObject>
#include <QPointer>

namespace {

bool sameConnection(const StoreConnection &a, const StoreConnection &b)
{
    return a.host == b.host && a.port == b.port && a.database == b.database && a.user == b.user &&
           a.password == b.password && a.connectTimeoutSeconds == b.connectTimeoutSeconds;
}

} // namespace

/// Lives in the loader's thread: owns that thread's PostgreSQL connection and runs the reads one after another.
class StoreHistoryLoaderWorker : public QObject
{
    Q_OBJECT

public:
    explicit StoreHistoryLoaderWorker(StoreHistoryLoader *owner) : m_owner(owner) {}

    void run(const StoreConnection &connection, const StoreResult &connectionError, quint64 generation,
             const std::function<StoreResult(StoreDatabase &)> &work,
             const std::function<void(const StoreResult &)> &deliver)
    {
        // Superseded while it waited: not worth a query.
        if (generation != m_owner->m_generation.loadAcquire())
            return;
        StoreResult result = connectionError;
        if (result.ok())
            result = openFor(connection);
        if (result.ok())
            result = work(*m_database);
        // A dropped connection is opened again by the next read.
        if (result.kind() == StoreResult::Kind::Unreachable && m_database)
            m_database->close();
        StoreHistoryLoader *owner = m_owner;
        QMetaObject::invokeMethod(
            owner, [owner, generation, result, deliver]() { owner->answered(generation, result, deliver); },
            Qt::QueuedConnection);
    }

    void finish() { m_database.reset(); }

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

    StoreHistoryLoader *m_owner;
    std::unique_ptr<StoreDatabase> m_database;
    StoreConnection m_open;
};

StoreHistoryLoader::StoreHistoryLoader(QObject *parent) : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("store-reads"));
    m_worker = new StoreHistoryLoaderWorker(this);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

StoreHistoryLoader::~StoreHistoryLoader()
{
    m_generation.fetchAndAddOrdered(1); // reads still queued are skipped
    QMetaObject::invokeMethod(m_worker, &StoreHistoryLoaderWorker::finish, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
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
    Request request{m_generation.loadAcquire(), std::move(work), std::move(deliver)};
    setPending(m_pending + 1);
    if (!m_ready) {
        m_held << request;
        return;
    }
    dispatch(request);
}

void StoreHistoryLoader::dispatch(Request request)
{
    if (request.generation != m_generation.loadAcquire())
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
    if (generation != m_generation.loadAcquire())
        return; // superseded: a newer question is on its way
    setPending(m_pending - 1);
    deliver(result);
}

void StoreHistoryLoader::supersede()
{
    m_generation.fetchAndAddOrdered(1);
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
