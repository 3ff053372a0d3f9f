// The CSV export for spreadsheets (a byte order mark, ';', the locale's decimal comma, local times, the window's
// words), formula cells neutralised in every CSV, the plain format kept byte for byte, and terminals matched
// capitals and accents aside (TerminalMatch), in the journal's filters and its list of terminals.
#include "store/CsvFormat.h"
#include "store/OrderJournal.h"
#include "store/Settings.h"
#include "store/TerminalMatch.h"

#include <QBuffer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

class TestJournalCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void neutralisesFormulaCells_data();
    void neutralisesFormulaCells();
    void plainExportIsUnchangedButNeutralised();
    void spreadsheetExport();
    void spreadsheetRefundTable();
    void styleKeysAndDefaults();
    void settingFollowsTheLanguageUntilChosen();
    void terminalMatchIgnoresCapitalsAndAccents_data();
    void terminalMatchIgnoresCapitalsAndAccents();
    void filterMatchesTerminalsLikeTheWindow();
    void terminalsOnePerName();

private:
    qint64 sale(const QString &description, qint64 cents, const QString &terminal, bool paid);
    QByteArray exportWith(const JournalFilter &filter, const CsvFormat &format);
    void setTimes(qint64 localId, const QDateTime &created, const QDateTime &updated);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OrderJournal> m_journal;
};

void TestJournalCsv::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_journal = std::make_unique<OrderJournal>();
    QVERIFY(m_journal->open(m_dir->filePath(QStringLiteral("journal.sqlite"))).ok());
}

void TestJournalCsv::cleanup()
{
    m_journal.reset();
    m_dir.reset();
}

qint64 TestJournalCsv::sale(const QString &description, qint64 cents, const QString &terminal, bool paid)
{
    OrderRequest request;
    request.amount = Money::fromCents(cents);
    request.description = description;
    request.deviceName = terminal;
    request.cardType = CardType::Credit;
    const qint64 id = m_journal->recordNew(request, QStringLiteral("orders"));
    if (id <= 0 || !paid)
        return id;
    m_journal->attachOrderId(id, OrderRef::fromNumber(700 + id));
    OrderInfo info;
    info.state = OrderState::Approved;
    info.paymentId = PaymentRef::fromNumber(9000 + id);
    info.paymentStatus = QStringLiteral("approved");
    m_journal->recordState(id, info);
    return id;
}

QByteArray TestJournalCsv::exportWith(const JournalFilter &filter, const CsvFormat &format)
{
    QBuffer buffer;
    if (!buffer.open(QIODevice::WriteOnly))
        return {};
    const JournalResult r = m_journal->exportCsv(filter, &buffer, format);
    if (!r.ok())
        qWarning("export failed: %s", qPrintable(r.detail()));
    return buffer.data();
}

void TestJournalCsv::setTimes(qint64 localId, const QDateTime &created, const QDateTime &updated)
{
    QSqlQuery q(QSqlDatabase::database(m_journal->connectionName()));
    q.prepare(QStringLiteral("UPDATE orders SET created_at = ?, updated_at = ? WHERE local_id = ?"));
    q.addBindValue(created.toMSecsSinceEpoch());
    q.addBindValue(updated.toMSecsSinceEpoch());
    q.addBindValue(localId);
    QVERIFY(q.exec());
    QCOMPARE(q.numRowsAffected(), 1);
}

void TestJournalCsv::neutralisesFormulaCells_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("plain");
    QTest::addColumn<QString>("spreadsheet");
    QTest::newRow("equals") << QStringLiteral("=HYPERLINK(\"x\")") << QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"")
                            << QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"");
    QTest::newRow("plus") << QStringLiteral("+54 11") << QStringLiteral("'+54 11") << QStringLiteral("'+54 11");
    QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3") << QStringLiteral("'-2+3");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("carriage return") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"")
                                     << QStringLiteral("\"'\r=1\"");
    QTest::newRow("inside is harmless") << QStringLiteral("a=b") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("semicolon") << QStringLiteral("a;b") << QStringLiteral("a;b") << QStringLiteral("\"a;b\"");
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"") << QStringLiteral("\"a,b\"");
    QTest::newRow("empty") << QString() << QString() << QString();
}

