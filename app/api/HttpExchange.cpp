#include "api/HttpExchange.h"

#include <QSslSocket>
#include <QTcpSocket>

QByteArray HttpExchange::Result::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

HttpExchange::HttpExchange(QObject *parent) : QObject(parent) {}

HttpExchange::~HttpExchange()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
}

void HttpExchange::start(const QByteArray &method, const QUrl &url, const Headers &headers, const QByteArray &body,
                         qint64 maxBodyBytes)
{
    HttpResponseParser::Limits limits;
    limits.maxBodyBytes = maxBodyBytes;
    m_parser = HttpResponseParser(limits);
    const bool tls = url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    const quint16 port = quint16(url.port(tls ? 443 : 80));
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (url.port() > 0)
        host += ':' + QByteArray::number(url.port());

    m_request = method + ' ' + target + " HTTP/1.1\r\nHost: " + host + "\r\n";
    for (const auto &h : headers)
        m_request += h.first + ": " + h.second + "\r\n";
    if (!body.isEmpty() || method == "POST" || method == "PUT")
        m_request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    m_request += "Connection: close\r\n\r\n" + body;

    QTcpSocket *socket = nullptr;
    if (tls) {
        auto *ssl = new QSslSocket(this);
        connect(ssl, &QSslSocket::encrypted, this, [this]() {
            if (m_socket)
                m_socket->write(m_request);
        });
        connect(ssl, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            finish(QNetworkReply::SslHandshakeFailedError,
                   errors.isEmpty() ? QStringLiteral("TLS error") : errors.first().errorString());
        });
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
        connect(socket, &QTcpSocket::connected, this, [this]() {
            if (m_socket)
                m_socket->write(m_request);
        });
    }
    m_socket = socket;
    // The socket holds at most this much unread, so a peer faster than the parser cannot fill memory either.
    socket->setReadBufferSize(4 * kReadChunkBytes);
    connect(socket, &QTcpSocket::readyRead, this, &HttpExchange::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &HttpExchange::onDisconnected);
    connect(socket, &QAbstractSocket::errorOccurred, this, &HttpExchange::onSocketError);
    if (tls)
        static_cast<QSslSocket *>(socket)->connectToHostEncrypted(url.host(), port);
    else
        socket->connectToHost(url.host(), port);
}

void HttpExchange::abort()
{
    finish(QNetworkReply::OperationCanceledError, QStringLiteral("aborted"));
}

bool HttpExchange::parseResponse(const QByteArray &buffer, bool closed, qint64 maxBodyBytes, Result &out,
                                 bool *protocolError)
{
    HttpResponseParser::Limits limits;
    limits.maxBodyBytes = maxBodyBytes;
    HttpResponseParser parser(limits);
    parser.feed(buffer);
    if (closed)
        parser.finish();
    *protocolError = false;
    out.httpStatus = parser.httpStatus();
    out.headers = parser.headers();
    out.body = parser.body();
    out.bodyTooLarge = parser.failure() == HttpResponseParser::Failure::BodyTooLarge;
    out.limitExceeded = parser.exceededLimit() ? parser.failureText() : QString();
    if (parser.status() == HttpResponseParser::Status::Complete || out.bodyTooLarge)
        return true;
    *protocolError = parser.status() == HttpResponseParser::Status::Failed;
    return false;
}

void HttpExchange::onReadyRead()
{
    if (!m_socket || m_done)
        return;
    // Read in pieces: the parser looks at each byte once and keeps only the unfinished line.
    char piece[kReadChunkBytes];
    while (!m_done && m_socket && m_socket->bytesAvailable() > 0) {
        const qint64 n = m_socket->read(piece, sizeof piece);
        if (n <= 0)
            break;
        m_receivedAny = true;
        m_parser.feed(QByteArrayView(piece, n));
        afterFeed();
    }
}

void HttpExchange::onDisconnected()
{
    if (m_done || !m_socket)
        return;
    onReadyRead();
    if (m_done)
        return;
    m_parser.finish();
    afterFeed();
}

void HttpExchange::afterFeed()
{
    using Status = HttpResponseParser::Status;
    using Failure = HttpResponseParser::Failure;
    if (m_done || m_parser.status() == Status::NeedMore)
        return;
    m_result.httpStatus = m_parser.httpStatus();
    m_result.headers = m_parser.headers();
    m_result.body = m_parser.body();
    if (m_parser.status() == Status::Complete) {
        finish(QNetworkReply::NoError, {});
        return;
    }
    if (m_parser.exceededLimit()) {
        // Answered, but more than PointDesk reads: the status stays (a 2xx create still means "sent"), the
        // connection goes.
        m_result.bodyTooLarge = m_parser.failure() == Failure::BodyTooLarge;
        m_result.limitExceeded = m_parser.failureText();
        m_result.body.clear();
        finish(QNetworkReply::NoError, {});
        return;
    }
    if (m_parser.failure() == Failure::Truncated && !m_receivedAny) {
        finish(QNetworkReply::RemoteHostClosedError, m_parser.failureText());
        return;
    }
    finish(QNetworkReply::ProtocolFailure, m_parser.failureText());
}

void HttpExchange::onSocketError()
{
    if (m_done || !m_socket)
        return;
    switch (m_socket->error()) {
    case QAbstractSocket::RemoteHostClosedError:
        onDisconnected();
        return;
    case QAbstractSocket::ConnectionRefusedError:
        finish(QNetworkReply::ConnectionRefusedError, m_socket->errorString());
        return;
    case QAbstractSocket::HostNotFoundError:
        finish(QNetworkReply::HostNotFoundError, m_socket->errorString());
        return;
    case QAbstractSocket::SocketTimeoutError:
        finish(QNetworkReply::TimeoutError, m_socket->errorString());
        return;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        finish(QNetworkReply::SslHandshakeFailedError, m_socket->errorString());
        return;
    case QAbstractSocket::ProxyConnectionRefusedError:
    case QAbstractSocket::ProxyConnectionClosedError:
    case QAbstractSocket::ProxyNotFoundError:
    case QAbstractSocket::ProxyProtocolError:
    case QAbstractSocket::ProxyAuthenticationRequiredError:
    case QAbstractSocket::ProxyConnectionTimeoutError:
        finish(QNetworkReply::ProxyConnectionRefusedError, m_socket->errorString());
        return;
    default:
        finish(QNetworkReply::UnknownNetworkError, m_socket->errorString());
        return;
    }
}

void HttpExchange::finish(QNetworkReply::NetworkError error, const QString &text)
{
    if (m_done)
        return;
    m_done = true;
    m_result.error = error;
    m_result.errorString = text;
    if (error != QNetworkReply::NoError)
        m_result.httpStatus = 0;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    Q_EMIT finished();
}
