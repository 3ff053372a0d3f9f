#include "cli/CliApp.h"

#include "cli/ExitCodes.h"
#include "store/ManagerPin.h"
#include "core/Money.h"
#include "api/OrderWatcher.h"
#include "api/LegacyPointBackend.h"
#include "store/Settings.h"

#include <QCommandLineParser>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <utility>

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

// Numeric ids (the legacy API's) go out as JSON integers, exact (Qt 6 keeps 64-bit integers); others as text.
template <typename Tag>
QJsonValue idOrNull(const Ref<Tag> &id)
{
    if (id.isNull())
        return QJsonValue(QJsonValue::Null);
    if (const auto number = id.toNumber())
        return QJsonValue(*number);
    return QJsonValue(id.toString());
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
    : QObject(parent), m_arguments(std::move(arguments)), m_environment(std::move(environment)), m_outDevice(out),
      m_out(out), m_err(err)
{
}

CliApp::~CliApp()
{
    // Before the journal and the client it uses. A sale still under way stays as it is in the journal (the window
    // picks it up); nothing is cancelled behind the cashier's back.
    delete m_service.data();
    // Before the settings and the store it uses.
    delete m_managerSession;
}

void CliApp::start()
{
    if (m_finished || m_command != Command::None)
        return;
    if (!parseArguments() || !readSettings() || !checkInput())
        return;
    switch (m_command) {
    case Command::Login:
        guardReplacedToken();
        break;
    case Command::Logout:
        requireManagerPin([this]() { runLogout(); });
        break;
    case Command::History:
        runHistory();
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
               "  logout                      Remove the saved access token from the system keychain. When a\n"
               "                              manager PIN is set (in the PointDesk window), reads it from\n"
               "                              standard input first, like login reads the token.\n"
               "  devices                     List the account's terminals: FREE, or BUSY with the order they hold.\n"
               "  charge --device NAME --amount AMOUNT --description TEXT --card credit|debit\n"
               "         [--external-reference R] [--payer-email E] [--notification-url U]\n"
               "         [--disable-back-button] [--wait]\n"
               "                              Send an order to a terminal. AMOUNT like 12.50 or 12,50; TEXT at\n"
               "                              most 20 characters. --wait follows the order until it is paid,\n"
               "                              declined or cancelled. The sale is recorded in the order journal\n"
               "                              (its number is shown) before anything is sent; when the answer to\n"
               "                              the order is lost, the terminal is checked and the order is never\n"
               "                              sent twice. An external reference is made up when none is given.\n"
               "  status ORDER_ID             Show where an order stands.\n"
               "  cancel ORDER_ID             Cancel an order.\n"
               "  cancel --device NAME        Cancel the order a terminal holds and free the terminal.\n"
               "  remove-device NAME          Remove a terminal from the account. When a manager PIN is set,\n"
               "                              reads it from standard input first, like logout.\n"
               "  enable-integration USER_ID  Enable the Point integration for the account USER_ID.\n"
               "  history [--day YYYY-MM-DD | --from YYYY-MM-DD --to YYYY-MM-DD | --all]\n"
               "          [--state STATE] [--terminal NAME] [--limit N] [--csv]\n"
               "                              List the sales of the order journal, newest first, with totals by\n"
               "                              state and by card type. Needs no token and no network.\n"
               "                              --day: one day, local time (default: today). --from / --to: the\n"
               "                              first and last day (either may be left out). --all: every day.\n"
               "                              --state: paid, declined, cancelled, failed (not sent), waiting\n"
               "                              (for the customer), sending, unknown (PointDesk could not tell),\n"
               "                              or open (waiting, sending and unknown: not finished); repeat it or\n"
               "                              separate states with commas. The JSON names are approved,\n"
               "                              rejected, cancelled, failed, waiting_for_card, sending, unknown.\n"
               "                              --terminal: only that terminal. --limit: only the N newest sales\n"
               "                              (the totals still count every matching sale).\n"
               "                              --json: {\"entries\":[...],\"totals\":{...}}; every amount is given\n"
               "                              twice, as an exact decimal string (\"amount\": \"1234.50\") and as\n"
               "                              integer cents (\"amount_cents\": 123450); ids are integers.\n"
               "                              --csv: every matching sale as CSV (UTF-8, amounts like 1234.50,\n"
               "                              times in UTC), whatever the language settings.\n");
    text += QLatin1Char('\n');
    text += tr("Options:\n"
               "  --api-base URL  Mercado Pago API address (default %1). https://, or http:// only\n"
               "                  to this computer (the simulator).\n"
               "  --json          Print exactly one JSON document on standard output, also on errors.\n"
               "  --timeout MS    Give up on a request after MS milliseconds (default %2).\n"
               "  --verbose       Show technical details of errors and log every request.\n"
               "  -h, --help      Show this help.\n"
               "  --version       Show the version.\n")
                .arg(LegacyPointBackend::defaultBaseUrl().toString(), QString::number(kDefaultTimeoutMs));
    text += QLatin1Char('\n');
    text +=
        tr("Environment:\n"
           "  POINTDESK_TOKEN     The Mercado Pago access token. When set, it is used instead of the one\n"
           "                      saved by login. A token is never taken from the command line and never\n"
           "                      printed.\n"
           "  POINTDESK_API_BASE  The API address when --api-base is not given.\n"
           "  POINTDESK_POLL_MS   How often charge --wait asks for the order, in ms (default %1).\n"
           "  POINTDESK_KEYCHAIN_SERVICE\n"
           "                      The keychain entry's service name (default %2).\n"
           "  POINTDESK_JOURNAL   The order journal file that charge writes and history reads (default\n"
           "                      %3, shared with the PointDesk window).\n")
            .arg(QString::number(OrderWatcher::kDefaultPollIntervalMs), QString::fromLatin1(kDefaultKeychainService),
                 QDir::toNativeSeparators(OrderJournal::defaultPath()));
    text += QLatin1Char('\n');
    text += tr("Exit codes:") + QLatin1Char('\n');
    const auto code = [&text](int number, const QString &meaning) {
        // The number in a column of five, then the meaning; its own continuation lines carry their indent.
        text += QStringLiteral("  ") + QString::number(number).leftJustified(5, QLatin1Char(' ')) + meaning +
                QLatin1Char('\n');
    };
    code(CliExit::Success, tr("success (status of a declined or cancelled order too: the query worked)"));
    code(CliExit::Usage,
         tr("usage error: unknown command or option, missing or extra argument, bad --api-base,\n"
            "       --timeout or POINTDESK_POLL_MS; no access token (run login, or set POINTDESK_TOKEN)"));
    code(CliExit::InvalidInput,
         tr("invalid input (amount, description, card, e-mail, URL, ORDER_ID, USER_ID, the token\n"
            "       given to login, a history date, state or limit ...); nothing was sent"));
    code(CliExit::ApiError, tr("Mercado Pago answered with an error (rejected token, unknown order or terminal, busy\n"
                               "       terminal, rejected field, too many requests, server error, unreadable answer)"));
    code(CliExit::NetworkError,
         tr("network error: Mercado Pago could not be reached, did not answer in time, or TLS failed"));
    code(CliExit::Declined, tr("charge --wait: the card was declined (also charge when the order had already "
                               "ended)"));
    code(CliExit::Cancelled, tr("charge --wait: the order was cancelled (also charge when the order had already "
                                "ended)"));
    code(CliExit::KeychainError,
         tr("keychain error: the system keychain refused access or failed, or there is no keychain\n"
            "       service (set POINTDESK_TOKEN to work without one); nothing was saved"));
    code(CliExit::JournalError,
         tr("journal error: the order journal could not be opened or written (damaged, in use by\n"
            "       another program, from a newer PointDesk, disk full, read-only); charge sent nothing"));
    code(CliExit::Uncertain,
         tr("charge: PointDesk cannot tell whether the order reached the terminal; nothing more was\n"
            "       sent. Look at the terminal, then use status ORDER_ID or history --state unknown\n"
            "       before charging again"));
    code(CliExit::PinRefused,
         tr("logout or remove-device: a manager PIN is set and it was not given, not right, or is\n"
            "       locked after too many wrong tries (as in the window); nothing was done"));
    code(CliExit::Interrupted, tr("interrupted (Ctrl+C); an order being followed stays open on the terminal"));
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
    const QCommandLineOption day(QStringLiteral("day"), QString(), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption from(QStringLiteral("from"), QString(), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption to(QStringLiteral("to"), QString(), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption all(QStringLiteral("all"));
    const QCommandLineOption state(QStringLiteral("state"), QString(), QStringLiteral("STATE"));
    const QCommandLineOption terminal(QStringLiteral("terminal"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption limit(QStringLiteral("limit"), QString(), QStringLiteral("N"));
    const QCommandLineOption csv(QStringLiteral("csv"));

    QCommandLineParser parser;
    parser.addOptions({help, version, json, verbose, apiBase, timeout, device, amount, description, card,
                       externalReference, payerEmail, notificationUrl, disableBackButton, wait, noCheck});
    parser.addOptions({day, from, to, all, state, terminal, limit, csv});
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
    } else if (command == QLatin1String("history")) {
        m_command = Command::History;
        allowed = QStringList{QStringLiteral("day"),   QStringLiteral("from"),  QStringLiteral("to"),
                              QStringLiteral("all"),   QStringLiteral("state"), QStringLiteral("terminal"),
                              QStringLiteral("limit"), QStringLiteral("csv")};
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
        // A script that repeats an option has a bug; taking the first or the last value would hide it. --state
        // adds up.
        if (given.count(name) > 1 && name != QLatin1String("state")) {
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

    if (m_command == Command::History) {
        // Neither the API address nor the token matter here: history only reads the journal.
        if (parser.isSet(all) && (parser.isSet(day) || parser.isSet(from) || parser.isSet(to))) {
            failUsage(tr("--all cannot be combined with --day, --from or --to."));
            return false;
        }
        if (parser.isSet(day) && (parser.isSet(from) || parser.isSet(to))) {
            failUsage(tr("Give either --day or --from / --to, not both."));
            return false;
        }
        m_csv = parser.isSet(csv);
        if (m_csv && m_json) {
            failUsage(tr("Choose one output: --csv or --json."));
            return false;
        }
        if (m_csv && parser.isSet(limit)) {
            failUsage(tr("--limit does not apply to --csv: the export always holds every matching sale. Narrow it "
                         "with --day, --from / --to, --state or --terminal."));
            return false;
        }
        m_deviceName = parser.value(terminal);
        m_hasDeviceOption = parser.isSet(terminal);
        m_historyOptions =
            HistoryOptions{parser.isSet(day) ? std::optional<QString>(parser.value(day)) : std::nullopt,
                           parser.isSet(from) ? std::optional<QString>(parser.value(from)) : std::nullopt,
                           parser.isSet(to) ? std::optional<QString>(parser.value(to)) : std::nullopt,
                           parser.isSet(all),
                           parser.values(state),
                           parser.isSet(limit) ? std::optional<QString>(parser.value(limit)) : std::nullopt};
        return true;
    }

    QString base = parser.value(apiBase);
    if (!parser.isSet(apiBase))
        base = m_environment.value(QStringLiteral("POINTDESK_API_BASE"));
    if (!parser.isSet(apiBase) && base.isEmpty()) {
        m_apiBase = LegacyPointBackend::defaultBaseUrl();
    } else {
        m_apiBase = QUrl(base.trimmed(), QUrl::StrictMode);
        if (!LegacyPointBackend::isAcceptableBaseUrl(m_apiBase)) {
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

    // Amounts are typed in the account's currency, the one the cashier window uses (no decimals for CLP and COP).
    m_currency = Currency::fromCode(Settings().currency()).value_or(Currency());

    m_keychainService = m_environment.value(QStringLiteral("POINTDESK_KEYCHAIN_SERVICE")).trimmed();
    if (m_keychainService.isEmpty())
        m_keychainService = QString::fromLatin1(kDefaultKeychainService);

    // The client logs every request and the keychain every access at info level; a script wants them only when
    // asked for. The journal's and the charge service's warnings are about what the command reports itself.
    QLoggingCategory::setFilterRules(m_verbose ? QStringLiteral("pointdesk.*=true")
                                               : QStringLiteral("pointdesk.*.debug=false\npointdesk.*.info=false\n"
                                                                "pointdesk.store.warning=false\n"
                                                                "pointdesk.charge.warning=false"));
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
        const Money::ParseResult amount = Money::parse(m_amountText, QLocale::c(), m_currency);
        if (amount.money) {
            m_order.amount = *amount.money;
            add(Validation::amount(m_order.amount));
        } else {
            issues.append(ValidationIssue{ValidationIssue::Field::Amount,
                                          Money::errorMessage(amount.error, QLocale::c(), m_currency)});
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
            m_orderId = OrderRef::fromNumber(id.value_or(0));
            add(Validation::orderId(id.value_or(0)));
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
    case Command::History:
        if (m_hasDeviceOption)
            add(Validation::deviceName(m_deviceName));
        if (issues.isEmpty() && !checkHistoryOptions())
            return false;
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
            // No keychain service at all is a keychain error too (exit 8), as for login and logout; the message
            // says how to work without one (POINTDESK_TOKEN).
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
    m_client = new LegacyPointBackend(this);
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
    case Command::History:
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
        requireManagerPin([this]() { runRemoveDevice(); });
        break;
    case Command::EnableIntegration:
        runEnableIntegration();
        break;
    }
}

void CliApp::guardReplacedToken()
{
    // Replacing the shop's token is the manager's: with a PIN set and a token saved, `logout` (which asks for the
    // PIN) comes first. A first login, or one after logout, needs no PIN.
    if (!m_settings)
        m_settings = std::make_unique<Settings>();
    if (!m_managerSession)
        m_managerSession = new ManagerSession(tokenStore(), m_settings.get(), this);
    m_managerSession->queryPin(this, [this](ManagerSession::PinState state, const TokenStore::Result &) {
        if (m_finished)
            return;
        if (state != ManagerSession::PinState::Set) {
            runLogin();
            return;
        }
        tokenStore()->read(QString::fromLatin1(TokenStore::kAccessTokenKey), this,
                           [this](const TokenStore::Result &saved) {
                               if (m_finished)
                                   return;
                               if (saved.ok() && !saved.value.isEmpty()) {
                                   failPin(tr("A token is already saved and a manager PIN is set on this computer. "
                                              "Run \"pointdesk-cli logout\" first (it asks for the manager PIN), "
                                              "then log in with the new token. Nothing was changed."));
                                   return;
                               }
                               runLogin();
                           });
    });
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
    m_call = m_client->listTerminals()->then(this, [this](const Call<DeviceList> &call) {
        m_call = nullptr;
        if (!call.ok()) {
            const ApiError &error = call.error();
            // The person running login is the one setting up: the API's words for a refused token ("ask the
            // manager ...") do not fit; say what to check instead.
            if (error.kind() == ApiError::Kind::Unauthorized) {
                failApiWith(error,
                            tr("Mercado Pago did not accept this access token (401). Check that you copied the whole "
                               "production access token of the shop's account, and that it was not renewed or "
                               "revoked, then run login again."),
                            {}, {tr("The access token was not saved.")});
                return;
            }
            if (error.kind() == ApiError::Kind::Forbidden) {
                failApiWith(error,
                            tr("This access token may not use Point terminals (403). Use the production access "
                               "token of the Mercado Pago account that owns the terminals, then run login again."),
                            {}, {tr("The access token was not saved.")});
                return;
            }
            failApi(error, {},
                    tr("The access token was not saved: it could not be checked. Try again, or save it "
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

QString CliApp::commandWord() const
{
    return m_command == Command::RemoveDevice ? QStringLiteral("remove-device") : QStringLiteral("logout");
}

void CliApp::requireManagerPin(std::function<void()> then)
{
    m_afterPin = std::move(then);
    if (!m_settings)
        m_settings = std::make_unique<Settings>(); // the window's settings: the lockout is shared
    if (!m_managerSession)
        m_managerSession = new ManagerSession(tokenStore(), m_settings.get(), this);
    m_managerSession->queryPin(this, [this](ManagerSession::PinState state, const TokenStore::Result &read) {
        if (m_finished)
            return;
        if (state == ManagerSession::PinState::Unavailable && read.status != TokenStore::Status::NoBackend) {
            failKeychain(read);
            return;
        }
        // No PIN set, or no keychain service that could hold one: nothing to ask for.
        if (state != ManagerSession::PinState::Set) {
            m_afterPin();
            return;
        }
        if (m_managerSession->isLockedOut()) {
            ManagerSession::Result locked;
            locked.outcome = ManagerSession::Outcome::LockedOut;
            locked.lockedUntil = m_managerSession->lockedUntil();
            onPinChecked(locked);
            return;
        }
        auto *reader = new SecretLineReader(m_inputFd, this);
        m_reader = reader;
        connect(reader, &SecretLineReader::finished, this, &CliApp::onPinLine);
        reader->start(); // echo is off from here on when standard input is a terminal
        if (SecretLineReader::isTerminal(m_inputFd)) {
            writeErr(tr("A manager PIN is set on this computer. Type it and press Enter:") + QLatin1Char(' '));
            m_promptShown = true;
        }
    });
}

void CliApp::onPinLine(const QByteArray &line, SecretLineReader::Outcome outcome, const QString &detail)
{
    if (m_finished)
        return;
    if (m_promptShown && !SecretLineReader::terminalEchoesLineEnd())
        writeErr(QStringLiteral("\n"));
    m_promptShown = false;
    switch (outcome) {
    case SecretLineReader::Outcome::Line:
        break;
    case SecretLineReader::Outcome::TooLong:
        failPin(tr("That is too long for a manager PIN: give only the PIN, on one line. Nothing was done."));
        return;
    case SecretLineReader::Outcome::ReadError:
        failPin(tr("Could not read the manager PIN from standard input (%1). Nothing was done.").arg(detail));
        return;
    }
    const QString pin = QString::fromUtf8(line).trimmed();
    if (pin.isEmpty()) {
        failPin(tr("A manager PIN is set on this computer, so \"%1 %2\" needs it on standard input: type it when "
                   "asked, or pass it on standard input, for example from a file. Nothing was done.")
                    .arg(kProgram, commandWord()));
        return;
    }
    if (!ManagerPin::isValidPin(pin)) {
        // Not a PIN at all: not counted as a wrong try.
        failPin(tr("The manager PIN is 4 to 8 digits. Nothing was done."));
        return;
    }
    m_managerSession->unlock(pin, this, [this](const ManagerSession::Result &result) { onPinChecked(result); });
}

void CliApp::onPinChecked(const ManagerSession::Result &result)
{
    if (m_finished)
        return;
    switch (result.outcome) {
    case ManagerSession::Outcome::Ok:
        // The PIN was right: what manager mode allows is done, and manager mode ends with this run.
        m_managerSession->end();
        m_afterPin();
        return;
    case ManagerSession::Outcome::WrongPin: {
        const int left = result.remainingTries;
        const QJsonObject fields{{QStringLiteral("remaining_tries"), left}};
        // English has no plural forms of its own (it is the source language): one try is a sentence of its own.
        failPin(left == 1 ? tr("That is not the manager PIN; nothing was done. One more wrong try locks the manager "
                               "PIN for a while, here and in the PointDesk window.")
                          : tr("That is not the manager PIN; nothing was done. %n more wrong tries lock the manager "
                               "PIN for a while, here and in the PointDesk window.",
                               nullptr, left),
                fields);
        return;
    }
    case ManagerSession::Outcome::LockedOut: {
        const QDateTime until = result.lockedUntil.toUTC();
        failPin(tr("Too many wrong manager PINs: the manager PIN is locked until %1, here and in the PointDesk "
                   "window. Try again then; nothing was done.")
                    .arg(QLocale().toString(until.toLocalTime().time(), QLocale::ShortFormat)),
                {{QStringLiteral("locked_until"), until.toString(Qt::ISODate)}});
        return;
    }
    case ManagerSession::Outcome::Keychain:
        failKeychain(result.keychain);
        return;
    case ManagerSession::Outcome::NoPin:
        // Removed since it was asked for (signed out in the window meanwhile): nothing left to protect.
        m_afterPin();
        return;
    default:
        failPin(result.message() + QLatin1Char(' ') + tr("Nothing was done."));
        return;
    }
}

void CliApp::failPin(const QString &message, const QJsonObject &fields)
{
    fail(CliExit::PinRefused, QStringLiteral("manager_pin"), message, fields, {}, {});
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
    m_call = m_client->listTerminals()->then(this, [this](const Call<DeviceList> &call) {
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
                entry.insert(QStringLiteral("payment_attempt"), idOrNull(device.heldOrder));
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
            if (!device.heldOrder.isNull())
                line += device.heldOrder.toString();
            // Trailing spaces help nobody (and trip up scripts that compare lines).
            while (line.endsWith(QLatin1Char(' ')))
                line.chop(1);
            table += line + QLatin1Char('\n');
        }
        writeOut(table);
        finish(CliExit::Success);
    });
}

QString CliApp::journalPath() const
{
    const QString fromEnvironment = m_environment.value(QStringLiteral("POINTDESK_JOURNAL"));
    return fromEnvironment.isEmpty() ? OrderJournal::defaultPath() : fromEnvironment;
}

void CliApp::runCharge()
{
    // The journal first: a sale it cannot record is never sent.
    m_journal = std::make_unique<OrderJournal>();
    const QString path = journalPath();
    const JournalResult opened = m_journal->open(path);
    if (!opened.ok()) {
        failJournal(opened, path, QJsonObject{{QStringLiteral("device"), m_order.deviceName}},
                    {tr("Nothing was sent to the terminal \"%1\".").arg(m_order.deviceName)});
        return;
    }

    auto *service = new ChargeService(m_client, m_journal.get(), this);
    m_service = service;
    service->setResendPolicy(ChargeService::ResendPolicy::ResendWhenCertain);
    service->setPollInterval(m_pollMs);
    service->setMaxLookupAttempts(kChargeLookupAttempts);
    connect(service, &ChargeService::stateChanged, this, &CliApp::onSaleChanged);
    connect(service, &ChargeService::finished, this, &CliApp::onSaleFinished);
    connect(service, &ChargeService::problem, this, &CliApp::onSaleProblem);
    connect(service, &ChargeService::journalProblem, this, &CliApp::onJournalProblem);
    connect(service, &ChargeService::needsDecision, this, &CliApp::onNeedsDecision);

    const ChargeService::StartResult started = service->start(m_order);
    if (!started.ok()) {
        if (!started.journal.ok()) {
            failJournal(started.journal, path, QJsonObject{{QStringLiteral("device"), m_order.deviceName}},
                        {tr("Nothing was sent to the terminal \"%1\".").arg(m_order.deviceName)});
            return;
        }
        failApi(started.error, QJsonObject{{QStringLiteral("device"), m_order.deviceName}});
        return;
    }
    m_localId = started.localId;
    m_sale.localId = m_localId;
    m_sale.request = m_order;
}

QJsonObject CliApp::saleJson() const
{
    QJsonObject document{{QStringLiteral("device"), m_order.deviceName},
                         {QStringLiteral("amount"), m_order.amount.toPlainString()},
                         {QStringLiteral("description"), m_order.description}};
    if (m_localId > 0)
        document.insert(QStringLiteral("local_id"), m_localId);
    const QString reference =
        m_sale.request.externalReference.isEmpty() ? m_order.externalReference : m_sale.request.externalReference;
    if (!reference.isEmpty())
        document.insert(QStringLiteral("external_reference"), reference);
    return document;
}

void CliApp::onSaleChanged(const Sale &sale)
{
    if (m_finished || sale.localId != m_localId)
        return;
    m_sale = sale;
    if (sale.phase == Sale::Phase::Reconciling && !m_reconcileAnnounced) {
        m_reconcileAnnounced = true;
        writeErr(tr("The answer to the order was lost or unclear. Checking the terminal \"%1\" before anything is "
                    "sent again.")
                     .arg(sale.request.deviceName) +
                 QLatin1Char('\n'));
    }
    const bool orderKnown =
        !sale.order.id.isNull() && (sale.phase == Sale::Phase::Following || sale.phase == Sale::Phase::Finished);
    if (orderKnown && !m_orderAnnounced) {
        m_orderAnnounced = true;
        m_orderId = sale.order.id;
        if (!m_json) {
            writeOut(tr("Order %1 sent to \"%2\": %3, waiting for the customer.")
                         .arg(m_orderId.toString(), m_order.deviceName,
                              m_order.amount.toLocaleString(QLocale(), m_currency)) +
                     QLatin1Char('\n'));
            writeOut(tr("Recorded in the order journal as sale %1.").arg(QString::number(m_localId)) +
                     QLatin1Char('\n'));
        }
        if (sale.phase == Sale::Phase::Finished)
            return; // onSaleFinished() tells how it ended
        if (!m_wait) {
            // The journal already holds the order id and its state (ChargeService wrote them before this signal).
            QJsonObject document = saleJson();
            document.insert(QStringLiteral("order_id"), idOrNull(m_orderId));
            document.insert(QStringLiteral("status"),
                            sale.order.status.isEmpty() ? QStringLiteral("OPEN") : sale.order.status);
            document.insert(QStringLiteral("state"), OrderStates::toKey(sale.state));
            const QString journalNote = journalTroubleNote(&document);
            if (m_json)
                writeJson(document);
            if (!journalNote.isEmpty())
                writeErr(journalNote + QLatin1Char('\n'));
            finish(CliExit::Success);
            return;
        }
        m_lastShownState = OrderState::WaitingForCard;
        if (!m_json) {
            writeErr(tr("Waiting for the terminal. Ctrl+C stops waiting; the order stays on the terminal.") +
                     QLatin1Char('\n'));
        }
        return;
    }
    if (m_wait && m_orderAnnounced && sale.phase == Sale::Phase::Following && !m_json &&
        !OrderStates::isFinal(sale.state) && sale.state != m_lastShownState) {
        m_lastShownState = sale.state;
        QString raw = sale.order.status;
        if (!sale.order.paymentStatus.isEmpty())
            raw += QLatin1Char(' ') + sale.order.paymentStatus;
        writeOut(
            tr("Order %1: %2 (%3).").arg(sale.order.id.toString(), OrderStates::displayName(sale.state), raw) +
            QLatin1Char('\n'));
    }
}

void CliApp::onSaleProblem(qint64 localId, const ApiError &error)
{
    if (m_finished || localId != m_localId)
        return;
    m_lastProblem = error;
    const std::optional<Sale> sale = m_service ? m_service->sale(localId) : std::nullopt;
    const bool following = sale && sale->phase == Sale::Phase::Following;
    if (following && !error.isTransient() && error.kind() != ApiError::Kind::NotFound &&
        error.kind() != ApiError::Kind::Cancelled) {
        // Polling stopped (the token was refused, for example): the order is out there, but this run cannot follow
        // it any more.
        failApi(error, orderJson(sale->order),
                tr("Order %1 may still be open on the terminal \"%2\".")
                    .arg(sale->order.id.toString(), m_order.deviceName));
        return;
    }
    QString text = following ? tr("Cannot check the order right now: %1").arg(error.userMessage())
                             : tr("Mercado Pago did not answer as expected: %1").arg(error.userMessage());
    text += QLatin1Char('\n') + tr("PointDesk tries again by itself; Ctrl+C stops it.");
    if (m_verbose && !error.detail().isEmpty())
        text += QLatin1Char('\n') + tr("Detail: %1").arg(error.detail());
    deferNote(text);
}

void CliApp::onJournalProblem(qint64 localId, const JournalResult &result)
{
    if (m_finished || localId != m_localId)
        return;
    // The sale goes on (ChargeService writes the change again later); told once, with the outcome.
    m_journalTrouble = result;
}

QString CliApp::journalTroubleNote(QJsonObject *document) const
{
    if (m_journalTrouble.ok())
        return {};
    if (document)
        document->insert(QStringLiteral("journal_error"), JournalResult::kindKey(m_journalTrouble.kind()));
    return tr("Warning: the order journal could not record every change of sale %1, so it may not show how the sale "
              "ended. %2")
        .arg(QString::number(m_localId), m_journalTrouble.userMessage());
}

void CliApp::deferNote(const QString &text)
{
    m_pendingNotes.append(text);
    if (m_pendingNotes.size() > 1)
        return;
    QTimer::singleShot(0, this, [this]() {
        const QStringList notes = std::exchange(m_pendingNotes, {});
        if (m_finished)
            return;
        for (const QString &note : notes) {
            // A connection that keeps failing the same way is told once, not at every attempt.
            if (note == m_lastNote)
                continue;
            m_lastNote = note;
            writeErr(note + QLatin1Char('\n'));
        }
    });
}

void CliApp::onNeedsDecision(const Sale &sale)
{
    if (m_finished || sale.localId != m_localId)
        return;
    m_sale = sale;
    QJsonObject extra = saleJson();
    extra.insert(QStringLiteral("may_have_reached_terminal"), true);
    extra.insert(QStringLiteral("state"), OrderStates::toKey(OrderState::Unknown));
    const QString reason =
        sale.lastError.isEmpty()
            ? tr("PointDesk cannot tell whether the order reached the terminal \"%1\".").arg(sale.request.deviceName)
            : sale.lastError;
    QStringList notes;
    if (m_verbose && m_lastProblem.isError() && !m_lastProblem.detail().isEmpty())
        notes.append(tr("Detail: %1").arg(m_lastProblem.detail()));
    notes.append(tr("Nothing more was sent, so that the customer is not charged twice. The order journal keeps it as "
                    "sale %1, in state \"unknown\".")
                     .arg(QString::number(sale.localId)));
    notes.append(tr("What to do: look at the terminal \"%1\". If it shows the order or a payment, find the order id "
                    "in the Mercado Pago activity and check it with \"%2 status ORDER_ID\". See the sale with \"%2 "
                    "history --state unknown\". Charge again only once you are sure that nothing was charged.")
                     .arg(sale.request.deviceName, kProgram));
    const QString journalNote = journalTroubleNote(&extra);
    if (!journalNote.isEmpty())
        notes.append(journalNote);
    fail(CliExit::Uncertain, QStringLiteral("uncertain"), reason, {}, extra, notes);
}

void CliApp::onSaleFinished(const Sale &sale)
{
    if (m_finished || sale.localId != m_localId)
        return;
    m_sale = sale;
    int code = CliExit::Success;
    QString line;
    const OrderInfo &order = sale.order;
    switch (sale.state) {
    case OrderState::Approved:
        line = tr("Paid: payment %1 (%2).").arg(order.paymentId.toString(), order.paymentStatus);
        break;
    case OrderState::Rejected:
        code = CliExit::Declined;
        line = tr("Declined: payment %1 (%2). Ask the customer for another card or another way to pay.")
                   .arg(order.paymentId.toString(), order.paymentStatus);
        break;
    case OrderState::Cancelled:
        code = CliExit::Cancelled;
        line = tr("Cancelled: order %1 was cancelled on the terminal, or the terminal was freed.")
                   .arg(order.id.toString());
        break;
    case OrderState::Failed:
        failSale(sale);
        return;
    case OrderState::Sending:
    case OrderState::WaitingForCard:
    case OrderState::Unknown:
        // ChargeService ends a sale only in the four final states; anything else is a breach of its contract.
        failApi(ApiError::malformed(
                    QStringLiteral("sale %1 ended in state %2").arg(sale.localId).arg(OrderStates::toKey(sale.state))),
                orderJson(order));
        return;
    }
    QJsonObject document = orderJson(order);
    const QString journalNote = journalTroubleNote(&document);
    if (m_json)
        writeJson(document);
    else
        writeOut(line + QLatin1Char('\n'));
    if (!journalNote.isEmpty())
        writeErr(journalNote + QLatin1Char('\n'));
    finish(code);
}

void CliApp::failSale(const Sale &sale)
{
    QJsonObject extra = saleJson();
    extra.insert(QStringLiteral("state"), OrderStates::toKey(OrderState::Failed));
    const QString recorded =
        tr("The order journal records it as sale %1, not charged.").arg(QString::number(sale.localId));
    if (!m_journalTrouble.ok() && (!m_lastProblem.isError() || sale.lastError == m_journalTrouble.userMessage())) {
        // The journal could not count the create request before it left, so it never left.
        failJournal(m_journalTrouble, m_journal ? m_journal->path() : journalPath(), extra,
                    {tr("Nothing was sent to the terminal \"%1\".").arg(m_order.deviceName)});
        return;
    }
    const ApiError error = m_lastProblem.isError()
                               ? m_lastProblem
                               : ApiError(ApiError::Kind::Server, QStringLiteral("sale failed without an error"));
    const QString message = sale.lastError.isEmpty() ? error.userMessage() : sale.lastError;
    QStringList notes{recorded};
    const QString journalNote = journalTroubleNote(&extra);
    if (!journalNote.isEmpty())
        notes.append(journalNote);
    failApiWith(error, message, extra, notes);
}

void CliApp::runStatus()
{
    m_call = m_client->getOrder(m_orderId)->then(this, [this](const Call<OrderInfo> &call) {
        if (!call.ok()) {
            failApi(call.error(), QJsonObject{{QStringLiteral("order_id"), idOrNull(m_orderId)}});
            return;
        }
        const OrderInfo &order = call.value();
        if (m_json) {
            writeJson(orderJson(order));
            finish(CliExit::Success);
            return;
        }
        QString text = tr("Order %1: %2 (%3).")
                           .arg(order.id.toString(), OrderStates::displayName(order.state), order.status);
        text += QLatin1Char('\n');
        if (!order.paymentId.isNull() || !order.paymentStatus.isEmpty()) {
            text += tr("Payment: %1 (%2).")
                        .arg(!order.paymentId.isNull() ? order.paymentId.toString() : tr("none"), order.paymentStatus) +
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
        finishDoneCall(m_client->cancelOnTerminal(m_deviceName), {{QStringLiteral("device"), m_deviceName}},
                       tr("Terminal \"%1\" is free: the order it held, if any, was cancelled.").arg(m_deviceName));
        return;
    }
    finishDoneCall(m_client->cancelOrder(m_orderId, PointBackend::newIdempotencyKey()),
                   {{QStringLiteral("order_id"), idOrNull(m_orderId)}},
                   tr("Order %1 cancelled.").arg(m_orderId.toString()));
}

void CliApp::runRemoveDevice()
{
    finishDoneCall(m_client->removeTerminal(m_deviceName), {{QStringLiteral("device"), m_deviceName}},
                   tr("Terminal \"%1\" removed from the account.").arg(m_deviceName));
}

void CliApp::runEnableIntegration()
{
    finishDoneCall(m_client->enableIntegration(m_userId), {{QStringLiteral("user_id"), m_userId}},
                   tr("The Point integration is enabled for user %1.").arg(QString::number(m_userId)));
}

// --- history ----------------------------------------------------------------------------------------------

bool CliApp::checkHistoryOptions()
{
    const HistoryOptions &options = m_historyOptions;
    static const QRegularExpression isoDay(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    const auto parseDay = [](const QString &text) -> QDate {
        if (!isoDay.match(text).hasMatch())
            return {};
        return QDate::fromString(text, Qt::ISODate);
    };
    const auto dayFrom = [this, &parseDay](const QString &field, const QString &text, QDate *out) {
        *out = parseDay(text.trimmed());
        if (out->isValid())
            return true;
        failInvalidField(field, tr("\"%1\" is not a date PointDesk can read: write it as YYYY-MM-DD, for example %2.")
                                    .arg(text, QDate::currentDate().toString(Qt::ISODate)));
        return false;
    };

    m_filter = JournalFilter();
    if (options.day) {
        QDate day;
        if (!dayFrom(QStringLiteral("day"), *options.day, &day))
            return false;
        m_filter = JournalFilter::day(day);
        m_noSalesText = tr("No sales were recorded on %1.").arg(day.toString(Qt::ISODate));
    } else if (options.from || options.to) {
        if (options.from && !dayFrom(QStringLiteral("from"), *options.from, &m_filter.fromDay))
            return false;
        if (options.to && !dayFrom(QStringLiteral("to"), *options.to, &m_filter.toDay))
            return false;
        if (m_filter.fromDay.isValid() && m_filter.toDay.isValid() && m_filter.fromDay > m_filter.toDay) {
            failInvalidField(QStringLiteral("to"),
                             tr("--to %1 is before --from %2: give the first day with --from "
                                "and the last day with --to.")
                                 .arg(m_filter.toDay.toString(Qt::ISODate), m_filter.fromDay.toString(Qt::ISODate)));
            return false;
        }
        if (!m_filter.toDay.isValid())
            m_noSalesText = tr("No sales were recorded from %1 on.").arg(m_filter.fromDay.toString(Qt::ISODate));
        else if (!m_filter.fromDay.isValid())
            m_noSalesText = tr("No sales were recorded up to %1.").arg(m_filter.toDay.toString(Qt::ISODate));
        else
            m_noSalesText = tr("No sales were recorded from %1 to %2.")
                                .arg(m_filter.fromDay.toString(Qt::ISODate), m_filter.toDay.toString(Qt::ISODate));
    } else if (!options.all) {
        const QDate today = QDate::currentDate();
        m_filter = JournalFilter::day(today);
        m_noSalesText = tr("No sales were recorded today (%1). Use --all to see every day, or --day YYYY-MM-DD.")
                            .arg(today.toString(Qt::ISODate));
    } else {
        m_noSalesText = tr("The order journal holds no sales.");
    }

    // Stable lower-case keys: the journal's own names, and the words a cashier uses for them.
    static const QList<QPair<QString, QList<OrderState>>> names = {
        {QStringLiteral("paid"), {OrderState::Approved}},
        {QStringLiteral("approved"), {OrderState::Approved}},
        {QStringLiteral("declined"), {OrderState::Rejected}},
        {QStringLiteral("rejected"), {OrderState::Rejected}},
        {QStringLiteral("cancelled"), {OrderState::Cancelled}},
        {QStringLiteral("canceled"), {OrderState::Cancelled}},
        {QStringLiteral("failed"), {OrderState::Failed}},
        {QStringLiteral("not_sent"), {OrderState::Failed}},
        {QStringLiteral("waiting"), {OrderState::WaitingForCard}},
        {QStringLiteral("waiting_for_card"), {OrderState::WaitingForCard}},
        {QStringLiteral("sending"), {OrderState::Sending}},
        {QStringLiteral("unknown"), {OrderState::Unknown}},
        {QStringLiteral("open"), {OrderState::Sending, OrderState::WaitingForCard, OrderState::Unknown}},
    };
    for (const QString &value : options.states) {
        const QStringList parts = value.split(QLatin1Char(','));
        bool any = false;
        for (const QString &part : parts) {
            QString key = part.trimmed().toLower();
            key.replace(QLatin1Char('-'), QLatin1Char('_'));
            if (key.isEmpty())
                continue;
            any = true;
            const auto match =
                std::find_if(names.begin(), names.end(), [&key](const auto &name) { return name.first == key; });
            if (match == names.end()) {
                failInvalidField(QStringLiteral("state"),
                                 tr("\"%1\" is not a state. Use paid, declined, cancelled, failed, waiting, sending, "
                                    "unknown or open.")
                                     .arg(part.trimmed()));
                return false;
            }
            for (OrderState state : match->second) {
                if (!m_filter.states.contains(state))
                    m_filter.states.append(state);
            }
        }
        if (!any) {
            failInvalidField(QStringLiteral("state"), tr("--state needs a state, for example --state paid."));
            return false;
        }
    }

    if (options.limit) {
        const std::optional<qint64> limit = parseId(options.limit->trimmed());
        if (!limit || *limit < 1 || *limit > 1'000'000) {
            failInvalidField(QStringLiteral("limit"),
                             tr("--limit takes a whole number of sales from 1 to 1000000, for example --limit 20."));
            return false;
        }
        m_filter.limit = int(*limit);
    }
    if (m_hasDeviceOption)
        m_filter.deviceName = m_deviceName;
    if (!m_filter.states.isEmpty() || m_hasDeviceOption)
        m_noSalesText = tr("No sales match the states or the terminal asked for.") + QLatin1Char(' ') + m_noSalesText;
    return true;
}

void CliApp::runHistory()
{
    const QString path = journalPath();
    // A journal that does not exist yet has no sales: read an empty one rather than create the shop's file here.
    std::unique_ptr<QTemporaryDir> emptyFolder;
    QString openPath = path;
    if (!QFileInfo::exists(path)) {
        emptyFolder = std::make_unique<QTemporaryDir>();
        if (emptyFolder->isValid())
            openPath = emptyFolder->filePath(QStringLiteral("journal.sqlite"));
    }
    OrderJournal journal; // closed before its temporary folder goes
    const JournalResult opened = journal.open(openPath);
    if (!opened.ok()) {
        failJournal(opened, path);
        return;
    }
    if (m_csv) {
        m_out.flush();
        const JournalResult exported = journal.exportCsv(m_filter, m_outDevice);
        if (!exported.ok()) {
            failJournal(exported, path);
            return;
        }
        finish(CliExit::Success);
        return;
    }
    const QList<JournalEntry> entries = journal.entries(m_filter);
    const qint64 matched = journal.count(m_filter);
    const JournalTotals totals = journal.totals(m_filter);
    if (!journal.lastError().ok()) {
        failJournal(journal.lastError(), path);
        return;
    }
    if (m_json)
        writeHistoryJson(entries, matched, totals);
    else
        writeHistoryTable(entries, matched, totals);
    finish(CliExit::Success);
}

namespace {

// Exact and locale-independent, like the CSV export: "1234.50".
QString centsText(qint64 cents)
{
    const QString sign = cents < 0 ? QStringLiteral("-") : QString();
    const qint64 magnitude = cents < 0 ? -cents : cents;
    return sign + QString::number(magnitude / 100) + QLatin1Char('.') +
           QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString cardKey(CardType type)
{
    return type == CardType::Credit ? QStringLiteral("credit") : QStringLiteral("debit");
}

QString cardName(CardType type)
{
    return type == CardType::Credit ? CliApp::tr("Credit") : CliApp::tr("Debit");
}

// Every state, in the order a cashier reads totals: money first, then what did not go through, then what is open.
const QList<OrderState> &statesInTotalsOrder()
{
    static const QList<OrderState> states = {OrderState::Approved,      OrderState::Rejected, OrderState::Cancelled,
                                             OrderState::Failed,        OrderState::Unknown,  OrderState::Sending,
                                             OrderState::WaitingForCard};
    return states;
}

QJsonObject bucketJson(const JournalTotals::Bucket &bucket)
{
    return QJsonObject{{QStringLiteral("count"), bucket.count},
                       {QStringLiteral("amount"), centsText(bucket.cents)},
                       {QStringLiteral("amount_cents"), bucket.cents}};
}

QString localIso(const QDateTime &at)
{
    const QDateTime local = at.toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

// Lines of cells, each column as wide as its widest cell (as a person counts characters); `right` columns are
// aligned right (numbers). No trailing spaces.
QString tableText(const QList<QStringList> &rows, const QList<int> &right)
{
    QList<int> widths;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = qMax(widths.at(i), Validation::characterCount(row.at(i)));
        }
    }
    QString text;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            const int missing = widths.at(i) - Validation::characterCount(row.at(i));
            const QString fill(qMax(0, missing), QLatin1Char(' '));
            line += right.contains(int(i)) ? fill + row.at(i) : row.at(i) + fill;
            if (i + 1 < row.size())
                line += QStringLiteral("  ");
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        text += line + QLatin1Char('\n');
    }
    return text;
}

} // namespace

void CliApp::writeHistoryTable(const QList<JournalEntry> &entries, qint64 matched, const JournalTotals &totals)
{
    if (matched == 0) {
        writeOut(m_noSalesText + QLatin1Char('\n'));
        return;
    }
    const QLocale locale;
    const auto money = [&locale, this](qint64 cents) {
        return Money::fromCents(cents).toLocaleString(locale, m_currency);
    };
    QList<QStringList> rows;
    rows.append({tr("Sale"), tr("Time"), tr("State"), tr("Amount"), tr("Card"), tr("Terminal"), tr("Order"),
                 tr("Payment"), tr("Description")});
    for (const JournalEntry &e : entries) {
        rows.append({QString::number(e.localId),
                     e.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                     OrderStates::displayName(e.state), money(e.request.amount.cents()), cardName(e.request.cardType),
                     e.request.deviceName, !e.orderId.isNull() ? e.orderId.toString() : QStringLiteral("-"),
                     !e.paymentId.isNull() ? e.paymentId.toString() : QStringLiteral("-"), e.request.description});
    }
    QString text = tableText(rows, {0, 3, 6, 7});
    if (entries.size() < matched) {
        text += tr("Showing the %1 newest of %2 sales; the totals count all %2.")
                    .arg(QString::number(entries.size()), QString::number(matched)) +
                QLatin1Char('\n');
    }

    QList<QStringList> sums;
    sums.append({tr("Totals by state:"), tr("Sales"), tr("Amount")});
    for (OrderState state : statesInTotalsOrder()) {
        const JournalTotals::Bucket bucket = totals.byState(state);
        if (bucket.count > 0)
            sums.append({QStringLiteral("  ") + OrderStates::displayName(state), QString::number(bucket.count),
                         money(bucket.cents)});
    }
    sums.append({tr("Totals by card type:"), QString(), QString()});
    for (CardType type : {CardType::Credit, CardType::Debit}) {
        const JournalTotals::Bucket bucket = totals.byCardType(type);
        if (bucket.count > 0)
            sums.append({QStringLiteral("  ") + cardName(type), QString::number(bucket.count), money(bucket.cents)});
    }
    const JournalTotals::Bucket all = totals.all();
    sums.append({tr("All sales"), QString::number(all.count), money(all.cents)});
    text += QLatin1Char('\n') + tableText(sums, {1, 2});
    writeOut(text);
}

void CliApp::writeHistoryJson(const QList<JournalEntry> &entries, qint64 matched, const JournalTotals &totals)
{
    QJsonArray list;
    for (const JournalEntry &e : entries) {
        list.append(QJsonObject{
            {QStringLiteral("local_id"), e.localId},
            {QStringLiteral("created_at"), e.createdAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("local_time"), localIso(e.createdAt)},
            {QStringLiteral("updated_at"), e.updatedAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("state"), OrderStates::toKey(e.state)},
            {QStringLiteral("status"), textOrNull(e.status)},
            {QStringLiteral("amount"), centsText(e.request.amount.cents())},
            {QStringLiteral("amount_cents"), e.request.amount.cents()},
            {QStringLiteral("card"), cardKey(e.request.cardType)},
            {QStringLiteral("device"), e.request.deviceName},
            {QStringLiteral("description"), e.request.description},
            {QStringLiteral("order_id"), idOrNull(e.orderId)},
            {QStringLiteral("payment_id"), idOrNull(e.paymentId)},
            {QStringLiteral("payment_status"), textOrNull(e.paymentStatus)},
            {QStringLiteral("external_reference"), textOrNull(e.request.externalReference)},
            {QStringLiteral("payer_email"), textOrNull(e.request.payerEmail)},
            {QStringLiteral("last_error"), textOrNull(e.lastError)},
            {QStringLiteral("create_attempts"), e.createAttempts},
        });
    }
    // Every state and card type is always there (zero when none), so that scripts can read them without checking.
    QJsonObject byState;
    for (OrderState state : statesInTotalsOrder())
        byState.insert(OrderStates::toKey(state), bucketJson(totals.byState(state)));
    QJsonObject byCard;
    for (CardType type : {CardType::Credit, CardType::Debit})
        byCard.insert(cardKey(type), bucketJson(totals.byCardType(type)));
    QJsonObject sums = bucketJson(totals.all());
    sums.insert(QStringLiteral("by_state"), byState);
    sums.insert(QStringLiteral("by_card"), byCard);
    writeJson(QJsonObject{
        {QStringLiteral("entries"), list}, {QStringLiteral("matched"), matched}, {QStringLiteral("totals"), sums}});
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
    if (m_command == Command::Charge && m_localId > 0) {
        const std::optional<Sale> running = m_service ? m_service->sale(m_localId) : std::nullopt;
        const Sale sale = running.value_or(m_sale);
        extra = saleJson();
        if (!sale.order.id.isNull()) {
            message = tr("Stopped waiting for order %1.").arg(sale.order.id.toString());
            extra = orderJson(sale.order);
            notes.append(tr("Order %1 is still open on the terminal \"%2\". Follow it with \"%3 status %1\", or "
                            "cancel it with \"%3 cancel %1\".")
                             .arg(sale.order.id.toString(), m_order.deviceName, kProgram));
        } else if (sale.phase == Sale::Phase::Checking && sale.createAttempts == 0) {
            // Only the terminal was being looked at: ending the service now means the order never leaves.
            delete m_service.data();
            if (m_journal)
                m_journal->markFailed(m_localId, tr("Not sent: stopped with Ctrl+C before it was sent."));
            notes.append(tr("Nothing was sent to the terminal \"%1\".").arg(m_order.deviceName));
        } else {
            extra.insert(QStringLiteral("may_have_reached_terminal"), true);
            notes.append(tr("The order may have reached the terminal \"%1\". Check with \"%2 devices\" before "
                            "charging again.")
                             .arg(m_order.deviceName, kProgram));
        }
        notes.append(tr("The order journal keeps it as sale %1; see it with \"%2 history\".")
                         .arg(QString::number(m_localId), kProgram));
        const QString journalNote = journalTroubleNote(&extra);
        if (!journalNote.isEmpty())
            notes.append(journalNote);
    }
    // Finish first: aborting a call finishes it at once, and its error must not become the result.
    fail(CliExit::Interrupted, QStringLiteral("interrupted"), message, {}, extra, notes);
    if (m_call)
        m_call->abort();
}

QJsonObject CliApp::orderJson(const OrderInfo &order) const
{
    QJsonObject document;
    document.insert(QStringLiteral("order_id"), idOrNull(!order.id.isNull() ? order.id : m_orderId));
    document.insert(QStringLiteral("status"), textOrNull(order.status));
    document.insert(QStringLiteral("state"), OrderStates::toKey(order.state));
    document.insert(QStringLiteral("payment_id"), idOrNull(order.paymentId));
    document.insert(QStringLiteral("payment_status"), textOrNull(order.paymentStatus));
    document.insert(QStringLiteral("external_reference"), textOrNull(order.externalReference));
    document.insert(QStringLiteral("payer_email"), textOrNull(order.payerEmail));
    if (m_command == Command::Charge) {
        const QJsonObject sale = saleJson();
        for (auto it = sale.begin(); it != sale.end(); ++it) {
            if (!document.contains(it.key()) || document.value(it.key()).isNull())
                document.insert(it.key(), it.value());
        }
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

void CliApp::failInvalidField(const QString &field, const QString &message)
{
    fail(CliExit::InvalidInput, ApiError::kindKey(ApiError::Kind::InvalidInput), message,
         QJsonObject{{QStringLiteral("field"), field}}, {}, {});
}

void CliApp::failJournal(const JournalResult &result, const QString &path, const QJsonObject &extra,
                         const QStringList &notes)
{
    QJsonObject document = extra;
    document.insert(QStringLiteral("journal_path"), QDir::toNativeSeparators(path));
    QStringList all = notes;
    all.append(tr("Journal file: %1").arg(QDir::toNativeSeparators(path)));
    if (m_verbose && !result.detail().isEmpty())
        all.append(tr("Detail: %1").arg(result.detail()));
    fail(CliExit::JournalError, QStringLiteral("journal"), result.userMessage(),
         QJsonObject{{QStringLiteral("journal"), JournalResult::kindKey(result.kind())}}, document, all);
}

void CliApp::failApi(const ApiError &error, const QJsonObject &extra, const QString &note)
{
    failApiWith(error, error.userMessage(), extra, note.isEmpty() ? QStringList() : QStringList{note});
}

void CliApp::failApiWith(const ApiError &error, const QString &message, const QJsonObject &extra,
                         const QStringList &extraNotes)
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
    notes.append(extraNotes);
    if (error.kind() == ApiError::Kind::Unauthorized && m_tokenSource == TokenSource::Keychain)
        notes.append(tr("Mercado Pago refused the access token saved in the system keychain. Save the current one "
                        "with \"%1 login\".")
                         .arg(kProgram));
    fail(exitCodeFor(error.kind()), ApiError::kindKey(error.kind()), message, fields, extra, notes);
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
