#pragma once

#include <QObject>
#include <QPointer>
#include <functional>

class CashUpDialog;
class CashierSession;
class HistoryDialog;
class OrderJournal;
class QWidget;
class Settings;
class TokenStore;

/// The window's two views of the sales record, each made once when first asked for and kept up to date while open:
/// Sales > History (with refunds) and Sales > Close the day. A store database set up in Preferences adds their
/// "Whole store" view. What needs the manager (a refund, closing a day) goes through `requireManager`.
class SalesRecordDialogs : public QObject
{
    Q_OBJECT

public:
    /// Asks for the manager PIN with `purpose`, then runs `then` (at once in manager mode).
    using RequireManager = std::function<void(const QString &purpose, std::function<void()> then)>;

    /// All must outlive this object; `window` parents the dialogs.
    SalesRecordDialogs(OrderJournal *journal, Settings *settings, CashierSession *cashier, QWidget *window,
                       RequireManager requireManager);

    /// The keychain that holds the store database's password (nullptr: none).
    void setStoreKeychain(TokenStore *keychain) { m_storeKeychain = keychain; }

    void openHistory();
    void openCashUp();

private:
    OrderJournal *m_journal;
    Settings *m_settings;
    CashierSession *m_cashier;
    QWidget *m_window;
    RequireManager m_requireManager;
    TokenStore *m_storeKeychain = nullptr;
    QPointer<HistoryDialog> m_history;
    QPointer<CashUpDialog> m_cashUp;
};
