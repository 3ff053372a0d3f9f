#pragma once

#include "api/ApiError.h"
#include "core/PaymentOrder.h"
#include "sales/ChargeService.h"
#include "store/OrderJournal.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

class CliContext;

/// Tells how one `charge` goes: turns ChargeService's signals about the sale into pointdesk-cli's lines (the order
/// sent, its journal number, the states while --wait follows it, retries) and ends the run with the outcome: paid,
/// declined, cancelled, not charged, or uncertain (the order may have reached the terminal).
class ChargeReporter : public QObject
{
    Q_OBJECT

public:
    /// Listens to `service` from here on; `journalPath` is the journal the sale is recorded in.
    ChargeReporter(CliContext &context, ChargeService *service, OrderRequest order, bool wait, QString journalPath,
                   QObject *parent = nullptr);

    /// The sale ChargeService started for this charge; signals about any other are not ours.
    void follow(qint64 localId);
    qint64 localId() const { return m_localId; }
    /// The sale as the service has it now, else as it last reported it.
    Sale latestSale() const;

    /// `device`, `amount`, `description`, `local_id` and (when known) `external_reference` of the sale.
    QJsonObject saleJson() const;
    /// The order's document, completed with saleJson().
    QJsonObject orderJson(const OrderInfo &order) const;
    /// When the journal failed to record a change of the sale: a warning for stderr, and "journal_error" in
    /// `document`. "" when the journal recorded everything.
    QString journalTroubleNote(QJsonObject *document) const;

private:
    void onSaleChanged(const Sale &sale);
    void onSaleFinished(const Sale &sale);
    void onSaleProblem(qint64 localId, const ApiError &error);
    void onJournalProblem(qint64 localId, const JournalResult &result);
    void onNeedsDecision(const Sale &sale);
    /// The outcome of a sale that ended Failed: why nothing was charged.
    void failSale(const Sale &sale);
    /// Writes `text` to stderr on the next event loop turn, unless the run has ended by then: a problem that
    /// ChargeService reports just before it ends the sale is told once, in the final error.
    void deferNote(const QString &text);

    CliContext *m_context;
    QPointer<ChargeService> m_service;
    OrderRequest m_order;
    bool m_wait;
    QString m_journalPath;

    qint64 m_localId = 0;
    OrderRef m_orderId;
    Sale m_sale; ///< the latest state of the sale, as ChargeService last reported it
    bool m_orderAnnounced = false;
    bool m_reconcileAnnounced = false;
    ApiError m_lastProblem;
    JournalResult m_journalTrouble;
    QStringList m_pendingNotes;
    QString m_lastNote; ///< the latest note written, so that the same one is not repeated at every retry
    OrderState m_lastShownState = OrderState::Sending;
};
