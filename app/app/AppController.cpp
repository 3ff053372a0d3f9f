#include "app/AppController.h"

#include "ui/ConfirmBox.h"
#include "store/ManagerSession.h"
#include "store/OrderJournal.h"
#include "api/Backends.h"
#include "api/PointBackend.h"
#include "app/DemoMenu.h"
#include "sim/OrdersSimulator.h"
#include "sim/PointSimulator.h"
#include "store/Settings.h"
#include "store/TokenStore.h"
#include "app/StoreLink.h"
#include "app/VirtualTerminal.h"
#include "ui/KeychainWaitWindow.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QEvent>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QTimer>

Q_LOGGING_CATEGORY(lcApp, "pointdesk.app")

namespace {

QString tokenKey()
{
    return QString::fromLatin1(TokenStore::kAccessTokenKey);
}

} // namespace

AppController::AppController(const LaunchOptions &options, Settings *settings, QObject *parent)
    : QObject(parent), m_options(options), m_settings(settings),
      m_demoApi(options.api.isEmpty() ? Backends::defaultKey() : options.api)
{
    m_store = new TokenStore(options.keychainService, this);
    m_session = new ManagerSession(m_store, m_settings, this);
    // Only input in the manager's own windows (the Terminals dialog, the PIN prompt, menus ...) keeps manager mode
    // open: a cashier ringing up sales in the cashier window lets it end after the idle minutes.
    m_session->setActivityFilter([](QObject *watched) {
        const auto *widget = qobject_cast<const QWidget *>(watched);
        return widget && !qobject_cast<const MainWindow *>(widget->window());
    });
    // A plain object: its thread, its keychain read and its connection come after the window's first frame.
    m_storeLink = new StoreLink(m_settings, m_store, this);
    connect(m_storeLink, &StoreLink::statusChanged, this, [this](const StoreSyncStatus &status) {
        if (m_window)
            m_window->setStoreStatus(status);
    });
    connect(m_storeLink, &StoreLink::holdersRead, this, [this](const StoreTerminalHolders &holders) {
        if (m_window)
            m_window->setTerminalHolders(holders);
    });
    // Before the event loop ends and the window goes: the push thread ends within one connection timeout.
    connect(qApp, &QCoreApplication::aboutToQuit, m_storeLink, &StoreLink::stop);
}

AppController::~AppController()
{
    delete m_keychainWait;
    m_storeLink->stop();
    // The window first (it uses the client and the simulator), then the demo's pieces.
    if (m_window) {
        m_window->disconnect(this);
        delete m_window;
    }
    m_terminal.reset();
    m_simulator.reset();
    m_ordersSimulator.reset();
    m_journal.reset();
}

QString AppController::journalPath(bool demo) const
{
    return !m_options.journalPath.isEmpty()
               ? m_options.journalPath
               : OrderJournal::defaultPath(demo ? OrderJournal::Kind::Demo : OrderJournal::Kind::Sales);
}

void AppController::startStoreLink()
{
    if (m_mode != Mode::Normal || !m_window)
        return;
    m_storeLink->start(journalPath(false));
}

std::unique_ptr<OrderJournal> AppController::openJournal(bool demo) const
{
    auto journal = std::make_unique<OrderJournal>();
    const QString path = journalPath(demo);
    // Opened by the window right after its first frame (MainWindow::firstFrameShown): loading the SQLite driver and
    // opening, checking and migrating the file is not needed for it. A failure shows in the window as before.
    journal->openLater(path);
    return journal;
}

QUrl AppController::apiBase() const
{
    if (m_options.apiBaseOverridden)
        return m_options.apiBase;
    const QUrl saved = m_settings->apiBase();
    if (!saved.isEmpty()) {
        if (PointBackend::isAcceptableBaseUrl(saved))
            return saved;
        qCWarning(lcApp).noquote() << "ignoring the saved API address" << saved.toString()
                                   << "(only https, or http to this computer)";
    }
    return PointBackend::defaultBaseUrl();
}

