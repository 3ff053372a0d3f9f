#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QLoggingCategory>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>
#include <QtHttpServer/qabstracthttpserver.h>
#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

Q_DECLARE_LOGGING_CATEGORY(lcSim)

// Internal to the simulator: a request reduced to plain values, so that a reply can be produced after the
// QHttpServerRequest (valid only during handleRequest) is gone.
struct SimHttpRequest
{
    QString method;       // "GET", "POST", "DELETE", ... upper case
    QString path;         // percent-decoded, for logs, signals and fault matching only
    QStringList segments; // split on the *encoded* '/', then decoded: a "%2F" stays inside its segment
    QUrlQuery query;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool closeConnection = false; // the client sent "Connection: close"
    bool isHead = false;

    // First value of a header, name compared case-insensitively; null when absent.
    QByteArray header(const QByteArray &name) const;
};

struct SimHttpResponse
{
    int status = 200;
    QByteArray body; // always empty for 204
    QList<QPair<QByteArray, QByteArray>> headers;

    static SimHttpResponse json(int status, const QJsonObject &object);
    static SimHttpResponse noContent();
    // The error body shape of the Point API: message, error, status, cause[].
    static SimHttpResponse error(int status, const QString &message, const QJsonArray &cause = {});
    static SimHttpResponse error(int status, const QString &message, const QString &causeCode,
                                 const QString &causeDescription);
    static QJsonObject cause(const QString &code, const QString &description);

    // "bad_request", "not_found" ... the `error` member of an error body.
    static QString errorCode(int status);
    static QByteArray reasonPhrase(int status);
};

// Internal to the simulator: an HTTP/1.1 server that hands every parsed request to one callback and leaves
// the reply (now, later, or never) to it. Replies are written on the socket by hand so that delayed and
// dropped replies are possible.
class QTcpServer;

class SimHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<void(const SimHttpRequest &request, QTcpSocket *socket)>;

    explicit SimHttpServer(Handler handler, QObject *parent = nullptr);

    // Writes a complete response; does nothing when the client has gone.
    static void send(QTcpSocket *socket, const SimHttpResponse &response, bool closeAfter = false,
                     bool headOnly = false);
    // Serialises a response (status line, headers, body) without sending it.
    static QByteArray serialize(const SimHttpResponse &response, bool closeAfter = false, bool headOnly = false);
    // Binds a simulator's API and control ports on 127.0.0.1 (0 = any free port). Both or neither: a failure is
    // logged and leaves nothing listening.
    static bool bindLoopbackPair(quint16 apiPort, quint16 controlPort, std::unique_ptr<QTcpServer> *api,
                                 std::unique_ptr<QTcpServer> *control);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};
