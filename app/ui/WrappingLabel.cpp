#include "ui/WrappingLabel.h"

#include <QEvent>

WrappingLabel::WrappingLabel(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
}

void WrappingLabel::forget() const
{
    m_heights.clear();
}

int WrappingLabel::heightForWidth(int width) const
{
    // QLabel's setters are not virtual: compare what the heights depend on.
    if (text() != m_text || margin() != m_margin || indent() != m_indent || alignment() != m_alignment ||
        textFormat() != m_format || wordWrap() != m_wrap) {
        forget();
        m_text = text();
        m_margin = margin();
        m_indent = indent();
        m_alignment = alignment();
        m_format = textFormat();
        m_wrap = wordWrap();
    }
    for (qsizetype i = 0; i < m_heights.size(); ++i) {
        if (m_heights.at(i).first == width) {
            if (i > 0)
                m_heights.move(i, 0);
            return m_heights.first().second;
        }
    }
    const int height = QLabel::heightForWidth(width);
    m_heights.prepend({width, height});
    if (m_heights.size() > kRemembered)
        m_heights.removeLast();
    return height;
}

bool WrappingLabel::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::ContentsRectChange:
    case QEvent::LayoutDirectionChange:
    case QEvent::PolishRequest:
    case QEvent::Polish:
        forget();
        break;
    default:
        break;
    }
    return QLabel::event(event);
}
