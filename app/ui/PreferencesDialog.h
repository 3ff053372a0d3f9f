#pragma once

#include "core/Currency.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class Settings;
class QTabWidget;
class ShopDetailsBox;
class StorePage;
class TokenStore;

/// Preferences: the interface language (System default, English, Español, Português (Brasil)), applied at the next
/// start, and the account's currency (ARS BRL MXN CLP COP PEN UYU), which only the manager may change: without
/// manager mode the currency is shown read-only with a note saying so. Save writes both to Settings and closes.
/// The account's Mercado Pago API shows read-only, with how to change it (the setup wizard). "CSV for spreadsheets"
/// chooses how the history's CSV exports are written (on by default in Spanish and Portuguese; see CsvFormat).
///
/// How the window opens it (window-modal, never a nested event loop):
///
///     auto *dialog = new PreferencesDialog(m_settings, managerModeActive, this);
///     dialog->setAttribute(Qt::WA_DeleteOnClose);
///     connect(dialog, &PreferencesDialog::currencyChanged, this, [this](const Currency &currency) {
///         Formatting::setDefaultCurrency(currency);
///         m_chargeForm->setCurrency(currency);
///     });
///     dialog->open();
///
/// When manager mode ends while it is open, call setCurrencyEditable(false).
///
/// The "Receipts" group (ShopDetailsBox) holds what receipts print about the shop and their paper; like the
/// currency, only the manager changes it (read-only otherwise). Save refuses details with problems (said in the group).
///
/// The "Store" tab (StorePage) holds where the store database is and this counter's name there, also the manager's
/// only: its "Change with the manager PIN" button emits managerPinRequested(); the window asks for the PIN and manager
/// mode makes the manager's fields editable (setCurrencyEditable(true)). Save writes the store's password to the
/// keychain first and closes once it is there; storeSettingsChanged() follows any change of the store's settings.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    /// `settings` must outlive the dialog. `currencyEditable`: manager mode is active.
    /// `keychain` (may be nullptr: the store's password cannot be saved then) holds the store's password.
    PreferencesDialog(Settings *settings, bool currencyEditable, QWidget *parent = nullptr,
                      TokenStore *keychain = nullptr);

    bool isCurrencyEditable() const { return m_currencyEditable; }
    /// Read-only (false) puts the stored currency back in the list and explains that the manager changes it.
    void setCurrencyEditable(bool editable);

    /// What the dialog shows now: "" (System default), "en", "es" or "pt_BR".
    QString selectedLanguage() const;
    Currency selectedCurrency() const;
    /// Whether "CSV for spreadsheets" is ticked.
    bool csvForSpreadsheets() const;
    /// The "Receipts" group.
    ShopDetailsBox *shopDetailsBox() const { return m_shopBox; }
    /// The "Store" tab.
    StorePage *storePage() const { return m_storePage; }
    /// Shows the "Store" tab.
    void showStorePage();

    /// Saves the choices to Settings, emits what changed and closes.
    void accept() override;

Q_SIGNALS:
    /// A different language was saved ("" follows the system); it shows from the next start on.
    void languageChanged(const QString &language);
    /// The manager saved a different account currency: apply it to the amount field and to the amounts shown.
    void currencyChanged(const Currency &currency);
    /// The store database's settings, its password or this counter's id (or the currency its sales are in) changed.
    void storeSettingsChanged();
    /// The Store tab asks for the manager PIN.
    void managerPinRequested();

private:
    void updateNotes();
    /// General settings, after the Store tab was saved (`storeChanged`: it changed something).
    void finishAccept(bool storeChanged);

    Settings *m_settings = nullptr;
    bool m_currencyEditable = false;
    QComboBox *m_languageCombo = nullptr;
    QLabel *m_languageNote = nullptr;
    QComboBox *m_currencyCombo = nullptr;
    QLabel *m_currencyNote = nullptr;
    QCheckBox *m_csvCheck = nullptr;
    ShopDetailsBox *m_shopBox = nullptr;
    QTabWidget *m_tabs = nullptr;
    StorePage *m_storePage = nullptr;
    bool m_saving = false;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};
