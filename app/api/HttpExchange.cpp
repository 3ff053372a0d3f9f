#include "api/HttpExchange.h"

#include <QSslSocket>
#include <QTcpSocket>

namespace {

bool equalsIgnoreCase(const QByteArray &a, const char *b)
{
    return a.compare(QByteArray(b), Qt::CaseInsensitive) == 0;
}

// Decodes a chunked body; returns 1 when complete, 0 when more bytes are needed, -1 on a protocol error.
int decodeChunked(const QByteArray &data, qsizetype from, qint64 maxBytes, QByteArray &body, bool &tooLarge)
{
    body.clear();
    qsizetype pos = from;
    for (;;) {
        const qsizetype lineEnd = data.indexOf("\r\n", pos);
        if (lineEnd < 0)
            return 0;
        QByteArray sizeText = data.mid(pos, lineEnd - pos);
        const qsizetype semicolon = sizeText.indexOf(';');
        if (semicolon >= 0)
            sizeText.truncate(semicolon);
        bool ok = false;
        const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0)
            return -1;
        pos = lineEnd + 2;
        if (size == 0) {
            // Trailers end with an empty line.
            const qsizetype end = data.indexOf("\r\n", pos);
            return end < 0 ? 0 : 1;
        }
        // Compared without adding to `size`: a hostile chunk size near 2^63 must not overflow.
        if (size > maxBytes - body.size()) {
            tooLarge = true;
            return 1;
        }
        if (data.size() - pos < size + 2)
            return 0;
        body.append(data.constData() + pos, size);
        pos += size + 2;
    }
}

} // namespace

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
    m_maxBodyBytes = maxBodyBytes;
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
    *protocolError = false;
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (closed || buffer.size() > 64 * 1024)
            *protocolError = true;
        return false;
    }
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> statusParts = lines.first().trimmed().split(' ');
    if (statusParts.size() < 2 || !statusParts.first().startsWith("HTTP/1.")) {
        *protocolError = true;
        return false;
    }
    bool ok = false;
    out.httpStatus = statusParts.at(1).toInt(&ok);
    if (!ok || out.httpStatus < 100 || out.httpStatus > 999) {
        *protocolError = true;
        return false;
    }
    out.headers.clear();
    qint64 contentLength = -1;
    bool chunked = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        out.headers.append({name, value});
        if (equalsIgnoreCase(name, "Content-Length")) {
            contentLength = value.toLongLong(&ok);
            if (!ok || contentLength < 0) {
                *protocolError = true;
                return false;
            }
        } else if (equalsIgnoreCase(name, "Transfer-Encoding")) {
            chunked = value.toLower().contains("chunked");
        }
    }
    const qsizetype bodyStart = headerEnd + 4;
    const qint64 available = buffer.size() - bodyStart;
    if (out.httpStatus == 204 || out.httpStatus == 304 || out.httpStatus < 200) {
        out.body.clear();
        return true;
    }
    if (chunked) {
        const int state = decodeChunked(buffer, bodyStart, maxBodyBytes, out.body, out.bodyTooLarge);
        if (state < 0 || (state == 0 && closed)) {
            *protocolError = true;
            return false;
        }
        return state == 1;
    }
    if (contentLength >= 0) {
        if (contentLength > maxBodyBytes) {
            out.bodyTooLarge = true;
            return true;
        }
        if (available < contentLength) {
            if (closed)
                *protocolError = true;
            return false;
        }
        out.body = buffer.mid(bodyStart, contentLength);
        return true;
    }
    if (available > maxBodyBytes) {
        out.bodyTooLarge = true;
        return true;
    }
    if (!closed)
        return false;
    out.body = buffer.mid(bodyStart);
    return true;
}

void HttpExchange::onReadyRead()
{
    if (!m_socket || m_done)
        return;
    m_buffer += m_socket->readAll();
    bool protocolError = false;
    if (parseResponse(m_buffer, false, m_maxBodyBytes, m_result, &protocolError))
        finish(QNetworkReply::NoError, {});
    else if (protocolError)
        finish(QNetworkReply::ProtocolFailure, QStringLiteral("invalid HTTP response"));
}

void HttpExchange::onDisconnected()
{
    if (m_done || !m_socket)
        return;
    m_buffer += m_socket->readAll();
    bool protocolError = false;
    if (parseResponse(m_buffer, true, m_maxBodyBytes, m_result, &protocolError))
        finish(QNetworkReply::NoError, {});
    else
        finish(m_buffer.isEmpty() ? QNetworkReply::RemoteHostClosedError : QNetworkReply::ProtocolFailure,
               m_buffer.isEmpty() ? QStringLiteral("connection closed before any reply")
                                  : QStringLiteral("connection closed in the middle of the reply"));
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
