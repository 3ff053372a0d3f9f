// Demo mode: the virtual terminal plays the customer on the in-process simulator, and the cashier window follows.
// It is a compact tool window placed beside the cashier window (or where it covers the least of the cashier's form),
// and it hands the keyboard back to the cashier after every customer action.
#include "ui/ChargeForm.h"
#include "ui/MainWindow.h"
#include "store/OrderJournal.h"
#include "ui/OrderStatusPanel.h"
#include "api/LegacyPointBackend.h"
#include "sim/PointSimulator.h"
#include "store/Settings.h"
#include "support/UiTestSupport.h"
#include "app/VirtualTerminal.h"
#include "support/RefTestSupport.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QWindow>
#include <memory>

namespace {

// The reviewer's screen. The offscreen platform's own screen is 800x600; main() gives it this size instead.
constexpr int kScreenWidth = 1280;
constexpr int kScreenHeight = 800;

QRect globalRect(const QWidget *widget)
{
    return QRect(widget->mapToGlobal(QPoint(0, 0)), widget->size());
}

} // namespace

class TestVirtualTerminal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsEveryTerminalIdle();
    void showsTheOrderOnItsTerminal();
    void anOrderElsewhereDoesNotHideTheOneBeingAnswered();
    void customerActions_data();
    void customerActions();
    void followsTerminalsAddedAndRemoved();
    void isACompactToolWindow();
    void longTerminalNameKeepsTheWindowCompact();
    void placementBesideWhenThereIsRoom();
    void placementKeepsTheFormClear_data();
    void placementKeepsTheFormClear();
    void showBesideCashierAt1280x800();
    void keyboardGoesBackToTheCashier_data();
    void keyboardGoesBackToTheCashier();
    void answeringWithTheKeyboardOnly();
    void escapeGoesBackToTheCashier();
    void demoFlowEndToEnd();

private:
    qint64 createOrder(const QString &device, qint64 cents, const QString &description);
    QWidget *card(const QString &device) const;
    std::unique_ptr<MainWindow> createCashier();
    QPushButton *button(const QString &device, const char *name) const;

    QTemporaryDir *m_dir = nullptr;
    Settings *m_settings = nullptr;
    OrderJournal *m_journal = nullptr;
    PointSimulator *m_sim = nullptr;
    LegacyPointBackend *m_client = nullptr;
    VirtualTerminal *m_terminal = nullptr;
};

void TestVirtualTerminal::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    // Without the configured screen the placement checks below would test another situation than the reviewer's.
    QCOMPARE(QGuiApplication::primaryScreen()->geometry(), QRect(0, 0, kScreenWidth, kScreenHeight));
}

void TestVirtualTerminal::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_settings = new Settings(m_dir->filePath(QStringLiteral("pointdesk.ini")));
    m_settings->setPollIntervalMs(50);
    m_journal = new OrderJournal;
    QVERIFY(m_journal->open(m_dir->filePath(QStringLiteral("journal.sqlite"))).ok());
    m_sim = new PointSimulator;
    QVERIFY(m_sim->listen());
    m_client = new LegacyPointBackend;
    QVERIFY(m_client->setBaseUrl(m_sim->apiUrl()));
    m_client->setAccessToken(m_sim->accessToken());
    m_terminal = new VirtualTerminal(m_sim);
    m_terminal->show();
}

void TestVirtualTerminal::cleanup()
{
    delete m_terminal;
    delete m_client;
    delete m_sim;
    delete m_journal;
    delete m_settings;
    delete m_dir;
}

qint64 TestVirtualTerminal::createOrder(const QString &device, qint64 cents, const QString &description)
{
    OrderRequest request;
    request.amount = Money::fromCents(cents);
    request.description = description;
    request.deviceName = device;
    request.cardType = CardType::Debit;
    Call<CreatedOrder> *call = m_client->createOrder(request);
    QSignalSpy done(call, &ApiCall::finished);
    if (!done.wait(5000) || !call->ok())
        return 0;
    return simId(call->value().id);
}

