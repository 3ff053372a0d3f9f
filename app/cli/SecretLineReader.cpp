#include "cli/SecretLineReader.h"

#include <QSocketNotifier>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <cerrno>
#include <io.h>
#include <windows.h>
#endif

namespace {

#ifdef Q_OS_UNIX
// Only one terminal has its echo off at a time, and the signal handler can only reach plain globals.
struct termios g_savedTermios = {};
volatile sig_atomic_t g_echoOffFd = -1;

// The signals that end a process by default and that a user or a closing terminal window sends while the prompt
// waits; Ctrl+C (SIGINT) goes through the event loop instead and so through stop().
constexpr int kSignalCount = 3;
constexpr int kEndingSignals[kSignalCount] = {SIGTERM, SIGHUP, SIGQUIT};
struct sigaction g_previousActions[kSignalCount] = {};
bool g_installed[kSignalCount] = {};

// Async-signal-safe calls only: give the terminal its echo back, then let the signal do what it did before.
void restoreTerminalAndReraise(int signal)
{
    const int fd = g_echoOffFd;
    if (fd >= 0)
        ::tcsetattr(fd, TCSANOW, &g_savedTermios);
    for (int i = 0; i < kSignalCount; ++i) {
        if (kEndingSignals[i] == signal)
            ::sigaction(signal, &g_previousActions[i], nullptr);
    }
    ::raise(signal);
}

void installSignalHandlers()
{
    for (int i = 0; i < kSignalCount; ++i) {
        struct sigaction current = {};
        if (::sigaction(kEndingSignals[i], nullptr, &current) != 0 || current.sa_handler == SIG_IGN)
            continue; // an ignored signal (nohup) does not end the process: nothing to restore for it
        struct sigaction action = {};
        action.sa_handler = restoreTerminalAndReraise;
        sigemptyset(&action.sa_mask);
        g_installed[i] = ::sigaction(kEndingSignals[i], &action, &g_previousActions[i]) == 0;
    }
}

void removeSignalHandlers()
{
    for (int i = 0; i < kSignalCount; ++i) {
        if (g_installed[i])
            ::sigaction(kEndingSignals[i], &g_previousActions[i], nullptr);
        g_installed[i] = false;
    }
}
#endif

} // namespace

SecretLineReader::SecretLineReader(int fd, QObject *parent) : QObject(parent), m_fd(fd) {}

SecretLineReader::~SecretLineReader()
{
    stop();
}

bool SecretLineReader::isTerminal(int fd)
{
#ifdef Q_OS_UNIX
    return ::isatty(fd) == 1;
#elif defined(Q_OS_WIN)
    return ::_isatty(fd) != 0;
#else
    Q_UNUSED(fd);
    return false;
#endif
}

bool SecretLineReader::terminalEchoesLineEnd()
{
#ifdef Q_OS_UNIX
    return true; // ECHONL
#else
    return false;
#endif
}

void SecretLineReader::start()
{
    if (m_started)
        return;
    m_started = true;
#ifdef Q_OS_UNIX
    if (::fcntl(m_fd, F_GETFD) == -1) {
        const QString detail = qt_error_string(errno);
        QTimer::singleShot(0, this, [this, detail]() { complete(Outcome::ReadError, detail); });
        return;
    }
    setEcho(false);
    // Also right for a regular file or /dev/null on standard input: the event loop polls, and poll() reports
    // them readable at once.
    m_notifier = new QSocketNotifier(static_cast<qintptr>(m_fd), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SecretLineReader::readAvailable);
#else
    // A console handle cannot be watched by the event loop: read it in one go on the loop's next turn.
    setEcho(false);
    QTimer::singleShot(0, this, &SecretLineReader::readBlocking);
#endif
}

void SecretLineReader::stop()
{
    m_done = true;
    if (m_notifier)
        m_notifier->setEnabled(false);
    setEcho(true);
    m_buffer.fill('\0');
    m_buffer.clear();
}

void SecretLineReader::readAvailable()
{
#ifdef Q_OS_UNIX
    if (m_done)
        return;
    char chunk[512];
    // One read per wake-up: the descriptor stays blocking (it is the shell's terminal too), and it is readable now.
    const ssize_t got = ::read(m_fd, chunk, sizeof chunk);
    if (got < 0) {
        if (errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK)
            return;
        complete(Outcome::ReadError, qt_error_string(errno));
        return;
    }
    if (got == 0) {
        complete(Outcome::Line); // end of input: what came is the line
        return;
    }
    m_buffer.append(chunk, static_cast<qsizetype>(got));
    const qsizetype end = m_buffer.indexOf('\n');
    if (end >= 0)
        m_buffer.truncate(end);
    if (m_buffer.size() > kMaxLineBytes)
        complete(Outcome::TooLong);
    else if (end >= 0)
        complete(Outcome::Line);
#endif
}

void SecretLineReader::readBlocking()
{
#ifdef Q_OS_WIN
    while (!m_done) {
        char c = 0;
        const int got = ::_read(m_fd, &c, 1);
        if (got < 0) {
            complete(Outcome::ReadError, qt_error_string(errno));
            return;
        }
        if (got == 0 || c == '\n') {
            complete(Outcome::Line);
            return;
        }
        m_buffer.append(c);
        if (m_buffer.size() > kMaxLineBytes) {
            complete(Outcome::TooLong);
            return;
        }
    }
#endif
}

void SecretLineReader::complete(Outcome outcome, const QString &detail)
{
    if (m_done)
        return;
    QByteArray line;
    if (outcome == Outcome::Line) {
        line = m_buffer;
        if (line.endsWith('\r'))
            line.chop(1);
    }
    stop();
    Q_EMIT finished(line, outcome, detail);
}

void SecretLineReader::setEcho(bool on)
{
#ifdef Q_OS_UNIX
    if (on) {
        if (!m_echoOff)
            return;
        ::tcsetattr(m_fd, TCSANOW, &g_savedTermios);
        g_echoOffFd = -1;
        removeSignalHandlers();
        m_echoOff = false;
        return;
    }
    if (m_echoOff || g_echoOffFd >= 0 || !isTerminal(m_fd))
        return;
    struct termios current = {};
    if (::tcgetattr(m_fd, &current) != 0)
        return;
    g_savedTermios = current;
    struct termios quiet = current;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    quiet.c_lflag |= ECHONL; // Enter still moves to the next line
    g_echoOffFd = m_fd;
    installSignalHandlers();
    if (::tcsetattr(m_fd, TCSANOW, &quiet) != 0) {
        g_echoOffFd = -1;
        removeSignalHandlers();
        return;
    }
    m_echoOff = true;
#elif defined(Q_OS_WIN)
    const HANDLE handle = reinterpret_cast<HANDLE>(::_get_osfhandle(m_fd));
    if (on) {
        if (m_echoOff)
            ::SetConsoleMode(handle, static_cast<DWORD>(m_savedConsoleMode));
        m_echoOff = false;
        return;
    }
    DWORD mode = 0;
    if (m_echoOff || !::GetConsoleMode(handle, &mode))
        return; // not a console: nothing is echoed anyway
    m_savedConsoleMode = mode;
    m_echoOff = ::SetConsoleMode(handle, mode & ~static_cast<DWORD>(ENABLE_ECHO_INPUT)) != 0;
#else
    Q_UNUSED(on);
#endif
}
