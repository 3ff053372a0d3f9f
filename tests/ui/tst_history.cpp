#include "ui/Formatting.h"
#include "ui/HistoryDialog.h"
#include "ui/HistoryModel.h"
#include "store/OrderJournal.h"
#include "store/Settings.h"
#include "support/RefTestSupport.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

Q_DECLARE_METATYPE(HistoryDialog::StateFilter)

namespace {

const QDate kDay1(2024, 5, 10);
const QDate kDay2(2024, 5, 11);

QDateTime at(const QDate &day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute));
}

// Sets an entry's times directly: the journal itself only ever writes "now".
bool setTimes(OrderJournal &journal, qint64 localId, const QDateTime &created)
{
    QSqlQuery q(QSqlDatabase::database(journal.connectionName()));
    q.prepare(QStringLiteral("UPDATE orders SET created_at = ?, updated_at = ? WHERE local_id = ?"));
    q.addBindValue(created.toMSecsSinceEpoch());
    q.addBindValue(created.toMSecsSinceEpoch());
    q.addBindValue(localId);
    return q.exec() && q.numRowsAffected() == 1;
}

OrderInfo apiInfo(qint64 orderId, OrderState state, qint64 paymentId = 0, const QString &paymentStatus = {})
{
    OrderInfo info;
    info.id = orderRef(orderId);
    info.status = state == OrderState::WaitingForCard ? QStringLiteral("OPEN") : QStringLiteral("CLOSED");
    info.state = state;
    info.paymentId = paymentRef(paymentId);
    info.paymentStatus = paymentStatus;
    return info;
}

struct Sale
{
    QDateTime createdAt;
    qint64 cents;
    QString description;
    QString device;
    CardType card;
    OrderState state;
    qint64 orderId;
    qint64 paymentId;
};

// Records one sale the way the cashier window does, through to `sale.state`. Returns its local id, 0 on failure.
qint64 record(OrderJournal &journal, const Sale &sale)
{
    OrderRequest request;
    request.amount = Money::fromCents(sale.cents);
    request.description = sale.description;
    request.deviceName = sale.device;
    request.cardType = sale.card;
    const qint64 id = journal.recordNew(request, QStringLiteral("legacy"));
    if (id == 0)
        return 0;
    if (sale.orderId > 0 && !journal.attachOrderId(id, orderRef(sale.orderId)).ok())
        return 0;
    JournalResult r;
    switch (sale.state) {
    case OrderState::Sending:
        break;
    case OrderState::WaitingForCard:
        r = journal.recordState(id, apiInfo(sale.orderId, OrderState::WaitingForCard));
        break;
    case OrderState::Approved:
        r = journal.recordState(
            id, apiInfo(sale.orderId, OrderState::Approved, sale.paymentId, QStringLiteral("approved")));
        break;
    case OrderState::Rejected:
        r = journal.recordState(
            id, apiInfo(sale.orderId, OrderState::Rejected, sale.paymentId, QStringLiteral("rejected")));
        break;
    case OrderState::Cancelled:
        r = journal.recordState(id, OrderState::Cancelled, QStringLiteral("cancelled on the terminal"));
        break;
    case OrderState::Failed:
        r = journal.markFailed(id, QStringLiteral("The terminal is busy."));
        break;
    case OrderState::Unknown:
        r = journal.recordState(id, OrderState::Unknown, QStringLiteral("create timed out"));
        break;
    case OrderState::ActionRequired:
    case OrderState::Expired:
    case OrderState::Refunded:
    case OrderState::PartlyRefunded:
        // The Orders API's states: recorded as that API reports them.
        r = journal.recordState(id, apiInfo(sale.orderId, sale.state, sale.paymentId));
        break;
    }
    if (!r.ok() || !setTimes(journal, id, sale.createdAt))
        return 0;
    return id;
}

// Day 1: one sale in every state, both card types. Day 2: two paid sales and one still sending.
const QList<Sale> &sales()
{
    static const QList<Sale> list = {
        {at(kDay1, 9), 123450, QStringLiteral("Café con leche"), QStringLiteral("Caja 1"), CardType::Credit,
         OrderState::Approved, 1000000000001, 2000000000001},
        {at(kDay1, 9, 30), 10000, QStringLiteral("Medialunas"), QStringLiteral("Caja 2"), CardType::Debit,
         OrderState::Approved, 1000000000002, 2000000000002},
        {at(kDay1, 10), 5000, QStringLiteral("Jugo"), QStringLiteral("Caja 1"), CardType::Credit, OrderState::Rejected,
         1000000000003, 2000000000003},
        {at(kDay1, 10, 30), 7525, QStringLiteral("Tostado"), QStringLiteral("Caja 2"), CardType::Debit,
         OrderState::Cancelled, 1000000000004, 0},
        {at(kDay1, 11), 2000, QStringLiteral("Agua"), QStringLiteral("Caja 1"), CardType::Credit, OrderState::Failed, 0,
         0},
        {at(kDay1, 11, 30), 30000, QStringLiteral("Torta"), QStringLiteral("Caja 1"), CardType::Debit,
         OrderState::WaitingForCard, 1000000000006, 0},
        {at(kDay1, 12), 1000, QStringLiteral("Alfajor"), QStringLiteral("Caja 2"), CardType::Credit,
         OrderState::Unknown, 0, 0},
        {at(kDay2, 9), 50000, QStringLiteral("Pizza, grande"), QStringLiteral("Caja 1"), CardType::Credit,
         OrderState::Approved, 1000000000008, 2000000000008},
        {at(kDay2, 10), 25000, QStringLiteral("Empanadas"), QStringLiteral("Caja 2"), CardType::Credit,
         OrderState::Approved, 1000000000009, 2000000000009},
        {at(kDay2, 11), 4000, QStringLiteral("Café"), QStringLiteral("Caja 2"), CardType::Debit, OrderState::Sending, 0,
         0},
    };
    return list;
}

