#pragma once

#include <QColor>
#include <QPushButton>

/// How a PlateButton looks in each of its states. An invalid hover, pressed or focus fill keeps the plain fill.
struct ButtonLook
{
    QColor fill;
    QColor hoverFill;
    QColor pressedFill;
    QColor focusFill;
    QColor disabledFill;
    QColor text;
    QColor disabledText;
    QColor border;      ///< invalid: no border (but the focus border)
    QColor focusBorder; ///< the border while the button has the focus
    qreal borderWidth = 0.0;
    qreal focusBorderWidth = 3.0;
    qreal radius = 6.0;
    int paddingX = 16; ///< between the border and the text
    int paddingY = 8;

    /// The filled blue button of the window's main action (Charge).
    static ButtonLook primary();

    bool operator==(const ButtonLook &other) const;
    bool operator!=(const ButtonLook &other) const { return !(*this == other); }
};

/// A push button painted from a ButtonLook: a rounded plate, its border and the text with its Alt letter (no icon).
/// The cashier window's buttons are painted rather than styled with a style sheet, which would make Qt
/// polish them through its style sheet engine before the window's first frame.
class PlateButton : public QPushButton
{
    Q_OBJECT

public:
    explicit PlateButton(const QString &text, QWidget *parent = nullptr);

    void setLook(const ButtonLook &look);
    ButtonLook look() const { return m_look; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    ButtonLook m_look;
};
