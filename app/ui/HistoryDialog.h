#pragma once

#include "store/OrderJournal.h"
#include "store/StoreResult.h"
#include "ui/HistoryModel.h"

#include <QDate>
#include <QDialog>
#include <QList>
#include <QLocale>

class Settings;
class HistoryTotalsPanel;
class StoreHistoryLoader;
struct StoreConnection;
struct StoreSettings;
class TokenStore;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

/// "Sales history": the journal's sales of one day (or of all days), filtered by state and by terminal, with totals
/// by state, card type and terminal (paid, refunded, net) of what the filters show, the selected sale's history and an
/// export to CSV (plain, or for spreadsheets as the Preferences say: setSettings()).
///
/// Non-modal. Create it once with the window's journal (not owned; it must outlive the dialog), then show(),
/// raise() and activateWindow() it when the cashier asks for the history, and connect whatever says "a sale
/// changed" to reload(). It opens on today's sales and, while the cashier has not picked another day, moves on to
/// the new day when it is shown after midnight. Journal failures are shown inside the dialog, never as a popup.
///
/// With a store database (setStore()) it offers "Show: This counter / Whole store": the whole store's sales, read
/// from its PostgreSQL on a thread of their own (StoreHistoryLoader), with a Counter column and filter and totals by
/// counter. While they come the dialog says so; when the store cannot be reached it says why inside the dialog and
/// This counter still works. Refunds and receipts stay this counter's: on another counter's sale they are off.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    /// The choices of the State filter.
    enum class StateFilter { All, Paid, Declined, Cancelled, NotSent, Open };

    explicit HistoryDialog(OrderJournal *journal, QWidget *parent = nullptr);

    /// The states a StateFilter shows (empty = every state). Open is every state that is not final.
    static QList<OrderState> statesFor(StateFilter filter);

    /// The day shown, also while "All days" is chosen (then it is not applied).
    QDate day() const;
    /// Shows `day` (and turns "All days" off).
    void setDay(const QDate &day);
    bool allDays() const;
    void setAllDays(bool all);
    StateFilter stateFilter() const;
    void setStateFilter(StateFilter filter);
    /// The terminal shown, as recorded on its sales; "" for every terminal.
    QString terminalFilter() const;
    /// Shows the sales of terminal `name` (matched like TerminalMatch: capitals and accents aside); "" for all.
    void setTerminalFilter(const QString &name);
    /// The terminals the Terminal filter offers after "All terminals" (OrderJournal::terminals()).
    QStringList terminalChoices() const;

    /// Where the CSV format is chosen (Preferences, "CSV for spreadsheets"); not owned, must outlive the dialog.
    /// Without settings the export follows CsvFormat::defaultFor() the interface language.
    void setSettings(Settings *settings) { m_settings = settings; }
    /// The format "Export CSV…" writes now.
    CsvFormat csvFormat() const;
    /// What the dialog shows now, as a journal filter.
    JournalFilter filter() const;

    /// Offers the whole store's sales: `store` says where (no choice is offered when it is not configured), the
    /// password is read from `keychain` (may be null: none), `counterId` is this counter's id in the store
    /// (Settings::storeCounterId()). Call once, before the dialog is shown.
    void setStore(const StoreSettings &store, TokenStore *keychain, const QString &counterId);
    /// The same with the connection given (tests, a store without keychain).
    void setStoreConnection(const StoreConnection &connection, const QString &counterId);
    /// "Show:" is offered (a store database is set).
    bool offersStore() const { return m_storeLoader != nullptr; }
    HistoryModel::Scope scope() const { return m_model->scope(); }
    /// Shows this counter's sales or the whole store's (the latter only when offersStore()).
    void setScope(HistoryModel::Scope scope);
    /// Store scope: the counter shown, by id; "" for every counter.
    QString counterFilter() const;
    void setCounterFilter(const QString &counterId);
    /// The counters' names the Counter filter offers after "All counters".
    QStringList counterChoices() const;
    /// Store scope: the store's sales, totals or counters are on their way.
    bool isLoadingStore() const;
    /// Store scope: the failure the dialog shows (Ok when none).
    StoreResult storeResult() const;
    /// Why the selected sale cannot be refunded or get a receipt here ("" when it can, or nothing is selected).
    QString ownSaleOnlyReason() const;

    /// The table's model (for tests and for the window's own look-ups).
    HistoryModel *model() const { return m_model; }
    /// The totals shown now.
    JournalTotals totals() const { return m_totals; }
    /// The last journal failure the dialog shows; Ok when it shows none.
    JournalResult lastResult() const { return m_result; }

    /// Writes the sales of the current filter (then their refunds) to `path` as CSV, all at once or not at all (what
    /// "Export CSV…" does after its file dialog). Says how it went in the dialog; true when the file was written.
    /// In store scope the store's export (with the Counter column) runs on the loader's thread: true when it was
    /// started, and exportFinished() tells how it went.
    bool exportCsvTo(const QString &path);

    /// A paid sale with money left to give back is selected: Refund (Ctrl+R) is on.
    bool canRefundSelected() const;
    /// A sale whose money was taken is selected: Receipt (button and context menu) is on.
    bool canShowReceiptOfSelected() const;
    /// Opens the selected paid sale's receipt in a print preview (ReceiptPreview); nullptr when none is selected.
    QWidget *showReceiptOfSelected();

