#include "sales/CashierSession.h"

#include "api/PointBackend.h"
#include "core/DeclineReason.h"
#include "sales/RefundService.h"
#include "sales/TerminalModes.h"
#include "sales/TerminalMonitor.h"
#include "store/SaleFollowLock.h"

#include <QDir>
#include <QLocale>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSession, "pointdesk.sales.session")

CashierSession::CashierSession(PointBackend *client, OrderJournal *journal, TerminalMonitor *monitor, QObject *parent)
    : QObject(parent), m_client(client), m_journal(journal), m_monitor(monitor),
      m_canCancelOnTerminal(client && client->capabilities().cancelOnTerminal)
{
    m_charges = new ChargeService(client, journal, this);
    m_refunds = new RefundService(client, journal, this);
    // The cashier decides when a resend is needed; PointDesk never sends twice on its own.
    m_charges->setResendPolicy(ChargeService::ResendPolicy::Ask);
    // One backoff for the connection: following an order never waits longer than listing the terminals.
    m_charges->setMaxBackoff(m_monitor->backoff().maxMs());
    connect(m_charges, &ChargeService::stateChanged, this, &CashierSession::onSaleChanged);
    connect(m_charges, &ChargeService::finished, this, &CashierSession::onSaleFinished);
    connect(m_charges, &ChargeService::problem, this, &CashierSession::onSaleProblem);
    connect(m_charges, &ChargeService::needsDecision, this, &CashierSession::onSaleNeedsDecision);
    connect(m_charges, &ChargeService::journalProblem, this, &CashierSession::onJournalProblem);
    connect(m_charges, &ChargeService::connectionProblem, this,
            [this](qint64 localId, const ApiError &error, int retryInMs) {
                if (localId != m_saleId)
                    return;
                m_monitor->setFollowProblem(error, retryInMs);
                Q_EMIT note(tr("The result shows as soon as Mercado Pago answers again; the customer can still pay "
                               "on the terminal."),
                            NoteTone::Problem);
            });
    connect(m_charges, &ChargeService::connectionRestored, this, [this](qint64 localId) {
        if (localId != m_saleId || !m_monitor->hasFollowProblem())
            return;
        Q_EMIT note(QString(), NoteTone::Problem);
        m_monitor->clearFollowProblem(true);
    });
    connect(m_charges, &ChargeService::cancelFailed, this, &CashierSession::onCancelFailed);
    // Sales other processes on this computer record (pointdesk-cli without --wait) are followed to their end.
    m_othersTimer.setInterval(kDefaultOtherSalesIntervalMs);
    connect(&m_othersTimer, &QTimer::timeout, this, &CashierSession::followOtherSales);
    m_slowTimer.setSingleShot(true);
    m_slowTimer.setInterval(kDefaultSlowSendingMs);
    connect(&m_slowTimer, &QTimer::timeout, this, &CashierSession::onSendingSlow);
    connect(m_monitor, &TerminalMonitor::terminalsVanished, this, &CashierSession::onTerminalsVanished);
    connect(m_monitor, &TerminalMonitor::terminalFreed, this, &CashierSession::onTerminalFreed);
    connect(m_monitor, &TerminalMonitor::freeFailed, this, &CashierSession::onFreeFailed);
    connect(m_monitor, &TerminalMonitor::tokenAccepted, this, &CashierSession::onTokenAccepted);
    connect(m_monitor, &TerminalMonitor::tokenRefused, this, &CashierSession::changed);
    connect(m_monitor, &TerminalMonitor::devicesChanged, this, &CashierSession::changed);
    connect(m_monitor, &TerminalMonitor::listFailed, this, &CashierSession::changed);

    // A journal named to be opened later (OrderJournal::openLater) is no problem until openPendingJournal() tried.
    if (!m_journal || (!m_journal->isOpen() && !m_journal->isPending())) {
        m_journalProblem = m_journal && !m_journal->lastError().ok()
                               ? m_journal->lastError()
                               : JournalResult(JournalResult::Kind::NotOpen, QStringLiteral("no journal"));
        qCWarning(lcSession).noquote() << "sales record:" << JournalResult::kindKey(m_journalProblem.kind())
                                       << m_journalProblem.detail();
    }
}

CashierSession::~CashierSession()
{
    // The service goes with this object; none of its last signals may reach a half-destroyed session.
    m_charges->disconnect(this);
}

// --- what may be done now --------------------------------------------------------------------------------

bool CashierSession::hasOpenOrder() const
{
    return m_phase == Phase::Sending || m_phase == Phase::Deciding || m_phase == Phase::Waiting;
}

bool CashierSession::isPaid() const
{
    return m_phase == Phase::Finished && m_state == OrderState::Approved;
}

bool CashierSession::isChargingOff() const
{
    return isJournalBlocked() || (m_journal && m_journal->isPending()) || m_monitor->isTokenRefused();
}

bool CashierSession::isStarting() const
{
    return m_journal && m_journal->isPending() && !isJournalBlocked() && !m_monitor->isTokenRefused();
}

