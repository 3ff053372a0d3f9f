#include "sales/RefundService.h"

#include "store/OrderJournal.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcRefund, "pointdesk.refund")

namespace {

/// The API certainly did not make the refund: nothing left the machine, or a definite no came back.
bool isDefiniteNo(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::InvalidInput:
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::Forbidden:
    case ApiError::Kind::NotFound:
    case ApiError::Kind::Validation:
    case ApiError::Kind::DeviceBusy:
    case ApiError::Kind::Keychain:
        return true;
    default:
        return !error.mayHaveReachedServer() && !error.isTransient();
    }
}

} // namespace

RefundService::RefundService(PointBackend *backend, OrderJournal *journal, QObject *parent)
    : QObject(parent), m_backend(backend), m_journal(journal)
{
    qRegisterMetaType<JournalRefund>();
}

RefundService::~RefundService() = default;

QString RefundService::refusalMessage(Refusal refusal, const std::optional<RefundBalance> &balance) const
{
    const Currency currency = m_backend ? m_backend->currency() : Currency();
    const auto money = [&](const Money &m) { return m.toCurrencyString(QLocale(), currency); };
    switch (refusal) {
    case Refusal::None:
        return {};
    case Refusal::NoRefundsHere:
        return tr("This account's Mercado Pago API cannot refund from PointDesk. Refund the payment from the "
                  "Mercado Pago panel.");
    case Refusal::OtherApi:
        return tr("This sale was charged through the other Mercado Pago API. Refund it from the Mercado Pago panel, "
                  "or from PointDesk set up with that API.");
    case Refusal::NotFound:
        return tr("That sale is not in this computer's sales record.");
    case Refusal::NotPaid:
        return tr("Only a paid sale can be refunded. This one was not paid, so no money needs to go back.");
    case Refusal::NoPayment:
        return tr("This sale has no Mercado Pago payment number, so it cannot be refunded from PointDesk. Refund it "
                  "from the Mercado Pago panel.");
    case Refusal::InProgress:
        return tr("A refund of this sale is still on its way. Wait until it is settled before refunding again.");
    case Refusal::NothingLeft:
        return tr("This sale was refunded in full already: nothing is left to give back.");
    case Refusal::AboveBalance:
        return tr("That is more than is left to give back. At most %1 can be refunded.")
            .arg(money(balance ? balance->left() : Money()));
    case Refusal::PartialNotSupported:
        return tr("This account's Mercado Pago API refunds only the whole amount. Refund in full, or refund part "
                  "of it from the Mercado Pago panel.");
    case Refusal::TooOld:
        return tr("This sale is older than Mercado Pago's refund window of %n days, so it cannot be refunded from "
                  "PointDesk. Refund it from the Mercado Pago panel.",
                  nullptr, m_backend ? m_backend->capabilities().refundWindowDays : 0);
    case Refusal::NotAnAmount:
        return tr("Enter a refund amount above zero that %1 can pay out exactly.").arg(currency.displayName());
    case Refusal::Journal:
        return tr("The sales record cannot be read or written right now, so nothing was refunded. Check the disk "
                  "and try again.");
    }
    return {};
}

RefundService::Check RefundService::check(qint64 saleLocalId, const std::optional<Money> &amount) const
{
    Check out;
    const auto refuse = [&](Refusal refusal) {
        out.refusal = refusal;
        out.message = refusalMessage(refusal, out.balance);
        return out;
    };
    if (!m_backend || !m_backend->capabilities().refunds)
        return refuse(Refusal::NoRefundsHere);
    if (!m_journal || !m_journal->isOpen())
        return refuse(Refusal::Journal);
    const std::optional<JournalEntry> sale = m_journal->entry(saleLocalId);
    if (!sale)
        return refuse(Refusal::NotFound);
    out.balance = m_journal->refundBalance(saleLocalId);
    if (sale->backend != m_backend->key())
        return refuse(Refusal::OtherApi);
    if (sale->state == OrderState::Refunded)
        return refuse(Refusal::NothingLeft);
    if (sale->state != OrderState::Approved && sale->state != OrderState::PartlyRefunded)
        return refuse(Refusal::NotPaid);
    if (sale->paymentId.isNull() && sale->orderId.isNull())
        return refuse(Refusal::NoPayment);
    if (!out.balance)
        return refuse(Refusal::Journal);
    if (out.balance->refundInProgress)
        return refuse(Refusal::InProgress);
    if (!out.balance->left().isPositive())
        return refuse(Refusal::NothingLeft);
    const Currency currency = m_backend->currency();
    if (amount && (!amount->isPositive() || amount->cents() % currency.centsPerStep() != 0))
        return refuse(Refusal::NotAnAmount);
    if (amount && out.balance->left() < *amount)
        return refuse(Refusal::AboveBalance);
    if (amount && *amount != out.balance->paid && !m_backend->capabilities().partialRefunds)
        return refuse(Refusal::PartialNotSupported);
    const int windowDays = m_backend->capabilities().refundWindowDays;
    if (windowDays > 0 && sale->createdAt.daysTo(QDateTime::currentDateTimeUtc()) > windowDays)
        return refuse(Refusal::TooOld);
    return out;
}

