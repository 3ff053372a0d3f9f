#include "ui/HeaderBar.h"

#include "ui/PlateLabel.h"
#include "ui/Theme.h"

#include <QHBoxLayout>
#include <QLabel>

HeaderBar::HeaderBar(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("headerBar"));
    // White text on the brand colour. A palette, not a style sheet: see MainWindow::buildUi.
    QPalette colours = palette();
    colours.setColor(QPalette::Window, Theme::primary());
    colours.setColor(QPalette::WindowText, Qt::white);
    setPalette(colours);
    setAutoFillBackground(true);
    auto *logo = new PlateLabel(this);
    const int logoSize = QFontMetrics(font()).height() * 2;
    logo->setPixmap(Theme::appIconPixmap(logoSize));
    logo->setPlate({Qt::white, QColor(), 0.0, 6.0});
    logo->setContentsMargins(2, 2, 2, 2);
    auto *appName = new QLabel(tr("PointDesk"), this);
    appName->setFont(Theme::scaled(font(), 1.35, QFont::Bold));
    m_tagline = new QLabel(tr("Cashier"), this);
    m_tagline->setObjectName(QStringLiteral("headerTagline"));
    m_tagline->setFont(Theme::scaled(font(), 1.05));
    m_demo = new PlateLabel(tr("DEMO"), this);
    m_demo->setObjectName(QStringLiteral("headerDemoBadge"));
    m_demo->setFont(Theme::scaled(font(), 1.0, QFont::Bold));
    m_demo->setPlate({QColor(0xFF, 0xD5, 0x4F), QColor(), 0.0, 4.0});
    m_demo->setTextColor(QColor(0x3E, 0x2C, 0x00));
    m_demo->setContentsMargins(10, 2, 10, 2);
    m_demo->hide();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 8, 16, 8);
    layout->setSpacing(10);
    layout->addWidget(logo);
    layout->addWidget(appName);
    layout->addWidget(m_tagline);
    layout->addStretch(1);
    layout->addWidget(m_demo);
}

void HeaderBar::setManagerMode(bool on)
{
    m_tagline->setText(on ? tr("Manager mode") : tr("Cashier"));
}

void HeaderBar::setDemo(bool demo)
{
    m_demo->setVisible(demo);
}
