#include "cli/commands/ChargeReporter.h"

#include "cli/CliContext.h"
#include "cli/CliJson.h"
#include "cli/ExitCodes.h"
#include "cli/commands/ChargeCommand.h"

#include <QLocale>
#include <QTimer>
#include <utility>

ChargeReporter::ChargeReporter(CliContext &context, ChargeService *service, OrderRequest order, bool wait,
                               QString journalPath, QObject *parent)
    : QObject(parent), m_context(&context), m_service(service), m_order(std::move(order)), m_wait(wait),
      m_journalPath(std::move(journalPath))
{
    connect(service, &ChargeService::stateChanged, this, &ChargeReporter::onSaleChanged);
    connect(service, &ChargeService::finished, this, &ChargeReporter::onSaleFinished);
    connect(service, &ChargeService::problem, this, &ChargeReporter::onSaleProblem);
    connect(service, &ChargeService::journalProblem, this, &ChargeReporter::onJournalProblem);
    connect(service, &ChargeService::needsDecision, this, &ChargeReporter::onNeedsDecision);
}

void ChargeReporter::follow(qint64 localId)
{
    m_localId = localId;
    m_sale.localId = localId;
    m_sale.request = m_order;
}

Sale ChargeReporter::latestSale() const
{
    const std::optional<Sale> running = m_service ? m_service->sale(m_localId) : std::nullopt;
    return running.value_or(m_sale);
}

QJsonObject ChargeReporter::saleJson() const
{
    QJsonObject document{{QStringLiteral("device"), m_order.deviceName},
                         {QStringLiteral("amount"), m_order.amount.toPlainString()},
                         {QStringLiteral("description"), m_order.description}};
    if (m_localId > 0)
        document.insert(QStringLiteral("local_id"), m_localId);
    const QString reference =
        m_sale.request.externalReference.isEmpty() ? m_order.externalReference : m_sale.request.externalReference;
    if (!reference.isEmpty())
        document.insert(QStringLiteral("external_reference"), reference);
    return document;
}

QJsonObject ChargeReporter::orderJson(const OrderInfo &order) const
{
    QJsonObject document = CliJson::order(order, m_orderId);
    const QJsonObject sale = saleJson();
    for (auto it = sale.begin(); it != sale.end(); ++it) {
        if (!document.contains(it.key()) || document.value(it.key()).isNull())
            document.insert(it.key(), it.value());
    }
    return document;
}

void ChargeReporter::onSaleChanged(const Sale &sale)
{
    CliContext &context = *m_context;
    if (context.isFinished() || sale.localId != m_localId)
        return;
    m_sale = sale;
    if (sale.phase == Sale::Phase::Reconciling && !m_reconcileAnnounced) {
        m_reconcileAnnounced = true;
        context.writeErr(tr("The answer to the order was lost or unclear. Checking the terminal \"%1\" before "
                            "anything is sent again.")
                             .arg(sale.request.deviceName) +
                         QLatin1Char('\n'));
    }
    const bool orderKnown =
        !sale.order.id.isNull() && (sale.phase == Sale::Phase::Following || sale.phase == Sale::Phase::Finished);
    if (orderKnown && !m_orderAnnounced) {
        m_orderAnnounced = true;
        m_orderId = sale.order.id;
        if (!context.json()) {
            context.writeOut(tr("Order %1 sent to \"%2\": %3, waiting for the customer.")
                                 .arg(m_orderId.toString(), m_order.deviceName,
                                      m_order.amount.toLocaleString(QLocale(), context.currency())) +
                             QLatin1Char('\n'));
            context.writeOut(tr("Recorded in the order journal as sale %1.").arg(QString::number(m_localId)) +
                             QLatin1Char('\n'));
        }
        if (sale.phase == Sale::Phase::Finished)
            return; // onSaleFinished() tells how it ended
        if (!m_wait) {
            // The journal already holds the order id and its state (ChargeService wrote them before this signal).
            QJsonObject document = saleJson();
            document.insert(QStringLiteral("order_id"), CliJson::idOrNull(m_orderId));
            document.insert(QStringLiteral("status"),
                            sale.order.status.isEmpty() ? QStringLiteral("OPEN") : sale.order.status);
            document.insert(QStringLiteral("state"), OrderStates::toKey(sale.state));
            const QString journalNote = journalTroubleNote(&document);
            if (context.json())
                context.writeJson(document);
            if (!journalNote.isEmpty())
                context.writeErr(journalNote + QLatin1Char('\n'));
            context.finish(CliExit::Success);
            return;
        }
        m_lastShownState = OrderState::WaitingForCard;
        if (!context.json()) {
            context.writeErr(tr("Waiting for the terminal. Ctrl+C stops waiting; the order stays on the terminal.") +
                             QLatin1Char('\n'));
        }
        return;
    }
    if (m_wait && m_orderAnnounced && sale.phase == Sale::Phase::Following && !context.json() &&
        !OrderStates::isFinal(sale.state) && sale.state != m_lastShownState) {
        m_lastShownState = sale.state;
        QString raw = sale.order.status;
        if (!sale.order.paymentStatus.isEmpty())
            raw += QLatin1Char(' ') + sale.order.paymentStatus;
        context.writeOut(
            tr("Order %1: %2 (%3).").arg(sale.order.id.toString(), OrderStates::displayName(sale.state), raw) +
            QLatin1Char('\n'));
    }
}

