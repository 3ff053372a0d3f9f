// pointdesk-bench-label: the start-up floor as the project's goals define it: a bare Qt Widgets window that shows one
// label, measured by the same StartupBenchmark (it prints "startup_ms=... peak_rss_kb=..." after its first frame and
// exits).
#include "app/StartupBenchmark.h"

#include <QApplication>
#include <QLabel>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    StartupBenchmark benchmark;
    QLabel label(QStringLiteral("PointDesk"));
    label.resize(900, 560);
    benchmark.watch(&label);
    label.show();
    return QApplication::exec();
}
