#pragma once

#include "core/Currency.h"

#include <QLocale>
#include <QWizardPage>

class AccountSetup;
class QComboBox;
class QLabel;
class QPushButton;
class Settings;
class SetupWizard;

/// The last page: what is about to be saved, the account's currency (asked, never assumed), and Save
/// (AccountSetup::save). With no keychain service it offers to keep the token for this session only.
class SavePage : public QWizardPage
{
    Q_OBJECT

public:
    SavePage(SetupWizard *wizard, AccountSetup *setup, Settings *settings);

    /// The currency to propose: `saved` when it was chosen before (it differs from what `locale` alone gives), else
    /// the one of `locale`'s country, else the one of the country whose time the computer keeps (`zone`: an
    /// English-speaking shop in Brazil gets reais, not pesos), else `locale`'s fallback.
    static Currency suggestedCurrency(const QString &saved, const QLocale &locale, QLocale::Territory zone);
    /// The currency chosen on the page.
    Currency chosenCurrency() const;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void save();

    SetupWizard *m_wizard;
    AccountSetup *m_setup;
    Settings *m_settings;
    QComboBox *m_currency = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_sessionOnly = nullptr;
};
