// Refunds of payments taken through the legacy Point API: LegacyPointBackend::refund against the simulator's
// Payments API (payments-refunds.md), and the JSON it writes and reads.
#include "api/LegacyPointBackend.h"
#include "api/PaymentsJsonMapping.h"
#include "sim/PointSimulator.h"
#include "support/CallTestSupport.h"
#include "support/RefTestSupport.h"

#include <QTest>

using Kind = ApiError::Kind;

class TestLegacyRefunds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void refundBodyHasTheCurrencysDecimals_data();
    void refundBodyHasTheCurrencysDecimals();
    void parseRefund_data();
    void parseRefund();

    void fullRefund();
    void partialRefundsUpToTheBalance();
    void resendWithTheSameKeyRefundsOnce();
    void refusedByTheApi();
    void contingencyIsPending();
    void rejectedInputSendsNothing();
    void unauthorized();

private:
    /// Charges `cents` on Caja 1 and has the customer pay; returns the payment.
    PaymentRef paidSale(qint64 cents);
    RefundRequest refundOf(const PaymentRef &payment, std::optional<qint64> cents = std::nullopt) const;

    PointSimulator *m_sim = nullptr;
    LegacyPointBackend *m_client = nullptr;
};

void TestLegacyRefunds::init()
{
    m_sim = new PointSimulator(this);
    QVERIFY(m_sim->listen());
    m_client = new LegacyPointBackend(this);
    QVERIFY(m_client->setBaseUrl(m_sim->apiUrl()));
    m_client->setAccessToken(m_sim->accessToken());
    m_client->setTimeout(5000);
}

void TestLegacyRefunds::cleanup()
{
    delete m_client;
    m_client = nullptr;
    delete m_sim;
    m_sim = nullptr;
}

PaymentRef TestLegacyRefunds::paidSale(qint64 cents)
{
    OrderRequest request;
    request.amount = Money::fromCents(cents);
    request.description = QStringLiteral("Mate");
    request.deviceName = QStringLiteral("Caja 1");
    auto created = await(m_client->createOrder(request));
    if (created.error.isError())
        return {};
    m_sim->approve(QStringLiteral("Caja 1"));
    auto paid = await(m_client->getOrder(created.value.id));
    return paid.value.paymentId;
}

RefundRequest TestLegacyRefunds::refundOf(const PaymentRef &payment, std::optional<qint64> cents) const
{
    RefundRequest request;
    request.payment = payment;
    if (cents)
        request.amount = Money::fromCents(*cents);
    return request;
}

void TestLegacyRefunds::refundBodyHasTheCurrencysDecimals_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("cents"); // -1: the whole balance
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("whole balance") << "ARS" << qint64(-1) << QByteArray("{}");
    QTest::newRow("ARS 12.50") << "ARS" << qint64(1250) << QByteArray("{\"amount\":12.50}");
    QTest::newRow("BRL 1.00") << "BRL" << qint64(100) << QByteArray("{\"amount\":1.00}");
    QTest::newRow("MXN 0.05") << "MXN" << qint64(5) << QByteArray("{\"amount\":0.05}");
    QTest::newRow("ARS largest") << "ARS" << Money::kMaxCents << QByteArray("{\"amount\":99999999.99}");
    QTest::newRow("CLP 2400") << "CLP" << qint64(240000) << QByteArray("{\"amount\":2400}");
    QTest::newRow("CLP off the grid") << "CLP" << qint64(240050) << QByteArray();
    QTest::newRow("zero") << "ARS" << qint64(0) << QByteArray();
    QTest::newRow("negative") << "ARS" << qint64(-5) << QByteArray();
}

void TestLegacyRefunds::refundBodyHasTheCurrencysDecimals()
{
    QFETCH(QString, currency);
    QFETCH(qint64, cents);
    QFETCH(QByteArray, body);
    const std::optional<Money> amount =
        cents == -1 ? std::nullopt : std::optional<Money>(Money::fromCents(cents));
    QCOMPARE(PaymentsJsonMapping::refundBody(amount, *Currency::fromCode(currency)), body);
}