// Bulk fills only: the journal's own FULL sync makes a thousand commits slow and proves nothing here.
void fastWrites(OrderJournal &journal)
{
    QSqlQuery q(QSqlDatabase::database(journal.connectionName()));
    q.exec(QStringLiteral("PRAGMA synchronous = OFF"));
}

QString currency(qint64 cents)
{
    return Formatting::currency(Money::fromCents(cents));
}

QLabel *label(const QWidget &parent, const char *name)
{
    return parent.findChild<QLabel *>(QLatin1String(name));
}

QString longDay(const QDate &day)
{
    return QLocale().toString(day, QLocale::LongFormat);
}

bool isAncestorOfType(const QWidget *widget, const char *className)
{
    for (const QWidget *w = widget->parentWidget(); w; w = w->parentWidget()) {
        if (w->inherits(className))
            return true;
    }
    return false;
}

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void rowsPerFilter_data();
    void rowsPerFilter();
    void columnsShowWordsColoursAndPlainIds();
    void pagesLoadLazily();
    void scrollingFetchesMore();
    void reloadAppliesChangesInPlace();
    void totalsByStateAndCardType();
    void exportWritesCsv();
    void exportFailureIsToldInPlace();
    void reloadPicksUpNewSaleAndKeepsSelection();
    void detailsShowSelectedSaleHistory();
    void receiptOfTheSelectedPaidSale();
    void refundsShowInTheStateAndTheDetails();
    void journalErrorsShownInPlace();
    void staleWriteErrorIsNotShownAsReadError();
    void emptyStateSaysSo();
    void keyboardAndAccessibleNames();
    void fitsAt1024x768();

private:
    bool fill();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OrderJournal> m_journal;
    QList<qint64> m_ids;
};

void TestHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_journal = std::make_unique<OrderJournal>();
    QVERIFY(m_journal->open(m_dir->filePath(QStringLiteral("journal.sqlite"))).ok());
    m_ids.clear();
}

void TestHistory::cleanup()
{
    m_journal.reset();
    m_dir.reset();
}

bool TestHistory::fill()
{
    for (const Sale &sale : sales()) {
        const qint64 id = record(*m_journal, sale);
        if (id == 0) {
            qWarning("could not record %s: %s", qPrintable(sale.description),
                     qPrintable(m_journal->lastError().detail()));
            return false;
        }
        m_ids << id;
    }
    return true;
}

void TestHistory::rowsPerFilter_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<bool>("allDays");
    QTest::addColumn<HistoryDialog::StateFilter>("state");
    QTest::addColumn<int>("rows");

    using F = HistoryDialog::StateFilter;
    QTest::newRow("day 1, all") << kDay1 << false << F::All << 7;
    QTest::newRow("day 1, paid") << kDay1 << false << F::Paid << 2;
    QTest::newRow("day 1, declined") << kDay1 << false << F::Declined << 1;
    QTest::newRow("day 1, cancelled") << kDay1 << false << F::Cancelled << 1;
    QTest::newRow("day 1, not sent") << kDay1 << false << F::NotSent << 1;
    QTest::newRow("day 1, open") << kDay1 << false << F::Open << 2;
    QTest::newRow("day 2, all") << kDay2 << false << F::All << 3;
    QTest::newRow("day 2, paid") << kDay2 << false << F::Paid << 2;
    QTest::newRow("day 2, open") << kDay2 << false << F::Open << 1;
    QTest::newRow("day 2, declined") << kDay2 << false << F::Declined << 0;
    QTest::newRow("all days, all") << kDay1 << true << F::All << 10;
    QTest::newRow("all days, paid") << kDay1 << true << F::Paid << 4;
    QTest::newRow("all days, open") << kDay1 << true << F::Open << 3;
    QTest::newRow("day before, all") << kDay1.addDays(-1) << false << F::All << 0;
}

void TestHistory::rowsPerFilter()
{
    QFETCH(QDate, day);
    QFETCH(bool, allDays);
    QFETCH(HistoryDialog::StateFilter, state);
    QFETCH(int, rows);
    QVERIFY(fill());

    HistoryDialog dialog(m_journal.get());
    dialog.setDay(day);
    dialog.setAllDays(allDays);
    dialog.setStateFilter(state);
    QCOMPARE(dialog.day(), day);
    QCOMPARE(dialog.allDays(), allDays);
    QCOMPARE(dialog.stateFilter(), state);
    QCOMPARE(dialog.filter().fromDay, allDays ? QDate() : day);
    QCOMPARE(dialog.filter().states, HistoryDialog::statesFor(state));

    auto *table = dialog.findChild<QTableView *>(QStringLiteral("historyTable"));
    QVERIFY(table);
    QCOMPARE(table->model(), dialog.model());
    QCOMPARE(dialog.model()->rowCount(), rows);
    QVERIFY(dialog.lastResult().ok());
    // Newest first, as the journal orders them.
    for (int row = 1; row < rows; ++row)
        QVERIFY(dialog.model()->entryAt(row - 1).createdAt > dialog.model()->entryAt(row).createdAt);
    // The state filter's states are the only ones shown.
    const QList<OrderState> states = HistoryDialog::statesFor(state);
    for (int row = 0; row < rows; ++row)
        QVERIFY(states.isEmpty() || states.contains(dialog.model()->entryAt(row).state));
}

