#pragma once

#include "cli/CliCommand.h"

class ManagerPinGate;

/// `logout`: removes the saved access token from the system keychain, after the manager PIN when one is set.
class LogoutCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;

    QString name() const override { return QStringLiteral("logout"); }
    QList<CliUsage> usages() const override;
    Needs needs() const override { return Needs::Nothing; }
    void run(CliContext &context) override;

private:
    void removeToken(CliContext &context);

    ManagerPinGate *m_gate = nullptr;
};
