// The journal keeps the card a sale was paid with (brand, last digits, installments) as the API gave it, for the
// receipt: an answer without them keeps what an earlier one said, one that only adds them is kept too, and a journal
// from before the step (JournalSchema::kCardDetailsVersion) gains the columns with every sale intact.
#include "store/OrderJournal.h"
#include "support/JournalRollback.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

class TestJournalCards : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void paidSaleKeepsItsCard();
    void laterAnswerWithoutTheCardKeepsIt();
    void cardThatComesLaterIsKeptWithoutAnEvent();
    void unpaidSaleHasNoCard();
    void journalBeforeTheStepGainsTheColumns();

private:
    qint64 sale(qint64 cents);
    void rawExec(const QStringList &statements);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OrderJournal> m_journal;
    QString m_path;
};

void TestJournalCards::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("journal.sqlite"));
    m_journal = std::make_unique<OrderJournal>();
    QVERIFY(m_journal->open(m_path).ok());
}

void TestJournalCards::cleanup()
{
    m_journal.reset();
    m_dir.reset();
}

qint64 TestJournalCards::sale(qint64 cents)
{
    OrderRequest request;
    request.amount = Money::fromCents(cents);
    request.description = QStringLiteral("Mate");
    request.deviceName = QStringLiteral("Caja 1");
    const qint64 id = m_journal->recordNew(request, QStringLiteral("orders"));
    m_journal->attachOrderId(id, OrderRef(QStringLiteral("ORD01J%1").arg(id)));
    return id;
}

void TestJournalCards::rawExec(const QStringList &statements)
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

void TestJournalCards::paidSaleKeepsItsCard()
{
    const qint64 id = sale(12550);
    OrderInfo info;
    info.state = OrderState::Approved;
    info.status = QStringLiteral("processed");
    info.paymentId = PaymentRef(QStringLiteral("PAY01JABC"));
    info.cardBrand = QStringLiteral("master");
    info.lastDigits = QStringLiteral("0001");
    info.installments = 3;
    QVERIFY(m_journal->recordState(id, info).ok());
    const JournalEntry e = *m_journal->entry(id);
    QCOMPARE(e.cardBrand, QStringLiteral("master"));
    QCOMPARE(e.lastDigits, QStringLiteral("0001")); // text: the leading zeros stay
    QCOMPARE(e.installments, 3);
    QCOMPARE(e.paymentId.toString(), QStringLiteral("PAY01JABC"));
    // The same through the other reads.
    QCOMPARE(m_journal->entries().value(0).lastDigits, QStringLiteral("0001"));
    QCOMPARE(m_journal->entryByPaymentId(info.paymentId)->cardBrand, QStringLiteral("master"));
}

void TestJournalCards::laterAnswerWithoutTheCardKeepsIt()
{
    const qint64 id = sale(5000);
    OrderInfo paid;
    paid.state = OrderState::Approved;
    paid.paymentId = PaymentRef(QStringLiteral("77"));
    paid.cardBrand = QStringLiteral("visa");
    paid.lastDigits = QStringLiteral("4242");
    paid.installments = 1;
    QVERIFY(m_journal->recordState(id, paid).ok());
    // The API later reports the sale refunded, saying nothing about the card.
    OrderInfo refunded;
    refunded.state = OrderState::Refunded;
    refunded.paymentId = paid.paymentId;
    QVERIFY(m_journal->recordState(id, refunded).ok());
    const JournalEntry e = *m_journal->entry(id);
    QCOMPARE(e.state, OrderState::Refunded);
    QCOMPARE(e.cardBrand, QStringLiteral("visa"));
    QCOMPARE(e.lastDigits, QStringLiteral("4242"));
    QCOMPARE(e.installments, 1);
}

void TestJournalCards::cardThatComesLaterIsKeptWithoutAnEvent()
{
    const qint64 id = sale(5000);
    OrderInfo paid;
    paid.state = OrderState::Approved;
    paid.paymentId = PaymentRef(QStringLiteral("78"));
    QVERIFY(m_journal->recordState(id, paid).ok());
    const qsizetype events = m_journal->events(id).size();
    OrderInfo again = paid;
    again.cardBrand = QStringLiteral("debvisa");
    again.lastDigits = QStringLiteral("1111");
    QVERIFY(m_journal->recordState(id, again).ok()); // a final sale: only the card changes, no conflict
    const JournalEntry e = *m_journal->entry(id);
    QCOMPARE(e.state, OrderState::Approved);
    QCOMPARE(e.cardBrand, QStringLiteral("debvisa"));
    QCOMPARE(e.lastDigits, QStringLiteral("1111"));
    QCOMPARE(e.installments, 0);
    QCOMPARE(m_journal->events(id).size(), events);
    // Nothing new at all: nothing written.
    QVERIFY(m_journal->recordState(id, again).ok());
    QCOMPARE(m_journal->entry(id)->updatedAt, e.updatedAt);
}

void TestJournalCards::unpaidSaleHasNoCard()
{
    const qint64 id = sale(5000);
    QVERIFY(m_journal->markFailed(id, QStringLiteral("no terminal")).ok());
    const JournalEntry e = *m_journal->entry(id);
    QVERIFY(e.cardBrand.isEmpty());
    QVERIFY(e.lastDigits.isEmpty());
    QCOMPARE(e.installments, 0);
}

void TestJournalCards::journalBeforeTheStepGainsTheColumns()
{
    const qint64 first = sale(1000);
    OrderInfo paid;
    paid.state = OrderState::Approved;
    paid.paymentId = PaymentRef(QStringLiteral("PAY-1"));
    QVERIFY(m_journal->recordState(first, paid).ok());
    const qint64 second = sale(2500);
    m_journal.reset();
    // Back to the version before the step, as the previous build wrote it.
    rawExec(JournalRollback::statementsBackTo(JournalSchema::kCardDetailsVersion - 1));

    m_journal = std::make_unique<OrderJournal>();
    QVERIFY(m_journal->open(m_path).ok());
    const QList<JournalEntry> all = m_journal->entries();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).localId, second);
    QCOMPARE(all.at(0).request.amount, Money::fromCents(2500));
    QCOMPARE(all.at(1).state, OrderState::Approved);
    QCOMPARE(all.at(1).paymentId.toString(), QStringLiteral("PAY-1"));
    QVERIFY(all.at(1).cardBrand.isEmpty());
    QCOMPARE(all.at(1).installments, 0);
    // The card of a migrated sale can still be recorded.
    paid.cardBrand = QStringLiteral("amex");
    paid.lastDigits = QStringLiteral("3704");
    paid.installments = 6;
    QVERIFY(m_journal->recordState(first, paid).ok());
    QCOMPARE(m_journal->entry(first)->installments, 6);
    m_journal.reset();
    rawExec({QStringLiteral("SELECT card_brand, last_digits, installments FROM orders")});
    // The file now says it is at least the step's version.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("version"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QVERIFY(q.value(0).toInt() >= JournalSchema::kCardDetailsVersion);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("version"));
}

QTEST_GUILESS_MAIN(TestJournalCards)
#include "tst_journalcards.moc"
