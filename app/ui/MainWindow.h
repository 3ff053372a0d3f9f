#pragma once

#include "ApiError.h"
#include "Device.h"
#include "PaymentOrder.h"

#include <QDeadlineTimer>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

class ApiCall;
class ChargeForm;
class DevicePicker;
class OrderStatusPanel;
class OrderWatcher;
class PointClient;
class QFrame;
class QLabel;
class QMessageBox;
class QPushButton;
class QScrollArea;
class Settings;
struct CreatedOrder;
struct Done;

/// The cashier window: pick a terminal, type amount and description, charge, and watch the order until it is
/// paid, declined or cancelled. Everything goes through PointClient and comes back as signals; nothing blocks.
/// Trouble is shown in place: a banner when the token is refused, an indicator in the status bar while
/// Mercado Pago cannot be reached (PointDesk keeps retrying with backoff), and the status panel for the order.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    static constexpr int kDefaultRetryFirstMs = 1000;
    static constexpr int kDefaultRetryMaxMs = 30000;

    /// `client` and `settings` must outlive the window.
    MainWindow(PointClient *client, Settings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Demo mode: the window title and the status bar say DEMO, and a button opens the virtual terminal.
    void setDemoMode(bool demo);
    bool isDemoMode() const { return m_demo; }

    /// How often the terminal list refreshes while all is well (default: Settings, 10 s).
    void setDeviceRefreshInterval(int milliseconds);
    /// The first and the longest wait between retries while Mercado Pago cannot be reached.
    void setRetryBackoff(int firstMs, int maxMs);

    /// True from Charge until the order is final (sending, or waiting for the customer).
    bool hasOpenOrder() const;
    /// The order being followed or last followed; 0 when none.
    qint64 currentOrderId() const { return m_order.id; }
    /// True while the status bar shows the connection problem indicator.
    bool isOffline() const { return m_devicesOffline || m_watcherOffline; }
    bool isTokenRejectedShown() const { return m_tokenRejected; }

public Q_SLOTS:
    /// Asks for the terminal list now (F5).
    void refreshDevices();
    /// Sends the charge in the form to the chosen terminal, when the form is valid and the terminal free.
    void charge();
    /// Cancels the open order by its id (Esc).
    void cancelOrder();
    /// Cancels whatever order the terminal holds (for a stuck or busy terminal).
    void freeTerminal();
    /// Clears the form for the next customer (F2, Ctrl+N); refused while an order is open.
    void newSale();

Q_SIGNALS:
    /// Mercado Pago refused the access token (401): the account must be set up again.
    void tokenRejected();
    /// Demo mode: the cashier asked to see the virtual terminal.
    void virtualTerminalRequested();
    /// The connection indicator turned on (Mercado Pago cannot be reached, PointDesk keeps retrying) or off.
    void connectionStateChanged(bool offline);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    enum class Phase { Idle, Sending, Waiting, Finished };

    struct CurrentOrder
    {
        qint64 id = 0;
        OrderRequest request;
        OrderState state = OrderState::Unknown;
    };

    void buildUi();
    void buildShortcuts();
    void onDevicesResult(const ApiError &error, const DeviceList &devices);
    void onCreateResult(const ApiError &error, const CreatedOrder &created);
    void onCancelResult(const ApiError &error);
    void onFreeResult(const QString &deviceName, const ApiError &error);
    void onOrderChanged(const OrderInfo &order);
    void onOrderFinished(const OrderInfo &order);
    void onWatcherFailed(const ApiError &error);
    void startWatching(qint64 orderId);
    void stopWatching();
    void scheduleRefresh(int milliseconds);
    int backoffDelay(const ApiError &error) const;
    void setDevicesProblem(const ApiError &error, int retryInMs);
    void setTokenRejected();
    void clearTokenRejected();
    void updateUi();
    void updateConnectionIndicator();
    /// A passing note in the status bar; `timeoutMs` 0 keeps it until the next one.
    void showStatus(const QString &text, int timeoutMs);
    void onEscape();
    void askToQuitWithOpenOrder();
    void quitNow();
    QString freeTargetDevice() const;

    PointClient *m_client = nullptr;
    Settings *m_settings = nullptr;

    DevicePicker *m_picker = nullptr;
    ChargeForm *m_form = nullptr;
    OrderStatusPanel *m_panel = nullptr;
    QScrollArea *m_formScroll = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QPushButton *m_bannerRetry = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_connectionMessage = nullptr;
    QLabel *m_statusMessage = nullptr;
    QTimer m_statusMessageTimer;
    QLabel *m_demoLabel = nullptr;
    QLabel *m_headerDemo = nullptr;
    QPushButton *m_virtualTerminalButton = nullptr;
    QPointer<QMessageBox> m_quitBox;

    Phase m_phase = Phase::Idle;
    CurrentOrder m_order;
    QPointer<OrderWatcher> m_watcher;
    QPointer<ApiCall> m_devicesCall;
    QPointer<ApiCall> m_createCall;
    QPointer<ApiCall> m_cancelCall;
    QPointer<ApiCall> m_freeCall;

    QTimer m_refreshTimer;
    QTimer m_indicatorTick;
    int m_refreshIntervalMs = 10000;
    int m_retryFirstMs = kDefaultRetryFirstMs;
    int m_retryMaxMs = kDefaultRetryMaxMs;
    int m_deviceFailures = 0;
    bool m_devicesOffline = false;
    bool m_watcherOffline = false;
    ApiError m_lastProblem;
    QDeadlineTimer m_watcherRetryAt;
    QString m_idleNote;
    QString m_notSentDevice; ///< set when the last charge failed in a way that may leave the terminal busy
    bool m_tokenRejected = false;
    bool m_manualRefresh = false;
    bool m_cancelWhenCreated = false;
    bool m_quitAfterCancel = false;
    bool m_forceQuit = false;
    bool m_demo = false;
    bool m_shownOffline = false;
};
