#include "ui/FieldEdit.h"
#include "ui/PlateButton.h"
#include "ui/PlateLabel.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QImage>
#include <QTest>

/// The painted widgets that stand in for style sheets in the cashier window: their colours in each state, their
/// sizes.
class TestPlateWidgets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldBorderFollowsItsState();
    void fieldKeepsTheTextInsideTheBorder();
    void buttonPaintsItsLookInEachState();
    void buttonSizeIsTextPlusPaddingAndBorder();
    void labelPaintsItsPlateAndTextColour();

private:
    static QColor pixel(QWidget *widget, const QPoint &at)
    {
        return widget->grab().toImage().pixelColor(at);
    }
};

void TestPlateWidgets::fieldBorderFollowsItsState()
{
    QWidget window;
    auto *field = new FieldEdit(&window);
    auto *other = new FieldEdit(&window);
    field->setGeometry(10, 10, 200, 40);
    other->setGeometry(10, 60, 200, 40);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QPoint left(1, 20); // inside the 2 px border, clear of the rounded corners
    const QPoint inside(6, 20);
    other->setFocus();
    QCOMPARE(pixel(field, left), QColor(0xC4, 0xC7, 0xCC));
    QCOMPARE(pixel(field, inside), QColor(Qt::white));
    QVERIFY(!field->isInvalid());
    field->setInvalid(true);
    QVERIFY(field->isInvalid());
    QCOMPARE(pixel(field, left), Theme::errorText());
    field->setInvalid(false);
    QApplication::setActiveWindow(&window);
    field->setFocus();
    QTRY_VERIFY(field->hasFocus());
    QCOMPARE(pixel(field, left), Theme::primary());
    // A problem shows even with the focus on the field.
    field->setInvalid(true);
    QCOMPARE(pixel(field, left), Theme::errorText());
    field->setInvalid(false);
    other->setFocus();
    field->setEnabled(false);
    QCOMPARE(pixel(field, left), QColor(0xDA, 0xDC, 0xE0));
    QCOMPARE(pixel(field, inside), QColor(0xF1, 0xF3, 0xF4));
}

void TestPlateWidgets::fieldKeepsTheTextInsideTheBorder()
{
    FieldEdit field;
    const QMargins margins = field.textMargins();
    // The 2 px border plus 8 px of padding on each side; the height leaves room for the border too.
    QCOMPARE(margins.left(), 10);
    QCOMPARE(margins.right(), 10);
    QVERIFY(margins.top() >= 2 + 2);
    QVERIFY(field.sizeHint().height() >= field.fontMetrics().height() + 2 * 4);
    QVERIFY(!field.hasFrame());
}

void TestPlateWidgets::buttonPaintsItsLookInEachState()
{
    QWidget window;
    auto *button = new PlateButton(QStringLiteral("&Charge"), &window);
    auto *other = new PlateButton(QStringLiteral("Other"), &window);
    ButtonLook look;
    look.fill = Qt::white;
    look.focusFill = QColor(0xE8, 0xF0, 0xFE);
    look.disabledFill = QColor(0xEE, 0xEE, 0xEE);
    look.text = Qt::black;
    look.border = QColor(0x1E, 0x8E, 0x3E);
    look.borderWidth = 2.0;
    look.focusBorder = QColor(0x0B, 0x3D, 0x6B);
    look.focusBorderWidth = 2.0;
    button->setLook(look);
    QCOMPARE(button->look(), look);
    button->setGeometry(10, 10, 160, 40);
    other->setGeometry(10, 60, 160, 40);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    other->setFocus();
    const QPoint border(1, 20);
    const QPoint ground(4, 20);
    QCOMPARE(pixel(button, border), look.border);
    QCOMPARE(pixel(button, ground), look.fill);
    button->setFocus();
    QTRY_VERIFY(button->hasFocus());
    QCOMPARE(pixel(button, border), look.focusBorder);
    QCOMPARE(pixel(button, ground), look.focusFill);
    other->setFocus();
    button->setEnabled(false);
    QCOMPARE(pixel(button, ground), look.disabledFill);
}

void TestPlateWidgets::buttonSizeIsTextPlusPaddingAndBorder()
{
    PlateButton button(QStringLiteral("&Charge"));
    ButtonLook look = ButtonLook::primary();
    button.setLook(look);
    const QSize text = button.fontMetrics().size(Qt::TextShowMnemonic, QStringLiteral("&Charge"));
    QCOMPARE(button.sizeHint(), text + QSize(2 * look.paddingX, 2 * look.paddingY));
    look.borderWidth = 2.0;
    look.paddingX = 16;
    look.paddingY = 8;
    button.setLook(look);
    QCOMPARE(button.sizeHint(), text + QSize(2 * (16 + 2), 2 * (8 + 2)));
    QCOMPARE(button.minimumSizeHint(), button.sizeHint());
    // The primary look's words stay readable on its ground, enabled or not.
    const ButtonLook primary = ButtonLook::primary();
    QVERIFY(Theme::contrastRatio(primary.text, primary.fill) >= 4.5);
    QVERIFY(Theme::contrastRatio(primary.text, primary.hoverFill) >= 4.5);
    QVERIFY(Theme::contrastRatio(primary.disabledText, primary.disabledFill) >= 4.5);
}

void TestPlateWidgets::labelPaintsItsPlateAndTextColour()
{
    PlateLabel label(QStringLiteral("DEMO"));
    QVERIFY(!label.wordWrap());
    label.setContentsMargins(8, 2, 8, 2);
    label.resize(label.sizeHint());
    QVERIFY(label.plate().isEmpty());
    label.setPlate({QColor(0xFF, 0xD5, 0x4F), QColor(), 0.0, 4.0});
    label.setTextColor(QColor(0x3E, 0x2C, 0x00));
    QCOMPARE(label.textColor(), QColor(0x3E, 0x2C, 0x00));
    QCOMPARE(pixel(&label, QPoint(3, label.height() / 2)), QColor(0xFF, 0xD5, 0x4F));
    // The text is drawn in its colour: the darkest pixel of the label is the text's.
    const QImage image = label.grab().toImage();
    int darkest = 255 * 3;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            darkest = qMin(darkest, c.red() + c.green() + c.blue());
        }
    QCOMPARE(darkest, 0x3E + 0x2C + 0x00);
    label.setTextColor(QColor());
    QCOMPARE(label.textColor(), QApplication::palette(&label).color(QPalette::WindowText));
}

QTEST_MAIN(TestPlateWidgets)
#include "tst_platewidgets.moc"
