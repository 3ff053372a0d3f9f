#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <memory>

class QSettings;

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

    /// Writes pending changes to permanent storage.
    void sync();
    /// Where the settings live (a file path, or a registry path on Windows).
    QString fileName() const;

private:
    std::unique_ptr<QSettings> m_settings;
};
