// The cashier window on the Orders API: the terminal list by local names and operating modes (a standalone terminal
// refused in words, switched to PDV mode by a manager), the charge form's rules per API (description length, no
// payer e-mail or notification URL, the printed receipt), and the status panel's Orders states (the card's brand,
// last digits and installments; "Check the terminal" with the cashier's answer recorded; a 202 cancel shown as
// requested). The legacy look stays as it was.
#include "api/OrdersBackend.h"
#include "core/Validation.h"
#include "sales/CashierSession.h"
#include "sales/TerminalMonitor.h"
#include "sim/OrdersSimulator.h"
#include "store/OrderJournal.h"
#include "store/Settings.h"
#include "support/UiTestSupport.h"
#include "ui/ChargeForm.h"
#include "ui/DevicePicker.h"
#include "ui/MainWindow.h"
#include "ui/OrderStatusPanel.h"
#include "ui/TerminalTools.h"

#include <QApplication>
#include <QCheckBox>
#include <QInputDialog>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kPdv = OrdersSimulator::defaultTerminalIds().at(0);
const QString kStandalone = OrdersSimulator::defaultTerminalIds().at(2);

Device ordersDevice(const QString &id, Device::OperatingMode mode, const QString &raw)
{
    Device d;
    d.name = d.id = id;
    d.status = Device::Status::Unknown;
    d.operatingMode = mode;
    d.rawOperatingMode = raw;
    return d;
}

QListWidgetItem *row(DevicePicker &picker, const QString &id)
{
    auto *list = picker.findChild<QListWidget *>(QStringLiteral("deviceList"));
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(DevicePicker::NameRole).toString() == id)
            return list->item(i);
    }
    return nullptr;
}

} // namespace

class TestOrdersWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void pickerShowsNamesAndModes();
    void legacyPickerUnchanged();
    void managerSwitchesToPdv();
    void managerRenamesLocally();
    void formFollowsTheApiRules();
    void panelOrdersStates();

    void windowPaidShowsTheCard();
    void windowActionRequiredRecordsTheCashiersAnswer();
    void actionRequiredUnansweredIsShownAgainWithItsButtons();
    void windowCancelAnswered202();
    void windowRefusesStandaloneInWords();

private:
    void createWindow();
    QString panelMode() const;
    OrdersSimOrder chargeAndWaitForTerminal();
    template <typename T>
    T *child(const QString &name) const
    {
        T *w = m_window->findChild<T *>(name);
        if (!w)
            qWarning("no child %s", qPrintable(name));
        return w;
    }

    QTemporaryDir *m_dir = nullptr;
    OrdersSimulator *m_sim = nullptr;
    OrdersBackend *m_client = nullptr;
    Settings *m_settings = nullptr;
    OrderJournal *m_journal = nullptr;
    MainWindow *m_window = nullptr;
};

void TestOrdersWindow::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_sim = new OrdersSimulator;
    OrdersSimulator::Settings simSettings = m_sim->settings();
    simSettings.takeDelayMs = -1; // the terminal takes the order when the test says so
    simSettings.cancelDelayMs = 1500;
    m_sim->setSettings(simSettings);
    QVERIFY(m_sim->listen());
    m_client = new OrdersBackend;
    QVERIFY(m_client->setBaseUrl(m_sim->apiUrl()));
    m_client->setAccessToken(m_sim->accessToken());
    m_client->setTimeout(3000);
    m_settings = new Settings(m_dir->filePath(QStringLiteral("pointdesk.ini")));
    m_settings->setAccountApi(QStringLiteral("orders"));
    m_settings->setCurrency(QStringLiteral("MXN"));
    m_settings->setPollIntervalMs(50);
    m_journal = new OrderJournal;
    QVERIFY(m_journal->open(m_dir->filePath(QStringLiteral("journal.sqlite"))).ok());
}

void TestOrdersWindow::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_client;
    delete m_sim;
    delete m_settings;
    delete m_journal;
    delete m_dir;
}

