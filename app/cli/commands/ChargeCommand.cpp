#include "cli/commands/ChargeCommand.h"

#include "cli/CliContext.h"
#include "cli/ExitCodes.h"
#include "cli/commands/ChargeReporter.h"
#include "core/Money.h"

#include <QCommandLineParser>
#include <QLocale>

ChargeCommand::~ChargeCommand()
{
    // Before the journal (and the client) it uses. A sale still under way stays as it is in the journal (the window
    // picks it up); nothing is cancelled behind the cashier's back.
    delete m_service.data();
}

QList<CliOption> ChargeCommand::options() const
{
    return {CliOption{QStringLiteral("device"), QStringLiteral("NAME"), true},
            CliOption{QStringLiteral("amount"), QStringLiteral("AMOUNT"), true},
            CliOption{QStringLiteral("description"), QStringLiteral("TEXT"), true},
            CliOption{QStringLiteral("card"), QStringLiteral("credit|debit"), true},
            CliOption{QStringLiteral("external-reference"), QStringLiteral("R")},
            CliOption{QStringLiteral("payer-email"), QStringLiteral("E")},
            CliOption{QStringLiteral("notification-url"), QStringLiteral("U")},
            CliOption{QStringLiteral("disable-back-button"), {}},
            CliOption{QStringLiteral("wait"), {}},
            CliOption{QStringLiteral("no-ticket"), {}}};
}

QList<CliUsage> ChargeCommand::usages() const
{
    return {usage(tr("Send an order to a terminal. AMOUNT like 12.50 or 12,50; TEXT at\n"
                     "most 20 characters. --wait follows the order until it is paid,\n"
                     "declined or cancelled. The sale is recorded in the order journal\n"
                     "(its number is shown) before anything is sent; when the answer to\n"
                     "the order is lost, the terminal is checked and the order is never\n"
                     "sent twice. An external reference is made up when none is given.") +
                  QLatin1Char('\n') + tr("--no-ticket: the terminal prints no ticket (Orders API)."))};
}

bool ChargeCommand::parse(const QCommandLineParser &parser, const QStringList &, CliContext &)
{
    m_order.deviceName = parser.value(QStringLiteral("device"));
    m_amountText = parser.value(QStringLiteral("amount"));
    m_cardText = parser.value(QStringLiteral("card"));
    m_order.description = parser.value(QStringLiteral("description"));
    m_order.externalReference = parser.value(QStringLiteral("external-reference"));
    m_order.payerEmail = parser.value(QStringLiteral("payer-email")).trimmed();
    m_order.notificationUrl = parser.value(QStringLiteral("notification-url"));
    if (parser.isSet(QStringLiteral("disable-back-button")))
        m_order.disableBackButton = true;
    m_wait = parser.isSet(QStringLiteral("wait"));
    if (parser.isSet(QStringLiteral("no-ticket")))
        m_order.printOnTerminal = false; // print_on_terminal: no_ticket
    return true;
}

bool ChargeCommand::checkInput(CliContext &context)
{
    QList<ValidationIssue> issues;
    const auto add = [&issues](const std::optional<ValidationIssue> &issue) {
        if (issue)
            issues.append(*issue);
    };
    // QLocale::c() groups with ',' only, so both "12.50" and "12,50" are 12.50 and "1,234" is 1234.
    const Money::ParseResult amount = Money::parse(m_amountText, QLocale::c(), context.currency());
    if (amount.money) {
        m_order.amount = *amount.money;
        add(Validation::amount(m_order.amount));
    } else {
        issues.append(ValidationIssue{ValidationIssue::Field::Amount,
                                      Money::errorMessage(amount.error, QLocale::c(), context.currency())});
    }
    // Each API's own rules: the Orders API takes 150-character descriptions, and has no payer e-mail, notification
    // URL or back button; only it prints or skips the receipt on the terminal.
    const bool orders = context.api() == QLatin1String("orders");
    add(orders ? Validation::ordersDescription(m_order.description) : Validation::description(m_order.description));
    add(Validation::deviceName(m_order.deviceName));
    const std::optional<CardType> card = CardTypes::fromShortName(m_cardText);
    if (card)
        m_order.cardType = *card;
    else
        issues.append(ValidationIssue{ValidationIssue::Field::CardType,
                                      m_cardText.isEmpty() ? tr("Choose the card type: --card credit or --card debit.")
                                                           : tr("The card type must be credit or debit.")});
    if (orders) {
        add(Validation::ordersExternalReference(m_order.externalReference));
        const auto notHere = [&issues](ValidationIssue::Field field, const QString &option) {
            issues.append(ValidationIssue{field, tr("The Orders API has no %1; leave it out.").arg(option)});
        };
        if (!m_order.payerEmail.isEmpty())
            notHere(ValidationIssue::Field::PayerEmail, QStringLiteral("--payer-email"));
        if (!m_order.notificationUrl.isEmpty())
            notHere(ValidationIssue::Field::NotificationUrl, QStringLiteral("--notification-url"));
        if (m_order.disableBackButton)
            notHere(ValidationIssue::Field::Description, QStringLiteral("--disable-back-button"));
    } else {
        add(Validation::externalReference(m_order.externalReference));
        add(Validation::payerEmail(m_order.payerEmail));
        add(Validation::notificationUrl(m_order.notificationUrl));
        if (!m_order.printOnTerminal)
            issues.append(ValidationIssue{ValidationIssue::Field::Description,
                                          tr("--no-ticket is for the Orders API: the legacy API's terminal always "
                                             "prints the receipt. Leave it out, or use --api orders.")});
    }
    if (!issues.isEmpty()) {
        context.failInvalid(issues);
        return false;
    }
    return true;
}