void ChargeReporter::onSaleProblem(qint64 localId, const ApiError &error)
{
    CliContext &context = *m_context;
    if (context.isFinished() || localId != m_localId)
        return;
    m_lastProblem = error;
    const std::optional<Sale> sale = m_service ? m_service->sale(localId) : std::nullopt;
    const bool following = sale && sale->phase == Sale::Phase::Following;
    if (following && !error.isTransient() && error.kind() != ApiError::Kind::NotFound &&
        error.kind() != ApiError::Kind::Cancelled) {
        // Polling stopped (the token was refused, for example): the order is out there, but this run cannot follow
        // it any more.
        context.failApi(error, orderJson(sale->order),
                        tr("Order %1 may still be open on the terminal \"%2\".")
                            .arg(sale->order.id.toString(), m_order.deviceName));
        return;
    }
    QString text = following ? tr("Cannot check the order right now: %1").arg(CliContext::apiMessage(error))
                             : tr("Mercado Pago did not answer as expected: %1").arg(CliContext::apiMessage(error));
    text += QLatin1Char('\n') + tr("PointDesk tries again by itself; Ctrl+C stops it.");
    if (context.verbose() && !error.detail().isEmpty())
        text += QLatin1Char('\n') + tr("Detail: %1").arg(error.detail());
    deferNote(text);
}

void ChargeReporter::onJournalProblem(qint64 localId, const JournalResult &result)
{
    if (m_context->isFinished() || localId != m_localId)
        return;
    // The sale goes on (ChargeService writes the change again later); told once, with the outcome.
    m_journalTrouble = result;
}

QString ChargeReporter::journalTroubleNote(QJsonObject *document) const
{
    if (m_journalTrouble.ok())
        return {};
    if (document)
        document->insert(QStringLiteral("journal_error"), JournalResult::kindKey(m_journalTrouble.kind()));
    return tr("Warning: the order journal could not record every change of sale %1, so it may not show how the sale "
              "ended. %2")
        .arg(QString::number(m_localId), m_journalTrouble.userMessage());
}

void ChargeReporter::deferNote(const QString &text)
{
    m_pendingNotes.append(text);
    if (m_pendingNotes.size() > 1)
        return;
    QTimer::singleShot(0, this, [this]() {
        const QStringList notes = std::exchange(m_pendingNotes, {});
        if (m_context->isFinished())
            return;
        for (const QString &note : notes) {
            // A connection that keeps failing the same way is told once, not at every attempt.
            if (note == m_lastNote)
                continue;
            m_lastNote = note;
            m_context->writeErr(note + QLatin1Char('\n'));
        }
    });
}

void ChargeReporter::onNeedsDecision(const Sale &sale)
{
    CliContext &context = *m_context;
    if (context.isFinished() || sale.localId != m_localId)
        return;
    m_sale = sale;
    QJsonObject extra = saleJson();
    extra.insert(QStringLiteral("may_have_reached_terminal"), true);
    extra.insert(QStringLiteral("state"), OrderStates::toKey(OrderState::Unknown));
    // The sale's own words (sale.lastError) are the window's: "check again or confirm that nothing was charged"
    // name its buttons. The command line says what is unsure; the notes below name the commands.
    const QString reason =
        sale.order.id.isNull()
            ? tr("PointDesk cannot tell whether the order reached the terminal \"%1\".").arg(sale.request.deviceName)
            : tr("PointDesk cannot tell how order %1 on the terminal \"%2\" ended.")
                  .arg(sale.order.id.toString(), sale.request.deviceName);
    QStringList notes;
    if (context.verbose() && m_lastProblem.isError() && !m_lastProblem.detail().isEmpty())
        notes.append(tr("Detail: %1").arg(m_lastProblem.detail()));
    notes.append(tr("Nothing more was sent, so that the customer is not charged twice. The order journal keeps it as "
                    "sale %1, in state \"unknown\".")
                     .arg(QString::number(sale.localId)));
    notes.append(tr("What to do: look at the terminal \"%1\". If it shows the order or a payment, find the order id "
                    "in the Mercado Pago activity and check it with \"%2 status ORDER_ID\". See the sale with \"%2 "
                    "history --state unknown\". Charge again only once you are sure that nothing was charged.")
                     .arg(sale.request.deviceName, CliContext::program()));
    const QString journalNote = journalTroubleNote(&extra);
    if (!journalNote.isEmpty())
        notes.append(journalNote);
    context.fail(CliExit::Uncertain, QStringLiteral("uncertain"), reason, {}, extra, notes);
}

