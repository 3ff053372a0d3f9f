// pointdesk-cli report (in-process) over a journal with every state and refunds: the text, the --json document (integer
// cents, the currency; its money equal to history --json's), --pdf (read back with pdftotext), the usage errors, and
// report --close: a day is closed once, history then says so, and a closed day reports what it was closed with.
#include "../support/JournalSeeding.h"
#include "cli/CliApp.h"
#include "cli/ExitCodes.h"
#include "store/Settings.h"
#include "store/ShopDetails.h"
#include "support/InProcessCli.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestCliReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void textByDefault();
    void jsonIsOneDocumentInCents();
    void jsonMoneyEqualsHistory();
    void pdfIsWrittenAndSaysWhere();
    void rangeAndItsErrors();
    void closeOnceThenHistorySaysSo();

private:
    QByteArray run(const QStringList &arguments, int *exitCode, QByteArray *errors = nullptr);
    QJsonObject runJson(const QStringList &arguments);

    QTemporaryDir m_home;
    QString m_journalPath;
    QDate m_day;
};

QByteArray TestCliReport::run(const QStringList &arguments, int *exitCode, QByteArray *errors)
{
    const InProcessCli::Result result =
        InProcessCli::run(arguments, m_journalPath, QStringLiteral("PointDesk-clireport-test"));
    *exitCode = result.exitCode;
    if (errors)
        *errors = result.err;
    return result.out;
}

QJsonObject TestCliReport::runJson(const QStringList &arguments)
{
    int code = -1;
    const QByteArray out = run(arguments + QStringList{QStringLiteral("--json")}, &code);
    if (code != CliExit::Success)
        qWarning("exit %d: %s", code, out.constData());
    return QJsonDocument::fromJson(out).object();
}

void TestCliReport::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/pointdesk-clireport-test");
    m_journalPath = m_home.filePath(QStringLiteral("journal.sqlite"));
    m_day = QDate::currentDate().addDays(-1);
    OrderJournal journal;
    QVERIFY(journal.open(m_journalPath).ok());
    QCOMPARE(JournalSeeding::seed(journal, m_day), 14);
}

void TestCliReport::textByDefault()
{
    int code = -1;
    const QString text =
        QString::fromUtf8(run({QStringLiteral("report"), QStringLiteral("--day"), m_day.toString(Qt::ISODate)}, &code));
    QCOMPARE(code, CliExit::Success);
    QVERIFY2(text.startsWith(QStringLiteral("Cash-up report, ")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Unfinished sales: 4 sales are still open")));
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("Paid sales +6 +[^\\n]*273[.,]49"))));
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("Net +[^\\n]*185[.,]25"))));
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("Declined \\(not counted\\) +1\\b"))));
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("10:00 +[^\\n]*195[.,]50 #+\\n"))));
    QVERIFY(text.contains(QStringLiteral("Still waiting")));
    QVERIFY(text.contains(QStringLiteral("Caja 2")));
}

void TestCliReport::jsonIsOneDocumentInCents()
{
    const QJsonObject doc = runJson({QStringLiteral("report"), QStringLiteral("--day"), m_day.toString(Qt::ISODate)});
    QCOMPARE(doc.value(QStringLiteral("from")).toString(), m_day.toString(Qt::ISODate));
    QCOMPARE(doc.value(QStringLiteral("to")).toString(), m_day.toString(Qt::ISODate));
    QCOMPARE(doc.value(QStringLiteral("currency")).toString().size(), 3);
    QVERIFY(doc.value(QStringLiteral("unfinished")).toBool());
    const JournalSeeding::Expected e;
    const QJsonObject paid = doc.value(QStringLiteral("paid")).toObject();
    QCOMPARE(paid.value(QStringLiteral("count")).toInteger(), e.paidCount);
    QCOMPARE(paid.value(QStringLiteral("amount_cents")).toInteger(), e.paidCents);
    QCOMPARE(paid.value(QStringLiteral("refunded_cents")).toInteger(), e.refundedCents);
    QCOMPARE(paid.value(QStringLiteral("refunding_cents")).toInteger(), e.refundingCents);
    QCOMPARE(paid.value(QStringLiteral("net_cents")).toInteger(), e.netCents());
    QCOMPARE(doc.value(QStringLiteral("declined_count")).toInteger(), qint64(1));
    QCOMPARE(doc.value(QStringLiteral("cancelled_count")).toInteger(), qint64(1));
    QCOMPARE(doc.value(QStringLiteral("open_sales")).toArray().size(), 4);
    QCOMPARE(doc.value(QStringLiteral("open_sales"))
                 .toArray()
                 .at(1)
                 .toObject()
                 .value(QStringLiteral("description"))
                 .toString(),
             QStringLiteral("Still waiting"));
    const QJsonArray hours = doc.value(QStringLiteral("taken_by_hour_cents")).toArray();
    QCOMPARE(hours.size(), 24);
    QCOMPARE(hours.at(10).toInteger(), qint64(19550));
    const QJsonArray cards = doc.value(QStringLiteral("by_card_type")).toArray();
    QCOMPARE(cards.at(1).toObject().value(QStringLiteral("card_type")).toString(), QStringLiteral("debit"));
    QCOMPARE(cards.at(1).toObject().value(QStringLiteral("amount_cents")).toInteger(), qint64(7349));
    QVERIFY(!doc.contains(QStringLiteral("closed")));
}

