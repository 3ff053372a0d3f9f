#include "cli/CliContext.h"

#include "api/Backends.h"
#include "api/PointBackend.h"
#include "cli/ExitCodes.h"
#include "core/SafeText.h"
#include "store/ManagerSession.h"
#include "store/Settings.h"

#include <QDir>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <cstdio>
#include <limits>
#include <utility>

namespace {

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
    const QString line = SafeText::forDisplay(redact(qFormatLogMessage(type, context, message)),
                                              std::numeric_limits<qsizetype>::max(), SafeText::Lines::Keep);
    std::fputs(line.toLocal8Bit().constData(), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

} // namespace

CliContext::CliContext(QProcessEnvironment environment, QIODevice *out, QIODevice *err, QObject *parent)
    : QObject(parent), m_environment(std::move(environment)), m_outDevice(out), m_out(out), m_err(err)
{
}

CliContext::~CliContext()
{
    if (m_reader)
        m_reader->stop(); // the terminal gets its echo back
    // Before the settings and the store it uses.
    delete m_managerSession;
}

QString CliContext::program()
{
    return QStringLiteral("pointdesk-cli");
}

QString CliContext::terminalSafe(const QString &text)
{
    // Server text (terminal names, error messages) reaches the user's terminal here: no escape sequences, no
    // carriage returns that overwrite a line, no bidi overrides. Lengths were bounded where the text was read.
    return SafeText::forDisplay(text, std::numeric_limits<qsizetype>::max(), SafeText::Lines::Keep);
}

void CliContext::writeOut(const QString &text)
{
    m_out << terminalSafe(redact(text));
    m_out.flush();
}

void CliContext::writeErr(const QString &text)
{
    m_err << terminalSafe(redact(text));
    m_err.flush();
}

void CliContext::writeJson(const QJsonObject &document)
{
    writeOut(QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
}

QIODevice *CliContext::outDevice()
{
    m_out.flush();
    return m_outDevice;
}

void CliContext::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_exitCode = exitCode;
    if (m_reader)
        m_reader->stop(); // the terminal gets its echo back before anything else happens
    Q_EMIT finished(exitCode);
}

void CliContext::fail(int exitCode, const QString &kindKey, const QString &message, const QJsonObject &errorFields,
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

void CliContext::failUsage(const QString &message)
{
    fail(CliExit::Usage, QStringLiteral("usage"), message, {}, {},
         {tr("Run \"%1 --help\" to see the commands and options.").arg(program())});
}

void CliContext::failInvalid(const QList<ValidationIssue> &issues)
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

void CliContext::failInvalidField(const QString &field, const QString &message)
{
    fail(CliExit::InvalidInput, ApiError::kindKey(ApiError::Kind::InvalidInput), message,
         QJsonObject{{QStringLiteral("field"), field}}, {}, {});
}

void CliContext::failApi(const ApiError &error, const QJsonObject &extra, const QString &note)
{
    failApiWith(error, apiMessage(error), extra, note.isEmpty() ? QStringList() : QStringList{note});
}

QString CliContext::apiMessage(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::NotFound:
        return tr("Mercado Pago does not know this terminal or order. See the terminals with \"%1 devices\".")
            .arg(program());
    case ApiError::Kind::DeviceBusy:
        // The specific answers (cannot_cancel_order, order_already_canceled ...) name no button.
        static const QStringList named{QStringLiteral("cannot_cancel_order"), QStringLiteral("order_already_canceled"),
                                       QStringLiteral("idempotency_key_already_used"),
                                       QStringLiteral("refund_in_progress")};
        if (!named.contains(error.apiCode()))
            return tr("The terminal is busy with another order. Wait for it to finish, or free it with \"%1 cancel "
                      "--device NAME\".")
                .arg(program());
        return error.userMessage();
    default:
        return error.userMessage();
    }
}

void CliContext::failApiWith(const ApiError &error, const QString &message, const QJsonObject &extra,
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
                         .arg(program()));
    fail(exitCodeFor(error.kind()), ApiError::kindKey(error.kind()), message, fields, extra, notes);
}

void CliContext::failKeychain(const TokenStore::Result &result, const QStringList &extraNotes)
{
    QStringList notes = extraNotes;
    if (m_verbose && !result.detail.isEmpty())
        notes.append(tr("Detail: %1").arg(result.detail));
    fail(CliExit::KeychainError, ApiError::kindKey(ApiError::Kind::Keychain), keychainMessage(result), {}, {}, notes);
}

QString CliContext::keychainMessage(const TokenStore::Result &result)
{
    if (result.status == TokenStore::Status::NotAnswering)
        return result.message() + QLatin1Char(' ') +
               tr("%1 stopped waiting for it (POINTDESK_KEYCHAIN_TIMEOUT sets how long, in seconds); nothing was "
                  "saved.")
                   .arg(program());
    if (result.status != TokenStore::Status::NoBackend)
        return result.message();
    return result.message() + QLatin1Char(' ') +
           tr("Or set POINTDESK_TOKEN for this shell: %1 then uses it without a keychain.").arg(program());
}

