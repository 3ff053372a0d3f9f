#include "ui/StatusBadges.h"

#include "ui/PlateLabel.h"
#include "ui/Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

StatusBadges::StatusBadges(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("statusBadges"));
    m_virtualTerminal = new QPushButton(tr("Show the &virtual terminal"), this);
    m_virtualTerminal->setObjectName(QStringLiteral("virtualTerminalButton"));
    m_virtualTerminal->setAccessibleName(tr("Show the virtual terminal"));
    m_virtualTerminal->setFlat(true);
    m_virtualTerminal->setAutoDefault(true); // Enter on a focused button presses it, as Space does
    m_virtualTerminal->hide();
    connect(m_virtualTerminal, &QPushButton::clicked, this, &StatusBadges::virtualTerminalRequested);

    m_demo = new PlateLabel(tr("DEMO \u00B7 simulated terminals, no real money"), this);
    m_demo->setObjectName(QStringLiteral("demoIndicator"));
    m_demo->setFont(Theme::scaled(font(), 1.0, QFont::Bold));
    const Theme::ToneColors waiting = Theme::colors(Theme::Tone::Waiting);
    m_demo->setPlate({waiting.background, waiting.border, 1.0, 4.0});
    m_demo->setTextColor(waiting.foreground);
    m_demo->setContentsMargins(9, 3, 9, 3); // 2 px by 8 px inside the 1 px border
    m_demo->hide();

    m_sessionOnly = new QLabel(tr("Token for this session only"), this);
    m_sessionOnly->setObjectName(QStringLiteral("sessionOnlyIndicator"));
    m_sessionOnly->setAccessibleName(tr("The access token is kept for this session only"));
    m_sessionOnly->setToolTip(tr("This computer has no keychain: the access token is kept in memory and forgotten "
                                 "when PointDesk quits."));
    m_sessionOnly->hide();

    // Manager mode says so while it is on, with the way out next to it.
    m_manager = new PlateLabel(tr("\u25C6 Manager"), this);
    m_manager->setObjectName(QStringLiteral("managerIndicator"));
    m_manager->setAccessibleName(tr("Manager mode is on"));
    m_manager->setToolTip(tr("Manager mode is on. It ends by itself after a few minutes without use."));
    m_manager->setFont(Theme::scaled(font(), 1.0, QFont::Bold));
    m_manager->setPlate({Theme::primaryDark(), QColor(), 0.0, 4.0});
    m_manager->setTextColor(Qt::white);
    m_manager->setContentsMargins(8, 2, 8, 2);
    m_manager->hide();
    m_endManager = new QPushButton(tr("End manager mode"), this);
    m_endManager->setObjectName(QStringLiteral("endManagerButton"));
    m_endManager->setAccessibleName(tr("End manager mode"));
    m_endManager->setFlat(true);
    m_endManager->setAutoDefault(true);
    m_endManager->hide();
    connect(m_endManager, &QPushButton::clicked, this, &StatusBadges::endManagerRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *badge : {static_cast<QWidget *>(m_virtualTerminal), static_cast<QWidget *>(m_demo),
                           static_cast<QWidget *>(m_sessionOnly), static_cast<QWidget *>(m_manager),
                           static_cast<QWidget *>(m_endManager)})
        layout->addWidget(badge);
    m_virtualTerminal->setToolTip(tr("Show the virtual terminal"));
    m_demo->setToolTip(tr("DEMO \u00B7 simulated terminals, no real money"));
    m_demo->setAccessibleName(m_demo->toolTip());
    if (parent)
        parent->installEventFilter(this);
}

bool StatusBadges::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parent() && event->type() == QEvent::Resize)
        setCompact(parentWidget()->width() < kRoomyWidth);
    return QWidget::eventFilter(watched, event);
}

void StatusBadges::setCompact(bool compact)
{
    m_compact = compact;
    m_virtualTerminal->setText(compact ? tr("&Virtual terminal") : tr("Show the &virtual terminal"));
    m_demo->setText(compact ? tr("DEMO") : tr("DEMO \u00B7 simulated terminals, no real money"));
}

void StatusBadges::setDemo(bool demo)
{
    m_demo->setVisible(demo);
    m_virtualTerminal->setVisible(demo);
}

void StatusBadges::setSessionOnly(bool sessionOnly)
{
    m_sessionOnly->setVisible(sessionOnly);
}

void StatusBadges::setManagerMode(bool on)
{
    m_manager->setVisible(on);
    m_endManager->setVisible(on);
}