QWidget *TestVirtualTerminal::card(const QString &device) const
{
    QWidget *found = m_terminal->cardFor(device);
    if (!found)
        qFatal("no card for %s", qPrintable(device));
    return found;
}

QPushButton *TestVirtualTerminal::button(const QString &device, const char *name) const
{
    auto *found = card(device)->findChild<QPushButton *>(QLatin1String(name));
    if (!found)
        qFatal("no %s on %s", name, qPrintable(device));
    return found;
}

std::unique_ptr<MainWindow> TestVirtualTerminal::createCashier()
{
    auto window = std::make_unique<MainWindow>(m_client, m_journal, m_settings);
    window->setDemoMode(true);
    window->move(0, 0);
    window->show();
    QApplication::setActiveWindow(window.get());
    if (!QTest::qWaitForWindowActive(window.get()))
        return nullptr;
    return window;
}

void TestVirtualTerminal::showsEveryTerminalIdle()
{
    QCOMPARE(m_terminal->windowTitle(), QStringLiteral("Virtual terminal \u2014 DEMO"));
    auto *picker = m_terminal->findChild<QComboBox *>(QStringLiteral("terminalPicker"));
    const QStringList names = PointSimulator::defaultDeviceNames();
    QCOMPARE(picker->count(), names.size());
    QCOMPARE(m_terminal->currentTerminal(), names.first());
    for (int i = 0; i < names.size(); ++i) {
        QWidget *c = card(names.at(i));
        QCOMPARE(c->objectName(), QStringLiteral("terminalCard_%1").arg(i));
        QCOMPARE(picker->itemText(i), QStringLiteral("%1 \u2014 ready").arg(names.at(i)));
        QVERIFY(c->findChild<QLabel *>(QStringLiteral("terminalScreen"))->text().contains(QStringLiteral("Ready")));
        for (const char *name : {"approveButton", "declineButton", "customerCancelButton"})
            QVERIFY(!button(names.at(i), name)->isEnabled());
    }
    // One terminal at a time; the picker switches.
    QVERIFY(card(names.first())->isVisible());
    QVERIFY(!card(names.at(1))->isVisible());
    QVERIFY(m_terminal->showTerminal(names.at(1)));
    QVERIFY(card(names.at(1))->isVisible());
    QCOMPARE(picker->currentIndex(), 1);
    QVERIFY(!m_terminal->showTerminal(QStringLiteral("No such terminal")));
}

void TestVirtualTerminal::showsTheOrderOnItsTerminal()
{
    QVERIFY(createOrder(QStringLiteral("Caja 2"), 125050, QStringLiteral("Medialunas")) > 0);
    // The terminal that received the order comes forward, its Approve button ready for the keyboard.
    QCOMPARE(m_terminal->currentTerminal(), QStringLiteral("Caja 2"));
    QWidget *busy = card(QStringLiteral("Caja 2"));
    QVERIFY(busy->isVisible());
    QCOMPARE(m_terminal->focusWidget(), button(QStringLiteral("Caja 2"), "approveButton"));
    const QString screen = busy->findChild<QLabel *>(QStringLiteral("terminalScreen"))->text();
    QVERIFY2(screen.contains(QStringLiteral("$1,250.50")), qPrintable(screen));
    QVERIFY(screen.contains(QStringLiteral("Medialunas")));
    QVERIFY(screen.contains(QStringLiteral("Debit card")));
    QVERIFY(button(QStringLiteral("Caja 2"), "approveButton")->isEnabled());
    QVERIFY(busy->property("hasOrder").toBool());
    auto *picker = m_terminal->findChild<QComboBox *>(QStringLiteral("terminalPicker"));
    QCOMPARE(picker->currentText(), QStringLiteral("Caja 2 \u2014 order to pay"));
    QCOMPARE(picker->toolTip(), picker->currentText());
    // The other terminals stay idle.
    QVERIFY(!card(QStringLiteral("Caja 1"))->property("hasOrder").toBool());
    QVERIFY(!button(QStringLiteral("Caja 1"), "approveButton")->isEnabled());
    QCOMPARE(picker->itemText(0), QStringLiteral("Caja 1 \u2014 ready"));
}

