#include "cli/CliHelp.h"
#include "store/TokenStore.h"

#include "api/OrderWatcher.h"
#include "api/PointBackend.h"
#include "cli/CliCommand.h"
#include "cli/CliContext.h"
#include "cli/CliRegistry.h"
#include "cli/ExitCodes.h"
#include "store/OrderJournal.h"

#include <QDir>

namespace {

// A terminal's classic width, so that help reads well without wrapping.
constexpr int kLineWidth = 79;
// Where the descriptions start, after "  " and the usage.
constexpr int kDescriptionColumn = 30;

QString optionText(const CliOption &option)
{
    QString text = QStringLiteral("--") + option.name;
    if (option.takesValue())
        text += QLatin1Char(' ') + option.valueName;
    return text;
}

} // namespace

QString CliHelp::usageLine()
{
    return tr("Usage: %1 [--api-base URL] [--json] [--timeout MS] [--verbose] COMMAND [ARGUMENTS]")
        .arg(CliContext::program());
}

QStringList CliHelp::synopsis(const CliCommand &command, const CliUsage &usage)
{
    QStringList words{command.name()};
    const QList<CliOption> options = command.options();
    QStringList groupsDone;
    for (const CliOption &option : options) {
        if (!usage.options.contains(option.name))
            continue;
        if (option.group.isEmpty()) {
            words.append(option.required ? optionText(option)
                                         : QLatin1Char('[') + optionText(option) + QLatin1Char(']'));
            continue;
        }
        if (groupsDone.contains(option.group))
            continue;
        groupsDone.append(option.group);
        // Alternatives in the order of their first option; the options of one alternative go together.
        QList<int> order;
        QList<QStringList> alternatives;
        for (const CliOption &member : options) {
            if (member.group != option.group || !usage.options.contains(member.name))
                continue;
            const qsizetype at = order.indexOf(member.alternative);
            if (at < 0) {
                order.append(member.alternative);
                alternatives.append({optionText(member)});
            } else {
                alternatives[at].append(optionText(member));
            }
        }
        QStringList shown;
        for (const QStringList &alternative : alternatives)
            shown.append(alternative.join(QLatin1Char(' ')));
        words.append(QLatin1Char('[') + shown.join(QStringLiteral(" | ")) + QLatin1Char(']'));
    }
    for (const CliArgument &argument : command.arguments()) {
        if (usage.arguments.contains(argument.name))
            words.append(argument.optional ? QLatin1Char('[') + argument.name + QLatin1Char(']') : argument.name);
    }

    // Continuation lines start under the first word after the command's name.
    const QString indent(command.name().size() + 1, QLatin1Char(' '));
    QStringList lines{words.takeFirst()};
    for (const QString &word : words) {
        if (2 + lines.last().size() + 1 + word.size() > kLineWidth)
            lines.append(indent + word);
        else
            lines.last() += QLatin1Char(' ') + word;
    }
    return lines;
}

QString CliHelp::commandLines(const CliCommand &command)
{
    const QString column(kDescriptionColumn, QLatin1Char(' '));
    QString text;
    for (const CliUsage &usage : command.usages()) {
        const QStringList lines = synopsis(command, usage);
        for (qsizetype i = 0; i + 1 < lines.size(); ++i)
            text += QStringLiteral("  ") + lines.at(i) + QLatin1Char('\n');
        QString last = QStringLiteral("  ") + lines.last();
        const QStringList description = usage.description.split(QLatin1Char('\n'));
        // The description starts next to a short usage, else on a line of its own.
        if (lines.size() == 1 && last.size() + 2 <= kDescriptionColumn) {
            text += last.leftJustified(kDescriptionColumn, QLatin1Char(' ')) + description.first() + QLatin1Char('\n');
        } else {
            text += last + QLatin1Char('\n') + column + description.first() + QLatin1Char('\n');
        }
        for (qsizetype i = 1; i < description.size(); ++i)
            text += column + description.at(i) + QLatin1Char('\n');
    }
    return text;
}

QString CliHelp::overview()
{
    QString text = usageLine();
    text += QStringLiteral("\n\n");
    text += tr("Sends payment orders to Mercado Pago Point card terminals.");
    text += QStringLiteral("\n\n");
    text += tr("Commands:") + QLatin1Char('\n');
    for (const std::unique_ptr<CliCommand> &command : CliRegistry::all())
        text += commandLines(*command);
    text += QLatin1Char('\n');
    text += globalSections();
    return text;
}

QString CliHelp::commandHelp(const CliCommand &command)
{
    return usageLine() + QStringLiteral("\n\n") + commandLines(command) + QLatin1Char('\n') +
           tr("Run \"%1 --help\" to see the commands and options.").arg(CliContext::program()) + QLatin1Char('\n');
}