void AppController::start()
{
    if (m_options.demo) {
        qCInfo(lcApp) << "start-up: demo mode, as asked";
        showDemo(MainWindow::Account::None, QString());
        if (m_options.smokeTest)
            return;
        // Until the keychain says whether an account exists, nothing may act as if there were none: no manager
        // mode without a PIN, no first-run setup over a real account.
        m_accountKnown = false;
        m_session->setUnprotectedEntryAllowed(false);
        // Only to tell the Account menu whether an account exists; demo mode does not use the token. Asked once the
        // window's first frame is on screen (the keychain's libraries and its bus are not needed for it).
        if (m_window)
            connect(m_window, &MainWindow::firstFrameShown, this, &AppController::readDemoAccount,
                    Qt::SingleShotConnection);
        return;
    }
    if (!m_options.token.isEmpty()) {
        qCInfo(lcApp) << "start-up: normal mode, the token from POINTDESK_TOKEN";
        m_session->setFallbackToken(m_options.token);
        showNormal(m_options.token, MainWindow::Account::Environment);
        return;
    }
    readKeychain();
}

void AppController::readDemoAccount()
{
    m_store->read(tokenKey(), this, [this](const TokenStore::Result &read) {
        m_accountKnown = true;
        if (m_mode != Mode::Demo || !m_window || m_account != MainWindow::Account::None)
            return;
        if (read.ok() && !read.value.isEmpty()) {
            m_account = MainWindow::Account::Keychain;
            m_maskedToken = SetupWizard::maskToken(read.value);
            m_window->setAccount(m_account, m_maskedToken);
        } else {
            m_session->setUnprotectedEntryAllowed(true);
        }
    });
}

void AppController::readKeychain()
{
    const int attempt = ++m_keychainAttempt;
    // A keychain that answers at once shows no extra window; one that keeps the cashier waiting does, promptly.
    QTimer::singleShot(kKeychainNoticeMs, this, [this, attempt]() {
        if (attempt == m_keychainAttempt && !m_window)
            showKeychainWait();
    });
    m_store->read(tokenKey(), this, [this, attempt](const TokenStore::Result &read) {
        if (attempt != m_keychainAttempt)
            return; // the cashier went on to demo mode meanwhile
        if (read.status == TokenStore::Status::NotAnswering) {
            qCWarning(lcApp).noquote() << "start-up: the keychain is not answering:" << read.detail;
            showKeychainWait();
            m_keychainWait->showNotAnswering(read.message());
            return;
        }
        // Once the window that follows is on screen: the application never has no window.
        const auto closeWait = qScopeGuard([this]() { closeKeychainWait(); });
        if (read.ok() && !read.value.isEmpty()) {
            qCInfo(lcApp) << "start-up: normal mode, the token from the keychain";
            showNormal(read.value, MainWindow::Account::Keychain);
            return;
        }
        if (m_mode != Mode::Demo)
            showDemo(MainWindow::Account::None, QString());
        if ((read.ok() || read.status == TokenStore::Status::NotFound) && m_settings->demoChosen()) {
            // "Try demo mode instead" last time: the wizard does not come back at every start.
            qCInfo(lcApp) << "start-up: no account is set up yet; demo mode, as chosen in the setup wizard";
            if (m_window)
                m_window->showStatusMessage(tr("Demo mode: simulated terminals, no real money. To charge on the "
                                               "account's terminals, choose Demo, Leave demo mode."),
                                            15000);
        } else if (read.ok() || read.status == TokenStore::Status::NotFound) {
            qCInfo(lcApp) << "start-up: no account is set up yet; demo mode and the setup wizard";
            openWizard(SetupWizard::Mode::FirstRun, QString());
        } else if (read.status == TokenStore::Status::NoBackend) {
            qCInfo(lcApp).noquote() << "start-up: no keychain service; demo mode and the setup wizard:" << read.detail;
            openWizard(SetupWizard::Mode::NoBackend, QString());
        } else {
            qCInfo(lcApp).noquote() << "start-up: the keychain failed; demo mode and the setup wizard:" << read.detail;
            openWizard(SetupWizard::Mode::KeychainProblem, read.message());
        }
    });
}

