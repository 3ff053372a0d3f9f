#include "sales/ChargeService.h"
#include "sales/ChargeServiceRun.h"

#include "api/OrderWatcher.h"
#include "api/PointBackend.h"

#include <QTimer>

// --- following --------------------------------------------------------------------------------------------

void ChargeService::adopt(Run *run, const OrderInfo &info, const QString &how)
{
    const JournalResult attached = m_journal->attachOrderId(run->sale.localId, info.id, how);
    if (attached.kind() == JournalResult::Kind::Conflict) {
        // Another sale holds this order: never two sales on one order.
        askDecision(run, Sale::Doubt::Uncertain,
                    tr("Order %1 on the terminal \"%2\" is recorded for another sale. Check the terminal before "
                       "charging again.")
                        .arg(info.id.toString(), run->sale.request.deviceName));
        return;
    }
    if (attached.ok())
        run->orderIdPersisted = true;
    else
        journalTrouble(run, attached);
    qCInfo(lcCharge).noquote() << "sale" << run->sale.localId << "has order" << info.id.toString() << "(" << how << ")";
    run->sale.order.id = info.id;
    run->sale.state = OrderState::WaitingForCard;
    run->sale.doubt = Sale::Doubt::None;
    run->sale.lastError.clear();
    if (!info.status.isEmpty())
        applyOrder(run, info);
    follow(run);
    if (run->cancelRequested && !run->sale.isFinished())
        cancelOrderById(run);
}

void ChargeService::follow(Run *run)
{
    if (OrderStates::isFinal(run->sale.order.state)) {
        finishRun(run);
        return;
    }
    setPhase(run, Sale::Phase::Following);
    if (!run->watcher) {
        run->watcher = new OrderWatcher(m_client, run->sale.order.id, run);
        run->watcher->setPolicy(pollingPolicy());
        run->watcher->setMaxBackoff(m_maxBackoffMs);
        connect(run->watcher, &OrderWatcher::deadlinePassed, run, [this, run]() { onDeadlinePassed(run); });
        connect(run->watcher, &OrderWatcher::stateChanged, run, [this, run](const OrderInfo &info) {
            applyOrder(run, info);
            if (!OrderStates::isFinal(info.state))
                Q_EMIT stateChanged(run->sale);
        });
        connect(run->watcher, &OrderWatcher::finished, run, [this, run](const OrderInfo &info) {
            applyOrder(run, info);
            finishRun(run);
        });
        connect(run->watcher, &OrderWatcher::connectionProblem, run, [this, run](const ApiError &error, int retryInMs) {
            Q_EMIT connectionProblem(run->sale.localId, error, retryInMs);
            Q_EMIT problem(run->sale.localId, error);
        });
        connect(run->watcher, &OrderWatcher::connectionRestored, run,
                [this, run]() { Q_EMIT connectionRestored(run->sale.localId); });
        connect(run->watcher, &OrderWatcher::failed, run, [this, run](const ApiError &error) {
            // Polling stopped (401/403): the sale stays unfinished; resume() starts it again.
            run->sale.lastError = error.userMessage();
            Q_EMIT problem(run->sale.localId, error);
            Q_EMIT stateChanged(run->sale);
        });
    }
    run->watcher->start();
}

void ChargeService::applyOrder(Run *run, const OrderInfo &info)
{
    if (!info.externalReference.isEmpty() && info.externalReference != run->sale.request.externalReference &&
        info.externalReference != run->sale.order.externalReference) {
        // Only possible for an order adopted unread that turns out to be someone else's: say so loudly.
        qCWarning(lcCharge).noquote() << "sale" << run->sale.localId << "order" << info.id.toString() << "carries reference"
                                      << info.externalReference << "not" << run->sale.request.externalReference;
        note(run, QStringLiteral("order %1 carries external reference %2, not this sale's")
                      .arg(info.id.toString(), info.externalReference));
        Q_EMIT problem(
            run->sale.localId,
            ApiError::malformed(
                QStringLiteral("order %1 carries another sale's external reference").arg(info.id.toString())));
    }
    OrderInfo merged = info;
    if (merged.id.isNull())
        merged.id = run->sale.order.id;
    run->sale.order = merged;
    run->sale.state = merged.state == OrderState::Sending ? OrderState::WaitingForCard : merged.state;
    persist(run);
}

