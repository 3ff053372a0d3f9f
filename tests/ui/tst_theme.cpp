// The window's type ramp and its painted overflow icon: what keeps start-up free of extra font faces and of the
// image format plugins.
#include "ui/CashierStyle.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QImage>
#include <QMenuBar>
#include <QPixmap>
#include <QSet>
#include <QStyleFactory>
#include <QtTest>

class TestTheme : public QObject
{
    Q_OBJECT

private slots:
    void scaledSizesFallOnTheRamp();
    void scaledKeepsWeightAndPixelFonts();
    void overflowIconIsPainted_data();
    void overflowIconIsPainted();
    void otherIconsComeFromThePlatformStyle();
};

void TestTheme::scaledSizesFallOnTheRamp()
{
    QFont base;
    base.setPointSizeF(10.0);
    QSet<qreal> sizes;
    for (int i = 80; i <= 250; ++i)
        sizes.insert(Theme::scaled(base, i / 100.0).pointSizeF());
    QCOMPARE(sizes.size(), 6);
    QCOMPARE(Theme::scaled(base, 1.0).pointSizeF(), 10.0);
    QCOMPARE(Theme::scaled(base, 1.05).pointSizeF(), 10.0);
    QCOMPARE(Theme::scaled(base, 0.92).pointSizeF(), 9.0);
    QCOMPARE(Theme::scaled(base, 1.1).pointSizeF(), 11.5);
    QCOMPARE(Theme::scaled(base, 1.3).pointSizeF(), 13.5);
    QCOMPARE(Theme::scaled(base, 2.1).pointSizeF(), 20.0);
    QCOMPARE(Theme::scaled(base, 2.3).pointSizeF(), 24.0);
    // Never smaller than the ramp's first step, never larger than its last.
    QCOMPARE(Theme::scaled(base, 0.5).pointSizeF(), 9.0);
    QCOMPARE(Theme::scaled(base, 4.0).pointSizeF(), 24.0);
}

void TestTheme::scaledKeepsWeightAndPixelFonts()
{
    QFont pixel;
    pixel.setPixelSize(20);
    QCOMPARE(Theme::scaled(pixel, 2.0).pixelSize(), 40);
    QCOMPARE(Theme::scaled(pixel, 1.9, QFont::Bold).pixelSize(), 40);
    QCOMPARE(Theme::scaled(pixel, 1.9, QFont::Bold).weight(), QFont::Bold);
    QFont base;
    base.setPointSizeF(10.0);
    base.setWeight(QFont::DemiBold);
    QCOMPARE(Theme::scaled(base, 1.0).weight(), QFont::DemiBold);
}

void TestTheme::overflowIconIsPainted_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("horizontal") << int(QStyle::SP_ToolBarHorizontalExtensionButton);
    QTest::newRow("vertical") << int(QStyle::SP_ToolBarVerticalExtensionButton);
}

void TestTheme::overflowIconIsPainted()
{
    QFETCH(int, which);
    CashierStyle style;
    const QIcon icon = style.standardIcon(QStyle::StandardPixmap(which));
    QVERIFY(!icon.isNull());
    const QImage image = icon.pixmap(QSize(16, 16)).toImage().convertToFormat(QImage::Format_ARGB32);
    QCOMPARE(image.size(), QSize(16, 16));
    int inked = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            inked += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
    }
    QVERIFY2(inked > 10 && inked < 16 * 16 / 2, qPrintable(QString::number(inked)));
}

void TestTheme::otherIconsComeFromThePlatformStyle()
{
    CashierStyle style;
    QVERIFY(!style.standardIcon(QStyle::SP_MessageBoxWarning).isNull());
    QCOMPARE(style.baseStyle()->name(), QApplication::style()->name());
    // A menu bar under this style gets the painted overflow icon.
    QApplication::setStyle(new CashierStyle);
    QMenuBar bar;
    QVERIFY(!bar.style()->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton).isNull());
}

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
