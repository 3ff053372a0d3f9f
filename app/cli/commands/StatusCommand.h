#pragma once

#include "core/PaymentOrder.h"
#include "core/Ref.h"
#include "cli/CliCommand.h"

/// `status ORDER_ID`: where an order stands.
class StatusCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;

    QString name() const override { return QStringLiteral("status"); }
    QList<CliArgument> arguments() const override;
    QList<CliUsage> usages() const override;
    bool parse(const QCommandLineParser &parser, const QStringList &arguments, CliContext &context) override;
    bool checkInput(CliContext &context) override;
    void run(CliContext &context) override;

private:
    void recordInJournal(CliContext &context, const OrderInfo &order);

    QString m_orderText;
    OrderRef m_orderId;
};
