// The cashier window's sale flow: charging, paid, declined, cancelled, the keyboard, the layout on small screens and
// what every control tells a screen reader (MainWindowFixture).
#include "MainWindowFixture.h"

class TestMainWindow : public MainWindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void startsReadyWithTheTerminals();
    void cashierWindowHasNoStyleSheets();
    void offersRecentDescriptionsOnceStarted();
    void chargeApproved();
    void chargeDeclined();
    void customerCancelsOnTheTerminal();
    void cancelOrderById();
    void freeStuckTerminal();
    void cancelWhileSending();
    void cancelBeforeSendingSendsNothing();
    void refreshesByItselfWhileIdle();
    void invalidInputKeepsChargeDisabled();
    void keyboardOnlyCharge();
    void escapeCancelsAndF2StartsNewSale();
    void repeatSaleIsTheAmountAndEnter();
    void f3ChargesTheSameAgain();
    void noTerminalsExplainsWhatToDo();
    void remembersLastTerminal();
    void vanishedTerminalIsNotReplacedSilently();
    void fitsIn1024x768();
    void statusMessageIsReadableOnSmallScreens_data();
    void statusMessageIsReadableOnSmallScreens();
    void initialSizeUsesLargeScreens_data();
    void initialSizeUsesLargeScreens();
    void everyControlHasNameAndAccessibleName();
    void demoModeSaysDemo();
};

void TestMainWindow::startsReadyWithTheTerminals()
{
    createWindow();
    auto *list = child<QListWidget>(QStringLiteral("deviceList"));
    QCOMPARE(list->item(0)->data(DevicePicker::NameRole).toString(), QStringLiteral("Caja 1"));
    QCOMPARE(list->item(2)->data(DevicePicker::NameRole).toString(), QStringLiteral("Mostrador \u00D1and\u00FA"));
    for (int i = 0; i < list->count(); ++i)
        QCOMPARE(list->item(i)->data(DevicePicker::StatusTextRole).toString(), QStringLiteral("FREE"));
    QCOMPARE(list->currentRow(), 0);
    QCOMPARE(panelMode(), QStringLiteral("idle"));
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(QStringLiteral("amountEdit")));
    QVERIFY(!child<QPushButton>(QStringLiteral("chargeButton"))->isEnabled());
    QCOMPARE(child<QLabel>(QStringLiteral("chargeHint"))->text(),
             QStringLiteral("Enter the amount and a description to charge."));
    QVERIFY(!m_window->isOffline());
    QCOMPARE(child<QLabel>(QStringLiteral("connectionIndicator"))->text(), QStringLiteral("\u25CF Connected"));
    QVERIFY(!shown(QStringLiteral("tokenBanner")));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("PointDesk"));
}

