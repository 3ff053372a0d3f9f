#include "ui/MainWindow.h"

#include "api/PointBackend.h"
#include "core/Currency.h"
#include "sales/ChargeService.h"
#include "sales/RefundService.h"
#include "sales/TerminalMonitor.h"
#include "store/ManagerSession.h"
#include "store/OrderJournal.h"
#include "store/Settings.h"
#include "ui/ChargeForm.h"
#include "ui/ConfirmBox.h"
#include "ui/ConnectionIndicator.h"
#include "ui/DevicePicker.h"
#include "ui/ElidedLabel.h"
#include "ui/Formatting.h"
#include "ui/HeaderBar.h"
#include "ui/HelpBoxes.h"
#include "ui/MainMenuBar.h"
#include "ui/ManagerControls.h"
#include "ui/OrderStatusPanel.h"
#include "ui/PreferencesDialog.h"
#include "ui/QuitBox.h"
#include "ui/ReceiptPreview.h"
#include "ui/SalePanelBinding.h"
#include "ui/SalesRecordDialogs.h"
#include "ui/StatusBadges.h"
#include "ui/StoreIndicator.h"
#include "store/StoreTerminalHolders.h"
#include "ui/Surfaces.h"
#include "ui/TerminalTools.h"
#include "ui/Theme.h"
#include "ui/TroubleBanners.h"
#include "ui/WrappingLabel.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QShortcut>
#include <QStatusBar>
#include <QVBoxLayout>

MainWindow::MainWindow(PointBackend *client, OrderJournal *journal, Settings *settings, QWidget *parent)
    : QMainWindow(parent), m_client(client), m_settings(settings), m_journal(journal)
{
    m_monitor = new TerminalMonitor(client, this);
    m_monitor->setRetryBackoff(kDefaultRetryFirstMs, kDefaultRetryMaxMs);
    m_cashier = new CashierSession(client, journal, m_monitor, this);
    m_cashier->chargeService()->setPollInterval(m_settings->pollIntervalMs());
    m_manager = new ManagerControls(client, this);
    m_records = new SalesRecordDialogs(journal, settings, m_cashier, this,
                                       [this](const QString &purpose, std::function<void()> then) {
                                           requireManager(purpose, std::move(then));
                                       });

    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("PointDesk"));
    m_monitor->setRefreshInterval(m_settings->deviceRefreshIntervalMs());
    buildUi();
    buildShortcuts();
    buildMenus();
    connectSession();
    connect(m_monitor, &TerminalMonitor::devicesChanged, this, [this](const DeviceList &devices) {
        m_picker->setDevices(devices);
        updateUi();
    });
    connect(m_monitor, &TerminalMonitor::listFailed, this, &MainWindow::updateUi); // TerminalTools says why
    connect(m_monitor, &TerminalMonitor::connectionRestored, this,
            [this]() { showStatus(tr("Connection restored."), 5000); });
    connect(m_monitor, &TerminalMonitor::retryingChanged, this, &MainWindow::connectionStateChanged);
    connect(m_monitor, &TerminalMonitor::tokenRefused, this, &MainWindow::tokenRejected);
    connect(m_manager, &ManagerControls::activeChanged, this, &MainWindow::onManagerActiveChanged);
    connect(m_manager, &ManagerControls::message, this, &MainWindow::showStatus);
    connect(m_manager, &ManagerControls::terminalsChanged, this, [this]() { m_monitor->refresh(true); });
    connect(m_manager, &ManagerControls::tokenRejected, m_monitor, &TerminalMonitor::reportTokenRefused);
    // Every write of the journal goes through the charge or the refund flow: the store database hears of it.
    connect(m_cashier->chargeService(), &ChargeService::stateChanged, this, &MainWindow::journalWritten);
    connect(m_cashier->refundService(), &RefundService::refundAnswered, this, &MainWindow::journalWritten);
    connect(m_cashier->refundService(), &RefundService::refundFailed, this, &MainWindow::journalWritten);
    connect(m_cashier->refundService(), &RefundService::refundUnclear, this, &MainWindow::journalWritten);

    m_picker->setPreferredDevice(m_settings->lastTerminal());
    applyCurrency(Currency::fromCode(m_settings->currency()).value_or(Currency::forLocale(QLocale())));

    if (!restoreGeometry(m_settings->windowGeometry())) {
        QSize size(1180, 760);
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            size = initialSize(screen->availableSize());
        resize(size.expandedTo(minimumSizeHint()));
    }

    updateUi();
    m_form->focusAmount();
    // The journal, when its opening was left to the window (OrderJournal::openLater), the terminal list (the network
    // stack's first request, and the list's layout when it answers) and the journal's unfinished sales wait until
    // the first frame is on screen: the cashier sees the window sooner.
    m_firstFrameWait.setSingleShot(true);
    m_firstFrameWait.setInterval(kFirstFrameWaitMs);
    connect(&m_firstFrameWait, &QTimer::timeout, this, &MainWindow::startAfterFirstFrame);
    QTimer::singleShot(0, this, &MainWindow::waitForFirstFrame);
}

