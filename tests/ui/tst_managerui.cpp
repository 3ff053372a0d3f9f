// Manager mode in the cashier window, with real widgets against a real PointSimulator and the real Secret Service
// (run inside .ci/with-keyring): the PIN prompt (wrong, right, lockout and its end), the idle timeout, the Terminals
// dialog freeing (after a question) and removing terminals (named by typing or choosing), checked in the simulator,
// changing the PIN, and that a cashier without the PIN reaches none of it.
#include "api/LegacyPointBackend.h"
#include "sim/PointSimulator.h"
#include "store/ManagerLockout.h"
#include "store/ManagerPin.h"
#include "store/ManagerSession.h"
#include "store/OrderJournal.h"
#include "store/Settings.h"
#include "store/TokenStore.h"
#include "support/AccountTestSupport.h"
#include "support/RefTestSupport.h"
#include "support/SimTestSupport.h"
#include "ui/DevicePicker.h"
#include "ui/MainWindow.h"
#include "ui/ManagerDialog.h"
#include "ui/PinDialog.h"
#include "ui/SetupWizard.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace AccountTest;

namespace {

const QString kPin = QStringLiteral("731904");

} // namespace

class TestManagerUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void cashierCannotReachTheManagersTools();
    void ctrlMInManagerModeSaysSo();
    void wrongPinThenRightPin();
    void lockoutShownInThePrompt();
    void lockoutEndGivesTheFieldTheKeyboard();
    void wrongTriesInWholeSentences();
    void idleTimeoutEndsManagerMode();
    void freeTerminalThroughTheDialog();
    void busyTerminalShownInPickerAndFreed();
    void busyTerminalConflictOffersFreeTerminal();
    void freeingOwnSaleNeedsNoPin();
    void removeTerminalConfirmedByItsName();
    void removeButtonCutsALongName();
    void removeTerminalByChoosingItsName();
    void confirmsNameFoldsCaseAndAccents();
    void terminalsDialogMnemonics();
    void dialogClosesWhenManagerModeEnds();
    void dialogSendsNothingWithoutManagerMode();
    void changePinAsksForTheOldOne();
    void changePinRefusesTrivialPins();
    void tokenBannerAsksForThePinThenOpensSetup();
    void tokenRefusedWithSaleOpenStillLeadsToSetup();
    void noPinYetAsksForTheToken();
    void cancelDuringTheCheckCountsNothing();
    void damagedPinIsResetWithTheToken();
    void demoWithoutAccountNeedsNoPin();
    void everyControlHasNameAndAccessibleName();

private:
    void createWindow(bool withPin = true);
    template <typename T> T *child(const QString &name) const
    {
        T *widget = m_window->findChild<T *>(name);
        if (!widget)
            qFatal("no child named %s", qPrintable(name));
        return widget;
    }
    /// True when the widget named `name` exists and is visible: the trouble banners are built when first needed.
    bool shown(const QString &name) const
    {
        const QWidget *widget = m_window->findChild<QWidget *>(name);
        return widget && widget->isVisible();
    }
    QAction *action(const QString &name) const { return child<QAction>(name); }
    PinDialog *pinDialog() const;
    ManagerDialog *managerDialog() const;
    void enterPin(PinDialog *dialog, const QString &pin);
    void unlock();
    qint64 createOrderDirectly(const QString &device);
    QTreeWidgetItem *terminalItem(ManagerDialog *dialog, const QString &name);
    /// The visible ConfirmBox named `name`, if any.
    QMessageBox *confirmBox(const QString &name) const;
    ManagerDialog *openTerminals();
    QString panelMode() const;
    void fillForm(const QString &amount, const QString &description);
    /// Presses the panel's Free terminal: another till's order asks for the manager PIN first, then to confirm.
    void freeWithThePin();

    QTemporaryDir *m_dir = nullptr;
    PointSimulator *m_sim = nullptr;
    LegacyPointBackend *m_client = nullptr;
    Settings *m_settings = nullptr;
    OrderJournal *m_journal = nullptr;
    QString m_service;
    TokenStore *m_store = nullptr;
    ManagerSession *m_session = nullptr;
    MainWindow *m_window = nullptr;
};

void TestManagerUi::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestManagerUi::init()
{
    m_dir = new QTemporaryDir;
    m_sim = new PointSimulator;
    QVERIFY(m_sim->listen());
    m_client = new LegacyPointBackend;
    QVERIFY(m_client->setBaseUrl(m_sim->apiUrl()));
    m_client->setAccessToken(m_sim->accessToken());
    m_client->setTimeout(3000);
    m_settings = new Settings(m_dir->filePath(QStringLiteral("pointdesk.ini")));
    m_journal = new OrderJournal;
    QVERIFY(m_journal->open(m_dir->filePath(QStringLiteral("journal.sqlite"))).ok());
    m_settings->setPollIntervalMs(50);
    m_service = uniqueService(QStringLiteral("manager-ui"));
    m_store = new TokenStore(m_service);
    m_session = new ManagerSession(m_store, m_settings);
}

void TestManagerUi::cleanup()
{
    delete m_window;
    m_window = nullptr;
    secretClear(m_service, QString::fromLatin1(TokenStore::kAccessTokenKey));
    secretClear(m_service, QString::fromLatin1(TokenStore::kManagerPinKey));
    secretClear(m_service, QString::fromLatin1(ManagerLockout::kKeychainKey));
    delete m_session;
    // Keychain calls still out (the wizard's or the window's, answered or not) end before the store goes: libsecret
    // holds their jobs until it answers.
    QTRY_VERIFY_WITH_TIMEOUT(m_store->isIdle(), 30000);
    delete m_store;
    delete m_client;
    delete m_sim;
    delete m_settings;
    delete m_journal;
    m_journal = nullptr;
    delete m_dir;
}

