// OrdersJsonMapping: the Orders API's status model (contract tables 4.2 and 4.3), amounts, timestamps, durations,
// ids and the request bodies, without a network.
#include "api/OrdersJsonMapping.h"
#include "core/Validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

Q_DECLARE_METATYPE(OrderState)
Q_DECLARE_METATYPE(DeclineReason)

namespace {

QByteArray orderJson(const QString &id, const QString &status, const QString &detail, const QJsonObject &payment,
                     const QJsonArray &refunds = {})
{
    QJsonObject transactions{{QStringLiteral("payments"), QJsonArray{payment}}};
    if (!refunds.isEmpty())
        transactions.insert(QStringLiteral("refunds"), refunds);
    const QJsonObject order{{QStringLiteral("id"), id},
                            {QStringLiteral("status"), status},
                            {QStringLiteral("status_detail"), detail},
                            {QStringLiteral("transactions"), transactions}};
    return QJsonDocument(order).toJson(QJsonDocument::Compact);
}

// The official GET example of a fully refunded order (contract 3.2).
const QByteArray kRefundedExample = R"({
  "id": "ORD00001111222233334444555566", "user_id": "5238400195", "type": "point",
  "external_reference": "ext_ref_1234", "processing_mode": "automatic", "description": "Point Smart 2",
  "expiration_time": "PT16M", "country_code": "MEX", "currency": "MXN",
  "integration_data": { "application_id": "1234567890", "platform_id": "dev_1234567890",
    "integrator_id": "dev_1234567890", "sponsor": { "id": "446566691" } },
  "status": "refunded", "status_detail": "refunded",
  "created_date": "2024-09-10T14:26:42.109320977Z", "last_updated_date": "2024-09-10T14:26:43.5Z",
  "config": { "point": { "terminal_id": "NEWLAND_N950__N950NCB801293324", "print_on_terminal": "no_ticket" },
    "payment_method": { "default_type": "credit_card" } },
  "transactions": {
    "payments": [ { "id": "PAY01J67CQQH5904WDBVZEM4JMEP3", "amount": "24.00", "refunded_amount": "24.00",
        "paid_amount": "24.00", "status": "refunded", "status_detail": "refunded", "reference_id": "12345678",
        "payment_method": { "type": "credit_card", "installments": 6, "id": "master" },
        "card": { "first_digits": "503143", "last_digits": "6351" } } ],
    "refunds": [ { "id": "REF01J67CQQH5904WDBVZEM1234D", "transaction_id": "PAY01J67CQQH5904WDBVZEM4JMEP3",
        "reference_id": "12345678", "amount": "24.00", "status": "processed" } ] } })";

} // namespace

class TestOrdersJsonMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stateMapping_data();
    void stateMapping();
    void stateMappingThroughParse();
    void declineAdviceForEveryReason();
    void amounts_data();
    void amounts();
    void formatAmounts_data();
    void formatAmounts();
    void timestamps_data();
    void timestamps();
    void durations_data();
    void durations();
    void idsKeptExact_data();
    void idsKeptExact();
    void officialRefundedExample();
    void cancel202Body();
    void terminalPage();
    void terminalPageRejects();
    void createBody();
    void derivedReference();
    void setupAndRefundBodies();
    void refundReply();
    void hostileBodies_data();
    void hostileBodies();
};