void MainWindow::waitForFirstFrame()
{
    if (m_startedUp || m_painted)
        return; // started, or about to (see event())
    if (!isVisible()) {
        startAfterFirstFrame();
        return;
    }
    m_firstFrameWait.start();
}

bool MainWindow::event(QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        // After this paint pass has returned, i.e. once the frame reached the window system.
        QMetaObject::invokeMethod(this, &MainWindow::startAfterFirstFrame, Qt::QueuedConnection);
    }
    return QMainWindow::event(event);
}

void MainWindow::startAfterFirstFrame()
{
    if (m_startedUp)
        return;
    m_startedUp = true;
    m_firstFrameWait.stop();
    // The icon (seven painted sizes, and the window system's icon built from all of them) does not show in the first
    // frame; it comes right after the work below has started.
    QMetaObject::invokeMethod(
        this, [this]() { setWindowIcon(Theme::appIcon()); }, Qt::QueuedConnection);
    Q_EMIT firstFrameShown();
    m_form->setRecentDescriptions(m_settings->recentDescriptions());
    m_cashier->openPendingJournal();
    refreshDevices();
    resumeUnfinishedSales();
}

MainWindow::~MainWindow()
{
    // The children outlive this destructor by a little (~QWidget deletes them): none of their signals may reach
    // the half-destroyed window, and neither may the watcher's.
    m_form->disconnect(this);
    m_picker->disconnect(this);
    m_panel->disconnect(this);
    m_cashier->disconnect(this);
    m_monitor->disconnect(this);
    m_manager->disconnect(this);
}