void ChargeService::persist(Run *run)
{
    if (!run->orderIdPersisted && !run->sale.order.id.isNull()) {
        const JournalResult attached =
            m_journal->attachOrderId(run->sale.localId, run->sale.order.id, QStringLiteral("recorded late"));
        if (!attached.ok()) {
            journalTrouble(run, attached);
            return;
        }
        run->orderIdPersisted = true;
    }
    OrderInfo info = run->sale.order;
    info.state = run->sale.state;
    const JournalResult r = m_journal->recordState(run->sale.localId, info);
    if (!r.ok()) {
        journalTrouble(run, r);
        return;
    }
    if (run->dirty) {
        run->dirty = false;
        run->lastJournalProblem = JournalResult::Kind::Ok;
        qCInfo(lcCharge) << "sale" << run->sale.localId << "journal caught up";
    }
}

void ChargeService::note(Run *run, const QString &detail)
{
    const JournalResult r = m_journal->recordNote(run->sale.localId, detail);
    if (!r.ok())
        journalTrouble(run, r);
}

void ChargeService::journalTrouble(Run *run, const JournalResult &result)
{
    run->dirty = true;
    if (result.kind() == run->lastJournalProblem)
        return;
    run->lastJournalProblem = result.kind();
    Q_EMIT journalProblem(run->sale.localId, result);
}

// --- cancel -----------------------------------------------------------------------------------------------

bool ChargeService::cancel(qint64 localId)
{
    Run *run = runFor(localId);
    if (!run)
        return false;
    switch (run->sale.phase) {
    case Sale::Phase::Finished:
        return false;
    case Sale::Phase::Following:
        run->cancelResends = 0; // the cashier's own try: a full round of retries again
        cancelOrderById(run);
        return true;
    case Sale::Phase::AwaitingDecision:
        if (!run->sale.order.id.isNull()) {
            // The order outlived its deadline and may still be on the terminal: cancel it by id and follow it.
            run->sale.doubt = Sale::Doubt::None;
            setPhase(run, Sale::Phase::Following);
            cancelOrderById(run);
            return true;
        }
        // Nothing of this sale is open on the terminal (it would have been adopted): ending it sends nothing.
        finishLocally(run, OrderState::Cancelled,
                      tr("Cancelled by the cashier while PointDesk could not tell whether the order had reached "
                         "the terminal."));
        return true;
    case Sale::Phase::Reconciling:
        run->cancelRequested = true;
        note(run, QStringLiteral("the cashier cancels; freeing the terminal"));
        cancelOnTerminal(run);
        return true;
    case Sale::Phase::Checking:
    case Sale::Phase::Sending:
        // Honoured as soon as the request in flight has an outcome; aborting it would only make it unclear.
        run->cancelRequested = true;
        note(run, QStringLiteral("the cashier cancels"));
        return true;
    }
    return false;
}

bool ChargeService::checkNow(qint64 localId)
{
    Run *run = runFor(localId);
    if (!run || run->sale.phase != Sale::Phase::Following || !run->watcher)
        return false;
    if (!run->watcher->isRunning())
        run->watcher->start();
    run->watcher->pollNow(); // OrderWatcher keeps the API's minimum interval between reads
    return true;
}

