#include "api/ApiError.h"

#include "api/JsonReading.h"
#include "core/SafeText.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace {

struct ErrorBody
{
    QString message;
    QString code;
    QString error;
    QString field;
};

constexpr qsizetype kMaxMessageChars = SafeText::kMaxMessageChars;
constexpr qsizetype kMaxCodeChars = 100;
constexpr qsizetype kMaxErrorEntries = 10; // of errors[] and of each details[]: a hostile body stays cheap

// A code may be a string or (Payments' cause[].code) a number.
QString codeText(const QJsonValue &value)
{
    if (value.isString())
        return JsonReading::displayText(value, kMaxCodeChars);
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d >= -1e15 && d <= 1e15 && d == double(qint64(d)))
            return QString::number(qint64(d));
    }
    return {};
}

void appendPart(QString &out, const QString &part, const QString &separator)
{
    if (part.isEmpty() || out.size() >= kMaxMessageChars)
        return;
    if (!out.isEmpty())
        out += separator;
    out += part.left(kMaxMessageChars);
}

// The three error shapes, in one place:
//   Orders:   {"errors":[{"code","message","details":[...]}]}
//   flat:     {"code","message"}                      (Orders' 401)
//   Payments: {"message","error","status","cause":[{"code": number|string,"description"}]}
// Anything else is ignored. Every text is made safe to show (SafeText): messages may keep their line breaks.
ErrorBody parseErrorBody(const QByteArray &body)
{
    ErrorBody out;
    const std::optional<QJsonObject> parsed = JsonReading::parseObject(body, nullptr);
    if (!parsed)
        return out;
    const QJsonObject &obj = *parsed;
    out.error = JsonReading::displayText(obj.value(QLatin1String("error")), kMaxCodeChars);

    const QJsonArray errors = obj.value(QLatin1String("errors")).toArray();
    for (qsizetype i = 0; i < errors.size() && i < kMaxErrorEntries; ++i) {
        const QJsonObject entry = errors.at(i).toObject();
        if (i == 0)
            out.code = codeText(entry.value(QLatin1String("code")));
        QString text = JsonReading::displayText(entry.value(QLatin1String("message")), kMaxMessageChars, true);
        const QJsonArray details = entry.value(QLatin1String("details")).toArray();
        QString joined;
        for (qsizetype d = 0; d < details.size() && d < kMaxErrorEntries; ++d)
            appendPart(joined, JsonReading::displayText(details.at(d), kMaxMessageChars, true), QStringLiteral("; "));
        if (!joined.isEmpty())
            text = text.isEmpty() ? joined : text + QStringLiteral(" (") + joined + QLatin1Char(')');
        appendPart(out.message, text, QStringLiteral("; "));
    }
    if (out.message.isEmpty())
        out.message = JsonReading::displayText(obj.value(QLatin1String("message")), kMaxMessageChars, true);
    out.message.truncate(kMaxMessageChars);

    const QJsonArray cause = obj.value(QLatin1String("cause")).toArray();
    const QString causeCode = cause.isEmpty() ? QString() : codeText(cause.first().toObject().value(QLatin1String("code")));
    out.field = causeCode;
    if (out.code.isEmpty())
        out.code = codeText(obj.value(QLatin1String("code")));
    if (out.code.isEmpty())
        out.code = causeCode;
    if (out.code.isEmpty())
        out.code = out.error;
    return out;
}

int parseRetryAfter(const QByteArray &header)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = value.toInt(&ok);
    if (ok)
        return qBound(0, seconds, 3600);
    // HTTP-date form.
    QString text = QString::fromLatin1(value);
    // HTTP dates end in "GMT", which Qt's RFC 2822 parser wants as a numeric offset.
    if (text.endsWith(QLatin1String(" GMT")) || text.endsWith(QLatin1String(" UTC")))
        text = text.left(text.size() - 4) + QStringLiteral(" +0000");
    const QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return int(qBound(qint64(0), QDateTime::currentDateTimeUtc().secsTo(when), qint64(3600)));
}

} // namespace

