#include "sales/ChargeService.h"
#include "sales/ChargeServiceRun.h"

#include "api/Backoff.h"
#include "api/OrderWatcher.h"
#include "api/PointBackend.h"
#include "core/Validation.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTimer>

Q_LOGGING_CATEGORY(lcCharge, "pointdesk.charge")


namespace {

const Device *findDevice(const DeviceList &devices, const QString &name)
{
    for (const Device &d : devices) {
        if (d.name == name)
            return &d;
    }
    return nullptr;
}

QString describe(const ApiError &error)
{
    return ApiError::kindKey(error.kind()) + QStringLiteral(" (") + error.detail() + QLatin1Char(')');
}

} // namespace

QString ChargeService::StartResult::userMessage() const
{
    if (!journal.ok())
        return journal.userMessage();
    return error.userMessage();
}

ChargeService::ChargeService(PointBackend *backend, OrderJournal *journal, QObject *parent)
    : QObject(parent), m_client(backend), m_journal(journal), m_pollIntervalMs(OrderWatcher::kDefaultPollIntervalMs),
      m_maxBackoffMs(OrderWatcher::kDefaultMaxBackoffMs)
{
    qRegisterMetaType<Sale>();
    qRegisterMetaType<ApiError>();
    qRegisterMetaType<JournalResult>();
}

ChargeService::~ChargeService()
{
    // Unfinished sales stay unfinished in the journal; resume() picks them up next time.
    for (auto &entry : m_runs)
        delete entry.second;
    m_runs.clear();
}

QString ChargeService::makeExternalReference()
{
    const quint32 random = QRandomGenerator::system()->generate();
    return QStringLiteral("PD-") + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")) +
           QStringLiteral("-%1").arg(random, 8, 16, QLatin1Char('0'));
}

ChargeService::Run *ChargeService::runFor(qint64 localId) const
{
    const auto it = m_runs.find(localId);
    return it == m_runs.end() ? nullptr : it->second;
}

ChargeService::Run *ChargeService::addRun(const Sale &sale)
{
    auto *run = new Run(this);
    run->sale = sale;
    m_runs[sale.localId] = run;
    return run;
}

bool ChargeService::terminalInUse(const QString &deviceName) const
{
    for (const auto &entry : m_runs) {
        if (entry.second->sale.request.deviceName == deviceName && !entry.second->sale.isFinished())
            return true;
    }
    return false;
}

std::optional<Sale> ChargeService::sale(qint64 localId) const
{
    if (const Run *run = runFor(localId))
        return run->sale;
    return std::nullopt;
}

QList<Sale> ChargeService::activeSales() const
{
    QList<Sale> out;
    for (const auto &entry : m_runs)
        out.append(entry.second->sale);
    return out;
}

PointBackend::PollingPolicy ChargeService::pollingPolicy() const
{
    if (m_policyOverride)
        return *m_policyOverride;
    const PointBackend::PollingPolicy base = m_client ? m_client->pollingPolicy() : PointBackend::PollingPolicy();
    return base.withSteadyInterval(m_pollIntervalMs);
}

int ChargeService::backoff(int failures, const ApiError &error) const
{
    // Lookups during a sale back off quickly: the cashier and the customer are waiting.
    return Backoff(m_retryBaseMs, qMin(m_maxBackoffMs, 4000)).delayFor(failures, error);
}

// --- start ------------------------------------------------------------------------------------------------

