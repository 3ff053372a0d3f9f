#include "MainWindow.h"

#include "ChargeForm.h"
#include "DevicePicker.h"
#include "Formatting.h"
#include "ManagerDialog.h"
#include "ManagerSession.h"
#include "OrderStatusPanel.h"
#include "OrderWatcher.h"
#include "PinDialog.h"
#include "PointClient.h"
#include "Settings.h"
#include "Theme.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QShortcut>
#include <QStatusBar>
#include <QTime>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcUi, "pointdesk.ui")

namespace {

bool isNetworkKind(ApiError::Kind kind)
{
    return kind == ApiError::Kind::Network || kind == ApiError::Kind::Timeout || kind == ApiError::Kind::Tls;
}

} // namespace

MainWindow::MainWindow(PointClient *client, Settings *settings, QWidget *parent)
    : QMainWindow(parent), m_client(client), m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("PointDesk"));
    setWindowIcon(Theme::appIcon());
    m_refreshIntervalMs = m_settings->deviceRefreshIntervalMs();

    buildUi();
    buildShortcuts();
    buildMenus();

    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &MainWindow::refreshDevices);
    m_indicatorTick.setInterval(1000);
    connect(&m_indicatorTick, &QTimer::timeout, this, &MainWindow::updateConnectionIndicator);

    m_picker->setPreferredDevice(m_settings->lastTerminal());
    m_form->setRecentDescriptions(m_settings->recentDescriptions());

    if (!restoreGeometry(m_settings->windowGeometry())) {
        QSize size(1180, 760);
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableSize());
        resize(size.expandedTo(minimumSizeHint()));
    }

    updateUi();
    updateConnectionIndicator();
    m_form->focusAmount();
    QTimer::singleShot(0, this, &MainWindow::refreshDevices);
}

MainWindow::~MainWindow()
{
    // The children outlive this destructor by a little (~QWidget deletes them): none of their signals may reach
    // the half-destroyed window, and neither may the watcher's.
    m_form->disconnect(this);
    m_picker->disconnect(this);
    m_panel->disconnect(this);
    if (m_session)
        m_session->disconnect(this);
    stopWatching();
}