void TestMainWindow::offersRecentDescriptionsOnceStarted()
{
    // The suggestions come right after the first frame, from the descriptions charged before.
    m_settings->addRecentDescription(QStringLiteral("Medialunas"));
    m_settings->addRecentDescription(QStringLiteral("Caf\u00E9 con leche"));
    createWindow();
    auto *edit = child<QLineEdit>(QStringLiteral("descriptionEdit"));
    QTRY_VERIFY(edit->completer() != nullptr);
    edit->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(edit, QStringLiteral("medi"));
    QCOMPARE(edit->completer()->completionCount(), 1);
    QCOMPARE(edit->completer()->currentCompletion(), QStringLiteral("Medialunas"));

    // A sale charged adds its description to the suggestions at once.
    edit->clear();
    UiTest::type(child<QLineEdit>(QStringLiteral("amountEdit")), QStringLiteral("12.50"));
    UiTest::type(edit, QStringLiteral("Tostado"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE(m_settings->recentDescriptions().value(0), QStringLiteral("Tostado"));
    QCOMPARE(edit->completer()->model()->rowCount(), 3);
}

void TestMainWindow::cashierWindowHasNoStyleSheets()
{
    // A style sheet anywhere in the window makes Qt polish that widget and everything below it through its style
    // sheet engine before the first frame; the window's look is painted instead (Surfaces, PlateLabel, PlateButton,
    // FieldEdit). Through a sale, so that every state's colours have been set.
    createWindow();
    chargeAndWaitForTerminal(QStringLiteral("12.50"), QStringLiteral("Coffee"));
    const auto widgets = m_window->findChildren<QWidget *>();
    QVERIFY(widgets.size() > 50);
    for (const QWidget *widget : widgets)
        QVERIFY2(widget->styleSheet().isEmpty(), qPrintable(widget->objectName() + QLatin1String(": ") +
                                                            QString::fromLatin1(widget->metaObject()->className())));
    QVERIFY(m_window->styleSheet().isEmpty());
    QVERIFY(qApp->styleSheet().isEmpty());
}

void TestMainWindow::chargeApproved()
{
    createWindow();
    const QString firstReference = child<QLineEdit>(QStringLiteral("externalReferenceEdit"))->text();
    QVERIFY(firstReference.startsWith(QStringLiteral("PD-")));
    chargeAndWaitForTerminal(QStringLiteral("1,250.50"), QStringLiteral("Caf\u00E9 con leche"));

    // The simulator holds exactly what was typed.
    QCOMPARE(m_sim->orders().size(), 1);
    const SimOrder sent = m_sim->orders().constFirst();
    QCOMPARE(orderRef(sent.id), m_window->currentOrderId());
    QCOMPARE(sent.amount.cents(), 125050);
    QCOMPARE(sent.description, QStringLiteral("Caf\u00E9 con leche"));
    QCOMPARE(sent.deviceName, QStringLiteral("Caja 1"));
    QCOMPARE(sent.cardType, CardType::Credit);
    QCOMPARE(sent.externalReference, firstReference);
    QCOMPARE(sent.status, SimOrder::Status::Open);

    // Waiting: words, terminal, order, a ticking clock; the form is locked and Cancel order is offered.
    QCOMPARE(child<QLabel>(QStringLiteral("statusTitle"))->text(),
             QStringLiteral("Waiting for the customer on Caja 1"));
    QCOMPARE(child<QLabel>(QStringLiteral("statusAmount"))->text(), QStringLiteral("$1,250.50"));
    QCOMPARE(child<QLabel>(QStringLiteral("statusDetail"))->text(), QStringLiteral("Order %1").arg(sent.id));
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(QStringLiteral("statusElapsed"))->text(), QStringLiteral("00:01"), 3000);
    QVERIFY(child<QPushButton>(QStringLiteral("cancelOrderButton"))->isVisible());
    QVERIFY(!child<QPushButton>(QStringLiteral("newSaleButton"))->isVisible());
    QVERIFY(!child<QLineEdit>(QStringLiteral("amountEdit"))->isEnabled());
    QVERIFY(!child<QPushButton>(QStringLiteral("chargeButton"))->isEnabled());
    auto *list = child<QListWidget>(QStringLiteral("deviceList"));
    QCOMPARE(list->item(0)->data(DevicePicker::StatusTextRole).toString(), QStringLiteral("BUSY"));
    QCOMPARE(list->item(0)->data(DevicePicker::OrderRole).toLongLong(), sent.id);

    QCOMPARE(m_sim->approve(QStringLiteral("Caja 1")), sent.id);
    QTRY_COMPARE(panelMode(), QStringLiteral("approved"));
    const SimOrder paid = *m_sim->order(sent.id);
    QVERIFY(paid.paymentId > 0);
    QCOMPARE(child<QLabel>(QStringLiteral("statusTitle"))->text(), QStringLiteral("Paid"));
    QCOMPARE(child<QLabel>(QStringLiteral("statusDetail"))->text(),
             QStringLiteral("Payment %1 \u00B7 status: approved").arg(paid.paymentId));
    QVERIFY(!m_window->hasOpenOrder());
    QVERIFY(child<QPushButton>(QStringLiteral("newSaleButton"))->isVisible());
    QVERIFY(!child<QPushButton>(QStringLiteral("cancelOrderButton"))->isVisible());
    // A paid sale cannot be charged twice by accident: New sale first.
    QVERIFY(!child<QPushButton>(QStringLiteral("chargeButton"))->isEnabled());
    QCOMPARE(child<QLabel>(QStringLiteral("chargeHint"))->text(),
             QStringLiteral("Paid. Press New sale (F2) for the next customer."));
    QCOMPARE(QApplication::focusWidget(), child<QPushButton>(QStringLiteral("newSaleButton")));
    QTRY_COMPARE(list->item(0)->data(DevicePicker::StatusTextRole).toString(), QStringLiteral("FREE"));

    // Remembered for next time.
    QCOMPARE(m_settings->lastTerminal(), QStringLiteral("Caja 1"));
    QCOMPARE(m_settings->recentDescriptions().value(0), QStringLiteral("Caf\u00E9 con leche"));

    // Enter on the focused New sale button starts the next sale: the description and the card stay, the amount is
    // selected so that the next one replaces it.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(panelMode(), QStringLiteral("idle"));
    QCOMPARE(child<QLineEdit>(QStringLiteral("amountEdit"))->text(), QStringLiteral("1,250.50"));
    QCOMPARE(child<QLineEdit>(QStringLiteral("amountEdit"))->selectedText(), QStringLiteral("1,250.50"));
    QCOMPARE(child<QLineEdit>(QStringLiteral("descriptionEdit"))->text(), QStringLiteral("Caf\u00E9 con leche"));
    QVERIFY(child<QLineEdit>(QStringLiteral("amountEdit"))->isEnabled());
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(QStringLiteral("amountEdit")));
    QVERIFY(child<QLineEdit>(QStringLiteral("externalReferenceEdit"))->text() != firstReference);
    QVERIFY(child<QLineEdit>(QStringLiteral("externalReferenceEdit"))->text().startsWith(QStringLiteral("PD-")));
}

