#pragma once

#include "ui/KeychainWaitWindow.h"
#include "ui/LaunchOptions.h"
#include "ui/MainWindow.h"
#include "ui/SetupWizard.h"
#include "core/Currency.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <memory>

class ManagerSession;
class OrdersSimulator;
class OrderJournal;
class PointBackend;
class PointSimulator;
class Settings;
class StoreLink;
class TokenStore;
class VirtualTerminal;

/// What `pointdesk` does between parsing its options and the event loop: reads the token from the keychain, picks
/// normal or demo mode, opens the setup wizard on a first run, and rebuilds the window when the account changes
/// (set up from demo mode, token replaced, signed out). Start-up decision:
///   --demo / --smoke-test        demo (on --api's simulator: legacy or Orders; the Demo menu switches); the keychain
///   is read only to label the Account menu (not for a smoke test) POINTDESK_TOKEN set          normal mode with that
///   token; it is never saved token in the keychain        normal mode nothing in the keychain      demo mode, with the
///   setup wizard on top ("Try demo mode instead" keeps demo) no keychain service          demo mode, with the wizard's
///   explanation and its session-only choice keychain refused or failed   demo mode, with the wizard showing the
///   keychain's message and "Try again"
/// Normal mode talks to --api-base / POINTDESK_API_BASE if given, else the address saved by the wizard (when
/// PointBackend::isAcceptableBaseUrl accepts it), else the real API.
class AppController : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Starting, Demo, Normal };

    /// `settings` must outlive the controller.
    AppController(const LaunchOptions &options, Settings *settings, QObject *parent = nullptr);
    ~AppController() override;

    /// Decides the mode (see above). The window appears at once for --demo and POINTDESK_TOKEN, else as soon as
    /// the keychain has answered; a keychain that has not answered after kKeychainNoticeMs gets a window of its own
    /// (keychainWaitWindow()): waiting, with demo mode and quit, and "not answering" with try again once TokenStore
    /// gives up on it.
    void start();

    /// How long the keychain may take at start-up before the waiting window shows.
    static constexpr int kKeychainNoticeMs = 400;

    Mode mode() const { return m_mode; }
    MainWindow *window() const { return m_window; }
    PointBackend *client() const { return m_client; }
    /// The journal the window records sales in (the demo's own one in demo mode); opened once the window has shown
    /// its first frame.
    OrderJournal *journal() const { return m_journal.get(); }
    /// Demo mode on the legacy API only; nullptr otherwise.
    PointSimulator *simulator() const { return m_simulator.get(); }
    /// Demo mode on the Orders API only; nullptr otherwise.
    OrdersSimulator *ordersSimulator() const { return m_ordersSimulator.get(); }
    /// The API the demo plays ("legacy", "orders"): --api, else legacy; the Demo menu switches it.
    QString demoApi() const { return m_demoApi; }
    /// Demo mode: starts the demo again on `api`'s simulator (not while a sale is open: the window says so).
    void switchDemoApi(const QString &api);
    /// Demo mode: the demo account charges in `isoCode` (one of Currency::all()) from now on: the form, the order
    /// panel, the history and the simulator follow. Not while a sale is open. The account's currency is not touched.
    void setDemoCurrency(const QString &isoCode);
    /// The currency the demo plays: the Demo menu's choice, else the account's.
    Currency demoCurrency() const;
    /// Demo mode's "Leave demo mode": the setup wizard while no account is set up (also after "Try demo mode
    /// instead"), else normal mode with the saved token. Not while a sale is open.
    void leaveDemo();
    /// Demo mode only; nullptr otherwise. Built on first use, else right after the cashier window's first frame.
    VirtualTerminal *virtualTerminal() const;
    TokenStore *tokenStore() const { return m_store; }
    /// Pushes the journal to the store database (normal mode, when one is set up): started once the window's first
    /// frame is on screen, stopped in demo mode and before the application quits.
    StoreLink *storeLink() const { return m_storeLink; }
    ManagerSession *managerSession() const { return m_session; }
    /// The window shown while the keychain has not answered at start-up, if any.
    KeychainWaitWindow *keychainWaitWindow() const { return m_keychainWait; }
    /// The open setup wizard, if any.
    SetupWizard *wizard() const { return m_wizard; }
    /// The API address normal mode uses.
    QUrl apiBase() const;

Q_SIGNALS:
    /// A new cashier window exists (not yet shown): the first one, or one rebuilt after the account changed.
    void windowCreated(MainWindow *window);
    /// The setup wizard was opened (not yet shown).
    void wizardOpened(SetupWizard *wizard);
    /// The account changed: set up, replaced, or signed out.
    void accountChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void readKeychain();
    void showKeychainWait();
    void closeKeychainWait();
    /// From the waiting window: demo mode now, whatever the keychain answers later.
    void useDemoWhileKeychainWaits();
    /// --demo: whether an account exists, for the Account menu (see start()).
    void readDemoAccount();
    /// Demo mode: shows the virtual terminal beside the cashier window, once that has painted its first frame.
    void showVirtualTerminal();
    void showDemo(MainWindow::Account account, const QString &maskedToken);
    void showNormal(const QString &token, MainWindow::Account account);
    /// The account's API (Settings::accountApi()) is unknown or not in this build: demo mode and a message box.
    void showUnusableApi(const QString &token, MainWindow::Account account, const QString &api);
    void replaceWindow(MainWindow *window);
    /// LaunchOptions::journalPath, else the demo or the sales journal, to be opened by the window after its first
    /// frame (OrderJournal::openLater); a failure is shown by the window (charging stays off).
    std::unique_ptr<OrderJournal> openJournal(bool demo) const;
    QString journalPath(bool demo) const;
    /// Normal mode, after the window's first frame: the store link on the window's journal.
    void startStoreLink();
    void openWizard(SetupWizard::Mode mode, const QString &reason);
    void onSetupRequested(const QString &reason);
    void askToSignOut();
    void signOut();
    void finishSignOut();

    LaunchOptions m_options;
    Settings *m_settings = nullptr;
    TokenStore *m_store = nullptr;
    StoreLink *m_storeLink = nullptr;
    ManagerSession *m_session = nullptr;
    PointBackend *m_client = nullptr; // the account's API (Backends), the demo's one in demo mode
    std::unique_ptr<PointSimulator> m_simulator;
    std::unique_ptr<OrdersSimulator> m_ordersSimulator;
    QString m_demoApi;
    QString m_demoCurrency; ///< the Demo menu's currency; "" = the account's
    std::unique_ptr<OrderJournal> m_journal;
    mutable std::unique_ptr<VirtualTerminal> m_terminal; ///< see virtualTerminal()
    QPointer<MainWindow> m_window;
    QPointer<SetupWizard> m_wizard;
    QPointer<KeychainWaitWindow> m_keychainWait;
    int m_keychainAttempt = 0; ///< answers to an earlier start-up read are ignored
    Mode m_mode = Mode::Starting;
    MainWindow::Account m_account = MainWindow::Account::None;
    QString m_maskedToken;
    bool m_signingOut = false;
    bool m_demoStarting = false;        ///< showDemo() is replacing the simulator
    bool m_terminalShowPending = false; ///< the virtual terminal waits for the cashier window's first paint
    bool m_accountKnown = true;         ///< false while --demo waits for the keychain to say whether an account exists
};