void TestOrdersJsonMapping::stateMapping_data()
{
    QTest::addColumn<QString>("orderStatus");
    QTest::addColumn<QString>("orderDetail");
    QTest::addColumn<QString>("paymentStatus");
    QTest::addColumn<QString>("paymentDetail");
    QTest::addColumn<OrderState>("state");
    QTest::addColumn<DeclineReason>("reason");
    QTest::addColumn<bool>("cancelRequested");
    const auto row = [](const char *name, const char *os, const char *od, const char *ps, const char *pd,
                        OrderState state, DeclineReason reason = DeclineReason::None, bool cancel = false) {
        QTest::newRow(name) << QString::fromLatin1(os) << QString::fromLatin1(od) << QString::fromLatin1(ps)
                            << QString::fromLatin1(pd) << state << reason << cancel;
    };
    // Table 4.2 (order) with the payment as the simulator and the examples pair them.
    row("created", "created", "created", "created", "created", OrderState::WaitingForCard);
    row("at_terminal", "at_terminal", "at_terminal", "at_terminal", "at_terminal", OrderState::WaitingForCard);
    row("processed/processed", "processed", "processed", "processed", "accredited", OrderState::Approved);
    row("processed/accredited", "processed", "accredited", "processed", "accredited", OrderState::Approved);
    row("processed/partially_refunded", "processed", "partially_refunded", "processed", "partially_refunded",
        OrderState::PartlyRefunded);
    row("processed/partially_refunded, payment accredited", "processed", "partially_refunded", "processed",
        "accredited", OrderState::PartlyRefunded);
    row("action_required/action_required", "action_required", "action_required", "action_required",
        "waiting_payment", OrderState::ActionRequired);
    row("action_required/check_on_terminal", "action_required", "check_on_terminal", "action_required",
        "check_on_terminal", OrderState::ActionRequired);
    row("failed/failed", "failed", "failed", "failed", "failed", OrderState::Rejected, DeclineReason::Other);
    row("canceled", "canceled", "canceled", "canceled", "canceled", OrderState::Cancelled);
    row("expired", "expired", "expired", "expired", "expired", OrderState::Expired);
    row("refunded", "refunded", "refunded", "refunded", "refunded", OrderState::Refunded);
    row("processing/in_process", "processing", "in_process", "processing", "in_process", OrderState::WaitingForCard);
    // Table 4.3 (payment).
    row("payment cancellation_requested", "at_terminal", "at_terminal", "at_terminal", "cancellation_requested",
        OrderState::WaitingForCard, DeclineReason::None, true);
    row("payment canceled_by_api", "canceled", "canceled", "canceled", "canceled_by_api", OrderState::Cancelled);
    row("payment canceled_on_terminal", "canceled", "canceled", "canceled", "canceled_on_terminal",
        OrderState::Cancelled);
    const QList<QPair<const char *, DeclineReason>> declines{
        {"bad_filled_card_data", DeclineReason::BadCardData},
        {"high_risk", DeclineReason::HighRisk},
        {"rejected_by_issuer", DeclineReason::RejectedByIssuer},
        {"required_call_for_authorize", DeclineReason::CallForAuthorization},
        {"max_attempts_exceeded", DeclineReason::MaxAttempts},
        {"card_disabled", DeclineReason::CardDisabled},
        {"insufficient_amount", DeclineReason::InsufficientFunds},
        {"amount_limit_exceeded", DeclineReason::AmountLimit},
        {"processing_error", DeclineReason::ProcessingError},
        {"invalid_installments", DeclineReason::InvalidInstallments},
        {"in_review", DeclineReason::Other},
        {"rejected_other_reason", DeclineReason::Other},
        {"failed", DeclineReason::Other},
        {"a_reason_nobody_documented", DeclineReason::Other}};
    for (const auto &d : declines) {
        QTest::newRow(QByteArray(QByteArray("failed ") + d.first).constData())
            << QStringLiteral("failed") << QStringLiteral("failed") << QStringLiteral("failed")
            << QString::fromLatin1(d.first) << OrderState::Rejected << d.second << false;
    }
    // The reason comes from the PAYMENT's detail, never the order's.
    row("failed, reason only on the order", "failed", "insufficient_amount", "failed", "failed", OrderState::Rejected,
        DeclineReason::Other);
    // Unknown values: never final, never paid.
    row("unknown status", "teleported", "teleported", "processed", "accredited", OrderState::Unknown);
    row("empty status", "", "", "", "", OrderState::Unknown);
    row("unknown detail of processed", "processed", "something_new", "processed", "something_new",
        OrderState::Approved);
    row("unknown detail of created", "created", "warming_up", "created", "warming_up", OrderState::WaitingForCard);
    row("status decides, not the payment", "at_terminal", "at_terminal", "processed", "accredited",
        OrderState::WaitingForCard);
    row("upper case", "PROCESSED", "ACCREDITED", "PROCESSED", "ACCREDITED", OrderState::Approved);
}

void TestOrdersJsonMapping::stateMapping()
{
    QFETCH(QString, orderStatus);
    QFETCH(QString, orderDetail);
    QFETCH(QString, paymentStatus);
    QFETCH(QString, paymentDetail);
    QFETCH(OrderState, state);
    QFETCH(DeclineReason, reason);
    QFETCH(bool, cancelRequested);
    const auto mapped = OrdersJsonMapping::orderState(orderStatus, orderDetail, paymentStatus, paymentDetail);
    QCOMPARE(mapped.state, state);
    QCOMPARE(mapped.declineReason, reason);
    QCOMPARE(mapped.cancellationRequested, cancelRequested);
    // ActionRequired is final but never paid; unknown and waiting states are never final.
    if (state == OrderState::ActionRequired)
        QVERIFY(OrderStates::isFinal(state) && !OrderStates::wasPaid(state));
    if (state == OrderState::Unknown || state == OrderState::WaitingForCard)
        QVERIFY(!OrderStates::isFinal(state) && !OrderStates::wasPaid(state));
}