bool CashierSession::inputsLocked() const
{
    return hasOpenOrder() || isPaid();
}

void CashierSession::setSelectedDevice(const QString &deviceName)
{
    if (!m_selected.isEmpty())
        m_previousSelected = m_selected;
    m_selected = deviceName;
    m_idleNote.clear();
    Q_EMIT changed();
}

std::optional<Device> CashierSession::busyTerminal() const
{
    if (m_selected.isEmpty())
        return std::nullopt;
    const std::optional<Device> device = m_monitor->device(m_selected);
    if (!device || device->status != Device::Status::Busy)
        return std::nullopt;
    if (hasOpenOrder() && device->name == m_request.deviceName)
        return std::nullopt; // busy with the sale shown
    return device;
}

QString CashierSession::chargeBlockedReason() const
{
    const QString deviceName = m_request.deviceName;
    switch (m_phase) {
    case Phase::Sending:
        return tr("Sending the order to %1\u2026").arg(shown(deviceName));
    case Phase::Waiting:
        return tr("Waiting for the customer on %1. Press Esc to cancel the order.").arg(shown(deviceName));
    case Phase::Deciding:
        return tr("The sale on %1 needs your decision: see the panel on the right.").arg(shown(deviceName));
    case Phase::Idle:
    case Phase::Finished:
        break;
    }
    if (isPaid())
        return tr("Paid. Press New sale (F2) for the next customer.");
    if (needsTerminalCheck())
        return tr("First record what %1 shows for the last sale: see the panel on the right.")
            .arg(shown(m_request.deviceName));
    if (isJournalBlocked())
        return tr("Charging is off: the sales record cannot be written. See the message at the top.");
    if (m_monitor->isTokenRefused())
        return tr("Mercado Pago refused the access token: see the message at the top.");
    if (!m_monitor->hasLoaded())
        return tr("Loading the terminals\u2026");
    if (m_monitor->devices().isEmpty())
        return tr("There are no terminals on this account yet: see the list on the left.");
    const std::optional<Device> device = m_monitor->device(m_selected);
    if (m_selected.isEmpty() || !device)
        return tr("Choose the terminal that takes the payment.");
    if (const QString why = TerminalModes::whyNoOrders(*device, shown(device->name)); !why.isEmpty())
        return why;
    if (const std::optional<Device> busy = busyTerminal()) {
        return !busy->heldOrder.isNull()
                   ? tr("%1 is busy with order %2, so it cannot take a new charge. Wait until it finishes, or free "
                        "the terminal.")
                         .arg(shown(busy->name), busy->heldOrder.toString())
                   : tr("%1 is busy with another order, so it cannot take a new charge. Wait until it finishes, or "
                        "free the terminal.")
                         .arg(shown(busy->name));
    }
    return QString();
}

QString CashierSession::idleHint(const QString &formattedAmount) const
{
    if (isJournalBlocked())
        return tr("Charging is off until the sales record can be written again.");
    if (m_monitor->isTokenRefused())
        return tr("Charging is not possible until the access token is set up again.");
    if (!m_monitor->hasLoaded())
        return tr("Loading the terminals\u2026");
    const std::optional<Device> device = m_selected.isEmpty() ? std::nullopt : m_monitor->device(m_selected);
    if (!device)
        return tr("Choose a terminal on the left.");
    if (!TerminalModes::takesOrders(*device))
        return tr("%1 cannot take orders from PointDesk: choose a terminal in PDV mode.").arg(shown(device->name));
    if (!formattedAmount.isEmpty())
        return tr("Press Enter to charge %1 on %2.").arg(formattedAmount, shown(device->name));
    return tr("Type the amount and a description, then press Enter to charge on %1.").arg(shown(device->name));
}

QString CashierSession::money(const Money &amount) const
{
    return amount.toCurrencyString(QLocale(), m_client ? m_client->currency() : Currency());
}

QString CashierSession::shown(const QString &deviceName) const
{
    return m_monitor->shownName(deviceName);
}

bool CashierSession::canCharge() const
{
    return chargeBlockedReason().isEmpty();
}

bool CashierSession::canCancel() const
{
    return (m_phase == Phase::Sending || m_phase == Phase::Waiting) && !m_cancelling;
}

bool CashierSession::canCheckNow() const
{
    return m_phase == Phase::Waiting && m_cancelling && !m_orderId.isNull();
}

bool CashierSession::canFreeTerminal() const
{
    // Freeing cancels whatever the terminal holds: only an API that can do that offers it.
    if (!m_canCancelOnTerminal || m_monitor->isFreeing())
        return false;
    const bool busyElsewhere = busyTerminal().has_value();
    return (m_phase == Phase::Waiting && !m_cancelling) || (m_phase == Phase::Idle && busyElsewhere) ||
           (m_phase == Phase::Finished && (!m_notSentDevice.isEmpty() || busyElsewhere));
}

