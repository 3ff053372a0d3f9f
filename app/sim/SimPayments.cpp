#include "sim/SimPayments.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace {

constexpr qint64 kKeyLifetimeMs = 24LL * 60 * 60 * 1000;
const QString kGet = QStringLiteral("GET");
const QString kPost = QStringLiteral("POST");

/// The classic Payments envelope of payments-refunds.md 2.5: message, error, status, cause[{code, description,
/// data}]. `pageText` is the reference page's text ("Payment-not-found"); the message has its hyphens as spaces.
SimHttpResponse paymentsError(int status, int code, const QString &pageText)
{
    QString message = pageText;
    message.replace(QLatin1Char('-'), QLatin1Char(' '));
    QJsonArray cause;
    if (code != 0) {
        const QString data = QDateTime::currentDateTimeUtc().toString(QStringLiteral("dd-MM-yyyy'T'HH:mm:ss'UTC;'")) +
                             QUuid::createUuid().toString(QUuid::WithoutBraces);
        cause.append(QJsonObject{
            {QStringLiteral("code"), code},
            {QStringLiteral("description"), message},
            {QStringLiteral("data"), data},
        });
    }
    return SimHttpResponse::json(status, QJsonObject{
                                             {QStringLiteral("message"), message},
                                             {QStringLiteral("error"), SimHttpResponse::errorCode(status)},
                                             {QStringLiteral("status"), status},
                                             {QStringLiteral("cause"), cause},
                                         });
}

SimHttpResponse paymentNotFound()
{
    return paymentsError(404, 2000, QStringLiteral("Payment-not-found"));
}

QJsonValue amountJson(qint64 cents)
{
    if (cents % 100 == 0)
        return QJsonValue(cents / 100);
    return QJsonValue(static_cast<double>(cents) / 100.0);
}

QString localTimestamp(const QDateTime &when)
{
    const QDateTime local = when.toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODateWithMs);
}

QJsonObject renderRefund(const SimRefund &refund, qint64 paymentId)
{
    return QJsonObject{
        {QStringLiteral("id"), refund.id},
        {QStringLiteral("payment_id"), paymentId},
        {QStringLiteral("amount"), amountJson(refund.amountCents)},
        {QStringLiteral("metadata"), QJsonObject()},
        {QStringLiteral("source"), QJsonObject{{QStringLiteral("id"), QStringLiteral("823549964")},
                                               {QStringLiteral("name"), QStringLiteral("PointDesk Demo")},
                                               {QStringLiteral("type"), refund.sourceType}}},
        {QStringLiteral("date_created"), localTimestamp(refund.createdAt)},
        {QStringLiteral("unique_sequence_number"), QJsonValue::Null},
        {QStringLiteral("refund_mode"), QStringLiteral("standard")},
        {QStringLiteral("adjustment_amount"), 0},
        {QStringLiteral("status"), refund.status},
        {QStringLiteral("reason"), QJsonValue::Null},
        {QStringLiteral("labels"), QJsonArray()},
        {QStringLiteral("partition_details"), QJsonArray()},
    };
}

std::optional<qint64> parseId(const QString &text)
{
    if (text.isEmpty() || text.size() > 18 ||
        !std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit() && c.unicode() < 128; }))
        return std::nullopt;
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(id) : std::nullopt;
}

} // namespace

void SimPayments::add(qint64 id, qint64 amountCents, const QString &status, const QDateTime &createdAt)
{
    SimPayment payment;
    payment.id = id;
    payment.amountCents = amountCents;
    payment.status = status;
    payment.statusDetail = status == QLatin1String("approved") ? QStringLiteral("accredited")
                                                                : QStringLiteral("cc_rejected_other_reason");
    payment.createdAt = createdAt.toUTC();
    m_payments.append(payment);
}

std::optional<SimPayment> SimPayments::payment(qint64 id) const
{
    if (const SimPayment *found = find(id))
        return *found;
    return std::nullopt;
}

SimPayment *SimPayments::find(qint64 id)
{
    for (SimPayment &payment : m_payments) {
        if (payment.id == id)
            return &payment;
    }
    return nullptr;
}

const SimPayment *SimPayments::find(qint64 id) const
{
    return const_cast<SimPayments *>(this)->find(id);
}

