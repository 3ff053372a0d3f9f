// pointdesk-bench stalls: the longest main-thread stall during whole charge flows, with slow replies and a journal
// of many sales.
#include "BenchCommands.h"
#include "BenchSupport.h"
#include "CashierRig.h"
#include "ui/MainWindow.h"
#include "SlowEvents.h"
#include "StallWatchdog.h"

#include <QRandomGenerator>
#include <algorithm>

int runStalls(const BenchOptions &options)
{
    CashierRig rig;
    QString error;
    if (!rig.setUp(options.journalOrders, options.latencyMs, &error)) {
        Bench::note(QStringLiteral("stalls: ") + error);
        return 1;
    }
    // Let the start-up settle (resumed sales, the first refresh) before watching.
    Bench::runFor(500);
    StallWatchdog watchdog;
    watchdog.start();
    BenchApplication::instance()->clearSlowEvents();
    QRandomGenerator random(11);
    const int slowTimeout = 10000 + 4 * options.latencyMs;
    const double started = Bench::nowMs();
    for (int i = 0; i < options.flows; ++i) {
        watchdog.setPhase("charge");
        if (!rig.charge(QStringLiteral("1,234.50"), QStringLiteral("Stall flow %1").arg(i + 1), &error)) {
            Bench::note(QStringLiteral("stalls: flow %1: %2").arg(i + 1).arg(error));
            return 1;
        }
        watchdog.setPhase("sending");
        if (!Bench::waitUntil(
                [&]() { return rig.panelMode() == QLatin1String("waiting") && !rig.window()->currentOrderId().isNull(); },
                slowTimeout)) {
            Bench::note(
                QStringLiteral("stalls: flow %1 never reached the terminal (%2)").arg(i + 1).arg(rig.panelMode()));
            return 1;
        }
        watchdog.setPhase("waiting");
        Bench::runFor(500 + int(random.bounded(1000)));
        watchdog.setPhase("approved");
        rig.approve();
        if (!Bench::waitUntil([&]() { return rig.panelMode() == QLatin1String("approved"); }, slowTimeout)) {
            Bench::note(QStringLiteral("stalls: flow %1 never showed Paid (%2)").arg(i + 1).arg(rig.panelMode()));
            return 1;
        }
        watchdog.setPhase("paid");
        Bench::runFor(300);
        watchdog.setPhase("new sale");
        rig.newSale();
        Bench::runFor(200);
    }
    watchdog.stop();
    const QString prefix = QStringLiteral("stalls.%1.").arg(options.journalOrders);
    Bench::result(prefix + QStringLiteral("flows"), qint64(options.flows));
    Bench::result(prefix + QStringLiteral("seconds"), (Bench::nowMs() - started) / 1000.0);
    Bench::result(prefix + QStringLiteral("samples"), qint64(watchdog.samples()));
    Bench::result(prefix + QStringLiteral("max_ms"), watchdog.maxMs());
    Bench::result(prefix + QStringLiteral("p99_ms"), watchdog.percentileMs(99), 2);
    const QList<StallWatchdog::Stall> over = watchdog.stallsOver(16.0);
    Bench::result(prefix + QStringLiteral("over_16ms"), qint64(over.size()));
    QStringList worst;
    for (const StallWatchdog::Stall &s : over.mid(0, 5))
        worst << QStringLiteral("%1ms@%2").arg(s.ms, 0, 'f', 1).arg(QString::fromLatin1(s.phase));
    const QList<StallWatchdog::Stall> top = watchdog.stallsOver(0);
    if (!top.isEmpty())
        Bench::result(prefix + QStringLiteral("worst_phase"), QString::fromLatin1(top.constFirst().phase));
    Bench::result(prefix + QStringLiteral("worst"),
                  worst.isEmpty() ? QStringLiteral("-") : worst.join(QLatin1Char(' ')));
    // What the main thread was doing in the longest deliveries (over 8 ms), for the stalls above.
    QList<BenchApplication::SlowEvent> slow = BenchApplication::instance()->slowEvents();
    std::sort(slow.begin(), slow.end(), [](const auto &a, const auto &b) { return a.ms > b.ms; });
    QStringList slowest;
    for (const BenchApplication::SlowEvent &e : slow.mid(0, 5))
        slowest << QStringLiteral("%1ms %2").arg(e.ms, 0, 'f', 1).arg(e.what);
    Bench::result(prefix + QStringLiteral("slow_events"),
                  slowest.isEmpty() ? QStringLiteral("-") : slowest.join(QStringLiteral("; ")));
    return 0;
}
