#pragma once

#include "ui/Surfaces.h"
#include "ui/WrappingLabel.h"

/// A label on a painted Plate (badges, hints on a tinted ground) with its own text colour, without a style sheet:
/// a style sheet makes Qt polish the widget and everything below it through its style sheet engine, which the window
/// pays for before its first frame. The padding is the contents margins (the border is inside them). Words wrap only
/// when setWordWrap(true) is asked for.
class PlateLabel : public WrappingLabel
{
    Q_OBJECT

public:
    explicit PlateLabel(QWidget *parent = nullptr);
    PlateLabel(const QString &text, QWidget *parent = nullptr);

    void setPlate(const Plate &plate);
    Plate plate() const { return m_plate; }
    /// The text's colour (the palette's WindowText and Text); an invalid colour restores the inherited one.
    void setTextColor(const QColor &color);
    QColor textColor() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Plate m_plate;
};
