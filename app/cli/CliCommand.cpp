#include "cli/CliCommand.h"

#include "cli/CliContext.h"
#include "cli/ExitCodes.h"

#include <QCommandLineParser>
#include <QDate>
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
                                const QString &doneText, const QString &pendingText)
{
    m_call = call->then(this, [&context, subject, doneText, pendingText](const Call<Done> &finished) {
        if (!finished.ok()) {
            context.failApi(finished.error(), subject);
            return;
        }
        // Accepted but not final yet (a 202 cancel): said so, never as done.
        const bool pending = finished.value().pending;
        if (context.json()) {
            QJsonObject out = subject;
            out.insert(QStringLiteral("ok"), true);
            if (pending)
                out.insert(QStringLiteral("pending"), true);
            context.writeJson(out);
        } else {
            context.writeOut((pending && !pendingText.isEmpty() ? pendingText : doneText) + QLatin1Char('\n'));
        }
        context.finish(CliExit::Success);
    });
}

std::optional<QString> CliCommand::valueIfSet(const QCommandLineParser &parser, const QString &name)
{
    return parser.isSet(name) ? std::optional<QString>(parser.value(name)) : std::nullopt;
}

bool CliCommand::parseDay(CliContext &context, const QString &field, const QString &text, QDate *out)
{
    static const QRegularExpression isoDay(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    const QString trimmed = text.trimmed();
    *out = isoDay.match(trimmed).hasMatch() ? QDate::fromString(trimmed, Qt::ISODate) : QDate();
    if (out->isValid())
        return true;
    context.failInvalidField(field,
                             tr("\"%1\" is not a date PointDesk can read: write it as YYYY-MM-DD, for example %2.")
                                 .arg(text, QDate::currentDate().toString(Qt::ISODate)));
    return false;
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

std::optional<OrderRef> CliCommand::parseOrderRef(const QString &text, CliContext &context)
{
    if (context.api() == QLatin1String("orders")) {
        const QString id = text.trimmed();
        const bool plain = !id.isEmpty() && id.size() <= 64 && std::all_of(id.cbegin(), id.cend(), [](QChar c) {
            return c.unicode() > 32 && c.unicode() < 127;
        });
        if (!plain) {
            context.failInvalid({ValidationIssue{ValidationIssue::Field::OrderId,
                                                 tr("An Orders API order id is up to 64 letters and digits, as "
                                                    "\"charge\" printed it (ORD01J...).")}});
            return std::nullopt;
        }
        return OrderRef(id);
    }
    const OrderRef order = OrderRef::fromNumber(parseId(text).value_or(0));
    if (const auto issue = Validation::orderId(order.toNumber().value_or(0))) {
        context.failInvalid({*issue});
        return std::nullopt;
    }
    return order;
}
