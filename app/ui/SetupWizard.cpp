#include "ui/SetupWizard.h"

#include "api/PointBackend.h"
#include "ui/Theme.h"
#include "ui/setup/ApiPage.h"
#include "ui/setup/IntegrationPage.h"
#include "ui/setup/IntroPage.h"
#include "ui/setup/PinPage.h"
#include "ui/setup/SavePage.h"
#include "ui/setup/TokenPage.h"

#include <QAbstractButton>
#include <QApplication>

SetupWizard::SetupWizard(Mode mode, TokenStore *store, ManagerSession *session, Settings *settings, QWidget *parent)
    : QWizard(parent), m_mode(mode), m_setup(new AccountSetup(store, session, settings, this))
{
    m_setup->setManagesPin(needsPin(mode));
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(mode == Mode::Replace || mode == Mode::Rejected ? tr("Set up the access token")
                                                                   : tr("Set up PointDesk"));
    setAccessibleName(windowTitle());
    setWindowModality(Qt::WindowModal);
    setWizardStyle(QWizard::ModernStyle);
    const int logo = fontMetrics().height() * 3;
    setPixmap(QWizard::LogoPixmap, Theme::appIcon().pixmap(logo, logo));
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage, false);

    m_introPage = new IntroPage(this, m_setup);
    m_tokenPage = new TokenPage(this, m_setup);
    m_pinPage = new PinPage(this, m_setup);
    setPage(IntroPageId, m_introPage);
    setPage(TokenPageId, m_tokenPage);
    setPage(ApiPageId, new ApiPage(this, m_setup));
    setPage(IntegrationPageId, new IntegrationPage(this, m_setup));
    setPage(PinPageId, m_pinPage);
    setPage(SavePageId, new SavePage(this, m_setup, settings));
    setStartId(mode == Mode::Replace || mode == Mode::Rejected ? TokenPageId : IntroPageId);

    const bool offerDemo = mode == Mode::FirstRun || mode == Mode::NoBackend || mode == Mode::KeychainProblem;
    if (offerDemo) {
        setOption(QWizard::HaveCustomButton1);
        setButtonText(QWizard::CustomButton1, tr("Try &demo mode instead"));
        connect(this, &QWizard::customButtonClicked, this, [this](int which) {
            if (which != QWizard::CustomButton1)
                return;
            m_demoChosen = true;
            reject();
        });
        setButtonLayout({QWizard::CustomButton1, QWizard::Stretch, QWizard::BackButton, QWizard::NextButton,
                         QWizard::FinishButton, QWizard::CancelButton});
    }
    setButtonText(QWizard::FinishButton, tr("&Save"));

    const struct
    {
        QWizard::WizardButton which;
        const char *name;
        QString accessible;
    } buttons[] = {
        {QWizard::BackButton, "wizardBackButton", tr("Back")},
        {QWizard::NextButton, "wizardNextButton", tr("Next")},
        {QWizard::FinishButton, "wizardSaveButton", tr("Save")},
        {QWizard::CancelButton, "wizardCancelButton", tr("Cancel")},
        {QWizard::CustomButton1, "tryDemoButton", tr("Try demo mode instead")},
        {QWizard::HelpButton, "wizardHelpButton", tr("Help")},
        {QWizard::CommitButton, "wizardCommitButton", tr("Commit")},
    };
    for (const auto &b : buttons) {
        if (QAbstractButton *button = this->button(b.which)) {
            button->setObjectName(QLatin1String(b.name));
            button->setAccessibleName(b.accessible);
        }
    }

    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    setMinimumSize(em * 46, fontMetrics().height() * 28);
    resize(em * 60, fontMetrics().height() * 36);
    m_tokenPage->setBase(PointBackend::defaultBaseUrl(), false);
    connect(m_setup, &AccountSetup::pinStateChanged, this, &SetupWizard::onPinState);

    // A store that is session-only already has no keychain behind it (that choice is only offered then).
    if (m_mode == Mode::FirstRun && store->isSessionOnly()) {
        m_mode = Mode::NoBackend;
        m_introPage->build();
    }
    if (m_mode == Mode::NoBackend) {
        // No keychain, so no PIN kept in one: a new PIN is chosen (kept in memory with the token). Save asks the
        // store once more before writing it.
        m_setup->setPinState(PinState::Unavailable);
        m_pinPage->showForm();
    } else if (needsPin(m_mode)) {
        queryPinState();
    }
}

void SetupWizard::queryPinState()
{
    m_setup->queryPinState();
    m_pinPage->showForm();
    Q_EMIT m_introPage->completeChanged();
}

void SetupWizard::onPinState(AccountSetup::PinState state, const TokenStore::Result &read)
{
    if (m_mode == Mode::FirstRun && state == PinState::Unavailable) {
        // The keychain is missing or failing: the first page says so now, not the Save button at the end.
        if (read.status == TokenStore::Status::NoBackend) {
            m_mode = Mode::NoBackend;
        } else {
            m_mode = Mode::KeychainProblem;
            m_reason = read.message();
        }
        m_introPage->build();
    }
    m_pinPage->showForm();
    Q_EMIT m_introPage->completeChanged();
    // Next was off while the keychain answered, so the keyboard went to another button ("Try demo mode instead",
    // Cancel), or the page's first field (the demo's API) has it: give it to Next, or Enter on the welcome page would
    // leave setup.
    if (currentId() == IntroPageId) {
        QAbstractButton *next = button(QWizard::NextButton);
        QWidget *focus = QApplication::focusWidget();
        if (next && next->isEnabled() && next->isVisible() &&
            (!focus || !isAncestorOf(focus) || focus == button(QWizard::CustomButton1) ||
             focus == button(QWizard::CancelButton) || focus == button(QWizard::BackButton) ||
             (focus == m_introPage->demoApiChoice() && focus)))
            next->setFocus(Qt::OtherFocusReason);
    }
}

void SetupWizard::done(int result)
{
    // Manager mode that came on only through setup's PIN check ends when setup is cancelled.
    if (result != QDialog::Accepted)
        m_setup->cancel();
    QWizard::done(result);
}

SetupWizard::~SetupWizard() = default;

bool SetupWizard::needsPin(Mode mode)
{
    return mode == Mode::FirstRun || mode == Mode::NoBackend || mode == Mode::KeychainProblem;
}

void SetupWizard::setApiBase(const QUrl &url, bool fixed)
{
    m_setup->setApiBaseFixed(fixed);
    m_tokenPage->setBase(url.isEmpty() ? PointBackend::defaultBaseUrl() : url, fixed);
}

QUrl SetupWizard::apiBase() const
{
    if (!m_setup->checkedBase().isEmpty())
        return m_setup->checkedBase();
    return m_tokenPage->base();
}

void SetupWizard::setReason(const QString &reason)
{
    m_reason = reason;
    m_introPage->setReason(reason);
    m_tokenPage->setReason(m_mode == Mode::Rejected ? reason : QString());
}

void SetupWizard::setCurrentToken(const QString &token)
{
    // "…" and "•" are never part of a token, and always part of what maskToken() makes: such a value is masked
    // already, and masking it again would show "••••".
    const bool masked = token.contains(QChar(0x2026)) || token.contains(QChar(0x2022));
    m_tokenPage->setCurrent(masked ? token.trimmed() : maskToken(token));
}

QString SetupWizard::demoApi() const
{
    return m_introPage->demoApi();
}

void SetupWizard::setDemoApi(const QString &api)
{
    m_introPage->setDemoApi(api);
}

void SetupWizard::setRequestTimeout(int milliseconds)
{
    m_setup->setRequestTimeout(milliseconds);
}
