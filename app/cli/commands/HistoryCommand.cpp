#include "cli/commands/HistoryCommand.h"

#include "cli/CliContext.h"
#include "cli/ExitCodes.h"
#include "cli/StoreReadAccess.h"
#include "cli/commands/HistoryReport.h"
#include "store/Language.h"
#include "store/Settings.h"

#include <QCommandLineParser>
#include <QDate>
#include <QFileInfo>
#include <QTemporaryDir>
#include <algorithm>
#include <memory>

HistoryCommand::HistoryCommand(QObject *parent) : CliCommand(parent) {}

HistoryCommand::~HistoryCommand() = default;

QList<CliOption> HistoryCommand::options() const
{
    const QString period = QStringLiteral("period");
    return {CliOption{QStringLiteral("day"), QStringLiteral("YYYY-MM-DD"), false, false, period, 0},
            CliOption{QStringLiteral("from"), QStringLiteral("YYYY-MM-DD"), false, false, period, 1},
            CliOption{QStringLiteral("to"), QStringLiteral("YYYY-MM-DD"), false, false, period, 1},
            CliOption{QStringLiteral("all"), {}, false, false, period, 2},
            CliOption{QStringLiteral("state"), QStringLiteral("STATE"), false, true},
            CliOption{QStringLiteral("terminal"), QStringLiteral("NAME")},
            CliOption{QStringLiteral("limit"), QStringLiteral("N")},
            CliOption{QStringLiteral("csv"), {}},
            CliOption{QStringLiteral("csv-format"), QStringLiteral("spreadsheet|plain")},
            CliOption{QStringLiteral("store"), {}},
            CliOption{QStringLiteral("counter"), QStringLiteral("NAME|ID")}};
}

QList<CliUsage> HistoryCommand::usages() const
{
    // The store's options have a usage of their own: the first one is the local journal's, as before.
    CliUsage local = usage(QString());
    local.options.removeAll(QStringLiteral("store"));
    local.options.removeAll(QStringLiteral("counter"));
    local.description = tr("List the sales of the order journal, newest first, with totals by\n"
                           "state and by card type, then the money taken (paid sales only),\n"
                           "refunded and net by state, card type and terminal. Needs no\n"
                           "token and no network.\n"
                           "--day: one day, local time (default: today). --from / --to: the\n"
                           "first and last day (either may be left out). --all: every day.\n"
                           "--state: paid, declined, cancelled, failed (not sent), waiting\n"
                           "(for the customer), sending, unknown (PointDesk could not tell),\n"
                           "or open (waiting, sending and unknown: not finished); repeat it or\n"
                           "separate states with commas. The JSON names are approved,\n"
                           "rejected, cancelled, failed, waiting_for_card, sending, unknown.\n"
                           "--terminal: only that terminal (capitals and accents aside, like\n"
                           "the window's terminal filter). --limit: only the N newest sales\n"
                           "(the totals still count every matching sale).\n"
                           "--json: {\"entries\":[...],\"totals\":{...}}; every amount is given\n"
                           "twice, as an exact decimal string (\"amount\": \"1234.50\") and as\n"
                           "integer cents (\"amount_cents\": 123450); ids are integers.\n"
                           "--csv: every matching sale as CSV, then their refunds as a second\n"
                           "table after an empty line. --csv-format (implies --csv): plain\n"
                           "(UTF-8, ',', amounts like 1234.50, times in UTC, the same whatever\n"
                           "the language) or spreadsheet (a byte order mark, ';', the decimal\n"
                           "separator of the system's locale, local times, the window's words).\n"
                           "Default: the Preferences' \"CSV for spreadsheets\" (on for Spanish\n"
                           "and Portuguese until chosen). Cells that start with = + - @ are\n"
                           "written with a ' in front in both.");
    return {local, CliUsage{{QStringLiteral("store"), QStringLiteral("counter")},
                            {},
                            tr("--store: the same for the whole store, from the store database\n"
                               "(PostgreSQL, set up with \"store setup\"), every option above\n"
                               "included: each sale with its counter, and the money taken by\n"
                               "counter. --counter: only that counter's sales (its name, capitals\n"
                               "and accents aside, or its id). With --json each sale has\n"
                               "\"counter\": {\"id\", \"name\"}, the totals \"by_counter\", and the\n"
                               "document the store's \"currency\"; with --csv a counter column\n"
                               "comes first. When the store cannot be reached: exit 14, and the\n"
                               "history without --store still works.")}};
}

