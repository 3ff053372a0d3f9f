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
    void errorShapes_data();
    void errorShapes();
    void ordersCodesSayWhatToDo();
    void hostileErrorBodiesStayBounded();
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

void TestApiError::errorShapes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    // Orders: errors[] with details.
    QTest::newRow("orders errors[] with details")
        << 400
        << QByteArray(R"({"errors":[{"code":"maximum_items","message":"Invalid order",
                         "details":["maximum 1 items required, but found 2","second detail"]}]})")
        << Kind::Validation << "maximum_items"
        << "Invalid order (maximum 1 items required, but found 2; second detail)";
    QTest::newRow("orders errors[] without details")
        << 404 << QByteArray(R"({"errors":[{"code":"order_not_found","message":"Order not found.","details":[]}]})")
        << Kind::NotFound << "order_not_found"
        << "Order not found.";
    QTest::newRow("orders two errors")
        << 400
        << QByteArray(R"({"errors":[{"code":"a","message":"first"},{"code":"b","message":"second","details":["d"]}]})")
        << Kind::Validation << "a"
        << "first; second (d)";
    QTest::newRow("orders busy") << 409
                                 << QByteArray(R"({"errors":[{"code":"already_queued_order_for_terminal",
                                                  "message":"There is already a queued order"}]})")
                                 << Kind::DeviceBusy << "already_queued_order_for_terminal"
                                 << "There is already a queued order";
    QTest::newRow("orders cannot cancel")
        << 409 << QByteArray(R"({"errors":[{"code":"cannot_cancel_order","message":"no"}]})") << Kind::DeviceBusy
        << "cannot_cancel_order"
        << "no";
    QTest::newRow("orders owner") << 403
                                  << QByteArray(R"({"errors":[{"code":"forbidden_checking_terminal_owner"}]})")
                                  << Kind::Forbidden << "forbidden_checking_terminal_owner" << "";
    QTest::newRow("orders idempotency 500")
        << 500 << QByteArray(R"({"errors":[{"code":"idempotency_validation_failed","message":"retry"}]})")
        << Kind::Server << "idempotency_validation_failed"
        << "retry";
    QTest::newRow("generic 500 code") << 500 << QByteArray(R"({"errors":[{"code":"500","message":"oops"}]})")
                                      << Kind::Server << "500"
                                      << "oops";
    // Flat (Orders' 401).
    QTest::newRow("flat 401") << 401 << QByteArray(R"({"code":"unauthorized","message":"user not found"})")
                              << Kind::Unauthorized << "unauthorized"
                              << "user not found";
    // The classic Payments envelope: cause code as a number or a string, else error.
    QTest::newRow("payments cause number")
        << 400
        << QByteArray(R"({"message":"Invalid refund","error":"bad_request","status":400,
                         "cause":[{"code":2001,"description":"x"}]})")
        << Kind::Validation << "2001"
        << "Invalid refund";
    QTest::newRow("payments cause string")
        << 400
        << QByteArray(R"({"message":"m","error":"bad_request","status":400,"cause":[{"code":"amount"}]})")
        << Kind::Validation << "amount"
        << "m";
    QTest::newRow("payments error only") << 404 << QByteArray(R"({"message":"not found","error":"not_found",
                                                                 "status":404,"cause":[]})")
                                         << Kind::NotFound << "not_found"
                                         << "not found";
    // Nothing usable: the HTTP status is the code.
    QTest::newRow("html") << 502 << QByteArray("<html>bad gateway</html>") << Kind::Server << "502" << "";
    QTest::newRow("empty") << 409 << QByteArray() << Kind::DeviceBusy << "409" << "";
    QTest::newRow("errors not an array") << 400 << QByteArray(R"({"errors":"x","message":"top"})")
                                         << Kind::Validation << "400"
                                         << "top";
    QTest::newRow("code of wrong type") << 400 << QByteArray(R"({"errors":[{"code":{"x":1},"message":"m"}]})")
                                        << Kind::Validation << "400"
                                        << "m";
}

void TestApiError::errorShapes()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(Kind, kind);
    QFETCH(QString, code);
    QFETCH(QString, message);
    const ApiError e = ApiError::fromResponse(QNetworkReply::UnknownContentError, status, body, {}, {}, false);
    QCOMPARE(e.kind(), kind);
    QCOMPARE(e.httpStatus(), status);
    QCOMPARE(e.apiCode(), code);
    QCOMPARE(e.apiMessage(), message);
    QVERIFY(!e.userMessage().isEmpty());
    QVERIFY(e.detail().contains(code));
}

void TestApiError::ordersCodesSayWhatToDo()
{
    const auto error = [](int status, const char *code) {
        const QByteArray body = QByteArray(R"({"errors":[{"code":")") + code + R"(","message":"m"}]})";
        return ApiError::fromResponse(QNetworkReply::UnknownContentError, status, body, {}, {}, false);
    };
    const ApiError busy = error(409, "already_queued_order_for_terminal");
    const ApiError cannotCancel = error(409, "cannot_cancel_order");
    const ApiError alreadyCanceled = error(409, "order_already_canceled");
    const ApiError keyUsed = error(409, "idempotency_key_already_used");
    // One kind by status, told apart by the API's code and by what the cashier reads.
    for (const ApiError &e : {busy, cannotCancel, alreadyCanceled, keyUsed})
        QCOMPARE(e.kind(), Kind::DeviceBusy);
    const QSet<QString> messages{busy.userMessage(), cannotCancel.userMessage(), alreadyCanceled.userMessage(),
                                 keyUsed.userMessage()};
    QCOMPARE(messages.size(), 4);
    QVERIFY(busy.userMessage().contains(QStringLiteral("busy")));
    QVERIFY(cannotCancel.userMessage().contains(QStringLiteral("on the terminal")));
    const ApiError owner = error(403, "forbidden_checking_terminal_owner");
    QCOMPARE(owner.kind(), Kind::Forbidden);
    QVERIFY(owner.userMessage().contains(QStringLiteral("does not belong to the account")));
    QVERIFY(owner.userMessage() != error(403, "forbidden").userMessage());
    const ApiError idem = error(500, "idempotency_validation_failed");
    QCOMPARE(idem.kind(), Kind::Server);
    QVERIFY(idem.isTransient());
    QVERIFY(idem.userMessage().contains(QStringLiteral("Try again")));
}

void TestApiError::hostileErrorBodiesStayBounded()
{
    QByteArray many = "{\"errors\":[";
    for (int i = 0; i < 20000; ++i)
        many += (i ? "," : "") + QByteArray(R"({"code":"c","message":")") + QByteArray(300, 'm') +
                R"(","details":[")" + QByteArray(300, 'd') + R"("]})";
    many += "]}";
    const ApiError e = ApiError::fromResponse(QNetworkReply::UnknownContentError, 400, many, {}, {}, false);
    QCOMPARE(e.apiCode(), QStringLiteral("c"));
    QVERIFY(e.apiMessage().size() <= 500);
    QVERIFY(e.field().size() <= 100);
    const QByteArray longCode = R"({"errors":[{"code":")" + QByteArray(100000, 'x') + R"("}]})";
    QVERIFY(ApiError::fromResponse(QNetworkReply::UnknownContentError, 400, longCode, {}, {}, false).apiCode().size() <=
            100);
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    const ApiError d = ApiError::fromResponse(QNetworkReply::UnknownContentError, 400, deep, {}, {}, false);
    QCOMPARE(d.kind(), Kind::Validation);
    QCOMPARE(d.apiCode(), QStringLiteral("400"));
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
