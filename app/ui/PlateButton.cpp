#include "ui/PlateButton.h"

#include "ui/Surfaces.h"
#include "ui/Theme.h"

#include <QEvent>
#include <QFontMetrics>
#include <QPainter>
#include <QtMath>
#include <QStyle>

ButtonLook ButtonLook::primary()
{
    ButtonLook look;
    look.fill = Theme::primary();
    look.hoverFill = Theme::primaryDark();
    look.pressedFill = Theme::primaryDark();
    look.disabledFill = Theme::disabledButtonBackground();
    look.text = Qt::white;
    look.disabledText = Theme::disabledButtonText();
    look.focusBorder = QColor(0x0B, 0x3D, 0x6B);
    look.focusBorderWidth = 3.0;
    look.radius = 6.0;
    look.paddingX = 18;
    look.paddingY = 10;
    return look;
}

bool ButtonLook::operator==(const ButtonLook &other) const
{
    return fill == other.fill && hoverFill == other.hoverFill && pressedFill == other.pressedFill &&
           focusFill == other.focusFill && disabledFill == other.disabledFill && text == other.text &&
           disabledText == other.disabledText && border == other.border && focusBorder == other.focusBorder &&
           borderWidth == other.borderWidth && focusBorderWidth == other.focusBorderWidth && radius == other.radius &&
           paddingX == other.paddingX && paddingY == other.paddingY;
}

PlateButton::PlateButton(const QString &text, QWidget *parent) : QPushButton(text, parent)
{
    setAttribute(Qt::WA_Hover);
}

void PlateButton::setLook(const ButtonLook &look)
{
    if (look == m_look)
        return;
    const bool resized = look.paddingX != m_look.paddingX || look.paddingY != m_look.paddingY ||
                         look.borderWidth != m_look.borderWidth;
    m_look = look;
    if (resized)
        updateGeometry();
    update();
}

QSize PlateButton::sizeHint() const
{
    ensurePolished();
    const QSize content = fontMetrics().size(Qt::TextShowMnemonic, text());
    const int frame = qCeil(m_look.borderWidth);
    return content + QSize(2 * (m_look.paddingX + frame), 2 * (m_look.paddingY + frame));
}

QSize PlateButton::minimumSizeHint() const
{
    return sizeHint();
}

bool PlateButton::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::HoverEnter:
    case QEvent::HoverLeave:
        update();
        break;
    default:
        break;
    }
    return QPushButton::event(event);
}

void PlateButton::paintEvent(QPaintEvent *)
{
    const bool enabled = isEnabled();
    const bool focused = hasFocus();
    Plate plate;
    plate.radius = m_look.radius;
    plate.fill = m_look.fill;
    if (!enabled && m_look.disabledFill.isValid())
        plate.fill = m_look.disabledFill;
    else if (enabled && isDown() && m_look.pressedFill.isValid())
        plate.fill = m_look.pressedFill;
    else if (enabled && focused && m_look.focusFill.isValid())
        plate.fill = m_look.focusFill;
    else if (enabled && underMouse() && m_look.hoverFill.isValid())
        plate.fill = m_look.hoverFill;
    if (focused && m_look.focusBorder.isValid()) {
        plate.border = m_look.focusBorder;
        plate.borderWidth = m_look.focusBorderWidth;
    } else {
        plate.border = m_look.border;
        plate.borderWidth = m_look.borderWidth;
    }
    QPainter painter(this);
    plate.paint(painter, rect());

    const QColor textColor = !enabled && m_look.disabledText.isValid() ? m_look.disabledText : m_look.text;
    const int mnemonic =
        style()->styleHint(QStyle::SH_UnderlineShortcut, nullptr, this) ? Qt::TextShowMnemonic : Qt::TextHideMnemonic;
    painter.setPen(textColor);
    painter.drawText(rect(), Qt::AlignCenter | mnemonic, text());
}
