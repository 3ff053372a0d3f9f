#include "ui/setup/TokenPage.h"

#include "api/PointBackend.h"
#include "sales/AccountSetup.h"
#include "ui/SetupWizard.h"
#include "ui/setup/SetupLook.h"

#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

using namespace SetupLook;

TokenPage::TokenPage(SetupWizard *wizard, AccountSetup *setup) : QWizardPage(wizard), m_wizard(wizard), m_setup(setup)
{
    setObjectName(QStringLiteral("setupTokenPage"));
    const bool replacing =
        wizard->mode() == SetupWizard::Mode::Replace || wizard->mode() == SetupWizard::Mode::Rejected;
    setTitle(replacing ? tr("Set up the access token again") : tr("The access token"));
    setSubTitle(tr("PointDesk checks the token with Mercado Pago before saving anything."));

    m_reasonText = paragraph(QString(), this, QStringLiteral("tokenReasonLabel"));
    m_reason = notice(QStringLiteral("tokenReasonFrame"), Theme::Tone::Danger, m_reasonText, this);
    m_reason->hide();

    m_current = paragraph(QString(), this, QStringLiteral("currentTokenLabel"));
    m_current->hide();

    auto *how = paragraph(tr("Paste the production access token of the shop's Mercado Pago account (Mercado Pago "
                             "Developers, Your integrations, Production credentials). It usually starts with "
                             "APP_USR-."),
                          this, QStringLiteral("tokenHowLabel"));

    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("tokenEdit"));
    m_token->setAccessibleName(tr("Access token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("APP_USR-\u2026"));
    m_token->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_show = new QToolButton(this);
    m_show->setObjectName(QStringLiteral("showTokenButton"));
    m_show->setText(tr("Sho&w"));
    m_show->setAccessibleName(tr("Show the access token"));
    m_show->setCheckable(true);
    connect(m_show, &QToolButton::toggled, this,
            [this](bool on) { m_token->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    auto *tokenLabel = new QLabel(tr("Access &token:"), this);
    tokenLabel->setBuddy(m_token);
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_show);

    // Advanced: another API address (a sandbox, or the simulator on this computer).
    m_advanced = new QToolButton(this);
    m_advanced->setObjectName(QStringLiteral("advancedButton"));
    m_advanced->setText(tr("&Advanced"));
    m_advanced->setAccessibleName(tr("Show the advanced settings"));
    m_advanced->setCheckable(true);
    m_advanced->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advanced->setArrowType(Qt::RightArrow);
    m_advanced->setAutoRaise(true);
    m_advancedPanel = new QWidget(this);
    m_advancedPanel->setObjectName(QStringLiteral("advancedPanel"));
    m_base = new QLineEdit(m_advancedPanel);
    m_base->setObjectName(QStringLiteral("apiBaseEdit"));
    m_base->setAccessibleName(tr("Mercado Pago API address"));
    m_base->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_baseNote = paragraph(QString(), m_advancedPanel, QStringLiteral("apiBaseNote"));
    m_baseNote->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(Theme::mutedText().name()));
    auto *baseLabel = new QLabel(tr("API add&ress:"), m_advancedPanel);
    baseLabel->setBuddy(m_base);
    auto *advancedLayout = new QFormLayout(m_advancedPanel);
    advancedLayout->setContentsMargins(0, 0, 0, 0);
    advancedLayout->addRow(baseLabel, m_base);
    advancedLayout->addRow(QString(), m_baseNote);
    m_advancedPanel->hide();
    connect(m_advanced, &QToolButton::toggled, this, [this](bool on) {
        m_advancedPanel->setVisible(on);
        m_advanced->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });

    m_status = statusLine(this, QStringLiteral("tokenStatusLabel"), tr("Result of the token check"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tokenLabel, tokenRow);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_reason);
    layout->addWidget(m_current);
    layout->addWidget(how);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_advanced, 0, Qt::AlignLeft);
    layout->addWidget(m_advancedPanel);

    connect(m_token, &QLineEdit::textChanged, this, [this]() {
        if (!m_setup->isChecking())
            setLine(m_status, QString(), LineTone::Progress);
        Q_EMIT completeChanged();
    });
    connect(m_base, &QLineEdit::textChanged, this, [this]() {
        if (!m_setup->isChecking())
            setLine(m_status, QString(), LineTone::Progress);
    });
    connect(m_setup, &AccountSetup::tokenChecked, this, [this](const AccountSetup::CheckResult &result) {
        m_token->setReadOnly(false);
        // A check the API page asked for (another API chosen there) is that page's business.
        if (m_wizard->currentId() != SetupWizard::TokenPageId)
            return;
        Q_EMIT completeChanged();
        if (result.ok()) {
            // Shown again at the top of the next page, where the manager actually sees it.
            setLine(m_status, result.message(), LineTone::Success);
            m_wizard->next();
            return;
        }
        setLine(m_status, tr("%1 Nothing was saved.").arg(result.message()), LineTone::Problem);
        m_token->setFocus(Qt::OtherFocusReason);
    });
}

void TokenPage::setReason(const QString &text)
{
    m_reasonText->setText(text);
    m_reason->setVisible(!text.isEmpty());
}

void TokenPage::setCurrent(const QString &masked)
{
    m_current->setText(masked.isEmpty() ? QString() : tr("The token saved now: %1").arg(masked));
    m_current->setVisible(!masked.isEmpty());
}

void TokenPage::setBase(const QUrl &url, bool fixed)
{
    m_base->setText(url.toString());
    m_base->setReadOnly(fixed);
    m_baseNote->setText(fixed ? tr("Set when PointDesk was started (--api-base or POINTDESK_API_BASE).")
                              : tr("Leave %1 unless you test with a sandbox or the simulator. Only https, or "
                                   "http to this computer.")
                                    .arg(PointBackend::defaultBaseUrl().toString()));
    if (url != PointBackend::defaultBaseUrl())
        m_advanced->setChecked(true);
}

QUrl TokenPage::base() const
{
    return QUrl(m_base->text().trimmed(), QUrl::StrictMode);
}

QString TokenPage::token() const
{
    return AccountSetup::normalizedToken(m_token->text());
}

int TokenPage::nextId() const
{
    return SetupWizard::ApiPageId;
}

void TokenPage::initializePage()
{
    m_token->setFocus(Qt::OtherFocusReason);
}

bool TokenPage::isComplete() const
{
    return !m_setup->isChecking() && !m_token->text().trimmed().isEmpty();
}

bool TokenPage::validatePage()
{
    const QString token = this->token();
    const QUrl base = this->base();
    if (m_setup->isChecked(token, base))
        return true;
    if (m_setup->isChecking())
        return false;
    const QString problem = AccountSetup::tokenProblem(token);
    if (!problem.isEmpty()) {
        setLine(m_status, problem, LineTone::Problem);
        return false;
    }
    if (!AccountSetup::isAcceptableBase(base)) {
        m_advanced->setChecked(true);
        setLine(m_status, AccountSetup::unacceptableBaseText(m_base->text().trimmed()), LineTone::Problem);
        m_base->setFocus(Qt::OtherFocusReason);
        return false;
    }
    m_setup->checkToken(token, base);
    m_token->setReadOnly(true);
    Q_EMIT completeChanged();
    setLine(m_status, tr("Checking the token with Mercado Pago\u2026"), LineTone::Progress);
    return false;
}
