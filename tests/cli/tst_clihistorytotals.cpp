// pointdesk-cli history (in-process) over a journal with refunds: the table and --json give paid, refunded and net by
// state, card type and terminal; the grand total "Money taken" leaves out declined and cancelled sales; the keys that
// were there stay as they were; --csv ends with the refunds' table.
#include "cli/CliApp.h"
#include "cli/ExitCodes.h"
#include "store/OrderJournal.h"
#include "store/Settings.h"
#include "support/InProcessCli.h"
#include "support/JournalSeeding.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestCliHistoryTotals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tableHasMoneyTakenRefundedAndNet();
    void jsonAddsMoneyKeysOnly();
    void csvEndsWithTheRefunds();
    void csvFormatFollowsPreferencesUnlessAsked();
    void terminalMatchesCapitalsAndAccentsAside();

private:
    QByteArray run(const QStringList &arguments, int *exitCode);

    QTemporaryDir m_home;
    QString m_journalPath;
};

void TestCliHistoryTotals::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/pointdesk-clihistorytotals-test");
    m_journalPath = m_home.filePath(QStringLiteral("journal.sqlite"));

    OrderJournal journal;
    QVERIFY(journal.open(m_journalPath).ok());
    // Caja 1: paid 100.00 credit; paid 80.00 credit with 30.25 given back. Caja 2: paid 45.99 debit, all given
    // back; declined 50.00 credit; cancelled 70.00 debit; paid 20.00 debit with a refund of 5.00 in progress.
    QVERIFY(JournalSeeding::sale(journal, 10000, OrderState::Approved, CardType::Credit, QStringLiteral("Caja 1")) > 0);
    const qint64 partly =
        JournalSeeding::sale(journal, 8000, OrderState::Approved, CardType::Credit, QStringLiteral("Caja 1"));
    const qint64 full =
        JournalSeeding::sale(journal, 4599, OrderState::Approved, CardType::Debit, QStringLiteral("Caja 2"));
    QVERIFY(JournalSeeding::sale(journal, 5000, OrderState::Rejected, CardType::Credit, QStringLiteral("Caja 2")) > 0);
    QVERIFY(JournalSeeding::sale(journal, 7000, OrderState::Cancelled, CardType::Debit, QStringLiteral("Caja 2")) > 0);
    const qint64 pending =
        JournalSeeding::sale(journal, 2000, OrderState::Approved, CardType::Debit, QStringLiteral("Caja 2"));
    QVERIFY(JournalSeeding::refund(journal, partly, 3025, RefundState::Done, 81, QStringLiteral("r")) > 0);
    QVERIFY(JournalSeeding::refund(journal, full, 4599, RefundState::Done, 82, QStringLiteral("r")) > 0);
    QVERIFY(JournalSeeding::refund(journal, pending, 500, RefundState::Pending, 83, QStringLiteral("r")) > 0);
    journal.close();
}

QByteArray TestCliHistoryTotals::run(const QStringList &arguments, int *exitCode)
{
    const InProcessCli::Result result =
        InProcessCli::run(arguments, m_journalPath, QStringLiteral("PointDesk-clihistorytotals-test"));
    *exitCode = result.exitCode;
    return result.out;
}