void TestJournalCsv::neutralisesFormulaCells()
{
    QFETCH(QString, value);
    QFETCH(QString, plain);
    QFETCH(QString, spreadsheet);
    QCOMPARE(CsvFormat().text(value), plain);
    QCOMPARE(CsvFormat(CsvFormat::Style::Spreadsheet, QLocale(QLocale::Spanish, QLocale::Argentina)).text(value),
             spreadsheet);
}

void TestJournalCsv::plainExportIsUnchangedButNeutralised()
{
    const QDateTime t0(QDate(2026, 3, 14), QTime(15, 9, 26), Qt::UTC);
    const qint64 a = sale(QStringLiteral("=1+2"), 123450, QStringLiteral("@Caja"), true);
    setTimes(a, t0, t0.addSecs(2));
    const QByteArray csv = exportWith({}, CsvFormat());
    const QByteArray expected =
        "local_id,created_at,updated_at,terminal,card_type,amount,description,state,order_id,payment_id,"
        "payment_status,external_reference,payer_email,last_error\r\n"
        "1,2026-03-14T15:09:26Z,2026-03-14T15:09:28Z,'@Caja,credit,1234.50,'=1+2,approved,701,9001,approved,,,\r\n";
    QCOMPARE(csv, expected);
    // The default format is the plain one.
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(m_journal->exportCsv({}, &buffer).ok());
    QCOMPARE(buffer.data(), expected);
}

void TestJournalCsv::spreadsheetExport()
{
    // Local times: 15:09:26 UTC is shown in the local zone, whatever it is.
    const QDateTime t0(QDate(2026, 3, 14), QTime(15, 9, 26), Qt::UTC);
    const qint64 a = sale(QStringLiteral("Té; \"verde\""), 123450, QStringLiteral("Mostrador Ñandú"), true);
    setTimes(a, t0, t0.addSecs(2));
    const qint64 b = sale(QStringLiteral("-Descuento"), 5, QStringLiteral("Caja 1"), false);
    QVERIFY(m_journal->markFailed(b, QStringLiteral("no terminal")).ok());
    setTimes(b, t0.addSecs(60), t0.addSecs(61));

    const QByteArray csv =
        exportWith({}, CsvFormat(CsvFormat::Style::Spreadsheet, QLocale(QLocale::Spanish, QLocale::Argentina)));
    QVERIFY2(csv.startsWith("\xEF\xBB\xBF"), csv.left(8).toHex().constData());
    const QStringList lines = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"));
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(3), QString());
    QCOMPARE(lines.at(0), QStringLiteral("Sale number;Time;Last change;Terminal;Card;Amount;Description;State;"
                                         "Order ID;Payment ID;Payment status;External reference;Payer's e-mail;"
                                         "Last error"));
    const QString local = t0.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    const QString localLater = t0.addSecs(2).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QCOMPARE(lines.at(2), QStringLiteral("1;%1;%2;Mostrador Ñandú;Credit card;1234,50;\"Té; \"\"verde\"\"\";Paid;"
                                         "701;9001;approved;;;")
                              .arg(local, localLater));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("2;")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).contains(QStringLiteral(";Caja 1;Credit card;0,05;'-Descuento;Not sent;;;;;;no terminal")),
             qPrintable(lines.at(1)));

    // An English locale keeps its decimal point; the separator stays ';'.
    const QByteArray english = exportWith({}, CsvFormat(CsvFormat::Style::Spreadsheet, QLocale(QLocale::English)));
    QVERIFY(english.contains(";1234.50;"));
}