void MainWindow::buildUi()
{
    // The token banner, above everything, hidden until Mercado Pago refuses the token.
    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("tokenBanner"));
    const Theme::ToneColors danger = Theme::colors(Theme::Tone::Danger);
    m_banner->setStyleSheet(QStringLiteral("QFrame#tokenBanner { background-color: %1; border: 2px solid %2;"
                                           " border-radius: 8px; } QFrame#tokenBanner QLabel { color: %3; }")
                                .arg(danger.background.name(), danger.border.name(), danger.foreground.name()));
    auto *bannerIcon = new QLabel(m_banner);
    const int bannerIconSize = QFontMetrics(font()).height() * 2;
    bannerIcon->setPixmap(Theme::glyph(Theme::Glyph::Warning, danger.accent, bannerIconSize, devicePixelRatioF()));
    auto *bannerTitle = new QLabel(tr("Mercado Pago refused the access token"), m_banner);
    bannerTitle->setFont(Theme::scaled(font(), 1.15, QFont::Bold));
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("tokenBannerText"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::PlainText);
    m_bannerText->setText(tr("PointDesk cannot list the terminals or charge until the access token is set up again. "
                             "A manager can do it now: press Set up the token again, enter the manager PIN and "
                             "paste the shop's current access token (Mercado Pago Developers, Your integrations, "
                             "Credentials)."));
    m_bannerSetup = new QPushButton(tr("Set up the token aga&in\u2026"), m_banner);
    m_bannerSetup->setObjectName(QStringLiteral("tokenBannerSetupButton"));
    m_bannerSetup->setAccessibleName(tr("Set up the access token again"));
    connect(m_bannerSetup, &QPushButton::clicked, this, &MainWindow::requestSetup);
    m_bannerRetry = new QPushButton(tr("&Try again"), m_banner);
    m_bannerRetry->setObjectName(QStringLiteral("tokenBannerRetryButton"));
    m_bannerRetry->setAccessibleName(tr("Try the access token again"));
    connect(m_bannerRetry, &QPushButton::clicked, this, [this]() {
        m_manualRefresh = true;
        refreshDevices();
    });
    auto *bannerTextColumn = new QVBoxLayout;
    bannerTextColumn->addWidget(bannerTitle);
    bannerTextColumn->addWidget(m_bannerText);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(12, 10, 12, 10);
    bannerLayout->setSpacing(12);
    bannerLayout->addWidget(bannerIcon, 0, Qt::AlignTop);
    bannerLayout->addLayout(bannerTextColumn, 1);
    auto *bannerButtons = new QVBoxLayout;
    bannerButtons->addWidget(m_bannerSetup);
    bannerButtons->addWidget(m_bannerRetry);
    bannerLayout->addLayout(bannerButtons);
    m_banner->setAccessibleName(tr("Access token refused"));
    m_banner->hide();

    m_picker = new DevicePicker(this);
    const int em = QFontMetrics(font()).horizontalAdvance(QLatin1Char('M'));
    m_picker->setMinimumWidth(em * 17);
    m_picker->setMaximumWidth(em * 26);

    m_form = new ChargeForm(this);
    // Non-breaking spaces keep each key with what it does when the line wraps.
    auto *shortcutHint = new QLabel(tr("Enter:\u00A0charge \u2003 Esc:\u00A0cancel\u00A0the\u00A0order \u2003 "
                                       "F2:\u00A0new\u00A0sale \u2003 F5:\u00A0refresh\u00A0terminals"),
                                    this);
    shortcutHint->setObjectName(QStringLiteral("shortcutHint"));
    shortcutHint->setWordWrap(true);
    shortcutHint->setFont(Theme::scaled(font(), 0.9));
    shortcutHint->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(Theme::mutedText().name()));

    auto *formHost = new QWidget(this);
    auto *formHostLayout = new QVBoxLayout(formHost);
    formHostLayout->setContentsMargins(4, 0, 8, 0);
    formHostLayout->addWidget(m_form, 1);
    formHostLayout->addWidget(shortcutHint);
    m_formScroll = new QScrollArea(this);
    m_formScroll->setObjectName(QStringLiteral("formScrollArea"));
    m_formScroll->setWidget(formHost);
    m_formScroll->setWidgetResizable(true);
    m_formScroll->setFrameShape(QFrame::NoFrame);
    m_formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_formScroll->setMinimumWidth(em * 26);
    m_formScroll->setFocusPolicy(Qt::NoFocus);

    m_panel = new OrderStatusPanel(this);
    connect(m_panel, &OrderStatusPanel::cancelOrderRequested, this, &MainWindow::cancelOrder);
    connect(m_panel, &OrderStatusPanel::freeTerminalRequested, this, &MainWindow::freeTerminal);
    connect(m_panel, &OrderStatusPanel::newSaleRequested, this, &MainWindow::newSale);

    // Two white cards (terminals, sale) and the coloured status panel on a light grey ground.
    const auto card = [this](const QString &name, QWidget *content, int margin) {
        auto *frame = new QFrame(this);
        frame->setObjectName(name);
        frame->setStyleSheet(QStringLiteral("QFrame#%1 { background-color: white; border: 1px solid #DADCE0;"
                                            " border-radius: 10px; }")
                                 .arg(name));
        auto *frameLayout = new QVBoxLayout(frame);
        frameLayout->setContentsMargins(margin, margin, margin, margin);
        frameLayout->addWidget(content);
        return frame;
    };
    m_formScroll->viewport()->setAutoFillBackground(false);
    formHost->setAutoFillBackground(false);
    m_picker->setAutoFillBackground(false);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(14);
    columns->addWidget(card(QStringLiteral("terminalsCard"), m_picker, 12), 3);
    columns->addWidget(card(QStringLiteral("saleCard"), m_formScroll, 14), 5);
    columns->addWidget(m_panel, 4);

    // A slim brand bar: who we are, and in demo mode that nothing is real.
    auto *header = new QFrame(this);
    header->setObjectName(QStringLiteral("headerBar"));
    header->setStyleSheet(QStringLiteral("QFrame#headerBar { background-color: %1; }"
                                         "QFrame#headerBar QLabel { color: white; }")
                              .arg(Theme::primary().name()));
    auto *logo = new QLabel(header);
    const int logoSize = QFontMetrics(font()).height() * 2;
    logo->setPixmap(Theme::appIcon().pixmap(logoSize, logoSize));
    logo->setStyleSheet(QStringLiteral("QLabel { background-color: white; border-radius: 6px; padding: 2px; }"));
    auto *appName = new QLabel(tr("PointDesk"), header);
    appName->setFont(Theme::scaled(font(), 1.35, QFont::Bold));
    auto *tagline = new QLabel(tr("Cashier"), header);
    tagline->setFont(Theme::scaled(font(), 1.05));
    m_headerDemo = new QLabel(tr("DEMO"), header);
    m_headerDemo->setObjectName(QStringLiteral("headerDemoBadge"));
    m_headerDemo->setFont(Theme::scaled(font(), 1.0, QFont::Bold));
    m_headerDemo->setStyleSheet(QStringLiteral("QLabel { background-color: #FFD54F; color: #3E2C00; border-radius: 4px;"
                                               " padding: 2px 10px; }"));
    m_headerDemo->hide();
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(16, 8, 16, 8);
    headerLayout->setSpacing(10);
    headerLayout->addWidget(logo);
    headerLayout->addWidget(appName);
    headerLayout->addWidget(tagline);
    headerLayout->addStretch(1);
    headerLayout->addWidget(m_headerDemo);

    auto *body = new QVBoxLayout;
    body->setContentsMargins(14, 12, 14, 12);
    body->setSpacing(12);
    body->addWidget(m_banner);
    body->addLayout(columns, 1);

    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralWidget"));
    central->setStyleSheet(QStringLiteral("QWidget#centralWidget { background-color: #F1F3F4; }"));
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header);
    layout->addLayout(body, 1);
    setCentralWidget(central);

    // Status bar: connection on the left, DEMO on the right.
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionIndicator"));
    m_connectionLabel->setAccessibleName(tr("Connection to Mercado Pago"));
    m_connectionLabel->setFont(Theme::scaled(font(), 1.0, QFont::DemiBold));
    m_demoLabel = new QLabel(tr("DEMO \u00B7 simulated terminals, no real money"), this);
    m_demoLabel->setObjectName(QStringLiteral("demoIndicator"));
    m_demoLabel->setFont(Theme::scaled(font(), 1.0, QFont::Bold));
    const Theme::ToneColors waiting = Theme::colors(Theme::Tone::Waiting);
    m_demoLabel->setStyleSheet(QStringLiteral("QLabel { background-color: %1; color: %2; border: 1px solid %3;"
                                              " border-radius: 4px; padding: 2px 8px; }")
                                   .arg(waiting.background.name(), waiting.foreground.name(), waiting.border.name()));
    m_demoLabel->hide();
    m_virtualTerminalButton = new QPushButton(tr("Show the &virtual terminal"), this);
    m_virtualTerminalButton->setObjectName(QStringLiteral("virtualTerminalButton"));
    m_virtualTerminalButton->setAccessibleName(tr("Show the virtual terminal"));
    m_virtualTerminalButton->setFlat(true);
    m_virtualTerminalButton->hide();
    connect(m_virtualTerminalButton, &QPushButton::clicked, this, &MainWindow::virtualTerminalRequested);
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->setSizeGripEnabled(false);
    // The status bar's own message area would hide the indicator, so messages get labels of their own.
    m_connectionMessage = new QLabel(this);
    m_connectionMessage->setObjectName(QStringLiteral("connectionMessage"));
    m_connectionMessage->hide();
    m_statusMessage = new QLabel(this);
    m_statusMessage->setObjectName(QStringLiteral("statusMessage"));
    m_statusMessageTimer.setSingleShot(true);
    connect(&m_statusMessageTimer, &QTimer::timeout, m_statusMessage, &QLabel::clear);
    statusBar()->addWidget(m_connectionLabel);
    statusBar()->addWidget(m_connectionMessage);
    statusBar()->addWidget(m_statusMessage, 1);
    statusBar()->addPermanentWidget(m_virtualTerminalButton);
    statusBar()->addPermanentWidget(m_demoLabel);

    // Manager mode says so while it is on, with the way out next to it.
    m_managerLabel = new QLabel(tr("\u25C6 Manager"), this);
    m_managerLabel->setObjectName(QStringLiteral("managerIndicator"));
    m_managerLabel->setAccessibleName(tr("Manager mode is on"));
    m_managerLabel->setToolTip(tr("Manager mode is on. It ends by itself after a few minutes without use."));
    m_managerLabel->setFont(Theme::scaled(font(), 1.0, QFont::Bold));
    m_managerLabel->setStyleSheet(QStringLiteral("QLabel { background-color: %1; color: white; border-radius: 4px;"
                                                 " padding: 2px 8px; }")
                                      .arg(Theme::primaryDark().name()));
    m_managerLabel->hide();
    m_endManagerButton = new QPushButton(tr("End manager mode"), this);
    m_endManagerButton->setObjectName(QStringLiteral("endManagerButton"));
    m_endManagerButton->setAccessibleName(tr("End manager mode"));
    m_endManagerButton->setFlat(true);
    m_endManagerButton->hide();
    connect(m_endManagerButton, &QPushButton::clicked, this, &MainWindow::endManagerMode);
    m_sessionOnlyLabel = new QLabel(tr("Token for this session only"), this);
    m_sessionOnlyLabel->setObjectName(QStringLiteral("sessionOnlyIndicator"));
    m_sessionOnlyLabel->setAccessibleName(tr("The access token is kept for this session only"));
    m_sessionOnlyLabel->setToolTip(tr("This computer has no keychain: the access token is kept in memory and "
                                      "forgotten when PointDesk quits."));
    m_sessionOnlyLabel->hide();
    statusBar()->addPermanentWidget(m_sessionOnlyLabel);
    statusBar()->addPermanentWidget(m_managerLabel);
    statusBar()->addPermanentWidget(m_endManagerButton);

    connect(m_form, &ChargeForm::chargeRequested, this, &MainWindow::charge);
    connect(m_form, &ChargeForm::changed, this, &MainWindow::updateUi);
    connect(m_picker, &DevicePicker::currentDeviceChanged, this, [this]() {
        m_idleNote.clear();
        updateUi();
    });
    connect(m_picker, &DevicePicker::refreshRequested, this, [this]() {
        m_manualRefresh = true;
        refreshDevices();
    });

    // After the form's own chain (amount, description, card, Charge, options): the order actions, then the
    // terminals.
    QWidget *lastFormField = m_form->findChild<QWidget *>(QStringLiteral("disableBackButtonCheck"));
    QWidget *previous = lastFormField;
    for (const char *name : {"cancelOrderButton", "freeTerminalButton", "newSaleButton"}) {
        QWidget *next = m_panel->findChild<QWidget *>(QLatin1String(name));
        setTabOrder(previous, next);
        previous = next;
    }
    setTabOrder(previous, m_picker->findChild<QWidget *>(QStringLiteral("deviceList")));
    setTabOrder(m_picker->findChild<QWidget *>(QStringLiteral("deviceList")),
                m_picker->findChild<QWidget *>(QStringLiteral("refreshButton")));
}

