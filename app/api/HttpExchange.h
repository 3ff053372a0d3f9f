#pragma once

#include "api/HttpResponseParser.h"

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>

class QTcpSocket;

/// One HTTP/1.1 request on its own connection, sent exactly once.
///
/// QNetworkAccessManager silently sends a request again when the connection drops before the reply starts, even
/// a POST. For create-order that could put a second order on a terminal, so calls that change state go through
/// this class instead: one connection, "Connection: close", no resend, no redirects. TLS verification is Qt's
/// default (system CAs, host name checked). The reply is read by HttpResponseParser as it arrives, with every line,
/// the headers and the body bounded; a reply that crosses a bound ends the exchange and drops the connection.
class HttpExchange : public QObject
{
    Q_OBJECT

public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    struct Result
    {
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QString errorString;
        int httpStatus = 0;
        Headers headers;
        QByteArray body;
        bool bodyTooLarge = false;
        /// Which bound of the reply was crossed (the body, a line, the headers), for logs; empty when none was.
        QString limitExceeded;

        QByteArray header(const QByteArray &name) const;
    };

    explicit HttpExchange(QObject *parent = nullptr);
    ~HttpExchange() override;

    void start(const QByteArray &method, const QUrl &url, const Headers &headers, const QByteArray &body,
               qint64 maxBodyBytes);
    /// Closes the connection; finished() follows with OperationCanceledError unless it already came.
    void abort();
    const Result &result() const { return m_result; }
    /// The reader of the reply, as it stands (what it holds, the most it held).
    const HttpResponseParser &parser() const { return m_parser; }
    /// Bytes read from the socket in one go; the socket buffers no more than a few of these.
    static constexpr qint64 kReadChunkBytes = 16 * 1024;

    /// Parses a complete or partial response buffer in one piece. Returns true when the response is complete or its
    /// body is too large (bodyTooLarge); `closed` tells whether the peer has closed the connection (ends a body
    /// without length). Any other bound crossed is a protocol error. Exposed for tests and fuzzing.
    static bool parseResponse(const QByteArray &buffer, bool closed, qint64 maxBodyBytes, Result &out,
                              bool *protocolError);

Q_SIGNALS:
    void finished();

private:
    void onReadyRead();
    void onDisconnected();
    void onSocketError();
    void afterFeed();
    void finish(QNetworkReply::NetworkError error, const QString &text);

    QPointer<QTcpSocket> m_socket;
    QByteArray m_request;
    HttpResponseParser m_parser;
    bool m_receivedAny = false;
    Result m_result;
    bool m_done = false;
};
