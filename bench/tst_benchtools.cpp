// The benchmark tools themselves: the --benchmark-startup option and its result line, the process clock and the
// memory figures, the stall watchdog, the paint probe and the journal filler. No figure is judged here (speed is
// measured by bench/run, never asserted in a test); only that the tools measure what they claim to.
#include "BenchSupport.h"
#include "ui/LaunchOptions.h"
#include "store/OrderJournal.h"
#include "StallWatchdog.h"
#include "app/StartupBenchmark.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QWidget>
#include <time.h>

class TestBenchTools : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void launchOptionsTakeBenchmarkStartup();
    void launchOptionsHideItFromHelp();
    void processStartFromTheLauncher();
    void processStartFromTheSystem();
    void memoryFigures();
    void watchdogSeesABlockedEventLoop();
    void paintProbeStampsTheNextPaint();
    void fillJournalWritesFinishedSales();
    void parseStartupLine();
    void binaryPrintsTheStartupLine_data();
    void binaryPrintsTheStartupLine();
};

void TestBenchTools::launchOptionsTakeBenchmarkStartup()
{
    const QProcessEnvironment env;
    const LaunchOptions with = LaunchOptions::parse(
        {QStringLiteral("pointdesk"), QStringLiteral("--demo"), QStringLiteral("--benchmark-startup")}, env);
    QCOMPARE(with.action, LaunchOptions::Action::Run);
    QVERIFY(with.benchmarkStartup);
    QVERIFY(with.demo);
    QVERIFY(!with.smokeTest);
    const LaunchOptions without = LaunchOptions::parse({QStringLiteral("pointdesk"), QStringLiteral("--demo")}, env);
    QVERIFY(!without.benchmarkStartup);
}

void TestBenchTools::launchOptionsHideItFromHelp()
{
    const LaunchOptions help = LaunchOptions::parse({QStringLiteral("pointdesk"), QStringLiteral("--help")}, {});
    QCOMPARE(help.action, LaunchOptions::Action::ShowHelp);
    QVERIFY(help.message.contains(QStringLiteral("--smoke-test")));
    QVERIFY2(!help.message.contains(QStringLiteral("benchmark")), qPrintable(help.message));
}

void TestBenchTools::processStartFromTheLauncher()
{
    // A launcher that read CLOCK_MONOTONIC two seconds ago: the process is two seconds (and a little) old.
    timespec now = {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    const qint64 twoSecondsAgo = qint64(now.tv_sec) * 1000000000LL + now.tv_nsec - 2000000000LL;
    qputenv("POINTDESK_BENCHMARK_START_NS", QByteArray::number(twoSecondsAgo));
    const double ms = StartupBenchmark::millisecondsSinceProcessStart();
    qunsetenv("POINTDESK_BENCHMARK_START_NS");
    QVERIFY2(ms >= 2000.0 && ms < 2000.0 + 60000.0, qPrintable(QString::number(ms)));
}

void TestBenchTools::processStartFromTheSystem()
{
    // Without a launcher the system's start time is used: positive, and growing with the clock.
    const double first = StartupBenchmark::millisecondsSinceProcessStart();
    QVERIFY2(first > 0, qPrintable(QString::number(first)));
    QTRY_VERIFY(StartupBenchmark::millisecondsSinceProcessStart() >= first + 20.0);
}

void TestBenchTools::memoryFigures()
{
    const qint64 resident = StartupBenchmark::residentKb();
    const qint64 peak = StartupBenchmark::peakResidentKb();
    QVERIFY2(resident > 0, qPrintable(QString::number(resident)));
    QVERIFY2(peak >= resident, qPrintable(QStringLiteral("%1 < %2").arg(peak).arg(resident)));
    // 64 MiB touched page by page raise the peak by about as much.
    QByteArray block(64 * 1024 * 1024, '\1');
    QVERIFY(StartupBenchmark::peakResidentKb() >= resident + 60 * 1024);
    QCOMPARE(block.at(block.size() - 1), '\1');
}

void TestBenchTools::watchdogSeesABlockedEventLoop()
{
    StallWatchdog watchdog;
    watchdog.start();
    watchdog.setPhase("blocked");
    // The main thread stops answering for 150 ms (on purpose: the stall to be seen).
    QTimer::singleShot(20, this, []() { QThread::msleep(150); });
    QTRY_VERIFY(watchdog.maxMs() >= 140.0);
    watchdog.stop();
    QVERIFY(watchdog.samples() > 1);
    const QList<StallWatchdog::Stall> stalls = watchdog.stallsOver(100.0);
    QVERIFY(!stalls.isEmpty());
    QCOMPARE(QByteArray(stalls.constFirst().phase), QByteArray("blocked"));
    QVERIFY(watchdog.percentileMs(50) < stalls.constFirst().ms);
}

void TestBenchTools::paintProbeStampsTheNextPaint()
{
    QWidget widget;
    widget.resize(200, 100);
    Bench::PaintProbe probe(&widget);
    probe.arm();
    QVERIFY(!probe.isDone());
    const double before = Bench::nowMs();
    widget.show();
    QVERIFY(probe.wait(10000));
    QVERIFY(probe.stamp() >= before);
}

void TestBenchTools::fillJournalWritesFinishedSales()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    OrderJournal journal;
    QVERIFY(journal.open(dir.filePath(QStringLiteral("journal.sqlite"))).ok());
    QString error;
    QVERIFY2(Bench::fillJournal(&journal, 700, 300, &error), qPrintable(error));
    QCOMPARE(journal.count(), qint64(700));
    // 300 a day, the newest on today.
    QCOMPARE(journal.count(JournalFilter::day(QDate::currentDate())), qint64(300));
    QCOMPARE(journal.count(JournalFilter::day(QDate::currentDate().addDays(-2))), qint64(100));
    QVERIFY(journal.unfinished().isEmpty());
    const JournalTotals totals = journal.totals();
    QCOMPARE(totals.all().count, qint64(700));
    QVERIFY(totals.byState(OrderState::Approved).count > 500);
    JournalFilter newest;
    newest.limit = 1;
    const QList<JournalEntry> entries = journal.entries(newest);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(journal.events(entries.constFirst().localId).size(), 2);
}

