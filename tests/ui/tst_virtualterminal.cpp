// Demo mode: the virtual terminal plays the customer on the in-process simulator, and the cashier window follows.
#include "MainWindow.h"
#include "OrderStatusPanel.h"
#include "PointClient.h"
#include "PointSimulator.h"
#include "Settings.h"
#include "UiTestSupport.h"
#include "VirtualTerminal.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestVirtualTerminal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsEveryTerminalIdle();
    void showsTheOrderOnItsTerminal();
    void customerActions_data();
    void customerActions();
    void followsTerminalsAddedAndRemoved();
    void demoFlowEndToEnd();

private:
    qint64 createOrder(const QString &device, qint64 cents, const QString &description);
    QWidget *card(const QString &device) const;

    PointSimulator *m_sim = nullptr;
    PointClient *m_client = nullptr;
    VirtualTerminal *m_terminal = nullptr;
};

void TestVirtualTerminal::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestVirtualTerminal::init()
{
    m_sim = new PointSimulator;
    QVERIFY(m_sim->listen());
    m_client = new PointClient;
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
    return call->value().id;
}

QWidget *TestVirtualTerminal::card(const QString &device) const
{
    QWidget *found = m_terminal->cardFor(device);
    if (!found)
        qFatal("no card for %s", qPrintable(device));
    return found;
}

void TestVirtualTerminal::showsEveryTerminalIdle()
{
    QCOMPARE(m_terminal->windowTitle(), QStringLiteral("Virtual terminal \u2014 DEMO"));
    const QStringList names = PointSimulator::defaultDeviceNames();
    for (int i = 0; i < names.size(); ++i) {
        QWidget *c = card(names.at(i));
        QCOMPARE(c->objectName(), QStringLiteral("terminalCard_%1").arg(i));
        QCOMPARE(c->findChild<QLabel *>(QStringLiteral("terminalName"))->text(), names.at(i));
        QVERIFY(c->findChild<QLabel *>(QStringLiteral("terminalScreen"))->text().contains(QStringLiteral("Ready")));
        for (const char *button : {"approveButton", "declineButton", "customerCancelButton"})
            QVERIFY(!c->findChild<QPushButton *>(QLatin1String(button))->isEnabled());
    }
}

void TestVirtualTerminal::showsTheOrderOnItsTerminal()
{
    QVERIFY(createOrder(QStringLiteral("Caja 2"), 125050, QStringLiteral("Medialunas")) > 0);
    QWidget *busy = card(QStringLiteral("Caja 2"));
    const QString screen = busy->findChild<QLabel *>(QStringLiteral("terminalScreen"))->text();
    QVERIFY2(screen.contains(QStringLiteral("$1,250.50")), qPrintable(screen));
    QVERIFY(screen.contains(QStringLiteral("Medialunas")));
    QVERIFY(screen.contains(QStringLiteral("Debit card")));
    QVERIFY(busy->findChild<QPushButton *>(QStringLiteral("approveButton"))->isEnabled());
    QVERIFY(busy->property("hasOrder").toBool());
    // The other terminals stay idle.
    QVERIFY(!card(QStringLiteral("Caja 1"))->property("hasOrder").toBool());
    QVERIFY(!card(QStringLiteral("Caja 1"))->findChild<QPushButton *>(QStringLiteral("approveButton"))->isEnabled());
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
    QTest::mouseClick(c->findChild<QPushButton *>(button), Qt::LeftButton);
    QCOMPARE(int(m_sim->order(id)->status), status);
    QCOMPARE(m_sim->order(id)->paymentStatus, paymentStatus);
    QCOMPARE(m_sim->device(device)->paymentAttempt, 0);
    const QString last = c->findChild<QLabel *>(QStringLiteral("terminalLastEvent"))->text();
    QVERIFY2(last.contains(lastEvent) && last.contains(QStringLiteral("$7.00")), qPrintable(last));
    if (m_sim->order(id)->paymentId > 0 && paymentStatus == QLatin1String("approved"))
        QVERIFY(last.contains(QString::number(m_sim->order(id)->paymentId)));
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
}

void TestVirtualTerminal::demoFlowEndToEnd()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("pointdesk.ini")));
    settings.setPollIntervalMs(50);
    MainWindow window(m_client, &settings);
    window.setDemoMode(true);
    window.show();
    QTRY_COMPARE(window.findChild<QListWidget *>(QStringLiteral("deviceList"))->count(), 3);

    UiTest::type(window.findChild<QLineEdit *>(QStringLiteral("amountEdit")), QStringLiteral("42"));
    UiTest::type(window.findChild<QLineEdit *>(QStringLiteral("descriptionEdit")), QStringLiteral("Demo"));
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("chargeButton")), Qt::LeftButton);
    auto *panel = window.findChild<OrderStatusPanel *>(QStringLiteral("orderStatusPanel"));
    QTRY_COMPARE(panel->property("mode").toString(), QStringLiteral("waiting"));

    // The customer sees it on the virtual terminal and pays there.
    QWidget *c = card(QStringLiteral("Caja 1"));
    QVERIFY(c->findChild<QLabel *>(QStringLiteral("terminalScreen"))->text().contains(QStringLiteral("Demo")));
    QTest::mouseClick(c->findChild<QPushButton *>(QStringLiteral("approveButton")), Qt::LeftButton);
    QTRY_COMPARE(panel->property("mode").toString(), QStringLiteral("approved"));
    const qint64 paymentId = m_sim->order(window.currentOrderId())->paymentId;
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("statusDetail"))->text().contains(QString::number(paymentId)));
}

QTEST_MAIN(TestVirtualTerminal)
#include "tst_virtualterminal.moc"
