// pointdesk-bench report: the cash-up report of one day (300 sales) in a journal of N sales: read from the journal,
// and read then written as a PDF (what Sales > Close the day and `pointdesk-cli report --pdf` do). Median of --runs.
#include "BenchCommands.h"
#include "BenchSupport.h"
#include "print/CashUpReportDocument.h"
#include "store/CashUpReportBuilder.h"
#include "store/OrderJournal.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <algorithm>

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int runReport(const BenchOptions &options)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    QString error;
    {
        OrderJournal filler;
        if (!filler.open(path).ok() || !Bench::fillJournal(&filler, options.journalOrders, 300, &error)) {
            Bench::note(QStringLiteral("report: the journal cannot be filled: ") + error);
            return 1;
        }
    }
    OrderJournal journal;
    if (!journal.open(path).ok()) {
        Bench::note(QStringLiteral("report: the journal cannot be opened"));
        return 1;
    }
    // Yesterday: a whole day of 300 sales (today's are still coming in).
    const QDate day = QDate::currentDate().addDays(-1);
    const QString prefix = QStringLiteral("report.%1.").arg(options.journalOrders);
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    QList<double> readMs;
    QList<double> pdfMs;
    qint64 sales = 0;
    for (int run = 0; run < options.runs; ++run) {
        double started = Bench::nowMs();
        JournalResult result;
        const CashUpReport report = CashUpReportBuilder(&journal).build(day, day, &result);
        readMs << Bench::nowMs() - started;
        if (!result.ok()) {
            Bench::note(QStringLiteral("report: ") + result.detail());
            return 1;
        }
        sales = report.totals.all().count;
        started = Bench::nowMs();
        CashUpReportDocument::Style style;
        style.locale = QLocale(QLocale::Spanish, QLocale::Argentina);
        const CashUpReport again = CashUpReportBuilder(&journal).build(day, day);
        if (!CashUpReportDocument(again, style).writePdf(pdf, &error)) {
            Bench::note(QStringLiteral("report: ") + error);
            return 1;
        }
        pdfMs << Bench::nowMs() - started;
    }
    Bench::result(prefix + QStringLiteral("day_sales"), sales);
    Bench::result(prefix + QStringLiteral("read_ms"), median(readMs));
    Bench::result(prefix + QStringLiteral("pdf_ms"), median(pdfMs));
    Bench::result(prefix + QStringLiteral("pdf_bytes"), QFileInfo(pdf).size());
    return 0;
}