bool CashierSession::canStartNewSale() const
{
    // An action_required sale is not over for the cashier until the terminal's answer is recorded.
    return m_phase == Phase::Finished && !needsTerminalCheck();
}

QString CashierSession::freeTarget() const
{
    if (m_monitor->isFreeing() || m_phase == Phase::Sending || m_phase == Phase::Deciding)
        return QString();
    if (m_phase == Phase::Waiting)
        return m_request.deviceName;
    if (!m_notSentDevice.isEmpty() && m_phase == Phase::Finished)
        return m_notSentDevice;
    return m_selected;
}

bool CashierSession::freeNeedsManager(const QString &deviceName) const
{
    // This till's own sale, shown now: the cashier may take it off the terminal (as Esc does).
    if (m_phase == Phase::Waiting && deviceName == m_request.deviceName)
        return false;
    // Another order: freeing cancels it, perhaps another till's customer paying right now. Only an order this
    // till's record holds is this till's; anything else (unknown included) is the manager's call.
    const std::optional<Device> device = m_monitor->device(deviceName);
    if (!device || device->heldOrder.isNull() || !m_journal || !m_journal->isOpen())
        return true;
    return !m_journal->entryByOrderId(device->heldOrder).has_value();
}

bool CashierSession::nothingChargedNeedsConfirmation() const
{
    if (m_phase != Phase::Deciding)
        return false;
    const std::optional<Sale> sale = m_charges->sale(m_saleId);
    return !(sale && sale->doubt == Sale::Doubt::NotSent);
}

// --- the cashier's actions --------------------------------------------------------------------------------

bool CashierSession::charge(OrderRequest request)
{
    // A journal still to be opened cannot record the sale yet (the window opens it before it lists terminals).
    if (!canCharge() || (m_journal && m_journal->isPending()))
        return false;
    const std::optional<Device> device = m_monitor->device(m_selected);
    if (!device || device->status == Device::Status::Busy)
        return false;

    request.deviceName = device->name;
    m_notSentDevice.clear();
    m_idleNote.clear();
    m_saleError = ApiError();
    qCInfo(lcSession).noquote() << "charging" << request.amount.toPlainString() << "on" << request.deviceName;
    // Recorded in the journal before anything leaves; a sale the journal cannot hold is never sent.
    const ChargeService::StartResult started = m_charges->start(request);
    if (!started.ok()) {
        m_orderId = OrderRef();
        m_request = request;
        m_state = OrderState::Failed;
        setPhase(Phase::Finished);
        if (!started.journal.ok()) {
            setJournalProblem(started.journal);
            Q_EMIT showNotSent(started.journal.message(),
                               tr("Nothing was sent or charged. %1").arg(started.journal.advice()));
        } else if (started.error.kind() == ApiError::Kind::DeviceBusy) {
            Q_EMIT showNotSent(tr("%1 is still busy with an earlier sale.").arg(shown(request.deviceName)),
                               tr("Nothing was sent. Wait until that sale ends, then press Charge again."));
        } else {
            Q_EMIT showNotSent(started.error.userMessage(), tr("Nothing was sent. Correct it, then press Charge."));
        }
        Q_EMIT changed();
        return false;
    }
    m_saleId = started.localId;
    m_orderId = OrderRef();
    m_request = request;
    m_sentAt = sentAtOf(m_saleId);
    m_state = OrderState::Sending;
    m_cancelling = false;
    setPhase(Phase::Sending);
    Q_EMIT showSending(request);
    Q_EMIT changed();
    return true;
}

bool CashierSession::cancel()
{
    if (!canCancel())
        return false;
    if (!m_charges->cancel(m_saleId))
        return false;
    m_cancelling = true;
    Q_EMIT showCancelling();
    if (m_phase == Phase::Sending)
        Q_EMIT note(tr("The order is cancelled as soon as Mercado Pago answers."), NoteTone::Info);
    Q_EMIT changed();
    return true;
}

bool CashierSession::decide(Decision decision)
{
    if (m_phase != Phase::Deciding)
        return false;
    ChargeService::Decision which = ChargeService::Decision::MarkNotCharged;
    switch (decision) {
    case Decision::SendAgain:
        which = ChargeService::Decision::SendAgain;
        break;
    case Decision::CheckAgain:
        which = ChargeService::Decision::CheckAgain;
        break;
    case Decision::NothingCharged:
        which = ChargeService::Decision::MarkNotCharged;
        break;
    }
    if (!m_charges->resolve(m_saleId, which))
        return false;
    if (decision != Decision::NothingCharged && m_phase == Phase::Deciding) {
        setPhase(Phase::Sending);
        Q_EMIT showSending(m_request);
        Q_EMIT changed();
    }
    return true;
}

