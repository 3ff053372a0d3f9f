#include "cli/commands/LogoutCommand.h"

#include "cli/CliContext.h"
#include "cli/ExitCodes.h"
#include "cli/ManagerPinGate.h"

QList<CliUsage> LogoutCommand::usages() const
{
    return {usage(tr("Remove the saved access token from the system keychain. When a\n"
                     "manager PIN is set (in the PointDesk window), reads it from\n"
                     "standard input first, like login reads the token."))};
}

void LogoutCommand::run(CliContext &context)
{
    m_gate = new ManagerPinGate(context, name(), this);
    m_gate->require([this, &context]() { removeToken(context); });
}

void LogoutCommand::removeToken(CliContext &context)
{
    context.tokenStore()->remove(
        QString::fromLatin1(TokenStore::kAccessTokenKey), this, [&context](const TokenStore::Result &result) {
            if (context.isFinished())
                return;
            if (!result.ok()) {
                context.failKeychain(result);
                return;
            }
            // Removing what was never saved is fine too: either way nothing is saved now.
            if (context.json())
                context.writeJson(
                    QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("removed"), QStringLiteral("keychain")}});
            else
                context.writeOut(tr("No access token is saved in the system keychain now.") + QLatin1Char('\n'));
            const QString note = context.environmentTokenNote();
            if (!note.isEmpty())
                context.writeErr(note + QLatin1Char('\n'));
            context.finish(CliExit::Success);
        });
}
