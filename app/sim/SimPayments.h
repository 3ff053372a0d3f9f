#pragma once

#include "sim/SimHttpServer.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>
#include <optional>

/// One refund of a simulated payment (payments-refunds.md 2.2).
struct SimRefund
{
    qint64 id = 0;
    qint64 amountCents = 0;
    QString status;      ///< "approved" or "in_process"
    QDateTime createdAt; ///< with the account's local offset
    QString sourceType;  ///< "collector" (refunded through the API) or "admin" (from the Mercado Pago panel)
};

/// One payment of the simulated account: what a legacy Point order turns into when the customer pays.
struct SimPayment
{
    qint64 id = 0;
    qint64 amountCents = 0;
    qint64 refundedCents = 0; ///< approved and in-process refunds together
    QString status;           ///< "approved", "refunded" or "rejected"
    QString statusDetail;     ///< "accredited", "partially_refunded", "refunded", "cc_rejected_other_reason"
    QDateTime createdAt;      ///< UTC
    QList<SimRefund> refunds; ///< oldest first
    bool partialRefundAllowed = true;
};

/// The Payments API's refund calls for payments taken through the legacy Point API, served by PointSimulator:
/// POST and GET /v1/payments/{id}/refunds, GET /v1/payments/{id}/refunds/{refund_id}, GET /v1/payments/{id}.
/// Written from ../shared/contracts/payments-refunds.md, including its "Simulator" choices: the classic error
/// envelope with a numeric cause code, keys kept 24 h per token and any reuse answered with the first reply
/// verbatim (whatever the new body; replies >= 500 are not kept), a refund window (180 days by default), partial
/// refunds that add up to the total turning the payment "refunded", a contingency switch.
class SimPayments
{
public:
    static constexpr int kDefaultRefundWindowDays = 180;

    /// Records a payment; `status` "approved" makes it refundable, anything else ("rejected") does not.
    void add(qint64 id, qint64 amountCents, const QString &status, const QDateTime &createdAt);
    std::optional<SimPayment> payment(qint64 id) const;
    QList<SimPayment> payments() const { return m_payments; }

    /// Answers a request whose path starts with /v1/payments; `rest` is what follows ("123", "refunds", ...).
    /// `token` scopes the idempotency keys; an unauthorised request gets the envelope's 401.
    SimHttpResponse route(const SimHttpRequest &request, const QStringList &rest, const QString &token,
                          bool authorized);

    // Test hooks (the control surface's "refund_window_days", "partial_refunds", "contingency" ...).
    void setRefundWindowDays(int days) { m_windowDays = qMax(0, days); }
    int refundWindowDays() const { return m_windowDays; }
    /// The payment refuses partial refunds (3024) from now on.
    bool setPartialRefundAllowed(qint64 paymentId, bool allowed);
    /// Moves the payment's date `days` into the past, to reach the refund window.
    bool agePayment(qint64 paymentId, int days);
    /// Refunds are stuck in contingency: 201 "in_process" with X-Render-In-Process-Refunds: true, else a 400 with
    /// an empty cause.
    void setContingency(bool on) { m_contingency = on; }
    /// Every "in_process" refund turns "approved".
    int settleRefundsInProcess();
    /// A refund made outside PointDesk (the Mercado Pago panel); nullopt = the whole balance. Returns the refund id,
    /// 0 when the payment is unknown or has nothing left to refund.
    qint64 refundFromPanel(qint64 paymentId, std::optional<qint64> amountCents);
    /// Refund calls answered (replays included).
    int refundRequests() const { return m_refundRequests; }

private:
    SimHttpResponse createRefund(const SimHttpRequest &request, qint64 paymentId);
    SimHttpResponse listRefunds(qint64 paymentId) const;
    SimHttpResponse getRefund(qint64 paymentId, const QString &refundId) const;
    SimHttpResponse getPayment(qint64 paymentId) const;
    SimPayment *find(qint64 id);
    const SimPayment *find(qint64 id) const;
    SimRefund addRefund(SimPayment &payment, qint64 cents, const QString &status, const QString &sourceType);

    struct KeptReply
    {
        SimHttpResponse response;
        qint64 firstUseMs = 0;
    };

    QList<SimPayment> m_payments;
    QHash<QString, KeptReply> m_keys; ///< token + '\n' + key
    int m_windowDays = kDefaultRefundWindowDays;
    bool m_contingency = false;
    qint64 m_lastRefundId = 0;
    int m_refundRequests = 0;
};
