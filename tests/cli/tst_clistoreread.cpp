// pointdesk-cli history --store and report --store (in-process) against the store-pg fixture's PostgreSQL: two
// counters' journals seeded with every state and refunds and pushed; the store's history (--json with each sale's
// counter and the totals by counter, text, --csv, --counter by name or id, --terminal and --state), the store's cash-up
// report (--json, text, --pdf), their money equal to the journals' to the cent, the usage errors, the output without
// --store unchanged, and a store that cannot be reached (exit 14, saying the local record still works).
#include "../support/JournalSeeding.h"
#include "cli/ExitCodes.h"
#include "store/CashUpReportBuilder.h"
#include "store/Settings.h"
#include "store/StorePusher.h"
#include "support/InProcessCli.h"
#include "support/StorePgSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace {

const QString kCounterA = QStringLiteral("0000000a-aaaa-4bbb-8ccc-clistoreread");
const QString kCounterB = QStringLiteral("0000000b-aaaa-4bbb-8ccc-clistoreread");

} // namespace

class TestCliStoreRead : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void historyJsonHasCountersAndTheirMoney();
    void historyOfOneCounter();
    void historyTextAndCsv();
    void historyFiltersWork();
    void historyWithoutStoreIsUnchanged();
    void reportOfTheStore();
    void usageErrors();
    void unreachableStoreExits14();

private:
    InProcessCli::Result run(const QStringList &arguments);
    QJsonObject json(const QStringList &arguments);
    void configure(int port);

    QTemporaryDir m_home;
    QString m_database;
    QDate m_day;
    std::unique_ptr<OrderJournal> m_a; ///< this counter's own journal (the CLI's)
    std::unique_ptr<OrderJournal> m_b;
};

InProcessCli::Result TestCliStoreRead::run(const QStringList &arguments)
{
    return InProcessCli::run(arguments, m_home.filePath(QStringLiteral("a.sqlite")),
                             QStringLiteral("PointDesk-clistoreread-test"));
}

QJsonObject TestCliStoreRead::json(const QStringList &arguments)
{
    const InProcessCli::Result r = run(arguments + QStringList{QStringLiteral("--json")});
    if (r.exitCode != CliExit::Success)
        qWarning("exit %d: %s %s", r.exitCode, r.out.constData(), r.err.constData());
    return QJsonDocument::fromJson(r.out).object();
}

void TestCliStoreRead::configure(int port)
{
    Settings settings;
    StoreSettings store;
    store.host = QStringLiteral("127.0.0.1");
    store.port = port;
    store.database = m_database;
    store.user = QStringLiteral("pointdesk");
    store.counterName = QStringLiteral("Caja Ñandú");
    settings.setStore(store);
    settings.sync();
}

void TestCliStoreRead::initTestCase()
{
    QVERIFY(StorePg::port() > 0);
    QVERIFY(m_home.isValid());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    // No keychain: the store's role needs no password.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/pointdesk-clistoreread-test");
    m_database = StorePg::createDatabase();
    QVERIFY(!m_database.isEmpty());
    m_day = QDate::currentDate().addDays(-1);
    m_a = std::make_unique<OrderJournal>();
    m_b = std::make_unique<OrderJournal>();
    QVERIFY(m_a->open(m_home.filePath(QStringLiteral("a.sqlite"))).ok());
    QVERIFY(m_b->open(m_home.filePath(QStringLiteral("b.sqlite"))).ok());
    QCOMPARE(JournalSeeding::seed(*m_a, m_day, 10), 14);
    QCOMPARE(JournalSeeding::seed(*m_b, m_day, 15), 14);
    for (const auto &[journal, id, name] : {std::tuple{m_a.get(), kCounterA, QStringLiteral("Caja Ñandú")},
                                            std::tuple{m_b.get(), kCounterB, QStringLiteral("Mostrador")}}) {
        // JournalSeeding moves the sales with SQL behind the outbox's back: their queued rows get the moved times.
        QSqlQuery q(QSqlDatabase::database(journal->connectionName()));
        QVERIFY(q.exec(QStringLiteral(
            "UPDATE outbox SET payload = json_set(payload, '$.created_at', (SELECT created_at FROM orders"
            " WHERE local_id = outbox.row_id), '$.updated_at', (SELECT updated_at FROM orders"
            " WHERE local_id = outbox.row_id)) WHERE kind = 'sale'")));
        StoreDatabase db;
        StorePusher pusher(*journal, db);
        pusher.setConnection(StorePg::connection(m_database));
        pusher.setCounter(id, name, QStringLiteral("ARS"));
        QVERIFY(pusher.pushPending().ok());
    }
    configure(StorePg::port());
}

