#include "ui/Surfaces.h"

#include <QPainter>

void Ground::paintEvent(QPaintEvent *)
{
    // Painted rather than a palette, which every child would inherit.
    QPainter(this).fillRect(rect(), QColor(0xF1, 0xF3, 0xF4));
}

Card::Card(QWidget *parent) : QFrame(parent)
{
    // Inside the border, as a 1 px frame would be.
    setContentsMargins(1, 1, 1, 1);
}

void Card::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0xDA, 0xDC, 0xE0), 1));
    painter.setBrush(Qt::white);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 9.5, 9.5);
}

void Plate::paint(QPainter &painter, const QRect &rect) const
{
    if (isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const bool bordered = border.isValid() && borderWidth > 0;
    painter.setPen(bordered ? QPen(border, borderWidth) : QPen(Qt::NoPen));
    painter.setBrush(fill.isValid() ? QBrush(fill) : QBrush(Qt::NoBrush));
    // The pen is centred on the path: half of it inside the rectangle.
    const qreal inset = bordered ? borderWidth / 2.0 : 0.0;
    painter.drawRoundedRect(QRectF(rect).adjusted(inset, inset, -inset, -inset), qMax(0.0, radius - inset),
                            qMax(0.0, radius - inset));
    painter.restore();
}
