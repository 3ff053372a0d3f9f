#pragma once

#include "store/OrderJournal.h"

#include <QDate>
#include <QDialog>
#include <QList>
#include <QLocale>

class HistoryModel;
class Settings;
class HistoryTotalsPanel;
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

    /// The table's model (for tests and for the window's own look-ups).
    HistoryModel *model() const { return m_model; }
    /// The totals shown now.
    JournalTotals totals() const { return m_totals; }
    /// The last journal failure the dialog shows; Ok when it shows none.
    JournalResult lastResult() const { return m_result; }

    /// Writes the sales of the current filter (then their refunds) to `path` as CSV, all at once or not at all (what
    /// "Export CSV…" does after its file dialog). Says how it went in the dialog; true when the file was written.
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
    void selectLocalId(qint64 localId);

    OrderJournal *m_journal = nullptr;
    Settings *m_settings = nullptr;
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
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_message = nullptr;
    HistoryTotalsPanel *m_totalsPanel = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QLabel *m_exportStatus = nullptr;
};