void MainWindow::buildShortcuts()
{
    const auto add = [this](const QKeySequence &keys, const QString &name, auto slot) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setObjectName(name);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    add(QKeySequence(Qt::Key_F2), QStringLiteral("newSaleShortcut"), &MainWindow::newSale);
    add(QKeySequence(Qt::CTRL | Qt::Key_N), QStringLiteral("newSaleCtrlNShortcut"), &MainWindow::newSale);
    add(QKeySequence(Qt::Key_F5), QStringLiteral("refreshShortcut"), [this]() {
        m_manualRefresh = true;
        refreshDevices();
    });
    add(QKeySequence(Qt::Key_Escape), QStringLiteral("escapeShortcut"), &MainWindow::onEscape);
}

void MainWindow::setDemoMode(bool demo)
{
    m_demo = demo;
    setWindowTitle(demo ? tr("PointDesk \u2014 DEMO") : tr("PointDesk"));
    m_demoLabel->setVisible(demo);
    m_headerDemo->setVisible(demo);
    m_virtualTerminalButton->setVisible(demo);
    updateConnectionIndicator();
}

void MainWindow::setDeviceRefreshInterval(int milliseconds)
{
    m_refreshIntervalMs = qMax(50, milliseconds);
    if (m_refreshTimer.isActive() && !isOffline())
        scheduleRefresh(m_refreshIntervalMs);
}

void MainWindow::setRetryBackoff(int firstMs, int maxMs)
{
    m_retryFirstMs = qMax(10, firstMs);
    m_retryMaxMs = qMax(m_retryFirstMs, maxMs);
    if (m_watcher)
        m_watcher->setMaxBackoff(m_retryMaxMs);
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
    return m_phase == Phase::Sending || m_phase == Phase::Waiting;
}

// --- terminals --------------------------------------------------------------------------------------------

void MainWindow::refreshDevices()
{
    if (m_devicesCall)
        return;
    if (m_phase == Phase::Sending) {
        // Not while a charge is being sent: one request at a time keeps the counter quick on a slow line.
        scheduleRefresh(500);
        return;
    }
    m_refreshTimer.stop();
    if (m_manualRefresh)
        m_picker->setStatusText(tr("Refreshing the terminals\u2026"));
    auto *call = m_client->listDevices();
    m_devicesCall = call;
    call->then(this, [this](const Call<DeviceList> &c) { onDevicesResult(c.error(), c.value()); });
}

