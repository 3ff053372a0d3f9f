// One counter for the store-pg tests, as a process of its own (so that it can be killed with SIGKILL).
//   store_counter make JOURNAL N SEED
//       records N sales in JOURNAL: most paid, some declined, cancelled or still open, every 7th paid one with a
//       refund; prints "made <sales> <cents>". (synchronous=OFF on its connection: the test's speed, not the app's.)
//   store_counter push JOURNAL DATABASE COUNTER_ID [BATCH] [KILL_AFTER_BATCH]
//       pushes the journal to DATABASE on the test cluster until nothing waits, retrying after every failure (the test
//       drops connections and restarts the server meanwhile); with KILL_AFTER_BATCH > 0 it kills itself with SIGKILL
//       right after that batch's COMMIT, before the local mark moves. Prints "pushed <changes>"; exit 5 after 150 s.
#include "store/OrderJournal.h"
#include "store/RetryDelay.h"
#include "store/StorePusher.h"
#include "support/StorePgSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <csignal>
#include <cstdio>

namespace {

int make(OrderJournal &journal, int count, int seed)
{
    {
        QSqlQuery q(QSqlDatabase::database(journal.connectionName(), false));
        q.exec(QStringLiteral("PRAGMA synchronous = OFF"));
    }
    qint64 cents = 0;
    for (int n = 1; n <= count; ++n) {
        OrderRequest r;
        r.amount = Money::fromCents(100 + (qint64(seed) * 7919 + qint64(n) * 31) % 50000);
        r.description = QStringLiteral("Venta %1-%2 ñ").arg(seed).arg(n);
        r.deviceName = QStringLiteral("Caja %1").arg(n % 3 + 1);
        r.cardType = n % 2 ? CardType::Credit : CardType::Debit;
        const qint64 id = journal.recordNew(r, QStringLiteral("orders"));
        if (id <= 0)
            return 4;
        cents += r.amount.cents();
        // Every third sale has its order id attached on its own (the others get theirs with the answer), to keep
        // the journals quick to make.
        if (n % 3 == 0 && !journal.attachOrderId(id, OrderRef(QStringLiteral("ORD%1X%2").arg(seed).arg(id))).ok())
            return 4;
        OrderInfo info;
        const int kind = n % 10;
        info.state = kind == 0 ? OrderState::Rejected
                     : kind == 1 ? OrderState::Cancelled
                     : kind == 2 ? OrderState::WaitingForCard
                                 : OrderState::Approved;
        if (info.state == OrderState::WaitingForCard)
            continue;
        info.id = OrderRef(QStringLiteral("ORD%1X%2").arg(seed).arg(id));
        info.status = QStringLiteral("processed");
        info.paymentId = PaymentRef(QStringLiteral("PAY%1X%2").arg(seed).arg(id));
        if (!journal.recordState(id, info).ok())
            return 4;
        if (info.state == OrderState::Approved && n % 7 == 0) {
            const qint64 refund = journal.recordRefund(id, Money::fromCents(50), QStringLiteral("cambio"), {});
            RefundInfo answer;
            answer.state = RefundState::Done;
            answer.id = RefundRef(QStringLiteral("REF%1X%2").arg(seed).arg(refund));
            answer.rawStatus = QStringLiteral("approved");
            if (refund <= 0 || !journal.recordRefundResult(refund, answer).ok())
                return 4;
        }
    }
    std::printf("made %d %lld\n", count, static_cast<long long>(cents));
    return 0;
}

int push(OrderJournal &journal, const QString &database, const QString &counterId, int batch, int killAfter)
{
    StoreDatabase db;
    StorePusher pusher(journal, db);
    pusher.setConnection(StorePg::connection(database));
    pusher.setCounter(counterId, QStringLiteral("Caja %1").arg(counterId.left(4)), QStringLiteral("ARS"));
    pusher.setBatchSize(batch);
    int batches = 0;
    pusher.setAfterCommit([&batches, killAfter](qint64) {
        if (++batches == killAfter)
            ::raise(SIGKILL);
    });
    RetryDelay retry(50, 800);
    QElapsedTimer clock;
    clock.start();
    qint64 pushed = 0;
    while (clock.elapsed() < 150000) {
        const StoreResult r = pusher.pushPending();
        pushed += pusher.lastPushed();
        if (r.ok()) {
            const std::optional<OutboxStatus> status = journal.outboxStatus();
            if (status && status->waiting == 0) {
                std::printf("pushed %lld\n", static_cast<long long>(pushed));
                return 0;
            }
            continue;
        }
        if (r.kind() != StoreResult::Kind::Unreachable)
            std::fprintf(stderr, "push: %s %s\n", qPrintable(StoreResult::kindKey(r.kind())), qPrintable(r.detail()));
        QThread::msleep(retry.next());
    }
    return 5;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4)
        return 2;
    OrderJournal journal;
    const JournalResult opened = journal.open(args.at(2));
    if (!opened.ok()) {
        std::fprintf(stderr, "open: %s\n", qPrintable(opened.detail()));
        return 3;
    }
    if (args.at(1) == QLatin1String("make") && args.size() >= 5)
        return make(journal, args.at(3).toInt(), args.at(4).toInt());
    if (args.at(1) == QLatin1String("push") && args.size() >= 5)
        return push(journal, args.at(3), args.at(4), args.size() > 5 ? args.at(5).toInt() : 500,
                    args.size() > 6 ? args.at(6).toInt() : 0);
    return 2;
}
