#include "store/ManagerSession.h"

#include "store/ManagerPin.h"
#include "store/Settings.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QEvent>
#include <QFutureWatcher>
#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QPromise>
#include <QThreadPool>

Q_LOGGING_CATEGORY(lcManager, "pointdesk.manager")

namespace {

QString pinKey()
{
    return QString::fromLatin1(TokenStore::kManagerPinKey);
}

QString tokenKey()
{
    return QString::fromLatin1(TokenStore::kAccessTokenKey);
}

// Compared as digests, so neither the time nor the length of the comparison says anything about the token.
bool sameSecret(const QString &a, const QString &b)
{
    return ManagerPin::constantTimeEquals(QCryptographicHash::hash(a.toUtf8(), QCryptographicHash::Sha256),
                                          QCryptographicHash::hash(b.toUtf8(), QCryptographicHash::Sha256));
}

int lockoutMinutesAfter(int failures)
{
    const int round = failures / ManagerSession::kTriesBeforeLockout; // 1 for the first lockout
    qint64 minutes = ManagerSession::kFirstLockoutMinutes;
    for (int i = 1; i < round && minutes < ManagerSession::kMaxLockoutMinutes; ++i)
        minutes *= 2;
    return int(qMin<qint64>(minutes, ManagerSession::kMaxLockoutMinutes));
}

} // namespace

QString ManagerSession::Result::message() const
{
    switch (outcome) {
    case Outcome::Ok:
        return {};
    case Outcome::WrongPin:
        return QCoreApplication::translate("ManagerSession",
                                           "That PIN is not right. %n more wrong tries lock manager mode for a while.",
                                           nullptr, remainingTries);
    case Outcome::WrongToken:
        return QCoreApplication::translate("ManagerSession",
                                           "That is not the access token saved on this computer. %n more wrong "
                                           "tries lock manager mode for a while.",
                                           nullptr, remainingTries);
    case Outcome::LockedOut:
        return QCoreApplication::translate("ManagerSession",
                                           "Too many wrong tries. Manager mode is locked until %1; try again then.")
            .arg(QLocale().toString(lockedUntil.toLocalTime().time(), QLocale::ShortFormat));
    case Outcome::InvalidPin:
        return QCoreApplication::translate("ManagerSession", "The PIN is 4 to 8 digits.");
    case Outcome::NoPin:
        return QCoreApplication::translate("ManagerSession", "No manager PIN is set on this computer yet.");
    case Outcome::PinAlreadySet:
        return QCoreApplication::translate("ManagerSession",
                                           "A manager PIN is already set on this computer. Enter it to start "
                                           "manager mode.");
    case Outcome::NotActive:
        return QCoreApplication::translate("ManagerSession", "Manager mode has ended. Enter the manager PIN again.");
    case Outcome::Busy:
        return QCoreApplication::translate("ManagerSession",
                                           "Still checking the previous PIN. Wait a moment and try again.");
    case Outcome::Keychain:
        return keychain.message();
    }
    return {};
}

ManagerSession::ManagerSession(TokenStore *store, Settings *settings, QObject *parent)
    : QObject(parent), m_store(store), m_settings(settings), m_iterations(ManagerPin::kIterations)
{
    m_idleTimeoutMs = m_settings->managerIdleMinutes() * 60 * 1000;
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, [this]() { end(EndReason::Idle); });
}

