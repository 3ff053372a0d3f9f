#pragma once

#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

/// A loopback HTTP server that answers every request with one fixed raw reply. It shows over a real socket what
/// the contract-faithful simulator never sends: unknown fields, unknown statuses, odd headers, huge bodies.
class CannedHttpServer : public QTcpServer
{
public:
    enum Mode { AfterRequest, AnswerAtOnce };

    explicit CannedHttpServer(QByteArray rawReply, Mode mode = AfterRequest, QObject *parent = nullptr)
        : QTcpServer(parent), m_reply(std::move(rawReply)), m_mode(mode)
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this]() {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket]() {
                    m_received += socket->readAll();
                    if (m_mode == AnswerAtOnce || m_received.contains("\r\n\r\n")) {
                        ++m_requests;
                        socket->write(m_reply);
                        socket->flush();
                        socket->disconnectFromHost();
                    }
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    static QByteArray reply(int status, const QByteArray &body, const QByteArray &extraHeaders = {})
    {
        return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\nContent-Length: " +
               QByteArray::number(body.size()) + "\r\nConnection: close\r\n" + extraHeaders + "\r\n" + body;
    }

    QUrl url(const QString &scheme = QStringLiteral("http")) const
    {
        return QUrl(scheme + QStringLiteral("://127.0.0.1:") + QString::number(serverPort()));
    }
    int requests() const { return m_requests; }
    QByteArray received() const { return m_received; }

private:
    QByteArray m_reply;
    QByteArray m_received;
    Mode m_mode = AfterRequest;
    int m_requests = 0;
};
