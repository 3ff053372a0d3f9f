// pointdesk-cli receipt: a paid sale's receipt as text, --json and --pdf (in-process, over a journal the test writes),
// refusals for a sale that was not paid or does not exist, and the real binary writing a PDF with no display at all.
#include "../print/ReceiptPdfTools.h"
#include "cli/CliApp.h"
#include "cli/CliFonts.h"
#include "cli/ExitCodes.h"
#include "store/OrderJournal.h"
#include "store/Settings.h"
#include "support/InProcessCli.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestCliReceipt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void textOfAPaidSale();
    void jsonWithRefundsAndNet();
    void pdfOnTheChosenPaper();
    void notPaidNotFoundAndBadInput();
    void fontsOnlyForAPdf();
    void binaryWritesAPdfWithoutADisplay();

private:
    QByteArray run(const QStringList &arguments, int *exitCode, QByteArray *errors = nullptr);

    QTemporaryDir m_home;
    QString m_journalPath;
    qint64 m_paid = 0;
    qint64 m_refunded = 0;
    qint64 m_declined = 0;
};

void TestCliReceipt::initTestCase()
{
    QVERIFY(m_home.isValid());
    RECEIPT_REQUIRE_POPPLER();
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/pointdesk-clireceipt-test");
    m_journalPath = m_home.filePath(QStringLiteral("journal.sqlite"));

    Settings settings;
    ShopDetails shop;
    shop.name = QStringLiteral("Kiosco Central");
    shop.address = QStringLiteral("San Martin 55\nRosario");
    shop.taxId = QStringLiteral("20-11111111-2");
    shop.paperKey = QStringLiteral("roll80");
    QVERIFY(settings.setShopDetails(shop));
    settings.setCurrency(QStringLiteral("ARS"));
    settings.sync();

    OrderJournal journal;
    QVERIFY(journal.open(m_journalPath).ok());
    const auto sale = [&journal](qint64 cents, OrderState state, const QString &description) {
        OrderRequest request;
        request.amount = Money::fromCents(cents);
        request.description = description;
        request.deviceName = QStringLiteral("Caja 2");
        request.cardType = CardType::Debit;
        const qint64 id = journal.recordNew(request, QStringLiteral("orders"));
        journal.attachOrderId(id, OrderRef(QStringLiteral("ORD01K%1").arg(id)));
        OrderInfo info;
        info.state = state;
        if (OrderStates::wasPaid(state)) {
            info.paymentId = PaymentRef(QStringLiteral("PAY01K%1").arg(id));
            info.cardBrand = QStringLiteral("debmaster");
            info.lastDigits = QStringLiteral("0001");
            info.installments = 1;
        }
        journal.recordState(id, info);
        return id;
    };
    m_paid = sale(99900, OrderState::Approved, QStringLiteral("Alfajores x12"));
    m_refunded = sale(50000, OrderState::Approved, QStringLiteral("Gaseosa"));
    m_declined = sale(1000, OrderState::Rejected, QStringLiteral("Chicle"));
    const qint64 r = journal.recordRefund(m_refunded, Money::fromCents(12345), QStringLiteral("roto"), {});
    RefundInfo info;
    info.id = RefundRef(QStringLiteral("REF01K1"));
    info.amount = Money::fromCents(12345);
    info.state = RefundState::Done;
    info.rawStatus = QStringLiteral("approved");
    QVERIFY(r > 0 && journal.recordRefundResult(r, info).ok());
    journal.close();
}

QByteArray TestCliReceipt::run(const QStringList &arguments, int *exitCode, QByteArray *errors)
{
    const InProcessCli::Result result =
        InProcessCli::run(arguments, m_journalPath, QStringLiteral("PointDesk-clireceipt-test"));
    *exitCode = result.exitCode;
    if (errors)
        *errors = result.err;
    return result.out;
}