bool HistoryCommand::parse(const QCommandLineParser &parser, const QStringList &, CliContext &context)
{
    const bool day = parser.isSet(QStringLiteral("day"));
    const bool from = parser.isSet(QStringLiteral("from"));
    const bool to = parser.isSet(QStringLiteral("to"));
    const bool all = parser.isSet(QStringLiteral("all"));
    if (all && (day || from || to)) {
        context.failUsage(tr("--all cannot be combined with --day, --from or --to."));
        return false;
    }
    if (day && (from || to)) {
        context.failUsage(tr("Give either --day or --from / --to, not both."));
        return false;
    }
    m_csvFormat = valueIfSet(parser, QStringLiteral("csv-format"));
    m_csv = parser.isSet(QStringLiteral("csv")) || m_csvFormat.has_value();
    if (m_csv && context.json()) {
        context.failUsage(tr("Choose one output: --csv or --json."));
        return false;
    }
    if (m_csv && parser.isSet(QStringLiteral("limit"))) {
        context.failUsage(tr("--limit does not apply to --csv: the export always holds every matching sale. Narrow "
                             "it with --day, --from / --to, --state or --terminal."));
        return false;
    }
    m_day = valueIfSet(parser, QStringLiteral("day"));
    m_from = valueIfSet(parser, QStringLiteral("from"));
    m_to = valueIfSet(parser, QStringLiteral("to"));
    m_all = all;
    m_states = parser.values(QStringLiteral("state"));
    m_limit = valueIfSet(parser, QStringLiteral("limit"));
    m_terminal = valueIfSet(parser, QStringLiteral("terminal"));
    m_store = parser.isSet(QStringLiteral("store"));
    m_counter = valueIfSet(parser, QStringLiteral("counter"));
    if (m_counter && !m_store) {
        context.failUsage(tr("--counter names one of the store's counters: give it with --store."));
        return false;
    }
    return true;
}

bool HistoryCommand::checkInput(CliContext &context)
{
    if (m_terminal) {
        if (const auto issue = Validation::deviceName(*m_terminal)) {
            context.failInvalid({*issue});
            return false;
        }
    }
    if (!readPeriod(context) || !readStates(context))
        return false;
    if (m_csvFormat && !CsvFormat::styleFromKey(*m_csvFormat)) {
        context.failInvalidField(
            QStringLiteral("csv-format"),
            tr("\"%1\" is not a CSV format. Use --csv-format spreadsheet or --csv-format plain.").arg(*m_csvFormat));
        return false;
    }
    if (m_limit) {
        const std::optional<qint64> limit = parseId(m_limit->trimmed());
        if (!limit || *limit < 1 || *limit > 1'000'000) {
            context.failInvalidField(
                QStringLiteral("limit"),
                tr("--limit takes a whole number of sales from 1 to 1000000, for example --limit 20."));
            return false;
        }
        m_filter.limit = int(*limit);
    }
    if (m_terminal)
        m_filter.deviceName = *m_terminal;
    if (!m_filter.states.isEmpty() || m_terminal)
        m_noSalesText = tr("No sales match the states or the terminal asked for.") + QLatin1Char(' ') + m_noSalesText;
    return true;
}

