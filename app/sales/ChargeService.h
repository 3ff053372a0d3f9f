#pragma once

#include "api/ApiError.h"
#include "api/PointBackend.h"
#include "store/OrderJournal.h"
#include "core/PaymentOrder.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <map>
#include <memory>

/// One sale as ChargeService carries it.
struct Sale
{
    enum class Phase {
        Checking,         ///< listing the terminals before the create request (nothing sent yet)
        Sending,          ///< the create request is on its way
        Reconciling,      ///< a create failed in a way that may have reached Mercado Pago: looking at the terminal
        AwaitingDecision, ///< PointDesk cannot decide alone: see ChargeService::needsDecision
        Following,        ///< the order exists; polling until it is final
        Finished          ///< final (state says how)
    };
    /// Why a decision is needed.
    enum class Doubt {
        None,
        NotSent,  ///< the order is certainly not at Mercado Pago: sending again is safe (policy Ask)
        Uncertain ///< PointDesk cannot tell whether the order reached the terminal (and may have been paid)
    };

    qint64 localId = 0;
    OrderRequest request;
    Phase phase = Phase::Checking;
    OrderState state = OrderState::Sending; ///< as the journal holds it
    OrderInfo order;                        ///< order.id is null until the order is known
    int createAttempts = 0;                 ///< create requests sent for this sale
    QString createKey; ///< the create request's idempotency key (from the journal; the same on every resend)
    QString cancelKey; ///< the cancel request's idempotency key; "" until a cancel was sent
    Doubt doubt = Doubt::None;
    QString lastError; ///< translated; what went wrong or what is unclear

    bool isFinished() const { return phase == Phase::Finished; }
};

Q_DECLARE_METATYPE(Sale)

/// Carries a sale from the cashier's request to a final state without ever losing or doubling a charge.
///
/// Every sale is recorded in the OrderJournal before its request leaves, with the idempotency key its create request
/// carries, and every change is written as it happens. A create request is sent exactly once per attempt. When it
/// fails in a way that may have reached Mercado Pago (timeout, dropped connection, 5xx, unreadable 200):
/// - where the backend has idempotent create (PointBackend::Capabilities), the same request is sent again with the
///   same key: the API answers with the order the first one made, if it made one;
/// - otherwise (the legacy API) the service reconciles: it lists the terminals, and an order the chosen terminal did
///   not hold before becomes the sale's order; only when the order is certainly not there (the terminal is free,
///   seen within certaintyWindow() of the failed request, too soon for a customer to have paid) is the request sent
///   again (policy ResendWhenCertain) or the cashier asked (policy Ask).
/// A 2xx answer to a create means the order exists whatever its body says: one PointDesk cannot read is settled by
/// looking at the terminal (legacy) or left to the cashier (the Orders API cannot look an order up without its id),
/// never by sending the create again. When PointDesk cannot be sure it asks (needsDecision) and never guesses.
class ChargeService : public QObject
{
    Q_OBJECT

public:
    enum class ResendPolicy {
        ResendWhenCertain, ///< send again by itself when the order is certainly not there (CLI, tests)
        Ask                ///< emit needsDecision(NotSent) instead (the cashier window)
    };
    enum class Decision {
        SendAgain,     ///< send the create request again
        CheckAgain,    ///< look at the terminal again (an order still open there is adopted)
        MarkNotCharged ///< the cashier checked: nothing was charged; the sale ends Failed
    };

    /// What start() did: a sale under way (localId > 0), or why nothing was sent.
    struct StartResult
    {
        qint64 localId = 0;
        ApiError error;        ///< InvalidInput or DeviceBusy when nothing was recorded
        JournalResult journal; ///< the journal could not record the sale: nothing was sent
        bool ok() const { return localId > 0; }
        /// Translated text for the cashier when !ok().
        QString userMessage() const;
    };

