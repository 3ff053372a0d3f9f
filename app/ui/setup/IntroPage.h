#pragma once

#include <QPointer>
#include <QWizardPage>

class AccountSetup;
class QCheckBox;
class QComboBox;
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

    /// The API "Try demo mode instead" plays (the welcome page's choice; "legacy" on other pages).
    QString demoApi() const;
    void setDemoApi(const QString &api);
    /// The demo's API choice on the welcome page; nullptr on the other pages this one can be.
    QWidget *demoApiChoice() const;

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
    QComboBox *m_demoApi = nullptr;
    QString m_demoApiKey;
};
