#pragma once

// Shared pieces of pointdesk-bench: result lines, statistics, waiting on the event loop, paint stamps and a journal
// filled with made-up sales.

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <functional>

class OrderJournal;
class QWidget;

namespace Bench {

/// One result line on standard output, "key=value", for bench/run to collect. Everything else goes to stderr.
void result(const QString &key, double value, int decimals = 1);
void result(const QString &key, qint64 value);
void result(const QString &key, const QString &value);
/// A progress note on standard error.
void note(const QString &text);

double median(QList<double> values);

/// Reads `pointdesk --benchmark-startup`'s result line ("startup_ms=<ms> peak_rss_kb=<kB>", see StartupBenchmark)
/// out of a program's standard output. False when no such line is in it.
bool parseStartupLine(const QString &output, double *ms, qint64 *rssKb);
/// Nearest-rank percentile, p in [0, 100].
double percentile(QList<double> values, double p);
double mean(const QList<double> &values);

/// Runs the event loop until `done()` is true (checked every few milliseconds and after every event batch) or
/// `timeoutMs` passed. Returns done().
bool waitUntil(const std::function<bool()> &done, int timeoutMs);
/// Runs the event loop for `ms` milliseconds.
void runFor(int ms);

/// Runs `sql` as the role "pointdesk" on the maintenance database "postgres" of the PostgreSQL on 127.0.0.1:`port`
/// (CREATE and DROP DATABASE for the store benches). False, with `error` set, when it fails.
bool pgAdmin(int port, const QString &sql, QString *error);

/// Milliseconds on one clock shared by every measurement of a run.
double nowMs();

/// Resident memory now and its peak, in KiB (Linux /proc/self/status).
qint64 residentKb();
qint64 peakResidentKb();

/// Stamps the end of a widget's next paint pass: arm(), cause a repaint, then wait(). The stamp is taken when the
/// paint event has returned (a queued call), like StartupBenchmark does for the first frame.
class PaintProbe : public QObject
{
public:
    explicit PaintProbe(QWidget *widget, QObject *parent = nullptr);
    void arm();
    bool isDone() const { return m_stamp >= 0; }
    /// nowMs() at the end of the paint pass; -1 while none came.
    double stamp() const { return m_stamp; }
    bool wait(int timeoutMs);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_widget;
    bool m_armed = false;
    bool m_seen = false;
    double m_stamp = -1;
};

/// Fills an open journal with `count` finished sales in one transaction through the journal's own connection:
/// `perDay` sales a day, the newest on today, going back as many days as needed; mostly paid, some declined,
/// cancelled and not sent, on three terminals, with two events each. Returns false (and says why) on failure.
bool fillJournal(OrderJournal *journal, int count, int perDay, QString *error);

} // namespace Bench
