#include "core/SafeText.h"

#include <QTest>

class TestSafeText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forDisplay_data();
    void forDisplay();
    void cutsWithinTheBound();
    void isClean();
};

void TestSafeText::forDisplay_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<bool>("keepLines");
    QTest::addColumn<QString>("out");

    QTest::newRow("plain") << QStringLiteral("Caja 1/ñ €") << false << QStringLiteral("Caja 1/ñ €");
    QTest::newRow("escape sequence") << QStringLiteral("a\x1b[2Jb\x07") << false << QStringLiteral("a[2Jb");
    QTest::newRow("nul and del") << QStringView(u"a\u0000b\u007fc", 5).toString() << false << QStringLiteral("abc");
    QTest::newRow("c1") << QString::fromUtf16(u"a\u0085b\u009bc\u0080") << false << QStringLiteral("abc");
    QTest::newRow("bidi") << QString::fromUtf16(
                                 u"\u202aa\u202b\u202c\u202d\u202eb\u2066\u2067\u2068\u2069\u200e\u200f\u061cc")
                          << false << QStringLiteral("abc");
    QTest::newRow("carriage return") << QStringLiteral("paid\rrefused") << true << QStringLiteral("paidrefused");
    QTest::newRow("lines kept") << QStringLiteral("one\ntwo\tthree") << true << QStringLiteral("one\ntwo\tthree");
    QTest::newRow("lines joined") << QStringLiteral("one\ntwo\tthree") << false << QStringLiteral("one two three");
    QTest::newRow("emoji pair") << QString::fromUtf16(u"a\U0001F600b") << false << QString::fromUtf16(u"a\U0001F600b");
    QTest::newRow("lone surrogate") << QString::fromUtf16(u"a") + QChar(0xd800) + QStringLiteral("b") << false
                                    << QString::fromUtf16(u"a\uFFFDb");
    QTest::newRow("arabic and hebrew stay")
        << QString::fromUtf16(u"\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627") << false
        << QString::fromUtf16(u"\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627");
}

void TestSafeText::forDisplay()
{
    QFETCH(QString, in);
    QFETCH(bool, keepLines);
    QFETCH(QString, out);
    QCOMPARE(SafeText::forDisplay(in, 1000, keepLines ? SafeText::Lines::Keep : SafeText::Lines::Single), out);
}

void TestSafeText::cutsWithinTheBound()
{
    const QString huge(300 * 1024, QLatin1Char('x'));
    const QString cut = SafeText::forDisplay(huge, 100);
    QCOMPARE(cut.size(), 100);
    QVERIFY(cut.endsWith(QChar(0x2026)));
    // Exactly at the bound: nothing cut.
    QCOMPARE(SafeText::forDisplay(QString(100, QLatin1Char('y')), 100), QString(100, QLatin1Char('y')));
    // A surrogate pair is never split by the cut.
    QString pairs;
    for (int i = 0; i < 60; ++i)
        pairs += QString::fromUtf16(u"\U0001F600");
    const QString pairsCut = SafeText::forDisplay(pairs, 101);
    QVERIFY(pairsCut.size() <= 101);
    for (qsizetype i = 0; i + 1 < pairsCut.size(); ++i) {
        if (pairsCut.at(i).isHighSurrogate())
            QVERIFY(pairsCut.at(++i).isLowSurrogate());
        else
            QVERIFY(!pairsCut.at(i).isLowSurrogate());
    }
}

void TestSafeText::isClean()
{
    QVERIFY(SafeText::isClean(QStringLiteral("NEWLAND_N950__SBX0000001"), 100));
    QVERIFY(!SafeText::isClean(QStringLiteral("NEWLAND\x1b"), 100));
    QVERIFY(!SafeText::isClean(QString::fromUtf16(u"PAX\u202e"), 100));
    QVERIFY(!SafeText::isClean(QStringLiteral("a\nb"), 100));
    QVERIFY(!SafeText::isClean(QString(101, QLatin1Char('z')), 100));
}

QTEST_GUILESS_MAIN(TestSafeText)
#include "tst_safetext.moc"
