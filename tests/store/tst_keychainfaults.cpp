// A keyring that stops answering: a keychain call is reported as not answering after the store's timeout, and the
// store counts it as pending until libsecret answers (tests wait for an idle store before they end).
// The session D-Bus goes away under a running program: GLib's D-Bus connection (libsecret's, behind the keychain)
// then raises SIGTERM in the process, which used to end PointDesk mid-sale with exit 143. The test starts a D-Bus
// daemon and a gnome-keyring of its own, uses the keychain through it, kills the bus, and must live on: the keychain
// reports an error, and a SIGTERM sent from another process is still seen as a request to quit.
#include "support/PrivateKeyring.h"
#include "store/TerminationWatcher.h"
#include "store/TokenStore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <unistd.h>
#endif

namespace {

constexpr int kTimeoutMs = 30000;

TokenStore::Result runStore(const std::function<void(TokenStore::Callback)> &op)
{
    TokenStore::Result out;
    bool done = false;
    op([&](const TokenStore::Result &r) {
        out = r;
        done = true;
    });
    if (!QTest::qWaitFor([&done]() { return done; }, kTimeoutMs)) {
        out.status = TokenStore::Status::Failed;
        out.detail = QStringLiteral("timed out");
    }
    return out;
}

} // namespace

class TestKeychainFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void frozenKeyringIsNotAnswering();
    void survivesTheBusGoingAway();

private:
    PrivateKeyring m_keyring;
};

void TestKeychainFaults::initTestCase()
{
#ifndef Q_OS_LINUX
    QSKIP("the Secret Service over D-Bus is Linux's");
#else
    const QString problem = m_keyring.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // This process has not touched any bus yet: from here on its session bus is the test's own.
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_keyring.address().toLatin1());
#endif
}

void TestKeychainFaults::cleanupTestCase()
{
    m_keyring.stop();
}

void TestKeychainFaults::frozenKeyringIsNotAnswering()
{
#ifdef Q_OS_LINUX
    const QString problem = m_keyring.waitForKeyring();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    TokenStore store(QStringLiteral("PointDesk-frozentest"));
    QVERIFY(store.isIdle());
    QVERIFY(m_keyring.freeze());
    store.setTimeout(1500);
    QSignalSpy idle(&store, &TokenStore::idle);
    QElapsedTimer timer;
    timer.start();
    const TokenStore::Result read = runStore([&](auto done) { store.read(QStringLiteral("access-token"), this, done); });
    QCOMPARE(read.status, TokenStore::Status::NotAnswering);
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(read.message().contains(QLatin1String("not answering")), qPrintable(read.message()));
    // libsecret still holds the call (and its job): the store is not idle until it answers.
    QCOMPARE(store.pendingCalls(), 1);
    QVERIFY(!store.isIdle());
    QVERIFY(m_keyring.thaw());
    QTRY_VERIFY_WITH_TIMEOUT(store.isIdle(), kTimeoutMs);
    QCOMPARE(idle.count(), 1);
    // The late answer was not delivered a second time, and the keyring answers again.
    const TokenStore::Result again = runStore([&](auto done) { store.read(QStringLiteral("access-token"), this, done); });
    QCOMPARE(again.status, TokenStore::Status::NotFound);
    QTRY_VERIFY(store.isIdle());
#endif
}

void TestKeychainFaults::survivesTheBusGoingAway()
{
#ifdef Q_OS_LINUX
    TerminationWatcher watcher;
    QVERIFY(watcher.watch());
    QSignalSpy ignored(&watcher, &TerminationWatcher::selfTerminationIgnored);
    QSignalSpy quitAsked(&watcher, &TerminationWatcher::terminationRequested);

    // The keychain works through the test's own bus (the keyring may need a moment to take its name).
    TokenStore store(QStringLiteral("PointDesk-bustest"));
    const QString key = QStringLiteral("access-token");
    TokenStore::Result written;
    QVERIFY(QTest::qWaitFor(
        [&]() {
            written = runStore([&](auto done) { store.write(key, QStringLiteral("APP_USR-bus-test-1"), this, done); });
            return written.ok();
        },
        kTimeoutMs));
    QCOMPARE(runStore([&](auto done) { store.read(key, this, done); }).value, QStringLiteral("APP_USR-bus-test-1"));

    // The bus goes away (the session ends, dbus-daemon crashes): GLib raises SIGTERM in this process.
    m_keyring.killBus();
    QTRY_VERIFY_WITH_TIMEOUT(ignored.count() >= 1, kTimeoutMs);
    QCOMPARE(quitAsked.count(), 0);
    QCOMPARE(watcher.ignoredCount(), int(ignored.count()));

    // Still here; the keychain says what is wrong instead.
    const TokenStore::Result after = runStore([&](auto done) { store.read(key, this, done); });
    QVERIFY2(!after.ok(), qPrintable(after.detail));
    QVERIFY(!after.message().isEmpty());

    // A SIGTERM from another process (the user, the session ending) is still a request to quit.
    QCOMPARE(QProcess::execute(QStandardPaths::findExecutable(QStringLiteral("kill")),
                               {QStringLiteral("-TERM"), QString::number(::getpid())}),
             0);
    QTRY_COMPARE_WITH_TIMEOUT(quitAsked.count(), 1, kTimeoutMs);
#endif
}

QTEST_GUILESS_MAIN(TestKeychainFaults)
#include "tst_keychainfaults.moc"
