#include "cli/commands/LoginCommand.h"

#include "api/Backends.h"
#include "api/PointBackend.h"
#include "cli/CliContext.h"
#include "cli/ExitCodes.h"
#include "sales/AccountSetup.h"
#include "store/ManagerSession.h"
#include "store/Settings.h"

#include <QCommandLineParser>

QList<CliOption> LoginCommand::options() const
{
    return {CliOption{QStringLiteral("no-check"), {}}};
}

QList<CliUsage> LoginCommand::usages() const
{
    return {usage(tr("Read the access token from standard input (one line; not shown on\n"
                     "a terminal), check it with Mercado Pago and save it in the system\n"
                     "keychain. --no-check saves it without checking."))};
}

QString LoginCommand::unexpectedArgumentMessage(const QString &) const
{
    // Whatever was typed there is probably the token itself: never repeat it.
    return tr("\"login\" takes no arguments: it reads the access token from standard input, so that the token never "
              "appears in the command line or the shell history.");
}

bool LoginCommand::parse(const QCommandLineParser &parser, const QStringList &, CliContext &)
{
    m_checkToken = !parser.isSet(QStringLiteral("no-check"));
    return true;
}

void LoginCommand::run(CliContext &context)
{
    // Replacing the shop's token is the manager's: with a PIN set and a token saved, `logout` (which asks for the
    // PIN) comes first. A first login, or one after logout, needs no PIN.
    context.managerSession()->queryPin(this, [this, &context](ManagerSession::PinState state,
                                                              const TokenStore::Result &) {
        if (context.isFinished())
            return;
        if (state != ManagerSession::PinState::Set) {
            readToken(context);
            return;
        }
        context.tokenStore()->read(
            QString::fromLatin1(TokenStore::kAccessTokenKey), this, [this, &context](const TokenStore::Result &saved) {
                if (context.isFinished())
                    return;
                if (saved.ok() && !saved.value.isEmpty()) {
                    context.failPin(tr("A token is already saved and a manager PIN is set on this computer. Run "
                                       "\"pointdesk-cli logout\" first (it asks for the manager PIN), then log in "
                                       "with the new token. Nothing was changed."));
                    return;
                }
                readToken(context);
            });
    });
}

void LoginCommand::readToken(CliContext &context)
{
    context.readSecret(tr("Paste the access token and press Enter:"),
                       [this, &context](const QByteArray &line, SecretLineReader::Outcome outcome,
                                        const QString &detail) { onTokenLine(context, line, outcome, detail); });
}

void LoginCommand::onTokenLine(CliContext &context, const QByteArray &line, SecretLineReader::Outcome outcome,
                               const QString &detail)
{
    const QJsonObject field{{QStringLiteral("field"), QStringLiteral("token")}};
    const QString invalidKey = ApiError::kindKey(ApiError::Kind::InvalidInput);
    switch (outcome) {
    case SecretLineReader::Outcome::Line:
        break;
    case SecretLineReader::Outcome::TooLong:
        context.fail(CliExit::InvalidInput, invalidKey,
                     tr("That is too long for an access token: give only the token, on one line."), field);
        return;
    case SecretLineReader::Outcome::ReadError:
        context.fail(CliExit::InvalidInput, invalidKey,
                     tr("Could not read the access token from standard input: %1").arg(detail), field);
        return;
    }

    const QString token = AccountSetup::normalizedToken(QString::fromUtf8(line));
    if (token.isEmpty()) {
        context.fail(CliExit::InvalidInput, invalidKey,
                     tr("No access token was given: paste it and press Enter, or pass it on standard input, for "
                        "example from a file."),
                     field);
        return;
    }
    // The setup wizard's rule and words: a paste gone wrong never goes into an HTTP header.
    const QString problem = AccountSetup::tokenProblem(token);
    if (!problem.isEmpty()) {
        context.fail(CliExit::InvalidInput, invalidKey, problem, field);
        return;
    }
    context.setToken(token, CliContext::TokenSource::Input);

    if (!m_checkToken) {
        storeToken(context);
        return;
    }
    if (!context.client()) {
        context.failUsage(Backends::unknownKeyText(context.api()));
        return;
    }
    // Listing the terminals needs nothing but a valid token, and changes nothing.
    m_call = context.client()->listTerminals()->then(this, [this, &context](const Call<DeviceList> &call) {
        m_call = nullptr;
        if (!call.ok()) {
            const ApiError &error = call.error();
            // The person running login is the one setting up: the API's words for a refused token ("ask the
            // manager ...") do not fit; the setup wizard's words say what to check instead.
            if (error.kind() == ApiError::Kind::Unauthorized || error.kind() == ApiError::Kind::Forbidden) {
                AccountSetup::CheckResult checked;
                checked.error = error;
                checked.base = context.client()->baseUrl();
                context.failApiWith(error, checked.message(), {}, {tr("The access token was not saved.")});
                return;
            }
            context.failApi(error, {},
                            tr("The access token was not saved: it could not be checked. Try again, or save it "
                               "without checking with \"%1 login --no-check\".")
                                .arg(CliContext::program()));
            return;
        }
        storeToken(context);
    });
}

void LoginCommand::storeToken(CliContext &context)
{
    context.tokenStore()->write(
        QString::fromLatin1(TokenStore::kAccessTokenKey), context.token(), this,
        [&context](const TokenStore::Result &result) {
            if (context.isFinished())
                return;
            if (!result.ok()) {
                context.failKeychain(result, {tr("The access token was not saved.")});
                return;
            }
            if (context.isApiChosen()) {
                // `login --api orders`: the account speaks that API from now on, in the window too.
                Settings settings;
                settings.setAccountApi(context.api());
                settings.sync();
            }
            if (context.json())
                context.writeJson(
                    QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("stored"), QStringLiteral("keychain")}});
            else
                context.writeOut(tr("Access token saved in the system keychain.") + QLatin1Char('\n'));
            const QString note = context.environmentTokenNote();
            if (!note.isEmpty())
                context.writeErr(note + QLatin1Char('\n'));
            context.finish(CliExit::Success);
        });
}

CliCommand::Interruption LoginCommand::interruption(CliContext &context)
{
    if (context.tokenSource() == CliContext::TokenSource::None)
        return Interruption{tr("Stopped before an access token was read: nothing was saved."), {}, {}};
    return CliCommand::interruption(context);
}
