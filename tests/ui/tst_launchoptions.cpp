// `pointdesk` command line: demo by choice, API base, the keychain service, help and version. Whether an account
// is set up (demo mode by default) is decided later, by AppController, once the keychain has answered.
#include "ui/LaunchOptions.h"

#include <QProcess>
#include <QTest>

class TestLaunchOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void helpListsTheOptions();
    void versionNamesTheVersion();
    void binaryAnswersVersionAndHelp();
    void keychainServiceAndBaseOverride();
    void helpDoesNotSayForNow();
    void apiOption();
};

void TestLaunchOptions::parse_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("envBase");
    QTest::addColumn<int>("action");
    QTest::addColumn<bool>("demo");
    QTest::addColumn<QString>("apiBase");

    const int run = int(LaunchOptions::Action::Run);
    const int error = int(LaunchOptions::Action::Error);
    const QString real = QStringLiteral("https://api.mercadopago.com");
    // Without --demo and without POINTDESK_TOKEN: not demo yet; the keychain decides at start-up.
    QTest::newRow("no token: the keychain decides")
        << QStringList() << QString() << QString() << run << false << real;
    QTest::newRow("--demo without token")
        << QStringList{QStringLiteral("--demo")} << QString() << QString() << run << true << real;
    QTest::newRow("--demo with token") << QStringList{QStringLiteral("--demo")} << QStringLiteral("APP_USR-1")
                                       << QString() << run << true << real;
    QTest::newRow("token: real API") << QStringList() << QStringLiteral("APP_USR-1") << QString() << run << false
                                     << real;
    QTest::newRow("--api-base") << QStringList{QStringLiteral("--api-base"), QStringLiteral("http://127.0.0.1:8080")}
                                << QStringLiteral("APP_USR-1") << QString() << run << false << QStringLiteral("http://127.0.0.1:8080");
    QTest::newRow("env base") << QStringList() << QStringLiteral("APP_USR-1")
                              << QStringLiteral("https://sandbox.example") << run << false << QStringLiteral("https://sandbox.example");
    QTest::newRow("--api-base wins over env")
        << QStringList{QStringLiteral("--api-base=https://a.example")} << QStringLiteral("APP_USR-1")
        << QStringLiteral("https://b.example") << run << false << QStringLiteral("https://a.example");
    QTest::newRow("plain http elsewhere refused")
        << QStringList{QStringLiteral("--api-base"), QStringLiteral("http://api.example")}
        << QStringLiteral("APP_USR-1") << QString() << error << false << QStringLiteral("http://api.example");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << QString() << QString() << error
                                    << false << QString();
    QTest::newRow("stray argument") << QStringList{QStringLiteral("Caja 1")} << QString() << QString() << error << false
                                    << QString();
}

void TestLaunchOptions::parse()
{
    QFETCH(QStringList, args);
    QFETCH(QString, token);
    QFETCH(QString, envBase);
    QFETCH(int, action);
    QFETCH(bool, demo);
    QFETCH(QString, apiBase);

    QProcessEnvironment env;
    if (!token.isEmpty())
        env.insert(QStringLiteral("POINTDESK_TOKEN"), token);
    if (!envBase.isEmpty())
        env.insert(QStringLiteral("POINTDESK_API_BASE"), envBase);
    const LaunchOptions options = LaunchOptions::parse(QStringList{QStringLiteral("pointdesk")} + args, env);
    QCOMPARE(int(options.action), action);
    if (action == int(LaunchOptions::Action::Error)) {
        QVERIFY(!options.message.isEmpty());
        return;
    }
    QCOMPARE(options.demo, demo);
    QCOMPARE(options.apiBase.toString(), apiBase);
    QCOMPARE(options.token, token);
}

void TestLaunchOptions::helpListsTheOptions()
{
    const LaunchOptions options =
        LaunchOptions::parse({QStringLiteral("pointdesk"), QStringLiteral("--help")}, QProcessEnvironment());
    QCOMPARE(options.action, LaunchOptions::Action::ShowHelp);
    for (const char *option : {"--demo", "--api-base", "--version", "--help", "POINTDESK_TOKEN"})
        QVERIFY2(options.message.contains(QLatin1String(option)), option);
}

