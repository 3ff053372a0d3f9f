// The cash-up report as a PDF: the text pdftotext (poppler-utils) reads back carries the totals, the tables' lines,
// the unfinished-sale warning, the closing, amounts in the account's currency as the locale writes them, and a long
// list of open sales running onto further pages.
#include "../support/JournalSeeding.h"
#include "print/CashUpReportDocument.h"
#include "store/CashUpReportBuilder.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

class TestCashUpReportDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void pdfCarriesTheTotals();
    void amountsFollowTheLocaleAndCurrency();
    void closedDayShowsItsClosing();
    void longListsRunOntoMorePages();
    void unwritablePathSaysSo();
    void paperFollowsTheLocale();

private:
    /// The PDF's text as pdftotext -layout reads it, with no-break spaces made plain.
    QString pdfText(const CashUpReport &report, const CashUpReportDocument::Style &style);
    static QString plain(QString text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OrderJournal> m_journal;
    QDate m_day;
};

void TestCashUpReportDocument::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_journal = std::make_unique<OrderJournal>();
    QVERIFY(m_journal->open(m_dir->filePath(QStringLiteral("journal.sqlite"))).ok());
    m_day = QDate::currentDate().addDays(-1);
}

void TestCashUpReportDocument::cleanup()
{
    m_journal.reset();
    m_dir.reset();
}

QString TestCashUpReportDocument::plain(QString text)
{
    text.replace(QChar(0x00A0), QLatin1Char(' '));
    text.replace(QChar(0x202F), QLatin1Char(' '));
    return text;
}

QString TestCashUpReportDocument::pdfText(const CashUpReport &report, const CashUpReportDocument::Style &style)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) {
        QTest::qFail("pdftotext is missing: install poppler-utils (listed in .ci/deps) to check the PDF's text",
                     __FILE__, __LINE__);
        return {};
    }
    const QString path = m_dir->filePath(QStringLiteral("report.pdf"));
    QString error;
    if (!CashUpReportDocument(report, style).writePdf(path, &error)) {
        QTest::qFail(qPrintable(QStringLiteral("writePdf failed: ") + error), __FILE__, __LINE__);
        return {};
    }
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        QTest::qFail(
            qPrintable(QStringLiteral("pdftotext failed: ") + QString::fromUtf8(process.readAllStandardError())),
            __FILE__, __LINE__);
        return {};
    }
    return plain(QString::fromUtf8(process.readAllStandardOutput()));
}

void TestCashUpReportDocument::pdfCarriesTheTotals()
{
    QCOMPARE(JournalSeeding::seed(*m_journal, m_day), 14);
    const CashUpReport report = CashUpReportBuilder(m_journal.get()).build(m_day, m_day);
    CashUpReportDocument::Style style;
    style.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    style.shopName = QStringLiteral("Almacén Don Pepe");
    const QString text = pdfText(report, style);
    QVERIFY(!text.isEmpty());
    const JournalSeeding::Expected e;
    const auto money = [&style](qint64 cents) {
        return plain(Money::fromCents(cents).toCurrencyString(style.locale, style.currency));
    };

    QVERIFY2(text.contains(QStringLiteral("Almacén Don Pepe")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Cash-up report")));
    QVERIFY(text.contains(style.locale.toString(m_day, QLocale::LongFormat)));
    QVERIFY(text.contains(QStringLiteral("Not closed")));
    // The warning comes before the money.
    const qsizetype warning = text.indexOf(QStringLiteral("Unfinished sales: 4 sales are still open"));
    QVERIFY2(warning >= 0, qPrintable(text));
    QVERIFY(warning < text.indexOf(QStringLiteral("Summary")));

    const QRegularExpression paidLine(QStringLiteral("Paid sales\\s+6\\s+") +
                                      QRegularExpression::escape(money(e.paidCents)));
    QVERIFY2(text.contains(paidLine), qPrintable(text));
    QVERIFY(text.contains(
        QRegularExpression(QStringLiteral("Refunded\\s+") + QRegularExpression::escape(money(e.refundedCents)))));
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("Refunds in progress\\s+") +
                                             QRegularExpression::escape(money(e.refundingCents)))));
    QVERIFY(
        text.contains(QRegularExpression(QStringLiteral("Net\\s+") + QRegularExpression::escape(money(e.netCents())))));
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("Declined\\s+1\\n"))));
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("Cancelled\\s+1\\n"))));

    // By card type: debit paid 15.50 + 45.99 + 12.00, given back 5.99 + 40.00 + 12.00.
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("Debit card\\s+3\\s+%1\\s+%2\\s+%3")
                                                  .arg(QRegularExpression::escape(money(7349)),
                                                       QRegularExpression::escape(money(5799)),
                                                       QRegularExpression::escape(money(1550))))),
             qPrintable(text));
    // By terminal: Caja 1 paid 100.00 + 80.00 + 12.00, given back 30.25 + 12.00.
    QVERIFY(text.contains(
        QRegularExpression(QStringLiteral("Caja 1\\s+3\\s+%1\\s+%2\\s+%3")
                               .arg(QRegularExpression::escape(money(19200)), QRegularExpression::escape(money(4225)),
                                    QRegularExpression::escape(money(14975))))));
    // The chart names its highest hour's amount.
    QVERIFY(text.contains(QStringLiteral("Amount taken per hour")));
    QVERIFY(text.contains(money(19550)));
    // The open sales by name, with their amounts and terminals.
    QVERIFY(text.contains(
        QRegularExpression(QStringLiteral("Still waiting\\s+Caja 1\\s+.*") + QRegularExpression::escape(money(2500)))));
    QVERIFY(text.contains(QStringLiteral("No answer")));
    QVERIFY(!text.contains(QStringLiteral("Changes after closing")));
    QVERIFY(text.contains(QStringLiteral("Page 1")));
}

