#pragma once

#include "cli/CliCommand.h"

class ManagerPinGate;

/// `remove-device NAME`: takes a terminal off the account, after the manager PIN when one is set.
class RemoveDeviceCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;

    QString name() const override { return QStringLiteral("remove-device"); }
    QList<CliArgument> arguments() const override;
    QList<CliUsage> usages() const override;
    bool parse(const QCommandLineParser &parser, const QStringList &arguments, CliContext &context) override;
    bool checkInput(CliContext &context) override;
    void run(CliContext &context) override;

private:
    QString m_deviceName;
    ManagerPinGate *m_gate = nullptr;
};
