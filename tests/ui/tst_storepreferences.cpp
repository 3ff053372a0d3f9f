// Preferences > Store in the cashier window (run inside .ci/with-keyring): read-only until the manager PIN (asked the
// way the window asks for it, from the page's own button), the form's rules keeping the dialog open, the password
// going to the keychain and never to the settings file ("leave empty to keep", "Stop using a store database" removes
// it), TLS said in words, "Test connection" answering on a worker thread, and "Register as a new counter".
#include "api/LegacyPointBackend.h"
#include "sim/PointSimulator.h"
#include "store/ManagerLockout.h"
#include "store/ManagerSession.h"
#include "store/OrderJournal.h"
#include "store/Settings.h"
#include "store/StoreResult.h"
#include "store/TokenStore.h"
#include "support/AccountTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/PinDialog.h"
#include "ui/PreferencesDialog.h"
#include "ui/SetupWizard.h"
#include "ui/StorePage.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace AccountTest;

namespace {

const QString kPin = QStringLiteral("480913");
const QString kPassword = QStringLiteral("Tr3s-Caj4s-unA-t1enda");

} // namespace

class TestStorePreferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void readOnlyUntilTheManagerPin();
    void rulesKeepTheDialogOpen();
    void passwordGoesToTheKeychainOnly();
    void tlsInWordsAndTestOnAWorkerThread();
    void registerAsANewCounter();

private:
    void createWindow();
    void openPreferences();
    template <typename T> T *field(const QString &name) const
    {
        T *widget = m_dialog->findChild<T *>(name);
        if (!widget)
            qFatal("no child named %s", qPrintable(name));
        return widget;
    }
    void type(const QString &name, const QString &text)
    {
        auto *edit = field<QLineEdit>(name);
        edit->selectAll();
        QTest::keyClicks(edit, text);
        if (text.isEmpty())
            QTest::keyClick(edit, Qt::Key_Delete);
    }
    void unlockFromThePage();
    void save();
    void configureStore();
    QByteArray settingsFile() const;

    QTemporaryDir *m_dir = nullptr;
    PointSimulator *m_sim = nullptr;
    LegacyPointBackend *m_client = nullptr;
    Settings *m_settings = nullptr;
    OrderJournal *m_journal = nullptr;
    TokenStore *m_store = nullptr;
    ManagerSession *m_session = nullptr;
    MainWindow *m_window = nullptr;
    PreferencesDialog *m_dialog = nullptr;
    QString m_service;
};

void TestStorePreferences::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestStorePreferences::init()
{
    m_dir = new QTemporaryDir;
    m_sim = new PointSimulator;
    QVERIFY(m_sim->listen());
    m_client = new LegacyPointBackend;
    QVERIFY(m_client->setBaseUrl(m_sim->apiUrl()));
    m_client->setAccessToken(m_sim->accessToken());
    m_settings = new Settings(m_dir->filePath(QStringLiteral("pointdesk.ini")));
    m_journal = new OrderJournal;
    QVERIFY(m_journal->open(m_dir->filePath(QStringLiteral("journal.sqlite"))).ok());
    m_service = uniqueService(QStringLiteral("store-prefs"));
    m_store = new TokenStore(m_service);
    m_session = new ManagerSession(m_store, m_settings);
    createWindow();
}

void TestStorePreferences::cleanup()
{
    delete m_window;
    m_window = nullptr;
    m_dialog = nullptr;
    for (const char *key : {TokenStore::kAccessTokenKey, TokenStore::kManagerPinKey, TokenStore::kStorePasswordKey,
                            ManagerLockout::kKeychainKey})
        secretClear(m_service, QString::fromLatin1(key));
    delete m_session;
    QTRY_VERIFY_WITH_TIMEOUT(m_store->isIdle(), 30000);
    delete m_store;
    delete m_client;
    delete m_sim;
    delete m_settings;
    delete m_journal;
    delete m_dir;
}

