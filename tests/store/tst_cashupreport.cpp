// The cash-up report over a journal with every state and refunds: its money is the history's to the cent, the hourly
// chart adds up to the money taken, unfinished sales are listed by name; "Close the day" keeps the report as it stood,
// refuses a second closing, and a sale that changes after the closing shows in the next report, not in the closed one.
#include "../support/JournalSeeding.h"
#include "store/CashUpReportBuilder.h"
#include "store/JournalSchema.h"
#include "support/JournalRollback.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <numeric>

class TestCashUpReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void totalsEqualTheHistory();
    void otherDaysStayOut();
    void jsonKeepsEveryFigure();
    void closingKeepsTheReport();
    void secondClosingIsRefused();
    void dayToComeCannotBeClosed();
    void lateRefundGoesToTheNextReport();
    void lateChangeOnTheClosedDayGoesToTheNextReport();
    void journalBeforeClosingsGainsTheTable();

private:
    void compareBuckets(const JournalTotals::Bucket &a, const JournalTotals::Bucket &b);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OrderJournal> m_journal;
    QString m_path;
    QDate m_today;
};

void TestCashUpReport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("journal.sqlite"));
    m_journal = std::make_unique<OrderJournal>();
    QVERIFY(m_journal->open(m_path).ok());
    m_today = QDate::currentDate();
}

void TestCashUpReport::cleanup()
{
    m_journal.reset();
    m_dir.reset();
}

void TestCashUpReport::compareBuckets(const JournalTotals::Bucket &a, const JournalTotals::Bucket &b)
{
    QCOMPARE(a.count, b.count);
    QCOMPARE(a.cents, b.cents);
    QCOMPARE(a.takenCount, b.takenCount);
    QCOMPARE(a.takenCents, b.takenCents);
    QCOMPARE(a.refundedCents, b.refundedCents);
    QCOMPARE(a.refundingCents, b.refundingCents);
}

void TestCashUpReport::totalsEqualTheHistory()
{
    const QDate day = m_today.addDays(-1);
    QCOMPARE(JournalSeeding::seed(*m_journal, day), 14);
    const CashUpReport report = CashUpReportBuilder(m_journal.get()).build(day, day);
    const JournalTotals history = m_journal->totals(JournalFilter::day(day));

    const JournalSeeding::Expected expected;
    QCOMPARE(report.money().takenCount, expected.paidCount);
    QCOMPARE(report.money().takenCents, expected.paidCents);
    QCOMPARE(report.money().refundedCents, expected.refundedCents);
    QCOMPARE(report.money().refundingCents, expected.refundingCents);
    QCOMPARE(report.money().netCents(), expected.netCents());
    compareBuckets(report.money(), history.all());
    for (CardType type : {CardType::Credit, CardType::Debit})
        compareBuckets(report.totals.byCardType(type), history.byCardType(type));
    QCOMPARE(report.totals.terminals(), history.terminals());
    for (const QString &terminal : history.terminals())
        compareBuckets(report.totals.byTerminal(terminal), history.byTerminal(terminal));
    QCOMPARE(report.totals.byCardType(CardType::Debit).takenCents, qint64(1550 + 4599 + 1200));

    // Declined and cancelled are counted, never money.
    QCOMPARE(report.count(OrderState::Rejected), qint64(1));
    QCOMPARE(report.count(OrderState::Cancelled), qint64(1));

    // The chart: 100.00 + 15.50 + 80.00 at 10h, the other paid sales at 11h; it adds up to the money taken.
    QCOMPARE(report.takenByHour.size(), 24);
    QCOMPARE(report.takenByHour.at(10), qint64(10000 + 1550 + 8000));
    QCOMPARE(report.takenByHour.at(11), qint64(4599 + 2000 + 1200));
    QCOMPARE(std::accumulate(report.takenByHour.cbegin(), report.takenByHour.cend(), qint64(0)), expected.paidCents);

    // Unfinished, oldest first, by name.
    QVERIFY(report.hasUnfinished());
    QStringList names;
    for (const CashUpSale &s : report.unfinished)
        names << s.description;
    QCOMPARE(names, (QStringList{QStringLiteral("Check terminal"), QStringLiteral("Still waiting"),
                                 QStringLiteral("Still sending"), QStringLiteral("No answer")}));
    QCOMPARE(report.unfinished.first().cents, qint64(1100));
    QCOMPARE(report.unfinished.first().terminal, QStringLiteral("Caja 1"));
    QVERIFY(!report.isClosed());
    QVERIFY(report.changedAfterClosing.isEmpty());
}