void TestManagerUi::createWindow(bool withPin)
{
    bool ready = false;
    m_store->write(QString::fromLatin1(TokenStore::kAccessTokenKey), m_sim->accessToken(), this,
                   [&](const TokenStore::Result &r) { ready = r.ok(); });
    QTRY_VERIFY(ready);
    if (withPin) {
        ready = false;
        m_session->setPinForSetup(kPin, this, [&](const ManagerSession::Result &r) { ready = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(ready, 10000);
    }
    m_window = new MainWindow(m_client, m_journal, m_settings);
    m_window->setRetryBackoff(50, 400);
    m_window->setDeviceRefreshInterval(60000);
    m_window->setManagerSession(m_session);
    m_window->setAccount(MainWindow::Account::Keychain, SetupWizard::maskToken(m_sim->accessToken()));
    m_window->show();
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTRY_COMPARE(child<QListWidget>(QStringLiteral("deviceList"))->count(), 3);
}

PinDialog *TestManagerUi::pinDialog() const
{
    const QList<PinDialog *> dialogs = m_window->findChildren<PinDialog *>();
    for (PinDialog *d : dialogs) {
        if (d->isVisible())
            return d;
    }
    return nullptr;
}

ManagerDialog *TestManagerUi::managerDialog() const
{
    const QList<ManagerDialog *> dialogs = m_window->findChildren<ManagerDialog *>();
    for (ManagerDialog *d : dialogs) {
        if (d->isVisible())
            return d;
    }
    return nullptr;
}

void TestManagerUi::enterPin(PinDialog *dialog, const QString &pin)
{
    QTRY_COMPARE(dialog->form(), PinDialog::Form::EnterPin);
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("pinEdit"));
    QTRY_VERIFY(edit->isEnabled());
    edit->clear();
    QTest::keyClicks(edit, pin);
    QTest::keyClick(edit, Qt::Key_Return);
}

void TestManagerUi::unlock()
{
    action(QStringLiteral("enterManagerAction"))->trigger();
    PinDialog *dialog = pinDialog();
    QVERIFY(dialog);
    enterPin(dialog, kPin);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isActive(), 10000);
    QTRY_VERIFY(!pinDialog());
    // Offscreen has no window manager to hand the keyboard back once the prompt closes.
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

qint64 TestManagerUi::createOrderDirectly(const QString &device)
{
    return createOrderFromAnotherTill(*m_sim, device);
}

QTreeWidgetItem *TestManagerUi::terminalItem(ManagerDialog *dialog, const QString &name)
{
    auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("terminalsList"));
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->text(0) == name)
            return list->topLevelItem(i);
    }
    return nullptr;
}

QMessageBox *TestManagerUi::confirmBox(const QString &name) const
{
    const QList<QWidget *> tops = QApplication::topLevelWidgets();
    for (QWidget *w : tops) {
        if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible() && box->objectName() == name)
            return box;
    }
    return nullptr;
}

ManagerDialog *TestManagerUi::openTerminals()
{
    action(QStringLiteral("terminalsAction"))->trigger();
    if (!QTest::qWaitFor([this]() { return managerDialog() != nullptr; }))
        return nullptr;
    ManagerDialog *dialog = managerDialog();
    if (!QTest::qWaitFor([this, dialog]() { return terminalItem(dialog, QStringLiteral("Caja 2")) != nullptr; }))
        return nullptr;
    return dialog;
}

void TestManagerUi::cashierCannotReachTheManagersTools()
{
    createWindow();
    QSignalSpy setup(m_window, &MainWindow::setupRequested);
    QSignalSpy signOut(m_window, &MainWindow::signOutRequested);
    QVERIFY(!m_session->isActive());
    QVERIFY(!child<QWidget>(QStringLiteral("managerIndicator"))->isVisible());
    QVERIFY(action(QStringLiteral("enterManagerAction"))->isEnabled());
    // The manager's actions are there for everyone to find, and each asks for the PIN first.
    for (const char *name : {"terminalsAction", "changePinAction", "signOutAction", "setupAccountAction"})
        QVERIFY2(action(QLatin1String(name))->isEnabled(), name);
    QVERIFY(!action(QStringLiteral("endManagerAction"))->isEnabled());

    // Ctrl+T brings up the PIN prompt, not the terminals.
    const int requests = m_sim->requestCount();
    QTest::keyClick(m_window, Qt::Key_T, Qt::ControlModifier);
    QTRY_VERIFY(pinDialog());
    QVERIFY(!managerDialog());
    QTest::mouseClick(pinDialog()->findChild<QPushButton *>(QStringLiteral("pinCancelButton")), Qt::LeftButton);
    QTRY_VERIFY(!pinDialog());
    QApplication::setActiveWindow(m_window);
    // Reaching the slot anyway (a stale action, a script) only brings up the PIN prompt.
    m_window->openTerminals();
    PinDialog *prompt = pinDialog();
    QVERIFY(prompt);
    QVERIFY(!managerDialog());
    QTest::mouseClick(prompt->findChild<QPushButton *>(QStringLiteral("pinCancelButton")), Qt::LeftButton);
    QTRY_VERIFY(!pinDialog());
    QVERIFY(!managerDialog());
    QVERIFY(!m_session->isActive());
    QCOMPARE(m_sim->requestCount(), requests); // nothing was sent on the cashier's behalf
    QCOMPARE(setup.count(), 0);
    QCOMPARE(signOut.count(), 0);
    QCOMPARE(m_sim->devices().size(), 3);
}

void TestManagerUi::wrongPinThenRightPin()
{
    createWindow();
    QTest::keyClick(m_window, Qt::Key_M, Qt::ControlModifier);
    PinDialog *dialog = pinDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isModal() || dialog->windowModality() != Qt::NonModal);
    enterPin(dialog, QStringLiteral("0000"));
    QTRY_VERIFY(dialog->errorText().contains(QLatin1String("not right")));
    QVERIFY(dialog->errorText().contains(QLatin1String("4 more")));
    QVERIFY(dialog->isVisible());
    QVERIFY(!m_session->isActive());
    QVERIFY(!child<QWidget>(QStringLiteral("managerIndicator"))->isVisible());

    enterPin(dialog, kPin);
    QTRY_VERIFY(!pinDialog());
    QVERIFY(m_session->isActive());
    QVERIFY(child<QWidget>(QStringLiteral("managerIndicator"))->isVisible());
    QVERIFY(child<QWidget>(QStringLiteral("endManagerButton"))->isVisible());
    for (const char *name :
         {"terminalsAction", "changePinAction", "endManagerAction", "signOutAction", "setupAccountAction"})
        QVERIFY2(action(QLatin1String(name))->isEnabled(), name);
    QVERIFY(!action(QStringLiteral("enterManagerAction"))->isEnabled());

    QTest::mouseClick(child<QPushButton>(QStringLiteral("endManagerButton")), Qt::LeftButton);
    QVERIFY(!m_session->isActive());
    QVERIFY(!child<QWidget>(QStringLiteral("managerIndicator"))->isVisible());
    QVERIFY(!action(QStringLiteral("endManagerAction"))->isEnabled());
}

