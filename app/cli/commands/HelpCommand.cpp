#include "cli/commands/HelpCommand.h"

#include "cli/CliContext.h"
#include "cli/CliHelp.h"
#include "cli/CliRegistry.h"
#include "cli/ExitCodes.h"

QList<CliArgument> HelpCommand::arguments() const
{
    return {CliArgument{QStringLiteral("COMMAND"), true}};
}

QList<CliUsage> HelpCommand::usages() const
{
    return {usage(tr("Show this help, or only what COMMAND does and takes."))};
}

bool HelpCommand::parse(const QCommandLineParser &, const QStringList &arguments, CliContext &context)
{
    m_topic = arguments.value(0);
    if (!m_topic.isEmpty() && !CliRegistry::create(m_topic)) {
        context.failUsage(tr("Unknown command \"%1\".").arg(m_topic));
        return false;
    }
    return true;
}

void HelpCommand::run(CliContext &context)
{
    const std::unique_ptr<CliCommand> topic = m_topic.isEmpty() ? nullptr : CliRegistry::create(m_topic);
    context.writeOut(topic ? CliHelp::commandHelp(*topic) : CliHelp::overview());
    context.finish(CliExit::Success);
}
