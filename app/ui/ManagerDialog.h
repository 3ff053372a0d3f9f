#pragma once

#include "api/PointBackend.h"

#include "api/ApiCall.h"
#include "api/ApiError.h"
#include "core/Device.h"

#include <QDialog>
#include <QPointer>

class ManagerSession;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;
class QTreeWidget;

/// The manager's Terminals dialog: every terminal of the account with its state and the order it holds.
/// Free terminal cancels whatever order the terminal holds (call 4, by device name) once the manager says yes to the
/// same question the cashier window asks; Remove terminal takes it off the account (call 7) after the manager types
/// its name (capitals and accents do not matter) or chooses it from the account's terminals. Only while manager mode
/// is on: each action checks the session again, and the dialog closes when manager mode ends. Results and errors
/// show inside the dialog.
class ManagerDialog : public QDialog
{
    Q_OBJECT

public:
    /// `client` and `session` must outlive the dialog.
    ManagerDialog(PointBackend *client, ManagerSession *session, QWidget *parent = nullptr);
    ~ManagerDialog() override;

    /// Asks for the terminal list again.
    void refresh();
    const DeviceList &devices() const { return m_devices; }
    /// The message line at the bottom (results and problems).
    QString statusText() const;
    bool isBusy() const { return m_call != nullptr; }

    /// `typed` names the terminal `name` for removing it: the same text, or the same once capitals, accents and
    /// extra spaces are set aside, as long as no other terminal in `all` reads the same that way.
    static bool confirmsName(const QString &typed, const QString &name, const QStringList &all);

Q_SIGNALS:
    /// A terminal was freed or removed: the cashier window should refresh its list.
    void terminalsChanged();
    /// Mercado Pago refused the access token while the manager worked here.
    void tokenRejected();

private:
    void onDevices(const ApiError &error, const DeviceList &devices);
    void freeSelected();
    void freeConfirmed(const QString &name);
    void askToRemoveSelected();
    void removeConfirmed();
    void cancelRemove();
    bool checkSession();
    QString selectedName() const;
    QStringList deviceNames() const;
    bool confirmTextMatches() const;
    void showConfirmHint(bool show);
    void setStatus(const QString &text, bool problem);
    /// An action starts: the previous one's result no longer stands in the status line.
    void clearNote();
    void updateButtons();

    PointBackend *m_client = nullptr;
    PointBackend::Capabilities m_capabilities; ///< what the account's API can do: the rest is not offered
    QPointer<ManagerSession> m_session;
    DeviceList m_devices;
    QPointer<ApiCall> m_call;
    QString m_removing;
    QString m_note;      ///< the last action's result, kept in front of the count when the list comes back
    QString m_countText; ///< "3 terminals on this account.", as the list last came back
    QPointer<QMessageBox> m_freeBox;

    QTreeWidget *m_list = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QPushButton *m_freeButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QFrame *m_confirmPanel = nullptr;
    QLabel *m_confirmText = nullptr;
    QComboBox *m_confirmCombo = nullptr; ///< editable: type the name, or choose it
    QLineEdit *m_confirmEdit = nullptr;  ///< the combo's own field
    QLabel *m_confirmHint = nullptr;     ///< what is expected, when what was given does not match
    QPushButton *m_confirmButton = nullptr;
    QPushButton *m_cancelRemoveButton = nullptr;
    QLabel *m_status = nullptr;
};
