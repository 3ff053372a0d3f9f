#include "cli/commands/ReportCommand.h"

#include "cli/CliContext.h"
#include "cli/ExitCodes.h"
#include "cli/ManagerPinGate.h"
#include "cli/StoreReadAccess.h"
#include "print/CashUpReportDocument.h"
#include "print/CashUpReportText.h"
#include "store/CashUpReportBuilder.h"
#include "store/Settings.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <memory>

ReportCommand::ReportCommand(QObject *parent) : CliCommand(parent) {}

ReportCommand::~ReportCommand() = default;

QList<CliOption> ReportCommand::options() const
{
    const QString period = QStringLiteral("period");
    return {CliOption{QStringLiteral("day"), QStringLiteral("YYYY-MM-DD"), false, false, period, 0},
            CliOption{QStringLiteral("from"), QStringLiteral("YYYY-MM-DD"), false, false, period, 1},
            CliOption{QStringLiteral("to"), QStringLiteral("YYYY-MM-DD"), false, false, period, 1},
            CliOption{QStringLiteral("pdf"), QStringLiteral("FILE")},
            CliOption{QStringLiteral("close"), {}},
            CliOption{QStringLiteral("store"), {}},
            CliOption{QStringLiteral("counter"), QStringLiteral("NAME|ID")}};
}

QList<CliUsage> ReportCommand::usages() const
{
    // The store's options have a usage of their own: the first one is the local journal's, as before.
    CliUsage local = usage(QString());
    local.options.removeAll(QStringLiteral("store"));
    local.options.removeAll(QStringLiteral("counter"));
    local.description = tr("The cash-up report of a day (default: today) or of the days from\n"
                           "--from to --to, local time: paid sales and their amounts by card\n"
                           "type and by terminal, refunds (settled, and in progress apart),\n"
                           "net, the declined and cancelled sales (counted, never money), the\n"
                           "sales still open or unknown by name, the money taken per hour, and\n"
                           "the sales of a closed day that changed after its closing. Its\n"
                           "money is the history's. A closed day shows the report it was\n"
                           "closed with. Needs no token and no network.\n"
                           "--json: one document, every amount in integer cents (\"..._cents\")\n"
                           "and the account's \"currency\". --pdf FILE: also writes the report\n"
                           "as a PDF (A4 or Letter, as the locale uses) and says where.\n"
                           "--close: closes the day (one day only, after the manager PIN when\n"
                           "one is set, read from standard input like logout's); a day is\n"
                           "closed once.");
    return {local, CliUsage{{QStringLiteral("store"), QStringLiteral("counter")},
                            {},
                            tr("--store: the report of the whole store, from the store database\n"
                               "(PostgreSQL, set up with \"store setup\"), with the money taken by\n"
                               "counter and each open sale's counter; --day, --from / --to, --json\n"
                               "and --pdf work as above. --counter: only that counter (its name,\n"
                               "capitals and accents aside, or its id). Days are closed at each\n"
                               "counter, not in the store: --close does not go with --store. When\n"
                               "the store cannot be reached: exit 14, and the report without\n"
                               "--store still works.")}};
}

bool ReportCommand::parse(const QCommandLineParser &parser, const QStringList &, CliContext &context)
{
    m_day = valueIfSet(parser, QStringLiteral("day"));
    m_from = valueIfSet(parser, QStringLiteral("from"));
    m_to = valueIfSet(parser, QStringLiteral("to"));
    m_pdf = valueIfSet(parser, QStringLiteral("pdf"));
    m_close = parser.isSet(QStringLiteral("close"));
    m_store = parser.isSet(QStringLiteral("store"));
    m_counter = valueIfSet(parser, QStringLiteral("counter"));
    if (m_counter && !m_store) {
        context.failUsage(tr("--counter names one of the store's counters: give it with --store."));
        return false;
    }
    if (m_close && m_store) {
        context.failUsage(tr("A day is closed at its counter, not in the store: --close does not go with --store."));
        return false;
    }
    if (m_day && (m_from || m_to)) {
        context.failUsage(tr("Give either --day or --from and --to, not both."));
        return false;
    }
    if (bool(m_from) != bool(m_to)) {
        context.failUsage(tr("A range needs both --from and --to."));
        return false;
    }
    if (m_close && m_from) {
        context.failUsage(tr("--close closes one day: give it with --day (default: today)."));
        return false;
    }
    return true;
}

bool ReportCommand::checkInput(CliContext &context)
{
    if (m_day) {
        if (!parseDay(context, QStringLiteral("day"), *m_day, &m_fromDay))
            return false;
        m_toDay = m_fromDay;
    } else if (m_from) {
        if (!parseDay(context, QStringLiteral("from"), *m_from, &m_fromDay) ||
            !parseDay(context, QStringLiteral("to"), *m_to, &m_toDay))
            return false;
        if (m_fromDay > m_toDay) {
            context.failInvalidField(QStringLiteral("to"),
                                     tr("--to %1 is before --from %2: give the first day with --from and the last day "
                                        "with --to.")
                                         .arg(m_toDay.toString(Qt::ISODate), m_fromDay.toString(Qt::ISODate)));
            return false;
        }
    } else {
        m_fromDay = m_toDay = QDate::currentDate();
    }
    if (m_close && m_fromDay > QDate::currentDate()) {
        context.failInvalidField(QStringLiteral("day"),
                                 tr("%1 has not come yet: only today or an earlier day can be closed.")
                                     .arg(m_fromDay.toString(Qt::ISODate)));
        return false;
    }
    if (m_pdf && m_pdf->trimmed().isEmpty()) {
        context.failInvalidField(QStringLiteral("pdf"), tr("--pdf needs the name of the file to write."));
        return false;
    }
    if (m_pdf && !qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        context.fail(CliExit::InvalidInput, QStringLiteral("pdf_unavailable"),
                     tr("This run cannot write a PDF (it was started without Qt's graphical part)."));
        return false;
    }
    return true;
}

