#include "ui/HeaderBar.h"

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
    auto *logo = new QLabel(this);
    const int logoSize = QFontMetrics(font()).height() * 2;
    logo->setPixmap(Theme::appIconPixmap(logoSize));
    logo->setStyleSheet(QStringLiteral("QLabel { background-color: white; border-radius: 6px; padding: 2px; }"));
    auto *appName = new QLabel(tr("PointDesk"), this);
    appName->setFont(Theme::scaled(font(), 1.35, QFont::Bold));
    m_tagline = new QLabel(tr("Cashier"), this);
    m_tagline->setObjectName(QStringLiteral("headerTagline"));
    m_tagline->setFont(Theme::scaled(font(), 1.05));
    m_demo = new QLabel(tr("DEMO"), this);
    m_demo->setObjectName(QStringLiteral("headerDemoBadge"));
    m_demo->setFont(Theme::scaled(font(), 1.0, QFont::Bold));
    m_demo->setStyleSheet(QStringLiteral("QLabel { background-color: #FFD54F; color: #3E2C00; border-radius: 4px;"
                                         " padding: 2px 10px; }"));
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
