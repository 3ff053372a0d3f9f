#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

/// A failure a simulator (legacy or Orders) injects into the next matching API request(s).
struct SimFault
{
    enum class Kind {
        Latency,     ///< the request is processed normally, the reply is delayed by latencyMs
        ServerError, ///< the reply is httpStatus with an error body
        RateLimit,   ///< the reply is 429 with Retry-After; nothing is processed
        Drop,        ///< the connection is aborted without a reply. QNetworkAccessManager silently re-sends a
                     ///< request once when that happens, so a QNAM client sees the failure only with count >= 2
        Malformed    ///< the request is processed normally, the reply body is not JSON (legacy: status 200;
                     ///< Orders: the real status, so that a 2xx with a broken body can be tested)
    };

    Kind kind = Kind::ServerError;
    int count = 1;             ///< applies to the next `count` matching requests
    QString method;            ///< "" = any, else "GET" / "POST" / "DELETE" / "PATCH"
    QString pathPrefix;        ///< "" = any, else the start of the decoded request path
    int latencyMs = 0;         ///< Latency only
    int httpStatus = 500;      ///< ServerError only: 500 / 502 / 503 ...
    int retryAfterSeconds = 1; ///< RateLimit only: the Retry-After header
    bool afterStore = false;   ///< ServerError / Drop: process the request first (the order is stored, the
                               ///< terminal goes busy), then fail the reply. When false nothing is processed.

    /// "latency", "server_error", "rate_limit", "drop", "malformed" (the control surfaces' names).
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);

    /// Reads a control-surface fault description ({"kind": "drop", "count": 2, "after_store": true ...}).
    /// nullopt when a member is invalid; `field` and `problem` then say which and why.
    static std::optional<SimFault> fromJson(const QJsonObject &object, QString *field, QString *problem);
};

/// The faults a simulator has queued, consumed in order by the requests they match.
class SimFaultQueue
{
public:
    /// Queues `fault` (its method upper-cased); false, and nothing queued, when its count is below 1.
    bool inject(const SimFault &fault);
    void clear() { m_faults.clear(); }
    /// Requests the queued faults will still fail.
    int pendingCount() const;
    /// The first fault that matches the request, counted down (and dropped at zero); nullopt when none does.
    std::optional<SimFault> take(const QString &method, const QString &path);

private:
    QList<SimFault> m_faults;
};