void TestJournalCsv::spreadsheetRefundTable()
{
    const qint64 paid = sale(QStringLiteral("Mate"), 8000, QStringLiteral("Caja 1"), true);
    const qint64 refund =
        m_journal->recordRefund(paid, Money::fromCents(3025), QStringLiteral("=bad; reason"), QStringLiteral("Ana"));
    QVERIFY(refund > 0);
    RefundInfo info;
    info.id = RefundRef::fromNumber(71);
    info.amount = Money::fromCents(3025);
    info.state = RefundState::Done;
    info.rawStatus = QStringLiteral("approved");
    QVERIFY(m_journal->recordRefundResult(refund, info).ok());

    const QByteArray csv =
        exportWith({}, CsvFormat(CsvFormat::Style::Spreadsheet, QLocale(QLocale::Portuguese, QLocale::Brazil)));
    const QStringList lines = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"));
    const qsizetype blank = lines.indexOf(QString());
    QCOMPARE(blank, qsizetype(2));
    QCOMPARE(lines.at(blank + 1), QStringLiteral("Refund number;Sale number;Refund ID;Time;Last change;Amount;State;"
                                                 "Requested by;Reason;Last error"));
    const QStringList cells = lines.at(blank + 2).split(QLatin1Char(';'));
    QCOMPARE(cells.at(0), QString::number(refund));
    QCOMPARE(cells.at(1), QString::number(paid));
    QCOMPARE(cells.at(2), QStringLiteral("71"));
    QVERIFY2(!cells.at(3).contains(QLatin1Char('T')) && !cells.at(3).endsWith(QLatin1Char('Z')), qPrintable(cells.at(3)));
    QCOMPARE(cells.at(5), QStringLiteral("30,25"));
    QCOMPARE(cells.at(6), QStringLiteral("Done"));
    QCOMPARE(cells.at(7), QStringLiteral("Ana"));
    QVERIFY2(lines.at(blank + 2).endsWith(QStringLiteral(";Ana;\"'=bad; reason\";")), qPrintable(lines.at(blank + 2)));
    // The sale's state is shown as the window shows it.
    QVERIFY2(lines.at(1).contains(QStringLiteral(";Partly refunded;")), qPrintable(lines.at(1)));

    // The plain refund table neutralises too, and keeps its names.
    const QByteArray plain = exportWith({}, CsvFormat());
    QVERIFY2(plain.contains(",30.25,done,Ana,'=bad; reason,\r\n"), plain.constData());
}

void TestJournalCsv::styleKeysAndDefaults()
{
    QCOMPARE(CsvFormat::styleFromKey(QStringLiteral(" Spreadsheet ")), CsvFormat::Style::Spreadsheet);
    QCOMPARE(CsvFormat::styleFromKey(QStringLiteral("plain")), CsvFormat::Style::Plain);
    QVERIFY(!CsvFormat::styleFromKey(QStringLiteral("excel")).has_value());
    QCOMPARE(CsvFormat::key(CsvFormat::Style::Spreadsheet), QStringLiteral("spreadsheet"));
    QCOMPARE(CsvFormat::defaultFor(QStringLiteral("es")), CsvFormat::Style::Spreadsheet);
    QCOMPARE(CsvFormat::defaultFor(QStringLiteral("pt_BR")), CsvFormat::Style::Spreadsheet);
    QCOMPARE(CsvFormat::defaultFor(QStringLiteral("en")), CsvFormat::Style::Plain);
    QCOMPARE(CsvFormat().preamble(), QByteArray());
    QCOMPARE(CsvFormat().separator(), QLatin1Char(','));
}

void TestJournalCsv::settingFollowsTheLanguageUntilChosen()
{
    Settings settings(m_dir->filePath(QStringLiteral("s.ini")));
    QVERIFY(!settings.hasCsvFormat());
    QVERIFY(settings.csvForSpreadsheets(QStringLiteral("es")));
    QVERIFY(settings.csvForSpreadsheets(QStringLiteral("pt_BR")));
    QVERIFY(!settings.csvForSpreadsheets(QStringLiteral("en")));
    settings.setCsvForSpreadsheets(false);
    QVERIFY(settings.hasCsvFormat());
    QVERIFY(!settings.csvForSpreadsheets(QStringLiteral("es")));
    settings.setCsvForSpreadsheets(true);
    settings.sync();
    Settings again(m_dir->filePath(QStringLiteral("s.ini")));
    QVERIFY(again.csvForSpreadsheets(QStringLiteral("en")));
}