void TestOrdersWindow::createWindow()
{
    m_window = new MainWindow(m_client, m_journal, m_settings);
    m_window->setRetryBackoff(50, 400);
    m_window->setDeviceRefreshInterval(60000);
    m_window->show();
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTRY_COMPARE(child<QListWidget>(QStringLiteral("deviceList"))->count(), 3);
}

QString TestOrdersWindow::panelMode() const
{
    return m_window->findChild<OrderStatusPanel *>(QStringLiteral("orderStatusPanel"))->property("mode").toString();
}

OrdersSimOrder TestOrdersWindow::chargeAndWaitForTerminal()
{
    auto *picker = child<DevicePicker>(QStringLiteral("devicePicker"));
    if (!picker->selectDevice(kPdv))
        return {};
    UiTest::type(child<QLineEdit>(QStringLiteral("amountEdit")), QStringLiteral("24"));
    UiTest::type(child<QLineEdit>(QStringLiteral("descriptionEdit")), QStringLiteral("Caf\u00E9 y medialunas"));
    auto *charge = child<QPushButton>(QStringLiteral("chargeButton"));
    if (!charge->isEnabled())
        return {};
    QTest::mouseClick(charge, Qt::LeftButton);
    if (!QTest::qWaitFor([this]() { return panelMode() == QLatin1String("waiting"); }, 10000))
        return {};
    const QList<OrdersSimOrder> orders = m_sim->orders();
    if (orders.size() != 1 || !m_sim->take(orders.first().id))
        return {};
    return *m_sim->order(orders.first().id);
}

void TestOrdersWindow::pickerShowsNamesAndModes()
{
    DevicePicker picker;
    picker.setApi(QStringLiteral("orders"));
    picker.setTerminalNames({{kPdv, QStringLiteral("Caja 1")}});
    picker.setDevices({ordersDevice(kStandalone, Device::OperatingMode::Standalone, QStringLiteral("STANDALONE")),
                       ordersDevice(kPdv, Device::OperatingMode::Pdv, QStringLiteral("PDV")),
                       ordersDevice(QStringLiteral("PAX_A910__X1"), Device::OperatingMode::Undefined,
                                    QStringLiteral("UNDEFINED"))});
    // The first terminal that takes orders is picked, not the standalone one listed first.
    QCOMPARE(picker.currentDeviceName(), kPdv);

    QListWidgetItem *pdv = row(picker, kPdv);
    QVERIFY(pdv);
    QCOMPARE(pdv->data(DevicePicker::DisplayNameRole).toString(), QStringLiteral("Caja 1"));
    QCOMPARE(pdv->data(DevicePicker::StatusTextRole).toString(), QStringLiteral("PDV"));
    QCOMPARE(pdv->data(DevicePicker::DetailRole).toString(),
             QStringLiteral("Takes orders from PointDesk\n") + kPdv); // the id under the local name
    QCOMPARE(picker.shownName(kPdv), QStringLiteral("Caja 1"));

    QListWidgetItem *standalone = row(picker, kStandalone);
    QCOMPARE(standalone->data(DevicePicker::DisplayNameRole).toString(), kStandalone); // no local name: the id
    QCOMPARE(standalone->data(DevicePicker::StatusTextRole).toString(), QStringLiteral("NO ORDERS"));
    QCOMPARE(standalone->data(DevicePicker::DetailRole).toString(),
             QStringLiteral("Standalone mode: cannot take orders from PointDesk"));
    QCOMPARE(standalone->data(Qt::AccessibleTextRole).toString(),
             kStandalone + QStringLiteral(", Standalone mode: cannot take orders from PointDesk"));
    QListWidgetItem *undefined = row(picker, QStringLiteral("PAX_A910__X1"));
    QCOMPARE(undefined->data(DevicePicker::DetailRole).toString(),
             QStringLiteral("Mode not set up: cannot take orders from PointDesk"));
    for (QListWidgetItem *item : {pdv, standalone, undefined})
        QVERIFY(!item->data(DevicePicker::DetailRole).toString().contains(QStringLiteral("State not known")));

    // A name given later shows at once.
    picker.setTerminalNames({{kPdv, QStringLiteral("Caja 1")}, {kStandalone, QStringLiteral("Dep\u00F3sito")}});
    QCOMPARE(row(picker, kStandalone)->data(DevicePicker::DisplayNameRole).toString(), QStringLiteral("Dep\u00F3sito"));
    QCOMPARE(picker.currentDeviceName(), kPdv); // still picked by id

    // The manager's tools: only in manager mode; Switch to PDV only for a standalone terminal.
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    auto *tools = picker.findChild<QWidget *>(QStringLiteral("terminalManagerTools"));
    auto *switchButton = picker.findChild<QPushButton *>(QStringLiteral("switchToPdvButton"));
    QVERIFY(!tools->isVisible());
    picker.setManagerMode(true);
    QVERIFY(tools->isVisible());
    QVERIFY(!switchButton->isVisible());
    QVERIFY(picker.selectDevice(kStandalone));
    QVERIFY(switchButton->isVisible());
    picker.setManagerMode(false);
    QVERIFY(!tools->isVisible());
}