void TestCliReport::jsonMoneyEqualsHistory()
{
    const QJsonObject report =
        runJson({QStringLiteral("report"), QStringLiteral("--day"), m_day.toString(Qt::ISODate)});
    const QJsonObject history =
        runJson({QStringLiteral("history"), QStringLiteral("--day"), m_day.toString(Qt::ISODate)});
    const QJsonObject taken =
        history.value(QStringLiteral("totals")).toObject().value(QStringLiteral("money_taken")).toObject();
    QVERIFY2(!taken.isEmpty(), QJsonDocument(history).toJson().constData());
    const QJsonObject paid = report.value(QStringLiteral("paid")).toObject();
    QCOMPARE(paid.value(QStringLiteral("count")).toInteger(), taken.value(QStringLiteral("paid_count")).toInteger());
    QCOMPARE(paid.value(QStringLiteral("amount_cents")).toInteger(),
             taken.value(QStringLiteral("paid_cents")).toInteger());
    QCOMPARE(paid.value(QStringLiteral("refunded_cents")).toInteger(),
             taken.value(QStringLiteral("refunded_cents")).toInteger());
    QCOMPARE(paid.value(QStringLiteral("net_cents")).toInteger(), taken.value(QStringLiteral("net_cents")).toInteger());
}

void TestCliReport::pdfIsWrittenAndSaysWhere()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QFAIL("pdftotext is missing: install poppler-utils (listed in .ci/deps) to check the PDF's text");
    const QString path = m_home.filePath(QStringLiteral("out/report.pdf"));
    QDir().mkpath(QFileInfo(path).absolutePath());
    int code = -1;
    const QString text = QString::fromUtf8(run(
        {QStringLiteral("report"), QStringLiteral("--day"), m_day.toString(Qt::ISODate), QStringLiteral("--pdf"), path},
        &code));
    QCOMPARE(code, CliExit::Success);
    QVERIFY(text.contains(QStringLiteral("The report was saved as a PDF: %1").arg(path)));
    QVERIFY(QFile::exists(path));
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")});
    QVERIFY(process.waitForFinished(30000));
    const QString pdf = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(pdf.contains(QRegularExpression(QStringLiteral("Paid sales\\s+6\\s+[^\\n]*273[.,]49"))), qPrintable(pdf));
    QVERIFY2(!pdf.contains(QStringLiteral("Kiosco")), qPrintable(pdf));

    // The shop's name from Preferences heads the report, as it heads the receipts.
    ShopDetails shop;
    shop.name = QStringLiteral("Kiosco \u00d1and\u00fa");
    QVERIFY(Settings().setShopDetails(shop));
    QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--day"), m_day.toString(Qt::ISODate),
                  QStringLiteral("--pdf"), path},
                 &code)
                 .isEmpty(),
             false);
    QCOMPARE(code, CliExit::Success);
    process.start(pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")});
    QVERIFY(process.waitForFinished(30000));
    const QString named = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(named.contains(QStringLiteral("Kiosco \u00d1and\u00fa")), qPrintable(named));
    QVERIFY(Settings().setShopDetails(ShopDetails()));

    const QJsonObject doc = runJson({QStringLiteral("report"), QStringLiteral("--day"), m_day.toString(Qt::ISODate),
                                     QStringLiteral("--pdf"), path});
    QCOMPARE(doc.value(QStringLiteral("pdf")).toString(), path);

    QByteArray errors;
    run({QStringLiteral("report"), QStringLiteral("--pdf"), m_home.filePath(QStringLiteral("missing/dir/r.pdf"))},
        &code, &errors);
    QCOMPARE(code, CliExit::InvalidInput);
    QVERIFY(QString::fromUtf8(errors).contains(QStringLiteral("could not be written")));
}