void TestJournalCsv::terminalMatchIgnoresCapitalsAndAccents_data()
{
    QTest::addColumn<QString>("asked");
    QTest::addColumn<QString>("recorded");
    QTest::addColumn<bool>("match");
    QTest::newRow("accents and capitals") << QStringLiteral("mostrador nandu") << QStringLiteral("Mostrador Ñandú")
                                          << true;
    QTest::newRow("composed against decomposed")
        << QStringLiteral("MOSTRADOR ÑANDÚ") << QStringLiteral("Mostrador N\u0303andu\u0301") << true;
    QTest::newRow("spaces") << QStringLiteral("  caja   1 ") << QStringLiteral("Caja 1") << true;
    QTest::newRow("another number") << QStringLiteral("Caja 1") << QStringLiteral("Caja 10") << false;
    QTest::newRow("part of a name") << QStringLiteral("Mostrador") << QStringLiteral("Mostrador Ñandú") << false;
    QTest::newRow("empty asks nothing") << QString() << QString() << false;
}

void TestJournalCsv::terminalMatchIgnoresCapitalsAndAccents()
{
    QFETCH(QString, asked);
    QFETCH(QString, recorded);
    QFETCH(bool, match);
    QCOMPARE(TerminalMatch::matches(asked, recorded), match);
}

void TestJournalCsv::filterMatchesTerminalsLikeTheWindow()
{
    const qint64 a = sale(QStringLiteral("a"), 100, QStringLiteral("Mostrador Ñandú"), true);
    const qint64 b = sale(QStringLiteral("b"), 200, QStringLiteral("mostrador ñandu"), true);
    sale(QStringLiteral("c"), 400, QStringLiteral("Caja 1"), true);
    JournalFilter filter;
    filter.deviceName = QStringLiteral("mostrador nandu");
    QList<qint64> ids;
    for (const JournalEntry &e : m_journal->entries(filter))
        ids << e.localId;
    QCOMPARE(ids, (QList<qint64>{b, a}));
    QCOMPARE(m_journal->count(filter), qint64(2));
    QCOMPARE(m_journal->totals(filter).all().takenCents, qint64(300));
    QCOMPARE(exportWith(filter, CsvFormat()).count("\r\n"), 3);
    // A sale recorded later under another spelling is found too.
    const qint64 c = sale(QStringLiteral("d"), 800, QStringLiteral("MOSTRADOR NANDU"), false);
    QCOMPARE(m_journal->count(filter), qint64(3));
    QCOMPARE(m_journal->entries(filter).constFirst().localId, c);
    filter.deviceName = QStringLiteral("Caja 2");
    QCOMPARE(m_journal->count(filter), qint64(0));
    QVERIFY(m_journal->entries(filter).isEmpty());
    QVERIFY(m_journal->lastError().ok());
}

void TestJournalCsv::terminalsOnePerName()
{
    QVERIFY(m_journal->terminals().isEmpty());
    sale(QStringLiteral("a"), 100, QStringLiteral("mostrador ñandu"), true);
    sale(QStringLiteral("b"), 100, QStringLiteral("caja 2"), true);
    sale(QStringLiteral("c"), 100, QStringLiteral("Mostrador Ñandú"), true);
    sale(QStringLiteral("d"), 100, QStringLiteral("Caja 1"), true);
    // One per name, spelt as on its most recent sale, sorted.
    QCOMPARE(m_journal->terminals(),
             (QStringList{QStringLiteral("Caja 1"), QStringLiteral("caja 2"), QStringLiteral("Mostrador Ñandú")}));
}

QTEST_GUILESS_MAIN(TestJournalCsv)
#include "tst_journalcsv.moc"
