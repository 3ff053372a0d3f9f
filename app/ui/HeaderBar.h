#pragma once

#include <QFrame>

class PlateLabel;
class QLabel;

/// The slim brand bar across the top of the cashier window: who we are, whether manager mode is on, and in demo mode
/// that nothing is real. White on the brand colour (Theme::primary()).
class HeaderBar : public QFrame
{
    Q_OBJECT

public:
    explicit HeaderBar(QWidget *parent);

    void setManagerMode(bool on);
    void setDemo(bool demo);

private:
    QLabel *m_tagline = nullptr;
    PlateLabel *m_demo = nullptr;
};