void TestHistory::columnsShowWordsColoursAndPlainIds()
{
    QVERIFY(fill());
    HistoryModel model(m_journal.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(JournalFilter::day(kDay1));
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.columnCount(), int(HistoryModel::ColumnCount));

    // The oldest sale of day 1 is the last row.
    const int paid = model.rowOf(m_ids.at(0));
    QCOMPARE(paid, 6);
    const auto cell = [&model](int row, int column, int role = Qt::DisplayRole) {
        return model.data(model.index(row, column), role);
    };
    const JournalEntry e = model.entryAt(paid);
    QCOMPARE(cell(paid, HistoryModel::TimeColumn).toString(), QLocale().toString(at(kDay1, 9), QLocale::ShortFormat));
    QCOMPARE(cell(paid, HistoryModel::StateColumn).toString(), OrderStates::displayName(OrderState::Approved));
    QCOMPARE(cell(paid, HistoryModel::StateColumn, Qt::ForegroundRole).value<QColor>(),
             HistoryModel::colorFor(OrderState::Approved));
    QVERIFY(!cell(paid, HistoryModel::StateColumn, Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(cell(paid, HistoryModel::AmountColumn).toString(), currency(123450));
    QCOMPARE(cell(paid, HistoryModel::CardColumn).toString(), Formatting::cardTypeName(CardType::Credit));
    QCOMPARE(cell(paid, HistoryModel::TerminalColumn).toString(), QStringLiteral("Caja 1"));
    QCOMPARE(cell(paid, HistoryModel::DescriptionColumn).toString(), QStringLiteral("Café con leche"));
    QCOMPARE(cell(paid, HistoryModel::OrderIdColumn).toString(), QStringLiteral("1000000000001"));
    QCOMPARE(cell(paid, HistoryModel::PaymentIdColumn).toString(), QStringLiteral("2000000000001"));
    QCOMPARE(cell(paid, HistoryModel::PaymentStatusColumn).toString(), QStringLiteral("approved"));
    QCOMPARE(cell(paid, HistoryModel::LastErrorColumn).toString(), QString());
    QCOMPARE(cell(paid, 0, HistoryModel::LocalIdRole).toLongLong(), m_ids.at(0));
    QCOMPARE(cell(paid, 0, HistoryModel::AmountCentsRole).toLongLong(), 123450);
    QCOMPARE(OrderState(cell(paid, 0, HistoryModel::StateRole).toInt()), OrderState::Approved);
    QCOMPARE(e.localId, m_ids.at(0));

    // Every state has its own words, and colours never stand alone.
    QSet<QString> words;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString text = cell(row, HistoryModel::StateColumn).toString();
        QVERIFY(!text.isEmpty());
        words.insert(text);
        QVERIFY(cell(row, HistoryModel::StateColumn, Qt::ForegroundRole).canConvert<QColor>());
    }
    QCOMPARE(words.size(), 6); // Paid twice
    QVERIFY(HistoryModel::colorFor(OrderState::Approved) != HistoryModel::colorFor(OrderState::Rejected));

    const int failed = model.rowOf(m_ids.at(4));
    QCOMPARE(cell(failed, HistoryModel::StateColumn).toString(), OrderStates::displayName(OrderState::Failed));
    QCOMPARE(cell(failed, HistoryModel::LastErrorColumn).toString(), QStringLiteral("The terminal is busy."));
    QCOMPARE(cell(failed, HistoryModel::OrderIdColumn).toString(), QString());
    QCOMPARE(model.headerData(HistoryModel::AmountColumn, Qt::Horizontal).toString(), QStringLiteral("Amount"));
    QCOMPARE(model.entryAt(99).localId, 0);
    QCOMPARE(model.rowOf(987654), -1);
}

void TestHistory::pagesLoadLazily()
{
    fastWrites(*m_journal);
    OrderRequest request;
    request.amount = Money::fromCents(100);
    request.description = QStringLiteral("Item");
    request.deviceName = QStringLiteral("Caja 1");
    for (int i = 0; i < 1000; ++i)
        QVERIFY(m_journal->recordNew(request, QStringLiteral("legacy")) > 0);

    // (No QAbstractItemModelTester here: it calls fetchMore() itself after every change.)
    HistoryModel model(m_journal.get());
    QCOMPARE(model.pageSize(), HistoryModel::kDefaultPageSize);
    model.setFilter(JournalFilter());
    QCOMPARE(model.rowCount(), 200);
    QVERIFY(model.canFetchMore(QModelIndex()));
    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 400);

    // Sales recorded between two pages push the older ones down: the next page holds no row twice.
    QList<qint64> added;
    for (int i = 0; i < 5; ++i)
        added << m_journal->recordNew(request, QStringLiteral("legacy"));
    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 595);
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 1000);
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.entryAt(row).localId);
    QCOMPARE(ids.size(), 1000);
    for (qint64 id : added)
        QVERIFY(!ids.contains(id));

    // reload() places them at the top and keeps everything loaded.
    model.reload();
    QCOMPARE(model.rowCount(), 1005);
    QCOMPARE(model.entryAt(0).localId, added.last());
    QVERIFY(!model.canFetchMore(QModelIndex()));
    QVERIFY(model.lastResult().ok());

    // Reloading a partly loaded list adds the new sales, never more of the old ones.
    model.setFilter(JournalFilter());
    QCOMPARE(model.rowCount(), 200);
    model.reload();
    QCOMPARE(model.rowCount(), 200);
    QVERIFY(model.canFetchMore(QModelIndex()));
    const qint64 newest = m_journal->recordNew(request, QStringLiteral("legacy"));
    model.reload();
    QCOMPARE(model.rowCount(), 201);
    QCOMPARE(model.entryAt(0).localId, newest);
    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 401);

    // A smaller page size is honoured from the next load on.
    model.setPageSize(50);
    model.setFilter(JournalFilter());
    QCOMPARE(model.rowCount(), 50);
}

