#include "store/TerminationWatcher.h"

#include <QLoggingCategory>
#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcSignals, "pointdesk.signals")

namespace {

#ifdef Q_OS_UNIX
int g_pipe[2] = {-1, -1};

// Only async-signal-safe work here: one byte says where the signal came from; the event loop does the rest.
void onTerminate(int, siginfo_t *info, void *)
{
    // raise() in this process (GLib's exit-on-close when the session bus goes away) arrives as SI_TKILL from our own
    // pid; kill(1), the session manager or systemd send SI_USER from another pid.
    const bool self = info && info->si_pid == ::getpid() && (info->si_code == SI_TKILL || info->si_code == SI_USER);
    const char byte = self ? 's' : 'x';
    [[maybe_unused]] const ssize_t written = ::write(g_pipe[0], &byte, 1);
}
#endif

} // namespace

TerminationWatcher::TerminationWatcher(QObject *parent) : QObject(parent) {}

TerminationWatcher::~TerminationWatcher()
{
#ifdef Q_OS_UNIX
    if (m_notifier) {
        // Back to the default action: nothing is left to read the pipe.
        struct sigaction action = {};
        action.sa_handler = SIG_DFL;
        sigemptyset(&action.sa_mask);
        ::sigaction(SIGTERM, &action, nullptr);
    }
#endif
}

bool TerminationWatcher::watch()
{
#ifdef Q_OS_UNIX
    if (m_notifier)
        return true;
    if (g_pipe[0] < 0) {
        if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_pipe) != 0)
            return false;
        ::fcntl(g_pipe[0], F_SETFD, FD_CLOEXEC);
        ::fcntl(g_pipe[1], F_SETFD, FD_CLOEXEC);
        ::fcntl(g_pipe[0], F_SETFL, ::fcntl(g_pipe[0], F_GETFL) | O_NONBLOCK);
    }
    m_notifier = new QSocketNotifier(g_pipe[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TerminationWatcher::onReadable);
    struct sigaction action = {};
    action.sa_sigaction = onTerminate;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_SIGINFO | SA_RESTART;
    if (::sigaction(SIGTERM, &action, nullptr) != 0) {
        delete m_notifier;
        m_notifier = nullptr;
        return false;
    }
    return true;
#else
    return false;
#endif
}

void TerminationWatcher::onReadable()
{
#ifdef Q_OS_UNIX
    char byte = 0;
    if (::read(g_pipe[1], &byte, 1) != 1)
        return;
    if (byte == 's') {
        ++m_ignored;
        qCWarning(lcSignals) << "ignored a SIGTERM the process raised itself (the D-Bus session bus went away?)";
        Q_EMIT selfTerminationIgnored();
        return;
    }
    qCInfo(lcSignals) << "SIGTERM: quitting";
    Q_EMIT terminationRequested();
#endif
}