void TestOrdersWindow::legacyPickerUnchanged()
{
    DevicePicker picker;
    Device free;
    free.name = QStringLiteral("Caja 1");
    free.status = Device::Status::Free;
    free.rawStatus = QStringLiteral("FREE");
    Device odd;
    odd.name = QStringLiteral("Dep\u00F3sito");
    odd.status = Device::Status::Unknown;
    odd.rawStatus = QStringLiteral("WAITING");
    picker.setDevices({odd, free});
    QCOMPARE(picker.currentDeviceName(), QStringLiteral("Caja 1")); // the first free one
    QListWidgetItem *f = row(picker, QStringLiteral("Caja 1"));
    QCOMPARE(f->data(DevicePicker::StatusTextRole).toString(), QStringLiteral("FREE"));
    QCOMPARE(f->data(DevicePicker::DetailRole).toString(), QStringLiteral("Ready for a charge"));
    QCOMPARE(f->data(DevicePicker::DisplayNameRole).toString(), QStringLiteral("Caja 1"));
    QCOMPARE(f->toolTip(), QStringLiteral("Caja 1 (FREE)\nReady for a charge"));
    QListWidgetItem *u = row(picker, QStringLiteral("Dep\u00F3sito"));
    QCOMPARE(u->data(DevicePicker::StatusTextRole).toString(), QStringLiteral("?"));
    QCOMPARE(u->data(DevicePicker::DetailRole).toString(), QStringLiteral("State not known: WAITING"));
    // No manager tools on the legacy API.
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    picker.setManagerMode(true);
    QVERIFY(!picker.findChild<QWidget *>(QStringLiteral("terminalManagerTools"))->isVisible());
}

void TestOrdersWindow::managerSwitchesToPdv()
{
    TerminalMonitor monitor(m_client);
    monitor.setRefreshInterval(60000);
    DevicePicker picker;
    connect(&monitor, &TerminalMonitor::devicesChanged, &picker, &DevicePicker::setDevices);
    TerminalTools tools(m_client, m_settings, &monitor, &picker, &picker);
    QSignalSpy messages(&tools, &TerminalTools::message);
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    monitor.refresh(true);
    QTRY_COMPARE(picker.devices().size(), 3);
    picker.setManagerMode(true);
    QVERIFY(picker.selectDevice(kStandalone));
    auto *switchButton = picker.findChild<QPushButton *>(QStringLiteral("switchToPdvButton"));
    QVERIFY(switchButton->isVisible());
    QTest::mouseClick(switchButton, Qt::LeftButton);
    QTRY_COMPARE(m_sim->terminal(kStandalone)->operatingMode, QStringLiteral("PDV")); // PATCH /terminals/v1/setup
    QTRY_COMPARE(picker.device(kStandalone)->operatingMode, Device::OperatingMode::Pdv); // listed again
    QTRY_VERIFY(!switchButton->isVisible());
    QTRY_VERIFY(messages.size() >= 2);
    QVERIFY(messages.last().at(0).toString().contains(QStringLiteral("now in PDV mode. Restart the terminal")));
    QCOMPARE(row(picker, kStandalone)->data(DevicePicker::StatusTextRole).toString(), QStringLiteral("PDV"));
}

