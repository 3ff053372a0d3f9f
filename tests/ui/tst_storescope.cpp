// The history and the cash-up in store scope, against the store-pg fixture's PostgreSQL: two counters' journals are
// pushed with StorePusher, then the history shows every counter's sales with their names, filters by counter, totals
// each counter like its own journal does, exports CSV with the Counter column, keeps refunds and receipts to this
// counter's own sales, drops a slow answer that a newer filter superseded, and, when the store cannot be reached,
// says why inside the dialog while This counter still works. The cash-up shows the whole store's report, headed so,
// with Close the day off.
#include "../support/JournalSeeding.h"
#include "print/CashUpReportDocument.h"
#include "store/OrderJournal.h"
#include "store/Settings.h"
#include "store/StoreDatabase.h"
#include "store/StorePusher.h"
#include "ui/CashUpDialog.h"
#include "ui/Formatting.h"
#include "ui/HistoryDialog.h"
#include "ui/HistoryModel.h"
#include "ui/HistoryTotalsPanel.h"
#include "support/StorePgSupport.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <memory>

namespace {

const QString kNorte = QStringLiteral("6f1c2a34-1111-4d2e-9a5b-0c0ffee0000a");
const QString kSur = QStringLiteral("6f1c2a34-2222-4d2e-9a5b-0c0ffee0000b");

// Some sales in every state that matters for the totals, with refunds; `scale` tells the counters' amounts apart.
bool seedCounter(OrderJournal &journal, qint64 scale, const QString &terminal)
{
    using JournalSeeding::refund;
    using JournalSeeding::sale;
    const qint64 paid = sale(journal, 1000 * scale, OrderState::Approved, CardType::Credit, terminal);
    const qint64 partly = sale(journal, 2500 * scale, OrderState::Approved, CardType::Debit, terminal);
    const qint64 declined = sale(journal, 700 * scale, OrderState::Rejected, CardType::Credit, terminal);
    const qint64 cancelled = sale(journal, 300 * scale, OrderState::Cancelled, CardType::Debit, terminal);
    const qint64 open = sale(journal, 450 * scale, OrderState::WaitingForCard, CardType::Credit, terminal);
    const qint64 refunded = refund(journal, partly, 500 * scale, RefundState::Done, 9000 + quint64(scale));
    return paid > 0 && partly > 0 && declined > 0 && cancelled > 0 && open > 0 && refunded > 0;
}

bool push(OrderJournal &journal, const QString &database, const QString &counterId, const QString &name)
{
    StoreDatabase db;
    StorePusher pusher(journal, db);
    pusher.setConnection(StorePg::connection(database));
    pusher.setCounter(counterId, name, QStringLiteral("ARS"));
    const StoreResult r = pusher.pushPending();
    if (!r.ok())
        qWarning("push: %s", qPrintable(r.detail()));
    return r.ok();
}

bool isPaid(const JournalEntry &e)
{
    return OrderStates::wasPaid(e.shownState());
}

} // namespace

class TestStoreScope : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void scopeIsOfferedOnlyWithAStore();
    void storeScopeShowsEveryCounter();
    void counterFilterShowsOneCounter();
    void pagesComeAsTheViewScrolls();
    void totalsPerCounterEqualTheJournals();
    void csvHasTheCounterColumn();
    void refundAndReceiptOnlyForOwnSales();
    void slowAnswerSupersededIsDropped();
    void unreachableStoreSaysWhyAndThisCounterWorks();
    void silentNetworkNeverFreezesTheWindow();
    void cashUpShowsTheWholeStore();
    void cashUpUnreachableStore();

private:
    void openHistory(const StoreConnection &connection);
    void waitForStore();
    int rowOfCounter(const QString &counterId, bool paid);

    QString m_database;
    QDate m_today;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OrderJournal> m_norte; ///< this counter
    std::unique_ptr<OrderJournal> m_sur;
    std::unique_ptr<HistoryDialog> m_dialog;
};

