#include "app/StartupBenchmark.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QWidget>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#if defined(Q_OS_WIN)
#include <windows.h>
// windows.h first: psapi.h needs its types.
#include <psapi.h>
#elif defined(Q_OS_UNIX)
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>
#endif

namespace {

constexpr int kFirstFrameTimeoutMs = 60000;

// The fallback where the platform does not say when the process started: the time since this library's static
// objects were set up (after the dynamic loader's work, so it reads low).
const QElapsedTimer &staticStart()
{
    static const QElapsedTimer timer = []() {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer;
}
[[maybe_unused]] const QElapsedTimer &g_forceStaticStart = staticStart();

#if defined(Q_OS_UNIX)
double nowNs(clockid_t clock)
{
    timespec ts = {};
    clock_gettime(clock, &ts);
    return double(ts.tv_sec) * 1e9 + double(ts.tv_nsec);
}
#endif

#if defined(Q_OS_LINUX)
// "Key:   1234 kB" from /proc/self/status; -1 when absent.
qint64 procStatusKb(const char *key)
{
    FILE *file = std::fopen("/proc/self/status", "r");
    if (!file)
        return -1;
    char line[256];
    qint64 value = -1;
    const size_t keyLength = std::strlen(key);
    while (std::fgets(line, sizeof line, file)) {
        if (std::strncmp(line, key, keyLength) == 0 && line[keyLength] == ':') {
            value = std::strtoll(line + keyLength + 1, nullptr, 10);
            break;
        }
    }
    std::fclose(file);
    return value;
}

// Field 22 of /proc/self/stat: when the process started, in clock ticks since boot; -1 when unreadable.
double processStartSinceBootNs()
{
    FILE *file = std::fopen("/proc/self/stat", "r");
    if (!file)
        return -1;
    char buffer[1024];
    const size_t length = std::fread(buffer, 1, sizeof buffer - 1, file);
    std::fclose(file);
    buffer[length] = '\0';
    // The command name (field 2) may hold spaces and parentheses: count fields after its last ')'.
    const char *p = std::strrchr(buffer, ')');
    if (!p)
        return -1;
    ++p;
    for (int field = 3; field < 22 && *p; ++field) {
        while (*p == ' ')
            ++p;
        while (*p && *p != ' ')
            ++p;
    }
    const long long ticks = std::strtoll(p, nullptr, 10);
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    if (ticks <= 0 || ticksPerSecond <= 0)
        return -1;
    return double(ticks) * 1e9 / double(ticksPerSecond);
}
#endif

} // namespace

StartupBenchmark::StartupBenchmark(QObject *parent) : QObject(parent)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(kFirstFrameTimeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, []() {
        std::fputs("benchmark-startup: no window painted a frame within a minute\n", stderr);
        QCoreApplication::exit(1);
    });
}

void StartupBenchmark::watch(QWidget *window)
{
    if (m_window || m_painted || !window)
        return;
    m_window = window;
    window->installEventFilter(this);
    m_timeout.start();
}

bool StartupBenchmark::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        m_window->removeEventFilter(this);
        // The window's paint pass (its children, then the flush to the window system) runs after this event;
        // a queued call runs once it has returned.
        QMetaObject::invokeMethod(this, &StartupBenchmark::finish, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

void StartupBenchmark::finish()
{
    const double ms = millisecondsSinceProcessStart();
    const qint64 peakKb = peakResidentKb();
    m_timeout.stop();
    std::printf("startup_ms=%.1f peak_rss_kb=%lld\n", ms, static_cast<long long>(peakKb));
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

double StartupBenchmark::millisecondsSinceProcessStart()
{
#if defined(Q_OS_UNIX)
    const QByteArray launched = qgetenv("POINTDESK_BENCHMARK_START_NS");
    if (!launched.isEmpty()) {
        bool ok = false;
        const qint64 startNs = launched.toLongLong(&ok);
        if (ok && startNs > 0)
            return (nowNs(CLOCK_MONOTONIC) - double(startNs)) / 1e6;
    }
#endif
#if defined(Q_OS_LINUX)
    const double startNs = processStartSinceBootNs();
    if (startNs > 0)
        return (nowNs(CLOCK_BOOTTIME) - startNs) / 1e6;
#elif defined(Q_OS_WIN)
    FILETIME created, exited, kernel, user, now;
    if (GetProcessTimes(GetCurrentProcess(), &created, &exited, &kernel, &user)) {
        GetSystemTimeAsFileTime(&now);
        const auto value = [](const FILETIME &t) {
            return (quint64(t.dwHighDateTime) << 32) | quint64(t.dwLowDateTime);
        };
        return double(value(now) - value(created)) / 1e4; // 100 ns units
    }
#endif
    return double(staticStart().nsecsElapsed()) / 1e6;
}

qint64 StartupBenchmark::peakResidentKb()
{
#if defined(Q_OS_LINUX)
    return procStatusKb("VmHWM");
#elif defined(Q_OS_WIN)
    PROCESS_MEMORY_COUNTERS counters = {};
    if (K32GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof counters))
        return qint64(counters.PeakWorkingSetSize / 1024);
    return -1;
#elif defined(Q_OS_UNIX)
    rusage usage = {};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return -1;
#if defined(Q_OS_DARWIN)
    return qint64(usage.ru_maxrss) / 1024; // bytes on macOS
#else
    return qint64(usage.ru_maxrss);
#endif
#else
    return -1;
#endif
}

qint64 StartupBenchmark::residentKb()
{
#if defined(Q_OS_LINUX)
    return procStatusKb("VmRSS");
#elif defined(Q_OS_WIN)
    PROCESS_MEMORY_COUNTERS counters = {};
    if (K32GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof counters))
        return qint64(counters.WorkingSetSize / 1024);
    return -1;
#else
    return -1;
#endif
}