void TestMainWindow::chargeDeclined()
{
    createWindow();
    QTest::mouseClick(child<QAbstractButton>(QStringLiteral("debitRadio")), Qt::LeftButton);
    chargeAndWaitForTerminal(QStringLiteral("80"), QStringLiteral("Shoes"));
    const qint64 id = simId(m_window->currentOrderId());
    QCOMPARE(m_sim->order(id)->cardType, CardType::Debit);
    QCOMPARE(m_sim->order(id)->amount.cents(), 8000);

    QCOMPARE(m_sim->decline(QStringLiteral("Caja 1")), id);
    QTRY_COMPARE(panelMode(), QStringLiteral("rejected"));
    QCOMPARE(child<QLabel>(QStringLiteral("statusTitle"))->text(), QStringLiteral("Declined"));
    QCOMPARE(child<QLabel>(QStringLiteral("statusDetail"))->text(),
             QStringLiteral("Payment %1 \u00B7 status: declined").arg(m_sim->order(id)->paymentId));
    QVERIFY(!m_window->hasOpenOrder());
    // The cashier can ask for another card and charge again at once.
    QVERIFY(child<QLineEdit>(QStringLiteral("amountEdit"))->isEnabled());
    QTRY_VERIFY(child<QPushButton>(QStringLiteral("chargeButton"))->isEnabled());
    QVERIFY(child<QPushButton>(QStringLiteral("newSaleButton"))->isVisible());
    QTest::mouseClick(child<QPushButton>(QStringLiteral("chargeButton")), Qt::LeftButton);
    QTRY_COMPARE(panelMode(), QStringLiteral("waiting"));
    QCOMPARE(m_sim->orders().size(), 2);
    QCOMPARE(m_sim->orders().last().amount.cents(), 8000);
}

void TestMainWindow::customerCancelsOnTheTerminal()
{
    createWindow();
    chargeAndWaitForTerminal();
    QVERIFY(m_sim->customerCancel(QStringLiteral("Caja 1")) > 0);
    QTRY_COMPARE(panelMode(), QStringLiteral("cancelled"));
    QCOMPARE(child<QLabel>(QStringLiteral("statusTitle"))->text(), QStringLiteral("Cancelled"));
    QVERIFY(!m_window->hasOpenOrder());
}

void TestMainWindow::cancelOrderById()
{
    createWindow();
    chargeAndWaitForTerminal();
    const qint64 id = simId(m_window->currentOrderId());
    QTest::mouseClick(child<QPushButton>(QStringLiteral("cancelOrderButton")), Qt::LeftButton);
    QTRY_COMPARE(m_sim->order(id)->status, SimOrder::Status::Deleted);
    QVERIFY(sawRequest(QStringLiteral("DELETE"), kOrdersPath + QLatin1Char('/') + QString::number(id)));
    QTRY_COMPARE(panelMode(), QStringLiteral("cancelled"));
    QCOMPARE(child<QLabel>(QStringLiteral("statusDetail"))->text(),
             QStringLiteral("Order %1 was cancelled; nothing was charged.").arg(id));
    QCOMPARE(m_sim->device(QStringLiteral("Caja 1"))->paymentAttempt, 0);
}

