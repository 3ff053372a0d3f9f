#include "sales/TerminalMonitor.h"

#include "api/PointBackend.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QSet>

Q_LOGGING_CATEGORY(lcMonitor, "pointdesk.sales.terminals")

namespace {

bool isNetworkKind(ApiError::Kind kind)
{
    return kind == ApiError::Kind::Network || kind == ApiError::Kind::Timeout || kind == ApiError::Kind::Tls;
}

} // namespace

TerminalMonitor::TerminalMonitor(PointBackend *client, QObject *parent) : QObject(parent), m_client(client)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this]() { refresh(); });
}

TerminalMonitor::~TerminalMonitor() = default;

void TerminalMonitor::setRefreshInterval(int milliseconds)
{
    m_refreshIntervalMs = qMax(50, milliseconds);
    if (m_timer.isActive() && !isRetrying())
        schedule(m_refreshIntervalMs);
}

void TerminalMonitor::setRetryBackoff(int firstMs, int maxMs)
{
    m_backoff.setLimits(firstMs, maxMs);
}

TerminalMonitor::Connection TerminalMonitor::connection() const
{
    if (m_listProblem || m_followProblem)
        return isNetworkKind(m_lastProblem.kind()) ? Connection::Offline : Connection::ServiceUnavailable;
    if (m_tokenRefused)
        return Connection::TokenRefused;
    return m_loaded ? Connection::Online : Connection::Connecting;
}

bool TerminalMonitor::isRetrying() const
{
    const Connection now = connection();
    return now == Connection::Offline || now == Connection::ServiceUnavailable;
}

int TerminalMonitor::retryInMs() const
{
    if (m_listProblem && m_timer.isActive())
        return m_timer.remainingTime();
    if (m_followProblem && m_followRetryAt.remainingTime() > 0)
        return int(m_followRetryAt.remainingTime());
    return 0;
}

std::optional<Device> TerminalMonitor::device(const QString &name) const
{
    for (const Device &device : m_devices) {
        if (device.name == name)
            return device;
    }
    return std::nullopt;
}

void TerminalMonitor::refresh(bool manual)
{
    m_manual = m_manual || manual;
    if (m_listCall || !m_client)
        return;
    if (m_held) {
        schedule(500);
        return;
    }
    m_timer.stop();
    if (m_manual)
        Q_EMIT refreshing();
    auto *call = m_client->listTerminals();
    m_listCall = call;
    call->then(this, [this](const Call<DeviceList> &c) { onListed(c.error(), c.value()); });
}

void TerminalMonitor::onListed(const ApiError &error, const DeviceList &devices)
{
    m_listCall = nullptr;
    const bool manual = m_manual;
    m_manual = false;

    if (!error.isError()) {
        m_backoff.reset();
        const bool wasRetrying = isRetrying();
        m_listProblem = false;
        const bool wasRefused = m_tokenRefused;
        m_tokenRefused = false;
        QSet<QString> gone;
        for (const Device &device : std::as_const(m_devices))
            gone.insert(device.name);
        for (const Device &device : devices)
            gone.remove(device.name);
        m_devices = devices;
        applyOwnOrder(m_devices);
        m_loaded = true;
        m_lastUpdate = QTime::currentTime();
        Q_EMIT devicesChanged(m_devices);
        Q_EMIT listed(tr("Updated at %1").arg(QLocale().toString(m_lastUpdate, QLocale::ShortFormat)));
        if (!gone.isEmpty()) {
            QStringList names(gone.cbegin(), gone.cend());
            names.sort();
            Q_EMIT terminalsVanished(names);
        }
        updateConnection();
        if (wasRefused)
            Q_EMIT tokenAccepted();
        if (wasRetrying && !isRetrying())
            Q_EMIT connectionRestored();
        schedule(m_refreshIntervalMs);
        return;
    }

    qCInfo(lcMonitor).noquote() << "terminal list failed:" << error.detail();
    switch (error.kind()) {
    case ApiError::Kind::Cancelled:
        return;
    case ApiError::Kind::Unauthorized:
        Q_EMIT listFailed(error, error.userMessage());
        // No automatic retries with a refused token; the token banner's Try again (F5) asks again.
        reportTokenRefused();
        return;
    default:
        break;
    }
    if (error.isTransient()) {
        // The indicator says what is wrong and when PointDesk tries again; the list only says it is not fresh.
        const int delay = m_backoff.next(error);
        m_listProblem = true;
        m_lastProblem = error;
        schedule(delay);
        Q_EMIT listFailed(error,
                          m_lastUpdate.isValid()
                              ? tr("Not updated since %1.").arg(QLocale().toString(m_lastUpdate, QLocale::ShortFormat))
                              : tr("Not loaded yet."));
        updateConnection();
    } else {
        schedule(manual ? m_refreshIntervalMs : m_refreshIntervalMs * 3);
        Q_EMIT listFailed(error, error.userMessage());
    }
}

