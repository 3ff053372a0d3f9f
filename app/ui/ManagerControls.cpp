#include "ui/ManagerControls.h"

#include "store/ManagerSession.h"
#include "ui/ManagerDialog.h"
#include "ui/PinDialog.h"

#include <QTimer>
#include <QWidget>

ManagerControls::ManagerControls(PointBackend *client, QWidget *window)
    : QObject(window), m_client(client), m_window(window)
{
}

void ManagerControls::setSession(ManagerSession *session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (m_session) {
        connect(m_session, &ManagerSession::activeChanged, this, &ManagerControls::onActiveChanged);
        connect(m_session, &ManagerSession::ended, this, [this](ManagerSession::EndReason reason) {
            switch (reason) {
            case ManagerSession::EndReason::Idle:
                Q_EMIT message(tr("Manager mode ended after a few minutes without use."), 10000);
                break;
            case ManagerSession::EndReason::LockedOut:
                Q_EMIT message(tr("Manager mode ended: too many wrong PINs."), 10000);
                break;
            case ManagerSession::EndReason::User:
                Q_EMIT message(tr("Manager mode ended."), 5000);
                break;
            case ManagerSession::EndReason::SignedOut:
                break;
            }
        });
    }
    onActiveChanged(isActive());
}

bool ManagerControls::isActive() const
{
    return m_session && m_session->isActive();
}

void ManagerControls::onActiveChanged(bool active)
{
    if (!active) {
        if (m_terminals)
            m_terminals->reject();
        if (m_pinDialog && m_pinDialog->mode() == PinDialog::Mode::Change)
            m_pinDialog->reject();
    }
    Q_EMIT activeChanged(active);
}

void ManagerControls::require(const QString &purpose, std::function<void()> then)
{
    if (!m_session)
        return;
    if (m_session->isActive()) {
        then();
        return;
    }
    if (m_pinDialog && m_pinDialog->isVisible()) {
        m_pinDialog->raise();
        return;
    }
    auto *dialog = new PinDialog(PinDialog::Mode::Unlock, m_session, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPurpose(purpose);
    connect(dialog, &PinDialog::succeeded, this, [this, then]() {
        // After the dialog has closed, so that what follows (a wizard, a confirmation) opens on the window.
        QTimer::singleShot(0, this, [this, then]() {
            if (isActive())
                then();
        });
    });
    m_pinDialog = dialog;
    dialog->open();
}

void ManagerControls::enter()
{
    require(QString(), [this]() { Q_EMIT message(tr("Manager mode is on."), 5000); });
}

void ManagerControls::openTerminals()
{
    // Checked again here, not only by the menu's state: a shortcut or a stale action must not slip through.
    if (!isActive()) {
        require(tr("Enter the manager PIN to open the terminals."), [this]() { openTerminals(); });
        return;
    }
    if (m_terminals && m_terminals->isVisible()) {
        m_terminals->raise();
        m_terminals->activateWindow();
        return;
    }
    auto *dialog = new ManagerDialog(m_client, m_session, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &ManagerDialog::terminalsChanged, this, &ManagerControls::terminalsChanged);
    connect(dialog, &ManagerDialog::tokenRejected, this, &ManagerControls::tokenRejected);
    m_terminals = dialog;
    dialog->open();
}

void ManagerControls::changePin()
{
    if (!isActive()) {
        require(tr("Enter the manager PIN to change it."), [this]() { changePin(); });
        return;
    }
    if (m_pinDialog && m_pinDialog->isVisible()) {
        m_pinDialog->raise();
        return;
    }
    auto *dialog = new PinDialog(PinDialog::Mode::Change, m_session, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PinDialog::succeeded, this,
            [this]() { Q_EMIT message(tr("The manager PIN was changed."), 8000); });
    m_pinDialog = dialog;
    dialog->open();
}

void ManagerControls::end()
{
    if (m_session)
        m_session->end(ManagerSession::EndReason::User);
}
