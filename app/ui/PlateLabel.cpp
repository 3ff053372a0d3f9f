#include "ui/PlateLabel.h"

#include "ui/Theme.h"

#include <QPainter>

PlateLabel::PlateLabel(QWidget *parent) : WrappingLabel(parent)
{
    setWordWrap(false);
}

PlateLabel::PlateLabel(const QString &text, QWidget *parent) : PlateLabel(parent)
{
    setText(text);
}

void PlateLabel::setPlate(const Plate &plate)
{
    if (plate == m_plate)
        return;
    m_plate = plate;
    update();
}

void PlateLabel::setTextColor(const QColor &color)
{
    Theme::setTextColor(this, color);
}

QColor PlateLabel::textColor() const
{
    return palette().color(QPalette::WindowText);
}

void PlateLabel::paintEvent(QPaintEvent *event)
{
    if (!m_plate.isEmpty()) {
        QPainter painter(this);
        m_plate.paint(painter, rect());
    }
    WrappingLabel::paintEvent(event);
}
