// What the store's connection is made of, without a server: TLS unless the host is this computer, the settings (the
// counter's id made once and kept, never a password), and the pusher's retry delay.
#include "store/RetryDelay.h"
#include "store/Settings.h"
#include "store/StoreDatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestStoreConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tlsUnlessLoopback_data();
    void tlsUnlessLoopback();
    void completeConnection();
    void settingsRoundTrip();
    void retryDelayDoublesUpToTheLongest();
    void unreachableWithoutConfiguration();
};

void TestStoreConfig::tlsUnlessLoopback_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("sslmode");
    QTest::newRow("localhost") << QStringLiteral("localhost") << QStringLiteral("prefer");
    QTest::newRow("LOCALHOST") << QStringLiteral(" LocalHost ") << QStringLiteral("prefer");
    QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << QStringLiteral("prefer");
    QTest::newRow("127.3.2.1") << QStringLiteral("127.3.2.1") << QStringLiteral("prefer");
    QTest::newRow("::1") << QStringLiteral("::1") << QStringLiteral("prefer");
    QTest::newRow("socket dir") << QStringLiteral("/var/run/postgresql") << QStringLiteral("prefer");
    QTest::newRow("lan") << QStringLiteral("192.168.1.10") << QStringLiteral("require");
    QTest::newRow("name") << QStringLiteral("db.example.com") << QStringLiteral("require");
    QTest::newRow("localhost lookalike") << QStringLiteral("localhost.example.com") << QStringLiteral("require");
    QTest::newRow("ipv6") << QStringLiteral("2001:db8::5") << QStringLiteral("require");
}

void TestStoreConfig::tlsUnlessLoopback()
{
    QFETCH(QString, host);
    QFETCH(QString, sslmode);
    StoreConnection c;
    c.host = host;
    QCOMPARE(c.sslMode(), sslmode);
}

void TestStoreConfig::completeConnection()
{
    StoreConnection c;
    QVERIFY(!c.isComplete());
    c.host = QStringLiteral("db");
    c.database = QStringLiteral("pointdesk");
    QVERIFY(!c.isComplete());
    c.user = QStringLiteral("pointdesk");
    QVERIFY(c.isComplete()); // a role may need no password
    c.port = 0;
    QVERIFY(!c.isComplete());
}

void TestStoreConfig::settingsRoundTrip()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("settings.ini"));
    QString id;
    {
        Settings settings(ini);
        QVERIFY(!settings.store().isConfigured());
        QCOMPARE(settings.store().port, 5432);
        StoreSettings store;
        store.host = QStringLiteral(" 192.168.1.10 ");
        store.port = 5433;
        store.database = QStringLiteral("tienda");
        store.user = QStringLiteral("caja");
        store.counterName = QStringLiteral("Caja 2");
        settings.setStore(store);
        id = settings.storeCounterId();
        QCOMPARE(id.size(), 36);
        QCOMPARE(settings.storeCounterId(), id);
        settings.sync();
    }
    {
        Settings settings(ini);
        const StoreSettings store = settings.store();
        QVERIFY(store.isConfigured());
        QCOMPARE(store.host, QStringLiteral("192.168.1.10"));
        QCOMPARE(store.port, 5433);
        QCOMPARE(store.database, QStringLiteral("tienda"));
        QCOMPARE(store.user, QStringLiteral("caja"));
        QCOMPARE(store.counterName, QStringLiteral("Caja 2"));
        QCOMPARE(settings.storeCounterId(), id); // made once, kept
        // No store: the connection goes, the counter keeps its name and id.
        StoreSettings none;
        none.counterName = QStringLiteral("Caja 2");
        settings.setStore(none);
        QVERIFY(!settings.store().isConfigured());
        QCOMPARE(settings.store().counterName, QStringLiteral("Caja 2"));
        QCOMPARE(settings.storeCounterId(), id);
        settings.sync();
    }
    QFile file(ini);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().toLower().contains("password"));
}

void TestStoreConfig::retryDelayDoublesUpToTheLongest()
{
    RetryDelay delay(100, 1000);
    QCOMPARE(delay.next(), 100);
    QCOMPARE(delay.next(), 200);
    QCOMPARE(delay.next(), 400);
    QCOMPARE(delay.next(), 800);
    QCOMPARE(delay.next(), 1000);
    for (int i = 0; i < 100; ++i)
        QCOMPARE(delay.next(), 1000); // no overflow after many failures
    delay.reset();
    QCOMPARE(delay.next(), 100);
}

void TestStoreConfig::unreachableWithoutConfiguration()
{
    StoreDatabase db;
    QCOMPARE(db.open(StoreConnection()).kind(), StoreResult::Kind::NotConfigured);
    QVERIFY(!db.isOpen());
    QVERIFY(!StoreResult(StoreResult::Kind::Unreachable, {}).message().isEmpty());
    QCOMPARE(StoreResult::kindKey(StoreResult::Kind::JournalMismatch), QStringLiteral("journal_mismatch"));
}

QTEST_GUILESS_MAIN(TestStoreConfig)
#include "tst_storeconfig.moc"
