#include "api/ApiError.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace {

struct ErrorBody
{
    QString message;
    QString error;
    QString field;
};

// Error bodies look like {"message","error","status","cause":[{"code","description"}]}; anything else is ignored.
ErrorBody parseErrorBody(const QByteArray &body)
{
    ErrorBody out;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return out;
    const QJsonObject obj = doc.object();
    out.message = obj.value(QLatin1String("message")).toString().left(500);
    out.error = obj.value(QLatin1String("error")).toString().left(100);
    const QJsonValue cause = obj.value(QLatin1String("cause"));
    if (cause.isArray() && !cause.toArray().isEmpty()) {
        const QJsonObject first = cause.toArray().first().toObject();
        out.field = first.value(QLatin1String("code")).toString().left(100);
    }
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
                                const QByteArray &retryAfterHeader, const QString &networkErrorText, bool timedOut)
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

    const ErrorBody parsed = parseErrorBody(body);
    e.m_apiMessage = parsed.message;
    e.m_field = parsed.field;
    e.m_detail = QStringLiteral("HTTP %1 %2: %3").arg(httpStatus).arg(parsed.error, parsed.message);
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
        return tr("This account is not allowed to do that. Check that the access token belongs to the shop's "
                  "account and that the Point integration is enabled.");
    case Kind::NotFound:
        return tr("Mercado Pago does not know this terminal or order. Refresh the list of terminals.");
    case Kind::DeviceBusy:
        return tr("The terminal is busy with another order. Wait for it to finish, or free the terminal.");
    case Kind::Validation:
        if (!m_apiMessage.isEmpty())
            return tr("Mercado Pago rejected the order: %1").arg(m_apiMessage);
        return tr("Mercado Pago rejected the order. Check the amount and the description.");
    case Kind::RateLimited:
        if (m_retryAfterSeconds > 0)
            return tr("Too many requests to Mercado Pago. Wait %n second(s) and try again.", nullptr,
                      m_retryAfterSeconds);
        return tr("Too many requests to Mercado Pago. Wait a moment and try again.");
    case Kind::Server:
        return tr("Mercado Pago has a problem right now (error %1). Try again in a moment.").arg(m_httpStatus);
    case Kind::Malformed:
        return tr("Mercado Pago sent an answer PointDesk does not understand. Try again; if it keeps happening, "
                  "check for a PointDesk update.");
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
    case Kind::Keychain:
        return QStringLiteral("keychain");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}
