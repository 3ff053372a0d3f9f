#pragma once

#include "core/PaymentOrder.h"
#include "api/Backoff.h"
#include "sales/CashierSession.h"
#include "store/ManagerSession.h"
#include "ui/ManagerControls.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>
#include <functional>

class ChargeForm;
class ChargeService;
class ConnectionIndicator;
class Currency;
class DevicePicker;
class ElidedLabel;
class HeaderBar;
class MainMenuBar;
class QShortcut;
class OrderJournal;
class OrderStatusPanel;
class PointBackend;
class QDialog;
class QMessageBox;
class QScrollArea;
class SalesRecordDialogs;
class QVBoxLayout;
class Settings;
class TokenStore;
class StatusBadges;
class StoreIndicator;
struct StoreSyncStatus;
struct StoreTerminalHolders;
class TerminalMonitor;

/// The cashier window: pick a terminal, type amount and description, charge, and watch the order until it is
/// paid, declined or cancelled. It lays out and renders; the sale flow is a CashierSession (over a ChargeService:
/// recorded in the OrderJournal before its request leaves, never sent twice blindly, followed again after a
/// restart) and the terminals and the connection are a TerminalMonitor. Nothing blocks.
/// Trouble is shown in place: a banner when the token is refused, an indicator in the status bar while
/// Mercado Pago cannot be reached (PointDesk keeps retrying with backoff), and the status panel for the order.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    static constexpr int kDefaultRetryFirstMs = Backoff::kDefaultFirstMs;
    static constexpr int kDefaultRetryMaxMs = Backoff::kDefaultMaxMs;

    /// Where the access token in use comes from.
    enum class Account {
        None,        ///< no account set up (demo mode): Account > Set up is open to anyone
        Keychain,    ///< saved in the system keychain
        SessionOnly, ///< kept in memory until PointDesk quits (no keychain service)
        Environment  ///< POINTDESK_TOKEN
    };

    /// `client`, `journal` and `settings` must outlive the window. A journal that is not open (open() failed)
    /// keeps charging off and says why, with a way to fix it.
    MainWindow(PointBackend *client, OrderJournal *journal, Settings *settings, QWidget *parent = nullptr);
    /// The window's size at its first start on a screen whose available area is `available` (later starts restore
    /// the size the user left it at).
    static QSize initialSize(const QSize &available);
    ~MainWindow() override;

    /// Demo mode: the window title and the status bar say DEMO, and a button opens the virtual terminal.
    void setDemoMode(bool demo);
    bool isDemoMode() const { return m_demo; }

    /// How often the terminal list refreshes while all is well (default: Settings, 10 s).
    void setDeviceRefreshInterval(int milliseconds);
    /// The first and the longest wait between retries while Mercado Pago cannot be reached.
    void setRetryBackoff(int firstMs, int maxMs);

    /// True from Charge until the sale is final (sending, checking, waiting for the customer or for a decision).
    bool hasOpenOrder() const;
    /// The order being followed or last followed; 0 when none.
    OrderRef currentOrderId() const { return m_cashier->orderId(); }
    /// The journal's id of the sale shown; 0 when none.
    qint64 currentSaleId() const { return m_cashier->saleId(); }
    ChargeService *chargeService() const { return m_cashier->chargeService(); }
    /// The sale flow this window renders, and the terminals and connection it watches.
    CashierSession *cashierSession() const { return m_cashier; }
    TerminalMonitor *terminalMonitor() const { return m_monitor; }
    OrderJournal *journal() const { return m_journal; }
    /// Sales left unfinished by an earlier run that are followed but not shown yet (the one shown excluded).
    QList<qint64> waitingResumedSales() const { return m_cashier->waitingResumedSales(); }
    /// True while charging is off because the journal cannot be written or read.
    bool isJournalProblemShown() const { return m_cashier->isJournalBlocked(); }
    /// True while the status bar shows the connection problem indicator.
    bool isOffline() const;
    bool isTokenRejectedShown() const;
    /// Why the token banner is up, in words for the setup wizard ("Mercado Pago refused ... at 10:42").
    QString tokenRejectedReason() const;

    /// Manager mode for this window: the Manager menu, the status bar indicator and the manager's tools. Without
    /// a session every manager action stays disabled. The session must outlive the window.
    void setManagerSession(ManagerSession *session);
    ManagerSession *managerSession() const { return m_manager->session(); }
    /// Where the store database's password is read from when the history or the cash-up show the whole store
    /// (Settings::store()); must outlive the window. Without it the store is tried without a password.
    void setStoreKeychain(TokenStore *keychain);
    /// What the Account menu offers; `maskedToken` (e.g. "APP_USR-…-1a2b") is shown in it.
    void setAccount(Account account, const QString &maskedToken = QString());
    Account account() const { return m_account; }
    /// Runs `then` now in manager mode, else after the manager PIN was entered (the prompt says `purpose`).
    void requireManager(const QString &purpose, std::function<void()> then)
    {
        m_manager->require(purpose, std::move(then));
    }
    /// A note in the status bar for `timeoutMs` (0: until the next one).
    void showStatusMessage(const QString &text, int timeoutMs = 8000) { showStatus(text, timeoutMs); }
    /// Amounts in `currency` from now on: the sale form, the order panel, the history, and what goes to the API.
    /// Not stored (Preferences stores the account's; the demo plays its own).
    void applyCurrency(const Currency &currency);
    /// The store database's word in the status bar (StoreSync's status): built on the first status that is not
    /// Off (after the first frame: the store is set up then), hidden again for Off.
    void setStoreStatus(const StoreSyncStatus &status);
    /// The store database's indicator; nullptr until setStoreStatus() needed one.
    StoreIndicator *storeIndicator() const { return m_storeIndicator; }
    /// Which other counters of the store hold terminals (StoreSync): the terminal list says "busy - Caja 2".
    void setTerminalHolders(const StoreTerminalHolders &holders);
    DevicePicker *devicePicker() const { return m_picker; }

