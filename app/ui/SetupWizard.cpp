#include "ui/SetupWizard.h"

#include "store/ManagerPin.h"
#include "store/ManagerSession.h"
#include "ui/PinDialog.h"
#include "api/LegacyPointBackend.h"
#include "store/Settings.h"
#include "ui/Theme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWizardPage>

Q_LOGGING_CATEGORY(lcSetup, "pointdesk.setup")

namespace {

QLabel *paragraph(const QString &text, QWidget *parent, const QString &name = QString())
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    if (!name.isEmpty())
        label->setObjectName(name);
    return label;
}

enum class LineTone { Progress, Success, Problem };

// A status line under the fields: the info tone while something is under way ("Checking the token..."), green for
// success, red for problems. The tone is also kept as the label's "tone" property ("progress", "success",
// "problem").
void setLine(QLabel *label, const QString &text, LineTone tone)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    QColor color;
    QString name;
    switch (tone) {
    case LineTone::Progress:
        color = Theme::colors(Theme::Tone::Info).foreground;
        name = QStringLiteral("progress");
        break;
    case LineTone::Success:
        color = Theme::colors(Theme::Tone::Success).foreground;
        name = QStringLiteral("success");
        break;
    case LineTone::Problem:
        color = Theme::errorText();
        name = QStringLiteral("problem");
        break;
    }
    label->setProperty("tone", name);
    label->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(color.name()));
}

// What the token check found, in whole sentences (English has no plural forms of its own: one terminal is a
// sentence of its own).
QString tokenWorksText(int terminals)
{
    if (terminals <= 0)
        return QCoreApplication::translate("SetupWizard",
                                           "The token works, but Mercado Pago shows no terminals on this account yet. "
                                           "Set each terminal's name in the Mercado Pago app on the terminal.");
    if (terminals == 1)
        return QCoreApplication::translate("SetupWizard",
                                           "The token works: Mercado Pago shows one terminal on this account.");
    return QCoreApplication::translate(
        "SetupWizard", "The token works: Mercado Pago shows %n terminals on this account.", nullptr, terminals);
}

// Whether the keychain's answer means that there is no keychain service at all.
bool isNoBackend(const TokenStore::Result &result)
{
    return result.status == TokenStore::Status::NoBackend;
}

QLabel *statusLine(QWidget *parent, const QString &name, const QString &accessibleName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setAccessibleName(accessibleName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}

QString frameStyle(const QString &name, Theme::Tone tone)
{
    const Theme::ToneColors c = Theme::colors(tone);
    return QStringLiteral("QFrame#%1 { background-color: %2; border: 1px solid %3; border-radius: 6px; }"
                          " QFrame#%1 QLabel { color: %4; }")
        .arg(name, c.background.name(), c.border.name(), c.foreground.name());
}

// A framed note in one of the theme's tones (the reason the wizard opened, the keychain explanation).
QFrame *notice(const QString &name, Theme::Tone tone, QLabel *label, QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(name);
    frame->setStyleSheet(frameStyle(name, tone));
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(12, 10, 12, 10);
    label->setParent(frame);
    layout->addWidget(label);
    return frame;
}

} // namespace

// --- pages --------------------------------------------------------------------------------------------------

class SetupIntroPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SetupIntroPage(SetupWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
    {
        setObjectName(QStringLiteral("setupIntroPage"));
        m_layout = new QVBoxLayout(this);
        m_layout->setSpacing(10);

        m_reasonText = paragraph(QString(), this, QStringLiteral("introReasonLabel"));
        m_reason = notice(QStringLiteral("introReasonFrame"), Theme::Tone::Warning, m_reasonText, this);
        m_reason->hide();
        m_layout->addWidget(m_reason);
        build();
    }

    /// Fills the page for the wizard's mode; again when a FirstRun wizard learns that the keychain is missing or
    /// failing.
    void build()
    {
        delete m_content;
        m_sessionOnly = nullptr;
        m_content = new QWidget(this);
        m_content->setObjectName(QStringLiteral("introContent"));
        auto *layout = new QVBoxLayout(m_content);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(10);

        switch (m_wizard->m_mode) {
        case SetupWizard::Mode::NoBackend: {
            setTitle(tr("This computer has no keychain"));
            setSubTitle(tr("PointDesk keeps the access token only in the system keychain, never in a file."));
            m_reasonText->setText(TokenStore::noBackendHelp());
            m_reason->show();
            // A short check box text and the details in a label that wraps: a long check box text is cut off.
            m_sessionOnly = new QCheckBox(tr("&Use the token for this session only"), m_content);
            m_sessionOnly->setObjectName(QStringLiteral("sessionOnlyCheck"));
            m_sessionOnly->setAccessibleName(tr("Use the token for this session only"));
            const QString details = tr("PointDesk keeps the token in memory and forgets it when it quits: you paste "
                                       "it again each time PointDesk starts. The token is never written to the "
                                       "disk; PointDesk's settings keep only preferences, such as the API address.");
            m_sessionOnly->setAccessibleDescription(details);
            connect(m_sessionOnly, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
            auto *detailsLabel = paragraph(details, m_content, QStringLiteral("sessionOnlyDetails"));
            // Lined up with the check box's text, under it.
            const int indent = style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, m_sessionOnly) +
                               style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing, nullptr, m_sessionOnly);
            detailsLabel->setContentsMargins(indent, 0, 0, 0);
            auto *choice = new QVBoxLayout;
            choice->setSpacing(2);
            // As wide as its text: a click beside it, in empty space, would not toggle it.
            choice->addWidget(m_sessionOnly, 0, Qt::AlignLeft);
            choice->addWidget(detailsLabel);
            layout->addLayout(choice);
            layout->addWidget(
                paragraph(tr("Or try demo mode: simulated terminals, no account and no real money."), m_content));
            break;
        }
        case SetupWizard::Mode::KeychainProblem:
            setTitle(tr("The keychain did not answer"));
            setSubTitle(tr("PointDesk keeps the access token only in the system keychain."));
            m_reasonText->setText(m_wizard->m_reason);
            m_reason->setVisible(!m_wizard->m_reason.isEmpty());
            layout->addWidget(paragraph(tr("If the keychain is locked, unlock it and press Try the keychain again. "
                                           "Or set up the account now: the token is saved when you press Save at "
                                           "the end."),
                                        m_content));
            break;
        default:
            setTitle(tr("Welcome to PointDesk"));
            setSubTitle(tr("Charge cards on your Mercado Pago Point terminals from this computer."));
            m_reasonText->setText(m_wizard->m_reason);
            m_reason->setVisible(!m_wizard->m_reason.isEmpty());
            layout->addWidget(paragraph(
                tr("To set up PointDesk you need the shop's production access token. In Mercado Pago Developers, "
                   "open Your integrations, choose the application and copy the access token under Production "
                   "credentials."),
                m_content, QStringLiteral("introText")));
            layout->addWidget(paragraph(tr("Setup checks the token at once, can enable the integration for the "
                                           "account, and asks you to choose a manager PIN. The token is kept in "
                                           "this computer's keychain and nowhere else."),
                                        m_content));
            layout->addWidget(paragraph(tr("Not ready yet? Try demo mode instead: simulated terminals, no account "
                                           "and no real money. You can set up the account later from the Account "
                                           "menu."),
                                        m_content));
            break;
        }
        if (m_wizard->m_mode == SetupWizard::Mode::KeychainProblem ||
            m_wizard->m_mode == SetupWizard::Mode::NoBackend) {
            auto *retry = new QPushButton(tr("Try the &keychain again"), m_content);
            retry->setObjectName(QStringLiteral("retryKeychainButton"));
            retry->setAccessibleName(tr("Try the keychain again"));
            retry->setAutoDefault(false);
            connect(retry, &QPushButton::clicked, m_wizard, &SetupWizard::keychainRetryRequested);
            auto *row = new QHBoxLayout;
            row->addWidget(retry);
            row->addStretch(1);
            layout->addLayout(row);
        }
        layout->addStretch(1);
        m_layout->addWidget(m_content, 1);
        Q_EMIT completeChanged();
    }

    void setReason(const QString &text)
    {
        if (m_wizard->m_mode == SetupWizard::Mode::NoBackend)
            return; // the explanation is the reason
        m_reasonText->setText(text);
        m_reason->setVisible(!text.isEmpty());
    }

    bool isComplete() const override
    {
        // Wait for the keychain's first answer (a few milliseconds): whether there is a keychain at all decides what
        // this page has to say, and whether a PIN is set decides the PIN page.
        if (m_wizard->m_pinState == SetupWizard::PinState::Checking)
            return false;
        return !m_sessionOnly || m_sessionOnly->isChecked();
    }

    bool validatePage() override
    {
        if (m_sessionOnly && m_sessionOnly->isChecked())
            m_wizard->chooseSessionOnly();
        return true;
    }

private:
    SetupWizard *m_wizard;
    QVBoxLayout *m_layout = nullptr;
    QFrame *m_reason = nullptr;
    QLabel *m_reasonText = nullptr;
    QPointer<QWidget> m_content;
    QCheckBox *m_sessionOnly = nullptr;
};

class SetupTokenPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SetupTokenPage(SetupWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
    {
        setObjectName(QStringLiteral("setupTokenPage"));
        const bool replacing =
            wizard->m_mode == SetupWizard::Mode::Replace || wizard->m_mode == SetupWizard::Mode::Rejected;
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
            if (!m_checking)
                setLine(m_status, QString(), LineTone::Progress);
            Q_EMIT completeChanged();
        });
        connect(m_base, &QLineEdit::textChanged, this, [this]() {
            if (!m_checking)
                setLine(m_status, QString(), LineTone::Progress);
        });
    }

    void setReason(const QString &text)
    {
        m_reasonText->setText(text);
        m_reason->setVisible(!text.isEmpty());
    }

    void setCurrent(const QString &masked)
    {
        m_current->setText(masked.isEmpty() ? QString() : tr("The token saved now: %1").arg(masked));
        m_current->setVisible(!masked.isEmpty());
    }

    void setBase(const QUrl &url, bool fixed)
    {
        m_base->setText(url.toString());
        m_base->setReadOnly(fixed);
        m_baseNote->setText(fixed ? tr("Set when PointDesk was started (--api-base or POINTDESK_API_BASE).")
                                  : tr("Leave %1 unless you test with a sandbox or the simulator. Only https, or "
                                       "http to this computer.")
                                        .arg(LegacyPointBackend::defaultBaseUrl().toString()));
        if (url != LegacyPointBackend::defaultBaseUrl())
            m_advanced->setChecked(true);
    }

    QUrl base() const { return QUrl(m_base->text().trimmed(), QUrl::StrictMode); }

    QString token() const
    {
        QString text = m_token->text().trimmed();
        // Copied from an HTTP example, it may still carry the scheme.
        if (text.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive))
            text = text.mid(7).trimmed();
        return text;
    }

    void initializePage() override { m_token->setFocus(Qt::OtherFocusReason); }

    bool isComplete() const override { return !m_checking && !m_token->text().trimmed().isEmpty(); }

    bool validatePage() override
    {
        const QString token = this->token();
        const QUrl base = this->base();
        if (!token.isEmpty() && token == m_wizard->m_checkedToken && base == m_wizard->m_checkedBase)
            return true;
        if (m_checking)
            return false;
        if (token.isEmpty()) {
            setLine(m_status, tr("Paste the access token first."), LineTone::Problem);
            return false;
        }
        for (const QChar c : token) {
            if (c.isSpace() || c.category() == QChar::Other_Control) {
                setLine(m_status,
                        tr("An access token has no spaces or line breaks inside. Copy it again from "
                           "Mercado Pago and paste it here."),
                        LineTone::Problem);
                return false;
            }
        }
        if (!LegacyPointBackend::isAcceptableBaseUrl(base)) {
            m_advanced->setChecked(true);
            setLine(m_status,
                    tr("The API address %1 cannot be used: use an https:// address, or http:// only to "
                       "this computer.")
                        .arg(m_base->text().trimmed()),
                    LineTone::Problem);
            m_base->setFocus(Qt::OtherFocusReason);
            return false;
        }
        startCheck(token, base);
        return false;
    }

private:
    void startCheck(const QString &token, const QUrl &base)
    {
        LegacyPointBackend *client = m_wizard->m_client;
        client->setBaseUrl(base);
        client->setAccessToken(token);
        m_checking = true;
        m_token->setReadOnly(true);
        Q_EMIT completeChanged();
        setLine(m_status, tr("Checking the token with Mercado Pago\u2026"), LineTone::Progress);
        qCInfo(lcSetup).noquote() << "checking a new access token against" << base.toString();
        client->listTerminals()->then(this, [this, token, base](const Call<DeviceList> &call) {
            m_checking = false;
            m_token->setReadOnly(false);
            Q_EMIT completeChanged();
            const ApiError &error = call.error();
            if (!error.isError()) {
                m_wizard->m_checkedToken = token;
                m_wizard->m_checkedBase = base;
                m_wizard->m_deviceCount = int(call.value().size());
                qCInfo(lcSetup).noquote() << "the new access token works;" << call.value().size() << "terminals";
                // Shown again at the top of the next page, where the manager actually sees it.
                setLine(m_status, tokenWorksText(m_wizard->m_deviceCount), LineTone::Success);
                m_wizard->next();
                return;
            }
            qCInfo(lcSetup).noquote() << "the new access token was not accepted:" << error.detail();
            m_wizard->m_checkedToken.clear();
            setLine(m_status, problemText(error, base), LineTone::Problem);
            m_token->setFocus(Qt::OtherFocusReason);
        });
    }

    static QString problemText(const ApiError &error, const QUrl &base)
    {
        switch (error.kind()) {
        case ApiError::Kind::Unauthorized:
            return tr("Mercado Pago did not accept this access token (401). Check that you copied the whole "
                      "production access token, and that it was not renewed or revoked. Nothing was saved.");
        case ApiError::Kind::Forbidden:
            return tr("This access token may not use Point terminals (403). Use the production access token of the "
                      "Mercado Pago account that owns the terminals. Nothing was saved.");
        case ApiError::Kind::Network:
        case ApiError::Kind::Timeout:
            return tr("PointDesk cannot reach Mercado Pago at %1 to check the token. Check the internet connection, "
                      "then press Next again. Nothing was saved.")
                .arg(base.host());
        default:
            return tr("The token could not be checked: %1 Nothing was saved.").arg(error.userMessage());
        }
    }

    SetupWizard *m_wizard;
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
    bool m_checking = false;
};

class SetupIntegrationPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SetupIntegrationPage(SetupWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
    {
        setObjectName(QStringLiteral("setupIntegrationPage"));
        setTitle(tr("Enable the integration (optional)"));
        setSubTitle(tr("Needed once per Mercado Pago account, before the terminals take orders from PointDesk."));

        auto *what = paragraph(
            tr("The Mercado Pago app on the Point terminals only takes payment orders sent through the API after the "
               "integration is enabled for the account. Enable integration sends the account's user id to Mercado "
               "Pago (the \"integrators\" call of the Point API) and changes nothing else. Skip this if it was done "
               "before, for example with pointdesk-cli enable-integration."),
            this, QStringLiteral("integrationExplanation"));
        auto *where = paragraph(tr("The user id is the number of the shop's Mercado Pago account, shown in Mercado "
                                   "Pago Developers next to the credentials."),
                                this);
        where->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(Theme::mutedText().name()));

        m_userId = new QLineEdit(this);
        m_userId->setObjectName(QStringLiteral("userIdEdit"));
        m_userId->setAccessibleName(tr("User id"));
        m_userId->setValidator(
            new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,18}")), m_userId));
        m_userId->setInputMethodHints(Qt::ImhDigitsOnly);
        auto *label = new QLabel(tr("&User id:"), this);
        label->setBuddy(m_userId);
        m_enable = new QPushButton(tr("&Enable integration"), this);
        m_enable->setObjectName(QStringLiteral("enableIntegrationButton"));
        m_enable->setAccessibleName(tr("Enable the integration for this user id"));
        m_enable->setAutoDefault(false);
        connect(m_enable, &QPushButton::clicked, this, &SetupIntegrationPage::enable);
        // Enter in the user id field means Enable, not the wizard's Next.
        m_userId->installEventFilter(this);
        auto *row = new QHBoxLayout;
        row->addWidget(label);
        row->addWidget(m_userId, 1);
        row->addWidget(m_enable);

        m_status = statusLine(this, QStringLiteral("integrationStatusLabel"), tr("Result of enabling the integration"));

        // The token check's result: the token page moves on as soon as the check succeeds, so it is shown here.
        m_checkedText = paragraph(QString(), this, QStringLiteral("tokenCheckedLabel"));
        m_checkedText->setAccessibleName(tr("Result of the token check"));
        m_checked = notice(QStringLiteral("tokenCheckedFrame"), Theme::Tone::Success, m_checkedText, this);

        auto *layout = new QVBoxLayout(this);
        layout->setSpacing(10);
        layout->addWidget(m_checked);
        layout->addWidget(what);
        layout->addWidget(where);
        layout->addLayout(row);
        layout->addWidget(m_status);
        layout->addStretch(1);
    }

    bool isEnabled() const { return m_done; }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_userId && event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter) {
                enable();
                return true;
            }
        }
        return QWizardPage::eventFilter(watched, event);
    }

    void initializePage() override
    {
        const bool none = m_wizard->m_deviceCount <= 0;
        m_checked->setStyleSheet(
            frameStyle(QStringLiteral("tokenCheckedFrame"), none ? Theme::Tone::Warning : Theme::Tone::Success));
        m_checkedText->setText(tokenWorksText(m_wizard->m_deviceCount));
        m_userId->setFocus(Qt::OtherFocusReason);
    }
    bool isComplete() const override { return !m_busy; }
    int nextId() const override { return m_wizard->needsPinPage() ? SetupWizard::PinPageId : SetupWizard::SavePageId; }

private:
    void enable()
    {
        if (m_busy)
            return;
        bool ok = false;
        const qint64 userId = m_userId->text().toLongLong(&ok);
        if (!ok || userId <= 0) {
            setLine(m_status, tr("Type the user id first: the number of the shop's Mercado Pago account."),
                    LineTone::Problem);
            m_userId->setFocus(Qt::OtherFocusReason);
            return;
        }
        LegacyPointBackend *client = m_wizard->m_client;
        client->setBaseUrl(m_wizard->m_checkedBase);
        client->setAccessToken(m_wizard->m_checkedToken);
        m_busy = true;
        m_enable->setEnabled(false);
        Q_EMIT completeChanged();
        setLine(m_status, tr("Enabling the integration\u2026"), LineTone::Progress);
        client->enableIntegration(userId)->then(this, [this, userId](const Call<Done> &call) {
            m_busy = false;
            m_enable->setEnabled(true);
            Q_EMIT completeChanged();
            const ApiError &error = call.error();
            if (!error.isError()) {
                m_done = true;
                setLine(m_status,
                        tr("The integration is enabled for user %1. The Mercado Pago app on the terminals "
                           "can now take orders from PointDesk.")
                            .arg(userId),
                        LineTone::Success);
                return;
            }
            qCInfo(lcSetup).noquote() << "enable integration failed:" << error.detail();
            QString text;
            switch (error.kind()) {
            case ApiError::Kind::Forbidden:
            case ApiError::Kind::Unauthorized:
                text = tr("Mercado Pago did not allow enabling the integration for user %1. Check that the user id "
                          "belongs to the account of this access token.")
                           .arg(userId);
                break;
            case ApiError::Kind::Validation:
            case ApiError::Kind::NotFound:
                text = tr("Mercado Pago did not accept user id %1. Check the number and try again.").arg(userId);
                break;
            default:
                text = tr("The integration could not be enabled: %1").arg(error.userMessage());
                break;
            }
            setLine(m_status, text, LineTone::Problem);
        });
    }

    SetupWizard *m_wizard;
    QFrame *m_checked = nullptr;
    QLabel *m_checkedText = nullptr;
    QLineEdit *m_userId = nullptr;
    QPushButton *m_enable = nullptr;
    QLabel *m_status = nullptr;
    bool m_busy = false;
    bool m_done = false;
};

class SetupPinPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SetupPinPage(SetupWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
    {
        setObjectName(QStringLiteral("setupPinPage"));
        setTitle(tr("The manager PIN"));
        setSubTitle(tr("It protects the manager's tools from anyone at the counter."));
        m_what = paragraph(QString(), this, QStringLiteral("pinExplanation"));
        const auto field = [this](const QString &name, const QString &accessible) {
            auto *edit = new QLineEdit(this);
            edit->setObjectName(name);
            edit->setAccessibleName(accessible);
            edit->setEchoMode(QLineEdit::Password);
            edit->setMaxLength(ManagerPin::kMaxDigits);
            edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,8}")), edit));
            edit->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
            connect(edit, &QLineEdit::textChanged, this, [this]() {
                if (!m_checking && !lockedOut())
                    setLine(m_status, QString(), LineTone::Progress);
                Q_EMIT completeChanged();
            });
            return edit;
        };
        m_current = field(QStringLiteral("setupCurrentPinEdit"), tr("The manager PIN set on this computer"));
        m_pin = field(QStringLiteral("setupPinEdit"), tr("Manager PIN"));
        m_confirm = field(QStringLiteral("setupPinConfirmEdit"), tr("Manager PIN again"));
        m_form = new QFormLayout;
        m_form->addRow(tr("Manager &PIN:"), m_current);
        m_form->addRow(tr("Manager &PIN:"), m_pin);
        m_form->addRow(tr("PIN &again:"), m_confirm);
        m_status = statusLine(this, QStringLiteral("pinStatusLabel"), tr("Problem with the PIN"));
        auto *layout = new QVBoxLayout(this);
        layout->setSpacing(10);
        layout->addWidget(m_what);
        layout->addLayout(m_form);
        layout->addWidget(m_status);
        layout->addStretch(1);

        m_lockoutTick.setInterval(1000);
        connect(&m_lockoutTick, &QTimer::timeout, this, &SetupPinPage::updateLockout);
        showForm();
    }

    /// The form for what the keychain said: a new PIN twice, or the one already set.
    void showForm()
    {
        const bool stored = m_wizard->keepsStoredPin();
        m_form->setRowVisible(m_current, stored);
        m_form->setRowVisible(m_pin, !stored);
        m_form->setRowVisible(m_confirm, !stored);
        if (stored)
            m_what->setText(tr("A manager PIN is already set on this computer. Enter it to set up the account: the "
                               "PIN stays as it is. Wrong PINs count towards the same lockout as manager mode. If "
                               "nobody knows it any more, the computer's administrator can remove PointDesk's "
                               "\"manager-pin\" entry from the system keychain; then set up the account again."));
        else if (m_wizard->m_pinState == SetupWizard::PinState::Checking)
            m_what->setText(tr("Checking whether a manager PIN is set on this computer\u2026"));
        else
            m_what->setText(tr("Manager mode changes the access token, frees and removes terminals, and signs "
                               "out. Choose a PIN of 4 to 8 digits that cashiers do not know, not the same digit "
                               "repeated and not a run like 1234. PointDesk keeps only a salted hash of it, in the "
                               "keychain."));
        if (isVisible())
            firstField()->setFocus(Qt::OtherFocusReason);
        updateLockout();
        Q_EMIT completeChanged();
    }

    void initializePage() override
    {
        showForm();
        firstField()->setFocus(Qt::OtherFocusReason);
    }

    void cleanupPage() override
    {
        m_lockoutTick.stop();
        QWizardPage::cleanupPage();
    }

    bool isComplete() const override
    {
        if (m_checking || m_wizard->m_pinState == SetupWizard::PinState::Checking)
            return false;
        if (m_wizard->keepsStoredPin())
            return m_wizard->m_pinProven || (!lockedOut() && !m_current->text().isEmpty());
        return !m_pin->text().isEmpty() && !m_confirm->text().isEmpty();
    }

    bool validatePage() override
    {
        if (m_wizard->keepsStoredPin())
            return validateStoredPin();
        if (!ManagerPin::isValidPin(m_pin->text())) {
            setLine(m_status, tr("The PIN must be 4 to 8 digits."), LineTone::Problem);
            m_pin->setFocus(Qt::OtherFocusReason);
            return false;
        }
        if (ManagerPin::isTrivialPin(m_pin->text())) {
            m_confirm->clear(); // before the message: editing a field clears the message
            m_pin->selectAll();
            m_pin->setFocus(Qt::OtherFocusReason);
            setLine(m_status, ManagerPin::trivialPinMessage(), LineTone::Problem);
            return false;
        }
        if (m_pin->text() != m_confirm->text()) {
            m_confirm->clear(); // before the message: editing a field clears the message
            m_confirm->setFocus(Qt::OtherFocusReason);
            setLine(m_status, tr("The two PINs are not the same. Type the PIN again in both fields."),
                    LineTone::Problem);
            return false;
        }
        m_wizard->m_pin = m_pin->text();
        return true;
    }

    void clearFields()
    {
        m_pin->clear();
        m_confirm->clear();
        m_current->clear();
    }

