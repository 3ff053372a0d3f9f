#pragma once

#include <QColor>
#include <QFrame>
#include <QWidget>

class QPainter;

/// The cashier window's surfaces, painted rather than styled: a style sheet on the window would re-polish every
/// widget in it before the first frame.

/// The light grey ground behind the cards.
class Ground : public QWidget
{
public:
    using QWidget::QWidget;

protected:
    void paintEvent(QPaintEvent *event) override;
};

/// A white card with a 1 px border and rounded corners (the terminal list, the sale form).
class Card : public QFrame
{
public:
    explicit Card(QWidget *parent);

protected:
    void paintEvent(QPaintEvent *event) override;
};

/// A rounded ground painted behind a widget's content: a fill, a border inside the rectangle, the corners' radius.
/// An invalid colour paints nothing of that part.
struct Plate
{
    QColor fill;
    QColor border;
    qreal borderWidth = 1.0;
    qreal radius = 4.0;

    bool isEmpty() const { return !fill.isValid() && !border.isValid(); }
    void paint(QPainter &painter, const QRect &rect) const;
    bool operator==(const Plate &other) const
    {
        return fill == other.fill && border == other.border && borderWidth == other.borderWidth &&
               radius == other.radius;
    }
};
