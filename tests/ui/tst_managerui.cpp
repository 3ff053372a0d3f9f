// Manager mode in the cashier window, with real widgets against a real PointSimulator and the real Secret Service
// (run inside .ci/with-keyring): the PIN prompt (wrong, right, lockout and its end), the idle timeout, the Terminals
// dialog freeing (after a question) and removing terminals (named by typing or choosing), checked in the simulator,
// changing the PIN, and that a cashier without the PIN reaches none of it.
#include "TestManagerUi.h"

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

QTEST_MAIN(TestManagerUi)