private:
    QLineEdit *firstField() const { return m_wizard->keepsStoredPin() ? m_current : m_pin; }

    bool lockedOut() const
    {
        return m_wizard->keepsStoredPin() && m_wizard->m_session && m_wizard->m_session->isLockedOut();
    }

    // The stored PIN is checked the way manager mode checks it (ManagerSession::unlock): wrong ones count towards
    // the same lockout, and a right one turns manager mode on.
    bool validateStoredPin()
    {
        if (m_wizard->m_pinProven)
            return true;
        if (m_checking || lockedOut())
            return false;
        ManagerSession *session = m_wizard->m_session;
        if (!session) {
            setLine(m_status, tr("PointDesk cannot check the manager PIN right now. Cancel and try again."),
                    LineTone::Problem);
            return false;
        }
        if (!ManagerPin::isValidPin(m_current->text())) {
            setLine(m_status, tr("The PIN is 4 to 8 digits."), LineTone::Problem);
            m_current->setFocus(Qt::OtherFocusReason);
            return false;
        }
        const bool wasActive = session->isActive();
        m_checking = true;
        m_current->setReadOnly(true);
        Q_EMIT completeChanged();
        setLine(m_status, tr("Checking the PIN\u2026"), LineTone::Progress);
        session->unlock(m_current->text(), this, [this, wasActive](const ManagerSession::Result &result) {
            m_checking = false;
            m_current->setReadOnly(false);
            Q_EMIT completeChanged();
            onStoredPinChecked(result, wasActive);
        });
        return false;
    }

    void onStoredPinChecked(const ManagerSession::Result &result, bool wasActive)
    {
        switch (result.outcome) {
        case ManagerSession::Outcome::Ok:
            m_current->clear();
            m_wizard->m_pinProven = true;
            m_wizard->m_managerModeBySetup = !wasActive;
            setLine(m_status, QString(), LineTone::Progress);
            qCInfo(lcSetup) << "the manager PIN set on this computer was entered; it stays";
            m_wizard->next();
            return;
        case ManagerSession::Outcome::NoPin:
            // Removed meanwhile (signed out elsewhere): a new PIN is chosen after all.
            m_wizard->m_pinState = SetupWizard::PinState::NotSet;
            showForm();
            return;
        case ManagerSession::Outcome::WrongPin:
        case ManagerSession::Outcome::LockedOut:
        case ManagerSession::Outcome::InvalidPin:
            m_current->clear(); // before the message: editing a field clears the message
            break;
        default:
            break;
        }
        setLine(m_status, PinDialog::resultText(result), LineTone::Problem);
        updateLockout();
        if (m_current->isEnabled())
            m_current->setFocus(Qt::OtherFocusReason);
    }

    // While manager mode is locked the field is off and the page says until when; when the lockout ends (the
    // page is checked every second) the field comes back with the keyboard.
    void updateLockout()
    {
        const bool locked = lockedOut();
        m_current->setEnabled(!locked);
        if (locked) {
            ManagerSession::Result result;
            result.outcome = ManagerSession::Outcome::LockedOut;
            result.lockedUntil = m_wizard->m_session->lockedUntil();
            setLine(m_status, result.message(), LineTone::Problem);
            if (!m_lockoutTick.isActive())
                m_lockoutTick.start();
        } else if (m_lockoutTick.isActive()) {
            m_lockoutTick.stop();
            setLine(m_status, QString(), LineTone::Progress);
            if (isVisible())
                m_current->setFocus(Qt::OtherFocusReason);
        }
        Q_EMIT completeChanged();
    }

    SetupWizard *m_wizard;
    QLabel *m_what = nullptr;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_pin = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_status = nullptr;
    QTimer m_lockoutTick;
    bool m_checking = false;
};

class SetupSavePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SetupSavePage(SetupWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
    {
        setObjectName(QStringLiteral("setupSavePage"));
        setTitle(tr("Save"));
        setSubTitle(tr("Nothing has been saved yet."));
        m_summary = paragraph(QString(), this, QStringLiteral("saveSummaryLabel"));
        m_status = statusLine(this, QStringLiteral("saveStatusLabel"), tr("Result of saving"));
        m_sessionOnly = new QPushButton(tr("&Keep it for this session only"), this);
        m_sessionOnly->setObjectName(QStringLiteral("saveSessionOnlyButton"));
        m_sessionOnly->setAccessibleName(tr("Keep the token for this session only"));
        m_sessionOnly->setAutoDefault(false);
        m_sessionOnly->hide();
        connect(m_sessionOnly, &QPushButton::clicked, this, [this]() {
            m_wizard->chooseSessionOnly();
            m_sessionOnly->hide();
            initializePage();
            save();
        });
        auto *row = new QHBoxLayout;
        row->addWidget(m_sessionOnly);
        row->addStretch(1);
        auto *layout = new QVBoxLayout(this);
        layout->setSpacing(10);
        layout->addWidget(m_summary);
        layout->addWidget(m_status);
        layout->addLayout(row);
        layout->addStretch(1);
        setFinalPage(true);
    }

    void initializePage() override
    {
        QStringList lines;
        const QString masked = SetupWizard::maskToken(m_wizard->m_checkedToken);
        if (m_wizard->m_sessionOnly)
            lines << tr("\u2022 The access token %1 is kept in memory only, until PointDesk quits.").arg(masked);
        else
            lines << tr("\u2022 The access token %1 goes to this computer's keychain, and nowhere else.").arg(masked);
        if (m_wizard->keepsStoredPin())
            lines << tr("\u2022 The manager PIN already set on this computer stays as it is.");
        else if (m_wizard->needsPin())
            lines << tr("\u2022 The manager PIN is kept as a salted hash, next to the token.");
        if (!m_wizard->m_apiBaseFixed && m_wizard->m_checkedBase != LegacyPointBackend::defaultBaseUrl())
            lines << tr("\u2022 The API address %1 goes to PointDesk's settings.")
                         .arg(m_wizard->m_checkedBase.toString());
        lines << QString() << tr("Press Save to finish. PointDesk then charges on the account's terminals.");
        m_summary->setText(lines.join(QLatin1Char('\n')));
        // However this page was reached (Next, Alt+N, Enter), Save is the default button and has the keyboard, so
        // that Enter saves. After QWizard has set up its buttons for this page.
        QTimer::singleShot(0, this, [this]() {
            auto *saveButton = qobject_cast<QPushButton *>(m_wizard->button(QWizard::FinishButton));
            if (!saveButton || m_wizard->currentPage() != this)
                return;
            saveButton->setDefault(true);
            if (saveButton->isVisible() && saveButton->isEnabled())
                saveButton->setFocus(Qt::OtherFocusReason);
        });
    }

    bool isComplete() const override { return !m_saving; }

    bool validatePage() override
    {
        if (m_wizard->m_saved)
            return true;
        save();
        return false;
    }

private:
    void save()
    {
        if (m_saving || m_wizard->m_checkedToken.isEmpty())
            return;
        m_saving = true;
        Q_EMIT completeChanged();
        setLine(m_status, tr("Saving\u2026"), LineTone::Progress);
        // The PIN first: a token on this computer is never left without the manager's protection on purpose.
        if (m_wizard->needsPin() && !m_wizard->keepsStoredPin() && m_wizard->m_session)
            saveNewPin();
        else
            saveToken();
    }

    void saveNewPin()
    {
        // Asked again at the moment of saving: a PIN that is there now (set meanwhile, or one the keychain would not
        // show when the wizard opened) is never replaced here.
        m_wizard->m_store->read(
            QString::fromLatin1(TokenStore::kManagerPinKey), this, [this](const TokenStore::Result &read) {
                if (read.ok() && !read.value.isEmpty()) {
                    m_wizard->m_pin.clear();
                    m_wizard->m_pinProven = false;
                    m_wizard->m_pinState = SetupWizard::PinState::Set;
                    static_cast<SetupPinPage *>(m_wizard->page(SetupWizard::PinPageId))->showForm();
                    initializePage();
                    return failed({}, tr("A manager PIN is already set on this computer, and setup never replaces "
                                         "it. Press Back and enter that PIN."));
                }
                if (!read.ok() && read.status != TokenStore::Status::NotFound)
                    return failed(read, read.message());
                if (!m_wizard->m_session)
                    return failed({}, tr("PointDesk cannot store the manager PIN right now. Cancel and try again."));
                m_wizard->m_session->setPinForSetup(m_wizard->m_pin, this, [this](const ManagerSession::Result &r) {
                    if (!r.ok())
                        return failed(r.keychain, r.message());
                    saveToken();
                });
            });
    }

    void saveToken()
    {
        m_wizard->m_store->write(
            QString::fromLatin1(TokenStore::kAccessTokenKey), m_wizard->m_checkedToken, this,
            [this](const TokenStore::Result &written) {
                if (!written.ok())
                    return failed(written, written.message());
                if (!m_wizard->m_apiBaseFixed) {
                    const QUrl base = m_wizard->m_checkedBase;
                    m_wizard->m_settings->setApiBase(base == LegacyPointBackend::defaultBaseUrl() ? QUrl() : base);
                    m_wizard->m_settings->sync();
                }
                m_saving = false;
                m_wizard->m_saved = true;
                m_wizard->m_pin.clear();
                qCInfo(lcSetup) << "account set up; token saved"
                                << (m_wizard->m_sessionOnly ? "for this session only" : "in the keychain");
                setLine(m_status, tr("Saved."), LineTone::Success);
                m_wizard->accept();
            });
    }

    void failed(const TokenStore::Result &keychain, const QString &message)
    {
        m_saving = false;
        Q_EMIT completeChanged();
        setLine(m_status, tr("Nothing was saved. %1").arg(message), LineTone::Problem);
        m_sessionOnly->setVisible(keychain.status == TokenStore::Status::NoBackend && !m_wizard->m_sessionOnly);
    }

    SetupWizard *m_wizard;
    QLabel *m_summary = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_sessionOnly = nullptr;
    bool m_saving = false;
};

// --- the wizard ---------------------------------------------------------------------------------------------

SetupWizard::SetupWizard(Mode mode, TokenStore *store, ManagerSession *session, Settings *settings, QWidget *parent)
    : QWizard(parent), m_mode(mode), m_store(store), m_session(session), m_settings(settings),
      m_client(new LegacyPointBackend(this)), m_apiBase(LegacyPointBackend::defaultBaseUrl())
{
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

    setPage(IntroPageId, new SetupIntroPage(this));
    setPage(TokenPageId, new SetupTokenPage(this));
    setPage(IntegrationPageId, new SetupIntegrationPage(this));
    setPage(PinPageId, new SetupPinPage(this));
    setPage(SavePageId, new SetupSavePage(this));
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
    static_cast<SetupTokenPage *>(page(TokenPageId))->setBase(m_apiBase, false);

    // A store that is session-only already has no keychain behind it (that choice is only offered then).
    if (m_mode == Mode::FirstRun && m_store->isSessionOnly()) {
        m_mode = Mode::NoBackend;
        static_cast<SetupIntroPage *>(page(IntroPageId))->build();
    }
    if (m_mode == Mode::NoBackend) {
        // No keychain, so no PIN kept in one: a new PIN is chosen (kept in memory with the token). Save asks the
        // store once more before writing it.
        m_pinState = PinState::Unavailable;
        static_cast<SetupPinPage *>(page(PinPageId))->showForm();
    } else if (needsPin()) {
        queryPinState();
    }
}