void TestStoreScope::initTestCase()
{
    QVERIFY2(StoreDatabase::driverAvailable(), "Qt's QPSQL driver (libqt6sql6-psql) is needed");
    QVERIFY2(StorePg::port() > 0, "no test cluster: run through ctest (fixture StorePgStart)");
    m_database = StorePg::createDatabase();
    QVERIFY(!m_database.isEmpty());
    m_today = QDate::currentDate();
    m_dir = std::make_unique<QTemporaryDir>();
    m_norte = std::make_unique<OrderJournal>();
    m_sur = std::make_unique<OrderJournal>();
    QVERIFY(m_norte->open(m_dir->filePath(QStringLiteral("norte.sqlite"))).ok());
    QVERIFY(m_sur->open(m_dir->filePath(QStringLiteral("sur.sqlite"))).ok());
    QVERIFY(seedCounter(*m_norte, 1, QStringLiteral("Point Norte")));
    QVERIFY(seedCounter(*m_sur, 3, QStringLiteral("Point Sur")));
    QVERIFY(push(*m_norte, m_database, kNorte, QStringLiteral("Caja Norte")));
    QVERIFY(push(*m_sur, m_database, kSur, QStringLiteral("Caja Sur")));
}

void TestStoreScope::cleanupTestCase()
{
    m_norte.reset();
    m_sur.reset();
    StorePg::dropDatabase(m_database);
}

void TestStoreScope::init()
{
    m_dialog = std::make_unique<HistoryDialog>(m_norte.get());
}

void TestStoreScope::cleanup()
{
    m_dialog.reset();
}

void TestStoreScope::openHistory(const StoreConnection &connection)
{
    m_dialog->setStoreConnection(connection, kNorte);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    m_dialog->setDay(m_today);
}

void TestStoreScope::waitForStore()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isLoadingStore(), 15000);
}

int TestStoreScope::rowOfCounter(const QString &counterId, bool paid)
{
    HistoryModel *model = m_dialog->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const JournalEntry e = model->entryAt(row);
        if (e.counterId == counterId && isPaid(e) == paid)
            return row;
    }
    return -1;
}

void TestStoreScope::scopeIsOfferedOnlyWithAStore()
{
    auto *row = m_dialog->findChild<QWidget *>(QStringLiteral("historyStoreRow"));
    QVERIFY(row);
    m_dialog->show();
    QVERIFY(!row->isVisible());
    QVERIFY(!m_dialog->offersStore());
    auto *table = m_dialog->findChild<QTableView *>(QStringLiteral("historyTable"));
    QVERIFY(table->isColumnHidden(HistoryModel::CounterColumn));
    // No store: the whole store cannot be chosen.
    m_dialog->setScope(HistoryModel::Scope::WholeStore);
    QCOMPARE(m_dialog->scope(), HistoryModel::Scope::ThisCounter);

    StoreSettings none;
    m_dialog->setStore(none, nullptr, kNorte);
    QVERIFY(!m_dialog->offersStore());
    m_dialog->setStoreConnection(StorePg::connection(m_database), kNorte);
    QVERIFY(m_dialog->offersStore());
    QVERIFY(row->isVisible());
    // The Show row still lets the dialog fit a 1024x768 screen.
    const QSize minimum = m_dialog->minimumSizeHint();
    QVERIFY2(minimum.width() <= 1000 && minimum.height() <= 700,
             qPrintable(QStringLiteral("%1x%2").arg(minimum.width()).arg(minimum.height())));
}

void TestStoreScope::storeScopeShowsEveryCounter()
{
    openHistory(StorePg::connection(m_database));
    QCOMPARE(m_dialog->model()->rowCount(), 5);
    m_dialog->setScope(HistoryModel::Scope::WholeStore);
    // Asking returned at once; the rows come from the worker thread.
    QVERIFY(m_dialog->isLoadingStore());
    auto *message = m_dialog->findChild<QLabel *>(QStringLiteral("historyMessage"));
    QCOMPARE(message->text(), QStringLiteral("Loading the store's sales\u2026"));
    waitForStore();
    QVERIFY2(m_dialog->storeResult().ok(), qPrintable(m_dialog->storeResult().detail()));

    HistoryModel *model = m_dialog->model();
    QCOMPARE(model->rowCount(), 10);
    auto *table = m_dialog->findChild<QTableView *>(QStringLiteral("historyTable"));
    QVERIFY(!table->isColumnHidden(HistoryModel::CounterColumn));
    QCOMPARE(model->headerData(HistoryModel::CounterColumn, Qt::Horizontal).toString(), QStringLiteral("Counter"));
    QHash<QString, int> perCounter;
    for (int row = 0; row < model->rowCount(); ++row)
        ++perCounter[model->index(row, HistoryModel::CounterColumn).data().toString()];
    QCOMPARE(perCounter.value(QStringLiteral("Caja Norte")), 5);
    QCOMPARE(perCounter.value(QStringLiteral("Caja Sur")), 5);
    QCOMPARE(m_dialog->counterChoices(), (QStringList{QStringLiteral("Caja Norte"), QStringLiteral("Caja Sur")}));

    // Back to this counter: its own journal at once, no counter column.
    m_dialog->setScope(HistoryModel::Scope::ThisCounter);
    QCOMPARE(model->rowCount(), 5);
    QVERIFY(table->isColumnHidden(HistoryModel::CounterColumn));
    QVERIFY(!m_dialog->isLoadingStore());
}