void TestCliHistoryTotals::tableHasMoneyTakenRefundedAndNet()
{
    int code = -1;
    const QString text = QString::fromUtf8(run({QStringLiteral("history"), QStringLiteral("--all")}, &code));
    QCOMPARE(code, CliExit::Success);
    // The counts as before: every state, declined and cancelled included.
    const auto has = [&text](const QString &pattern) {
        return QRegularExpression(pattern, QRegularExpression::MultilineOption).match(text).hasMatch();
    };
    for (const QString &pattern :
         {QStringLiteral("^Totals by state: +Sales +Amount$"), QStringLiteral("^  Declined +1 +50[.,]00$"),
          QStringLiteral("^  Cancelled +1 +70[.,]00$"), QStringLiteral("^All sales +6 +365[.,]99$"),
          // Then the money: paid sales only, with what was given back and what was kept.
          QStringLiteral("^Money taken by state: +Sales +Paid +Refunded +Net$"),
          QStringLiteral("^  Paid +1 +100[.,]00 +0[.,]00 +100[.,]00$"),
          QStringLiteral("^  Partly refunded +2 +100[.,]00 +30[.,]25 +69[.,]75$"),
          QStringLiteral("^  Refunded +1 +45[.,]99 +45[.,]99 +0[.,]00$"), QStringLiteral("^Money taken by card type:$"),
          QStringLiteral("^  Credit +2 +180[.,]00 +30[.,]25 +149[.,]75$"),
          QStringLiteral("^  Debit +2 +65[.,]99 +45[.,]99 +20[.,]00$"), QStringLiteral("^Money taken by terminal:$"),
          QStringLiteral("^  Caja 1 +2 +180[.,]00 +30[.,]25 +149[.,]75$"),
          QStringLiteral("^  Caja 2 +2 +65[.,]99 +45[.,]99 +20[.,]00$"),
          QStringLiteral("^Money taken +4 +245[.,]99 +76[.,]24 +169[.,]75$"),
          QStringLiteral("^Refunds in progress, not counted as refunded yet: 5[.,]00$")}) {
        QVERIFY2(has(pattern), qPrintable(pattern + QStringLiteral(" not in\n") + text));
    }
    // Declined and cancelled sales are nowhere in the money.
    const QString money = text.mid(text.indexOf(QLatin1String("Money taken by state:")));
    QVERIFY2(!money.contains(QLatin1String("Declined")) && !money.contains(QLatin1String("Cancelled")),
             qPrintable(money));

    // A filter applies to the money too.
    const QString caja1 = QString::fromUtf8(run(
        {QStringLiteral("history"), QStringLiteral("--all"), QStringLiteral("--terminal"), QStringLiteral("Caja 1")},
        &code));
    QCOMPARE(code, CliExit::Success);
    QVERIFY2(QRegularExpression(QStringLiteral("^Money taken +2 +180[.,]00 +30[.,]25 +149[.,]75$"),
                                QRegularExpression::MultilineOption)
                 .match(caja1)
                 .hasMatch(),
             qPrintable(caja1));
    QVERIFY2(!caja1.contains(QLatin1String("Caja 2")), qPrintable(caja1));
}