ChargeService::StartResult ChargeService::start(const OrderRequest &request)
{
    StartResult out;
    OrderRequest req = request;
    if (req.externalReference.isEmpty())
        req.externalReference = makeExternalReference();

    const QList<ValidationIssue> issues = Validation::orderRequestFor(m_client ? m_client->key() : QString(), req);
    if (!issues.isEmpty()) {
        out.error = ApiError::invalidInput(Validation::fieldKey(issues.first().field), issues.first().message);
        return out;
    }
    if (!m_client || !m_journal || !m_journal->isOpen()) {
        out.journal = JournalResult(JournalResult::Kind::NotOpen, QStringLiteral("charge without an open journal"));
        return out;
    }
    if (terminalInUse(req.deviceName)) {
        out.error =
            ApiError(ApiError::Kind::DeviceBusy, QStringLiteral("a sale is already under way on this terminal"));
        return out;
    }
    // The journal first: a sale it cannot record is never sent.
    QString createKey;
    const qint64 localId = m_journal->recordNew(req, m_client->key(), &out.journal, &createKey);
    if (localId <= 0)
        return out;

    Sale sale;
    sale.localId = localId;
    sale.request = req;
    sale.createKey = createKey;
    sale.phase = Sale::Phase::Checking;
    sale.state = OrderState::Sending;
    sale.order.state = OrderState::Sending;
    Run *run = addRun(sale);
    ++m_stats.salesStarted;
    out.localId = localId;
    qCInfo(lcCharge).noquote() << "sale" << localId << "on" << req.deviceName << req.amount.toPlainString()
                               << req.externalReference;
    // Signals start on the next loop turn, after the caller knows the sale's id.
    QTimer::singleShot(0, run, [this, run]() {
        Q_EMIT stateChanged(run->sale);
        checkTerminal(run);
    });
    return out;
}

void ChargeService::checkTerminal(Run *run)
{
    if (!m_client)
        return;
    m_client->listTerminals()->then(run, [this, run](const Call<DeviceList> &call) {
        if (run->sale.phase != Sale::Phase::Checking)
            return;
        if (run->cancelRequested) {
            finishLocally(run, OrderState::Cancelled, tr("Cancelled by the cashier before it was sent."));
            return;
        }
        if (!call.ok()) {
            const ApiError &error = call.error();
            if (error.isTransient() && ++run->lookupFailures < m_maxLookupAttempts) {
                Q_EMIT problem(run->sale.localId, error);
                QTimer::singleShot(backoff(run->lookupFailures, error), run, [this, run]() { checkTerminal(run); });
                return;
            }
            failSale(run, error, tr("Not sent: the terminals could not be checked. %1").arg(error.userMessage()));
            return;
        }
        run->lookupFailures = 0;
        const Device *device = findDevice(call.value(), run->sale.request.deviceName);
        if (!device) {
            failSale(run, ApiError(ApiError::Kind::NotFound, QStringLiteral("terminal not in the account")),
                     tr("Not sent: the terminal \"%1\" is not registered to the account. Refresh the list of "
                        "terminals.")
                         .arg(run->sale.request.deviceName));
            return;
        }
        if (device->status == Device::Status::Busy || !device->heldOrder.isNull()) {
            failSale(run,
                     ApiError(ApiError::Kind::DeviceBusy,
                              QStringLiteral("terminal holds order %1").arg(device->heldOrder.toString())),
                     tr("Not sent: the terminal \"%1\" is busy with another order. Wait for it to finish, or free "
                        "the terminal.")
                         .arg(device->name));
            return;
        }
        run->heldBefore = device->heldOrder;
        sendCreate(run);
    });
}

void ChargeService::sendCreate(Run *run)
{
    if (!m_client)
        return;
    if (run->cancelRequested) {
        // Only reached when no earlier attempt can be at Mercado Pago: cancelling is just not sending.
        finishLocally(run, OrderState::Cancelled, tr("Cancelled by the cashier before it was sent."));
        return;
    }
    // Counted in the journal before the request leaves; if that fails, nothing leaves.
    const JournalResult written = m_journal->recordCreateSent(run->sale.localId);
    if (!written.ok()) {
        journalTrouble(run, written);
        run->sale.lastError = written.userMessage();
        run->sale.state = OrderState::Failed;
        m_journal->markFailed(run->sale.localId, written.message());
        finishRun(run);
        return;
    }
    ++run->sale.createAttempts;
    ++m_stats.createsSent;
    run->sale.state = OrderState::Sending;
    run->sale.doubt = Sale::Doubt::None;
    setPhase(run, Sale::Phase::Sending);
    run->createSent.start();
    m_client->createOrder(run->sale.request, run->sale.createKey)->then(run, [this, run](const Call<CreatedOrder> &call) {
        if (run->sale.phase != Sale::Phase::Sending)
            return;
        if (call.ok()) {
            OrderInfo info;
            info.id = call.value().id;
            info.status = call.value().status.isEmpty() ? QStringLiteral("OPEN") : call.value().status;
            info.state = OrderState::WaitingForCard;
            info.externalReference = run->sale.request.externalReference;
            adopt(run, info, QStringLiteral("created"));
            return;
        }
        if (call.httpStatus() >= 200 && call.httpStatus() < 300) {
            onCreateAnsweredUnreadable(run, call.error(), call.httpStatus());
            return;
        }
        onCreateFailed(run, call.error());
    });
}

