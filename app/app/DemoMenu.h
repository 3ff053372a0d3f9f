#pragma once

#include <QMenu>

class QMainWindow;

class QActionGroup;

/// Demo mode's own menu in the cashier window: show the virtual terminal, start the demo again on the other
/// Mercado Pago API (the legacy Point API or the Orders API, each with its own simulator), play the account in
/// another currency, and leave demo mode. It only says what was chosen; AppController does it. "Demo" has no Alt
/// letter: the sale form and the order panel use them.
class DemoMenu : public QMenu
{
    Q_OBJECT

public:
    /// Adds the menu to `window`'s menu bar, before its last menu (Help), for a demo on `api` in `currencyCode`.
    static DemoMenu *addTo(QMainWindow *window, const QString &api, const QString &currencyCode);

    /// The API "Switch" starts the demo on.
    QString otherApi() const { return m_otherApi; }
    /// Ticks `isoCode` in the Currency submenu.
    void setCurrency(const QString &isoCode);
    QString currency() const;

Q_SIGNALS:
    void virtualTerminalRequested();
    void switchRequested(const QString &api);
    /// One of Currency::all()'s codes was chosen.
    void currencyRequested(const QString &isoCode);
    /// "Leave demo mode": to the account when one is set up, else to the setup wizard.
    void leaveRequested();

private:
    DemoMenu(const QString &api, const QString &currencyCode, QWidget *parent);

    QString m_otherApi;
    QActionGroup *m_currencies = nullptr;
};
