#pragma once

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

/// A loopback server that answers a request with a fixed start and then the same filler for ever (an endless
/// chunk-size line, an endless header, a body without end), as fast as the client reads, until the client hangs up.
/// Counts the bytes it got out, so a test can tell that the client stopped reading instead of buffering it all.
class HostileHttpServer : public QTcpServer
{
public:
    HostileHttpServer(QByteArray start, QByteArray filler, QObject *parent = nullptr)
        : QTcpServer(parent), m_start(std::move(start)), m_filler(std::move(filler))
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this]() {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket]() {
                    m_received += socket->readAll();
                    if (m_answering || !m_received.contains("\r\n\r\n"))
                        return;
                    m_answering = true;
                    socket->write(m_start);
                    pump(socket);
                });
                connect(socket, &QTcpSocket::bytesWritten, socket, [this, socket]() { pump(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, [this, socket]() {
                    m_hungUp = true;
                    socket->deleteLater();
                });
            }
        });
    }

    /// The sockets go first, without their signals: a socket still open would report its end to this half-destroyed
    /// server from QObject's destructor.
    ~HostileHttpServer() override
    {
        const QList<QTcpSocket *> sockets = findChildren<QTcpSocket *>();
        for (QTcpSocket *socket : sockets) {
            socket->disconnect();
            socket->abort();
            delete socket;
        }
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:") + QString::number(serverPort())); }
    bool clientHungUp() const { return m_hungUp; }
    qint64 sentBytes() const { return m_sent; }

private:
    void pump(QTcpSocket *socket)
    {
        // Keep a little queued: the client's reading pace sets ours.
        while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 256 * 1024) {
            socket->write(m_filler);
            m_sent += m_filler.size();
        }
    }

    QByteArray m_start;
    QByteArray m_filler;
    QByteArray m_received;
    qint64 m_sent = 0;
    bool m_answering = false;
    bool m_hungUp = false;
};