bool HistoryCommand::readPeriod(CliContext &context)
{
    m_filter = JournalFilter();
    if (m_day) {
        QDate day;
        if (!parseDay(context, QStringLiteral("day"), *m_day, &day))
            return false;
        m_filter = JournalFilter::day(day);
        m_noSalesText = tr("No sales were recorded on %1.").arg(day.toString(Qt::ISODate));
    } else if (m_from || m_to) {
        if (m_from && !parseDay(context, QStringLiteral("from"), *m_from, &m_filter.fromDay))
            return false;
        if (m_to && !parseDay(context, QStringLiteral("to"), *m_to, &m_filter.toDay))
            return false;
        if (m_filter.fromDay.isValid() && m_filter.toDay.isValid() && m_filter.fromDay > m_filter.toDay) {
            context.failInvalidField(
                QStringLiteral("to"),
                tr("--to %1 is before --from %2: give the first day with --from and the last day with --to.")
                    .arg(m_filter.toDay.toString(Qt::ISODate), m_filter.fromDay.toString(Qt::ISODate)));
            return false;
        }
        if (!m_filter.toDay.isValid())
            m_noSalesText = tr("No sales were recorded from %1 on.").arg(m_filter.fromDay.toString(Qt::ISODate));
        else if (!m_filter.fromDay.isValid())
            m_noSalesText = tr("No sales were recorded up to %1.").arg(m_filter.toDay.toString(Qt::ISODate));
        else
            m_noSalesText = tr("No sales were recorded from %1 to %2.")
                                .arg(m_filter.fromDay.toString(Qt::ISODate), m_filter.toDay.toString(Qt::ISODate));
    } else if (!m_all) {
        const QDate today = QDate::currentDate();
        m_filter = JournalFilter::day(today);
        m_noSalesText = tr("No sales were recorded today (%1). Use --all to see every day, or --day YYYY-MM-DD.")
                            .arg(today.toString(Qt::ISODate));
    } else {
        m_noSalesText = m_store ? tr("The store database holds no sales.") : tr("The order journal holds no sales.");
    }
    return true;
}

bool HistoryCommand::readStates(CliContext &context)
{
    // Stable lower-case keys: the journal's own names, and the words a cashier uses for them.
    static const QList<QPair<QString, QList<OrderState>>> names = {
        {QStringLiteral("paid"), {OrderState::Approved}},
        {QStringLiteral("approved"), {OrderState::Approved}},
        {QStringLiteral("declined"), {OrderState::Rejected}},
        {QStringLiteral("rejected"), {OrderState::Rejected}},
        {QStringLiteral("cancelled"), {OrderState::Cancelled}},
        {QStringLiteral("canceled"), {OrderState::Cancelled}},
        {QStringLiteral("failed"), {OrderState::Failed}},
        {QStringLiteral("not_sent"), {OrderState::Failed}},
        {QStringLiteral("waiting"), {OrderState::WaitingForCard}},
        {QStringLiteral("waiting_for_card"), {OrderState::WaitingForCard}},
        {QStringLiteral("sending"), {OrderState::Sending}},
        {QStringLiteral("unknown"), {OrderState::Unknown}},
        {QStringLiteral("open"), {OrderState::Sending, OrderState::WaitingForCard, OrderState::Unknown}},
    };
    for (const QString &value : m_states) {
        const QStringList parts = value.split(QLatin1Char(','));
        bool any = false;
        for (const QString &part : parts) {
            QString key = part.trimmed().toLower();
            key.replace(QLatin1Char('-'), QLatin1Char('_'));
            if (key.isEmpty())
                continue;
            any = true;
            const auto match =
                std::find_if(names.begin(), names.end(), [&key](const auto &name) { return name.first == key; });
            if (match == names.end()) {
                context.failInvalidField(QStringLiteral("state"),
                                         tr("\"%1\" is not a state. Use paid, declined, cancelled, failed, waiting, "
                                            "sending, unknown or open.")
                                             .arg(part.trimmed()));
                return false;
            }
            for (OrderState state : match->second) {
                if (!m_filter.states.contains(state))
                    m_filter.states.append(state);
            }
        }
        if (!any) {
            context.failInvalidField(QStringLiteral("state"), tr("--state needs a state, for example --state paid."));
            return false;
        }
    }
    return true;
}

CsvFormat::Style HistoryCommand::csvStyle() const
{
    // As asked, else as the window exports (Preferences), in the locale money and dates follow.
    return m_csvFormat ? CsvFormat::styleFromKey(*m_csvFormat).value_or(CsvFormat::Style::Plain)
           : Settings().csvForSpreadsheets(Language::installed()) ? CsvFormat::Style::Spreadsheet
                                                                  : CsvFormat::Style::Plain;
}