void TestMainWindow::freeStuckTerminal()
{
    createWindow();
    chargeAndWaitForTerminal();
    const qint64 id = simId(m_window->currentOrderId());
    auto *free = child<QPushButton>(QStringLiteral("freeTerminalButton"));
    QVERIFY(free->isVisible());
    // Freeing stops whatever is on the terminal: it asks first, and "Keep the order" keeps it.
    QTest::mouseClick(free, Qt::LeftButton);
    auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("confirmFreeBox"));
    QVERIFY(box);
    QVERIFY(box->text().contains(QString::number(id)));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("keepOrderButton")), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("confirmFreeBox")));
    QTest::qWait(100);
    QVERIFY(!sawRequest(QStringLiteral("DELETE"), kOrdersPath + QStringLiteral("/attempt/device/Caja 1")));
    QCOMPARE(panelMode(), QStringLiteral("waiting"));
    confirmFree();
    QTRY_VERIFY(sawRequest(QStringLiteral("DELETE"), kOrdersPath + QStringLiteral("/attempt/device/Caja 1")));
    QTRY_COMPARE(m_sim->device(QStringLiteral("Caja 1"))->paymentAttempt, 0);
    QCOMPARE(m_sim->order(id)->status, SimOrder::Status::Deleted);
    QVERIFY(!sawRequest(QStringLiteral("DELETE"), kOrdersPath + QLatin1Char('/') + QString::number(id)));
    QTRY_COMPARE(panelMode(), QStringLiteral("cancelled"));
}

void TestMainWindow::cancelWhileSending()
{
    createWindow();
    SimFault slow;
    slow.kind = SimFault::Kind::Latency;
    slow.method = QStringLiteral("POST");
    slow.latencyMs = 600;
    m_sim->injectFault(slow);
    fillForm(QStringLiteral("15"), QStringLiteral("Slow line"));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("chargeButton")), Qt::LeftButton);
    QCOMPARE(panelMode(), QStringLiteral("sending"));
    QCOMPARE(child<QLabel>(QStringLiteral("statusTitle"))->text(), QStringLiteral("Sending\u2026"));
    auto *cancel = child<QPushButton>(QStringLiteral("cancelOrderButton"));
    QVERIFY(cancel->isVisible());
    // Wait until the create request is on its way (the terminal was checked first).
    const qint64 saleId = m_window->currentSaleId();
    QTRY_COMPARE(int(m_window->chargeService()->sale(saleId)->phase), int(Sale::Phase::Sending));
    // The order has no id yet: it is cancelled as soon as Mercado Pago names it.
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(panelMode(), QStringLiteral("cancelling"));
    QTRY_COMPARE(m_sim->orders().size(), 1);
    const qint64 id = m_sim->orders().constFirst().id;
    QTRY_COMPARE(m_sim->order(id)->status, SimOrder::Status::Deleted);
    QVERIFY(sawRequest(QStringLiteral("DELETE"), kOrdersPath + QLatin1Char('/') + QString::number(id)));
    QTRY_COMPARE(panelMode(), QStringLiteral("cancelled"));
    QCOMPARE(m_journal->entry(saleId)->state, OrderState::Cancelled);
}

void TestMainWindow::cancelBeforeSendingSendsNothing()
{
    createWindow();
    SimFault slow;
    slow.kind = SimFault::Kind::Latency;
    slow.method = QStringLiteral("GET");
    slow.pathPrefix = kOrdersPath + QStringLiteral("/devices");
    slow.latencyMs = 400;
    m_sim->injectFault(slow);
    fillForm(QStringLiteral("16"), QStringLiteral("Changed my mind"));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("chargeButton")), Qt::LeftButton);
    const qint64 saleId = m_window->currentSaleId();
    QCOMPARE(int(m_window->chargeService()->sale(saleId)->phase), int(Sale::Phase::Checking));
    QTest::keyClick(m_window, Qt::Key_Escape);
    QCOMPARE(panelMode(), QStringLiteral("cancelling"));
    QTRY_COMPARE(panelMode(), QStringLiteral("cancelled"));
    QVERIFY(m_sim->orders().isEmpty());
    QCOMPARE(m_journal->entry(saleId)->state, OrderState::Cancelled);
    QCOMPARE(m_journal->entry(saleId)->createAttempts, 0);
}

