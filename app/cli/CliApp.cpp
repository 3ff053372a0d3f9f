#include "CliApp.h"

#include "ExitCodes.h"
#include "Money.h"
#include "OrderWatcher.h"
#include "PointClient.h"

#include <QCommandLineParser>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <cstdio>

namespace {

const QString kProgram = QStringLiteral("pointdesk-cli");

// Set once, before the first request (and so before Qt Network starts any thread); read by the message handler.
QString g_secret;

// Tokens are long; redacting a very short one would garble every line without protecting anything.
constexpr int kMinRedactedLength = 4;

QString redact(QString text)
{
    if (g_secret.size() >= kMinRedactedLength)
        text.replace(g_secret, QStringLiteral("[redacted]"));
    return text;
}

// Qt and PointDesk log lines go through here, so that a token caught in a URL or an error string never
// reaches the terminal or a log file.
void redactingMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString line = redact(qFormatLogMessage(type, context, message));
    std::fputs(line.toLocal8Bit().constData(), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

// Ids go out as JSON integers; Qt 6 keeps 64-bit integers exact.
QJsonValue idOrNull(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// The API sends device ids as numbers; Device keeps them as text. Numbers go out as numbers.
QJsonValue deviceIdValue(const QString &text)
{
    bool ok = false;
    const qint64 number = text.toLongLong(&ok);
    if (ok)
        return QJsonValue(number);
    return textOrNull(text);
}

QString deviceStatusKey(Device::Status status)
{
    switch (status) {
    case Device::Status::Free:
        return QStringLiteral("FREE");
    case Device::Status::Busy:
        return QStringLiteral("BUSY");
    case Device::Status::Unknown:
        break;
    }
    return QStringLiteral("UNKNOWN");
}

// Pads to a width in characters as a person counts them ("Ñandú" is five).
QString padded(const QString &text, int width)
{
    const int missing = width - Validation::characterCount(text);
    return missing > 0 ? text + QString(missing, QLatin1Char(' ')) : text;
}

// A positive whole number as typed: digits only, no sign, no spaces, fits in 64 bits.
std::optional<qint64> parseId(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,19}$"));
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return value;
}

std::optional<int> parseMilliseconds(const QString &text, int min, int max)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

} // namespace

CliApp::CliApp(QStringList arguments, QProcessEnvironment environment, QIODevice *out, QIODevice *err, QObject *parent)
    : QObject(parent), m_arguments(std::move(arguments)), m_environment(std::move(environment)), m_out(out), m_err(err)
{
}

CliApp::~CliApp()
{
    if (m_watcher)
        m_watcher->stop();
}

void CliApp::start()
{
    if (m_finished || m_command != Command::None)
        return;
    if (!parseArguments() || !readSettings() || !checkInput())
        return;
    switch (m_command) {
    case Command::Login:
        runLogin();
        break;
    case Command::Logout:
        runLogout();
        break;
    case Command::None:
    case Command::Devices:
    case Command::Charge:
    case Command::Status:
    case Command::Cancel:
    case Command::RemoveDevice:
    case Command::EnableIntegration:
        obtainToken();
        break;
    }
}

QString CliApp::helpText()
{
    QString text;
    text += tr("Usage: %1 [--api-base URL] [--json] [--timeout MS] [--verbose] COMMAND [ARGUMENTS]").arg(kProgram);
    text += QStringLiteral("\n\n");
    text += tr("Sends payment orders to Mercado Pago Point card terminals.");
    text += QStringLiteral("\n\n");
    text += tr("Commands:\n"
               "  login [--no-check]          Read the access token from standard input (one line; not shown on\n"
               "                              a terminal), check it with Mercado Pago and save it in the system\n"
               "                              keychain. --no-check saves it without checking.\n"
               "  logout                      Remove the saved access token from the system keychain.\n"
               "  devices                     List the account's terminals: FREE, or BUSY with the order they hold.\n"
               "  charge --device NAME --amount AMOUNT --description TEXT --card credit|debit\n"
               "         [--external-reference R] [--payer-email E] [--notification-url U]\n"
               "         [--disable-back-button] [--wait]\n"
               "                              Send an order to a terminal. AMOUNT like 12.50 or 12,50; TEXT at\n"
               "                              most 20 characters. --wait follows the order until it is paid,\n"
               "                              declined or cancelled.\n"
               "  status ORDER_ID             Show where an order stands.\n"
               "  cancel ORDER_ID             Cancel an order.\n"
               "  cancel --device NAME        Cancel the order a terminal holds and free the terminal.\n"
               "  remove-device NAME          Remove a terminal from the account.\n"
               "  enable-integration USER_ID  Enable the Point integration for the account USER_ID.\n");
    text += QLatin1Char('\n');
    text += tr("Options:\n"
               "  --api-base URL  Mercado Pago API address (default %1). https://, or http:// only\n"
               "                  to this computer (the simulator).\n"
               "  --json          Print exactly one JSON document on standard output, also on errors.\n"
               "  --timeout MS    Give up on a request after MS milliseconds (default %2).\n"
               "  --verbose       Show technical details of errors and log every request.\n"
               "  -h, --help      Show this help.\n"
               "  --version       Show the version.\n")
                .arg(PointClient::defaultBaseUrl().toString(), QString::number(kDefaultTimeoutMs));
    text += QLatin1Char('\n');
    text +=
        tr("Environment:\n"
           "  POINTDESK_TOKEN     The Mercado Pago access token. When set, it is used instead of the one\n"
           "                      saved by login. A token is never taken from the command line and never\n"
           "                      printed.\n"
           "  POINTDESK_API_BASE  The API address when --api-base is not given.\n"
           "  POINTDESK_POLL_MS   How often charge --wait asks for the order, in ms (default %1).\n"
           "  POINTDESK_KEYCHAIN_SERVICE\n"
           "                      The keychain entry's service name (default %2).\n")
            .arg(QString::number(OrderWatcher::kDefaultPollIntervalMs), QString::fromLatin1(kDefaultKeychainService));
    text += QLatin1Char('\n');
    text += tr("Exit codes:\n"
               "  %1    success (status of a declined or cancelled order too: the query worked)\n"
               "  %2    usage error: unknown command or option, missing or extra argument, bad --api-base,\n"
               "       --timeout or POINTDESK_POLL_MS; no access token (run login, or set POINTDESK_TOKEN), or\n"
               "       no keychain service to read it from\n"
               "  %3    invalid input (amount, description, card, e-mail, URL, ORDER_ID, USER_ID, the token\n"
               "       given to login ...); nothing was sent\n"
               "  %4    Mercado Pago answered with an error (rejected token, unknown order or terminal, busy\n"
               "       terminal, rejected field, too many requests, server error, unreadable answer)\n"
               "  %5    network error: Mercado Pago could not be reached, did not answer in time, or TLS failed\n"
               "  %6    charge --wait: the card was declined\n"
               "  %7    charge --wait: the order was cancelled\n"
               "  %8    keychain error: the system keychain refused access or failed, or login / logout found\n"
               "       no keychain service; nothing was saved\n"
               "  %9  interrupted (Ctrl+C); an order being followed stays open on the terminal\n")
                .arg(QString::number(CliExit::Success), QString::number(CliExit::Usage),
                     QString::number(CliExit::InvalidInput), QString::number(CliExit::ApiError),
                     QString::number(CliExit::NetworkError), QString::number(CliExit::Declined),
                     QString::number(CliExit::Cancelled), QString::number(CliExit::KeychainError),
                     QString::number(CliExit::Interrupted));
    return text;
}

bool CliApp::parseArguments()
{
    // Before parsing, so that even a command line the parser rejects gets its JSON error document.
    for (qsizetype i = 1; i < m_arguments.size(); ++i) {
        if (m_arguments.at(i) == QLatin1String("--"))
            break;
        if (m_arguments.at(i) == QLatin1String("--json"))
            m_json = true;
    }

    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption version(QStringLiteral("version"));
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption verbose(QStringLiteral("verbose"));
    const QCommandLineOption apiBase(QStringLiteral("api-base"), QString(), QStringLiteral("URL"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), QString(), QStringLiteral("MS"));
    const QCommandLineOption device(QStringLiteral("device"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption amount(QStringLiteral("amount"), QString(), QStringLiteral("AMOUNT"));
    const QCommandLineOption description(QStringLiteral("description"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption card(QStringLiteral("card"), QString(), QStringLiteral("TYPE"));
    const QCommandLineOption externalReference(QStringLiteral("external-reference"), QString(), QStringLiteral("R"));
    const QCommandLineOption payerEmail(QStringLiteral("payer-email"), QString(), QStringLiteral("E"));
    const QCommandLineOption notificationUrl(QStringLiteral("notification-url"), QString(), QStringLiteral("U"));
    const QCommandLineOption disableBackButton(QStringLiteral("disable-back-button"));
    const QCommandLineOption wait(QStringLiteral("wait"));
    const QCommandLineOption noCheck(QStringLiteral("no-check"));

    QCommandLineParser parser;
    parser.addOptions({help, version, json, verbose, apiBase, timeout, device, amount, description, card,
                       externalReference, payerEmail, notificationUrl, disableBackButton, wait, noCheck});
    if (!parser.parse(m_arguments)) {
        failUsage(parser.errorText());
        return false;
    }
    m_json = parser.isSet(json);
    m_verbose = parser.isSet(verbose);

    if (parser.isSet(help)) {
        writeOut(helpText());
        finish(CliExit::Success);
        return false;
    }
    if (parser.isSet(version)) {
        writeOut(kProgram + QLatin1Char(' ') + QStringLiteral(POINTDESK_VERSION) + QLatin1Char('\n'));
        finish(CliExit::Success);
        return false;
    }

    m_positional = parser.positionalArguments();
    if (m_positional.isEmpty()) {
        failUsage(tr("No command given."));
        return false;
    }
    const QString command = m_positional.takeFirst();
    QStringList allowed;
    int minArgs = 0;
    int maxArgs = 0;
    if (command == QLatin1String("devices")) {
        m_command = Command::Devices;
    } else if (command == QLatin1String("charge")) {
        m_command = Command::Charge;
        allowed = QStringList{QStringLiteral("device"),
                              QStringLiteral("amount"),
                              QStringLiteral("description"),
                              QStringLiteral("card"),
                              QStringLiteral("external-reference"),
                              QStringLiteral("payer-email"),
                              QStringLiteral("notification-url"),
                              QStringLiteral("disable-back-button"),
                              QStringLiteral("wait")};
    } else if (command == QLatin1String("status")) {
        m_command = Command::Status;
        minArgs = maxArgs = 1;
    } else if (command == QLatin1String("cancel")) {
        m_command = Command::Cancel;
        allowed = QStringList{QStringLiteral("device")};
        maxArgs = 1;
    } else if (command == QLatin1String("remove-device")) {
        m_command = Command::RemoveDevice;
        minArgs = maxArgs = 1;
    } else if (command == QLatin1String("enable-integration")) {
        m_command = Command::EnableIntegration;
        minArgs = maxArgs = 1;
    } else if (command == QLatin1String("login")) {
        m_command = Command::Login;
        allowed = QStringList{QStringLiteral("no-check")};
    } else if (command == QLatin1String("logout")) {
        m_command = Command::Logout;
    } else {
        failUsage(tr("Unknown command \"%1\".").arg(command));
        return false;
    }

    const QStringList global{QStringLiteral("h"),      QStringLiteral("help"),    QStringLiteral("version"),
                             QStringLiteral("json"),   QStringLiteral("verbose"), QStringLiteral("api-base"),
                             QStringLiteral("timeout")};
    const QStringList given = parser.optionNames();
    for (const QString &name : given) {
        const QString shown = (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
        if (!global.contains(name) && !allowed.contains(name)) {
            failUsage(tr("The option %1 does not apply to \"%2\".").arg(shown, command));
            return false;
        }
        // A script that repeats an option has a bug; taking the first or the last value would hide it.
        if (given.count(name) > 1) {
            failUsage(tr("The option %1 is given more than once.").arg(shown));
            return false;
        }
    }

    if (m_positional.size() < minArgs) {
        failUsage(tr("\"%1\" needs an argument.").arg(command));
        return false;
    }
    if (m_command == Command::Login && !m_positional.isEmpty()) {
        // Whatever was typed there is probably the token itself: never repeat it.
        failUsage(tr("\"login\" takes no arguments: it reads the access token from standard input, so that the "
                     "token never appears in the command line or the shell history."));
        return false;
    }
    if (m_positional.size() > maxArgs) {
        failUsage(tr("Unexpected argument \"%1\" after \"%2\".").arg(m_positional.at(maxArgs), command));
        return false;
    }

    if (m_command == Command::Cancel) {
        m_hasDeviceOption = parser.isSet(device);
        if (m_hasDeviceOption == !m_positional.isEmpty()) {
            failUsage(tr("\"cancel\" takes either an ORDER_ID or --device NAME."));
            return false;
        }
    }

    m_deviceName = parser.value(device);
    m_amountText = parser.value(amount);
    m_cardText = parser.value(card);
    m_order.description = parser.value(description);
    m_order.externalReference = parser.value(externalReference);
    m_order.payerEmail = parser.value(payerEmail);
    m_order.notificationUrl = parser.value(notificationUrl);
    if (parser.isSet(disableBackButton))
        m_order.disableBackButton = true;
    m_wait = parser.isSet(wait);
    m_checkToken = !parser.isSet(noCheck);

    QString base = parser.value(apiBase);
    if (!parser.isSet(apiBase))
        base = m_environment.value(QStringLiteral("POINTDESK_API_BASE"));
    if (!parser.isSet(apiBase) && base.isEmpty()) {
        m_apiBase = PointClient::defaultBaseUrl();
    } else {
        m_apiBase = QUrl(base.trimmed(), QUrl::StrictMode);
        if (!PointClient::isAcceptableBaseUrl(m_apiBase)) {
            failUsage(tr("The API address \"%1\" is not acceptable: use https://, or http:// only to this "
                         "computer (127.0.0.1, localhost).")
                          .arg(base));
            return false;
        }
    }

    if (parser.isSet(timeout)) {
        const auto ms = parseMilliseconds(parser.value(timeout), 1, 3'600'000);
        if (!ms) {
            failUsage(tr("--timeout takes milliseconds, a whole number from 1 to 3600000."));
            return false;
        }
        m_timeoutMs = *ms;
    }
    return true;
}

bool CliApp::readSettings()
{
    m_pollMs = OrderWatcher::kDefaultPollIntervalMs;
    const QString poll = m_environment.value(QStringLiteral("POINTDESK_POLL_MS"));
    if (!poll.isEmpty()) {
        const auto ms = parseMilliseconds(poll, 10, 3'600'000);
        if (!ms) {
            failUsage(tr("POINTDESK_POLL_MS takes milliseconds, a whole number from 10 to 3600000."));
            return false;
        }
        m_pollMs = *ms;
    }

    m_keychainService = m_environment.value(QStringLiteral("POINTDESK_KEYCHAIN_SERVICE")).trimmed();
    if (m_keychainService.isEmpty())
        m_keychainService = QString::fromLatin1(kDefaultKeychainService);

    // The client logs every request and the keychain every access at info level; a script wants them only when
    // asked for.
    QLoggingCategory::setFilterRules(m_verbose ? QStringLiteral("pointdesk.*=true")
                                               : QStringLiteral("pointdesk.*.debug=false\npointdesk.*.info=false"));
    return true;
}

bool CliApp::checkInput()
{
    QList<ValidationIssue> issues;
    const auto add = [&issues](const std::optional<ValidationIssue> &issue) {
        if (issue)
            issues.append(*issue);
    };

    switch (m_command) {
    case Command::None:
    case Command::Devices:
    case Command::Login:
    case Command::Logout:
        break;
    case Command::Charge: {
        // QLocale::c() groups with ',' only, so both "12.50" and "12,50" are 12.50 and "1,234" is 1234.
        const Money::ParseResult amount = Money::parse(m_amountText, QLocale::c());
        if (amount.money) {
            m_order.amount = *amount.money;
            add(Validation::amount(m_order.amount));
        } else {
            issues.append(ValidationIssue{ValidationIssue::Field::Amount, Money::errorMessage(amount.error)});
        }
        add(Validation::description(m_order.description));
        m_order.deviceName = m_deviceName;
        add(Validation::deviceName(m_order.deviceName));
        const std::optional<CardType> card = CardTypes::fromShortName(m_cardText);
        if (card)
            m_order.cardType = *card;
        else
            issues.append(ValidationIssue{ValidationIssue::Field::CardType,
                                          m_cardText.isEmpty()
                                              ? tr("Choose the card type: --card credit or --card debit.")
                                              : tr("The card type must be credit or debit.")});
        add(Validation::externalReference(m_order.externalReference));
        add(Validation::payerEmail(m_order.payerEmail));
        add(Validation::notificationUrl(m_order.notificationUrl));
        break;
    }
    case Command::Status:
    case Command::Cancel:
        if (m_command == Command::Cancel && m_hasDeviceOption) {
            add(Validation::deviceName(m_deviceName));
        } else {
            const auto id = parseId(m_positional.first());
            m_orderId = id.value_or(0);
            add(Validation::orderId(m_orderId));
        }
        break;
    case Command::RemoveDevice:
        m_deviceName = m_positional.first();
        add(Validation::deviceName(m_deviceName));
        break;
    case Command::EnableIntegration:
        add(Validation::userId(m_positional.first()));
        if (issues.isEmpty())
            m_userId = m_positional.first().toLongLong();
        break;
    }

    if (!issues.isEmpty()) {
        failInvalid(issues);
        return false;
    }
    return true;
}

void CliApp::protectSecret(const QString &token)
{
    // Set before the first request (and so before Qt Network starts a thread that may log), never changed after.
    g_secret = token;
    qInstallMessageHandler(redactingMessageHandler);
}

TokenStore *CliApp::tokenStore()
{
    if (!m_store)
        m_store = new TokenStore(m_keychainService, this);
    return m_store;
}

void CliApp::obtainToken()
{
    const QString fromEnvironment = m_environment.value(QStringLiteral("POINTDESK_TOKEN")).trimmed();
    if (!fromEnvironment.isEmpty()) {
        m_token = fromEnvironment;
        m_tokenSource = TokenSource::Environment;
        protectSecret(m_token);
        run();
        return;
    }
    tokenStore()->read(
        QString::fromLatin1(TokenStore::kAccessTokenKey), this, [this](const TokenStore::Result &result) {
            if (m_finished)
                return;
            const QString token = result.value.trimmed();
            if (result.status == TokenStore::Status::NotFound || (result.ok() && token.isEmpty())) {
                fail(CliExit::Usage, QStringLiteral("usage"),
                     tr("No access token: run `%1 login` (or set POINTDESK_TOKEN).").arg(kProgram), {}, {}, {});
                return;
            }
            if (result.status == TokenStore::Status::NoBackend) {
                // No fault of a keychain: there is none, and the environment variable still works.
                QStringList notes;
                if (m_verbose && !result.detail.isEmpty())
                    notes.append(tr("Detail: %1").arg(result.detail));
                fail(CliExit::Usage, QStringLiteral("usage"), keychainMessage(result), {}, {}, notes);
                return;
            }
            if (!result.ok()) {
                failKeychain(result);
                return;
            }
            m_token = token;
            m_tokenSource = TokenSource::Keychain;
            protectSecret(m_token);
            run();
        });
}

void CliApp::createClient()
{
    m_client = new PointClient(this);
    m_client->setBaseUrl(m_apiBase); // checked in parseArguments()
    m_client->setAccessToken(m_token);
    m_client->setTimeout(m_timeoutMs);
}

void CliApp::run()
{
    createClient();

    switch (m_command) {
    case Command::None:
    case Command::Login:
    case Command::Logout:
        break;
    case Command::Devices:
        runDevices();
        break;
    case Command::Charge:
        runCharge();
        break;
    case Command::Status:
        runStatus();
        break;
    case Command::Cancel:
        runCancel();
        break;
    case Command::RemoveDevice:
        runRemoveDevice();
        break;
    case Command::EnableIntegration:
        runEnableIntegration();
        break;
    }
}

void CliApp::runLogin()
{
    auto *reader = new SecretLineReader(m_inputFd, this);
    m_reader = reader;
    connect(reader, &SecretLineReader::finished, this, &CliApp::onTokenLine);
    reader->start(); // echo is off from here on when standard input is a terminal
    if (SecretLineReader::isTerminal(m_inputFd)) {
        writeErr(tr("Paste the access token and press Enter:") + QLatin1Char(' '));
        m_promptShown = true;
    }
}

void CliApp::onTokenLine(const QByteArray &line, SecretLineReader::Outcome outcome, const QString &detail)
{
    if (m_finished)
        return;
    if (m_promptShown && !SecretLineReader::terminalEchoesLineEnd())
        writeErr(QStringLiteral("\n"));
    m_promptShown = false;
    const QJsonObject field{{QStringLiteral("field"), QStringLiteral("token")}};
    const QString invalidKey = ApiError::kindKey(ApiError::Kind::InvalidInput);
    switch (outcome) {
    case SecretLineReader::Outcome::Line:
        break;
    case SecretLineReader::Outcome::TooLong:
        fail(CliExit::InvalidInput, invalidKey,
             tr("That is too long for an access token: give only the token, on one line."), field, {}, {});
        return;
    case SecretLineReader::Outcome::ReadError:
        fail(CliExit::InvalidInput, invalidKey,
             tr("Could not read the access token from standard input: %1").arg(detail), field, {}, {});
        return;
    }

    const QString token = QString::fromUtf8(line).trimmed();
    if (token.isEmpty()) {
        fail(CliExit::InvalidInput, invalidKey,
             tr("No access token was given: paste it and press Enter, or pass it on standard input, for example "
                "from a file."),
             field, {}, {});
        return;
    }
    // A Mercado Pago token is printable ASCII without spaces; anything else is a paste gone wrong (two lines, a
    // label, quotes from a chat message), and it would go into an HTTP header as it is.
    for (const QChar c : token) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f) {
            fail(CliExit::InvalidInput, invalidKey,
                 tr("That does not look like an access token: it has spaces or other characters a token never "
                    "has. Copy the access token alone from Mercado Pago and try again."),
                 field, {}, {});
            return;
        }
    }
    m_token = token;
    m_tokenSource = TokenSource::Input;
    protectSecret(m_token);

    if (!m_checkToken) {
        storeToken();
        return;
    }
    // Listing the terminals needs nothing but a valid token, and changes nothing.
    createClient();
    m_call = m_client->listDevices()->then(this, [this](const Call<DeviceList> &call) {
        m_call = nullptr;
        if (!call.ok()) {
            const ApiError::Kind kind = call.error().kind();
            const bool refused = kind == ApiError::Kind::Unauthorized || kind == ApiError::Kind::Forbidden;
            failApi(call.error(), {},
                    refused ? tr("The access token was not saved.")
                            : tr("The access token was not saved: it could not be checked. Try again, or save it "
                                 "without checking with \"%1 login --no-check\".")
                                  .arg(kProgram));
            return;
        }
        storeToken();
    });
}

void CliApp::storeToken()
{
    tokenStore()->write(QString::fromLatin1(TokenStore::kAccessTokenKey), m_token, this,
                        [this](const TokenStore::Result &result) {
                            if (m_finished)
                                return;
                            if (!result.ok()) {
                                failKeychain(result, {tr("The access token was not saved.")});
                                return;
                            }
                            if (m_json)
                                writeJson(QJsonObject{{QStringLiteral("ok"), true},
                                                      {QStringLiteral("stored"), QStringLiteral("keychain")}});
                            else
                                writeOut(tr("Access token saved in the system keychain.") + QLatin1Char('\n'));
                            const QString note = environmentTokenNote();
                            if (!note.isEmpty())
                                writeErr(note + QLatin1Char('\n'));
                            finish(CliExit::Success);
                        });
}

void CliApp::runLogout()
{
    tokenStore()->remove(
        QString::fromLatin1(TokenStore::kAccessTokenKey), this, [this](const TokenStore::Result &result) {
            if (m_finished)
                return;
            if (!result.ok()) {
                failKeychain(result);
                return;
            }
            // Removing what was never saved is fine too: either way nothing is saved now.
            if (m_json)
                writeJson(
                    QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("removed"), QStringLiteral("keychain")}});
            else
                writeOut(tr("No access token is saved in the system keychain now.") + QLatin1Char('\n'));
            const QString note = environmentTokenNote();
            if (!note.isEmpty())
                writeErr(note + QLatin1Char('\n'));
            finish(CliExit::Success);
        });
}

void CliApp::failKeychain(const TokenStore::Result &result, const QStringList &extraNotes)
{
    QStringList notes = extraNotes;
    if (m_verbose && !result.detail.isEmpty())
        notes.append(tr("Detail: %1").arg(result.detail));
    fail(CliExit::KeychainError, ApiError::kindKey(ApiError::Kind::Keychain), keychainMessage(result), {}, {}, notes);
}

QString CliApp::keychainMessage(const TokenStore::Result &result)
{
    if (result.status != TokenStore::Status::NoBackend)
        return result.message();
    return result.message() + QLatin1Char(' ') +
           tr("Or set POINTDESK_TOKEN for this shell: %1 then uses it without a keychain.").arg(kProgram);
}

QString CliApp::environmentTokenNote() const
{
    if (m_environment.value(QStringLiteral("POINTDESK_TOKEN")).trimmed().isEmpty())
        return {};
    return tr("Note: POINTDESK_TOKEN is set in this shell, and %1 uses it instead of the keychain until it is "
              "unset.")
        .arg(kProgram);
}

void CliApp::runDevices()
{
    m_call = m_client->listDevices()->then(this, [this](const Call<DeviceList> &call) {
        if (!call.ok()) {
            failApi(call.error());
            return;
        }
        const DeviceList &devices = call.value();
        if (m_json) {
            QJsonArray list;
            for (const Device &device : devices) {
                QJsonObject entry;
                entry.insert(QStringLiteral("name"), device.name);
                entry.insert(QStringLiteral("id"), deviceIdValue(device.id));
                entry.insert(QStringLiteral("caller"), deviceIdValue(device.caller));
                entry.insert(QStringLiteral("status"), deviceStatusKey(device.status));
                entry.insert(QStringLiteral("payment_attempt"), idOrNull(device.paymentAttempt));
                list.append(entry);
            }
            writeJson(QJsonObject{{QStringLiteral("devices"), list}});
            finish(CliExit::Success);
            return;
        }
        if (devices.isEmpty()) {
            writeOut(tr("No terminals are linked to this account. Set the terminal's name in the Mercado Pago "
                        "app on the terminal.") +
                     QLatin1Char('\n'));
            finish(CliExit::Success);
            return;
        }
        const QString nameHeader = tr("Terminal");
        const QString statusHeader = tr("Status");
        const QString orderHeader = tr("Order");
        int nameWidth = Validation::characterCount(nameHeader);
        for (const Device &device : devices)
            nameWidth = qMax(nameWidth, Validation::characterCount(device.name));
        int statusWidth = Validation::characterCount(statusHeader);
        for (const QString &word : {tr("FREE"), tr("BUSY"), tr("UNKNOWN")})
            statusWidth = qMax(statusWidth, Validation::characterCount(word));

        QString table = padded(nameHeader, nameWidth + 2) + padded(statusHeader, statusWidth + 2) + orderHeader;
        table += QLatin1Char('\n');
        for (const Device &device : devices) {
            QString status;
            switch (device.status) {
            case Device::Status::Free:
                status = tr("FREE");
                break;
            case Device::Status::Busy:
                status = tr("BUSY");
                break;
            case Device::Status::Unknown:
                status = tr("UNKNOWN");
                break;
            }
            QString line = padded(device.name, nameWidth + 2) + padded(status, statusWidth + 2);
            if (device.paymentAttempt > 0)
                line += QString::number(device.paymentAttempt);
            // Trailing spaces help nobody (and trip up scripts that compare lines).
            while (line.endsWith(QLatin1Char(' ')))
                line.chop(1);
            table += line + QLatin1Char('\n');
        }
        writeOut(table);
        finish(CliExit::Success);
    });
}

void CliApp::runCharge()
{
    m_call = m_client->createOrder(m_order)->then(this, [this](const Call<CreatedOrder> &call) {
        m_call = nullptr;
        if (!call.ok()) {
            QJsonObject extra{{QStringLiteral("device"), m_order.deviceName}};
            QString note;
            if (call.error().mayHaveReachedServer()) {
                // A timeout or a dropped answer may hide an order that did reach the terminal.
                extra.insert(QStringLiteral("may_have_reached_terminal"), true);
                note = tr("The order may have reached the terminal \"%1\" anyway. Check with \"%2 devices\" "
                          "before charging again.")
                           .arg(m_order.deviceName, kProgram);
            }
            failApi(call.error(), extra, note);
            return;
        }
        m_orderId = call.value().id;
        const QString status = call.value().status.isEmpty() ? QStringLiteral("OPEN") : call.value().status;
        if (!m_json) {
            writeOut(
                tr("Order %1 sent to \"%2\": %3, waiting for the customer.")
                    .arg(QString::number(m_orderId), m_order.deviceName, m_order.amount.toLocaleString(QLocale())) +
                QLatin1Char('\n'));
        }
        if (m_wait) {
            followOrder();
            return;
        }
        if (m_json) {
            writeJson(QJsonObject{{QStringLiteral("order_id"), m_orderId},
                                  {QStringLiteral("status"), status},
                                  {QStringLiteral("state"), OrderStates::toKey(OrderState::WaitingForCard)},
                                  {QStringLiteral("device"), m_order.deviceName},
                                  {QStringLiteral("amount"), m_order.amount.toPlainString()},
                                  {QStringLiteral("description"), m_order.description}});
        }
        finish(CliExit::Success);
    });
}

void CliApp::followOrder()
{
    m_lastShownState = OrderState::WaitingForCard;
    if (!m_json) {
        writeErr(tr("Waiting for the terminal. Ctrl+C stops waiting; the order stays on the terminal.") +
                 QLatin1Char('\n'));
    }
    auto *watcher = new OrderWatcher(m_client, m_orderId, this);
    m_watcher = watcher;
    watcher->setPollInterval(m_pollMs);
    connect(watcher, &OrderWatcher::stateChanged, this, [this](const OrderInfo &order) {
        if (m_json || OrderStates::isFinal(order.state) || order.state == m_lastShownState)
            return;
        m_lastShownState = order.state;
        QString raw = order.status;
        if (!order.paymentStatus.isEmpty())
            raw += QLatin1Char(' ') + order.paymentStatus;
        writeOut(tr("Order %1: %2 (%3).").arg(QString::number(order.id), OrderStates::displayName(order.state), raw) +
                 QLatin1Char('\n'));
    });
    connect(watcher, &OrderWatcher::finished, this, &CliApp::onOrderFinal);
    connect(watcher, &OrderWatcher::connectionProblem, this, [this](const ApiError &error, int retryInMs) {
        writeErr(tr("Cannot check the order right now: %1").arg(error.userMessage()) + QLatin1Char('\n') +
                 tr("Trying again in %n second(s).", nullptr, qMax(1, (retryInMs + 999) / 1000)) + QLatin1Char('\n'));
        if (m_verbose)
            writeErr(tr("Detail: %1").arg(error.detail()) + QLatin1Char('\n'));
    });
    connect(watcher, &OrderWatcher::connectionRestored, this,
            [this]() { writeErr(tr("Connection restored.") + QLatin1Char('\n')); });
    connect(watcher, &OrderWatcher::failed, this, [this](const ApiError &error) {
        failApi(error, orderJson(m_watcher ? m_watcher->current() : OrderInfo{}),
                tr("Order %1 may still be open on the terminal \"%2\".")
                    .arg(QString::number(m_orderId), m_order.deviceName));
    });
    watcher->start();
}

void CliApp::onOrderFinal(const OrderInfo &order)
{
    int code = CliExit::Success;
    QString line;
    switch (order.state) {
    case OrderState::Approved:
        line = tr("Paid: payment %1 (%2).").arg(QString::number(order.paymentId), order.paymentStatus);
        break;
    case OrderState::Rejected:
        code = CliExit::Declined;
        line = tr("Declined: payment %1 (%2). Ask the customer for another card or another way to pay.")
                   .arg(QString::number(order.paymentId), order.paymentStatus);
        break;
    case OrderState::Cancelled:
        code = CliExit::Cancelled;
        line = tr("Cancelled: order %1 was cancelled on the terminal, or the terminal was freed.")
                   .arg(QString::number(order.id));
        break;
    case OrderState::Failed:
    case OrderState::Sending:
    case OrderState::WaitingForCard:
    case OrderState::Unknown:
        // OrderWatcher reports only the three outcomes above as final; anything else is a contract breach.
        failApi(ApiError::malformed(
                    QStringLiteral("order %1 ended in state %2").arg(order.id).arg(OrderStates::toKey(order.state))),
                orderJson(order));
        return;
    }
    if (m_json)
        writeJson(orderJson(order));
    else
        writeOut(line + QLatin1Char('\n'));
    finish(code);
}

void CliApp::runStatus()
{
    m_call = m_client->getOrder(m_orderId)->then(this, [this](const Call<OrderInfo> &call) {
        if (!call.ok()) {
            failApi(call.error(), QJsonObject{{QStringLiteral("order_id"), m_orderId}});
            return;
        }
        const OrderInfo &order = call.value();
        if (m_json) {
            writeJson(orderJson(order));
            finish(CliExit::Success);
            return;
        }
        QString text = tr("Order %1: %2 (%3).")
                           .arg(QString::number(order.id), OrderStates::displayName(order.state), order.status);
        text += QLatin1Char('\n');
        if (order.paymentId > 0 || !order.paymentStatus.isEmpty()) {
            text += tr("Payment: %1 (%2).")
                        .arg(order.paymentId > 0 ? QString::number(order.paymentId) : tr("none"), order.paymentStatus) +
                    QLatin1Char('\n');
        }
        if (!order.externalReference.isEmpty())
            text += tr("External reference: %1").arg(order.externalReference) + QLatin1Char('\n');
        if (!order.payerEmail.isEmpty())
            text += tr("Payer e-mail: %1").arg(order.payerEmail) + QLatin1Char('\n');
        writeOut(text);
        finish(CliExit::Success);
    });
}

void CliApp::runCancel()
{
    if (m_hasDeviceOption) {
        finishDoneCall(m_client->cancelOrderOnDevice(m_deviceName), {{QStringLiteral("device"), m_deviceName}},
                       tr("Terminal \"%1\" is free: the order it held, if any, was cancelled.").arg(m_deviceName));
        return;
    }
    finishDoneCall(m_client->cancelOrder(m_orderId), {{QStringLiteral("order_id"), m_orderId}},
                   tr("Order %1 cancelled.").arg(QString::number(m_orderId)));
}

void CliApp::runRemoveDevice()
{
    finishDoneCall(m_client->removeDevice(m_deviceName), {{QStringLiteral("device"), m_deviceName}},
                   tr("Terminal \"%1\" removed from the account.").arg(m_deviceName));
}

void CliApp::runEnableIntegration()
{
    finishDoneCall(m_client->enableIntegration(m_userId), {{QStringLiteral("user_id"), m_userId}},
                   tr("The Point integration is enabled for user %1.").arg(QString::number(m_userId)));
}

void CliApp::finishDoneCall(Call<Done> *call, const QJsonObject &subject, const QString &doneText)
{
    m_call = call->then(this, [this, subject, doneText](const Call<Done> &finished) {
        if (!finished.ok()) {
            failApi(finished.error(), subject);
            return;
        }
        if (m_json) {
            QJsonObject out = subject;
            out.insert(QStringLiteral("ok"), true);
            writeJson(out);
        } else {
            writeOut(doneText + QLatin1Char('\n'));
        }
        finish(CliExit::Success);
    });
}

void CliApp::interrupt()
{
    if (m_finished)
        return;
    QJsonObject extra;
    QStringList notes;
    QString message = tr("Stopped before the command finished.");
    if (m_command == Command::Login && m_tokenSource == TokenSource::None)
        message = tr("Stopped before an access token was read: nothing was saved.");
    if (m_reader)
        m_reader->stop();
    if (m_promptShown) {
        // The prompt line is still open (and Ctrl+C was not echoed): start the message on a line of its own.
        writeErr(QStringLiteral("\n"));
        m_promptShown = false;
    }
    if (m_watcher) {
        message = tr("Stopped waiting for order %1.").arg(QString::number(m_orderId));
        const OrderInfo order = m_watcher->current();
        m_watcher->stop();
        extra = orderJson(order);
        // The order id is what the cashier needs to find the order again; keep it even before the first poll.
        extra.insert(QStringLiteral("order_id"), m_orderId);
        notes.append(tr("Order %1 is still open on the terminal \"%2\". Follow it with \"%3 status %1\", or "
                        "cancel it with \"%3 cancel %1\".")
                         .arg(QString::number(m_orderId), m_order.deviceName, kProgram));
    } else if (m_command == Command::Charge && m_call) {
        extra.insert(QStringLiteral("device"), m_order.deviceName);
        extra.insert(QStringLiteral("may_have_reached_terminal"), true);
        notes.append(tr("The order may have reached the terminal \"%1\". Check with \"%2 devices\".")
                         .arg(m_order.deviceName, kProgram));
    }
    // Finish first: aborting a call finishes it at once, and its error must not become the result.
    fail(CliExit::Interrupted, QStringLiteral("interrupted"), message, {}, extra, notes);
    if (m_call)
        m_call->abort();
}

QJsonObject CliApp::orderJson(const OrderInfo &order) const
{
    QJsonObject document;
    document.insert(QStringLiteral("order_id"), order.id > 0 ? order.id : m_orderId);
    document.insert(QStringLiteral("status"), textOrNull(order.status));
    document.insert(QStringLiteral("state"), OrderStates::toKey(order.state));
    document.insert(QStringLiteral("payment_id"), idOrNull(order.paymentId));
    document.insert(QStringLiteral("payment_status"), textOrNull(order.paymentStatus));
    document.insert(QStringLiteral("external_reference"), textOrNull(order.externalReference));
    document.insert(QStringLiteral("payer_email"), textOrNull(order.payerEmail));
    if (m_command == Command::Charge) {
        document.insert(QStringLiteral("device"), m_order.deviceName);
        document.insert(QStringLiteral("amount"), m_order.amount.toPlainString());
        document.insert(QStringLiteral("description"), m_order.description);
    }
    return document;
}

void CliApp::writeOut(const QString &text)
{
    m_out << redact(text);
    m_out.flush();
}

void CliApp::writeErr(const QString &text)
{
    m_err << redact(text);
    m_err.flush();
}

void CliApp::writeJson(const QJsonObject &document)
{
    writeOut(QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
}

void CliApp::failUsage(const QString &message)
{
    fail(CliExit::Usage, QStringLiteral("usage"), message, {}, {},
         {tr("Run \"%1 --help\" to see the commands and options.").arg(kProgram)});
}

void CliApp::failInvalid(const QList<ValidationIssue> &issues)
{
    QJsonArray all;
    QStringList more;
    for (qsizetype i = 0; i < issues.size(); ++i) {
        const ValidationIssue &issue = issues.at(i);
        all.append(QJsonObject{{QStringLiteral("field"), Validation::fieldKey(issue.field)},
                               {QStringLiteral("message"), issue.message}});
        if (i > 0)
            more.append(tr("Error: %1").arg(issue.message));
    }
    const ValidationIssue &first = issues.first();
    fail(CliExit::InvalidInput, ApiError::kindKey(ApiError::Kind::InvalidInput), first.message,
         QJsonObject{{QStringLiteral("field"), Validation::fieldKey(first.field)}, {QStringLiteral("issues"), all}}, {},
         more);
}

void CliApp::failApi(const ApiError &error, const QJsonObject &extra, const QString &note)
{
    QJsonObject fields;
    if (error.httpStatus() > 0)
        fields.insert(QStringLiteral("http_status"), error.httpStatus());
    if (!error.field().isEmpty())
        fields.insert(QStringLiteral("field"), error.field());
    if (error.retryAfterSeconds() >= 0)
        fields.insert(QStringLiteral("retry_after"), error.retryAfterSeconds());
    QStringList notes;
    if (m_verbose && !error.detail().isEmpty())
        notes.append(tr("Detail: %1").arg(error.detail()));
    if (!note.isEmpty())
        notes.append(note);
    if (error.kind() == ApiError::Kind::Unauthorized && m_tokenSource == TokenSource::Keychain)
        notes.append(tr("Mercado Pago refused the access token saved in the system keychain. Save the current one "
                        "with \"%1 login\".")
                         .arg(kProgram));
    fail(exitCodeFor(error.kind()), ApiError::kindKey(error.kind()), error.userMessage(), fields, extra, notes);
}

void CliApp::fail(int exitCode, const QString &kindKey, const QString &message, const QJsonObject &errorFields,
                  const QJsonObject &extra, const QStringList &notes)
{
    if (m_finished)
        return;
    writeErr(tr("Error: %1").arg(message) + QLatin1Char('\n'));
    for (const QString &note : notes)
        writeErr(note + QLatin1Char('\n'));
    if (m_json) {
        // Every key is always there, so that scripts can read them without checking.
        QJsonObject error{{QStringLiteral("kind"), kindKey},
                          {QStringLiteral("message"), message},
                          {QStringLiteral("http_status"), QJsonValue(QJsonValue::Null)},
                          {QStringLiteral("field"), QJsonValue(QJsonValue::Null)}};
        for (auto it = errorFields.begin(); it != errorFields.end(); ++it)
            error.insert(it.key(), it.value());
        QJsonObject document = extra;
        document.insert(QStringLiteral("error"), error);
        writeJson(document);
    }
    finish(exitCode);
}

void CliApp::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_exitCode = exitCode;
    if (m_watcher)
        m_watcher->stop();
    if (m_reader)
        m_reader->stop(); // the terminal gets its echo back before anything else happens
    Q_EMIT finished(exitCode);
}

int CliApp::exitCodeFor(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::None:
        return CliExit::Success;
    case ApiError::Kind::InvalidInput:
        return CliExit::InvalidInput;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
        return CliExit::NetworkError;
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::Forbidden:
    case ApiError::Kind::NotFound:
    case ApiError::Kind::DeviceBusy:
    case ApiError::Kind::Validation:
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::Server:
    case ApiError::Kind::Malformed:
    case ApiError::Kind::Keychain:
    case ApiError::Kind::Cancelled:
        break;
    }
    return CliExit::ApiError;
}
