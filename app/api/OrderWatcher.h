#pragma once

#include "api/ApiError.h"
#include "api/PointBackend.h"
#include "core/PaymentOrder.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <QObject>
#include <QPointer>
#include <QTimer>

class ApiCall;

/// Follows one order until it is final: polls at the pace of the backend's PollingPolicy (steady for the legacy API;
/// 2 s then 5 s for the Orders API), backing off on 429 (honouring Retry-After) and on network trouble, never two
/// requests for the same order in flight, each state change emitted once. Replies older than the newest seen
/// (last_updated_date) are ignored. Where the policy says so, following stops at the order's created + expiration +
/// grace: deadlinePassed() asks for "check the terminal", and recheck() reads the order once more.
class OrderWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultPollIntervalMs = 1000;
    static constexpr int kDefaultMaxBackoffMs = 30000;

    OrderWatcher(PointBackend *backend, const OrderRef &order, QObject *parent = nullptr);
    ~OrderWatcher() override;

    /// A steady poll every `milliseconds` (replaces the policy's pace; keeps its expiry rules).
    void setPollInterval(int milliseconds);
    /// The pace and the stopping rules (the backend's pollingPolicy() by default).
    void setPolicy(const PointBackend::PollingPolicy &policy) { m_policy = policy; }
    const PointBackend::PollingPolicy &policy() const { return m_policy; }
    /// The pause before the next poll as the policy sets it now.
    int pollInterval() const;
    void setMaxBackoff(int milliseconds) { m_maxBackoffMs = qMax(10, milliseconds); }

    const OrderRef &orderId() const { return m_orderId; }
    /// The last known state of the order (state Sending until the first answer).
    const OrderInfo &current() const { return m_current; }
    bool isRunning() const { return m_running; }
    bool isFinal() const { return OrderStates::isFinal(m_current.state); }
    /// Requests this watcher has sent (order polls, and terminal listings that confirm a vanished order).
    int requestsSent() const { return m_requestsSent; }
    /// Milliseconds until the next poll as scheduled now (for "retrying in n s").
    int nextPollInMs() const { return m_timer.isActive() ? m_timer.remainingTime() : 0; }

public Q_SLOTS:
    /// Polls now and then every pollInterval() until final. Safe to call again.
    void start();
    /// Stops polling and aborts a request in flight.
    void stop();
    /// Polls at once (after a hint that something changed), unless a request is already in flight; never sooner than
    /// the policy's minimum interval after the previous poll.
    void pollNow();
    /// After deadlinePassed(): reads the order once more (retrying while the connection fails); final -> finished(),
    /// else deadlinePassed() again.
    void recheck();

Q_SIGNALS:
    /// The order moved to a new state (emitted once per change, never twice for the same state).
    void stateChanged(const OrderInfo &order);
    /// The order reached a final state; polling has stopped.
    void finished(const OrderInfo &order);
    /// A poll failed in a way that passes (network, timeout, 429, 5xx, malformed); polling continues after
    /// `retryInMs`.
    void connectionProblem(const ApiError &error, int retryInMs);
    /// A poll succeeded after one or more connectionProblem()s.
    void connectionRestored();
    /// A poll failed in a way that will not pass by retrying (401, 403): polling has stopped.
    void failed(const ApiError &error);
    /// The order is still not final at created + expiration + grace (PollingPolicy::stopsAtExpiry): polling has
    /// stopped; the terminal must be checked (nothing is known to be paid or not).
    void deadlinePassed(const OrderInfo &order);

private:
    void poll();
    void onResult(const ApiError &error, const OrderInfo &order);
    void schedule(int milliseconds);
    void applyState(const OrderInfo &order);
    void confirmGone();
    void backOff(const ApiError &error);
    bool pastDeadline() const;

    QPointer<PointBackend> m_client;
    OrderRef m_orderId;
    OrderInfo m_current;
    QTimer m_timer;
    QPointer<ApiCall> m_inFlight;
    PointBackend::PollingPolicy m_policy;
    QElapsedTimer m_followed; ///< since the first start()
    QElapsedTimer m_lastPoll; ///< since the latest poll left
    QDateTime m_newestUpdate; ///< the newest last_updated_date seen
    bool m_recheckOnly = false;
    int m_maxBackoffMs = kDefaultMaxBackoffMs;
    int m_failures = 0;
    int m_requestsSent = 0;
    bool m_running = false;
    bool m_confirmingGone = false;
};
