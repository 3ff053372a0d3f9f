// StoreTerminalHolders against the store-pg fixture's PostgreSQL: which other counter holds a terminal, read from the
// sales the counters pushed: only open sales (not final), only other counters', the newest per terminal, none that
// has been open for longer than kMaxOpenSaleAgeHours, and a counter without a name named by its id.
#include "store/OrderJournal.h"
#include "store/StorePusher.h"
#include "store/StoreTerminalHolders.h"
#include "support/StorePgSupport.h"

#include <QTemporaryDir>
#include <QTest>

class TestStoreHolders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void openStates();
    void othersOpenSalesByTerminal();

private:
    qint64 sell(OrderJournal &journal, const QString &terminal, OrderState state);
    void push(OrderJournal &journal, const QString &counterId, const QString &name);

    QTemporaryDir m_dir;
    QString m_database;
};

void TestStoreHolders::initTestCase()
{
    QVERIFY2(StorePg::port() > 0, "no test cluster: run through ctest (fixture StorePgStart)");
    m_database = StorePg::createDatabase();
    QVERIFY(!m_database.isEmpty());
}

void TestStoreHolders::cleanupTestCase()
{
    StorePg::dropDatabase(m_database);
}

qint64 TestStoreHolders::sell(OrderJournal &journal, const QString &terminal, OrderState state)
{
    OrderRequest request;
    request.amount = Money::fromCents(1500);
    request.description = QStringLiteral("Café");
    request.deviceName = terminal;
    const qint64 id = journal.recordNew(request, QStringLiteral("orders"));
    if (id <= 0)
        return 0;
    if (state != OrderState::Sending) {
        OrderInfo info;
        info.state = state;
        if (!journal.recordState(id, info).ok())
            return 0;
    }
    return id;
}

void TestStoreHolders::push(OrderJournal &journal, const QString &counterId, const QString &name)
{
    StoreDatabase database;
    StorePusher pusher(journal, database);
    pusher.setConnection(StorePg::connection(m_database));
    pusher.setCounter(counterId, name, QStringLiteral("ARS"));
    const StoreResult pushed = pusher.pushPending();
    QVERIFY2(pushed.ok(), qPrintable(pushed.detail()));
}

void TestStoreHolders::openStates()
{
    const QStringList open = StoreTerminalHolders::openStateKeys();
    QVERIFY(open.contains(QStringLiteral("sending")));
    QVERIFY(open.contains(QStringLiteral("waiting_for_card")));
    QVERIFY(open.contains(QStringLiteral("unknown")));
    for (const QString &key : open)
        QVERIFY2(!OrderStates::isFinal(OrderStates::fromKey(key)), qPrintable(key));
    QVERIFY(!open.contains(QStringLiteral("approved")));
    QVERIFY(!open.contains(QStringLiteral("action_required")));
}

void TestStoreHolders::othersOpenSalesByTerminal()
{
    const QString us = QStringLiteral("11111111-1111-1111-1111-111111111111");
    const QString caja2 = QStringLiteral("22222222-2222-2222-2222-222222222222");
    const QString nameless = QStringLiteral("33333333-3333-3333-3333-333333333333");
    OrderJournal ours, theirs, third;
    QVERIFY(ours.open(m_dir.filePath(QStringLiteral("ours.sqlite"))).ok());
    QVERIFY(theirs.open(m_dir.filePath(QStringLiteral("theirs.sqlite"))).ok());
    QVERIFY(third.open(m_dir.filePath(QStringLiteral("third.sqlite"))).ok());

    QVERIFY(sell(ours, QStringLiteral("Mostrador"), OrderState::WaitingForCard) > 0);    // ours: never listed
    const qint64 held = sell(theirs, QStringLiteral("Caja Ñandú"), OrderState::WaitingForCard); // held by Caja 2
    QVERIFY(held > 0);
    QVERIFY(sell(theirs, QStringLiteral("Ventana"), OrderState::Approved) > 0);          // final: holds nothing
    QVERIFY(sell(theirs, QStringLiteral("Terraza"), OrderState::Sending) > 0);           // on its way: held
    const qint64 old = sell(theirs, QStringLiteral("Depósito"), OrderState::Unknown);     // open, but long ago
    QVERIFY(old > 0);
    QVERIFY(sell(third, QStringLiteral("Patio"), OrderState::WaitingForCard) > 0);
    push(ours, us, QStringLiteral("Caja 1"));
    push(theirs, caja2, QStringLiteral("Caja 2"));
    push(third, nameless, QString());
    {
        StorePg::Admin admin(m_database);
        QVERIFY(admin.exec(QStringLiteral("UPDATE sales SET updated_at = now() - interval '%1 hours' WHERE "
                                          "terminal = 'Depósito'")
                               .arg(StoreTerminalHolders::kMaxOpenSaleAgeHours + 1)));
    }

    StoreDatabase database;
    QVERIFY(database.open(StorePg::connection(m_database)).ok());
    StoreTerminalHolders holders;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QVERIFY(StoreTerminalHolders::read(database, us, &holders).ok());
    QVERIFY(holders.readAt >= before.addMSecs(-1));
    const QHash<QString, QString> expected{{QStringLiteral("Caja Ñandú"), QStringLiteral("Caja 2")},
                                           {QStringLiteral("Terraza"), QStringLiteral("Caja 2")},
                                           {QStringLiteral("Patio"), nameless.left(8)}};
    QCOMPARE(holders.counterByTerminal, expected);

    // The sale ends: the terminal is free of it at the next read.
    OrderInfo paid;
    paid.state = OrderState::Approved;
    QVERIFY(theirs.recordState(held, paid).ok());
    push(theirs, caja2, QStringLiteral("Caja 2"));
    QVERIFY(StoreTerminalHolders::read(database, us, &holders).ok());
    QVERIFY(!holders.counterByTerminal.contains(QStringLiteral("Caja Ñandú")));
    QCOMPARE(holders.counterByTerminal.value(QStringLiteral("Terraza")), QStringLiteral("Caja 2"));
    // Read as Caja 2: its own sales are not listed, ours are.
    QVERIFY(StoreTerminalHolders::read(database, caja2, &holders).ok());
    QCOMPARE(holders.counterByTerminal.value(QStringLiteral("Mostrador")), QStringLiteral("Caja 1"));
    QVERIFY(!holders.counterByTerminal.contains(QStringLiteral("Terraza")));

    // Not connected: an error, and what was read stays.
    database.close();
    QVERIFY(!StoreTerminalHolders::read(database, us, &holders).ok());
    QCOMPARE(holders.counterByTerminal.value(QStringLiteral("Mostrador")), QStringLiteral("Caja 1"));
}

QTEST_GUILESS_MAIN(TestStoreHolders)
#include "tst_storeholders.moc"
