#include "cli/CliApp.h"

#include "api/Backends.h"
#include "api/OrderWatcher.h"
#include "api/PointBackend.h"
#include "cli/CliCommand.h"
#include "cli/CliContext.h"
#include "cli/CliHelp.h"
#include "cli/CliRegistry.h"
#include "cli/ExitCodes.h"
#include "store/Settings.h"

#include <QCommandLineParser>
#include <QLoggingCategory>
#include <utility>

namespace {

std::optional<int> parseMilliseconds(const QString &text, int min, int max)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

// Every command takes these.
const QStringList &globalOptionNames()
{
    static const QStringList names{QStringLiteral("h"),       QStringLiteral("help"),    QStringLiteral("version"),
                                   QStringLiteral("json"),    QStringLiteral("verbose"), QStringLiteral("api-base"),
                                   QStringLiteral("timeout"), QStringLiteral("api")};
    return names;
}

} // namespace

CliApp::CliApp(QStringList arguments, QProcessEnvironment environment, QIODevice *out, QIODevice *err, QObject *parent)
    : QObject(parent), m_arguments(std::move(arguments)),
      m_context(std::make_unique<CliContext>(std::move(environment), out, err))
{
    connect(m_context.get(), &CliContext::finished, this, &CliApp::finished);
}

CliApp::~CliApp() = default;

void CliApp::setInputFd(int fd)
{
    m_context->setInputFd(fd);
}

bool CliApp::isFinished() const
{
    return m_context->isFinished();
}

int CliApp::exitCode() const
{
    return m_context->exitCode();
}

QString CliApp::helpText()
{
    return CliHelp::overview();
}

void CliApp::start()
{
    if (m_started || m_context->isFinished())
        return;
    m_started = true;
    if (!parseArguments() || !readSettings() || !m_command->checkInput(*m_context))
        return;
    if (m_command->needs() == CliCommand::Needs::Nothing) {
        m_command->run(*m_context);
        return;
    }
    // Before the token is read: nothing is asked of the keychain for an API PointDesk does not know.
    if (!Backends::isKnown(m_context->api())) {
        m_context->failUsage(Backends::unknownKeyText(m_context->api()));
        return;
    }
    m_context->obtainToken([this]() { m_command->run(*m_context); });
}

bool CliApp::parseArguments()
{
    CliContext &context = *m_context;
    // Before parsing, so that even a command line the parser rejects gets its JSON error document.
    for (qsizetype i = 1; i < m_arguments.size(); ++i) {
        if (m_arguments.at(i) == QLatin1String("--"))
            break;
        if (m_arguments.at(i) == QLatin1String("--json"))
            context.setJson(true);
    }

    // Every command's options are known to the parser, so that one given to the wrong command is told as such.
    QCommandLineParser parser;
    parser.addOptions({QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}),
                       QCommandLineOption(QStringLiteral("version")), QCommandLineOption(QStringLiteral("json")),
                       QCommandLineOption(QStringLiteral("verbose")),
                       QCommandLineOption(QStringLiteral("api-base"), QString(), QStringLiteral("URL")),
                       QCommandLineOption(QStringLiteral("timeout"), QString(), QStringLiteral("MS")),
                       QCommandLineOption(QStringLiteral("api"), QString(), QStringLiteral("API"))});
    QStringList known = globalOptionNames();
    for (const std::unique_ptr<CliCommand> &command : CliRegistry::all()) {
        for (const CliOption &option : command->options()) {
            if (known.contains(option.name))
                continue;
            known.append(option.name);
            parser.addOption(option.takesValue() ? QCommandLineOption(option.name, QString(), option.valueName)
                                                 : QCommandLineOption(option.name));
        }
    }
    if (!parser.parse(m_arguments)) {
        context.failUsage(parser.errorText());
        return false;
    }
    context.setJson(parser.isSet(QStringLiteral("json")));
    context.setVerbose(parser.isSet(QStringLiteral("verbose")));

    QStringList positional = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help"))) {
        const std::unique_ptr<CliCommand> topic =
            positional.isEmpty() ? nullptr : CliRegistry::create(positional.first());
        context.writeOut(topic ? CliHelp::commandHelp(*topic) : CliHelp::overview());
        context.finish(CliExit::Success);
        return false;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        context.writeOut(CliContext::program() + QLatin1Char(' ') + QStringLiteral(POINTDESK_VERSION) +
                         QLatin1Char('\n'));
        context.finish(CliExit::Success);
        return false;
    }

    if (positional.isEmpty()) {
        context.failUsage(tr("No command given."));
        return false;
    }
    const QString name = positional.takeFirst();
    m_command = CliRegistry::create(name);
    if (!m_command) {
        context.failUsage(tr("Unknown command \"%1\".").arg(name));
        return false;
    }

    const QStringList given = parser.optionNames();
    for (const QString &option : given) {
        const QString shown = (option.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + option;
        const std::optional<CliOption> declared = m_command->option(option);
        if (!globalOptionNames().contains(option) && !declared) {
            context.failUsage(tr("The option %1 does not apply to \"%2\".").arg(shown, name));
            return false;
        }
        // A script that repeats an option has a bug; taking the first or the last value would hide it.
        if (given.count(option) > 1 && !(declared && declared->repeatable)) {
            context.failUsage(tr("The option %1 is given more than once.").arg(shown));
            return false;
        }
    }
    if (positional.size() < m_command->minArguments()) {
        context.failUsage(tr("\"%1\" needs an argument.").arg(name));
        return false;
    }
    if (positional.size() > m_command->maxArguments()) {
        context.failUsage(m_command->unexpectedArgumentMessage(positional.at(m_command->maxArguments())));
        return false;
    }
    if (!m_command->parse(parser, positional, context) || !readApi(parser))
        return false;
    return !m_command->usesApiOptions() || readApiOptions(parser);
}