void TestOrdersJsonMapping::stateMappingThroughParse()
{
    QJsonObject payment{{QStringLiteral("id"), QStringLiteral("PAY1")},
                        {QStringLiteral("status"), QStringLiteral("failed")},
                        {QStringLiteral("status_detail"), QStringLiteral("insufficient_amount")}};
    const auto info = OrdersJsonMapping::parseOrder(
        orderJson(QStringLiteral("ORD1"), QStringLiteral("failed"), QStringLiteral("failed"), payment));
    QVERIFY(info);
    QCOMPARE(info->state, OrderState::Rejected);
    QCOMPARE(info->declineReason, DeclineReason::InsufficientFunds);
    QCOMPARE(info->paymentStatusDetail, QStringLiteral("insufficient_amount"));
    QCOMPARE(info->statusDetail, QStringLiteral("failed"));
}

void TestOrdersJsonMapping::declineAdviceForEveryReason()
{
    QVERIFY(DeclineReasons::advice(DeclineReason::None).isEmpty());
    QSet<QString> seen;
    for (DeclineReason r :
         {DeclineReason::BadCardData, DeclineReason::HighRisk, DeclineReason::RejectedByIssuer,
          DeclineReason::CallForAuthorization, DeclineReason::MaxAttempts, DeclineReason::CardDisabled,
          DeclineReason::InsufficientFunds, DeclineReason::AmountLimit, DeclineReason::ProcessingError,
          DeclineReason::InvalidInstallments, DeclineReason::Other}) {
        const QString advice = DeclineReasons::advice(r);
        QVERIFY2(!advice.isEmpty(), qPrintable(DeclineReasons::toKey(r)));
        QVERIFY(!seen.contains(advice));
        seen.insert(advice);
        QCOMPARE(DeclineReasons::fromKey(DeclineReasons::toKey(r)), r);
    }
    QCOMPARE(DeclineReasons::fromKey(QStringLiteral("none")), DeclineReason::None);
    QCOMPARE(DeclineReasons::fromKey(QStringLiteral("nonsense")), DeclineReason::Other);
}

void TestOrdersJsonMapping::amounts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("cents"); // -1: refused
    QTest::newRow("120") << "120" << qint64(12000);
    QTest::newRow("5.00") << "5.00" << qint64(500);
    QTest::newRow("24.00") << "24.00" << qint64(2400);
    QTest::newRow("24.5") << "24.5" << qint64(2450);
    QTest::newRow("0.01") << "0.01" << qint64(1);
    QTest::newRow("0") << "0" << qint64(0);
    QTest::newRow("2400 CLP") << "2400" << qint64(240000);
    QTest::newRow("trailing zeros") << "10.500000000" << qint64(1050);
    QTest::newRow("spaces") << " 12.00 " << qint64(1200);
    QTest::newRow("max") << "99999999.99" << qint64(9999999999);
    QTest::newRow("above max") << "100000000.00" << qint64(-1);
    QTest::newRow("0.1 + 0.2 exact") << "0.30" << qint64(30);
    QTest::newRow("finer than a cent") << "10.501" << qint64(-1);
    QTest::newRow("negative") << "-1.00" << qint64(-1);
    QTest::newRow("plus") << "+5" << qint64(-1);
    QTest::newRow("exponent") << "1e3" << qint64(-1);
    QTest::newRow("empty") << "" << qint64(-1);
    QTest::newRow("dot") << "." << qint64(-1);
    QTest::newRow("no decimals after dot") << "1." << qint64(-1);
    QTest::newRow("no units") << ".5" << qint64(-1);
    QTest::newRow("comma") << "12,50" << qint64(-1);
    QTest::newRow("two dots") << "1.2.3" << qint64(-1);
    QTest::newRow("hex") << "0x10" << qint64(-1);
    QTest::newRow("fullwidth digits") << QStringLiteral("\uFF11\uFF12") << qint64(-1);
    QTest::newRow("arabic-indic digits") << QStringLiteral("\u0661\u0662") << qint64(-1);
    QTest::newRow("huge") << QString(400, QLatin1Char('9')) << qint64(-1);
    QTest::newRow("nan") << "NaN" << qint64(-1);
}