void TestCashUpReport::otherDaysStayOut()
{
    const QDate day = m_today.addDays(-2);
    QCOMPARE(JournalSeeding::seed(*m_journal, day), 14);
    const qint64 other =
        JournalSeeding::sale(*m_journal, 99900, OrderState::Approved, CardType::Credit, QStringLiteral("Caja 1"));
    QVERIFY(JournalSeeding::moveSale(*m_journal, other, QDateTime(day.addDays(1), QTime(0, 0))));
    CashUpReportBuilder builder(m_journal.get());
    QCOMPARE(builder.build(day, day).money().takenCents, JournalSeeding::Expected().paidCents);
    QCOMPARE(builder.build(day.addDays(1), day.addDays(1)).money().takenCents, qint64(99900));
    QCOMPARE(builder.build(day.addDays(1), day.addDays(1)).takenByHour.at(0), qint64(99900));
    const CashUpReport range = builder.build(day, day.addDays(1));
    QCOMPARE(range.money().takenCents, JournalSeeding::Expected().paidCents + 99900);
    compareBuckets(range.money(), m_journal
                                      ->totals([&] {
                                          JournalFilter f;
                                          f.fromDay = day;
                                          f.toDay = day.addDays(1);
                                          return f;
                                      }())
                                      .all());
    QVERIFY(!builder.build(day.addDays(1), day.addDays(1)).hasUnfinished());
}

void TestCashUpReport::jsonKeepsEveryFigure()
{
    QCOMPARE(JournalSeeding::seed(*m_journal, m_today), 14);
    const CashUpReport report = CashUpReportBuilder(m_journal.get()).build(m_today, m_today);
    const std::optional<CashUpReport> back = CashUpReport::fromJson(report.toJsonBytes());
    QVERIFY(back);
    QCOMPARE(back->fromDay, report.fromDay);
    QCOMPARE(back->toDay, report.toDay);
    QCOMPARE(back->takenByHour, report.takenByHour);
    compareBuckets(back->money(), report.money());
    for (const QString &terminal : report.totals.terminals())
        compareBuckets(back->totals.byTerminal(terminal), report.totals.byTerminal(terminal));
    QCOMPARE(back->count(OrderState::Cancelled), qint64(1));
    QCOMPARE(back->unfinished.size(), report.unfinished.size());
    QCOMPARE(back->unfinished.last().description, report.unfinished.last().description);
    QCOMPARE(back->unfinished.last().createdAt, report.unfinished.last().createdAt);
    QCOMPARE(report.toJson().value(QStringLiteral("paid")).toObject().value(QStringLiteral("net_cents")).toInteger(),
             JournalSeeding::Expected().netCents());
    QVERIFY(!CashUpReport::fromJson("{}"));
    QVERIFY(!CashUpReport::fromJson("not json"));
}