void TestOrdersWindow::managerRenamesLocally()
{
    TerminalMonitor monitor(m_client);
    monitor.setRefreshInterval(60000);
    DevicePicker picker;
    connect(&monitor, &TerminalMonitor::devicesChanged, &picker, &DevicePicker::setDevices);
    TerminalTools tools(m_client, m_settings, &monitor, &picker, &picker);
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    monitor.refresh(true);
    QTRY_COMPARE(picker.devices().size(), 3);
    picker.setManagerMode(true);
    QVERIFY(picker.selectDevice(kPdv));
    QTest::mouseClick(picker.findChild<QPushButton *>(QStringLiteral("renameTerminalButton")), Qt::LeftButton);
    QInputDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = picker.findChild<QInputDialog *>(QStringLiteral("renameTerminalDialog"))) != nullptr);
    dialog->setTextValue(QStringLiteral("  Caja r\u00E1pida  "));
    dialog->accept();
    QCOMPARE(row(picker, kPdv)->data(DevicePicker::DisplayNameRole).toString(), QStringLiteral("Caja r\u00E1pida"));
    // Kept per account API, keyed by the terminal id; read back by a new Settings on the same file.
    Settings again(m_settings->fileName());
    QCOMPARE(again.terminalNames(QStringLiteral("orders")).value(kPdv), QStringLiteral("Caja r\u00E1pida"));
    QVERIFY(again.terminalNames(QStringLiteral("legacy")).isEmpty());
    // An empty name shows the id again.
    tools.setName(kPdv, QString());
    QCOMPARE(row(picker, kPdv)->data(DevicePicker::DisplayNameRole).toString(), kPdv);
    QVERIFY(m_settings->terminalNames(QStringLiteral("orders")).isEmpty());
}

