#pragma once

#include <QLabel>
#include <QList>
#include <QPair>

/// A word-wrapped label that remembers its heights for the last few widths. QLabel lays its text out anew on every
/// heightForWidth() call, and a window's nested layouts ask each wrapped label a dozen times for the same few widths
/// while the first frame is settled (a tenth of the start-up in callgrind): this asks QLabel once per width, until
/// the text, the font, the margins or the style change.
class WrappingLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrappingLabel(QWidget *parent = nullptr);
    int heightForWidth(int width) const override;

protected:
    bool event(QEvent *event) override;

private:
    void forget() const;

    static constexpr int kRemembered = 4;
    mutable QList<QPair<int, int>> m_heights; ///< (width, height), the newest first
    mutable QString m_text;                   ///< the text the heights are for
    mutable int m_margin = 0;
    mutable int m_indent = -1;
    mutable Qt::Alignment m_alignment;
    mutable Qt::TextFormat m_format = Qt::AutoText;
    mutable bool m_wrap = true;
};
