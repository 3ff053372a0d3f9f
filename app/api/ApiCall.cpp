#include "api/ApiCall.h"

#include "api/HttpExchange.h"

#include <QLoggingCategory>
#include <QNetworkReply>

Q_DECLARE_LOGGING_CATEGORY(lcApi)

ApiCall::ApiCall(QString method, QString path, QObject *parent)
    : QObject(parent), m_method(std::move(method)), m_path(std::move(path))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this]() {
        m_timedOut = true;
        if (m_reply && m_reply->isRunning())
            m_reply->abort();
        if (m_exchange)
            m_exchange->abort();
    });
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        if (m_reply->isRunning())
            m_reply->abort();
        m_reply->deleteLater();
    }
    if (m_exchange) {
        m_exchange->disconnect(this);
        m_exchange->deleteLater();
    }
}

void ApiCall::attach(QNetworkReply *reply, int timeoutMs, qint64 maxBodyBytes)
{
    m_reply = reply;
    m_maxBodyBytes = maxBodyBytes;
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    // Headers beyond what HttpExchange accepts are refused here too (Qt has read them already, within its own bounds).
    connect(reply, &QNetworkReply::metaDataChanged, this, [this]() {
        if (!m_reply)
            return;
        const HttpResponseParser::Limits limits;
        const QList<QNetworkReply::RawHeaderPair> &pairs = m_reply->rawHeaderPairs();
        qsizetype bytes = 0;
        for (const auto &pair : pairs)
            bytes += pair.first.size() + pair.second.size() + 4;
        if (pairs.size() > limits.maxHeaderCount || bytes > limits.maxHeaderBytes) {
            m_tooLarge = true;
            m_tooLargeDetail = QStringLiteral("reply headers: %1 fields, %2 bytes").arg(pairs.size()).arg(bytes);
            if (m_reply->isRunning())
                m_reply->abort();
        }
    });
    // A reply that never ends (or a hostile huge body) must not grow without bound.
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > m_maxBodyBytes && m_reply) {
            m_tooLarge = true;
            if (m_reply->isRunning())
                m_reply->abort();
        }
    });
    startTimer(timeoutMs);
}

void ApiCall::attach(HttpExchange *exchange, int timeoutMs)
{
    m_exchange = exchange;
    connect(exchange, &HttpExchange::finished, this, &ApiCall::onExchangeFinished);
    startTimer(timeoutMs);
}

void ApiCall::startTimer(int timeoutMs)
{
    m_elapsed.start();
    m_timeout.start(timeoutMs);
}

void ApiCall::failLater(const ApiError &error)
{
    m_elapsed.start();
    // Finish on the next loop turn so that the caller can connect to finished() first.
    QMetaObject::invokeMethod(this, [this, error]() { complete(error); }, Qt::QueuedConnection);
}

void ApiCall::abort()
{
    if (m_finished)
        return;
    if (m_reply && m_reply->isRunning()) {
        m_reply->abort(); // finishes through onReplyFinished with OperationCanceledError
        return;
    }
    if (m_exchange) {
        m_exchange->abort(); // finishes through onExchangeFinished
        return;
    }
    complete(ApiError(ApiError::Kind::Cancelled, QStringLiteral("aborted before sending")));
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_finished)
        return;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    settle(reply->error(), status, m_tooLarge || !reply->isOpen() ? QByteArray() : reply->readAll(),
           reply->rawHeader("Retry-After"), reply->rawHeader("Location"), reply->errorString(), m_tooLarge);
}

void ApiCall::onExchangeFinished()
{
    HttpExchange *exchange = m_exchange;
    if (!exchange || m_finished)
        return;
    m_exchange = nullptr;
    exchange->disconnect(this);
    exchange->deleteLater();
    const HttpExchange::Result &r = exchange->result();
    m_tooLargeDetail = r.limitExceeded;
    settle(r.error, r.httpStatus, r.body, r.header("Retry-After"), r.header("Location"), r.errorString,
           r.bodyTooLarge || !r.limitExceeded.isEmpty());
}

void ApiCall::settle(QNetworkReply::NetworkError networkError, int httpStatus, const QByteArray &body,
                     const QByteArray &retryAfter, const QByteArray &location, const QString &errorText,
                     bool tooLarge)
{
    m_timeout.stop();
    m_httpStatus = httpStatus;
    ApiError error;
    if (tooLarge) {
        error = ApiError::malformed(m_tooLargeDetail.isEmpty()
                                        ? QStringLiteral("reply body larger than %1 bytes").arg(m_maxBodyBytes)
                                        : m_tooLargeDetail);
    } else {
        error = ApiError::fromResponse(networkError, httpStatus, body, retryAfter, errorText, m_timedOut, location);
        if (!error.isError())
            error = parseBody(httpStatus, body);
    }
    qCInfo(lcApi).noquote() << m_method << m_path << "->" << httpStatus << ApiError::kindKey(error.kind()) << "in"
                            << elapsedMs() << "ms" << (error.isError() ? error.detail() : QString());
    complete(error);
}

void ApiCall::complete(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeout.stop();
    m_error = error;
    Q_EMIT finished();
    deleteLater();
}