bool CashierSession::startNewSale()
{
    if (hasOpenOrder()) {
        Q_EMIT statusMessage(
            tr("An order is still open: wait for the customer, or cancel it with Esc, before a new sale."), 6000);
        return false;
    }
    if (needsTerminalCheck()) {
        Q_EMIT statusMessage(tr("First record what the terminal shows for this sale: paid, or not paid."), 6000);
        return false;
    }
    resetSale();
    setPhase(Phase::Idle);
    showNextResumedSale();
    Q_EMIT changed();
    return true;
}

bool CashierSession::needsTerminalCheck() const
{
    return m_phase == Phase::Finished && m_state == OrderState::ActionRequired && !m_terminalCheck && m_saleId > 0;
}

bool CashierSession::recordTerminalCheck(bool approved)
{
    if (!needsTerminalCheck() || !m_journal)
        return false;
    // A note, not a state: Mercado Pago said action_required, and that stays what it said.
    const JournalResult r = m_journal->recordNote(
        m_saleId, approved ? QLatin1String(kTerminalCheckNote) +
                                 QStringLiteral("approved (the cashier's word; Mercado Pago reported action_required)")
                           : QLatin1String(kTerminalCheckNote) +
                                 QStringLiteral("not approved (the cashier's word; Mercado Pago reported "
                                                "action_required)"));
    if (!r.ok()) {
        setJournalProblem(r);
        return false;
    }
    m_terminalCheck = approved;
    Q_EMIT note(approved ? tr("Recorded: the cashier read on the terminal that the payment was approved.")
                         : tr("Recorded: the cashier read on the terminal that the payment was not approved. Charge "
                              "again if needed."),
                NoteTone::Info);
    Q_EMIT changed();
    return true;
}

void CashierSession::resetSale()
{
    m_terminalCheck.reset();
    m_saleId = 0;
    m_orderId = OrderRef();
    m_sentAt = QDateTime();
    m_request = OrderRequest();
    m_state = OrderState::Unknown;
    m_saleError = ApiError();
    m_cancelling = false;
    m_notSentDevice.clear();
    m_idleNote.clear();
    m_monitor->setOwnOrder(QString(), OrderRef());
}

bool CashierSession::freeTerminal(const QString &deviceName)
{
    if (deviceName.isEmpty() || !m_monitor->freeTerminal(deviceName))
        return false;
    Q_EMIT changed();
    Q_EMIT note(tr("Freeing %1\u2026").arg(shown(deviceName)), NoteTone::Info);
    return true;
}

void CashierSession::onTerminalFreed(const QString &deviceName)
{
    if (m_phase == Phase::Waiting && deviceName == m_request.deviceName) {
        // The sale's order is gone: the service's next poll makes it Cancelled.
        m_cancelling = true;
        Q_EMIT showCancelling();
    } else {
        Q_EMIT note(QString(), NoteTone::Problem);
        if (deviceName == m_notSentDevice)
            m_notSentDevice.clear();
        if (m_phase == Phase::Idle || (m_phase == Phase::Finished && m_state != OrderState::Approved)) {
            setPhase(Phase::Idle);
            m_idleNote = tr("%1 is free now.").arg(shown(deviceName));
        }
        m_monitor->markDevice(deviceName, OrderRef());
    }
    Q_EMIT changed();
}

void CashierSession::onTerminalsVanished(const QStringList &deviceNames)
{
    for (const QString &name : deviceNames)
        m_goneDevices.insert(name);
    if (hasOpenOrder() && deviceNames.contains(m_request.deviceName)) {
        // Said as it is: the sale's outcome stays what Mercado Pago reports, never inferred from the terminal.
        Q_EMIT note(tr("%1 was removed from the Mercado Pago account while this sale was open. PointDesk keeps "
                       "following the order and shows what Mercado Pago reports of it.")
                        .arg(shown(m_request.deviceName)),
                    NoteTone::Problem);
    }
    if (m_phase == Phase::Finished && deviceNames.contains(m_request.deviceName))
        Q_EMIT terminalGone(shown(m_request.deviceName)); // the sale shown ended there: not "free again"
    const QString chosen = m_selected.isEmpty() ? m_previousSelected : m_selected;
    if (!chosen.isEmpty() && deviceNames.contains(chosen)) {
        const QString text = tr("%1 is no longer on this Mercado Pago account, so no terminal is chosen. Choose the "
                                "terminal that takes the payment.")
                                 .arg(shown(chosen));
        if (m_phase == Phase::Idle)
            m_idleNote = text;
        else if (!hasOpenOrder())
            Q_EMIT note(text, NoteTone::Problem);
    }
    Q_EMIT changed();
}

void CashierSession::onFreeFailed(const QString &deviceName, const ApiError &error)
{
    Q_EMIT note(tr("Could not free %1: %2").arg(shown(deviceName), error.userMessage()), NoteTone::Problem);
    Q_EMIT changed();
}

void CashierSession::onTokenAccepted()
{
    // Following stopped at the 401; the token works again, so follow the sale on.
    if (m_saleId > 0 && m_phase == Phase::Waiting && m_charges->resume(m_saleId) && !m_cancelling)
        Q_EMIT showWaiting(m_request.deviceName, m_orderId, true);
    Q_EMIT changed();
}

