#include "ui/DeviceItemDelegate.h"

#include "core/Device.h"
#include "ui/DevicePicker.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QListView>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace {

constexpr int kPadding = 10;
constexpr int kCardInset = 2;    ///< between the item's rectangle and the drawn card
constexpr int kSelectionBar = 6; ///< the selected row's bar on the left, with its gap

Theme::Tone toneFor(int status, int mode)
{
    const auto operatingMode = Device::OperatingMode(mode);
    if (Device::Status(status) != Device::Status::Busy && operatingMode != Device::OperatingMode::NotApplicable)
        return operatingMode == Device::OperatingMode::Pdv ? Theme::Tone::Success : Theme::Tone::Warning;
    switch (Device::Status(status)) {
    case Device::Status::Free:
        return Theme::Tone::Success;
    case Device::Status::Busy:
        return Theme::Tone::Waiting;
    case Device::Status::Unknown:
        break;
    }
    return Theme::Tone::Muted;
}

// Where everything of one row goes, for a row `rowWidth` pixels wide; paint() and sizeHint() share it so that the
// row is always as tall as what is drawn in it.
struct RowLayout
{
    QFont nameFont;
    QFont detailFont;
    QFont badgeFont;
    int textLeft = 0;  ///< from the row's left edge
    int textWidth = 0; ///< the detail lines' width; the name's is nameWidth
    int nameWidth = 0;
    int badgeWidth = 0;
    int badgeHeight = 0;
    int nameLineHeight = 0;
    QStringList name;   ///< wrapped to nameWidth
    QStringList detail; ///< wrapped to textWidth
    int height = 0;
};

// The name's lines (the first as tall as the badge), a small gap, the detail's lines.
int blockHeight(const RowLayout &row, const QFontMetrics &nameMetrics, const QFontMetrics &detailMetrics)
{
    return row.nameLineHeight + int(qMax<qsizetype>(0, row.name.size() - 1)) * nameMetrics.lineSpacing() + 2 +
           int(qMax<qsizetype>(1, row.detail.size())) * detailMetrics.lineSpacing();
}

RowLayout layoutRow(const QFont &base, int rowWidth, const QModelIndex &index)
{
    RowLayout row;
    row.nameFont = Theme::scaled(base, 1.15, QFont::DemiBold);
    row.detailFont = Theme::scaled(base, 0.92);
    row.badgeFont = Theme::scaled(base, 0.85, QFont::Bold);
    const QFontMetrics nameMetrics(row.nameFont);
    const QFontMetrics detailMetrics(row.detailFont);
    const QFontMetrics badgeMetrics(row.badgeFont);

    row.badgeWidth = badgeMetrics.horizontalAdvance(index.data(DevicePicker::StatusTextRole).toString()) + 16;
    row.badgeHeight = badgeMetrics.height() + 4;
    row.textLeft = kCardInset + kPadding + kSelectionBar;
    row.textWidth = qMax(0, rowWidth - row.textLeft - kCardInset - kPadding);
    row.nameWidth = qMax(0, row.textWidth - row.badgeWidth - 8);
    row.nameLineHeight = qMax(nameMetrics.height(), row.badgeHeight);
    QString name = index.data(DevicePicker::DisplayNameRole).toString();
    if (name.isEmpty())
        name = index.data(DevicePicker::NameRole).toString();
    row.name = DeviceItemDelegate::wrapLines(name, row.nameFont, row.nameWidth, DeviceItemDelegate::kMaxNameLines,
                                             Qt::ElideMiddle);
    // The detail may hold several lines (an Orders terminal's mode, then its id); each wraps on its own.
    const QStringList paragraphs = index.data(DevicePicker::DetailRole).toString().split(QLatin1Char('\n'));
    const int maxLines = DeviceItemDelegate::kMaxDetailLines + int(paragraphs.size()) - 1;
    for (const QString &paragraph : paragraphs) {
        const int left = maxLines - int(row.detail.size());
        if (left <= 0)
            break;
        row.detail += DeviceItemDelegate::wrapLines(paragraph, row.detailFont, row.textWidth, left,
                                                    paragraphs.size() > 1 ? Qt::ElideMiddle : Qt::ElideRight);
    }
    row.height = 2 * (kCardInset + kPadding) + blockHeight(row, nameMetrics, detailMetrics);
    return row;
}

// The width a row gets in `widget`: QListView makes every row as wide as its viewport, less its spacing.
int rowWidthIn(const QWidget *widget)
{
    if (const auto *view = qobject_cast<const QListView *>(widget))
        return view->viewport()->width() - 2 * view->spacing();
    return -1;
}

} // namespace