qint64 RefundService::refund(qint64 saleLocalId, const std::optional<Money> &amount, const QString &reason,
                             const QString &requestedBy, Check *refusal)
{
    Check checked = check(saleLocalId, amount);
    if (checked.ok()) {
        JournalResult result;
        const qint64 refundLocalId = m_journal->recordRefund(saleLocalId, amount, reason, requestedBy, &result);
        if (refundLocalId > 0) {
            if (refusal)
                *refusal = checked;
            send(refundLocalId);
            return refundLocalId;
        }
        // Another till got there between the check and the write (the journal re-checks in its transaction).
        checked = check(saleLocalId, amount);
        if (checked.ok()) {
            checked.refusal = Refusal::Journal;
            checked.message = refusalMessage(Refusal::Journal, checked.balance);
        }
    }
    if (refusal)
        *refusal = checked;
    return 0;
}

int RefundService::resumeOpenRefunds(qint64 saleLocalId)
{
    if (!m_backend || !m_journal || !m_journal->isOpen())
        return 0;
    int resumed = 0;
    for (const JournalRefund &open : m_journal->openRefunds()) {
        if (open.state != JournalRefund::State::Recorded || m_inFlight.contains(open.refundLocalId) ||
            (saleLocalId != 0 && open.saleLocalId != saleLocalId))
            continue;
        const std::optional<JournalEntry> sale = m_journal->entry(open.saleLocalId);
        if (!sale || sale->backend != m_backend->key())
            continue;
        m_inFlight.insert(open.refundLocalId, 0);
        send(open.refundLocalId);
        ++resumed;
    }
    return resumed;
}

void RefundService::send(qint64 refundLocalId)
{
    const std::optional<JournalRefund> recorded = m_journal->refund(refundLocalId);
    const std::optional<JournalEntry> sale = recorded ? m_journal->entry(recorded->saleLocalId) : std::nullopt;
    if (!m_backend || !recorded || !sale) {
        m_inFlight.remove(refundLocalId);
        return;
    }
    // Counted before it leaves: a request that cannot be counted is not sent.
    const JournalResult counted = m_journal->recordRefundSent(refundLocalId);
    if (!counted.ok()) {
        m_inFlight.remove(refundLocalId);
        emit refundUnclear(*recorded, refusalMessage(Refusal::Journal, std::nullopt));
        return;
    }
    m_inFlight[refundLocalId] += 1;
    RefundRequest request;
    request.order = sale->orderId;
    request.payment = sale->paymentId;
    if (!recorded->wholeBalance)
        request.amount = recorded->amount;
    qCInfo(lcRefund) << "refund" << refundLocalId << "of sale" << sale->localId << "attempt"
                     << m_inFlight.value(refundLocalId);
    m_backend->refund(request, recorded->idempotencyKey)->then(this, [this, refundLocalId](const Call<RefundInfo> &call) {
        onAnswer(refundLocalId, call.error(), call.ok() ? call.value() : RefundInfo());
    });
}

void RefundService::onAnswer(qint64 refundLocalId, const ApiError &error, const RefundInfo &info)
{
    if (!error.isError()) {
        m_inFlight.remove(refundLocalId);
        m_backoff.reset();
        const JournalResult written = m_journal->recordRefundResult(refundLocalId, info);
        const std::optional<JournalRefund> now = m_journal->refund(refundLocalId);
        if (!written.ok() || !now) {
            // The money went back but the record could not say so: keep it unsettled, so that the resend with the
            // same key (answered with this same refund) records it later. Never a second refund.
            if (now)
                emit refundUnclear(*now, refusalMessage(Refusal::Journal, std::nullopt));
            return;
        }
        emit refundAnswered(*now);
        return;
    }
    if (isDefiniteNo(error)) {
        settleFailed(refundLocalId, error.userMessage());
        return;
    }
    // The answer was lost, or Mercado Pago is busy: the same refund again, with its key, after a wait.
    m_journal->recordRefundProblem(refundLocalId, error.detail());
    if (m_inFlight.value(refundLocalId) >= m_maxAttempts) {
        m_inFlight.remove(refundLocalId);
        if (const std::optional<JournalRefund> now = m_journal->refund(refundLocalId)) {
            emit refundUnclear(*now, tr("The refund's answer did not arrive. PointDesk keeps it and asks again with "
                                        "the same request, which Mercado Pago never carries out twice. Do not "
                                        "refund this sale again."));
        }
        return;
    }
    const int waitMs = m_backoff.next(error);
    QTimer::singleShot(waitMs, this, [this, refundLocalId] {
        if (m_inFlight.contains(refundLocalId))
            send(refundLocalId);
    });
}

void RefundService::settleFailed(qint64 refundLocalId, const QString &message)
{
    m_inFlight.remove(refundLocalId);
    m_journal->markRefundFailed(refundLocalId, message);
    if (const std::optional<JournalRefund> now = m_journal->refund(refundLocalId))
        emit refundFailed(*now, message);
}
