// Receipts: the model made from a journal entry (only for sales whose money was taken), its text and JSON, and the
// PDF read back with poppler-utils: the shop, the amount, the card and the refunds are on the page, a long
// description wraps instead of being clipped, and the 80 mm roll grows with its content.
#include "print/ReceiptDocument.h"
#include "ReceiptPdfTools.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

namespace {

const Currency kArs = *Currency::fromCode(QStringLiteral("ARS"));
const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);

JournalEntry paidEntry(OrderState state = OrderState::Approved)
{
    JournalEntry e;
    e.localId = 42;
    e.createdAt = QDateTime(QDate(2026, 3, 5), QTime(14, 7), Qt::UTC);
    e.updatedAt = e.createdAt;
    e.request.amount = Money::fromCents(125050);
    e.request.description = QStringLiteral("Yerba mate 1 kg");
    e.request.deviceName = QStringLiteral("Caja 1");
    e.request.cardType = CardType::Credit;
    e.state = state;
    e.paymentId = PaymentRef(QStringLiteral("PAY01JXYZ0042"));
    e.cardBrand = QStringLiteral("visa");
    e.lastDigits = QStringLiteral("4242");
    e.installments = 3;
    return e;
}

JournalRefund refund(qint64 id, qint64 cents, JournalRefund::State state)
{
    JournalRefund r;
    r.refundLocalId = id;
    r.saleLocalId = 42;
    r.createdAt = QDateTime(QDate(2026, 3, 6), QTime(10, 0), Qt::UTC);
    r.amount = Money::fromCents(cents);
    r.state = state;
    return r;
}

ShopDetails shop()
{
    ShopDetails s;
    s.name = QStringLiteral("Almacen Don Jose");
    s.address = QStringLiteral("Av. Corrientes 1234\nC1043 Buenos Aires");
    s.taxId = QStringLiteral("30-12345678-9");
    return s;
}

} // namespace

