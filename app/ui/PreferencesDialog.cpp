#include "ui/PreferencesDialog.h"

#include "api/Backends.h"
#include "store/Language.h"
#include "store/Settings.h"
#include "ui/ShopDetailsBox.h"
#include "ui/StorePage.h"
#include "ui/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(Settings *settings, bool currencyEditable, QWidget *parent, TokenStore *keychain)
    : QDialog(parent), m_settings(settings), m_currencyEditable(currencyEditable)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    setAccessibleName(windowTitle());
    setWindowModality(Qt::WindowModal);

    // Language: the system's by default; each language is named in itself.
    m_languageCombo = new QComboBox(this);
    m_languageCombo->setObjectName(QStringLiteral("languageCombo"));
    m_languageCombo->setAccessibleName(tr("Language of PointDesk"));
    //: %1 is the language the system asks for, named in itself ("Español").
    m_languageCombo->addItem(tr("System default (%1)").arg(Language::nativeName(Language::resolve(QString()))),
                             QString());
    for (const QString &code : Language::codes())
        m_languageCombo->addItem(Language::nativeName(code), code);
    m_languageCombo->setCurrentIndex(qMax(0, m_languageCombo->findData(m_settings->language())));
    m_languageNote = Theme::noteLabel(QStringLiteral("languageNote"), this);

    // The account's currency, by name and ISO code.
    m_currencyCombo = new QComboBox(this);
    m_currencyCombo->setObjectName(QStringLiteral("currencyCombo"));
    m_currencyCombo->setAccessibleName(tr("Currency of the account"));
    for (const Currency &currency : Currency::all())
        m_currencyCombo->addItem(currency.displayName(), currency.code());
    m_currencyCombo->setCurrentIndex(qMax(0, m_currencyCombo->findData(m_settings->currency())));
    m_currencyNote = Theme::noteLabel(QStringLiteral("currencyNote"), this);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_languageCombo);
    form->addRow(languageLabel, m_languageCombo);
    form->addRow(QString(), m_languageNote);
    auto *currencyLabel = new QLabel(tr("Account &currency:"), this);
    currencyLabel->setBuddy(m_currencyCombo);
    form->addRow(currencyLabel, m_currencyCombo);
    form->addRow(QString(), m_currencyNote);

    // How the history's CSV files are written: for a spreadsheet, or the plain machine format.
    m_csvCheck = new QCheckBox(tr("CSV for sp&readsheets"), this);
    m_csvCheck->setObjectName(QStringLiteral("csvForSpreadsheetsCheck"));
    m_csvCheck->setChecked(m_settings->csvForSpreadsheets(Language::installed()));
    auto *csvNote = Theme::noteLabel(QStringLiteral("csvNote"), this);
    csvNote->setText(tr("On: the sales history's CSV files open right in a spreadsheet (columns separated by ';', "
                        "amounts with this computer's decimal separator, local times, the window's words). Off: the "
                        "plain format for programs (',', amounts like 1234.50, times in UTC)."));
    m_csvCheck->setAccessibleDescription(csvNote->text());
    form->addRow(QString(), m_csvCheck);
    form->addRow(QString(), csvNote);

    // The account's API: chosen when the account is set up, shown here read-only.
    const QString api = m_settings->accountApi();
    auto *apiValue = new QLabel(Backends::isKnown(api) ? Backends::displayName(api)
                                                       : tr("Unknown (%1): PointDesk cannot charge with it").arg(api),
                                this);
    apiValue->setObjectName(QStringLiteral("apiValueLabel"));
    apiValue->setTextFormat(Qt::PlainText);
    apiValue->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *apiNote = Theme::noteLabel(QStringLiteral("apiNote"), this);
    apiNote->setText(tr("Chosen when the account was set up. To change it, a manager runs the setup again: Account, "
                        "Set up the account (or Replace the access token)."));
    apiValue->setAccessibleName(tr("Mercado Pago API of the account"));
    apiValue->setAccessibleDescription(apiNote->text());
    // A label without a buddy: nothing to reach with the keyboard in a read-only value.
    form->addRow(new QLabel(tr("Mercado Pago API:"), this), apiValue);
    form->addRow(QString(), apiNote);

    // What receipts print about the shop, and their paper: the manager's, like the currency.
    m_shopBox = new ShopDetailsBox(this);
    m_shopBox->setDetails(m_settings->shopDetails());

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("preferencesButtons"));
    m_saveButton = m_buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setAccessibleName(tr("Save the preferences"));
    m_cancelButton = m_buttons->button(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAccessibleName(tr("Close without saving"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    auto *general = new QWidget(this);
    general->setObjectName(QStringLiteral("generalPage"));
    auto *generalLayout = new QVBoxLayout(general);
    generalLayout->addLayout(form);
    generalLayout->addWidget(m_shopBox);
    generalLayout->addStretch(1);

    // Where the store database is: the manager's, like the currency.
    m_storePage = new StorePage(m_settings, keychain, this);
    connect(m_storePage, &StorePage::managerPinRequested, this, &PreferencesDialog::managerPinRequested);
    connect(m_storePage, &StorePage::counterRenewed, this, &PreferencesDialog::storeSettingsChanged);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("preferencesTabs"));
    m_tabs->addTab(general, tr("G&eneral"));
    m_tabs->addTab(m_storePage, tr("&Store"));
    m_tabs->setDocumentMode(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_buttons);

    connect(m_languageCombo, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateNotes);
    connect(m_currencyCombo, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateNotes);
    connect(m_shopBox, &ShopDetailsBox::changed, this, &PreferencesDialog::updateNotes);
    setCurrencyEditable(currencyEditable);
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
}

void PreferencesDialog::setCurrencyEditable(bool editable)
{
    m_currencyEditable = editable;
    if (!editable)
        m_currencyCombo->setCurrentIndex(qMax(0, m_currencyCombo->findData(m_settings->currency())));
    m_currencyCombo->setEnabled(editable);
    if (!editable)
        m_shopBox->setDetails(m_settings->shopDetails());
    m_shopBox->setEditable(editable);
    m_storePage->setEditable(editable);
    updateNotes();
}

void PreferencesDialog::showStorePage()
{
    m_tabs->setCurrentWidget(m_storePage);
}

QString PreferencesDialog::selectedLanguage() const
{
    return m_languageCombo->currentData().toString();
}

bool PreferencesDialog::csvForSpreadsheets() const
{
    return m_csvCheck->isChecked();
}

Currency PreferencesDialog::selectedCurrency() const
{
    return Currency::fromCode(m_currencyCombo->currentData().toString()).value_or(Currency());
}

void PreferencesDialog::updateNotes()
{
    if (selectedLanguage() != m_settings->language())
        m_languageNote->setText(tr("The new language shows the next time PointDesk starts. Save, then close and "
                                   "open PointDesk again."));
    else
        m_languageNote->setText(tr("A new language shows the next time PointDesk starts."));
    m_languageCombo->setAccessibleDescription(m_languageNote->text());

    const Currency currency = selectedCurrency();
    QString note;
    if (!m_currencyEditable)
        note = tr("Only the manager changes the account's currency. Ask the manager to turn on manager mode, then "
                  "open Preferences again.");
    else if (currency.hasMinorUnits())
        note = tr("Choose the currency of the shop's Mercado Pago account. Amounts in %1 are typed with cents.")
                   .arg(currency.code());
    else
        note = tr("Choose the currency of the shop's Mercado Pago account. Amounts in %1 have no cents: the amount "
                  "field takes whole amounts only.")
                   .arg(currency.code());
    m_currencyNote->setText(note);
    m_currencyCombo->setAccessibleDescription(note);
    // Details that cannot be kept are not saved: the group says why.
    m_saveButton->setEnabled(!m_currencyEditable || m_shopBox->problems().isEmpty());

    // The notes wrap, and a longer one needs more height than the window has: grow it (never shrink it) once the
    // layout has caught up.
    QTimer::singleShot(0, this, [this]() {
        layout()->activate();
        const int needed = qMax(layout()->totalMinimumSize().height(), heightForWidth(width()));
        if (needed > height())
            resize(width(), needed);
    });
}

void PreferencesDialog::accept()
{
    if (m_saving)
        return;
    if (m_currencyEditable && !m_shopBox->problems().isEmpty())
        return; // the group says what to fix
    if (m_currencyEditable && !m_storePage->problems().isEmpty()) {
        showStorePage(); // the page says what to fix
        return;
    }
    // The store's password goes to the keychain first; the dialog closes once it is there.
    m_saving = true;
    m_buttons->setEnabled(false);
    m_storePage->save([this](bool ok, bool changed) {
        m_saving = false;
        m_buttons->setEnabled(true);
        if (!ok) {
            showStorePage(); // the page says why
            return;
        }
        finishAccept(changed);
    });
}

void PreferencesDialog::finishAccept(bool storeChanged)
{
    const QString language = selectedLanguage();
    const bool languageChange = language != m_settings->language();
    const Currency currency = selectedCurrency();
    const bool currencyChange = m_currencyEditable && currency.code() != m_settings->currency();
    m_settings->setLanguage(language);
    // Stored once changed: until then it follows the interface language.
    if (csvForSpreadsheets() != m_settings->csvForSpreadsheets(Language::installed()))
        m_settings->setCsvForSpreadsheets(csvForSpreadsheets());
    // Saved even when unchanged, so that the account keeps it when the system locale's guess would differ.
    if (m_currencyEditable) {
        m_settings->setCurrency(currency.code());
        m_settings->setShopDetails(m_shopBox->details());
    }
    m_settings->sync();
    if (languageChange)
        Q_EMIT languageChanged(language);
    if (currencyChange)
        Q_EMIT currencyChanged(currency);
    // The counter's sales go to the store in the account's currency.
    if (storeChanged || (currencyChange && m_settings->store().isConfigured()))
        Q_EMIT storeSettingsChanged();
    QDialog::accept();
}