Q_SIGNALS:
    /// The person asked to refund sale `localId` (Refund button or Ctrl+R on a paid sale).
    void refundRequested(qint64 localId);
    /// A store-wide export ended (`ok`: the file was written); the dialog shows how.
    void exportFinished(bool ok);

public Q_SLOTS:
    /// Reads the journal again (call it whenever a sale changes). Keeps the selection and the scroll position
    /// when the selected sale is still shown. Costs nothing while the dialog is hidden: showing it reads again.
    void reload();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter();
    /// Reads the journal's terminals into the Terminal filter, keeping the one chosen.
    void refreshTerminalChoices();
    void refreshTotals(bool keepOnFailure);
    void refreshDetails();
    void requestRefund();
    /// One line per refund of the sale (amount, time, refund id, who, state; reason and why it failed).
    QStringList refundLines(qint64 localId, const QLocale &locale) const;
    void updateMessages();
    void chooseExportFile();
    void focusFilters();
    void setExportStatus(const QString &text, bool failed);
    QString emptySentence() const;
    QString filterDescription() const;
    qint64 selectedLocalId() const;
    /// The selected sale (localId 0 when none).
    JournalEntry selectedEntry() const;
    void selectSale(qint64 localId, const QString &counterId);
    /// The sale is this counter's (always in this counter's scope).
    bool isOwnSale(const JournalEntry &entry) const;

    // Store scope (HistoryDialogStore.cpp).
    void buildStoreRow();
    void useStoreLoader(StoreHistoryLoader *loader, const QString &counterId);
    void askStoreTotals();
    void askStoreCounters();
    void storeRowsAnswered();
    void updateStoreMessages();
    void refreshStoreDetails(const JournalEntry &entry, QStringList lines);
    bool exportStoreCsv(const QString &path, const QString &shownPath);
    QString storeFailureLine(const StoreResult &result) const;
    void showStoreTotals();

    OrderJournal *m_journal = nullptr;
    Settings *m_settings = nullptr;
    StoreHistoryLoader *m_storeLoader = nullptr;  ///< the store scope's rows, totals, counters and sale details
    StoreHistoryLoader *m_exportLoader = nullptr; ///< store-wide CSV exports (a new filter does not drop them)
    QString m_counterId;                          ///< this counter's id in the store
    StoreResult m_storeTotalsResult;
    StoreResult m_storeCountersResult;
    bool m_storeTotalsLoading = false;
    bool m_storeDetailsPending = false; ///< the selected sale's refunds and history are asked from the store
    JournalEntry m_keepSelected; ///< store scope: the sale to select again when the rows come
    HistoryModel *m_model = nullptr;
    JournalTotals m_totals;
    JournalResult m_result;
    JournalResult m_totalsResult;
    QString m_exportDir;
    bool m_followToday = true; ///< the day filter is "today" until the cashier picks another day
    bool m_applying = false;

    QDateEdit *m_dayEdit = nullptr;
    QCheckBox *m_allDays = nullptr;
    QComboBox *m_stateCombo = nullptr;
    QComboBox *m_terminalCombo = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_refundButton = nullptr;
    QPushButton *m_receiptButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QLabel *m_notice = nullptr;
    QWidget *m_storeRow = nullptr;
    QComboBox *m_scopeCombo = nullptr;
    QComboBox *m_counterCombo = nullptr;
    QLabel *m_storeLoading = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_message = nullptr;
    HistoryTotalsPanel *m_totalsPanel = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QLabel *m_exportStatus = nullptr;
};