void MainWindow::buildUi()
{
    // Every widget is created in the parent it stays in: each move under another parent makes Qt resolve the fonts,
    // palettes and styles of the whole subtree again (and polish it again where a style sheet is involved).
    // The ground and the cards are painted (Ground, Card), the header bar has a palette: a style sheet here would
    // make every widget of the window use QStyleSheetStyle, whose polish, size hints and painting cost about a
    // tenth of the start-up (callgrind).
    auto *central = new Ground(this);
    central->setObjectName(QStringLiteral("centralWidget"));
    setCentralWidget(central);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    // A slim brand bar: who we are, and in demo mode that nothing is real.
    m_header = new HeaderBar(central);
    layout->addWidget(m_header);
    // The trouble banners go above the columns, once one is needed.
    m_body = new QVBoxLayout;
    m_body->setContentsMargins(14, 12, 14, 12);
    m_body->setSpacing(12);
    layout->addLayout(m_body, 1);
    auto *banners = new TroubleBanners(m_monitor, m_cashier, m_body, central);
    connect(banners, &TroubleBanners::setupRequested, this, &MainWindow::requestSetup);
    connect(banners, &TroubleBanners::tokenRetryRequested, this, [this]() { m_monitor->refresh(true); });
    connect(banners, &TroubleBanners::journalRetryRequested, m_cashier, &CashierSession::retryJournal);
    connect(banners, &TroubleBanners::newRecordRequested, this, &MainWindow::startNewJournal);

    // Two white cards (terminals, sale) and the coloured status panel on a light grey ground.
    auto *columns = new QHBoxLayout;
    columns->setSpacing(14);
    m_body->addLayout(columns, 1);
    const auto card = [central, columns](const QString &name, int margin, int stretch) {
        auto *frame = new Card(central);
        frame->setObjectName(name);
        auto *frameLayout = new QVBoxLayout(frame);
        frameLayout->setContentsMargins(margin, margin, margin, margin);
        columns->addWidget(frame, stretch);
        return frame;
    };
    Card *terminalsCard = card(QStringLiteral("terminalsCard"), 12, 3);
    m_picker = new DevicePicker(terminalsCard);
    const int em = QFontMetrics(font()).horizontalAdvance(QLatin1Char('M'));
    terminalsCard->layout()->addWidget(m_picker);

    Card *saleCard = card(QStringLiteral("saleCard"), 14, 5);
    m_formScroll = new QScrollArea(saleCard);
    m_formScroll->setObjectName(QStringLiteral("formScrollArea"));
    m_formScroll->setFrameShape(QFrame::NoFrame);
    m_formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_formScroll->setMinimumWidth(em * 26);
    m_formScroll->setFocusPolicy(Qt::NoFocus);
    m_formScroll->viewport()->setAutoFillBackground(false);
    saleCard->layout()->addWidget(m_formScroll);
    auto *formHost = new QWidget(m_formScroll->viewport());
    m_form = new ChargeForm(formHost);
    // Non-breaking spaces keep each key with what it does when the line wraps.
    QStringList keys{tr("Enter: charge"), tr("Esc: cancel the order"), tr("F2: new sale"),
                     tr("F3: charge the same again"), tr("F5: refresh terminals")};
    for (QString &key : keys)
        key.replace(QLatin1Char(' '), QChar(0x00A0));
    auto *shortcutHint = new WrappingLabel(formHost);
    shortcutHint->setText(keys.join(QStringLiteral(" \u2003 ")));
    shortcutHint->setObjectName(QStringLiteral("shortcutHint"));
    shortcutHint->setFont(Theme::scaled(font(), 0.9));
    Theme::setTextColor(shortcutHint, Theme::mutedText());
    auto *formHostLayout = new QVBoxLayout(formHost);
    formHostLayout->setContentsMargins(4, 0, 8, 0);
    formHostLayout->addWidget(m_form, 1);
    formHostLayout->addWidget(shortcutHint);
    m_formScroll->setWidget(formHost);
    m_formScroll->setWidgetResizable(true);
    formHost->setAutoFillBackground(false);

    m_panel = new OrderStatusPanel(central);
    connect(m_panel, &OrderStatusPanel::cancelOrderRequested, this, &MainWindow::cancelOrder);
    connect(m_panel, &OrderStatusPanel::freeTerminalRequested, this, &MainWindow::freeTerminal);
    connect(m_panel, &OrderStatusPanel::newSaleRequested, this, &MainWindow::newSale);
    connect(m_panel, &OrderStatusPanel::receiptRequested, this, [this]() {
        if (m_cashier->saleId() > 0)
            ReceiptPreview::open(m_journal, *m_settings, m_cashier->saleId(), this);
    });
    connect(m_panel, &OrderStatusPanel::amountTypedOnNewSale, this, [this](const QString &text) {
        newSale();
        m_form->typeIntoAmount(text);
    });
    connect(m_panel, &OrderStatusPanel::sendAgainRequested, this,
            [this]() { decide(CashierSession::Decision::SendAgain); });
    connect(m_panel, &OrderStatusPanel::checkAgainRequested, this,
            [this]() { decide(CashierSession::Decision::CheckAgain); });
    connect(m_panel, &OrderStatusPanel::notChargedRequested, this, &MainWindow::confirmNotCharged);
    m_panel->setFocusPolicy(Qt::StrongFocus);
    columns->addWidget(m_panel, 4);

    // Status bar: connection on the left, DEMO and manager mode on the right.
    QStatusBar *bar = statusBar();
    bar->setObjectName(QStringLiteral("statusBar"));
    bar->setSizeGripEnabled(false);
    m_connectionIndicator = new ConnectionIndicator(m_monitor, bar);
    m_badges = new StatusBadges(bar);
    connect(m_badges, &StatusBadges::virtualTerminalRequested, this, &MainWindow::virtualTerminalRequested);
    connect(m_badges, &StatusBadges::endManagerRequested, this, &MainWindow::endManagerMode);
    // The status bar's own message area would hide the indicator, so messages get labels of their own.
    m_statusMessage = new ElidedLabel(bar);
    m_statusMessage->setObjectName(QStringLiteral("statusMessage"));
    m_statusMessageTimer.setSingleShot(true);
    connect(&m_statusMessageTimer, &QTimer::timeout, this, [this]() { m_statusMessage->setText(QString()); });
    bar->addWidget(m_connectionIndicator);
    bar->addWidget(m_connectionIndicator->messageLabel());
    bar->addWidget(m_statusMessage, 1);
    bar->addPermanentWidget(m_badges);

    connect(m_form, &ChargeForm::chargeRequested, this, &MainWindow::charge);
    connect(m_form, &ChargeForm::changed, this, &MainWindow::updateUi);
    connect(m_picker, &DevicePicker::currentDeviceChanged, m_cashier, &CashierSession::setSelectedDevice);
    m_form->setApi(m_client->key()); // the account's API decides the form's rules
    connect(new TerminalTools(m_client, m_settings, m_monitor, m_picker, this), &TerminalTools::message, this,
            &MainWindow::showStatus);

    // After the form's own chain (amount, description, card, Charge, options): the order actions, then the
    // terminals.
    QWidget *previous = m_form->lastInTabOrder();
    for (QWidget *next : m_panel->actionButtons() + m_picker->tabChain()) {
        setTabOrder(previous, next);
        previous = next;
    }
}