void TestVirtualTerminal::anOrderElsewhereDoesNotHideTheOneBeingAnswered()
{
    QVERIFY(createOrder(QStringLiteral("Caja 1"), 500, QStringLiteral("Uno")) > 0);
    QCOMPARE(m_terminal->currentTerminal(), QStringLiteral("Caja 1"));
    QVERIFY(createOrder(QStringLiteral("Caja 2"), 700, QStringLiteral("Dos")) > 0);
    QCOMPARE(m_terminal->currentTerminal(), QStringLiteral("Caja 1"));
    QCOMPARE(m_terminal->findChild<QComboBox *>(QStringLiteral("terminalPicker"))->itemText(1),
             QStringLiteral("Caja 2 \u2014 order to pay"));
}

void TestVirtualTerminal::customerActions_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("paymentStatus");
    QTest::addColumn<QString>("lastEvent");
    QTest::newRow("approve") << QStringLiteral("approveButton") << int(SimOrder::Status::Closed)
                             << QStringLiteral("approved") << QStringLiteral("paid");
    QTest::newRow("decline") << QStringLiteral("declineButton") << int(SimOrder::Status::Closed)
                             << QStringLiteral("rejected") << QStringLiteral("declined");
    QTest::newRow("customer cancels") << QStringLiteral("customerCancelButton") << int(SimOrder::Status::Deleted)
                                      << QString() << QStringLiteral("cancelled by the customer");
}

void TestVirtualTerminal::customerActions()
{
    QFETCH(QString, button);
    QFETCH(int, status);
    QFETCH(QString, paymentStatus);
    QFETCH(QString, lastEvent);

    const QString device = QStringLiteral("Mostrador \u00D1and\u00FA");
    const qint64 id = createOrder(device, 700, QStringLiteral("Alfajor"));
    QVERIFY(id > 0);
    QWidget *c = card(device);
    QVERIFY(c->isVisible());
    QTest::mouseClick(c->findChild<QPushButton *>(button), Qt::LeftButton);
    QCOMPARE(int(m_sim->order(id)->status), status);
    QCOMPARE(m_sim->order(id)->paymentStatus, paymentStatus);
    QCOMPARE(m_sim->device(device)->paymentAttempt, 0);
    auto *lastLabel = c->findChild<QLabel *>(QStringLiteral("terminalLastEvent"));
    const QString last = lastLabel->property("fullText").toString();
    QVERIFY2(last.contains(lastEvent) && last.contains(QStringLiteral("$7.00")), qPrintable(last));
    QCOMPARE(lastLabel->toolTip(), last);
    if (m_sim->order(id)->paymentId > 0 && paymentStatus == QLatin1String("approved"))
        QVERIFY(last.contains(QString::number(m_sim->order(id)->paymentId)));
    // Shown on one line, shortened if it must be, never wider than the card.
    QVERIFY(lastLabel->fontMetrics().horizontalAdvance(lastLabel->text()) <= lastLabel->contentsRect().width());
    QVERIFY(c->findChild<QLabel *>(QStringLiteral("terminalScreen"))->text().contains(QStringLiteral("Ready")));
    QVERIFY(!c->findChild<QPushButton *>(button)->isEnabled());
}

