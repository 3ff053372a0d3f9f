// Paper: the keys kept in settings, the sheet and roll sizes, and their printable widths.
#include "print/Paper.h"

#include <QTest>

class TestPaper : public QObject
{
    Q_OBJECT

private slots:
    void keysRoundTrip()
    {
        for (Paper paper : {Paper::A4, Paper::Letter, Paper::Roll80mm}) {
            bool ok = false;
            QCOMPARE(PaperSizes::fromKey(PaperSizes::key(paper), &ok), paper);
            QVERIFY(ok);
        }
        bool ok = true;
        QCOMPARE(PaperSizes::fromKey(QStringLiteral("A5"), &ok), Paper::A4);
        QVERIFY(!ok);
        QCOMPARE(PaperSizes::fromKey(QStringLiteral(" Roll80 "), &ok), Paper::Roll80mm);
        QVERIFY(ok);
    }

    void sheetsHaveTheirStandardSize()
    {
        QCOMPARE(PaperSizes::pageSize(Paper::A4).id(), QPageSize::A4);
        QCOMPARE(PaperSizes::pageSize(Paper::Letter).id(), QPageSize::Letter);
        QCOMPARE(PaperSizes::pageSize(Paper::A4, 900).id(), QPageSize::A4); // a sheet ignores the content length
        QCOMPARE(PaperSizes::printableWidthMm(Paper::A4), 210.0 - 24.0);
    }

    void theRollIsAsLongAsItsContent()
    {
        const QSizeF shortReceipt = PaperSizes::pageSize(Paper::Roll80mm, 20).size(QPageSize::Millimeter);
        QCOMPARE(shortReceipt.width(), 80.0);
        QCOMPARE(shortReceipt.height(), 80.0); // never shorter than 80 mm
        const QSizeF longReceipt = PaperSizes::pageSize(Paper::Roll80mm, 200).size(QPageSize::Millimeter);
        QCOMPARE(longReceipt.height(), 208.0); // 200 mm of content and 4 mm above and below
        QCOMPARE(PaperSizes::printableWidthMm(Paper::Roll80mm), 72.0);
        QVERIFY(PaperSizes::isRoll(Paper::Roll80mm));
        QVERIFY(!PaperSizes::isRoll(Paper::Letter));
    }
};

QTEST_GUILESS_MAIN(TestPaper)
#include "tst_paper.moc"
