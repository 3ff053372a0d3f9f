#include "cli/commands/RemoveDeviceCommand.h"

#include "api/PointBackend.h"
#include "cli/CliContext.h"
#include "cli/ManagerPinGate.h"

QList<CliArgument> RemoveDeviceCommand::arguments() const
{
    return {CliArgument{QStringLiteral("NAME")}};
}

QList<CliUsage> RemoveDeviceCommand::usages() const
{
    return {usage(tr("Remove a terminal from the account. When a manager PIN is set,\n"
                     "reads it from standard input first, like logout."))};
}

bool RemoveDeviceCommand::parse(const QCommandLineParser &, const QStringList &arguments, CliContext &)
{
    m_deviceName = arguments.value(0);
    return true;
}

bool RemoveDeviceCommand::checkInput(CliContext &context)
{
    if (const auto issue = Validation::deviceName(m_deviceName)) {
        context.failInvalid({*issue});
        return false;
    }
    return true;
}

void RemoveDeviceCommand::run(CliContext &context)
{
    m_gate = new ManagerPinGate(context, name(), this);
    m_gate->require([this, &context]() {
        finishDoneCall(context, context.client()->removeTerminal(m_deviceName),
                       {{QStringLiteral("device"), m_deviceName}},
                       tr("Terminal \"%1\" removed from the account.").arg(m_deviceName));
    });
}
