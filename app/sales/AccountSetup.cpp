#include "sales/AccountSetup.h"

#include "api/Backends.h"
#include "api/PointBackend.h"
#include "store/ManagerPin.h"
#include "store/Settings.h"

#include <QLoggingCategory>
#include <QMetaObject>
#include <memory>

Q_LOGGING_CATEGORY(lcAccountSetup, "pointdesk.setup")

QString AccountSetup::CheckResult::message() const
{
    switch (error.kind()) {
    case ApiError::Kind::None:
        return tokenWorksText(deviceCount);
    case ApiError::Kind::InvalidInput:
        return error.userMessage(); // the rule's own words
    case ApiError::Kind::Unauthorized:
        return AccountSetup::tr(
            "Mercado Pago did not accept this access token (401). Check that you copied the whole production "
            "access token of the shop's account, and that it was not renewed or revoked.");
    case ApiError::Kind::Forbidden:
        return AccountSetup::tr(
            "This access token may not use Point terminals (403). Use the production access token of the "
            "Mercado Pago account that owns the terminals.");
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        return AccountSetup::tr(
                   "PointDesk cannot reach Mercado Pago at %1 to check the token. Check the internet connection, then "
                   "try again.")
            .arg(base.host());
    default:
        return AccountSetup::tr("The token could not be checked: %1").arg(error.userMessage());
    }
}

QString AccountSetup::SaveResult::message() const
{
    switch (outcome) {
    case Outcome::Ok:
        return {};
    case Outcome::PinAlreadySet:
        return AccountSetup::tr(
            "A manager PIN is already set on this computer, and setup never replaces it. Press Back and enter "
            "that PIN.");
    case Outcome::PinNotProven:
        return AccountSetup::tr("A manager PIN is set on this computer: enter it first.");
    case Outcome::NoSession:
        return AccountSetup::tr("PointDesk cannot store the manager PIN right now. Cancel and try again.");
    case Outcome::Keychain:
        return detail.isEmpty() ? keychain.message() : detail;
    }
    return {};
}

AccountSetup::AccountSetup(TokenStore *store, ManagerSession *session, Settings *settings, QObject *parent)
    : QObject(parent), m_store(store), m_session(session), m_settings(settings), m_api(Backends::defaultKey())
{
    if (m_settings) {
        const QString saved = m_settings->accountApi();
        if (Backends::isKnown(saved))
            m_api = saved;
        else
            qCWarning(lcAccountSetup).noquote()
                << "the API saved in the settings is unknown:" << saved << "- setup starts from" << m_api;
    }
    qRegisterMetaType<AccountSetup::CheckResult>();
    qRegisterMetaType<AccountSetup::SaveResult>();
}

AccountSetup::~AccountSetup()
{
    m_pin.clear();
}

// --- the token -----------------------------------------------------------------------------------------------

QString AccountSetup::normalizedToken(const QString &typed)
{
    QString text = typed.trimmed();
    // Copied from an HTTP example, it may still carry the scheme.
    if (text.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive))
        text = text.mid(7).trimmed();
    return text;
}

QString AccountSetup::tokenProblem(const QString &token)
{
    if (token.isEmpty())
        return tr("Paste the access token first.");
    for (const QChar c : token) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return tr("That does not look like an access token: it has spaces or other characters a token never "
                      "has. Copy the access token alone from Mercado Pago and try again.");
    }
    return {};
}

bool AccountSetup::isAcceptableBase(const QUrl &base)
{
    return PointBackend::isAcceptableBaseUrl(base);
}

QString AccountSetup::unacceptableBaseText(const QString &typed)
{
    return tr("The API address %1 cannot be used: use an https:// address, or http:// only to this computer.")
        .arg(typed);
}

QString AccountSetup::tokenWorksText(int terminals)
{
    // English has no plural forms of its own: one terminal is a sentence of its own.
    if (terminals <= 0)
        return tr("The token works, but Mercado Pago shows no terminals on this account yet. Set each terminal's name "
                  "in the Mercado Pago app on the terminal.");
    if (terminals == 1)
        return tr("The token works: Mercado Pago shows one terminal on this account.");
    return tr("The token works: Mercado Pago shows %n terminals on this account.", nullptr, terminals);
}