bool SimPayments::setPartialRefundAllowed(qint64 paymentId, bool allowed)
{
    SimPayment *payment = find(paymentId);
    if (!payment)
        return false;
    payment->partialRefundAllowed = allowed;
    return true;
}

bool SimPayments::agePayment(qint64 paymentId, int days)
{
    SimPayment *payment = find(paymentId);
    if (!payment)
        return false;
    payment->createdAt = payment->createdAt.addDays(-qMax(0, days));
    return true;
}

int SimPayments::settleRefundsInProcess()
{
    int settled = 0;
    for (SimPayment &payment : m_payments) {
        for (SimRefund &refund : payment.refunds) {
            if (refund.status == QLatin1String("in_process")) {
                refund.status = QStringLiteral("approved");
                ++settled;
            }
        }
    }
    return settled;
}

SimRefund SimPayments::addRefund(SimPayment &payment, qint64 cents, const QString &status, const QString &sourceType)
{
    m_lastRefundId = qMax(m_lastRefundId, qint64(1'000'000'000)) + QRandomGenerator::global()->bounded(1, 1000);
    SimRefund refund;
    refund.id = m_lastRefundId;
    refund.amountCents = cents;
    refund.status = status;
    refund.createdAt = QDateTime::currentDateTimeUtc();
    refund.sourceType = sourceType;
    payment.refunds.append(refund);
    payment.refundedCents += cents;
    // Partial refunds that reach the total turn the payment "refunded" (the simulator's choice, contract 2.4).
    if (payment.refundedCents >= payment.amountCents) {
        payment.status = QStringLiteral("refunded");
        payment.statusDetail = QStringLiteral("refunded");
    } else {
        payment.statusDetail = QStringLiteral("partially_refunded");
    }
    return refund;
}

qint64 SimPayments::refundFromPanel(qint64 paymentId, std::optional<qint64> amountCents)
{
    SimPayment *payment = find(paymentId);
    if (!payment || payment->status != QLatin1String("approved"))
        return 0;
    const qint64 balance = payment->amountCents - payment->refundedCents;
    const qint64 cents = amountCents.value_or(balance);
    if (cents <= 0 || cents > balance)
        return 0;
    return addRefund(*payment, cents, QStringLiteral("approved"), QStringLiteral("admin")).id;
}

SimHttpResponse SimPayments::route(const SimHttpRequest &request, const QStringList &rest, const QString &token,
                                   bool authorized)
{
    if (!authorized)
        return paymentsError(401, 401, QStringLiteral("Invalid-token"));
    if (rest.isEmpty())
        return paymentsError(404, 0, QStringLiteral("Resource-not-found"));
    const std::optional<qint64> paymentId = parseId(rest.at(0));
    if (!paymentId)
        return paymentsError(400, 400, QStringLiteral("Bad-Request"));

    if (rest.size() == 1) {
        if (request.method != kGet)
            return paymentsError(405, 0, QStringLiteral("Method-not-allowed"));
        return getPayment(*paymentId);
    }
    if (rest.at(1) != QLatin1String("refunds") || rest.size() > 3)
        return paymentsError(404, 0, QStringLiteral("Resource-not-found"));
    if (rest.size() == 3) {
        if (request.method != kGet)
            return paymentsError(405, 0, QStringLiteral("Method-not-allowed"));
        return getRefund(*paymentId, rest.at(2));
    }
    if (request.method == kGet)
        return listRefunds(*paymentId);
    if (request.method != kPost)
        return paymentsError(405, 0, QStringLiteral("Method-not-allowed"));

    ++m_refundRequests;
    const QByteArray key = request.header(QByteArrayLiteral("X-Idempotency-Key"));
    if (key.isEmpty())
        return paymentsError(400, 4292, QStringLiteral("Header-X-Idempotency-Key-can't-be-null"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString scoped = token + QLatin1Char('\n') + QString::fromUtf8(key);
    const auto kept = m_keys.constFind(scoped);
    if (kept != m_keys.constEnd() && now - kept->firstUseMs < kKeyLifetimeMs)
        return kept->response; // any reuse: the first reply, verbatim, whatever the new body
    const SimHttpResponse response = createRefund(request, *paymentId);
    if (response.status < 500)
        m_keys.insert(scoped, KeptReply{response, now});
    return response;
}

SimHttpResponse SimPayments::createRefund(const SimHttpRequest &request, qint64 paymentId)
{
    SimPayment *payment = find(paymentId);
    if (!payment)
        return paymentNotFound();

    std::optional<qint64> requested;
    if (!request.body.trimmed().isEmpty()) {
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return paymentsError(400, 400, QStringLiteral("Bad-Request"));
        const QJsonValue amount = document.object().value(QStringLiteral("amount"));
        if (!amount.isUndefined() && !amount.isNull()) {
            if (!amount.isDouble())
                return paymentsError(400, 4041, QStringLiteral("amount-attribute-must-be-numeric"));
            const double value = amount.toDouble();
            if (!(value > 0))
                return paymentsError(400, 4040, QStringLiteral("amount-attribute-must-be-positive"));
            const double scaled = value * 100.0;
            if (!std::isfinite(scaled) || scaled > 1e15 || std::fabs(scaled - std::round(scaled)) > 1e-6)
                return paymentsError(400, 4041, QStringLiteral("amount-attribute-must-be-numeric"));
            requested = static_cast<qint64>(std::llround(scaled));
        }
    }

    if (payment->status != QLatin1String("approved"))
        return paymentsError(400, 2063, QStringLiteral(
                                            "The-action-requested-is-not-valid-for-the-current-payment-state"));
    if (payment->createdAt.daysTo(QDateTime::currentDateTimeUtc()) > m_windowDays)
        return paymentsError(400, 2024, QStringLiteral("Payment-too-old-to-be-refunded"));
    const qint64 balance = payment->amountCents - payment->refundedCents;
    const qint64 cents = requested.value_or(balance);
    if (requested && *requested < payment->amountCents && !payment->partialRefundAllowed)
        return paymentsError(400, 3024,
                             QStringLiteral("Not valid action - partial refund unsupported for this transaction"));
    if (cents > balance || cents <= 0)
        return paymentsError(400, 2063, QStringLiteral(
                                            "The-action-requested-is-not-valid-for-the-current-payment-state"));

    QString status = QStringLiteral("approved");
    if (m_contingency) {
        if (request.header(QByteArrayLiteral("X-Render-In-Process-Refunds")).toLower() != "true")
            return paymentsError(400, 0, QStringLiteral("Refund-in-contingency"));
        status = QStringLiteral("in_process");
    }
    const SimRefund refund = addRefund(*payment, cents, status, QStringLiteral("collector"));
    return SimHttpResponse::json(201, renderRefund(refund, payment->id));
}

SimHttpResponse SimPayments::listRefunds(qint64 paymentId) const
{
    const SimPayment *payment = find(paymentId);
    if (!payment)
        return paymentNotFound();
    QJsonArray list;
    for (const SimRefund &refund : payment->refunds)
        list.append(renderRefund(refund, payment->id));
    SimHttpResponse response;
    response.status = 200;
    response.body = QJsonDocument(list).toJson(QJsonDocument::Compact);
    response.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    return response;
}

SimHttpResponse SimPayments::getRefund(qint64 paymentId, const QString &refundId) const
{
    const SimPayment *payment = find(paymentId);
    if (!payment)
        return paymentNotFound();
    const std::optional<qint64> id = parseId(refundId);
    for (const SimRefund &refund : payment->refunds) {
        if (id && refund.id == *id)
            return SimHttpResponse::json(200, renderRefund(refund, payment->id));
    }
    return paymentsError(404, 2032, QStringLiteral("Refund-not-found"));
}

SimHttpResponse SimPayments::getPayment(qint64 paymentId) const
{
    const SimPayment *payment = find(paymentId);
    if (!payment)
        return paymentNotFound();
    QJsonArray refunds;
    for (const SimRefund &refund : payment->refunds)
        refunds.append(renderRefund(refund, payment->id));
    return SimHttpResponse::json(200, QJsonObject{
                                          {QStringLiteral("id"), payment->id},
                                          {QStringLiteral("status"), payment->status},
                                          {QStringLiteral("status_detail"), payment->statusDetail},
                                          {QStringLiteral("transaction_amount"), amountJson(payment->amountCents)},
                                          {QStringLiteral("transaction_amount_refunded"),
                                           amountJson(payment->refundedCents)},
                                          {QStringLiteral("date_created"), localTimestamp(payment->createdAt)},
                                          {QStringLiteral("refunds"), refunds},
                                      });
}