public Q_SLOTS:
    /// Asks for the terminal list now (F5).
    void refreshDevices();
    /// Sends the charge in the form to the chosen terminal, when the form is valid and the terminal free.
    void charge();
    /// Cancels the open order by its id (Esc); while a cancel is under way, reads the order again (Check now).
    void cancelOrder();
    /// Cancels whatever order the terminal holds (for a stuck or busy terminal).
    void freeTerminal();
    /// Readies the form for the next customer (F2, New sale): after a sale, terminal, description and card kept and
    /// the amount selected; on a form with no sale shown (and with Ctrl+N) all cleared. Refused while an order is
    /// open.
    void newSale();
    /// F3: the last sale ended; charge the same again (amount, description, card, terminal) at once.
    void chargeSameAgain();
    /// Sales > History (Ctrl+H): today's and earlier sales, totals and CSV export.
    /// Sales > Preferences: language, and the account's currency in manager mode.
    void openPreferences();
    /// Follows the sales the journal holds unfinished (after a crash or a quit with an open order); the newest
    /// one is shown, the others in turn. Called once the window is up.
    void resumeUnfinishedSales();
    /// Manager > Enter manager mode: the PIN prompt.
    void enterManagerMode() { m_manager->enter(); }
    /// Manager > Terminals (manager mode only).
    void openTerminals() { m_manager->openTerminals(); }
    /// Manager > Change PIN (manager mode only).
    void changePin() { m_manager->changePin(); }
    /// Manager > End manager mode.
    void endManagerMode() { m_manager->end(); }

Q_SIGNALS:
    /// Mercado Pago refused the access token (401): the account must be set up again.
    void tokenRejected();
    /// Account > Set up / Replace token, or the token banner's "Set up the token again" (already past the manager
    /// check when an account exists): open the setup wizard. `reason` says why (the 401), or is empty.
    void setupRequested(const QString &reason);
    /// Account > Sign out, in manager mode: remove the token and the PIN, back to demo mode.
    void signOutRequested();
    /// Demo mode: the cashier asked to see the virtual terminal.
    void virtualTerminalRequested();
    /// The connection indicator turned on (Mercado Pago cannot be reached, PointDesk keeps retrying) or off.
    void connectionStateChanged(bool offline);
    /// Once per window: its first frame is on screen (or it was not visible when the event loop first ran, or no
    /// frame came within kFirstFrameWaitMs). What the first frame does not need starts now: whoever listens first,
    /// then the window's first terminal list and the unfinished sales.
    void firstFrameShown();
    /// The journal was written (a sale or a refund changed): the store database has news.
    void journalWritten();
    /// Preferences saved new store database settings (or the password, or a new counter id).
    void storeSettingsChanged();

protected:
    bool event(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    /// How long a visible window waits for its first frame before it starts its network and journal work anyway
    /// (a window that is never exposed, e.g. minimized at start, paints nothing).
    static constexpr int kFirstFrameWaitMs = 500;

    /// The first event loop pass: a hidden window starts at once (as it always did), a visible one waits for its
    /// first frame.
    void waitForFirstFrame();
    /// See firstFrameShown(); runs once.
    void startAfterFirstFrame();
    void buildUi();
    void buildShortcuts();
    void buildMenus();
    void updateAccountActions();
    void onManagerActiveChanged(bool active);
    void showInfoBox(QMessageBox *(*open)(QWidget *));
    void requestSetup();
    void connectSession();
    void onSaleEnded(OrderState state);
    void decide(CashierSession::Decision decision);
    void confirmNotCharged();
    void startNewJournal();
    void updateUi();
    /// A passing note in the status bar; `timeoutMs` 0 keeps it until the next one.
    void showStatus(const QString &text, int timeoutMs);
    void onEscape();
    void askToQuitWithOpenOrder();
    void quitNow();

    PointBackend *m_client = nullptr;
    Settings *m_settings = nullptr;

    DevicePicker *m_picker = nullptr;
    ChargeForm *m_form = nullptr;
    OrderStatusPanel *m_panel = nullptr;
    QScrollArea *m_formScroll = nullptr;
    QVBoxLayout *m_body = nullptr;
    ConnectionIndicator *m_connectionIndicator = nullptr;
    ElidedLabel *m_statusMessage = nullptr;
    QTimer m_statusMessageTimer;
    HeaderBar *m_header = nullptr;
    MainMenuBar *m_menuBar = nullptr;
    QShortcut *m_managerOnShortcut = nullptr;
    StatusBadges *m_badges = nullptr;
    StoreIndicator *m_storeIndicator = nullptr;
    QPointer<QMessageBox> m_quitBox;
    ManagerControls *m_manager = nullptr; ///< manager mode: the PIN prompt and the manager's dialogs
    QPointer<QMessageBox> m_infoBox;
    QPointer<QMessageBox> m_confirmBox;
    SalesRecordDialogs *m_records = nullptr; ///< History and Close the day
    QPointer<QDialog> m_preferences;
    Account m_account = Account::None;
    QString m_maskedToken;

    OrderJournal *m_journal = nullptr;
    TerminalMonitor *m_monitor = nullptr;
    CashierSession *m_cashier = nullptr;
    /// The busy order the idle panel shows, so that the panel is not presented again on every update.
    std::optional<OrderRef> m_shownBusyOrder;
    QTimer m_firstFrameWait;
    bool m_painted = false;
    bool m_startedUp = false;
    bool m_quitAfterCancel = false;
    bool m_forceQuit = false;
    bool m_demo = false;
};