void AppController::showKeychainWait()
{
    if (!m_keychainWait) {
        m_keychainWait = new KeychainWaitWindow;
        connect(m_keychainWait, &KeychainWaitWindow::retryRequested, this, [this]() {
            m_keychainWait->showWaiting();
            readKeychain();
        });
        connect(m_keychainWait, &KeychainWaitWindow::demoRequested, this, &AppController::useDemoWhileKeychainWaits);
        connect(m_keychainWait, &KeychainWaitWindow::quitRequested, qApp, &QCoreApplication::quit,
                Qt::QueuedConnection);
        qCInfo(lcApp) << "start-up: waiting for the keychain";
    }
    m_keychainWait->show();
    m_keychainWait->raise();
}

void AppController::closeKeychainWait()
{
    if (!m_keychainWait)
        return;
    m_keychainWait->disconnect(this);
    m_keychainWait->hide();
    m_keychainWait->deleteLater();
    m_keychainWait = nullptr;
}

void AppController::useDemoWhileKeychainWaits()
{
    qCInfo(lcApp) << "start-up: demo mode while the keychain does not answer";
    ++m_keychainAttempt;
    showDemo(MainWindow::Account::None, QString());
    // Whether an account exists is not known: nothing may act as if there were none (see start()).
    m_accountKnown = false;
    m_session->setUnprotectedEntryAllowed(false);
    closeKeychainWait();
    if (m_window)
        connect(m_window, &MainWindow::firstFrameShown, this, &AppController::readDemoAccount,
                Qt::SingleShotConnection);
}

