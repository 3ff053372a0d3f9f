#include "store/TokenStore.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcKeychain, "pointdesk.keychain")

namespace {

TokenStore::Status statusFor(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return TokenStore::Status::Ok;
    case QKeychain::EntryNotFound:
        return TokenStore::Status::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return TokenStore::Status::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return TokenStore::Status::NoBackend;
    case QKeychain::OtherError:
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return TokenStore::Status::Failed;
}

} // namespace

QString TokenStore::Result::message() const
{
    switch (status) {
    case Status::Ok:
        return {};
    case Status::NotFound:
        return QCoreApplication::translate("TokenStore", "No access token is saved on this computer yet.");
    case Status::NoBackend:
        return noBackendHelp();
    case Status::AccessDenied:
        return QCoreApplication::translate("TokenStore",
                                           "The system keychain refused access. Unlock the keychain (or allow "
                                           "PointDesk to use it) and try again.");
    case Status::NotAnswering:
        return QCoreApplication::translate("TokenStore",
                                           "The system keychain is not answering. It may be waiting for you to "
                                           "unlock it (look for a password prompt), or the keyring service may be "
                                           "stuck. Try again in a moment; if it keeps happening, restart the "
                                           "keyring service or the computer.");
    case Status::Failed:
        return QCoreApplication::translate("TokenStore",
                                           "The system keychain reported an error. Try again; if it keeps "
                                           "happening, restart the computer's keyring service.");
    }
    return {};
}

QString TokenStore::noBackendHelp()
{
    return QCoreApplication::translate(
        "TokenStore",
        "This computer has no keychain service, so PointDesk cannot keep the access token safely. On Linux, "
        "install and start a Secret Service such as GNOME Keyring (package gnome-keyring) or KWallet, then "
        "sign in again.");
}

TokenStore::TokenStore(QString service, QObject *parent) : QObject(parent), m_service(std::move(service)) {}

void TokenStore::setSessionOnly(bool sessionOnly)
{
    m_sessionOnly = sessionOnly;
    if (!sessionOnly)
        m_memory.clear();
}

void TokenStore::read(const QString &key, QObject *context, Callback done)
{
    run(Op::Read, key, QString(), context, std::move(done), 0);
}

void TokenStore::write(const QString &key, const QString &value, QObject *context, Callback done)
{
    run(Op::Write, key, value, context, std::move(done), 0);
}

void TokenStore::remove(const QString &key, QObject *context, Callback done)
{
    run(Op::Remove, key, QString(), context, std::move(done), 0);
}

void TokenStore::run(Op op, const QString &key, const QString &value, QObject *context, Callback done, int attempt)
{
    QPointer<QObject> guard(context);
    if (m_sessionOnly) {
        Result result;
        if (op == Op::Read) {
            const auto it = m_memory.constFind(key);
            result.status = it == m_memory.constEnd() ? Status::NotFound : Status::Ok;
            if (it != m_memory.constEnd())
                result.value = *it;
        } else if (op == Op::Write) {
            m_memory.insert(key, value);
        } else {
            m_memory.remove(key);
        }
        QTimer::singleShot(0, this, [guard, done, result]() {
            if (guard)
                done(result);
        });
        return;
    }

    // The jobs have no parent, whoever asked: QtKeychain's libsecret backend keeps a raw pointer to a job until the
    // Secret Service answers (before QtKeychain 0.15 a job deleted earlier crashes the program when the answer comes).
    // Each job deletes itself once finished (autoDelete), so it lives exactly until libsecret answers; the store only
    // listens, through a connection that dies with it.
    QKeychain::Job *job = nullptr;
    if (op == Op::Read) {
        job = new QKeychain::ReadPasswordJob(m_service);
    } else if (op == Op::Write) {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(value);
        job = write;
    } else {
        job = new QKeychain::DeletePasswordJob(m_service);
    }
    job->setKey(key);
    // The keychain shows the item under the service name ("PointDesk"): QtKeychain 0.13 has no way to give it a
    // label of its own, such as "PointDesk access token", so the key ("access-token", "manager-pin") tells them apart.
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // a plaintext fallback file is exactly what must never exist

    const char *opName = op == Op::Read ? "read" : op == Op::Write ? "write" : "delete";
    // Whichever comes first, the answer or the timeout, is the one reported.
    auto reported = std::make_shared<bool>(false);
    ++m_pending;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [=]() {
        timer->deleteLater();
        if (*reported)
            return;
        *reported = true;
        Result result;
        result.status = Status::NotAnswering;
        result.detail = QStringLiteral("no answer from the keychain in %1 ms").arg(m_timeoutMs);
        qCWarning(lcKeychain).noquote() << "keychain" << opName << key << "->" << result.detail;
        if (guard)
            done(result);
    });
    timer->start(m_timeoutMs);

    connect(job, &QKeychain::Job::finished, this, [=](QKeychain::Job *finishedJob) {
        if (--m_pending == 0)
            QTimer::singleShot(0, this, [this]() {
                if (m_pending == 0)
                    Q_EMIT idle();
            });
        if (*reported) {
            qCInfo(lcKeychain).noquote() << "keychain" << opName << key << "answered after its timeout; ignored";
            return;
        }
        *reported = true;
        timer->stop();
        timer->deleteLater();
        Result result;
        result.status = statusFor(finishedJob->error());
        result.detail = finishedJob->errorString();
        // A Secret Service that is starting up (or a D-Bus activation race) fails once: retry once, then explain.
        if ((result.status == Status::NoBackend || result.status == Status::Failed) && attempt == 0) {
            qCInfo(lcKeychain).noquote() << "keychain" << key << "failed once, retrying:" << result.detail;
            ++m_pending; // the retry is still this call: the store is not idle in between
            QTimer::singleShot(300, this, [=]() {
                --m_pending;
                run(op, key, value, guard, done, 1);
            });
            return;
        }
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
        // On Linux, QtKeychain reports an unreachable Secret Service (no D-Bus session, no keyring daemon) as
        // OtherError, and it still fails after the retry: that is a missing backend, not a passing fault.
        if (result.status == Status::Failed && finishedJob->error() == QKeychain::OtherError)
            result.status = Status::NoBackend;
#endif
        // Deleting what is not there leaves the wanted state: nothing stored.
        if (op == Op::Remove && result.status == Status::NotFound)
            result.status = Status::Ok;
        if (op == Op::Read && result.ok())
            result.value = static_cast<QKeychain::ReadPasswordJob *>(finishedJob)->textData();
        qCInfo(lcKeychain).noquote() << "keychain" << opName << key << "->" << int(result.status) << result.detail;
        if (guard)
            done(result);
    });
    job->start();
}