void TestManagerUi::lockoutShownInThePrompt()
{
    createWindow();
    action(QStringLiteral("enterManagerAction"))->trigger();
    PinDialog *dialog = pinDialog();
    QVERIFY(dialog);
    for (int i = 0; i < ManagerSession::kTriesBeforeLockout; ++i) {
        enterPin(dialog, QStringLiteral("1111"));
        QTRY_VERIFY(!dialog->errorText().isEmpty());
        if (i + 1 < ManagerSession::kTriesBeforeLockout)
            QTRY_VERIFY(dialog->errorText().contains(QLatin1String("not right")));
    }
    QTRY_VERIFY(dialog->errorText().contains(QLatin1String("locked until")));
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("pinOkButton"))->isEnabled());
    QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("pinEdit"))->isEnabled());
    QVERIFY(!m_session->isActive());
    dialog->reject();
    QTRY_VERIFY(!pinDialog());

    // Asking again shows the lockout at once; the right PIN cannot even be typed.
    action(QStringLiteral("enterManagerAction"))->trigger();
    dialog = pinDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->errorText().contains(QLatin1String("locked until")));
    QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("pinEdit"))->isEnabled());
    QCOMPARE(m_settings->managerFailedAttempts(), 5);
    QVERIFY(m_settings->managerLockedUntil() > QDateTime::currentDateTimeUtc());
}

void TestManagerUi::lockoutEndGivesTheFieldTheKeyboard()
{
    QDateTime now = QDateTime::currentDateTimeUtc();
    m_session->setClock([&now]() { return now; });
    createWindow();
    action(QStringLiteral("enterManagerAction"))->trigger();
    PinDialog *dialog = pinDialog();
    QVERIFY(dialog);
    QApplication::setActiveWindow(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    for (int i = 0; i < ManagerSession::kTriesBeforeLockout; ++i) {
        enterPin(dialog, QStringLiteral("1111"));
        QTRY_VERIFY(!dialog->errorText().isEmpty());
    }
    QTRY_VERIFY(dialog->errorText().contains(QLatin1String("locked until")));
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("pinEdit"));
    QVERIFY(!edit->isEnabled());

    // The lockout ends while the dialog is open: the field is back, and has the keyboard.
    now = now.addSecs(qint64(ManagerSession::kFirstLockoutMinutes) * 60 + 1);
    QTRY_VERIFY(edit->isEnabled());
    QTRY_VERIFY(edit->hasFocus());
    QCOMPARE(dialog->errorText(), QString());
    QTest::keyClicks(QApplication::focusWidget(), kPin);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isActive(), 10000);
}

void TestManagerUi::wrongTriesInWholeSentences()
{
    ManagerSession::Result result;
    result.outcome = ManagerSession::Outcome::WrongPin;
    result.remainingTries = 1;
    QCOMPARE(PinDialog::resultText(result),
             QStringLiteral("That PIN is not right. One more wrong try locks manager mode for a while."));
    result.remainingTries = 3;
    QCOMPARE(PinDialog::resultText(result),
             QStringLiteral("That PIN is not right. 3 more wrong tries lock manager mode for a while."));
    result.outcome = ManagerSession::Outcome::WrongToken;
    result.remainingTries = 1;
    QVERIFY(PinDialog::resultText(result).contains(QLatin1String("One more wrong try locks")));
    result.outcome = ManagerSession::Outcome::InvalidPin;
    QCOMPARE(PinDialog::resultText(result), result.message());

    // In the prompt: the fourth wrong PIN leaves one try.
    createWindow();
    action(QStringLiteral("enterManagerAction"))->trigger();
    PinDialog *dialog = pinDialog();
    QVERIFY(dialog);
    for (int i = 0; i < ManagerSession::kTriesBeforeLockout - 1; ++i) {
        enterPin(dialog, QStringLiteral("1111"));
        QTRY_COMPARE(m_settings->managerFailedAttempts(), i + 1);
    }
    QTRY_VERIFY(dialog->errorText().contains(QLatin1String("One more wrong try")));
    QVERIFY(!dialog->errorText().contains(QLatin1String("1 more")));
}

void TestManagerUi::idleTimeoutEndsManagerMode()
{
    createWindow();
    m_session->setIdleTimeout(600);
    unlock();
    action(QStringLiteral("terminalsAction"))->trigger();
    QTRY_VERIFY(managerDialog());

    // Typing anywhere in the application keeps manager mode on...
    auto *amount = child<QLineEdit>(QStringLiteral("amountEdit"));
    for (int i = 0; i < 8; ++i) {
        QTest::qWait(200);
        QTest::keyClick(amount, Qt::Key_1);
    }
    QVERIFY(m_session->isActive());
    // ...and without input it ends by itself, closing the manager's dialog.
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isActive(), 3000);
    QVERIFY(!child<QWidget>(QStringLiteral("managerIndicator"))->isVisible());
    QTRY_VERIFY(!managerDialog());
    QVERIFY(!action(QStringLiteral("endManagerAction"))->isEnabled());
    QVERIFY(child<QLabel>(QStringLiteral("statusMessage"))->text().contains(QLatin1String("without use")));
}

