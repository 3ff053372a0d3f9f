#include "app/StoreLink.h"

#include "store/Settings.h"
#include "store/TokenStore.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcStoreLink, "pointdesk.storelink")

StoreLink::StoreLink(Settings *settings, TokenStore *keychain, QObject *parent)
    : QObject(parent), m_settings(settings), m_keychain(keychain)
{
}

StoreLink::~StoreLink()
{
    stop();
}

void StoreLink::setTimings(int pollMs, int firstRetryMs, int maxRetryMs, int connectTimeoutSeconds)
{
    m_pollMs = pollMs;
    m_firstRetryMs = firstRetryMs;
    m_maxRetryMs = maxRetryMs;
    m_connectTimeoutSeconds = connectTimeoutSeconds;
}

void StoreLink::start(const QString &journalPath)
{
    m_journalPath = journalPath;
    restart();
}

void StoreLink::restart()
{
    const int attempt = ++m_attempt;
    if (m_journalPath.isEmpty() || !m_settings->store().isConfigured()) {
        setOff();
        return;
    }
    // A store without a saved password (a role that needs none, e.g. trust on a local socket) is tried as it is; a
    // keychain that fails is logged and the store says whether it needs the password.
    m_keychain->read(QString::fromLatin1(TokenStore::kStorePasswordKey), this,
                     [this, attempt](const TokenStore::Result &read) {
                         if (attempt != m_attempt)
                             return;
                         if (!read.ok() && read.status != TokenStore::Status::NotFound)
                             qCWarning(lcStoreLink).noquote()
                                 << "the store password could not be read from the keychain:" << read.detail;
                         run(read.ok() ? read.value : QString());
                     });
}

void StoreLink::run(const QString &password)
{
    const StoreSettings store = m_settings->store();
    if (!store.isConfigured()) {
        setOff();
        return;
    }
    StoreSync::Config config;
    config.journalPath = m_journalPath;
    config.connection.host = store.host;
    config.connection.port = store.port;
    config.connection.database = store.database;
    config.connection.user = store.user;
    config.connection.password = password;
    config.connection.connectTimeoutSeconds = m_connectTimeoutSeconds;
    config.counterId = m_settings->storeCounterId();
    config.counterName = store.counterName;
    config.currency = m_settings->currency();
    config.pollMs = m_pollMs;
    config.firstRetryMs = m_firstRetryMs;
    config.maxRetryMs = m_maxRetryMs;
    if (!m_sync) {
        m_sync = std::make_unique<StoreSync>();
        connect(m_sync.get(), &StoreSync::statusChanged, this, &StoreLink::statusChanged);
        connect(m_sync.get(), &StoreSync::holdersRead, this, &StoreLink::holdersRead);
    }
    qCInfo(lcStoreLink).noquote() << "pushing to the store database" << store.database << "on" << store.host
                                  << "as counter" << config.counterId;
    m_sync->start(config);
}

void StoreLink::stop()
{
    ++m_attempt;
    setOff();
}

void StoreLink::setOff()
{
    const bool wasRunning = m_sync && m_sync->isRunning();
    if (m_sync)
        m_sync->stop();
    if (wasRunning || m_sync)
        qCInfo(lcStoreLink) << "not pushing to a store database";
    Q_EMIT statusChanged(StoreSyncStatus());
    Q_EMIT holdersRead(StoreTerminalHolders());
}

bool StoreLink::isRunning() const
{
    return m_sync && m_sync->isRunning();
}

StoreSyncStatus StoreLink::status() const
{
    return m_sync ? m_sync->status() : StoreSyncStatus();
}

void StoreLink::pushSoon()
{
    if (m_sync)
        m_sync->pushSoon();
}