void TestHistory::scrollingFetchesMore()
{
    fastWrites(*m_journal);
    OrderRequest request;
    request.amount = Money::fromCents(12345);
    request.description = QStringLiteral("Item");
    request.deviceName = QStringLiteral("Caja 1");
    for (int i = 0; i < 1000; ++i)
        QVERIFY(m_journal->recordNew(request, QStringLiteral("legacy")) > 0);

    HistoryDialog dialog(m_journal.get());
    dialog.setAllDays(true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *table = dialog.findChild<QTableView *>(QStringLiteral("historyTable"));
    QVERIFY(table);
    const int first = dialog.model()->rowCount();
    QCOMPARE(first, 200);
    table->scrollToBottom();
    QTRY_VERIFY(dialog.model()->rowCount() > first);
    QVERIFY(dialog.model()->rowCount() < 1000);
    // The totals count every match, not only the rows loaded.
    QCOMPARE(label(dialog, "totalAllCount")->text(), QLocale().toString(qint64(1000)));

    // Scrolled down, a new sale at the top does not move what the cashier is looking at.
    QScrollBar *bar = table->verticalScrollBar();
    bar->setValue(bar->maximum() / 3);
    QVERIFY(bar->value() > 0);
    const qint64 topBefore = dialog.model()->entryAt(table->rowAt(0)).localId;
    const int loaded = dialog.model()->rowCount();
    QVERIFY(m_journal->recordNew(request, QStringLiteral("legacy")) > 0);
    QVERIFY(m_journal->recordNew(request, QStringLiteral("legacy")) > 0);
    dialog.reload();
    QCOMPARE(dialog.model()->rowCount(), loaded + 2);
    QCOMPARE(dialog.model()->entryAt(table->rowAt(0)).localId, topBefore);
    QCOMPARE(label(dialog, "totalAllCount")->text(), QLocale().toString(qint64(1002)));

    // At the top, the new sales show.
    bar->setValue(0);
    const qint64 newest = m_journal->recordNew(request, QStringLiteral("legacy"));
    dialog.reload();
    QCOMPARE(bar->value(), 0);
    QCOMPARE(dialog.model()->entryAt(table->rowAt(0)).localId, newest);
}

void TestHistory::reloadAppliesChangesInPlace()
{
    QVERIFY(fill());
    HistoryModel model(m_journal.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    JournalFilter open = JournalFilter::day(kDay1);
    open.states = HistoryDialog::statesFor(HistoryDialog::StateFilter::Open);
    model.setFilter(open);
    QCOMPARE(model.rowCount(), 2);
    const QPersistentModelIndex unknown = model.index(model.rowOf(m_ids.at(6)), 0);
    QVERIFY(unknown.isValid());

    // The waiting sale is paid: it leaves the Open list; the other row follows its entry.
    QVERIFY(m_journal
                ->recordState(m_ids.at(5),
                              apiInfo(1000000000006, OrderState::Approved, 2000000000006, QStringLiteral("approved")))
                .ok());
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.reload();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(reset.count(), 0);
    QVERIFY(unknown.isValid());
    QCOMPARE(unknown.data(HistoryModel::LocalIdRole).toLongLong(), m_ids.at(6));

    // A change of state shows as a change of the row, not as a new one.
    HistoryModel all(m_journal.get());
    all.setFilter(JournalFilter::day(kDay2));
    const int sending = all.rowOf(m_ids.at(9));
    QCOMPARE(all.data(all.index(sending, HistoryModel::StateColumn)).toString(),
             OrderStates::displayName(OrderState::Sending));
    QVERIFY(m_journal->attachOrderId(m_ids.at(9), orderRef(1000000000010)).ok());
    QVERIFY(m_journal->recordState(m_ids.at(9), apiInfo(1000000000010, OrderState::WaitingForCard)).ok());
    QSignalSpy changed(&all, &QAbstractItemModel::dataChanged);
    all.reload();
    QCOMPARE(all.rowCount(), 3);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(all.data(all.index(sending, HistoryModel::StateColumn)).toString(),
             OrderStates::displayName(OrderState::WaitingForCard));
    QCOMPARE(all.data(all.index(sending, HistoryModel::OrderIdColumn)).toString(), QStringLiteral("1000000000010"));
}

void TestHistory::totalsByStateAndCardType()
{
    QVERIFY(fill());
    HistoryDialog dialog(m_journal.get());
    dialog.setDay(kDay1);

    const JournalTotals totals = dialog.totals();
    QCOMPARE(totals.all().count, 7);
    QCOMPARE(totals.all().cents, 178975);
    QCOMPARE(totals.byState(OrderState::Approved).cents, 133450);

    const QLocale locale;
    const auto expect = [&dialog, &locale](const char *row, qint64 count, qint64 cents) -> QString {
        const QByteArray countName = QByteArray("total") + row + "Count";
        const QByteArray amountName = QByteArray("total") + row + "Amount";
        QLabel *countLabel = label(dialog, countName.constData());
        QLabel *amountLabel = label(dialog, amountName.constData());
        if (!countLabel || !amountLabel)
            return QStringLiteral("no labels for ") + QLatin1String(row);
        if (countLabel->text() != locale.toString(count))
            return QStringLiteral("%1: count %2, expected %3").arg(QLatin1String(row), countLabel->text()).arg(count);
        if (amountLabel->text() != currency(cents))
            return QStringLiteral("%1: amount %2, expected %3")
                .arg(QLatin1String(row), amountLabel->text(), currency(cents));
        return QString();
    };
    QCOMPARE(expect("Paid", 2, 133450), QString());
    QCOMPARE(expect("PaidCredit", 1, 123450), QString());
    QCOMPARE(expect("PaidDebit", 1, 10000), QString());
    QCOMPARE(expect("Declined", 1, 5000), QString());
    QCOMPARE(expect("Cancelled", 1, 7525), QString());
    QCOMPARE(expect("CancelledCredit", 0, 0), QString());
    QCOMPARE(expect("NotSent", 1, 2000), QString());
    QCOMPARE(expect("Open", 2, 31000), QString());
    QCOMPARE(expect("OpenCredit", 1, 1000), QString());
    QCOMPARE(expect("OpenDebit", 1, 30000), QString());
    QCOMPARE(expect("All", 7, 178975), QString());
    QCOMPARE(expect("AllCredit", 4, 131450), QString());
    QCOMPARE(expect("AllDebit", 3, 47525), QString());
    QCOMPARE(label(dialog, "totalPaidLabel")->text(), QStringLiteral("Paid"));
    QVERIFY(label(dialog, "totalsTitle")->text().contains(longDay(kDay1)));

    // The totals follow the filter.
    dialog.setStateFilter(HistoryDialog::StateFilter::Paid);
    QCOMPARE(expect("All", 2, 133450), QString());
    QCOMPARE(expect("Declined", 0, 0), QString());
    dialog.setAllDays(true);
    QCOMPARE(expect("All", 4, 208450), QString());
    QCOMPARE(expect("AllCredit", 3, 198450), QString());
    QVERIFY(label(dialog, "totalsTitle")->text().contains(QStringLiteral("all days")));
}

void TestHistory::exportWritesCsv()
{
    QVERIFY(fill());
    HistoryDialog dialog(m_journal.get());
    dialog.setDay(kDay2);
    const QString path = m_dir->filePath(QStringLiteral("pointdesk-2024-05-11.csv"));
    QVERIFY(dialog.exportCsvTo(path));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QList<QByteArray> lines = bytes.split('\n');
    QCOMPARE(lines.takeLast(), QByteArray()); // the last line ends with CRLF too
    QCOMPARE(lines.size(), 4);                // header + the day's 3 sales
    for (const QByteArray &line : lines)
        QVERIFY(line.endsWith('\r'));
    QVERIFY(lines.at(0).startsWith("local_id,created_at,updated_at,terminal,card_type,amount,description,state"));
    // Newest first; amounts like 1234.50; UTF-8; quoted where needed.
    QVERIFY(lines.at(1).contains(",debit,40.00,Caf\xC3\xA9,sending,"));
    QVERIFY(lines.at(2).contains(",credit,250.00,Empanadas,approved,1000000000009,2000000000009,approved,"));
    QVERIFY(lines.at(3).contains(",credit,500.00,\"Pizza, grande\",approved,"));
    auto *status = label(dialog, "exportStatus");
    QVERIFY(status->text().contains(QDir::toNativeSeparators(path)));
    QVERIFY(status->text().contains(QStringLiteral("3")));

    // The state filter applies to the export too; amounts keep their cents.
    dialog.setDay(kDay1);
    dialog.setStateFilter(HistoryDialog::StateFilter::Paid);
    file.close();
    QVERIFY(dialog.exportCsvTo(path));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> paid = file.readAll().split('\n');
    QCOMPARE(paid.size(), 4);
    QVERIFY(paid.at(1).contains(",debit,100.00,Medialunas,approved,"));
    QVERIFY(paid.at(2).contains(",credit,1234.50,Caf\xC3\xA9 con leche,approved,"));
}

void TestHistory::exportFailureIsToldInPlace()
{
    QVERIFY(fill());
    HistoryDialog dialog(m_journal.get());
    dialog.setDay(kDay1);
    auto *status = label(dialog, "exportStatus");

    const QString missing = m_dir->filePath(QStringLiteral("no-such-folder/out.csv"));
    QVERIFY(!dialog.exportCsvTo(missing));
    QVERIFY(!QFile::exists(missing));
    QVERIFY2(status->text().contains(QDir::toNativeSeparators(missing)), qPrintable(status->text()));
    QVERIFY(status->text().contains(QStringLiteral("Choose another folder")));

    // A closed journal: nothing is written, and the journal's own words say why.
    const QString path = m_dir->filePath(QStringLiteral("closed.csv"));
    m_journal->close();
    QVERIFY(!dialog.exportCsvTo(path));
    QVERIFY(!QFile::exists(path));
    QVERIFY2(status->text().contains(JournalResult(JournalResult::Kind::NotOpen, {}).userMessage()),
             qPrintable(status->text()));
}

void TestHistory::reloadPicksUpNewSaleAndKeepsSelection()
{
    QVERIFY(fill());
    HistoryDialog dialog(m_journal.get());
    dialog.setDay(kDay2);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *table = dialog.findChild<QTableView *>(QStringLiteral("historyTable"));
    QCOMPARE(dialog.model()->rowCount(), 3);
    const int row = dialog.model()->rowOf(m_ids.at(8)); // Empanadas
    table->selectRow(row);
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);

    const qint64 added = record(*m_journal, {at(kDay2, 12), 99900, QStringLiteral("Vino"), QStringLiteral("Caja 1"),
                                             CardType::Credit, OrderState::Approved, 1000000000011, 2000000000011});
    QVERIFY(added > 0);
    dialog.reload();
    QCOMPARE(dialog.model()->rowCount(), 4);
    QCOMPARE(dialog.model()->entryAt(0).localId, added);
    const QModelIndexList selected = table->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(HistoryModel::LocalIdRole).toLongLong(), m_ids.at(8));
    QCOMPARE(label(dialog, "totalAllCount")->text(), QLocale().toString(qint64(4)));
    QCOMPARE(label(dialog, "totalPaidAmount")->text(), currency(50000 + 25000 + 99900));

    // Refresh does the same.
    QVERIFY(record(*m_journal, {at(kDay2, 13), 100, QStringLiteral("Chicle"), QStringLiteral("Caja 1"), CardType::Debit,
                                OrderState::Failed, 0, 0}) > 0);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("historyRefreshButton")), Qt::LeftButton);
    QCOMPARE(dialog.model()->rowCount(), 5);
    QCOMPARE(table->selectionModel()->selectedRows().first().data(HistoryModel::LocalIdRole).toLongLong(), m_ids.at(8));

    // Hidden, reload() waits for the next show.
    dialog.hide();
    QVERIFY(record(*m_journal, {at(kDay2, 14), 200, QStringLiteral("Pan"), QStringLiteral("Caja 2"), CardType::Debit,
                                OrderState::Approved, 1000000000013, 2000000000013}) > 0);
    dialog.reload();
    QCOMPARE(dialog.model()->rowCount(), 5);
    dialog.show();
    QCOMPARE(dialog.model()->rowCount(), 6);
}

