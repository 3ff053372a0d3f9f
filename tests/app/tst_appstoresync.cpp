// The cashier window pushing to the store database, end to end: AppController (the code main.cpp runs) in normal mode
// with a PointSimulator standing in for Mercado Pago, the store-pg fixture's PostgreSQL and the real Secret Service
// (run inside .ci/with-keyring; no store password saved: the fixture's role needs none). Nothing of the store is
// built before the window's first frame; a sale made in the window reaches the store and the status bar goes
// "1 waiting" -> "up to date"; PostgreSQL stopped -> "offline" while the counter keeps charging, and back; new
// settings from Preferences restart the push; demo mode never pushes; quitting never waits for long.
#include "app/AppController.h"
#include "app/StoreLink.h"
#include "sim/PointSimulator.h"
#include "store/Settings.h"
#include "store/TokenStore.h"
#include "support/AccountTestSupport.h"
#include "support/RefTestSupport.h"
#include "support/StorePgSupport.h"
#include "ui/LaunchOptions.h"
#include "ui/MainWindow.h"
#include "ui/StoreIndicator.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace AccountTest;

namespace {

QTemporaryDir *g_home = nullptr;

} // namespace

class TestAppStoreSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void saleReachesTheStore();
    void offlineWhileStoppedAndBack();
    void newSettingsRestartThePush();
    void demoModeNeverPushes();
    void quitIsNotHeldUpByTheStore();

private:
    void configure(const QString &host, int port, const QString &database);
    void start(const QStringList &args = {});
    QString indicatorText() const
    {
        const StoreIndicator *indicator = m_controller->window()->storeIndicator();
        return indicator && indicator->isVisible() ? indicator->text() : QString();
    }
    /// Charges `amount` on the first free terminal and has the customer pay it.
    void sell(const QString &amount);
    int storeSales(const QString &database)
    {
        StorePg::Admin admin(database);
        return admin.value(QStringLiteral("SELECT count(*) FROM sales WHERE state = 'approved'")).toInt();
    }

    PointSimulator *m_sim = nullptr;
    Settings *m_settings = nullptr;
    AppController *m_controller = nullptr;
    QString m_service;
    QString m_database;
};

void TestAppStoreSync::initTestCase()
{
    QVERIFY2(StorePg::port() > 0, "no test cluster: run through ctest (fixture StorePgStart)");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestAppStoreSync::cleanupTestCase()
{
    // A test that failed half-way may have left PostgreSQL stopped: the fixture's next users need it.
    StorePg::cluster(QStringLiteral("resume"));
}

void TestAppStoreSync::init()
{
    m_sim = new PointSimulator;
    QVERIFY(m_sim->listen());
    m_service = uniqueService(QStringLiteral("store-sync"));
    m_settings = new Settings;
    QVERIFY(m_settings->fileName().startsWith(g_home->path()));
    m_database = StorePg::createDatabase();
    QVERIFY(!m_database.isEmpty());
    // Each test a journal of its own: a counter id belongs to one journal.
    qputenv("POINTDESK_JOURNAL", g_home->filePath(QStringLiteral("journal-%1.sqlite").arg(m_database)).toUtf8());
}

void TestAppStoreSync::cleanup()
{
    delete m_controller;
    m_controller = nullptr;
    secretClear(m_service, QString::fromLatin1(TokenStore::kStorePasswordKey));
    delete m_settings;
    m_settings = nullptr;
    QSettings(QStringLiteral("PointDesk"), QStringLiteral("PointDesk")).clear();
    delete m_sim;
    StorePg::dropDatabase(m_database);
}

void TestAppStoreSync::configure(const QString &host, int port, const QString &database)
{
    StoreSettings store;
    store.host = host;
    store.port = port;
    store.database = database;
    store.user = QStringLiteral("pointdesk");
    store.counterName = QStringLiteral("Caja 1");
    m_settings->setStore(store);
    m_settings->sync();
}

void TestAppStoreSync::start(const QStringList &args)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("POINTDESK_KEYCHAIN_SERVICE"), m_service);
    env.insert(QStringLiteral("POINTDESK_API_BASE"), m_sim->apiUrl().toString());
    env.insert(QStringLiteral("POINTDESK_TOKEN"), m_sim->accessToken());
    const LaunchOptions options = LaunchOptions::parse(QStringList{QStringLiteral("pointdesk")} + args, env);
    QVERIFY2(options.action == LaunchOptions::Action::Run, qPrintable(options.message));
    m_controller = new AppController(options, m_settings);
    m_controller->storeLink()->setTimings(100, 100, 400, 2);
    connect(m_controller, &AppController::windowCreated, this, [](MainWindow *window) {
        window->setRetryBackoff(50, 400);
        window->setDeviceRefreshInterval(60000);
    });
    m_controller->start();
    // Nothing of the store before the window's first frame: no thread, no keychain read, no indicator.
    QVERIFY(!m_controller->storeLink()->sync());
    QVERIFY(!m_controller->window()->storeIndicator());
}