void TestManagerUi::freeTerminalThroughTheDialog()
{
    createWindow();
    const qint64 order = createOrderDirectly(QStringLiteral("Caja 1"));
    QVERIFY(order > 0);
    QCOMPARE(m_sim->device(QStringLiteral("Caja 1"))->paymentAttempt, order);
    unlock();
    QTest::keyClick(m_window, Qt::Key_T, Qt::ControlModifier);
    QTRY_VERIFY(managerDialog());
    ManagerDialog *dialog = managerDialog();
    QTRY_VERIFY(terminalItem(dialog, QStringLiteral("Caja 1")));
    QTreeWidgetItem *item = terminalItem(dialog, QStringLiteral("Caja 1"));
    QCOMPARE(item->text(1), QStringLiteral("BUSY"));
    QCOMPARE(item->text(2), QString::number(order));

    auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("terminalsList"));
    list->setCurrentItem(terminalItem(dialog, QStringLiteral("Caja 2")));
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("freeTerminalButton"))->isEnabled()); // it is free
    list->setCurrentItem(item);
    auto *free = dialog->findChild<QPushButton *>(QStringLiteral("freeTerminalButton"));
    QVERIFY(free->isEnabled());

    // It asks first, as the cashier window does; "Keep the order" (the default) frees nothing.
    const int requests = m_sim->requestCount();
    QTest::mouseClick(free, Qt::LeftButton);
    QMessageBox *box = confirmBox(QStringLiteral("confirmFreeBox"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QString::number(order)), qPrintable(box->text()));
    QCOMPARE(box->defaultButton()->objectName(), QStringLiteral("keepOrderButton"));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("keepOrderButton")), Qt::LeftButton);
    QTRY_VERIFY(!confirmBox(QStringLiteral("confirmFreeBox")));
    QTest::qWait(100);
    QCOMPARE(m_sim->requestCount(), requests);
    QCOMPARE(m_sim->device(QStringLiteral("Caja 1"))->paymentAttempt, order);

    QTest::mouseClick(free, Qt::LeftButton);
    box = confirmBox(QStringLiteral("confirmFreeBox"));
    QVERIFY(box);
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmFreeButton")), Qt::LeftButton);
    QTRY_COMPARE(m_sim->device(QStringLiteral("Caja 1"))->paymentAttempt, qint64(0));
    QTRY_VERIFY(dialog->statusText().contains(QLatin1String("Caja 1 is free")));
    QTRY_COMPARE(terminalItem(dialog, QStringLiteral("Caja 1"))->text(1), QStringLiteral("FREE"));
    QCOMPARE(m_sim->devices().size(), 3);

    // Another action starts: the note about Caja 1 does not stay in front of it.
    list->setCurrentItem(terminalItem(dialog, QStringLiteral("Caja 2")));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("removeTerminalButton")), Qt::LeftButton);
    QVERIFY(dialog->findChild<QWidget *>(QStringLiteral("removeConfirmPanel"))->isVisible());
    QVERIFY2(!dialog->statusText().contains(QLatin1String("Caja 1")), qPrintable(dialog->statusText()));
    QVERIFY2(dialog->statusText().contains(QLatin1String("3 terminals")), qPrintable(dialog->statusText()));
}

void TestManagerUi::removeButtonCutsALongName()
{
    // "Remove Kiosko Ñu..." was the button cut by the dialog at 1024x768: now the name is cut inside the button,
    // whole in its tooltip and accessible name.
    const QString name = QStringLiteral("Kiosko Ñuñoa de la Plaza Central, mostrador 3");
    createWindow();
    unlock();
    QVERIFY(m_sim->addDevice(name));
    action(QStringLiteral("terminalsAction"))->trigger();
    QTRY_VERIFY(managerDialog());
    ManagerDialog *dialog = managerDialog();
    QTRY_VERIFY(terminalItem(dialog, name));
    dialog->findChild<QTreeWidget *>(QStringLiteral("terminalsList"))->setCurrentItem(terminalItem(dialog, name));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("removeTerminalButton")), Qt::LeftButton);
    auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmRemoveButton"));
    QVERIFY(confirm->isVisible());
    QVERIFY2(!confirm->text().contains(name) && confirm->text().contains(QChar(0x2026)), qPrintable(confirm->text()));
    QVERIFY(confirm->toolTip().contains(name));
    QVERIFY(confirm->accessibleName().contains(name));
    QVERIFY(confirm->width() >= confirm->sizeHint().width());
    dialog->resize(1024 - 100, dialog->height());
    QTRY_VERIFY(confirm->width() >= confirm->sizeHint().width());
}

void TestManagerUi::removeTerminalConfirmedByItsName()
{
    createWindow();
    unlock();
    action(QStringLiteral("terminalsAction"))->trigger();
    QTRY_VERIFY(managerDialog());
    ManagerDialog *dialog = managerDialog();
    QTRY_VERIFY(terminalItem(dialog, QStringLiteral("Caja 2")));
    auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("terminalsList"));
    auto *panel = dialog->findChild<QWidget *>(QStringLiteral("removeConfirmPanel"));
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("removeConfirmEdit"));
    auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmRemoveButton"));

    // "Keep it" removes nothing.
    list->setCurrentItem(terminalItem(dialog, QStringLiteral("Caja 2")));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("removeTerminalButton")), Qt::LeftButton);
    QVERIFY(panel->isVisible());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("cancelRemoveButton")), Qt::LeftButton);
    QVERIFY(!panel->isVisible());
    QVERIFY(m_sim->device(QStringLiteral("Caja 2")));

    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("removeTerminalButton")), Qt::LeftButton);
    QVERIFY(panel->isVisible());
    QVERIFY(edit->hasFocus() || edit->isVisible());
    QVERIFY(!confirm->isEnabled());
    auto *hint = dialog->findChild<QLabel *>(QStringLiteral("removeConfirmHint"));
    QVERIFY(!hint->isVisible());
    QTest::keyClicks(edit, QStringLiteral("Caja"));
    QVERIFY(!confirm->isEnabled());
    QTest::keyClick(edit, Qt::Key_Return); // Enter with the wrong name removes nothing, and says what is expected
    QTest::qWait(100);
    QVERIFY(m_sim->device(QStringLiteral("Caja 2")));
    QVERIFY(hint->isVisible());
    QVERIFY2(hint->text().contains(QLatin1String("Caja 2")), qPrintable(hint->text()));
    QVERIFY2(hint->text().contains(QLatin1String("capitals and accents")), qPrintable(hint->text()));
    // What was typed is selected, so typing again replaces it. Capitals do not matter.
    QCOMPARE(edit->selectedText(), QStringLiteral("Caja"));
    QTest::keyClicks(edit, QStringLiteral("caja 2"));
    QCOMPARE(edit->text(), QStringLiteral("caja 2"));
    QVERIFY(confirm->isEnabled());
    QVERIFY(!hint->isVisible());
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("Caja 2"));
    QVERIFY(confirm->isEnabled());
    QVERIFY(confirm->text().contains(QLatin1String("Caja 2")));
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_VERIFY(!m_sim->device(QStringLiteral("Caja 2")));
    QCOMPARE(m_sim->devices().size(), 2);
    QTRY_VERIFY(dialog->statusText().contains(QLatin1String("Caja 2 was removed")));
    QTRY_COMPARE(list->topLevelItemCount(), 2);
    QVERIFY(!panel->isVisible());
    // The cashier's list follows.
    QTRY_COMPARE(child<QListWidget>(QStringLiteral("deviceList"))->count(), 2);
}

