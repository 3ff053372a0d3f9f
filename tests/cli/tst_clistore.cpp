// `pointdesk-cli store status` and `store push`, the real binary against the store-pg fixture's PostgreSQL: not set
// up, set up (what waits, pushing it, what the store then holds), a store that cannot be reached (exit 14, the
// sales still waiting, the error kept for status), and `store new-id` for a journal started anew.
#include "store/OrderJournal.h"
#include "store/Settings.h"
#include "support/StorePgSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int kStoreError = 14; // app/cli/ExitCodes.h, spelled out: scripts rely on the number

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json;
};

} // namespace

class TestCliStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void notConfigured();
    void setupAndPassword();
    void statusAndPush();
    void unreachableStore();
    void newIdAfterTheJournalStartedAnew();

private:
    Run cli(const QStringList &args, const QByteArray &input = {});
    void configure(int port);
    void sell(int count);

    QTemporaryDir m_home;
    QString m_journal;
    QString m_database;
};

void TestCliStore::initTestCase()
{
    QVERIFY(StorePg::port() > 0);
    m_database = StorePg::createDatabase();
    QVERIFY(!m_database.isEmpty());
    m_journal = m_home.filePath(QStringLiteral("journal.sqlite"));
    // The settings this test writes are the ones the CLI reads: a settings folder of the test's own.
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
}

void TestCliStore::cleanupTestCase()
{
    StorePg::dropDatabase(m_database);
}

Run TestCliStore::cli(const QStringList &args, const QByteArray &input)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("POINTDESK_JOURNAL"), m_journal);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    // No keychain at all: the store's role needs no password, and the user's keychain is never touched.
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/pointdesk-store"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(POINTDESK_CLI_BIN), args);
    process.write(input);
    process.closeWriteChannel();
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    run.json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    return run;
}

void TestCliStore::configure(int port)
{
    Settings settings;
    StoreSettings store;
    store.host = QStringLiteral("127.0.0.1");
    store.port = port;
    store.database = m_database;
    store.user = QStringLiteral("pointdesk");
    store.counterName = QStringLiteral("Caja 3");
    settings.setStore(store);
    settings.sync();
}

void TestCliStore::sell(int count)
{
    OrderJournal journal;
    QVERIFY(journal.open(m_journal).ok());
    for (int i = 0; i < count; ++i) {
        OrderRequest request;
        request.amount = Money::fromCents(250 + i);
        request.description = QStringLiteral("Medialuna");
        request.deviceName = QStringLiteral("Caja 3");
        const qint64 id = journal.recordNew(request, QStringLiteral("orders"));
        QVERIFY(id > 0);
        OrderInfo info;
        info.state = OrderState::Approved;
        QVERIFY(journal.recordState(id, info).ok());
    }
}