void ChargeService::onCreateAnsweredUnreadable(Run *run, const ApiError &error, int httpStatus)
{
    // A 2xx means Mercado Pago made the order; only its answer is lost. Sending again would make a second one.
    run->createAnswered = true;
    run->lastCreateError = error;
    note(run, QStringLiteral("create attempt %1 answered HTTP %2 but the answer could not be read (%3): the order "
                             "was sent and is never sent again by PointDesk")
                  .arg(run->sale.createAttempts)
                  .arg(httpStatus)
                  .arg(describe(error)));
    qCWarning(lcCharge).noquote() << "sale" << run->sale.localId << "create answered" << httpStatus
                                  << "unreadable:" << describe(error);
    Q_EMIT problem(run->sale.localId, error);
    if (!m_client->capabilities().idempotentCreate) {
        // The legacy terminal list shows the order a terminal holds: a new one there is this sale's.
        reconcile(run, QStringLiteral("the create request was answered with HTTP %1 and an unreadable body")
                           .arg(httpStatus));
        return;
    }
    // The Orders API reads an order only by its id, which was in the lost body; its terminals list shows no orders.
    askDecision(run, Sale::Doubt::Uncertain,
                tr("Mercado Pago accepted the order for the terminal \"%1\", but PointDesk could not read its answer "
                   "and cannot follow it. Check the terminal: the customer may pay there, or you may cancel it on the "
                   "terminal. Do not charge again before checking.")
                    .arg(run->sale.request.deviceName));
}

void ChargeService::onCreateFailed(Run *run, const ApiError &error)
{
    run->lastCreateError = error;
    note(run, QStringLiteral("create attempt %1 failed: %2").arg(run->sale.createAttempts).arg(describe(error)));
    qCInfo(lcCharge).noquote() << "sale" << run->sale.localId << "create attempt" << run->sale.createAttempts
                               << "failed:" << describe(error);

    switch (error.kind()) {
    case ApiError::Kind::DeviceBusy:
        if (m_client->capabilities().idempotentCreate) {
            onKeyedCreateConflict(run, error);
            return;
        }
        // After a resend (or once reconciliation began), 409 may mean our earlier attempt landed after all.
        if (run->sale.createAttempts > 1 || run->reconcileRounds > 0) {
            reconcile(run, QStringLiteral("the terminal was busy after a resend"));
            return;
        }
        failSale(run, error,
                 tr("Not sent: the terminal \"%1\" is busy with another order. Wait for it to finish, or free the "
                    "terminal.")
                     .arg(run->sale.request.deviceName));
        return;
    case ApiError::Kind::RateLimited:
        // Nothing was processed: sending again is safe, after the pause the server asked for.
        if (run->rateLimitRetries < m_maxRateLimitRetries) {
            ++run->rateLimitRetries;
            ++m_stats.rateLimitRetries;
            Q_EMIT problem(run->sale.localId, error);
            // Contract 1.7 (Orders): Retry-After, or 5 s without one; the legacy API: the base delay.
            const int pause = pollingPolicy().rateLimitPauseMs;
            const int delay = error.retryAfterSeconds() > 0 ? error.retryAfterSeconds() * 1000
                              : pause > 0                   ? pause
                                                            : m_retryBaseMs;
            QTimer::singleShot(delay, run, [this, run]() {
                if (run->sale.phase == Sale::Phase::Sending)
                    sendCreate(run);
            });
            return;
        }
        failSale(run, error, tr("Not sent: %1").arg(error.userMessage()));
        return;
    default:
        break;
    }
    if (error.mayHaveReachedServer() && m_client->capabilities().idempotentCreate) {
        // The API keeps the key: the same request again answers with the order the first one made, if it made one.
        if (run->sale.createAttempts < m_maxCreateAttempts) {
            ++run->keyedResends;
            ++m_stats.resends;
            Q_EMIT problem(run->sale.localId, error);
            note(run, QStringLiteral("sending the same create request again (same idempotency key)"));
            QTimer::singleShot(backoff(run->keyedResends, error), run, [this, run]() {
                if (run->sale.phase == Sale::Phase::Sending)
                    sendCreate(run);
            });
            return;
        }
        askDecision(run, Sale::Doubt::Uncertain,
                    tr("PointDesk could not find out whether the order reached the terminal \"%1\". Check the "
                       "terminal and the Mercado Pago activity before charging again.")
                        .arg(run->sale.request.deviceName));
        return;
    }
    if (error.mayHaveReachedServer()) {
        // Said before the check starts: a 5xx is Mercado Pago's own trouble, not a lost connection.
        Q_EMIT problem(run->sale.localId, error);
        reconcile(run, QStringLiteral("the create request may have reached Mercado Pago"));
        return;
    }
    failSale(run, error, tr("Not sent: %1").arg(error.userMessage()));
}