void TestCliHistoryTotals::jsonAddsMoneyKeysOnly()
{
    int code = -1;
    const QJsonObject doc =
        QJsonDocument::fromJson(
            run({QStringLiteral("--json"), QStringLiteral("history"), QStringLiteral("--all")}, &code))
            .object();
    QCOMPARE(code, CliExit::Success);
    const QJsonObject totals = doc.value(QStringLiteral("totals")).toObject();
    // The keys that were there, as they were.
    QCOMPARE(totals.value(QStringLiteral("count")).toInteger(), 6);
    QCOMPARE(totals.value(QStringLiteral("amount")).toString(), QStringLiteral("365.99"));
    QCOMPARE(totals.value(QStringLiteral("amount_cents")).toInteger(), 36599);
    const QJsonObject byState = totals.value(QStringLiteral("by_state")).toObject();
    QCOMPARE(byState.value(QStringLiteral("rejected")).toObject(),
             (QJsonObject{{QStringLiteral("count"), 1},
                          {QStringLiteral("amount"), QStringLiteral("50.00")},
                          {QStringLiteral("amount_cents"), 5000}}));
    QCOMPARE(byState.value(QStringLiteral("approved")).toObject().value(QStringLiteral("count")).toInteger(), 1);
    QCOMPARE(byState.value(QStringLiteral("partly_refunded")).toObject().value(QStringLiteral("count")).toInteger(), 2);
    QCOMPARE(byState.value(QStringLiteral("refunded")).toObject().value(QStringLiteral("count")).toInteger(), 1);
    QCOMPARE(totals.value(QStringLiteral("by_card")).toObject().size(), 2);

    // The money, grand total: declined and cancelled are not in it.
    const QJsonObject taken = totals.value(QStringLiteral("money_taken")).toObject();
    QCOMPARE(taken, (QJsonObject{{QStringLiteral("paid_count"), 4},
                                 {QStringLiteral("paid"), QStringLiteral("245.99")},
                                 {QStringLiteral("paid_cents"), 24599},
                                 {QStringLiteral("refunded"), QStringLiteral("76.24")},
                                 {QStringLiteral("refunded_cents"), 7624},
                                 {QStringLiteral("net"), QStringLiteral("169.75")},
                                 {QStringLiteral("net_cents"), 16975},
                                 {QStringLiteral("refunding"), QStringLiteral("5.00")},
                                 {QStringLiteral("refunding_cents"), 500}}));
    const QJsonObject moneyByState = totals.value(QStringLiteral("money_by_state")).toObject();
    QCOMPARE(moneyByState.keys(), byState.keys());
    QCOMPARE(moneyByState.value(QStringLiteral("rejected")).toObject().value(QStringLiteral("paid_cents")).toInteger(),
             0);
    QCOMPARE(moneyByState.value(QStringLiteral("cancelled")).toObject().value(QStringLiteral("net_cents")).toInteger(),
             0);
    const QJsonObject partly = moneyByState.value(QStringLiteral("partly_refunded")).toObject();
    QCOMPARE(partly.value(QStringLiteral("paid_cents")).toInteger(), 10000);
    QCOMPARE(partly.value(QStringLiteral("refunded_cents")).toInteger(), 3025);
    QCOMPARE(partly.value(QStringLiteral("net")).toString(), QStringLiteral("69.75"));
    const QJsonObject moneyByCard = totals.value(QStringLiteral("money_by_card")).toObject();
    QCOMPARE(moneyByCard.value(QStringLiteral("credit")).toObject().value(QStringLiteral("net_cents")).toInteger(),
             14975);
    QCOMPARE(moneyByCard.value(QStringLiteral("debit")).toObject().value(QStringLiteral("refunded_cents")).toInteger(),
             4599);

    const QJsonArray byTerminal = totals.value(QStringLiteral("by_terminal")).toArray();
    QCOMPARE(byTerminal.size(), 2);
    const QJsonObject caja2 = byTerminal.at(1).toObject();
    QCOMPARE(caja2.value(QStringLiteral("terminal")).toString(), QStringLiteral("Caja 2"));
    QCOMPARE(caja2.value(QStringLiteral("count")).toInteger(), 4);
    QCOMPARE(caja2.value(QStringLiteral("amount_cents")).toInteger(), 4599 + 5000 + 7000 + 2000);
    QCOMPARE(caja2.value(QStringLiteral("paid_count")).toInteger(), 2);
    QCOMPARE(caja2.value(QStringLiteral("paid_cents")).toInteger(), 6599);
    QCOMPARE(caja2.value(QStringLiteral("net_cents")).toInteger(), 2000);
    QCOMPARE(caja2.value(QStringLiteral("refunding")).toString(), QStringLiteral("5.00"));
    QCOMPARE(byTerminal.at(0).toObject().value(QStringLiteral("terminal")).toString(), QStringLiteral("Caja 1"));
}