void TestStoreScope::counterFilterShowsOneCounter()
{
    openHistory(StorePg::connection(m_database));
    m_dialog->setScope(HistoryModel::Scope::WholeStore);
    waitForStore();
    m_dialog->setCounterFilter(kSur);
    QCOMPARE(m_dialog->counterFilter(), kSur);
    QCOMPARE(m_dialog->filter().counterId, kSur);
    waitForStore();
    HistoryModel *model = m_dialog->model();
    QCOMPARE(model->rowCount(), 5);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->entryAt(row).counterId, kSur);
    // The state filter works with it.
    m_dialog->setStateFilter(HistoryDialog::StateFilter::Declined);
    waitForStore();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->entryAt(0).request.amount.cents(), 2100);
    QCOMPARE(m_dialog->totals().all().count, 1);
}

void TestStoreScope::pagesComeAsTheViewScrolls()
{
    HistoryModel *model = m_dialog->model();
    model->setPageSize(3);
    openHistory(StorePg::connection(m_database));
    QList<int> batches;
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [&batches](const QModelIndex &, int first, int last) { batches << last - first + 1; });
    m_dialog->setScope(HistoryModel::Scope::WholeStore);
    // The view asks for pages until its rows fill it or the sales end: a page of 3 at a time from the worker.
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 10, 15000);
    QTRY_VERIFY(!model->isLoading());
    QCOMPARE(batches, (QList<int>{3, 3, 3, 1}));
    QVERIFY(!model->canFetchMore(QModelIndex()));
    // Every sale once, newest first.
    QSet<QString> keys;
    for (int row = 0; row < model->rowCount(); ++row) {
        const JournalEntry e = model->entryAt(row);
        keys.insert(e.counterId + QString::number(e.localId));
        if (row > 0)
            QVERIFY(model->entryAt(row - 1).createdAt >= e.createdAt);
    }
    QCOMPARE(keys.size(), 10);
}

void TestStoreScope::totalsPerCounterEqualTheJournals()
{
    openHistory(StorePg::connection(m_database));
    m_dialog->setScope(HistoryModel::Scope::WholeStore);
    waitForStore();
    const JournalTotals store = m_dialog->totals();
    const JournalTotals norte = m_norte->totals(JournalFilter::day(m_today));
    const JournalTotals sur = m_sur->totals(JournalFilter::day(m_today));
    QCOMPARE(store.counters(), (QStringList{QStringLiteral("Caja Norte"), QStringLiteral("Caja Sur")}));
    for (const auto &[name, journal] : {std::pair{QStringLiteral("Caja Norte"), norte}, std::pair{QStringLiteral("Caja Sur"), sur}}) {
        const JournalTotals::Bucket s = store.byCounter(name);
        const JournalTotals::Bucket j = journal.all();
        QCOMPARE(s.count, j.count);
        QCOMPARE(s.cents, j.cents);
        QCOMPARE(s.takenCount, j.takenCount);
        QCOMPARE(s.takenCents, j.takenCents);
        QCOMPARE(s.refundedCents, j.refundedCents);
        QCOMPARE(s.netCents(), j.netCents());
    }
    QCOMPARE(store.all().netCents(), norte.all().netCents() + sur.all().netCents());
    // The panel's "By counter" lines say the same.
    auto *panel = m_dialog->findChild<HistoryTotalsPanel *>();
    QVERIFY(panel);
    QCOMPARE(panel->value(QStringLiteral("totalCounter1Label"))->text(), QStringLiteral("Caja Norte"));
    QCOMPARE(panel->value(QStringLiteral("totalCounter2Label"))->text(), QStringLiteral("Caja Sur"));
    const QLocale locale;
    QCOMPARE(panel->value(QStringLiteral("totalCounter2Net"))->text(),
             Formatting::currency(Money::fromCents(sur.all().netCents()), locale));
    QCOMPARE(panel->value(QStringLiteral("totalCounter1Count"))->text(), locale.toString(norte.all().takenCount));
    QCOMPARE(panel->value(QStringLiteral("totalTakenNet"))->text(),
             Formatting::currency(Money::fromCents(store.all().netCents()), locale));
}

