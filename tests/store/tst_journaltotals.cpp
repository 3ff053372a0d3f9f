// OrderJournal::totals() with refunds: paid, refunded and net by state (as shown), card type and terminal, exact to
// the cent; declined, cancelled and open sales are counted but never money taken; only refunds that went through are
// refunded; the CSV export gains a table of the refunds.
#include "store/OrderJournal.h"
#include "support/JournalSeeding.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace {
const QString kRefundReason = QStringLiteral("broken, \"sorry\"");
} // namespace

class TestJournalTotals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void everyStateWithFullAndPartialRefunds();
    void filtersApplyToRefundsToo();
    void csvHasARefundTable();
    void csvWithoutRefundsIsUnchanged();

private:
    /// Every state, two terminals, both card types; refunds full, partial, failed and in progress.
    void seed();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OrderJournal> m_journal;
    qint64 m_partial = 0;
    qint64 m_full = 0;
    qint64 m_failedRefund = 0;
};

void TestJournalTotals::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_journal = std::make_unique<OrderJournal>();
    QVERIFY(m_journal->open(m_dir->filePath(QStringLiteral("journal.sqlite"))).ok());
}

void TestJournalTotals::cleanup()
{
    m_journal.reset();
    m_dir.reset();
}

void TestJournalTotals::seed()
{
    const QString caja1 = QStringLiteral("Caja 1");
    const QString caja2 = QStringLiteral("Caja 2");
    // Paid, no refund: 100.00 credit (Caja 1), 15.50 debit (Caja 2).
    QVERIFY(JournalSeeding::sale(*m_journal, 10000, OrderState::Approved, CardType::Credit, caja1) > 0);
    QVERIFY(JournalSeeding::sale(*m_journal, 1550, OrderState::Approved, CardType::Debit, caja2) > 0);
    // Paid 80.00 credit (Caja 1), 30.25 given back, then a refund of 10.00 that failed: partly refunded.
    m_partial = JournalSeeding::sale(*m_journal, 8000, OrderState::Approved, CardType::Credit, caja1);
    QVERIFY(JournalSeeding::refund(*m_journal, m_partial, 3025, RefundState::Done, 71, kRefundReason) > 0);
    m_failedRefund = JournalSeeding::refund(*m_journal, m_partial, 1000, RefundState::Rejected, 0, kRefundReason);
    QVERIFY(m_failedRefund > 0);
    // Paid 45.99 debit (Caja 2), all given back in two refunds.
    m_full = JournalSeeding::sale(*m_journal, 4599, OrderState::Approved, CardType::Debit, caja2);
    QVERIFY(JournalSeeding::refund(*m_journal, m_full, 599, RefundState::Done, 72, kRefundReason) > 0);
    QVERIFY(JournalSeeding::refund(*m_journal, m_full, 4000, RefundState::Done, 73, kRefundReason) > 0);
    // Paid 20.00 credit (Caja 2), a refund of 5.00 still pending: partly refunded, nothing given back yet.
    const qint64 pending = JournalSeeding::sale(*m_journal, 2000, OrderState::Approved, CardType::Credit, caja2);
    QVERIFY(JournalSeeding::refund(*m_journal, pending, 500, RefundState::Pending, 74, kRefundReason) > 0);
    // The API reports 12.00 debit (Caja 1) as refunded (not through PointDesk): all of it given back.
    QVERIFY(JournalSeeding::sale(*m_journal, 1200, OrderState::Refunded, CardType::Debit, caja1) > 0);
    // Never money taken.
    QVERIFY(JournalSeeding::sale(*m_journal, 5000, OrderState::Rejected, CardType::Credit, caja1) > 0);
    QVERIFY(JournalSeeding::sale(*m_journal, 7000, OrderState::Cancelled, CardType::Debit, caja2) > 0);
    QVERIFY(JournalSeeding::sale(*m_journal, 300, OrderState::Failed, CardType::Debit, caja1) > 0);
    QVERIFY(JournalSeeding::sale(*m_journal, 900, OrderState::Expired, CardType::Credit, caja2) > 0);
    QVERIFY(JournalSeeding::sale(*m_journal, 1100, OrderState::ActionRequired, CardType::Credit, caja1) > 0);
    QVERIFY(JournalSeeding::sale(*m_journal, 2500, OrderState::WaitingForCard, CardType::Debit, caja1) > 0);
    QVERIFY(JournalSeeding::sale(*m_journal, 400, OrderState::Sending, CardType::Credit, caja2) > 0);
}