void TestOrdersJsonMapping::amounts()
{
    QFETCH(QString, text);
    QFETCH(qint64, cents);
    const std::optional<Money> parsed = OrdersJsonMapping::parseAmount(text);
    if (cents < 0) {
        QVERIFY2(!parsed, qPrintable(text));
    } else {
        QVERIFY2(parsed, qPrintable(text));
        QCOMPARE(parsed->cents(), cents);
    }
}

void TestOrdersJsonMapping::formatAmounts_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("text"); // "" = cannot be written
    QTest::newRow("ARS") << "ARS" << qint64(2400) << "24.00";
    QTest::newRow("ARS cents") << "ARS" << qint64(125050) << "1250.50";
    QTest::newRow("ARS 5 cents") << "ARS" << qint64(5) << "0.05";
    QTest::newRow("BRL") << "BRL" << qint64(2400) << "24.00";
    QTest::newRow("MXN") << "MXN" << qint64(9999999999) << "99999999.99";
    QTest::newRow("CLP") << "CLP" << qint64(240000) << "2400";
    QTest::newRow("COP") << "COP" << qint64(100) << "1";
    QTest::newRow("CLP with cents") << "CLP" << qint64(240050) << "";
}

void TestOrdersJsonMapping::formatAmounts()
{
    QFETCH(QString, currency);
    QFETCH(qint64, cents);
    QFETCH(QString, text);
    const auto written = OrdersJsonMapping::formatAmount(Money::fromCents(cents), *Currency::fromCode(currency));
    if (text.isEmpty()) {
        QVERIFY(!written);
        return;
    }
    QVERIFY(written);
    QCOMPARE(*written, text);
    // What PointDesk writes, it reads back exactly.
    QCOMPARE(OrdersJsonMapping::parseAmount(*written)->cents(), cents);
}

void TestOrdersJsonMapping::timestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("utc"); // invalid: refused
    const QDate day(2024, 9, 10);
    const auto at = [day](int h, int m, int s, int ms) { return QDateTime(day, QTime(h, m, s, ms), QTimeZone::utc()); };
    QTest::newRow("0 digits") << "2024-09-10T14:26:42Z" << at(14, 26, 42, 0);
    QTest::newRow("1 digit") << "2024-09-10T14:26:42.5Z" << at(14, 26, 42, 500);
    QTest::newRow("3 digits") << "2024-09-10T14:26:42.109Z" << at(14, 26, 42, 109);
    QTest::newRow("9 digits") << "2024-09-10T14:26:42.109320977Z" << at(14, 26, 42, 109);
    QTest::newRow("+03:00") << "2024-09-10T17:26:42.109+03:00" << at(14, 26, 42, 109);
    QTest::newRow("-05:30") << "2024-09-10T08:56:42-05:30" << at(14, 26, 42, 0);
    QTest::newRow("+00:00") << "2024-09-10T14:26:42.000000000+00:00" << at(14, 26, 42, 0);
    QTest::newRow("offset across midnight") << "2024-09-11T01:00:00+10:33" << at(14, 27, 0, 0);
    QTest::newRow("10 digits") << "2024-09-10T14:26:42.1093209771Z" << QDateTime();
    QTest::newRow("no zone") << "2024-09-10T14:26:42.109" << QDateTime();
    QTest::newRow("lower z") << "2024-09-10T14:26:42z" << QDateTime();
    QTest::newRow("space") << "2024-09-10 14:26:42Z" << QDateTime();
    QTest::newRow("month 13") << "2024-13-10T14:26:42Z" << QDateTime();
    QTest::newRow("hour 25") << "2024-09-10T25:26:42Z" << QDateTime();
    QTest::newRow("offset +15") << "2024-09-10T14:26:42+15:00" << QDateTime();
    QTest::newRow("offset no colon") << "2024-09-10T14:26:42+0300" << QDateTime();
    QTest::newRow("empty") << "" << QDateTime();
    QTest::newRow("dot no digits") << "2024-09-10T14:26:42.Z" << QDateTime();
}

void TestOrdersJsonMapping::timestamps()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, utc);
    const auto parsed = OrdersJsonMapping::parseTimestamp(text);
    if (!utc.isValid()) {
        QVERIFY2(!parsed, qPrintable(text));
        return;
    }
    QVERIFY2(parsed, qPrintable(text));
    QCOMPARE(*parsed, utc);
    QCOMPARE(parsed->timeSpec(), Qt::UTC);
}