void MainWindow::onDevicesResult(const ApiError &error, const DeviceList &devices)
{
    m_devicesCall = nullptr;
    const bool manual = m_manualRefresh;
    m_manualRefresh = false;

    if (!error.isError()) {
        m_deviceFailures = 0;
        const bool wasOffline = m_devicesOffline;
        m_devicesOffline = false;
        clearTokenRejected();
        DeviceList shown = devices;
        // The list may lag behind our own order by a poll; never show the terminal we are charging as free.
        if (hasOpenOrder()) {
            for (Device &device : shown) {
                if (device.name == m_order.request.deviceName && m_order.id > 0 && !device.paymentAttempt) {
                    device.status = Device::Status::Busy;
                    device.paymentAttempt = m_order.id;
                }
            }
        }
        m_picker->setDevices(shown);
        m_picker->setStatusText(
            tr("Updated at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
        if (wasOffline && !isOffline())
            showStatus(tr("Connection restored."), 5000);
        updateConnectionIndicator();
        updateUi();
        scheduleRefresh(m_refreshIntervalMs);
        return;
    }

    qCInfo(lcUi).noquote() << "terminal list failed:" << error.detail();
    switch (error.kind()) {
    case ApiError::Kind::Cancelled:
        return;
    case ApiError::Kind::Unauthorized:
        m_picker->setStatusText(error.userMessage(), true);
        setTokenRejected();
        // No automatic retries with a refused token; Try again / F5 asks again.
        return;
    default:
        break;
    }
    m_picker->setStatusText(error.userMessage(), true);
    if (error.isTransient()) {
        ++m_deviceFailures;
        const int delay = backoffDelay(error);
        setDevicesProblem(error, delay);
        scheduleRefresh(delay);
    } else {
        scheduleRefresh(manual ? m_refreshIntervalMs : m_refreshIntervalMs * 3);
    }
    updateUi();
}

int MainWindow::backoffDelay(const ApiError &error) const
{
    const int exponent = qBound(0, m_deviceFailures - 1, 16);
    qint64 delay = qMin<qint64>(qint64(m_retryFirstMs) << exponent, m_retryMaxMs);
    if (error.kind() == ApiError::Kind::RateLimited && error.retryAfterSeconds() > 0)
        delay = qMax<qint64>(delay, qint64(error.retryAfterSeconds()) * 1000);
    return int(delay);
}

void MainWindow::scheduleRefresh(int milliseconds)
{
    m_refreshTimer.start(qMax(0, milliseconds));
}

void MainWindow::setDevicesProblem(const ApiError &error, int retryInMs)
{
    Q_UNUSED(retryInMs)
    m_devicesOffline = true;
    m_lastProblem = error;
    updateConnectionIndicator();
}

void MainWindow::setTokenRejected()
{
    const bool first = !m_tokenRejected;
    m_tokenRejected = true;
    if (first)
        m_tokenRejectedAt = QDateTime::currentDateTime();
    m_banner->show();
    updateUi();
    if (first)
        Q_EMIT tokenRejected();
}

void MainWindow::clearTokenRejected()
{
    if (!m_tokenRejected)
        return;
    m_tokenRejected = false;
    m_banner->hide();
}

void MainWindow::updateConnectionIndicator()
{
    const bool offline = isOffline();
    m_connectionLabel->setProperty("offline", offline);
    if (offline != m_shownOffline) {
        m_shownOffline = offline;
        Q_EMIT connectionStateChanged(offline);
    }
    if (!offline) {
        m_indicatorTick.stop();
        const bool loaded = m_picker->hasLoaded();
        m_connectionLabel->setText(loaded ? tr("\u25CF Connected") : tr("\u25CB Connecting\u2026"));
        m_connectionLabel->setToolTip(m_demo ? tr("Connected to the simulated Point terminals.")
                                             : tr("Connected to Mercado Pago."));
        m_connectionLabel->setStyleSheet(
            QStringLiteral("QLabel { color: %1; }").arg(Theme::colors(Theme::Tone::Success).foreground.name()));
        m_connectionMessage->clear();
        m_connectionMessage->hide();
        return;
    }

    int retryMs = 0;
    if (m_devicesOffline && m_refreshTimer.isActive())
        retryMs = m_refreshTimer.remainingTime();
    else if (m_watcherOffline && m_watcherRetryAt.remainingTime() > 0)
        retryMs = int(m_watcherRetryAt.remainingTime());
    const int seconds = qMax(1, (retryMs + 999) / 1000);
    const Theme::ToneColors danger = Theme::colors(Theme::Tone::Danger);
    m_connectionLabel->setText(isNetworkKind(m_lastProblem.kind())
                                   ? tr("\u25CF Offline \u2014 retrying in %n s", nullptr, seconds)
                                   : tr("\u25CF Connection problem \u2014 retrying in %n s", nullptr, seconds));
    m_connectionLabel->setToolTip(m_lastProblem.userMessage());
    m_connectionLabel->setStyleSheet(QStringLiteral("QLabel { color: white; background-color: %1;"
                                                    " border-radius: 4px; padding: 2px 8px; }")
                                         .arg(danger.accent.name()));
    m_connectionMessage->setText(m_lastProblem.userMessage());
    m_connectionMessage->show();
    if (!m_indicatorTick.isActive())
        m_indicatorTick.start();
}

// --- the charge -------------------------------------------------------------------------------------------

void MainWindow::charge()
{
    if (hasOpenOrder() || (m_phase == Phase::Finished && m_order.state == OrderState::Approved))
        return;
    if (!m_form->isValid() || !m_form->blockedReason().isEmpty())
        return;
    const std::optional<Device> device = m_picker->currentDevice();
    if (!device || device->status == Device::Status::Busy)
        return;

    OrderRequest request = m_form->request();
    request.deviceName = device->name;
    m_order = CurrentOrder{0, request, OrderState::Sending};
    m_phase = Phase::Sending;
    m_notSentDevice.clear();
    m_idleNote.clear();
    m_cancelWhenCreated = false;
    m_panel->showSending(request.deviceName, request.amount, request.description, request.cardType);
    updateUi();
    m_panel->findChild<QWidget *>(QStringLiteral("cancelOrderButton"))->setFocus(Qt::OtherFocusReason);

    qCInfo(lcUi).noquote() << "charging" << request.amount.toPlainString() << "on" << request.deviceName;
    auto *call = m_client->createOrder(request);
    m_createCall = call;
    call->then(this, [this](const Call<CreatedOrder> &c) { onCreateResult(c.error(), c.value()); });
}

void MainWindow::onCreateResult(const ApiError &error, const CreatedOrder &created)
{
    m_createCall = nullptr;
    const QString deviceName = m_order.request.deviceName;

    if (!error.isError()) {
        m_order.id = created.id;
        m_order.state = OrderState::WaitingForCard;
        m_phase = Phase::Waiting;
        m_settings->setLastTerminal(deviceName);
        m_settings->addRecentDescription(m_order.request.description);
        m_form->setRecentDescriptions(m_settings->recentDescriptions());
        m_picker->setPreferredDevice(deviceName);
        DeviceList devices = m_picker->devices();
        for (Device &device : devices) {
            if (device.name == deviceName) {
                device.status = Device::Status::Busy;
                device.paymentAttempt = created.id;
            }
        }
        m_picker->setDevices(devices);
        m_panel->showWaiting(deviceName, created.id);
        startWatching(created.id);
        const bool cancelNow = m_cancelWhenCreated || m_quitAfterCancel;
        m_cancelWhenCreated = false;
        updateUi();
        if (cancelNow)
            cancelOrder();
        return;
    }

    qCInfo(lcUi).noquote() << "charge failed:" << error.detail();
    m_phase = Phase::Finished;
    m_order.state = OrderState::Failed;
    m_cancelWhenCreated = false;
    switch (error.kind()) {
    case ApiError::Kind::DeviceBusy:
        m_notSentDevice = deviceName;
        m_panel->showNotSent(tr("%1 is busy with another order, so it cannot take this one.").arg(deviceName),
                             tr("Nothing was charged. Wait until that order finishes, or press Free terminal to "
                                "cancel it, then press Charge again."));
        refreshDevices();
        break;
    case ApiError::Kind::Unauthorized:
        m_panel->showNotSent(error.userMessage(), tr("Nothing was charged. Set up the access token again, then "
                                                     "charge."));
        setTokenRejected();
        break;
    case ApiError::Kind::NotFound:
        m_panel->showNotSent(tr("Mercado Pago does not know the terminal %1.").arg(deviceName),
                             tr("Nothing was charged. Refresh the terminals (F5) and choose one from the list."));
        m_manualRefresh = true;
        refreshDevices();
        break;
    case ApiError::Kind::Cancelled:
        m_panel->showNotSent(error.userMessage(), tr("Press Charge to try again."), true);
        break;
    default:
        if (error.mayHaveReachedServer()) {
            m_notSentDevice = deviceName;
            m_panel->showNotSent(error.userMessage(),
                                 tr("The order may still have reached %1: look at the terminal. If it shows the "
                                    "order, wait for the customer or press Free terminal; if not, press Charge "
                                    "to try again.")
                                     .arg(deviceName),
                                 true);
        } else {
            m_panel->showNotSent(error.userMessage(), tr("Nothing was charged. Press Charge to try again."));
        }
        if (error.isTransient()) {
            ++m_deviceFailures;
            setDevicesProblem(error, backoffDelay(error));
            scheduleRefresh(backoffDelay(error));
        }
        break;
    }
    updateUi();
    m_form->focusAmount();
    if (m_quitAfterCancel)
        quitNow();
}

void MainWindow::startWatching(qint64 orderId)
{
    stopWatching();
    auto *watcher = new OrderWatcher(m_client, orderId, this);
    watcher->setPollInterval(m_settings->pollIntervalMs());
    watcher->setMaxBackoff(m_retryMaxMs);
    m_watcher = watcher;
    connect(watcher, &OrderWatcher::stateChanged, this, &MainWindow::onOrderChanged);
    connect(watcher, &OrderWatcher::finished, this, &MainWindow::onOrderFinished);
    connect(watcher, &OrderWatcher::failed, this, &MainWindow::onWatcherFailed);
    connect(watcher, &OrderWatcher::connectionProblem, this, [this](const ApiError &error, int retryInMs) {
        m_watcherOffline = true;
        m_lastProblem = error;
        m_watcherRetryAt = QDeadlineTimer(retryInMs);
        m_panel->setNote(tr("Mercado Pago cannot be reached right now. The result shows as soon as it answers; "
                            "the customer can still pay on the terminal."));
        updateConnectionIndicator();
    });
    connect(watcher, &OrderWatcher::connectionRestored, this, [this]() {
        m_watcherOffline = false;
        m_panel->setNote(QString());
        if (!isOffline())
            showStatus(tr("Connection restored."), 5000);
        updateConnectionIndicator();
    });
    watcher->start();
}

void MainWindow::stopWatching()
{
    if (m_watcher) {
        OrderWatcher *watcher = m_watcher;
        m_watcher = nullptr;
        watcher->disconnect(this);
        watcher->stop();
        watcher->deleteLater();
    }
    if (m_watcherOffline) {
        m_watcherOffline = false;
        updateConnectionIndicator();
    }
}

void MainWindow::onOrderChanged(const OrderInfo &order)
{
    if (order.id != m_order.id || OrderStates::isFinal(order.state))
        return; // final states arrive through finished()
    m_order.state = order.state;
    if (order.state == OrderState::WaitingForCard && m_cancelCall)
        return; // keep showing "Cancelling..." until the cancel call answers
    m_panel->showOrder(order);
    updateUi();
}

void MainWindow::onOrderFinished(const OrderInfo &order)
{
    if (order.id != m_order.id)
        return;
    qCInfo(lcUi).noquote() << "order" << order.id << "finished:" << OrderStates::toKey(order.state);
    stopWatching();
    m_phase = Phase::Finished;
    m_order.state = order.state;
    // A final order no longer holds its terminal: show it free at once (the refresh below confirms it), so that
    // the next sale never sees a stale BUSY.
    DeviceList devices = m_picker->devices();
    for (Device &device : devices) {
        if (device.name == m_order.request.deviceName && device.paymentAttempt == order.id) {
            device.status = Device::Status::Free;
            device.paymentAttempt = 0;
        }
    }
    m_picker->setDevices(devices);
    m_panel->showOrder(order);
    updateUi();
    if (order.state == OrderState::Approved)
        m_panel->findChild<QWidget *>(QStringLiteral("newSaleButton"))->setFocus(Qt::OtherFocusReason);
    else
        m_form->focusAmount();
    // The terminal is free again: show it.
    QTimer::singleShot(0, this, &MainWindow::refreshDevices);
    if (m_quitAfterCancel)
        quitNow();
}

void MainWindow::onWatcherFailed(const ApiError &error)
{
    qCInfo(lcUi).noquote() << "stopped following order" << m_order.id << ":" << error.detail();
    stopWatching();
    m_phase = Phase::Finished;
    m_order.state = OrderState::Unknown;
    m_notSentDevice = m_order.request.deviceName;
    m_panel->showLostTrack(m_order.id, error.userMessage());
    if (error.kind() == ApiError::Kind::Unauthorized)
        setTokenRejected();
    updateUi();
}

// --- cancelling and freeing -------------------------------------------------------------------------------

void MainWindow::cancelOrder()
{
    if (m_phase == Phase::Sending) {
        // The order has no id yet: cancel it as soon as Mercado Pago answers.
        m_cancelWhenCreated = true;
        m_panel->showCancelling();
        updateUi();
        return;
    }
    if (m_phase != Phase::Waiting || m_cancelCall)
        return;
    m_panel->showCancelling();
    auto *call = m_client->cancelOrder(m_order.id);
    m_cancelCall = call;
    updateUi();
    call->then(this, [this](const Call<Done> &c) { onCancelResult(c.error()); });
}

void MainWindow::onCancelResult(const ApiError &error)
{
    m_cancelCall = nullptr;
    if (m_phase != Phase::Waiting) {
        updateUi();
        return;
    }
    if (!error.isError() || error.kind() == ApiError::Kind::NotFound) {
        // Gone: the watcher's next answer (404) makes it Cancelled.
        if (m_watcher)
            m_watcher->pollNow();
        updateUi();
        return;
    }
    m_panel->showWaiting(m_order.request.deviceName, m_order.id);
    if (error.kind() == ApiError::Kind::DeviceBusy)
        m_panel->setNote(tr("The order could not be cancelled: the customer already paid or the card was declined."));
    else
        m_panel->setNote(tr("Could not cancel the order: %1").arg(error.userMessage()));
    if (error.kind() == ApiError::Kind::Unauthorized)
        setTokenRejected();
    if (m_quitAfterCancel) {
        m_quitAfterCancel = false;
        showStatus(tr("The order is still open, so PointDesk did not quit."), 8000);
    }
    if (m_watcher)
        m_watcher->pollNow();
    updateUi();
}

QString MainWindow::freeTargetDevice() const
{
    if (m_phase == Phase::Waiting)
        return m_order.request.deviceName;
    if (!m_notSentDevice.isEmpty() && m_phase == Phase::Finished)
        return m_notSentDevice;
    return m_picker->currentDeviceName();
}

void MainWindow::freeTerminal()
{
    if (m_freeCall || m_phase == Phase::Sending)
        return;
    const QString deviceName = freeTargetDevice();
    if (deviceName.isEmpty())
        return;
    auto *call = m_client->cancelOrderOnDevice(deviceName);
    m_freeCall = call;
    updateUi();
    m_panel->setNote(tr("Freeing %1\u2026").arg(deviceName));
    call->then(this, [this, deviceName](const Call<Done> &c) { onFreeResult(deviceName, c.error()); });
}

void MainWindow::onFreeResult(const QString &deviceName, const ApiError &error)
{
    m_freeCall = nullptr;
    if (error.isError()) {
        m_panel->setNote(tr("Could not free %1: %2").arg(deviceName, error.userMessage()));
        if (error.kind() == ApiError::Kind::Unauthorized)
            setTokenRejected();
        updateUi();
        return;
    }
    qCInfo(lcUi).noquote() << "freed terminal" << deviceName;
    if (m_phase == Phase::Waiting && deviceName == m_order.request.deviceName) {
        if (m_watcher)
            m_watcher->pollNow();
    } else {
        m_panel->setNote(QString());
        if (deviceName == m_notSentDevice)
            m_notSentDevice.clear();
        if (m_phase == Phase::Idle || (m_phase == Phase::Finished && m_order.state != OrderState::Approved)) {
            m_phase = Phase::Idle;
            m_idleNote = tr("%1 is free now.").arg(deviceName);
        }
        // Show it free at once; the refresh below confirms it.
        DeviceList devices = m_picker->devices();
        for (Device &device : devices) {
            if (device.name == deviceName) {
                device.status = Device::Status::Free;
                device.paymentAttempt = 0;
            }
        }
        m_picker->setDevices(devices);
    }
    m_manualRefresh = true;
    refreshDevices();
    updateUi();
}

void MainWindow::newSale()
{
    if (hasOpenOrder()) {
        showStatus(tr("An order is still open: wait for the customer, or cancel it with Esc, before a new sale."),
                   6000);
        return;
    }
    m_phase = Phase::Idle;
    m_order = CurrentOrder();
    m_notSentDevice.clear();
    m_idleNote.clear();
    m_form->setInputsLocked(false);
    m_form->clearForNewSale();
    updateUi();
    m_form->focusAmount();
}

void MainWindow::onEscape()
{
    if (m_quitBox)
        return;
    if (hasOpenOrder()) {
        cancelOrder();
        return;
    }
    if (m_form->isMoreOptionsExpanded()) {
        m_form->setMoreOptionsExpanded(false);
        m_form->focusAmount();
    }
}

// --- what the window shows --------------------------------------------------------------------------------

void MainWindow::updateUi()
{
    const std::optional<Device> device = m_picker->currentDevice();
    const bool open = hasOpenOrder();
    const bool paid = m_phase == Phase::Finished && m_order.state == OrderState::Approved;
    const bool busyElsewhere =
        device && device->status == Device::Status::Busy && !(open && device->name == m_order.request.deviceName);
    const QString deviceName = m_order.request.deviceName;

    m_form->setInputsLocked(open || paid);
    m_picker->setLocked(open);

    QString blocked;
    if (m_phase == Phase::Sending)
        blocked = tr("Sending the order to %1\u2026").arg(deviceName);
    else if (m_phase == Phase::Waiting)
        blocked = tr("Waiting for the customer on %1. Press Esc to cancel the order.").arg(deviceName);
    else if (paid)
        blocked = tr("Paid. Press New sale (F2) for the next customer.");
    else if (m_tokenRejected)
        blocked = tr("Mercado Pago refused the access token: see the message at the top.");
    else if (!m_picker->hasLoaded())
        blocked = tr("Loading the terminals\u2026");
    else if (m_picker->devices().isEmpty())
        blocked = tr("There are no terminals on this account yet: see the list on the left.");
    else if (!device)
        blocked = tr("Choose the terminal that takes the payment.");
    else if (busyElsewhere)
        blocked = device->paymentAttempt > 0
                      ? tr("%1 is busy with order %2, so it cannot take a new charge. Wait until it finishes, or "
                           "free the terminal.")
                            .arg(device->name)
                            .arg(device->paymentAttempt)
                      : tr("%1 is busy with another order, so it cannot take a new charge. Wait until it finishes, "
                           "or free the terminal.")
                            .arg(device->name);
    m_form->setBlockedReason(blocked);

    if (m_phase == Phase::Idle) {
        if (busyElsewhere) {
            if (m_panel->mode() != OrderStatusPanel::Mode::TerminalBusy ||
                m_panel->property("busyOrder").toLongLong() != device->paymentAttempt) {
                m_panel->showTerminalBusy(device->name, device->paymentAttempt);
                m_panel->setProperty("busyOrder", device->paymentAttempt);
            }
        } else {
            QString hint;
            if (m_tokenRejected)
                hint = tr("Charging is not possible until the access token is set up again.");
            else if (!m_picker->hasLoaded())
                hint = tr("Loading the terminals\u2026");
            else if (!device)
                hint = tr("Choose a terminal on the left.");
            else if (const auto amount = m_form->amount(); amount && m_form->isValid())
                hint = tr("Press Enter to charge %1 on %2.").arg(Formatting::currency(*amount), device->name);
            else
                hint = tr("Type the amount and a description, then press Enter to charge on %1.").arg(device->name);
            m_panel->showIdle(hint);
            m_panel->setProperty("busyOrder", QVariant());
        }
        m_panel->setNote(m_idleNote);
    }

    const bool canCancel = open && !m_cancelCall && !m_cancelWhenCreated;
    const bool canFree = !m_freeCall && ((m_phase == Phase::Waiting) || (m_phase == Phase::Idle && busyElsewhere) ||
                                         (m_phase == Phase::Finished && (!m_notSentDevice.isEmpty() || busyElsewhere)));
    const bool canStartNew = m_phase == Phase::Finished;
    m_panel->setActions(canCancel, canFree, canStartNew);
    updateAccountActions();
}

// --- account and manager ----------------------------------------------------------------------------------

void MainWindow::buildMenus()
{
    // "Account" has no Alt letter of its own (the sale form uses them all): F10 opens the menu bar.
    QMenuBar *bar = menuBar();
    bar->setObjectName(QStringLiteral("menuBar"));
    bar->setAccessibleName(tr("Menu bar"));

    QMenu *account = bar->addMenu(tr("Account"));
    account->setObjectName(QStringLiteral("accountMenu"));
    account->setAccessibleName(tr("Account"));
    m_setupAction = account->addAction(tr("Set up the account\u2026"), this, &MainWindow::requestSetup);
    m_setupAction->setObjectName(QStringLiteral("setupAccountAction"));
    m_signOutAction = account->addAction(tr("Sign out\u2026"), this, [this]() {
        requireManager(tr("Enter the manager PIN to sign out."), [this]() { Q_EMIT signOutRequested(); });
    });
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    account->addSeparator();
    m_tokenInfoAction = account->addAction(QString());
    m_tokenInfoAction->setObjectName(QStringLiteral("tokenInfoAction"));
    m_tokenInfoAction->setEnabled(false);

    QMenu *manager = bar->addMenu(tr("Mana&ger"));
    manager->setObjectName(QStringLiteral("managerMenu"));
    manager->setAccessibleName(tr("Manager"));
    m_enterManagerAction = manager->addAction(tr("Enter manager mode\u2026"), this, &MainWindow::enterManagerMode);
    m_enterManagerAction->setObjectName(QStringLiteral("enterManagerAction"));
    m_enterManagerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    manager->addSeparator();
    m_terminalsAction = manager->addAction(tr("Terminals\u2026"), this, &MainWindow::openTerminals);
    m_terminalsAction->setObjectName(QStringLiteral("terminalsAction"));
    m_terminalsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_changePinAction = manager->addAction(tr("Change PIN\u2026"), this, &MainWindow::changePin);
    m_changePinAction->setObjectName(QStringLiteral("changePinAction"));
    manager->addSeparator();
    m_endManagerAction = manager->addAction(tr("End manager mode"), this, &MainWindow::endManagerMode);
    m_endManagerAction->setObjectName(QStringLiteral("endManagerAction"));
    m_endManagerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));

    QMenu *help = bar->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->setAccessibleName(tr("Help"));
    QAction *shortcuts = help->addAction(tr("Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcut(QKeySequence(Qt::Key_F1));
    QAction *about = help->addAction(tr("About PointDesk"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));

    // The overflow button a narrow window shows for menus that do not fit.
    if (auto *more = bar->findChild<QWidget *>(QStringLiteral("qt_menubar_ext_button")))
        more->setAccessibleName(tr("More menus"));

    auto *menuKey = new QShortcut(QKeySequence(Qt::Key_F10), this);
    menuKey->setObjectName(QStringLiteral("menuBarShortcut"));
    connect(menuKey, &QShortcut::activated, this, [bar, account]() {
        bar->setFocus(Qt::ShortcutFocusReason);
        bar->setActiveAction(account->menuAction());
    });
    updateAccountActions();
}

void MainWindow::setManagerSession(ManagerSession *session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (m_session) {
        connect(m_session, &ManagerSession::activeChanged, this, &MainWindow::onManagerActiveChanged);
        connect(m_session, &ManagerSession::ended, this, [this](ManagerSession::EndReason reason) {
            switch (reason) {
            case ManagerSession::EndReason::Idle:
                showStatus(tr("Manager mode ended after a few minutes without use."), 10000);
                break;
            case ManagerSession::EndReason::LockedOut:
                showStatus(tr("Manager mode ended: too many wrong PINs."), 10000);
                break;
            case ManagerSession::EndReason::User:
                showStatus(tr("Manager mode ended."), 5000);
                break;
            case ManagerSession::EndReason::SignedOut:
                break;
            }
        });
    }
    onManagerActiveChanged(m_session && m_session->isActive());
}

void MainWindow::setAccount(Account account, const QString &maskedToken)
{
    m_account = account;
    m_maskedToken = maskedToken;
    m_sessionOnlyLabel->setVisible(account == Account::SessionOnly);
    updateAccountActions();
}

void MainWindow::onManagerActiveChanged(bool active)
{
    m_managerLabel->setVisible(active);
    m_endManagerButton->setVisible(active);
    if (!active) {
        if (m_managerDialog)
            m_managerDialog->reject();
        if (m_pinDialog && m_pinDialog->objectName() == QLatin1String("changePinDialog"))
            m_pinDialog->reject();
    }
    updateAccountActions();
}

void MainWindow::updateAccountActions()
{
    if (!m_setupAction)
        return; // still building
    const bool manager = m_session && m_session->isActive();
    const bool busy = hasOpenOrder();
    const bool hasAccount = m_account != Account::None;
    m_setupAction->setText(hasAccount ? tr("Replace the access token\u2026") : tr("Set up the account\u2026"));
    // With no account anyone may set one up; an account's token is the manager's. Never mid-order.
    m_setupAction->setEnabled(m_session && !busy && (!hasAccount || manager));
    m_signOutAction->setEnabled(m_session && hasAccount && manager && !busy);
    switch (m_account) {
    case Account::None:
        m_tokenInfoAction->setText(tr("No account set up"));
        break;
    case Account::Keychain:
        m_tokenInfoAction->setText(tr("Token %1, in the keychain").arg(m_maskedToken));
        break;
    case Account::SessionOnly:
        m_tokenInfoAction->setText(tr("Token %1, for this session only").arg(m_maskedToken));
        break;
    case Account::Environment:
        m_tokenInfoAction->setText(tr("Token %1, from POINTDESK_TOKEN").arg(m_maskedToken));
        break;
    }
    m_enterManagerAction->setEnabled(m_session && !manager);
    m_terminalsAction->setEnabled(manager);
    m_changePinAction->setEnabled(manager && hasAccount);
    m_endManagerAction->setEnabled(manager);
}

void MainWindow::requireManager(const QString &purpose, std::function<void()> then)
{
    if (!m_session)
        return;
    if (m_session->isActive()) {
        then();
        return;
    }
    if (m_pinDialog && m_pinDialog->isVisible()) {
        m_pinDialog->raise();
        return;
    }
    auto *dialog = new PinDialog(PinDialog::Mode::Unlock, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPurpose(purpose);
    connect(dialog, &PinDialog::succeeded, this, [this, then]() {
        // After the dialog has closed, so that what follows (a wizard, a confirmation) opens on the window.
        QTimer::singleShot(0, this, [this, then]() {
            if (m_session && m_session->isActive())
                then();
        });
    });
    m_pinDialog = dialog;
    dialog->open();
}

void MainWindow::enterManagerMode()
{
    requireManager(QString(), [this]() { showStatus(tr("Manager mode is on."), 5000); });
}

void MainWindow::openTerminals()
{
    // Checked again here, not only by the menu's state: a shortcut or a stale action must not slip through.
    if (!m_session || !m_session->isActive()) {
        requireManager(tr("Enter the manager PIN to open the terminals."), [this]() { openTerminals(); });
        return;
    }
    if (m_managerDialog && m_managerDialog->isVisible()) {
        m_managerDialog->raise();
        m_managerDialog->activateWindow();
        return;
    }
    auto *dialog = new ManagerDialog(m_client, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &ManagerDialog::terminalsChanged, this, [this]() {
        m_manualRefresh = true;
        refreshDevices();
    });
    connect(dialog, &ManagerDialog::tokenRejected, this, [this]() { setTokenRejected(); });
    m_managerDialog = dialog;
    dialog->open();
}

void MainWindow::changePin()
{
    if (!m_session || !m_session->isActive()) {
        requireManager(tr("Enter the manager PIN to change it."), [this]() { changePin(); });
        return;
    }
    if (m_pinDialog && m_pinDialog->isVisible()) {
        m_pinDialog->raise();
        return;
    }
    auto *dialog = new PinDialog(PinDialog::Mode::Change, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PinDialog::succeeded, this, [this]() { showStatus(tr("The manager PIN was changed."), 8000); });
    m_pinDialog = dialog;
    dialog->open();
}

void MainWindow::endManagerMode()
{
    if (m_session)
        m_session->end(ManagerSession::EndReason::User);
}

void MainWindow::requestSetup()
{
    if (!m_session || hasOpenOrder())
        return;
    const QString reason = m_tokenRejected ? tokenRejectedReason() : QString();
    if (m_account == Account::None) {
        Q_EMIT setupRequested(reason);
        return;
    }
    requireManager(tr("Enter the manager PIN to set up the access token again."),
                   [this, reason]() { Q_EMIT setupRequested(reason); });
}

QString MainWindow::tokenRejectedReason() const
{
    if (!m_tokenRejected)
        return QString();
    return tr("Mercado Pago refused the saved access token (401 Unauthorized) at %1. It may have been renewed or "
              "revoked: paste the shop's current access token.")
        .arg(QLocale().toString(m_tokenRejectedAt.time(), QLocale::ShortFormat));
}

void MainWindow::showShortcuts()
{
    if (m_infoBox)
        m_infoBox->close();
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("shortcutsBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Information);
    box->setWindowTitle(tr("Keyboard shortcuts"));
    box->setText(tr("Keyboard shortcuts"));
    box->setInformativeText(tr("Enter: charge\nEsc: cancel the open order\nF2 or Ctrl+N: new sale\nF5: refresh the "
                               "terminals\nCtrl+M: enter manager mode\nCtrl+T: terminals (manager)\n"
                               "Ctrl+Shift+M: end manager mode\nF10: the menu bar\nF1: this list"));
    box->addButton(QMessageBox::Ok)->setObjectName(QStringLiteral("shortcutsOkButton"));
    box->button(QMessageBox::Ok)->setAccessibleName(tr("Close"));
    m_infoBox = box;
    box->open();
}

void MainWindow::showAbout()
{
    if (m_infoBox)
        m_infoBox->close();
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIconPixmap(Theme::appIcon().pixmap(64, 64));
    box->setWindowTitle(tr("About PointDesk"));
    box->setText(tr("PointDesk %1").arg(QStringLiteral(POINTDESK_VERSION)));
    box->setInformativeText(tr("A desktop cashier for Mercado Pago Point card terminals. The access token is kept "
                               "in the system keychain, never in a file."));
    box->addButton(QMessageBox::Ok)->setObjectName(QStringLiteral("aboutOkButton"));
    box->button(QMessageBox::Ok)->setAccessibleName(tr("Close"));
    m_infoBox = box;
    box->open();
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
    // The one question that deserves a dialog: leaving an order open on a terminal nobody watches.
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("quitWithOpenOrderBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(tr("An order is still open"));
    box->setText(tr("An order of %1 is still open on %2.")
                     .arg(Formatting::currency(m_order.request.amount), m_order.request.deviceName));
    box->setInformativeText(tr("If PointDesk quits now, the terminal keeps showing the order and the customer can "
                               "still pay it while nobody watches. Cancel the order before quitting?"));
    QPushButton *cancelAndQuit = box->addButton(tr("&Cancel order and quit"), QMessageBox::DestructiveRole);
    cancelAndQuit->setObjectName(QStringLiteral("cancelAndQuitButton"));
    QPushButton *keepWaiting = box->addButton(tr("&Keep waiting"), QMessageBox::RejectRole);
    keepWaiting->setObjectName(QStringLiteral("keepWaitingButton"));
    QPushButton *quitAnyway = box->addButton(tr("&Quit anyway"), QMessageBox::AcceptRole);
    quitAnyway->setObjectName(QStringLiteral("quitAnywayButton"));
    cancelAndQuit->setAccessibleName(tr("Cancel the order and quit"));
    keepWaiting->setAccessibleName(tr("Keep waiting for the customer"));
    quitAnyway->setAccessibleName(tr("Quit and leave the order open"));
    box->setDefaultButton(keepWaiting);
    box->setEscapeButton(keepWaiting);
    connect(box, &QMessageBox::buttonClicked, this, [this, cancelAndQuit, quitAnyway](QAbstractButton *button) {
        if (button == quitAnyway || (button == cancelAndQuit && !hasOpenOrder())) {
            QTimer::singleShot(0, this, &MainWindow::quitNow);
        } else if (button == cancelAndQuit) {
            m_quitAfterCancel = true;
            showStatus(tr("Cancelling the order, then quitting\u2026"), 0);
            cancelOrder();
        }
    });
    m_quitBox = box;
    box->open();
}

void MainWindow::quitNow()
{
    m_forceQuit = true;
    QTimer::singleShot(0, this, &QWidget::close);
}