QString CliHelp::globalSections()
{
    QString text;
    text += tr("Options:\n"
               "  --api-base URL  Mercado Pago API address (default %1). https://, or http:// only\n"
               "                  to this computer (the simulator).\n"
               "  --json          Print exactly one JSON document on standard output, also on errors.\n"
               "  --timeout MS    Give up on a request after MS milliseconds (default %2).\n"
               "  --verbose       Show technical details of errors and log every request.\n"
               "  -h, --help      Show this help.\n"
               "  --version       Show the version.\n")
                .arg(PointBackend::defaultBaseUrl().toString(), QString::number(CliContext::kDefaultTimeoutMs));
    text += tr("  --api API       The Mercado Pago API to speak: legacy (Integration via API, the Point\n"
               "                  app on phones and tablets) or orders (the Orders API of Point Smart and\n"
               "                  the other Point terminals). Default: the account's, as set up in the\n"
               "                  window or with login --api, else legacy.\n");
    text += QLatin1Char('\n');
    text += tr("Environment:\n"
               "  POINTDESK_TOKEN     The Mercado Pago access token. When set, it is used instead of the one\n"
               "                      saved by login. A token is never taken from the command line and never\n"
               "                      printed.\n"
               "  POINTDESK_API_BASE  The API address when --api-base is not given.\n"
               "  POINTDESK_POLL_MS   How often charge --wait asks for the order, in ms (default %1).\n"
               "  POINTDESK_KEYCHAIN_SERVICE\n"
               "                      The keychain entry's service name (default %2).\n"
               "  POINTDESK_JOURNAL   The order journal file that charge writes and history reads (default\n"
               "                      %3, shared with the PointDesk window).\n")
                .arg(QString::number(OrderWatcher::kDefaultPollIntervalMs),
                     QString::fromLatin1(CliContext::kDefaultKeychainService),
                     QDir::toNativeSeparators(OrderJournal::defaultPath()));
    text += tr("  POINTDESK_API       The API (legacy or orders) when --api is not given.\n");
    text += tr("  POINTDESK_KEYCHAIN_TIMEOUT\n"
               "                      Seconds to wait for the system keychain before giving up with exit 8\n"
               "                      (default %1).\n")
                .arg(TokenStore::kDefaultTimeoutMs / 1000);
    text += QLatin1Char('\n');
    text += tr("Exit codes:") + QLatin1Char('\n');
    const auto code = [&text](int number, const QString &meaning) {
        // The number in a column of five, then the meaning; its own continuation lines carry their indent.
        text += QStringLiteral("  ") + QString::number(number).leftJustified(5, QLatin1Char(' ')) + meaning +
                QLatin1Char('\n');
    };
    code(CliExit::Success, tr("success (status of a declined or cancelled order too: the query worked)"));
    code(CliExit::Usage,
         tr("usage error: unknown command or option, missing or extra argument, bad --api-base,\n"
            "       --timeout or POINTDESK_POLL_MS; no access token (run login, or set POINTDESK_TOKEN)") +
             tr(";\n       an unknown --api or POINTDESK_API, or an API this version cannot speak"));
    code(CliExit::InvalidInput,
         tr("invalid input (amount, description, card, e-mail, URL, ORDER_ID, USER_ID, the token\n"
            "       given to login, a history date, state or limit ...); nothing was sent"));
    code(CliExit::ApiError, tr("Mercado Pago answered with an error (rejected token, unknown order or terminal, busy\n"
                               "       terminal, rejected field, too many requests, server error, unreadable answer)"));
    code(CliExit::NetworkError,
         tr("network error: Mercado Pago could not be reached, did not answer in time, or TLS failed"));
    code(CliExit::Declined, tr("charge --wait: the card was declined (also charge when the order had already "
                               "ended)"));
    code(CliExit::Cancelled, tr("charge --wait: the order was cancelled (also charge when the order had already "
                                "ended)"));
    code(CliExit::KeychainError,
         tr("keychain error: the system keychain refused access or failed, or there is no keychain\n"
            "       service (set POINTDESK_TOKEN to work without one); nothing was saved") +
             tr(";\n       or it did not answer within POINTDESK_KEYCHAIN_TIMEOUT (locked, or its service stuck)"));
    code(CliExit::JournalError,
         tr("journal error: the order journal could not be opened or written (damaged, in use by\n"
            "       another program, from a newer PointDesk, disk full, read-only); charge sent nothing"));
    code(CliExit::Uncertain,
         tr("charge: PointDesk cannot tell whether the order reached the terminal; nothing more was\n"
            "       sent. Look at the terminal, then use status ORDER_ID or history --state unknown\n"
            "       before charging again"));
    code(CliExit::PinRefused,
         tr("logout or remove-device: a manager PIN is set and it was not given, not right, or is\n"
            "       locked after too many wrong tries (as in the window); nothing was done"));
    code(CliExit::Interrupted, tr("interrupted (Ctrl+C); an order being followed stays open on the terminal"));
    return text;
}
