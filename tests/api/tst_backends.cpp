// Backends: the known API keys, their names and explanations, parsing a key a user typed, and the one place that
// makes a PointBackend for a key.
#include "api/Backends.h"
#include "api/PointBackend.h"

#include <QTest>
#include <memory>

class TestBackends : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysAndDefault();
    void namesAndExplanations();
    void parse_data();
    void parse();
    void createLegacy();
    void createOrdersIsTheBackendOrNothing();
    void createUnknownIsNothing_data();
    void createUnknownIsNothing();
};

void TestBackends::keysAndDefault()
{
    QCOMPARE(Backends::keys(), (QStringList{QStringLiteral("legacy"), QStringLiteral("orders")}));
    QCOMPARE(Backends::defaultKey(), QStringLiteral("legacy"));
    QVERIFY(Backends::isKnown(QStringLiteral("orders")));
    QVERIFY(!Backends::isKnown(QStringLiteral("Orders"))); // keys are exact; parse() takes what users type
}

void TestBackends::namesAndExplanations()
{
    for (const QString &key : Backends::keys()) {
        QVERIFY(!Backends::displayName(key).isEmpty());
        QVERIFY(Backends::displayName(key) != key);
        QVERIFY(!Backends::explanation(key).isEmpty());
    }
    QVERIFY(Backends::explanation(QStringLiteral("legacy")).contains(QLatin1String("Android")));
    QVERIFY(Backends::explanation(QStringLiteral("orders")).contains(QLatin1String("Point Smart")));
    QVERIFY(Backends::displayName(QStringLiteral("legacy")) != Backends::displayName(QStringLiteral("orders")));
}

void TestBackends::parse_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("key");
    QTest::newRow("legacy") << "legacy"
                            << "legacy";
    QTest::newRow("orders") << "orders"
                            << "orders";
    QTest::newRow("upper case") << "ORDERS"
                                << "orders";
    QTest::newRow("mixed case, spaces") << "  Legacy "
                                        << "legacy";
    QTest::newRow("unknown") << "point"
                             << "";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("almost") << "order"
                            << "";
}

void TestBackends::parse()
{
    QFETCH(QString, typed);
    QFETCH(QString, key);
    const Backends::Parsed parsed = Backends::parse(typed);
    QCOMPARE(parsed.key, key);
    QCOMPARE(parsed.ok(), !key.isEmpty());
    if (!parsed.ok()) {
        // Says what was given and what may be given instead.
        QVERIFY2(parsed.error.contains(typed.trimmed()), qPrintable(parsed.error));
        QVERIFY(parsed.error.contains(QLatin1String("legacy")));
        QVERIFY(parsed.error.contains(QLatin1String("orders")));
    }
}

void TestBackends::createLegacy()
{
    QObject parent;
    PointBackend *backend = Backends::create(QStringLiteral("legacy"), &parent);
    QVERIFY(backend);
    QCOMPARE(backend->key(), QStringLiteral("legacy"));
    QCOMPARE(backend->parent(), &parent);
    QVERIFY(backend->capabilities().enableIntegration);
}

void TestBackends::createOrdersIsTheBackendOrNothing()
{
    std::unique_ptr<PointBackend> backend(Backends::create(QStringLiteral("orders")));
    QVERIFY(backend);
    QCOMPARE(backend->key(), QStringLiteral("orders"));
}

void TestBackends::createUnknownIsNothing_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("unknown") << "point-v3";
    QTest::newRow("not normalized") << "Legacy";
    QTest::newRow("empty") << "";
}

void TestBackends::createUnknownIsNothing()
{
    QFETCH(QString, key);
    QCOMPARE(Backends::create(key), nullptr);
    QVERIFY(!Backends::isKnown(key));
    QVERIFY(Backends::unknownKeyText(key).contains(key));
}

QTEST_GUILESS_MAIN(TestBackends)
#include "tst_backends.moc"