void TestOrdersJsonMapping::durations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("seconds"); // -1: refused
    QTest::newRow("PT30S") << "PT30S" << 30;
    QTest::newRow("PT16M") << "PT16M" << 960;
    QTest::newRow("PT15M") << "PT15M" << 900;
    QTest::newRow("PT1H15M") << "PT1H15M" << 4500;
    QTest::newRow("PT3H") << "PT3H" << 10800;
    QTest::newRow("PT1H0M5S") << "PT1H0M5S" << 3605;
    QTest::newRow("PT") << "PT" << -1;
    QTest::newRow("days") << "P1D" << -1;
    QTest::newRow("fraction") << "PT1.5S" << -1;
    QTest::newRow("order") << "PT5S1M" << -1;
    QTest::newRow("lower") << "pt30s" << -1;
    QTest::newRow("huge") << "PT9999999S" << 9999999;
    QTest::newRow("too many digits") << "PT99999999S" << -1;
}

void TestOrdersJsonMapping::durations()
{
    QFETCH(QString, text);
    QFETCH(int, seconds);
    const auto parsed = OrdersJsonMapping::parseDuration(text);
    if (seconds < 0) {
        QVERIFY2(!parsed, qPrintable(text));
        return;
    }
    QVERIFY2(parsed, qPrintable(text));
    QCOMPARE(*parsed, seconds);
    QCOMPARE(OrdersJsonMapping::parseDuration(OrdersJsonMapping::formatDuration(seconds)), parsed);
}

void TestOrdersJsonMapping::idsKeptExact_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("official") << "ORD01JQ4S4KY8HWQ6NA5PXB65B3D3" << true;
    QTest::newRow("test prefix") << "ORDTST01JQ4S4KY8HWQ6NA5PXB65B3D3" << true;
    QTest::newRow("one char") << "X" << true;
    QTest::newRow("25 after prefix") << "REF01J67CQQH5904WDBVZEM1234D" << true;
    QTest::newRow("lower case and symbols") << "ord-01j/ñ?x y" << true;
    QTest::newRow("64") << QString(64, QLatin1Char('Z')) << true;
    QTest::newRow("256") << QString(256, QLatin1Char('7')) << true;
    QTest::newRow("257") << QString(257, QLatin1Char('7')) << false;
    QTest::newRow("with a NUL") << QString(QStringLiteral("ORD1") + QChar(0) + QStringLiteral("X")) << true;
    QTest::newRow("blank") << "   " << false;
    QTest::newRow("empty") << "" << false;
}

void TestOrdersJsonMapping::idsKeptExact()
{
    QFETCH(QString, id);
    QFETCH(bool, accepted);
    const QJsonObject payment{{QStringLiteral("id"), QString(QStringLiteral("PAY") + id)}};
    QString why;
    const auto info =
        OrdersJsonMapping::parseOrder(orderJson(id, QStringLiteral("created"), QStringLiteral("created"), payment), &why);
    QCOMPARE(bool(info), accepted);
    if (!accepted) {
        QVERIFY(!why.isEmpty());
        return;
    }
    QCOMPARE(info->id.toString(), id);
    if (id.size() + 3 <= OrdersJsonMapping::kMaxIdChars)
        QCOMPARE(info->paymentId.toString(), QStringLiteral("PAY") + id);
    QJsonObject createdObject;
    createdObject.insert(QStringLiteral("id"), id);
    createdObject.insert(QStringLiteral("status"), QStringLiteral("created"));
    const QByteArray created = QJsonDocument(createdObject).toJson();
    QCOMPARE(OrdersJsonMapping::parseCreatedOrder(created)->id.toString(), id);
}

