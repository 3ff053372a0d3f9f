#pragma once

// A D-Bus session daemon and an unlocked gnome-keyring of a test's own, ended by their process ids: for tests that
// freeze the keyring (SIGSTOP) or kill the bus, which must never happen to the session the other tests share.
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#endif

class PrivateKeyring
{
public:
    static constexpr int kTimeoutMs = 30000;

    ~PrivateKeyring() { stop(); }

    /// Starts both; "" on success, else what went wrong.
    QString start()
    {
        const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        const QString keyring = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
        if (daemon.isEmpty() || keyring.isEmpty())
            return QStringLiteral("dbus-daemon and gnome-keyring-daemon are needed");
        if (!m_dir.isValid())
            return QStringLiteral("no temporary directory");
        m_bus.start(daemon,
                    {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
        if (!m_bus.waitForStarted(kTimeoutMs))
            return QStringLiteral("dbus-daemon did not start");
        if (!QTest::qWaitFor([this]() { return m_bus.canReadLine() || m_bus.waitForReadyRead(100); }, kTimeoutMs))
            return QStringLiteral("dbus-daemon printed no address");
        m_address = QString::fromLatin1(m_bus.readLine().trimmed());
        if (!m_address.startsWith(QLatin1String("unix:")))
            return QStringLiteral("dbus-daemon printed %1").arg(m_address);

        m_keyring.setProcessEnvironment(environment());
        m_keyring.start(keyring, {QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                                  QStringLiteral("--components=secrets")});
        if (!m_keyring.waitForStarted(kTimeoutMs))
            return QStringLiteral("gnome-keyring-daemon did not start");
        m_keyring.write("pointdesk-private-keyring");
        // Blocking: start() may run before the application object exists, with no event loop to write it.
        m_keyring.waitForBytesWritten(kTimeoutMs);
        m_keyring.closeWriteChannel();
        return {};
    }

    QString address() const { return m_address; }
    /// The system environment with this bus and a runtime directory of its own.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        return env;
    }
    /// Waits until the keyring owns its name on the bus ("" when it does).
    QString waitForKeyring()
    {
        const QString gdbus = QStandardPaths::findExecutable(QStringLiteral("gdbus"));
        if (gdbus.isEmpty())
            return QStringLiteral("gdbus is needed");
        const bool up = QTest::qWaitFor(
            [&]() {
                QProcess probe;
                probe.setProcessEnvironment(environment());
                probe.start(gdbus, {QStringLiteral("call"), QStringLiteral("--session"), QStringLiteral("--dest"),
                                    QStringLiteral("org.freedesktop.DBus"), QStringLiteral("--object-path"),
                                    QStringLiteral("/org/freedesktop/DBus"), QStringLiteral("--method"),
                                    QStringLiteral("org.freedesktop.DBus.NameHasOwner"),
                                    QStringLiteral("org.freedesktop.secrets")});
                probe.waitForFinished(kTimeoutMs);
                return probe.readAllStandardOutput().contains("true");
            },
            kTimeoutMs);
        return up ? QString() : QStringLiteral("the keyring never took org.freedesktop.secrets");
    }

#ifdef Q_OS_UNIX
    /// The keyring stops answering, as a frozen gnome-keyring does; thaw() lets it go on.
    bool freeze() { return ::kill(pid_t(m_keyring.processId()), SIGSTOP) == 0; }
    bool thaw() { return ::kill(pid_t(m_keyring.processId()), SIGCONT) == 0; }
#endif
    /// The bus goes away.
    void killBus()
    {
        m_bus.kill();
        m_bus.waitForFinished(kTimeoutMs);
    }

    void stop()
    {
#ifdef Q_OS_UNIX
        if (m_keyring.state() != QProcess::NotRunning)
            thaw();
#endif
        for (QProcess *process : {&m_keyring, &m_bus}) {
            if (process->state() != QProcess::NotRunning) {
                process->kill();
                process->waitForFinished(kTimeoutMs);
            }
        }
    }

private:
    QTemporaryDir m_dir;
    QProcess m_bus;
    QProcess m_keyring;
    QString m_address;
};
