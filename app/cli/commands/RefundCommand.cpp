#include "cli/commands/RefundCommand.h"

#include "api/PointBackend.h"
#include "cli/CliContext.h"
#include "cli/ExitCodes.h"
#include "cli/ManagerPinGate.h"
#include "sales/RefundService.h"
#include "store/OrderJournal.h"

#include <QCommandLineParser>
#include <QLocale>

RefundCommand::RefundCommand(QObject *parent) : CliCommand(parent) {}

RefundCommand::~RefundCommand() = default;

QList<CliOption> RefundCommand::options() const
{
    return {CliOption{QStringLiteral("sale"), QStringLiteral("N")},
            CliOption{QStringLiteral("amount"), QStringLiteral("AMOUNT")},
            CliOption{QStringLiteral("reason"), QStringLiteral("TEXT")}};
}

QList<CliArgument> RefundCommand::arguments() const
{
    return {CliArgument{QStringLiteral("PAYMENT_ID|ORDER_ID")}};
}

QList<CliUsage> RefundCommand::usages() const
{
    const QString amountHelp = tr("Without --amount the whole remaining balance goes back. When a manager PIN is set,\n"
                                  "reads it from standard input first, like remove-device.");
    return {CliUsage{{QStringLiteral("amount"), QStringLiteral("reason")},
                     {QStringLiteral("PAYMENT_ID|ORDER_ID")},
                     tr("Refund a paid sale by its payment id (legacy API) or order id (Orders API).\n") + amountHelp},
            CliUsage{{QStringLiteral("sale"), QStringLiteral("amount"), QStringLiteral("reason")},
                     {},
                     tr("Refund sale N of this computer's sales record (see history).\n") + amountHelp}};
}

bool RefundCommand::parse(const QCommandLineParser &parser, const QStringList &arguments, CliContext &context)
{
    const bool bySale = parser.isSet(QStringLiteral("sale"));
    if (bySale == !arguments.isEmpty()) {
        context.failUsage(tr("\"refund\" takes either a PAYMENT_ID / ORDER_ID or --sale N."));
        return false;
    }
    m_idText = arguments.value(0).trimmed();
    m_saleText = parser.value(QStringLiteral("sale"));
    m_amountText = parser.isSet(QStringLiteral("amount")) ? parser.value(QStringLiteral("amount")) : QString();
    m_reason = parser.value(QStringLiteral("reason")).trimmed();
    return true;
}

bool RefundCommand::checkInput(CliContext &context)
{
    if (!m_saleText.isNull()) {
        const std::optional<qint64> sale = parseId(m_saleText);
        if (!sale) {
            context.failInvalidField(QStringLiteral("sale"), tr("The sale number must be a whole number, as "
                                                                "\"history\" shows it."));
            return false;
        }
        m_saleId = *sale;
    } else if (m_idText.isEmpty() || m_idText.size() > 64) {
        context.failInvalidField(QStringLiteral("id"), tr("Give the sale's payment id or order id, as \"history\" "
                                                          "shows it."));
        return false;
    }
    if (!m_amountText.isNull()) {
        const Money::ParseResult amount = Money::parse(m_amountText, QLocale::c(), context.currency());
        if (!amount.money) {
            context.failInvalidField(QStringLiteral("amount"),
                                     Money::errorMessage(amount.error, QLocale::c(), context.currency()));
            return false;
        }
        m_amount = amount.money;
    }
    if (m_reason.size() > 500) {
        context.failInvalidField(QStringLiteral("reason"), tr("The reason can be at most 500 characters long."));
        return false;
    }
    return true;
}

void RefundCommand::run(CliContext &context)
{
    // The journal first: a refund it cannot record is never sent.
    m_journal = std::make_unique<OrderJournal>();
    const QString path = context.journalPath();
    const JournalResult opened = m_journal->open(path);
    if (!opened.ok()) {
        context.failJournal(opened, path);
        return;
    }
    if (m_saleId == 0) {
        std::optional<JournalEntry> sale = m_journal->entryByPaymentId(PaymentRef(m_idText));
        if (!sale)
            sale = m_journal->entryByOrderId(OrderRef(m_idText));
        if (!sale) {
            context.failInvalidField(QStringLiteral("id"),
                                     tr("No sale with payment or order id %1 is in this computer's sales record.")
                                         .arg(m_idText));
            return;
        }
        m_saleId = sale->localId;
    }
    m_service = new RefundService(context.client(), m_journal.get(), this);
    const RefundService::Check check = m_service->check(m_saleId, m_amount);
    if (!check.ok()) {
        context.failInvalidField(QStringLiteral("refund"), check.message);
        return;
    }
    m_gate = new ManagerPinGate(context, name(), this);
    m_gate->require([this, &context]() { start(context); });
}