void TestCliHistoryTotals::csvEndsWithTheRefunds()
{
    int code = -1;
    const QByteArray csv = run({QStringLiteral("history"), QStringLiteral("--all"), QStringLiteral("--csv")}, &code);
    QCOMPARE(code, CliExit::Success);
    const qsizetype gap = csv.indexOf("\r\n\r\n");
    QVERIFY2(gap > 0, csv.constData());
    QCOMPARE(csv.left(gap + 2).count("\r\n"), qsizetype(1 + 6));
    const QByteArray refunds = csv.mid(gap + 4);
    QVERIFY(refunds.startsWith("refund_local_id,sale_local_id,refund_id,"));
    QCOMPARE(refunds.count("\r\n"), qsizetype(1 + 3));
    QVERIFY2(refunds.contains(",81,") && refunds.contains(",30.25,done,Ana,r,\r\n"), refunds.constData());
    QVERIFY2(refunds.contains(",5.00,pending,Ana,r,\r\n"), refunds.constData());
}

void TestCliHistoryTotals::csvFormatFollowsPreferencesUnlessAsked()
{
    int code = -1;
    // The window's choice (Preferences, "CSV for spreadsheets"), read from the settings the window writes.
    {
        Settings settings;
        settings.setCsvForSpreadsheets(true);
        settings.sync();
    }
    const QByteArray sheet = run({QStringLiteral("history"), QStringLiteral("--all"), QStringLiteral("--csv")}, &code);
    QCOMPARE(code, CliExit::Success);
    QVERIFY2(sheet.startsWith("\xEF\xBB\xBFSale number;Time;Last change;Terminal;"), sheet.left(80).constData());
    QVERIFY2(sheet.contains("\r\n\r\nRefund number;Sale number;Refund ID;"), sheet.constData());

    // --csv-format wins over the setting, and implies --csv.
    const QByteArray plain = run(
        {QStringLiteral("history"), QStringLiteral("--all"), QStringLiteral("--csv-format"), QStringLiteral("plain")},
        &code);
    QCOMPARE(code, CliExit::Success);
    QVERIFY2(plain.startsWith("local_id,created_at,updated_at,terminal,"), plain.left(80).constData());
    {
        Settings settings;
        settings.setCsvForSpreadsheets(false);
        settings.sync();
    }
    const QByteArray asked = run({QStringLiteral("history"), QStringLiteral("--all"), QStringLiteral("--csv"),
                                  QStringLiteral("--csv-format"), QStringLiteral("Spreadsheet")},
                                 &code);
    QCOMPARE(code, CliExit::Success);
    QVERIFY(asked.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(run({QStringLiteral("history"), QStringLiteral("--all"), QStringLiteral("--csv")}, &code), plain);

    run({QStringLiteral("history"), QStringLiteral("--csv-format"), QStringLiteral("excel")}, &code);
    QCOMPARE(code, CliExit::InvalidInput);
    run({QStringLiteral("--json"), QStringLiteral("history"), QStringLiteral("--csv-format"), QStringLiteral("plain")},
        &code);
    QCOMPARE(code, CliExit::Usage);
}

void TestCliHistoryTotals::terminalMatchesCapitalsAndAccentsAside()
{
    int code = -1;
    for (const QString &asked : {QStringLiteral("caja 1"), QStringLiteral("  CAJA 1 "), QStringLiteral("Cájá 1")}) {
        const QString text = QString::fromUtf8(
            run({QStringLiteral("history"), QStringLiteral("--all"), QStringLiteral("--terminal"), asked}, &code));
        QCOMPARE(code, CliExit::Success);
        QVERIFY2(QRegularExpression(QStringLiteral("^Money taken +2 +180[.,]00 +30[.,]25 +149[.,]75$"),
                                    QRegularExpression::MultilineOption)
                     .match(text)
                     .hasMatch(),
                 qPrintable(asked + QLatin1Char('\n') + text));
    }
    const QString none = QString::fromUtf8(
        run({QStringLiteral("history"), QStringLiteral("--all"), QStringLiteral("--terminal"), QStringLiteral("Caja")},
            &code));
    QCOMPARE(code, CliExit::Success);
    QVERIFY2(none.contains(QLatin1String("No sales match")), qPrintable(none));
}

QTEST_MAIN(TestCliHistoryTotals)
#include "tst_clihistorytotals.moc"