void ChargeService::onKeyedCreateConflict(Run *run, const ApiError &error)
{
    const QString code = error.apiCode();
    // Only a resend can meet its own order: the first attempt of a key cannot have made one before it.
    const bool earlierMayHaveLanded = run->keyedResends > 0 || run->sale.createAttempts > run->rateLimitRetries + 1;
    if (code == QLatin1String("already_queued_order_for_terminal") && !earlierMayHaveLanded) {
        // Another order waits on the terminal; nothing of this sale was made. The next attempt is a new sale with a
        // new key.
        failSale(run, error,
                 tr("Not sent: the terminal \"%1\" is busy with another order. Wait for it to finish, or free the "
                    "terminal.")
                     .arg(run->sale.request.deviceName));
        return;
    }
    if (code != QLatin1String("already_queued_order_for_terminal") &&
        code != QLatin1String("idempotency_key_already_used")) {
        // A conflict the Orders contract does not name: settle it as any API's, on the terminal.
        if (earlierMayHaveLanded) {
            reconcile(run, QStringLiteral("the terminal was busy after a resend"));
            return;
        }
        failSale(run, error,
                 tr("Not sent: the terminal \"%1\" is busy with another order. Wait for it to finish, or free the "
                    "terminal.")
                     .arg(run->sale.request.deviceName));
        return;
    }
    // A resend that finds the terminal busy may have met this sale's own order (an earlier attempt that landed
    // without its answer being kept); a key the API says was used for another request is a fault PointDesk cannot
    // settle. Either way the order may exist: the cashier checks the terminal.
    Q_EMIT problem(run->sale.localId, error);
    askDecision(run, Sale::Doubt::Uncertain,
                tr("The terminal \"%1\" holds an order that may be this sale's. Check the terminal and the Mercado "
                   "Pago activity before charging again.")
                    .arg(run->sale.request.deviceName));
}

// --- reconciliation ---------------------------------------------------------------------------------------

void ChargeService::reconcile(Run *run, const QString &why)
{
    // Every round follows a create request, and those are bounded; this only guards against a loop never seen.
    if (++run->reconcileRounds > m_maxCreateAttempts + m_maxRateLimitRetries + 1) {
        askDecision(run, Sale::Doubt::Uncertain,
                    tr("PointDesk could not find out whether the order reached the terminal \"%1\". Check the "
                       "terminal and the Mercado Pago activity before charging again.")
                        .arg(run->sale.request.deviceName));
        return;
    }
    ++m_stats.reconciliations;
    run->lookupFailures = 0;
    setPhase(run, Sale::Phase::Reconciling);
    note(run, why + QStringLiteral("; checking the terminal"));
    listForReconcile(run);
}

