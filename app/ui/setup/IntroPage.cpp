#include "ui/setup/IntroPage.h"

#include "api/Backends.h"
#include "sales/AccountSetup.h"
#include "store/TokenStore.h"
#include "ui/SetupWizard.h"
#include "ui/setup/SetupLook.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace SetupLook;

IntroPage::IntroPage(SetupWizard *wizard, AccountSetup *setup) : QWizardPage(wizard), m_wizard(wizard), m_setup(setup)
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

void IntroPage::build()
{
    delete m_content;
    m_sessionOnly = nullptr;
    m_demoApi = nullptr;
    m_content = new QWidget(this);
    m_content->setObjectName(QStringLiteral("introContent"));
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);

    switch (m_wizard->mode()) {
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
        m_reasonText->setText(m_wizard->reason());
        m_reason->setVisible(!m_wizard->reason().isEmpty());
        layout->addWidget(paragraph(tr("If the keychain is locked, unlock it and press Try the keychain again. "
                                       "Or set up the account now: the token is saved when you press Save at "
                                       "the end."),
                                    m_content));
        break;
    default:
        setTitle(tr("Welcome to PointDesk"));
        setSubTitle(tr("Charge cards on your Mercado Pago Point terminals from this computer."));
        m_reasonText->setText(m_wizard->reason());
        m_reason->setVisible(!m_wizard->reason().isEmpty());
        layout->addWidget(
            paragraph(tr("To set up PointDesk you need the shop's production access token. In Mercado Pago Developers, "
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
        {
            // Which API the demo's simulated terminals speak.
            m_demoApi = new QComboBox(m_content);
            m_demoApi->setObjectName(QStringLiteral("demoApiCombo"));
            m_demoApi->setAccessibleName(tr("The API the demo plays"));
            for (const QString &key : Backends::keys()) {
                m_demoApi->addItem(Backends::displayName(key), key);
                m_demoApi->setItemData(m_demoApi->count() - 1, Backends::explanation(key), Qt::ToolTipRole);
            }
            m_demoApi->setCurrentIndex(qMax(0, m_demoApi->findData(demoApi())));
            connect(m_demoApi, &QComboBox::currentIndexChanged, this,
                    [this]() { m_demoApiKey = m_demoApi->currentData().toString(); });
            auto *label = new QLabel(tr("Demo on the &API:"), m_content);
            label->setBuddy(m_demoApi);
            auto *row = new QHBoxLayout;
            row->addWidget(label);
            row->addWidget(m_demoApi);
            row->addStretch(1);
            layout->addLayout(row);
        }
        break;
    }
    if (m_wizard->mode() == SetupWizard::Mode::KeychainProblem || m_wizard->mode() == SetupWizard::Mode::NoBackend) {
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

void IntroPage::setReason(const QString &text)
{
    if (m_wizard->mode() == SetupWizard::Mode::NoBackend)
        return; // the explanation is the reason
    m_reasonText->setText(text);
    m_reason->setVisible(!text.isEmpty());
}

QString IntroPage::demoApi() const
{
    return Backends::isKnown(m_demoApiKey) ? m_demoApiKey : Backends::defaultKey();
}

void IntroPage::setDemoApi(const QString &api)
{
    m_demoApiKey = api;
    if (m_demoApi)
        m_demoApi->setCurrentIndex(qMax(0, m_demoApi->findData(demoApi())));
}

QWidget *IntroPage::demoApiChoice() const
{
    return m_demoApi;
}

bool IntroPage::isComplete() const
{
    // Wait for the keychain's first answer (a few milliseconds): whether there is a keychain at all decides what this
    // page has to say, and whether a PIN is set decides the PIN page.
    if (m_setup->pinState() == AccountSetup::PinState::Checking)
        return false;
    return !m_sessionOnly || m_sessionOnly->isChecked();
}

bool IntroPage::validatePage()
{
    if (m_sessionOnly && m_sessionOnly->isChecked())
        m_setup->chooseSessionOnly();
    return true;
}