void RefundCommand::start(CliContext &context)
{
    connect(m_service, &RefundService::refundAnswered, this, [this, &context](const JournalRefund &refund) {
        if (context.isFinished() || refund.saleLocalId != m_saleId)
            return;
        const Currency currency = context.currency();
        const QString amount = refund.amount.toLocaleString(QLocale::c(), currency);
        if (refund.state == JournalRefund::State::Rejected) {
            context.fail(CliExit::ApiError, QStringLiteral("refund_rejected"),
                         tr("Mercado Pago rejected refund %1 of sale %2. Refund it from the Mercado Pago panel.")
                             .arg(refund.refundId.toString())
                             .arg(refund.saleLocalId),
                         {}, QJsonObject{{QStringLiteral("refund"), describe(refund)}});
            return;
        }
        if (context.json()) {
            context.writeJson(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("refund"), describe(refund)}});
        } else if (refund.state == JournalRefund::State::Pending) {
            context.writeOut(tr("Refund %1 of %2 %3 for sale %4 accepted; Mercado Pago is still processing it.\n")
                                 .arg(refund.refundId.toString(), currency.code(), amount)
                                 .arg(refund.saleLocalId));
        } else {
            context.writeOut(tr("Refund %1: %2 %3 given back for sale %4.\n")
                                 .arg(refund.refundId.toString(), currency.code(), amount)
                                 .arg(refund.saleLocalId));
        }
        context.finish(CliExit::Success);
    });
    connect(m_service, &RefundService::refundFailed, this,
            [this, &context](const JournalRefund &refund, const QString &message) {
                if (!context.isFinished() && refund.saleLocalId == m_saleId)
                    context.fail(CliExit::ApiError, QStringLiteral("refund_failed"), message, {},
                                 QJsonObject{{QStringLiteral("refund"), describe(refund)}},
                                 {tr("Nothing was given back.")});
            });
    connect(m_service, &RefundService::refundUnclear, this,
            [this, &context](const JournalRefund &refund, const QString &message) {
                if (!context.isFinished() && refund.saleLocalId == m_saleId)
                    context.fail(CliExit::RefundUnclear, QStringLiteral("refund_unclear"), message, {},
                                 QJsonObject{{QStringLiteral("refund"), describe(refund)}},
                                 {tr("The next \"%1 refund\" of this sale, or the window, asks again with the same "
                                     "request.")
                                      .arg(CliContext::program())});
            });
    // A refund of this sale left unsettled by an earlier run goes first, with its own key.
    m_service->resumeOpenRefunds(m_saleId);
    RefundService::Check refused;
    m_refundId = m_service->refund(m_saleId, m_amount, m_reason, QStringLiteral("pointdesk-cli"), &refused);
    if (m_refundId == 0 && m_service->inFlight() == 0 && !context.isFinished())
        context.failInvalidField(QStringLiteral("refund"), refused.message);
}

QJsonObject RefundCommand::describe(const JournalRefund &refund) const
{
    QJsonObject out{{QStringLiteral("sale"), refund.saleLocalId},
                    {QStringLiteral("amount"), refund.amount.toPlainString()},
                    {QStringLiteral("whole_balance"), refund.wholeBalance},
                    {QStringLiteral("state"), JournalRefund::stateKey(refund.state)},
                    {QStringLiteral("status"), refund.status},
                    {QStringLiteral("idempotency_key"), refund.idempotencyKey}};
    out.insert(QStringLiteral("id"), refund.refundId.isNull() ? QJsonValue() : QJsonValue(refund.refundId.toString()));
    return out;
}

CliCommand::Interruption RefundCommand::interruption(CliContext &)
{
    Interruption interruption;
    interruption.message = tr("Interrupted.");
    if (m_refundId > 0) {
        interruption.extra.insert(QStringLiteral("refund"), QJsonObject{{QStringLiteral("sale"), m_saleId}});
        interruption.notes.append(tr("The refund is kept in the sales record and is asked again with the same "
                                     "request, never made twice. See it with \"%1 history\".")
                                      .arg(CliContext::program()));
    }
    return interruption;
}