// --- resumed sales ----------------------------------------------------------------------------------------

void CashierSession::setOtherSalesInterval(int milliseconds)
{
    m_othersTimer.setInterval(qMax(10, milliseconds));
}

int CashierSession::followOtherSales()
{
    if (!m_journal || !m_journal->isOpen())
        return 0;
    int found = 0;
    // Sales another process followed (pointdesk-cli charge --wait): the journal says how they ended.
    const QSet<qint64> held = m_heldElsewhere;
    for (const qint64 localId : held) {
        const std::optional<JournalEntry> entry = m_journal->entry(localId);
        if (!entry || !entry->isFinal())
            continue;
        m_heldElsewhere.remove(localId);
        Q_EMIT statusMessage(tr("The sale of %1 on %2, charged from the command line, ended: %3.")
                                 .arg(money(entry->request.amount), shown(entry->request.deviceName),
                                      OrderStates::displayName(entry->state)),
                             10000);
    }
    const QList<JournalEntry> open = m_journal->unfinished();
    for (const JournalEntry &entry : open) {
        // Only orders that exist: a sale still being sent belongs to the process sending it, and following it here
        // could only make its create unclear. Sales this window carries are known to its service.
        if (entry.orderId.isNull() || m_charges->sale(entry.localId) || m_others.contains(entry.localId))
            continue;
        // A process that follows it now (pointdesk-cli charge --wait) polls Mercado Pago for it: not twice. Looked
        // at again at the next round, and taken up if that process went away before the end.
        if (SaleFollowLock::heldElsewhere(m_journal->path(), entry.localId)) {
            m_heldElsewhere.insert(entry.localId);
            continue;
        }
        m_heldElsewhere.remove(entry.localId);
        if (!m_charges->resume(entry.localId))
            continue;
        m_others.insert(entry.localId);
        ++found;
        qCInfo(lcSession).noquote() << "following sale" << entry.localId << "recorded by another process";
        Q_EMIT statusMessage(tr("The sale of %1 on %2, charged from the command line, is followed here to its end.")
                                 .arg(money(entry.request.amount), shown(entry.request.deviceName)),
                             8000);
    }
    return found;
}

int CashierSession::resumeUnfinished()
{
    if (!m_journal || !m_journal->isOpen())
        return 0;
    // From now on, sales other processes record are followed as they appear (not only at the next start).
    m_othersTimer.start();
    // A refund whose answer was lost goes again with its own key, never as a new refund.
    m_refunds->resumeOpenRefunds();
    int resumed = 0;
    const QList<JournalEntry> open = m_journal->unfinished();
    for (const JournalEntry &entry : open) {
        // Followed by another process now (pointdesk-cli charge --wait): followOtherSales() looks again later.
        if (SaleFollowLock::heldElsewhere(m_journal->path(), entry.localId))
            continue;
        if (m_charges->resume(entry.localId)) {
            m_resumed.append(entry.localId);
            ++resumed;
        }
    }
    if (resumed == 0) {
        showUncheckedTerminalCheck();
        return 0;
    }
    qCInfo(lcSession) << "following" << resumed << "unfinished sales";
    // English has no plural forms of its own (it is the source language): one sale is a sentence of its own.
    const int following = int(m_resumed.size());
    Q_EMIT statusMessage(following == 1
                             ? tr("PointDesk was closed while a sale was open: following it to the end.")
                             : tr("PointDesk was closed while %n sales were open: following them to the end.",
                                  nullptr, following),
                         10000);
    if (!hasOpenOrder())
        showNextResumedSale();
    return resumed;
}

bool CashierSession::showUncheckedTerminalCheck()
{
    // An action_required sale is not over for the cashier until the terminal's answer is recorded (see
    // needsTerminalCheck()). When PointDesk was closed before that, the newest sale is shown again with its answer
    // buttons, not as a finished sale whose panel points at buttons it does not show.
    if (!m_journal || m_phase != Phase::Idle)
        return false;
    JournalFilter newest;
    newest.limit = 1;
    const QList<JournalEntry> last = m_journal->entries(newest);
    if (last.isEmpty() || last.constFirst().state != OrderState::ActionRequired)
        return false;
    const JournalEntry &entry = last.constFirst();
    const QList<JournalEvent> events = m_journal->events(entry.localId);
    for (const JournalEvent &event : events) {
        if (event.detail.startsWith(QLatin1String(kTerminalCheckNote)))
            return false;
    }
    m_saleId = entry.localId;
    m_orderId = entry.orderId;
    m_request = entry.request;
    m_sentAt = entry.createdAt;
    m_state = OrderState::ActionRequired;
    m_saleError = ApiError();
    m_cancelling = false;
    m_terminalCheck.reset();
    m_notSentDevice.clear();
    m_idleNote.clear();
    Q_EMIT showSending(entry.request); // the panel shows the sale's amount, description and card
    setPhase(Phase::Finished);
    OrderInfo shown;
    shown.id = entry.orderId;
    shown.state = entry.state;
    shown.status = entry.status;
    shown.paymentId = entry.paymentId;
    shown.paymentStatus = entry.paymentStatus;
    Q_EMIT showOrder(shown);
    const QString reason = terminalCheckReason();
    Q_EMIT note(reason, NoteTone::Problem);
    Q_EMIT terminalCheckNeeded(reason);
    Q_EMIT changed();
    return true;
}