void ChargeService::listForReconcile(Run *run)
{
    if (!m_client)
        return;
    m_client->listTerminals()->then(run, [this, run](const Call<DeviceList> &call) {
        if (run->sale.phase != Sale::Phase::Reconciling)
            return;
        // Measured when the listing is back: the terminal's state is at least this fresh. After a 2xx no listing proves
        // the order absent: it was made, and may already be paid and gone.
        const bool withinWindow = !run->createAnswered && run->createSent.isValid() &&
                                  run->createSent.elapsed() <= m_certaintyWindowMs;
        if (!call.ok()) {
            const ApiError &error = call.error();
            if (error.isTransient() && ++run->lookupFailures < m_maxLookupAttempts) {
                Q_EMIT problem(run->sale.localId, error);
                QTimer::singleShot(backoff(run->lookupFailures, error), run, [this, run]() {
                    if (run->sale.phase == Sale::Phase::Reconciling)
                        listForReconcile(run);
                });
                return;
            }
            Q_EMIT problem(run->sale.localId, error);
            askDecision(run, Sale::Doubt::Uncertain,
                        tr("PointDesk could not check the terminal \"%1\" to find out whether the order reached it "
                           "(%2). Check the terminal before charging again.")
                            .arg(run->sale.request.deviceName, error.userMessage()));
            return;
        }
        run->lookupFailures = 0;
        const Device *device = findDevice(call.value(), run->sale.request.deviceName);
        if (!device) {
            // The terminal left the account; an open order would have left with it.
            if (withinWindow) {
                failSale(run, ApiError(ApiError::Kind::NotFound, QStringLiteral("terminal left the account")),
                         tr("Not charged: the terminal \"%1\" is no longer registered to the account.")
                             .arg(run->sale.request.deviceName));
            } else {
                askDecision(run, Sale::Doubt::Uncertain,
                            tr("The terminal \"%1\" is no longer registered to the account; PointDesk cannot tell "
                               "whether the order was paid before. Check the Mercado Pago activity.")
                                .arg(run->sale.request.deviceName));
            }
            return;
        }
        const OrderRef held = device->heldOrder;
        if (!held.isNull() && held != run->heldBefore) {
            lookUpCandidate(run, held, withinWindow, true);
            return;
        }
        if (held.isNull() && device->status == Device::Status::Busy) {
            // Busy without saying with what: not an answer; look again.
            if (++run->lookupFailures < m_maxLookupAttempts) {
                QTimer::singleShot(backoff(run->lookupFailures, ApiError()), run, [this, run]() {
                    if (run->sale.phase == Sale::Phase::Reconciling)
                        listForReconcile(run);
                });
                return;
            }
        }
        if (!held.isNull() || device->status == Device::Status::Busy) {
            // Someone else's order: ours would have been refused with 409, unless it was paid and gone first.
            if (withinWindow) {
                failSale(
                    run, ApiError(ApiError::Kind::DeviceBusy, QStringLiteral("terminal holds order %1").arg(held.toString())),
                    tr("Not sent: the terminal \"%1\" is busy with another order.").arg(run->sale.request.deviceName));
            } else {
                askDecision(run, Sale::Doubt::Uncertain,
                            tr("The terminal \"%1\" now holds another order; PointDesk cannot tell whether this "
                               "sale's order was paid before it. Check the Mercado Pago activity.")
                                .arg(run->sale.request.deviceName));
            }
            return;
        }
        if (run->createAnswered) {
            askDecision(run, Sale::Doubt::Uncertain,
                        tr("Mercado Pago accepted the order for the terminal \"%1\", but PointDesk could not read its "
                           "answer and the terminal does not show it now. Check the terminal and the Mercado Pago "
                           "activity before charging again.")
                            .arg(run->sale.request.deviceName));
            return;
        }
        if (withinWindow) {
            certainlyNotThere(run, QStringLiteral("the terminal is free %1 ms after the create request; the order "
                                                  "is not there")
                                       .arg(run->createSent.elapsed()));
            return;
        }
        askDecision(run, Sale::Doubt::Uncertain,
                    tr("The terminal \"%1\" is free, but too much time has passed to be sure that the order was "
                       "not paid. Check the terminal and the Mercado Pago activity before charging again.")
                        .arg(run->sale.request.deviceName));
    });
}

