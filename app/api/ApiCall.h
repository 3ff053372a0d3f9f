#pragma once

#include "api/ApiError.h"

#include <QNetworkReply>

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

class HttpExchange;
class QNetworkReply;

/// The success value of calls whose reply carries nothing else (cancel, remove ...).
struct Done
{
    /// Accepted, not final yet: the Orders API's 202 to a cancel of an order on the terminal. The cancel counts only
    /// once the order reads cancelled; the customer may still pay meanwhile.
    bool pending = false;
};

/// One Point API call in flight. Emits finished() exactly once, then deletes itself on the next event loop turn,
/// so hold it only until then (or use Call<T>::then with a context object, which also aborts it if the context dies).
class ApiCall : public QObject
{
    Q_OBJECT

public:
    ~ApiCall() override;

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    /// "GET", "POST" or "DELETE".
    QString method() const { return m_method; }
    /// The request path without query string (call 1's query holds the token).
    QString path() const { return m_path; }
    qint64 elapsedMs() const { return m_elapsed.isValid() ? m_elapsed.elapsed() : 0; }
    /// The HTTP status of the answer; 0 until one came (and for calls that failed before sending).
    int httpStatus() const { return m_httpStatus; }

    /// Stops the call; it finishes with ApiError::Kind::Cancelled unless it already finished.
    void abort();

Q_SIGNALS:
    void finished();

protected:
    ApiCall(QString method, QString path, QObject *parent);
    /// Reads a 2xx answer (its status and body) into the call's value; returns a Malformed error when it is not as
    /// documented.
    virtual ApiError parseBody(int httpStatus, const QByteArray &body) = 0;

private:
    friend class PointBackend; // starts calls on either transport
    void attach(QNetworkReply *reply, int timeoutMs, qint64 maxBodyBytes);
    void attach(HttpExchange *exchange, int timeoutMs);
    void failLater(const ApiError &error);
    void startTimer(int timeoutMs);
    void onReplyFinished();
    void onExchangeFinished();
    /// Maps the outcome of either transport; the single road from the wire to the call's result.
    void settle(QNetworkReply::NetworkError networkError, int httpStatus, const QByteArray &body,
                const QByteArray &retryAfter, const QByteArray &location, const QString &errorText, bool tooLarge);
    void complete(const ApiError &error);

    QString m_method;
    QString m_path;
    QPointer<QNetworkReply> m_reply;
    QPointer<HttpExchange> m_exchange;
    QTimer m_timeout;
    QElapsedTimer m_elapsed;
    ApiError m_error;
    qint64 m_maxBodyBytes = 0;
    int m_httpStatus = 0;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    QString m_tooLargeDetail; ///< which bound of the reply was crossed, when the transport says
    bool m_finished = false;
};

/// A call whose success carries a T.
template <typename T>
class Call : public ApiCall
{
public:
    using Parser = std::function<ApiError(const QByteArray &, T &)>;
    /// A parser that also needs the 2xx status (200 and 202 mean different things to an Orders cancel).
    using StatusParser = std::function<ApiError(int, const QByteArray &, T &)>;

    Call(QString method, QString path, Parser parser, QObject *parent)
        : ApiCall(std::move(method), std::move(path), parent),
          m_parser([p = std::move(parser)](int, const QByteArray &body, T &value) { return p(body, value); })
    {
    }
    Call(QString method, QString path, StatusParser parser, QObject *parent, std::nullptr_t /*status-aware*/)
        : ApiCall(std::move(method), std::move(path), parent), m_parser(std::move(parser))
    {
    }

    /// The value; meaningful only when ok().
    const T &value() const { return m_value; }

    /// Calls `f(const Call<T> &)` on finish, in `context`'s thread; if `context` is destroyed first the call is
    /// aborted and `f` never runs.
    template <typename F>
    Call<T> *then(QObject *context, F &&f)
    {
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection =
            QObject::connect(this, &ApiCall::finished, context, [this, fn = std::forward<F>(f)]() { fn(*this); });
        // Cut the callback before aborting: the context is half destroyed by now.
        QObject::connect(context, &QObject::destroyed, this, [this, connection]() {
            QObject::disconnect(*connection);
            abort();
        });
        return this;
    }

protected:
    ApiError parseBody(int httpStatus, const QByteArray &body) override { return m_parser(httpStatus, body, m_value); }

private:
    friend class PointBackend; // finishes composite calls (several requests behind one handle) by code

    StatusParser m_parser;
    T m_value{};
};