void TestCashUpReport::closingKeepsTheReport()
{
    const QDate day = m_today.addDays(-1);
    QCOMPARE(JournalSeeding::seed(*m_journal, day), 14);
    const QDateTime closedAt(day, QTime(20, 15));
    CashUpReport closed;
    QVERIFY(CashUpReportBuilder::closeDay(m_journal.get(), day, QStringLiteral("manager"), closedAt, &closed).ok());
    QVERIFY(closed.isClosed());

    const std::optional<JournalClosing> kept = m_journal->closing(day);
    QVERIFY(kept);
    QCOMPARE(kept->closedAt, closedAt.toUTC());
    QCOMPARE(kept->closedBy, QStringLiteral("manager"));
    QCOMPARE(m_journal->closings().size(), 1);
    QVERIFY(!m_journal->closing(m_today));

    const CashUpReport again = CashUpReportBuilder(m_journal.get()).build(day, day);
    QVERIFY(again.isClosed());
    QCOMPARE(*again.closedAt, closedAt.toUTC());
    QCOMPARE(again.closedBy, QStringLiteral("manager"));
    QCOMPARE(again.changedSinceClosing, qint64(0));
    compareBuckets(again.money(), m_journal->totals(JournalFilter::day(day)).all());
}

void TestCashUpReport::secondClosingIsRefused()
{
    const QDate day = m_today.addDays(-1);
    QCOMPARE(JournalSeeding::seed(*m_journal, day), 14);
    QVERIFY(
        CashUpReportBuilder::closeDay(m_journal.get(), day, QStringLiteral("Ana"), QDateTime(day, QTime(20, 0))).ok());
    const JournalResult second =
        CashUpReportBuilder::closeDay(m_journal.get(), day, QStringLiteral("Bruno"), QDateTime(day, QTime(21, 0)));
    QCOMPARE(second.kind(), JournalResult::Kind::Conflict);
    // The journal itself refuses it too (two tills closing at once).
    JournalClosing twice;
    twice.day = day;
    twice.closedAt = QDateTime::currentDateTimeUtc();
    twice.closedBy = QStringLiteral("Bruno");
    twice.reportJson = "{}";
    QCOMPARE(m_journal->recordClosing(twice).kind(), JournalResult::Kind::Conflict);
    QCOMPARE(m_journal->closing(day)->closedBy, QStringLiteral("Ana"));
    QCOMPARE(m_journal->closings().size(), 1);
}

void TestCashUpReport::dayToComeCannotBeClosed()
{
    const JournalResult r = CashUpReportBuilder::closeDay(m_journal.get(), m_today.addDays(1), QStringLiteral("Ana"),
                                                          QDateTime::currentDateTime());
    QCOMPARE(r.kind(), JournalResult::Kind::InvalidInput);
    QVERIFY(m_journal->closings().isEmpty());
}

void TestCashUpReport::lateRefundGoesToTheNextReport()
{
    const QDate day = m_today.addDays(-1);
    const qint64 late = JournalSeeding::sale(*m_journal, 30000, OrderState::Approved, CardType::Credit,
                                             QStringLiteral("Caja 1"), QStringLiteral("Bicicleta"));
    QVERIFY(JournalSeeding::moveSale(*m_journal, late, QDateTime(day, QTime(18, 0))));
    QVERIFY(CashUpReportBuilder::closeDay(m_journal.get(), day, QStringLiteral("manager"), QDateTime(day, QTime(20, 0)))
                .ok());

    // Today, after the closing: a refund of yesterday's sale.
    QVERIFY(JournalSeeding::refund(*m_journal, late, 5000, RefundState::Done, 90) > 0);
    CashUpReportBuilder builder(m_journal.get());
    // The closed day reads as it was closed...
    const CashUpReport closed = builder.build(day, day);
    QVERIFY(closed.isClosed());
    QCOMPARE(closed.money().takenCents, qint64(30000));
    QCOMPARE(closed.money().refundedCents, qint64(0));
    QCOMPARE(closed.money().netCents(), qint64(30000));
    QCOMPARE(closed.changedSinceClosing, qint64(1)); // counted, not written in
    // ... while the journal now says otherwise ...
    QCOMPARE(m_journal->totals(JournalFilter::day(day)).all().refundedCents, qint64(5000));
    // ... and today's report shows the change.
    const CashUpReport next = builder.build(m_today, m_today);
    QCOMPARE(next.changedAfterClosing.size(), 1);
    QCOMPARE(next.changedAfterClosing.first().localId, late);
    QCOMPARE(next.changedAfterClosing.first().refundedCents, qint64(5000));
    QCOMPARE(next.changedAfterClosing.first().state, OrderState::PartlyRefunded);
    QCOMPARE(next.money().takenCents, qint64(0)); // today's money is today's sales
    // Not twice: the day after today does not list it again.
    QVERIFY(builder.build(m_today.addDays(1), m_today.addDays(1)).changedAfterClosing.isEmpty());
}

