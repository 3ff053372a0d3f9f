#pragma once

#include <QLabel>

/// A status bar line that never pushes the permanent widgets away: it elides and keeps the whole text in its tooltip.
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    using QLabel::QLabel;
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;
    /// Sets the text, and the same text as tooltip and accessible description (the line may be cut).
    void setText(const QString &text);

protected:
    void paintEvent(QPaintEvent *event) override;
};