void TerminalMonitor::schedule(int milliseconds)
{
    m_timer.start(qMax(0, milliseconds));
}

void TerminalMonitor::setOwnOrder(const QString &deviceName, const OrderRef &orderId)
{
    m_ownDevice = deviceName;
    m_ownOrder = deviceName.isEmpty() ? OrderRef() : orderId;
}

void TerminalMonitor::applyOwnOrder(DeviceList &devices) const
{
    if (m_ownDevice.isEmpty() || m_ownOrder.isNull())
        return;
    for (Device &device : devices) {
        if (device.name == m_ownDevice && device.heldOrder.isNull()) {
            device.status = Device::Status::Busy;
            device.heldOrder = m_ownOrder;
        }
    }
}

QString TerminalMonitor::shownName(const QString &name) const
{
    const QString local = m_shownNames.value(name).trimmed();
    return local.isEmpty() ? name : local;
}

void TerminalMonitor::markDevice(const QString &deviceName, const OrderRef &orderId)
{
    bool changed = false;
    for (Device &device : m_devices) {
        if (device.name != deviceName)
            continue;
        const Device::Status status = !orderId.isNull() ? Device::Status::Busy : Device::Status::Free;
        if (device.status != status || device.heldOrder != orderId) {
            device.status = status;
            device.heldOrder = orderId;
            changed = true;
        }
    }
    if (changed)
        Q_EMIT devicesChanged(m_devices);
}

void TerminalMonitor::reportTokenRefused()
{
    const bool first = !m_tokenRefused;
    m_tokenRefused = true;
    if (first)
        m_tokenRefusedAt = QDateTime::currentDateTime();
    updateConnection();
    if (first)
        Q_EMIT tokenRefused();
}

void TerminalMonitor::setFollowProblem(const ApiError &error, int retryInMs)
{
    m_followProblem = true;
    m_lastProblem = error;
    m_followRetryAt = QDeadlineTimer(retryInMs);
    updateConnection();
}

void TerminalMonitor::clearFollowProblem(bool announce)
{
    if (!m_followProblem)
        return;
    m_followProblem = false;
    updateConnection();
    if (announce && !isRetrying())
        Q_EMIT connectionRestored();
}

bool TerminalMonitor::freeTerminal(const QString &deviceName)
{
    if (m_freeCall || !m_client || deviceName.isEmpty())
        return false;
    auto *call = m_client->cancelOnTerminal(deviceName);
    m_freeCall = call;
    call->then(this, [this, deviceName](const Call<Done> &c) { onFreed(deviceName, c.error()); });
    return true;
}

void TerminalMonitor::onFreed(const QString &deviceName, const ApiError &error)
{
    m_freeCall = nullptr;
    if (error.isError()) {
        qCInfo(lcMonitor).noquote() << "freeing" << deviceName << "failed:" << error.detail();
        if (error.kind() == ApiError::Kind::Unauthorized)
            reportTokenRefused();
        Q_EMIT freeFailed(deviceName, error);
        return;
    }
    qCInfo(lcMonitor).noquote() << "freed terminal" << deviceName;
    Q_EMIT terminalFreed(deviceName);
    refresh(true);
}

QString TerminalMonitor::tokenRefusedReason() const
{
    if (!m_tokenRefused)
        return QString();
    return tr("Mercado Pago refused the saved access token (401 Unauthorized) at %1. It may have been renewed or "
              "revoked: paste the shop's current access token.")
        .arg(QLocale().toString(m_tokenRefusedAt.time(), QLocale::ShortFormat));
}

void TerminalMonitor::updateConnection()
{
    const Connection now = connection();
    const bool retrying = isRetrying();
    if (retrying != m_shownRetrying) {
        m_shownRetrying = retrying;
        Q_EMIT retryingChanged(retrying);
    }
    const QString problem = isRetrying() ? m_lastProblem.userMessage() : QString();
    if (now == m_shown && problem == m_shownProblem)
        return;
    m_shown = now;
    m_shownProblem = problem;
    Q_EMIT connectionChanged(now);
}
