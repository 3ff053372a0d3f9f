#include "cli/CliCommand.h"

#include "cli/CliContext.h"
#include "cli/ExitCodes.h"

#include <QRegularExpression>
#include <algorithm>

std::optional<CliOption> CliCommand::option(const QString &name) const
{
    const QList<CliOption> all = options();
    const auto found = std::find_if(all.begin(), all.end(), [&name](const CliOption &o) { return o.name == name; });
    if (found == all.end())
        return std::nullopt;
    return *found;
}

int CliCommand::minArguments() const
{
    const QList<CliArgument> declared = arguments();
    int fewest = -1;
    for (const CliUsage &usage : usages()) {
        int required = 0;
        for (const CliArgument &argument : declared) {
            if (usage.arguments.contains(argument.name) && !argument.optional)
                ++required;
        }
        fewest = fewest < 0 ? required : qMin(fewest, required);
    }
    return qMax(0, fewest);
}

int CliCommand::maxArguments() const
{
    int most = 0;
    for (const CliUsage &usage : usages())
        most = qMax(most, int(usage.arguments.size()));
    return most;
}

QString CliCommand::unexpectedArgumentMessage(const QString &argument) const
{
    return tr("Unexpected argument \"%1\" after \"%2\".").arg(argument, name());
}

bool CliCommand::parse(const QCommandLineParser &, const QStringList &, CliContext &)
{
    return true;
}

bool CliCommand::checkInput(CliContext &)
{
    return true;
}

CliCommand::Interruption CliCommand::interruption(CliContext &)
{
    return Interruption{tr("Stopped before the command finished."), {}, {}};
}

void CliCommand::abort()
{
    if (m_call)
        m_call->abort();
}

CliUsage CliCommand::usage(const QString &description) const
{
    CliUsage all;
    for (const CliOption &declared : options())
        all.options.append(declared.name);
    for (const CliArgument &declared : arguments())
        all.arguments.append(declared.name);
    all.description = description;
    return all;
}

void CliCommand::finishDoneCall(CliContext &context, Call<Done> *call, const QJsonObject &subject,
                                const QString &doneText)
{
    m_call = call->then(this, [&context, subject, doneText](const Call<Done> &finished) {
        if (!finished.ok()) {
            context.failApi(finished.error(), subject);
            return;
        }
        if (context.json()) {
            QJsonObject out = subject;
            out.insert(QStringLiteral("ok"), true);
            context.writeJson(out);
        } else {
            context.writeOut(doneText + QLatin1Char('\n'));
        }
        context.finish(CliExit::Success);
    });
}

std::optional<qint64> CliCommand::parseId(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,19}$"));
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return value;
}