void TestVirtualTerminal::followsTerminalsAddedAndRemoved()
{
    QVERIFY(m_sim->addDevice(QStringLiteral("Caja 4")));
    QVERIFY(m_terminal->cardFor(QStringLiteral("Caja 4")));
    QVERIFY(m_sim->removeDevice(QStringLiteral("Caja 1")));
    QVERIFY(!m_terminal->cardFor(QStringLiteral("Caja 1")));
    QCOMPARE(m_terminal->findChildren<QWidget *>(QRegularExpression(QStringLiteral("^terminalCard_\\d+$"))).size(), 3);
    auto *picker = m_terminal->findChild<QComboBox *>(QStringLiteral("terminalPicker"));
    QCOMPARE(picker->count(), 3);
    QCOMPARE(m_terminal->currentTerminal(), QStringLiteral("Caja 2"));
    QVERIFY(m_terminal->findChild<QStackedWidget *>()->currentWidget() == card(QStringLiteral("Caja 2")));

    const QList<SimDevice> devices = m_sim->devices();
    for (const SimDevice &device : devices)
        QVERIFY(m_sim->removeDevice(device.name));
    QVERIFY(m_terminal->findChild<QLabel *>(QStringLiteral("noTerminalsLabel"))->isVisible());
    QVERIFY(!picker->isEnabled());
}

void TestVirtualTerminal::isACompactToolWindow()
{
    QCOMPARE(m_terminal->windowType(), Qt::Tool);
    QVERIFY(m_terminal->testAttribute(Qt::WA_ShowWithoutActivating));
    // A fraction of the reviewer's screen, not the 660 x 390 of three cards side by side.
    m_terminal->adjustSize();
    const QSize size = m_terminal->frameGeometry().size();
    QVERIFY2(size.width() <= kScreenWidth / 3 && size.height() <= kScreenHeight * 2 / 5,
             qPrintable(QStringLiteral("%1 x %2").arg(size.width()).arg(size.height())));
    // The same size with an order on the screen: nothing jumps when one arrives.
    const QSize idle = m_terminal->sizeHint();
    QVERIFY(createOrder(QStringLiteral("Caja 1"), 99999999, QStringLiteral("Twenty characters!!!")) > 0);
    QCOMPARE(m_terminal->sizeHint(), idle);
}

void TestVirtualTerminal::longTerminalNameKeepsTheWindowCompact()
{
    const QSize before = m_terminal->sizeHint();
    const QString name = QStringLiteral("Caja principal del mostrador de la sucursal Palermo Soho 0042");
    QCOMPARE(name.size(), 61);
    QVERIFY(m_sim->addDevice(name));
    QVERIFY(m_terminal->showTerminal(name));
    QCOMPARE(m_terminal->sizeHint().width(), before.width());
    auto *picker = m_terminal->findChild<QComboBox *>(QStringLiteral("terminalPicker"));
    QVERIFY(picker->width() < picker->fontMetrics().horizontalAdvance(name));
    // The whole name for the mouse and for screen readers.
    QVERIFY(picker->toolTip().contains(name));
    QVERIFY(picker->accessibleDescription().contains(name));
    QCOMPARE(card(name)->accessibleName(), QStringLiteral("Terminal %1").arg(name));
}

void TestVirtualTerminal::placementBesideWhenThereIsRoom()
{
    const QRect screen(0, 0, 1920, 1080);
    const QRect cashier(100, 50, 1180, 760);
    const QRect right = VirtualTerminal::placement(screen, cashier, {{cashier, 1}}, QSize(330, 300));
    QVERIFY(screen.contains(right));
    QVERIFY(!right.intersects(cashier));
    QVERIFY(right.left() > cashier.right());
    QCOMPARE(right.top(), cashier.top());

    // No room on the right: the left.
    const QRect moved(600, 50, 1180, 760);
    const QRect left = VirtualTerminal::placement(screen, moved, {{moved, 1}}, QSize(330, 300));
    QVERIFY(screen.contains(left));
    QVERIFY(!left.intersects(moved));
    QVERIFY(left.right() < moved.left());

    // No room beside it: against an edge, over the least costly part.
    const QRect full(0, 0, 1280, 800);
    const QRect costly(0, 400, 1280, 400);
    const QRect top = VirtualTerminal::placement(full, full, {{full, 1}, {costly, 100}}, QSize(330, 300));
    QVERIFY(full.contains(top));
    QVERIFY(!top.intersects(costly));
}