void TestManagerUi::removeTerminalByChoosingItsName()
{
    createWindow();
    unlock();
    ManagerDialog *dialog = openTerminals();
    QVERIFY(dialog);
    auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("terminalsList"));
    list->setCurrentItem(terminalItem(dialog, QStringLiteral("Mostrador \u00D1and\u00FA")));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("removeTerminalButton")), Qt::LeftButton);
    auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("removeConfirmCombo"));
    auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmRemoveButton"));
    auto *hint = dialog->findChild<QLabel *>(QStringLiteral("removeConfirmHint"));
    QVERIFY(combo->isVisible());
    // The account's terminals to choose from, none chosen yet.
    QCOMPARE(combo->count(), 3);
    QCOMPARE(combo->currentText(), QString());
    QVERIFY(!confirm->isEnabled());

    // Choosing another terminal says so at once.
    combo->setCurrentIndex(combo->findText(QStringLiteral("Caja 1")));
    Q_EMIT combo->activated(combo->currentIndex());
    QVERIFY(!confirm->isEnabled());
    QVERIFY(hint->isVisible());
    QVERIFY2(hint->text().contains(QStringLiteral("Mostrador \u00D1and\u00FA")), qPrintable(hint->text()));

    // Typed without the accents, in small letters: accepted too.
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("removeConfirmEdit"));
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("mostrador nandu"));
    QVERIFY(confirm->isEnabled());
    edit->clear();

    // Choosing it is enough.
    combo->setCurrentIndex(combo->findText(QStringLiteral("Mostrador \u00D1and\u00FA")));
    Q_EMIT combo->activated(combo->currentIndex());
    QVERIFY(confirm->isEnabled());
    QVERIFY(!hint->isVisible());
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_VERIFY(!m_sim->device(QStringLiteral("Mostrador \u00D1and\u00FA")));
    QCOMPARE(m_sim->devices().size(), 2);
    QTRY_VERIFY(dialog->statusText().contains(QLatin1String("was removed")));
    // The count comes with the list read again after the removal, which a busy machine may deliver later.
    QTRY_VERIFY2(dialog->statusText().contains(QLatin1String("2 terminals on this account.")),
                 qPrintable(dialog->statusText()));
    QVERIFY(dialog->statusText().contains(QLatin1String("was removed")));

    // One terminal left is said in a whole sentence.
    QVERIFY(m_sim->removeDevice(QStringLiteral("Caja 2")));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("refreshTerminalsButton")), Qt::LeftButton);
    QTRY_COMPARE(dialog->statusText(), QStringLiteral("One terminal on this account."));
}

void TestManagerUi::confirmsNameFoldsCaseAndAccents()
{
    const QStringList all{QStringLiteral("Caja 1"), QStringLiteral("Mostrador \u00D1and\u00FA")};
    const QString nandu = QStringLiteral("Mostrador \u00D1and\u00FA");
    QVERIFY(ManagerDialog::confirmsName(nandu, nandu, all));
    QVERIFY(ManagerDialog::confirmsName(QStringLiteral("  mostrador  NANDU "), nandu, all));
    QVERIFY(ManagerDialog::confirmsName(QStringLiteral("mostrador \u00F1and\u00FA"), nandu, all));
    QVERIFY(!ManagerDialog::confirmsName(QStringLiteral("mostrador"), nandu, all));
    QVERIFY(!ManagerDialog::confirmsName(QStringLiteral("Caja 1"), nandu, all));
    QVERIFY(!ManagerDialog::confirmsName(QString(), nandu, all));
    QVERIFY(!ManagerDialog::confirmsName(QStringLiteral("x"), QString(), all));
    // Two terminals that read the same once folded: only the exact name will do.
    const QStringList twins{QStringLiteral("Caja"), QStringLiteral("CAJA")};
    QVERIFY(!ManagerDialog::confirmsName(QStringLiteral("caja"), QStringLiteral("Caja"), twins));
    QVERIFY(ManagerDialog::confirmsName(QStringLiteral("Caja"), QStringLiteral("Caja"), twins));
    QVERIFY(ManagerDialog::confirmsName(QStringLiteral("CAJA"), QStringLiteral("CAJA"), twins));
}

void TestManagerUi::terminalsDialogMnemonics()
{
    createWindow();
    const qint64 order = createOrderDirectly(QStringLiteral("Caja 1"));
    QVERIFY(order > 0);
    unlock();
    ManagerDialog *dialog = openTerminals();
    QVERIFY(dialog);
    auto *refresh = dialog->findChild<QPushButton *>(QStringLiteral("refreshTerminalsButton"));
    auto *free = dialog->findChild<QPushButton *>(QStringLiteral("freeTerminalButton"));
    QCOMPARE(refresh->text(), QStringLiteral("&Refresh"));
    QCOMPARE(free->text(), QStringLiteral("&Free terminal"));
    // No letter is the mnemonic of two buttons of the dialog.
    QSet<QChar> letters;
    const QList<QAbstractButton *> buttons = dialog->findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons) {
        const QString text = button->text();
        const qsizetype amp = text.indexOf(QLatin1Char('&'));
        if (amp < 0 || amp + 1 >= text.size())
            continue;
        const QChar letter = text.at(amp + 1).toLower();
        QVERIFY2(!letters.contains(letter), qPrintable(text));
        letters.insert(letter);
    }

    QApplication::setActiveWindow(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    // Alt+R refreshes.
    const int before = m_sim->requestCount();
    QTest::keyClick(dialog, Qt::Key_R, Qt::AltModifier);
    QTRY_VERIFY(m_sim->requestCount() > before);
    QTRY_VERIFY(!dialog->isBusy());
    // Alt+F frees the selected terminal, after the question.
    dialog->findChild<QTreeWidget *>(QStringLiteral("terminalsList"))
        ->setCurrentItem(terminalItem(dialog, QStringLiteral("Caja 1")));
    QTest::keyClick(dialog, Qt::Key_F, Qt::AltModifier);
    QTRY_VERIFY(confirmBox(QStringLiteral("confirmFreeBox")));
    confirmBox(QStringLiteral("confirmFreeBox"))->reject();
    QTRY_VERIFY(!confirmBox(QStringLiteral("confirmFreeBox")));
    QCOMPARE(m_sim->device(QStringLiteral("Caja 1"))->paymentAttempt, order);
}

void TestManagerUi::dialogClosesWhenManagerModeEnds()
{
    createWindow();
    unlock();
    action(QStringLiteral("terminalsAction"))->trigger();
    QTRY_VERIFY(managerDialog());
    m_session->end();
    QTRY_VERIFY(!managerDialog());
}

void TestManagerUi::dialogSendsNothingWithoutManagerMode()
{
    createWindow();
    QVERIFY(!m_session->isActive());
    const int requests = m_sim->requestCount();
    ManagerDialog dialog(m_client, m_session);
    QTest::qWait(100);
    QCOMPARE(m_sim->requestCount(), requests);
    QVERIFY(dialog.statusText().contains(QLatin1String("Manager mode has ended")));
    QVERIFY(dialog.devices().isEmpty());
}