QString AccountSetup::maskToken(const QString &token)
{
    const QString t = token.trimmed();
    if (t.isEmpty())
        return QString();
    // Too short to show any of it without giving most of it away.
    if (t.size() < 12)
        return QStringLiteral("\u2022\u2022\u2022\u2022");
    QString prefix;
    const qsizetype dash = t.indexOf(QLatin1Char('-'));
    if (dash > 0 && dash <= 8) {
        const QString head = t.left(dash);
        bool letters = true;
        for (const QChar c : head)
            letters = letters && (c.isUpper() || c == QLatin1Char('_'));
        if (letters)
            prefix = t.left(dash + 1); // "APP_USR-", "TEST-": the kind of token, not part of the secret
    }
    return prefix % QStringLiteral("\u2026-") % t.right(4);
}

void AccountSetup::setRequestTimeout(int milliseconds)
{
    m_timeoutMs = milliseconds;
    if (m_client)
        m_client->setTimeout(milliseconds);
}

bool AccountSetup::setApi(const QString &key)
{
    // Not while a check is under way: its answer belongs to the API it asked.
    if (!Backends::isKnown(key) || m_checking)
        return false;
    m_api = key;
    return true;
}

bool AccountSetup::offersIntegration() const
{
    // The wizard asks on every button update: the backend's capabilities are looked at once per API.
    if (m_capabilitiesApi != m_api) {
        const std::unique_ptr<PointBackend> backend(Backends::create(m_api));
        m_offersIntegration = backend && backend->capabilities().enableIntegration;
        m_capabilitiesApi = m_api;
    }
    return m_offersIntegration;
}

PointBackend *AccountSetup::client()
{
    if (m_client && m_clientApi == m_api)
        return m_client;
    delete m_client; // its calls, and their answers, go with it
    m_client = Backends::create(m_api, this);
    m_clientApi = m_api;
    if (m_client && m_timeoutMs > 0)
        m_client->setTimeout(m_timeoutMs);
    return m_client;
}

bool AccountSetup::isChecked(const QString &token, const QUrl &base) const
{
    return !token.isEmpty() && token == m_checkedToken && base == m_checkedBase && m_api == m_checkedApi;
}

bool AccountSetup::acceptUncheckedToken(const QString &token, const QUrl &base)
{
    if (m_checking || !tokenProblem(token).isEmpty() || !isAcceptableBase(base))
        return false;
    m_checkedToken = token;
    m_checkedBase = base;
    m_checkedApi = m_api;
    m_deviceCount = 0;
    qCInfo(lcAccountSetup) << "an access token is taken without checking it";
    return true;
}

void AccountSetup::checkToken(const QString &token, const QUrl &base)
{
    delete m_checkGuard; // the answer to an older check is dropped with it
    auto *guard = new QObject(this);
    m_checkGuard = guard;
    m_checking = true;

    CheckResult refused;
    refused.token = token;
    refused.base = base;
    refused.api = m_api;
    const QString problem = tokenProblem(token);
    if (!problem.isEmpty())
        refused.error = ApiError::invalidInput(QStringLiteral("token"), problem);
    else if (!isAcceptableBase(base))
        refused.error = ApiError::invalidInput(QStringLiteral("apiBase"), unacceptableBaseText(base.toString()));
    else if (!client())
        refused.error = ApiError::invalidInput(QStringLiteral("api"), Backends::unknownKeyText(m_api));
    if (refused.error.isError()) {
        QMetaObject::invokeMethod(
            guard, [this, refused]() { finishCheck(refused); }, Qt::QueuedConnection);
        return;
    }

    PointBackend *backend = client();
    backend->setBaseUrl(base);
    backend->setAccessToken(token);
    qCInfo(lcAccountSetup).noquote() << "checking a new access token against" << base.toString() << "with the" << m_api
                                     << "API";
    const QString api = m_api;
    backend->listTerminals()->then(guard, [this, token, base, api](const Call<DeviceList> &call) {
        CheckResult result;
        result.token = token;
        result.base = base;
        result.api = api;
        result.error = call.error();
        if (result.ok())
            result.deviceCount = int(call.value().size());
        finishCheck(result);
    });
}

void AccountSetup::finishCheck(const CheckResult &result)
{
    m_checking = false;
    if (m_checkGuard)
        m_checkGuard->deleteLater();
    if (result.ok()) {
        m_checkedToken = result.token;
        m_checkedBase = result.base;
        m_checkedApi = result.api;
        m_deviceCount = result.deviceCount;
        qCInfo(lcAccountSetup).noquote() << "the new access token works;" << result.deviceCount << "terminals";
    } else {
        m_checkedToken.clear();
        qCInfo(lcAccountSetup).noquote() << "the new access token was not accepted:" << result.error.detail();
    }
    Q_EMIT tokenChecked(result);
}

