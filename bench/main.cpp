// pointdesk-bench: the measurements behind bench/run (see docs/PERFORMANCE.md). Each command prints its results
// as key=value lines on standard output; progress and the application's own logging go to standard error.
#include "BenchCommands.h"
#include "SlowEvents.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QProcessEnvironment>
#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    const QString command = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const bool widgets =
        command == QLatin1String("latency") || command == QLatin1String("stalls") || command == QLatin1String("scale") ||
        command == QLatin1String("report");
    std::unique_ptr<QCoreApplication> app;
    if (widgets)
        app = std::make_unique<BenchApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pointdesk-bench"));
    // Amounts are typed as an en_US cashier would.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("PointDesk benchmarks. Commands:\n"
                       "  startup --app PATH --baseline PATH [--label PATH] [--runs N] [--log FILE]\n"
                       "          [--api URL]   (normal mode too, token in POINTDESK_TOKEN)\n"
                       "  latency [--orders N] [--backend legacy|orders]\n"
                       "  stalls [--journal N] [--flows N] [--latency-ms MS]\n"
                       "  scale [--journal N]\n"
                       "  report [--journal N] [--runs N]   (a day's cash-up report, read and as a PDF)\n"
                       "  load-setup --api URL --out FILE          (token in POINTDESK_TOKEN)\n"
                       "  load --api URL --paths FILE [--connections N] [--seconds S]   (token in POINTDESK_TOKEN)\n"
                       "  store-push --pg-port PORT [--journal N]   (PostgreSQL on 127.0.0.1, role pointdesk)\n"
                       "  store-history --pg-port PORT [--journal N] [--runs N]   (a day of a store of N sales)"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to measure."));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Counted runs."), QStringLiteral("N"));
    const QCommandLineOption appPath(QStringLiteral("app"), QStringLiteral("The pointdesk binary."),
                                     QStringLiteral("PATH"));
    const QCommandLineOption baselinePath(QStringLiteral("baseline"), QStringLiteral("The baseline window binary."),
                                          QStringLiteral("PATH"));
    const QCommandLineOption labelPath(QStringLiteral("label"), QStringLiteral("The one-label window binary."),
                                       QStringLiteral("PATH"));
    const QCommandLineOption log(QStringLiteral("log"), QStringLiteral("Where the runs' stderr goes."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption orders(QStringLiteral("orders"), QStringLiteral("Orders to charge."), QStringLiteral("N"));
    const QCommandLineOption journal(QStringLiteral("journal"), QStringLiteral("Sales in the journal."),
                                     QStringLiteral("N"));
    const QCommandLineOption flows(QStringLiteral("flows"), QStringLiteral("Charge flows."), QStringLiteral("N"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"), QStringLiteral("Delay of every reply."),
                                     QStringLiteral("MS"));
    const QCommandLineOption api(QStringLiteral("api"), QStringLiteral("The simulator's API address."),
                                 QStringLiteral("URL"));
    const QCommandLineOption backend(QStringLiteral("backend"), QStringLiteral("The API the window speaks."),
                                     QStringLiteral("legacy|orders"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Where to write the status paths."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption paths(QStringLiteral("paths"), QStringLiteral("The status paths to ask for."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption connections(QStringLiteral("connections"), QStringLiteral("Connections."),
                                         QStringLiteral("N"));
    const QCommandLineOption seconds(QStringLiteral("seconds"), QStringLiteral("Measured seconds."),
                                     QStringLiteral("S"));
    const QCommandLineOption pgPort(QStringLiteral("pg-port"), QStringLiteral("The store's PostgreSQL port."),
                                    QStringLiteral("PORT"));
    parser.addOptions(
        {pgPort, runs, appPath, baselinePath, labelPath, log, orders, journal, flows, latency, api, backend, out, paths, connections, seconds});
    parser.process(*app);

    BenchOptions options;
    const auto number = [&parser](const QCommandLineOption &option, int fallback) {
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        return parser.isSet(option) && ok && value > 0 ? value : fallback;
    };
    options.runs = number(runs, options.runs);
    options.appPath = parser.value(appPath);
    options.baselinePath = parser.value(baselinePath);
    options.labelPath = parser.value(labelPath);
    if (parser.isSet(log))
        options.logPath = parser.value(log);
    options.orders = number(orders, options.orders);
    options.journalOrders = number(journal, options.journalOrders);
    options.flows = number(flows, options.flows);
    options.latencyMs = number(latency, options.latencyMs);
    options.apiUrl = parser.value(api);
    if (parser.isSet(backend))
        options.backend = parser.value(backend);
    options.token = QProcessEnvironment::systemEnvironment().value(QStringLiteral("POINTDESK_TOKEN"));
    options.outPath = parser.value(out);
    options.pathsFile = parser.value(paths);
    options.connections = number(connections, options.connections);
    options.seconds = number(seconds, options.seconds);
    options.pgPort = number(pgPort, 0);

    if (command == QLatin1String("startup"))
        return runStartup(options);
    if (command == QLatin1String("latency"))
        return runLatency(options);
    if (command == QLatin1String("stalls"))
        return runStalls(options);
    if (command == QLatin1String("scale"))
        return runScale(options);
    if (command == QLatin1String("report"))
        return runReport(options);
    if (command == QLatin1String("load-setup"))
        return runLoadSetup(options);
    if (command == QLatin1String("load"))
        return runLoad(options);
    if (command == QLatin1String("store-push"))
        return runStorePush(options);
    if (command == QLatin1String("store-history"))
        return runStoreHistory(options);
    std::fputs(qPrintable(parser.helpText()), stderr);
    return 2;
}
