// Writes sales to a journal and dies in the middle, for TestOrderJournal's crash tests.
//   journal_writer PATH loop          write until killed from outside
//   journal_writer PATH selfkill N    write N sales, then SIGKILL itself inside an open write transaction
// Order and payment ids follow the local id. After each committed write it prints "committed <local id> <step>" and
// flushes, so the parent knows exactly which writes must survive.
#include "store/OrderJournal.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <csignal>
#include <cstdio>

namespace {

OrderRequest sale(int n)
{
    OrderRequest r;
    r.amount = Money::fromCents(100 + n);
    r.description = QStringLiteral("Venta %1 ñ").arg(n);
    r.deviceName = QStringLiteral("Caja %1").arg(n % 3 + 1);
    r.cardType = n % 2 ? CardType::Credit : CardType::Debit;
    r.externalReference = QStringLiteral("KILL-%1").arg(n);
    return r;
}

void committed(qint64 localId, int step)
{
    std::printf("committed %lld %d\n", static_cast<long long>(localId), step);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return 2;
    OrderJournal journal;
    const JournalResult opened = journal.open(args.at(1));
    if (!opened.ok()) {
        std::fprintf(stderr, "open: %s\n", qPrintable(opened.detail()));
        return 3;
    }
    const bool selfKill = args.at(2) == QLatin1String("selfkill");
    const int limit = selfKill && args.size() > 3 ? args.at(3).toInt() : -1;
    for (int n = 1; limit < 0 || n <= limit; ++n) {
        const qint64 id = journal.recordNew(sale(n), QStringLiteral("legacy"));
        if (id <= 0)
            return 4;
        committed(id, 0);
        if (!journal.recordCreateSent(id).ok())
            return 4;
        committed(id, 1);
        if (!journal.attachOrderId(id, OrderRef::fromNumber(5'000'000'000LL + id)).ok())
            return 4;
        committed(id, 2);
        OrderInfo info;
        info.id = OrderRef::fromNumber(5'000'000'000LL + id);
        info.status = QStringLiteral("CLOSED");
        info.state = OrderState::Approved;
        info.paymentId = PaymentRef::fromNumber(9'000'000'000LL + id);
        info.paymentStatus = QStringLiteral("approved");
        if (!journal.recordState(id, info).ok())
            return 4;
        committed(id, 3);
    }
    // Die with a write transaction open and a row half-way in: it must vanish, everything else must stay.
    QSqlQuery q(QSqlDatabase::database(journal.connectionName()));
    q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    q.exec(QStringLiteral("INSERT INTO orders (created_at, updated_at, amount_cents, description, device_name, "
                          "card_type, state) VALUES (1, 1, 999, 'torn', 'Caja 1', 'credit_card', 'sending')"));
    std::raise(SIGKILL);
    return 5;
}