QSize MainWindow::initialSize(const QSize &available)
{
    // Up to 1280 x 800 the window leaves room beside it (the demo's virtual terminal, a browser); on a large
    // screen it takes most of it, so that the amount and the status read from a step away, still leaving a
    // quarter of the width for the demo's virtual terminal beside it.
    const QSize compact(1180, 760);
    if (available.width() <= 1280 || available.height() <= 800)
        return compact.boundedTo(available);
    return QSize(available.width() * 3 / 4, available.height() * 85 / 100).expandedTo(compact).boundedTo(available);
}

void MainWindow::buildShortcuts()
{
    const auto add = [this](const QKeySequence &keys, const QString &name, auto slot) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setObjectName(name);
        connect(shortcut, &QShortcut::activated, this, slot);
        return shortcut;
    };
    add(QKeySequence(Qt::Key_F2), QStringLiteral("newSaleShortcut"), &MainWindow::newSale);
    // Ctrl+N: a new sale with nothing kept from the last one.
    add(QKeySequence(Qt::CTRL | Qt::Key_N), QStringLiteral("newSaleCtrlNShortcut"), [this]() {
        newSale();
        if (m_cashier->phase() == CashierSession::Phase::Idle)
            m_form->clearForNewSale();
    });
    add(QKeySequence(Qt::Key_F3), QStringLiteral("chargeAgainShortcut"), &MainWindow::chargeSameAgain);
    add(QKeySequence(Qt::Key_F5), QStringLiteral("refreshShortcut"), [this]() { m_monitor->refresh(true); });
    add(QKeySequence(Qt::Key_Escape), QStringLiteral("escapeShortcut"), &MainWindow::onEscape);
    // In manager mode the menu's Ctrl+M is off: say so, or the PIN typed next would land in the amount.
    m_managerOnShortcut = add(QKeySequence(Qt::CTRL | Qt::Key_M), QStringLiteral("managerAlreadyOnShortcut"), [this]() {
        showStatus(tr("Manager mode is already on. Ctrl+Shift+M ends it."), 8000);
    });
    m_managerOnShortcut->setEnabled(false);
}

void MainWindow::setDemoMode(bool demo)
{
    m_demo = demo;
    setWindowTitle(demo ? tr("PointDesk \u2014 DEMO") : tr("PointDesk"));
    m_badges->setDemo(demo);
    m_header->setDemo(demo);
    m_connectionIndicator->setDemo(demo);
}