void SetupWizard::queryPinState()
{
    m_pinState = PinState::Checking;
    static_cast<SetupPinPage *>(page(PinPageId))->showForm();
    Q_EMIT page(IntroPageId)->completeChanged();
    m_store->read(QString::fromLatin1(TokenStore::kManagerPinKey), this,
                  [this](const TokenStore::Result &read) { onPinState(read); });
}

void SetupWizard::onPinState(const TokenStore::Result &read)
{
    if (read.ok() && !read.value.isEmpty())
        m_pinState = PinState::Set;
    else if (read.ok() || read.status == TokenStore::Status::NotFound)
        m_pinState = PinState::NotSet;
    else
        m_pinState = PinState::Unavailable;
    qCInfo(lcSetup).noquote() << "manager PIN on this computer:"
                              << (m_pinState == PinState::Set      ? "set; setup asks for it and keeps it"
                                  : m_pinState == PinState::NotSet ? "none yet"
                                                                   : "the keychain did not say");
    auto *intro = static_cast<SetupIntroPage *>(page(IntroPageId));
    if (m_mode == Mode::FirstRun && m_pinState == PinState::Unavailable) {
        // The keychain is missing or failing: the first page says so now, not the Save button at the end.
        if (isNoBackend(read)) {
            m_mode = Mode::NoBackend;
        } else {
            m_mode = Mode::KeychainProblem;
            m_reason = read.message();
        }
        qCInfo(lcSetup).noquote() << "the keychain cannot be used:" << read.detail;
        intro->build();
    }
    static_cast<SetupPinPage *>(page(PinPageId))->showForm();
    Q_EMIT intro->completeChanged();
    // Next was off while the keychain answered, so the keyboard went to another button ("Try demo mode instead",
    // Cancel): give it back to Next, or Enter on the welcome page would leave setup.
    if (currentId() == IntroPageId) {
        QAbstractButton *next = button(QWizard::NextButton);
        QWidget *focus = QApplication::focusWidget();
        if (next && next->isEnabled() && next->isVisible() &&
            (!focus || !isAncestorOf(focus) || focus == button(QWizard::CustomButton1) ||
             focus == button(QWizard::CancelButton) || focus == button(QWizard::BackButton)))
            next->setFocus(Qt::OtherFocusReason);
    }
}

bool SetupWizard::needsPinPage() const
{
    if (!needsPin())
        return false;
    // Manager mode on means the stored PIN was entered already.
    return !(m_pinState == PinState::Set && !m_pinProven && m_session && m_session->isActive());
}

void SetupWizard::done(int result)
{
    // Manager mode that came on only through setup's PIN check ends when setup is cancelled.
    if (result != QDialog::Accepted && m_managerModeBySetup && m_session && m_session->isActive())
        m_session->end(ManagerSession::EndReason::User);
    m_managerModeBySetup = false;
    QWizard::done(result);
}

SetupWizard::~SetupWizard()
{
    m_pin.clear();
}

bool SetupWizard::needsPin() const
{
    return m_mode == Mode::FirstRun || m_mode == Mode::NoBackend || m_mode == Mode::KeychainProblem;
}

void SetupWizard::chooseSessionOnly()
{
    m_sessionOnly = true;
    m_store->setSessionOnly(true);
}

void SetupWizard::setApiBase(const QUrl &url, bool fixed)
{
    m_apiBase = url.isEmpty() ? LegacyPointBackend::defaultBaseUrl() : url;
    m_apiBaseFixed = fixed;
    static_cast<SetupTokenPage *>(page(TokenPageId))->setBase(m_apiBase, fixed);
}

QUrl SetupWizard::apiBase() const
{
    if (!m_checkedBase.isEmpty())
        return m_checkedBase;
    return static_cast<SetupTokenPage *>(page(TokenPageId))->base();
}

void SetupWizard::setReason(const QString &reason)
{
    m_reason = reason;
    static_cast<SetupIntroPage *>(page(IntroPageId))->setReason(reason);
    static_cast<SetupTokenPage *>(page(TokenPageId))->setReason(m_mode == Mode::Rejected ? reason : QString());
}

void SetupWizard::setCurrentToken(const QString &token)
{
    // "…" and "•" are never part of a token, and always part of what maskToken() makes: such a value is masked
    // already, and masking it again would show "••••".
    const bool masked = token.contains(QChar(0x2026)) || token.contains(QChar(0x2022));
    static_cast<SetupTokenPage *>(page(TokenPageId))->setCurrent(masked ? token.trimmed() : maskToken(token));
}

void SetupWizard::setRequestTimeout(int milliseconds)
{
    m_client->setTimeout(milliseconds);
}

QString SetupWizard::maskToken(const QString &token)
{
    const QString t = token.trimmed();
    if (t.isEmpty())
        return QString();
    // Too short to show any of it without giving most of it away.
    if (t.size() < 12)
        return QStringLiteral("\u2022\u2022\u2022\u2022");
    QString prefix;
    const qsizetype dash = t.indexOf(QLatin1Char('-'));
    if (dash > 0 && dash <= 8) {
        const QString head = t.left(dash);
        bool letters = true;
        for (const QChar c : head)
            letters = letters && (c.isUpper() || c == QLatin1Char('_'));
        if (letters)
            prefix = t.left(dash + 1); // "APP_USR-", "TEST-": the kind of token, not part of the secret
    }
    return prefix % QStringLiteral("\u2026-") % t.right(4);
}

#include "SetupWizard.moc"
