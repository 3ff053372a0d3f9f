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
    case Outcome::Cancelled:
        return QCoreApplication::translate("ManagerSession", "The PIN check was cancelled; nothing was counted.");
    case Outcome::PinDamaged:
        return QCoreApplication::translate("ManagerSession",
                                           "The manager PIN saved on this computer is damaged, so no PIN can be "
                                           "checked against it. Reset it: type the access token saved on this "
                                           "computer, then choose a new PIN.");
    }
    return {};
}

ManagerSession::ManagerSession(TokenStore *store, Settings *settings, QObject *parent)
    : QObject(parent), m_store(store), m_settings(settings), m_lockout(new ManagerLockout(store, settings, this)),
      m_iterations(ManagerPin::kIterations)
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

bool ManagerSession::isLocked(const ManagerLockout::State &state) const
{
    if (!state.lockedUntil.isValid())
        return false;
    const QDateTime latest = now().addSecs(qint64(kMaxLockoutMinutes) * 60);
    return now() < (state.lockedUntil > latest ? latest : state.lockedUntil);
}

void ManagerSession::resetLockout(std::function<void()> then)
{
    m_lockout->begin([this, then = std::move(then)](const TokenStore::Result &began) {
        if (!began.ok()) {
            qCWarning(lcManager).noquote() << "could not clear the manager PIN's lockout:" << began.detail;
            return then();
        }
        const bool changed = !(m_lockout->state() == ManagerLockout::State{});
        m_lockout->commit({}, [this, then, changed](const TokenStore::Result &written) {
            if (!written.ok())
                qCWarning(lcManager).noquote() << "could not clear the manager PIN's lockout:" << written.detail;
            if (changed)
                Q_EMIT lockoutChanged();
            then();
        });
    });
}

ManagerSession::Result ManagerSession::registerFailure(ManagerLockout::State &state, Outcome wrong) const
{
    state.failures += 1;
    Result result;
    if (state.failures % kTriesBeforeLockout == 0) {
        const int minutes = lockoutMinutesAfter(state.failures);
        state.lockedUntil = now().addSecs(qint64(minutes) * 60);
        qCWarning(lcManager).noquote() << state.failures << "wrong manager PINs in a row: locked for" << minutes
                                       << "minutes";
        result.outcome = Outcome::LockedOut;
        result.lockedUntil = state.lockedUntil;
    } else {
        result.outcome = wrong;
        result.remainingTries = kTriesBeforeLockout - state.failures % kTriesBeforeLockout;
        qCInfo(lcManager).noquote() << "wrong manager PIN," << result.remainingTries << "tries left";
    }
    return result;
}

void ManagerSession::cancelCheck()
{
    if (m_busy)
        m_cancelled = true;
}

