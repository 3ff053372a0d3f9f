// `pointdesk --smoke-test`: the SmokeTest class against a real cashier window, virtual terminal and simulator, and the
// real binary run the way CI runs the installed one.
#include "ui/LaunchOptions.h"
#include "ui/MainWindow.h"
#include "store/OrderJournal.h"
#include "ui/OrderStatusPanel.h"
#include "api/LegacyPointBackend.h"
#include "sim/PointSimulator.h"
#include "store/Settings.h"
#include "app/SmokeTest.h"
#include "app/VirtualTerminal.h"
#include "support/RefTestSupport.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

class TestSmokeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void optionAlwaysMeansDemo_data();
    void optionAlwaysMeansDemo();
    void chargesAndPaysThroughTheWindow();
    void failsWhenTheOrderIsNotSent();
    void timesOutWithoutTerminals();
    void binaryPassesWithoutADisplay();
    void binaryReportsFailureWithExitCode1();

private:
    /// Builds the demo as main() does; returns the smoke test (not started).
    SmokeTest *build();
    QProcessEnvironment isolatedEnvironment() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PointSimulator> m_sim;
    std::unique_ptr<LegacyPointBackend> m_client;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<OrderJournal> m_journal;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<VirtualTerminal> m_terminal;
    std::unique_ptr<SmokeTest> m_smoke;
};

void TestSmokeTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_sim = std::make_unique<PointSimulator>();
    QVERIFY(m_sim->listen());
    m_client = std::make_unique<LegacyPointBackend>();
    QVERIFY(m_client->setBaseUrl(m_sim->apiUrl()));
    m_client->setAccessToken(m_sim->accessToken());
    m_client->setTimeout(3000);
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("pointdesk.ini")));
    m_settings->setPollIntervalMs(50);
    m_journal = std::make_unique<OrderJournal>();
    QVERIFY(m_journal->open(m_dir->filePath(QStringLiteral("journal.sqlite"))).ok());
}

void TestSmokeTest::cleanup()
{
    m_smoke.reset();
    m_terminal.reset();
    m_window.reset();
    m_client.reset();
    m_sim.reset();
    m_settings.reset();
    m_journal.reset();
    m_dir.reset();
}

SmokeTest *TestSmokeTest::build()
{
    m_window = std::make_unique<MainWindow>(m_client.get(), m_journal.get(), m_settings.get());
    m_window->setDemoMode(true);
    m_window->show();
    m_terminal = std::make_unique<VirtualTerminal>(m_sim.get());
    m_terminal->show();
    m_smoke = std::make_unique<SmokeTest>(m_window.get(), m_terminal.get(), m_sim.get());
    return m_smoke.get();
}

QProcessEnvironment TestSmokeTest::isolatedEnvironment() const
{
    // The binary must not touch the account running the tests: its own home, config and data directories.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), m_dir->path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir->filePath(QStringLiteral("cache")));
    return env;
}

void TestSmokeTest::optionAlwaysMeansDemo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("token");

    QTest::newRow("no token") << QStringList{QStringLiteral("--smoke-test")} << QString();
    QTest::newRow("with --demo") << QStringList{QStringLiteral("--demo"), QStringLiteral("--smoke-test")} << QString();
    // A real account's token in the environment must not turn a smoke test into a real charge.
    QTest::newRow("token set") << QStringList{QStringLiteral("--smoke-test")} << QStringLiteral("APP_USR-1");
    QTest::newRow("token and real API base")
        << QStringList{QStringLiteral("--smoke-test"), QStringLiteral("--api-base=https://api.mercadopago.com")}
        << QStringLiteral("APP_USR-1");
}

void TestSmokeTest::optionAlwaysMeansDemo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, token);
    QProcessEnvironment env;
    if (!token.isEmpty())
        env.insert(QStringLiteral("POINTDESK_TOKEN"), token);
    const LaunchOptions options = LaunchOptions::parse(QStringList{QStringLiteral("pointdesk")} + args, env);
    QCOMPARE(int(options.action), int(LaunchOptions::Action::Run));
    QVERIFY(options.smokeTest);
    QVERIFY(options.demo);

    // A simulator on this computer is the one exception: the smoke test charges it instead of the demo.
    const LaunchOptions local = LaunchOptions::parse(
        {QStringLiteral("pointdesk"), QStringLiteral("--smoke-test"), QStringLiteral("--api-base"),
         QStringLiteral("http://127.0.0.1:8080")},
        env);
    QVERIFY(local.smokeTest);
    QVERIFY(!local.demo);

    const LaunchOptions plain =
        LaunchOptions::parse(QStringList{QStringLiteral("pointdesk"), QStringLiteral("--demo")}, env);
    QVERIFY(!plain.smokeTest);
}

