// pointdesk: thin main. Parses the command line, builds the services (the Point client, and in demo mode the
// simulator inside the app), shows the cashier window.
#include "LaunchOptions.h"
#include "MainWindow.h"
#include "PointClient.h"
#include "PointSimulator.h"
#include "Settings.h"
#include "Theme.h"
#include "VirtualTerminal.h"

#include <QApplication>
#include <QScreen>
#include <cstdio>
#include <memory>

namespace {

void print(FILE *stream, const QString &text)
{
    std::fputs(qUtf8Printable(text), stream);
    if (!text.endsWith(QLatin1Char('\n')))
        std::fputc('\n', stream);
}

// No window manager places windows for us in every setup: put the virtual terminal beside the cashier window
// when the screen has room, else in the screen's bottom-right corner.
void placeBeside(QWidget *terminal, const QWidget *window)
{
    terminal->adjustSize();
    const QScreen *screen = window->screen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    const QRect main = window->frameGeometry();
    QPoint at(main.right() + 12, main.top());
    if (at.x() + terminal->width() > available.right())
        at = QPoint(available.right() - terminal->width(), available.bottom() - terminal->height());
    terminal->move(qMax(at.x(), available.left()), qMax(at.y(), available.top()));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("PointDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("PointDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(POINTDESK_VERSION));

    // --help, --version and mistakes are answered before any window system is needed (over ssh, in scripts).
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const LaunchOptions options = LaunchOptions::parse(arguments, QProcessEnvironment::systemEnvironment());
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
    QApplication::setWindowIcon(Theme::appIcon());

    PointClient client;
    std::unique_ptr<PointSimulator> simulator;
    if (options.demo) {
        if (options.demoBecauseNoAccount)
            print(stderr, QApplication::translate("main", "No account is set up (POINTDESK_TOKEN is not set): "
                                                          "starting in demo mode with simulated terminals."));
        simulator = std::make_unique<PointSimulator>();
        if (!simulator->listen()) {
            print(stderr, QApplication::translate("main", "The demo cannot start: no free local port for the "
                                                          "simulated terminals."));
            return 1;
        }
        client.setBaseUrl(simulator->apiUrl());
        client.setAccessToken(simulator->accessToken());
    } else {
        client.setBaseUrl(options.apiBase);
        client.setAccessToken(options.token);
    }

    Settings settings;
    MainWindow window(&client, &settings);
    window.setDemoMode(options.demo);
    window.show();

    std::unique_ptr<VirtualTerminal> terminal;
    if (simulator) {
        terminal = std::make_unique<VirtualTerminal>(simulator.get());
        // Closing the virtual terminal only hides it; closing the cashier window ends the demo.
        terminal->setAttribute(Qt::WA_QuitOnClose, false);
        placeBeside(terminal.get(), &window);
        terminal->show();
        QObject::connect(&window, &MainWindow::virtualTerminalRequested, terminal.get(), [&terminal]() {
            terminal->show();
            terminal->raise();
            terminal->activateWindow();
        });
    }
    return QApplication::exec();
}