QStringList DeviceItemDelegate::wrapLines(const QString &text, const QFont &font, int width, int maxLines,
                                          Qt::TextElideMode lastLine)
{
    QStringList lines;
    if (text.isEmpty() || maxLines <= 0)
        return lines;
    const QFontMetrics metrics(font);
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            // The last line allowed takes the rest of the text, shortened if need be.
            lines << metrics.elidedText(text.mid(line.textStart()).trimmed(), lastLine, width);
            break;
        }
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

QSize DeviceItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics name(Theme::scaled(option.font, 1.15, QFont::DemiBold));
    int width = rowWidthIn(option.widget);
    if (width <= 0)
        width = name.horizontalAdvance(QLatin1Char('M')) * 12;
    const RowLayout row = layoutRow(option.font, width, index);
    // QListView never makes a row narrower than this width, and cuts what sticks out of the viewport: ask only for
    // the badge and a few letters, the view gives every row its whole width anyway.
    const int minimum = row.textLeft + kCardInset + kPadding + row.badgeWidth + 8 + name.averageCharWidth() * 3;
    return QSize(minimum, row.height);
}

void DeviceItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    const bool selected = option.state & QStyle::State_Selected;
    const bool enabled = option.state & QStyle::State_Enabled;
    const bool focused = (option.state & QStyle::State_HasFocus) && (option.state & QStyle::State_Active);
    const QRectF card = QRectF(option.rect).adjusted(kCardInset, kCardInset, -kCardInset, -kCardInset);

    if (selected) {
        const Theme::ToneColors info = Theme::colors(Theme::Tone::Info);
        painter->setPen(QPen(focused ? Theme::primaryDark() : info.border, focused ? 2.0 : 1.0));
        painter->setBrush(info.background);
        painter->drawRoundedRect(card, 6, 6);
        painter->setPen(Qt::NoPen);
        painter->setBrush(Theme::primary());
        painter->drawRoundedRect(QRectF(card.left(), card.top(), 5, card.height()), 2, 2);
    } else if (option.state & QStyle::State_MouseOver) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(Theme::colors(Theme::Tone::Neutral).background);
        painter->drawRoundedRect(card, 6, 6);
    }

    const RowLayout row = layoutRow(option.font, option.rect.width(), index);
    const QFontMetrics nameMetrics(row.nameFont);
    const QFontMetrics detailMetrics(row.detailFont);
    const QFontMetrics badgeMetrics(row.badgeFont);
    const int left = option.rect.left() + row.textLeft;
    // The text block is centred in the row; whole pixels keep the glyphs sharp.
    const int top = option.rect.top() + (option.rect.height() - blockHeight(row, nameMetrics, detailMetrics)) / 2;

    // The badge, at the right end of the name's line.
    const int status = index.data(DevicePicker::StatusRole).toInt();
    const Theme::ToneColors tone = Theme::colors(toneFor(status, index.data(DevicePicker::OperatingModeRole).toInt()));
    const QRect badge(left + row.textWidth - row.badgeWidth, top + (row.nameLineHeight - row.badgeHeight) / 2,
                      row.badgeWidth, row.badgeHeight);
    painter->setPen(QPen(tone.border, 1));
    painter->setBrush(tone.background);
    painter->drawRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), row.badgeHeight / 2.0,
                             row.badgeHeight / 2.0);
    painter->setFont(row.badgeFont);
    painter->setPen(tone.foreground);
    painter->drawText(badge, Qt::AlignCenter | Qt::TextDontClip, index.data(DevicePicker::StatusTextRole).toString());

    // The name, then the line(s) under it; every string already fits its width, so nothing is drawn clipped.
    const QColor text = enabled ? option.palette.color(QPalette::Text) : Theme::mutedText();
    painter->setFont(row.nameFont);
    painter->setPen(text);
    int baseline = top + (row.nameLineHeight - nameMetrics.height()) / 2 + nameMetrics.ascent();
    for (const QString &line : row.name) {
        painter->drawText(QPoint(left, baseline), line);
        baseline += nameMetrics.lineSpacing();
    }
    painter->setFont(row.detailFont);
    painter->setPen(Theme::mutedText());
    baseline = top + row.nameLineHeight + int(qMax<qsizetype>(0, row.name.size() - 1)) * nameMetrics.lineSpacing() + 2 +
               detailMetrics.ascent();
    for (const QString &line : row.detail) {
        painter->drawText(QPoint(left, baseline), line);
        baseline += detailMetrics.lineSpacing();
    }
    painter->restore();
}