void TestSmokeTest::chargesAndPaysThroughTheWindow()
{
    SmokeTest *smoke = build();
    QSignalSpy finished(smoke, &SmokeTest::finished);
    smoke->start();
    QVERIFY(smoke->isRunning());
    QVERIFY(finished.isEmpty()); // never from inside start()
    QVERIFY(finished.wait(SmokeTest::kDefaultTimeoutMs));
    QCOMPARE(finished.count(), 1);
    const QString message = finished.at(0).at(1).toString();
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(message));
    QVERIFY(!smoke->isRunning());

    // One order, typed into the form, sent to the first terminal and paid there.
    const QList<SimOrder> orders = m_sim->orders();
    QCOMPARE(orders.size(), 1);
    const SimOrder &order = orders.constFirst();
    QCOMPARE(order.deviceName, PointSimulator::defaultDeviceNames().constFirst());
    QCOMPARE(order.amount.cents(), SmokeTest::kAmountCents);
    QCOMPARE(order.description, SmokeTest::saleDescription());
    QCOMPARE(order.status, SimOrder::Status::Closed);
    QCOMPARE(order.paymentStatus, QStringLiteral("approved"));
    QCOMPARE(m_window->currentOrderId(), orderRef(order.id));
    auto *panel = m_window->findChild<OrderStatusPanel *>(QStringLiteral("orderStatusPanel"));
    QCOMPARE(panel->mode(), OrderStatusPanel::Mode::Approved);
    QVERIFY2(message.startsWith(
                 QStringLiteral("smoke test passed: order %1 paid, payment %2 ").arg(order.id).arg(order.paymentId)),
             qPrintable(message));

    // The cashier's settings are the test's own file: the smoke test went through the window like a cashier.
    QCOMPARE(m_settings->lastTerminal(), order.deviceName);
}

void TestSmokeTest::failsWhenTheOrderIsNotSent()
{
    SimFault fault;
    fault.kind = SimFault::Kind::ServerError;
    fault.method = QStringLiteral("POST");
    fault.httpStatus = 503;
    fault.count = 5;
    m_sim->injectFault(fault);

    SmokeTest *smoke = build();
    QSignalSpy finished(smoke, &SmokeTest::finished);
    smoke->start();
    QVERIFY(finished.wait(SmokeTest::kDefaultTimeoutMs));
    QCOMPARE(finished.count(), 1);
    const QString message = finished.at(0).at(1).toString();
    QVERIFY2(!finished.at(0).at(0).toBool(), qPrintable(message));
    QVERIFY2(message.startsWith(QStringLiteral("smoke test failed: the order did not reach the terminal: ")),
             qPrintable(message));
    QVERIFY(m_sim->orders().isEmpty());
}

void TestSmokeTest::timesOutWithoutTerminals()
{
    const QStringList names = PointSimulator::defaultDeviceNames();
    for (const QString &name : names)
        QVERIFY(m_sim->removeDevice(name));

    SmokeTest *smoke = build();
    smoke->setTimeout(500);
    QSignalSpy finished(smoke, &SmokeTest::finished);
    smoke->start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.count(), 1);
    QVERIFY(!finished.at(0).at(0).toBool());
    QCOMPARE(finished.at(0).at(1).toString(),
             QStringLiteral("smoke test failed: timed out after 0.5 s while waiting for the terminals"));
    // Nothing fires after the end.
    QTest::qWait(200);
    QCOMPARE(finished.count(), 1);
}

void TestSmokeTest::binaryPassesWithoutADisplay()
{
    QProcess process;
    QProcessEnvironment env = isolatedEnvironment();
    // Even with an account configured, the smoke test stays in demo mode: nothing reaches this address.
    env.insert(QStringLiteral("POINTDESK_TOKEN"), QStringLiteral("APP_USR-not-a-real-token"));
    env.insert(QStringLiteral("POINTDESK_API_BASE"), QStringLiteral("https://api.invalid"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(POINTDESK_BIN), {QStringLiteral("--smoke-test")});
    QVERIFY(process.waitForFinished(60000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, qPrintable(out + err));
    QVERIFY2(out.startsWith(QStringLiteral("smoke test passed: order ")), qPrintable(out));
    QCOMPARE(out.count(QLatin1Char('\n')), 1);
    QVERIFY2(!err.contains(QStringLiteral("smoke test failed")), qPrintable(err));
}

void TestSmokeTest::binaryReportsFailureWithExitCode1()
{
    // No platform plugin at all cannot be tested portably, but an impossible deadline can: the smoke test must
    // say why on standard error and exit 1, not hang and not claim success.
    QProcess process;
    QProcessEnvironment env = isolatedEnvironment();
    env.insert(QStringLiteral("POINTDESK_SMOKE_TEST_TIMEOUT_MS"), QStringLiteral("1"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(POINTDESK_BIN), {QStringLiteral("--demo"), QStringLiteral("--smoke-test")});
    QVERIFY(process.waitForFinished(60000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 1, qPrintable(out + err));
    QVERIFY2(err.contains(QStringLiteral("smoke test failed: timed out after")), qPrintable(err));
    QVERIFY2(out.isEmpty(), qPrintable(out));
}

QTEST_MAIN(TestSmokeTest)
#include "tst_smoketest.moc"