void ChargeService::lookUpCandidate(Run *run, const OrderRef &orderId, bool withinWindow, bool heldByTerminal)
{
    // An order recorded for another sale is not ours, however new it looks.
    const std::optional<JournalEntry> owner = m_journal->entryByOrderId(orderId);
    bool foreign = owner && owner->localId != run->sale.localId;
    for (const auto &entry : m_runs) {
        if (entry.second != run && entry.second->sale.order.id == orderId)
            foreign = true;
    }
    const auto someoneElses = [this, run, withinWindow, orderId]() {
        if (withinWindow) {
            failSale(run, ApiError(ApiError::Kind::DeviceBusy, QStringLiteral("terminal holds order %1").arg(orderId.toString())),
                     tr("Not sent: the terminal \"%1\" is busy with another order.").arg(run->sale.request.deviceName));
        } else {
            askDecision(run, Sale::Doubt::Uncertain,
                        tr("The terminal \"%1\" now holds another order; PointDesk cannot tell whether this sale's "
                           "order was paid before it. Check the Mercado Pago activity.")
                            .arg(run->sale.request.deviceName));
        }
    };
    if (foreign) {
        someoneElses();
        return;
    }
    if (!m_client)
        return;
    m_client->getOrder(orderId)->then(run, [this, run, orderId, withinWindow, heldByTerminal,
                                            someoneElses](const Call<OrderInfo> &call) {
        if (run->sale.phase != Sale::Phase::Reconciling)
            return;
        if (call.ok()) {
            const OrderInfo &info = call.value();
            // The legacy API shows external_reference only on closed orders; when shown, it must be ours.
            if (!info.externalReference.isEmpty() && info.externalReference != run->sale.request.externalReference) {
                someoneElses();
                return;
            }
            ++m_stats.adoptions;
            adopt(run, info, QStringLiteral("found on the terminal after an unclear create"));
            return;
        }
        const ApiError &error = call.error();
        if (error.kind() == ApiError::Kind::NotFound) {
            // New on the terminal and already deleted (cancelled): it was this sale's order; nothing was charged.
            OrderInfo gone;
            gone.id = orderId;
            gone.state = OrderState::WaitingForCard;
            ++m_stats.adoptions;
            adopt(run, gone, QStringLiteral("found on the terminal after an unclear create, already gone"));
            return;
        }
        if (error.isTransient() && ++run->lookupFailures < m_maxLookupAttempts) {
            Q_EMIT problem(run->sale.localId, error);
            QTimer::singleShot(backoff(run->lookupFailures, error), run,
                               [this, run, orderId, withinWindow, heldByTerminal]() {
                                   if (run->sale.phase == Sale::Phase::Reconciling)
                                       lookUpCandidate(run, orderId, withinWindow, heldByTerminal);
                               });
            return;
        }
        Q_EMIT problem(run->sale.localId, error);
        if (heldByTerminal && error.isTransient()) {
            // The listing already proved the order new on this sale's terminal, which is what makes it this
            // sale's; reading it would only have added the reference check of a closed order. The watcher reads
            // it from here on.
            OrderInfo unread;
            unread.id = orderId;
            unread.state = OrderState::WaitingForCard;
            ++m_stats.adoptions;
            adopt(run, unread, QStringLiteral("new on the terminal after an unclear create; adopted unread"));
            return;
        }
        askDecision(run, Sale::Doubt::Uncertain,
                    tr("The terminal \"%1\" holds order %2, but PointDesk could not read it (%3). Check the terminal.")
                        .arg(run->sale.request.deviceName, orderId.toString(), error.userMessage()));
    });
}

