// Writes tests/store/data/journal-v1.sqlite with the v1 OrderJournal: one sale in every state.
#include "store/OrderJournal.h"
#include <QCoreApplication>
#include <QFile>
#include <cstdio>
#include <limits>

static OrderRequest req(qint64 cents, const QString &desc, const QString &dev, CardType card)
{
    OrderRequest r;
    r.amount = Money::fromCents(cents);
    r.description = desc;
    r.deviceName = dev;
    r.cardType = card;
    return r;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString path = app.arguments().at(1);
    QFile::remove(path);
    OrderJournal j;
    if (!j.open(path).ok()) return 3;
    auto check = [](const JournalResult &r) { if (!r.ok()) { std::fprintf(stderr, "%s\n", qPrintable(r.detail())); std::exit(4); } };
    auto info = [](qint64 id, const char *status, OrderState st, qint64 pay, const char *ps) {
        OrderInfo i; i.id = id; i.status = QString::fromLatin1(status); i.state = st; i.paymentId = pay;
        i.paymentStatus = QString::fromLatin1(ps); return i; };

    // 1 Sending: recorded, create counted, no order yet.
    qint64 s1 = j.recordNew(req(1000, QStringLiteral("Pan"), QStringLiteral("Caja 1"), CardType::Credit));
    check(j.recordCreateSent(s1));
    // 2 WaitingForCard, with every optional field.
    OrderRequest r2 = req(125050, QStringLiteral("Ñandú, \"mate\" café"), QStringLiteral("Mostrador Ñandú/2"), CardType::Debit);
    r2.externalReference = QStringLiteral("PD-20261123-ñ");
    r2.payerEmail = QStringLiteral("ana.lopez@example.com.ar");
    r2.notificationUrl = QStringLiteral("https://shop.example/notify?x=1");
    r2.disableBackButton = true;
    qint64 s2 = j.recordNew(r2);
    check(j.recordCreateSent(s2));
    check(j.attachOrderId(s2, 9007199254740993LL, QStringLiteral("created")));
    check(j.recordState(s2, info(9007199254740993LL, "OPEN", OrderState::WaitingForCard, 0, "")));
    // 3 Approved, ids past 2^53 and near the top of 64 bits.
    OrderRequest r3 = req(Money::kMaxCents, QStringLiteral("Televisor"), QStringLiteral("Caja 2"), CardType::Credit);
    r3.disableBackButton = false;
    r3.externalReference = QStringLiteral("PD-20261123120000-0a1b2c3d");
    qint64 s3 = j.recordNew(r3);
    check(j.recordCreateSent(s3));
    check(j.attachOrderId(s3, 9007199254740995LL));
    check(j.recordState(s3, info(9007199254740995LL, "OPEN", OrderState::WaitingForCard, 0, "")));
    check(j.recordState(s3, info(9007199254740995LL, "CLOSED", OrderState::Approved, std::numeric_limits<qint64>::max() - 7, "approved")));
    // 4 Rejected.
    qint64 s4 = j.recordNew(req(4550, QStringLiteral("Alfajores"), QStringLiteral("Caja 1"), CardType::Debit));
    check(j.recordCreateSent(s4));
    check(j.attachOrderId(s4, 5000000004LL));
    check(j.recordState(s4, info(5000000004LL, "CLOSED", OrderState::Rejected, 7000000004LL, "rejected")));
    // 5 Cancelled by the cashier.
    qint64 s5 = j.recordNew(req(999, QStringLiteral("Yerba"), QStringLiteral("Caja 3"), CardType::Credit));
    check(j.recordCreateSent(s5));
    check(j.attachOrderId(s5, 5000000005LL));
    check(j.recordNote(s5, QStringLiteral("cancel requested by the cashier")));
    check(j.recordState(s5, OrderState::Cancelled, QStringLiteral("cancelled at the cashier's request")));
    // 6 Failed: never reached a terminal, two create attempts.
    qint64 s6 = j.recordNew(req(2000, QStringLiteral("Queso"), QStringLiteral("Caja 1"), CardType::Credit));
    check(j.recordCreateSent(s6));
    check(j.recordCreateSent(s6));
    check(j.markFailed(s6, QStringLiteral("The terminal is busy with another order.")));
    // 7 Unknown: PointDesk could not tell.
    qint64 s7 = j.recordNew(req(31415, QStringLiteral("Vino"), QStringLiteral("Caja 2"), CardType::Debit));
    check(j.recordCreateSent(s7));
    check(j.recordState(s7, OrderState::Unknown, QStringLiteral("The answer to the charge was lost.")));
    // 8 Approved with a small payment id, debit.
    qint64 s8 = j.recordNew(req(1, QStringLiteral("Chicle"), QStringLiteral("Caja 3"), CardType::Debit));
    check(j.recordCreateSent(s8));
    check(j.attachOrderId(s8, 1LL));
    check(j.recordState(s8, info(1LL, "CLOSED", OrderState::Approved, 2LL, "approved")));
    j.close();
    std::printf("ok %lld sales\n", (long long)s8);
    return 0;
}
