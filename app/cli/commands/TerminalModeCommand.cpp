#include "cli/commands/TerminalModeCommand.h"

#include "api/PointBackend.h"
#include "cli/CliContext.h"
#include "cli/ExitCodes.h"
#include "cli/ManagerPinGate.h"

#include <QJsonObject>

QList<CliArgument> TerminalModeCommand::arguments() const
{
    return {CliArgument{QStringLiteral("TERMINAL_ID")}, CliArgument{QStringLiteral("pdv|standalone")}};
}

QList<CliUsage> TerminalModeCommand::usages() const
{
    return {usage(tr("Switch a terminal's operating mode (Orders API): pdv takes orders\n"
                     "from PointDesk, standalone charges without it. Restart the terminal\n"
                     "afterwards. When a manager PIN is set, reads it from standard input\n"
                     "first, like remove-device."))};
}

std::optional<Device::OperatingMode> TerminalModeCommand::parseMode(const QString &text)
{
    const QString mode = text.trimmed().toLower();
    if (mode == QLatin1String("pdv"))
        return Device::OperatingMode::Pdv;
    if (mode == QLatin1String("standalone"))
        return Device::OperatingMode::Standalone;
    return std::nullopt;
}

bool TerminalModeCommand::parse(const QCommandLineParser &, const QStringList &arguments, CliContext &)
{
    m_terminal = arguments.value(0);
    m_modeText = arguments.value(1);
    return true;
}

bool TerminalModeCommand::checkInput(CliContext &context)
{
    QList<ValidationIssue> issues;
    if (const auto issue = Validation::deviceName(m_terminal))
        issues.append(*issue);
    const std::optional<Device::OperatingMode> mode = parseMode(m_modeText);
    if (mode)
        m_mode = *mode;
    else
        issues.append(ValidationIssue{ValidationIssue::Field::DeviceName,
                                      tr("The operating mode must be pdv or standalone, not \"%1\".").arg(m_modeText)});
    if (!issues.isEmpty()) {
        context.failInvalid(issues);
        return false;
    }
    return true;
}

void TerminalModeCommand::run(CliContext &context)
{
    m_gate = new ManagerPinGate(context, name(), this);
    m_gate->require([this, &context]() {
        const QString modeKey = m_mode == Device::OperatingMode::Pdv ? QStringLiteral("pdv") : QStringLiteral("standalone");
        const QJsonObject subject{{QStringLiteral("device"), m_terminal}, {QStringLiteral("operating_mode"), modeKey}};
        m_call = context.client()->setOperatingMode(m_terminal, m_mode)->then(this, [&context, subject,
                                                                                    this](const Call<Device> &call) {
            if (!call.ok()) {
                context.failApi(call.error(), subject);
                return;
            }
            if (context.json()) {
                QJsonObject out = subject;
                out.insert(QStringLiteral("ok"), true);
                out.insert(QStringLiteral("reported_mode"), call.value().rawOperatingMode);
                context.writeJson(out);
            } else {
                context.writeOut((m_mode == Device::OperatingMode::Pdv
                                      ? tr("Terminal \"%1\" now takes orders from PointDesk (PDV mode). Restart the "
                                           "terminal.")
                                      : tr("Terminal \"%1\" now charges on its own (standalone mode). Restart the "
                                           "terminal."))
                                     .arg(m_terminal) +
                                 QLatin1Char('\n'));
            }
            context.finish(CliExit::Success);
        });
    });
}
