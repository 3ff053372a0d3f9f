#pragma once

#include "store/ManagerSession.h"

#include <QTimer>
#include <QWizardPage>

class AccountSetup;
class QFormLayout;
class QLabel;
class QLineEdit;
class SetupWizard;

/// The manager PIN: a new one typed twice, or the one already set on this computer, checked under manager mode's
/// lockout rules (AccountSetup::proveStoredPin) and never replaced.
class PinPage : public QWizardPage
{
    Q_OBJECT

public:
    PinPage(SetupWizard *wizard, AccountSetup *setup);

    /// The form for what the keychain said: a new PIN twice, or the one already set.
    void showForm();

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    QLineEdit *firstField() const;
    /// Why the new PIN typed so far will be refused, as soon as that is certain; empty otherwise.
    QString liveProblem() const;
    bool lockedOut() const;
    bool validateStoredPin();
    void onStoredPinChecked(const ManagerSession::Result &result);
    void updateLockout();

    SetupWizard *m_wizard;
    AccountSetup *m_setup;
    QLabel *m_what = nullptr;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_pin = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_status = nullptr;
    QTimer m_lockoutTick;
};
