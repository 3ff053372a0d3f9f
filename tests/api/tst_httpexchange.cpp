#include "CannedHttpServer.h"
#include "api/HttpExchange.h"

#include <QSignalSpy>
#include <QTest>

class TestHttpExchange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void sendsOnceWithBodyAndHeaders();
    void chunkedOverSocket();
    void refused();
    void dropBeforeReply();
};

void TestHttpExchange::parse_data()
{
    QTest::addColumn<QByteArray>("buffer");
    QTest::addColumn<bool>("closed");
    QTest::addColumn<bool>("complete");
    QTest::addColumn<bool>("protocolError");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("tooLarge");

    QTest::newRow("content-length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}") << false << true
                                    << false << 200 << QByteArray("{}") << false;
    QTest::newRow("partial body") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n{}") << false << false
                                  << false << 200 << QByteArray() << false;
    QTest::newRow("cut body") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n{}") << true << false
                              << true << 200 << QByteArray() << false;
    QTest::newRow("204 no body") << QByteArray("HTTP/1.1 204 No Content\r\n\r\n") << false << true << false << 204
                                 << QByteArray() << false;
    QTest::newRow("chunked") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                           "4\r\n{\"a\"\r\n3;x=1\r\n:1}\r\n0\r\n\r\n")
                             << false << true << false << 200 << QByteArray("{\"a\":1}") << false;
    QTest::newRow("chunked partial") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n{\"a\"")
                                     << false << false << false << 200 << QByteArray() << false;
    QTest::newRow("chunked bad size") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
                                      << false << false << true << 200 << QByteArray() << false;
    QTest::newRow("until close") << QByteArray("HTTP/1.0 200 OK\r\n\r\n{\"x\":1}") << true << true << false << 200
                                 << QByteArray("{\"x\":1}") << false;
    QTest::newRow("until close open") << QByteArray("HTTP/1.0 200 OK\r\n\r\n{\"x\":1}") << false << false << false
                                      << 200 << QByteArray() << false;
    QTest::newRow("too large") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 999999\r\n\r\n") << false << true
                               << false << 200 << QByteArray() << true;
    QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH\r\n\r\n") << false << false << true << 0 << QByteArray()
                              << false;
    QTest::newRow("bad status") << QByteArray("HTTP/1.1 abc OK\r\n\r\n") << false << false << true << 0
                                << QByteArray() << false;
    QTest::newRow("negative length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n") << false << false
                                     << true << 200 << QByteArray() << false;
    // Found by fuzz_http_response: a chunk size near 2^63 after a first chunk overflowed the size check.
    QTest::newRow("huge second chunk") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                                     "1\r\na\r\n7fffffffffffffff\r\nxx")
                                       << false << true << false << 200 << QByteArray("a") << true;
    QTest::newRow("huge first chunk") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                                    "7fffffffffffffff\r\nxx")
                                      << true << true << false << 200 << QByteArray() << true;
    QTest::newRow("headers only, closed") << QByteArray("HTTP/1.1 200 OK\r\nContent-Le") << true << false << true << 0
                                          << QByteArray() << false;
}

void TestHttpExchange::parse()
{
    QFETCH(QByteArray, buffer);
    QFETCH(bool, closed);
    QFETCH(bool, complete);
    QFETCH(bool, protocolError);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, tooLarge);
    HttpExchange::Result result;
    bool error = false;
    QCOMPARE(HttpExchange::parseResponse(buffer, closed, 1000, result, &error), complete);
    QCOMPARE(error, protocolError);
    if (complete) {
        QCOMPARE(result.httpStatus, status);
        QCOMPARE(result.body, body);
        QCOMPARE(result.bodyTooLarge, tooLarge);
    }
}

void TestHttpExchange::sendsOnceWithBodyAndHeaders()
{
    CannedHttpServer server(CannedHttpServer::reply(200, "{\"status\":\"OK\"}", "Retry-After: 4\r\n"));
    HttpExchange exchange;
    QSignalSpy finished(&exchange, &HttpExchange::finished);
    exchange.start("POST", QUrl(server.url().toString() + QStringLiteral("/a%2Fb/c?x=1")),
                   {{"Authorization", "Bearer t"}}, "{\"k\":1}", 1000);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(exchange.result().error, QNetworkReply::NoError);
    QCOMPARE(exchange.result().httpStatus, 200);
    QCOMPARE(exchange.result().body, QByteArray("{\"status\":\"OK\"}"));
    QCOMPARE(exchange.result().header("retry-after"), QByteArray("4"));
    const QByteArray received = server.received();
    QVERIFY(received.startsWith("POST /a%2Fb/c?x=1 HTTP/1.1\r\nHost: 127.0.0.1:"));
    QVERIFY(received.contains("Authorization: Bearer t\r\n"));
    QVERIFY(received.contains("Content-Length: 7\r\n"));
    QVERIFY(received.contains("Connection: close\r\n"));
    QVERIFY(received.endsWith("\r\n\r\n{\"k\":1}"));
    QCOMPARE(server.requests(), 1);
}

void TestHttpExchange::chunkedOverSocket()
{
    CannedHttpServer server("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{\"a\":\r\n2\r\n1}\r\n0\r\n\r\n");
    HttpExchange exchange;
    QSignalSpy finished(&exchange, &HttpExchange::finished);
    exchange.start("DELETE", server.url(), {}, {}, 1000);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(exchange.result().body, QByteArray("{\"a\":1}"));
}

void TestHttpExchange::refused()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    HttpExchange exchange;
    QSignalSpy finished(&exchange, &HttpExchange::finished);
    exchange.start("POST", QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)), {}, "{}", 1000);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(exchange.result().error, QNetworkReply::ConnectionRefusedError);
    QCOMPARE(exchange.result().httpStatus, 0);
}

void TestHttpExchange::dropBeforeReply()
{
    // A server that accepts the request and closes without answering: reported, never resent.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    int connections = 0;
    connect(&server, &QTcpServer::newConnection, this, [&]() {
        while (QTcpSocket *s = server.nextPendingConnection()) {
            ++connections;
            connect(s, &QTcpSocket::readyRead, s, [s]() {
                s->readAll();
                s->abort();
            });
        }
    });
    HttpExchange exchange;
    QSignalSpy finished(&exchange, &HttpExchange::finished);
    exchange.start("POST", QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(server.serverPort())), {}, "{}", 1000);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(exchange.result().error, QNetworkReply::RemoteHostClosedError);
    QTest::qWait(200);
    QCOMPARE(connections, 1);
}

QTEST_GUILESS_MAIN(TestHttpExchange)
#include "tst_httpexchange.moc"
