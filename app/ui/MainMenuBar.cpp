#include "ui/MainMenuBar.h"

#include <QAction>
#include <QMenu>
#include <QShortcut>

MainMenuBar::MainMenuBar(QWidget *parent) : QMenuBar(parent)
{
    setObjectName(QStringLiteral("menuBar"));
    setAccessibleName(tr("Menu bar"));

    QMenu *sales = addMenu(tr("&Sales"));
    sales->setObjectName(QStringLiteral("salesMenu"));
    sales->setAccessibleName(tr("Sales"));
    QAction *history = sales->addAction(tr("&History\u2026"), this, &MainMenuBar::historyRequested);
    history->setObjectName(QStringLiteral("historyAction"));
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    QAction *cashUp = sales->addAction(tr("&Close the day\u2026"), this, &MainMenuBar::cashUpRequested);
    cashUp->setObjectName(QStringLiteral("cashUpAction"));
    cashUp->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    sales->addSeparator();
    QAction *preferences = sales->addAction(tr("&Preferences\u2026"), this, &MainMenuBar::preferencesRequested);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    // QKeySequence::Preferences is empty on Linux and Windows: Ctrl+, (as the shortcut list says) everywhere.
    QList<QKeySequence> preferenceKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (!preferenceKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)))
        preferenceKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setShortcuts(preferenceKeys);

    QMenu *account = addMenu(tr("Acc&ount"));
    account->setObjectName(QStringLiteral("accountMenu"));
    account->setAccessibleName(tr("Account"));
    m_setupAction = account->addAction(tr("&Set up the account\u2026"), this, &MainMenuBar::setupRequested);
    m_setupAction->setObjectName(QStringLiteral("setupAccountAction"));
    m_signOutAction = account->addAction(tr("Sign &out\u2026"), this, &MainMenuBar::signOutRequested);
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    account->addSeparator();
    m_tokenInfoAction = account->addAction(QString());
    m_tokenInfoAction->setObjectName(QStringLiteral("tokenInfoAction"));
    m_tokenInfoAction->setEnabled(false);

    QMenu *manager = addMenu(tr("Mana&ger"));
    manager->setObjectName(QStringLiteral("managerMenu"));
    manager->setAccessibleName(tr("Manager"));
    m_enterManagerAction =
        manager->addAction(tr("&Enter manager mode\u2026"), this, &MainMenuBar::enterManagerRequested);
    m_enterManagerAction->setObjectName(QStringLiteral("enterManagerAction"));
    m_enterManagerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    manager->addSeparator();
    m_terminalsAction = manager->addAction(tr("&Terminals\u2026"), this, &MainMenuBar::terminalsRequested);
    m_terminalsAction->setObjectName(QStringLiteral("terminalsAction"));
    m_terminalsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_changePinAction = manager->addAction(tr("Change &PIN\u2026"), this, &MainMenuBar::changePinRequested);
    m_changePinAction->setObjectName(QStringLiteral("changePinAction"));
    manager->addSeparator();
    m_endManagerAction = manager->addAction(tr("E&nd manager mode"), this, &MainMenuBar::endManagerRequested);
    m_endManagerAction->setObjectName(QStringLiteral("endManagerAction"));
    m_endManagerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));

    QMenu *help = addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->setAccessibleName(tr("Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard shortcuts"), this, &MainMenuBar::shortcutsRequested);
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcut(QKeySequence(Qt::Key_F1));
    QAction *about = help->addAction(tr("&About PointDesk"), this, &MainMenuBar::aboutRequested);
    about->setObjectName(QStringLiteral("aboutAction"));

    // The overflow button a narrow window shows for menus that do not fit (QMenuBar's own child).
    if (auto *more = findChild<QWidget *>(QStringLiteral("qt_menubar_ext_button")))
        more->setAccessibleName(tr("More menus"));

    auto *menuKey = new QShortcut(QKeySequence(Qt::Key_F10), parent);
    menuKey->setObjectName(QStringLiteral("menuBarShortcut"));
    connect(menuKey, &QShortcut::activated, this, [this, sales]() {
        setFocus(Qt::ShortcutFocusReason);
        setActiveAction(sales->menuAction());
    });
    setState(false, false, false, false);
}

void MainMenuBar::setState(bool hasManager, bool managerActive, bool hasAccount, bool saleOpen)
{
    m_setupAction->setText(hasAccount ? tr("&Replace the access token\u2026") : tr("&Set up the account\u2026"));
    // With no account anyone may set one up; replacing an account's token asks for the manager PIN first. Signing
    // out waits until no sale is open: nobody would follow it in demo mode.
    m_setupAction->setEnabled(hasManager);
    m_signOutAction->setEnabled(hasManager && hasAccount && !saleOpen);
    m_enterManagerAction->setEnabled(hasManager && !managerActive);
    // Reachable by everyone: each asks for the manager PIN first (a silent, disabled Ctrl+T helped nobody).
    m_terminalsAction->setEnabled(hasManager);
    m_changePinAction->setEnabled(hasManager && hasAccount);
    m_endManagerAction->setEnabled(managerActive);
}

void MainMenuBar::setTokenInfo(const QString &text)
{
    m_tokenInfoAction->setText(text);
}