void HistoryCommand::run(CliContext &context)
{
    if (m_store) {
        runStore(context);
        return;
    }
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
    if (m_csv) {
        const JournalResult exported =
            journal.exportCsv(m_filter, context.outDevice(), CsvFormat(csvStyle(), QLocale()));
        if (!exported.ok()) {
            context.failJournal(exported, path);
            return;
        }
        context.finish(CliExit::Success);
        return;
    }
    const QList<JournalEntry> entries = journal.entries(m_filter);
    const qint64 matched = journal.count(m_filter);
    const JournalTotals totals = journal.totals(m_filter);
    if (!journal.lastError().ok()) {
        context.failJournal(journal.lastError(), path);
        return;
    }
    // A closed day says so (report --close, or Sales > Close the day in the window).
    const std::optional<JournalClosing> closed = m_filter.fromDay.isValid() && m_filter.fromDay == m_filter.toDay
                                                     ? journal.closing(m_filter.fromDay)
                                                     : std::nullopt;
    if (context.json()) {
        QJsonObject document = HistoryReport::json(entries, matched, totals);
        if (closed) {
            document.insert(QStringLiteral("closed"),
                            QJsonObject{{QStringLiteral("at"), closed->closedAt.toUTC().toString(Qt::ISODateWithMs)},
                                        {QStringLiteral("by"), closed->closedBy}});
        }
        context.writeJson(document);
    } else {
        QString text = HistoryReport::table(entries, matched, totals, context.currency(), m_noSalesText);
        if (closed) {
            text += tr("This day is closed: closed at %1 by %2.")
                        .arg(QLocale().toString(closed->closedAt.toLocalTime().time(), QLocale::ShortFormat),
                             closed->closedBy) +
                    QLatin1Char('\n');
        }
        context.writeOut(text);
    }
    context.finish(CliExit::Success);
}

void HistoryCommand::runStore(CliContext &context)
{
    m_storeAccess = std::make_unique<StoreReadAccess>(name());
    m_storeAccess->open(
        context, this, m_counter.value_or(QString()),
        [this, &context](StoreSalesReader &reader, const StoreCounterInfo &counter) {
            JournalFilter filter = m_filter;
            filter.counterId = counter.counterId;
            Currency currency = context.currency();
            if (!m_storeAccess->currency(context, reader, filter, &currency))
                return;
            if (m_csv) {
                const StoreResult exported =
                    reader.exportCsv(filter, context.outDevice(), CsvFormat(csvStyle(), QLocale()));
                if (!exported.ok()) {
                    m_storeAccess->fail(context, exported);
                    return;
                }
                context.finish(CliExit::Success);
                return;
            }
            QList<JournalEntry> entries;
            qint64 matched = 0;
            JournalTotals totals;
            StoreResult read = reader.entries(filter, &entries);
            if (read.ok())
                read = reader.count(filter, &matched);
            if (read.ok())
                read = reader.totals(filter, &totals);
            if (!read.ok()) {
                m_storeAccess->fail(context, read);
                return;
            }
            if (context.json()) {
                QJsonObject document = HistoryReport::json(entries, matched, totals, true);
                document.insert(QStringLiteral("currency"), currency.code());
                document.insert(QStringLiteral("store"),
                                QJsonObject{{QStringLiteral("whole_store"), counter.counterId.isEmpty()},
                                            {QStringLiteral("counter"),
                                             counter.counterId.isEmpty()
                                                 ? QJsonValue()
                                                 : QJsonValue(QJsonObject{{QStringLiteral("id"), counter.counterId},
                                                                          {QStringLiteral("name"), counter.name}})}});
                context.writeJson(document);
            } else {
                QString text;
                if (!counter.counterId.isEmpty())
                    text = tr("Counter %1, from the store database.").arg(counter.name) + QLatin1Char('\n');
                else
                    text = tr("The whole store, from the store database.") + QLatin1Char('\n');
                text += HistoryReport::table(entries, matched, totals, currency, m_noSalesText, true);
                context.writeOut(text);
            }
            context.finish(CliExit::Success);
        });
}
