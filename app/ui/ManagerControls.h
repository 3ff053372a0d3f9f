#pragma once

#include <QObject>
#include <QPointer>
#include <functional>

class ManagerDialog;
class ManagerSession;
class PinDialog;
class PointBackend;
class QWidget;

/// The cashier window's way into manager mode: the PIN prompt before what needs the manager, Manager > Terminals,
/// Manager > Change PIN and the end of manager mode, each dialog opened once and raised when asked for again.
/// Manager mode itself (the PIN, the idle end, the lock-out) is the ManagerSession's; this only asks and opens.
class ManagerControls : public QObject
{
    Q_OBJECT

public:
    /// `client` must outlive this object; `window` parents the dialogs (and this object).
    ManagerControls(PointBackend *client, QWidget *window);

    /// The session to ask; nullptr keeps every manager action off. It must outlive this object.
    void setSession(ManagerSession *session);
    ManagerSession *session() const { return m_session; }
    bool isActive() const;

    /// Runs `then` now in manager mode, else after the manager PIN was entered (the prompt says `purpose`).
    void require(const QString &purpose, std::function<void()> then);
    /// Manager > Enter manager mode: the PIN prompt.
    void enter();
    /// Manager > Terminals: the terminal tools, after the PIN when manager mode is off.
    void openTerminals();
    /// Manager > Change PIN, after the PIN when manager mode is off.
    void changePin();
    /// Manager > End manager mode.
    void end();

Q_SIGNALS:
    /// Manager mode turned on or off (also on setSession()); the dialogs that need it are closed when it ends.
    void activeChanged(bool active);
    /// A passing note for the status bar ("Manager mode ended ..."); `timeoutMs` as MainWindow::showStatusMessage.
    void message(const QString &text, int timeoutMs);
    /// The terminal tools changed the terminals (removed one, changed its mode): the list must be read again.
    void terminalsChanged();
    /// Mercado Pago refused the token while the terminal tools talked to it.
    void tokenRejected();

private:
    void onActiveChanged(bool active);

    PointBackend *m_client;
    QWidget *m_window;
    QPointer<ManagerSession> m_session;
    QPointer<ManagerDialog> m_terminals;
    QPointer<PinDialog> m_pinDialog;
};