void TestManagerUi::changePinAsksForTheOldOne()
{
    createWindow();
    unlock();
    action(QStringLiteral("changePinAction"))->trigger();
    PinDialog *dialog = pinDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->form(), PinDialog::Form::ChangePin);
    auto *old = dialog->findChild<QLineEdit *>(QStringLiteral("pinEdit"));
    auto *fresh = dialog->findChild<QLineEdit *>(QStringLiteral("newPinEdit"));
    auto *again = dialog->findChild<QLineEdit *>(QStringLiteral("confirmPinEdit"));
    QTest::keyClicks(old, QStringLiteral("999999"));
    QTest::keyClicks(fresh, QStringLiteral("2580"));
    QTest::keyClicks(again, QStringLiteral("2580"));
    QTest::keyClick(again, Qt::Key_Return);
    QTRY_VERIFY(dialog->errorText().contains(QLatin1String("not right")));
    QVERIFY(ManagerPin::verify(kPin, *secretLookup(m_service, QString::fromLatin1(TokenStore::kManagerPinKey))));

    QTRY_VERIFY(old->isEnabled());
    old->clear();
    QTest::keyClicks(old, kPin);
    QTest::keyClick(again, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!pinDialog(), 10000);
    const std::optional<QString> stored = secretLookup(m_service, QString::fromLatin1(TokenStore::kManagerPinKey));
    QVERIFY(stored && ManagerPin::verify(QStringLiteral("2580"), *stored));
    QVERIFY(child<QLabel>(QStringLiteral("statusMessage"))->text().contains(QLatin1String("changed")));
}

void TestManagerUi::changePinRefusesTrivialPins()
{
    createWindow();
    unlock();
    action(QStringLiteral("changePinAction"))->trigger();
    PinDialog *dialog = pinDialog();
    QVERIFY(dialog);
    auto *old = dialog->findChild<QLineEdit *>(QStringLiteral("pinEdit"));
    auto *fresh = dialog->findChild<QLineEdit *>(QStringLiteral("newPinEdit"));
    auto *again = dialog->findChild<QLineEdit *>(QStringLiteral("confirmPinEdit"));
    const std::optional<QString> before = secretLookup(m_service, QString::fromLatin1(TokenStore::kManagerPinKey));
    for (const QString &trivial : {QStringLiteral("1111"), QStringLiteral("4321"), QStringLiteral("345678")}) {
        old->clear();
        fresh->clear();
        again->clear();
        QTest::keyClicks(old, kPin);
        QTest::keyClicks(fresh, trivial);
        QTest::keyClicks(again, trivial);
        QTest::keyClick(again, Qt::Key_Return);
        QCOMPARE(dialog->errorText(), ManagerPin::trivialPinMessage());
        QVERIFY(dialog->isVisible());
    }
    QTest::qWait(100);
    QCOMPARE(secretLookup(m_service, QString::fromLatin1(TokenStore::kManagerPinKey)), before);
    QCOMPARE(m_settings->managerFailedAttempts(), 0); // refused before anything was checked
}

void TestManagerUi::tokenBannerAsksForThePinThenOpensSetup()
{
    createWindow();
    QSignalSpy setup(m_window, &MainWindow::setupRequested);
    m_sim->setAccessToken(QStringLiteral("APP_USR-renewed-elsewhere-0000"));
    QTest::keyClick(m_window, Qt::Key_F5);
    QTRY_VERIFY(shown(QStringLiteral("tokenBanner")));
    QVERIFY(!child<QLabel>(QStringLiteral("tokenBannerText"))->text().contains(QLatin1String("POINTDESK_TOKEN")));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("tokenBannerSetupButton")), Qt::LeftButton);
    PinDialog *dialog = pinDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("pinPurposeLabel"))->text().contains(QLatin1String("token")));
    QCOMPARE(setup.count(), 0);
    enterPin(dialog, kPin);
    QTRY_COMPARE(setup.count(), 1);
    const QString reason = setup.at(0).at(0).toString();
    QVERIFY2(reason.contains(QLatin1String("401")), qPrintable(reason));
    QCOMPARE(reason, m_window->tokenRejectedReason());
}

void TestManagerUi::tokenRefusedWithSaleOpenStillLeadsToSetup()
{
    // The token is refused while the customer pays: the manager must still be able to set it up again (the sale is
    // in the journal; the window built for the new token follows it on).
    createWindow();
    QSignalSpy setup(m_window, &MainWindow::setupRequested);
    auto *amount = child<QLineEdit>(QStringLiteral("amountEdit"));
    amount->setText(QStringLiteral("45"));
    child<QLineEdit>(QStringLiteral("descriptionEdit"))->setText(QStringLiteral("Open sale"));
    QTRY_VERIFY(child<QPushButton>(QStringLiteral("chargeButton"))->isEnabled());
    QTest::mouseClick(child<QPushButton>(QStringLiteral("chargeButton")), Qt::LeftButton);
    QTRY_VERIFY(simId(m_window->currentOrderId()) > 0);
    m_sim->setAccessToken(QStringLiteral("APP_USR-renewed-elsewhere-0001"));
    QTRY_VERIFY(shown(QStringLiteral("tokenBanner")));
    QVERIFY(m_window->hasOpenOrder());
    QVERIFY(action(QStringLiteral("setupAccountAction"))->isEnabled());
    QTest::mouseClick(child<QPushButton>(QStringLiteral("tokenBannerSetupButton")), Qt::LeftButton);
    PinDialog *dialog = pinDialog();
    QVERIFY(dialog);
    enterPin(dialog, kPin);
    QTRY_COMPARE(setup.count(), 1);
    QVERIFY(setup.at(0).at(0).toString().contains(QLatin1String("401")));
}