void MainWindow::setDeviceRefreshInterval(int milliseconds)
{
    m_monitor->setRefreshInterval(milliseconds);
}

void MainWindow::setRetryBackoff(int firstMs, int maxMs)
{
    m_monitor->setRetryBackoff(firstMs, maxMs);
    // One backoff for the connection: following an order never waits longer than listing the terminals.
    m_cashier->chargeService()->setMaxBackoff(m_monitor->backoff().maxMs());
}

void MainWindow::showStatus(const QString &text, int timeoutMs)
{
    m_statusMessage->setText(text);
    if (timeoutMs > 0)
        m_statusMessageTimer.start(timeoutMs);
    else
        m_statusMessageTimer.stop();
}

bool MainWindow::hasOpenOrder() const
{
    return m_cashier->hasOpenOrder();
}

void MainWindow::refreshDevices()
{
    m_monitor->refresh();
}

bool MainWindow::isOffline() const
{
    return m_monitor->isRetrying();
}

bool MainWindow::isTokenRejectedShown() const
{
    return m_monitor->isTokenRefused();
}

// --- the sale, as the session shows it --------------------------------------------------------------------

void MainWindow::connectSession()
{
    connect(m_cashier, &CashierSession::changed, this, &MainWindow::updateUi);
    SalePanelBinding::bind(m_cashier, m_monitor, m_panel);
    connect(m_cashier, &CashierSession::statusMessage, this, &MainWindow::showStatus);
    connect(m_cashier, &CashierSession::orderPlaced, this, [this](const OrderRequest &request) {
        m_settings->setLastTerminal(request.deviceName);
        m_settings->addRecentDescription(request.description);
        m_form->setRecentDescriptions(m_settings->recentDescriptions());
        m_picker->setPreferredDevice(request.deviceName);
    });
    connect(m_cashier, &CashierSession::decisionNeeded, this, [this](bool certainlyNotSent, const QString &reason) {
        m_panel->showDecision(certainlyNotSent, reason);
        updateUi();
        m_panel->focusDecision(certainlyNotSent);
        if (m_quitAfterCancel) {
            m_quitAfterCancel = false;
            showStatus(tr("The sale needs your decision, so PointDesk did not quit."), 8000);
        }
    });
    connect(m_cashier, &CashierSession::cancelFailed, this, [this]() {
        if (m_quitAfterCancel) {
            m_quitAfterCancel = false;
            showStatus(tr("The order is still open, so PointDesk did not quit."), 8000);
        }
    });
    connect(m_cashier, &CashierSession::saleEnded, this, &MainWindow::onSaleEnded);
    connect(m_cashier, &CashierSession::resumedSaleEnded, this, [this](const Sale &sale) {
        showStatus(tr("The sale of %1 on %2, left open earlier, ended: %3.")
                       .arg(Formatting::currency(sale.request.amount), sale.request.deviceName,
                            OrderStates::displayName(sale.state)),
                   10000);
    });
}

void MainWindow::charge()
{
    if (!m_form->isValid() || !m_form->blockedReason().isEmpty())
        return;
    if (m_cashier->charge(m_form->request())) {
        // Not on Cancel order: a stray Space or Enter must never cancel the sale just sent. Esc cancels.
        m_panel->setFocus(Qt::OtherFocusReason);
    } else if (m_cashier->phase() == CashierSession::Phase::Finished) {
        m_form->focusAmount(); // not sent: the panel says why
    }
}

void MainWindow::resumeUnfinishedSales()
{
    m_cashier->resumeUnfinished();
}

void MainWindow::onSaleEnded(OrderState state)
{
    if (m_quitBox && !m_quitAfterCancel) {
        // The question was about an open order; there is none any more.
        m_quitBox->close();
        showStatus(tr("The order ended (%1); nothing is left open.").arg(OrderStates::displayName(state)), 8000);
    }
    if (state == OrderState::Approved)
        m_panel->focusNewSale();
    else
        m_form->focusAmount();
    if (m_quitAfterCancel)
        quitNow();
}

void MainWindow::decide(CashierSession::Decision decision)
{
    if (m_cashier->decide(decision) && decision != CashierSession::Decision::NothingCharged)
        m_panel->setFocus(Qt::OtherFocusReason);
}

