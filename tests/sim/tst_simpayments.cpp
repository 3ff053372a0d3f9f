// The legacy simulator's Payments API refund calls (../shared/contracts/payments-refunds.md) over real loopback HTTP
// with a raw QNetworkAccessManager and hand-written JSON: never PointDesk's client.
#include "sim/PointSimulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTest>

namespace {

struct Reply
{
    int status = 0;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    /// cause[0].code of the classic envelope, as the number it is.
    qint64 causeCode() const
    {
        const QJsonValue code = json().value(QStringLiteral("cause")).toArray().at(0).toObject().value(
            QStringLiteral("code"));
        return code.isDouble() ? code.toInteger() : -1;
    }
};

} // namespace

class TestSimPayments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void approvedOrderBecomesARefundablePayment();
    void fullAndPartialRefunds();
    void anyReuseOfAKeyReplaysTheFirstReply();
    void errorsUseTheClassicEnvelope();
    void windowPartialSwitchAndContingency();
    void readCalls();
    void controlSurfaceHooks();

private:
    Reply send(const QByteArray &method, const QUrl &base, const QByteArray &path, const QByteArray &body = {},
               const QList<QPair<QByteArray, QByteArray>> &headers = {}, bool withToken = true);
    Reply api(const QByteArray &method, const QByteArray &path, const QByteArray &body = {},
              const QByteArray &key = {}, bool renderInProcess = false);
    qint64 paidPayment(qint64 cents);

    PointSimulator *m_sim = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
};

void TestSimPayments::init()
{
    m_sim = new PointSimulator(this);
    QVERIFY(m_sim->listen());
    m_nam = new QNetworkAccessManager(this);
}

void TestSimPayments::cleanup()
{
    delete m_nam;
    delete m_sim;
    m_nam = nullptr;
    m_sim = nullptr;
}

Reply TestSimPayments::send(const QByteArray &method, const QUrl &base, const QByteArray &path,
                            const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers,
                            bool withToken)
{
    QNetworkRequest request(QUrl(base.toString() + QString::fromLatin1(path)));
    if (withToken)
        request.setRawHeader("Authorization", "Bearer " + m_sim->accessToken().toUtf8());
    request.setRawHeader("Content-Type", "application/json");
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    QNetworkReply *reply = m_nam->sendCustomRequest(request, method, body);
    Reply out;
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
        return out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    reply->deleteLater();
    return out;
}

Reply TestSimPayments::api(const QByteArray &method, const QByteArray &path, const QByteArray &body,
                           const QByteArray &key, bool renderInProcess)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!key.isEmpty())
        headers.append(qMakePair(QByteArray("X-Idempotency-Key"), key));
    if (renderInProcess)
        headers.append(qMakePair(QByteArray("X-Render-In-Process-Refunds"), QByteArray("true")));
    return send(method, m_sim->apiUrl(), path, body, headers);
}

qint64 TestSimPayments::paidPayment(qint64 cents)
{
    const QByteArray body = QByteArrayLiteral("{\"amount\":") + QByteArray::number(double(cents) / 100.0) +
                            QByteArrayLiteral(",\"description\":\"Mate\",\"device_name\":\"Caja 1\","
                                              "\"cc_type\":\"credit_card\"}");
    const Reply created = api("POST", "/point/services/integrations/v1", body);
    if (created.status != 200 && created.status != 201)
        return 0;
    const qint64 order = m_sim->approve(QStringLiteral("Caja 1"));
    return order ? m_sim->order(order)->paymentId : 0;
}

void TestSimPayments::approvedOrderBecomesARefundablePayment()
{
    const qint64 id = paidPayment(1250);
    QVERIFY(id > 0);
    const std::optional<SimPayment> payment = m_sim->payments().payment(id);
    QVERIFY(payment);
    QCOMPARE(payment->amountCents, qint64(1250));
    QCOMPARE(payment->status, QStringLiteral("approved"));
    QCOMPARE(payment->statusDetail, QStringLiteral("accredited"));
}