void TestManagerUi::noPinYetAsksForTheToken()
{
    createWindow(false); // the account came from pointdesk-cli login: a token, no PIN
    action(QStringLiteral("enterManagerAction"))->trigger();
    PinDialog *dialog = pinDialog();
    QVERIFY(dialog);
    QTRY_COMPARE(dialog->form(), PinDialog::Form::CreatePin);
    auto *token = dialog->findChild<QLineEdit *>(QStringLiteral("tokenProofEdit"));
    auto *fresh = dialog->findChild<QLineEdit *>(QStringLiteral("newPinEdit"));
    auto *again = dialog->findChild<QLineEdit *>(QStringLiteral("confirmPinEdit"));
    QVERIFY(token->isVisible());
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    QTest::keyClicks(token, QStringLiteral("APP_USR-not-the-saved-one"));
    QTest::keyClicks(fresh, QStringLiteral("8642"));
    QTest::keyClicks(again, QStringLiteral("8642"));
    QTest::keyClick(again, Qt::Key_Return);
    QTRY_VERIFY(dialog->errorText().contains(QLatin1String("not the access token")));
    QVERIFY(!m_session->isActive());
    QVERIFY(!secretLookup(m_service, QString::fromLatin1(TokenStore::kManagerPinKey)));

    QTRY_VERIFY(token->isEnabled());
    QTest::keyClicks(token, m_sim->accessToken());
    QTest::keyClick(again, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isActive(), 10000);
    const std::optional<QString> stored = secretLookup(m_service, QString::fromLatin1(TokenStore::kManagerPinKey));
    QVERIFY(stored && ManagerPin::verify(QStringLiteral("8642"), *stored));
}

void TestManagerUi::cancelDuringTheCheckCountsNothing()
{
    createWindow();
    for (const QString &pin : {QStringLiteral("1111"), kPin}) {
        action(QStringLiteral("enterManagerAction"))->trigger();
        PinDialog *dialog = pinDialog();
        QVERIFY(dialog);
        enterPin(dialog, pin);
        QVERIFY(m_session->isChecking());
        // Cancel while the PIN is still being checked: the check goes with the dialog.
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("pinCancelButton")), Qt::LeftButton);
        QTRY_VERIFY(!pinDialog());
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->isChecking(), 10000);
        QCOMPARE(m_session->failedAttempts(), 0);
        QVERIFY(!m_session->isActive());
    }
    // The next prompt checks as usual.
    unlock();
}

void TestManagerUi::damagedPinIsResetWithTheToken()
{
    createWindow(false);
    bool written = false;
    m_store->write(QString::fromLatin1(TokenStore::kManagerPinKey), QStringLiteral("pbkdf2-sha256$x$y$z"), this,
                   [&](const TokenStore::Result &r) { written = r.ok(); });
    QTRY_VERIFY(written);

    action(QStringLiteral("enterManagerAction"))->trigger();
    PinDialog *dialog = pinDialog();
    QVERIFY(dialog);
    enterPin(dialog, kPin);
    // Said to be damaged, with the way out on the same dialog; nothing was counted.
    QTRY_COMPARE_WITH_TIMEOUT(dialog->form(), PinDialog::Form::ResetPin, 10000);
    auto *explanation = dialog->findChild<QLabel *>(QStringLiteral("pinExplanation"));
    QVERIFY2(explanation->text().contains(QLatin1String("damaged")), qPrintable(explanation->text()));
    QCOMPARE(m_session->failedAttempts(), 0);
    auto *token = dialog->findChild<QLineEdit *>(QStringLiteral("tokenProofEdit"));
    auto *fresh = dialog->findChild<QLineEdit *>(QStringLiteral("newPinEdit"));
    auto *again = dialog->findChild<QLineEdit *>(QStringLiteral("confirmPinEdit"));
    QVERIFY(token->isVisible() && fresh->isVisible() && again->isVisible());
    QTRY_VERIFY(token->isEnabled());
    QTest::keyClicks(token, m_sim->accessToken());
    QTest::keyClicks(fresh, QStringLiteral("8642"));
    QTest::keyClicks(again, QStringLiteral("8642"));
    QTest::keyClick(again, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isActive(), 10000);
    QTRY_VERIFY(!pinDialog());
    const std::optional<QString> stored = secretLookup(m_service, QString::fromLatin1(TokenStore::kManagerPinKey));
    QVERIFY(stored && ManagerPin::verify(QStringLiteral("8642"), *stored));
}

void TestManagerUi::demoWithoutAccountNeedsNoPin()
{
    m_window = new MainWindow(m_client, m_journal, m_settings);
    m_window->setDemoMode(true);
    m_window->setManagerSession(m_session);
    m_window->setAccount(MainWindow::Account::None);
    m_session->setUnprotectedEntryAllowed(true);
    m_window->show();
    // With no account anyone may set one up, and sign out makes no sense.
    QVERIFY(action(QStringLiteral("setupAccountAction"))->isEnabled());
    QVERIFY(!action(QStringLiteral("signOutAction"))->isEnabled());
    QSignalSpy setup(m_window, &MainWindow::setupRequested);
    action(QStringLiteral("setupAccountAction"))->trigger();
    QCOMPARE(setup.count(), 1);

    action(QStringLiteral("enterManagerAction"))->trigger();
    QTRY_VERIFY(m_session->isActive());
    QTRY_VERIFY(!pinDialog());
    QVERIFY(action(QStringLiteral("terminalsAction"))->isEnabled());
    QVERIFY(!action(QStringLiteral("changePinAction"))->isEnabled()); // no PIN to change without an account
}

void TestManagerUi::everyControlHasNameAndAccessibleName()
{
    createWindow();
    unlock();
    action(QStringLiteral("terminalsAction"))->trigger();
    QTRY_VERIFY(managerDialog());
    QTest::mouseClick(managerDialog()->findChild<QPushButton *>(QStringLiteral("removeTerminalButton")),
                      Qt::LeftButton);
    auto *change = new PinDialog(PinDialog::Mode::Change, m_session, m_window);
    change->show();
    int checked = 0;
    for (QWidget *root :
         {static_cast<QWidget *>(managerDialog()), static_cast<QWidget *>(change), static_cast<QWidget *>(m_window)}) {
        const QList<QWidget *> widgets = root->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            const bool interactive =
                qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) || qobject_cast<QTreeWidget *>(w);
            if (!interactive || w->window() != root)
                continue;
            ++checked;
            QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
    }
    QVERIFY(checked >= 30);
    delete change;
}

QString TestManagerUi::panelMode() const
{
    return m_window->findChild<QWidget *>(QStringLiteral("orderStatusPanel"))->property("mode").toString();
}

void TestManagerUi::fillForm(const QString &amount, const QString &description)
{
    auto *amountEdit = child<QLineEdit>(QStringLiteral("amountEdit"));
    auto *descriptionEdit = child<QLineEdit>(QStringLiteral("descriptionEdit"));
    amountEdit->clear();
    descriptionEdit->clear();
    QTest::keyClicks(amountEdit, amount);
    QTest::keyClicks(descriptionEdit, description);
}

