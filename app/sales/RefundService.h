#pragma once

#include "api/Backoff.h"
#include "api/PointBackend.h"
#include "store/JournalRecords.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

class OrderJournal;
class QTimer;

/// Gives money back for paid sales, never twice: each refund is written to the journal with its own idempotency
/// key before it leaves, a lost answer is resent with that same key (never replaced by a new refund), and
/// everything that can be refused is refused before anything is sent, in the manager's words. Widget-free: the
/// history window and `pointdesk-cli refund` both use it.
class RefundService : public QObject
{
    Q_OBJECT

public:
    /// Why a refund cannot be made now.
    enum class Refusal {
        None,
        NoRefundsHere,       ///< the account's API cannot refund from PointDesk
        OtherApi,            ///< the sale went through the other Mercado Pago API
        NotFound,            ///< no such sale
        NotPaid,             ///< the sale was not paid (or not yet)
        NoPayment,           ///< the sale has no order / payment number to refund by
        InProgress,          ///< another refund of the sale is not settled yet
        NothingLeft,         ///< everything was given back already
        AboveBalance,        ///< the amount is above what is left
        PartialNotSupported, ///< the API refunds only the whole amount
        TooOld,              ///< past the API's refund window
        NotAnAmount,         ///< zero, negative or not a whole number of the currency's steps
        Journal              ///< the sales record cannot be read or written
    };

    struct Check
    {
        Refusal refusal = Refusal::None;
        QString message; ///< translated; empty when the refund may go ahead
        std::optional<RefundBalance> balance;
        bool ok() const { return refusal == Refusal::None; }
    };

    static constexpr int kDefaultMaxAttempts = 5;

    RefundService(PointBackend *backend, OrderJournal *journal, QObject *parent = nullptr);
    ~RefundService() override;

    /// Retries of a refund whose answer was lost, with the same key, before it is left for resumeOpenRefunds().
    void setMaxAttempts(int attempts) { m_maxAttempts = qMax(1, attempts); }
    Backoff &backoff() { return m_backoff; }

    /// Whether sale `saleLocalId` can give back `amount` (nullopt: the whole remaining balance) now.
    Check check(qint64 saleLocalId, const std::optional<Money> &amount) const;
    /// Records the refund and sends it. Returns its local id, or 0 when it was refused (then `refusal` says why,
    /// and nothing was written or sent).
    qint64 refund(qint64 saleLocalId, const std::optional<Money> &amount, const QString &reason,
                  const QString &requestedBy, Check *refusal = nullptr);
    /// Sends again, each with its own key, every refund whose answer is not known (after a restart, or after the
    /// retries ran out); only those of sale `saleLocalId` when it is not 0. Refunds of the other API are left alone.
    int resumeOpenRefunds(qint64 saleLocalId = 0);
    /// Refunds on their way now.
    int inFlight() const { return m_inFlight.size(); }

Q_SIGNALS:
    /// The API answered: done, pending (still being processed) or rejected.
    void refundAnswered(const JournalRefund &refund);
    /// The refund was certainly not made; `message` says why and what to do.
    void refundFailed(const JournalRefund &refund, const QString &message);
    /// The answer did not arrive after the retries: the refund is kept unsettled and will be sent again with the
    /// same key. Never refund it again by hand.
    void refundUnclear(const JournalRefund &refund, const QString &message);

private:
    void send(qint64 refundLocalId);
    void onAnswer(qint64 refundLocalId, const ApiError &error, const RefundInfo &info);
    void settleFailed(qint64 refundLocalId, const QString &message);
    QString refusalMessage(Refusal refusal, const std::optional<RefundBalance> &balance) const;

    QPointer<PointBackend> m_backend;
    OrderJournal *m_journal = nullptr;
    Backoff m_backoff{2000, 30000};
    int m_maxAttempts = kDefaultMaxAttempts;
    QHash<qint64, int> m_inFlight; ///< refund local id -> attempts in this run
};