QString CashierSession::terminalCheckReason()
{
    return tr("Mercado Pago cannot tell whether the card was approved, and this will not change. Read the terminal's "
              "screen or printed slip, then record what it shows. Do not charge again before checking.");
}

void CashierSession::showNextResumedSale()
{
    while (!m_resumed.isEmpty()) {
        const qint64 localId = m_resumed.takeLast(); // the newest first
        const std::optional<Sale> sale = m_charges->sale(localId);
        if (!sale || sale->isFinished())
            continue;
        m_saleId = localId;
        m_orderId = sale->order.id;
        m_request = sale->request;
        m_sentAt = sentAtOf(localId); // the clock counts from when it was sent, not from now
        m_state = sale->state;
        m_saleError = ApiError();
        m_cancelling = false;
        m_notSentDevice.clear();
        m_idleNote.clear();
        Q_EMIT showSending(sale->request);
        setPhase(Phase::Sending);
        showSale(*sale);
        if (sale->phase == Sale::Phase::AwaitingDecision)
            onSaleNeedsDecision(*sale);
        return;
    }
}

// --- following the sale shown -----------------------------------------------------------------------------

QDateTime CashierSession::sentAtOf(qint64 localId) const
{
    const std::optional<JournalEntry> entry = m_journal ? m_journal->entry(localId) : std::nullopt;
    return entry && entry->createdAt.isValid() ? entry->createdAt : QDateTime::currentDateTimeUtc();
}

void CashierSession::setSlowSendingAfter(int milliseconds)
{
    m_slowTimer.setInterval(qMax(1, milliseconds));
}

void CashierSession::onSendingSlow()
{
    if (m_phase != Phase::Sending || m_cancelling)
        return;
    Q_EMIT note(tr("Mercado Pago is slow to answer right now. PointDesk keeps waiting for its answer and never "
                   "sends the order twice; Esc cancels."),
                NoteTone::Info);
}

void CashierSession::setPhase(Phase phase)
{
    if (phase != Phase::Sending)
        m_slowTimer.stop();
    else if (m_phase != Phase::Sending || !m_slowTimer.isActive())
        m_slowTimer.start();
    m_phase = phase;
    // One request at a time keeps the counter quick on a slow line: no terminal listing while a charge goes out.
    m_monitor->setRefreshHeld(phase == Phase::Sending);
}

void CashierSession::onSaleChanged(const Sale &sale)
{
    if (sale.localId != m_saleId || sale.isFinished())
        return; // other sales: the history shows them; endings arrive through finished()
    showSale(sale);
}

void CashierSession::showSale(const Sale &sale)
{
    m_request = sale.request;
    m_state = sale.state;
    switch (sale.phase) {
    case Sale::Phase::Checking:
    case Sale::Phase::Sending:
        setPhase(Phase::Sending);
        break;
    case Sale::Phase::Reconciling:
        setPhase(Phase::Sending);
        if (!m_cancelling) {
            Q_EMIT showSending(sale.request);
            // An error answer (a 5xx) did arrive: its own words stay (see sendingTroubleText()).
            if (m_saleError.kind() != ApiError::Kind::Server && m_saleError.kind() != ApiError::Kind::Malformed)
                Q_EMIT note(tr("Mercado Pago's answer did not arrive. PointDesk is checking %1 before doing anything "
                           "else, so the customer is never charged twice.")
                            .arg(shown(sale.request.deviceName)),
                        NoteTone::Info);
        }
        break;
    case Sale::Phase::AwaitingDecision:
        break; // needsDecision() follows
    case Sale::Phase::Following: {
        const bool first = m_phase != Phase::Waiting || m_orderId != sale.order.id;
        setPhase(Phase::Waiting);
        m_orderId = sale.order.id;
        if (first) {
            m_monitor->setOwnOrder(sale.request.deviceName, sale.order.id);
            m_monitor->markDevice(sale.request.deviceName, sale.order.id);
            Q_EMIT orderPlaced(sale.request);
        }
        if (m_cancelling && sale.order.cancellationRequested && !m_monitor->isTokenRefused()) {
            Q_EMIT showCancellationRequested(shown(sale.request.deviceName), sale.order.id);
            break; // followed to its end: cancelled, or paid if the customer paid first
        }
        if (m_cancelling || m_monitor->isTokenRefused())
            break; // keep showing "Cancelling..." or "Result unknown" until that changes
        if (sale.state == OrderState::WaitingForCard || sale.state == OrderState::Sending)
            Q_EMIT showWaiting(sale.request.deviceName, sale.order.id, first);
        else
            Q_EMIT showOrder(sale.order);
        break;
    }
    case Sale::Phase::Finished:
        return;
    }
    Q_EMIT changed();
}