void TestOrdersJsonMapping::officialRefundedExample()
{
    QString why;
    const auto info = OrdersJsonMapping::parseOrder(kRefundedExample, &why);
    QVERIFY2(info, qPrintable(why));
    QCOMPARE(info->id, OrderRef(QStringLiteral("ORD00001111222233334444555566")));
    QCOMPARE(info->state, OrderState::Refunded);
    QCOMPARE(info->status, QStringLiteral("refunded"));
    QCOMPARE(info->paymentId, PaymentRef(QStringLiteral("PAY01J67CQQH5904WDBVZEM4JMEP3")));
    QCOMPARE(info->paymentStatus, QStringLiteral("refunded"));
    QCOMPARE(info->externalReference, QStringLiteral("ext_ref_1234"));
    QCOMPARE(info->cardBrand, QStringLiteral("master"));
    QCOMPARE(info->cardType, QStringLiteral("credit_card"));
    QCOMPARE(info->installments, 6);
    QCOMPARE(info->lastDigits, QStringLiteral("6351"));
    QCOMPARE(info->amount, std::optional<Money>(Money::fromCents(2400)));
    QCOMPARE(info->paidAmount, std::optional<Money>(Money::fromCents(2400)));
    QCOMPARE(info->refundedAmount, std::optional<Money>(Money::fromCents(2400)));
    QCOMPARE(info->createdAt, QDateTime(QDate(2024, 9, 10), QTime(14, 26, 42, 109), QTimeZone::utc()));
    QCOMPARE(info->updatedAt, QDateTime(QDate(2024, 9, 10), QTime(14, 26, 43, 500), QTimeZone::utc()));
    QCOMPARE(info->expiresAfterSeconds, std::optional<int>(960));
    QCOMPARE(info->refunds.size(), 1);
    QCOMPARE(info->refunds.first().id, RefundRef(QStringLiteral("REF01J67CQQH5904WDBVZEM1234D")));
    QCOMPARE(info->refunds.first().amount, Money::fromCents(2400));
    QCOMPARE(info->refunds.first().state, RefundState::Done);
    QVERIFY(!info->cancellationRequested);
    // operator== sees every field.
    OrderInfo other = *info;
    QVERIFY(other == *info);
    other.refunds.first().rawStatus = QStringLiteral("processing");
    QVERIFY(other != *info);
    other = *info;
    other.installments = 3;
    QVERIFY(other != *info);
    other = *info;
    other.updatedAt = other.updatedAt.addMSecs(1);
    QVERIFY(other != *info);
}

void TestOrdersJsonMapping::cancel202Body()
{
    const QByteArray body = R"({"id":"ORD00009999222233334444555566","status":"at_terminal","status_detail":"at_terminal",
        "transactions":{"payments":[{"id":"PAY01J67CQQH5904WDBVZEM4JMEP4","status":"at_terminal",
        "status_detail":"cancellation_requested"}]}})";
    const auto info = OrdersJsonMapping::parseOrder(body);
    QVERIFY(info);
    QCOMPARE(info->state, OrderState::WaitingForCard);
    QVERIFY(info->cancellationRequested);
    QVERIFY(!info->amount && !info->paidAmount && info->installments == 0 && !info->createdAt.isValid());
}

void TestOrdersJsonMapping::terminalPage()
{
    const QByteArray body = R"({"data":{"terminals":[
        {"id":"NEWLAND_N950__SBX0000001","pos_id":47792476,"store_id":"47792478","external_pos_id":"SUC0101POS",
         "operating_mode":"PDV"},
        {"id":"PAX_A910__X","pos_id":"23545678","store_id":47792479,"operating_mode":"STANDALONE","extra":[1,2]},
        {"id":"GERTEC_MP35P__Y","operating_mode":"UNDEFINED"},
        {"id":"NEWLAND_N950__Z","operating_mode":"SOMETHING_NEW"},
        {"pos_id":1},
        {"id":42}
      ]},"paging":{"total":120,"offset":50,"limit":50}})";
    QString why;
    const auto page = OrdersJsonMapping::parseTerminalPage(body, 50, &why);
    QVERIFY2(page, qPrintable(why));
    QCOMPARE(page->total, 120);
    QCOMPARE(page->offset, 50);
    QCOMPARE(page->limit, 50);
    QCOMPARE(page->terminals.size(), 4); // the two without a usable id are skipped
    const Device &first = page->terminals.at(0);
    QCOMPARE(first.name, QStringLiteral("NEWLAND_N950__SBX0000001"));
    QCOMPARE(first.id, first.name);
    QCOMPARE(first.status, Device::Status::Unknown);
    QCOMPARE(first.operatingMode, Device::OperatingMode::Pdv);
    QCOMPARE(first.posId, QStringLiteral("47792476"));
    QCOMPARE(first.storeId, QStringLiteral("47792478"));
    QCOMPARE(first.externalPosId, QStringLiteral("SUC0101POS"));
    QCOMPARE(page->terminals.at(1).posId, QStringLiteral("23545678"));
    QCOMPARE(page->terminals.at(1).storeId, QStringLiteral("47792479"));
    QCOMPARE(page->terminals.at(1).operatingMode, Device::OperatingMode::Standalone);
    QCOMPARE(page->terminals.at(2).operatingMode, Device::OperatingMode::Undefined);
    QCOMPARE(page->terminals.at(3).operatingMode, Device::OperatingMode::Unknown);
    QCOMPARE(page->terminals.at(3).rawOperatingMode, QStringLiteral("SOMETHING_NEW"));
    // Without paging, the list ends with this page.
    const auto bare = OrdersJsonMapping::parseTerminalPage(R"({"data":{"terminals":[]}})", 0);
    QVERIFY(bare);
    QCOMPARE(bare->total, 0);
}