void TestStoreScope::csvHasTheCounterColumn()
{
    openHistory(StorePg::connection(m_database));
    m_dialog->setScope(HistoryModel::Scope::WholeStore);
    waitForStore();
    QSignalSpy finished(m_dialog.get(), &HistoryDialog::exportFinished);
    const QString path = m_dir->filePath(QStringLiteral("store.csv"));
    QVERIFY(m_dialog->exportCsvTo(path));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    auto *status = m_dialog->findChild<QLabel *>(QStringLiteral("exportStatus"));
    QVERIFY2(status->text().startsWith(QStringLiteral("Exported 10 sales to ")), qPrintable(status->text()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const QString header = text.section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(header.contains(QStringLiteral("counter"), Qt::CaseInsensitive), qPrintable(header));
    QVERIFY(text.contains(QStringLiteral("Caja Norte")));
    QVERIFY(text.contains(QStringLiteral("Caja Sur")));
}

void TestStoreScope::refundAndReceiptOnlyForOwnSales()
{
    openHistory(StorePg::connection(m_database));
    m_dialog->setScope(HistoryModel::Scope::WholeStore);
    waitForStore();
    auto *table = m_dialog->findChild<QTableView *>(QStringLiteral("historyTable"));
    auto *refund = m_dialog->findChild<QPushButton *>(QStringLiteral("historyRefundButton"));
    auto *receipt = m_dialog->findChild<QPushButton *>(QStringLiteral("historyReceiptButton"));
    QSignalSpy asked(m_dialog.get(), &HistoryDialog::refundRequested);

    const int theirs = rowOfCounter(kSur, true);
    QVERIFY(theirs >= 0);
    table->selectRow(theirs);
    QVERIFY(!m_dialog->canRefundSelected());
    QVERIFY(!m_dialog->canShowReceiptOfSelected());
    QVERIFY(!refund->isEnabled());
    QVERIFY(!receipt->isEnabled());
    QVERIFY2(refund->toolTip().contains(QStringLiteral("Caja Sur")), qPrintable(refund->toolTip()));
    QCOMPARE(receipt->toolTip(), refund->toolTip());
    QTest::keyClick(m_dialog.get(), Qt::Key_R, Qt::ControlModifier);
    QCOMPARE(asked.size(), 0);
    // Their sale's history comes from the store.
    auto *details = m_dialog->findChild<QWidget *>(QStringLiteral("historyDetails"));
    QTRY_VERIFY_WITH_TIMEOUT(details->property("plainText").toString().contains(QStringLiteral("What happened")),
                             15000);
    QVERIFY(details->property("plainText").toString().contains(QStringLiteral("Counter: Caja Sur")));

    const int ours = rowOfCounter(kNorte, true);
    QVERIFY(ours >= 0);
    table->selectRow(ours);
    QVERIFY(m_dialog->canShowReceiptOfSelected());
    QVERIFY(receipt->isEnabled());
    QVERIFY(m_dialog->ownSaleOnlyReason().isEmpty());
    const JournalEntry own = m_dialog->model()->entryAt(ours);
    if (own.shownState() == OrderState::Approved || own.shownState() == OrderState::PartlyRefunded) {
        QVERIFY(refund->isEnabled());
        QTest::keyClick(m_dialog.get(), Qt::Key_R, Qt::ControlModifier);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.at(0).at(0).toLongLong(), own.localId);
    }
}

void TestStoreScope::slowAnswerSupersededIsDropped()
{
    // The store's sales are locked: the first read waits at the server.
    StorePg::Admin admin(m_database);
    QVERIFY(admin.ok());
    QVERIFY(admin.exec(QStringLiteral("BEGIN")));
    QVERIFY(admin.exec(QStringLiteral("LOCK TABLE sales IN ACCESS EXCLUSIVE MODE")));

    openHistory(StorePg::connection(m_database));
    QList<JournalEntry> inserted;
    HistoryModel *model = m_dialog->model();
    connect(model, &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex &, int first, int last) {
        for (int row = first; row <= last; ++row)
            inserted << model->entryAt(row);
    });
    m_dialog->setScope(HistoryModel::Scope::WholeStore);
    StorePg::Admin watcher;
    QTRY_VERIFY_WITH_TIMEOUT(watcher.value(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = '%1'"
                                                          " AND wait_event_type = 'Lock'")
                                               .arg(m_database))
                                     .toInt() >= 1,
                             15000);
    // The window is not frozen: a newer filter is taken while the first read waits.
    m_dialog->setStateFilter(HistoryDialog::StateFilter::Paid);
    QVERIFY(m_dialog->isLoadingStore());
    QVERIFY(admin.exec(QStringLiteral("COMMIT")));
    waitForStore();
    QVERIFY2(m_dialog->storeResult().ok(), qPrintable(m_dialog->storeResult().detail()));
    QCOMPARE(model->rowCount(), 4);
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(isPaid(model->entryAt(row)));
    // The older answer (every state) never reached the table.
    QCOMPARE(inserted.size(), 4);
    for (const JournalEntry &e : std::as_const(inserted))
        QVERIFY(isPaid(e));
}