void TestCliStore::notConfigured()
{
    Run run = cli({QStringLiteral("store"), QStringLiteral("status"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json.value(QStringLiteral("configured")).toBool(true), false);
    QCOMPARE(run.json.value(QStringLiteral("waiting")).toInteger(-1), 0);
    QVERIFY(!QFile::exists(m_journal)); // status makes no journal
    run = cli({QStringLiteral("store"), QStringLiteral("push")});
    QCOMPARE(run.exitCode, kStoreError);
    QVERIFY2(run.err.contains(QLatin1String("No store database is set up")), qPrintable(run.err));
    run = cli({QStringLiteral("store"), QStringLiteral("sync")});
    QCOMPARE(run.exitCode, 2);
}

void TestCliStore::setupAndPassword()
{
    const QString port = QString::number(StorePg::port());
    Run run = cli({QStringLiteral("store"), QStringLiteral("setup"), QStringLiteral("--host"),
                   QStringLiteral("127.0.0.1"), QStringLiteral("--port"), port, QStringLiteral("--database"), m_database,
                   QStringLiteral("--user"), QStringLiteral("pointdesk"), QStringLiteral("--counter-name"),
                   QStringLiteral("Caja 9"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0); // no manager PIN set here
    QCOMPARE(run.json.value(QStringLiteral("ok")).toBool(), true);
    const QString counterId =
        run.json.value(QStringLiteral("counter")).toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(counterId.size(), 36);
    {
        Settings settings;
        const StoreSettings store = settings.store();
        QCOMPARE(store.host, QStringLiteral("127.0.0.1"));
        QCOMPARE(store.port, StorePg::port());
        QCOMPARE(store.database, m_database);
        QCOMPARE(store.user, QStringLiteral("pointdesk"));
        QCOMPARE(store.counterName, QStringLiteral("Caja 9"));
        QCOMPARE(settings.storeCounterId(), counterId); // made once, kept
    }
    QCOMPARE(cli({QStringLiteral("store"), QStringLiteral("setup"), QStringLiteral("--host"), QStringLiteral("h")})
                 .exitCode,
             2);
    QCOMPARE(cli({QStringLiteral("store"), QStringLiteral("push"), QStringLiteral("--host"), QStringLiteral("h")})
                 .exitCode,
             2);
    QCOMPARE(cli({QStringLiteral("store"), QStringLiteral("setup"), QStringLiteral("--host"), QStringLiteral("h"),
                  QStringLiteral("--database"), QStringLiteral("d"), QStringLiteral("--user"), QStringLiteral("u"),
                  QStringLiteral("--port"), QStringLiteral("70000")})
                 .exitCode,
             3);
    // The password goes to the keychain only; without one, it is refused (exit 8) and never shown.
    run = cli({QStringLiteral("store"), QStringLiteral("password")}, QByteArrayLiteral("s3cret-store-pw\n"));
    QCOMPARE(run.exitCode, 8);
    QVERIFY(!run.out.contains(QLatin1String("s3cret-store-pw")));
    QVERIFY(!run.err.contains(QLatin1String("s3cret-store-pw")));
}

void TestCliStore::statusAndPush()
{
    configure(StorePg::port());
    sell(5); // 5 x (sale, event, sale, event)
    Run run = cli({QStringLiteral("store"), QStringLiteral("status"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json.value(QStringLiteral("configured")).toBool(), true);
    QCOMPARE(run.json.value(QStringLiteral("waiting")).toInteger(), 20);
    QVERIFY(run.json.value(QStringLiteral("last_push")).isNull());
    const QJsonObject counter = run.json.value(QStringLiteral("counter")).toObject();
    QCOMPARE(counter.value(QStringLiteral("name")).toString(), QStringLiteral("Caja 3"));
    const QString counterId = counter.value(QStringLiteral("id")).toString();
    QCOMPARE(counterId.size(), 36);
    QCOMPARE(run.json.value(QStringLiteral("store")).toObject().value(QStringLiteral("sslmode")).toString(),
             QStringLiteral("prefer")); // loopback

    run = cli({QStringLiteral("store"), QStringLiteral("push"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json.value(QStringLiteral("pushed")).toInteger(), 20);
    QCOMPARE(run.json.value(QStringLiteral("waiting")).toInteger(), 0);
    StorePg::Admin admin(m_database);
    QCOMPARE(admin.rows(QStringLiteral("SELECT counter_id, name, count(*), sum(amount_cents) FROM sales"
                                       " JOIN counters USING (counter_id) GROUP BY 1, 2")),
             QStringList{QStringLiteral("%1|Caja 3|5|1260").arg(counterId)});

    run = cli({QStringLiteral("store"), QStringLiteral("push")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QLatin1String("Changes sent: 0. The store database is up to date.")), qPrintable(run.out));
    run = cli({QStringLiteral("store"), QStringLiteral("status")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("Counter: Caja 3 (id %1).").arg(counterId)), qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("Changes waiting: 0.")), qPrintable(run.out));
    QVERIFY2(!run.out.contains(QLatin1String("Last push: never")), qPrintable(run.out));
    QVERIFY2(!run.out.contains(QLatin1String("Last error")), qPrintable(run.out));
}

void TestCliStore::unreachableStore()
{
    configure(1); // nothing listens there
    sell(1);
    Run run = cli({QStringLiteral("store"), QStringLiteral("push"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, kStoreError);
    QCOMPARE(run.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("store_unreachable"));
    QCOMPARE(run.json.value(QStringLiteral("waiting")).toInteger(), 4);
    run = cli({QStringLiteral("store"), QStringLiteral("status"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json.value(QStringLiteral("waiting")).toInteger(), 4);
    QVERIFY(run.json.value(QStringLiteral("last_error")).toString().startsWith(QLatin1String("unreachable: ")));
    // Back: what waited goes.
    configure(StorePg::port());
    run = cli({QStringLiteral("store"), QStringLiteral("push"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json.value(QStringLiteral("pushed")).toInteger(), 4);
    StorePg::Admin admin(m_database);
    QCOMPARE(admin.value(QStringLiteral("SELECT count(*) FROM sales")).toInt(), 6);
}

void TestCliStore::newIdAfterTheJournalStartedAnew()
{
    configure(StorePg::port());
    Run run = cli({QStringLiteral("store"), QStringLiteral("status"), QStringLiteral("--json")});
    const QString oldId = run.json.value(QStringLiteral("counter")).toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(oldId.size(), 36);
    // A journal started anew (the old one damaged and moved aside): the store refuses it under the old id.
    m_journal = m_home.filePath(QStringLiteral("journal-new.sqlite"));
    sell(2);
    run = cli({QStringLiteral("store"), QStringLiteral("push"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, kStoreError);
    QCOMPARE(run.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("store_journal_mismatch"));

    run = cli({QStringLiteral("store"), QStringLiteral("new-id"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0); // no manager PIN set here
    const QJsonObject counter = run.json.value(QStringLiteral("counter")).toObject();
    const QString newId = counter.value(QStringLiteral("id")).toString();
    QCOMPARE(newId.size(), 36);
    QVERIFY(newId != oldId);
    QCOMPARE(counter.value(QStringLiteral("previous_id")).toString(), oldId);
    QCOMPARE(counter.value(QStringLiteral("name")).toString(), QStringLiteral("Caja 3"));
    QCOMPARE(Settings().storeCounterId(), newId);

    run = cli({QStringLiteral("store"), QStringLiteral("push"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json.value(QStringLiteral("pushed")).toInteger(), 8);
    StorePg::Admin admin(m_database);
    QCOMPARE(admin.value(QStringLiteral("SELECT count(*) FROM sales WHERE counter_id = '%1'").arg(newId)).toInt(), 2);
    QCOMPARE(admin.value(QStringLiteral("SELECT count(*) FROM counters WHERE name = 'Caja 3'")).toInt(), 2);

    // In words, and the options of setup are not taken.
    run = cli({QStringLiteral("store"), QStringLiteral("new-id")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QLatin1String("registered as a new counter in the store")), qPrintable(run.out));
    QCOMPARE(cli({QStringLiteral("store"), QStringLiteral("new-id"), QStringLiteral("--host"), QStringLiteral("h")})
                 .exitCode,
             2);
}

QTEST_GUILESS_MAIN(TestCliStore)
#include "tst_clistore.moc"
