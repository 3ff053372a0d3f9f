#pragma once

#include "store/CashUpReport.h"
#include "store/StoreResult.h"

#include <QDialog>
#include <QPointer>

class OrderJournal;
class QComboBox;
class QDateEdit;
class QLabel;
class QStackedWidget;
class StoreHistoryLoader;
class TokenStore;
struct StoreConnection;
struct StoreSettings;
class QPrintPreviewWidget;
class QPrinter;
class QPushButton;

/// Sales > Close the day: picks a day or a range (default today), shows its cash-up report as it will print
/// (QPrintPreviewWidget), prints it, saves it as a PDF, and closes the day. Closing is the manager's: the dialog asks
/// for it with closeDayRequested(), and the window calls closeDay() once the manager PIN is given.
///
/// With a store database (setStore()) it offers "Show: This counter / Whole store": the whole store's report, read
/// from its PostgreSQL off the UI thread (StoreHistoryLoader), previewed, printed and saved as PDF, headed "Whole
/// store". Days are closed on each counter: Close the day is off in store scope. When the store cannot be reached
/// the dialog says why in its own window.
class CashUpDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CashUpDialog(OrderJournal *journal, QWidget *parent = nullptr);
    ~CashUpDialog() override;

    /// Reads the report of the days picked again (a sale changed).
    void reload();
    /// The days picked (local dates).
    QDate fromDay() const;
    QDate toDay() const;
    void setDays(const QDate &from, const QDate &to);
    const CashUpReport &report() const { return m_report; }
    /// Asks to confirm, then closes the day picked as `who`; refuses a second closing with a message.
    void closeDay(const QString &who);

    /// Offers the whole store's report: `store` says where (nothing is offered when it is not configured), the
    /// password is read from `keychain` (may be null: none). Call once.
    void setStore(const StoreSettings &store, TokenStore *keychain);
    /// The same with the connection given (tests).
    void setStoreConnection(const StoreConnection &connection);
    bool offersStore() const { return m_loader != nullptr; }
    bool isWholeStore() const { return m_wholeStore; }
    /// Shows the whole store's report (only when offersStore()) or this counter's.
    void setWholeStore(bool wholeStore);
    /// The whole store's report is on its way.
    bool isLoading() const { return m_loading; }
    /// The store's last failure (Ok when none, or in this counter's scope).
    StoreResult storeResult() const { return m_wholeStore ? m_storeResult : StoreResult(); }
    /// What the status line says.
    QString statusText() const;

Q_SIGNALS:
    /// Close the day was pressed for `day`: the window checks for the manager, then calls closeDay().
    void closeDayRequested(const QDate &day);

private:
    void paintPreview(QPrinter *printer);
    void print();
    void savePdf();
    void updateState();
    void recordClosing(const QString &who);
    void useLoader(StoreHistoryLoader *loader);
    void reloadStore();
    void showReport();

    StoreHistoryLoader *m_loader = nullptr;
    bool m_wholeStore = false;
    bool m_loading = false;
    StoreResult m_storeResult;
    QComboBox *m_scope = nullptr;
    QLabel *m_scopeLabel = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;

    OrderJournal *m_journal;
    CashUpReport m_report;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_status = nullptr;
    QPrintPreviewWidget *m_preview = nullptr;
    QPrinter *m_printer = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_pdfButton = nullptr;
    QPushButton *m_closeDayButton = nullptr;
};