void TestOrdersWindow::formFollowsTheApiRules()
{
    ChargeForm form;
    form.setCurrency(*Currency::fromCode(QStringLiteral("MXN")));
    form.setMoreOptionsExpanded(true);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    auto *amount = form.findChild<QLineEdit *>(QStringLiteral("amountEdit"));
    auto *description = form.findChild<QLineEdit *>(QStringLiteral("descriptionEdit"));
    auto *counter = form.findChild<QLabel *>(QStringLiteral("descriptionCounter"));
    auto *email = form.findChild<QLineEdit *>(QStringLiteral("payerEmailEdit"));
    auto *url = form.findChild<QLineEdit *>(QStringLiteral("notificationUrlEdit"));
    auto *back = form.findChild<QCheckBox *>(QStringLiteral("disableBackButtonCheck"));
    auto *print = form.findChild<QCheckBox *>(QStringLiteral("printOnTerminalCheck"));
    UiTest::type(amount, QStringLiteral("24"));

    // Legacy: 20 characters at most; the e-mail, URL and back-button fields; no receipt choice.
    QCOMPARE(form.api(), QStringLiteral("legacy"));
    description->setText(QString(21, QLatin1Char('a')));
    QVERIFY(!form.isValid());
    QCOMPARE(counter->text(), QStringLiteral("21/20"));
    description->setText(QString(20, QLatin1Char('a')));
    QVERIFY(form.isValid());
    QVERIFY(email->isVisible());
    QVERIFY(url->isVisible());
    QVERIFY(back->isVisible());
    QVERIFY(!print->isVisible());

    // Orders: 150 characters; no e-mail, URL or back button (hidden, not disabled, and never sent); the receipt.
    email->setText(QStringLiteral("not-an-email"));
    form.setApi(QStringLiteral("orders"));
    QCOMPARE(form.maxDescriptionChars(), 150);
    const QString long150 = QString(150, QLatin1Char('b'));
    description->setText(long150);
    QVERIFY(form.isValid()); // the hidden e-mail's text does not count
    QCOMPARE(counter->text(), QStringLiteral("150/150"));
    description->setText(long150 + QLatin1Char('b'));
    QVERIFY(!form.isValid());
    QCOMPARE(counter->text(), QStringLiteral("151/150"));
    description->setText(long150);
    QVERIFY(!email->isVisible());
    QVERIFY(!url->isVisible());
    QVERIFY(!back->isVisible());
    QVERIFY(print->isVisible());
    QVERIFY(print->isChecked()); // printed by default
    OrderRequest r = form.request();
    QCOMPARE(r.description, long150);
    QVERIFY(r.printOnTerminal);
    QVERIFY(r.payerEmail.isEmpty());
    QVERIFY(r.notificationUrl.isEmpty());
    QVERIFY(!r.disableBackButton.has_value());
    r.deviceName = kPdv;
    QVERIFY(Validation::orderRequestFor(QStringLiteral("orders"), r).isEmpty());
    QVERIFY(!Validation::orderRequestFor(QStringLiteral("legacy"), r).isEmpty()); // too long for legacy
    QTest::mouseClick(print, Qt::LeftButton);
    QVERIFY(!form.request().printOnTerminal);
    form.clearForNewSale();
    QVERIFY(print->isChecked()); // asked again for the next customer
}