void TestCliReport::rangeAndItsErrors()
{
    const QJsonObject doc =
        runJson({QStringLiteral("report"), QStringLiteral("--from"), m_day.addDays(-3).toString(Qt::ISODate),
                 QStringLiteral("--to"), m_day.addDays(1).toString(Qt::ISODate)});
    QCOMPARE(doc.value(QStringLiteral("paid")).toObject().value(QStringLiteral("amount_cents")).toInteger(),
             JournalSeeding::Expected().paidCents);
    int code = -1;
    run({QStringLiteral("report"), QStringLiteral("--day"), m_day.toString(Qt::ISODate), QStringLiteral("--from"),
         m_day.toString(Qt::ISODate)},
        &code);
    QCOMPARE(code, CliExit::Usage);
    run({QStringLiteral("report"), QStringLiteral("--from"), m_day.toString(Qt::ISODate)}, &code);
    QCOMPARE(code, CliExit::Usage);
    run({QStringLiteral("report"), QStringLiteral("--day"), QStringLiteral("yesterday")}, &code);
    QCOMPARE(code, CliExit::InvalidInput);
    run({QStringLiteral("report"), QStringLiteral("--from"), m_day.toString(Qt::ISODate), QStringLiteral("--to"),
         m_day.addDays(-1).toString(Qt::ISODate)},
        &code);
    QCOMPARE(code, CliExit::InvalidInput);
    run({QStringLiteral("report"), QStringLiteral("--close"), QStringLiteral("--from"), m_day.toString(Qt::ISODate),
         QStringLiteral("--to"), m_day.toString(Qt::ISODate)},
        &code);
    QCOMPARE(code, CliExit::Usage);
    run({QStringLiteral("report"), QStringLiteral("--close"), QStringLiteral("--day"),
         QDate::currentDate().addDays(2).toString(Qt::ISODate)},
        &code);
    QCOMPARE(code, CliExit::InvalidInput);
}

void TestCliReport::closeOnceThenHistorySaysSo()
{
    const QString day = m_day.toString(Qt::ISODate);
    // No manager PIN is set (no keychain here): the gate lets it through.
    const QJsonObject closed =
        runJson({QStringLiteral("report"), QStringLiteral("--close"), QStringLiteral("--day"), day});
    QVERIFY(closed.value(QStringLiteral("closed_now")).toBool());
    QCOMPARE(closed.value(QStringLiteral("closed")).toObject().value(QStringLiteral("by")).toString(),
             QStringLiteral("pointdesk-cli"));

    int code = -1;
    QByteArray errors;
    run({QStringLiteral("report"), QStringLiteral("--close"), QStringLiteral("--day"), day}, &code, &errors);
    QCOMPARE(code, CliExit::InvalidInput);
    QVERIFY2(QString::fromUtf8(errors).contains(QStringLiteral("is already closed")), errors.constData());

    // A refund after the closing: the closed day keeps its figures; today's report lists the change.
    {
        OrderJournal journal;
        QVERIFY(journal.open(m_journalPath).ok());
        const qint64 paid = journal.entries(JournalFilter::day(m_day)).last().localId; // the first sale: 100.00
        QCOMPARE(journal.entry(paid)->request.amount.cents(), qint64(10000));
        QVERIFY(JournalSeeding::refund(journal, paid, 1000, RefundState::Done, 555) > 0);
    }
    const QJsonObject again = runJson({QStringLiteral("report"), QStringLiteral("--day"), day});
    QCOMPARE(again.value(QStringLiteral("paid")).toObject().value(QStringLiteral("net_cents")).toInteger(),
             JournalSeeding::Expected().netCents());
    QCOMPARE(again.value(QStringLiteral("closed")).toObject().value(QStringLiteral("changed_since")).toInteger(),
             qint64(1));
    const QJsonObject today = runJson({QStringLiteral("report")});
    QCOMPARE(today.value(QStringLiteral("changed_after_closing")).toArray().size(), 1);
    QCOMPARE(today.value(QStringLiteral("changed_after_closing"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("refunded_cents"))
                 .toInteger(),
             qint64(1000));

    const QString history = QString::fromUtf8(run({QStringLiteral("history"), QStringLiteral("--day"), day}, &code));
    QCOMPARE(code, CliExit::Success);
    QVERIFY2(history.contains(QStringLiteral("This day is closed: closed at ")), qPrintable(history));
    QVERIFY(history.contains(QStringLiteral(" by pointdesk-cli.")));
    const QJsonObject historyJson = runJson({QStringLiteral("history"), QStringLiteral("--day"), day});
    QCOMPARE(historyJson.value(QStringLiteral("closed")).toObject().value(QStringLiteral("by")).toString(),
             QStringLiteral("pointdesk-cli"));
}

QTEST_MAIN(TestCliReport)
#include "tst_clireport.moc"
