#include "ui/FieldEdit.h"

#include "ui/Surfaces.h"
#include "ui/Theme.h"

#include <QPainter>

namespace {

constexpr int kBorder = 2;
constexpr int kPaddingX = 8;
constexpr int kPaddingY = 4;

} // namespace

FieldEdit::FieldEdit(QWidget *parent) : QLineEdit(parent)
{
    // The border is painted inside the margins; the base is transparent so that only the rounded ground shows.
    setFrame(false);
    // A style sheet's padding takes the place of QLineEdit's own 1 px vertical margin, which stays here.
    setTextMargins(kBorder + kPaddingX, kBorder + kPaddingY - 1, kBorder + kPaddingX, kBorder + kPaddingY - 1);
    QPalette colours = palette();
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        colours.setColor(group, QPalette::Base, Qt::transparent);
        colours.setColor(group, QPalette::Text,
                         group == QPalette::Disabled ? QColor(0x5F, 0x63, 0x68) : QColor(0x20, 0x21, 0x24));
        colours.setColor(group, QPalette::Highlight, QColor(0xB3, 0xE0, 0xF7));
        colours.setColor(group, QPalette::HighlightedText, QColor(0x20, 0x21, 0x24));
    }
    setPalette(colours);
}

void FieldEdit::setInvalid(bool invalid)
{
    if (invalid == m_invalid)
        return;
    m_invalid = invalid;
    update();
}

void FieldEdit::paintEvent(QPaintEvent *event)
{
    {
        Plate plate;
        plate.borderWidth = kBorder;
        plate.radius = 6.0;
        plate.fill = isEnabled() ? QColor(Qt::white) : QColor(0xF1, 0xF3, 0xF4);
        if (m_invalid)
            plate.border = Theme::errorText();
        else if (!isEnabled())
            plate.border = QColor(0xDA, 0xDC, 0xE0);
        else if (hasFocus())
            plate.border = Theme::primary();
        else
            plate.border = QColor(0xC4, 0xC7, 0xCC);
        QPainter painter(this);
        plate.paint(painter, rect());
    }
    QLineEdit::paintEvent(event);
}
