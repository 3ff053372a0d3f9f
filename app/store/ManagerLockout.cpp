#include "store/ManagerLockout.h"

#include "store/Settings.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPointer>
#include <QStringList>

Q_LOGGING_CATEGORY(lcLockout, "pointdesk.manager.lockout")

namespace {

constexpr int kRetryMs = 20;
const QString kVersion = QStringLiteral("v1");

QString keychainKey()
{
    return QString::fromLatin1(ManagerLockout::kKeychainKey);
}

} // namespace

ManagerLockout::ManagerLockout(TokenStore *store, Settings *settings, QObject *parent)
    : QObject(parent), m_store(store), m_settings(settings)
{
}

ManagerLockout::~ManagerLockout() = default;

QString ManagerLockout::lockPath() const
{
    return QFileInfo(m_settings->fileName()).absolutePath() + QStringLiteral("/manager-pin.lock");
}

QString ManagerLockout::encode(const State &state)
{
    const QString until = state.lockedUntil.isValid() ? state.lockedUntil.toUTC().toString(Qt::ISODateWithMs)
                                                      : QStringLiteral("-");
    return kVersion % QLatin1Char(' ') % QString::number(state.failures) % QLatin1Char(' ') % until;
}

std::optional<ManagerLockout::State> ManagerLockout::decode(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(' '));
    if (parts.size() != 3 || parts.at(0) != kVersion)
        return std::nullopt;
    bool ok = false;
    State state;
    state.failures = parts.at(1).toInt(&ok);
    if (!ok || state.failures < 0)
        return std::nullopt;
    if (parts.at(2) != QLatin1String("-")) {
        state.lockedUntil = QDateTime::fromString(parts.at(2), Qt::ISODateWithMs).toUTC();
        if (!state.lockedUntil.isValid())
            return std::nullopt;
    }
    return state;
}

void ManagerLockout::begin(Ready ready)
{
    if (inTransaction()) {
        TokenStore::Result busy;
        busy.status = TokenStore::Status::Failed;
        busy.detail = QStringLiteral("a manager PIN check is already running here");
        ready(busy);
        return;
    }
    QDir().mkpath(QFileInfo(lockPath()).absolutePath());
    m_lock = std::make_unique<QLockFile>(lockPath());
    // Only a lock whose process is gone is stale: a check never takes long, but a slow keychain can.
    m_lock->setStaleLockTime(0);
    m_rewrite = false;
    m_lockTimedOut = false;
    tryLock(std::move(ready), 0);
}

void ManagerLockout::tryLock(Ready ready, int waitedMs)
{
    if (!m_lock->tryLock(0)) {
        if (m_lock->error() == QLockFile::LockFailedError && waitedMs < kLockWaitMs) {
            QTimer::singleShot(kRetryMs, this, [this, ready = std::move(ready), waitedMs]() {
                tryLock(ready, waitedMs + kRetryMs);
            });
            return;
        }
        m_lockTimedOut = m_lock->error() == QLockFile::LockFailedError;
        TokenStore::Result failed;
        failed.status = TokenStore::Status::Failed;
        failed.detail = QStringLiteral("cannot take the manager PIN lock %1 (error %2)")
                            .arg(lockPath())
                            .arg(int(m_lock->error()));
        qCWarning(lcLockout).noquote() << failed.detail;
        m_lock.reset();
        ready(failed);
        return;
    }
    m_store->read(keychainKey(), this, [this, ready = std::move(ready)](const TokenStore::Result &read) {
        if (!read.ok() && read.status != TokenStore::Status::NotFound) {
            release();
            ready(read);
            return;
        }
        State fromKeychain;
        if (read.ok()) {
            const std::optional<State> decoded = decode(read.value);
            if (decoded) {
                fromKeychain = *decoded;
            } else {
                // Someone wrote over the count: fail closed, as after a full round of wrong PINs.
                qCWarning(lcLockout) << "the manager PIN's lockout entry is damaged: counted as a lockout";
                fromKeychain.failures = kDamagedFailures;
                fromKeychain.lockedUntil = QDateTime::currentDateTimeUtc().addSecs(qint64(kDamagedLockoutMinutes) * 60);
                m_rewrite = true; // the next commit writes a readable entry again
            }
        }
        State merged;
        merged.failures = qMax(fromKeychain.failures, m_settings->managerFailedAttempts());
        const QDateTime settingsUntil = m_settings->managerLockedUntil();
        merged.lockedUntil = fromKeychain.lockedUntil;
        if (settingsUntil.isValid() && (!merged.lockedUntil.isValid() || settingsUntil > merged.lockedUntil))
            merged.lockedUntil = settingsUntil;
        m_read = fromKeychain;
        m_state = merged;
        mirror(merged);
        ready(read.ok() || read.status == TokenStore::Status::NotFound ? TokenStore::Result{} : read);
    });
}

void ManagerLockout::mirror(const State &state)
{
    if (m_settings->managerFailedAttempts() == state.failures && m_settings->managerLockedUntil() == state.lockedUntil)
        return;
    m_settings->setManagerFailedAttempts(state.failures);
    m_settings->setManagerLockedUntil(state.lockedUntil);
    m_settings->sync();
}

void ManagerLockout::commit(const State &state, Ready done)
{
    m_state = state;
    mirror(state);
    const auto finish = [this, done](const TokenStore::Result &written) {
        release();
        done(written);
    };
    if (state == m_read && !m_rewrite)
        return finish(TokenStore::Result{});
    if (state.failures == 0 && !state.lockedUntil.isValid())
        m_store->remove(keychainKey(), this, finish);
    else
        m_store->write(keychainKey(), encode(state), this, finish);
}

void ManagerLockout::release()
{
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
    m_read = State{};
    m_rewrite = false;
}