void CashierSession::onSaleFinished(const Sale &sale)
{
    if (m_others.remove(sale.localId)) {
        // Followed in the background: the status bar and the history say how it ended; the panel stays the window's.
        Q_EMIT statusMessage(
            tr("The sale of %1 on %2, charged from the command line, ended: %3.")
                .arg(money(sale.request.amount), shown(sale.request.deviceName), OrderStates::displayName(sale.state)),
            10000);
        return;
    }
    if (m_resumed.removeAll(sale.localId) > 0) {
        Q_EMIT resumedSaleEnded(sale);
        return;
    }
    if (sale.localId != m_saleId)
        return;
    qCInfo(lcSession).noquote() << "sale" << sale.localId << "finished:" << OrderStates::toKey(sale.state) << "order"
                                << sale.order.id;
    const bool wasCancelling = m_cancelling;
    m_cancelling = false;
    setPhase(Phase::Finished);
    m_state = sale.state;
    m_orderId = sale.order.id;
    const QString deviceName = sale.request.deviceName;
    m_monitor->setOwnOrder(QString(), OrderRef());
    bool refreshManually = false;

    if (sale.state == OrderState::Failed) {
        const ApiError &error = m_saleError;
        switch (error.kind()) {
        case ApiError::Kind::DeviceBusy:
            m_notSentDevice = deviceName;
            Q_EMIT showNotSent(tr("%1 is busy with another order, so it cannot take this one.").arg(shown(deviceName)),
                               tr("Nothing was charged. Wait until that order finishes, or press Free terminal to "
                                  "cancel it, then press Charge again."));
            break;
        case ApiError::Kind::Unauthorized:
            Q_EMIT showNotSent(error.userMessage(),
                               tr("Nothing was charged. Set up the access token again, then charge."));
            m_monitor->reportTokenRefused();
            break;
        case ApiError::Kind::NotFound:
            Q_EMIT showNotSent(tr("Mercado Pago does not know the terminal %1.").arg(shown(deviceName)),
                               tr("Nothing was charged. Refresh the terminals (F5) and choose one from the list."));
            refreshManually = true;
            break;
        default:
            Q_EMIT showNotSent(sale.lastError.isEmpty() ? error.userMessage() : sale.lastError,
                               tr("Nothing was charged. Press Charge to try again."));
            break;
        }
    } else {
        OrderInfo shown = sale.order;
        shown.state = sale.state;
        Q_EMIT showOrder(shown);
        // A final order no longer holds its terminal: show it free at once (the refresh below confirms it).
        m_monitor->markDevice(deviceName, OrderRef());
    }
    if (m_goneDevices.contains(deviceName) && !m_monitor->device(deviceName)) {
        // Not "free again": the terminal left the account. The state shown is what Mercado Pago reported.
        Q_EMIT terminalGone(shown(deviceName));
    }
    if (wasCancelling && sale.state == OrderState::Approved)
        Q_EMIT note(tr("The customer paid before the order could be cancelled."), NoteTone::Problem);
    if (sale.state == OrderState::ActionRequired) {
        const QString reason = terminalCheckReason();
        Q_EMIT note(reason, NoteTone::Problem);
        Q_EMIT terminalCheckNeeded(reason);
    } else if (sale.state == OrderState::Expired) {
        Q_EMIT note(tr("The order timed out on the terminal; nothing was charged."), NoteTone::Info);
    } else if (sale.state == OrderState::Rejected && sale.order.declineReason != DeclineReason::None) {
        Q_EMIT note(DeclineReasons::advice(sale.order.declineReason), NoteTone::Problem);
    }
    Q_EMIT changed();
    Q_EMIT saleEnded(sale.state);
    m_monitor->clearFollowProblem(false);
    QTimer::singleShot(0, m_monitor, [monitor = m_monitor, refreshManually]() { monitor->refresh(refreshManually); });
}

void CashierSession::onSaleProblem(qint64 localId, const ApiError &error)
{
    if (localId != m_saleId)
        return;
    qCInfo(lcSession).noquote() << "sale" << localId << "problem:" << ApiError::kindKey(error.kind()) << error.detail();
    m_saleError = error;
    if (error.kind() == ApiError::Kind::Unauthorized) {
        m_monitor->reportTokenRefused();
        if (m_phase == Phase::Waiting)
            Q_EMIT showLostTrack(m_orderId, error.userMessage());
    }
    if (m_cancelling && m_phase == Phase::Waiting && error.isTransient()) {
        Q_EMIT note(tr("The cancellation did not get through; PointDesk sends it again in a moment. The customer "
                       "can still pay until it does."),
                    NoteTone::Problem);
    } else if (m_phase == Phase::Sending && error.isTransient()) {
        Q_EMIT note(sendingTroubleText(error), NoteTone::Problem);
    }
    Q_EMIT changed();
}