void TestLegacyRefunds::parseRefund_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("payment");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("id");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<int>("state");

    const int done = int(RefundState::Done);
    QTest::newRow("contract example")
        << QByteArray(R"({"id":1245678203,"payment_id":17014025134,"amount":50,"metadata":{},
                         "source":{"id":"823549964","name":"Mullins Hillary","type":"collector"},
                         "date_created":"2022-01-10T10:10:10.000-00:00","unique_sequence_number":null,
                         "refund_mode":"standard","adjustment_amount":0,"status":"approved","reason":null,
                         "labels":[],"partition_details":[]})")
        << qint64(17014025134) << true << "1245678203" << qint64(5000) << done;
    QTest::newRow("id beyond 2^53 kept exact")
        << QByteArray(R"({"id":9007199254740993,"amount":12.5,"status":"approved"})") << qint64(0) << true
        << "9007199254740993" << qint64(1250) << done;
    QTest::newRow("id as digits")
        << QByteArray(R"({"id":"77","amount":1,"status":"in_process"})") << qint64(0) << true << "77" << qint64(100)
        << int(RefundState::Pending);
    QTest::newRow("rejected") << QByteArray(R"({"id":7,"amount":1,"status":"rejected"})") << qint64(0) << true << "7"
                              << qint64(100) << int(RefundState::Rejected);
    QTest::newRow("unknown status is not done")
        << QByteArray(R"({"id":7,"amount":1,"status":"authorized"})") << qint64(0) << true << "7" << qint64(100)
        << int(RefundState::Unknown);
    QTest::newRow("another payment's refund")
        << QByteArray(R"({"id":7,"payment_id":8,"amount":1,"status":"approved"})") << qint64(9) << false << ""
        << qint64(0) << 0;
    QTest::newRow("amount as a string") << QByteArray(R"({"id":7,"amount":"1","status":"approved"})") << qint64(0)
                                        << false << "" << qint64(0) << 0;
    QTest::newRow("three decimals") << QByteArray(R"({"id":7,"amount":1.005,"status":"approved"})") << qint64(0)
                                    << false << "" << qint64(0) << 0;
    QTest::newRow("no id") << QByteArray(R"({"amount":1,"status":"approved"})") << qint64(0) << false << ""
                           << qint64(0) << 0;
    QTest::newRow("negative id") << QByteArray(R"({"id":-7,"amount":1,"status":"approved"})") << qint64(0) << false
                                 << "" << qint64(0) << 0;
    QTest::newRow("no status") << QByteArray(R"({"id":7,"amount":1})") << qint64(0) << false << "" << qint64(0) << 0;
    QTest::newRow("array") << QByteArray("[]") << qint64(0) << false << "" << qint64(0) << 0;
    QTest::newRow("not json") << QByteArray("<html>") << qint64(0) << false << "" << qint64(0) << 0;
}

void TestLegacyRefunds::parseRefund()
{
    QFETCH(QByteArray, body);
    QFETCH(qint64, payment);
    QFETCH(bool, ok);
    QString why;
    const std::optional<RefundInfo> parsed = PaymentsJsonMapping::parseRefund(body, payment, &why);
    QCOMPARE(parsed.has_value(), ok);
    if (!ok) {
        QVERIFY(!why.isEmpty());
        return;
    }
    QFETCH(QString, id);
    QFETCH(qint64, cents);
    QFETCH(int, state);
    QCOMPARE(parsed->id.toString(), id);
    QCOMPARE(parsed->amount.cents(), cents);
    QCOMPARE(int(parsed->state), state);
}

void TestLegacyRefunds::fullRefund()
{
    QVERIFY(m_client->capabilities().refunds);
    QVERIFY(m_client->capabilities().partialRefunds);
    const PaymentRef payment = paidSale(125050);
    QVERIFY(!payment.isNull());

    auto refunded = await(m_client->refund(refundOf(payment), PointBackend::newIdempotencyKey()));
    QVERIFY2(!refunded.error.isError(), qPrintable(refunded.error.detail()));
    QCOMPARE(refunded.value.amount, Money::fromCents(125050));
    QCOMPARE(refunded.value.state, RefundState::Done);
    QCOMPARE(refunded.value.rawStatus, QStringLiteral("approved"));
    QVERIFY(!refunded.value.id.isNull());

    const SimPayment after = *m_sim->payments().payment(simId(payment));
    QCOMPARE(after.status, QStringLiteral("refunded"));
    QCOMPARE(after.refundedCents, qint64(125050));
    QCOMPARE(after.refunds.size(), 1);
    QCOMPARE(after.refunds.first().id, simId(refunded.value.id));
}

