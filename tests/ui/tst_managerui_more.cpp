// Manager mode in the cashier window, continued: the Terminals dialog's keys and its end with manager mode, changing
// the PIN, the token banner and setup, a missing or damaged PIN, accessible names, and freeing busy terminals
// (TestManagerUi.h).
#include "TestManagerUi.h"

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
