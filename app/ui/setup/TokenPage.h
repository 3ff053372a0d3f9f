#pragma once

#include <QUrl>
#include <QWizardPage>

class AccountSetup;
class QFrame;
class QLabel;
class QLineEdit;
class QToolButton;
class SetupWizard;

/// The access token, checked with Mercado Pago (AccountSetup::checkToken) before the wizard goes on; the API address
/// under "Advanced".
class TokenPage : public QWizardPage
{
    Q_OBJECT

public:
    TokenPage(SetupWizard *wizard, AccountSetup *setup);

    /// Why the token is set up again (Mercado Pago refused the saved one), in a framed note at the top.
    void setReason(const QString &text);
    /// The token saved now, masked already.
    void setCurrent(const QString &masked);
    /// The address shown in the advanced field; `fixed`: set at start-up, shown but not editable.
    void setBase(const QUrl &url, bool fixed);
    /// The address in the advanced field.
    QUrl base() const;
    /// The token typed, normalized (AccountSetup::normalizedToken).
    QString token() const;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    /// The API page: the token works, now the API.
    int nextId() const override;

private:
    SetupWizard *m_wizard;
    AccountSetup *m_setup;
    QFrame *m_reason = nullptr;
    QLabel *m_reasonText = nullptr;
    QLabel *m_current = nullptr;
    QLineEdit *m_token = nullptr;
    QToolButton *m_show = nullptr;
    QToolButton *m_advanced = nullptr;
    QWidget *m_advancedPanel = nullptr;
    QLineEdit *m_base = nullptr;
    QLabel *m_baseNote = nullptr;
    QLabel *m_status = nullptr;
};