    /// Counters for logs, the soak test and benchmarks.
    struct Stats
    {
        int salesStarted = 0;
        int createsSent = 0;
        int resends = 0;          ///< create requests sent again after a reconciliation proved it safe
        int rateLimitRetries = 0; ///< create requests sent again after a 429
        int reconciliations = 0;
        int adoptions = 0; ///< orders found on the terminal after an unclear create
        int decisionsAsked = 0;
        int deadlines = 0;     ///< orders still open after their expiration and grace: "check the terminal"
        int cancelResends = 0; ///< cancel requests sent again with the same key after an unclear answer
    };

    static constexpr int kDefaultCertaintyWindowMs = 10000;
    static constexpr int kDefaultMaxCreateAttempts = 3;
    static constexpr int kDefaultMaxRateLimitRetries = 2;
    static constexpr int kDefaultRetryBaseMs = 250;
    static constexpr int kDefaultMaxLookupAttempts = 10;

    /// Neither `backend` nor `journal` is owned; both must outlive the service. The journal must be open.
    ChargeService(PointBackend *backend, OrderJournal *journal, QObject *parent = nullptr);
    ~ChargeService() override;

    void setResendPolicy(ResendPolicy policy) { m_policy = policy; }
    ResendPolicy resendPolicy() const { return m_policy; }
    /// How soon after the failed create a listing must come back for a free terminal to prove the order absent.
    void setCertaintyWindow(int milliseconds) { m_certaintyWindowMs = qMax(0, milliseconds); }
    int certaintyWindow() const { return m_certaintyWindowMs; }
    /// Poll interval of the order watcher: the steady poll of an API with a steady pace (legacy), a floor under the
    /// pace of an API that sets its own (Orders, contract 5.2). See PointBackend::PollingPolicy::withSteadyInterval.
    void setPollInterval(int milliseconds) { m_pollIntervalMs = qMax(10, milliseconds); }
    /// Replaces the backend's polling policy as a whole (tests run the Orders pace faster).
    void setPollingPolicy(const PointBackend::PollingPolicy &policy) { m_policyOverride = policy; }
    /// The policy the sales' watchers follow (and whose rateLimitPauseMs a 429 on a create waits when the API gives
    /// no Retry-After).
    PointBackend::PollingPolicy pollingPolicy() const;
    /// Longest pause between retries of a poll or a terminal listing.
    void setMaxBackoff(int milliseconds) { m_maxBackoffMs = qMax(10, milliseconds); }
    /// First pause before retrying a failed terminal listing or order lookup; doubles on each failure.
    void setRetryBaseDelay(int milliseconds) { m_retryBaseMs = qMax(1, milliseconds); }
    /// Create requests per sale (first one and safe resends); then the sale fails.
    void setMaxCreateAttempts(int attempts) { m_maxCreateAttempts = qMax(1, attempts); }
    /// Create requests sent again after a 429 (nothing was processed), honouring Retry-After.
    void setMaxRateLimitRetries(int retries) { m_maxRateLimitRetries = qMax(0, retries); }
    /// Attempts at one terminal listing or order lookup before giving up.
    void setMaxLookupAttempts(int attempts) { m_maxLookupAttempts = qMax(1, attempts); }

    /// Validates, records the sale in the journal, checks the terminal and sends the create request.
    /// External reference: one is generated when empty (reconciliation relies on it).
    StartResult start(const OrderRequest &request);
    /// Picks up an unfinished journal entry (after a restart): follows its order, or reconciles when its order
    /// is unknown. False when the entry is unknown, final or already running.
    bool resume(qint64 localId);
    /// resume() for every unfinished entry of the journal; returns how many were resumed.
    int resumeUnfinished();
    /// The cashier cancels: the order by id when known, else on the terminal (a decision pending), else as soon
    /// as the outcome of the request in flight is known. False when the sale is unknown or finished.
    bool cancel(qint64 localId);
    /// Reads the sale's order again now (Check now), within the API's pace (never sooner than its minimum
    /// interval after the last read). False when the sale follows no order.
    bool checkNow(qint64 localId);
    /// Answers needsDecision(). False when the sale is not waiting for one.
    bool resolve(qint64 localId, Decision decision);
    /// Answers needsDecision() with the order the cashier found for this sale (on the terminal's screen or in the
    /// Mercado Pago activity): PointDesk reads it, refuses it when it belongs to another sale, and follows it.
    bool adoptOrder(qint64 localId, const OrderRef &orderId);

