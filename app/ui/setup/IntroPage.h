#pragma once

#include <QPointer>
#include <QWizardPage>

class AccountSetup;
class QCheckBox;
class QFrame;
class QLabel;
class QVBoxLayout;
class SetupWizard;

/// The setup wizard's first page: the welcome, or why the keychain cannot be used (with the session-only choice and
/// "Try the keychain again").
class IntroPage : public QWizardPage
{
    Q_OBJECT

public:
    IntroPage(SetupWizard *wizard, AccountSetup *setup);

    /// Fills the page for the wizard's mode; again when a FirstRun wizard learns that the keychain is missing or
    /// failing.
    void build();
    /// Why the wizard opened, in a framed note above the rest (a missing keychain has its own explanation there).
    void setReason(const QString &text);

    bool isComplete() const override;
    bool validatePage() override;

private:
    SetupWizard *m_wizard;
    AccountSetup *m_setup;
    QVBoxLayout *m_layout = nullptr;
    QFrame *m_reason = nullptr;
    QLabel *m_reasonText = nullptr;
    QPointer<QWidget> m_content;
    QCheckBox *m_sessionOnly = nullptr;
};
