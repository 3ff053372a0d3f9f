#include "StallWatchdog.h"

#include "BenchSupport.h"

#include <QCoreApplication>
#include <QEvent>
#include <algorithm>
#include <chrono>

namespace {

const QEvent::Type kPingType = QEvent::Type(QEvent::registerEventType());

class PingEvent : public QEvent
{
public:
    explicit PingEvent(quint64 sequence) : QEvent(kPingType), sequence(sequence) {}
    const quint64 sequence;
};

} // namespace

StallWatchdog::StallWatchdog(QObject *parent) : QObject(parent) {}

StallWatchdog::~StallWatchdog()
{
    stop();
}

void StallWatchdog::start()
{
    if (m_running.exchange(true))
        return;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_delays.clear();
        m_stalls.clear();
    }
    m_thread = std::thread([this]() { run(); });
}

void StallWatchdog::stop()
{
    {
        // Under the lock: the thread checks m_running and starts waiting in one step, so it cannot miss this.
        const std::lock_guard<std::mutex> lock(m_mutex);
        if (!m_running.exchange(false))
            return;
    }
    m_delivered.notify_all();
    m_thread.join();
}

bool StallWatchdog::event(QEvent *event)
{
    if (event->type() != kPingType)
        return QObject::event(event);
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_acknowledged = static_cast<PingEvent *>(event)->sequence;
    }
    m_delivered.notify_all();
    return true;
}

void StallWatchdog::run()
{
    while (m_running.load()) {
        const char *phase = m_phase.load();
        const double postedAt = Bench::nowMs();
        quint64 sequence = 0;
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            sequence = ++m_sent;
        }
        QCoreApplication::postEvent(this, new PingEvent(sequence));
        std::unique_lock<std::mutex> lock(m_mutex);
        m_delivered.wait(lock, [&]() { return m_acknowledged >= sequence || !m_running.load(); });
        if (m_acknowledged < sequence)
            break; // stopped while the main thread had not answered: not a measurement
        const double delay = Bench::nowMs() - postedAt;
        m_delays.append(delay);
        if (delay > 2.0)
            m_stalls.append({delay, postedAt, phase});
        lock.unlock();
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
}

double StallWatchdog::maxMs() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_delays.isEmpty() ? 0 : *std::max_element(m_delays.cbegin(), m_delays.cend());
}

double StallWatchdog::percentileMs(double p) const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return Bench::percentile(m_delays, p);
}

int StallWatchdog::samples() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return int(m_delays.size());
}

QList<StallWatchdog::Stall> StallWatchdog::stallsOver(double ms) const
{
    QList<Stall> out;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        for (const Stall &s : m_stalls) {
            if (s.ms > ms)
                out.append(s);
        }
    }
    std::sort(out.begin(), out.end(), [](const Stall &a, const Stall &b) { return a.ms > b.ms; });
    return out;
}
