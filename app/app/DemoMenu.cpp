#include "app/DemoMenu.h"

#include "api/Backends.h"

#include <QMainWindow>
#include <QMenuBar>

DemoMenu::DemoMenu(const QString &api, QWidget *parent) : QMenu(tr("Demo"), parent)
{
    setObjectName(QStringLiteral("demoMenu"));
    menuAction()->setObjectName(QStringLiteral("demoMenuAction"));
    const QStringList keys = Backends::keys();
    for (const QString &key : keys) {
        if (key != api) {
            m_otherApi = key;
            break;
        }
    }
    QAction *current = addAction(tr("Demo on the %1").arg(Backends::displayName(api)));
    current->setObjectName(QStringLiteral("demoCurrentApiAction"));
    current->setEnabled(false);
    addSeparator();
    QAction *terminal = addAction(tr("Show the &virtual terminal"));
    terminal->setObjectName(QStringLiteral("demoShowTerminalAction"));
    connect(terminal, &QAction::triggered, this, &DemoMenu::virtualTerminalRequested);
    //: %1 is the other API's name, e.g. "Orders API (Point terminals)".
    QAction *other = addAction(tr("&Switch to the %1").arg(Backends::displayName(m_otherApi)));
    other->setObjectName(QStringLiteral("demoSwitchApiAction"));
    other->setToolTip(Backends::explanation(m_otherApi));
    other->setStatusTip(tr("Starts the demo again with the simulated terminals of the other API."));
    connect(other, &QAction::triggered, this, [this]() { Q_EMIT switchRequested(m_otherApi); });
}

DemoMenu *DemoMenu::addTo(QMainWindow *window, const QString &api)
{
    auto *menu = new DemoMenu(api, window);
    QMenuBar *bar = window->menuBar();
    const QList<QAction *> menus = bar->actions();
    if (menus.isEmpty())
        bar->addMenu(menu);
    else
        bar->insertMenu(menus.last(), menu);
    return menu;
}
