#pragma once

#include <QApplication>
#include <QList>
#include <QString>

/// pointdesk-bench's application object: times every event the main thread delivers (outermost deliveries
/// only) and keeps the slow ones, so that a stall the watchdog saw can be pinned on a receiver.
class BenchApplication : public QApplication
{
public:
    struct SlowEvent
    {
        double ms = 0;
        double atMs = 0;
        QString what; ///< "EventType to Class(objectName) in ParentClass"
    };

    BenchApplication(int &argc, char **argv);

    bool notify(QObject *receiver, QEvent *event) override;

    /// Only deliveries that took longer than this are kept (default 8 ms).
    void setThreshold(double ms) { m_thresholdMs = ms; }
    QList<SlowEvent> slowEvents() const { return m_slow; }
    void clearSlowEvents() { m_slow.clear(); }
    static BenchApplication *instance();

private:
    QList<SlowEvent> m_slow;
    double m_thresholdMs = 8.0;
    int m_depth = 0;
};