void TestMainWindow::refreshesByItselfWhileIdle()
{
    createWindow();
    m_window->setDeviceRefreshInterval(150);
    const qint64 other = createOrderDirectly(QStringLiteral("Caja 2"));
    QVERIFY(other > 0);
    auto *list = child<QListWidget>(QStringLiteral("deviceList"));
    QTRY_COMPARE(list->item(1)->data(DevicePicker::StatusTextRole).toString(), QStringLiteral("BUSY"));
    QCOMPARE(list->item(1)->data(DevicePicker::OrderRole).toLongLong(), other);
    QVERIFY(m_sim->customerCancel(QStringLiteral("Caja 2")) == other);
    QTRY_COMPARE(list->item(1)->data(DevicePicker::StatusTextRole).toString(), QStringLiteral("FREE"));
}

void TestMainWindow::invalidInputKeepsChargeDisabled()
{
    createWindow();
    fillForm(QStringLiteral("12.345"), QStringLiteral("Cup"));
    QCOMPARE(child<QLabel>(QStringLiteral("amountError"))->text(),
             QStringLiteral("The amount can have at most two decimals."));
    QVERIFY(!child<QPushButton>(QStringLiteral("chargeButton"))->isEnabled());
    // Enter does not send anything either.
    QTest::keyClick(child<QLineEdit>(QStringLiteral("descriptionEdit")), Qt::Key_Return);
    QTest::qWait(200);
    QCOMPARE(m_sim->orders().size(), 0);
    QCOMPARE(panelMode(), QStringLiteral("idle"));
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(QStringLiteral("amountEdit")));
}

void TestMainWindow::repeatSaleIsTheAmountAndEnter()
{
    createWindow();
    chargeAndWaitForTerminal(QStringLiteral("12.50"), QStringLiteral("Cup"));
    QVERIFY(m_sim->approve(QStringLiteral("Caja 1")) > 0);
    QTRY_COMPARE(panelMode(), QStringLiteral("approved"));
    // Each key goes where the keyboard is, as the cashier's would: the amount's digits, then Enter.
    int keystrokes = 0;
    const auto press = [&keystrokes](Qt::Key key, char text = 0) {
        ++keystrokes;
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        if (text)
            QTest::keyClick(focus, text);
        else
            QTest::keyClick(focus, key);
    };
    press(Qt::Key_7, '7');
    press(Qt::Key_5, '5');
    press(Qt::Key_Return);
    QTRY_COMPARE(m_sim->orders().size(), 2);
    QCOMPARE(keystrokes, 3);
    QCOMPARE(m_sim->orders().last().amount.cents(), 7500);
    QCOMPARE(m_sim->orders().last().description, QStringLiteral("Cup"));
    QCOMPARE(m_sim->orders().last().deviceName, QStringLiteral("Caja 1"));
    QTRY_COMPARE(panelMode(), QStringLiteral("waiting"));

    // Declined: the form is ready at once too.
    QVERIFY(m_sim->decline(QStringLiteral("Caja 1")) > 0);
    QTRY_COMPARE(panelMode(), QStringLiteral("rejected"));
    keystrokes = 0;
    press(Qt::Key_9, '9');
    press(Qt::Key_Return);
    QTRY_COMPARE(m_sim->orders().size(), 3);
    QCOMPARE(keystrokes, 2);
    QCOMPARE(m_sim->orders().last().amount.cents(), 900);
    QCOMPARE(m_sim->orders().last().description, QStringLiteral("Cup"));
}