void ChargeService::certainlyNotThere(Run *run, const QString &why)
{
    note(run, why);
    if (run->cancelRequested) {
        finishLocally(run, OrderState::Cancelled,
                      tr("Cancelled by the cashier; the order never reached the terminal."));
        return;
    }
    if (run->safeResends + 1 >= m_maxCreateAttempts) {
        failSale(run, run->lastCreateError,
                 (run->sale.createAttempts == 1
                      ? tr("Not sent: the attempt failed. %1")
                      : tr("Not sent: %n attempts failed. %1", nullptr, run->sale.createAttempts))
                     .arg(run->lastCreateError.userMessage()));
        return;
    }
    if (m_policy == ResendPolicy::Ask) {
        askDecision(
            run, Sale::Doubt::NotSent,
            tr("The order did not reach the terminal \"%1\". Send it again?").arg(run->sale.request.deviceName));
        return;
    }
    ++run->safeResends;
    ++m_stats.resends;
    qCInfo(lcCharge) << "sale" << run->sale.localId << "certainly not at the terminal: sending again";
    sendCreate(run);
}

void ChargeService::askDecision(Run *run, Sale::Doubt doubt, const QString &why)
{
    run->sale.doubt = doubt;
    run->sale.lastError = why;
    run->sale.state = OrderState::Unknown;
    run->sale.phase = Sale::Phase::AwaitingDecision;
    const JournalResult r = m_journal->recordState(run->sale.localId, OrderState::Unknown, why);
    if (!r.ok())
        journalTrouble(run, r);
    ++m_stats.decisionsAsked;
    qCWarning(lcCharge).noquote() << "sale" << run->sale.localId << "needs the cashier:" << why;
    Q_EMIT stateChanged(run->sale);
    Q_EMIT needsDecision(run->sale);
}

bool ChargeService::resolve(qint64 localId, Decision decision)
{
    Run *run = runFor(localId);
    if (!run || run->sale.phase != Sale::Phase::AwaitingDecision)
        return false;
    if (!run->sale.order.id.isNull()) {
        // The sale has an order (its following stopped at the order's deadline): never a second one for it.
        switch (decision) {
        case Decision::SendAgain:
            return false;
        case Decision::CheckAgain:
            note(run, QStringLiteral("the cashier asked to read order %1 again").arg(run->sale.order.id.toString()));
            run->sale.doubt = Sale::Doubt::None;
            run->sale.state = OrderState::WaitingForCard;
            setPhase(run, Sale::Phase::Following);
            if (run->watcher)
                run->watcher->recheck();
            return true;
        case Decision::MarkNotCharged:
            finishLocally(run, OrderState::Failed,
                          tr("The cashier checked the terminal and confirmed that nothing was charged."));
            return true;
        }
        return false;
    }
    switch (decision) {
    case Decision::SendAgain:
        note(run, QStringLiteral("the cashier chose to send the order again"));
        run->reconcileRounds = 0;
        run->rateLimitRetries = 0;
        run->heldBefore = OrderRef();
        run->cancelRequested = false;
        sendCreate(run);
        return true;
    case Decision::CheckAgain:
        run->reconcileRounds = 0;
        run->sale.doubt = Sale::Doubt::None;
        reconcile(run, QStringLiteral("the cashier asked to check the terminal again"));
        return true;
    case Decision::MarkNotCharged:
        finishLocally(run, OrderState::Failed, tr("The cashier confirmed that nothing was charged."));
        return true;
    }
    return false;
}

bool ChargeService::adoptOrder(qint64 localId, const OrderRef &orderId)
{
    Run *run = runFor(localId);
    if (!run || run->sale.phase != Sale::Phase::AwaitingDecision || orderId.isNull())
        return false;
    note(run, QStringLiteral("the cashier names order %1 as this sale's").arg(orderId.toString()));
    run->lookupFailures = 0;
    run->sale.doubt = Sale::Doubt::None;
    setPhase(run, Sale::Phase::Reconciling);
    lookUpCandidate(run, orderId, false, false);
    return true;
}

// --- resume -----------------------------------------------------------------------------------------------

