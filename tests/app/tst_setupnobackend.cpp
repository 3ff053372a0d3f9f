// A computer without a keychain service (CTest points DBUS_SESSION_BUS_ADDRESS at nothing): PointDesk explains how
// to fix it, offers session-only use, and in that mode works with the token kept in memory, writing nothing.
#include "support/AccountTestSupport.h"
#include "app/AppController.h"
#include "ui/LaunchOptions.h"
#include "ui/MainWindow.h"
#include "store/ManagerSession.h"
#include "ui/PinDialog.h"
#include "sim/PointSimulator.h"
#include "store/Settings.h"
#include "ui/SetupWizard.h"
#include "store/TokenStore.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace AccountTest;

namespace {

const QString kToken = QStringLiteral("APP_USR-5550001112223334-250301-n0keychainn0keychainn0keychain00-s3ss");
const QString kPin = QStringLiteral("8080");

QTemporaryDir *g_home = nullptr;

} // namespace

class TestSetupNoBackend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void explainsAndOffersSessionOnly();
};

void TestSetupNoBackend::explainsAndOffersSessionOnly()
{
    QVERIFY(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QLatin1String("nonexistent")));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    PointSimulator sim;
    QVERIFY(sim.listen());
    sim.setAccessToken(kToken);
    Settings settings;
    QVERIFY(settings.fileName().startsWith(g_home->path()));

    QProcessEnvironment env;
    env.insert(QStringLiteral("POINTDESK_KEYCHAIN_SERVICE"), uniqueService(QStringLiteral("nobackend")));
    env.insert(QStringLiteral("POINTDESK_API_BASE"), sim.apiUrl().toString());
    AppController controller(LaunchOptions::parse({QStringLiteral("pointdesk")}, env), &settings);
    connect(&controller, &AppController::windowCreated, this,
            [](MainWindow *window) { window->setDeviceRefreshInterval(60000); });
    controller.start();

    // The keychain cannot be reached: demo mode, and the wizard explains.
    QTRY_VERIFY_WITH_TIMEOUT(controller.wizard(), 15000);
    SetupWizard *wizard = controller.wizard();
    QCOMPARE(controller.mode(), AppController::Mode::Demo);
    QCOMPARE(wizard->mode(), SetupWizard::Mode::NoBackend);
    auto *explanation = wizard->findChild<QLabel *>(QStringLiteral("introReasonLabel"));
    QTRY_VERIFY(explanation->isVisible());
    QCOMPARE(explanation->text(), TokenStore::noBackendHelp());
    QVERIFY(explanation->text().contains(QLatin1String("gnome-keyring")));
    QVERIFY(wizard->button(QWizard::CustomButton1)->isVisible()); // "Try demo mode instead"

    // Going on needs the session-only choice: never a plaintext file instead.
    auto *sessionOnly = wizard->findChild<QCheckBox *>(QStringLiteral("sessionOnlyCheck"));
    QVERIFY(sessionOnly->isVisible());
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(sessionOnly, Qt::LeftButton);
    QVERIFY(sessionOnly->isChecked());
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QVERIFY(controller.tokenStore()->isSessionOnly());

    auto *token = wizard->findChild<QLineEdit *>(QStringLiteral("tokenEdit"));
    QTest::keyClicks(token, kToken);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    // The token works: the API page comes next (the legacy API stays chosen).
    QTRY_COMPARE(wizard->currentId(), int(SetupWizard::ApiPageId));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(SetupWizard::IntegrationPageId));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(SetupWizard::PinPageId));
    QTest::keyClicks(wizard->findChild<QLineEdit *>(QStringLiteral("setupPinEdit")), kPin);
    QTest::keyClicks(wizard->findChild<QLineEdit *>(QStringLiteral("setupPinConfirmEdit")), kPin);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(SetupWizard::SavePageId));
    QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("saveSummaryLabel"))->text().contains(QLatin1String("memory")));
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);

    // It works: normal mode against the API, the token in memory.
    QTRY_COMPARE_WITH_TIMEOUT(controller.mode(), AppController::Mode::Normal, 15000);
    MainWindow *window = controller.window();
    QCOMPARE(window->account(), MainWindow::Account::SessionOnly);
    QVERIFY(window->findChild<QWidget *>(QStringLiteral("sessionOnlyIndicator"))->isVisible());
    QTRY_COMPARE(window->findChild<QListWidget *>(QStringLiteral("deviceList"))->count(), 3);

    // Manager mode works from the PIN kept in memory too.
    window->findChild<QAction *>(QStringLiteral("enterManagerAction"))->trigger();
    PinDialog *prompt = window->findChild<PinDialog *>();
    QVERIFY(prompt);
    QTRY_COMPARE(prompt->form(), PinDialog::Form::EnterPin);
    QTest::keyClicks(prompt->findChild<QLineEdit *>(QStringLiteral("pinEdit")), kPin);
    QTest::keyClick(prompt->findChild<QLineEdit *>(QStringLiteral("pinEdit")), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(controller.managerSession()->isActive(), 10000);

    // Nothing was written: no file anywhere in this run's home holds the token or the PIN's hash.
    settings.sync();
    for (const QByteArray &needle :
         {kToken.toUtf8(), QByteArrayLiteral("n0keychainn0keychain"), QByteArrayLiteral("pbkdf2-sha256")}) {
        const QStringList hits = filesContaining(g_home->path(), needle);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));
    }
    // The next start of PointDesk has nothing: a new store, session-only or not, finds no token.
    TokenStore next(controller.tokenStore()->service());
    std::optional<TokenStore::Status> status;
    next.read(QString::fromLatin1(TokenStore::kAccessTokenKey), this,
              [&](const TokenStore::Result &r) { status = r.status; });
    QTRY_VERIFY_WITH_TIMEOUT(status.has_value(), 15000);
    QCOMPARE(*status, TokenStore::Status::NoBackend);
    next.setSessionOnly(true);
    status.reset();
    next.read(QString::fromLatin1(TokenStore::kAccessTokenKey), this,
              [&](const TokenStore::Result &r) { status = r.status; });
    QTRY_VERIFY(status.has_value());
    QCOMPARE(*status, TokenStore::Status::NotFound);
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
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PointDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("PointDesk"));
    TestSetupNoBackend test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_setupnobackend.moc"
