#include "cli/commands/CancelCommand.h"

#include "cli/CliJson.h"

#include "api/PointBackend.h"
#include "cli/CliContext.h"

#include <QCommandLineParser>

QList<CliOption> CancelCommand::options() const
{
    return {CliOption{QStringLiteral("device"), QStringLiteral("NAME"), true}};
}

QList<CliArgument> CancelCommand::arguments() const
{
    return {CliArgument{QStringLiteral("ORDER_ID")}};
}

QList<CliUsage> CancelCommand::usages() const
{
    return {CliUsage{{}, {QStringLiteral("ORDER_ID")}, tr("Cancel an order.")},
            CliUsage{{QStringLiteral("device")}, {}, tr("Cancel the order a terminal holds and free the terminal.")}};
}

bool CancelCommand::parse(const QCommandLineParser &parser, const QStringList &arguments, CliContext &context)
{
    m_byDevice = parser.isSet(QStringLiteral("device"));
    if (m_byDevice == !arguments.isEmpty()) {
        context.failUsage(tr("\"cancel\" takes either an ORDER_ID or --device NAME."));
        return false;
    }
    m_deviceName = parser.value(QStringLiteral("device"));
    m_orderText = arguments.value(0);
    return true;
}

bool CancelCommand::checkInput(CliContext &context)
{
    std::optional<ValidationIssue> issue;
    if (m_byDevice) {
        issue = Validation::deviceName(m_deviceName);
    } else {
        m_orderId = OrderRef::fromNumber(parseId(m_orderText).value_or(0));
        issue = Validation::orderId(m_orderId.toNumber().value_or(0));
    }
    if (issue) {
        context.failInvalid({*issue});
        return false;
    }
    return true;
}

void CancelCommand::run(CliContext &context)
{
    if (m_byDevice) {
        finishDoneCall(context, context.client()->cancelOnTerminal(m_deviceName),
                       {{QStringLiteral("device"), m_deviceName}},
                       tr("Terminal \"%1\" is free: the order it held, if any, was cancelled.").arg(m_deviceName));
        return;
    }
    finishDoneCall(context, context.client()->cancelOrder(m_orderId, PointBackend::newIdempotencyKey()),
                   {{QStringLiteral("order_id"), CliJson::idOrNull(m_orderId)}},
                   tr("Order %1 cancelled.").arg(m_orderId.toString()));
}