void TestCliStoreRead::cleanupTestCase()
{
    m_a.reset();
    m_b.reset();
    StorePg::dropDatabase(m_database);
}

void TestCliStoreRead::historyJsonHasCountersAndTheirMoney()
{
    const QJsonObject doc = json(
        {QStringLiteral("history"), QStringLiteral("--store"), QStringLiteral("--day"), m_day.toString(Qt::ISODate)});
    QCOMPARE(doc.value(QStringLiteral("matched")).toInteger(), 28);
    QCOMPARE(doc.value(QStringLiteral("currency")).toString(), QStringLiteral("ARS"));
    QVERIFY(doc.value(QStringLiteral("store")).toObject().value(QStringLiteral("whole_store")).toBool());
    QSet<QString> counters;
    for (const QJsonValue &v : doc.value(QStringLiteral("entries")).toArray()) {
        const QJsonObject counter = v.toObject().value(QStringLiteral("counter")).toObject();
        QVERIFY(!counter.value(QStringLiteral("id")).toString().isEmpty());
        counters.insert(counter.value(QStringLiteral("name")).toString());
    }
    QCOMPARE(counters, (QSet<QString>{QStringLiteral("Caja Ñandú"), QStringLiteral("Mostrador")}));
    const QJsonObject totals = doc.value(QStringLiteral("totals")).toObject();
    const JournalTotals::Bucket a = m_a->totals(JournalFilter::day(m_day)).all();
    const JournalTotals::Bucket b = m_b->totals(JournalFilter::day(m_day)).all();
    const QJsonObject taken = totals.value(QStringLiteral("money_taken")).toObject();
    QCOMPARE(taken.value(QStringLiteral("paid_cents")).toInteger(), a.takenCents + b.takenCents);
    QCOMPARE(taken.value(QStringLiteral("net_cents")).toInteger(), a.netCents() + b.netCents());
    QCOMPARE(taken.value(QStringLiteral("refunding_cents")).toInteger(), a.refundingCents + b.refundingCents);
    const QJsonArray byCounter = totals.value(QStringLiteral("by_counter")).toArray();
    QCOMPARE(byCounter.size(), 2);
    QCOMPARE(byCounter.at(0).toObject().value(QStringLiteral("counter")).toString(), QStringLiteral("Caja Ñandú"));
    QCOMPARE(byCounter.at(0).toObject().value(QStringLiteral("net_cents")).toInteger(), a.netCents());
    QCOMPARE(byCounter.at(1).toObject().value(QStringLiteral("counter")).toString(), QStringLiteral("Mostrador"));
    QCOMPARE(byCounter.at(1).toObject().value(QStringLiteral("paid_cents")).toInteger(), b.takenCents);
    QCOMPARE(byCounter.at(1).toObject().value(QStringLiteral("count")).toInteger(), b.count);
}

void TestCliStoreRead::historyOfOneCounter()
{
    for (const QString &asked : {QStringLiteral("mostrador"), kCounterB}) {
        const QJsonObject doc = json({QStringLiteral("history"), QStringLiteral("--store"), QStringLiteral("--counter"),
                                      asked, QStringLiteral("--all")});
        QCOMPARE(doc.value(QStringLiteral("matched")).toInteger(), m_b->count());
        const QJsonObject store = doc.value(QStringLiteral("store")).toObject();
        QVERIFY(!store.value(QStringLiteral("whole_store")).toBool());
        QCOMPARE(store.value(QStringLiteral("counter")).toObject().value(QStringLiteral("id")).toString(), kCounterB);
        for (const QJsonValue &v : doc.value(QStringLiteral("entries")).toArray())
            QCOMPARE(v.toObject().value(QStringLiteral("counter")).toObject().value(QStringLiteral("id")).toString(),
                     kCounterB);
    }
    const InProcessCli::Result unknown = run(
        {QStringLiteral("history"), QStringLiteral("--store"), QStringLiteral("--counter"), QStringLiteral("Caja 9")});
    QCOMPARE(unknown.exitCode, CliExit::InvalidInput);
    QVERIFY2(unknown.err.contains("Caja Ñandú, Mostrador"), unknown.err.constData());
}