void TestOrdersWindow::panelOrdersStates()
{
    OrderStatusPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *title = panel.findChild<QLabel *>(QStringLiteral("statusTitle"));
    auto *detail = panel.findChild<QLabel *>(QStringLiteral("statusDetail"));
    panel.showSending(kPdv, Money::fromCents(2400), QStringLiteral("Caf\u00E9"), CardType::Credit);

    OrderInfo paid;
    paid.id = OrderRef(QStringLiteral("ORD01JQ4S4KY8HWQ6NA5PXB65B3D3"));
    paid.state = OrderState::Approved;
    paid.paymentId = PaymentRef(QStringLiteral("PAY01J67CQQH5904WDBVZEM4JMEP3"));
    paid.paymentStatus = QStringLiteral("processed");
    paid.cardBrand = QStringLiteral("visa");
    paid.lastDigits = QStringLiteral("4242");
    paid.installments = 3;
    panel.showOrder(paid);
    QCOMPARE(panel.mode(), OrderStatusPanel::Mode::Approved);
    QVERIFY(detail->text().startsWith(QStringLiteral("Visa ending 4242, 3 installments\n")));
    paid.cardBrand = QStringLiteral("master");
    paid.installments = 1;
    panel.showOrder(paid);
    QVERIFY(detail->text().startsWith(QStringLiteral("Mastercard ending 4242, 1 installment\n")));
    paid.cardBrand.clear();
    paid.lastDigits.clear();
    paid.installments = 0;
    panel.showOrder(paid); // the legacy API gives none of it: only the payment line
    QCOMPARE(detail->text(), QStringLiteral("Payment PAY01J67CQQH5904WDBVZEM4JMEP3 \u00B7 status: processed"));

    // action_required: never paid, never final-looking; the cashier's answer goes out through the buttons.
    OrderInfo check = paid;
    check.state = OrderState::ActionRequired;
    panel.showOrder(check);
    panel.setActions(false, false, false, true);
    QCOMPARE(panel.mode(), OrderStatusPanel::Mode::CheckTerminal);
    QCOMPARE(panel.property("mode").toString(), QStringLiteral("check_terminal"));
    QCOMPARE(title->text(), QStringLiteral("Check the terminal"));
    auto *paidButton = panel.findChild<QPushButton *>(QStringLiteral("terminalShowsPaidButton"));
    auto *notPaidButton = panel.findChild<QPushButton *>(QStringLiteral("terminalShowsNotPaidButton"));
    QVERIFY(paidButton->isVisible());
    QVERIFY(notPaidButton->isVisible());
    QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("newSaleButton"))->isVisible());
    QSignalSpy answered(&panel, &OrderStatusPanel::terminalCheckAnswered);
    QTest::mouseClick(paidButton, Qt::LeftButton);
    QCOMPARE(answered.size(), 1);
    QCOMPARE(answered.last().at(0).toBool(), true);
    notPaidButton->setFocus();
    QTest::keyClick(notPaidButton, Qt::Key_Return); // Enter on the focused button
    QCOMPARE(answered.size(), 2);
    QCOMPARE(answered.last().at(0).toBool(), false);
    panel.setActions(false, false, true, false); // answered: New sale takes the focus
    QVERIFY(!paidButton->isVisible());
    QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("statusHint"))->text(),
             QStringLiteral("The cashier's answer is recorded. Press New sale (F2) for the next customer."));
    QVERIFY(panel.findChild<QPushButton *>(QStringLiteral("newSaleButton"))->hasFocus());

    panel.showCancellationRequested(kPdv, paid.id);
    QCOMPARE(panel.mode(), OrderStatusPanel::Mode::CancelRequested);
    QCOMPARE(title->text(), QStringLiteral("Cancellation requested"));
    QVERIFY(detail->text().contains(paid.id.toString()));

    OrderInfo expired = paid;
    expired.state = OrderState::Expired;
    panel.showOrder(expired);
    QCOMPARE(title->text(), QStringLiteral("Expired"));

    OrderInfo refunded = paid;
    refunded.state = OrderState::PartlyRefunded;
    refunded.refundedAmount = Money::fromCents(1000);
    panel.showOrder(refunded);
    QCOMPARE(title->text(), QStringLiteral("Partly refunded"));
    QVERIFY(detail->text().contains(QStringLiteral("given back")));

    OrderInfo declined = paid;
    declined.state = OrderState::Rejected;
    declined.declineReason = DeclineReason::InsufficientFunds;
    panel.showOrder(declined);
    QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("statusHint"))->text(),
             DeclineReasons::advice(DeclineReason::InsufficientFunds));
    panel.setNote(DeclineReasons::advice(DeclineReason::InsufficientFunds));
    QVERIFY(!panel.findChild<QLabel *>(QStringLiteral("statusNote"))->isVisible()); // not said twice
}

void TestOrdersWindow::windowPaidShowsTheCard()
{
    createWindow();
    const OrdersSimOrder order = chargeAndWaitForTerminal();
    QVERIFY(!order.id.isEmpty());
    OrdersSimPaymentResult result;
    result.methodId = QStringLiteral("master");
    result.installments = 3;
    result.lastDigits = QStringLiteral("4242");
    QVERIFY(m_sim->pay(order.id, result));
    QTRY_COMPARE_WITH_TIMEOUT(panelMode(), QStringLiteral("approved"), 15000);
    QVERIFY(child<QLabel>(QStringLiteral("statusDetail"))->text().startsWith(
        QStringLiteral("Mastercard ending 4242, 3 installments")));
    // The sales record keeps the card for the receipt, which the panel now offers (Alt+P).
    const JournalEntry sale = *m_journal->entry(m_window->currentSaleId());
    QCOMPARE(sale.cardBrand, QStringLiteral("master"));
    QCOMPARE(sale.lastDigits, QStringLiteral("4242"));
    QCOMPARE(sale.installments, 3);
    auto *receipt = child<QPushButton>(QStringLiteral("receiptButton"));
    QTRY_VERIFY(receipt->isVisible());
    QCOMPARE(receipt->text(), QStringLiteral("Recei&pt\u2026"));
    QTest::mouseClick(receipt, Qt::LeftButton);
    QWidget *preview = nullptr;
    QTRY_VERIFY((preview = m_window->findChild<QWidget *>(QStringLiteral("receiptPreview"))) != nullptr);
    QTRY_VERIFY(preview->isVisible());
    QVERIFY(preview->windowTitle().contains(QString::number(sale.localId)));
    QVERIFY(preview->findChild<QAction *>(QStringLiteral("saveReceiptPdfAction")));
    preview->close();
    // The next sale has no receipt until it is paid.
    QTest::mouseClick(child<QPushButton>(QStringLiteral("newSaleButton")), Qt::LeftButton);
    QTRY_VERIFY(!receipt->isVisible());
}

