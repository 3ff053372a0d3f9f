#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QNetworkReply>
#include <QString>

/// Everything that can go wrong with a Point API call, mapped in one place (ApiError::fromResponse).
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,
        InvalidInput, ///< rejected before sending: nothing left the machine
        Network,      ///< no connection, DNS, refused, dropped
        Timeout,      ///< no answer within the call's timeout
        Tls,          ///< certificate or TLS handshake problem
        Unauthorized, ///< 401: token missing, wrong or expired
        Forbidden,    ///< 403: the token may not do this
        NotFound,     ///< 404: unknown order or terminal
        DeviceBusy,   ///< 409: the terminal already holds an order (or the order can no longer change)
        Validation,   ///< 400: the API rejected a field
        RateLimited,  ///< 429: too many requests; see retryAfterSeconds()
        Server,       ///< 5xx
        Malformed,    ///< the body is not what the contract documents
        Redirected,   ///< 3xx: the server sent PointDesk elsewhere; never followed, so the token stays with the API
        Keychain,     ///< the OS keychain failed
        Cancelled     ///< the call was aborted by PointDesk
    };

    ApiError() = default;
    ApiError(Kind kind, QString detail) : m_kind(kind), m_detail(std::move(detail)) {}

    /// The one mapping from a finished HTTP exchange to an error (Kind::None when it succeeded).
    static ApiError fromResponse(QNetworkReply::NetworkError networkError, int httpStatus, const QByteArray &body,
                                 const QByteArray &retryAfterHeader, const QString &networkErrorText, bool timedOut,
                                 const QByteArray &locationHeader = {});
    static ApiError invalidInput(const QString &fieldKey, const QString &message);
    static ApiError malformed(const QString &detail);

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    int httpStatus() const { return m_httpStatus; }
    /// Seconds the server asked us to wait (429 Retry-After), or -1.
    int retryAfterSeconds() const { return m_retryAfterSeconds; }
    /// The field the error is about ("amount", "description" ...) when known.
    QString field() const { return m_field; }
    /// The API's own message from the error body, if any (Orders: errors[].message joined with their details).
    QString apiMessage() const { return m_apiMessage; }
    /// The API's own error code: errors[0].code (Orders), else the flat body's code, else cause[0].code or error
    /// (the classic Payments envelope), else the HTTP status as text; "" when there was no HTTP answer. Tells
    /// apart answers of one status ("already_queued_order_for_terminal" from "cannot_cancel_order", both 409).
    QString apiCode() const { return m_apiCode; }
    /// Translated text for the cashier: what happened and what to do next.
    QString userMessage() const;
    /// Technical detail for logs; never contains the token.
    QString detail() const { return m_detail; }
    /// True when the request may have reached the server and changed something (timeouts, drops, 5xx); false when
    /// it certainly did not leave (connection refused, host not found, TLS handshake, rejected input, 4xx, 429).
    bool mayHaveReachedServer() const;
    /// True for failures that usually pass on their own (network, timeout, 429, 5xx).
    bool isTransient() const;

    /// Stable lower-case name: "network", "unauthorized" ... for JSON output and logs.
    static QString kindKey(Kind kind);

private:
    Kind m_kind = Kind::None;
    QNetworkReply::NetworkError m_networkError = QNetworkReply::NoError;
    int m_httpStatus = 0;
    int m_retryAfterSeconds = -1;
    QString m_field;
    QString m_apiMessage;
    QString m_apiCode;
    QString m_userMessage; ///< set only for InvalidInput, where the rule's own wording is best
    QString m_detail;
};

Q_DECLARE_METATYPE(ApiError)
