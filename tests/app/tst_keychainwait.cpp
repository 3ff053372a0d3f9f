// A keychain that does not answer at start-up (a frozen gnome-keyring, an unlock prompt nobody answers): the cashier
// gets a window at once that says PointDesk is waiting for the keychain, with demo mode and quit; once TokenStore
// gives up it says the keychain is not answering (not "no keychain") and offers to try again. The keyring is a
// private one (its own D-Bus daemon), frozen with SIGSTOP.
#include "support/AccountTestSupport.h"
#include "support/PrivateKeyring.h"
#include "app/AppController.h"
#include "store/ManagerSession.h"
#include "store/Settings.h"
#include "store/TokenStore.h"
#include "ui/KeychainWaitWindow.h"
#include "ui/LaunchOptions.h"
#include "ui/MainWindow.h"
#include "ui/SetupWizard.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace AccountTest;

namespace {

QTemporaryDir *g_home = nullptr;
PrivateKeyring *g_keyring = nullptr;

} // namespace

class TestKeychainWait : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void waitsVisiblyThenOffersAWayOn();
    void tryAgainOnceTheKeychainAnswers();

private:
    LaunchOptions options() const;
};

void TestKeychainWait::initTestCase()
{
#ifndef Q_OS_UNIX
    QSKIP("SIGSTOP is a Unix signal");
#endif
    QVERIFY(g_keyring);
    QCOMPARE(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"), g_keyring->address());
    const QString problem = g_keyring->waitForKeyring();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

LaunchOptions TestKeychainWait::options() const
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("POINTDESK_KEYCHAIN_SERVICE"), uniqueService(QStringLiteral("keychainwait")));
    env.insert(QStringLiteral("POINTDESK_JOURNAL"), g_home->filePath(QStringLiteral("journal.sqlite")));
    return LaunchOptions::parse({QStringLiteral("pointdesk")}, env);
}

void TestKeychainWait::waitsVisiblyThenOffersAWayOn()
{
#ifdef Q_OS_UNIX
    QVERIFY(g_keyring->freeze());
    Settings settings;
    AppController controller(options(), &settings);
    controller.tokenStore()->setTimeout(3000);
    QElapsedTimer timer;
    timer.start();
    controller.start();

    // A window at once, saying what is going on.
    QTRY_VERIFY_WITH_TIMEOUT(controller.keychainWaitWindow() && controller.keychainWaitWindow()->isVisible(), 2000);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    KeychainWaitWindow *waiting = controller.keychainWaitWindow();
    QVERIFY(waiting->isWaiting());
    QVERIFY2(waiting->text().contains(QLatin1String("Waiting for the keychain")), qPrintable(waiting->text()));
    QVERIFY(!controller.window());
    QVERIFY(waiting->findChild<QPushButton *>(QStringLiteral("keychainDemoButton"))->isVisible());
    QVERIFY(waiting->findChild<QPushButton *>(QStringLiteral("keychainQuitButton"))->isVisible());
    QVERIFY(!waiting->findChild<QPushButton *>(QStringLiteral("keychainRetryButton"))->isVisible());

    // The timeout: "not answering", never "no keychain service", and try again is offered.
    QTRY_VERIFY_WITH_TIMEOUT(!waiting->isWaiting(), 10000);
    QVERIFY2(waiting->text().contains(QLatin1String("not answering")), qPrintable(waiting->text()));
    QVERIFY2(!waiting->text().contains(QLatin1String("gnome-keyring")), qPrintable(waiting->text()));
    QVERIFY(waiting->findChild<QPushButton *>(QStringLiteral("keychainRetryButton"))->isVisible());
    QVERIFY(!controller.window());
    QVERIFY(!controller.wizard()); // no setup wizard over an account that may well exist

    // Demo mode as the way on: the cashier window comes, and whether an account exists stays an open question, so
    // manager mode does not open without a PIN.
    QTest::mouseClick(waiting->findChild<QPushButton *>(QStringLiteral("keychainDemoButton")), Qt::LeftButton);
    QTRY_VERIFY(controller.window());
    QCOMPARE(controller.mode(), AppController::Mode::Demo);
    QTRY_VERIFY(!controller.keychainWaitWindow());
    QVERIFY(!controller.managerSession()->isUnprotectedEntryAllowed());

    QVERIFY(g_keyring->thaw());
    // The keychain answers late (the frozen calls, the Account menu's read): the demo stays, no wizard jumps up.
    QTRY_VERIFY_WITH_TIMEOUT(controller.tokenStore()->isIdle(), 15000);
    QCOMPARE(controller.mode(), AppController::Mode::Demo);
#endif
}

void TestKeychainWait::tryAgainOnceTheKeychainAnswers()
{
#ifdef Q_OS_UNIX
    QVERIFY(g_keyring->freeze());
    Settings settings;
    AppController controller(options(), &settings);
    controller.tokenStore()->setTimeout(2000);
    controller.start();
    QTRY_VERIFY_WITH_TIMEOUT(controller.keychainWaitWindow() && !controller.keychainWaitWindow()->isWaiting(), 10000);

    QVERIFY(g_keyring->thaw());
    KeychainWaitWindow *waiting = controller.keychainWaitWindow();
    QTest::mouseClick(waiting->findChild<QPushButton *>(QStringLiteral("keychainRetryButton")), Qt::LeftButton);
    // Nothing saved under this service: a first run, so demo mode and the setup wizard, as without the wait.
    QTRY_VERIFY_WITH_TIMEOUT(controller.wizard(), 15000);
    QCOMPARE(controller.wizard()->mode(), SetupWizard::Mode::FirstRun);
    QVERIFY(controller.window());
    QTRY_VERIFY(!controller.keychainWaitWindow());
    QTRY_VERIFY_WITH_TIMEOUT(controller.tokenStore()->isIdle(), 15000);
#endif
}

int main(int argc, char *argv[])
{
    QTemporaryDir home;
    g_home = &home;
    const QByteArray root = home.path().toUtf8();
    qputenv("HOME", root);
    qputenv("XDG_CONFIG_HOME", root + "/config");
    qputenv("XDG_DATA_HOME", root + "/data");
    qputenv("XDG_CACHE_HOME", root + "/cache");
    // A bus and keyring of the test's own, before anything in this process touches a bus.
    PrivateKeyring keyring;
    const QString problem = keyring.start();
    if (!problem.isEmpty()) {
        qCritical("%s", qPrintable(problem));
        return 1;
    }
    g_keyring = &keyring;
    qputenv("DBUS_SESSION_BUS_ADDRESS", keyring.address().toLatin1());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PointDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("PointDesk"));
    TestKeychainWait test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychainwait.moc"
