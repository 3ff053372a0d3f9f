// OrderJournal's refunds: the checks that keep the money right run in the write transaction, a settled refund
// never changes, and a version 2 journal gains the refund's whole-balance flag without losing a row.
#include "store/OrderJournal.h"
#include "support/JournalRollback.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

class TestJournalRefunds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void refundsArePaidSalesOnly();
    void oneOpenRefundAtATimeAndNeverAboveTheBalance();
    void answersAndSettledRefunds();
    void unknownStateIsNeverMoneyGivenBack();
    void versionTwoJournalGainsTheFlag();

private:
    qint64 sale(qint64 cents, OrderState state);
    void rawExec(const QStringList &statements);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OrderJournal> m_journal;
    QString m_path;
};

void TestJournalRefunds::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("journal.sqlite"));
    m_journal = std::make_unique<OrderJournal>();
    QVERIFY(m_journal->open(m_path).ok());
}

void TestJournalRefunds::cleanup()
{
    m_journal.reset();
    m_dir.reset();
}

qint64 TestJournalRefunds::sale(qint64 cents, OrderState state)
{
    OrderRequest request;
    request.amount = Money::fromCents(cents);
    request.description = QStringLiteral("Mate");
    request.deviceName = QStringLiteral("Caja 1");
    const qint64 id = m_journal->recordNew(request, QStringLiteral("legacy"));
    OrderInfo info;
    info.state = state;
    info.paymentId = PaymentRef::fromNumber(1000 + id);
    m_journal->attachOrderId(id, OrderRef::fromNumber(500 + id));
    m_journal->recordState(id, info);
    return id;
}

void TestJournalRefunds::rawExec(const QStringList &statements)
{
    const QString name = QStringLiteral("raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &statement : statements)
            QVERIFY2(q.exec(statement), qPrintable(statement));
    }
    QSqlDatabase::removeDatabase(name);
}

void TestJournalRefunds::refundsArePaidSalesOnly()
{
    for (OrderState state : {OrderState::Sending, OrderState::WaitingForCard, OrderState::Rejected,
                             OrderState::Cancelled, OrderState::Failed, OrderState::Unknown}) {
        const qint64 id = sale(1000, state);
        JournalResult result;
        QCOMPARE(m_journal->recordRefund(id, std::nullopt, {}, {}, &result), qint64(0));
        QCOMPARE(result.kind(), JournalResult::Kind::Conflict);
        QVERIFY(m_journal->refunds(id).isEmpty());
    }
    JournalResult missing;
    QCOMPARE(m_journal->recordRefund(999, std::nullopt, {}, {}, &missing), qint64(0));
    QCOMPARE(missing.kind(), JournalResult::Kind::NotFound);
    const qint64 paid = sale(1000, OrderState::Approved);
    JournalResult zero;
    QCOMPARE(m_journal->recordRefund(paid, Money::fromCents(0), {}, {}, &zero), qint64(0));
    QCOMPARE(zero.kind(), JournalResult::Kind::InvalidInput);
}

void TestJournalRefunds::oneOpenRefundAtATimeAndNeverAboveTheBalance()
{
    const qint64 id = sale(10000, OrderState::Approved);
    QString key;
    const qint64 first = m_journal->recordRefund(id, Money::fromCents(4000), QStringLiteral("broken"),
                                                 QStringLiteral("Ana"), nullptr, &key);
    QVERIFY(first > 0);
    QCOMPARE(m_journal->refund(first)->idempotencyKey, key);
    QCOMPARE(key.size(), 36);
    QVERIFY(!m_journal->refund(first)->wholeBalance);
    QVERIFY(m_journal->refundBalance(id)->refundInProgress);

    JournalResult busy;
    QCOMPARE(m_journal->recordRefund(id, Money::fromCents(100), {}, {}, &busy), qint64(0));
    QCOMPARE(busy.kind(), JournalResult::Kind::Conflict);

    RefundInfo done;
    done.id = RefundRef::fromNumber(77);
    done.amount = Money::fromCents(4000);
    done.state = RefundState::Done;
    done.rawStatus = QStringLiteral("approved");
    QVERIFY(m_journal->recordRefundResult(first, done).ok());
    QCOMPARE(m_journal->refundBalance(id)->left(), Money::fromCents(6000));

    JournalResult tooMuch;
    QCOMPARE(m_journal->recordRefund(id, Money::fromCents(6001), {}, {}, &tooMuch), qint64(0));
    QCOMPARE(tooMuch.kind(), JournalResult::Kind::Conflict);
    const qint64 rest = m_journal->recordRefund(id, std::nullopt, {}, {});
    QVERIFY(rest > 0);
    QCOMPARE(m_journal->refund(rest)->amount, Money::fromCents(6000));
    QVERIFY(m_journal->refund(rest)->wholeBalance);
    QVERIFY(m_journal->refund(rest)->idempotencyKey != key);
    QCOMPARE(m_journal->openRefunds().size(), 1);
    // The sale's history says so.
    QVERIFY(m_journal->events(id).last().detail.contains(QStringLiteral("refund")));
}