ManagerSession::~ManagerSession()
{
    if (m_filterInstalled && QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

QDateTime ManagerSession::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

void ManagerSession::setIdleTimeout(int milliseconds)
{
    m_idleTimeoutMs = qMax(1, milliseconds);
    if (m_active)
        m_idleTimer.start(m_idleTimeoutMs);
}

void ManagerSession::noteActivity()
{
    if (m_active)
        m_idleTimer.start(m_idleTimeoutMs);
}

bool ManagerSession::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        if (!m_activityCounts || m_activityCounts(watched))
            noteActivity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

int ManagerSession::failedAttempts() const
{
    return m_settings->managerFailedAttempts();
}

int ManagerSession::remainingTries() const
{
    return kTriesBeforeLockout - failedAttempts() % kTriesBeforeLockout;
}

QDateTime ManagerSession::lockedUntil() const
{
    const QDateTime until = m_settings->managerLockedUntil();
    if (!until.isValid())
        return {};
    // A clock set back must not stretch a lockout past its longest length.
    const QDateTime latest = now().addSecs(qint64(kMaxLockoutMinutes) * 60);
    return until > latest ? latest : until;
}

bool ManagerSession::isLockedOut() const
{
    const QDateTime until = lockedUntil();
    return until.isValid() && now() < until;
}

ManagerSession::Result ManagerSession::lockedResult() const
{
    Result result;
    result.outcome = Outcome::LockedOut;
    result.lockedUntil = lockedUntil();
    return result;
}

void ManagerSession::clearFailures()
{
    if (m_settings->managerFailedAttempts() == 0 && !m_settings->managerLockedUntil().isValid())
        return;
    m_settings->setManagerFailedAttempts(0);
    m_settings->setManagerLockedUntil(QDateTime());
    m_settings->sync();
    Q_EMIT lockoutChanged();
}

ManagerSession::Result ManagerSession::registerFailure(Outcome wrong)
{
    const int failures = m_settings->managerFailedAttempts() + 1;
    m_settings->setManagerFailedAttempts(failures);
    Result result;
    if (failures % kTriesBeforeLockout == 0) {
        const int minutes = lockoutMinutesAfter(failures);
        m_settings->setManagerLockedUntil(now().addSecs(qint64(minutes) * 60));
        qCWarning(lcManager).noquote() << failures << "wrong manager PINs in a row: locked for" << minutes << "minutes";
        result = lockedResult();
        result.lockedUntil = m_settings->managerLockedUntil();
    } else {
        result.outcome = wrong;
        result.remainingTries = kTriesBeforeLockout - failures % kTriesBeforeLockout;
        qCInfo(lcManager).noquote() << "wrong manager PIN," << result.remainingTries << "tries left";
    }
    m_settings->sync();
    Q_EMIT lockoutChanged();
    return result;
}

void ManagerSession::activate()
{
    const bool was = m_active;
    m_active = true;
    if (!m_filterInstalled && QCoreApplication::instance()) {
        QCoreApplication::instance()->installEventFilter(this);
        m_filterInstalled = true;
    }
    m_idleTimer.start(m_idleTimeoutMs);
    if (!was) {
        qCInfo(lcManager) << "manager mode on";
        Q_EMIT activeChanged(true);
    }
}

void ManagerSession::end(EndReason reason)
{
    m_idleTimer.stop();
    if (m_filterInstalled && QCoreApplication::instance()) {
        QCoreApplication::instance()->removeEventFilter(this);
        m_filterInstalled = false;
    }
    if (!m_active)
        return;
    m_active = false;
    qCInfo(lcManager) << "manager mode off, reason" << int(reason);
    Q_EMIT activeChanged(false);
    Q_EMIT ended(reason);
}

void ManagerSession::deliver(QObject *context, const Callback &done, const Result &result)
{
    // Always from the event loop, never from inside the call that asked: callers can set up their "checking"
    // state after asking, and a callback never runs on a context that is gone.
    if (context && done)
        QMetaObject::invokeMethod(
            context, [done, result]() { done(result); }, Qt::QueuedConnection);
}

void ManagerSession::offThread(std::function<QString()> work, std::function<void(const QString &)> done)
{
    // The global pool is waited for when the application ends, so a hash in flight never outlives the program;
    // the watcher is this object's child, so `done` never runs on a destroyed session.
    auto promise = std::make_shared<QPromise<QString>>();
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [watcher, done = std::move(done)]() {
        const QFuture<QString> future = watcher->future();
        const QString value = future.resultCount() > 0 ? future.result() : QString();
        watcher->deleteLater();
        done(value);
    });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, work = std::move(work)]() {
        promise->addResult(work());
        promise->finish();
    });
}