void TestLaunchOptions::versionNamesTheVersion()
{
    const LaunchOptions options =
        LaunchOptions::parse({QStringLiteral("pointdesk"), QStringLiteral("--version")}, QProcessEnvironment());
    QCOMPARE(options.action, LaunchOptions::Action::ShowVersion);
    QCOMPARE(options.message, QStringLiteral("PointDesk " POINTDESK_VERSION));
}

void TestLaunchOptions::binaryAnswersVersionAndHelp()
{
    QProcess process;
    process.start(QStringLiteral(POINTDESK_BIN), {QStringLiteral("--version")});
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()).trimmed(),
             QStringLiteral("PointDesk " POINTDESK_VERSION));

    process.start(QStringLiteral(POINTDESK_BIN), {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(QString::fromUtf8(process.readAllStandardOutput()).contains(QStringLiteral("--demo")));

    process.start(QStringLiteral(POINTDESK_BIN), {QStringLiteral("--no-such-option")});
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(!process.readAllStandardError().isEmpty());
}

void TestLaunchOptions::keychainServiceAndBaseOverride()
{
    const QStringList bare{QStringLiteral("pointdesk")};
    LaunchOptions options = LaunchOptions::parse(bare, QProcessEnvironment());
    QCOMPARE(options.keychainService, QStringLiteral("PointDesk")); // the same service as pointdesk-cli
    QVERIFY(!options.apiBaseOverridden);
    QVERIFY(options.token.isEmpty());

    QProcessEnvironment env;
    env.insert(QStringLiteral("POINTDESK_KEYCHAIN_SERVICE"), QStringLiteral("PointDesk-test-42"));
    env.insert(QStringLiteral("POINTDESK_API_BASE"), QStringLiteral("http://127.0.0.1:9"));
    options = LaunchOptions::parse(bare, env);
    QCOMPARE(options.keychainService, QStringLiteral("PointDesk-test-42"));
    QVERIFY(options.apiBaseOverridden);
    QCOMPARE(options.apiBase, QUrl(QStringLiteral("http://127.0.0.1:9")));

    options = LaunchOptions::parse(bare + QStringList{QStringLiteral("--api-base=https://sandbox.example")},
                                   QProcessEnvironment());
    QVERIFY(options.apiBaseOverridden);
}

void TestLaunchOptions::helpDoesNotSayForNow()
{
    const LaunchOptions options =
        LaunchOptions::parse({QStringLiteral("pointdesk"), QStringLiteral("--help")}, QProcessEnvironment());
    QVERIFY2(options.message.contains(QLatin1String("keychain")), qPrintable(options.message));
    QVERIFY(!options.message.contains(QLatin1String("for now"), Qt::CaseInsensitive));
}

void TestLaunchOptions::apiOption()
{
    const QProcessEnvironment none;
    const QString program = QStringLiteral("pointdesk");
    QCOMPARE(LaunchOptions::parse({program, QStringLiteral("--demo")}, none).api, QString());
    const LaunchOptions orders =
        LaunchOptions::parse({program, QStringLiteral("--demo"), QStringLiteral("--api"), QStringLiteral("Orders")}, none);
    QCOMPARE(orders.action, LaunchOptions::Action::Run);
    QVERIFY(orders.demo);
    QCOMPARE(orders.api, QStringLiteral("orders"));
    QCOMPARE(LaunchOptions::parse({program, QStringLiteral("--api"), QStringLiteral("legacy")}, none).api,
             QStringLiteral("legacy"));
    const LaunchOptions unknown =
        LaunchOptions::parse({program, QStringLiteral("--demo"), QStringLiteral("--api"), QStringLiteral("qr")}, none);
    QCOMPARE(unknown.action, LaunchOptions::Action::Error);
    QVERIFY2(unknown.message.contains(QLatin1String("\"qr\"")), qPrintable(unknown.message));
    QVERIFY(LaunchOptions::parse({program, QStringLiteral("--help")}, none).message.contains(QLatin1String("--api")));
}

QTEST_GUILESS_MAIN(TestLaunchOptions)
#include "tst_launchoptions.moc"
