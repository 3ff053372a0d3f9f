#include "DeviceItemDelegate.h"

#include "Device.h"
#include "DevicePicker.h"
#include "Theme.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace {

constexpr int kPadding = 10;

Theme::Tone toneFor(int status)
{
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

} // namespace

QSize DeviceItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    const QFontMetrics name(Theme::scaled(option.font, 1.15, QFont::DemiBold));
    const QFontMetrics detail(Theme::scaled(option.font, 0.92));
    return QSize(name.horizontalAdvance(QLatin1Char('M')) * 12, name.height() + detail.height() + 2 * kPadding + 4);
}

void DeviceItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    const bool selected = option.state & QStyle::State_Selected;
    const bool enabled = option.state & QStyle::State_Enabled;
    const bool focused = (option.state & QStyle::State_HasFocus) && (option.state & QStyle::State_Active);
    const QRectF card = QRectF(option.rect).adjusted(2, 2, -2, -2);

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

    const int status = index.data(DevicePicker::StatusRole).toInt();
    const Theme::ToneColors tone = Theme::colors(toneFor(status));

    // The badge on the right: words on a pill.
    const QFont badgeFont = Theme::scaled(option.font, 0.85, QFont::Bold);
    const QFontMetrics badgeMetrics(badgeFont);
    const QString badgeText = index.data(DevicePicker::StatusTextRole).toString();
    const int badgeWidth = badgeMetrics.horizontalAdvance(badgeText) + 16;
    const int badgeHeight = badgeMetrics.height() + 6;
    const QRectF badge(card.right() - kPadding - badgeWidth, card.center().y() - badgeHeight / 2.0, badgeWidth,
                       badgeHeight);
    painter->setPen(QPen(tone.border, 1));
    painter->setBrush(tone.background);
    painter->drawRoundedRect(badge, badgeHeight / 2.0, badgeHeight / 2.0);
    painter->setFont(badgeFont);
    painter->setPen(tone.foreground);
    painter->drawText(badge, Qt::AlignCenter, badgeText);

    // Name and detail on the left.
    const QColor text = enabled ? option.palette.color(QPalette::Text) : Theme::mutedText();
    const QFont nameFont = Theme::scaled(option.font, 1.15, QFont::DemiBold);
    const QFont detailFont = Theme::scaled(option.font, 0.92);
    const QFontMetrics nameMetrics(nameFont);
    const QFontMetrics detailMetrics(detailFont);
    const qreal left = card.left() + kPadding + 6;
    const qreal width = badge.left() - 8 - left;
    const qreal top = card.center().y() - (nameMetrics.height() + detailMetrics.height()) / 2.0;
    painter->setFont(nameFont);
    painter->setPen(text);
    painter->drawText(
        QRectF(left, top, width, nameMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
        nameMetrics.elidedText(index.data(DevicePicker::NameRole).toString(), Qt::ElideRight, int(width)));
    painter->setFont(detailFont);
    painter->setPen(Theme::mutedText());
    painter->drawText(
        QRectF(left, top + nameMetrics.height(), width, detailMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
        detailMetrics.elidedText(index.data(DevicePicker::DetailRole).toString(), Qt::ElideRight, int(width)));
    painter->restore();
}