void TestHistory::receiptOfTheSelectedPaidSale()
{
    QVERIFY(fill());
    QTemporaryDir settingsDir;
    Settings settings(settingsDir.filePath(QStringLiteral("s.ini")));
    HistoryDialog dialog(m_journal.get());
    dialog.setSettings(&settings);
    dialog.setDay(kDay1);
    dialog.show();
    auto *table = dialog.findChild<QTableView *>(QStringLiteral("historyTable"));
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("historyReceiptButton"));
    QVERIFY(table && button);
    QVERIFY(!button->isEnabled()); // nothing selected
    // Only a sale whose money was taken has a receipt.
    for (int i = 0; i < 7; ++i) {
        table->selectRow(dialog.model()->rowOf(m_ids.at(i)));
        QCOMPARE(button->isEnabled(), sales().at(i).state == OrderState::Approved);
        QCOMPARE(dialog.canShowReceiptOfSelected(), button->isEnabled());
    }
    QVERIFY(!dialog.showReceiptOfSelected()); // the last one selected was not paid
    table->selectRow(dialog.model()->rowOf(m_ids.at(1)));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QWidget *preview = nullptr;
    QTRY_VERIFY((preview = dialog.findChild<QWidget *>(QStringLiteral("receiptPreview"))) != nullptr);
    QTRY_VERIFY(preview->isVisible());
    QVERIFY(preview->windowTitle().contains(QString::number(m_ids.at(1))));
    preview->close();
}

