// pointdesk-bench scale: the sales history and its CSV export with a journal of N sales (one N per process, so
// that the memory figures are this N's alone).
#include "BenchCommands.h"
#include "BenchSupport.h"
#include "ui/HistoryDialog.h"
#include "ui/HistoryModel.h"
#include "store/OrderJournal.h"
#include "StallWatchdog.h"

#include <QApplication>
#include <QFileInfo>
#include <QTableView>
#include <QTemporaryDir>

int runScale(const BenchOptions &options)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    QString error;
    {
        OrderJournal filler;
        if (!filler.open(path).ok()) {
            Bench::note(QStringLiteral("scale: the journal cannot be created"));
            return 1;
        }
        const double started = Bench::nowMs();
        if (!Bench::fillJournal(&filler, options.journalOrders, 300, &error)) {
            Bench::note(QStringLiteral("scale: ") + error);
            return 1;
        }
        Bench::note(QStringLiteral("journal filled with %1 sales in %2 ms")
                        .arg(options.journalOrders)
                        .arg(Bench::nowMs() - started, 0, 'f', 0));
    }
    // Opened afresh, as the window does at start.
    OrderJournal journal;
    if (!journal.open(path).ok()) {
        Bench::note(QStringLiteral("scale: the journal cannot be opened"));
        return 1;
    }
    const QString prefix = QStringLiteral("scale.%1.").arg(options.journalOrders);
    StallWatchdog watchdog;
    watchdog.start();
    const qint64 rssBefore = Bench::residentKb();

    // Sales > History: the dialog opens on today's sales.
    double started = Bench::nowMs();
    auto *dialog = new HistoryDialog(&journal);
    Bench::PaintProbe dialogPaint(dialog);
    dialogPaint.arm();
    dialog->show();
    if (!dialogPaint.wait(60000)) {
        Bench::note(QStringLiteral("scale: the history never painted"));
        return 1;
    }
    Bench::result(prefix + QStringLiteral("open_ms"), dialogPaint.stamp() - started);
    Bench::result(prefix + QStringLiteral("open_rows"), qint64(dialog->model()->rowCount()));
    Bench::runFor(200);

    // All days: every sale matches; the first page and the totals of all of them.
    auto *table = dialog->findChild<QTableView *>(QStringLiteral("historyTable"));
    Bench::PaintProbe tablePaint(table->viewport());
    tablePaint.arm();
    started = Bench::nowMs();
    dialog->setAllDays(true);
    if (!tablePaint.wait(60000)) {
        Bench::note(QStringLiteral("scale: the table never painted all days"));
        return 1;
    }
    Bench::result(prefix + QStringLiteral("all_days_ms"), tablePaint.stamp() - started);
    Bench::result(prefix + QStringLiteral("all_days_total"), dialog->totals().all().count);
    Bench::runFor(200);
    Bench::result(prefix + QStringLiteral("rss_growth_kb"), Bench::residentKb() - rssBefore);

    // Export CSV of all days (what "Export CSV…" does after its file dialog).
    const QString csv = dir.filePath(QStringLiteral("sales.csv"));
    started = Bench::nowMs();
    if (!dialog->exportCsvTo(csv)) {
        Bench::note(QStringLiteral("scale: the export failed"));
        return 1;
    }
    Bench::result(prefix + QStringLiteral("export_ms"), Bench::nowMs() - started);
    Bench::result(prefix + QStringLiteral("export_bytes"), QFileInfo(csv).size());
    Bench::runFor(100);
    watchdog.stop();
    Bench::result(prefix + QStringLiteral("rss_kb"), Bench::residentKb());
    Bench::result(prefix + QStringLiteral("peak_rss_kb"), Bench::peakResidentKb());
    Bench::result(prefix + QStringLiteral("max_stall_ms"), watchdog.maxMs());
    delete dialog;
    return 0;
}
