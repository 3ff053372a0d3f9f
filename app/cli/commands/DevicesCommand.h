#pragma once

#include "cli/CliCommand.h"
#include "core/Device.h"

/// `devices`: the account's terminals, FREE or BUSY with the order they hold.
class DevicesCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;

    QString name() const override { return QStringLiteral("devices"); }
    QList<CliUsage> usages() const override;
    void run(CliContext &context) override;

private:
    /// Orders API terminals: id, operating mode, store and POS.
    void writeModesTable(CliContext &context, const DeviceList &devices);
    void writeTable(CliContext &context, const DeviceList &devices);
};
