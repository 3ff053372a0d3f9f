#include "sim/SimHttpServer.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QtHttpServer/qhttpserverrequest.h>
#include <utility>

namespace {

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QStringLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QStringLiteral("TRACE");
    default:
        break;
    }
    return QStringLiteral("UNKNOWN");
}

} // namespace

QByteArray SimHttpRequest::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

SimHttpResponse SimHttpResponse::json(int status, const QJsonObject &object)
{
    SimHttpResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

SimHttpResponse SimHttpResponse::noContent()
{
    SimHttpResponse response;
    response.status = 204;
    return response;
}

SimHttpResponse SimHttpResponse::error(int status, const QString &message, const QJsonArray &cause)
{
    QJsonObject body;
    body.insert(QStringLiteral("message"), message);
    body.insert(QStringLiteral("error"), errorCode(status));
    body.insert(QStringLiteral("status"), status);
    body.insert(QStringLiteral("cause"), cause);
    return json(status, body);
}

SimHttpResponse SimHttpResponse::error(int status, const QString &message, const QString &causeCode,
                                       const QString &causeDescription)
{
    return error(status, message, QJsonArray{cause(causeCode, causeDescription)});
}

QJsonObject SimHttpResponse::cause(const QString &code, const QString &description)
{
    QJsonObject object;
    object.insert(QStringLiteral("code"), code);
    object.insert(QStringLiteral("description"), description);
    return object;
}

QString SimHttpResponse::errorCode(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("bad_request");
    case 401:
        return QStringLiteral("unauthorized");
    case 403:
        return QStringLiteral("forbidden");
    case 404:
        return QStringLiteral("not_found");
    case 405:
        return QStringLiteral("method_not_allowed");
    case 409:
        return QStringLiteral("conflict");
    case 429:
        return QStringLiteral("too_many_requests");
    case 500:
        return QStringLiteral("internal_server_error");
    case 502:
        return QStringLiteral("bad_gateway");
    case 503:
        return QStringLiteral("service_unavailable");
    case 504:
        return QStringLiteral("gateway_timeout");
    default:
        break;
    }
    return status >= 500 ? QStringLiteral("internal_server_error") : QStringLiteral("bad_request");
}

QByteArray SimHttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 204:
        return QByteArrayLiteral("No Content");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        break;
    }
    return QByteArrayLiteral("Status");
}

SimHttpServer::SimHttpServer(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent), m_handler(std::move(handler))
{
}

QByteArray SimHttpServer::serialize(const SimHttpResponse &response, bool closeAfter, bool headOnly)
{
    QByteArray out;
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + SimHttpResponse::reasonPhrase(response.status) +
           "\r\n";
    // RFC 9110: a 204 carries neither content nor Content-Length.
    const bool hasContent = response.status != 204;
    if (hasContent) {
        out += "Content-Type: application/json; charset=utf-8\r\n";
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    }
    for (const auto &header : response.headers)
        out += header.first + ": " + header.second + "\r\n";
    out += closeAfter ? QByteArrayLiteral("Connection: close\r\n") : QByteArrayLiteral("Connection: keep-alive\r\n");
    out += "\r\n";
    if (hasContent && !headOnly)
        out += response.body;
    return out;
}

void SimHttpServer::send(QTcpSocket *socket, const SimHttpResponse &response, bool closeAfter, bool headOnly)
{
    // The client may have timed out and closed the connection while the reply was delayed.
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    socket->write(serialize(response, closeAfter, headOnly));
    if (closeAfter)
        socket->disconnectFromHost();
}

bool SimHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    SimHttpRequest simRequest;
    simRequest.method = methodName(request.method());
    simRequest.isHead = request.method() == QHttpServerRequest::Method::Head;
    const QUrl url = request.url();
    // Route on the encoded path: a device name is one segment and may itself contain an encoded '/'.
    const QString encodedPath = url.path(QUrl::FullyEncoded);
    simRequest.path = QUrl::fromPercentEncoding(encodedPath.toLatin1());
    QStringList encodedSegments = encodedPath.split(QLatin1Char('/'));
    if (!encodedSegments.isEmpty() && encodedSegments.first().isEmpty())
        encodedSegments.removeFirst();
    for (const QString &segment : std::as_const(encodedSegments))
        simRequest.segments.append(QUrl::fromPercentEncoding(segment.toLatin1()));
    simRequest.query = QUrlQuery(url.query(QUrl::FullyEncoded));
    simRequest.body = request.body();
    simRequest.headers = request.headers();
    simRequest.closeConnection =
        simRequest.header(QByteArrayLiteral("Connection")).trimmed().compare("close", Qt::CaseInsensitive) == 0;
    m_handler(simRequest, socket);
    return true;
}

void SimHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Not reached: handleRequest() takes every request. Answer anyway rather than leave the client hanging.
    Q_UNUSED(request)
    send(socket, SimHttpResponse::error(404, QStringLiteral("Not found")));
}

bool SimHttpServer::bindLoopbackPair(quint16 apiPort, quint16 controlPort, std::unique_ptr<QTcpServer> *api,
                                     std::unique_ptr<QTcpServer> *control)
{
    auto apiTcp = std::make_unique<QTcpServer>();
    auto controlTcp = std::make_unique<QTcpServer>();
    if (!apiTcp->listen(QHostAddress::LocalHost, apiPort)) {
        qWarning().noquote() << "simulator: cannot listen on API port" << apiPort << apiTcp->errorString();
        return false;
    }
    if (!controlTcp->listen(QHostAddress::LocalHost, controlPort)) {
        qWarning().noquote() << "simulator: cannot listen on control port" << controlPort << controlTcp->errorString();
        return false;
    }
    *api = std::move(apiTcp);
    *control = std::move(controlTcp);
    return true;
}