void TestJournalTotals::everyStateWithFullAndPartialRefunds()
{
    seed();
    const JournalTotals t = m_journal->totals();

    // Every sale is counted, whatever its state.
    const JournalTotals::Bucket all = t.all();
    QCOMPARE(all.count, qint64(13));
    QCOMPARE(all.cents, qint64(10000 + 1550 + 8000 + 4599 + 2000 + 1200 + 5000 + 7000 + 300 + 900 + 1100 + 2500 + 400));
    // Money taken: the six paid sales only; given back: 30.25 + 5.99 + 40.00 + 12.00; the pending 5.00 apart.
    QCOMPARE(all.takenCount, qint64(6));
    QCOMPARE(all.takenCents, qint64(10000 + 1550 + 8000 + 4599 + 2000 + 1200));
    QCOMPARE(all.refundedCents, qint64(3025 + 599 + 4000 + 1200));
    QCOMPARE(all.netCents(), qint64(27349 - 8824));
    QCOMPARE(all.refundingCents, qint64(500));

    // By state as shown: a paid sale with refunds is partly refunded or refunded.
    const JournalTotals::Bucket paid = t.byState(OrderState::Approved);
    QCOMPARE(paid.count, qint64(2));
    QCOMPARE(paid.takenCents, qint64(11550));
    QCOMPARE(paid.refundedCents, qint64(0));
    QCOMPARE(paid.netCents(), qint64(11550));
    const JournalTotals::Bucket partly = t.byState(OrderState::PartlyRefunded);
    QCOMPARE(partly.count, qint64(2));
    QCOMPARE(partly.takenCents, qint64(10000));
    QCOMPARE(partly.refundedCents, qint64(3025));
    QCOMPARE(partly.refundingCents, qint64(500));
    QCOMPARE(partly.netCents(), qint64(6975));
    const JournalTotals::Bucket refunded = t.byState(OrderState::Refunded);
    QCOMPARE(refunded.count, qint64(2));
    QCOMPARE(refunded.takenCents, qint64(5799));
    QCOMPARE(refunded.refundedCents, qint64(5799));
    QCOMPARE(refunded.netCents(), qint64(0));
    for (OrderState never : {OrderState::Rejected, OrderState::Cancelled, OrderState::Failed, OrderState::Expired,
                             OrderState::ActionRequired, OrderState::WaitingForCard, OrderState::Sending}) {
        const JournalTotals::Bucket b = t.byState(never);
        QVERIFY2(b.count == 1 && b.cents > 0, qPrintable(OrderStates::toKey(never)));
        QVERIFY2(b.takenCount == 0 && b.takenCents == 0 && b.refundedCents == 0 && b.netCents() == 0,
                 qPrintable(OrderStates::toKey(never)));
    }
    QCOMPARE(t.byState(OrderState::Rejected).cents, qint64(5000));
    QCOMPARE(t.byState(OrderState::Cancelled).cents, qint64(7000));

    // By card type.
    const JournalTotals::Bucket credit = t.byCardType(CardType::Credit);
    QCOMPARE(credit.count, qint64(7));
    QCOMPARE(credit.cents, qint64(10000 + 8000 + 2000 + 5000 + 900 + 1100 + 400));
    QCOMPARE(credit.takenCents, qint64(20000));
    QCOMPARE(credit.refundedCents, qint64(3025));
    QCOMPARE(credit.netCents(), qint64(16975));
    const JournalTotals::Bucket debit = t.byCardType(CardType::Debit);
    QCOMPARE(debit.takenCents, qint64(1550 + 4599 + 1200));
    QCOMPARE(debit.refundedCents, qint64(4599 + 1200));
    QCOMPARE(debit.netCents(), qint64(1550));
    QCOMPARE(t.byStateAndCardType(OrderState::Refunded, CardType::Debit).count, qint64(2));

    // By terminal, as recorded on the sale.
    QCOMPARE(t.terminals(), QStringList({QStringLiteral("Caja 1"), QStringLiteral("Caja 2")}));
    const JournalTotals::Bucket caja1 = t.byTerminal(QStringLiteral("Caja 1"));
    QCOMPARE(caja1.count, qint64(7));
    QCOMPARE(caja1.takenCount, qint64(3));
    QCOMPARE(caja1.takenCents, qint64(10000 + 8000 + 1200));
    QCOMPARE(caja1.refundedCents, qint64(3025 + 1200));
    QCOMPARE(caja1.netCents(), qint64(14975));
    const JournalTotals::Bucket caja2 = t.byTerminal(QStringLiteral("Caja 2"));
    QCOMPARE(caja2.count, qint64(6));
    QCOMPARE(caja2.takenCents, qint64(1550 + 4599 + 2000));
    QCOMPARE(caja2.refundedCents, qint64(4599));
    QCOMPARE(caja2.refundingCents, qint64(500));
    QCOMPARE(caja2.netCents(), qint64(3550));
    QCOMPARE(t.byTerminal(QStringLiteral("Caja 9")).count, qint64(0));

    // The same numbers as the sales' own shown states and refund balances.
    qint64 shownRefunded = 0;
    for (const JournalEntry &e : m_journal->entries()) {
        QCOMPARE(t.byState(e.shownState()).count > 0, true);
        if (e.shownState() == OrderState::Refunded)
            ++shownRefunded;
    }
    QCOMPARE(shownRefunded, qint64(2));
}