void TestHistory::detailsShowSelectedSaleHistory()
{
    QVERIFY(fill());
    HistoryDialog dialog(m_journal.get());
    dialog.setDay(kDay1);
    auto *table = dialog.findChild<QTableView *>(QStringLiteral("historyTable"));
    auto *details = dialog.findChild<QPlainTextEdit *>(QStringLiteral("historyDetails"));
    QVERIFY(details);
    QVERIFY(details->toPlainText().contains(QStringLiteral("Select a sale")));

    table->selectRow(dialog.model()->rowOf(m_ids.at(0)));
    const QString text = details->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Café con leche")), qPrintable(text));
    // (QPlainTextEdit gives non-breaking spaces back as plain ones.)
    QVERIFY(text.contains(currency(123450).replace(QChar(0x00A0), QLatin1Char(' '))));
    QVERIFY(text.contains(QStringLiteral("1000000000001")));
    QVERIFY(text.contains(QStringLiteral("2000000000001 (status: approved)")));
    // Its events, oldest first: recorded, then the order, then paid.
    const qsizetype recorded = text.indexOf(QStringLiteral("recorded"));
    const qsizetype paid = text.lastIndexOf(OrderStates::displayName(OrderState::Approved));
    QVERIFY(recorded > 0);
    QVERIFY(paid > recorded);
    QCOMPARE(m_journal->events(m_ids.at(0)).size(), 3);

    table->selectRow(dialog.model()->rowOf(m_ids.at(4)));
    QVERIFY(details->toPlainText().contains(QStringLiteral("Last error: The terminal is busy.")));
}

