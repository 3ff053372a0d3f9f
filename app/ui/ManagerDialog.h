#pragma once

#include "ApiCall.h"
#include "ApiError.h"
#include "Device.h"

#include <QDialog>
#include <QPointer>

class ManagerSession;
class PointClient;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

/// The manager's Terminals dialog: every terminal of the account with its state and the order it holds.
/// Free terminal cancels whatever order the terminal holds (call 4, by device name); Remove terminal takes it off
/// the account (call 7) after the manager types its name. Only while manager mode is on: each action checks the
/// session again, and the dialog closes when manager mode ends. Results and errors show inside the dialog.
class ManagerDialog : public QDialog
{
    Q_OBJECT

public:
    /// `client` and `session` must outlive the dialog.
    ManagerDialog(PointClient *client, ManagerSession *session, QWidget *parent = nullptr);
    ~ManagerDialog() override;

    /// Asks for the terminal list again.
    void refresh();
    const DeviceList &devices() const { return m_devices; }
    /// The message line at the bottom (results and problems).
    QString statusText() const;
    bool isBusy() const { return m_call != nullptr; }

Q_SIGNALS:
    /// A terminal was freed or removed: the cashier window should refresh its list.
    void terminalsChanged();
    /// Mercado Pago refused the access token while the manager worked here.
    void tokenRejected();

private:
    void onDevices(const ApiError &error, const DeviceList &devices);
    void freeSelected();
    void askToRemoveSelected();
    void removeConfirmed();
    void cancelRemove();
    bool checkSession();
    QString selectedName() const;
    void setStatus(const QString &text, bool problem);
    void updateButtons();

    PointClient *m_client = nullptr;
    QPointer<ManagerSession> m_session;
    DeviceList m_devices;
    QPointer<ApiCall> m_call;
    QString m_removing;
    QString m_note; ///< the last action's result, kept in front of the count when the list comes back

    QTreeWidget *m_list = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QPushButton *m_freeButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QFrame *m_confirmPanel = nullptr;
    QLabel *m_confirmText = nullptr;
    QLineEdit *m_confirmEdit = nullptr;
    QPushButton *m_confirmButton = nullptr;
    QPushButton *m_cancelRemoveButton = nullptr;
    QLabel *m_status = nullptr;
};
