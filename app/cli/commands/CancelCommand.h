#pragma once

#include "core/Ref.h"
#include "cli/CliCommand.h"

/// `cancel ORDER_ID` cancels an order; `cancel --device NAME` cancels the order a terminal holds and frees it.
class CancelCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;

    QString name() const override { return QStringLiteral("cancel"); }
    QList<CliOption> options() const override;
    QList<CliArgument> arguments() const override;
    QList<CliUsage> usages() const override;
    bool parse(const QCommandLineParser &parser, const QStringList &arguments, CliContext &context) override;
    bool checkInput(CliContext &context) override;
    void run(CliContext &context) override;

private:
    bool m_byDevice = false;
    QString m_deviceName;
    QString m_orderText;
    OrderRef m_orderId;
};