void ManagerSession::queryPin(QObject *context, std::function<void(PinState, const TokenStore::Result &)> done)
{
    QPointer<QObject> guard(context);
    m_store->read(pinKey(), this, [guard, done](const TokenStore::Result &read) {
        if (!guard)
            return;
        if (read.ok() && !read.value.isEmpty())
            done(PinState::Set, read);
        else if (read.ok() || read.status == TokenStore::Status::NotFound)
            done(PinState::NotSet, read);
        else
            done(PinState::Unavailable, read);
    });
}

void ManagerSession::unlock(const QString &pin, QObject *context, Callback done)
{
    QPointer<QObject> guard(context);
    if (m_active)
        return deliver(context, done, Result{});
    if (isLockedOut())
        return deliver(context, done, lockedResult());
    if (m_busy)
        return deliver(context, done, Result{Outcome::Busy, 0, {}, {}});
    m_busy = true;
    m_store->read(pinKey(), this, [this, pin, guard, done](const TokenStore::Result &read) {
        if (read.status == TokenStore::Status::NotFound || (read.ok() && read.value.isEmpty())) {
            m_busy = false;
            if (m_unprotectedAllowed) {
                activate();
                return deliver(guard, done, Result{});
            }
            return deliver(guard, done, Result{Outcome::NoPin, 0, {}, {}});
        }
        if (!read.ok()) {
            m_busy = false;
            return deliver(guard, done, Result{Outcome::Keychain, 0, {}, read});
        }
        if (!ManagerPin::isValidPin(pin)) {
            m_busy = false;
            return deliver(guard, done, Result{Outcome::InvalidPin, 0, {}, {}});
        }
        const QString stored = read.value;
        offThread([pin, stored]() { return ManagerPin::verify(pin, stored) ? QStringLiteral("1") : QString(); },
                  [this, guard, done](const QString &matched) {
                      m_busy = false;
                      if (isLockedOut()) // locked meanwhile (another prompt): the lockout wins
                          return deliver(guard, done, lockedResult());
                      if (matched.isEmpty())
                          return deliver(guard, done, registerFailure(Outcome::WrongPin));
                      clearFailures();
                      activate();
                      deliver(guard, done, Result{});
                  });
    });
}

void ManagerSession::createPin(const QString &accessToken, const QString &newPin, QObject *context, Callback done)
{
    QPointer<QObject> guard(context);
    if (isLockedOut())
        return deliver(context, done, lockedResult());
    if (!ManagerPin::isValidPin(newPin))
        return deliver(context, done, Result{Outcome::InvalidPin, 0, {}, {}});
    if (m_busy)
        return deliver(context, done, Result{Outcome::Busy, 0, {}, {}});
    m_busy = true;
    m_store->read(pinKey(), this, [this, accessToken, newPin, guard, done](const TokenStore::Result &pinRead) {
        if (pinRead.ok() && !pinRead.value.isEmpty()) {
            m_busy = false;
            return deliver(guard, done, Result{Outcome::PinAlreadySet, 0, {}, {}});
        }
        if (!pinRead.ok() && pinRead.status != TokenStore::Status::NotFound) {
            m_busy = false;
            return deliver(guard, done, Result{Outcome::Keychain, 0, {}, pinRead});
        }
        m_store->read(tokenKey(), this, [this, accessToken, newPin, guard, done](const TokenStore::Result &tokenRead) {
            m_busy = false;
            QString saved;
            if (tokenRead.ok())
                saved = tokenRead.value;
            else if (tokenRead.status != TokenStore::Status::NotFound && m_fallbackToken.isEmpty())
                return deliver(guard, done, Result{Outcome::Keychain, 0, {}, tokenRead});
            if (saved.isEmpty())
                saved = m_fallbackToken;
            if (saved.isEmpty() || !sameSecret(saved, accessToken.trimmed()))
                return deliver(guard, done, registerFailure(Outcome::WrongToken));
            storePinHash(newPin, guard, done, true);
        });
    });
}