void TestCashUpReportDocument::amountsFollowTheLocaleAndCurrency()
{
    QCOMPARE(JournalSeeding::seed(*m_journal, m_day), 14);
    const CashUpReport report = CashUpReportBuilder(m_journal.get()).build(m_day, m_day);
    CashUpReportDocument::Style style;
    style.locale = QLocale(QLocale::Portuguese, QLocale::Brazil);
    style.currency = *Currency::fromCode(QStringLiteral("BRL"));
    const QString text = pdfText(report, style);
    const QString net =
        plain(Money::fromCents(JournalSeeding::Expected().netCents()).toCurrencyString(style.locale, style.currency));
    QVERIFY(net.contains(QStringLiteral("R$")) && net.contains(QStringLiteral("185,25")));
    QVERIFY2(text.contains(net), qPrintable(text));
    QVERIFY(text.contains(style.locale.toString(m_day, QLocale::LongFormat)));
}

void TestCashUpReportDocument::closedDayShowsItsClosing()
{
    QCOMPARE(JournalSeeding::seed(*m_journal, m_day), 14);
    const QDateTime closedAt(m_day, QTime(21, 5));
    QVERIFY(CashUpReportBuilder::closeDay(m_journal.get(), m_day, QStringLiteral("Marta"), closedAt).ok());
    // A refund after the closing changes nothing on the closed day's paper.
    const qint64 paid = JournalSeeding::sale(*m_journal, 7777, OrderState::Approved, CardType::Credit,
                                             QStringLiteral("Caja 1"), QStringLiteral("Late refund"));
    QVERIFY(JournalSeeding::moveSale(*m_journal, paid, QDateTime(m_day, QTime(20, 0))));
    QVERIFY(JournalSeeding::refund(*m_journal, paid, 777, RefundState::Done, 99) > 0);

    CashUpReportDocument::Style style;
    style.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    const auto money = [&style](qint64 cents) {
        return plain(Money::fromCents(cents).toCurrencyString(style.locale, style.currency));
    };
    const QString closed = pdfText(CashUpReportBuilder(m_journal.get()).build(m_day, m_day), style);
    QVERIFY2(
        closed.contains(
            QStringLiteral("Closed on %1 by Marta.").arg(plain(style.locale.toString(closedAt, QLocale::ShortFormat)))),
        qPrintable(closed));
    QVERIFY(closed.contains(QRegularExpression(
        QStringLiteral("Net\\s+") + QRegularExpression::escape(money(JournalSeeding::Expected().netCents())))));
    QVERIFY(!closed.contains(QStringLiteral("Late refund")));
    // It says that a sale of the day changed since, and where to find it.
    QVERIFY2(closed.contains(QStringLiteral("One sale of this day changed after the closing")), qPrintable(closed));

    const QDate next = m_day.addDays(1);
    const QString nextText = pdfText(CashUpReportBuilder(m_journal.get()).build(next, next), style);
    QVERIFY2(nextText.contains(QStringLiteral("Changes after closing")), qPrintable(nextText));
    QVERIFY(nextText.contains(
        QRegularExpression(QStringLiteral("Late refund.*") + QRegularExpression::escape(money(777)))));
}

void TestCashUpReportDocument::longListsRunOntoMorePages()
{
    for (int i = 0; i < 150; ++i) {
        const qint64 id = JournalSeeding::sale(*m_journal, 100 + i, OrderState::WaitingForCard, CardType::Debit,
                                               QStringLiteral("Caja 3"), QStringLiteral("Open sale %1").arg(i + 1));
        QVERIFY(JournalSeeding::moveSale(*m_journal, id, QDateTime(m_day, QTime(8, 0)).addSecs(i * 60)));
    }
    CashUpReportDocument::Style style;
    style.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    const QString text = pdfText(CashUpReportBuilder(m_journal.get()).build(m_day, m_day), style);
    QVERIFY(text.contains(QStringLiteral("Unfinished sales: 150 sales are still open")));
    QVERIFY(text.contains(QStringLiteral("Open sale 1 ")));
    QVERIFY(text.contains(QStringLiteral("Open sale 150")));
    QVERIFY2(text.contains(QStringLiteral("Page 3")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("No money was taken.")));
    // The table's header is repeated on the pages it runs onto.
    QVERIFY(text.count(QRegularExpression(QStringLiteral("Time\\s+Description\\s+Terminal\\s+State\\s+Amount"))) >= 3);
}

void TestCashUpReportDocument::unwritablePathSaysSo()
{
    const CashUpReport report = CashUpReportBuilder(m_journal.get()).build(m_day, m_day);
    QString error;
    QVERIFY(
        !CashUpReportDocument(report, {}).writePdf(m_dir->filePath(QStringLiteral("no/such/folder/r.pdf")), &error));
    QVERIFY(error.contains(QStringLiteral("could not be written")));
}

void TestCashUpReportDocument::paperFollowsTheLocale()
{
    QCOMPARE(CashUpReportDocument::paperFor(QLocale(QLocale::Spanish, QLocale::Mexico)), Paper::Letter);
    QCOMPARE(CashUpReportDocument::paperFor(QLocale(QLocale::English, QLocale::UnitedStates)), Paper::Letter);
    QCOMPARE(CashUpReportDocument::paperFor(QLocale(QLocale::Spanish, QLocale::Argentina)), Paper::A4);
    QCOMPARE(CashUpReportDocument::paperFor(QLocale(QLocale::Portuguese, QLocale::Brazil)), Paper::A4);
}

QTEST_MAIN(TestCashUpReportDocument)
#include "tst_cashupreportdocument.moc"
