#include "ui/setup/ApiPage.h"

#include "api/Backends.h"
#include "sales/AccountSetup.h"
#include "sales/ApiProbe.h"
#include "ui/SetupWizard.h"
#include "ui/setup/SetupLook.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace SetupLook;

ApiPage::ApiPage(SetupWizard *wizard, AccountSetup *setup)
    : QWizardPage(wizard), m_wizard(wizard), m_setup(setup), m_probe(new ApiProbe(this))
{
    setObjectName(QStringLiteral("setupApiPage"));
    setTitle(tr("The Mercado Pago API"));
    setSubTitle(tr("Mercado Pago has two APIs for Point terminals; the account's terminals answer on one of them."));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    m_group = new QButtonGroup(this);
    const QStringList keys = Backends::keys();
    for (const QString &key : keys) {
        auto *choice = new QRadioButton(Backends::displayName(key), this);
        choice->setObjectName(QStringLiteral("apiChoice_%1").arg(key));
        choice->setAccessibleName(Backends::displayName(key));
        choice->setAccessibleDescription(Backends::explanation(key));
        QFont bold = choice->font();
        bold.setBold(true);
        choice->setFont(bold);
        m_group->addButton(choice);
        m_choices.insert(key, choice);
        connect(choice, &QRadioButton::toggled, this, [this](bool on) {
            if (!on)
                return;
            if (!m_setup->isChecking())
                setLine(m_status, QString(), LineTone::Progress);
            Q_EMIT completeChanged();
        });

        auto *explanation = paragraph(Backends::explanation(key), this, QStringLiteral("apiExplanation_%1").arg(key));
        auto *answer = paragraph(QString(), this, QStringLiteral("apiAnswer_%1").arg(key));
        answer->setAccessibleName(tr("What the %1 answered").arg(Backends::displayName(key)));
        answer->hide();
        m_answers.insert(key, answer);
        // Lined up with the radio button's text, under it.
        const int indent = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth, nullptr, choice) +
                           style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing, nullptr, choice);
        explanation->setContentsMargins(indent, 0, 0, 0);
        explanation->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(Theme::mutedText().name()));
        answer->setContentsMargins(indent, 0, 0, 0);

        auto *block = new QVBoxLayout;
        block->setSpacing(2);
        block->addWidget(choice, 0, Qt::AlignLeft);
        block->addWidget(explanation);
        block->addWidget(answer);
        layout->addLayout(block);
    }

    auto *how = paragraph(tr("Not sure? Check which one answers: PointDesk asks both APIs for the account's "
                             "terminals with the token (nothing changes on the account)."),
                          this, QStringLiteral("apiHowLabel"));
    m_check = new QPushButton(tr("C&heck which one answers"), this);
    m_check->setObjectName(QStringLiteral("probeApiButton"));
    m_check->setAccessibleName(tr("Check which API answers with this token"));
    m_check->setAutoDefault(false);
    connect(m_check, &QPushButton::clicked, this, &ApiPage::startProbe);
    auto *row = new QHBoxLayout;
    row->addWidget(m_check);
    row->addStretch(1);

    m_status = statusLine(this, QStringLiteral("apiStatusLabel"), tr("Result of the API check"));
    layout->addSpacing(4);
    layout->addWidget(how);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addStretch(1);

    connect(m_probe, &ApiProbe::answered, this, &ApiPage::showAnswers);
    connect(m_probe, &ApiProbe::finished, this, [this]() {
        m_check->setEnabled(true);
        showAnswers();
        const QString suggested = m_probe->suggestedApi();
        if (suggested.isEmpty()) {
            setLine(m_status,
                    tr("Neither API lists terminals with this token. Choose the API of the account's terminals, "
                       "or check the token and the network."),
                    LineTone::Problem);
            return;
        }
        choose(suggested);
        setLine(m_status, tr("The %1 answers for this account: it is chosen.").arg(Backends::displayName(suggested)),
                LineTone::Success);
    });
    // The token page's check with the chosen API, when Next asked for it here.
    connect(m_setup, &AccountSetup::tokenChecked, this, [this](const AccountSetup::CheckResult &result) {
        if (!m_rechecking)
            return;
        m_rechecking = false;
        Q_EMIT completeChanged();
        if (result.ok()) {
            setLine(m_status, result.message(), LineTone::Success);
            m_wizard->next();
            return;
        }
        setLine(m_status, tr("%1 Nothing was saved.").arg(result.message()), LineTone::Problem);
    });
    // Left by Next, Back, Cancel or closing: a probe under way is dropped.
    connect(wizard, &QWizard::currentIdChanged, this, [this](int id) {
        if (id != SetupWizard::ApiPageId)
            m_probe->cancel();
    });
}

QString ApiPage::chosenApi() const
{
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it) {
        if (it.value()->isChecked())
            return it.key();
    }
    return {};
}

void ApiPage::choose(const QString &api)
{
    if (QRadioButton *choice = m_choices.value(api))
        choice->setChecked(true);
}

void ApiPage::initializePage()
{
    // The token the token page has just checked: asked again here when another API is chosen.
    m_token = m_setup->checkedToken();
    m_base = m_setup->checkedBase();
    choose(m_setup->api());
    for (QLabel *answer : std::as_const(m_answers))
        answer->hide();
    setLine(m_status, QString(), LineTone::Progress);
    m_check->setEnabled(true);
    if (QRadioButton *chosen = m_choices.value(m_setup->api()))
        chosen->setFocus(Qt::OtherFocusReason);
}

void ApiPage::cleanupPage()
{
    m_probe->cancel();
    m_rechecking = false;
}

void ApiPage::startProbe()
{
    if (m_token.isEmpty())
        return;
    m_check->setEnabled(false);
    m_probe->setTimeout(m_setup->requestTimeout());
    m_probe->start(m_token, m_base);
    showAnswers();
    setLine(m_status, tr("Asking both APIs for the account's terminals\u2026"), LineTone::Progress);
}

void ApiPage::showAnswers()
{
    const QList<ApiProbe::Answer> answers = m_probe->answers();
    for (const ApiProbe::Answer &answer : answers) {
        QLabel *label = m_answers.value(answer.api);
        if (!label)
            continue;
        label->setText(answer.message());
        const LineTone tone = answer.outcome == ApiProbe::Answer::Outcome::Pending ? LineTone::Progress
                              : answer.listsTerminals()                            ? LineTone::Success
                                                                                   : LineTone::Problem;
        setLine(label, answer.message(), tone);
    }
}

bool ApiPage::isComplete() const
{
    return !m_rechecking && !chosenApi().isEmpty();
}

bool ApiPage::validatePage()
{
    const QString api = chosenApi();
    if (m_rechecking || api.isEmpty())
        return false;
    if (api == m_setup->checkedApi() && m_setup->isChecked(m_token, m_base))
        return m_setup->setApi(api);
    // The token was checked with the other API: it is checked with this one before going on.
    m_probe->cancel();
    if (!m_setup->setApi(api))
        return false;
    m_rechecking = true;
    Q_EMIT completeChanged();
    setLine(m_status, tr("Checking the token with the %1\u2026").arg(Backends::displayName(api)), LineTone::Progress);
    m_setup->checkToken(m_token, m_base);
    return false;
}

int ApiPage::nextId() const
{
    if (m_setup->offersIntegration())
        return SetupWizard::IntegrationPageId;
    return m_setup->needsPinEntry() ? SetupWizard::PinPageId : SetupWizard::SavePageId;
}