void TestMainWindow::f3ChargesTheSameAgain()
{
    createWindow();
    QTest::mouseClick(child<QAbstractButton>(QStringLiteral("debitRadio")), Qt::LeftButton);
    chargeAndWaitForTerminal(QStringLiteral("30"), QStringLiteral("Tea"));
    QVERIFY(m_sim->approve(QStringLiteral("Caja 1")) > 0);
    QTRY_COMPARE(panelMode(), QStringLiteral("approved"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F3);
    QTRY_COMPARE(m_sim->orders().size(), 2);
    const SimOrder again = m_sim->orders().last();
    QCOMPARE(again.amount.cents(), 3000);
    QCOMPARE(again.description, QStringLiteral("Tea"));
    QCOMPARE(again.cardType, CardType::Debit);
    QCOMPARE(again.deviceName, QStringLiteral("Caja 1"));
    QTRY_COMPARE(panelMode(), QStringLiteral("waiting"));
    // Not while an order is open.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F3);
    QTest::qWait(200);
    QCOMPARE(m_sim->orders().size(), 2);
}

void TestMainWindow::keyboardOnlyCharge()
{
    createWindow();
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(QStringLiteral("amountEdit")));
    UiTest::type(QApplication::focusWidget(), QStringLiteral("1250.75"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(QStringLiteral("descriptionEdit")));
    UiTest::type(QApplication::focusWidget(), QStringLiteral("Keys only"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(m_sim->orders().size(), 1);
    const SimOrder order = m_sim->orders().constFirst();
    QCOMPARE(order.amount.cents(), 125075);
    QCOMPARE(order.description, QStringLiteral("Keys only"));
    QCOMPARE(order.deviceName, QStringLiteral("Caja 1"));
    QTRY_COMPARE(panelMode(), QStringLiteral("waiting"));
}

void TestMainWindow::escapeCancelsAndF2StartsNewSale()
{
    createWindow();
    // More options opens with Alt+M and closes with Esc when no order is open.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_M, Qt::AltModifier);
    auto *options = child<QWidget>(QStringLiteral("moreOptionsPanel"));
    QTRY_VERIFY(options->isVisible());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!options->isVisible());

    UiTest::type(child<QLineEdit>(QStringLiteral("amountEdit")), QStringLiteral("3"));
    UiTest::type(child<QLineEdit>(QStringLiteral("descriptionEdit")), QStringLiteral("Gum"));
    QTest::keyClick(child<QLineEdit>(QStringLiteral("descriptionEdit")), Qt::Key_Enter);
    QTRY_COMPARE(panelMode(), QStringLiteral("waiting"));
    const qint64 id = simId(m_window->currentOrderId());

    // F2 does nothing while the order is open.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F2);
    QCOMPARE(panelMode(), QStringLiteral("waiting"));

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_COMPARE(m_sim->order(id)->status, SimOrder::Status::Deleted);
    QTRY_COMPARE(panelMode(), QStringLiteral("cancelled"));

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(panelMode(), QStringLiteral("idle"));
    QCOMPARE(child<QLineEdit>(QStringLiteral("amountEdit"))->text(), QString());
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(QStringLiteral("amountEdit")));
    UiTest::type(QApplication::focusWidget(), QStringLiteral("7"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F2);
    QCOMPARE(child<QLineEdit>(QStringLiteral("amountEdit"))->text(), QString());
}

void TestMainWindow::noTerminalsExplainsWhatToDo()
{
    createWindow();
    for (const QString &name : PointSimulator::defaultDeviceNames())
        QVERIFY(m_sim->removeDevice(name));
    QTest::keyClick(m_window, Qt::Key_F5);
    auto *hint = child<QLabel>(QStringLiteral("noDevicesHint"));
    QTRY_VERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(QStringLiteral("device name")));
    QVERIFY(hint->text().contains(QStringLiteral("integration")));
    fillForm(QStringLiteral("5"), QStringLiteral("Cup"));
    QVERIFY(!child<QPushButton>(QStringLiteral("chargeButton"))->isEnabled());
    QCOMPARE(child<QLabel>(QStringLiteral("chargeHint"))->text(),
             QStringLiteral("There are no terminals on this account yet: see the list on the left."));
}

void TestMainWindow::remembersLastTerminal()
{
    m_settings->setLastTerminal(QStringLiteral("Caja 2"));
    createWindow();
    QTRY_COMPARE(child<QListWidget>(QStringLiteral("deviceList"))->currentRow(), 1);
    chargeAndWaitForTerminal();
    QCOMPARE(m_sim->orders().constFirst().deviceName, QStringLiteral("Caja 2"));
}

void TestMainWindow::vanishedTerminalIsNotReplacedSilently()
{
    // The chosen terminal left the account: the selection moved silently to another one and Enter charged THAT one.
    createWindow();
    auto *list = child<QListWidget>(QStringLiteral("deviceList"));
    list->setCurrentRow(1);
    QCOMPARE(m_window->cashierSession()->selectedDevice(), QStringLiteral("Caja 2"));
    fillForm(QStringLiteral("10"), QStringLiteral("Cup"));
    QVERIFY(m_sim->removeDevice(QStringLiteral("Caja 2")));
    QTest::keyClick(m_window, Qt::Key_F5);
    QTRY_COMPARE(list->count(), 2);
    QCOMPARE(list->currentRow(), -1);
    QCOMPARE(m_window->cashierSession()->selectedDevice(), QString());
    QVERIFY(!child<QPushButton>(QStringLiteral("chargeButton"))->isEnabled());
    QCOMPARE(child<QLabel>(QStringLiteral("chargeHint"))->text(),
             QStringLiteral("Choose the terminal that takes the payment."));
    QTRY_COMPARE(child<QLabel>(QStringLiteral("statusNote"))->text(),
                 QStringLiteral("Caja 2 is no longer on this Mercado Pago account, so no terminal is chosen. Choose "
                                "the terminal that takes the payment."));
    QTest::keyClick(child<QLineEdit>(QStringLiteral("amountEdit")), Qt::Key_Return);
    // A later listing chooses nothing for the cashier either.
    QTest::keyClick(m_window, Qt::Key_F5);
    QTest::qWait(300);
    QCOMPARE(list->currentRow(), -1);
    QVERIFY(m_sim->orders().isEmpty());
    // The cashier chooses: charged there.
    list->setCurrentRow(0);
    QTRY_VERIFY(child<QPushButton>(QStringLiteral("chargeButton"))->isEnabled());
    QTest::keyClick(child<QLineEdit>(QStringLiteral("amountEdit")), Qt::Key_Return);
    QTRY_COMPARE(m_sim->orders().size(), 1);
    QCOMPARE(m_sim->orders().constFirst().deviceName, QStringLiteral("Caja 1"));
}

void TestMainWindow::fitsIn1024x768()
{
    createWindow();
    // With the token banner up (Mercado Pago refuses the token) and More options open.
    const QString token = m_sim->accessToken();
    m_sim->setAccessToken(QStringLiteral("TEST-refused"));
    QTest::keyClick(m_window, Qt::Key_F5);
    QTRY_VERIFY(shown(QStringLiteral("tokenBanner")));
    QWidget *options = child<QWidget>(QStringLiteral("moreOptionsButton"));
    static_cast<QAbstractButton *>(options)->setChecked(true);
    QVERIFY(child<QWidget>(QStringLiteral("moreOptionsPanel"))->isVisible());
    const QSize minimum = m_window->minimumSizeHint();
    QVERIFY2(minimum.width() <= 1024 && minimum.height() <= 768,
             qPrintable(QStringLiteral("minimum size %1x%2").arg(minimum.width()).arg(minimum.height())));

    // At 1024x768 with More options open, the sale form is never cut off at the side (it may scroll down).
    m_sim->setAccessToken(token);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("tokenBannerRetryButton")), Qt::LeftButton);
    QTRY_VERIFY(!shown(QStringLiteral("tokenBanner")));
    m_window->resize(1024, 768);
    QTRY_COMPARE(m_window->size(), QSize(1024, 768));
    auto *scroll = child<QScrollArea>(QStringLiteral("formScrollArea"));
    QTRY_VERIFY(scroll->widget()->width() <= scroll->viewport()->width());
    QVERIFY2(scroll->widget()->minimumSizeHint().width() <= scroll->viewport()->width(),
             qPrintable(QStringLiteral("form needs %1 px, has %2")
                            .arg(scroll->widget()->minimumSizeHint().width())
                            .arg(scroll->viewport()->width())));
    static_cast<QAbstractButton *>(options)->setChecked(false);
    chargeAndWaitForTerminal(QStringLiteral("99,999,999.99"), QStringLiteral("Twenty characters!!!"));
    // The sale form needs no scrolling, and the status panel and its actions are whole.
    QTRY_COMPARE(scroll->verticalScrollBar()->maximum(), 0);
    QVERIFY(scroll->widget()->minimumSizeHint().width() <= scroll->viewport()->width());
    auto *panel = child<QWidget>(QStringLiteral("orderStatusPanel"));
    QVERIFY(panel->height() >= panel->minimumSizeHint().height());
    for (const QString &name : {QStringLiteral("statusTitle"), QStringLiteral("statusAmount"),
                                QStringLiteral("cancelOrderButton"), QStringLiteral("freeTerminalButton")}) {
        QWidget *w = child<QWidget>(name);
        const QRect inPanel(w->mapTo(panel, QPoint(0, 0)), w->size());
        QVERIFY2(panel->rect().contains(inPanel), qPrintable(name));
        QVERIFY2(w->height() >= w->minimumSizeHint().height(), qPrintable(name));
    }
    auto *charge = child<QWidget>(QStringLiteral("chargeButton"));
    QVERIFY(charge->width() >= charge->minimumSizeHint().width());
}