void TestAppStoreSync::sell(const QString &amount)
{
    MainWindow *window = m_controller->window();
    QApplication::setActiveWindow(window);
    QTRY_COMPARE(window->findChild<QListWidget *>(QStringLiteral("deviceList"))->count(), 3);
    auto *edit = window->findChild<QLineEdit *>(QStringLiteral("amountEdit"));
    edit->clear();
    QTest::keyClicks(edit, amount);
    auto *description = window->findChild<QLineEdit *>(QStringLiteral("descriptionEdit"));
    description->clear();
    QTest::keyClicks(description, QStringLiteral("Medialunas"));
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("chargeButton")), Qt::LeftButton);
    QTRY_VERIFY(!window->currentOrderId().isNull());
    const qint64 order = simId(window->currentOrderId());
    QString device;
    QTRY_VERIFY([&]() {
        for (const SimDevice &d : m_sim->devices()) {
            if (d.paymentAttempt == order)
                device = d.name;
        }
        return !device.isEmpty();
    }());
    QCOMPARE(m_sim->approve(device), order);
    QTRY_VERIFY(!window->hasOpenOrder());
}

void TestAppStoreSync::saleReachesTheStore()
{
    configure(QStringLiteral("127.0.0.1"), StorePg::port(), m_database);
    start();
    QTRY_COMPARE_WITH_TIMEOUT(indicatorText(), QStringLiteral("Store: up to date"), 15000);
    QVERIFY(m_controller->storeLink()->isRunning());

    QList<StoreSyncStatus::State> seen;
    QObject watching; // the connection ends with this test
    connect(m_controller->storeLink(), &StoreLink::statusChanged, &watching,
            [&seen](const StoreSyncStatus &status) {
                if (seen.isEmpty() || seen.last() != status.state)
                    seen << status.state;
            });
    sell(QStringLiteral("12.50"));
    QTRY_COMPARE_WITH_TIMEOUT(storeSales(m_database), 1, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(indicatorText(), QStringLiteral("Store: up to date"), 15000);
    // The bar said how many waited while they went, then up to date.
    QVERIFY2(seen.contains(StoreSyncStatus::State::Waiting), qPrintable(QString::number(seen.size())));
    QCOMPARE(seen.last(), StoreSyncStatus::State::UpToDate);
    StorePg::Admin admin(m_database);
    QCOMPARE(admin.rows(QStringLiteral("SELECT c.name, s.amount_cents, s.state FROM sales s JOIN counters c"
                                       " USING (counter_id)")),
             QStringList{QStringLiteral("Caja 1|1250|approved")});
    QCOMPARE(admin.value(QStringLiteral("SELECT counter_id FROM counters")).toString(),
             m_settings->storeCounterId());
    const QString tip = m_controller->window()->storeIndicator()->toolTip();
    QVERIFY2(tip.contains(QLatin1String("Last sent to the store: ")), qPrintable(tip));
}

void TestAppStoreSync::offlineWhileStoppedAndBack()
{
    configure(QStringLiteral("127.0.0.1"), StorePg::port(), m_database);
    start();
    QTRY_COMPARE_WITH_TIMEOUT(indicatorText(), QStringLiteral("Store: up to date"), 15000);

    QVERIFY(StorePg::cluster(QStringLiteral("halt")));
    QTRY_VERIFY_WITH_TIMEOUT(indicatorText().startsWith(QLatin1String("Store: offline")), 15000);
    QVERIFY2(m_controller->window()->storeIndicator()->toolTip().contains(QLatin1String("cannot be reached")),
             qPrintable(m_controller->window()->storeIndicator()->toolTip()));
    // The counter keeps charging; the sale waits here.
    sell(QStringLiteral("7.00"));
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->storeLink()->status().waiting > 0, 10000);
    QVERIFY(indicatorText().startsWith(QLatin1String("Store: offline")));

    QVERIFY(StorePg::cluster(QStringLiteral("resume")));
    // The retry delay doubles up to 400 ms here: back within a few tries.
    QTRY_COMPARE_WITH_TIMEOUT(indicatorText(), QStringLiteral("Store: up to date"), 30000);
    QCOMPARE(storeSales(m_database), 1);
    QCOMPARE(m_controller->storeLink()->status().waiting, 0);
}