void TestOrdersWindow::windowActionRequiredRecordsTheCashiersAnswer()
{
    createWindow();
    const OrdersSimOrder order = chargeAndWaitForTerminal();
    QVERIFY(!order.id.isEmpty());
    QVERIFY(m_sim->requireAction(order.id));
    QTRY_COMPARE_WITH_TIMEOUT(panelMode(), QStringLiteral("check_terminal"), 15000);
    auto *paidButton = child<QPushButton>(QStringLiteral("terminalShowsPaidButton"));
    QTRY_VERIFY(paidButton->isVisible());
    QVERIFY(!child<QPushButton>(QStringLiteral("newSaleButton"))->isVisible());
    QVERIFY(!child<QPushButton>(QStringLiteral("receiptButton"))->isVisible()); // never paid: no receipt
    QVERIFY(!child<QPushButton>(QStringLiteral("chargeButton"))->isEnabled());
    const qint64 saleId = m_window->currentSaleId();
    paidButton->setFocus();
    QTest::keyClick(paidButton, Qt::Key_Return);
    QTRY_VERIFY(!paidButton->isVisible());
    QVERIFY(child<QPushButton>(QStringLiteral("newSaleButton"))->isVisible());
    QCOMPARE(m_journal->entry(saleId)->state, OrderState::ActionRequired); // never paid by Mercado Pago's word
    bool noted = false;
    for (const JournalEvent &e : m_journal->events(saleId))
        noted = noted || e.detail.contains(QStringLiteral("checked the terminal: approved"));
    QVERIFY(noted);
    QCOMPARE(panelMode(), QStringLiteral("check_terminal")); // still not shown as paid
}

void TestOrdersWindow::actionRequiredUnansweredIsShownAgainWithItsButtons()
{
    createWindow();
    const OrdersSimOrder order = chargeAndWaitForTerminal();
    QVERIFY(!order.id.isEmpty());
    QVERIFY(m_sim->requireAction(order.id));
    QTRY_COMPARE_WITH_TIMEOUT(panelMode(), QStringLiteral("check_terminal"), 15000);
    const qint64 saleId = m_window->currentSaleId();

    // PointDesk closed before the cashier answered: the next start shows the sale again, with its answer buttons.
    delete m_window;
    m_window = nullptr;
    createWindow();
    QTRY_COMPARE(panelMode(), QStringLiteral("check_terminal"));
    QCOMPARE(m_window->currentSaleId(), saleId);
    auto *paidButton = child<QPushButton>(QStringLiteral("terminalShowsPaidButton"));
    auto *notPaidButton = child<QPushButton>(QStringLiteral("terminalShowsNotPaidButton"));
    QTRY_VERIFY(paidButton->isVisible());
    QVERIFY(notPaidButton->isVisible());
    QVERIFY(child<QLabel>(QStringLiteral("statusHint"))->text().contains(QStringLiteral("button below")));
    QVERIFY(child<QLabel>(QStringLiteral("statusAmount"))->text().contains(QStringLiteral("24")));
    QVERIFY(!child<QPushButton>(QStringLiteral("chargeButton"))->isEnabled());
    notPaidButton->setFocus();
    QTest::keyClick(notPaidButton, Qt::Key_Return);
    QTRY_VERIFY(!notPaidButton->isVisible());
    QVERIFY(!child<QLabel>(QStringLiteral("statusHint"))->text().contains(QStringLiteral("button below")));

    // Answered: the start after that shows no such sale.
    delete m_window;
    m_window = nullptr;
    createWindow();
    QTest::qWait(200);
    QVERIFY(panelMode() != QLatin1String("check_terminal"));

    // A panel told of an action_required order without the buttons never points at them.
    OrderStatusPanel panel;
    OrderInfo check;
    check.id = OrderRef(order.id);
    check.state = OrderState::ActionRequired;
    panel.showOrder(check);
    panel.setActions(false, false, true, false);
    const QString hint = panel.findChild<QLabel *>(QStringLiteral("statusHint"))->text();
    QVERIFY2(!hint.contains(QStringLiteral("button below")), qPrintable(hint));
    QVERIFY(hint.contains(QStringLiteral("terminal's screen")));
}

