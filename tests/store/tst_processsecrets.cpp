// ProcessSecrets: the access token leaves the environment before a child can inherit it, and release builds
// keep it out of core dumps.
#include "store/ProcessSecrets.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace {

const QByteArray kToken = "APP_USR-4411-leak-test-token-99a7";

} // namespace

class TestProcessSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenLeavesTheEnvironment();
    void coreDumps();
};

void TestProcessSecrets::tokenLeavesTheEnvironment()
{
    qputenv(ProcessSecrets::kTokenVariable, kToken);
    qputenv("POINTDESK_UNRELATED", "stays");
    const QProcessEnvironment before = ProcessSecrets::protect();

    // The caller still gets the token, from the copy taken before it was removed.
    QCOMPARE(before.value(QString::fromLatin1(ProcessSecrets::kTokenVariable)).toUtf8(), kToken);
    QVERIFY(!qEnvironmentVariableIsSet(ProcessSecrets::kTokenVariable));
    QCOMPARE(qgetenv("POINTDESK_UNRELATED"), QByteArray("stays"));

    // A child started afterwards (as libsecret starts a dbus-daemon) does not inherit it.
    const QString env = QStandardPaths::findExecutable(QStringLiteral("env"));
    QVERIFY2(!env.isEmpty(), "env(1) not found");
    QProcess child;
    child.start(env, {});
    QVERIFY(child.waitForFinished(10000));
    const QByteArray childEnvironment = child.readAllStandardOutput();
    QVERIFY2(childEnvironment.contains("POINTDESK_UNRELATED=stays"), childEnvironment.constData());
    QVERIFY(!childEnvironment.contains(kToken));
    QVERIFY(!childEnvironment.contains(ProcessSecrets::kTokenVariable));
}

void TestProcessSecrets::coreDumps()
{
#ifndef Q_OS_UNIX
    QSKIP("core dump limits are a Unix matter");
#else
    // protect() ran in the test above (and running it again changes nothing).
    ProcessSecrets::protect();
    struct rlimit limit = {};
    QCOMPARE(::getrlimit(RLIMIT_CORE, &limit), 0);
#ifdef Q_OS_LINUX
    const int dumpable = ::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0);
#endif
    if (ProcessSecrets::disablesCoreDumps()) {
        QCOMPARE(limit.rlim_cur, rlim_t(0));
        QCOMPARE(limit.rlim_max, rlim_t(0));
#ifdef Q_OS_LINUX
        QCOMPARE(dumpable, 0);
#endif
    } else {
        // Debug and sanitizer builds leave core dumps to the developer.
#ifdef Q_OS_LINUX
        QCOMPARE(dumpable, 1);
#endif
    }
#endif
}

QTEST_GUILESS_MAIN(TestProcessSecrets)
#include "tst_processsecrets.moc"
