#pragma once

#include <QStyledItemDelegate>

/// Draws one terminal of the DevicePicker: its name with a FREE / BUSY badge (words on a coloured pill, so the state
/// never rests on colour alone) and, under them, what it is doing. However narrow the list, nothing is cut at the
/// row's edge: a long name wraps onto a second line and is then shortened in its middle with an ellipsis (the end
/// of a name, like a number, tells terminals apart); the line under it wraps too and is shortened at its end. The
/// row is as tall as its lines. The full text is the item's tooltip and accessible description (DevicePicker sets
/// them).
class DeviceItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    /// The height fits the row's text at the width of the list it is shown in (option.widget), so the list must
    /// lay its items out again when it is resized (QListView::setWordWrap(true) does).
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The most lines the name, and the line under it, take before they are shortened (one more per line break in
    /// the detail: an Orders terminal shows its mode, then its id).
    static constexpr int kMaxNameLines = 2;
    static constexpr int kMaxDetailLines = 2;
    /// `text` broken at word boundaries into at most `maxLines` lines of at most `width` pixels in `font`; when it
    /// does not fit, the last line holds the rest of the text shortened with an ellipsis as `lastLine` says.
    static QStringList wrapLines(const QString &text, const QFont &font, int width, int maxLines,
                                 Qt::TextElideMode lastLine = Qt::ElideRight);
};