void MainWindow::confirmNotCharged()
{
    if (!m_cashier->canDecide())
        return;
    if (!m_cashier->nothingChargedNeedsConfirmation()) {
        decide(CashierSession::Decision::NothingCharged);
        return;
    }
    if (m_confirmBox)
        return;
    const OrderRequest request = m_cashier->request();
    const ConfirmBox::Spec spec = ConfirmBox::nothingCharged(Formatting::currency(request.amount), request.deviceName);
    m_confirmBox = ConfirmBox::ask(this, spec, [this]() { decide(CashierSession::Decision::NothingCharged); });
}

void MainWindow::cancelOrder()
{
    if (!m_cashier->cancel())
        m_cashier->checkNow(); // Esc while the cancel is under way: how does the order stand now?
}

void MainWindow::freeTerminal()
{
    const QString deviceName = m_cashier->freeTarget();
    if (m_confirmBox || deviceName.isEmpty())
        return;
    const std::optional<Device> device = m_monitor->device(deviceName);
    // Freeing cancels whatever the terminal holds, perhaps a customer paying right now: ask first. Another till's
    // order is the manager's to cancel (as in Manager > Terminals).
    const auto confirm = [this, deviceName, held = device ? device->heldOrder : OrderRef()]() {
        if (!m_confirmBox)
            m_confirmBox = ConfirmBox::ask(this, ConfirmBox::freeTerminal(deviceName, held),
                                           [this, deviceName]() { m_cashier->freeTerminal(deviceName); });
    };
    if (!m_cashier->freeNeedsManager(deviceName))
        return confirm();
    requireManager(tr("Enter the manager PIN to free %1: it holds an order this till did not send.")
                       .arg(m_monitor->shownName(deviceName)),
                   confirm);
}

void MainWindow::chargeSameAgain()
{
    // The last sale ended: the next one is the same amount, description, card and terminal, sent at once.
    if (m_cashier->canStartNewSale())
        newSale();
    if (m_cashier->phase() == CashierSession::Phase::Idle)
        charge();
}

void MainWindow::newSale()
{
    const bool afterSale = m_cashier->phase() == CashierSession::Phase::Finished;
    if (!m_cashier->startNewSale())
        return;
    m_form->setInputsLocked(false);
    // After a sale the terminal, description and card stay, the amount selected; on an open form it clears all.
    afterSale ? m_form->readyForNextSale() : m_form->clearForNewSale();
    updateUi();
    if (!m_cashier->hasOpenOrder())
        m_form->focusAmount();
}

void MainWindow::onEscape()
{
    if (m_quitBox)
        return;
    if (m_cashier->hasOpenOrder()) {
        cancelOrder(); // not while a decision is pending: that needs one of the panel's buttons
        return;
    }
    if (m_form->isMoreOptionsExpanded()) {
        m_form->setMoreOptionsExpanded(false);
        m_form->focusAmount();
    }
}

void MainWindow::startNewJournal()
{
    if (!m_journal || m_journal->isOpen() || m_confirmBox)
        return;
    m_confirmBox = ConfirmBox::ask(this, ConfirmBox::newJournal(), [this]() { m_cashier->startNewJournal(); });
}

void MainWindow::applyCurrency(const Currency &currency)
{
    Formatting::setDefaultCurrency(currency);
    if (m_client)
        m_client->setCurrency(currency); // amounts go to the API with its decimals
    m_form->setCurrency(currency);
    updateUi();
}

void MainWindow::setStoreStatus(const StoreSyncStatus &status)
{
    if (!m_storeIndicator) {
        if (status.state == StoreSyncStatus::State::Off)
            return;
        m_storeIndicator = new StoreIndicator(statusBar());
        statusBar()->insertPermanentWidget(0, m_storeIndicator);
    }
    m_storeIndicator->setStatus(status);
}

void MainWindow::setStoreKeychain(TokenStore *keychain)
{
    m_records->setStoreKeychain(keychain);
}

void MainWindow::setTerminalHolders(const StoreTerminalHolders &holders)
{
    m_picker->setTerminalHolders(holders.counterByTerminal, holders.readAt);
}