void TestCliStoreRead::historyTextAndCsv()
{
    const InProcessCli::Result text = run(
        {QStringLiteral("history"), QStringLiteral("--store"), QStringLiteral("--day"), m_day.toString(Qt::ISODate)});
    QCOMPARE(text.exitCode, CliExit::Success);
    const QString out = QString::fromUtf8(text.out);
    QVERIFY2(out.startsWith(QStringLiteral("The whole store, from the store database.\n")), qPrintable(out));
    QVERIFY(out.contains(QRegularExpression(QStringLiteral("\nSale +Counter +Time +State"))));
    QVERIFY(out.contains(QStringLiteral("Money taken by counter:")));
    QVERIFY(out.contains(QRegularExpression(QStringLiteral("\n  Mostrador +6 "))));

    const InProcessCli::Result csv =
        run({QStringLiteral("history"), QStringLiteral("--store"), QStringLiteral("--day"), m_day.toString(Qt::ISODate),
             QStringLiteral("--csv-format"), QStringLiteral("plain")});
    QCOMPARE(csv.exitCode, CliExit::Success);
    const QList<QByteArray> lines = csv.out.split('\n');
    QVERIFY(lines.first().startsWith("counter,local_id,created_at,"));
    QCOMPARE(lines.indexOf("\r"), 1 + 28); // the header, 28 sales, then the refunds' table
    QVERIFY(lines.at(1).startsWith("Caja Ñandú,") || lines.at(1).startsWith("Mostrador,"));
}

void TestCliStoreRead::historyFiltersWork()
{
    JournalFilter filter = JournalFilter::day(m_day);
    filter.deviceName = QStringLiteral("CAJA 2");
    filter.states = {OrderState::Approved};
    const QJsonObject doc =
        json({QStringLiteral("history"), QStringLiteral("--store"), QStringLiteral("--day"),
              m_day.toString(Qt::ISODate), QStringLiteral("--terminal"), QStringLiteral("CAJA 2"),
              QStringLiteral("--state"), QStringLiteral("paid"), QStringLiteral("--limit"), QStringLiteral("2")});
    QCOMPARE(doc.value(QStringLiteral("matched")).toInteger(), m_a->count(filter) + m_b->count(filter));
    QCOMPARE(doc.value(QStringLiteral("entries")).toArray().size(), 2);
    QCOMPARE(doc.value(QStringLiteral("totals"))
                 .toObject()
                 .value(QStringLiteral("money_taken"))
                 .toObject()
                 .value(QStringLiteral("paid_cents"))
                 .toInteger(),
             m_a->totals(filter).all().takenCents + m_b->totals(filter).all().takenCents);
}

void TestCliStoreRead::historyWithoutStoreIsUnchanged()
{
    // This counter's own history: no counter anywhere, and the same document as the journal gives.
    const InProcessCli::Result local = run(
        {QStringLiteral("history"), QStringLiteral("--day"), m_day.toString(Qt::ISODate), QStringLiteral("--json")});
    QCOMPARE(local.exitCode, CliExit::Success);
    QVERIFY(!local.out.contains("counter"));
    QVERIFY(!local.out.contains("\"store\""));
    QCOMPARE(QJsonDocument::fromJson(local.out).object().value(QStringLiteral("matched")).toInteger(), 14);
    const InProcessCli::Result text =
        run({QStringLiteral("history"), QStringLiteral("--day"), m_day.toString(Qt::ISODate)});
    QVERIFY(text.out.startsWith("Sale  "));
    QVERIFY(!text.out.contains("Counter"));
    const InProcessCli::Result report =
        run({QStringLiteral("report"), QStringLiteral("--day"), m_day.toString(Qt::ISODate), QStringLiteral("--json")});
    QVERIFY(!report.out.contains("counter"));
    QVERIFY(!report.out.contains("\"store\""));
}

