#pragma once

#include "store/ShopDetails.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <memory>

class QSettings;

/// Where the store's PostgreSQL is and how this counter is named there (the password is in the keychain, under
/// TokenStore::kStorePasswordKey).
struct StoreSettings
{
    QString host;     ///< "" = no store database: the counter keeps its sales to itself
    int port = 5432;
    QString database;
    QString user;
    QString counterName; ///< how the store's reports name this counter ("Caja 2")

    /// Host, database and user are set.
    bool isConfigured() const { return !host.isEmpty() && !database.isEmpty() && !user.isEmpty(); }
};

/// The cashier's preferences, kept with QSettings (organization and application "PointDesk").
/// Never holds secrets: the access token lives only in the OS keychain.
class Settings
{
public:
    static constexpr int kDefaultPollIntervalMs = 1000;
    static constexpr int kMinPollIntervalMs = 10;
    static constexpr int kMaxPollIntervalMs = 60000;
    static constexpr int kDefaultDeviceRefreshMs = 10000;
    static constexpr int kMaxRecentDescriptions = 20;
    static constexpr int kDefaultManagerIdleMinutes = 5;
    static constexpr int kMaxManagerIdleMinutes = 240;

    /// The user's settings store (native format, "PointDesk"/"PointDesk").
    Settings();
    /// An INI file at `iniPath`; for tests and portable setups.
    explicit Settings(const QString &iniPath);
    ~Settings();

    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    /// The terminal the last charge went to; empty when none yet.
    QString lastTerminal() const;
    void setLastTerminal(const QString &name);

    /// Descriptions used before, most recent first, without duplicates (compared case-insensitively).
    QStringList recentDescriptions() const;
    void addRecentDescription(const QString &description);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);

    /// How often an open order is polled, in milliseconds (clamped to 10 .. 60000).
    int pollIntervalMs() const;
    void setPollIntervalMs(int milliseconds);

    /// How often the terminal list refreshes by itself while idle, in milliseconds (at least 100).
    int deviceRefreshIntervalMs() const;
    void setDeviceRefreshIntervalMs(int milliseconds);

    /// The API base chosen in the setup wizard's advanced field; empty for the default. Not a secret, but the
    /// token goes wherever this points: callers check it with PointBackend::isAcceptableBaseUrl before use.
    QUrl apiBase() const;
    void setApiBase(const QUrl &url);

    /// Minutes without input after which manager mode ends (1 .. 240, default 5).
    int managerIdleMinutes() const;
    void setManagerIdleMinutes(int minutes);
    /// Wrong manager PINs in a row; kept here so that a restart does not reset the count (not a secret).
    int managerFailedAttempts() const;
    void setManagerFailedAttempts(int count);
    /// Until when the manager PIN is refused after too many wrong ones (UTC); invalid when not locked.
    QDateTime managerLockedUntil() const;
    void setManagerLockedUntil(const QDateTime &until);

    /// The account's currency as an ISO code, one of Currency::all() ("ARS", "CLP" ...). Until set, and when the
    /// stored value is not one of them, the guess for the locale (Currency::forLocale(QLocale())).
    QString currency() const;
    /// Stores `isoCode` (case-insensitive); an unknown code removes the choice, so that the guess applies again.
    void setCurrency(const QString &isoCode);

    /// The account's Mercado Pago API, as its key ("legacy", "orders"; see api/Backends), trimmed and in lower case.
    /// "legacy" for an account saved before the choice existed. The value is not checked here (the store does not
    /// know the APIs): whoever uses it checks it with Backends and says so when it is unknown.
    QString accountApi() const;
    /// Whether the settings hold a choice of API at all (false: accountApi() is the default).
    bool hasAccountApi() const;

    /// "Try demo mode instead" was chosen in the setup wizard while no account existed: later starts go to demo mode
    /// without the wizard, until demo mode is left (Demo > Leave demo mode) or an account is set up.
    bool demoChosen() const;
    void setDemoChosen(bool chosen);
    /// Stores `key` as given (trimmed, lower case); empty removes the choice.
    void setAccountApi(const QString &key);

    /// The interface language: "" follows the system, or one of Language::codes() ("en", "es", "pt_BR").
    /// An unknown stored value reads as "". Applied at the next start.
    QString language() const;
    /// Stores `language`; "" or an unknown code removes the choice (follow the system).
    void setLanguage(const QString &language);

    /// Whether CSV exports (the history window's and `pointdesk-cli history --csv`) are written for spreadsheets (see
    /// CsvFormat). Until chosen, CsvFormat::defaultFor(`language`), the interface language shown ("en", "es",
    /// "pt_BR"): on for Spanish and Portuguese.
    bool csvForSpreadsheets(const QString &language) const;
    /// Whether the cashier chose the CSV format at all (false: csvForSpreadsheets() follows the language).
    bool hasCsvFormat() const;
    void setCsvForSpreadsheets(bool spreadsheets);

    /// The names the manager gave the account's terminals on this computer (Orders API: the list only gives ids such
    /// as "NEWLAND_N950__SBX0000001"), for the API `apiKey` ("orders"), keyed by the terminal id exactly as listed.
    QHash<QString, QString> terminalNames(const QString &apiKey) const;
    /// Stores `name` (trimmed) for `terminalId`; an empty name removes it (the id is shown again).
    void setTerminalName(const QString &apiKey, const QString &terminalId, const QString &name);

    /// The shop as receipts name it, and the receipts' paper (set by the manager in Preferences). Read as stored:
    /// a value written by hand that ShopDetails::problems() refuses reads as empty, so that it never reaches paper.
    ShopDetails shopDetails() const;
    /// Stores `details` normalized; false, and nothing stored, when they have problems().
    bool setShopDetails(const ShopDetails &details);
    /// The store database settings (trimmed; the port 1 .. 65535, else 5432).
    StoreSettings store() const;
    /// Stores `store` (trimmed); an empty host removes the whole choice but the counter's name.
    void setStore(const StoreSettings &store);
    /// This counter's id in the store: a UUID made the first time it is asked for and kept from then on (renaming
    /// the counter keeps it).
    QString storeCounterId();
    /// Gives this counter a new id in the store (its name stays) and returns it: for a counter whose journal was
    /// started anew, which the store refuses under the old id (StoreResult::JournalMismatch).
    QString renewStoreCounterId();

    /// Writes pending changes to permanent storage.
    void sync();
    /// Where the settings live (a file path, or a registry path on Windows).
    QString fileName() const;

private:
    std::unique_ptr<QSettings> m_settings;
};
