// The sales history's filters and export, as a new cashier met them: a terminal filter (names as recorded, matched
// capitals and accents aside) that the totals follow; the totals' sum row says "any state" only when no filter is
// on; the payment id in view at the default size; the CSV written as Preferences' "CSV for spreadsheets" says.
#include "store/Language.h"
#include "store/OrderJournal.h"
#include "store/Settings.h"
#include "ui/Formatting.h"
#include "ui/HistoryDialog.h"
#include "ui/HistoryModel.h"
#include "ui/PreferencesDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QScopeGuard>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

Q_DECLARE_METATYPE(HistoryDialog::StateFilter)

class TestHistoryFilters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void terminalFilterAndItsTotals();
    void anyStateOnlyWithoutFilters_data();
    void anyStateOnlyWithoutFilters();
    void paymentIdInViewAtDefaultSize();
    void filtersWholeAtDefaultSize_data();
    void filtersWholeAtDefaultSize();
    void exportFollowsTheCsvSetting();
    void preferencesChooseTheCsvFormat();

private:
    qint64 sale(qint64 cents, OrderState state, const QString &terminal);
    QString label(const QWidget &parent, const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OrderJournal> m_journal;
};

void TestHistoryFilters::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_journal = std::make_unique<OrderJournal>();
    QVERIFY(m_journal->open(m_dir->filePath(QStringLiteral("journal.sqlite"))).ok());
    // Caja 1: paid 100.00, declined 50.00. Mostrador Ñandú (spelt two ways): paid 20.00 and 5.00, cancelled 70.00.
    QVERIFY(sale(10000, OrderState::Approved, QStringLiteral("Caja 1")) > 0);
    QVERIFY(sale(5000, OrderState::Rejected, QStringLiteral("Caja 1")) > 0);
    QVERIFY(sale(2000, OrderState::Approved, QStringLiteral("mostrador ñandu")) > 0);
    QVERIFY(sale(7000, OrderState::Cancelled, QStringLiteral("Mostrador Ñandú")) > 0);
    QVERIFY(sale(500, OrderState::Approved, QStringLiteral("Mostrador Ñandú")) > 0);
}

void TestHistoryFilters::cleanup()
{
    m_journal.reset();
    m_dir.reset();
}

qint64 TestHistoryFilters::sale(qint64 cents, OrderState state, const QString &terminal)
{
    OrderRequest request;
    request.amount = Money::fromCents(cents);
    request.description = QStringLiteral("Mate");
    request.deviceName = terminal;
    request.cardType = CardType::Credit;
    const qint64 id = m_journal->recordNew(request, QStringLiteral("orders"));
    m_journal->attachOrderId(id, OrderRef::fromNumber(1000000000000 + id));
    if (state == OrderState::Cancelled) {
        m_journal->recordState(id, OrderState::Cancelled);
        return id;
    }
    OrderInfo info;
    info.state = state;
    info.paymentId = PaymentRef::fromNumber(2000000000000 + id);
    info.paymentStatus = state == OrderState::Approved ? QStringLiteral("approved") : QStringLiteral("rejected");
    m_journal->recordState(id, info);
    return id;
}

QString TestHistoryFilters::label(const QWidget &parent, const QString &name) const
{
    const auto *l = parent.findChild<QLabel *>(name);
    return l ? l->text() : QStringLiteral("<no label %1>").arg(name);
}

