// Sales > Close the day: the dialog shows the day's report (today by default), Close the day asks to confirm and
// records the closing once (a second time is refused with a message), a range cannot be closed, the history's totals
// then say the day is closed, and the menu's entry has its shortcut.
#include "../support/JournalSeeding.h"
#include "store/CashUpReportBuilder.h"
#include "store/OrderJournal.h"
#include "ui/CashUpDialog.h"
#include "ui/HistoryDialog.h"
#include "ui/MainMenuBar.h"

#include <QApplication>
#include <QDateEdit>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

class TestCashUpDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void opensOnTodayWithThePreview();
    void closeTheDayConfirmsThenRecordsOnce();
    void backLeavesTheDayOpen();
    void rangeCannotBeClosed();
    void historySaysTheDayIsClosed();
    void menuHasTheEntryAndShortcut();

private:
    QMessageBox *waitForBox(const QString &objectName = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OrderJournal> m_journal;
    std::unique_ptr<CashUpDialog> m_dialog;
    QDate m_today;
};

void TestCashUpDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_journal = std::make_unique<OrderJournal>();
    QVERIFY(m_journal->open(m_dir->filePath(QStringLiteral("journal.sqlite"))).ok());
    m_today = QDate::currentDate();
    // Yesterday: every state, with refunds; today: one paid sale.
    QCOMPARE(JournalSeeding::seed(*m_journal, m_today.addDays(-1)), 14);
    const qint64 today = JournalSeeding::sale(*m_journal, 2500, OrderState::Approved, CardType::Credit,
                                              QStringLiteral("Caja 1"), QStringLiteral("Today's sale"));
    QVERIFY(today > 0);
    m_dialog = std::make_unique<CashUpDialog>(m_journal.get());
    m_dialog->show();
    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
}

void TestCashUpDialog::cleanup()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *box = qobject_cast<QMessageBox *>(w))
            box->close();
    }
    m_dialog.reset();
    m_journal.reset();
    m_dir.reset();
}

QMessageBox *TestCashUpDialog::waitForBox(const QString &objectName)
{
    QMessageBox *found = nullptr;
    const bool shown = QTest::qWaitFor(
        [&]() {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *box = qobject_cast<QMessageBox *>(w);
                if (box && box->isVisible() && (objectName.isEmpty() || box->objectName() == objectName))
                    found = box;
            }
            return found != nullptr;
        },
        5000);
    return shown ? found : nullptr;
}

void TestCashUpDialog::opensOnTodayWithThePreview()
{
    QCOMPARE(m_dialog->fromDay(), m_today);
    QCOMPARE(m_dialog->toDay(), m_today);
    QCOMPARE(m_dialog->report().money().takenCents, qint64(2500));
    QVERIFY(m_dialog->findChild<QPrintPreviewWidget *>(QStringLiteral("cashUpPreview")));
    QVERIFY(m_dialog->findChild<QPushButton *>(QStringLiteral("cashUpCloseDay"))->isEnabled());
    // Yesterday: the same money as the history counts.
    m_dialog->setDays(m_today.addDays(-1), m_today.addDays(-1));
    QCOMPARE(m_dialog->report().money().netCents(), JournalSeeding::Expected().netCents());
    QCOMPARE(m_dialog->report().money().takenCents,
             m_journal->totals(JournalFilter::day(m_today.addDays(-1))).all().takenCents);
    QVERIFY(
        m_dialog->findChild<QLabel *>(QStringLiteral("cashUpStatus"))->text().contains(QStringLiteral("not finished")));
    // The From field has the keyboard, with a mnemonic label.
    QTRY_COMPARE(QApplication::focusWidget(), m_dialog->findChild<QDateEdit *>(QStringLiteral("cashUpFrom")));
}