void TestBenchTools::parseStartupLine()
{
    double ms = -1;
    qint64 rssKb = -1;
    QVERIFY(Bench::parseStartupLine(QStringLiteral("startup_ms=71.4 peak_rss_kb=45012\n"), &ms, &rssKb));
    QCOMPARE(ms, 71.4);
    QCOMPARE(rssKb, qint64(45012));
    // Among other lines, and without a fraction.
    QVERIFY(Bench::parseStartupLine(QStringLiteral("a note\nstartup_ms=80 peak_rss_kb=-1\nmore\n"), &ms, &rssKb));
    QCOMPARE(ms, 80.0);
    QCOMPARE(rssKb, qint64(-1));
    ms = -1;
    QVERIFY(!Bench::parseStartupLine(QString(), &ms, &rssKb));
    QVERIFY(!Bench::parseStartupLine(QStringLiteral("startup_ms=71.4\n"), &ms, &rssKb));
    QVERIFY(!Bench::parseStartupLine(QStringLiteral("xstartup_ms=71.4 peak_rss_kb=1\n"), &ms, &rssKb));
    QCOMPARE(ms, -1.0);
}

void TestBenchTools::binaryPrintsTheStartupLine_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("token");
    QTest::newRow("pointdesk") << QStringLiteral(POINTDESK_BINARY)
                               << QStringList{QStringLiteral("--demo"), QStringLiteral("--benchmark-startup")}
                               << QString();
    // Normal mode (bench/run gives it a pointdesk-sim): the first frame comes whether or not anything answers.
    // Port 9 (discard) on this computer: refused at once, nothing leaves it.
    QTest::newRow("pointdesk normal mode")
        << QStringLiteral(POINTDESK_BINARY)
        << QStringList{QStringLiteral("--api-base"), QStringLiteral("http://127.0.0.1:9"),
                       QStringLiteral("--benchmark-startup")}
        << QStringLiteral("TEST-bench-token");
    QTest::newRow("baseline") << QStringLiteral(POINTDESK_BASELINE_BINARY) << QStringList() << QString();
}

void TestBenchTools::binaryPrintsTheStartupLine()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    QFETCH(QString, token);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Its own home, settings and journal; no session bus (no keychain is read, none is launched).
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), dir.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
    env.remove(QStringLiteral("POINTDESK_BENCHMARK_START_NS"));
    env.remove(QStringLiteral("POINTDESK_TOKEN"));
    env.remove(QStringLiteral("POINTDESK_API_BASE"));
    if (!token.isEmpty())
        env.insert(QStringLiteral("POINTDESK_TOKEN"), token);
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    QVERIFY(process.waitForFinished(60000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, qPrintable(out + err));
    static const QRegularExpression line(QStringLiteral("^startup_ms=([0-9]+\\.[0-9]) peak_rss_kb=([0-9]+)\n$"));
    const QRegularExpressionMatch match = line.match(out);
    QVERIFY2(match.hasMatch(), qPrintable(out));
    QVERIFY(match.captured(1).toDouble() > 0);
    QVERIFY(match.captured(2).toLongLong() > 0);
    double ms = -1;
    qint64 rssKb = -1;
    QVERIFY(Bench::parseStartupLine(out, &ms, &rssKb));
    QCOMPARE(ms, match.captured(1).toDouble());
}

QTEST_MAIN(TestBenchTools)
#include "tst_benchtools.moc"