void ChargeReporter::onSaleFinished(const Sale &sale)
{
    CliContext &context = *m_context;
    if (context.isFinished() || sale.localId != m_localId)
        return;
    m_sale = sale;
    int code = CliExit::Success;
    QString line;
    const OrderInfo &order = sale.order;
    switch (sale.state) {
    case OrderState::Approved:
        line = tr("Paid: payment %1 (%2).").arg(order.paymentId.toString(), order.paymentStatus);
        break;
    case OrderState::Rejected:
        code = CliExit::Declined;
        line = tr("Declined: payment %1 (%2). Ask the customer for another card or another way to pay.")
                   .arg(order.paymentId.toString(), order.paymentStatus);
        break;
    case OrderState::Cancelled:
        code = CliExit::Cancelled;
        line = tr("Cancelled: order %1 was cancelled on the terminal, or the terminal was freed.")
                   .arg(order.id.toString());
        break;
    case OrderState::Failed:
        failSale(sale);
        return;
    case OrderState::ActionRequired:
        code = CliExit::CheckTerminal;
        line = tr("Check the terminal: Mercado Pago cannot tell whether order %1 was paid. Read the terminal's "
                  "screen or slip before charging again.")
                   .arg(order.id.toString());
        break;
    case OrderState::Expired:
        code = CliExit::Cancelled;
        line = tr("Expired: order %1 was not paid in time; nothing was charged.").arg(order.id.toString());
        break;
    case OrderState::Refunded:
    case OrderState::PartlyRefunded:
        line = tr("Paid, then refunded: payment %1 (%2).").arg(order.paymentId.toString(), order.paymentStatus);
        break;
    case OrderState::Sending:
    case OrderState::WaitingForCard:
    case OrderState::Unknown:
        // ChargeService ends a sale only in the four final states; anything else is a breach of its contract.
        context.failApi(
            ApiError::malformed(
                QStringLiteral("sale %1 ended in state %2").arg(sale.localId).arg(OrderStates::toKey(sale.state))),
            orderJson(order));
        return;
    }
    QJsonObject document = orderJson(order);
    const QString journalNote = journalTroubleNote(&document);
    if (context.json())
        context.writeJson(document);
    else
        context.writeOut(line + QLatin1Char('\n'));
    if (!journalNote.isEmpty())
        context.writeErr(journalNote + QLatin1Char('\n'));
    context.finish(code);
}

void ChargeReporter::failSale(const Sale &sale)
{
    CliContext &context = *m_context;
    QJsonObject extra = saleJson();
    extra.insert(QStringLiteral("state"), OrderStates::toKey(OrderState::Failed));
    const QString recorded =
        tr("The order journal records it as sale %1, not charged.").arg(QString::number(sale.localId));
    if (!m_journalTrouble.ok() && (!m_lastProblem.isError() || sale.lastError == m_journalTrouble.userMessage())) {
        // The journal could not count the create request before it left, so it never left.
        context.failJournal(m_journalTrouble, m_journalPath, extra,
                            {ChargeCommand::nothingSentNote(m_order.deviceName)});
        return;
    }
    const ApiError error = m_lastProblem.isError()
                               ? m_lastProblem
                               : ApiError(ApiError::Kind::Server, QStringLiteral("sale failed without an error"));
    const QString message = sale.lastError.isEmpty() ? CliContext::apiMessage(error) : sale.lastError;
    QStringList notes{recorded};
    const QString journalNote = journalTroubleNote(&extra);
    if (!journalNote.isEmpty())
        notes.append(journalNote);
    context.failApiWith(error, message, extra, notes);
}
