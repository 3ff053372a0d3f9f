#pragma once

#include <QMenuBar>

class QAction;

/// The cashier window's menus: Sales, Account, Manager, Help. It only says what was chosen (signals) and shows
/// which entries are open to whom (setState); the window decides what happens. F10 opens it: "Account" has no Alt
/// letter of its own (the sale form uses them all).
class MainMenuBar : public QMenuBar
{
    Q_OBJECT

public:
    explicit MainMenuBar(QWidget *parent);

    /// Which entries are open. `hasManager`: manager mode exists in this window (a ManagerSession);
    /// `managerActive`: it is on; `hasAccount`: an account is set up; `saleOpen`: a sale is open (signing out waits).
    void setState(bool hasManager, bool managerActive, bool hasAccount, bool saleOpen);
    /// The disabled line that says where the token in use comes from.
    void setTokenInfo(const QString &text);

Q_SIGNALS:
    void historyRequested();
    void cashUpRequested();
    void preferencesRequested();
    void setupRequested();
    void signOutRequested();
    void enterManagerRequested();
    void terminalsRequested();
    void changePinRequested();
    void endManagerRequested();
    void shortcutsRequested();
    void aboutRequested();

private:
    QAction *m_setupAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_tokenInfoAction = nullptr;
    QAction *m_enterManagerAction = nullptr;
    QAction *m_terminalsAction = nullptr;
    QAction *m_changePinAction = nullptr;
    QAction *m_endManagerAction = nullptr;
};