void TestCashUpReport::lateChangeOnTheClosedDayGoesToTheNextReport()
{
    const QDate day = m_today.addDays(-2);
    const qint64 waiting = JournalSeeding::sale(*m_journal, 4200, OrderState::WaitingForCard, CardType::Debit,
                                                QStringLiteral("Caja 2"), QStringLiteral("Late payer"));
    const qint64 before = JournalSeeding::sale(*m_journal, 1000, OrderState::Approved, CardType::Debit,
                                               QStringLiteral("Caja 2"), QStringLiteral("Changed before closing"));
    QVERIFY(JournalSeeding::moveSale(*m_journal, waiting, QDateTime(day, QTime(19, 0))));
    QVERIFY(JournalSeeding::moveSale(*m_journal, before, QDateTime(day, QTime(19, 5)), QDateTime(day, QTime(19, 30))));
    QVERIFY(CashUpReportBuilder::closeDay(m_journal.get(), day, QStringLiteral("manager"), QDateTime(day, QTime(20, 0)))
                .ok());
    QVERIFY(CashUpReportBuilder(m_journal.get()).build(day, day).hasUnfinished());

    // Paid at 20:30 on the closed day itself.
    OrderInfo paid;
    paid.state = OrderState::Approved;
    paid.paymentId = PaymentRef::fromNumber(4242);
    QVERIFY(m_journal->recordState(waiting, paid).ok());
    QVERIFY(JournalSeeding::moveSale(*m_journal, waiting, QDateTime(day, QTime(19, 0)), QDateTime(day, QTime(20, 30))));

    CashUpReportBuilder builder(m_journal.get());
    const CashUpReport closed = builder.build(day, day);
    QCOMPARE(closed.money().takenCents, qint64(1000));
    QCOMPARE(closed.unfinished.size(), 1);
    QCOMPARE(closed.changedSinceClosing, qint64(1)); // the late payer; the sale changed before the closing is not
    const CashUpReport next = builder.build(day.addDays(1), day.addDays(1));
    QCOMPARE(next.changedAfterClosing.size(), 1);
    QCOMPARE(next.changedAfterClosing.first().description, QStringLiteral("Late payer"));
    QCOMPARE(next.changedAfterClosing.first().state, OrderState::Approved);
    QVERIFY(builder.build(day.addDays(2), day.addDays(2)).changedAfterClosing.isEmpty());
}

void TestCashUpReport::journalBeforeClosingsGainsTheTable()
{
    const qint64 id =
        JournalSeeding::sale(*m_journal, 1234, OrderState::Approved, CardType::Credit, QStringLiteral("Caja 1"));
    m_journal.reset();
    const QString name = QStringLiteral("raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        // Back to the version before the closings step, as the previous build wrote it.
        for (const QString &statement : JournalRollback::statementsBackTo(JournalSchema::kClosingsVersion - 1))
            QVERIFY2(q.exec(statement), qPrintable(statement));
    }
    QSqlDatabase::removeDatabase(name);

    m_journal = std::make_unique<OrderJournal>();
    QVERIFY(m_journal->open(m_path).ok());
    QCOMPARE(m_journal->entry(id)->request.amount, Money::fromCents(1234));
    QVERIFY(m_journal->closings().isEmpty());
    QVERIFY(m_journal->lastError().ok());
    QVERIFY(
        CashUpReportBuilder::closeDay(m_journal.get(), m_today, QStringLiteral("manager"), QDateTime::currentDateTime())
            .ok());
    QCOMPARE(m_journal->closings().size(), 1);
}

QTEST_GUILESS_MAIN(TestCashUpReport)
#include "tst_cashupreport.moc"