void AccountSetup::enableIntegration(qint64 userId)
{
    PointBackend *backend = client();
    if (!backend) {
        const ApiError error = ApiError::invalidInput(QStringLiteral("api"), Backends::unknownKeyText(m_api));
        QMetaObject::invokeMethod(
            this, [this, userId, error]() { Q_EMIT integrationEnabled(userId, error); }, Qt::QueuedConnection);
        return;
    }
    backend->setBaseUrl(m_checkedBase);
    backend->setAccessToken(m_checkedToken);
    backend->enableIntegration(userId)->then(this, [this, userId](const Call<Done> &call) {
        if (call.error().isError())
            qCInfo(lcAccountSetup).noquote() << "enable integration failed:" << call.error().detail();
        Q_EMIT integrationEnabled(userId, call.error());
    });
}

QString AccountSetup::integrationText(qint64 userId, const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::None:
        return tr("The integration is enabled for user %1. The Mercado Pago app on the terminals can now take orders "
                  "from PointDesk.")
            .arg(userId);
    case ApiError::Kind::Forbidden:
    case ApiError::Kind::Unauthorized:
        return tr("Mercado Pago did not allow enabling the integration for user %1. Check that the user id belongs to "
                  "the account of this access token.")
            .arg(userId);
    case ApiError::Kind::Validation:
    case ApiError::Kind::NotFound:
        return tr("Mercado Pago did not accept user id %1. Check the number and try again.").arg(userId);
    default:
        return tr("The integration could not be enabled: %1").arg(error.userMessage());
    }
}

// --- the manager PIN -----------------------------------------------------------------------------------------

void AccountSetup::queryPinState()
{
    m_pinState = PinState::Checking;
    m_store->read(QString::fromLatin1(TokenStore::kManagerPinKey), this, [this](const TokenStore::Result &read) {
        if (read.ok() && !read.value.isEmpty())
            m_pinState = PinState::Set;
        else if (read.ok() || read.status == TokenStore::Status::NotFound)
            m_pinState = PinState::NotSet;
        else
            m_pinState = PinState::Unavailable;
        qCInfo(lcAccountSetup).noquote() << "manager PIN on this computer:"
                                         << (m_pinState == PinState::Set      ? "set; setup asks for it and keeps it"
                                             : m_pinState == PinState::NotSet ? "none yet"
                                                                              : "the keychain did not say");
        if (m_pinState == PinState::Unavailable)
            qCInfo(lcAccountSetup).noquote() << "the keychain cannot be used:" << read.detail;
        Q_EMIT pinStateChanged(m_pinState, read);
    });
}

bool AccountSetup::needsPinEntry() const
{
    if (!m_managesPin)
        return false;
    // Manager mode on means the stored PIN was entered already.
    return !(m_pinState == PinState::Set && !m_pinProven && m_session && m_session->isActive());
}

AccountSetup::NewPinProblem AccountSetup::newPinProblem(const QString &pin, const QString &again)
{
    if (!ManagerPin::isValidPin(pin))
        return NewPinProblem::Invalid;
    if (ManagerPin::isTrivialPin(pin))
        return NewPinProblem::Trivial;
    if (pin != again)
        return NewPinProblem::Mismatch;
    return NewPinProblem::None;
}

QString AccountSetup::newPinProblemText(NewPinProblem problem)
{
    switch (problem) {
    case NewPinProblem::None:
        return {};
    case NewPinProblem::Invalid:
        return tr("The PIN must be 4 to 8 digits.");
    case NewPinProblem::Trivial:
        return ManagerPin::trivialPinMessage();
    case NewPinProblem::Mismatch:
        return tr("The two PINs are not the same. Type the PIN again in both fields.");
    }
    return {};
}

bool AccountSetup::isLockedOut() const
{
    return keepsStoredPin() && m_session && m_session->isLockedOut();
}

QDateTime AccountSetup::lockedUntil() const
{
    return m_session ? m_session->lockedUntil() : QDateTime();
}