void TestCliStoreRead::reportOfTheStore()
{
    const QJsonObject doc = json(
        {QStringLiteral("report"), QStringLiteral("--store"), QStringLiteral("--day"), m_day.toString(Qt::ISODate)});
    QCOMPARE(doc.value(QStringLiteral("currency")).toString(), QStringLiteral("ARS"));
    const QJsonObject store = doc.value(QStringLiteral("store")).toObject();
    QVERIFY(store.value(QStringLiteral("whole_store")).toBool());
    QCOMPARE(store.value(QStringLiteral("counters")).toArray().size(), 2);
    const CashUpReport a = CashUpReportBuilder(m_a.get()).buildLive(m_day, m_day);
    const CashUpReport b = CashUpReportBuilder(m_b.get()).buildLive(m_day, m_day);
    const QJsonObject paid = doc.value(QStringLiteral("paid")).toObject();
    QCOMPARE(paid.value(QStringLiteral("amount_cents")).toInteger(), a.money().takenCents + b.money().takenCents);
    QCOMPARE(paid.value(QStringLiteral("net_cents")).toInteger(), a.money().netCents() + b.money().netCents());
    QCOMPARE(doc.value(QStringLiteral("open_sales")).toArray().size(), a.unfinished.size() + b.unfinished.size());
    QCOMPARE(doc.value(QStringLiteral("by_counter")).toArray().size(), 2);

    const QString pdf = m_home.filePath(QStringLiteral("store.pdf"));
    const InProcessCli::Result text = run({QStringLiteral("report"), QStringLiteral("--store"), QStringLiteral("--day"),
                                           m_day.toString(Qt::ISODate), QStringLiteral("--pdf"), pdf});
    QCOMPARE(text.exitCode, CliExit::Success);
    QVERIFY2(text.out.contains("Whole store: Caja Ñandú, Mostrador."), text.out.constData());
    QVERIFY(text.out.contains("By counter"));
    QVERIFY(QFile(pdf).size() > 1000);

    const QJsonObject one = json({QStringLiteral("report"), QStringLiteral("--store"), QStringLiteral("--counter"),
                                  QStringLiteral("caja nandu"), QStringLiteral("--day"), m_day.toString(Qt::ISODate)});
    QCOMPARE(one.value(QStringLiteral("paid")).toObject().value(QStringLiteral("net_cents")).toInteger(),
             a.money().netCents());
    QVERIFY(!one.value(QStringLiteral("store")).toObject().value(QStringLiteral("whole_store")).toBool());
}

void TestCliStoreRead::usageErrors()
{
    QCOMPARE(run({QStringLiteral("history"), QStringLiteral("--counter"), QStringLiteral("Mostrador")}).exitCode,
             CliExit::Usage);
    QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--counter"), QStringLiteral("Mostrador")}).exitCode,
             CliExit::Usage);
    QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--store"), QStringLiteral("--close")}).exitCode,
             CliExit::Usage);
}

void TestCliStoreRead::unreachableStoreExits14()
{
    // A port nothing listens on.
    int closedPort = 0;
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        closedPort = server.serverPort();
    }
    configure(closedPort);
    for (const QString &command : {QStringLiteral("history"), QStringLiteral("report")}) {
        const InProcessCli::Result r = run({command, QStringLiteral("--store")});
        QCOMPARE(r.exitCode, 14); // CliExit::StoreError, as store push: scripts rely on the number
        QVERIFY2(r.err.contains("cannot be reached"), r.err.constData());
        QVERIFY2(r.err.contains(QStringLiteral("run \"pointdesk-cli %1\" without --store").arg(command).toUtf8()),
                 r.err.constData());
        const InProcessCli::Result j = run({command, QStringLiteral("--store"), QStringLiteral("--json")});
        QCOMPARE(j.exitCode, 14);
        QCOMPARE(QJsonDocument::fromJson(j.out)
                     .object()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("kind"))
                     .toString(),
                 QStringLiteral("store_unreachable"));
        // The local record still answers.
        QCOMPARE(run({command, QStringLiteral("--day"), m_day.toString(Qt::ISODate)}).exitCode, CliExit::Success);
    }
    configure(StorePg::port());
}

QTEST_MAIN(TestCliStoreRead)
#include "tst_clistoreread.moc"