    /// A sale this service is carrying (finished ones are forgotten after finished()).
    std::optional<Sale> sale(qint64 localId) const;
    QList<Sale> activeSales() const;
    const Stats &stats() const { return m_stats; }
    /// The journal the sales are recorded in.
    OrderJournal *journal() const { return m_journal; }

    /// "PD-<yyyyMMddHHmmss>-<8 random hex digits>".
    static QString makeExternalReference();

Q_SIGNALS:
    /// The sale moved (phase, state or order).
    void stateChanged(const Sale &sale);
    /// The sale is final (approved, rejected, cancelled or failed); emitted once.
    void finished(const Sale &sale);
    /// Something went wrong that the cashier may want to see; the sale goes on unless finished() follows.
    void problem(qint64 localId, const ApiError &error);
    /// Following the sale's order, Mercado Pago could not be reached (or answered 5xx/429): polling goes on in
    /// `retryInMs`. Also reported through problem().
    void connectionProblem(qint64 localId, const ApiError &error, int retryInMs);
    /// Following the sale's order, an answer came again after connectionProblem().
    void connectionRestored(qint64 localId);
    /// The journal could not record a change; the sale goes on and the change is written again later.
    void journalProblem(qint64 localId, const JournalResult &result);
    /// A cancel by id gave up: refused, or still failing after its retries with backoff. The order is still open
    /// and followed; cancel() tries again.
    void cancelFailed(qint64 localId, const ApiError &error);
    /// PointDesk cannot go on alone; answer with resolve() or cancel().
    void needsDecision(const Sale &sale);

private:
    class Run;

    Run *runFor(qint64 localId) const;
    Run *addRun(const Sale &sale);
    bool terminalInUse(const QString &deviceName) const;
    void checkTerminal(Run *run);
    void sendCreate(Run *run);
    void onCreateFailed(Run *run, const ApiError &error);
    void onCreateAnsweredUnreadable(Run *run, const ApiError &error, int httpStatus);
    void onKeyedCreateConflict(Run *run, const ApiError &error);
    void reconcile(Run *run, const QString &why);
    void listForReconcile(Run *run);
    void lookUpCandidate(Run *run, const OrderRef &orderId, bool withinWindow, bool heldByTerminal);
    void certainlyNotThere(Run *run, const QString &why);
    void askDecision(Run *run, Sale::Doubt doubt, const QString &why);
    void adopt(Run *run, const OrderInfo &info, const QString &how);
    void follow(Run *run);
    void cancelOrderById(Run *run);
    void cancelOnTerminal(Run *run);
    void onCancelAnswered(Run *run, const Call<Done> &call);
    void onDeadlinePassed(Run *run);
    void applyOrder(Run *run, const OrderInfo &info);
    void persist(Run *run);
    void note(Run *run, const QString &detail);
    void failSale(Run *run, const ApiError &error, const QString &reason);
    void finishLocally(Run *run, OrderState state, const QString &reason);
    void finishRun(Run *run);
    void setPhase(Run *run, Sale::Phase phase);
    void journalTrouble(Run *run, const JournalResult &result);
    int backoff(int failures, const ApiError &error) const;

    QPointer<PointBackend> m_client;
    OrderJournal *m_journal = nullptr;
    std::map<qint64, Run *> m_runs;
    ResendPolicy m_policy = ResendPolicy::ResendWhenCertain;
    int m_certaintyWindowMs = kDefaultCertaintyWindowMs;
    int m_pollIntervalMs = 1000;
    int m_maxBackoffMs = 30000;
    int m_retryBaseMs = kDefaultRetryBaseMs;
    int m_maxCreateAttempts = kDefaultMaxCreateAttempts;
    int m_maxRateLimitRetries = kDefaultMaxRateLimitRetries;
    int m_maxLookupAttempts = kDefaultMaxLookupAttempts;
    std::optional<PointBackend::PollingPolicy> m_policyOverride;
    Stats m_stats;
};
