#include "cli/commands/ReceiptCommand.h"

#include "cli/CliContext.h"
#include "cli/ExitCodes.h"
#include "print/ReceiptDocument.h"
#include "store/OrderJournal.h"
#include "store/Settings.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QGuiApplication>

QList<CliOption> ReceiptCommand::options() const
{
    return {CliOption{QStringLiteral("pdf"), QStringLiteral("FILE")},
            CliOption{QStringLiteral("paper"), QStringLiteral("a4|letter|roll80")}};
}

QList<CliArgument> ReceiptCommand::arguments() const
{
    return {CliArgument{QStringLiteral("SALE")}};
}

QList<CliUsage> ReceiptCommand::usages() const
{
    return {usage(tr("Show the receipt of a paid sale (paid, partly refunded or refunded):\n"
                     "the shop's name, address and tax id (Preferences), date, amount,\n"
                     "description, card, payment ID, terminal and refunds. SALE is the\n"
                     "sale's number in the history. Needs no token and no network.\n"
                     "--pdf: write it as a PDF file instead, on the receipts' paper\n"
                     "chosen in Preferences (A4 until chosen). --paper: a4, letter, or\n"
                     "roll80 (an 80 mm receipt printer's roll, as long as the receipt).\n"
                     "--json: the receipt as one document; every amount as an exact\n"
                     "decimal string and as integer cents."))};
}

bool ReceiptCommand::parse(const QCommandLineParser &parser, const QStringList &arguments, CliContext &context)
{
    m_saleText = arguments.value(0);
    if (parser.isSet(QStringLiteral("pdf")))
        m_pdf = parser.value(QStringLiteral("pdf"));
    if (parser.isSet(QStringLiteral("paper")))
        m_paperText = parser.value(QStringLiteral("paper"));
    if (m_paperText && !m_pdf) {
        context.failUsage(tr("--paper only applies to --pdf."));
        return false;
    }
    return true;
}

bool ReceiptCommand::checkInput(CliContext &context)
{
    const std::optional<qint64> sale = parseId(m_saleText.trimmed());
    if (!sale) {
        context.failInvalidField(QStringLiteral("sale"),
                                 tr("\"%1\" is not a sale number. Give the number the history shows, for example "
                                    "pointdesk-cli receipt 12.")
                                     .arg(m_saleText));
        return false;
    }
    m_sale = *sale;
    if (m_paperText) {
        bool ok = false;
        PaperSizes::fromKey(*m_paperText, &ok);
        if (!ok) {
            context.failInvalidField(QStringLiteral("paper"),
                                     tr("\"%1\" is not a paper. Use --paper a4, --paper letter or --paper roll80.")
                                         .arg(*m_paperText));
            return false;
        }
    }
    if (m_pdf && m_pdf->trimmed().isEmpty()) {
        context.failInvalidField(QStringLiteral("pdf"), tr("--pdf needs the name of the file to write."));
        return false;
    }
    return true;
}

void ReceiptCommand::run(CliContext &context)
{
    const QString path = context.journalPath();
    const QJsonObject saleField{{QStringLiteral("sale"), m_sale}};
    const QString notFound = tr("There is no sale %1 in the journal. pointdesk-cli history lists the sales with their "
                                "numbers.")
                                 .arg(m_sale);
    if (!QFileInfo::exists(path)) {
        context.fail(CliExit::InvalidInput, QStringLiteral("not_found"), notFound, {}, saleField);
        return;
    }
    OrderJournal journal;
    const JournalResult opened = journal.open(path);
    if (!opened.ok()) {
        context.failJournal(opened, path);
        return;
    }
    const std::optional<JournalEntry> entry = journal.entry(m_sale);
    if (!entry) {
        if (!journal.lastError().ok() && journal.lastError().kind() != JournalResult::Kind::NotFound)
            context.failJournal(journal.lastError(), path);
        else
            context.fail(CliExit::InvalidInput, QStringLiteral("not_found"), notFound, {}, saleField);
        return;
    }
    const QList<JournalRefund> refunds = journal.refunds(m_sale);
    const Settings settings;
    const ShopDetails shop = settings.shopDetails();
    QString refusal;
    const std::optional<Receipt> receipt = Receipt::from(*entry, refunds, shop, &refusal);
    if (!receipt) {
        context.fail(CliExit::InvalidInput, QStringLiteral("not_paid"), refusal, {},
                     QJsonObject{{QStringLiteral("sale"), m_sale},
                                 {QStringLiteral("state"), OrderStates::toKey(entry->shownState())}});
        return;
    }
    if (!m_pdf) {
        if (context.json())
            context.writeJson(receipt->toJson(context.currency()));
        else
            context.writeOut(receipt->toText(QLocale(), context.currency()));
        context.finish(CliExit::Success);
        return;
    }
    // The page needs fonts: main() made a QGuiApplication for --pdf (see CliFonts).
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        context.fail(CliExit::Usage, QStringLiteral("no_fonts"), tr("A PDF cannot be written without fonts here."));
        return;
    }
    const Paper paper = PaperSizes::fromKey(m_paperText.value_or(shop.paperKey));
    const ReceiptDocument document(*receipt, paper, QLocale(), context.currency());
    QString error;
    if (!document.writePdf(*m_pdf, &error)) {
        context.fail(CliExit::InvalidInput, QStringLiteral("pdf"), error, {{QStringLiteral("field"), QStringLiteral("pdf")}},
                     saleField);
        return;
    }
    if (context.json()) {
        context.writeJson(QJsonObject{{QStringLiteral("sale"), m_sale},
                                      {QStringLiteral("pdf"), QFileInfo(*m_pdf).absoluteFilePath()},
                                      {QStringLiteral("paper"), PaperSizes::key(paper)}});
    } else {
        context.writeOut(tr("Receipt of sale %1 written to %2.").arg(m_sale).arg(QFileInfo(*m_pdf).absoluteFilePath()) +
                         QLatin1Char('\n'));
    }
    context.finish(CliExit::Success);
}
