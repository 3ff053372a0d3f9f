#pragma once

#include <QWizardPage>

class AccountSetup;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class SetupWizard;

/// Optional: the "enable integration" call for the account's user id (AccountSetup::enableIntegration), and the
/// token check's result at the top (the token page moves on as soon as the check succeeds).
class IntegrationPage : public QWizardPage
{
    Q_OBJECT

public:
    IntegrationPage(SetupWizard *wizard, AccountSetup *setup);

    bool eventFilter(QObject *watched, QEvent *event) override;
    void initializePage() override;
    bool isComplete() const override { return !m_busy; }
    int nextId() const override;

private:
    void enable();

    SetupWizard *m_wizard;
    AccountSetup *m_setup;
    QFrame *m_checked = nullptr;
    QLabel *m_checkedText = nullptr;
    QLineEdit *m_userId = nullptr;
    QPushButton *m_enable = nullptr;
    QLabel *m_status = nullptr;
    bool m_busy = false;
};