void MainWindow::openPreferences()
{
    if (m_preferences) {
        m_preferences->raise();
        m_preferences->activateWindow();
        return;
    }
    // The currency is the account's: only the manager changes it; the language is each cashier's.
    ManagerSession *session = m_manager->session();
    auto *dialog = new PreferencesDialog(m_settings, m_manager->isActive(), this,
                                         session ? session->tokenStore() : nullptr);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PreferencesDialog::storeSettingsChanged, this, &MainWindow::storeSettingsChanged);
    connect(dialog, &PreferencesDialog::managerPinRequested, this, [this]() {
        // Manager mode then makes the manager's fields editable (activeChanged, below).
        requireManager(tr("Enter the manager PIN to change the store database."), []() {});
    });
    connect(dialog, &PreferencesDialog::currencyChanged, this, &MainWindow::applyCurrency);
    connect(dialog, &PreferencesDialog::languageChanged, this,
            [this]() { showStatus(tr("The new language is used from the next time PointDesk starts."), 10000); });
    connect(m_manager, &ManagerControls::activeChanged, dialog, &PreferencesDialog::setCurrencyEditable);
    m_preferences = dialog;
    dialog->open();
}

// --- what the window shows --------------------------------------------------------------------------------

void MainWindow::updateUi()
{
    if (!m_cashier || !m_panel)
        return; // still building
    const bool open = m_cashier->hasOpenOrder();
    m_form->setInputsLocked(m_cashier->inputsLocked());
    m_picker->setLocked(open);
    m_form->setBlockedReason(m_cashier->chargeBlockedReason());

    if (m_cashier->phase() == CashierSession::Phase::Idle) {
        if (const std::optional<Device> busy = m_cashier->busyTerminal()) {
            if (m_panel->mode() != OrderStatusPanel::Mode::TerminalBusy || m_shownBusyOrder != busy->heldOrder) {
                m_panel->showTerminalBusy(m_monitor->shownName(busy->name), busy->heldOrder);
                m_shownBusyOrder = busy->heldOrder;
            }
        } else {
            const std::optional<Money> amount = m_form->amount();
            const QString hint =
                m_cashier->idleHint(amount && m_form->isValid() ? Formatting::currency(*amount) : QString());
            if (m_cashier->isStarting())
                m_panel->showStarting(hint);
            else if (m_cashier->isChargingOff())
                m_panel->showUnavailable(tr("Charging is off"), hint);
            else
                m_panel->showIdle(hint);
            m_shownBusyOrder.reset();
        }
        m_panel->setNote(m_cashier->idleNote(), OrderStatusPanel::NoteTone::Info);
    }

    m_panel->setActions(m_cashier->canCancel(), m_cashier->canFreeTerminal(), m_cashier->canStartNewSale(),
                        m_cashier->needsTerminalCheck());
    m_panel->setCheckNow(m_cashier->canCheckNow());
    m_panel->setReceiptOffered(m_panel->mode() == OrderStatusPanel::Mode::Approved && m_cashier->saleId() > 0);
    updateAccountActions();
}

// --- account and manager ----------------------------------------------------------------------------------

void MainWindow::buildMenus()
{
    m_menuBar = new MainMenuBar(this);
    setMenuBar(m_menuBar);
    connect(m_menuBar, &MainMenuBar::historyRequested, m_records, &SalesRecordDialogs::openHistory);
    connect(m_menuBar, &MainMenuBar::cashUpRequested, m_records, &SalesRecordDialogs::openCashUp);
    connect(m_menuBar, &MainMenuBar::preferencesRequested, this, &MainWindow::openPreferences);
    connect(m_menuBar, &MainMenuBar::setupRequested, this, &MainWindow::requestSetup);
    connect(m_menuBar, &MainMenuBar::signOutRequested, this, [this]() {
        requireManager(tr("Enter the manager PIN to sign out."), [this]() { Q_EMIT signOutRequested(); });
    });
    connect(m_menuBar, &MainMenuBar::enterManagerRequested, this, &MainWindow::enterManagerMode);
    connect(m_menuBar, &MainMenuBar::terminalsRequested, this, &MainWindow::openTerminals);
    connect(m_menuBar, &MainMenuBar::changePinRequested, this, &MainWindow::changePin);
    connect(m_menuBar, &MainMenuBar::endManagerRequested, this, &MainWindow::endManagerMode);
    connect(m_menuBar, &MainMenuBar::shortcutsRequested, this, [this]() { showInfoBox(&HelpBoxes::openShortcuts); });
    connect(m_menuBar, &MainMenuBar::aboutRequested, this, [this]() { showInfoBox(&HelpBoxes::openAbout); });
    updateAccountActions();
}

