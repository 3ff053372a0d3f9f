#pragma once

#include "cli/CliCommand.h"
#include "core/PaymentOrder.h"
#include "sales/ChargeService.h"
#include "store/OrderJournal.h"
#include "store/SaleFollowLock.h"

#include <QPointer>
#include <memory>

class ChargeReporter;

/// `charge`: sends an order to a terminal through ChargeService and the OrderJournal shared with the window: the sale
/// is recorded before anything is sent, and a create whose answer is lost is reconciled, never sent again blindly.
/// With --wait it follows the order until it is paid, declined or cancelled. ChargeReporter tells how it goes. While
/// it runs it holds the sale's SaleFollowLock: a PointDesk window open meanwhile does not poll the same order too.
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

    /// "Nothing was sent to the terminal ...", for every way a charge can end before the order left.
    static QString nothingSentNote(const QString &deviceName);

private:
    // What the command line asked for.
    OrderRequest m_order;
    QString m_amountText;
    QString m_cardText;
    bool m_wait = false;

    // While running.
    std::unique_ptr<OrderJournal> m_journal;
    QPointer<ChargeService> m_service;
    ChargeReporter *m_reporter = nullptr;
    std::unique_ptr<SaleFollowLock> m_followLock; ///< held from the moment the sale is recorded until the command ends
};