void TestOrdersJsonMapping::terminalPageRejects()
{
    for (const QByteArray &body : {QByteArray("[]"), QByteArray("{}"), QByteArray(R"({"data":{"terminals":{}}})"),
                                   QByteArray(R"({"data":[]})"), QByteArray("not json")}) {
        QString why;
        QVERIFY2(!OrdersJsonMapping::parseTerminalPage(body, 0, &why), body.constData());
        QVERIFY(!why.isEmpty());
    }
}

void TestOrdersJsonMapping::createBody()
{
    OrderRequest r;
    r.amount = Money::fromCents(2400);
    r.description = QStringLiteral("Caf\u00e9 con leche");
    r.deviceName = QStringLiteral("NEWLAND_N950__SBX0000001");
    r.cardType = CardType::Debit;
    r.printOnTerminal = false;
    r.expirationSeconds = 960;
    const auto body = OrdersJsonMapping::createOrderBody(r, *Currency::fromCode(QStringLiteral("ARS")), QStringLiteral("ref_1"));
    QVERIFY(body);
    QCOMPARE(*body, QByteArray(R"({"config":{"payment_method":{"default_type":"debit_card"},"point":{)"
                               R"("print_on_terminal":"no_ticket","terminal_id":"NEWLAND_N950__SBX0000001"}},)"
                               R"("description":"Caf)") + QByteArray("\xc3\xa9") +
                                   QByteArray(R"( con leche","expiration_time":"PT16M","external_reference":"ref_1",)"
                                              R"("transactions":{"payments":[{"amount":"24.00"}]},"type":"point"})"));
    // Printing (the default), no expiration, no description: those keys are left out; CLP has no decimals.
    r.printOnTerminal = true;
    r.expirationSeconds.reset();
    r.description.clear();
    r.amount = Money::fromCents(240000);
    r.cardType = CardType::Credit;
    const auto clp = OrdersJsonMapping::createOrderBody(r, *Currency::fromCode(QStringLiteral("CLP")), QStringLiteral("ref_2"));
    QCOMPARE(*clp, QByteArray(R"({"config":{"payment_method":{"default_type":"credit_card"},"point":{)"
                              R"("terminal_id":"NEWLAND_N950__SBX0000001"}},"external_reference":"ref_2",)"
                              R"("transactions":{"payments":[{"amount":"2400"}]},"type":"point"})"));
    r.amount = Money::fromCents(240050);
    QVERIFY(!OrdersJsonMapping::createOrderBody(r, *Currency::fromCode(QStringLiteral("CLP")), QStringLiteral("ref_2")));
}

void TestOrdersJsonMapping::derivedReference()
{
    const QString key = QStringLiteral("3f2c1a9e-8b7d-4c6e-9f00-123456789abc");
    QCOMPARE(OrdersJsonMapping::derivedExternalReference(key), QStringLiteral("pd-") + key);
    QCOMPARE(OrdersJsonMapping::derivedExternalReference(key), OrdersJsonMapping::derivedExternalReference(key));
    const QString odd = QStringLiteral("clé with spaces/and {braces}");
    const QString derived = OrdersJsonMapping::derivedExternalReference(odd);
    QCOMPARE(derived, OrdersJsonMapping::derivedExternalReference(odd));
    QVERIFY(derived != OrdersJsonMapping::derivedExternalReference(odd + QLatin1Char('x')));
    QVERIFY(!Validation::ordersExternalReference(derived));
    QVERIFY(!Validation::ordersExternalReference(OrdersJsonMapping::derivedExternalReference(QString(128, QLatin1Char('k')))));
}

void TestOrdersJsonMapping::setupAndRefundBodies()
{
    QCOMPARE(OrdersJsonMapping::setupBody(QStringLiteral("NEWLAND_N950__SBX0000001"), Device::OperatingMode::Pdv),
             QByteArray(R"({"terminals":[{"id":"NEWLAND_N950__SBX0000001","operating_mode":"PDV"}]})"));
    QCOMPARE(OrdersJsonMapping::setupBody(QStringLiteral("A__B"), Device::OperatingMode::Standalone),
             QByteArray(R"({"terminals":[{"id":"A__B","operating_mode":"STANDALONE"}]})"));
    RefundRequest total;
    total.order = OrderRef(QStringLiteral("ORD1"));
    QCOMPARE(*OrdersJsonMapping::refundBody(total, Currency()), QByteArray());
    RefundRequest partial = total;
    partial.payment = PaymentRef(QStringLiteral("PAY01J67CQQH5904WDBVZEM4JMEP3"));
    partial.amount = Money::fromCents(1250);
    QCOMPARE(*OrdersJsonMapping::refundBody(partial, Currency()),
             QByteArray(R"({"transactions":[{"amount":"12.50","id":"PAY01J67CQQH5904WDBVZEM4JMEP3"}]})"));
}

