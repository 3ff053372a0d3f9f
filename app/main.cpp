// pointdesk: thin main. Parses the command line, then AppController reads the keychain, picks normal or demo mode
// (the simulator inside the app) and shows the cashier window.
#include "app/AppController.h"
#include "store/Language.h"
#include "ui/CashierStyle.h"
#include "ui/LaunchOptions.h"
#include "store/ProcessSecrets.h"
#include "store/Settings.h"
#include "store/TerminationWatcher.h"
#include "app/SmokeTest.h"
#include "app/StartupBenchmark.h"

#include <QApplication>
#include <QTemporaryDir>
#include <cstdio>
#include <memory>

namespace {

void print(FILE *stream, const QString &text)
{
    std::fputs(qUtf8Printable(text), stream);
    if (!text.endsWith(QLatin1Char('\n')))
        std::fputc('\n', stream);
}

} // namespace

int main(int argc, char *argv[])
{
    // First of all: POINTDESK_TOKEN leaves the environment before any child process can start, and (in release
    // builds) no core dump can hold the token.
    const QProcessEnvironment environment = ProcessSecrets::protect();
    QCoreApplication::setOrganizationName(QStringLiteral("PointDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("PointDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(POINTDESK_VERSION));

    // --help, --version and mistakes are answered before any window system is needed (over ssh, in scripts).
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    LaunchOptions options = LaunchOptions::parse(arguments, environment);
    switch (options.action) {
    case LaunchOptions::Action::ShowHelp:
    case LaunchOptions::Action::ShowVersion:
        print(stdout, options.message);
        return 0;
    case LaunchOptions::Action::Error:
        print(stderr, options.message);
        return 2;
    case LaunchOptions::Action::Run:
        break;
    }

    QApplication app(argc, argv);
    QApplication::setStyle(new CashierStyle);
    // Before the keychain is touched: the SIGTERM GLib raises when the session bus goes away must not end a sale;
    // a SIGTERM from outside still ends the program, through the event loop.
    TerminationWatcher termination;
    termination.watch();
    QObject::connect(&termination, &TerminationWatcher::terminationRequested, &app, &QCoreApplication::quit);

    // A smoke test leaves the cashier's own settings (last terminal, recent descriptions) untouched.
    std::unique_ptr<QTemporaryDir> smokeTestDir;
    std::unique_ptr<Settings> settings;
    if (options.smokeTest) {
        smokeTestDir = std::make_unique<QTemporaryDir>();
        settings = std::make_unique<Settings>(smokeTestDir->filePath(QStringLiteral("pointdesk.ini")));
        // Nor the shop's sales record: a journal of its own, unless POINTDESK_JOURNAL names one on purpose.
        if (options.demo || qEnvironmentVariableIsEmpty("POINTDESK_JOURNAL"))
            options.journalPath = smokeTestDir->filePath(QStringLiteral("journal.sqlite"));
    } else {
        settings = std::make_unique<Settings>();
    }
    // The interface language: the one chosen in Preferences, else the system's, before any window is built. A smoke
    // test stays in English: scripts read its result line.
    if (!options.smokeTest)
        Language::install(Language::resolve(settings->language()));
    // The controller reads the keychain, picks normal or demo mode and opens the setup wizard on a first run.
    AppController controller(options, settings.get());
    // --benchmark-startup: the time to the first painted cashier window and the peak memory, then exit (bench/).
    StartupBenchmark startupBenchmark;
    if (options.benchmarkStartup)
        QObject::connect(&controller, &AppController::windowCreated, &startupBenchmark, &StartupBenchmark::watch);
    controller.start();
    if (options.demo && !controller.window())
        return 1; // the demo could not start (already explained on standard error)
    if (options.smokeTest && !controller.window()) {
        print(stderr, QCoreApplication::translate("main", "smoke test failed: a smoke test against %1 needs the "
                                                          "simulator's token in POINTDESK_TOKEN")
                          .arg(options.apiBase.toString()));
        return 1;
    }

    std::unique_ptr<SmokeTest> smokeTest;
    if (options.smokeTest) {
        smokeTest =
            std::make_unique<SmokeTest>(controller.window(), controller.virtualTerminal(), controller.simulator());
        if (options.smokeTestTimeoutMs > 0)
            smokeTest->setTimeout(options.smokeTestTimeoutMs);
        // Against an outside simulator, whoever drives the run needs to know when to pay the order there.
        if (!options.demo)
            QObject::connect(
                smokeTest.get(), &SmokeTest::orderOnTerminal, &app, [](qint64 orderId, const QString &deviceName) {
                    print(stdout,
                          QCoreApplication::translate("main", "order %1 is on %2").arg(orderId).arg(deviceName));
                    std::fflush(stdout);
                });
        QObject::connect(smokeTest.get(), &SmokeTest::finished, &app, [](bool passed, const QString &message) {
            print(passed ? stdout : stderr, message);
            QCoreApplication::exit(passed ? 0 : 1);
        });
        smokeTest->start();
    }
    return QApplication::exec();
}