void ManagerSession::changePin(const QString &oldPin, const QString &newPin, QObject *context, Callback done)
{
    QPointer<QObject> guard(context);
    if (!m_active)
        return deliver(context, done, Result{Outcome::NotActive, 0, {}, {}});
    if (isLockedOut())
        return deliver(context, done, lockedResult());
    if (!ManagerPin::isValidPin(newPin))
        return deliver(context, done, Result{Outcome::InvalidPin, 0, {}, {}});
    if (m_busy)
        return deliver(context, done, Result{Outcome::Busy, 0, {}, {}});
    m_busy = true;
    m_store->read(pinKey(), this, [this, oldPin, newPin, guard, done](const TokenStore::Result &read) {
        if (read.status == TokenStore::Status::NotFound) {
            m_busy = false;
            return deliver(guard, done, Result{Outcome::NoPin, 0, {}, {}});
        }
        if (!read.ok()) {
            m_busy = false;
            return deliver(guard, done, Result{Outcome::Keychain, 0, {}, read});
        }
        const QString stored = read.value;
        offThread([oldPin, stored]() { return ManagerPin::verify(oldPin, stored) ? QStringLiteral("1") : QString(); },
                  [this, newPin, guard, done](const QString &matched) {
                      m_busy = false;
                      if (!m_active)
                          return deliver(guard, done, Result{Outcome::NotActive, 0, {}, {}});
                      if (matched.isEmpty()) {
                          const Result failure = registerFailure(Outcome::WrongPin);
                          if (failure.outcome == Outcome::LockedOut)
                              end(EndReason::LockedOut);
                          return deliver(guard, done, failure);
                      }
                      clearFailures();
                      storePinHash(newPin, guard, done, false);
                  });
    });
}

void ManagerSession::setPinForSetup(const QString &newPin, QObject *context, Callback done)
{
    if (!ManagerPin::isValidPin(newPin))
        return deliver(context, done, Result{Outcome::InvalidPin, 0, {}, {}});
    if (m_busy)
        return deliver(context, done, Result{Outcome::Busy, 0, {}, {}});
    storePinHash(newPin, context, std::move(done), false);
}

void ManagerSession::storePinHash(const QString &newPin, QObject *context, Callback done, bool activateAfter)
{
    QPointer<QObject> guard(context);
    m_busy = true;
    const int iterations = m_iterations;
    offThread([newPin, iterations]() { return ManagerPin::hash(newPin, iterations); },
              [this, guard, done, activateAfter](const QString &encoded) {
                  m_store->write(pinKey(), encoded, this,
                                 [this, guard, done, activateAfter](const TokenStore::Result &w) {
                                     m_busy = false;
                                     if (!w.ok())
                                         return deliver(guard, done, Result{Outcome::Keychain, 0, {}, w});
                                     qCInfo(lcManager) << "manager PIN stored";
                                     clearFailures();
                                     if (activateAfter)
                                         activate();
                                     deliver(guard, done, Result{});
                                 });
              });
}

void ManagerSession::forgetPin(QObject *context, Callback done)
{
    QPointer<QObject> guard(context);
    if (!m_active)
        return deliver(context, done, Result{Outcome::NotActive, 0, {}, {}});
    m_store->remove(pinKey(), this, [this, guard, done](const TokenStore::Result &removed) {
        if (!removed.ok())
            return deliver(guard, done, Result{Outcome::Keychain, 0, {}, removed});
        clearFailures();
        deliver(guard, done, Result{});
    });
}
