#pragma once

#include <QWizardPage>

class AccountSetup;
class QLabel;
class QPushButton;
class SetupWizard;

/// The last page: what is about to be saved, and Save (AccountSetup::save). With no keychain service it offers to
/// keep the token for this session only.
class SavePage : public QWizardPage
{
    Q_OBJECT

public:
    SavePage(SetupWizard *wizard, AccountSetup *setup);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void save();

    SetupWizard *m_wizard;
    AccountSetup *m_setup;
    QLabel *m_summary = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_sessionOnly = nullptr;
};
