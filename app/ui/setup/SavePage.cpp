#include "ui/setup/SavePage.h"

#include "api/PointBackend.h"
#include "sales/AccountSetup.h"
#include "store/Settings.h"
#include "ui/SetupWizard.h"
#include "ui/setup/PinPage.h"
#include "ui/setup/SetupLook.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

using namespace SetupLook;

SavePage::SavePage(SetupWizard *wizard, AccountSetup *setup, Settings *settings)
    : QWizardPage(wizard), m_wizard(wizard), m_setup(setup), m_settings(settings)
{
    setObjectName(QStringLiteral("setupSavePage"));
    setTitle(tr("Save"));
    setSubTitle(tr("Nothing has been saved yet."));
    m_summary = paragraph(QString(), this, QStringLiteral("saveSummaryLabel"));
    // Mercado Pago's API does not say the account's country: the cashier's choice, proposed from the computer's
    // language and clock, shown before anything is charged.
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("setupCurrencyCombo"));
    m_currency->setAccessibleName(tr("Currency the account charges in"));
    for (const Currency &currency : Currency::all())
        m_currency->addItem(currency.displayName(), currency.code());
    const Currency proposed = suggestedCurrency(m_settings->currency(), QLocale(),
                                                QTimeZone::systemTimeZone().territory());
    m_currency->setCurrentIndex(qMax(0, m_currency->findData(proposed.code())));
    auto *currencyForm = new QFormLayout;
    currencyForm->addRow(tr("Account &currency:"), m_currency);
    m_status = statusLine(this, QStringLiteral("saveStatusLabel"), tr("Result of saving"));
    m_sessionOnly = new QPushButton(tr("&Keep it for this session only"), this);
    m_sessionOnly->setObjectName(QStringLiteral("saveSessionOnlyButton"));
    m_sessionOnly->setAccessibleName(tr("Keep the token for this session only"));
    m_sessionOnly->setAutoDefault(false);
    m_sessionOnly->hide();
    connect(m_sessionOnly, &QPushButton::clicked, this, [this]() {
        m_setup->chooseSessionOnly();
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
    layout->addLayout(currencyForm);
    layout->addWidget(m_status);
    layout->addLayout(row);
    layout->addStretch(1);
    setFinalPage(true);

    connect(m_setup, &AccountSetup::saveFinished, this, [this](const AccountSetup::SaveResult &result) {
        Q_EMIT completeChanged();
        if (result.ok()) {
            m_settings->setCurrency(chosenCurrency().code());
            setLine(m_status, tr("Saved."), LineTone::Success);
            m_wizard->accept();
            return;
        }
        if (result.outcome == AccountSetup::SaveResult::Outcome::PinAlreadySet) {
            // The PIN page now asks for that PIN.
            static_cast<PinPage *>(m_wizard->page(SetupWizard::PinPageId))->showForm();
            initializePage();
        }
        setLine(m_status, tr("Nothing was saved. %1").arg(result.message()), LineTone::Problem);
        m_sessionOnly->setVisible(result.keychain.status == TokenStore::Status::NoBackend &&
                                  !m_setup->isSessionOnlyChosen());
    });
}

Currency SavePage::suggestedCurrency(const QString &saved, const QLocale &locale, QLocale::Territory zone)
{
    const Currency fromLocale = Currency::forLocale(locale);
    if (const std::optional<Currency> chosen = Currency::fromCode(saved); chosen && *chosen != fromLocale)
        return *chosen;
    if (fromLocale.territory() == locale.territory())
        return fromLocale;
    for (const Currency &currency : Currency::all()) {
        if (currency.territory() == zone)
            return currency;
    }
    return fromLocale;
}

Currency SavePage::chosenCurrency() const
{
    return Currency::fromCode(m_currency->currentData().toString()).value_or(Currency());
}

void SavePage::initializePage()
{
    QStringList lines;
    const QString masked = AccountSetup::maskToken(m_setup->checkedToken());
    if (m_setup->isSessionOnlyChosen())
        lines << tr("\u2022 The access token %1 is kept in memory only, until PointDesk quits.").arg(masked);
    else
        lines << tr("\u2022 The access token %1 goes to this computer's keychain, and nowhere else.").arg(masked);
    if (m_setup->keepsStoredPin())
        lines << tr("\u2022 The manager PIN already set on this computer stays as it is.");
    else if (m_setup->managesPin())
        lines << tr("\u2022 The manager PIN is kept as a salted hash, next to the token.");
    if (!m_setup->isApiBaseFixed() && m_setup->checkedBase() != PointBackend::defaultBaseUrl())
        lines << tr("\u2022 The API address %1 goes to PointDesk's settings.").arg(m_setup->checkedBase().toString());
    lines << QString() << tr("Press Save to finish. PointDesk then charges on the account's terminals.");
    m_summary->setText(lines.join(QLatin1Char('\n')));
    // However this page was reached (Next, Alt+N, Enter), Save is the default button and has the keyboard, so that
    // Enter saves. After QWizard has set up its buttons for this page.
    QTimer::singleShot(0, this, [this]() {
        auto *saveButton = qobject_cast<QPushButton *>(m_wizard->button(QWizard::FinishButton));
        if (!saveButton || m_wizard->currentPage() != this)
            return;
        saveButton->setDefault(true);
        if (saveButton->isVisible() && saveButton->isEnabled())
            saveButton->setFocus(Qt::OtherFocusReason);
    });
}

bool SavePage::isComplete() const
{
    return !m_setup->isSaving();
}

bool SavePage::validatePage()
{
    if (m_setup->isSaved())
        return true;
    save();
    return false;
}

void SavePage::save()
{
    if (m_setup->isSaving() || m_setup->checkedToken().isEmpty())
        return;
    m_setup->save();
    Q_EMIT completeChanged();
    setLine(m_status, tr("Saving\u2026"), LineTone::Progress);
}
