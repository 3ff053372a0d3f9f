// The history's Refund and the refund dialog, against the legacy simulator's Payments API and a real journal.
#include "api/LegacyPointBackend.h"
#include "sales/RefundService.h"
#include "sim/PointSimulator.h"
#include "store/OrderJournal.h"
#include "support/CallTestSupport.h"
#include "support/RefTestSupport.h"
#include "ui/Formatting.h"
#include "ui/HistoryDialog.h"
#include "ui/HistoryModel.h"
#include "ui/RefundDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestRefundDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void wholeBalanceIsRefundedAndShown();
    void partAboveTheBalanceIsRefusedAsItIsTyped();
    void refusalOfTheApiIsShownInPlace();
    void historyOffersRefundOnlyForPaidSales();

private:
    qint64 paidSale(qint64 cents);

    std::unique_ptr<QTemporaryDir> m_dir;
    PointSimulator *m_sim = nullptr;
    LegacyPointBackend *m_client = nullptr;
    std::unique_ptr<OrderJournal> m_journal;
    RefundService *m_service = nullptr;
};

void TestRefundDialog::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Formatting::setDefaultCurrency(Currency());
}

void TestRefundDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_sim = new PointSimulator(this);
    QVERIFY(m_sim->listen());
    m_client = new LegacyPointBackend(this);
    QVERIFY(m_client->setBaseUrl(m_sim->apiUrl()));
    m_client->setAccessToken(m_sim->accessToken());
    m_journal = std::make_unique<OrderJournal>();
    QVERIFY(m_journal->open(m_dir->filePath(QStringLiteral("journal.sqlite"))).ok());
    m_service = new RefundService(m_client, m_journal.get(), this);
    m_service->backoff().setLimits(20, 50);
}

void TestRefundDialog::cleanup()
{
    delete m_service;
    m_journal.reset();
    delete m_client;
    delete m_sim;
    m_dir.reset();
}

qint64 TestRefundDialog::paidSale(qint64 cents)
{
    OrderRequest request;
    request.amount = Money::fromCents(cents);
    request.description = QStringLiteral("Mate cocido");
    request.deviceName = QStringLiteral("Caja 1");
    const qint64 localId = m_journal->recordNew(request, QStringLiteral("legacy"));
    auto created = await(m_client->createOrder(request));
    m_journal->attachOrderId(localId, created.value.id);
    m_sim->approve(QStringLiteral("Caja 1"));
    auto paid = await(m_client->getOrder(created.value.id));
    m_journal->recordState(localId, paid.value);
    return localId;
}

void TestRefundDialog::wholeBalanceIsRefundedAndShown()
{
    const qint64 sale = paidSale(12345);
    RefundDialog dialog(m_service, m_journal.get(), sale);
    dialog.show();
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("refundSummary"));
    QVERIFY(summary->text().contains(QStringLiteral("Mate cocido")));
    QVERIFY(dialog.findChild<QRadioButton *>(QStringLiteral("refundWhole"))->text().contains(QStringLiteral("123.45")));
    auto *refund = dialog.findChild<QPushButton *>(QStringLiteral("refundButton"));
    QVERIFY(refund->isEnabled());
    dialog.findChild<QLineEdit *>(QStringLiteral("refundReason"))->setText(QStringLiteral("wrong size"));

    QSignalSpy recorded(&dialog, &RefundDialog::refundRecorded);
    QTest::mouseClick(refund, Qt::LeftButton);
    QCOMPARE(recorded.size(), 1);
    QCOMPARE(dialog.phase(), RefundDialog::Phase::Sending);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.phase(), RefundDialog::Phase::Done, 5000);
    const JournalRefund done = m_journal->refunds(sale).first();
    QVERIFY(dialog.messageText().contains(done.refundId.toString()));
    QCOMPARE(done.reason, QStringLiteral("wrong size"));
    QVERIFY(!refund->isVisible());
    QCOMPARE(m_sim->payments().payment(simId(m_journal->entry(sale)->paymentId))->refundedCents, qint64(12345));
}