void TestVirtualTerminal::placementKeepsTheFormClear_data()
{
    QTest::addColumn<QSize>("screen");
    QTest::addColumn<QPoint>("cashierAt");
    QTest::newRow("1280x800, cashier at the top left") << QSize(1280, 800) << QPoint(0, 0);
    QTest::newRow("1280x800, cashier centred") << QSize(1280, 800) << QPoint(50, 20);
    QTest::newRow("1024x768, cashier fills the screen") << QSize(1024, 768) << QPoint(0, 0);
}

void TestVirtualTerminal::placementKeepsTheFormClear()
{
    QFETCH(QSize, screen);
    QFETCH(QPoint, cashierAt);
    std::unique_ptr<MainWindow> window = createCashier();
    QVERIFY(window);
    // What MainWindow chooses for itself on such a screen (1180 x 760 at most).
    window->resize(QSize(1180, 760).boundedTo(screen).expandedTo(window->minimumSizeHint()));
    window->move(cashierAt);
    QTRY_COMPARE(window->pos(), cashierAt);
    // A sale on its way, with the panel's buttons showing.
    auto *panel = window->findChild<OrderStatusPanel *>(QStringLiteral("orderStatusPanel"));
    QVERIFY(panel);
    panel->showWaiting(QStringLiteral("Caja 1"), OrderRef::fromNumber(7));
    panel->setActions(true, true, true);
    const QRect available(QPoint(0, 0), screen);
    QVERIFY(QRect(QPoint(0, 0), screen).intersects(window->frameGeometry()));

    const QRect at =
        VirtualTerminal::placement(available, window->frameGeometry(), VirtualTerminal::areasToKeepClear(window.get()),
                                   m_terminal->frameGeometry().size());
    QVERIFY(available.contains(at));
    auto *form = window->findChild<ChargeForm *>(QStringLiteral("chargeForm"));
    QVERIFY(form);
    const QRect formRect(form->mapToGlobal(form->visibleRegion().boundingRect().topLeft()),
                         form->visibleRegion().boundingRect().size());
    const auto describe = [&]() {
        return QStringLiteral("terminal %1,%2 %3x%4; form %5,%6 %7x%8")
            .arg(at.x())
            .arg(at.y())
            .arg(at.width())
            .arg(at.height())
            .arg(formRect.x())
            .arg(formRect.y())
            .arg(formRect.width())
            .arg(formRect.height());
    };
    QVERIFY2(!at.intersects(formRect), qPrintable(describe()));
    QVERIFY2(!at.intersects(globalRect(window->findChild<QWidget *>(QStringLiteral("amountEdit")))),
             qPrintable(describe()));
    QVERIFY2(!at.intersects(globalRect(window->findChild<QWidget *>(QStringLiteral("chargeButton")))),
             qPrintable(describe()));
    // Never over the DEMO badge or a button of the status panel.
    QWidget *demo = window->findChild<QWidget *>(QStringLiteral("demoIndicator"));
    QVERIFY(demo && demo->isVisible());
    QVERIFY2(!at.intersects(globalRect(demo)), qPrintable(describe()));
    int buttons = 0;
    for (QAbstractButton *b : panel->findChildren<QAbstractButton *>()) {
        if (!b->isVisible())
            continue;
        ++buttons;
        QVERIFY2(!at.intersects(globalRect(b)), qPrintable(b->objectName() + QStringLiteral(": ") + describe()));
    }
    QVERIFY(buttons >= 2);
}