void TestOrdersWindow::windowCancelAnswered202()
{
    createWindow();
    const OrdersSimOrder order = chargeAndWaitForTerminal();
    QVERIFY(!order.id.isEmpty());
    QTest::mouseClick(child<QPushButton>(QStringLiteral("cancelOrderButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(panelMode(), QStringLiteral("cancel_requested"), 5000);
    QCOMPARE(child<QLabel>(QStringLiteral("statusTitle"))->text(), QStringLiteral("Cancellation requested"));
    QVERIFY(m_window->hasOpenOrder());
    QTRY_COMPARE_WITH_TIMEOUT(panelMode(), QStringLiteral("cancelled"), 15000);
}

void TestOrdersWindow::windowRefusesStandaloneInWords()
{
    m_settings->setTerminalName(QStringLiteral("orders"), kStandalone, QStringLiteral("Dep\u00F3sito"));
    m_settings->setTerminalName(QStringLiteral("orders"), kPdv, QStringLiteral("Caja 1"));
    createWindow();
    auto *picker = child<DevicePicker>(QStringLiteral("devicePicker"));
    QVERIFY(picker->selectDevice(kStandalone));
    UiTest::type(child<QLineEdit>(QStringLiteral("amountEdit")), QStringLiteral("24"));
    UiTest::type(child<QLineEdit>(QStringLiteral("descriptionEdit")), QStringLiteral("Caf\u00E9"));
    QTRY_VERIFY(!child<QPushButton>(QStringLiteral("chargeButton"))->isEnabled());
    // In words, and by the name the cashiers know the terminal by.
    QVERIFY(child<QLabel>(QStringLiteral("chargeHint"))
                ->text()
                .startsWith(QStringLiteral("Dep\u00F3sito is in standalone mode: it charges on its own")));
    QCOMPARE(child<QLabel>(QStringLiteral("statusHint"))->text(),
             QStringLiteral("Dep\u00F3sito cannot take orders from PointDesk: choose a terminal in PDV mode."));
    QTest::keyClick(child<QLineEdit>(QStringLiteral("descriptionEdit")), Qt::Key_Return);
    QVERIFY(m_sim->orders().isEmpty());

    // A terminal in PDV mode is charged on, and the panel names it as the cashiers know it.
    QVERIFY(picker->selectDevice(kPdv));
    QTRY_VERIFY(child<QPushButton>(QStringLiteral("chargeButton"))->isEnabled());
    QTest::mouseClick(child<QPushButton>(QStringLiteral("chargeButton")), Qt::LeftButton);
    QTRY_COMPARE(panelMode(), QStringLiteral("waiting"));
    QCOMPARE(child<QLabel>(QStringLiteral("statusTitle"))->text(), QStringLiteral("Waiting for the customer on Caja 1"));
}

QTEST_MAIN(TestOrdersWindow)
#include "tst_orderswindow.moc"
