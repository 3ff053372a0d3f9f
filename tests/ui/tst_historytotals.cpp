// The sales history's totals panel with refunds: paid, refunded and net by state, card type and terminal; "Money
// taken" leaves out declined and cancelled sales; a refund in progress is shown apart; every tab fits.
#include "store/OrderJournal.h"
#include "support/JournalSeeding.h"
#include "ui/Formatting.h"
#include "ui/HistoryDialog.h"

#include <QLabel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

class TestHistoryTotals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void paidRefundedAndNet();
    void everyTabFits();

private:
    void seed();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OrderJournal> m_journal;
};

namespace {

QString currency(qint64 cents)
{
    return Formatting::currency(Money::fromCents(cents));
}

QString text(const QWidget &parent, const QString &name)
{
    const QLabel *label = parent.findChild<QLabel *>(name);
    return label ? label->text() : QStringLiteral("<no label %1>").arg(name);
}

} // namespace

void TestHistoryTotals::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_journal = std::make_unique<OrderJournal>();
    QVERIFY(m_journal->open(m_dir->filePath(QStringLiteral("journal.sqlite"))).ok());
}

void TestHistoryTotals::cleanup()
{
    m_journal.reset();
    m_dir.reset();
}

void TestHistoryTotals::seed()
{
    const QString caja1 = QStringLiteral("Caja 1");
    const QString caja2 = QStringLiteral("Caja 2");
    // Caja 1: paid 1234.50 credit, 234.50 given back; paid 300.00 debit; declined 50.00 credit.
    QVERIFY(JournalSeeding::refund(
                *m_journal, JournalSeeding::sale(*m_journal, 123450, OrderState::Approved, CardType::Credit, caja1),
                23450, RefundState::Done, 91) > 0);
    QVERIFY(JournalSeeding::sale(*m_journal, 30000, OrderState::Approved, CardType::Debit, caja1) > 0);
    QVERIFY(JournalSeeding::sale(*m_journal, 5000, OrderState::Rejected, CardType::Credit, caja1) > 0);
    // Caja 2: paid 100.00 debit, all given back; cancelled 75.25 debit; paid 20.00 credit, 5.00 on its way back.
    QVERIFY(JournalSeeding::refund(
                *m_journal, JournalSeeding::sale(*m_journal, 10000, OrderState::Approved, CardType::Debit, caja2),
                10000, RefundState::Done, 92) > 0);
    QVERIFY(JournalSeeding::sale(*m_journal, 7525, OrderState::Cancelled, CardType::Debit, caja2) > 0);
    QVERIFY(JournalSeeding::refund(
                *m_journal, JournalSeeding::sale(*m_journal, 2000, OrderState::Approved, CardType::Credit, caja2), 500,
                RefundState::Pending, 93) > 0);
}