void TestOrdersJsonMapping::refundReply()
{
    const QByteArray body = R"({"id":"ORD1","status":"processed","status_detail":"partially_refunded",
        "transactions":{"refunds":[
          {"id":"REF_OLD","transaction_id":"PAY1","amount":"5.00","status":"processed"},
          {"id":"REF_NEW","transaction_id":"PAY1","amount":"12.50","status":"processing"},
          {"id":"REF_OTHER","transaction_id":"PAY2","amount":"1","status":"processed"}]}})";
    const auto mine = OrdersJsonMapping::parseRefund(body, PaymentRef(QStringLiteral("PAY1")), Money::fromCents(1250));
    QVERIFY(mine);
    QCOMPARE(mine->id, RefundRef(QStringLiteral("REF_NEW")));
    QCOMPARE(mine->amount, Money::fromCents(1250));
    QCOMPARE(mine->state, RefundState::Pending);
    QCOMPARE(mine->rawStatus, QStringLiteral("processing"));
    const auto newest = OrdersJsonMapping::parseRefund(body, PaymentRef(), std::nullopt);
    QCOMPARE(newest->id, RefundRef(QStringLiteral("REF_OTHER")));
    QCOMPARE(newest->state, RefundState::Done);
    // Accepted without the refund listed: not done, to be checked.
    const auto unlisted = OrdersJsonMapping::parseRefund("{}", PaymentRef(), Money::fromCents(300));
    QVERIFY(unlisted);
    QCOMPARE(unlisted->state, RefundState::Unknown);
    QCOMPARE(unlisted->amount, Money::fromCents(300));
    QVERIFY(!OrdersJsonMapping::parseRefund("[1]", PaymentRef(), std::nullopt));
}

void TestOrdersJsonMapping::hostileBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("id number") << QByteArray(R"({"id":123,"status":"created"})");
    QTest::newRow("status object") << QByteArray(R"({"id":"ORD1","status":{"a":1}})");
    QTest::newRow("no status") << QByteArray(R"({"id":"ORD1"})");
    QTest::newRow("deep nesting") << (QByteArray(5000, '[') + QByteArray(5000, ']'));
    QTest::newRow("truncated") << QByteArray(R"({"id":"ORD1","status":"crea)");
}

void TestOrdersJsonMapping::hostileBodies()
{
    QFETCH(QByteArray, body);
    QString why;
    QVERIFY(!OrdersJsonMapping::parseOrder(body, &why));
    QVERIFY(!why.isEmpty());
    // Wrong types in optional fields are ignored, never trusted.
    const QByteArray odd = R"({"id":"ORD1","status":"processed","transactions":{"payments":[
        {"id":["x"],"amount":24.0,"paid_amount":{"v":1},"payment_method":{"installments":"6","id":7},
         "card":"1234"}],"refunds":"many"}, "created_date": 17, "expiration_time": ["PT1M"]})";
    const auto info = OrdersJsonMapping::parseOrder(odd);
    QVERIFY(info);
    QCOMPARE(info->state, OrderState::Approved);
    QVERIFY(info->paymentId.isNull() && !info->amount && !info->paidAmount && info->installments == 0);
    QCOMPARE(info->cardBrand, QStringLiteral("7"));
    QVERIFY(info->lastDigits.isEmpty() && info->refunds.isEmpty() && !info->createdAt.isValid());
    // A huge refund list is read only in part.
    QJsonArray many;
    for (int i = 0; i < 5000; ++i)
        many.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("REF%1").arg(i)},
                                {QStringLiteral("amount"), QStringLiteral("1.00")},
                                {QStringLiteral("status"), QStringLiteral("processed")}});
    const auto big = OrdersJsonMapping::parseOrder(orderJson(QStringLiteral("ORD1"), QStringLiteral("refunded"),
                                                             QStringLiteral("refunded"), QJsonObject(), many));
    QVERIFY(big);
    QCOMPARE(big->refunds.size(), OrdersJsonMapping::kMaxRefunds);
}

QTEST_GUILESS_MAIN(TestOrdersJsonMapping)
#include "tst_ordersjsonmapping.moc"
