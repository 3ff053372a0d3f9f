#include "cli/commands/CancelCommand.h"

#include "cli/CliJson.h"

#include "api/PointBackend.h"
#include "cli/CliContext.h"
#include "store/OrderJournal.h"

#include <QCommandLineParser>
#include <QFileInfo>

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
        const std::optional<OrderRef> order = parseOrderRef(m_orderText, context);
        if (!order)
            return false;
        m_orderId = *order;
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
    // An order of this computer's sales record is cancelled with the journal's cancel key, the same the window
    // uses: a repeated cancel of it is the same operation, never a new one.
    QString key = PointBackend::newIdempotencyKey();
    OrderJournal journal;
    if (QFileInfo::exists(context.journalPath()) && journal.open(context.journalPath()).ok()) {
        if (const std::optional<JournalEntry> sale = journal.entryByOrderId(m_orderId)) {
            QString recorded;
            if (journal.cancelKey(sale->localId, &recorded).ok() && !recorded.isEmpty())
                key = recorded;
        }
    }
    finishDoneCall(context, context.client()->cancelOrder(m_orderId, key),
                   {{QStringLiteral("order_id"), CliJson::idOrNull(m_orderId)}},
                   tr("Order %1 cancelled.").arg(m_orderId.toString()),
                   tr("Cancellation of order %1 requested: the terminal may still complete the payment. See how it "
                      "ended with \"%2 status %1\".")
                       .arg(m_orderId.toString(), CliContext::program()));
}