void TestCliReceipt::textOfAPaidSale()
{
    int code = -1;
    const QString text = QString::fromUtf8(run({QStringLiteral("receipt"), QString::number(m_paid)}, &code));
    QCOMPARE(code, CliExit::Success);
    for (const QString &part :
         {QStringLiteral("Kiosco Central"), QStringLiteral("Rosario"), QStringLiteral("20-11111111-2"),
          QStringLiteral("Receipt: sale %1").arg(m_paid), QStringLiteral("Alfajores x12"), QStringLiteral("999"),
          QStringLiteral("Mastercard Debit ending 0001, 1 installment"), QStringLiteral("PAY01K%1").arg(m_paid),
          QStringLiteral("Caja 2"), QStringLiteral("Debit card")})
        QVERIFY2(text.contains(part), qPrintable(part + QStringLiteral(" not in:\n") + text));
    QVERIFY(!text.contains(QStringLiteral("Net")));
}

void TestCliReceipt::jsonWithRefundsAndNet()
{
    int code = -1;
    const QJsonObject doc =
        QJsonDocument::fromJson(
            run({QStringLiteral("--json"), QStringLiteral("receipt"), QString::number(m_refunded)}, &code))
            .object();
    QCOMPARE(code, CliExit::Success);
    QCOMPARE(doc.value(QStringLiteral("sale")).toInteger(), m_refunded);
    QCOMPARE(doc.value(QStringLiteral("amount_cents")).toInteger(), 50000);
    QCOMPARE(doc.value(QStringLiteral("refunded_cents")).toInteger(), 12345);
    QCOMPARE(doc.value(QStringLiteral("net")).toString(), QStringLiteral("376.55"));
    QCOMPARE(doc.value(QStringLiteral("state")).toString(), QStringLiteral("partly_refunded"));
    QCOMPARE(doc.value(QStringLiteral("refunds")).toArray().size(), 1);
    QCOMPARE(doc.value(QStringLiteral("refunds")).toArray().at(0).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("done"));
    QCOMPARE(doc.value(QStringLiteral("shop")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Kiosco Central"));
    QCOMPARE(doc.value(QStringLiteral("currency")).toString(), QStringLiteral("ARS"));
}

void TestCliReceipt::pdfOnTheChosenPaper()
{
    QTemporaryDir dir;
    const QString roll = dir.filePath(QStringLiteral("roll.pdf"));
    int code = -1;
    run({QStringLiteral("receipt"), QString::number(m_refunded), QStringLiteral("--pdf"), roll}, &code);
    QCOMPARE(code, CliExit::Success);
    const QString text = ReceiptPdfTools::text(roll);
    QVERIFY2(text.contains(QStringLiteral("Kiosco Central")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Gaseosa")));
    QVERIFY(text.contains(QStringLiteral("123")) && text.contains(QStringLiteral("376")));
    // The card wraps on the narrow roll: compared without the layout's spaces and line breaks.
    QString flat = text;
    flat.remove(QRegularExpression(QStringLiteral("\\s+")));
    QVERIFY2(flat.contains(QStringLiteral("MastercardDebitending0001,1installment")), qPrintable(text));
    // The Preferences' paper: the 80 mm roll.
    QVERIFY(qAbs(ReceiptPdfTools::pageSizePt(roll).width() / 72.0 * 25.4 - 80.0) < 0.5);

    const QString a4 = dir.filePath(QStringLiteral("a4.pdf"));
    const QJsonObject doc =
        QJsonDocument::fromJson(run({QStringLiteral("--json"), QStringLiteral("receipt"), QString::number(m_paid),
                                     QStringLiteral("--pdf"), a4, QStringLiteral("--paper"), QStringLiteral("A4")},
                                    &code))
            .object();
    QCOMPARE(code, CliExit::Success);
    QCOMPARE(doc.value(QStringLiteral("paper")).toString(), QStringLiteral("a4"));
    QVERIFY(qAbs(ReceiptPdfTools::pageSizePt(a4).width() / 72.0 * 25.4 - 210.0) < 0.5);
    QVERIFY(ReceiptPdfTools::text(a4).contains(QStringLiteral("Alfajores x12")));
}

void TestCliReceipt::notPaidNotFoundAndBadInput()
{
    int code = -1;
    QByteArray err;
    QJsonObject doc =
        QJsonDocument::fromJson(
            run({QStringLiteral("--json"), QStringLiteral("receipt"), QString::number(m_declined)}, &code, &err))
            .object();
    QCOMPARE(code, CliExit::InvalidInput);
    QCOMPARE(doc.value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("not_paid"));
    QCOMPARE(doc.value(QStringLiteral("state")).toString(), QStringLiteral("rejected"));
    QVERIFY2(QString::fromUtf8(err).contains(QStringLiteral("has no receipt")), err.constData());

    doc = QJsonDocument::fromJson(
              run({QStringLiteral("--json"), QStringLiteral("receipt"), QStringLiteral("9999")}, &code))
              .object();
    QCOMPARE(code, CliExit::InvalidInput);
    QCOMPARE(doc.value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("not_found"));

    run({QStringLiteral("receipt"), QStringLiteral("12a")}, &code);
    QCOMPARE(code, CliExit::InvalidInput);
    run({QStringLiteral("receipt"), QString::number(m_paid), QStringLiteral("--pdf"), QStringLiteral("x.pdf"),
         QStringLiteral("--paper"), QStringLiteral("A5")},
        &code);
    QCOMPARE(code, CliExit::InvalidInput);
    run({QStringLiteral("receipt"), QString::number(m_paid), QStringLiteral("--paper"), QStringLiteral("a4")}, &code);
    QCOMPARE(code, CliExit::Usage);
    run({QStringLiteral("receipt")}, &code);
    QCOMPARE(code, CliExit::Usage);
    // No file written for a refused sale.
    QTemporaryDir dir;
    run({QStringLiteral("receipt"), QString::number(m_declined), QStringLiteral("--pdf"),
         dir.filePath(QStringLiteral("no.pdf"))},
        &code);
    QCOMPARE(code, CliExit::InvalidInput);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("no.pdf"))));
}

void TestCliReceipt::fontsOnlyForAPdf()
{
    QVERIFY(CliFonts::needed(
        {QStringLiteral("receipt"), QStringLiteral("3"), QStringLiteral("--pdf"), QStringLiteral("a.pdf")}));
    QVERIFY(CliFonts::needed({QStringLiteral("receipt"), QStringLiteral("3"), QStringLiteral("--pdf=a.pdf")}));
    QVERIFY(!CliFonts::needed({QStringLiteral("receipt"), QStringLiteral("3")}));
    QVERIFY(!CliFonts::needed({QStringLiteral("history"), QStringLiteral("--all")}));
    QVERIFY(!CliFonts::needed(
        {QStringLiteral("charge"), QStringLiteral("--description"), QStringLiteral("--"), QStringLiteral("--pdf")}));
}

void TestCliReceipt::binaryWritesAPdfWithoutADisplay()
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("receipt.pdf"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("POINTDESK_JOURNAL"), m_journalPath);
    QProcess cli;
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(POINTDESK_CLI_BIN),
              {QStringLiteral("receipt"), QString::number(m_paid), QStringLiteral("--pdf"), pdf});
    QVERIFY(cli.waitForFinished(60000));
    QVERIFY2(cli.exitCode() == CliExit::Success, cli.readAllStandardError().constData());
    QVERIFY(QString::fromUtf8(cli.readAllStandardOutput()).contains(pdf));
    QVERIFY(ReceiptPdfTools::text(pdf).contains(QStringLiteral("Alfajores x12")));

    // Text needs no fonts and no GUI at all.
    cli.start(QStringLiteral(POINTDESK_CLI_BIN), {QStringLiteral("receipt"), QString::number(m_paid)});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), CliExit::Success);
    QVERIFY(QString::fromUtf8(cli.readAllStandardOutput()).contains(QStringLiteral("Kiosco Central")));
}

QTEST_MAIN(TestCliReceipt)
#include "tst_clireceipt.moc"