void ReportCommand::run(CliContext &context)
{
    if (m_store) {
        storeReport(context);
        return;
    }
    if (!m_close) {
        report(context, false);
        return;
    }
    m_gate = new ManagerPinGate(context, QStringLiteral("report --close"), this);
    m_gate->require([this, &context]() { close(context); });
}

void ReportCommand::close(CliContext &context)
{
    const QString path = context.journalPath();
    OrderJournal journal;
    const JournalResult opened = journal.open(path);
    if (!opened.ok()) {
        context.failJournal(opened, path);
        return;
    }
    if (const std::optional<JournalClosing> closed = journal.closing(m_fromDay)) {
        context.fail(CliExit::InvalidInput, QStringLiteral("already_closed"),
                     tr("%1 is already closed (on %2 by %3); a day is closed only once.")
                         .arg(m_fromDay.toString(Qt::ISODate),
                              QLocale().toString(closed->closedAt.toLocalTime(), QLocale::ShortFormat),
                              closed->closedBy),
                     {{QStringLiteral("field"), QStringLiteral("day")}});
        return;
    }
    const JournalResult result = CashUpReportBuilder::closeDay(&journal, m_fromDay, QStringLiteral("pointdesk-cli"),
                                                               QDateTime::currentDateTime());
    if (!result.ok()) {
        context.failJournal(result, path);
        return;
    }
    journal.close();
    report(context, true);
}

void ReportCommand::report(CliContext &context, bool closedNow)
{
    const QString path = context.journalPath();
    // A journal that does not exist yet has no sales: read an empty one rather than create the shop's file here.
    std::unique_ptr<QTemporaryDir> emptyFolder;
    QString openPath = path;
    if (!QFileInfo::exists(path)) {
        emptyFolder = std::make_unique<QTemporaryDir>();
        if (emptyFolder->isValid())
            openPath = emptyFolder->filePath(QStringLiteral("journal.sqlite"));
    }
    OrderJournal journal; // closed before its temporary folder goes
    const JournalResult opened = journal.open(openPath);
    if (!opened.ok()) {
        context.failJournal(opened, path);
        return;
    }
    JournalResult read;
    const CashUpReport report = CashUpReportBuilder(&journal).build(m_fromDay, m_toDay, &read);
    if (!read.ok()) {
        context.failJournal(read, path);
        return;
    }
    show(context, report, context.currency(), closedNow);
}

void ReportCommand::show(CliContext &context, const CashUpReport &report, const Currency &currency, bool closedNow)
{
    const QLocale locale;
    QString pdfPath;
    if (m_pdf) {
        pdfPath = QFileInfo(m_pdf->trimmed()).absoluteFilePath();
        CashUpReportDocument::Style style;
        style.locale = locale;
        style.currency = currency;
        style.paper = CashUpReportDocument::paperFor(locale);
        style.shopName = Settings().shopDetails().name; // set by the manager in Preferences, as on receipts
        QString error;
        if (!CashUpReportDocument(report, style).writePdf(pdfPath, &error)) {
            context.fail(CliExit::InvalidInput, QStringLiteral("io_error"), error,
                         {{QStringLiteral("field"), QStringLiteral("pdf")}});
            return;
        }
    }
    if (context.json()) {
        QJsonObject doc = report.toJson();
        doc.insert(QStringLiteral("currency"), currency.code());
        if (closedNow)
            doc.insert(QStringLiteral("closed_now"), true);
        if (!pdfPath.isEmpty())
            doc.insert(QStringLiteral("pdf"), pdfPath);
        context.writeJson(doc);
    } else {
        QString text = CashUpReportText::render(report, locale, currency);
        if (closedNow)
            text = tr("%1 is closed now.").arg(m_fromDay.toString(Qt::ISODate)) + QLatin1Char('\n') + text;
        if (!pdfPath.isEmpty())
            text += QLatin1Char('\n') + tr("The report was saved as a PDF: %1").arg(pdfPath) + QLatin1Char('\n');
        context.writeOut(text);
    }
    context.finish(CliExit::Success);
}

void ReportCommand::storeReport(CliContext &context)
{
    m_storeAccess = std::make_unique<StoreReadAccess>(name());
    m_storeAccess->open(context, this, m_counter.value_or(QString()),
                        [this, &context](StoreSalesReader &reader, const StoreCounterInfo &counter) {
                            JournalFilter filter;
                            filter.counterId = counter.counterId;
                            Currency currency = context.currency();
                            if (!m_storeAccess->currency(context, reader, filter, &currency))
                                return;
                            CashUpReport report;
                            const StoreResult read =
                                reader.cashUpReport(m_fromDay, m_toDay, &report, counter.counterId);
                            if (!read.ok()) {
                                m_storeAccess->fail(context, read);
                                return;
                            }
                            show(context, report, currency, false);
                        });
}