void TestManagerUi::freeWithThePin()
{
    // Any cashier could cancel another till's order with the panel's Free terminal, without the PIN.
    QVERIFY(!m_session->isActive());
    auto *free = child<QPushButton>(QStringLiteral("freeTerminalButton"));
    QTRY_VERIFY(free->isVisible());
    QTest::mouseClick(free, Qt::LeftButton);
    PinDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = pinDialog()) != nullptr);
    QVERIFY(!confirmBox(QStringLiteral("confirmFreeBox"))); // nothing to confirm before the manager's PIN
    enterPin(dialog, kPin);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isActive(), 10000);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = confirmBox(QStringLiteral("confirmFreeBox"))) != nullptr);
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmFreeButton")), Qt::LeftButton);
}

void TestManagerUi::freeingOwnSaleNeedsNoPin()
{
    createWindow();
    fillForm(QStringLiteral("10"), QStringLiteral("Cup"));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("chargeButton")), Qt::LeftButton);
    QTRY_COMPARE(panelMode(), QStringLiteral("waiting"));
    auto *free = child<QPushButton>(QStringLiteral("freeTerminalButton"));
    QTRY_VERIFY(free->isVisible());
    QTest::mouseClick(free, Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = confirmBox(QStringLiteral("confirmFreeBox"))) != nullptr);
    QVERIFY(!pinDialog());
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmFreeButton")), Qt::LeftButton);
    QTRY_COMPARE(panelMode(), QStringLiteral("cancelled"));
    QVERIFY(!m_session->isActive());
}

void TestManagerUi::busyTerminalShownInPickerAndFreed()
{
    createWindow();
    const qint64 other = createOrderDirectly(QStringLiteral("Caja 1"));
    QVERIFY(other > 0);
    QTest::keyClick(m_window, Qt::Key_F5);
    auto *list = child<QListWidget>(QStringLiteral("deviceList"));
    QTRY_COMPARE(list->item(0)->data(DevicePicker::StatusTextRole).toString(), QStringLiteral("BUSY"));
    QCOMPARE(list->item(0)->data(DevicePicker::OrderRole).toLongLong(), other);
    QCOMPARE(list->item(0)->data(DevicePicker::DetailRole).toString(), QStringLiteral("Busy with order %1").arg(other));
    QCOMPARE(list->currentRow(), 0); // the cashier's terminal stays selected

    fillForm(QStringLiteral("10"), QStringLiteral("Cup"));
    QVERIFY(!child<QPushButton>(QStringLiteral("chargeButton"))->isEnabled());
    QCOMPARE(child<QLabel>(QStringLiteral("chargeHint"))->text(),
             QStringLiteral("Caja 1 is busy with order %1, so it cannot take a new charge. Wait until it finishes, "
                            "or free the terminal.")
                 .arg(other));
    QCOMPARE(panelMode(), QStringLiteral("terminal_busy"));
    QCOMPARE(child<QLabel>(QStringLiteral("statusTitle"))->text(), QStringLiteral("Caja 1 is busy"));

    freeWithThePin();
    QTRY_COMPARE(m_sim->device(QStringLiteral("Caja 1"))->paymentAttempt, 0);
    QCOMPARE(m_sim->order(other)->status, SimOrder::Status::Deleted);
    QTRY_COMPARE(list->item(0)->data(DevicePicker::StatusTextRole).toString(), QStringLiteral("FREE"));
    QTRY_VERIFY(child<QPushButton>(QStringLiteral("chargeButton"))->isEnabled());
    QCOMPARE(panelMode(), QStringLiteral("idle"));
    QCOMPARE(child<QLabel>(QStringLiteral("statusNote"))->text(), QStringLiteral("Caja 1 is free now."));
    // News, not trouble: not in the error colour.
    QCOMPARE(child<QLabel>(QStringLiteral("statusNote"))->property("tone").toString(), QStringLiteral("info"));
}

void TestManagerUi::busyTerminalConflictOffersFreeTerminal()
{
    createWindow();
    // The picker still shows Caja 1 FREE: the conflict only shows when charging (409).
    const qint64 other = createOrderDirectly(QStringLiteral("Caja 1"));
    QVERIFY(other > 0);
    fillForm(QStringLiteral("10"), QStringLiteral("Cup"));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("chargeButton")), Qt::LeftButton);
    QTRY_COMPARE(panelMode(), QStringLiteral("failed"));
    QCOMPARE(child<QLabel>(QStringLiteral("statusTitle"))->text(), QStringLiteral("Not sent"));
    QCOMPARE(child<QLabel>(QStringLiteral("statusDetail"))->text(),
             QStringLiteral("Caja 1 is busy with another order, so it cannot take this one."));
    QCOMPARE(m_sim->orders().size(), 1);
    freeWithThePin();
    QTRY_COMPARE(m_sim->device(QStringLiteral("Caja 1"))->paymentAttempt, 0);
    QCOMPARE(m_sim->order(other)->status, SimOrder::Status::Deleted);
    QTRY_VERIFY(child<QPushButton>(QStringLiteral("chargeButton"))->isEnabled());
    QTest::mouseClick(child<QPushButton>(QStringLiteral("chargeButton")), Qt::LeftButton);
    QTRY_COMPARE(panelMode(), QStringLiteral("waiting"));
    QCOMPARE(m_sim->orders().last().amount.cents(), 1000);
}

void TestManagerUi::ctrlMInManagerModeSaysSo()
{
    createWindow();
    unlock();
    auto *amount = child<QLineEdit>(QStringLiteral("amountEdit"));
    amount->setFocus();
    QTRY_VERIFY(amount->hasFocus());
    // The manager presses Ctrl+M again and types the PIN: the window says manager mode is on, the amount stays empty.
    QTest::keyClick(amount, Qt::Key_M, Qt::ControlModifier);
    QVERIFY(child<QLabel>(QStringLiteral("statusMessage"))->text().contains(QLatin1String("already on")));
    QVERIFY(!pinDialog());
    QVERIFY(m_session->isActive());
    // Outside manager mode Ctrl+M asks for the PIN as before.
    QTest::mouseClick(child<QPushButton>(QStringLiteral("endManagerButton")), Qt::LeftButton);
    QVERIFY(!m_session->isActive());
    QTest::keyClick(amount, Qt::Key_M, Qt::ControlModifier);
    QTRY_VERIFY(pinDialog());
}

QTEST_MAIN(TestManagerUi)
#include "tst_managerui.moc"