void TestLegacyRefunds::partialRefundsUpToTheBalance()
{
    const PaymentRef payment = paidSale(10000);
    auto first = await(m_client->refund(refundOf(payment, 1250), PointBackend::newIdempotencyKey()));
    QVERIFY(!first.error.isError());
    QCOMPARE(first.value.amount, Money::fromCents(1250));
    QCOMPARE(m_sim->payments().payment(simId(payment))->statusDetail, QStringLiteral("partially_refunded"));

    // More than what is left: refused by the API, nothing given back.
    auto tooMuch = await(m_client->refund(refundOf(payment, 8751), PointBackend::newIdempotencyKey()));
    QCOMPARE(tooMuch.error.kind(), Kind::Validation);
    QCOMPARE(m_sim->payments().payment(simId(payment))->refundedCents, qint64(1250));

    auto rest = await(m_client->refund(refundOf(payment), PointBackend::newIdempotencyKey()));
    QVERIFY(!rest.error.isError());
    QCOMPARE(rest.value.amount, Money::fromCents(8750));
    QCOMPARE(m_sim->payments().payment(simId(payment))->status, QStringLiteral("refunded"));

    auto nothingLeft = await(m_client->refund(refundOf(payment), PointBackend::newIdempotencyKey()));
    QCOMPARE(nothingLeft.error.kind(), Kind::Validation);
    QCOMPARE(m_sim->payments().payment(simId(payment))->refundedCents, qint64(10000));
}

void TestLegacyRefunds::resendWithTheSameKeyRefundsOnce()
{
    const PaymentRef payment = paidSale(5000);
    const QString key = PointBackend::newIdempotencyKey();
    auto first = await(m_client->refund(refundOf(payment, 1000), key));
    QVERIFY(!first.error.isError());

    // The answer was lost: the same refund is sent again with its key and answered with the first refund.
    auto again = await(m_client->refund(refundOf(payment, 1000), key));
    QVERIFY(!again.error.isError());
    QCOMPARE(again.value, first.value);
    QCOMPARE(m_sim->payments().payment(simId(payment))->refunds.size(), 1);
    QCOMPARE(m_sim->payments().payment(simId(payment))->refundedCents, qint64(1000));

    // A 5xx is not kept: the resend with the key is carried out once.
    SimFault fault;
    fault.kind = SimFault::Kind::ServerError;
    fault.method = QStringLiteral("POST");
    fault.pathPrefix = QStringLiteral("/v1/payments/");
    m_sim->injectFault(fault);
    const QString second = PointBackend::newIdempotencyKey();
    auto failed = await(m_client->refund(refundOf(payment, 500), second));
    QCOMPARE(failed.error.kind(), Kind::Server);
    auto retried = await(m_client->refund(refundOf(payment, 500), second));
    QVERIFY(!retried.error.isError());
    QCOMPARE(m_sim->payments().payment(simId(payment))->refundedCents, qint64(1500));
}