void TestRefundDialog::partAboveTheBalanceIsRefusedAsItIsTyped()
{
    const qint64 sale = paidSale(5000);
    RefundDialog dialog(m_service, m_journal.get(), sale);
    dialog.show();
    auto *part = dialog.findChild<QRadioButton *>(QStringLiteral("refundPart"));
    auto *amount = dialog.findChild<QLineEdit *>(QStringLiteral("refundAmount"));
    auto *refund = dialog.findChild<QPushButton *>(QStringLiteral("refundButton"));
    QVERIFY(!amount->isEnabled());
    part->setChecked(true);
    QVERIFY(amount->isEnabled());
    QVERIFY(!refund->isEnabled()); // nothing typed yet
    QTest::keyClicks(amount, QStringLiteral("60"));
    QVERIFY(!refund->isEnabled());
    QVERIFY2(dialog.messageText().contains(QStringLiteral("50.00")), qPrintable(dialog.messageText()));
    amount->clear();
    QTest::keyClicks(amount, QStringLiteral("12.50"));
    QVERIFY(refund->isEnabled());
    QCOMPARE(dialog.requestedAmount(), std::optional<Money>(Money::fromCents(1250)));
    dialog.submit();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.phase(), RefundDialog::Phase::Done, 5000);
    QCOMPARE(m_journal->refundBalance(sale)->left(), Money::fromCents(3750));

    // The next dialog for the sale shows what is left.
    RefundDialog again(m_service, m_journal.get(), sale);
    QVERIFY(again.findChild<QLabel *>(QStringLiteral("refundBalance"))->text().contains(QStringLiteral("37.50")));
}

void TestRefundDialog::refusalOfTheApiIsShownInPlace()
{
    const qint64 sale = paidSale(5000);
    QVERIFY(m_sim->payments().agePayment(simId(m_journal->entry(sale)->paymentId), 400));
    RefundDialog dialog(m_service, m_journal.get(), sale);
    dialog.show();
    dialog.submit();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.phase(), RefundDialog::Phase::Failed, 5000);
    QVERIFY(dialog.messageText().startsWith(QStringLiteral("Not refunded")));
    QCOMPARE(m_journal->refunds(sale).first().state, JournalRefund::State::Failed);
}

void TestRefundDialog::historyOffersRefundOnlyForPaidSales()
{
    const qint64 paid = paidSale(5000);
    OrderRequest request;
    request.amount = Money::fromCents(700);
    request.description = QStringLiteral("Alfajor");
    request.deviceName = QStringLiteral("Caja 1");
    const qint64 declined = m_journal->recordNew(request, QStringLiteral("legacy"));
    m_journal->recordState(declined, OrderState::Rejected);

    HistoryDialog history(m_journal.get());
    history.show();
    history.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&history));
    QSignalSpy asked(&history, &HistoryDialog::refundRequested);
    auto *table = history.findChild<QTableView *>(QStringLiteral("historyTable"));
    auto *button = history.findChild<QPushButton *>(QStringLiteral("historyRefundButton"));
    table->selectRow(history.model()->rowOf(declined));
    QVERIFY(!button->isEnabled());
    QTest::keySequence(table, QKeySequence(Qt::CTRL | Qt::Key_R));
    QCOMPARE(asked.size(), 0);
    table->selectRow(history.model()->rowOf(paid));
    QVERIFY(button->isEnabled());
    QTest::keySequence(table, QKeySequence(Qt::CTRL | Qt::Key_R));
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().at(0).toLongLong(), paid);

    // Refunded in full: nothing more to offer.
    QVERIFY(m_service->refund(paid, std::nullopt, {}, {}) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_journal->refunds(paid).first().state, JournalRefund::State::Done, 5000);
    history.reload();
    table->selectRow(history.model()->rowOf(paid));
    QVERIFY(!button->isEnabled());
}

QTEST_MAIN(TestRefundDialog)
#include "tst_refunddialog.moc"
