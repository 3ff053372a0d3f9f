// Settings: what the cashier window remembers, and that it stays in its own place.
#include "store/Settings.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void persistsAcrossInstances();
    void recentDescriptionsMostRecentFirstWithoutDuplicates();
    void recentDescriptionsAreCapped();
    void pollIntervalIsClamped_data();
    void pollIntervalIsClamped();
    void defaultStoreIsPointDeskPointDesk();
    void accountApiDefaultsToLegacyForOldAccounts();
    void accountApiRoundTripAndUnknownValuesAreKept();
    void terminalNamesPerApiKeyedById();
};

void TestSettings::defaults()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("s.ini")));
    QCOMPARE(settings.lastTerminal(), QString());
    QCOMPARE(settings.recentDescriptions(), QStringList());
    QCOMPARE(settings.windowGeometry(), QByteArray());
    QCOMPARE(settings.pollIntervalMs(), 1000);
    QCOMPARE(settings.deviceRefreshIntervalMs(), 10000);
}

void TestSettings::persistsAcrossInstances()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.ini"));
    {
        Settings settings(path);
        settings.setLastTerminal(QStringLiteral("Mostrador \u00D1and\u00FA"));
        settings.addRecentDescription(QStringLiteral("Caf\u00E9 con leche"));
        settings.setWindowGeometry(QByteArrayLiteral("\x01\x02geometry"));
        settings.setPollIntervalMs(250);
        settings.setDeviceRefreshIntervalMs(5000);
        settings.sync();
    }
    QVERIFY(QFile::exists(path));
    Settings again(path);
    QCOMPARE(again.lastTerminal(), QStringLiteral("Mostrador \u00D1and\u00FA"));
    QCOMPARE(again.recentDescriptions(), QStringList{QStringLiteral("Caf\u00E9 con leche")});
    QCOMPARE(again.windowGeometry(), QByteArrayLiteral("\x01\x02geometry"));
    QCOMPARE(again.pollIntervalMs(), 250);
    QCOMPARE(again.deviceRefreshIntervalMs(), 5000);
}

void TestSettings::recentDescriptionsMostRecentFirstWithoutDuplicates()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("s.ini")));
    settings.addRecentDescription(QStringLiteral("Cup"));
    settings.addRecentDescription(QStringLiteral("Medialunas"));
    settings.addRecentDescription(QStringLiteral("  cup  "));
    settings.addRecentDescription(QStringLiteral("   "));
    QCOMPARE(settings.recentDescriptions(), (QStringList{QStringLiteral("cup"), QStringLiteral("Medialunas")}));
}

void TestSettings::recentDescriptionsAreCapped()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("s.ini")));
    for (int i = 0; i < 30; ++i)
        settings.addRecentDescription(QStringLiteral("Item %1").arg(i));
    const QStringList recent = settings.recentDescriptions();
    QCOMPARE(recent.size(), Settings::kMaxRecentDescriptions);
    QCOMPARE(recent.first(), QStringLiteral("Item 29"));
    QCOMPARE(recent.last(), QStringLiteral("Item 10"));
}

void TestSettings::pollIntervalIsClamped_data()
{
    QTest::addColumn<int>("set");
    QTest::addColumn<int>("read");
    QTest::newRow("50 ms for tests") << 50 << 50;
    QTest::newRow("too fast") << 1 << 10;
    QTest::newRow("negative") << -5 << 10;
    QTest::newRow("too slow") << 3'600'000 << 60'000;
}

void TestSettings::pollIntervalIsClamped()
{
    QFETCH(int, set);
    QFETCH(int, read);
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("s.ini")));
    settings.setPollIntervalMs(set);
    QCOMPARE(settings.pollIntervalMs(), read);
}

void TestSettings::defaultStoreIsPointDeskPointDesk()
{
    QStandardPaths::setTestModeEnabled(true);
    Settings settings;
    const QString file = settings.fileName();
    QVERIFY2(file.contains(QStringLiteral("PointDesk/PointDesk")), qPrintable(file));
}

void TestSettings::accountApiDefaultsToLegacyForOldAccounts()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.ini"));
    {
        // An account saved before the choice existed: other values, no account/api.
        QSettings raw(path, QSettings::IniFormat);
        raw.setValue(QStringLiteral("account/currency"), QStringLiteral("ARS"));
        raw.sync();
    }
    Settings settings(path);
    QVERIFY(!settings.hasAccountApi());
    QCOMPARE(settings.accountApi(), QStringLiteral("legacy"));
}

void TestSettings::accountApiRoundTripAndUnknownValuesAreKept()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.ini"));
    {
        Settings settings(path);
        settings.setAccountApi(QStringLiteral(" Orders "));
        settings.sync();
    }
    {
        Settings again(path);
        QVERIFY(again.hasAccountApi());
        QCOMPARE(again.accountApi(), QStringLiteral("orders"));
        QCOMPARE(QSettings(path, QSettings::IniFormat).value(QStringLiteral("account/api")).toString(),
                 QStringLiteral("orders"));
        again.setAccountApi(QString());
        QVERIFY(!again.hasAccountApi());
        QCOMPARE(again.accountApi(), QStringLiteral("legacy"));
    }
    {
        // A value edited by hand is returned as it is (normalized): the caller tells the user it is unknown.
        QSettings raw(path, QSettings::IniFormat);
        raw.setValue(QStringLiteral("account/api"), QStringLiteral("  Point-v3 "));
        raw.sync();
    }
    Settings edited(path);
    QCOMPARE(edited.accountApi(), QStringLiteral("point-v3"));
}

void TestSettings::terminalNamesPerApiKeyedById()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.ini"));
    const QString id = QStringLiteral("NEWLAND_N950__SBX0000001");
    const QString odd = QStringLiteral("Caja 1/\u00F1 %20=;"); // '/', '%', '=' and ';' would break a plain INI key
    {
        Settings settings(path);
        QVERIFY(settings.terminalNames(QStringLiteral("orders")).isEmpty());
        settings.setTerminalName(QStringLiteral("orders"), id, QStringLiteral("  Caja r\u00E1pida "));
        settings.setTerminalName(QStringLiteral("orders"), odd, QStringLiteral("Mostrador"));
        settings.setTerminalName(QStringLiteral("legacy"), id, QStringLiteral("Other API"));
        settings.sync();
    }
    Settings settings(path);
    const QHash<QString, QString> names = settings.terminalNames(QStringLiteral("orders"));
    QCOMPARE(names.size(), 2);
    QCOMPARE(names.value(id), QStringLiteral("Caja r\u00E1pida"));
    QCOMPARE(names.value(odd), QStringLiteral("Mostrador"));
    QCOMPARE(settings.terminalNames(QStringLiteral("legacy")).value(id), QStringLiteral("Other API"));
    settings.setTerminalName(QStringLiteral("orders"), id, QStringLiteral("   "));
    QVERIFY(!settings.terminalNames(QStringLiteral("orders")).contains(id)); // empty: removed, the id shows again
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
