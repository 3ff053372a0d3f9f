#pragma once

#include "cli/CliCommand.h"
#include "core/Device.h"

class ManagerPinGate;

/// `terminal-mode TERMINAL_ID pdv|standalone`: switches a terminal's operating mode (Orders API: PDV takes orders from
/// PointDesk, standalone charges without the integration), after the manager PIN when one is set. The terminal must
/// be restarted afterwards.
class TerminalModeCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;

    QString name() const override { return QStringLiteral("terminal-mode"); }
    QList<CliArgument> arguments() const override;
    QList<CliUsage> usages() const override;
    bool parse(const QCommandLineParser &parser, const QStringList &arguments, CliContext &context) override;
    bool checkInput(CliContext &context) override;
    void run(CliContext &context) override;

    /// "pdv" or "standalone" (any case); nullopt for anything else.
    static std::optional<Device::OperatingMode> parseMode(const QString &text);

private:
    QString m_terminal;
    QString m_modeText;
    Device::OperatingMode m_mode = Device::OperatingMode::Pdv;
    ManagerPinGate *m_gate = nullptr;
};