void TestSimPayments::fullAndPartialRefunds()
{
    const qint64 id = paidPayment(10000);
    const QByteArray path = "/v1/payments/" + QByteArray::number(id) + "/refunds";

    const Reply partial = api("POST", path, R"({"amount": 12.5})", "k-1");
    QCOMPARE(partial.status, 201);
    const QJsonObject refund = partial.json();
    QCOMPARE(refund.value(QStringLiteral("payment_id")).toInteger(), id);
    QCOMPARE(refund.value(QStringLiteral("amount")).toDouble(), 12.5);
    QCOMPARE(refund.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    QVERIFY(refund.value(QStringLiteral("id")).toInteger() >= 1'000'000'000);
    QCOMPARE(refund.value(QStringLiteral("source")).toObject().value(QStringLiteral("type")).toString(),
             QStringLiteral("collector"));
    QVERIFY(QDateTime::fromString(refund.value(QStringLiteral("date_created")).toString(), Qt::ISODateWithMs)
                .isValid());
    QCOMPARE(m_sim->payments().payment(id)->statusDetail, QStringLiteral("partially_refunded"));
    QCOMPARE(m_sim->payments().payment(id)->status, QStringLiteral("approved"));

    // No body and {} both refund what is left.
    const Reply rest = api("POST", path, QByteArray(), "k-2");
    QCOMPARE(rest.status, 201);
    QCOMPARE(rest.json().value(QStringLiteral("amount")).toDouble(), 87.5);
    QCOMPARE(m_sim->payments().payment(id)->status, QStringLiteral("refunded"));
    QCOMPARE(m_sim->payments().payment(id)->statusDetail, QStringLiteral("refunded"));

    const qint64 other = paidPayment(300);
    const Reply empty = api("POST", "/v1/payments/" + QByteArray::number(other) + "/refunds", "{}", "k-3");
    QCOMPARE(empty.status, 201);
    QCOMPARE(empty.json().value(QStringLiteral("amount")).toInteger(), 3);
}

void TestSimPayments::anyReuseOfAKeyReplaysTheFirstReply()
{
    const qint64 id = paidPayment(5000);
    const QByteArray path = "/v1/payments/" + QByteArray::number(id) + "/refunds";
    const Reply first = api("POST", path, R"({"amount": 10})", "same-key");
    QCOMPARE(first.status, 201);
    // Whatever the new body: the first reply, verbatim.
    const Reply again = api("POST", path, R"({"amount": 20})", "same-key");
    QCOMPARE(again.status, 201);
    QCOMPARE(again.body, first.body);
    QCOMPARE(m_sim->payments().payment(id)->refundedCents, qint64(1000));

    // A 4xx is kept too.
    const Reply refused = api("POST", path, R"({"amount": 0})", "refused-key");
    QCOMPARE(refused.status, 400);
    const Reply refusedAgain = api("POST", path, R"({"amount": 5})", "refused-key");
    QCOMPARE(refusedAgain.body, refused.body);
    QCOMPARE(m_sim->payments().payment(id)->refundedCents, qint64(1000));

    // Another token's key space is its own.
    m_sim->setAccessToken(QStringLiteral("APP_USR-other"));
    const Reply otherToken = api("POST", path, R"({"amount": 20})", "same-key");
    QCOMPARE(otherToken.status, 201);
    QVERIFY(otherToken.body != first.body);
    QCOMPARE(m_sim->payments().payment(id)->refundedCents, qint64(3000));
}

void TestSimPayments::errorsUseTheClassicEnvelope()
{
    const qint64 id = paidPayment(5000);
    const QByteArray path = "/v1/payments/" + QByteArray::number(id) + "/refunds";

    const Reply noKey = api("POST", path, "{}");
    QCOMPARE(noKey.status, 400);
    QCOMPARE(noKey.causeCode(), qint64(4292));
    QCOMPARE(noKey.json().value(QStringLiteral("error")).toString(), QStringLiteral("bad_request"));
    QCOMPARE(noKey.json().value(QStringLiteral("status")).toInt(), 400);
    QCOMPARE(noKey.json().value(QStringLiteral("message")).toString(),
             QStringLiteral("Header X Idempotency Key can't be null"));

    QCOMPARE(api("POST", path, R"({"amount": -1})", "a").causeCode(), qint64(4040));
    QCOMPARE(api("POST", path, R"({"amount": "5"})", "b").causeCode(), qint64(4041));
    QCOMPARE(api("POST", path, R"({"amount": 1.005})", "c").causeCode(), qint64(4041));
    QCOMPARE(api("POST", path, R"({"amount": 50.01})", "d").causeCode(), qint64(2063));
    QCOMPARE(api("POST", path, "not json", "e").status, 400);

    const Reply unknown = api("POST", "/v1/payments/999/refunds", "{}", "f");
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.causeCode(), qint64(2000));
    QCOMPARE(unknown.json().value(QStringLiteral("error")).toString(), QStringLiteral("not_found"));

    const Reply noToken = send("POST", m_sim->apiUrl(), path, "{}", {{"X-Idempotency-Key", "g"}}, false);
    QCOMPARE(noToken.status, 401);
    QCOMPARE(noToken.causeCode(), qint64(401));
    QCOMPARE(m_sim->payments().payment(id)->refundedCents, qint64(0));

    // A declined payment cannot be refunded.
    api("POST", "/point/services/integrations/v1",
        R"({"amount":3,"description":"Mate","device_name":"Caja 1","cc_type":"credit_card"})");
    const qint64 declinedOrder = m_sim->decline(QStringLiteral("Caja 1"));
    const qint64 declined = m_sim->order(declinedOrder)->paymentId;
    QCOMPARE(api("POST", "/v1/payments/" + QByteArray::number(declined) + "/refunds", "{}", "h").causeCode(),
             qint64(2063));
}

void TestSimPayments::windowPartialSwitchAndContingency()
{
    const qint64 old = paidPayment(1000);
    QVERIFY(m_sim->payments().agePayment(old, SimPayments::kDefaultRefundWindowDays + 1));
    QCOMPARE(api("POST", "/v1/payments/" + QByteArray::number(old) + "/refunds", "{}", "w").causeCode(),
             qint64(2024));
    m_sim->payments().setRefundWindowDays(400);
    QCOMPARE(api("POST", "/v1/payments/" + QByteArray::number(old) + "/refunds", "{}", "w2").status, 201);

    const qint64 whole = paidPayment(1000);
    const QByteArray wholePath = "/v1/payments/" + QByteArray::number(whole) + "/refunds";
    QVERIFY(m_sim->payments().setPartialRefundAllowed(whole, false));
    QCOMPARE(api("POST", wholePath, R"({"amount": 1})", "p").causeCode(), qint64(3024));
    QCOMPARE(api("POST", wholePath, R"({"amount": 10})", "p2").status, 201);

    const qint64 stuck = paidPayment(1000);
    const QByteArray stuckPath = "/v1/payments/" + QByteArray::number(stuck) + "/refunds";
    m_sim->payments().setContingency(true);
    const Reply plain = api("POST", stuckPath, "{}", "c1");
    QCOMPARE(plain.status, 400);
    QVERIFY(plain.json().value(QStringLiteral("cause")).toArray().isEmpty());
    const Reply rendered = api("POST", stuckPath, "{}", "c2", true);
    QCOMPARE(rendered.status, 201);
    QCOMPARE(rendered.json().value(QStringLiteral("status")).toString(), QStringLiteral("in_process"));
    QCOMPARE(m_sim->payments().settleRefundsInProcess(), 1);
    const Reply listed = api("GET", stuckPath);
    QCOMPARE(listed.array().at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
}

void TestSimPayments::readCalls()
{
    const qint64 id = paidPayment(10000);
    const QByteArray base = "/v1/payments/" + QByteArray::number(id);
    QCOMPARE(api("GET", base + "/refunds").array().size(), 0);
    const qint64 first = api("POST", base + "/refunds", R"({"amount": 30})", "r1").json().value(QStringLiteral("id")).toInteger();
    const qint64 second = api("POST", base + "/refunds", R"({"amount": 20})", "r2").json().value(QStringLiteral("id")).toInteger();

    const QJsonArray list = api("GET", base + "/refunds").array();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("id")).toInteger(), first);
    QCOMPARE(list.at(1).toObject().value(QStringLiteral("id")).toInteger(), second);

    const Reply one = api("GET", base + "/refunds/" + QByteArray::number(second));
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json().value(QStringLiteral("amount")).toInteger(), 20);
    const Reply missing = api("GET", base + "/refunds/12345");
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.causeCode(), qint64(2032));

    const QJsonObject payment = api("GET", base).json();
    QCOMPARE(payment.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    QCOMPARE(payment.value(QStringLiteral("status_detail")).toString(), QStringLiteral("partially_refunded"));
    QCOMPARE(payment.value(QStringLiteral("transaction_amount")).toInteger(), 100);
    QCOMPARE(payment.value(QStringLiteral("transaction_amount_refunded")).toInteger(), 50);
    QCOMPARE(payment.value(QStringLiteral("refunds")).toArray().size(), 2);
    QCOMPARE(api("GET", "/v1/payments/77").causeCode(), qint64(2000));
    QCOMPARE(api("GET", "/v1/payments/abc").status, 400);
}