void TestJournalRefunds::answersAndSettledRefunds()
{
    const qint64 id = sale(5000, OrderState::Approved);
    const qint64 refund = m_journal->recordRefund(id, std::nullopt, {}, {});
    QVERIFY(m_journal->recordRefundSent(refund).ok());
    QVERIFY(m_journal->recordRefundSent(refund).ok());
    QCOMPARE(m_journal->refund(refund)->attempts, 2);
    QVERIFY(m_journal->recordRefundProblem(refund, QStringLiteral("timed out")).ok());
    QCOMPARE(m_journal->refund(refund)->lastError, QStringLiteral("timed out"));

    RefundInfo pending;
    pending.id = RefundRef(QStringLiteral("REF01J67CQQH5904WDBVZEM1234D"));
    pending.amount = Money::fromCents(4500); // the API gave back what was left by its own count
    pending.state = RefundState::Pending;
    pending.rawStatus = QStringLiteral("processing");
    QVERIFY(m_journal->recordRefundResult(refund, pending).ok());
    JournalRefund now = *m_journal->refund(refund);
    QCOMPARE(now.state, JournalRefund::State::Pending);
    QCOMPARE(now.amount, Money::fromCents(4500));
    QCOMPARE(now.refundId.toString(), QStringLiteral("REF01J67CQQH5904WDBVZEM1234D"));
    QVERIFY(now.lastError.isEmpty());
    QVERIFY(now.isOpen());

    pending.state = RefundState::Done;
    pending.rawStatus = QStringLiteral("processed");
    QVERIFY(m_journal->recordRefundResult(refund, pending).ok());
    QCOMPARE(m_journal->refund(refund)->state, JournalRefund::State::Done);
    QCOMPARE(m_journal->recordRefundResult(refund, pending).kind(), JournalResult::Kind::Conflict);
    QCOMPARE(m_journal->markRefundFailed(refund, QStringLiteral("late")).kind(), JournalResult::Kind::Conflict);
    QCOMPARE(m_journal->recordRefundSent(424242).kind(), JournalResult::Kind::NotFound);

    const qint64 second = m_journal->recordRefund(id, std::nullopt, {}, {});
    QVERIFY(m_journal->markRefundFailed(second, QStringLiteral("refused")).ok());
    QCOMPARE(m_journal->refundBalance(id)->left(), Money::fromCents(500));
    QVERIFY(!m_journal->refundBalance(id)->refundInProgress);
}

void TestJournalRefunds::unknownStateIsNeverMoneyGivenBack()
{
    const qint64 id = sale(5000, OrderState::Approved);
    const qint64 refund = m_journal->recordRefund(id, Money::fromCents(1000), {}, {});
    m_journal.reset();
    rawExec({QStringLiteral("UPDATE refunds SET state = 'from_the_future' WHERE refund_local_id = %1").arg(refund)});
    m_journal = std::make_unique<OrderJournal>();
    QVERIFY(m_journal->open(m_path).ok());
    const JournalRefund read = *m_journal->refund(refund);
    QCOMPARE(read.state, JournalRefund::State::Recorded);
    QVERIFY(read.holdsMoney());
    QVERIFY(m_journal->refundBalance(id)->refundInProgress);
}

void TestJournalRefunds::versionTwoJournalGainsTheFlag()
{
    const qint64 id = sale(5000, OrderState::Approved);
    const qint64 whole = m_journal->recordRefund(id, std::nullopt, QStringLiteral("kept"), {});
    m_journal.reset();
    // Back to version 2 as the previous build wrote it.
    rawExec(JournalRollback::statementsBackTo(3) +
            QStringList{QStringLiteral("DROP INDEX refunds_by_state"), QStringLiteral("DROP INDEX orders_by_payment"),
                        QStringLiteral("ALTER TABLE orders DROP COLUMN print_on_terminal"),
                        QStringLiteral("ALTER TABLE orders DROP COLUMN expiration_seconds"),
                        QStringLiteral("ALTER TABLE refunds DROP COLUMN whole_balance"),
                        QStringLiteral("PRAGMA user_version = 2")});

    m_journal = std::make_unique<OrderJournal>();
    QVERIFY(m_journal->open(m_path).ok());
    const JournalRefund kept = *m_journal->refund(whole);
    QCOMPARE(kept.reason, QStringLiteral("kept"));
    QCOMPARE(kept.amount, Money::fromCents(5000));
    QVERIFY(!kept.wholeBalance); // a version 2 refund asked for its amount
    QCOMPARE(m_journal->entry(id)->state, OrderState::Approved);
    QCOMPARE(m_journal->entryByPaymentId(PaymentRef::fromNumber(1000 + id))->localId, id);
    QVERIFY(!m_journal->entryByPaymentId(PaymentRef::fromNumber(5)));
    QVERIFY(m_journal->entry(id)->request.printOnTerminal); // a version 2 sale printed its receipt
    QVERIFY(!m_journal->entry(id)->request.expirationSeconds);
    m_journal.reset();
    rawExec({QStringLiteral("SELECT whole_balance FROM refunds")});
}

QTEST_GUILESS_MAIN(TestJournalRefunds)
#include "tst_journalrefunds.moc"
