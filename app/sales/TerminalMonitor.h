#pragma once

#include "api/ApiError.h"
#include "core/Device.h"
#include "api/Backoff.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTime>
#include <QTimer>

class ApiCall;
class PointBackend;

/// Keeps the account's terminal list fresh and says, in one enum, how PointDesk stands with Mercado Pago.
///
/// The list is asked for every refreshInterval() while all is well; while Mercado Pago cannot be reached it is asked
/// again after a Backoff (doubling, honouring Retry-After), and a refused token (401) stops the clock until someone
/// asks again (a second 401 must not flood the account with requests). The sale flow reports what it sees while
/// following an order (setFollowProblem), so that one state covers both. Freeing a terminal (cancelling whatever
/// it holds) also lives here: it is about the terminal, not about a sale.
class TerminalMonitor : public QObject
{
    Q_OBJECT

public:
    /// How PointDesk stands with Mercado Pago, most pressing first when several hold.
    enum class Connection {
        Connecting,         ///< no answer yet
        Online,             ///< the last request was answered
        Offline,            ///< Mercado Pago cannot be reached (network, timeout, TLS); retrying
        ServiceUnavailable, ///< Mercado Pago answers with trouble (5xx, 429, unreadable); retrying
        TokenRefused        ///< Mercado Pago answers but refuses the access token; no automatic retries
    };
    Q_ENUM(Connection)

    static constexpr int kDefaultRefreshIntervalMs = 10000;

    /// `client` is not owned and must outlive the monitor. Nothing is asked before refresh().
    explicit TerminalMonitor(PointBackend *client, QObject *parent = nullptr);
    ~TerminalMonitor() override;

    /// How often the list refreshes while all is well (at least 50 ms).
    void setRefreshInterval(int milliseconds);
    int refreshInterval() const { return m_refreshIntervalMs; }
    /// The first and the longest wait between retries while Mercado Pago cannot be reached.
    void setRetryBackoff(int firstMs, int maxMs);
    const Backoff &backoff() const { return m_backoff; }
    /// While held (a charge is being sent), refreshes wait: one request at a time keeps a slow line quick.
    void setRefreshHeld(bool held) { m_held = held; }

    Connection connection() const;
    /// Offline or ServiceUnavailable: PointDesk is retrying.
    bool isRetrying() const;
    /// True from a 401 until the list is answered again (also while offline meanwhile).
    bool isTokenRefused() const { return m_tokenRefused; }
    QDateTime tokenRefusedAt() const { return m_tokenRefusedAt; }
    /// Why the token must be set up again, in words for the setup wizard ("... refused ... at 10:42"); empty while
    /// the token is not refused.
    QString tokenRefusedReason() const;
    /// What went wrong last (for the indicator's words and tooltip).
    ApiError lastProblem() const { return m_lastProblem; }
    /// How long until the next retry while retrying; 0 when none is scheduled.
    int retryInMs() const;

    /// The terminals as last listed (with the local corrections of markDevice and setOwnOrder).
    DeviceList devices() const { return m_devices; }
    std::optional<Device> device(const QString &name) const;
    /// The names given to terminals on this computer (Orders API: its list gives only ids), by the name as listed;
    /// the texts about a terminal use them.
    void setShownNames(const QHash<QString, QString> &names) { m_shownNames = names; }
    /// How the cashier knows the terminal `name`: its local name, else `name` itself.
    QString shownName(const QString &name) const;
    /// True once the list was answered at least once.
    bool hasLoaded() const { return m_loaded; }
    QTime lastUpdate() const { return m_lastUpdate; }

    /// The order this counter follows on `deviceName`: the list may lag behind it by a poll, so that terminal is
    /// never shown free while it holds it. An empty name clears it.
    void setOwnOrder(const QString &deviceName, const OrderRef &orderId);
    /// Shows `deviceName` busy with `orderId` (or free with 0) at once; the next listing confirms it.
    void markDevice(const QString &deviceName, const OrderRef &orderId);

    /// Another part of PointDesk got a 401 (a sale, the manager's tools).
    void reportTokenRefused();
    /// Following an order, Mercado Pago could not be answered; the watcher retries in `retryInMs`.
    void setFollowProblem(const ApiError &error, int retryInMs);
    /// Following an order works again (or ended). `announce`: say "Connection restored" when nothing else is wrong.
    void clearFollowProblem(bool announce);
    bool hasFollowProblem() const { return m_followProblem; }

    /// Cancels whatever order `deviceName` holds. False (nothing sent) while another free is under way.
    bool freeTerminal(const QString &deviceName);
    bool isFreeing() const { return !m_freeCall.isNull(); }

public Q_SLOTS:
    /// Asks for the list now; `manual` (F5, the token banner's Try again) says so in the picker and retries later
    /// after a failure.
    void refresh(bool manual = false);

Q_SIGNALS:
    /// The connection state or the problem behind it changed.
    void connectionChanged(TerminalMonitor::Connection connection);
    /// isRetrying() changed: Mercado Pago cannot be reached (PointDesk keeps retrying), or can again.
    void retryingChanged(bool retrying);
    /// A manual refresh started (the picker says "Refreshing...").
    void refreshing();
    /// The list changed (new listing or a local correction).
    void devicesChanged(const DeviceList &devices);
    /// A listing succeeded; `statusText` is the picker's translated line ("Updated at 10:42").
    void listed(const QString &statusText);
    /// The listing failed; `statusText` is the picker's translated line.
    void listFailed(const ApiError &error, const QString &statusText);
    /// Terminals that were listed before and are gone from the account now.
    void terminalsVanished(const QStringList &deviceNames);
    /// Mercado Pago answers again after a problem (nothing else is wrong any more).
    void connectionRestored();
    /// The first 401 since the token last worked.
    void tokenRefused();
    /// A listing succeeded after a 401: the token works again.
    void tokenAccepted();
    /// freeTerminal() finished.
    void terminalFreed(const QString &deviceName);
    void freeFailed(const QString &deviceName, const ApiError &error);

private:
    void onListed(const ApiError &error, const DeviceList &devices);
    void onFreed(const QString &deviceName, const ApiError &error);
    void schedule(int milliseconds);
    void applyOwnOrder(DeviceList &devices) const;
    void updateConnection();

    QPointer<PointBackend> m_client;
    QPointer<ApiCall> m_listCall;
    QPointer<ApiCall> m_freeCall;
    QTimer m_timer;
    Backoff m_backoff;
    int m_refreshIntervalMs = kDefaultRefreshIntervalMs;
    DeviceList m_devices;
    QHash<QString, QString> m_shownNames;
    bool m_loaded = false;
    QTime m_lastUpdate;
    QString m_ownDevice;
    OrderRef m_ownOrder;
    bool m_held = false;
    bool m_manual = false;
    bool m_listProblem = false;
    bool m_followProblem = false;
    QDeadlineTimer m_followRetryAt;
    ApiError m_lastProblem;
    bool m_tokenRefused = false;
    QDateTime m_tokenRefusedAt;
    Connection m_shown = Connection::Connecting;
    bool m_shownRetrying = false;
    QString m_shownProblem;
};
