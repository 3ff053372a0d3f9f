#include "cli/commands/EnableIntegrationCommand.h"

#include "api/PointBackend.h"
#include "cli/CliContext.h"

QList<CliArgument> EnableIntegrationCommand::arguments() const
{
    return {CliArgument{QStringLiteral("USER_ID")}};
}

QList<CliUsage> EnableIntegrationCommand::usages() const
{
    return {usage(tr("Enable the Point integration for the account USER_ID."))};
}

bool EnableIntegrationCommand::parse(const QCommandLineParser &, const QStringList &arguments, CliContext &)
{
    m_userText = arguments.value(0);
    return true;
}

bool EnableIntegrationCommand::checkInput(CliContext &context)
{
    if (const auto issue = Validation::userId(m_userText)) {
        context.failInvalid({*issue});
        return false;
    }
    m_userId = m_userText.toLongLong();
    return true;
}

void EnableIntegrationCommand::run(CliContext &context)
{
    finishDoneCall(context, context.client()->enableIntegration(m_userId), {{QStringLiteral("user_id"), m_userId}},
                   tr("The Point integration is enabled for user %1.").arg(QString::number(m_userId)));
}