void TestMainWindow::statusMessageIsReadableOnSmallScreens_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    for (const QString &code : Language::codes()) {
        QTest::newRow(qPrintable(code + QStringLiteral(" 1024x768"))) << code << QSize(1024, 768);
        QTest::newRow(qPrintable(code + QStringLiteral(" 1280x800"))) << code << QSize(1280, 800);
    }
}

void TestMainWindow::statusMessageIsReadableOnSmallScreens()
{
    // Demo mode and manager mode fill the status bar's right end; the message beside them ("Control+May...", the
    // Spanish "Ctrl+Shift+M") was cut to a few letters at 1024x768. The badges make room by going short.
    QFETCH(QString, language);
    QFETCH(QSize, size);
    QVERIFY(Language::install(language));
    const auto english = qScopeGuard([]() { Language::install(QStringLiteral("en")); });
    createWindow();
    m_window->setDemoMode(true);
    auto *badges = child<StatusBadges>(QStringLiteral("statusBadges"));
    badges->setManagerMode(true);
    m_window->resize(size);
    QTRY_COMPARE(m_window->size(), size);
    QTRY_VERIFY(badges->isCompact());
    const QString text = QCoreApplication::translate("MainWindow", "Manager mode is already on. Ctrl+Shift+M ends it.");
    m_window->showStatusMessage(text);
    auto *message = child<QLabel>(QStringLiteral("statusMessage"));
    QTRY_VERIFY2(message->width() >= message->fontMetrics().horizontalAdvance(text),
                 qPrintable(QStringLiteral("%1 px for %2 px: %3")
                                .arg(message->width())
                                .arg(message->fontMetrics().horizontalAdvance(text))
                                .arg(text)));
    // Short, but whole in the tooltip and for screen readers.
    auto *demo = child<QLabel>(QStringLiteral("demoIndicator"));
    QVERIFY(demo->toolTip().size() > demo->text().size());
    QCOMPARE(demo->accessibleName(), demo->toolTip());
    // A large window has the room for the whole words.
    m_window->resize(1600, 900);
    QTRY_VERIFY(!badges->isCompact());
}

