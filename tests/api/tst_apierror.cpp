#include "api/ApiError.h"

#include <QTest>

using Kind = ApiError::Kind;
Q_DECLARE_METATYPE(Kind)

class TestApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapping_data();
    void mapping();
    void mayHaveReachedServer_data();
    void mayHaveReachedServer();
    void errorBodyFields();
    void retryAfterDate();
    void everyKindHasMessageAndKey();
};

void TestApiError::mapping_data()
{
    QTest::addColumn<int>("networkError");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("timedOut");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("ok") << int(QNetworkReply::NoError) << 200 << false << Kind::None;
    QTest::newRow("204") << int(QNetworkReply::NoError) << 204 << false << Kind::None;
    QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError) << 0 << false << Kind::Network;
    QTest::newRow("closed") << int(QNetworkReply::RemoteHostClosedError) << 0 << false << Kind::Network;
    QTest::newRow("host") << int(QNetworkReply::HostNotFoundError) << 0 << false << Kind::Network;
    QTest::newRow("tls") << int(QNetworkReply::SslHandshakeFailedError) << 0 << false << Kind::Tls;
    QTest::newRow("timeout flag") << int(QNetworkReply::OperationCanceledError) << 0 << true << Kind::Timeout;
    QTest::newRow("qt timeout") << int(QNetworkReply::TimeoutError) << 0 << false << Kind::Timeout;
    QTest::newRow("aborted") << int(QNetworkReply::OperationCanceledError) << 0 << false << Kind::Cancelled;
    QTest::newRow("400") << int(QNetworkReply::ProtocolInvalidOperationError) << 400 << false << Kind::Validation;
    QTest::newRow("401") << int(QNetworkReply::AuthenticationRequiredError) << 401 << false << Kind::Unauthorized;
    QTest::newRow("403") << int(QNetworkReply::ContentAccessDenied) << 403 << false << Kind::Forbidden;
    QTest::newRow("404") << int(QNetworkReply::ContentNotFoundError) << 404 << false << Kind::NotFound;
    QTest::newRow("409") << int(QNetworkReply::ContentConflictError) << 409 << false << Kind::DeviceBusy;
    QTest::newRow("429") << int(QNetworkReply::UnknownContentError) << 429 << false << Kind::RateLimited;
    QTest::newRow("500") << int(QNetworkReply::InternalServerError) << 500 << false << Kind::Server;
    QTest::newRow("503") << int(QNetworkReply::ServiceUnavailableError) << 503 << false << Kind::Server;
    QTest::newRow("418") << int(QNetworkReply::UnknownContentError) << 418 << false << Kind::Validation;
}

void TestApiError::mapping()
{
    QFETCH(int, networkError);
    QFETCH(int, status);
    QFETCH(bool, timedOut);
    QFETCH(Kind, kind);
    const ApiError e = ApiError::fromResponse(QNetworkReply::NetworkError(networkError), status, QByteArray(),
                                              QByteArray("7"), QStringLiteral("text"), timedOut);
    QCOMPARE(e.kind(), kind);
    QCOMPARE(e.isError(), kind != Kind::None);
    if (kind == Kind::RateLimited)
        QCOMPARE(e.retryAfterSeconds(), 7);
    else
        QCOMPARE(e.retryAfterSeconds(), -1);
}

void TestApiError::mayHaveReachedServer_data()
{
    QTest::addColumn<int>("networkError");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("timedOut");
    QTest::addColumn<bool>("reached");
    // No connection: nothing left, so sending again cannot double anything.
    QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError) << 0 << false << false;
    QTest::newRow("host") << int(QNetworkReply::HostNotFoundError) << 0 << false << false;
    QTest::newRow("tls") << int(QNetworkReply::SslHandshakeFailedError) << 0 << false << false;
    // Connected: the request may have been processed.
    QTest::newRow("closed") << int(QNetworkReply::RemoteHostClosedError) << 0 << false << true;
    QTest::newRow("protocol") << int(QNetworkReply::ProtocolFailure) << 0 << false << true;
    QTest::newRow("timeout") << int(QNetworkReply::OperationCanceledError) << 0 << true << true;
    QTest::newRow("500") << int(QNetworkReply::InternalServerError) << 500 << false << true;
    QTest::newRow("429") << int(QNetworkReply::UnknownContentError) << 429 << false << false;
    QTest::newRow("400") << int(QNetworkReply::ProtocolInvalidOperationError) << 400 << false << false;
    QTest::newRow("409") << int(QNetworkReply::ContentConflictError) << 409 << false << false;
}

void TestApiError::mayHaveReachedServer()
{
    QFETCH(int, networkError);
    QFETCH(int, status);
    QFETCH(bool, timedOut);
    QFETCH(bool, reached);
    const ApiError e = ApiError::fromResponse(QNetworkReply::NetworkError(networkError), status, QByteArray(), {},
                                              QStringLiteral("text"), timedOut);
    QCOMPARE(e.mayHaveReachedServer(), reached);
    QVERIFY(ApiError::malformed(QStringLiteral("x")).mayHaveReachedServer());
    QVERIFY(ApiError(ApiError::Kind::Network, QStringLiteral("unknown cause")).mayHaveReachedServer());
}

void TestApiError::errorBodyFields()
{
    const QByteArray body = R"({"message":"description too long","error":"bad_request","status":400,
        "cause":[{"code":"description","description":"max 20"}]})";
    const ApiError e = ApiError::fromResponse(QNetworkReply::ProtocolInvalidOperationError, 400, body, {}, {}, false);
    QCOMPARE(e.kind(), Kind::Validation);
    QCOMPARE(e.field(), QStringLiteral("description"));
    QCOMPARE(e.apiMessage(), QStringLiteral("description too long"));
    QVERIFY(e.userMessage().contains(QStringLiteral("description too long")));
    // A body that is not the documented shape still maps by status.
    const ApiError junk = ApiError::fromResponse(QNetworkReply::InternalServerError, 502, "<html>", {}, {}, false);
    QCOMPARE(junk.kind(), Kind::Server);
    QVERIFY(junk.apiMessage().isEmpty());
}

void TestApiError::retryAfterDate()
{
    const QByteArray when =
        QDateTime::currentDateTimeUtc().addSecs(30).toString(Qt::RFC2822Date).toLatin1();
    const ApiError e = ApiError::fromResponse(QNetworkReply::UnknownContentError, 429, {}, when, {}, false);
    QVERIFY2(e.retryAfterSeconds() >= 28 && e.retryAfterSeconds() <= 30, qPrintable(QString::number(e.retryAfterSeconds())));
    const ApiError bad = ApiError::fromResponse(QNetworkReply::UnknownContentError, 429, {}, "soon", {}, false);
    QCOMPARE(bad.retryAfterSeconds(), -1);
}

void TestApiError::everyKindHasMessageAndKey()
{
    QSet<QString> keys;
    for (int k = int(Kind::InvalidInput); k <= int(Kind::Cancelled); ++k) {
        const ApiError e = k == int(Kind::InvalidInput) ? ApiError::invalidInput(QStringLiteral("amount"), QStringLiteral("x"))
                                                        : ApiError(Kind(k), QStringLiteral("detail"));
        QVERIFY2(!e.userMessage().isEmpty(), qPrintable(ApiError::kindKey(Kind(k))));
        keys.insert(ApiError::kindKey(Kind(k)));
    }
    QCOMPARE(keys.size(), int(Kind::Cancelled));
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