void TestStorePreferences::createWindow()
{
    bool ready = false;
    m_session->setPinForSetup(kPin, this, [&](const ManagerSession::Result &r) { ready = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(ready, 10000);
    m_session->end(ManagerSession::EndReason::User);
    m_window = new MainWindow(m_client, m_journal, m_settings);
    m_window->setDeviceRefreshInterval(60000);
    m_window->setManagerSession(m_session);
    m_window->setAccount(MainWindow::Account::Keychain, SetupWizard::maskToken(m_sim->accessToken()));
    m_window->show();
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestStorePreferences::openPreferences()
{
    m_window->findChild<QAction *>(QStringLiteral("preferencesAction"))->trigger();
    QTRY_VERIFY(m_window->findChild<PreferencesDialog *>() && m_window->findChild<PreferencesDialog *>()->isVisible());
    m_dialog = m_window->findChild<PreferencesDialog *>();
    m_dialog->showStorePage();
    QApplication::setActiveWindow(m_dialog);
}

void TestStorePreferences::unlockFromThePage()
{
    auto *unlock = field<QPushButton>(QStringLiteral("storeUnlockButton"));
    QVERIFY(unlock->isVisible());
    QTest::mouseClick(unlock, Qt::LeftButton);
    PinDialog *prompt = nullptr;
    QTRY_VERIFY((prompt = m_window->findChild<PinDialog *>()) && prompt->isVisible());
    // The prompt says what the PIN is for.
    QCOMPARE(prompt->findChild<QLabel *>(QStringLiteral("pinPurposeLabel"))->text(),
             QStringLiteral("Enter the manager PIN to change the store database."));
    QTRY_COMPARE(prompt->form(), PinDialog::Form::EnterPin);
    auto *edit = prompt->findChild<QLineEdit *>(QStringLiteral("pinEdit"));
    QTRY_VERIFY(edit->isEnabled());
    QTest::keyClicks(edit, kPin);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isActive(), 10000);
    QTRY_VERIFY(!field<QLineEdit>(QStringLiteral("storeHostEdit"))->isReadOnly());
    QApplication::setActiveWindow(m_dialog);
}

void TestStorePreferences::save()
{
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
}

void TestStorePreferences::configureStore()
{
    StoreSettings store;
    store.host = QStringLiteral("db.shop.lan");
    store.database = QStringLiteral("pointdesk");
    store.user = QStringLiteral("caja");
    store.counterName = QStringLiteral("Caja 2");
    m_settings->setStore(store);
    m_settings->sync();
}

QByteArray TestStorePreferences::settingsFile() const
{
    m_settings->sync();
    QFile f(m_settings->fileName());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void TestStorePreferences::readOnlyUntilTheManagerPin()
{
    configureStore();
    openPreferences();
    // A cashier sees where the store is, and cannot change it.
    auto *host = field<QLineEdit>(QStringLiteral("storeHostEdit"));
    QCOMPARE(host->text(), QStringLiteral("db.shop.lan"));
    for (const QString &name : {QStringLiteral("storeHostEdit"), QStringLiteral("storePortEdit"),
                                QStringLiteral("storeDatabaseEdit"), QStringLiteral("storeUserEdit"),
                                QStringLiteral("storePasswordEdit"), QStringLiteral("storeCounterNameEdit")})
        QVERIFY2(field<QLineEdit>(name)->isReadOnly(), qPrintable(name));
    for (const QString &name : {QStringLiteral("storeTestButton"), QStringLiteral("storeStopButton"),
                                QStringLiteral("storeNewCounterButton")})
        QVERIFY2(!field<QPushButton>(name)->isEnabled(), qPrintable(name));
    QVERIFY(field<QLabel>(QStringLiteral("storeManagerNote"))->isVisible());
    // Typing into a read-only field changes nothing, and Save keeps the store as it was.
    QTest::keyClicks(host, QStringLiteral("x"));
    QCOMPARE(host->text(), QStringLiteral("db.shop.lan"));

    // The page's button asks for the PIN; manager mode makes the fields editable.
    unlockFromThePage();
    QVERIFY(!field<QLabel>(QStringLiteral("storeManagerNote"))->isVisible());
    QVERIFY(field<QPushButton>(QStringLiteral("storeTestButton"))->isEnabled());
    QVERIFY(field<QPushButton>(QStringLiteral("storeNewCounterButton"))->isEnabled());
    // Manager mode ends while the dialog is open: read-only again, with what is stored.
    type(QStringLiteral("storeHostEdit"), QStringLiteral("typed.but.not.saved"));
    m_session->end(ManagerSession::EndReason::User);
    QTRY_VERIFY(host->isReadOnly());
    QCOMPARE(host->text(), QStringLiteral("db.shop.lan"));
}

void TestStorePreferences::rulesKeepTheDialogOpen()
{
    openPreferences();
    unlockFromThePage();
    type(QStringLiteral("storeHostEdit"), QStringLiteral("db.shop.lan"));
    type(QStringLiteral("storePortEdit"), QStringLiteral("70000"));
    type(QStringLiteral("storeDatabaseEdit"), QStringLiteral("pointdesk"));
    save();
    QTest::qWait(100);
    QVERIFY(m_dialog->isVisible());
    auto *problems = field<QLabel>(QStringLiteral("storeProblemsLabel"));
    QVERIFY(problems->isVisible());
    QVERIFY2(problems->text().contains(QLatin1String("The port is a number from 1 to 65535")),
             qPrintable(problems->text()));
    QVERIFY2(problems->text().contains(QLatin1String("Type the user")), qPrintable(problems->text()));
    QVERIFY(!m_settings->store().isConfigured());

    // Fixed as typed: the problems go as the manager types.
    type(QStringLiteral("storePortEdit"), QStringLiteral("5433"));
    type(QStringLiteral("storeUserEdit"), QStringLiteral("caja"));
    QTRY_VERIFY(!problems->isVisible());
    // A field emptied that the others need: the host.
    type(QStringLiteral("storeHostEdit"), QString());
    save();
    QTRY_VERIFY(problems->isVisible());
    QVERIFY2(problems->text().contains(QLatin1String("Type the host of the store database")),
             qPrintable(problems->text()));
    QVERIFY(m_dialog->isVisible());
}

void TestStorePreferences::passwordGoesToTheKeychainOnly()
{
    QSignalSpy changed(m_window, &MainWindow::storeSettingsChanged);
    openPreferences();
    unlockFromThePage();
    auto *password = field<QLineEdit>(QStringLiteral("storePasswordEdit"));
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QCOMPARE(password->placeholderText(), QStringLiteral("None saved (a role without a password)"));
    type(QStringLiteral("storeHostEdit"), QStringLiteral("192.168.1.10"));
    type(QStringLiteral("storeDatabaseEdit"), QStringLiteral("pointdesk"));
    type(QStringLiteral("storeUserEdit"), QStringLiteral("caja"));
    type(QStringLiteral("storePasswordEdit"), kPassword);
    type(QStringLiteral("storeCounterNameEdit"), QStringLiteral("Caja 2"));
    save();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->findChild<PreferencesDialog *>(), 20000);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(secretLookup(m_service, QString::fromLatin1(TokenStore::kStorePasswordKey)), std::optional(kPassword));
    const StoreSettings store = m_settings->store();
    QCOMPARE(store.host, QStringLiteral("192.168.1.10"));
    QCOMPARE(store.counterName, QStringLiteral("Caja 2"));
    QVERIFY(!settingsFile().contains(kPassword.toUtf8()));
    QVERIFY(settingsFile().contains("192.168.1.10"));

    // Opened again: the password is not shown; left empty, the saved one stays.
    openPreferences();
    password = field<QLineEdit>(QStringLiteral("storePasswordEdit"));
    QTRY_COMPARE(password->placeholderText(), QStringLiteral("Saved: leave empty to keep it"));
    QVERIFY(password->text().isEmpty());
    type(QStringLiteral("storeCounterNameEdit"), QStringLiteral("Caja Dos"));
    save();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->findChild<PreferencesDialog *>(), 20000);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(m_settings->store().counterName, QStringLiteral("Caja Dos"));
    QCOMPARE(secretLookup(m_service, QString::fromLatin1(TokenStore::kStorePasswordKey)), std::optional(kPassword));

    // Stop using a store database: the fields empty, the password leaves the keychain; the counter keeps its name.
    openPreferences();
    QTRY_VERIFY(field<QPushButton>(QStringLiteral("storeStopButton"))->isEnabled());
    QTest::mouseClick(field<QPushButton>(QStringLiteral("storeStopButton")), Qt::LeftButton);
    QVERIFY(field<QLineEdit>(QStringLiteral("storeHostEdit"))->text().isEmpty());
    QVERIFY2(field<QLabel>(QStringLiteral("storeTlsNote"))->text().startsWith(QLatin1String("Save to stop")),
             qPrintable(field<QLabel>(QStringLiteral("storeTlsNote"))->text()));
    save();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->findChild<PreferencesDialog *>(), 20000);
    QCOMPARE(changed.count(), 3);
    QVERIFY(!m_settings->store().isConfigured());
    QCOMPARE(m_settings->store().counterName, QStringLiteral("Caja Dos"));
    QCOMPARE(secretLookup(m_service, QString::fromLatin1(TokenStore::kStorePasswordKey)), std::nullopt);
}

