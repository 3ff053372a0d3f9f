#pragma once

#include "store/ManagerSession.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>

class QLabel;
class QLineEdit;
class QPushButton;

/// Asks for the manager PIN. Unlock: enters manager mode; when no PIN is stored yet (the account came from
/// pointdesk-cli login) it asks for the saved access token as proof and a new PIN instead. Change: the old PIN and
/// a new one, in manager mode. A damaged stored PIN is said to be damaged and replaced after the access token is
/// given, as when none is stored. Wrong PINs and the lockout are shown in the dialog, never in a separate box; every
/// check runs off the UI thread. Open it with open(): it is window-modal and never blocks in a nested loop.
class PinDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Unlock, Change };
    /// What the dialog is showing: Checking while the keychain is asked whether a PIN exists.
    /// ResetPin: the stored PIN is damaged; the access token proves the manager and a new PIN replaces it.
    enum class Form { Checking, EnterPin, CreatePin, ResetPin, ChangePin, Unavailable };

    PinDialog(Mode mode, ManagerSession *session, QWidget *parent = nullptr);

    /// A sentence above the fields: why the PIN is asked for ("Enter the manager PIN to free a terminal.").
    void setPurpose(const QString &text);
    Mode mode() const { return m_mode; }
    Form form() const { return m_form; }
    /// The message under the fields ("That PIN is not right ..."), empty when none.
    QString errorText() const;

    /// What to tell the person about `result`, in whole sentences ("One more wrong try locks manager mode ...").
    /// Shared with the setup wizard, which asks for the PIN under the same rules.
    static QString resultText(const ManagerSession::Result &result);

public Q_SLOTS:
    /// Cancel: a check still running is abandoned too (ManagerSession::cancelCheck), so it counts for nothing.
    void reject() override;

Q_SIGNALS:
    /// Unlock: manager mode is on. Change: the new PIN is stored. Emitted just before the dialog closes.
    void succeeded();

private:
    void setForm(Form form);
    void submit();
    void onResult(const ManagerSession::Result &result);
    void showError(const QString &text);
    void updateLockout();
    void updateOkButton();
    /// The field the form starts with: the token for CreatePin, else the (current) PIN.
    QLineEdit *firstField() const;

    Mode m_mode;
    QPointer<ManagerSession> m_session;
    Form m_form = Form::Checking;
    bool m_waiting = false;

    QLabel *m_title = nullptr;
    QLabel *m_purpose = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_tokenLabel = nullptr;
    QLineEdit *m_tokenEdit = nullptr;
    QLabel *m_pinLabel = nullptr;
    QLineEdit *m_pinEdit = nullptr;
    QLabel *m_newPinLabel = nullptr;
    QLineEdit *m_newPinEdit = nullptr;
    QLabel *m_confirmLabel = nullptr;
    QLineEdit *m_confirmEdit = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_okButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QTimer m_lockoutTick;
};
