#include "cli/commands/StatusCommand.h"

#include "api/PointBackend.h"
#include "cli/CliContext.h"
#include "cli/CliJson.h"
#include "cli/ExitCodes.h"
#include "store/OrderJournal.h"

#include <QFileInfo>

QList<CliArgument> StatusCommand::arguments() const
{
    return {CliArgument{QStringLiteral("ORDER_ID")}};
}

QList<CliUsage> StatusCommand::usages() const
{
    return {usage(tr("Show where an order stands."))};
}

bool StatusCommand::parse(const QCommandLineParser &, const QStringList &arguments, CliContext &)
{
    m_orderText = arguments.value(0);
    return true;
}

bool StatusCommand::checkInput(CliContext &context)
{
    const std::optional<OrderRef> order = parseOrderRef(m_orderText, context);
    if (!order)
        return false;
    m_orderId = *order;
    return true;
}

void StatusCommand::run(CliContext &context)
{
    m_call = context.client()->getOrder(m_orderId)->then(this, [this, &context](const Call<OrderInfo> &call) {
        if (!call.ok()) {
            context.failApi(call.error(), QJsonObject{{QStringLiteral("order_id"), CliJson::idOrNull(m_orderId)}});
            return;
        }
        const OrderInfo &order = call.value();
        recordInJournal(context, order);
        if (context.json()) {
            context.writeJson(CliJson::order(order, m_orderId));
            context.finish(CliExit::Success);
            return;
        }
        QString text = tr("Order %1: %2 (%3).")
                           .arg(order.id.toString(), OrderStates::displayName(order.state), order.status);
        text += QLatin1Char('\n');
        if (!order.paymentId.isNull() || !order.paymentStatus.isEmpty()) {
            text += tr("Payment: %1 (%2).")
                        .arg(!order.paymentId.isNull() ? order.paymentId.toString() : tr("none"), order.paymentStatus) +
                    QLatin1Char('\n');
        }
        if (!order.externalReference.isEmpty())
            text += tr("External reference: %1").arg(order.externalReference) + QLatin1Char('\n');
        if (!order.payerEmail.isEmpty())
            text += tr("Payer e-mail: %1").arg(order.payerEmail) + QLatin1Char('\n');
        context.writeOut(text);
        context.finish(CliExit::Success);
    });
}

void StatusCommand::recordInJournal(CliContext &context, const OrderInfo &order)
{
    // What Mercado Pago said about an order of this computer's sales record is kept there (a sale charged without
    // --wait ends in the record this way); a record that is not there is not made, and trouble with it changes
    // nothing about the answer shown.
    const QString path = context.journalPath();
    if (!QFileInfo::exists(path))
        return;
    OrderJournal journal;
    if (!journal.open(path).ok())
        return;
    // A paid sale takes one more change: money given back outside PointDesk (at the terminal, on Mercado Pago's site)
    // that the order now shows.
    const bool refunded = order.state == OrderState::PartlyRefunded || order.state == OrderState::Refunded;
    if (const std::optional<JournalEntry> sale = journal.entryByOrderId(order.id);
        sale && (!sale->isFinal() || (refunded && sale->state != order.state)))
        journal.recordState(sale->localId, order, QStringLiteral("pointdesk-cli status"));
}
