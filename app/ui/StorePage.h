#pragma once

#include "ui/StoreForm.h"

#include <QWidget>
#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class Settings;
class StoreProbe;
class TokenStore;

/// Preferences > Store: where the store's PostgreSQL is (host, port, database, user), its password (to the keychain
/// under TokenStore::kStorePasswordKey, never to Settings; shown as dots; "leave empty to keep" when one is saved),
/// this counter's name, whether the connection uses TLS (StoreConnection::sslMode, in words), "Test connection" (on a
/// thread of its own: StoreProbe), "Stop using a store database" and "Register as a new counter" (a new id for a
/// counter whose sales record was started anew). Only the manager changes it: read-only until setEditable(true), with
/// a button that asks for the manager PIN (managerPinRequested()).
class StorePage : public QWidget
{
    Q_OBJECT

public:
    /// `settings` must outlive the page; `keychain` may be nullptr (then no password can be saved).
    StorePage(Settings *settings, TokenStore *keychain, QWidget *parent = nullptr);

    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }

    /// What the fields hold now.
    StoreForm form() const;
    /// The form's problems, also shown on the page.
    QStringList problems();
    /// Saves the page (the password to the keychain first, then Settings) and calls `done` with whether it worked
    /// and whether anything changed; a keychain that fails keeps Settings as they were and says why on the page.
    void save(std::function<void(bool ok, bool changed)> done);
    /// Whether a password is saved in the keychain (known once the keychain answered).
    bool hasSavedPassword() const { return m_passwordSaved; }

Q_SIGNALS:
    /// "Change with the manager PIN": the window asks for the PIN; manager mode then makes the page editable.
    void managerPinRequested();
    /// "Register as a new counter" gave this counter a new id (already saved).
    void counterRenewed(const QString &counterId);

private:
    void buildUi();
    void fill(const StoreForm &form);
    void updateState();
    void testConnection();
    void stopUsing();
    void registerAsNew();
    void setResult(const QString &text, bool problem);

    Settings *m_settings = nullptr;
    TokenStore *m_keychain = nullptr;
    StoreProbe *m_probe = nullptr;
    bool m_editable = false;
    bool m_passwordSaved = false;
    bool m_stopRequested = false;
    QLineEdit *m_host = nullptr;
    QLineEdit *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_counterName = nullptr;
    QLabel *m_tls = nullptr;
    QLabel *m_managerNote = nullptr;
    QPushButton *m_unlock = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_newCounter = nullptr;
    QLabel *m_newCounterNote = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_problems = nullptr;
};