void ManagerSession::guardedCheck(QObject *context, const Callback &done, Check check, std::function<void()> onRight)
{
    QPointer<QObject> guard(context);
    m_lockout->begin([this, guard, done, check = std::move(check),
                      onRight = std::move(onRight)](const TokenStore::Result &began) {
        if (!began.ok()) {
            m_busy = false;
            // Another process kept checking for the whole wait: the same answer as a second check here.
            return deliver(guard, done,
                           Result{m_lockout->lockTimedOut() ? Outcome::Busy : Outcome::Keychain, 0, {}, began});
        }
        Q_EMIT lockoutChanged(); // the copy in Settings now shows what the keychain holds
        if (m_cancelled || isLocked(m_lockout->state())) {
            // Nothing is counted; a damaged count is written back as the lockout it was read as.
            const bool cancelled = m_cancelled;
            return m_lockout->commit(m_lockout->state(), [this, guard, done, cancelled](const TokenStore::Result &) {
                m_busy = false;
                deliver(guard, done, cancelled ? Result{Outcome::Cancelled, 0, {}, {}} : lockedResult());
            });
        }
        check([this, guard, done, onRight](const Verdict &verdict) {
            if (m_cancelled || verdict.kind == Verdict::Other) {
                m_lockout->release();
                m_busy = false;
                return deliver(guard, done, m_cancelled ? Result{Outcome::Cancelled, 0, {}, {}} : verdict.other);
            }
            ManagerLockout::State next;
            Result result;
            if (verdict.kind == Verdict::Wrong) {
                next = m_lockout->state();
                result = registerFailure(next, verdict.wrong);
            }
            m_lockout->commit(next, [this, guard, done, onRight, verdict, result](const TokenStore::Result &written) {
                m_busy = false;
                if (!written.ok())
                    qCWarning(lcManager).noquote() << "the keychain did not take the PIN count:" << written.detail;
                Q_EMIT lockoutChanged();
                if (verdict.kind == Verdict::Right)
                    return onRight();
                if (result.outcome == Outcome::LockedOut)
                    end(EndReason::LockedOut);
                deliver(guard, done, result);
            });
        });
    });
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
    m_cancelled = false;
    m_store->read(pinKey(), this, [this, pin, guard, done](const TokenStore::Result &read) {
        if (m_cancelled) {
            m_busy = false;
            return deliver(guard, done, Result{Outcome::Cancelled, 0, {}, {}});
        }
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
        if (!ManagerPin::isWellFormed(read.value)) {
            // Every PIN would be wrong: counting them would only lock the manager out of the way to reset it.
            m_busy = false;
            qCWarning(lcManager) << "the stored manager PIN is damaged";
            return deliver(guard, done, Result{Outcome::PinDamaged, 0, {}, {}});
        }
        const QString stored = read.value;
        guardedCheck(
            guard, done,
            [this, pin, stored](std::function<void(const Verdict &)> verdict) {
                offThread([pin, stored]() { return ManagerPin::verify(pin, stored) ? QStringLiteral("1") : QString(); },
                          [verdict](const QString &matched) {
                              verdict(Verdict{matched.isEmpty() ? Verdict::Wrong : Verdict::Right,
                                              Outcome::WrongPin, {}});
                          });
            },
            [this, guard, done]() {
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
    m_cancelled = false;
    m_store->read(pinKey(), this, [this, accessToken, newPin, guard, done](const TokenStore::Result &pinRead) {
        // A damaged entry may be replaced like a missing one: the access token proves the manager either way.
        if (pinRead.ok() && !pinRead.value.isEmpty() && ManagerPin::isWellFormed(pinRead.value)) {
            m_busy = false;
            return deliver(guard, done, Result{Outcome::PinAlreadySet, 0, {}, {}});
        }
        if (!pinRead.ok() && pinRead.status != TokenStore::Status::NotFound) {
            m_busy = false;
            return deliver(guard, done, Result{Outcome::Keychain, 0, {}, pinRead});
        }
        guardedCheck(
            guard, done,
            [this, accessToken](std::function<void(const Verdict &)> verdict) {
                m_store->read(tokenKey(), this, [this, accessToken, verdict](const TokenStore::Result &tokenRead) {
                    QString saved;
                    if (tokenRead.ok())
                        saved = tokenRead.value;
                    else if (tokenRead.status != TokenStore::Status::NotFound && m_fallbackToken.isEmpty())
                        return verdict(Verdict{Verdict::Other, Outcome::WrongToken,
                                               Result{Outcome::Keychain, 0, {}, tokenRead}});
                    if (saved.isEmpty())
                        saved = m_fallbackToken;
                    const bool right = !saved.isEmpty() && sameSecret(saved, accessToken.trimmed());
                    verdict(Verdict{right ? Verdict::Right : Verdict::Wrong, Outcome::WrongToken, {}});
                });
            },
            [this, newPin, guard, done]() { storePinHash(newPin, guard, done, true); });
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
    m_cancelled = false;
    m_store->read(pinKey(), this, [this, oldPin, newPin, guard, done](const TokenStore::Result &read) {
        if (read.status == TokenStore::Status::NotFound) {
            m_busy = false;
            return deliver(guard, done, Result{Outcome::NoPin, 0, {}, {}});
        }
        if (!read.ok()) {
            m_busy = false;
            return deliver(guard, done, Result{Outcome::Keychain, 0, {}, read});
        }
        if (!ManagerPin::isWellFormed(read.value)) {
            m_busy = false;
            return deliver(guard, done, Result{Outcome::PinDamaged, 0, {}, {}});
        }
        const QString stored = read.value;
        guardedCheck(
            guard, done,
            [this, oldPin, stored](std::function<void(const Verdict &)> verdict) {
                offThread(
                    [oldPin, stored]() { return ManagerPin::verify(oldPin, stored) ? QStringLiteral("1") : QString(); },
                    [this, verdict](const QString &matched) {
                        if (!m_active)
                            return verdict(Verdict{Verdict::Other, Outcome::WrongPin, Result{Outcome::NotActive, 0, {}, {}}});
                        verdict(Verdict{matched.isEmpty() ? Verdict::Wrong : Verdict::Right, Outcome::WrongPin, {}});
                    });
            },
            [this, newPin, guard, done]() { storePinHash(newPin, guard, done, false); });
    });
}

void ManagerSession::setPinForSetup(const QString &newPin, QObject *context, Callback done)
{
    if (!ManagerPin::isValidPin(newPin))
        return deliver(context, done, Result{Outcome::InvalidPin, 0, {}, {}});
    if (m_busy)
        return deliver(context, done, Result{Outcome::Busy, 0, {}, {}});
    m_cancelled = false;
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
                                     if (!w.ok()) {
                                         m_busy = false;
                                         return deliver(guard, done, Result{Outcome::Keychain, 0, {}, w});
                                     }
                                     qCInfo(lcManager) << "manager PIN stored";
                                     resetLockout([this, guard, done, activateAfter]() {
                                         m_busy = false;
                                         if (activateAfter)
                                             activate();
                                         deliver(guard, done, Result{});
                                     });
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
        resetLockout([guard, done]() { deliver(guard, done, Result{}); });
    });
}
