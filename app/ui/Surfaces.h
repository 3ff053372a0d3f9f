#pragma once

#include <QFrame>
#include <QWidget>

/// The cashier window's surfaces, painted rather than styled: a style sheet on the window would re-polish every
/// widget in it before the first frame.

/// The light grey ground behind the cards.
class Ground : public QWidget
{
public:
    using QWidget::QWidget;

protected:
    void paintEvent(QPaintEvent *event) override;
};

/// A white card with a 1 px border and rounded corners (the terminal list, the sale form).
class Card : public QFrame
{
public:
    explicit Card(QWidget *parent);

protected:
    void paintEvent(QPaintEvent *event) override;
};