void TestVirtualTerminal::showBesideCashierAt1280x800()
{
    std::unique_ptr<MainWindow> window = createCashier();
    QVERIFY(window);
    QCOMPARE(window->size(), QSize(1180, 760));
    m_terminal->hide();
    m_terminal->setCashierWindow(window.get());
    m_terminal->showBesideCashier();
    QVERIFY(m_terminal->isVisible());
    QCOMPARE(m_terminal->cashierWindow(), static_cast<QWidget *>(window.get()));
    // Above the cashier window, as its tool window.
    QCOMPARE(m_terminal->windowHandle()->transientParent(), window->windowHandle());
    const QRect at = m_terminal->frameGeometry();
    QVERIFY(QGuiApplication::primaryScreen()->availableGeometry().contains(at));
    auto *form = window->findChild<ChargeForm *>(QStringLiteral("chargeForm"));
    const QRect formRect(form->mapToGlobal(form->visibleRegion().boundingRect().topLeft()),
                         form->visibleRegion().boundingRect().size());
    QVERIFY(!formRect.isEmpty());
    QVERIFY(!at.intersects(formRect));
    // Fully usable where it is: every button of the terminal is on the screen and not squeezed.
    QVERIFY(createOrder(QStringLiteral("Caja 1"), 4200, QStringLiteral("Demo")) > 0);
    for (const char *name : {"approveButton", "declineButton", "customerCancelButton"}) {
        QPushButton *b = button(QStringLiteral("Caja 1"), name);
        QVERIFY(b->isVisible());
        QVERIFY(QGuiApplication::primaryScreen()->availableGeometry().contains(globalRect(b)));
        QVERIFY(b->width() >= b->minimumSizeHint().width());
    }
}

void TestVirtualTerminal::keyboardGoesBackToTheCashier_data()
{
    QTest::addColumn<QString>("button");
    QTest::newRow("approve") << QStringLiteral("approveButton");
    QTest::newRow("decline") << QStringLiteral("declineButton");
    QTest::newRow("customer cancels") << QStringLiteral("customerCancelButton");
}

void TestVirtualTerminal::keyboardGoesBackToTheCashier()
{
    QFETCH(QString, button);
    std::unique_ptr<MainWindow> window = createCashier();
    QVERIFY(window);
    m_terminal->setCashierWindow(window.get());
    const qint64 id = createOrder(QStringLiteral("Caja 1"), 4200, QStringLiteral("Demo"));
    QVERIFY(id > 0);
    // Whoever plays the customer went over to the virtual terminal...
    QApplication::setActiveWindow(m_terminal);
    QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(m_terminal));
    QTest::mouseClick(card(QStringLiteral("Caja 1"))->findChild<QPushButton *>(button), Qt::LeftButton);
    QVERIFY(m_sim->order(id)->status != SimOrder::Status::Open);
    // ... and the cashier's next keystrokes go to the cashier window again.
    QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(window.get()));
    QVERIFY(QApplication::focusWidget());
    QVERIFY(window->isAncestorOf(QApplication::focusWidget()));
}

void TestVirtualTerminal::answeringWithTheKeyboardOnly()
{
    std::unique_ptr<MainWindow> window = createCashier();
    QVERIFY(window);
    m_terminal->setCashierWindow(window.get());
    QApplication::setActiveWindow(m_terminal);
    QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(m_terminal));

    // Space on the Approve button the new order brought forward.
    const qint64 first = createOrder(QStringLiteral("Caja 2"), 4200, QStringLiteral("Uno"));
    QVERIFY(first > 0);
    QCOMPARE(QApplication::focusWidget(), button(QStringLiteral("Caja 2"), "approveButton"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QCOMPARE(m_sim->order(first)->paymentStatus, QStringLiteral("approved"));
    QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(window.get()));

    // The mnemonics: Alt+D declines.
    QApplication::setActiveWindow(m_terminal);
    QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(m_terminal));
    const qint64 second = createOrder(QStringLiteral("Caja 2"), 4300, QStringLiteral("Dos"));
    QVERIFY(second > 0);
    QTest::keyClick(m_terminal, Qt::Key_D, Qt::AltModifier);
    QTRY_COMPARE(m_sim->order(second)->paymentStatus, QStringLiteral("rejected"));
    QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(window.get()));

    // The terminal picker is reachable with Alt+T and switches with the arrow keys.
    QApplication::setActiveWindow(m_terminal);
    QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(m_terminal));
    QTest::keyClick(m_terminal, Qt::Key_T, Qt::AltModifier);
    auto *picker = m_terminal->findChild<QComboBox *>(QStringLiteral("terminalPicker"));
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(picker));
    QTest::keyClick(picker, Qt::Key_Down);
    QCOMPARE(m_terminal->currentTerminal(), PointSimulator::defaultDeviceNames().at(2));
}

