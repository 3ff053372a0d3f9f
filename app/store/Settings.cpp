#include "store/Settings.h"

#include "core/Currency.h"
#include "store/CsvFormat.h"
#include "store/Language.h"

#include <QLocale>
#include <QSettings>
#include <QUrl>
#include <QUuid>
#include <algorithm>

namespace {

const QString kLastTerminal = QStringLiteral("cashier/lastTerminal");
const QString kRecentDescriptions = QStringLiteral("cashier/recentDescriptions");
const QString kWindowGeometry = QStringLiteral("window/geometry");
const QString kPollInterval = QStringLiteral("network/pollIntervalMs");
const QString kDeviceRefresh = QStringLiteral("network/deviceRefreshMs");
const QString kApiBase = QStringLiteral("network/apiBase");
const QString kManagerIdle = QStringLiteral("manager/idleMinutes");
const QString kManagerFailures = QStringLiteral("manager/failedAttempts");
const QString kManagerLockedUntil = QStringLiteral("manager/lockedUntil");
const QString kCurrency = QStringLiteral("account/currency");
const QString kAccountApi = QStringLiteral("account/api");
const QString kDemoChosen = QStringLiteral("account/demoChosen");
const QString kDefaultAccountApi = QStringLiteral("legacy");
const QString kLanguage = QStringLiteral("interface/language");
const QString kCsvFormat = QStringLiteral("export/csvFormat");
const QString kTerminalNames = QStringLiteral("terminalNames");
const QString kShopName = QStringLiteral("shop/name");
const QString kShopAddress = QStringLiteral("shop/address");
const QString kShopTaxId = QStringLiteral("shop/taxId");
const QString kReceiptPaper = QStringLiteral("shop/receiptPaper");
const QString kStoreHost = QStringLiteral("store/host");
const QString kStorePort = QStringLiteral("store/port");
const QString kStoreDatabase = QStringLiteral("store/database");
const QString kStoreUser = QStringLiteral("store/user");
const QString kStoreCounterName = QStringLiteral("store/counterName");
const QString kStoreCounterId = QStringLiteral("store/counterId");

// One group per API; the id is percent-encoded so that no id can name a subgroup ('/') or clash with INI syntax.
QString terminalNamesGroup(const QString &apiKey)
{
    return kTerminalNames + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(apiKey.trimmed().toLower()));
}

} // namespace

Settings::Settings() : m_settings(std::make_unique<QSettings>(QStringLiteral("PointDesk"), QStringLiteral("PointDesk")))
{
}

Settings::Settings(const QString &iniPath) : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat)) {}

Settings::~Settings() = default;

QString Settings::lastTerminal() const
{
    return m_settings->value(kLastTerminal).toString();
}

void Settings::setLastTerminal(const QString &name)
{
    m_settings->setValue(kLastTerminal, name);
}

QStringList Settings::recentDescriptions() const
{
    QStringList list = m_settings->value(kRecentDescriptions).toStringList();
    list.removeAll(QString());
    return list.mid(0, kMaxRecentDescriptions);
}