void AccountSetup::proveStoredPin(const QString &pin)
{
    if (m_checkingPin)
        return;
    ManagerSession::Result refused;
    if (m_pinProven) {
        refused.outcome = ManagerSession::Outcome::Ok;
    } else if (!m_session) {
        refused.outcome = ManagerSession::Outcome::NotActive;
    } else if (!ManagerPin::isValidPin(pin)) {
        refused.outcome = ManagerSession::Outcome::InvalidPin; // not counted: not a PIN at all
    } else {
        const bool wasActive = m_session->isActive();
        m_checkingPin = true;
        m_session->unlock(pin, this, [this, wasActive](const ManagerSession::Result &result) {
            m_checkingPin = false;
            if (result.ok()) {
                m_pinProven = true;
                m_managerModeBySetup = !wasActive;
                qCInfo(lcAccountSetup) << "the manager PIN set on this computer was entered; it stays";
            } else if (result.outcome == ManagerSession::Outcome::NoPin) {
                // Removed meanwhile (signed out elsewhere): a new PIN is chosen after all.
                m_pinState = PinState::NotSet;
            }
            Q_EMIT storedPinChecked(result);
        });
        return;
    }
    QMetaObject::invokeMethod(
        this, [this, refused]() { Q_EMIT storedPinChecked(refused); }, Qt::QueuedConnection);
}

void AccountSetup::cancel()
{
    // Manager mode that came on only through setup's PIN check ends when setup is given up.
    if (m_managerModeBySetup && m_session && m_session->isActive())
        m_session->end(ManagerSession::EndReason::User);
    m_managerModeBySetup = false;
    m_pin.clear();
}

// --- saving --------------------------------------------------------------------------------------------------

void AccountSetup::chooseSessionOnly()
{
    m_sessionOnly = true;
    m_store->setSessionOnly(true);
}

void AccountSetup::save()
{
    if (m_saving || m_saved || m_checkedToken.isEmpty())
        return;
    m_saving = true;
    if (!m_managesPin)
        return saveToken();
    if (keepsStoredPin()) {
        if (!m_pinProven && !(m_session && m_session->isActive()))
            return saveFailed({SaveResult::Outcome::PinNotProven, {}, {}});
        return saveToken();
    }
    // The PIN first: a token on this computer is never left without the manager's protection on purpose.
    saveNewPin();
}

void AccountSetup::saveNewPin()
{
    if (!m_session)
        return saveFailed({SaveResult::Outcome::NoSession, {}, {}});
    // Asked again at the moment of saving: a PIN that is there now (set meanwhile, or one the keychain would not show
    // when setup began) is never replaced here.
    m_store->read(QString::fromLatin1(TokenStore::kManagerPinKey), this, [this](const TokenStore::Result &read) {
        if (read.ok() && !read.value.isEmpty()) {
            m_pin.clear();
            m_pinProven = false;
            m_pinState = PinState::Set;
            return saveFailed({SaveResult::Outcome::PinAlreadySet, {}, {}});
        }
        if (!read.ok() && read.status != TokenStore::Status::NotFound)
            return saveFailed({SaveResult::Outcome::Keychain, read, {}});
        if (!m_session)
            return saveFailed({SaveResult::Outcome::NoSession, {}, {}});
        m_session->setPinForSetup(m_pin, this, [this](const ManagerSession::Result &r) {
            if (!r.ok())
                return saveFailed({SaveResult::Outcome::Keychain, r.keychain, r.message()});
            saveToken();
        });
    });
}

void AccountSetup::saveToken()
{
    m_store->write(QString::fromLatin1(TokenStore::kAccessTokenKey), m_checkedToken, this,
                   [this](const TokenStore::Result &written) {
                       if (!written.ok())
                           return saveFailed({SaveResult::Outcome::Keychain, written, {}});
                       if (!m_apiBaseFixed) {
                           const QUrl base = m_checkedBase;
                           m_settings->setApiBase(base == PointBackend::defaultBaseUrl() ? QUrl() : base);
                       }
                       m_settings->setAccountApi(m_checkedApi);
                       m_settings->sync();
                       m_saving = false;
                       m_saved = true;
                       m_pin.clear();
                       qCInfo(lcAccountSetup) << "account set up with the" << m_checkedApi << "API; token saved"
                                              << (m_sessionOnly ? "for this session only" : "in the keychain");
                       Q_EMIT saveFinished(SaveResult{});
                   });
}

void AccountSetup::saveFailed(const SaveResult &result)
{
    // Always later, never from inside save(): the caller sets up its "saving" state after asking.
    QMetaObject::invokeMethod(
        this,
        [this, result]() {
            m_saving = false;
            Q_EMIT saveFinished(result);
        },
        Qt::QueuedConnection);
}