void TestLegacyRefunds::refusedByTheApi()
{
    auto unknown = await(m_client->refund(refundOf(paymentRef(123456789)), PointBackend::newIdempotencyKey()));
    QCOMPARE(unknown.error.kind(), Kind::NotFound);

    // A declined card has a payment, but nothing to give back.
    OrderRequest request;
    request.amount = Money::fromCents(700);
    request.description = QStringLiteral("Mate");
    request.deviceName = QStringLiteral("Caja 1");
    auto created = await(m_client->createOrder(request));
    m_sim->decline(QStringLiteral("Caja 1"));
    auto declined = await(m_client->getOrder(created.value.id));
    QVERIFY(!declined.value.paymentId.isNull());
    auto notPaid = await(m_client->refund(refundOf(declined.value.paymentId), PointBackend::newIdempotencyKey()));
    QCOMPARE(notPaid.error.kind(), Kind::Validation);

    const PaymentRef old = paidSale(900);
    QVERIFY(m_sim->payments().agePayment(simId(old), SimPayments::kDefaultRefundWindowDays + 1));
    auto tooOld = await(m_client->refund(refundOf(old), PointBackend::newIdempotencyKey()));
    QCOMPARE(tooOld.error.kind(), Kind::Validation);
    QVERIFY(tooOld.error.apiMessage().contains(QStringLiteral("too old")));

    const PaymentRef whole = paidSale(900);
    QVERIFY(m_sim->payments().setPartialRefundAllowed(simId(whole), false));
    auto partial = await(m_client->refund(refundOf(whole, 100), PointBackend::newIdempotencyKey()));
    QVERIFY(partial.error.isError());
    QCOMPARE(m_sim->payments().payment(simId(whole))->refundedCents, qint64(0));
    auto inFull = await(m_client->refund(refundOf(whole), PointBackend::newIdempotencyKey()));
    QVERIFY(!inFull.error.isError());
}

void TestLegacyRefunds::contingencyIsPending()
{
    const PaymentRef payment = paidSale(2000);
    m_sim->payments().setContingency(true);
    auto pending = await(m_client->refund(refundOf(payment), PointBackend::newIdempotencyKey()));
    QVERIFY2(!pending.error.isError(), qPrintable(pending.error.detail()));
    QCOMPARE(pending.value.state, RefundState::Pending);
    QCOMPARE(pending.value.rawStatus, QStringLiteral("in_process"));
    QCOMPARE(m_sim->payments().settleRefundsInProcess(), 1);
}

void TestLegacyRefunds::rejectedInputSendsNothing()
{
    const PaymentRef payment = paidSale(2000);
    const int before = m_sim->requestCount();
    const quint64 sentBefore = m_client->requestsSent();

    auto noPayment = await(m_client->refund(refundOf(PaymentRef()), PointBackend::newIdempotencyKey()));
    QCOMPARE(noPayment.error.kind(), Kind::InvalidInput);
    auto notANumber =
        await(m_client->refund(refundOf(PaymentRef(QStringLiteral("PAY01J67CQQH5904WDBVZEM4JMEP3"))),
                               PointBackend::newIdempotencyKey()));
    QCOMPARE(notANumber.error.kind(), Kind::InvalidInput);
    auto noKey = await(m_client->refund(refundOf(payment), QStringLiteral("  ")));
    QCOMPARE(noKey.error.kind(), Kind::InvalidInput);
    auto zero = await(m_client->refund(refundOf(payment, 0), PointBackend::newIdempotencyKey()));
    QCOMPARE(zero.error.kind(), Kind::InvalidInput);
    QCOMPARE(zero.error.field(), QStringLiteral("amount"));
    m_client->setCurrency(*Currency::fromCode(QStringLiteral("CLP")));
    auto cents = await(m_client->refund(refundOf(payment, 150), PointBackend::newIdempotencyKey()));
    QCOMPARE(cents.error.kind(), Kind::InvalidInput);

    QCOMPARE(m_client->requestsSent(), sentBefore);
    QCOMPARE(m_sim->requestCount(), before);
    QCOMPARE(m_sim->payments().payment(simId(payment))->refundedCents, qint64(0));
}

void TestLegacyRefunds::unauthorized()
{
    const PaymentRef payment = paidSale(2000);
    m_client->setAccessToken(QStringLiteral("APP_USR-wrong"));
    auto refused = await(m_client->refund(refundOf(payment), PointBackend::newIdempotencyKey()));
    QCOMPARE(refused.error.kind(), Kind::Unauthorized);
    QCOMPARE(m_sim->payments().payment(simId(payment))->refundedCents, qint64(0));
}

QTEST_GUILESS_MAIN(TestLegacyRefunds)
#include "tst_legacyrefunds.moc"