void TestHistoryFilters::terminalFilterAndItsTotals()
{
    HistoryDialog dialog(m_journal.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("historyTerminalFilter"));
    QVERIFY(combo);
    // Every terminal once, spelt as on its most recent sale, after "All terminals".
    QCOMPARE(dialog.terminalChoices(), (QStringList{QStringLiteral("Caja 1"), QStringLiteral("Mostrador Ñandú")}));
    QCOMPARE(combo->count(), 3);
    QCOMPARE(dialog.model()->rowCount(), 5);
    QCOMPARE(dialog.totals().all().takenCents, qint64(12500));

    // Chosen in the combo: the rows and the totals follow; declined and cancelled money is never taken.
    combo->setCurrentIndex(2);
    QCOMPARE(dialog.terminalFilter(), QStringLiteral("Mostrador Ñandú"));
    QCOMPARE(dialog.model()->rowCount(), 3);
    QCOMPARE(dialog.totals().all().count, qint64(3));
    QCOMPARE(dialog.totals().all().takenCents, qint64(2500));
    QCOMPARE(label(dialog, QStringLiteral("totalTakenAmount")), Formatting::currency(Money::fromCents(2500)));
    QVERIFY2(label(dialog, QStringLiteral("totalsTitle")).contains(QStringLiteral("Mostrador Ñandú")),
             qPrintable(label(dialog, QStringLiteral("totalsTitle"))));

    // Asked for in other capitals and without accents, like pointdesk-cli history --terminal.
    dialog.setTerminalFilter(QStringLiteral("caja 1"));
    QCOMPARE(dialog.terminalFilter(), QStringLiteral("Caja 1"));
    QCOMPARE(dialog.model()->rowCount(), 2);
    QCOMPARE(dialog.totals().all().takenCents, qint64(10000));
    QCOMPARE(dialog.totals().all().cents, qint64(15000));

    // A new terminal's sale shows up in the choices; the one chosen stays chosen.
    QVERIFY(sale(300, OrderState::Approved, QStringLiteral("Caja 2")) > 0);
    dialog.reload();
    QCOMPARE(dialog.terminalChoices().size(), 3);
    QCOMPARE(dialog.terminalFilter(), QStringLiteral("Caja 1"));
    QCOMPARE(dialog.model()->rowCount(), 2);

    dialog.setTerminalFilter(QString());
    QCOMPARE(dialog.model()->rowCount(), 6);
}

void TestHistoryFilters::anyStateOnlyWithoutFilters_data()
{
    QTest::addColumn<HistoryDialog::StateFilter>("state");
    QTest::addColumn<QString>("terminal");
    QTest::addColumn<QString>("sumRow");
    QTest::newRow("no filter") << HistoryDialog::StateFilter::All << QString()
                               << QStringLiteral("All orders, any state");
    QTest::newRow("paid only") << HistoryDialog::StateFilter::Paid << QString() << QStringLiteral("All orders shown");
    QTest::newRow("one terminal") << HistoryDialog::StateFilter::All << QStringLiteral("Caja 1")
                                  << QStringLiteral("All orders shown");
}

void TestHistoryFilters::anyStateOnlyWithoutFilters()
{
    QFETCH(HistoryDialog::StateFilter, state);
    QFETCH(QString, terminal);
    QFETCH(QString, sumRow);
    HistoryDialog dialog(m_journal.get());
    dialog.setStateFilter(state);
    dialog.setTerminalFilter(terminal);
    QCOMPARE(label(dialog, QStringLiteral("totalAllLabel")), sumRow);
    QCOMPARE(label(dialog, QStringLiteral("totalAllCardLabel")), sumRow);
}

void TestHistoryFilters::paymentIdInViewAtDefaultSize()
{
    HistoryDialog dialog(m_journal.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *table = dialog.findChild<QTableView *>(QStringLiteral("historyTable"));
    QVERIFY(table);
    QCOMPARE(table->horizontalScrollBar()->value(), 0);
    const int column = HistoryModel::PaymentIdColumn;
    const int right = table->columnViewportPosition(column) + table->columnWidth(column);
    QVERIFY2(right <= table->viewport()->width(),
             qPrintable(QStringLiteral("payment id ends at %1 of %2").arg(right).arg(table->viewport()->width())));
    // Wide enough for the id itself, not cut.
    const QString id = dialog.model()->data(dialog.model()->index(0, column)).toString();
    QVERIFY(!id.isEmpty());
    QVERIFY(table->fontMetrics().horizontalAdvance(id) < table->columnWidth(column));
}

void TestHistoryFilters::filtersWholeAtDefaultSize_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("es") << QStringLiteral("es");
    QTest::newRow("pt_BR") << QStringLiteral("pt_BR");
}

