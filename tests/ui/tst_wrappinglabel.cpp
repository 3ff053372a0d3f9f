// WrappingLabel: the heights it remembers are always the ones QLabel would give now, whatever changed since.
#include "ui/WrappingLabel.h"

#include <QTest>

namespace {

// What a plain word-wrapped QLabel in the same state answers.
int plainHeight(const WrappingLabel &label, int width)
{
    QLabel plain;
    plain.setWordWrap(label.wordWrap());
    plain.setTextFormat(label.textFormat());
    plain.setFont(label.font());
    plain.setMargin(label.margin());
    plain.setIndent(label.indent());
    plain.setAlignment(label.alignment());
    plain.setContentsMargins(label.contentsMargins());
    plain.setText(label.text());
    return plain.heightForWidth(width);
}

const QString kLong = QStringLiteral("Press Enter to charge the amount on the terminal the customer holds; Esc cancels "
                                     "the order and F2 starts a new sale.");

} // namespace

class TestWrappingLabel : public QObject
{
    Q_OBJECT

private slots:
    void answersAsQLabelForEachWidth()
    {
        WrappingLabel label;
        label.setText(kLong);
        QVERIFY(label.wordWrap());
        for (int width : {120, 300, 120, 640, 300, 90, 120}) // repeats come from what it remembers
            QCOMPARE(label.heightForWidth(width), plainHeight(label, width));
        QVERIFY(label.heightForWidth(120) > label.heightForWidth(640));
    }

    void forgetsWhenWhatTheHeightDependsOnChanges()
    {
        WrappingLabel label;
        label.setText(QStringLiteral("Short"));
        const int oneLine = label.heightForWidth(200);
        QCOMPARE(oneLine, plainHeight(label, 200));

        label.setText(kLong); // setText() is not virtual: the text is compared
        QVERIFY(label.heightForWidth(200) > oneLine);
        QCOMPARE(label.heightForWidth(200), plainHeight(label, 200));

        QFont big = label.font();
        big.setPointSizeF(big.pointSizeF() * 2);
        label.setFont(big); // FontChange
        QCOMPARE(label.heightForWidth(200), plainHeight(label, 200));

        label.setMargin(20);
        QCOMPARE(label.heightForWidth(200), plainHeight(label, 200));
        label.setIndent(30);
        QCOMPARE(label.heightForWidth(200), plainHeight(label, 200));
        label.setContentsMargins(5, 40, 5, 40); // ContentsRectChange
        QCOMPARE(label.heightForWidth(200), plainHeight(label, 200));

        label.setTextFormat(Qt::RichText);
        label.setText(QStringLiteral("<p>One</p><p>Two</p><p>Three</p>"));
        QCOMPARE(label.heightForWidth(200), plainHeight(label, 200));
        label.setTextFormat(Qt::PlainText); // the same text, now one line of tags
        QCOMPARE(label.heightForWidth(200), plainHeight(label, 200));

        label.setWordWrap(false);
        QCOMPARE(label.heightForWidth(200), plainHeight(label, 200));
    }
};

QTEST_MAIN(TestWrappingLabel)
#include "tst_wrappinglabel.moc"
