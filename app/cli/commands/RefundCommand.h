#pragma once

#include "cli/CliCommand.h"
#include "core/Money.h"
#include "store/JournalRecords.h"

#include <memory>
#include <optional>

class ManagerPinGate;
class OrderJournal;
class RefundService;

/// `refund PAYMENT_ID|ORDER_ID [--amount A] [--reason TEXT]` and `refund --sale N ...`: gives back the whole
/// remaining balance of a paid sale of this computer's sales record, or part of it, after the manager PIN when one is
/// set. RefundService checks it first (nothing is sent when it is refused), writes it to the journal with its key
/// and resends a lost answer with that key.
class RefundCommand : public CliCommand
{
    Q_OBJECT

public:
    explicit RefundCommand(QObject *parent = nullptr);
    ~RefundCommand() override;

    QString name() const override { return QStringLiteral("refund"); }
    QList<CliOption> options() const override;
    QList<CliArgument> arguments() const override;
    QList<CliUsage> usages() const override;
    bool parse(const QCommandLineParser &parser, const QStringList &arguments, CliContext &context) override;
    bool checkInput(CliContext &context) override;
    void run(CliContext &context) override;
    Interruption interruption(CliContext &context) override;

private:
    void start(CliContext &context);
    QJsonObject describe(const JournalRefund &refund) const;

    QString m_idText;
    QString m_saleText;
    QString m_amountText;
    QString m_reason;
    qint64 m_saleId = 0;
    std::optional<Money> m_amount;
    std::unique_ptr<OrderJournal> m_journal;
    RefundService *m_service = nullptr;
    ManagerPinGate *m_gate = nullptr;
    qint64 m_refundId = 0;
};