void TestHistory::refundsShowInTheStateAndTheDetails()
{
    QVERIFY(fill());
    // m_ids[0] is a paid sale of 1234.50: part of it back, then the rest.
    const qint64 sale = m_ids.at(0);
    const qint64 part = m_journal->recordRefund(sale, Money::fromCents(23450), QStringLiteral("cup broken"),
                                                QStringLiteral("Ana"));
    QVERIFY(part > 0);
    RefundInfo done;
    done.id = RefundRef::fromNumber(1245678203);
    done.amount = Money::fromCents(23450);
    done.state = RefundState::Done;
    done.rawStatus = QStringLiteral("approved");
    QVERIFY(m_journal->recordRefundResult(part, done).ok());

    HistoryDialog dialog(m_journal.get());
    dialog.setDay(kDay1);
    dialog.show();
    auto *table = dialog.findChild<QTableView *>(QStringLiteral("historyTable"));
    auto *details = dialog.findChild<QPlainTextEdit *>(QStringLiteral("historyDetails"));
    const int row = dialog.model()->rowOf(sale);
    const QModelIndex state = dialog.model()->index(row, HistoryModel::StateColumn);
    QCOMPARE(state.data().toString(), OrderStates::displayName(OrderState::PartlyRefunded));
    table->selectRow(row);
    QString text = details->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("refund ID 1245678203")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("by Ana")));
    QVERIFY(text.contains(QStringLiteral("Reason: cup broken")));
    QVERIFY(text.contains(currency(23450).replace(QChar(0x00A0), QLatin1Char(' '))));

    // A refund whose answer is not known yet counts too, and says so.
    const qint64 rest = m_journal->recordRefund(sale, std::nullopt, {}, QStringLiteral("pointdesk-cli"));
    QVERIFY(rest > 0);
    dialog.reload();
    QCOMPARE(dialog.model()->index(dialog.model()->rowOf(sale), HistoryModel::StateColumn).data().toString(),
             OrderStates::displayName(OrderState::Refunded));
    table->selectRow(dialog.model()->rowOf(sale));
    text = details->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("answer not known yet")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("no refund id yet")));

    // A refund that was not made gives the amount back to the sale.
    QVERIFY(m_journal->markRefundFailed(rest, QStringLiteral("refused")).ok());
    dialog.reload();
    QCOMPARE(dialog.model()->index(dialog.model()->rowOf(sale), HistoryModel::StateColumn).data().toString(),
             OrderStates::displayName(OrderState::PartlyRefunded));
    QCOMPARE(m_journal->entry(sale)->refunded, Money::fromCents(23450));
}

void TestHistory::journalErrorsShownInPlace()
{
    QVERIFY(fill());
    const QString notOpen = JournalResult(JournalResult::Kind::NotOpen, {}).userMessage();
    {
        HistoryDialog dialog(m_journal.get());
        dialog.setDay(kDay1);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *notice = label(dialog, "historyNotice");
        auto *message = label(dialog, "historyMessage");
        QVERIFY(!notice->isVisible());

        // The journal goes away: the rows stay, with a warning that they may be out of date.
        m_journal->close();
        dialog.reload();
        QCOMPARE(dialog.model()->rowCount(), 7);
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(notOpen), qPrintable(notice->text()));
        QCOMPARE(dialog.lastResult().kind(), JournalResult::Kind::NotOpen);
        QCOMPARE(label(dialog, "totalAllCount")->text(), QLocale().toString(qint64(7)));

        // Another day cannot be read at all: the message takes the table's place, and the totals are unknown.
        dialog.setDay(kDay2);
        QCOMPARE(label(dialog, "totalAllCount")->text(), QStringLiteral("\u2014"));
        QCOMPARE(label(dialog, "totalPaidAmount")->text(), QStringLiteral("\u2014"));
        QCOMPARE(dialog.model()->rowCount(), 0);
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(), notOpen);
        QVERIFY(!notice->isVisible());
        QVERIFY(!dialog.findChild<QTableView *>(QStringLiteral("historyTable"))->isVisible());

        // Open again, Refresh: back to normal.
        QVERIFY(m_journal->open(m_dir->filePath(QStringLiteral("journal.sqlite"))).ok());
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("historyRefreshButton")), Qt::LeftButton);
        QCOMPARE(dialog.model()->rowCount(), 3);
        QVERIFY(dialog.lastResult().ok());
        QVERIFY(!message->isVisible());
        QVERIFY(dialog.findChild<QTableView *>(QStringLiteral("historyTable"))->isVisible());
    }
    {
        OrderJournal closed;
        HistoryDialog dialog(&closed);
        QCOMPARE(label(dialog, "historyMessage")->text(), notOpen);
        QCOMPARE(dialog.lastResult().kind(), JournalResult::Kind::NotOpen);
    }
    {
        HistoryDialog dialog(nullptr);
        QCOMPARE(label(dialog, "historyMessage")->text(), notOpen);
        QVERIFY(!dialog.exportCsvTo(m_dir->filePath(QStringLiteral("none.csv"))));
    }
}

void TestHistory::staleWriteErrorIsNotShownAsReadError()
{
    QVERIFY(fill());
    // A write that failed earlier leaves its result in lastError(); an empty day is still just an empty day.
    QCOMPARE(m_journal->attachOrderId(m_ids.at(9), orderRef(1000000000001)).kind(), JournalResult::Kind::Conflict);
    HistoryDialog dialog(m_journal.get());
    dialog.setDay(kDay1.addDays(-3));
    QVERIFY(dialog.lastResult().ok());
    QVERIFY(label(dialog, "historyMessage")->text().startsWith(QStringLiteral("No sales on")));

    QCOMPARE(HistoryModel::readOutcome(m_journal.get(), m_journal->lastError(), true).kind(), JournalResult::Kind::Ok);
    QCOMPARE(HistoryModel::readOutcome(nullptr, {}, false).kind(), JournalResult::Kind::NotOpen);
}

void TestHistory::emptyStateSaysSo()
{
    QVERIFY(fill());
    HistoryDialog dialog(m_journal.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QDate empty = kDay1.addDays(-1);
    dialog.setDay(empty);
    auto *message = label(dialog, "historyMessage");
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().startsWith(QStringLiteral("No sales on %1.").arg(longDay(empty))),
             qPrintable(message->text()));
    QVERIFY(dialog.lastResult().ok());

    dialog.setDay(kDay2);
    QVERIFY(!message->isVisible());
    dialog.setStateFilter(HistoryDialog::StateFilter::Declined);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(longDay(kDay2)), qPrintable(message->text()));
    QVERIFY(message->text().contains(QStringLiteral("Declined")));

    // A new, empty journal over all days.
    OrderJournal fresh;
    QVERIFY(fresh.open(m_dir->filePath(QStringLiteral("empty.sqlite"))).ok());
    HistoryDialog none(&fresh);
    none.setAllDays(true);
    QVERIFY(label(none, "historyMessage")->text().startsWith(QStringLiteral("No sales are recorded yet.")));
    QCOMPARE(label(none, "totalAllCount")->text(), QLocale().toString(qint64(0)));
}

