// The access token never follows a redirect: every call of both APIs, over both transports (GETs through
// QNetworkAccessManager, state-changing calls through HttpExchange), answered with a 3xx that points elsewhere.
#include "CannedHttpServer.h"
#include "api/LegacyPointBackend.h"
#include "api/OrdersBackend.h"

#include <QTest>
#include <functional>

namespace {

using Kind = ApiError::Kind;
using Invoke = std::function<ApiCall *(PointBackend &)>;

const QString kToken = QStringLiteral("TEST-redirect-secret");

OrderRequest sale(const QString &terminal)
{
    OrderRequest r;
    r.amount = Money::fromCents(2400);
    r.description = QStringLiteral("Cafe");
    r.deviceName = terminal;
    return r;
}

struct Ended
{
    bool finished = false;
    ApiError error;
};

Ended run(ApiCall *call)
{
    Ended out;
    QObject::connect(call, &ApiCall::finished, call, [&out, call]() {
        out.finished = true;
        out.error = call->error();
    });
    if (!QTest::qWaitFor([&out]() { return out.finished; }, 10000))
        qWarning("call did not finish in time");
    return out;
}

} // namespace

Q_DECLARE_METATYPE(Invoke)

class TestRedirects : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenNeverFollowsARedirect_data();
    void tokenNeverFollowsARedirect();
    void redirectErrorInWords();
};

void TestRedirects::tokenNeverFollowsARedirect_data()
{
    QTest::addColumn<QString>("api");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("method");
    QTest::addColumn<Invoke>("invoke");

    const QString key = QStringLiteral("6f1c2d3e-4a5b-4c6d-8e7f-0123456789ab");
    const QString legacyTerminal = QStringLiteral("PAX_A910__SMARTPOS1234567");
    const QString ordersTerminal = QStringLiteral("NEWLAND_N950__SBX0000001");
    const OrderRef legacyOrder = OrderRef::fromNumber(5000000001LL);
    const OrderRef ordersOrder(QStringLiteral("ORD01JQ4S4KY8HWQ6NA5PXB65B3D3"));
    RefundRequest legacyRefund;
    legacyRefund.order = legacyOrder;
    legacyRefund.payment = PaymentRef::fromNumber(9000000001LL);
    RefundRequest ordersRefund;
    ordersRefund.order = ordersOrder;

    const QList<QPair<QString, QPair<QString, Invoke>>> calls{
        {QStringLiteral("legacy"),
         {QStringLiteral("list terminals"), [](PointBackend &b) { return b.listTerminals(); }}},
        {QStringLiteral("legacy"),
         {QStringLiteral("get order"), [=](PointBackend &b) { return b.getOrder(legacyOrder); }}},
        {QStringLiteral("legacy"),
         {QStringLiteral("create order"), [=](PointBackend &b) { return b.createOrder(sale(legacyTerminal), key); }}},
        {QStringLiteral("legacy"),
         {QStringLiteral("cancel order"), [=](PointBackend &b) { return b.cancelOrder(legacyOrder, key); }}},
        {QStringLiteral("legacy"),
         {QStringLiteral("cancel on terminal"), [=](PointBackend &b) { return b.cancelOnTerminal(legacyTerminal); }}},
        {QStringLiteral("legacy"),
         {QStringLiteral("remove terminal"), [=](PointBackend &b) { return b.removeTerminal(legacyTerminal); }}},
        {QStringLiteral("legacy"),
         {QStringLiteral("enable integration"), [](PointBackend &b) { return b.enableIntegration(123456789); }}},
        {QStringLiteral("legacy"),
         {QStringLiteral("refund"), [=](PointBackend &b) { return b.refund(legacyRefund, key); }}},
        {QStringLiteral("orders"),
         {QStringLiteral("list terminals"), [](PointBackend &b) { return b.listTerminals(); }}},
        {QStringLiteral("orders"),
         {QStringLiteral("get order"), [=](PointBackend &b) { return b.getOrder(ordersOrder); }}},
        {QStringLiteral("orders"),
         {QStringLiteral("create order"), [=](PointBackend &b) { return b.createOrder(sale(ordersTerminal), key); }}},
        {QStringLiteral("orders"),
         {QStringLiteral("cancel order"), [=](PointBackend &b) { return b.cancelOrder(ordersOrder, key); }}},
        {QStringLiteral("orders"),
         {QStringLiteral("refund"), [=](PointBackend &b) { return b.refund(ordersRefund, key); }}},
        {QStringLiteral("orders"),
         {QStringLiteral("operating mode"),
          [=](PointBackend &b) { return b.setOperatingMode(ordersTerminal, Device::OperatingMode::Pdv); }}},
    };
    for (const int status : {301, 302, 303, 307, 308}) {
        for (const auto &c : calls) {
            QTest::addRow("%s %s %d", qPrintable(c.first), qPrintable(c.second.first), status)
                << c.first << status << c.second.first << c.second.second;
        }
    }
}