void Settings::addRecentDescription(const QString &description)
{
    const QString text = description.trimmed();
    if (text.isEmpty())
        return;
    QStringList list = recentDescriptions();
    list.erase(std::remove_if(list.begin(), list.end(),
                              [&text](const QString &old) { return old.compare(text, Qt::CaseInsensitive) == 0; }),
               list.end());
    list.prepend(text);
    m_settings->setValue(kRecentDescriptions, list.mid(0, kMaxRecentDescriptions));
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(kWindowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(kWindowGeometry, geometry);
}

int Settings::pollIntervalMs() const
{
    bool ok = false;
    const int value = m_settings->value(kPollInterval, kDefaultPollIntervalMs).toInt(&ok);
    return ok ? qBound(kMinPollIntervalMs, value, kMaxPollIntervalMs) : kDefaultPollIntervalMs;
}

void Settings::setPollIntervalMs(int milliseconds)
{
    m_settings->setValue(kPollInterval, qBound(kMinPollIntervalMs, milliseconds, kMaxPollIntervalMs));
}

int Settings::deviceRefreshIntervalMs() const
{
    bool ok = false;
    const int value = m_settings->value(kDeviceRefresh, kDefaultDeviceRefreshMs).toInt(&ok);
    return ok ? qMax(100, value) : kDefaultDeviceRefreshMs;
}

void Settings::setDeviceRefreshIntervalMs(int milliseconds)
{
    m_settings->setValue(kDeviceRefresh, qMax(100, milliseconds));
}

QUrl Settings::apiBase() const
{
    const QString text = m_settings->value(kApiBase).toString().trimmed();
    return text.isEmpty() ? QUrl() : QUrl(text, QUrl::StrictMode);
}

void Settings::setApiBase(const QUrl &url)
{
    if (url.isEmpty())
        m_settings->remove(kApiBase);
    else
        m_settings->setValue(kApiBase, url.toString());
}

int Settings::managerIdleMinutes() const
{
    bool ok = false;
    const int value = m_settings->value(kManagerIdle, kDefaultManagerIdleMinutes).toInt(&ok);
    return ok ? qBound(1, value, kMaxManagerIdleMinutes) : kDefaultManagerIdleMinutes;
}

void Settings::setManagerIdleMinutes(int minutes)
{
    m_settings->setValue(kManagerIdle, qBound(1, minutes, kMaxManagerIdleMinutes));
}

int Settings::managerFailedAttempts() const
{
    return qMax(0, m_settings->value(kManagerFailures, 0).toInt());
}

void Settings::setManagerFailedAttempts(int count)
{
    if (count <= 0)
        m_settings->remove(kManagerFailures);
    else
        m_settings->setValue(kManagerFailures, count);
}

QDateTime Settings::managerLockedUntil() const
{
    const QDateTime until = QDateTime::fromString(m_settings->value(kManagerLockedUntil).toString(), Qt::ISODateWithMs);
    return until.isValid() ? until.toUTC() : QDateTime();
}

void Settings::setManagerLockedUntil(const QDateTime &until)
{
    if (!until.isValid())
        m_settings->remove(kManagerLockedUntil);
    else
        m_settings->setValue(kManagerLockedUntil, until.toUTC().toString(Qt::ISODateWithMs));
}

QString Settings::currency() const
{
    const std::optional<Currency> stored = Currency::fromCode(m_settings->value(kCurrency).toString());
    return stored.value_or(Currency::forLocale(QLocale())).code();
}

void Settings::setCurrency(const QString &isoCode)
{
    if (const std::optional<Currency> currency = Currency::fromCode(isoCode))
        m_settings->setValue(kCurrency, currency->code());
    else
        m_settings->remove(kCurrency);
}

QString Settings::accountApi() const
{
    const QString stored = m_settings->value(kAccountApi).toString().trimmed().toLower();
    return stored.isEmpty() ? kDefaultAccountApi : stored;
}

bool Settings::demoChosen() const
{
    return m_settings->value(kDemoChosen, false).toBool();
}

void Settings::setDemoChosen(bool chosen)
{
    if (chosen)
        m_settings->setValue(kDemoChosen, true);
    else
        m_settings->remove(kDemoChosen);
}

bool Settings::hasAccountApi() const
{
    return !m_settings->value(kAccountApi).toString().trimmed().isEmpty();
}

void Settings::setAccountApi(const QString &key)
{
    const QString value = key.trimmed().toLower();
    if (value.isEmpty())
        m_settings->remove(kAccountApi);
    else
        m_settings->setValue(kAccountApi, value);
}

QHash<QString, QString> Settings::terminalNames(const QString &apiKey) const
{
    QHash<QString, QString> names;
    m_settings->beginGroup(terminalNamesGroup(apiKey));
    for (const QString &key : m_settings->childKeys()) {
        const QString name = m_settings->value(key).toString().trimmed();
        if (!name.isEmpty())
            names.insert(QUrl::fromPercentEncoding(key.toLatin1()), name);
    }
    m_settings->endGroup();
    return names;
}

void Settings::setTerminalName(const QString &apiKey, const QString &terminalId, const QString &name)
{
    const QString key = terminalNamesGroup(apiKey) + QLatin1Char('/') +
                        QString::fromLatin1(QUrl::toPercentEncoding(terminalId));
    const QString value = name.trimmed();
    if (value.isEmpty())
        m_settings->remove(key);
    else
        m_settings->setValue(key, value);
}

QString Settings::language() const
{
    const QString stored = m_settings->value(kLanguage).toString().trimmed();
    return Language::isSupported(stored) ? stored : QString();
}

void Settings::setLanguage(const QString &language)
{
    const QString code = language.trimmed();
    if (Language::isSupported(code))
        m_settings->setValue(kLanguage, code);
    else
        m_settings->remove(kLanguage);
}

bool Settings::csvForSpreadsheets(const QString &language) const
{
    const std::optional<CsvFormat::Style> stored = CsvFormat::styleFromKey(m_settings->value(kCsvFormat).toString());
    return stored.value_or(CsvFormat::defaultFor(language)) == CsvFormat::Style::Spreadsheet;
}

bool Settings::hasCsvFormat() const
{
    return CsvFormat::styleFromKey(m_settings->value(kCsvFormat).toString()).has_value();
}

void Settings::setCsvForSpreadsheets(bool spreadsheets)
{
    m_settings->setValue(kCsvFormat,
                         CsvFormat::key(spreadsheets ? CsvFormat::Style::Spreadsheet : CsvFormat::Style::Plain));
}

void Settings::sync()
{
    m_settings->sync();
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

ShopDetails Settings::shopDetails() const
{
    ShopDetails stored;
    stored.name = m_settings->value(kShopName).toString();
    stored.address = m_settings->value(kShopAddress).toString();
    stored.taxId = m_settings->value(kShopTaxId).toString();
    stored.paperKey = m_settings->value(kReceiptPaper).toString();
    const ShopDetails details = stored.normalized();
    if (!details.problems().isEmpty()) {
        ShopDetails paperOnly;
        paperOnly.paperKey = details.paperKey;
        return paperOnly;
    }
    return details;
}

bool Settings::setShopDetails(const ShopDetails &details)
{
    const ShopDetails kept = details.normalized();
    if (!kept.problems().isEmpty())
        return false;
    m_settings->setValue(kShopName, kept.name);
    m_settings->setValue(kShopAddress, kept.address);
    m_settings->setValue(kShopTaxId, kept.taxId);
    if (kept.paperKey.isEmpty())
        m_settings->remove(kReceiptPaper);
    else
        m_settings->setValue(kReceiptPaper, kept.paperKey);
    return true;
}

StoreSettings Settings::store() const
{
    StoreSettings store;
    store.host = m_settings->value(kStoreHost).toString().trimmed();
    bool ok = false;
    const int port = m_settings->value(kStorePort).toInt(&ok);
    store.port = ok && port > 0 && port < 65536 ? port : 5432;
    store.database = m_settings->value(kStoreDatabase).toString().trimmed();
    store.user = m_settings->value(kStoreUser).toString().trimmed();
    store.counterName = m_settings->value(kStoreCounterName).toString().trimmed();
    return store;
}

void Settings::setStore(const StoreSettings &store)
{
    const QString name = store.counterName.trimmed();
    if (name.isEmpty())
        m_settings->remove(kStoreCounterName);
    else
        m_settings->setValue(kStoreCounterName, name);
    if (store.host.trimmed().isEmpty()) {
        for (const QString &key : {kStoreHost, kStorePort, kStoreDatabase, kStoreUser})
            m_settings->remove(key);
        return;
    }
    m_settings->setValue(kStoreHost, store.host.trimmed());
    m_settings->setValue(kStorePort, store.port > 0 && store.port < 65536 ? store.port : 5432);
    m_settings->setValue(kStoreDatabase, store.database.trimmed());
    m_settings->setValue(kStoreUser, store.user.trimmed());
}

QString Settings::renewStoreCounterId()
{
    const QString made = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_settings->setValue(kStoreCounterId, made);
    m_settings->sync();
    return made;
}

QString Settings::storeCounterId()
{
    const QUuid stored(m_settings->value(kStoreCounterId).toString());
    if (!stored.isNull())
        return stored.toString(QUuid::WithoutBraces);
    const QString made = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_settings->setValue(kStoreCounterId, made);
    m_settings->sync();
    return made;
}