void TestSimPayments::controlSurfaceHooks()
{
    const qint64 id = paidPayment(10000);
    const QUrl control = m_sim->controlUrl();
    const QByteArray base = "/payments/" + QByteArray::number(id);

    const Reply panel = send("POST", control, base + "/refund", R"({"amount": 25})", {}, false);
    QCOMPARE(panel.status, 201);
    QVERIFY(panel.json().value(QStringLiteral("refund_id")).toInteger() > 0);
    QCOMPARE(m_sim->payments().payment(id)->refundedCents, qint64(2500));
    QCOMPARE(m_sim->payments().payment(id)->refunds.first().sourceType, QStringLiteral("admin"));
    QCOMPARE(m_sim->payments().payment(id)->status, QStringLiteral("approved"));
    QCOMPARE(m_sim->payments().payment(id)->statusDetail, QStringLiteral("partially_refunded"));
    QCOMPARE(send("POST", control, base + "/refund", R"({"amount": 80})", {}, false).status, 409);
    QCOMPARE(m_sim->payments().payment(id)->refundedCents, qint64(2500));
    // The API sees the panel's refund in the payment and in the balance it refunds from.
    const Reply seen = api("GET", "/v1/payments/" + QByteArray::number(id));
    QCOMPARE(seen.json().value(QStringLiteral("status_detail")).toString(), QStringLiteral("partially_refunded"));
    QCOMPARE(seen.json().value(QStringLiteral("transaction_amount_refunded")).toDouble(), 25.0);
    QCOMPARE(api("POST", "/v1/payments/" + QByteArray::number(id) + "/refunds", R"({"amount": 75.01})", "over")
                 .status, 400);

    QCOMPARE(send("POST", control, base + "/partial_refunds", R"({"allowed": false})", {}, false).status, 200);
    QVERIFY(!m_sim->payments().payment(id)->partialRefundAllowed);
    QCOMPARE(send("POST", control, base + "/age", R"({"days": 10})", {}, false).status, 200);
    QCOMPARE(send("POST", control, "/refunds/contingency", R"({"on": true})", {}, false).status, 200);
    QCOMPARE(send("POST", control, "/refunds/settle", {}, {}, false).json().value(QStringLiteral("settled")).toInt(), 0);
    QCOMPARE(send("POST", control, "/payments/1/refund", {}, {}, false).status, 404);

    const QJsonArray payments = send("GET", control, "/state", {}, {}, false).json().value(QStringLiteral("payments")).toArray();
    QCOMPARE(payments.size(), 1);
    QCOMPARE(payments.at(0).toObject().value(QStringLiteral("refunded")).toDouble(), 25.0);
}

QTEST_GUILESS_MAIN(TestSimPayments)
#include "tst_simpayments.moc"