void TestRedirects::tokenNeverFollowsARedirect()
{
    QFETCH(QString, api);
    QFETCH(int, status);
    QFETCH(Invoke, invoke);

    // The other host: a second loopback server on another port, answering as the API would.
    CannedHttpServer elsewhere(CannedHttpServer::reply(200, R"({"status":"OK","id":5000000001,"devices":[]})"));
    const QByteArray location = elsewhere.url().toEncoded() + "/v1/orders";
    CannedHttpServer api_(CannedHttpServer::reply(status, {}, "Location: " + location + "\r\n"));

    std::unique_ptr<PointBackend> backend;
    if (api == QLatin1String("legacy"))
        backend = std::make_unique<LegacyPointBackend>();
    else
        backend = std::make_unique<OrdersBackend>();
    QVERIFY(backend->setBaseUrl(api_.url()));
    backend->setAccessToken(kToken);
    backend->setTimeout(5000);

    const Ended out = run(invoke(*backend));
    QVERIFY(out.finished);
    QVERIFY2(out.error.kind() == Kind::Redirected,
             qPrintable(ApiError::kindKey(out.error.kind()) + QStringLiteral(": ") + out.error.detail()));
    QCOMPARE(out.error.httpStatus(), status);
    QVERIFY(!out.error.detail().contains(kToken));
    QVERIFY(out.error.detail().contains(QString::fromLatin1(location)));

    // Give a follower time to go: nothing may reach the other server, least of all the token.
    QTest::qWait(100);
    QVERIFY2(elsewhere.received().isEmpty(), elsewhere.received().constData());
    QCOMPARE(elsewhere.requests(), 0);
    QCOMPARE(api_.received().count("\r\n\r\n"), 1);
}

void TestRedirects::redirectErrorInWords()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const ApiError e = ApiError::fromResponse(QNetworkReply::NoError, 302, "<html>moved</html>", {}, {}, false,
                                              "http://evil.example/x");
    QCOMPARE(e.kind(), Kind::Redirected);
    QCOMPARE(ApiError::kindKey(e.kind()), QStringLiteral("redirected"));
    QVERIFY(e.userMessage().contains(QStringLiteral("redirect")));
    QVERIFY(e.userMessage().contains(QStringLiteral("token")));
    QVERIFY(!e.userMessage().contains(QStringLiteral("amount")));
    QVERIFY(!e.userMessage().contains(QStringLiteral("internet")));
    QVERIFY(e.detail().contains(QStringLiteral("http://evil.example/x")));
    // An answer that never reached a sale's terminal: a redirect is refused before anything is done.
    QVERIFY(!e.isTransient());
    // A 2xx is still no error, and other statuses keep their kinds.
    QCOMPARE(ApiError::fromResponse(QNetworkReply::NoError, 201, "{}", {}, {}, false, {}).kind(), Kind::None);
    QCOMPARE(ApiError::fromResponse(QNetworkReply::NoError, 400, "{}", {}, {}, false, {}).kind(), Kind::Validation);
    // 304 and other 3xx without a place to go are redirects too: nothing PointDesk asked for.
    QCOMPARE(ApiError::fromResponse(QNetworkReply::NoError, 300, {}, {}, {}, false, {}).kind(), Kind::Redirected);
}

QTEST_GUILESS_MAIN(TestRedirects)
#include "tst_redirects.moc"