ApiError ApiError::fromResponse(QNetworkReply::NetworkError networkError, int httpStatus, const QByteArray &body,
                                const QByteArray &retryAfterHeader, const QString &networkErrorText, bool timedOut,
                                const QByteArray &locationHeader)
{
    ApiError e;
    e.m_httpStatus = httpStatus;
    e.m_networkError = networkError;

    if (timedOut) {
        e.m_kind = Kind::Timeout;
        e.m_detail = QStringLiteral("no answer within the timeout");
        return e;
    }
    if (httpStatus == 0 || (networkError != QNetworkReply::NoError && httpStatus < 400)) {
        switch (networkError) {
        case QNetworkReply::NoError:
            e.m_kind = Kind::Malformed;
            e.m_detail = QStringLiteral("reply without an HTTP status");
            return e;
        case QNetworkReply::OperationCanceledError:
            e.m_kind = Kind::Cancelled;
            break;
        case QNetworkReply::TimeoutError:
            e.m_kind = Kind::Timeout;
            break;
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::UnknownProxyError:
            e.m_kind = networkError == QNetworkReply::SslHandshakeFailedError ? Kind::Tls : Kind::Network;
            break;
        default:
            e.m_kind = Kind::Network;
            break;
        }
        e.m_detail = QStringLiteral("network error %1: %2").arg(int(networkError)).arg(networkErrorText);
        return e;
    }

    if (httpStatus >= 200 && httpStatus < 300)
        return e; // success: Kind::None
    if (httpStatus >= 300 && httpStatus < 400) {
        // Following would hand the token to whoever the Location names (another host, or plain http): never.
        e.m_kind = Kind::Redirected;
        e.m_apiCode = QString::number(httpStatus);
        e.m_detail = QStringLiteral("HTTP %1 redirect to \"%2\" not followed")
                         .arg(httpStatus)
                         .arg(SafeText::forDisplay(QString::fromLatin1(locationHeader), 300));
        return e;
    }

    const ErrorBody parsed = parseErrorBody(body);
    e.m_apiMessage = parsed.message;
    e.m_field = parsed.field;
    e.m_apiCode = parsed.code.isEmpty() ? QString::number(httpStatus) : parsed.code;
    // One log line, whatever line breaks the message has.
    e.m_detail = QStringLiteral("HTTP %1 %2: %3")
                     .arg(httpStatus)
                     .arg(e.m_apiCode, SafeText::forDisplay(parsed.message, kMaxMessageChars));
    switch (httpStatus) {
    case 400:
    case 422:
        e.m_kind = Kind::Validation;
        break;
    case 401:
        e.m_kind = Kind::Unauthorized;
        break;
    case 403:
        e.m_kind = Kind::Forbidden;
        break;
    case 404:
        e.m_kind = Kind::NotFound;
        break;
    case 409:
        e.m_kind = Kind::DeviceBusy;
        break;
    case 429:
        e.m_kind = Kind::RateLimited;
        e.m_retryAfterSeconds = parseRetryAfter(retryAfterHeader);
        break;
    default:
        e.m_kind = httpStatus >= 500 ? Kind::Server : Kind::Validation;
        break;
    }
    return e;
}

ApiError ApiError::invalidInput(const QString &fieldKey, const QString &message)
{
    ApiError e(Kind::InvalidInput, QStringLiteral("invalid %1").arg(fieldKey));
    e.m_field = fieldKey;
    e.m_userMessage = message;
    return e;
}

ApiError ApiError::malformed(const QString &detail)
{
    return ApiError(Kind::Malformed, detail);
}

bool ApiError::mayHaveReachedServer() const
{
    switch (m_kind) {
    case Kind::Network:
        // No connection was made, so no byte of the request left.
        return m_networkError != QNetworkReply::ConnectionRefusedError &&
               m_networkError != QNetworkReply::HostNotFoundError;
    case Kind::Timeout:
    case Kind::Server:
    case Kind::Malformed:
    case Kind::Cancelled:
        return true;
    default:
        return false;
    }
}