void TestAppStoreSync::newSettingsRestartThePush()
{
    // At first a store where nothing listens: offline.
    configure(QStringLiteral("127.0.0.1"), 1, m_database);
    start();
    QTRY_VERIFY_WITH_TIMEOUT(indicatorText().startsWith(QLatin1String("Store: offline")), 15000);
    sell(QStringLiteral("3.20"));
    // Preferences saves the right port: the window says so, and the push starts again with it.
    configure(QStringLiteral("127.0.0.1"), StorePg::port(), m_database);
    Q_EMIT m_controller->window()->storeSettingsChanged();
    QTRY_COMPARE_WITH_TIMEOUT(storeSales(m_database), 1, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(indicatorText(), QStringLiteral("Store: up to date"), 15000);
    // Stop using a store database: the indicator goes, the thread ends.
    m_settings->setStore(StoreSettings());
    Q_EMIT m_controller->window()->storeSettingsChanged();
    QTRY_VERIFY(indicatorText().isEmpty());
    QVERIFY(!m_controller->storeLink()->isRunning());
}

void TestAppStoreSync::demoModeNeverPushes()
{
    configure(QStringLiteral("127.0.0.1"), StorePg::port(), m_database);
    start({QStringLiteral("--demo")});
    QCOMPARE(m_controller->mode(), AppController::Mode::Demo);
    QTRY_COMPARE(m_controller->window()->findChild<QListWidget *>(QStringLiteral("deviceList"))->count(), 3);
    QTest::qWait(500); // well after the first frame
    QVERIFY(!m_controller->storeLink()->isRunning());
    QVERIFY(indicatorText().isEmpty());
    StorePg::Admin admin(m_database);
    QCOMPARE(admin.value(QStringLiteral("SELECT to_regclass('counters') IS NULL")).toBool(), true);
}

void TestAppStoreSync::quitIsNotHeldUpByTheStore()
{
    configure(QStringLiteral("127.0.0.1"), StorePg::port(), m_database);
    start();
    QTRY_COMPARE_WITH_TIMEOUT(indicatorText(), QStringLiteral("Store: up to date"), 15000);
    QVERIFY(m_controller->storeLink()->isRunning());
    QElapsedTimer clock;
    clock.start();
    delete m_controller;
    m_controller = nullptr;
    // At most one connection timeout (2 s here); connected and idle, at once.
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
}

int main(int argc, char *argv[])
{
    // Before anything reads them: every file this run may write lands in a throwaway home. XDG_RUNTIME_DIR and the
    // D-Bus address stay: they lead to the private keyring.
    QTemporaryDir home;
    g_home = &home;
    const QByteArray root = home.path().toUtf8();
    qputenv("HOME", root);
    qputenv("XDG_CONFIG_HOME", root + "/config");
    qputenv("XDG_DATA_HOME", root + "/data");
    qputenv("XDG_CACHE_HOME", root + "/cache");
    qputenv("XDG_STATE_HOME", root + "/state");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PointDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("PointDesk"));
    TestAppStoreSync test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_appstoresync.moc"