void TestJournalTotals::filtersApplyToRefundsToo()
{
    seed();
    JournalFilter caja2;
    caja2.deviceName = QStringLiteral("Caja 2");
    const JournalTotals t = m_journal->totals(caja2);
    QCOMPARE(t.terminals(), QStringList({QStringLiteral("Caja 2")}));
    QCOMPARE(t.all().refundedCents, qint64(4599));
    QCOMPARE(t.all().netCents(), qint64(3550));

    // The stored state filters (a refunded sale was paid: "approved" finds it), the totals show it as refunded.
    JournalFilter approved;
    approved.states = {OrderState::Approved};
    const JournalTotals a = m_journal->totals(approved);
    QCOMPARE(a.all().count, qint64(5));
    QCOMPARE(a.byState(OrderState::Refunded).count, qint64(1));
    QCOMPARE(a.all().refundedCents, qint64(3025 + 4599));

    // Another day: nothing, no refunds either.
    const JournalTotals none = m_journal->totals(JournalFilter::day(QDate::currentDate().addDays(-2)));
    QCOMPARE(none.all().count, qint64(0));
    QCOMPARE(none.all().refundedCents, qint64(0));
    QVERIFY(none.terminals().isEmpty());
}

void TestJournalTotals::csvHasARefundTable()
{
    seed();
    JournalFilter caja1;
    caja1.deviceName = QStringLiteral("Caja 1");
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(m_journal->exportCsv(caja1, &buffer).ok());
    const QList<QByteArray> lines = buffer.data().split('\n');
    // The sales' table as before, then an empty line and the refunds of those sales (Caja 2's are not there).
    QVERIFY(lines.at(0).startsWith("local_id,created_at,updated_at,terminal,card_type,amount,description,state,"));
    const qsizetype blank = lines.indexOf("\r");
    QCOMPARE(blank, qsizetype(1 + 7));
    QCOMPARE(lines.at(blank + 1), QByteArray("refund_local_id,sale_local_id,refund_id,created_at,updated_at,amount,"
                                             "state,requested_by,reason,last_error\r"));
    QCOMPARE(lines.size(), blank + 2 + 2 + 1); // two refunds, then the end after the last CRLF
    QCOMPARE(lines.last(), QByteArray());
    // Newest first: the failed 10.00 refund, then the 30.25 that went through; quoting as in the sales' table.
    const QByteArray failed = lines.at(blank + 2);
    QVERIFY2(
        failed.startsWith(QByteArray(QByteArray::number(m_failedRefund) + ',' + QByteArray::number(m_partial) + ",,")),
        failed.constData());
    QVERIFY2(failed.endsWith(",10.00,failed,Ana,\"broken, \"\"sorry\"\"\",declined by the bank\r"), failed.constData());
    const QByteArray done = lines.at(blank + 3);
    QVERIFY2(done.startsWith(
                 QByteArray(QByteArray::number(m_failedRefund - 1) + ',' + QByteArray::number(m_partial) + ",71,")),
             done.constData());
    QVERIFY2(done.endsWith(",30.25,done,Ana,\"broken, \"\"sorry\"\"\",\r"), done.constData());
    // Times are ISO 8601 UTC.
    QVERIFY2(QRegularExpression(QStringLiteral(",\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ,\\d{4}-"))
                 .match(QString::fromUtf8(done))
                 .hasMatch(),
             done.constData());

    // Every refund of every sale when nothing is filtered: 2 + 2 + 1 (the pending one).
    QBuffer everything;
    QVERIFY(everything.open(QIODevice::WriteOnly));
    QVERIFY(m_journal->exportCsv({}, &everything).ok());
    const QByteArray text = everything.data();
    QCOMPARE(text.count("\r\n\r\n"), qsizetype(1));
    const QByteArray refunds = text.mid(text.indexOf("\r\n\r\n") + 4);
    QCOMPARE(refunds.count("\r\n"), qsizetype(1 + 5));
    QVERIFY(refunds.contains(",5.00,pending,"));
}

void TestJournalTotals::csvWithoutRefundsIsUnchanged()
{
    QVERIFY(JournalSeeding::sale(*m_journal, 10000, OrderState::Approved, CardType::Credit, QStringLiteral("Caja 1")) >
            0);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(m_journal->exportCsv({}, &buffer).ok());
    QCOMPARE(buffer.data().count("\r\n"), qsizetype(2));
    QVERIFY(!buffer.data().contains("refund_local_id"));
}

QTEST_GUILESS_MAIN(TestJournalTotals)
#include "tst_journaltotals.moc"
