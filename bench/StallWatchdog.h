#pragma once

#include <QList>
#include <QObject>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

/// Measures how long the main thread's event loop stays deaf: a thread posts a small event to the main thread,
/// waits until it has been delivered, notes how long that took, pauses a millisecond and posts the next one. A
/// stall of S ms shows as one delivery that took about S ms (at most a millisecond less). Start and stop it on the
/// main thread, which must run its event loop while the watchdog is on.
class StallWatchdog : public QObject
{
public:
    struct Stall
    {
        double ms = 0;          ///< how long the event waited
        double atMs = 0;        ///< Bench::nowMs() when it was posted
        const char *phase = ""; ///< the phase set when it was posted
    };

    explicit StallWatchdog(QObject *parent = nullptr);
    ~StallWatchdog() override;

    void start();
    void stop();
    /// A name for what the main thread does now (a string literal), reported with the stalls that begin in it.
    void setPhase(const char *phase) { m_phase.store(phase); }

    double maxMs() const;
    /// The delivery delay below which `p` percent of the samples fall.
    double percentileMs(double p) const;
    int samples() const;
    /// Deliveries that took longer than `ms`, longest first.
    QList<Stall> stallsOver(double ms) const;

protected:
    bool event(QEvent *event) override;

private:
    void run();

    std::thread m_thread;
    std::atomic<bool> m_running{false};
    std::atomic<const char *> m_phase{""};
    mutable std::mutex m_mutex;
    std::condition_variable m_delivered;
    quint64 m_sent = 0;
    quint64 m_acknowledged = 0;
    QList<double> m_delays;
    QList<Stall> m_stalls; ///< deliveries over 2 ms
};