void AppController::replaceWindow(MainWindow *window)
{
    MainWindow *old = m_window;
    if (old) {
        m_settings->setWindowGeometry(old->saveGeometry());
        old->disconnect(this);
    }
    m_window = window;
    window->setManagerSession(m_session);
    window->setStoreKeychain(m_store);
    window->setAccount(m_account, m_maskedToken);
    connect(window, &MainWindow::setupRequested, this, &AppController::onSetupRequested);
    connect(window, &MainWindow::signOutRequested, this, &AppController::askToSignOut);
    // The application's icon, for the windows and dialogs that follow, once the first window's first frame is on
    // screen (queued: after the window has set its own, which it does the same way).
    if (QApplication::windowIcon().isNull())
        connect(
            window, &MainWindow::firstFrameShown, this, []() { QApplication::setWindowIcon(Theme::appIcon()); },
            Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
    Q_EMIT windowCreated(window);
    // The new window shows before the old one goes, so the application never has no window (and never quits).
    window->show();
    if (old) {
        window->move(old->pos());
        delete old;
    }
}

void AppController::showDemo(MainWindow::Account account, const QString &maskedToken)
{
    m_storeLink->stop(); // demo sales never go to the store
    m_terminal.reset();
    // No virtual terminal for the old simulator while the new one takes over (see virtualTerminal()).
    m_demoStarting = true;
    const QString ordersKey = QString::fromLatin1(Backends::kOrders);
    // The smoke test pays on the legacy virtual terminal.
    const QString api =
        m_options.smokeTest || !Backends::isKnown(m_demoApi) ? Backends::defaultKey() : m_demoApi;
    std::unique_ptr<PointSimulator> simulator;
    std::unique_ptr<OrdersSimulator> ordersSimulator;
    QUrl url;
    QString token;
    if (api == ordersKey) {
        // Two terminals in PDV mode and one STANDALONE (OrdersSimulator::defaultTerminalIds()), so that the manager
        // sees what a terminal that takes no orders from PointDesk looks like.
        ordersSimulator = std::make_unique<OrdersSimulator>();
        OrdersSimulator::Settings timings = ordersSimulator->settings();
        timings.takeDelayMs = 1500; // the terminal takes the order about as fast as a real one shows it
        ordersSimulator->setSettings(timings);
        ordersSimulator->setCurrency(demoCurrency().code());
        if (ordersSimulator->listen()) {
            url = ordersSimulator->apiUrl();
            token = ordersSimulator->accessToken();
        }
    } else {
        simulator = std::make_unique<PointSimulator>();
        // The ports now (the client needs the address; no free port ends the demo before any window), the servers
        // and the TLS backend Qt sets up for them once the window's first frame is on screen (see below).
        if (simulator->bindPorts()) {
            url = simulator->apiUrl();
            token = simulator->accessToken();
        }
    }
    if (url.isEmpty()) {
        m_demoStarting = false;
        qCCritical(lcApp).noquote() << tr("The demo cannot start: no free local port for the simulated terminals.");
        QCoreApplication::exit(1);
        return;
    }
    PointBackend *oldClient = m_client;
    m_client = Backends::create(api, this);
    Q_ASSERT(m_client);
    // Never the real API with the simulator's token: the simulator's address is known once its ports are bound.
    const bool local = m_client->setBaseUrl(url);
    Q_ASSERT(local);
    Q_UNUSED(local);
    m_client->setAccessToken(token);
    m_demoApi = api;
    qCInfo(lcApp).noquote() << "demo mode on the" << api << "API";

    m_mode = Mode::Demo;
    m_account = account;
    m_maskedToken = maskedToken;
    m_session->setUnprotectedEntryAllowed(account == MainWindow::Account::None);

    std::unique_ptr<OrderJournal> journal = openJournal(true);
    auto *window = new MainWindow(m_client, journal.get(), m_settings);
    window->setDemoMode(true);
    window->applyCurrency(demoCurrency());
    // Before the window's first request, which it sends right after this signal.
    if (simulator)
        connect(window, &MainWindow::firstFrameShown, simulator.get(), &PointSimulator::serve);
    DemoMenu *menu = DemoMenu::addTo(window, api, demoCurrency().code());
    connect(menu, &DemoMenu::virtualTerminalRequested, window, &MainWindow::virtualTerminalRequested);
    connect(menu, &DemoMenu::switchRequested, this, &AppController::switchDemoApi, Qt::QueuedConnection);
    connect(menu, &DemoMenu::currencyRequested, this, &AppController::setDemoCurrency);
    connect(menu, &DemoMenu::leaveRequested, this, &AppController::leaveDemo, Qt::QueuedConnection);
    // The virtual terminal appears once the cashier window has painted its first frame (see eventFilter): the
    // cashier's own window comes first. Watched before windowCreated, so that whoever watches the same first paint
    // from that signal hears of it before this does.
    m_terminalShowPending = true;
    window->installEventFilter(this);
    replaceWindow(window);
    delete oldClient;
    m_journal = std::move(journal); // the old window, the old journal's last user, is gone
    m_simulator = std::move(simulator);
    m_ordersSimulator = std::move(ordersSimulator);
    m_demoStarting = false;

    // The virtual terminal is built and shown after the cashier window's first frame (showVirtualTerminal), or
    // earlier when asked for.
    connect(window, &MainWindow::virtualTerminalRequested, this, [this]() {
        VirtualTerminal *terminal = virtualTerminal();
        if (!terminal)
            return;
        if (m_window)
            terminal->setCashierWindow(m_window);
        terminal->show();
        terminal->raise();
        terminal->activateWindow();
    });
}

void AppController::switchDemoApi(const QString &api)
{
    if (m_mode != Mode::Demo || !m_window || !Backends::isKnown(api) || api == m_demoApi)
        return;
    if (m_window->hasOpenOrder()) {
        m_window->showStatusMessage(tr("Finish or cancel the open sale first: the demo starts again on the other "
                                       "API."),
                                    10000);
        return;
    }
    m_demoApi = api;
    showDemo(m_account, m_maskedToken);
    if (m_window && m_demoApi == api)
        m_window->showStatusMessage(tr("The demo runs on the %1 now: its own simulated terminals, no real money.")
                                        .arg(Backends::displayName(api)),
                                    10000);
}

Currency AppController::demoCurrency() const
{
    // Until the Demo menu chose one: the account's (Preferences), else the locale's guess.
    return Currency::fromCode(m_demoCurrency)
        .value_or(Currency::fromCode(m_settings->currency()).value_or(Currency::forLocale(QLocale())));
}

void AppController::setDemoCurrency(const QString &isoCode)
{
    const std::optional<Currency> currency = Currency::fromCode(isoCode);
    if (m_mode != Mode::Demo || !m_window || !currency)
        return;
    auto *menu = m_window->findChild<DemoMenu *>();
    if (m_window->hasOpenOrder()) {
        // An open sale goes on in the currency it was sent in.
        if (menu)
            menu->setCurrency(demoCurrency().code());
        m_window->showStatusMessage(tr("Finish or cancel the open sale first, then change the demo's currency."),
                                    10000);
        return;
    }
    m_demoCurrency = currency->code();
    if (m_ordersSimulator)
        m_ordersSimulator->setCurrency(currency->code());
    m_window->applyCurrency(*currency);
    if (menu)
        menu->setCurrency(currency->code());
    m_window->showStatusMessage(
        tr("The demo charges in %1 now. The account's own currency is set in Preferences.").arg(currency->displayName()),
        10000);
}

void AppController::leaveDemo()
{
    if (m_mode != Mode::Demo || !m_window)
        return;
    if (m_window->hasOpenOrder()) {
        m_window->showStatusMessage(tr("Finish or cancel the open sale first, then leave demo mode."), 10000);
        return;
    }
    // Whatever "Try demo mode instead" said before: the next start asks again too.
    m_settings->setDemoChosen(false);
    if (m_account == MainWindow::Account::None) {
        // No account yet (also after "Try demo mode instead"): the way out of demo mode is setting it up.
        openWizard(SetupWizard::Mode::FirstRun, QString());
        return;
    }
    // An account exists (--demo with one set up): normal mode with its token, as at a start without --demo.
    readKeychain();
}

VirtualTerminal *AppController::virtualTerminal() const
{
    if (!m_terminal && m_mode == Mode::Demo && (m_simulator || m_ordersSimulator) && !m_demoStarting) {
        m_terminal = m_simulator ? std::make_unique<VirtualTerminal>(m_simulator.get())
                                 : std::make_unique<VirtualTerminal>(m_ordersSimulator.get());
        // Closing the virtual terminal only hides it; closing the cashier window ends the demo.
        m_terminal->setAttribute(Qt::WA_QuitOnClose, false);
    }
    return m_terminal.get();
}

bool AppController::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && m_terminalShowPending && watched == m_window.data()) {
        m_terminalShowPending = false;
        watched->removeEventFilter(this);
        // After this paint has returned, i.e. after the frame reached the screen.
        QMetaObject::invokeMethod(this, &AppController::showVirtualTerminal, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

void AppController::showVirtualTerminal()
{
    // Already shown by "Show the virtual terminal", or the demo has ended meanwhile.
    VirtualTerminal *terminal = virtualTerminal();
    if (m_mode != Mode::Demo || !terminal || !m_window || terminal->isVisible())
        return;
    // No window manager places windows for us in every setup: beside the cashier window, or where it covers the
    // least of the cashier's form; the cashier keeps the keyboard. Its native window is made here too, not before
    // the cashier window's first frame.
    terminal->setCashierWindow(m_window);
    terminal->showBesideCashier();
}

void AppController::showNormal(const QString &token, MainWindow::Account account)
{
    // --api replaces the account's choice for this run.
    const QString api = m_options.api.isEmpty() ? m_settings->accountApi() : m_options.api;
    PointBackend *client = Backends::create(api, this);
    if (!client) {
        showUnusableApi(token, account, api);
        return;
    }
    PointBackend *oldClient = m_client;
    m_client = client;
    const QUrl base = apiBase();
    m_client->setBaseUrl(base);
    m_client->setAccessToken(token);
    qCInfo(lcApp).noquote() << "talking to" << base.toString() << "with the" << api << "API";

    m_mode = Mode::Normal;
    m_terminalShowPending = false;
    m_account = account;
    m_maskedToken = SetupWizard::maskToken(token);
    m_session->setUnprotectedEntryAllowed(false);

    m_storeLink->stop();
    std::unique_ptr<OrderJournal> journal = openJournal(false);
    auto *window = new MainWindow(m_client, journal.get(), m_settings);
    window->setDemoMode(false);
    // After the first frame, and after the window has opened its journal (queued behind firstFrameShown's work).
    connect(window, &MainWindow::firstFrameShown, this, &AppController::startStoreLink,
            Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
    connect(window, &MainWindow::journalWritten, m_storeLink, &StoreLink::pushSoon);
    connect(window, &MainWindow::storeSettingsChanged, m_storeLink, &StoreLink::restart);
    replaceWindow(window);
    delete oldClient;
    m_journal = std::move(journal); // the old window, the old journal's last user, is gone
    m_terminal.reset();
    m_simulator.reset();
    m_ordersSimulator.reset();
}

void AppController::showUnusableApi(const QString &token, MainWindow::Account account, const QString &api)
{
    // Never a guess at another API with the account's token: demo mode, with the account known (the manager sets
    // it up again from the Account menu), and the reason where the manager sees it.
    qCWarning(lcApp).noquote() << "the account's API" << api << "cannot be used; demo mode instead";
    showDemo(account, SetupWizard::maskToken(token));
    if (!m_window)
        return;
    const QString text = tr("The account's Mercado Pago API cannot be used: %1").arg(Backends::unknownKeyText(api));
    auto *box = new QMessageBox(QMessageBox::Warning, tr("PointDesk cannot charge on this account"), text,
                                QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("unusableApiBox"));
    box->setInformativeText(tr("PointDesk runs in demo mode meanwhile: simulated terminals, no real money. A manager "
                               "chooses the API again with Account, Set up the account (Preferences shows the one "
                               "saved)."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void AppController::openWizard(SetupWizard::Mode mode, const QString &reason)
{
    if (m_wizard) {
        m_wizard->raise();
        return;
    }
    auto *wizard = new SetupWizard(mode, m_store, m_session, m_settings, m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setApiBase(apiBase(), m_options.apiBaseOverridden);
    wizard->setReason(reason);
    wizard->setDemoApi(m_demoApi);
    if (mode == SetupWizard::Mode::Replace || mode == SetupWizard::Mode::Rejected)
        wizard->setCurrentToken(m_maskedToken.isEmpty() ? QString() : m_maskedToken);
    connect(wizard, &QDialog::finished, this, [this, wizard](int result) {
        if (wizard->demoChosen() && m_account == MainWindow::Account::None)
            m_settings->setDemoChosen(true);
        if (result != QDialog::Accepted || !wizard->isSaved()) {
            // "Try demo mode instead" on another API than the one playing: after the wizard is gone (it sits on the
            // window the new demo replaces).
            if (wizard->demoChosen() && wizard->demoApi() != m_demoApi) {
                const QString api = wizard->demoApi();
                QTimer::singleShot(0, this, [this, api]() { switchDemoApi(api); });
                return;
            }
            if (wizard->mode() == SetupWizard::Mode::FirstRun || wizard->mode() == SetupWizard::Mode::NoBackend ||
                wizard->mode() == SetupWizard::Mode::KeychainProblem) {
                if (m_window)
                    m_window->showStatusMessage(tr("Demo mode: simulated terminals, no real money. Set up the "
                                                   "account any time with Account, Set up the account."),
                                                15000);
            }
            return;
        }
        m_settings->setDemoChosen(false);
        const QString token = wizard->savedToken();
        const MainWindow::Account account =
            m_store->isSessionOnly() ? MainWindow::Account::SessionOnly : MainWindow::Account::Keychain;
        // After the wizard is gone: the window it sits on is about to be replaced.
        QTimer::singleShot(0, this, [this, token, account]() {
            showNormal(token, account);
            m_window->showStatusMessage(tr("The account is set up. PointDesk now charges on the account's "
                                           "terminals."),
                                        10000);
            Q_EMIT accountChanged();
        });
    });
    connect(wizard, &SetupWizard::keychainRetryRequested, this, [this, wizard]() {
        wizard->reject();
        QTimer::singleShot(0, this, &AppController::readKeychain);
    });
    m_wizard = wizard;
    Q_EMIT wizardOpened(wizard);
    wizard->open();
}

void AppController::onSetupRequested(const QString &reason)
{
    // Allowed with a sale open (a 401 while the customer pays, for one): the sale is in the journal, and the window
    // built for the new token follows it on.
    if (!m_window || !m_accountKnown)
        return;
    SetupWizard::Mode mode = SetupWizard::Mode::FirstRun;
    if (m_account != MainWindow::Account::None) {
        // The window asked for the PIN already; checked again, in case manager mode ended meanwhile.
        if (!m_session->isActive())
            return;
        mode = reason.isEmpty() ? SetupWizard::Mode::Replace : SetupWizard::Mode::Rejected;
    }
    openWizard(mode, reason);
}

void AppController::askToSignOut()
{
    if (!m_window || !m_session->isActive() || m_window->hasOpenOrder() || m_signingOut)
        return;
    ConfirmBox::Spec spec;
    spec.objectName = QStringLiteral("signOutConfirmBox");
    spec.icon = QMessageBox::Warning;
    spec.title = tr("Sign out");
    spec.text = tr("Sign out of the Mercado Pago account on this computer?");
    spec.informativeText = tr("PointDesk removes the access token and the manager PIN from the system keychain and "
                              "goes back to demo mode. To charge again, set up the account with the access token.");
    spec.confirmText = tr("&Sign out");
    spec.confirmObjectName = QStringLiteral("signOutConfirmButton");
    spec.confirmAccessibleName = tr("Sign out and remove the access token");
    spec.confirmRole = QMessageBox::DestructiveRole;
    spec.backText = tr("&Keep the account");
    spec.backObjectName = QStringLiteral("signOutCancelButton");
    spec.backAccessibleName = tr("Keep the account");
    ConfirmBox::ask(m_window, spec, [this]() { QTimer::singleShot(0, this, &AppController::signOut); });
}

void AppController::signOut()
{
    // Checked again at the moment of acting: manager mode may have ended while the question was up.
    if (!m_window || !m_session->isActive() || m_window->hasOpenOrder()) {
        if (m_window)
            m_window->showStatusMessage(tr("Not signed out: manager mode has ended. Enter the manager PIN and try "
                                           "again."),
                                        10000);
        return;
    }
    m_signingOut = true;
    m_store->remove(tokenKey(), this, [this](const TokenStore::Result &removed) {
        if (!removed.ok()) {
            m_signingOut = false;
            if (m_window)
                m_window->showStatusMessage(tr("Not signed out: %1").arg(removed.message()), 15000);
            return;
        }
        m_session->forgetPin(this, [this](const ManagerSession::Result &forgotten) {
            if (!forgotten.ok())
                qCWarning(lcApp).noquote() << "signed out, but the manager PIN stays:" << forgotten.keychain.detail;
            finishSignOut();
        });
    });
}

void AppController::finishSignOut()
{
    m_signingOut = false;
    m_settings->setApiBase(QUrl());
    m_settings->setManagerFailedAttempts(0);
    m_settings->setManagerLockedUntil(QDateTime());
    m_settings->sync();
    m_session->end(ManagerSession::EndReason::SignedOut);
    m_session->setFallbackToken(QString());
    m_store->setSessionOnly(false); // forgets whatever session-only mode kept in memory
    qCInfo(lcApp) << "signed out; demo mode";
    showDemo(MainWindow::Account::None, QString());
    if (m_window)
        m_window->showStatusMessage(tr("Signed out: the access token and the manager PIN were removed. PointDesk runs "
                                       "in demo mode until the account is set up again."),
                                    15000);
    Q_EMIT accountChanged();
}
