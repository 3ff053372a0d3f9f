#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

/// Secrets (the access token, the manager PIN hash) in the operating system's keychain through QtKeychain, with
/// the insecure fallback off: a secret is never written to a file. Where no keychain backend exists (Linux
/// without a Secret Service), the store can run session-only: secrets stay in memory and are gone at exit.
class TokenStore : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *kAccessTokenKey = "access-token";
    static constexpr const char *kManagerPinKey = "manager-pin";
    /// The password of the store's PostgreSQL role (Settings::store() says where and who).
    static constexpr const char *kStorePasswordKey = "store-password";

    enum class Status {
        Ok,
        NotFound,     ///< nothing stored under this key: "not set up", not an error
        NoBackend,    ///< no keychain service is running (e.g. no Secret Service on Linux)
        AccessDenied, ///< the user or the system refused access
        NotAnswering, ///< no answer within timeout(): a frozen keyring, or an unlock prompt nobody answered
        Failed        ///< anything else
    };

    struct Result
    {
        Status status = Status::Ok;
        QString value;   ///< the secret, for a successful read
        QString detail;  ///< technical detail for logs (never the secret)

        bool ok() const { return status == Status::Ok; }
        /// Translated: what happened and what to do about it.
        QString message() const;
    };
    using Callback = std::function<void(const Result &)>;

    explicit TokenStore(QString service = QStringLiteral("PointDesk"), QObject *parent = nullptr);

    QString service() const { return m_service; }

    /// Session-only mode keeps secrets in this object's memory instead of the keychain.
    void setSessionOnly(bool sessionOnly);
    bool isSessionOnly() const { return m_sessionOnly; }

    /// How long a keychain call may take before it is reported as NotAnswering (its late answer is then ignored).
    static constexpr int kDefaultTimeoutMs = 20000;
    void setTimeout(int milliseconds) { m_timeoutMs = qMax(1, milliseconds); }
    int timeout() const { return m_timeoutMs; }

    /// Keychain calls whose answer has not come yet (also those already reported as NotAnswering: libsecret still
    /// holds them). The store is idle when there are none; tests wait for that before they end.
    int pendingCalls() const { return m_pending; }
    bool isIdle() const { return m_pending == 0; }

    /// Each finishes asynchronously, calling `done` in `context`'s thread unless `context` is gone by then.
    void read(const QString &key, QObject *context, Callback done);
    void write(const QString &key, const QString &value, QObject *context, Callback done);
    void remove(const QString &key, QObject *context, Callback done);

    /// The words for a missing keychain backend, shared by the window and the CLI.
    static QString noBackendHelp();

Q_SIGNALS:
    /// The last pending keychain call has had its answer.
    void idle();

private:
    enum class Op { Read, Write, Remove };
    void run(Op op, const QString &key, const QString &value, QObject *context, Callback done, int attempt);

    QString m_service;
    bool m_sessionOnly = false;
    QHash<QString, QString> m_memory;
    int m_timeoutMs = kDefaultTimeoutMs;
    int m_pending = 0;
};
