// pointdesk-bench store-push: how fast a counter's journal goes into the store's PostgreSQL. A journal of N sales
// made through OrderJournal as the cashier makes them (recorded, order attached, paid: six outbox changes each), then
// pushed by StorePusher in its default batches into a fresh database of the PostgreSQL at 127.0.0.1:PORT (role
// "pointdesk", no password: bench/run starts a throwaway cluster).
#include "BenchCommands.h"
#include "BenchSupport.h"
#include "store/OrderJournal.h"
#include "store/StoreDatabase.h"
#include "store/StorePusher.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

namespace {

bool makeSales(OrderJournal &journal, int count, QString *error)
{
    {
        // The figure is the push's: the journal is filled without waiting for the disk.
        QSqlQuery q(QSqlDatabase::database(journal.connectionName(), false));
        q.exec(QStringLiteral("PRAGMA synchronous = OFF"));
    }
    for (int n = 1; n <= count; ++n) {
        OrderRequest request;
        request.amount = Money::fromCents(100 + (n * 37) % 90000);
        request.description = QStringLiteral("Caf\u00E9 con leche %1").arg(n);
        request.deviceName = QStringLiteral("Caja %1").arg(n % 3 + 1);
        request.cardType = n % 2 ? CardType::Credit : CardType::Debit;
        const qint64 id = journal.recordNew(request, QStringLiteral("orders"));
        OrderInfo info;
        info.state = OrderState::Approved;
        info.status = QStringLiteral("processed");
        info.paymentId = PaymentRef(QStringLiteral("PAY%1").arg(n));
        if (id <= 0 || !journal.attachOrderId(id, OrderRef(QStringLiteral("ORD%1").arg(n))).ok() ||
            !journal.recordState(id, info).ok()) {
            *error = journal.lastError().detail();
            return false;
        }
    }
    return true;
}

} // namespace

int runStorePush(const BenchOptions &options)
{
    if (options.pgPort <= 0) {
        Bench::note(QStringLiteral("store-push: --pg-port is needed"));
        return 1;
    }
    QTemporaryDir dir;
    OrderJournal journal;
    QString error;
    if (!journal.open(dir.filePath(QStringLiteral("journal.sqlite"))).ok() ||
        !makeSales(journal, options.journalOrders, &error)) {
        Bench::note(QStringLiteral("store-push: the journal cannot be made: ") + error);
        return 1;
    }
    const qint64 changes = journal.outboxStatus()->lastChange;
    const QString database = QStringLiteral("bench_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    if (!Bench::pgAdmin(options.pgPort, QStringLiteral("CREATE DATABASE %1").arg(database), &error)) {
        Bench::note(QStringLiteral("store-push: ") + error);
        return 1;
    }
    StoreConnection connection;
    connection.host = QStringLiteral("127.0.0.1");
    connection.port = options.pgPort;
    connection.database = database;
    connection.user = QStringLiteral("pointdesk");
    StoreDatabase store;
    StorePusher pusher(journal, store);
    pusher.setConnection(connection);
    pusher.setCounter(QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("Bench"),
                      QStringLiteral("ARS"));
    const double started = Bench::nowMs();
    const StoreResult pushed = pusher.pushPending();
    const double ms = Bench::nowMs() - started;
    store.close();
    Bench::pgAdmin(options.pgPort, QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(database), &error);
    if (!pushed.ok()) {
        Bench::note(QStringLiteral("store-push: ") + pushed.detail());
        return 1;
    }
    const QString prefix = QStringLiteral("store_push.");
    Bench::result(prefix + QStringLiteral("sales"), qint64(options.journalOrders));
    Bench::result(prefix + QStringLiteral("changes"), changes);
    Bench::result(prefix + QStringLiteral("ms"), ms, 0);
    Bench::result(prefix + QStringLiteral("sales_per_s"), options.journalOrders * 1000.0 / qMax(1.0, ms), 0);
    Bench::result(prefix + QStringLiteral("changes_per_s"), changes * 1000.0 / qMax(1.0, ms), 0);
    return 0;
}