void TestHistoryFilters::filtersWholeAtDefaultSize()
{
    QFETCH(QString, language);
    QVERIFY(Language::install(language));
    const auto english = qScopeGuard([]() { Language::install(QStringLiteral("en")); });
    HistoryDialog dialog(m_journal.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY2(dialog.width() <= 1000, qPrintable(QString::number(dialog.width()))); // fits a 1024x768 screen
    for (const char *name : {"historyStateFilter", "historyTerminalFilter"}) {
        auto *combo = dialog.findChild<QComboBox *>(QLatin1String(name));
        QVERIFY(combo);
        QVERIFY2(combo->width() >= combo->sizeHint().width(), qPrintable(QStringLiteral("%1: %2 of %3 px for \"%4\"")
                                                                             .arg(QLatin1String(name))
                                                                             .arg(combo->width())
                                                                             .arg(combo->sizeHint().width())
                                                                             .arg(combo->currentText())));
    }
}

void TestHistoryFilters::exportFollowsTheCsvSetting()
{
    Settings settings(m_dir->filePath(QStringLiteral("settings.ini")));
    settings.setCsvForSpreadsheets(true);
    HistoryDialog dialog(m_journal.get());
    dialog.setSettings(&settings);
    dialog.setAllDays(true);
    const QString path = m_dir->filePath(QStringLiteral("sheet.csv"));
    QVERIFY(dialog.exportCsvTo(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    file.close();
    QVERIFY2(bytes.startsWith("\xEF\xBB\xBF"), bytes.left(16).toHex().constData());
    // The window's own words head the columns they share with the table.
    const QStringList header =
        QString::fromUtf8(bytes.mid(3)).section(QStringLiteral("\r\n"), 0, 0).split(QLatin1Char(';'));
    for (int column :
         {int(HistoryModel::TimeColumn), int(HistoryModel::StateColumn), int(HistoryModel::AmountColumn),
          int(HistoryModel::PaymentIdColumn), int(HistoryModel::CardColumn), int(HistoryModel::TerminalColumn),
          int(HistoryModel::DescriptionColumn), int(HistoryModel::OrderIdColumn),
          int(HistoryModel::PaymentStatusColumn), int(HistoryModel::LastErrorColumn)}) {
        const QString words = dialog.model()->headerData(column, Qt::Horizontal).toString();
        QVERIFY2(header.contains(words),
                 qPrintable(words + QStringLiteral(" not in ") + header.join(QLatin1Char('|'))));
    }

    // Off: the plain machine format.
    settings.setCsvForSpreadsheets(false);
    QVERIFY(dialog.exportCsvTo(path));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("local_id,created_at,updated_at,terminal,"));
}

void TestHistoryFilters::preferencesChooseTheCsvFormat()
{
    Settings settings(m_dir->filePath(QStringLiteral("prefs.ini")));
    {
        PreferencesDialog dialog(&settings, false);
        auto *check = dialog.findChild<QCheckBox *>(QStringLiteral("csvForSpreadsheetsCheck"));
        QVERIFY(check);
        // The tests run in English: off until chosen.
        QVERIFY(!check->isChecked());
        dialog.accept();
        QVERIFY(!settings.hasCsvFormat()); // unchanged: still follows the language
    }
    {
        PreferencesDialog dialog(&settings, false);
        auto *check = dialog.findChild<QCheckBox *>(QStringLiteral("csvForSpreadsheetsCheck"));
        check->setChecked(true);
        dialog.accept();
    }
    QVERIFY(settings.hasCsvFormat());
    QVERIFY(settings.csvForSpreadsheets(QStringLiteral("en")));
    PreferencesDialog again(&settings, false);
    QVERIFY(again.findChild<QCheckBox *>(QStringLiteral("csvForSpreadsheetsCheck"))->isChecked());
}

QTEST_MAIN(TestHistoryFilters)
#include "tst_historyfilters.moc"
