#pragma once

#include <QMenu>

class QMainWindow;

/// Demo mode's own menu in the cashier window: show the virtual terminal, and start the demo again on the other
/// Mercado Pago API (the legacy Point API or the Orders API, each with its own simulator). It only says what was
/// chosen; AppController does it. "Demo" has no Alt letter: the sale form and the order panel use them.
class DemoMenu : public QMenu
{
    Q_OBJECT

public:
    /// Adds the menu to `window`'s menu bar, before its last menu (Help), for a demo on `api`.
    static DemoMenu *addTo(QMainWindow *window, const QString &api);

    /// The API "Switch" starts the demo on.
    QString otherApi() const { return m_otherApi; }

Q_SIGNALS:
    void virtualTerminalRequested();
    void switchRequested(const QString &api);

private:
    DemoMenu(const QString &api, QWidget *parent);

    QString m_otherApi;
};