void ChargeService::cancelOrderById(Run *run)
{
    if (run->cancelInFlight || !m_client)
        return;
    // The cancel's idempotency key is in the journal before the request leaves; resends reuse it.
    QString key = run->sale.cancelKey;
    if (key.isEmpty()) {
        const JournalResult written = m_journal->cancelKey(run->sale.localId, &key);
        if (!written.ok()) {
            journalTrouble(run, written);
            const ApiError notSent(ApiError::Kind::Cancelled, written.detail());
            Q_EMIT problem(run->sale.localId, notSent);
            Q_EMIT cancelFailed(run->sale.localId, notSent);
            return;
        }
        run->sale.cancelKey = key;
    }
    run->cancelInFlight = true;
    note(run, QStringLiteral("cancelling order %1").arg(run->sale.order.id.toString()));
    m_client->cancelOrder(run->sale.order.id, key)->then(run,
                                                          [this, run](const Call<Done> &call) { onCancelAnswered(run, call); });
}

void ChargeService::onCancelAnswered(Run *run, const Call<Done> &call)
{
    run->cancelInFlight = false;
    if (run->sale.isFinished())
        return;
    const ApiError &error = call.error();
    if (call.ok() && call.value().pending) {
        // 202: cancellation requested, not done. The customer may still pay: the order says how it ends, and a
        // payment that wins is recorded as paid.
        note(run, QStringLiteral("cancellation requested (202); following order %1 to its end")
                      .arg(run->sale.order.id.toString()));
        run->sale.order.cancellationRequested = true;
        Q_EMIT stateChanged(run->sale);
    } else if (!call.ok() && error.isTransient() && m_client &&
               run->cancelResends < m_maxCreateAttempts + m_maxRateLimitRetries) {
        // The answer was lost, the line blipped, or the API asked to wait (429): the same cancel again after a
        // backoff. With a key (Orders) the API replays the first answer; without one (legacy) a cancel that did
        // land is answered 404 and the order read back says it ended.
        ++run->cancelResends;
        ++m_stats.cancelResends;
        Q_EMIT problem(run->sale.localId, error);
        note(run, QStringLiteral("sending the same cancel request again (same idempotency key)"));
        int delay = backoff(run->cancelResends, error);
        if (error.kind() == ApiError::Kind::RateLimited && error.retryAfterSeconds() <= 0)
            delay = qMax(delay, pollingPolicy().rateLimitPauseMs);
        QTimer::singleShot(delay, run, [this, run]() {
            if (!run->sale.isFinished())
                cancelOrderById(run);
        });
        return;
    } else if (!call.ok()) {
        // 404: already gone; 409 (cannot_cancel_order, order_already_canceled): the terminal took it or it ended.
        // The order is read again and says what happened.
        if (error.kind() != ApiError::Kind::NotFound && error.kind() != ApiError::Kind::DeviceBusy) {
            // Refused, or still failing after every retry: the order stays open and the cashier decides.
            Q_EMIT problem(run->sale.localId, error);
            Q_EMIT cancelFailed(run->sale.localId, error);
        } else
            note(run, QStringLiteral("cancel refused (%1); reading the order").arg(error.apiCode()));
    }
    if (run->watcher) {
        if (!run->watcher->isRunning())
            run->watcher->start();
        run->watcher->pollNow();
    }
}

void ChargeService::onDeadlinePassed(Run *run)
{
    if (run->sale.isFinished())
        return;
    run->pastDeadline = true;
    ++m_stats.deadlines;
    askDecision(run, Sale::Doubt::Uncertain,
                tr("Order %1 is still not finished after its expiration time. Check the terminal \"%2\": read its "
                   "screen or slip, then check again or confirm that nothing was charged.")
                    .arg(run->sale.order.id.toString(), run->sale.request.deviceName));
}

void ChargeService::cancelOnTerminal(Run *run)
{
    if (run->cancelInFlight || !m_client)
        return;
    run->cancelInFlight = true;
    m_client->cancelOnTerminal(run->sale.request.deviceName)->then(run, [this, run](const Call<Done> &call) {
        run->cancelInFlight = false;
        if (!call.ok())
            Q_EMIT problem(run->sale.localId, call.error());
        // The reconciliation in progress finishes the sale (cancelRequested is set).
    });
}
