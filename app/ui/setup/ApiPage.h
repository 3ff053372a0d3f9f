#pragma once

#include <QHash>
#include <QUrl>
#include <QWizardPage>

class AccountSetup;
class ApiProbe;
class QButtonGroup;
class QLabel;
class QPushButton;
class QRadioButton;
class SetupWizard;

/// Which Mercado Pago API the account speaks (api/Backends): one choice per API with what it is for, and "Check
/// which one answers", which asks every API for the terminal list with the token just checked (ApiProbe, without
/// blocking; dropped when the page is left) and preselects the one that lists terminals. Next checks the token
/// again when the choice is not the API it was checked with.
class ApiPage : public QWizardPage
{
    Q_OBJECT

public:
    ApiPage(SetupWizard *wizard, AccountSetup *setup);

    /// The API chosen on the page.
    QString chosenApi() const;
    /// The probe the "Check" button runs (for the tests).
    ApiProbe *probe() const { return m_probe; }

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    void choose(const QString &api);
    void startProbe();
    void showAnswers();

    SetupWizard *m_wizard;
    AccountSetup *m_setup;
    ApiProbe *m_probe = nullptr;
    QButtonGroup *m_group = nullptr;
    QHash<QString, QRadioButton *> m_choices;
    QHash<QString, QLabel *> m_answers;
    QPushButton *m_check = nullptr;
    QLabel *m_status = nullptr;
    QString m_token; ///< the token the token page checked, kept for a check with another API
    QUrl m_base;
    bool m_rechecking = false;
};
