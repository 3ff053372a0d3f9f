// pointdesk-cli: thin main; the work is in CliApp.
#include "cli/CliApp.h"
#include "cli/commands/ReportCommand.h"
#include "store/Language.h"
#include "store/ProcessSecrets.h"
#include "store/Settings.h"
#include "store/TerminationWatcher.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QTimer>
#include <csignal>
#include <memory>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace {

#ifdef Q_OS_UNIX
int g_interruptPipe[2] = {-1, -1};

// A signal handler may only do async-signal-safe work: it wakes the event loop through a socket pair.
void onInterrupt(int)
{
    const char byte = 'i';
    [[maybe_unused]] const ssize_t written = ::write(g_interruptPipe[0], &byte, 1);
}

void watchInterrupts(QCoreApplication &app, CliApp &cli)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_interruptPipe) != 0)
        return; // Ctrl+C then ends the process the default way
    auto *notifier = new QSocketNotifier(g_interruptPipe[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &cli, [&cli]() {
        char byte = 0;
        [[maybe_unused]] const ssize_t got = ::read(g_interruptPipe[1], &byte, 1);
        cli.interrupt();
    });
    struct sigaction action = {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
}
#else
CliApp *g_cli = nullptr;

void onInterrupt(int)
{
    // Windows runs the handler on its own thread: hand over to the event loop.
    QMetaObject::invokeMethod(g_cli, &CliApp::interrupt, Qt::QueuedConnection);
    std::signal(SIGINT, onInterrupt);
}

void watchInterrupts(QCoreApplication &, CliApp &cli)
{
    g_cli = &cli;
    std::signal(SIGINT, onInterrupt);
}
#endif

} // namespace

int main(int argc, char *argv[])
{
    // First of all: POINTDESK_TOKEN leaves the environment before any child process can start (libsecret may start
    // a dbus-daemon that outlives this run), and (in release builds) no core dump can hold the token.
    const QProcessEnvironment environment = ProcessSecrets::protect();
    // A PDF's text needs Qt's graphical part: then (only then) a QGuiApplication on the offscreen platform, decided
    // before any application object exists, so that no display is ever needed.
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> application;
    if (ReportCommand::wantsPdf(rawArguments)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("pointdesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(POINTDESK_VERSION));

    // Messages in the language chosen in the window's Preferences, else the system's.
    Language::install(Language::resolve(Settings().language()));

    QFile out;
    QFile err;
    if (!out.open(stdout, QIODevice::WriteOnly) || !err.open(stderr, QIODevice::WriteOnly))
        return 1;

    CliApp cli(QCoreApplication::arguments(), environment, &out, &err);
    QObject::connect(&cli, &CliApp::finished, &app, &QCoreApplication::exit, Qt::QueuedConnection);
    watchInterrupts(app, cli);
    // The SIGTERM GLib raises when the session bus goes away is ignored (the keychain call reports an error);
    // a SIGTERM from outside ends the run like Ctrl+C.
    TerminationWatcher termination;
    termination.watch();
    QObject::connect(&termination, &TerminationWatcher::terminationRequested, &cli, &CliApp::interrupt);
    QTimer::singleShot(0, &cli, &CliApp::start);
    const int code = app.exec();
    std::fflush(stdout);
    return code;
}