void TestHistory::keyboardAndAccessibleNames()
{
    QVERIFY(fill());
    HistoryDialog dialog(m_journal.get());
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Sales history"));
    QVERIFY(!dialog.isModal());
    dialog.setDay(kDay1);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));

    auto *dayEdit = dialog.findChild<QDateEdit *>(QStringLiteral("historyDayEdit"));
    auto *states = dialog.findChild<QComboBox *>(QStringLiteral("historyStateFilter"));
    auto *table = dialog.findChild<QTableView *>(QStringLiteral("historyTable"));
    QVERIFY(dayEdit && states && table);
    QVERIFY(dayEdit->calendarPopup());
    table->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), table);
    QTest::keyClick(&dialog, Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(dayEdit));
    QTest::keyClick(&dialog, Qt::Key_S, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(states));
    QTest::keyClick(&dialog, Qt::Key_L, Qt::AltModifier); // All days (a mnemonic clicks after a short flash)
    QTRY_VERIFY(dialog.allDays());
    QVERIFY(!dayEdit->isEnabled());
    QCOMPARE(dialog.model()->rowCount(), 10);
    QTest::keyClick(&dialog, Qt::Key_F, Qt::ControlModifier); // the day is off: the state filter
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(states));
    // F5 reads the journal again.
    QVERIFY(record(*m_journal, {at(kDay2, 15), 700, QStringLiteral("Caramelos"), QStringLiteral("Caja 1"),
                                CardType::Debit, OrderState::Approved, 1000000000012, 2000000000012}) > 0);
    QTest::keyClick(&dialog, Qt::Key_F5);
    QCOMPARE(dialog.model()->rowCount(), 11);

    // Every control has an objectName and an accessible name.
    const QList<QWidget *> widgets = dialog.findChildren<QWidget *>();
    int controls = 0;
    for (QWidget *w : widgets) {
        const bool control = w->inherits("QAbstractButton") || w->inherits("QComboBox") ||
                             w->inherits("QAbstractSpinBox") || w->inherits("QPlainTextEdit") ||
                             (w->inherits("QAbstractItemView") && !w->inherits("QHeaderView"));
        if (!control || isAncestorOfType(w, "QComboBox") || isAncestorOfType(w, "QAbstractSpinBox") ||
            w->inherits("QTableCornerButton"))
            continue;
        if (w->parentWidget() && w->parentWidget()->inherits("QAbstractScrollArea") && w->inherits("QAbstractButton"))
            continue;
        ++controls;
        QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
    QVERIFY(controls >= 8);

    QTest::keyClick(&dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog.isVisible());
}

void TestHistory::fitsAt1024x768()
{
    QVERIFY(fill());
    HistoryDialog dialog(m_journal.get());
    dialog.setDay(kDay1);
    // A 1024x768 screen leaves about 1000x700 inside a window frame and a panel.
    const QSize minimum = dialog.minimumSizeHint();
    QVERIFY2(minimum.width() <= 1000 && minimum.height() <= 700,
             qPrintable(QStringLiteral("%1x%2").arg(minimum.width()).arg(minimum.height())));
    QVERIFY(dialog.width() <= 1000);
    QVERIFY(dialog.height() <= 700);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *table = dialog.findChild<QTableView *>(QStringLiteral("historyTable"));
    table->selectRow(dialog.model()->rowOf(m_ids.at(0)));

    // No single-line label is cut short; the totals' amounts are whole.
    const auto unclipped = [&dialog]() -> QString {
        for (QLabel *l : dialog.findChildren<QLabel *>()) {
            if (!l->isVisible() || l->wordWrap() || l->text().isEmpty())
                continue;
            if (l->width() < l->minimumSizeHint().width())
                return l->objectName() + QStringLiteral(": ") + l->text();
        }
        return QString();
    };
    QCOMPARE(unclipped(), QString());
    // The table shows the first columns (time, state, amount, card) without scrolling.
    const int firstFour = table->columnViewportPosition(HistoryModel::TerminalColumn);
    QVERIFY(firstFour > 0 && firstFour < table->viewport()->width());

    const QString shots = qEnvironmentVariable("POINTDESK_SHOT_DIR");
    if (!shots.isEmpty()) {
        QVERIFY(dialog.grab().save(QDir(shots).filePath(QStringLiteral("history-default.png"))));
        dialog.resize(1024, 768);
        QTRY_COMPARE(dialog.size(), QSize(1024, 768));
        QCOMPARE(unclipped(), QString());
        QVERIFY(dialog.grab().save(QDir(shots).filePath(QStringLiteral("history-1024x768.png"))));
        dialog.resize(dialog.minimumSizeHint());
        QTRY_COMPARE(dialog.size(), dialog.minimumSizeHint());
        QCOMPARE(unclipped(), QString());
        QVERIFY(dialog.grab().save(QDir(shots).filePath(QStringLiteral("history-minimum.png"))));
        dialog.resize(980, 680);
        QTRY_COMPARE(dialog.size(), QSize(980, 680));
        dialog.setDay(kDay1.addDays(-1));
        QVERIFY(dialog.grab().save(QDir(shots).filePath(QStringLiteral("history-empty.png"))));
        dialog.setDay(kDay1);
        m_journal->close();
        dialog.reload();
        QVERIFY(dialog.grab().save(QDir(shots).filePath(QStringLiteral("history-journal-closed.png"))));
    }
}

QTEST_MAIN(TestHistory)
#include "tst_history.moc"