void TestStoreScope::unreachableStoreSaysWhyAndThisCounterWorks()
{
    StoreConnection nowhere = StorePg::connection(m_database);
    nowhere.port = 1; // nothing listens there
    openHistory(nowhere);
    m_dialog->setScope(HistoryModel::Scope::WholeStore);
    waitForStore();
    QCOMPARE(m_dialog->storeResult().kind(), StoreResult::Kind::Unreachable);
    auto *message = m_dialog->findChild<QLabel *>(QStringLiteral("historyMessage"));
    auto *stack = m_dialog->findChild<QStackedWidget *>(QStringLiteral("historyStack"));
    QCOMPARE(stack->currentIndex(), 1);
    QVERIFY2(message->text().startsWith(QStringLiteral("The store database cannot be reached: ")),
             qPrintable(message->text()));
    QVERIFY(message->text().endsWith(QStringLiteral(". This counter's own sales are still here: choose This counter.")));
    // Never a popup.
    for (QWidget *w : QApplication::topLevelWidgets())
        QVERIFY2(w == m_dialog.get() || !w->isVisible(), qPrintable(w->objectName()));
    // The totals say they are not known, not zero.
    auto *panel = m_dialog->findChild<HistoryTotalsPanel *>();
    QCOMPARE(panel->value(QStringLiteral("totalTakenNet"))->text(), QStringLiteral("\u2014"));

    m_dialog->setScope(HistoryModel::Scope::ThisCounter);
    QCOMPARE(m_dialog->model()->rowCount(), 5);
    QCOMPARE(stack->currentIndex(), 0);
    QVERIFY(m_dialog->storeResult().ok());
    QVERIFY(m_dialog->lastResult().ok());
}

