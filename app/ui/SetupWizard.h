#pragma once

#include "sales/AccountSetup.h"
#include "store/TokenStore.h"

#include <QUrl>
#include <QWizard>

class IntroPage;
class ManagerSession;
class PinPage;
class Settings;
class TokenPage;

/// Sets up the Mercado Pago account: the access token (checked at once by listing the terminals), the account's API
/// (legacy or Orders; "Check which one answers" asks both), optionally the "enable integration" call (legacy), the
/// manager PIN, then saves the token in the system keychain and nowhere else. Every problem shows on the page where it
/// happened; nothing is saved until the last page's Save. When it opens it asks the keychain whether a manager PIN is
/// stored (which also tells whether there is a keychain at all): with no keychain service the first page explains it
/// and offers session-only use; with a PIN stored (an account signed out with pointdesk-cli logout keeps it) the PIN
/// page asks for that PIN, under manager mode's lockout rules (ManagerSession::unlock), and the PIN is never replaced
/// here. The logic that is not widgets (the check, the PIN, saving) is AccountSetup's; each page is a class of its own
/// under ui/setup/. Open it with open(): it never blocks in a nested event loop.
class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    enum class Mode {
        FirstRun,        ///< no account on this computer: welcome page, PIN page, "Try demo mode instead"
        NoBackend,       ///< no keychain service: the explanation and the session-only choice first (a FirstRun
                         ///< wizard turns into this one when the keychain turns out to be missing)
        KeychainProblem, ///< the keychain refused or failed: its message first, with "Try the keychain again" (a
                         ///< FirstRun wizard turns into this one when the keychain refuses or fails)
        Replace,         ///< a manager replaces the token: starts at the token page, the PIN stays
        Rejected         ///< Mercado Pago refused the saved token (401): the token page with the reason
    };
    /// Pages in the order they show: Intro, Token, Api, Integration (only for an API that has the call), Pin, Save.
    enum PageId { IntroPageId, TokenPageId, IntegrationPageId, PinPageId, SavePageId, ApiPageId };

    /// `store`, `session` and `settings` must outlive the wizard.
    SetupWizard(Mode mode, TokenStore *store, ManagerSession *session, Settings *settings, QWidget *parent = nullptr);
    ~SetupWizard() override;

    Mode mode() const { return m_mode; }

    /// The address the token is checked against and saved with. `fixed`: set by --api-base or POINTDESK_API_BASE,
    /// so the advanced field shows it but cannot change it (and it is not saved in the settings).
    void setApiBase(const QUrl &url, bool fixed);
    /// The address chosen (the advanced field's, or the fixed one).
    QUrl apiBase() const;
    /// Why the wizard opened (the 401 reason, a keychain problem): shown at the top of the first page shown.
    void setReason(const QString &reason);
    QString reason() const { return m_reason; }
    /// The token saved now, to show masked on the token page when replacing it. A value masked already (by
    /// maskToken()) is shown as it is, never masked twice.
    void setCurrentToken(const QString &token);
    /// Timeout for the check and the enable-integration call (default: PointBackend's).
    void setRequestTimeout(int milliseconds);

    /// After Save: the token that was checked and saved (kept in memory for the running client only).
    QString savedToken() const { return m_setup->savedToken(); }
    bool isSaved() const { return m_setup->isSaved(); }
    /// The user pressed "Try demo mode instead".
    bool demoChosen() const { return m_demoChosen; }
    /// The API the demo is to play, as chosen on the welcome page ("legacy", "orders").
    QString demoApi() const;
    /// The API the demo plays now, shown on the welcome page.
    void setDemoApi(const QString &api);
    /// The token is kept only in memory, until PointDesk quits (no keychain service).
    bool sessionOnlyChosen() const { return m_setup->isSessionOnlyChosen(); }
    /// Terminals the checked token could see.
    int checkedDeviceCount() const { return m_setup->checkedDeviceCount(); }

    /// What the keychain said about the manager PIN when the wizard opened (Checking until it answered).
    using PinState = AccountSetup::PinState;
    PinState pinState() const { return m_setup->pinState(); }

    /// "APP_USR-…-1a2b": the token's prefix and its last 4 characters, never more (AccountSetup::maskToken).
    static QString maskToken(const QString &token) { return AccountSetup::maskToken(token); }

    /// The setup logic the pages drive.
    AccountSetup *accountSetup() const { return m_setup; }

    /// Cancelling also ends manager mode when it came on only through the PIN entered here.
    void done(int result) override;

Q_SIGNALS:
    /// "Try the keychain again" (KeychainProblem / NoBackend): the caller reads the keychain once more.
    void keychainRetryRequested();

private:
    static bool needsPin(Mode mode);
    void queryPinState();
    void onPinState(AccountSetup::PinState state, const TokenStore::Result &read);

    Mode m_mode;
    AccountSetup *m_setup = nullptr;
    IntroPage *m_introPage = nullptr;
    TokenPage *m_tokenPage = nullptr;
    PinPage *m_pinPage = nullptr;
    QString m_reason;
    bool m_demoChosen = false;
};