void TestHistoryTotals::paidRefundedAndNet()
{
    seed();
    HistoryDialog dialog(m_journal.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // By state: the counts and amounts of every state, refunded and net of the paid ones.
    QCOMPARE(text(dialog, QStringLiteral("totalPaidCount")), QLocale().toString(1));
    QCOMPARE(text(dialog, QStringLiteral("totalPaidNet")), currency(30000));
    QCOMPARE(text(dialog, QStringLiteral("totalPartlyRefundedLabel")),
             OrderStates::displayName(OrderState::PartlyRefunded));
    QCOMPARE(text(dialog, QStringLiteral("totalPartlyRefundedCount")), QLocale().toString(2));
    QCOMPARE(text(dialog, QStringLiteral("totalPartlyRefundedAmount")), currency(125450));
    QCOMPARE(text(dialog, QStringLiteral("totalPartlyRefundedRefunded")), currency(23450));
    QCOMPARE(text(dialog, QStringLiteral("totalPartlyRefundedNet")), currency(102000));
    QCOMPARE(text(dialog, QStringLiteral("totalRefundedAmount")), currency(10000));
    QCOMPARE(text(dialog, QStringLiteral("totalRefundedRefunded")), currency(10000));
    QCOMPARE(text(dialog, QStringLiteral("totalRefundedNet")), currency(0));
    QCOMPARE(text(dialog, QStringLiteral("totalDeclinedAmount")), currency(5000));
    QCOMPARE(text(dialog, QStringLiteral("totalDeclinedNet")), QString());
    QCOMPARE(text(dialog, QStringLiteral("totalCancelledAmount")), currency(7525));
    QCOMPARE(text(dialog, QStringLiteral("totalCancelledRefunded")), QString());
    QCOMPARE(text(dialog, QStringLiteral("totalAllCount")), QLocale().toString(6));
    QCOMPARE(text(dialog, QStringLiteral("totalAllAmount")), currency(123450 + 30000 + 5000 + 10000 + 7525 + 2000));

    // The grand total: money taken, without the declined and the cancelled sale.
    QCOMPARE(text(dialog, QStringLiteral("totalTakenLabel")), QStringLiteral("Money taken"));
    QCOMPARE(text(dialog, QStringLiteral("totalTakenCount")), QLocale().toString(4));
    QCOMPARE(text(dialog, QStringLiteral("totalTakenAmount")), currency(165450));
    QCOMPARE(text(dialog, QStringLiteral("totalTakenRefunded")), currency(33450));
    QCOMPARE(text(dialog, QStringLiteral("totalTakenNet")), currency(132000));

    // By card type.
    QCOMPARE(text(dialog, QStringLiteral("totalCardCreditPaidCount")), QLocale().toString(2));
    QCOMPARE(text(dialog, QStringLiteral("totalCardCreditPaid")), currency(125450));
    QCOMPARE(text(dialog, QStringLiteral("totalCardCreditRefunded")), currency(23450));
    QCOMPARE(text(dialog, QStringLiteral("totalCardCreditNet")), currency(102000));
    QCOMPARE(text(dialog, QStringLiteral("totalCardDebitPaid")), currency(40000));
    QCOMPARE(text(dialog, QStringLiteral("totalCardDebitNet")), currency(30000));
    QCOMPARE(text(dialog, QStringLiteral("totalDeclinedCreditAmount")), currency(5000));

    // By terminal, sorted by name.
    QCOMPARE(text(dialog, QStringLiteral("totalTerminal1Label")), QStringLiteral("Caja 1"));
    QCOMPARE(text(dialog, QStringLiteral("totalTerminal1Count")), QLocale().toString(2));
    QCOMPARE(text(dialog, QStringLiteral("totalTerminal1Paid")), currency(153450));
    QCOMPARE(text(dialog, QStringLiteral("totalTerminal1Refunded")), currency(23450));
    QCOMPARE(text(dialog, QStringLiteral("totalTerminal1Net")), currency(130000));
    QCOMPARE(text(dialog, QStringLiteral("totalTerminal2Label")), QStringLiteral("Caja 2"));
    QCOMPARE(text(dialog, QStringLiteral("totalTerminal2Paid")), currency(12000));
    QCOMPARE(text(dialog, QStringLiteral("totalTerminal2Net")), currency(2000));
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("totalTerminal3Label")));

    // The refund in progress, apart.
    auto *refunding = dialog.findChild<QLabel *>(QStringLiteral("totalRefunding"));
    QVERIFY(refunding && refunding->isVisible());
    QVERIFY2(refunding->text().contains(currency(500)), qPrintable(refunding->text()));

    // The totals follow the filter: the Paid filter (the refunded sales were paid too), then another day.
    dialog.setStateFilter(HistoryDialog::StateFilter::Paid);
    QCOMPARE(text(dialog, QStringLiteral("totalAllCount")), QLocale().toString(4));
    QCOMPARE(text(dialog, QStringLiteral("totalTakenNet")), currency(132000));
    QCOMPARE(text(dialog, QStringLiteral("totalDeclinedCount")), QLocale().toString(0));
    dialog.setStateFilter(HistoryDialog::StateFilter::All);
    dialog.setDay(QDate::currentDate().addDays(-1));
    QCOMPARE(text(dialog, QStringLiteral("totalTakenAmount")), currency(0));
    QVERIFY(!refunding->isVisible());
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("totalTerminal1Label")));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("totalTerminalNone")));
}

void TestHistoryTotals::everyTabFits()
{
    seed();
    HistoryDialog dialog(m_journal.get());
    const QSize minimum = dialog.minimumSizeHint();
    QVERIFY2(minimum.width() <= 1000 && minimum.height() <= 700,
             qPrintable(QStringLiteral("%1x%2").arg(minimum.width()).arg(minimum.height())));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("totalsTabs"));
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 3);
    // The default size, the room a 1024x768 screen leaves, and the smallest the dialog lets itself be.
    for (const QSize &wanted : {dialog.size(), QSize(1000, 700), QSize(1, 1)}) {
        dialog.resize(wanted);
        QTest::qWait(50);
        const QSize size = dialog.size();
        QVERIFY2(size.width() <= 1000 && size.height() <= 700,
                 qPrintable(QStringLiteral("%1x%2").arg(size.width()).arg(size.height())));
        for (int t = 0; t < tabs->count(); ++t) {
            tabs->setCurrentIndex(t);
            QCoreApplication::processEvents();
            const QString shots = qEnvironmentVariable("POINTDESK_SHOT_DIR");
            if (!shots.isEmpty()) {
                QVERIFY(dialog.grab().save(QStringLiteral("%1/history-totals-%2x%3-tab%4.png")
                                               .arg(shots)
                                               .arg(size.width())
                                               .arg(size.height())
                                               .arg(t)));
            }
            for (QLabel *l : tabs->widget(t)->findChildren<QLabel *>()) {
                if (!l->isVisible() || l->wordWrap() || l->text().isEmpty())
                    continue;
                QVERIFY2(l->width() >= l->minimumSizeHint().width() && l->height() >= l->minimumSizeHint().height(),
                         qPrintable(QStringLiteral("%1 at %2x%3, tab %4: %5")
                                        .arg(l->objectName())
                                        .arg(size.width())
                                        .arg(size.height())
                                        .arg(t)
                                        .arg(l->text())));
            }
        }
    }
}

QTEST_MAIN(TestHistoryTotals)
#include "tst_historytotals.moc"