void MainWindow::showInfoBox(QMessageBox *(*open)(QWidget *))
{
    if (m_infoBox)
        m_infoBox->close();
    m_infoBox = open(this);
}

void MainWindow::setManagerSession(ManagerSession *session)
{
    m_manager->setSession(session);
}

void MainWindow::setAccount(Account account, const QString &maskedToken)
{
    m_account = account;
    m_maskedToken = maskedToken;
    m_badges->setSessionOnly(account == Account::SessionOnly);
    updateAccountActions();
}

void MainWindow::onManagerActiveChanged(bool active)
{
    m_badges->setManagerMode(active);
    m_header->setManagerMode(active);
    m_picker->setManagerMode(active);
    updateAccountActions();
}

void MainWindow::updateAccountActions()
{
    if (!m_menuBar || !m_cashier)
        return; // still building
    m_menuBar->setState(m_manager->session() != nullptr, m_manager->isActive(), m_account != Account::None,
                        m_cashier->hasOpenOrder());
    if (m_managerOnShortcut)
        m_managerOnShortcut->setEnabled(m_manager->isActive());
    switch (m_account) {
    case Account::None:
        m_menuBar->setTokenInfo(tr("No account set up"));
        break;
    case Account::Keychain:
        m_menuBar->setTokenInfo(tr("Token %1, in the keychain").arg(m_maskedToken));
        break;
    case Account::SessionOnly:
        m_menuBar->setTokenInfo(tr("Token %1, for this session only").arg(m_maskedToken));
        break;
    case Account::Environment:
        m_menuBar->setTokenInfo(tr("Token %1, from POINTDESK_TOKEN").arg(m_maskedToken));
        break;
    }
}

void MainWindow::requestSetup()
{
    // Also with a sale open: the sale is in the journal, and the window built for the new token follows it on.
    if (!m_manager->session())
        return;
    const QString reason = m_monitor->isTokenRefused() ? tokenRejectedReason() : QString();
    if (m_account == Account::None) {
        Q_EMIT setupRequested(reason);
        return;
    }
    requireManager(tr("Enter the manager PIN to set up the access token again."),
                   [this, reason]() { Q_EMIT setupRequested(reason); });
}

QString MainWindow::tokenRejectedReason() const
{
    return m_monitor->tokenRefusedReason();
}

// --- quitting ---------------------------------------------------------------------------------------------

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_forceQuit || !hasOpenOrder()) {
        m_settings->setWindowGeometry(saveGeometry());
        m_settings->sync();
        if (m_quitBox)
            m_quitBox->close();
        event->accept();
        return;
    }
    event->ignore();
    askToQuitWithOpenOrder();
}

void MainWindow::askToQuitWithOpenOrder()
{
    if (m_quitBox) {
        m_quitBox->raise();
        return;
    }
    const OrderRequest request = m_cashier->request();
    m_quitBox =
        QuitBox::ask(this, Formatting::currency(request.amount), request.deviceName, [this](QuitBox::Choice choice) {
            if (choice == QuitBox::Choice::QuitAnyway ||
                (choice == QuitBox::Choice::CancelAndQuit && !hasOpenOrder())) {
                QTimer::singleShot(0, this, &MainWindow::quitNow);
            } else if (choice == QuitBox::Choice::CancelAndQuit) {
                m_quitAfterCancel = true;
                showStatus(tr("Cancelling the order, then quitting\u2026"), 0);
                cancelOrder();
            }
        });
}

void MainWindow::quitNow()
{
    m_forceQuit = true;
    QTimer::singleShot(0, this, &QWidget::close);
}