void CliContext::failJournal(const JournalResult &result, const QString &path, const QJsonObject &extra,
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

void CliContext::failPin(const QString &message, const QJsonObject &fields)
{
    fail(CliExit::PinRefused, QStringLiteral("manager_pin"), message, fields, {}, {});
}

int CliContext::exitCodeFor(ApiError::Kind kind)
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
    case ApiError::Kind::Redirected:
    case ApiError::Kind::Keychain:
    case ApiError::Kind::Cancelled:
        break;
    }
    return CliExit::ApiError;
}

void CliContext::setToken(const QString &token, TokenSource source)
{
    m_token = token;
    m_tokenSource = source;
    // Set before the first request (and so before Qt Network starts a thread that may log), never changed after.
    g_secret = token;
    qInstallMessageHandler(redactingMessageHandler);
}

void CliContext::obtainToken(std::function<void()> then)
{
    const QString fromEnvironment = m_environment.value(QStringLiteral("POINTDESK_TOKEN")).trimmed();
    if (!fromEnvironment.isEmpty()) {
        setToken(fromEnvironment, TokenSource::Environment);
        then();
        return;
    }
    tokenStore()->read(QString::fromLatin1(TokenStore::kAccessTokenKey), this,
                       [this, then = std::move(then)](const TokenStore::Result &result) {
                           if (m_finished)
                               return;
                           const QString token = result.value.trimmed();
                           if (result.status == TokenStore::Status::NotFound || (result.ok() && token.isEmpty())) {
                               fail(CliExit::Usage, QStringLiteral("usage"),
                                    tr("No access token: run `%1 login` (or set POINTDESK_TOKEN).").arg(program()));
                               return;
                           }
                           // No keychain service at all is a keychain error too (exit 8), as for login and logout;
                           // the message says how to work without one (POINTDESK_TOKEN).
                           if (!result.ok()) {
                               failKeychain(result);
                               return;
                           }
                           setToken(token, TokenSource::Keychain);
                           then();
                       });
}

PointBackend *CliContext::client()
{
    if (!m_client) {
        m_client = Backends::create(m_api, this);
        if (!m_client)
            return nullptr;
        m_client->setBaseUrl(m_apiBase); // checked by CliApp
        m_client->setAccessToken(m_token);
        m_client->setTimeout(m_timeoutMs);
        m_client->setCurrency(m_currency);
    }
    return m_client;
}

TokenStore *CliContext::tokenStore()
{
    if (!m_store) {
        m_store = new TokenStore(m_keychainService, this);
        m_store->setTimeout(m_keychainTimeoutMs);
    }
    return m_store;
}

ManagerSession *CliContext::managerSession()
{
    if (!m_settings)
        m_settings = std::make_unique<Settings>(); // the window's settings: the lockout is shared
    if (!m_managerSession)
        m_managerSession = new ManagerSession(tokenStore(), m_settings.get(), this);
    return m_managerSession;
}

QString CliContext::environmentTokenNote() const
{
    if (m_environment.value(QStringLiteral("POINTDESK_TOKEN")).trimmed().isEmpty())
        return {};
    return tr("Note: POINTDESK_TOKEN is set in this shell, and %1 uses it instead of the keychain until it is "
              "unset.")
        .arg(program());
}

QString CliContext::journalPath() const
{
    const QString fromEnvironment = m_environment.value(QStringLiteral("POINTDESK_JOURNAL"));
    return fromEnvironment.isEmpty() ? OrderJournal::defaultPath() : fromEnvironment;
}

void CliContext::readSecret(const QString &prompt, SecretHandler handler)
{
    auto *reader = new SecretLineReader(m_inputFd, this);
    m_reader = reader;
    connect(reader, &SecretLineReader::finished, this,
            [this, handler = std::move(handler)](const QByteArray &line, SecretLineReader::Outcome outcome,
                                                 const QString &detail) {
                if (m_finished)
                    return;
                if (m_promptShown && !SecretLineReader::terminalEchoesLineEnd())
                    writeErr(QStringLiteral("\n"));
                m_promptShown = false;
                handler(line, outcome, detail);
            });
    reader->start(); // echo is off from here on when standard input is a terminal
    if (SecretLineReader::isTerminal(m_inputFd)) {
        writeErr(prompt + QLatin1Char(' '));
        m_promptShown = true;
    }
}

void CliContext::stopReading()
{
    if (m_reader)
        m_reader->stop();
    if (m_promptShown) {
        // The prompt line is still open (and Ctrl+C was not echoed): start the message on a line of its own.
        writeErr(QStringLiteral("\n"));
        m_promptShown = false;
    }
}