void TestMainWindow::initialSizeUsesLargeScreens_data()
{
    QTest::addColumn<QSize>("available");
    QTest::addColumn<QSize>("expected");
    QTest::newRow("1024x768") << QSize(1024, 728) << QSize(1024, 728);
    QTest::newRow("1280x800") << QSize(1280, 770) << QSize(1180, 760);
    QTest::newRow("1920x1080") << QSize(1920, 1040) << QSize(1440, 884);
    QTest::newRow("2560x1440") << QSize(2560, 1400) << QSize(1920, 1190);
}

void TestMainWindow::initialSizeUsesLargeScreens()
{
    QFETCH(QSize, available);
    QFETCH(QSize, expected);
    QCOMPARE(MainWindow::initialSize(available), expected);
    // At 1920x1080 the window no longer stays 1180 x 760, and a quarter of the width is left for the virtual
    // terminal.
    if (available.width() >= 1920) {
        QVERIFY(MainWindow::initialSize(available).width() > 1180);
        QVERIFY(MainWindow::initialSize(available).height() > 760);
        QVERIFY(available.width() - MainWindow::initialSize(available).width() >= available.width() / 4);
    }
}

void TestMainWindow::everyControlHasNameAndAccessibleName()
{
    createWindow();
    child<QAbstractButton>(QStringLiteral("moreOptionsButton"))->setChecked(true);
    // The trouble banners are built when first needed: Mercado Pago refuses the token.
    m_sim->setAccessToken(QStringLiteral("TEST-refused"));
    QTest::keyClick(m_window, Qt::Key_F5);
    QTRY_VERIFY(shown(QStringLiteral("tokenBanner")));
    int checked = 0;
    const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const bool interactive =
            qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) || qobject_cast<QListWidget *>(w);
        if (!interactive || w->window() != m_window)
            continue;
        ++checked;
        QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
    QVERIFY(checked >= 15);
}

void TestMainWindow::demoModeSaysDemo()
{
    createWindow();
    QVERIFY(!child<QWidget>(QStringLiteral("demoIndicator"))->isVisible());
    m_window->setDemoMode(true);
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("DEMO")));
    QVERIFY(child<QWidget>(QStringLiteral("demoIndicator"))->isVisible());
    QVERIFY(child<QLabel>(QStringLiteral("demoIndicator"))->text().contains(QStringLiteral("DEMO")));
    QSignalSpy requested(m_window, &MainWindow::virtualTerminalRequested);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("virtualTerminalButton")), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
