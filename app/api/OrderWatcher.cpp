#include "api/OrderWatcher.h"

#include "api/Backoff.h"
#include "api/PointBackend.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcWatch, "pointdesk.watch")

OrderWatcher::OrderWatcher(PointBackend *backend, const OrderRef &order, QObject *parent)
    : QObject(parent), m_client(backend), m_orderId(order)
{
    if (backend)
        m_policy = backend->pollingPolicy();
    m_current.id = order;
    m_current.state = OrderState::Sending;
    m_timer.setSingleShot(true);
    // A coarse timer may fire up to 5 % early: the poll interval is a floor (at most one request a second per
    // order by default), so the timer must never fire before it.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &OrderWatcher::poll);
}

OrderWatcher::~OrderWatcher()
{
    stop();
}

void OrderWatcher::setPollInterval(int milliseconds)
{
    const int ms = qMax(10, milliseconds);
    m_policy.fastIntervalMs = ms;
    m_policy.slowIntervalMs = ms;
    m_policy.fastPeriodMs = 0;
    m_policy.minIntervalMs = qMin(m_policy.minIntervalMs, ms);
}

int OrderWatcher::pollInterval() const
{
    return m_policy.intervalAt(m_followed.isValid() ? m_followed.elapsed() : 0);
}

void OrderWatcher::start()
{
    if (isFinal())
        return;
    if (!m_followed.isValid())
        m_followed.start();
    m_running = true;
    if (!m_inFlight)
        poll();
}

void OrderWatcher::stop()
{
    m_running = false;
    m_timer.stop();
    if (m_inFlight) {
        ApiCall *call = m_inFlight;
        m_inFlight = nullptr;
        call->disconnect(this);
        call->abort();
    }
}

void OrderWatcher::pollNow()
{
    if (m_running && !m_inFlight) {
        m_timer.stop();
        const qint64 since = m_lastPoll.isValid() ? m_lastPoll.elapsed() : m_policy.minIntervalMs;
        if (since < m_policy.minIntervalMs) {
            m_timer.start(int(m_policy.minIntervalMs - since));
            return;
        }
        poll();
    }
}

void OrderWatcher::recheck()
{
    if (isFinal() || m_inFlight)
        return;
    if (!m_followed.isValid())
        m_followed.start();
    m_running = true;
    m_recheckOnly = true;
    m_timer.stop();
    const qint64 since = m_lastPoll.isValid() ? m_lastPoll.elapsed() : m_policy.minIntervalMs;
    if (since < m_policy.minIntervalMs)
        m_timer.start(int(m_policy.minIntervalMs - since));
    else
        poll();
}

bool OrderWatcher::pastDeadline() const
{
    if (!m_policy.stopsAtExpiry || !m_current.createdAt.isValid())
        return false;
    const int expiresAfter = m_current.expiresAfterSeconds.value_or(15 * 60); // the API's default (contract 3.1)
    const QDateTime deadline =
        m_current.createdAt.addSecs(expiresAfter).addMSecs(m_policy.expiryGraceMs);
    return QDateTime::currentDateTimeUtc() >= deadline;
}

void OrderWatcher::poll()
{
    if (!m_running || m_inFlight || !m_client)
        return;
    ++m_requestsSent;
    m_lastPoll.start();
    Call<OrderInfo> *call = m_client->getOrder(m_orderId);
    m_inFlight = call;
    connect(call, &ApiCall::finished, this, [this, call]() {
        if (m_inFlight != call)
            return;
        m_inFlight = nullptr;
        onResult(call->error(), call->value());
    });
}

void OrderWatcher::schedule(int milliseconds)
{
    if (m_running)
        m_timer.start(milliseconds);
}

void OrderWatcher::applyState(const OrderInfo &order)
{
    const bool changed = order.state != m_current.state || order.paymentId != m_current.paymentId ||
                         order.paymentStatus != m_current.paymentStatus || order.status != m_current.status;
    m_current = order;
    if (!changed)
        return;
    qCInfo(lcWatch) << "order" << m_orderId.toString() << "is now" << OrderStates::toKey(order.state);
    Q_EMIT stateChanged(m_current);
    if (OrderStates::isFinal(m_current.state)) {
        stop();
        Q_EMIT finished(m_current);
    }
}

