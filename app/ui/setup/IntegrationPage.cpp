#include "ui/setup/IntegrationPage.h"

#include "sales/AccountSetup.h"
#include "ui/SetupWizard.h"
#include "ui/setup/SetupLook.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using namespace SetupLook;

IntegrationPage::IntegrationPage(SetupWizard *wizard, AccountSetup *setup)
    : QWizardPage(wizard), m_wizard(wizard), m_setup(setup)
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
    connect(m_enable, &QPushButton::clicked, this, &IntegrationPage::enable);
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

    connect(m_setup, &AccountSetup::integrationEnabled, this, [this](qint64 userId, const ApiError &error) {
        m_busy = false;
        m_enable->setEnabled(true);
        Q_EMIT completeChanged();
        setLine(m_status, AccountSetup::integrationText(userId, error),
                error.isError() ? LineTone::Problem : LineTone::Success);
    });
}

bool IntegrationPage::eventFilter(QObject *watched, QEvent *event)
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

void IntegrationPage::initializePage()
{
    const bool none = m_setup->checkedDeviceCount() <= 0;
    m_checked->setStyleSheet(
        frameStyle(QStringLiteral("tokenCheckedFrame"), none ? Theme::Tone::Warning : Theme::Tone::Success));
    m_checkedText->setText(AccountSetup::tokenWorksText(m_setup->checkedDeviceCount()));
    m_userId->setFocus(Qt::OtherFocusReason);
}

int IntegrationPage::nextId() const
{
    return m_setup->needsPinEntry() ? SetupWizard::PinPageId : SetupWizard::SavePageId;
}

void IntegrationPage::enable()
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
    m_busy = true;
    m_enable->setEnabled(false);
    Q_EMIT completeChanged();
    setLine(m_status, tr("Enabling the integration\u2026"), LineTone::Progress);
    m_setup->enableIntegration(userId);
}