bool CliApp::readApiOptions(const QCommandLineParser &parser)
{
    CliContext &context = *m_context;
    const bool apiBaseSet = parser.isSet(QStringLiteral("api-base"));
    const QString base = apiBaseSet ? parser.value(QStringLiteral("api-base"))
                                    : context.environment().value(QStringLiteral("POINTDESK_API_BASE"));
    if (!apiBaseSet && base.isEmpty()) {
        context.setApiBase(PointBackend::defaultBaseUrl());
    } else {
        const QUrl url(base.trimmed(), QUrl::StrictMode);
        if (!PointBackend::isAcceptableBaseUrl(url)) {
            context.failUsage(tr("The API address \"%1\" is not acceptable: use https://, or http:// only to this "
                                 "computer (127.0.0.1, localhost).")
                                  .arg(base));
            return false;
        }
        context.setApiBase(url);
    }

    if (parser.isSet(QStringLiteral("timeout"))) {
        const auto ms = parseMilliseconds(parser.value(QStringLiteral("timeout")), 1, 3'600'000);
        if (!ms) {
            context.failUsage(tr("--timeout takes milliseconds, a whole number from 1 to 3600000."));
            return false;
        }
        context.setTimeoutMs(*ms);
    }
    return true;
}

bool CliApp::readApi(const QCommandLineParser &parser)
{
    CliContext &context = *m_context;
    // --api wins over POINTDESK_API, which wins over the account's saved choice; else the legacy API.
    const bool optionSet = parser.isSet(QStringLiteral("api"));
    const QString environment = context.environment().value(QStringLiteral("POINTDESK_API"));
    if (optionSet || !environment.trimmed().isEmpty()) {
        const Backends::Parsed parsed = Backends::parse(optionSet ? parser.value(QStringLiteral("api")) : environment);
        if (!parsed.ok()) {
            context.failUsage(optionSet ? tr("--api: %1").arg(parsed.error)
                                        : tr("POINTDESK_API: %1").arg(parsed.error));
            return false;
        }
        context.setApi(parsed.key, true);
        return true;
    }
    if (!m_command->usesApiOptions())
        return true; // sends nothing: the account's API does not matter
    const Settings settings;
    const QString saved = settings.accountApi();
    if (!Backends::isKnown(saved)) {
        context.failUsage(tr("The account's API in PointDesk's settings (%1) is unknown: %2 Set the account up again "
                             "in the window, or give --api.")
                              .arg(settings.fileName(), Backends::unknownKeyText(saved)));
        return false;
    }
    context.setApi(saved, false);
    return true;
}

bool CliApp::readSettings()
{
    CliContext &context = *m_context;
    context.setPollMs(OrderWatcher::kDefaultPollIntervalMs);
    const QString poll = context.environment().value(QStringLiteral("POINTDESK_POLL_MS"));
    if (!poll.isEmpty()) {
        const auto ms = parseMilliseconds(poll, 10, 3'600'000);
        if (!ms) {
            context.failUsage(tr("POINTDESK_POLL_MS takes milliseconds, a whole number from 10 to 3600000."));
            return false;
        }
        context.setPollMs(*ms);
    }

    // Amounts are typed in the account's currency, the one the cashier window uses (no decimals for CLP and COP).
    context.setCurrency(Currency::fromCode(Settings().currency()).value_or(Currency()));

    QString service = context.environment().value(QStringLiteral("POINTDESK_KEYCHAIN_SERVICE")).trimmed();
    if (service.isEmpty())
        service = QString::fromLatin1(CliContext::kDefaultKeychainService);
    context.setKeychainService(service);

    // A frozen keyring or an unlock prompt nobody answers must not hold a script for ever.
    const QString keychainTimeout = context.environment().value(QStringLiteral("POINTDESK_KEYCHAIN_TIMEOUT"));
    if (!keychainTimeout.isEmpty()) {
        const auto ms = parseMilliseconds(keychainTimeout, 1, 600);
        if (!ms) {
            context.failUsage(tr("POINTDESK_KEYCHAIN_TIMEOUT takes seconds, a whole number from 1 to 600."));
            return false;
        }
        context.setKeychainTimeoutMs(*ms * 1000);
    }

    // The client logs every request and the keychain every access at info level; a script wants them only when
    // asked for. The journal's and the charge service's warnings are about what the command reports itself.
    QLoggingCategory::setFilterRules(context.verbose()
                                         ? QStringLiteral("pointdesk.*=true")
                                         : QStringLiteral("pointdesk.*.debug=false\npointdesk.*.info=false\n"
                                                          "pointdesk.store.warning=false\n"
                                                          "pointdesk.charge.warning=false"));
    return true;
}

void CliApp::interrupt()
{
    CliContext &context = *m_context;
    if (context.isFinished())
        return;
    context.stopReading();
    if (!m_command) {
        context.fail(CliExit::Interrupted, QStringLiteral("interrupted"), tr("Stopped before the command finished."));
        return;
    }
    const CliCommand::Interruption interruption = m_command->interruption(context);
    // Finish first: aborting a call finishes it at once, and its error must not become the result.
    context.fail(CliExit::Interrupted, QStringLiteral("interrupted"), interruption.message, {}, interruption.extra,
                 interruption.notes);
    m_command->abort();
}