bool ApiError::isTransient() const
{
    switch (m_kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::RateLimited:
    case Kind::Server:
    case Kind::Malformed:
        return true;
    default:
        return false;
    }
}

QString ApiError::userMessage() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::InvalidInput:
        return m_userMessage;
    case Kind::Network:
        return tr("Cannot reach Mercado Pago. Check the internet connection and try again.");
    case Kind::Timeout:
        return tr("Mercado Pago did not answer in time. Check the internet connection and try again.");
    case Kind::Tls:
        return tr("The secure connection to Mercado Pago failed. Check the computer's date and time, "
                  "or the network's proxy.");
    case Kind::Unauthorized:
        return tr("Mercado Pago did not accept the access token. Ask the manager to set up the account again.");
    case Kind::Forbidden:
        if (m_apiCode == QLatin1String("forbidden_checking_terminal_owner"))
            return tr("This terminal does not belong to the account set up in PointDesk. Check the terminal, or "
                      "ask the manager to check the account's access token.");
        return tr("This account is not allowed to do that. Check that the access token belongs to the shop's "
                  "account and that the Point integration is enabled.");
    case Kind::NotFound:
        return tr("Mercado Pago does not know this terminal or order. Refresh the list of terminals.");
    case Kind::DeviceBusy:
        if (m_apiCode == QLatin1String("cannot_cancel_order"))
            return tr("The order can no longer be cancelled from PointDesk: the terminal may have taken it. Cancel it "
                      "on the terminal, or wait for the result.");
        if (m_apiCode == QLatin1String("order_already_canceled"))
            return tr("The order is already cancelled; nothing was charged.");
        if (m_apiCode == QLatin1String("idempotency_key_already_used"))
            return tr("Mercado Pago already received this operation with other details. Start a new attempt.");
        if (m_apiCode == QLatin1String("refund_in_progress"))
            return tr("A refund of this sale is already in progress. Wait a few minutes and check the sale again.");
        return tr("The terminal is busy with another order. Wait for it to finish, or free the terminal.");
    case Kind::Validation:
        if (!m_apiMessage.isEmpty())
            return tr("Mercado Pago rejected the order: %1").arg(m_apiMessage);
        return tr("Mercado Pago rejected the order. Check the amount and the description.");
    case Kind::RateLimited:
        if (m_retryAfterSeconds == 1)
            return tr("Too many requests to Mercado Pago. Wait a second and try again.");
        if (m_retryAfterSeconds > 1)
            return tr("Too many requests to Mercado Pago. Wait %n seconds and try again.", nullptr,
                      m_retryAfterSeconds);
        return tr("Too many requests to Mercado Pago. Wait a moment and try again.");
    case Kind::Server:
        if (m_apiCode == QLatin1String("idempotency_validation_failed"))
            return tr("Mercado Pago could not check the request right now. Try again: it will not be done twice.");
        return tr("Mercado Pago has a problem right now (error %1). Try again in a moment.").arg(m_httpStatus);
    case Kind::Malformed:
        return tr("Mercado Pago sent an answer PointDesk does not understand. Try again; if it keeps happening, "
                  "check for a PointDesk update.");
    case Kind::Redirected:
        return tr("Mercado Pago's server answered with a redirect to another address. PointDesk does not follow "
                  "redirects, to keep the access token safe. Try again later; if it keeps happening, check the "
                  "network's proxy or contact support.");
    case Kind::Keychain:
        return tr("The system keychain could not be used. The access token cannot be read or saved.");
    case Kind::Cancelled:
        return tr("The request was stopped before it finished.");
    }
    return {};
}

QString ApiError::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::InvalidInput:
        return QStringLiteral("invalid_input");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::NotFound:
        return QStringLiteral("not_found");
    case Kind::DeviceBusy:
        return QStringLiteral("device_busy");
    case Kind::Validation:
        return QStringLiteral("validation");
    case Kind::RateLimited:
        return QStringLiteral("rate_limited");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::Malformed:
        return QStringLiteral("malformed");
    case Kind::Redirected:
        return QStringLiteral("redirected");
    case Kind::Keychain:
        return QStringLiteral("keychain");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}
