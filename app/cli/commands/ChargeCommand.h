#pragma once

#include "api/ApiError.h"
#include "cli/CliCommand.h"
#include "sales/ChargeService.h"
#include "store/OrderJournal.h"

#include <QPointer>
#include <memory>

/// `charge`: sends an order to a terminal through ChargeService and the OrderJournal shared with the window: the sale
/// is recorded before anything is sent, and a create whose answer is lost is reconciled, never sent again blindly.
/// With --wait it follows the order until it is paid, declined or cancelled.
class ChargeCommand : public CliCommand
{
    Q_OBJECT

public:
    /// Attempts at one terminal listing or order lookup (ChargeService's default suits a cashier who can wait; a
    /// script wants an answer within seconds, and past the certainty window a free terminal proves nothing anyway).
    static constexpr int kLookupAttempts = 5;

    using CliCommand::CliCommand;
    ~ChargeCommand() override;

    QString name() const override { return QStringLiteral("charge"); }
    QList<CliOption> options() const override;
    QList<CliUsage> usages() const override;
    bool parse(const QCommandLineParser &parser, const QStringList &arguments, CliContext &context) override;
    bool checkInput(CliContext &context) override;
    void run(CliContext &context) override;
    Interruption interruption(CliContext &context) override;

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
    /// When the journal failed to record a change of the sale: a warning for stderr, and "journal_error" in
    /// `document`. "" when the journal recorded everything.
    QString journalTroubleNote(QJsonObject *document) const;
    /// `device`, `amount`, `description`, `local_id` and (when known) `external_reference` of the sale.
    QJsonObject saleJson() const;
    /// The order's document, completed with saleJson().
    QJsonObject orderJson(const OrderInfo &order) const;
    /// "Nothing was sent to the terminal ...".
    QString nothingSentNote() const;

    CliContext *m_context = nullptr;
    // What the command line asked for.
    OrderRequest m_order;
    QString m_amountText;
    QString m_cardText;
    bool m_wait = false;

    // While running.
    std::unique_ptr<OrderJournal> m_journal;
    QPointer<ChargeService> m_service;
    qint64 m_localId = 0;
    qint64 m_orderId = 0;
    Sale m_sale; ///< the latest state of the sale, as ChargeService last reported it
    bool m_orderAnnounced = false;
    bool m_reconcileAnnounced = false;
    ApiError m_lastProblem;
    JournalResult m_journalTrouble;
    QStringList m_pendingNotes;
    QString m_lastNote; ///< the latest note written, so that the same one is not repeated at every retry
    OrderState m_lastShownState = OrderState::Sending;
};