class TestReceipt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Dates are written in local time: fix it for the expectations.
        qputenv("TZ", "UTC");
        RECEIPT_REQUIRE_POPPLER();
    }

    void onlyForSalesWhoseMoneyWasTaken_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<bool>("receipt");
        for (OrderState s : {OrderState::Sending, OrderState::WaitingForCard, OrderState::Approved,
                             OrderState::Rejected, OrderState::Cancelled, OrderState::Failed, OrderState::Unknown,
                             OrderState::ActionRequired, OrderState::Expired, OrderState::Refunded,
                             OrderState::PartlyRefunded})
            QTest::newRow(qPrintable(OrderStates::toKey(s))) << int(s) << OrderStates::wasPaid(s);
    }

    void onlyForSalesWhoseMoneyWasTaken()
    {
        QFETCH(int, state);
        QFETCH(bool, receipt);
        QString refusal;
        const std::optional<Receipt> r = Receipt::from(paidEntry(OrderState(state)), {}, shop(), &refusal);
        QCOMPARE(r.has_value(), receipt);
        if (receipt) {
            QVERIFY(refusal.isEmpty());
            QCOMPARE(r->state, OrderState(state));
        } else {
            QVERIFY2(refusal.contains(QStringLiteral("Sale 42 has no receipt")), qPrintable(refusal));
            QVERIFY2(refusal.contains(OrderStates::displayName(OrderState(state)).toLower()), qPrintable(refusal));
        }
    }

    void paidSaleWithoutRefunds()
    {
        const Receipt r = *Receipt::from(paidEntry(), {}, shop());
        QCOMPARE(r.saleNumber, qint64(42));
        QCOMPARE(r.net(), Money::fromCents(125050));
        QVERIFY(r.refunds.isEmpty());
        const QString text = r.toText(kEnglish, kArs);
        QVERIFY2(text.contains(QStringLiteral("Almacen Don Jose")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("C1043 Buenos Aires")));
        QVERIFY(text.contains(QStringLiteral("Tax id: 30-12345678-9")));
        QVERIFY(text.contains(QStringLiteral("Receipt: sale 42")));
        QVERIFY(text.contains(QStringLiteral("$1,250.50")));
        QVERIFY(text.contains(QStringLiteral("Visa ending 4242, 3 installments")));
        QVERIFY(text.contains(QStringLiteral("PAY01JXYZ0042")));
        QVERIFY(text.contains(QStringLiteral("Caja 1")));
        QVERIFY(text.contains(QStringLiteral("3/5/26 2:07")));
        QVERIFY(!text.contains(QStringLiteral("Net")));
        for (const QString &line : text.split(QLatin1Char('\n')))
            QVERIFY2(line.size() <= 48, qPrintable(line));
    }

    void textWrapsALongDescription()
    {
        JournalEntry e = paidEntry();
        e.request.description = QStringLiteral("Three kilos of yerba mate, a thermos and two gourds with silver rims "
                                               "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZ");
        const QString text = Receipt::from(e, {}, shop())->toText(kEnglish, kArs, 40);
        for (const QString &line : text.split(QLatin1Char('\n')))
            QVERIFY2(line.size() <= 40, qPrintable(line));
        QString flat = text;
        flat.remove(QRegularExpression(QStringLiteral("\\s+")));
        QVERIFY2(flat.contains(QStringLiteral("DescriptionThreekilosofyerbamate,athermosandtwogourdswithsilverrims"
                                              "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZ")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("\nDescription\n  Three kilos of yerba mate, a thermos\n  and two gourds with silver rims\n")));
    }

    void refundsAndTheNet()
    {
        const QList<JournalRefund> refunds{refund(1, 25050, JournalRefund::State::Done),
                                           refund(2, 10000, JournalRefund::State::Failed),
                                           refund(3, 5000, JournalRefund::State::Pending),
                                           refund(4, 700, JournalRefund::State::Rejected)};
        JournalEntry e = paidEntry();
        e.refunded = Money::fromCents(30050); // what holds money: done and pending
        const Receipt r = *Receipt::from(e, refunds, shop());
        QCOMPARE(r.state, OrderState::PartlyRefunded);
        QCOMPARE(r.refunds.size(), 2); // failed and rejected refunds gave nothing back
        QCOMPARE(r.refunded, Money::fromCents(25050));
        QCOMPARE(r.refunding, Money::fromCents(5000));
        QCOMPARE(r.net(), Money::fromCents(100000));
        const QString text = r.toText(kEnglish, kArs);
        QVERIFY2(text.contains(QStringLiteral("Refund 3/6/26 10:00 AM (done)")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("-$250.50")));
        QVERIFY(text.contains(QStringLiteral("(being processed)")));
        QVERIFY(text.contains(QStringLiteral("$1,000.00")));

        const QJsonObject json = r.toJson(kArs);
        QCOMPARE(json.value(QStringLiteral("net_cents")).toInteger(), 100000);
        QCOMPARE(json.value(QStringLiteral("net")).toString(), QStringLiteral("1000.00"));
        QCOMPARE(json.value(QStringLiteral("refunds")).toArray().size(), 2);
        QCOMPARE(json.value(QStringLiteral("payment_id")).toString(), QStringLiteral("PAY01JXYZ0042"));
        QCOMPARE(json.value(QStringLiteral("last_digits")).toString(), QStringLiteral("4242"));
        QCOMPARE(json.value(QStringLiteral("currency")).toString(), QStringLiteral("ARS"));
    }

    void refundedByTheApiGaveTheWholeAmountBack()
    {
        // Refunded at the terminal, not through PointDesk: no refund of its own, the whole amount went back.
        const Receipt r = *Receipt::from(paidEntry(OrderState::Refunded), {}, shop());
        QCOMPARE(r.refunded, Money::fromCents(125050));
        QCOMPARE(r.net(), Money());
        QVERIFY(r.toText(kEnglish, kArs).contains(QStringLiteral("NET")));
    }

    void unknownCardIsLeftOut()
    {
        JournalEntry e = paidEntry();
        e.cardBrand.clear();
        e.lastDigits.clear();
        e.installments = 0;
        const QString text = Receipt::from(e, {}, ShopDetails())->toText(kEnglish, kArs);
        QVERIFY(!text.contains(QStringLiteral("Card ")));
        QVERIFY(text.contains(QStringLiteral("Credit card")));
        QVERIFY(text.startsWith(QStringLiteral("Receipt: sale 42"))); // no shop set: the title comes first
    }

    void pdfCarriesTheReceipt_data()
    {
        QTest::addColumn<QString>("paperKey");
        QTest::newRow("roll") << QStringLiteral("roll80");
        QTest::newRow("a4") << QStringLiteral("a4");
        QTest::newRow("letter") << QStringLiteral("letter");
    }

    void pdfCarriesTheReceipt()
    {
        QFETCH(QString, paperKey);
        const Paper paper = PaperSizes::fromKey(paperKey);
        JournalEntry e = paidEntry();
        e.refunded = Money::fromCents(25050);
        const Receipt r = *Receipt::from(e, {refund(1, 25050, JournalRefund::State::Done)}, shop());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("receipt.pdf"));
        QString error;
        QVERIFY2(ReceiptDocument(r, paper, kEnglish, kArs).writePdf(path, &error), qPrintable(error));
        const QString text = ReceiptPdfTools::text(path);
        QVERIFY2(!text.isEmpty(), "no text from pdftotext (poppler-utils, in .ci/deps)");
        QVERIFY2(text.contains(QStringLiteral("Almacen Don Jose")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("30-12345678-9")));
        QVERIFY(text.contains(QStringLiteral("$1,250.50")));
        QVERIFY(text.contains(QStringLiteral("Visa ending 4242")));
        QVERIFY(text.contains(QStringLiteral("PAY01JXYZ0042")));
        QVERIFY(text.contains(QStringLiteral("-$250.50")));
        QVERIFY(text.contains(QStringLiteral("(done)")));
        QVERIFY(text.contains(QStringLiteral("$1,000.00"))); // the net
        QCOMPARE(ReceiptPdfTools::pages(path), 1);
        const QSizeF page = ReceiptPdfTools::pageSizePt(path);
        const QSizeF expected = PaperSizes::isRoll(paper) ? QSizeF(80.0, 0) : PaperSizes::pageSize(paper).size(QPageSize::Millimeter);
        QVERIFY2(qAbs(page.width() / 72.0 * 25.4 - expected.width()) < 0.5, qPrintable(QString::number(page.width())));
        if (!PaperSizes::isRoll(paper))
            QVERIFY(qAbs(page.height() / 72.0 * 25.4 - expected.height()) < 0.5);
    }

    void longDescriptionWrapsAndTheRollGrows()
    {
        const Receipt shortOne = *Receipt::from(paidEntry(), {}, shop());
        JournalEntry e = paidEntry();
        // Words, then one word longer than the column: all of it stays on the page.
        e.request.description = QStringLiteral("Three kilos of yerba mate, a thermos, two gourds with silver "
                                               "rims and a bombilla for the shop on the corner ")
                                + QStringLiteral("Supercalifragilisticexpialidocious0123456789");
        QList<JournalRefund> refunds;
        for (int i = 1; i <= 6; ++i)
            refunds << refund(i, 1000, JournalRefund::State::Done);
        e.refunded = Money::fromCents(6000);
        const Receipt longOne = *Receipt::from(e, refunds, shop());

        QTemporaryDir dir;
        const QString shortPath = dir.filePath(QStringLiteral("short.pdf"));
        const QString longPath = dir.filePath(QStringLiteral("long.pdf"));
        QVERIFY(ReceiptDocument(shortOne, Paper::Roll80mm, kEnglish, kArs).writePdf(shortPath));
        QVERIFY(ReceiptDocument(longOne, Paper::Roll80mm, kEnglish, kArs).writePdf(longPath));
        const QSizeF shortPage = ReceiptPdfTools::pageSizePt(shortPath);
        const QSizeF longPage = ReceiptPdfTools::pageSizePt(longPath);
        QVERIFY2(shortPage.isValid() && longPage.isValid(), "no page size from pdfinfo (poppler-utils, in .ci/deps)");
        QVERIFY2(longPage.height() > shortPage.height() + 20, qPrintable(QStringLiteral("%1 %2")
                                                                             .arg(shortPage.height())
                                                                             .arg(longPage.height())));
        QCOMPARE(ReceiptPdfTools::pages(longPath), 1);

        // The page is as long as the measured content plus the margins.
        QPdfWriter probe(dir.filePath(QStringLiteral("probe.pdf")));
        probe.setResolution(600);
        const ReceiptDocument longDocument(longOne, Paper::Roll80mm, kEnglish, kArs);
        const double contentMm = longDocument.contentHeightMm(&probe);
        QVERIFY(contentMm > 100);
        QVERIFY2(qAbs(longPage.height() / 72.0 * 25.4 - (contentMm + 8.0)) < 1.0,
                 qPrintable(QStringLiteral("%1 mm for %2 mm").arg(longPage.height() / 72.0 * 25.4).arg(contentMm)));

        // Every word made it onto the page (wrapped, so compared without the layout's line breaks and spaces).
        QString flat = ReceiptPdfTools::text(longPath);
        flat.remove(QRegularExpression(QStringLiteral("\\s+")));
        for (const QString &word : {QStringLiteral("yerbamate"), QStringLiteral("silverrims"),
                                    QStringLiteral("shoponthecorner"), QStringLiteral("0123456789"),
                                    QStringLiteral("Supercalifragilistic")})
            QVERIFY2(flat.contains(word), qPrintable(word + QStringLiteral(" missing from ") + flat));
        QCOMPARE(flat.count(QStringLiteral("-$10.00")), 6);
    }

    void unwritableFileSaysSo()
    {
        const Receipt r = *Receipt::from(paidEntry(), {}, shop());
        QString error;
        QVERIFY(!ReceiptDocument(r, Paper::A4, kEnglish, kArs)
                     .writePdf(QStringLiteral("/nonexistent-folder/receipt.pdf"), &error));
        QVERIFY2(error.contains(QStringLiteral("/nonexistent-folder/receipt.pdf")), qPrintable(error));
    }
};

QTEST_MAIN(TestReceipt)
#include "tst_receipt.moc"
