#include "ui/CashierStyle.h"

#include "ui/Theme.h"

#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace {

/// Two chevrons pointing along the overflow (">>" for a horizontal bar, "v v" for a vertical one), in the text
/// colour of the mode asked for.
class ChevronEngine : public QIconEngine
{
public:
    explicit ChevronEngine(bool vertical) : m_vertical(vertical) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette;
        const QColor color = palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active,
                                           QPalette::ButtonText);
        const qreal side = qMin(rect.width(), rect.height());
        const QRectF box(rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0, side, side);
        QPainterPath path;
        for (const qreal at : {0.25, 0.55}) {
            if (m_vertical) {
                path.moveTo(box.left() + side * 0.25, box.top() + side * at);
                path.lineTo(box.center().x(), box.top() + side * (at + 0.2));
                path.lineTo(box.right() - side * 0.25, box.top() + side * at);
            } else {
                path.moveTo(box.left() + side * at, box.top() + side * 0.25);
                path.lineTo(box.left() + side * (at + 0.2), box.center().y());
                path.lineTo(box.left() + side * at, box.bottom() - side * 0.25);
            }
        }
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(color, qMax<qreal>(1.0, side / 10.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->drawPath(path);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap out(size);
        out.fill(Qt::transparent);
        QPainter painter(&out);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return out;
    }

    QIconEngine *clone() const override { return new ChevronEngine(m_vertical); }

private:
    bool m_vertical;
};

} // namespace

CashierStyle::CashierStyle() = default;

void CashierStyle::polish(QPalette &palette)
{
    QProxyStyle::polish(palette);
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive})
        palette.setColor(group, QPalette::PlaceholderText, Theme::placeholderText());
}

QIcon CashierStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option, const QWidget *widget) const
{
    if (standardIcon == SP_ToolBarHorizontalExtensionButton)
        return QIcon(new ChevronEngine(false));
    if (standardIcon == SP_ToolBarVerticalExtensionButton)
        return QIcon(new ChevronEngine(true));
    return QProxyStyle::standardIcon(standardIcon, option, widget);
}