bool ChargeService::resume(qint64 localId)
{
    if (Run *running = runFor(localId)) {
        if (running->sale.phase == Sale::Phase::Following && running->watcher && !running->watcher->isRunning()) {
            running->watcher->start();
            return true;
        }
        return false;
    }
    const std::optional<JournalEntry> entry = m_journal ? m_journal->entry(localId) : std::nullopt;
    if (!entry || entry->isFinal())
        return false;

    Sale sale;
    sale.localId = entry->localId;
    sale.request = entry->request;
    sale.createKey = entry->createKey;
    sale.cancelKey = entry->cancelKey;
    sale.state = entry->state;
    sale.createAttempts = entry->createAttempts;
    sale.lastError = entry->lastError;
    sale.order.id = entry->orderId;
    sale.order.status = entry->status;
    sale.order.state = entry->state;
    sale.order.paymentId = entry->paymentId;
    sale.order.paymentStatus = entry->paymentStatus;
    sale.order.externalReference = entry->request.externalReference;
    Run *run = addRun(sale);
    run->orderIdPersisted = !entry->orderId.isNull();
    qCInfo(lcCharge).noquote() << "resuming sale" << localId << "order" << entry->orderId.toString();

    QTimer::singleShot(0, run, [this, run]() {
        if (!run->sale.order.id.isNull()) {
            note(run,
                 QStringLiteral("resumed after a restart; following order %1").arg(run->sale.order.id.toString()));
            follow(run);
            Q_EMIT stateChanged(run->sale);
            return;
        }
        if (run->sale.createAttempts == 0) {
            // PointDesk stopped between recording the sale and sending it: nothing ever left.
            finishLocally(run, OrderState::Failed, tr("Not sent: PointDesk stopped before sending it."));
            return;
        }
        if (m_client && m_client->capabilities().idempotentCreate) {
            // The API keeps the key: the same request again answers with the order an earlier attempt made, if it
            // made one, and never makes a second.
            note(run, QStringLiteral("resumed after a restart without an order id; sending the same create request "
                                     "again (same idempotency key)"));
            ++run->keyedResends;
            ++m_stats.resends;
            sendCreate(run);
            return;
        }
        // The create may have landed while PointDesk was down; too late to be sure of a free terminal.
        reconcile(run, QStringLiteral("resumed after a restart without an order id"));
    });
    return true;
}

int ChargeService::resumeUnfinished()
{
    if (!m_journal)
        return 0;
    int resumed = 0;
    for (const JournalEntry &entry : m_journal->unfinished()) {
        if (resume(entry.localId))
            ++resumed;
    }
    return resumed;
}

// --- endings ----------------------------------------------------------------------------------------------

void ChargeService::failSale(Run *run, const ApiError &error, const QString &reason)
{
    run->sale.lastError = reason;
    run->sale.state = OrderState::Failed;
    run->sale.order.state = OrderState::Failed;
    const JournalResult r = m_journal->markFailed(run->sale.localId, reason);
    if (!r.ok())
        journalTrouble(run, r);
    if (error.isError())
        Q_EMIT problem(run->sale.localId, error);
    finishRun(run);
}

void ChargeService::finishLocally(Run *run, OrderState state, const QString &reason)
{
    run->sale.lastError = reason;
    run->sale.state = state;
    run->sale.order.state = state;
    const JournalResult r = state == OrderState::Failed ? m_journal->markFailed(run->sale.localId, reason)
                                                        : m_journal->recordState(run->sale.localId, state, reason);
    if (!r.ok())
        journalTrouble(run, r);
    finishRun(run);
}

void ChargeService::finishRun(Run *run)
{
    if (run->sale.phase == Sale::Phase::Finished)
        return;
    run->sale.phase = Sale::Phase::Finished;
    if (run->watcher)
        run->watcher->stop();
    if (run->dirty && !run->sale.order.id.isNull())
        persist(run);
    qCInfo(lcCharge).noquote() << "sale" << run->sale.localId << "finished:" << OrderStates::toKey(run->sale.state)
                               << "order" << run->sale.order.id.toString() << "payment"
                               << run->sale.order.paymentId.toString();
    m_runs.erase(run->sale.localId);
    const Sale done = run->sale;
    run->deleteLater();
    Q_EMIT stateChanged(done);
    Q_EMIT finished(done);
}

void ChargeService::setPhase(Run *run, Sale::Phase phase)
{
    if (run->sale.phase == phase)
        return;
    run->sale.phase = phase;
    Q_EMIT stateChanged(run->sale);
}