void TestStoreScope::silentNetworkNeverFreezesTheWindow()
{
    // A server that takes the connection and never says a word: libpq waits for its timeout, the window does not.
    QTcpServer mute;
    QVERIFY(mute.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> held;
    connect(&mute, &QTcpServer::newConnection, this, [&]() {
        while (QTcpSocket *socket = mute.nextPendingConnection())
            held << socket;
    });
    StoreConnection silent = StorePg::connection(m_database);
    silent.port = mute.serverPort();
    silent.connectTimeoutSeconds = 2;
    openHistory(silent);
    QElapsedTimer clock;
    clock.start();
    m_dialog->setScope(HistoryModel::Scope::WholeStore);
    const qint64 asked = clock.elapsed();
    QVERIFY2(asked < 200, qPrintable(QString::number(asked)));
    int ticks = 0;
    QTimer timer;
    connect(&timer, &QTimer::timeout, this, [&ticks]() { ++ticks; });
    timer.start(20);
    waitForStore();
    const qint64 answered = clock.elapsed();
    qInfo("setScope returned after %lld ms; the unreachable store answered after %lld ms; %d timer ticks meanwhile",
          asked, answered, ticks);
    QVERIFY(!m_dialog->storeResult().ok());
    QVERIFY(!held.isEmpty());
    QVERIFY2(answered >= 1500, qPrintable(QString::number(answered)));
    // The event loop ran all along (a tick every 20 ms, give or take a loaded machine).
    QVERIFY2(ticks >= answered / 20 / 4, qPrintable(QString::number(ticks)));
    auto *message = m_dialog->findChild<QLabel *>(QStringLiteral("historyMessage"));
    QVERIFY2(message->text().startsWith(QStringLiteral("The store database cannot be reached: ")),
             qPrintable(message->text()));
}

void TestStoreScope::cashUpShowsTheWholeStore()
{
    CashUpDialog dialog(m_norte.get());
    auto *scope = dialog.findChild<QComboBox *>(QStringLiteral("cashUpScope"));
    QVERIFY(scope);
    dialog.show();
    QVERIFY(!scope->isVisible());
    dialog.setStoreConnection(StorePg::connection(m_database));
    QVERIFY(scope->isVisible());
    auto *closeDay = dialog.findChild<QPushButton *>(QStringLiteral("cashUpCloseDay"));
    QVERIFY(closeDay->isEnabled());

    dialog.setWholeStore(true);
    QVERIFY(dialog.isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoading(), 15000);
    QVERIFY2(dialog.storeResult().ok(), qPrintable(dialog.storeResult().detail()));
    const CashUpReport &report = dialog.report();
    QVERIFY(report.wholeStore);
    QCOMPARE(report.counters, (QStringList{QStringLiteral("Caja Norte"), QStringLiteral("Caja Sur")}));
    const JournalTotals norte = m_norte->totals(JournalFilter::day(m_today));
    const JournalTotals sur = m_sur->totals(JournalFilter::day(m_today));
    QCOMPARE(report.money().takenCents, norte.all().takenCents + sur.all().takenCents);
    QCOMPARE(report.money().netCents(), norte.all().netCents() + sur.all().netCents());
    QCOMPARE(report.totals.byCounter(QStringLiteral("Caja Sur")).netCents(), sur.all().netCents());
    QVERIFY(!closeDay->isEnabled());
    QVERIFY(closeDay->toolTip().contains(QStringLiteral("each counter")));
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("cashUpPdf"))->isEnabled());
    auto *stack = dialog.findChild<QStackedWidget *>(QStringLiteral("cashUpStack"));
    QCOMPARE(stack->currentIndex(), 0);
    // A sale changed: the same days are read again while the report shown stays.
    dialog.reload();
    QVERIFY(dialog.isLoading());
    QCOMPARE(stack->currentIndex(), 0);
    QVERIFY(dialog.report().wholeStore);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoading(), 15000);
    QVERIFY(dialog.report().wholeStore);

    // Saved as PDF (what "Save as PDF" writes), headed "Whole store" with its counters and a table by counter.
    CashUpReportDocument::Style style;
    style.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    const CashUpReportDocument document(report, style);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("store.pdf"));
    QVERIFY(document.writePdf(pdf));
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(20000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    QVERIFY2(text.contains(QStringLiteral("Whole store: Caja Norte, Caja Sur")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("By counter")));

    // This counter again: its own report, and the day can be closed.
    dialog.setWholeStore(false);
    QVERIFY(!dialog.report().wholeStore);
    QCOMPARE(dialog.report().money().takenCents, norte.all().takenCents);
    QVERIFY(closeDay->isEnabled());
}

void TestStoreScope::cashUpUnreachableStore()
{
    CashUpDialog dialog(m_norte.get());
    StoreConnection nowhere = StorePg::connection(m_database);
    nowhere.port = 1;
    dialog.setStoreConnection(nowhere);
    dialog.show();
    dialog.setWholeStore(true);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoading(), 15000);
    QCOMPARE(dialog.storeResult().kind(), StoreResult::Kind::Unreachable);
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("cashUpStoreMessage"));
    QVERIFY2(message->text().startsWith(QStringLiteral("The store database cannot be reached: ")),
             qPrintable(message->text()));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("cashUpPdf"))->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("cashUpPrint"))->isEnabled());
    dialog.setWholeStore(false);
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("cashUpPdf"))->isEnabled());
    QVERIFY(dialog.storeResult().ok());
}

QTEST_MAIN(TestStoreScope)
#include "tst_storescope.moc"