void TestStorePreferences::tlsInWordsAndTestOnAWorkerThread()
{
    openPreferences();
    unlockFromThePage();
    auto *tls = field<QLabel>(QStringLiteral("storeTlsNote"));
    QCOMPARE(tls->text(), QStringLiteral("No store database: the sales stay on this counter."));
    QVERIFY(!field<QPushButton>(QStringLiteral("storeTestButton"))->isEnabled());
    type(QStringLiteral("storeHostEdit"), QStringLiteral("db.shop.lan"));
    QVERIFY2(tls->text().contains(QLatin1String("TLS is required")), qPrintable(tls->text()));
    type(QStringLiteral("storeHostEdit"), QStringLiteral("127.0.0.1"));
    QVERIFY2(tls->text().contains(QLatin1String("on this computer")), qPrintable(tls->text()));

    // Nothing listens on port 1: the answer comes from the worker thread while the window goes on.
    type(QStringLiteral("storePortEdit"), QStringLiteral("1"));
    type(QStringLiteral("storeDatabaseEdit"), QStringLiteral("pointdesk"));
    type(QStringLiteral("storeUserEdit"), QStringLiteral("caja"));
    auto *test = field<QPushButton>(QStringLiteral("storeTestButton"));
    QTest::mouseClick(test, Qt::LeftButton);
    auto *result = field<QLabel>(QStringLiteral("storeResultLabel"));
    QCOMPARE(result->text(), QStringLiteral("Connecting to the store database\u2026"));
    QVERIFY(!test->isEnabled()); // one test at a time
    QTRY_VERIFY_WITH_TIMEOUT(result->text() != QStringLiteral("Connecting to the store database\u2026"), 20000);
    QCOMPARE(result->text(), StoreResult(StoreResult::Kind::Unreachable, {}).message());
    QVERIFY(test->isEnabled());
    // Testing saved nothing.
    QVERIFY(!m_settings->store().isConfigured());
}

void TestStorePreferences::registerAsANewCounter()
{
    configureStore();
    const QString before = m_settings->storeCounterId();
    QSignalSpy changed(m_window, &MainWindow::storeSettingsChanged);
    openPreferences();
    unlockFromThePage();
    auto *button = field<QPushButton>(QStringLiteral("storeNewCounterButton"));
    QVERIFY(button->isEnabled());
    QVERIFY(field<QLabel>(QStringLiteral("storeNewCounterNote"))->text().contains(QLatin1String("started anew")));
    QTest::mouseClick(button, Qt::LeftButton);
    const QString after = m_settings->storeCounterId();
    QVERIFY(after != before);
    QCOMPARE(after.size(), 36);
    QCOMPARE(changed.count(), 1); // at once: the window restarts the push with the new id
    QVERIFY2(field<QLabel>(QStringLiteral("storeResultLabel"))->text().contains(after),
             qPrintable(field<QLabel>(QStringLiteral("storeResultLabel"))->text()));
    QCOMPARE(m_settings->store().counterName, QStringLiteral("Caja 2"));
}

QTEST_MAIN(TestStorePreferences)
#include "tst_storepreferences.moc"