void TestCashUpDialog::closeTheDayConfirmsThenRecordsOnce()
{
    const QDate day = m_today.addDays(-1);
    m_dialog->setDays(day, day);
    QSignalSpy asked(m_dialog.get(), &CashUpDialog::closeDayRequested);
    m_dialog->findChild<QPushButton *>(QStringLiteral("cashUpCloseDay"))->click();
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.at(0).at(0).toDate(), day);

    m_dialog->closeDay(QStringLiteral("manager"));
    QMessageBox *confirm = waitForBox(QStringLiteral("confirmCloseDay"));
    QVERIFY(confirm);
    QVERIFY(confirm->informativeText().contains(QStringLiteral("not finished")));
    QVERIFY(!m_journal->closing(day)); // nothing before the answer
    confirm->findChild<QPushButton *>(QStringLiteral("confirmCloseDayButton"))->click();
    QTRY_VERIFY(m_journal->closing(day).has_value());
    QCOMPARE(m_journal->closing(day)->closedBy, QStringLiteral("manager"));
    QTRY_VERIFY(m_dialog->report().isClosed());
    QVERIFY(!m_dialog->findChild<QPushButton *>(QStringLiteral("cashUpCloseDay"))->isEnabled());
    QVERIFY(
        m_dialog->findChild<QLabel *>(QStringLiteral("cashUpStatus"))->text().startsWith(QStringLiteral("Closed on")));

    // Asked again (a stale button, another till): refused with a message, nothing written.
    m_dialog->closeDay(QStringLiteral("someone else"));
    QMessageBox *refused = waitForBox(QStringLiteral("cashUpMessage"));
    QVERIFY(refused);
    QVERIFY2(refused->text().contains(QStringLiteral("already closed")), qPrintable(refused->text()));
    refused->close();
    QCOMPARE(m_journal->closings().size(), 1);
    QCOMPARE(m_journal->closing(day)->closedBy, QStringLiteral("manager"));
}

void TestCashUpDialog::backLeavesTheDayOpen()
{
    m_dialog->closeDay(QStringLiteral("manager"));
    QMessageBox *confirm = waitForBox(QStringLiteral("confirmCloseDay"));
    QVERIFY(confirm);
    confirm->findChild<QPushButton *>(QStringLiteral("confirmCloseDayBack"))->click();
    QTest::qWait(50);
    QVERIFY(m_journal->closings().isEmpty());
    QVERIFY(!m_dialog->report().isClosed());
}

void TestCashUpDialog::rangeCannotBeClosed()
{
    m_dialog->setDays(m_today.addDays(-1), m_today);
    QVERIFY(!m_dialog->findChild<QPushButton *>(QStringLiteral("cashUpCloseDay"))->isEnabled());
    QCOMPARE(m_dialog->report().money().takenCents, JournalSeeding::Expected().paidCents + 2500);
    m_dialog->closeDay(QStringLiteral("manager"));
    QTest::qWait(50);
    QVERIFY(m_journal->closings().isEmpty());
    // Moving To before From moves From along.
    m_dialog->findChild<QDateEdit *>(QStringLiteral("cashUpTo"))->setDate(m_today.addDays(-3));
    QCOMPARE(m_dialog->fromDay(), m_today.addDays(-3));
}

void TestCashUpDialog::historySaysTheDayIsClosed()
{
    QVERIFY(
        CashUpReportBuilder::closeDay(m_journal.get(), m_today, QStringLiteral("Marta"), QDateTime::currentDateTime())
            .ok());
    HistoryDialog history(m_journal.get());
    history.show();
    QVERIFY(QTest::qWaitForWindowExposed(&history));
    bool found = false;
    for (QLabel *label : history.findChildren<QLabel *>()) {
        if (label->text().contains(QStringLiteral("closed at")) && label->text().contains(QStringLiteral("by Marta")))
            found = true;
    }
    QVERIFY(found);
}

void TestCashUpDialog::menuHasTheEntryAndShortcut()
{
    QMainWindow window;
    auto *bar = new MainMenuBar(&window);
    window.setMenuBar(bar);
    QAction *action = bar->findChild<QAction *>(QStringLiteral("cashUpAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    QSignalSpy requested(bar, &MainMenuBar::cashUpRequested);
    action->trigger();
    QCOMPARE(requested.size(), 1);
}

QTEST_MAIN(TestCashUpDialog)
#include "tst_cashupdialog.moc"
