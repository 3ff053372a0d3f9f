#include "ui/Theme.h"

#include <QCoreApplication>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QWidget>
#include <algorithm>
#include <cmath>
#include <iterator>

namespace Theme {

ToneColors colors(Tone tone)
{
    switch (tone) {
    case Tone::Neutral:
        return {QColor(0xF8, 0xF9, 0xFA), QColor(0xDA, 0xDC, 0xE0), QColor(0x3C, 0x40, 0x43), QColor(0x80, 0x86, 0x8B)};
    case Tone::Info:
        return {QColor(0xE8, 0xF4, 0xFD), QColor(0x42, 0x9B, 0xDB), QColor(0x0B, 0x3D, 0x6B), QColor(0x00, 0x9E, 0xE3)};
    case Tone::Waiting:
        return {QColor(0xFF, 0xF6, 0xDB), QColor(0xF2, 0xA9, 0x00), QColor(0x5C, 0x3D, 0x00), QColor(0xE0, 0x8E, 0x00)};
    case Tone::Success:
        return {QColor(0xE6, 0xF4, 0xEA), QColor(0x34, 0xA8, 0x53), QColor(0x0D, 0x4F, 0x21), QColor(0x1E, 0x8E, 0x3E)};
    case Tone::Danger:
        return {QColor(0xFC, 0xE8, 0xE6), QColor(0xD9, 0x30, 0x25), QColor(0x7A, 0x12, 0x0C), QColor(0xC5, 0x22, 0x1F)};
    case Tone::Muted:
        return {QColor(0xEE, 0xEF, 0xF1), QColor(0x9A, 0xA0, 0xA6), QColor(0x3C, 0x40, 0x43), QColor(0x70, 0x75, 0x7A)};
    case Tone::Warning:
        return {QColor(0xFE, 0xEF, 0xE3), QColor(0xE8, 0x71, 0x0A), QColor(0x6B, 0x2A, 0x00), QColor(0xD5, 0x60, 0x00)};
    }
    return colors(Tone::Neutral);
}

// Mercado Pago's blue (#009EE3) under white text is 3.0:1, too pale to read from a step away: a deeper blue of the
// same hue, 5.2:1, and its darker shade 7.0:1.
QColor primary()
{
    return QColor(0x00, 0x71, 0xB3);
}

QColor primaryDark()
{
    return QColor(0x00, 0x5E, 0x8F);
}

QColor placeholderText()
{
    return QColor(0x5F, 0x63, 0x68);
}

QColor disabledButtonText()
{
    return QColor(0x3F, 0x4A, 0x54);
}

QColor disabledButtonBackground()
{
    return QColor(0xC9, 0xD6, 0xDF);
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor errorText()
{
    return QColor(0xB3, 0x1B, 0x12);
}

QColor mutedText()
{
    return QColor(0x5F, 0x63, 0x68);
}

QFont scaled(const QFont &base, qreal scale, int weight)
{
    // The window's type ramp: every size asked for is one of six steps, so that the whole window needs few font
    // faces (each new size and weight is a font lookup and a font engine of its own at start-up).
    static constexpr qreal kRamp[] = {0.9, 1.0, 1.15, 1.35, 2.0, 2.4};
    qreal step = kRamp[0];
    for (const qreal candidate : kRamp) {
        if (qAbs(candidate - scale) < qAbs(step - scale))
            step = candidate;
    }
    QFont font(base);
    // Secondary text stays readable however small the desktop's default font: a floor of kMinimumTextPixels.
    constexpr qreal minimumPoints = kMinimumTextPixels * 72.0 / 96.0;
    if (base.pointSizeF() > 0)
        font.setPointSizeF(std::max(base.pointSizeF() * step, minimumPoints));
    else if (base.pixelSize() > 0)
        font.setPixelSize(std::max(qRound(base.pixelSize() * step), kMinimumTextPixels));
    if (weight >= 0)
        font.setWeight(QFont::Weight(weight));
    return font;
}

QPixmap glyph(Glyph glyph, const QColor &color, int logicalSize, qreal devicePixelRatio)
{
    const qreal dpr = qMax<qreal>(1.0, devicePixelRatio);
    QPixmap pixmap(QSize(logicalSize, logicalSize) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);

    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = logicalSize;
    const auto at = [s](qreal x, qreal y) { return QPointF(x * s, y * s); };
    QPen white(Qt::white, 0.09 * s, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);

    if (glyph == Glyph::Warning) {
        QPainterPath triangle;
        triangle.moveTo(at(0.5, 0.06));
        triangle.lineTo(at(0.97, 0.9));
        triangle.lineTo(at(0.03, 0.9));
        triangle.closeSubpath();
        p.setPen(QPen(color, 0.06 * s, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(color);
        p.drawPath(triangle);
        p.setPen(white);
        p.drawLine(at(0.5, 0.36), at(0.5, 0.6));
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::white);
        p.drawEllipse(at(0.5, 0.75), 0.055 * s, 0.055 * s);
        return pixmap;
    }

    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(QRectF(0.02 * s, 0.02 * s, 0.96 * s, 0.96 * s));
    p.setBrush(Qt::NoBrush);
    p.setPen(white);

    switch (glyph) {
    case Glyph::Card: {
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::white);
        p.drawRoundedRect(QRectF(at(0.24, 0.32), at(0.76, 0.68)), 0.05 * s, 0.05 * s);
        p.setBrush(color);
        p.drawRect(QRectF(at(0.24, 0.40), at(0.76, 0.47)));
        p.drawRoundedRect(QRectF(at(0.30, 0.55), at(0.46, 0.61)), 0.02 * s, 0.02 * s);
        break;
    }
    case Glyph::Sending:
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::white);
        for (qreal x : {0.3, 0.5, 0.7})
            p.drawEllipse(at(x, 0.5), 0.07 * s, 0.07 * s);
        break;
    case Glyph::Clock:
        p.setPen(QPen(Qt::white, 0.06 * s));
        p.drawEllipse(at(0.5, 0.5), 0.3 * s, 0.3 * s);
        p.setPen(QPen(Qt::white, 0.07 * s, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(at(0.5, 0.5), at(0.5, 0.32));
        p.drawLine(at(0.5, 0.5), at(0.63, 0.58));
        break;
    case Glyph::Check:
        p.drawPolyline(QPolygonF({at(0.28, 0.52), at(0.43, 0.67), at(0.73, 0.36)}));
        break;
    case Glyph::Cross:
        p.drawLine(at(0.34, 0.34), at(0.66, 0.66));
        p.drawLine(at(0.66, 0.34), at(0.34, 0.66));
        break;
    case Glyph::Minus:
        p.drawLine(at(0.3, 0.5), at(0.7, 0.5));
        break;
    case Glyph::Question: {
        QPainterPath hook;
        hook.moveTo(at(0.37, 0.38));
        hook.cubicTo(at(0.37, 0.22), at(0.64, 0.22), at(0.64, 0.38));
        hook.cubicTo(at(0.64, 0.48), at(0.5, 0.48), at(0.5, 0.6));
        p.drawPath(hook);
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::white);
        p.drawEllipse(at(0.5, 0.75), 0.055 * s, 0.055 * s);
        break;
    }
    case Glyph::Warning:
        break;
    }
    return pixmap;
}

namespace {

constexpr int kAppIconSizes[] = {16, 24, 32, 48, 64, 128, 256};

QPixmap paintAppIcon(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    p.setPen(Qt::NoPen);
    p.setBrush(primary());
    p.drawRoundedRect(QRectF(0, 0, s, s), 0.2 * s, 0.2 * s);
    // The terminal: a white body with a screen, and a green tick on the screen.
    p.setBrush(Qt::white);
    p.drawRoundedRect(QRectF(0.27 * s, 0.14 * s, 0.46 * s, 0.72 * s), 0.08 * s, 0.08 * s);
    p.setBrush(QColor(0x0B, 0x3D, 0x6B));
    p.drawRoundedRect(QRectF(0.33 * s, 0.21 * s, 0.34 * s, 0.3 * s), 0.03 * s, 0.03 * s);
    p.setPen(QPen(QColor(0x5B, 0xD1, 0x7A), 0.06 * s, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPolyline(QPolygonF({QPointF(0.41 * s, 0.36 * s), QPointF(0.47 * s, 0.42 * s), QPointF(0.59 * s, 0.29 * s)}));
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xB8, 0xC4, 0xCE));
    for (int row = 0; row < 3; ++row) {
        for (int col = 0; col < 3; ++col)
            p.drawEllipse(QPointF((0.39 + 0.11 * col) * s, (0.6 + 0.075 * row) * s), 0.03 * s, 0.03 * s);
    }
    p.end();
    return pixmap;
}

QIcon paintAppIcon()
{
    QIcon icon;
    for (int size : kAppIconSizes)
        icon.addPixmap(paintAppIcon(size));
    return icon;
}

QIcon g_appIcon;               ///< painted once: the application, each window and the header bar share it
bool g_appIconCleanup = false; ///< a post routine forgets it with the application object

} // namespace

QIcon appIcon()
{
    if (g_appIcon.isNull()) {
        g_appIcon = paintAppIcon();
        if (!g_appIconCleanup) {
            g_appIconCleanup = true;
            // No pixmap may outlive the application object.
            qAddPostRoutine([]() {
                g_appIcon = QIcon();
                g_appIconCleanup = false;
            });
        }
    }
    return g_appIcon;
}

QPixmap appIconPixmap(int size)
{
    if (!g_appIcon.isNull())
        return g_appIcon.pixmap(size, size);
    // As QIcon picks from the painted sizes: the smallest that is at least as large, scaled down smoothly.
    int painted = kAppIconSizes[std::size(kAppIconSizes) - 1];
    for (int candidate : kAppIconSizes) {
        if (candidate >= size) {
            painted = candidate;
            break;
        }
    }
    const QPixmap pixmap = paintAppIcon(painted);
    if (painted == size)
        return pixmap;
    return pixmap.scaled(size, size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

void setTextColor(QWidget *widget, const QColor &color)
{
    if (!color.isValid()) {
        widget->setPalette(QPalette());
        return;
    }
    QPalette palette = widget->palette();
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        palette.setColor(group, QPalette::WindowText, color);
        palette.setColor(group, QPalette::Text, color);
    }
    widget->setPalette(palette);
}

QLabel *noteLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    setTextColor(label, mutedText());
    return label;
}

} // namespace Theme