QString CashierSession::sendingTroubleText(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::Network:
        return tr("Mercado Pago cannot be reached right now; PointDesk keeps trying. Nothing is sent twice.");
    case ApiError::Kind::Timeout:
        return tr("Mercado Pago did not answer in time; PointDesk keeps trying. Nothing is sent twice.");
    case ApiError::Kind::RateLimited:
        return tr("Mercado Pago asked PointDesk to slow down; PointDesk sends the order again in a moment. Nothing "
                  "is sent twice.");
    default:
        // Mercado Pago answered (a 5xx, or an answer it could not finish): the connection is fine, so the words
        // must not say otherwise while the bar says Connected.
        return error.httpStatus() >= 500
                   ? tr("Mercado Pago answered with an error of its own (%1); the connection is fine. The sale is "
                        "safe: PointDesk checks where it stands before anything is sent again, and nothing is "
                        "charged twice. Wait here, or press Esc to stop the sale.")
                         .arg(error.httpStatus())
                   : tr("Mercado Pago answered with an error of its own; the connection is fine. The sale is safe: "
                        "PointDesk checks where it stands before anything is sent again, and nothing is charged "
                        "twice. Wait here, or press Esc to stop the sale.");
    }
}

void CashierSession::onCancelFailed(qint64 localId, const ApiError &error)
{
    if (localId != m_saleId || !m_cancelling || m_phase != Phase::Waiting)
        return;
    // The order is still open and followed: back to waiting, with Cancel order (Esc) to try again.
    m_cancelling = false;
    Q_EMIT showWaiting(m_request.deviceName, m_orderId, true);
    Q_EMIT note(tr("Could not cancel the order: %1 The customer can still pay on %2. Press Esc to cancel again, or "
                   "wait for the customer.")
                    .arg(error.userMessage(), shown(m_request.deviceName)),
                NoteTone::Problem);
    Q_EMIT cancelFailed();
    Q_EMIT changed();
}

bool CashierSession::checkNow()
{
    if (!canCheckNow() || !m_charges->checkNow(m_saleId))
        return false;
    Q_EMIT statusMessage(tr("Asking Mercado Pago how order %1 stands\u2026").arg(m_orderId.toString()), 4000);
    return true;
}

void CashierSession::onSaleNeedsDecision(const Sale &sale)
{
    if (sale.localId != m_saleId)
        return;
    setPhase(Phase::Deciding);
    m_cancelling = false;
    m_state = sale.state;
    Q_EMIT decisionNeeded(sale.doubt == Sale::Doubt::NotSent, sale.lastError);
    Q_EMIT changed();
}

// --- the sales record -------------------------------------------------------------------------------------

void CashierSession::setJournalProblem(const JournalResult &result)
{
    if (!result.ok()) {
        qCWarning(lcSession).noquote() << "sales record:" << JournalResult::kindKey(result.kind()) << result.detail();
    }
    m_journalProblem = result;
    Q_EMIT journalProblemChanged(result);
    Q_EMIT changed();
}

void CashierSession::onJournalProblem(qint64 localId, const JournalResult &result)
{
    // The sale goes on (the service writes again later); new sales wait until the record works.
    if (localId == m_saleId)
        Q_EMIT note(tr("This sale could not be written to the sales record (%1). It goes on; PointDesk writes it as "
                       "soon as it can.")
                        .arg(result.message()),
                    NoteTone::Problem);
    setJournalProblem(result);
}

void CashierSession::openPendingJournal()
{
    if (!m_journal || !m_journal->isPending())
        return;
    const JournalResult opened = m_journal->openPending();
    if (!opened.ok())
        setJournalProblem(opened);
    else
        Q_EMIT changed(); // charging may go on now
}

void CashierSession::retryJournal()
{
    if (!m_journal)
        return;
    if (!m_journal->isOpen()) {
        const QString path = m_journal->path().isEmpty() ? OrderJournal::defaultPath() : m_journal->path();
        const JournalResult opened = m_journal->open(path);
        setJournalProblem(opened);
        if (opened.ok()) {
            Q_EMIT statusMessage(tr("The sales record is open again; charging is on."), 6000);
            resumeUnfinished();
        }
        return;
    }
    // Open but a write failed: a harmless read-and-note tells whether writing works again.
    setJournalProblem(JournalResult());
    Q_EMIT statusMessage(
        tr("Charging is on again. If the sales record still cannot be written, this message comes back."), 8000);
}

void CashierSession::startNewJournal()
{
    if (!m_journal || m_journal->isOpen())
        return;
    const JournalResult created = m_journal->moveAsideAndCreate();
    setJournalProblem(created);
    if (created.ok())
        Q_EMIT statusMessage(tr("A new sales record was started; the old file is kept as %1.")
                                 .arg(QDir::toNativeSeparators(m_journal->movedAsidePath())),
                             0);
}
