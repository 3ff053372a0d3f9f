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
