#pragma once

#include "store/TokenStore.h"

#include <QPointer>
#include <QUrl>
#include <QWizard>

class ManagerSession;
class LegacyPointBackend;
class Settings;

/// Sets up the Mercado Pago account: the access token (checked at once by listing the terminals), optionally the
/// "enable integration" call, the manager PIN, then saves the token in the system keychain and nowhere else.
/// Every problem shows on the page where it happened; nothing is saved until the last page's Save.
/// When it opens it asks the keychain whether a manager PIN is stored (which also tells whether there is a keychain
/// at all): with no keychain service the first page explains it and offers session-only use; with a PIN stored (an
/// account signed out with pointdesk-cli logout keeps it) the PIN page asks for that PIN, under manager mode's
/// lockout rules (ManagerSession::unlock), and the PIN is never replaced here.
/// Open it with open(): it never blocks in a nested event loop.
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
    enum PageId { IntroPageId, TokenPageId, IntegrationPageId, PinPageId, SavePageId };

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
    /// Timeout for the check and the enable-integration call (default: LegacyPointBackend's).
    void setRequestTimeout(int milliseconds);

    /// After Save: the token that was checked and saved (kept in memory for the running client only).
    QString savedToken() const { return m_saved ? m_checkedToken : QString(); }
    bool isSaved() const { return m_saved; }
    /// The user pressed "Try demo mode instead".
    bool demoChosen() const { return m_demoChosen; }
    /// The token is kept only in memory, until PointDesk quits (no keychain service).
    bool sessionOnlyChosen() const { return m_sessionOnly; }
    /// Terminals the checked token could see.
    int checkedDeviceCount() const { return m_deviceCount; }

    /// What the keychain said about the manager PIN when the wizard opened (Checking until it answered).
    enum class PinState { NotAsked, Checking, NotSet, Set, Unavailable };
    PinState pinState() const { return m_pinState; }

    /// "APP_USR-…-1a2b": the token's prefix and its last 4 characters, never more.
    static QString maskToken(const QString &token);

    /// Cancelling also ends manager mode when it came on only through the PIN entered here.
    void done(int result) override;

Q_SIGNALS:
    /// "Try the keychain again" (KeychainProblem / NoBackend): the caller reads the keychain once more.
    void keychainRetryRequested();

private:
    friend class SetupIntroPage;
    friend class SetupTokenPage;
    friend class SetupIntegrationPage;
    friend class SetupPinPage;
    friend class SetupSavePage;

    bool needsPin() const;
    /// A manager PIN is stored, so the PIN page asks for it instead of a new one.
    bool keepsStoredPin() const { return needsPin() && m_pinState == PinState::Set; }
    /// The PIN page is shown: a new PIN to choose, or the stored one not proven yet (manager mode on proves it).
    bool needsPinPage() const;
    void chooseSessionOnly();
    void queryPinState();
    void onPinState(const TokenStore::Result &read);

    Mode m_mode;
    TokenStore *m_store = nullptr;
    QPointer<ManagerSession> m_session;
    Settings *m_settings = nullptr;
    LegacyPointBackend *m_client = nullptr;

    QUrl m_apiBase;
    bool m_apiBaseFixed = false;
    QString m_reason;
    QString m_currentToken;
    QString m_checkedToken;
    QUrl m_checkedBase;
    int m_deviceCount = 0;
    QString m_pin;
    PinState m_pinState = PinState::NotAsked;
    bool m_pinProven = false;          ///< the stored PIN was entered right on the PIN page
    bool m_managerModeBySetup = false; ///< manager mode came on through that PIN: it ends if setup is cancelled
    bool m_saved = false;
    bool m_demoChosen = false;
    bool m_sessionOnly = false;
};
