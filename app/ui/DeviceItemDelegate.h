#pragma once

#include <QStyledItemDelegate>

/// Draws one terminal of the DevicePicker: its name, a line saying what it is doing, and a FREE / BUSY badge
/// (words on a coloured pill, so the state never rests on colour alone).
class DeviceItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