void TestVirtualTerminal::escapeGoesBackToTheCashier()
{
    std::unique_ptr<MainWindow> window = createCashier();
    QVERIFY(window);
    m_terminal->setCashierWindow(window.get());
    const qint64 id = createOrder(QStringLiteral("Caja 1"), 4200, QStringLiteral("Demo"));
    QVERIFY(id > 0);
    QApplication::setActiveWindow(m_terminal);
    QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(m_terminal));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(window.get()));
    // Esc only leaves: the order is still open.
    QCOMPARE(m_sim->order(id)->status, SimOrder::Status::Open);
}

void TestVirtualTerminal::demoFlowEndToEnd()
{
    std::unique_ptr<MainWindow> window = createCashier();
    QVERIFY(window);
    QTRY_COMPARE(window->findChild<QListWidget *>(QStringLiteral("deviceList"))->count(), 3);
    m_terminal->setCashierWindow(window.get());

    UiTest::type(window->findChild<QLineEdit *>(QStringLiteral("amountEdit")), QStringLiteral("42"));
    UiTest::type(window->findChild<QLineEdit *>(QStringLiteral("descriptionEdit")), QStringLiteral("Demo"));
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("chargeButton")), Qt::LeftButton);
    auto *panel = window->findChild<OrderStatusPanel *>(QStringLiteral("orderStatusPanel"));
    QTRY_COMPARE(panel->property("mode").toString(), QStringLiteral("waiting"));

    // The customer sees it on the virtual terminal and pays there.
    QCOMPARE(m_terminal->currentTerminal(), QStringLiteral("Caja 1"));
    QWidget *c = card(QStringLiteral("Caja 1"));
    QVERIFY(c->findChild<QLabel *>(QStringLiteral("terminalScreen"))->text().contains(QStringLiteral("Demo")));
    QTest::mouseClick(c->findChild<QPushButton *>(QStringLiteral("approveButton")), Qt::LeftButton);
    QTRY_COMPARE(panel->property("mode").toString(), QStringLiteral("approved"));
    const qint64 paymentId = m_sim->order(simId(window->currentOrderId()))->paymentId;
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("statusDetail"))->text().contains(QString::number(paymentId)));
    QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(window.get()));
}

int main(int argc, char **argv)
{
    // The offscreen platform with a 1280 x 800 screen (its default is 800 x 600).
    QTemporaryFile config;
    if (!config.open())
        qFatal("cannot write the offscreen platform's configuration");
    config.write(QStringLiteral("{\"screens\": [{\"name\": \"reviewer\", \"x\": 0, \"y\": 0, \"width\": %1,"
                                " \"height\": %2, \"logicalDpi\": 96, \"logicalBaseDpi\": 96, \"dpr\": 1}]}")
                     .arg(kScreenWidth)
                     .arg(kScreenHeight)
                     .toUtf8());
    config.close();
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen:configfile=") + QFile::encodeName(config.fileName()));
    QApplication app(argc, argv);
    TestVirtualTerminal test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_virtualterminal.moc"
