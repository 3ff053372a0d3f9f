#include "app/DemoMenu.h"

#include "api/Backends.h"
#include "core/Currency.h"

#include <QActionGroup>
#include <QMainWindow>
#include <QMenuBar>

DemoMenu::DemoMenu(const QString &api, const QString &currencyCode, QWidget *parent) : QMenu(tr("Demo"), parent)
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

    // The demo account's currency, changed without leaving demo mode: the sale form, the order panel and the
    // history show amounts in it. The real account's currency (Preferences) is not touched.
    QMenu *currencies = addMenu(tr("Account &currency"));
    currencies->setObjectName(QStringLiteral("demoCurrencyMenu"));
    m_currencies = new QActionGroup(this);
    m_currencies->setExclusive(true);
    for (const Currency &currency : Currency::all()) {
        QAction *action = currencies->addAction(currency.displayName());
        action->setObjectName(QStringLiteral("demoCurrency") + currency.code());
        action->setData(currency.code());
        action->setCheckable(true);
        m_currencies->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = currency.code()]() {
            Q_EMIT currencyRequested(code);
        });
    }
    setCurrency(currencyCode);

    addSeparator();
    QAction *leave = addAction(tr("&Leave demo mode"));
    leave->setObjectName(QStringLiteral("demoLeaveAction"));
    leave->setStatusTip(tr("Charges on the Mercado Pago account's terminals, or sets the account up first."));
    connect(leave, &QAction::triggered, this, &DemoMenu::leaveRequested);
}

void DemoMenu::setCurrency(const QString &isoCode)
{
    const QList<QAction *> actions = m_currencies->actions();
    for (QAction *action : actions)
        action->setChecked(action->data().toString() == isoCode);
}

QString DemoMenu::currency() const
{
    const QAction *checked = m_currencies->checkedAction();
    return checked ? checked->data().toString() : QString();
}

DemoMenu *DemoMenu::addTo(QMainWindow *window, const QString &api, const QString &currencyCode)
{
    auto *menu = new DemoMenu(api, currencyCode, window);
    QMenuBar *bar = window->menuBar();
    const QList<QAction *> menus = bar->actions();
    if (menus.isEmpty())
        bar->addMenu(menu);
    else
        bar->insertMenu(menus.last(), menu);
    return menu;
}