QString ChargeCommand::nothingSentNote(const QString &deviceName)
{
    return tr("Nothing was sent to the terminal \"%1\".").arg(deviceName);
}

void ChargeCommand::run(CliContext &context)
{
    // The journal first: a sale it cannot record is never sent.
    m_journal = std::make_unique<OrderJournal>();
    const QString path = context.journalPath();
    const JournalResult opened = m_journal->open(path);
    if (!opened.ok()) {
        context.failJournal(opened, path, QJsonObject{{QStringLiteral("device"), m_order.deviceName}},
                            {nothingSentNote(m_order.deviceName)});
        return;
    }

    auto *service = new ChargeService(context.client(), m_journal.get(), this);
    m_service = service;
    service->setResendPolicy(ChargeService::ResendPolicy::ResendWhenCertain);
    service->setPollInterval(context.pollMs());
    service->setMaxLookupAttempts(kLookupAttempts);
    m_reporter = new ChargeReporter(context, service, m_order, m_wait, m_journal->path(), this);

    const ChargeService::StartResult started = service->start(m_order);
    if (!started.ok()) {
        if (!started.journal.ok()) {
            context.failJournal(started.journal, path, QJsonObject{{QStringLiteral("device"), m_order.deviceName}},
                                {nothingSentNote(m_order.deviceName)});
            return;
        }
        context.failApi(started.error, QJsonObject{{QStringLiteral("device"), m_order.deviceName}});
        return;
    }
    // Before the event loop runs again, so before the order has an id a window would look for: from then on a
    // window leaves this sale to this process. Not having the lock (the file cannot be written) changes nothing
    // here: the window then follows the sale as well, as it always could.
    m_followLock = std::make_unique<SaleFollowLock>(m_journal->path(), started.localId);
    m_followLock->tryLock();
    m_reporter->follow(started.localId);
}

CliCommand::Interruption ChargeCommand::interruption(CliContext &context)
{
    Interruption interruption = CliCommand::interruption(context);
    const qint64 localId = m_reporter ? m_reporter->localId() : 0;
    if (localId <= 0)
        return interruption;
    const Sale sale = m_reporter->latestSale();
    interruption.extra = m_reporter->saleJson();
    if (!sale.order.id.isNull()) {
        interruption.message = tr("Stopped waiting for order %1.").arg(sale.order.id.toString());
        interruption.extra = m_reporter->orderJson(sale.order);
        interruption.notes.append(tr("Order %1 is still open on the terminal \"%2\". Follow it with \"%3 status %1\", "
                                     "or cancel it with \"%3 cancel %1\".")
                                      .arg(sale.order.id.toString(), m_order.deviceName, CliContext::program()));
    } else if (sale.phase == Sale::Phase::Checking && sale.createAttempts == 0) {
        // Only the terminal was being looked at: ending the service now means the order never leaves.
        delete m_service.data();
        if (m_journal)
            m_journal->markFailed(localId, tr("Not sent: stopped with Ctrl+C before it was sent."));
        interruption.notes.append(nothingSentNote(m_order.deviceName));
    } else {
        interruption.extra.insert(QStringLiteral("may_have_reached_terminal"), true);
        interruption.notes.append(tr("The order may have reached the terminal \"%1\". Check with \"%2 devices\" "
                                     "before charging again.")
                                      .arg(m_order.deviceName, CliContext::program()));
    }
    interruption.notes.append(tr("The order journal keeps it as sale %1; see it with \"%2 history\".")
                                  .arg(QString::number(localId), CliContext::program()));
    const QString journalNote = m_reporter->journalTroubleNote(&interruption.extra);
    if (!journalNote.isEmpty())
        interruption.notes.append(journalNote);
    return interruption;
}
