// The window's type ramp and its painted overflow icon: what keeps start-up free of extra font faces and of the
// image format plugins.
#include "ui/CashierStyle.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QImage>
#include <QLineEdit>
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
    void contrastRatioFollowsWcag();
    void textColoursAreReadable();
    void smallestTextIsTwelvePixels();
    // Last: it sets the application's style.
    void placeholdersAreReadable();
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

void TestTheme::contrastRatioFollowsWcag()
{
    QCOMPARE(qRound(Theme::contrastRatio(Qt::black, Qt::white) * 100), 2100);
    QCOMPARE(Theme::contrastRatio(Qt::white, Qt::white), 1.0);
    // Order does not matter; #767676 on white is the classic 4.54:1.
    QCOMPARE(qRound(Theme::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454);
    QCOMPARE(Theme::contrastRatio(Qt::white, QColor(0x76, 0x76, 0x76)),
             Theme::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white));
    // Mercado Pago's own blue under white text: 3.0:1, what the header used to be.
    QVERIFY(Theme::contrastRatio(QColor(0x00, 0x9E, 0xE3), Qt::white) < 3.1);
}

void TestTheme::textColoursAreReadable()
{
    struct Pair
    {
        const char *what;
        QColor text;
        QColor background;
    };
    QList<Pair> pairs{
        {"header and primary button", Qt::white, Theme::primary()},
        {"primary button hovered or pressed", Qt::white, Theme::primaryDark()},
        {"disabled primary button", Theme::disabledButtonText(), Theme::disabledButtonBackground()},
        {"error text", Theme::errorText(), Qt::white},
        {"muted text", Theme::mutedText(), Qt::white},
        {"muted text on the neutral panel", Theme::mutedText(), Theme::colors(Theme::Tone::Neutral).background},
        {"placeholder", Theme::placeholderText(), Qt::white},
        {"focused panel button", Theme::colors(Theme::Tone::Neutral).foreground,
         Theme::colors(Theme::Tone::Info).background},
    };
    for (const Theme::Tone tone : {Theme::Tone::Neutral, Theme::Tone::Info, Theme::Tone::Waiting, Theme::Tone::Success,
                                   Theme::Tone::Danger, Theme::Tone::Muted, Theme::Tone::Warning}) {
        const Theme::ToneColors c = Theme::colors(tone);
        pairs.append({"tone text on its panel", c.foreground, c.background});
        pairs.append({"tone text on a panel button", c.foreground, Qt::white});
        pairs.append({"error note on a tone panel", Theme::errorText(), c.background});
    }
    for (const Pair &pair : pairs) {
        const double ratio = Theme::contrastRatio(pair.text, pair.background);
        QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1: %2 on %3 is %4:1")
                                              .arg(QLatin1String(pair.what), pair.text.name(), pair.background.name())
                                              .arg(ratio, 0, 'f', 2)));
    }
}

void TestTheme::smallestTextIsTwelvePixels()
{
    // The smallest step of the ramp, from small desktop fonts in points (at 96 dpi) and in pixels.
    for (const qreal points : {7.0, 8.0, 9.0, 10.0}) {
        QFont base;
        base.setPointSizeF(points);
        const qreal pixels = Theme::scaled(base, 0.5).pointSizeF() * 96.0 / 72.0;
        QVERIFY2(pixels >= 11.99, qPrintable(QStringLiteral("%1 pt base gives %2 px").arg(points).arg(pixels)));
    }
    for (const int size : {9, 10, 11, 13}) {
        QFont base;
        base.setPixelSize(size);
        QVERIFY2(Theme::scaled(base, 0.9).pixelSize() >= 12, qPrintable(QString::number(size)));
    }
    QVERIFY(QFontInfo(Theme::scaled(QApplication::font(), 0.9)).pixelSize() >= 12);
}

void TestTheme::placeholdersAreReadable()
{
    QApplication::setStyle(new CashierStyle);
    QLineEdit edit;
    edit.setPlaceholderText(QStringLiteral("name@example.com"));
    const QPalette palette = edit.palette();
    const QColor base = palette.color(QPalette::Base);
    QColor text = palette.color(QPalette::PlaceholderText);
    // A half-transparent placeholder is seen blended over the input's background.
    const qreal a = text.alphaF();
    text = QColor::fromRgbF(text.redF() * a + base.redF() * (1 - a), text.greenF() * a + base.greenF() * (1 - a),
                            text.blueF() * a + base.blueF() * (1 - a));
    const double ratio = Theme::contrastRatio(text, base);
    QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 on %2 is %3:1").arg(text.name(), base.name()).arg(ratio)));
}

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
