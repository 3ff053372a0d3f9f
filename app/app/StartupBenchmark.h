#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QtGlobal>

class QWidget;

/// `pointdesk --benchmark-startup`: waits until a window has painted its first frame, prints one line for scripts
/// and quits the application with 0 (1 and a line on standard error when no frame came within a minute):
///
///     startup_ms=<process start to the end of the first frame> peak_rss_kb=<peak resident memory until then>
///
/// The first frame ends when the window's first paint pass (paint and flush to the window system) has returned.
/// Process start is $POINTDESK_BENCHMARK_START_NS when a launcher sets it (CLOCK_MONOTONIC nanoseconds, read just
/// before exec), else the operating system's start time of the process (Linux: 10 ms resolution). bench/ builds
/// its baseline window with this same class, so that both are measured alike. See docs/PERFORMANCE.md.
class StartupBenchmark : public QObject
{
    Q_OBJECT

public:
    explicit StartupBenchmark(QObject *parent = nullptr);

    /// Watches `window` (shown now or later) for its first frame, and gives it a minute. Only the first window
    /// watched counts; nothing happens until one is.
    void watch(QWidget *window);

    /// Milliseconds since the process started (see above); -1 when the platform cannot tell.
    static double millisecondsSinceProcessStart();
    /// Peak resident set size of this process so far, in KiB (Linux VmHWM); -1 when the platform cannot tell.
    static qint64 peakResidentKb();
    /// Resident set size now, in KiB (Linux VmRSS); -1 when the platform cannot tell.
    static qint64 residentKb();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void finish();

    QPointer<QWidget> m_window;
    QTimer m_timeout;
    bool m_painted = false;
};