void OrderWatcher::onResult(const ApiError &error, const OrderInfo &order)
{
    if (!m_running)
        return;

    if (!error.isError()) {
        if (m_failures > 0) {
            m_failures = 0;
            Q_EMIT connectionRestored();
        }
        if (order.updatedAt.isValid() && m_newestUpdate.isValid() && order.updatedAt < m_newestUpdate) {
            // An answer older than one already seen (a stale replica or a reordered reply): it changes nothing.
            qCInfo(lcWatch) << "order" << m_orderId.toString() << "ignoring a reply older than the newest seen";
        } else {
            if (order.updatedAt.isValid())
                m_newestUpdate = order.updatedAt;
            applyState(order);
        }
        if (isFinal())
            return;
        if (m_recheckOnly || pastDeadline()) {
            m_recheckOnly = false;
            qCWarning(lcWatch) << "order" << m_orderId.toString()
                               << "is not final after its expiration and grace: check the terminal";
            stop();
            Q_EMIT deadlinePassed(m_current);
            return;
        }
        schedule(pollInterval());
        return;
    }

    switch (error.kind()) {
    case ApiError::Kind::NotFound:
        // The legacy API forgets deleted orders, so a vanished order was cancelled (by the cashier, the customer
        // on the terminal, or a manager freeing the terminal). But one stray 404 must not turn a sale the customer
        // may still pay into "nothing was charged": confirm with the terminal list first.
        confirmGone();
        return;
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::Forbidden:
    case ApiError::Kind::InvalidInput:
    case ApiError::Kind::Validation:
    case ApiError::Kind::Keychain:
        stop();
        Q_EMIT failed(error);
        return;
    case ApiError::Kind::Cancelled:
        return;
    default:
        break;
    }

    backOff(error);
}

void OrderWatcher::backOff(const ApiError &error)
{
    // Transient: back off exponentially from the poll interval, and never sooner than the server asked.
    ++m_failures;
    int delay = int(Backoff(pollInterval(), m_maxBackoffMs).delayFor(m_failures, error));
    if (error.kind() == ApiError::Kind::RateLimited && error.retryAfterSeconds() <= 0)
        delay = qMax(delay, m_policy.rateLimitPauseMs); // contract 1.7: no Retry-After, wait 5 s
    delay = qMax(delay, m_policy.minIntervalMs);
    qCInfo(lcWatch).noquote() << "order" << m_orderId.toString() << "poll failed:" << error.detail() << "- retrying in"
                              << delay << "ms";
    Q_EMIT connectionProblem(error, int(delay));
    schedule(int(delay));
}

void OrderWatcher::confirmGone()
{
    if (!m_client)
        return;
    ++m_requestsSent;
    Call<DeviceList> *call = m_client->listTerminals();
    m_inFlight = call;
    connect(call, &ApiCall::finished, this, [this, call]() {
        if (m_inFlight != call)
            return;
        m_inFlight = nullptr;
        if (!m_running)
            return;
        if (!call->ok()) {
            backOff(call->error());
            return;
        }
        if (m_failures > 0) {
            m_failures = 0;
            Q_EMIT connectionRestored();
        }
        for (const Device &device : call->value()) {
            if (device.heldOrder == m_orderId && device.status != Device::Status::Free) {
                // A terminal still shows the order: the 404 was wrong. Keep following it.
                qCInfo(lcWatch) << "order" << m_orderId.toString() << "answered 404 but terminal" << device.name
                                << "still holds it";
                schedule(pollInterval());
                return;
            }
        }
        OrderInfo gone = m_current;
        gone.state = OrderState::Cancelled;
        gone.status = QStringLiteral("DELETED");
        applyState(gone);
    });
}
