// OrdersSimulator tests, part 2: the status machine, cancel, refunds, test events, faults, notifications, the
// control surface and the pointdesk-sim binary.
#include "TestOrdersSimulator.h"

// --- 4. the status machine ------------------------------------------------------------------------------

void TestOrdersSimulator::terminalTakesAfterDelayOnlyInPdv()
{
    OrdersSimulator::Settings settings = m_sim->settings();
    settings.takeDelayMs = 100;
    m_sim->setSettings(settings);
    const QString pdv = createOk(kSbx);
    const QString standalone = createOk(kStandalone);
    QCOMPARE(status(pdv), QStringLiteral("created"));
    QTRY_COMPARE_WITH_TIMEOUT(status(pdv), QStringLiteral("at_terminal"), 3000);
    QCOMPARE(getOrder(pdv).str(QStringLiteral("status_detail")), QStringLiteral("at_terminal"));
    QTest::qWait(200);
    QCOMPARE(status(standalone), QStringLiteral("created"));
    QCOMPARE(m_sim->waitingOrder(kStandalone), standalone);
}

void TestOrdersSimulator::expiryFromCreation()
{
    OrdersSimulator::Settings settings = m_sim->settings();
    settings.expirationScale = 0.01; // PT30S -> 300 ms, PT1M -> 600 ms
    m_sim->setSettings(settings);
    const HttpResult shortOne = api(
        "POST", "/v1/orders", createBody(kSbx, QStringLiteral("1.00"), QStringLiteral("a"), QStringLiteral("PT30S")),
        {{"X-Idempotency-Key", newKey()}});
    const HttpResult longOne =
        api("POST", "/v1/orders", createBody(kPax, QStringLiteral("1.00"), QStringLiteral("b"), QStringLiteral("PT1M")),
            {{"X-Idempotency-Key", newKey()}});
    const QString a = shortOne.str(QStringLiteral("id"));
    const QString b = longOne.str(QStringLiteral("id"));
    QVERIFY(m_sim->take(b)); // at_terminal orders expire too; the timer runs from creation
    QElapsedTimer timer;
    timer.start();
    QTRY_COMPARE_WITH_TIMEOUT(status(a), QStringLiteral("expired"), 3000);
    QVERIFY(timer.elapsed() >= 250);
    QCOMPARE(status(b), QStringLiteral("at_terminal"));
    QTRY_COMPARE_WITH_TIMEOUT(status(b), QStringLiteral("expired"), 3000);
    const QJsonObject o = getOrder(b).json();
    QCOMPARE(o.value(QStringLiteral("status_detail")).toString(), QStringLiteral("expired"));
    QCOMPARE(payment0(o).value(QStringLiteral("status")).toString(), QStringLiteral("expired"));
    QVERIFY(m_sim->waitingOrder(kSbx).isEmpty());
    QVERIFY(m_sim->waitingOrder(kPax).isEmpty());
    QVERIFY(!m_sim->expire(a)); // final: no way out
}

void TestOrdersSimulator::terminalResults_data()
{
    QTest::addColumn<bool>("approved");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<int>("cardType");
    QTest::addColumn<QString>("brand");
    QTest::addColumn<int>("installments");
    QTest::addColumn<QString>("lastDigits");
    QTest::newRow("credit master 6") << true << "" << int(CardType::Credit) << "master" << 6 << "1234";
    QTest::newRow("debit visa") << true << "" << int(CardType::Debit) << "debvisa" << 1 << "9876";
    QTest::newRow("declined funds") << false << "insufficient_amount" << int(CardType::Credit) << "visa" << 1 << "4242";
    QTest::newRow("declined high risk") << false << "high_risk" << int(CardType::Debit) << "debmaster" << 1 << "0001";
    QTest::newRow("failed generic") << false << "" << int(CardType::Credit) << "amex" << 3 << "0005";
}

void TestOrdersSimulator::terminalResults()
{
    QFETCH(bool, approved);
    QFETCH(QString, detail);
    QFETCH(int, cardType);
    QFETCH(QString, brand);
    QFETCH(int, installments);
    QFETCH(QString, lastDigits);
    const QString id = createOk(kSbx, QStringLiteral("150.00"));
    QVERIFY(m_sim->take(id));
    OrdersSimPaymentResult result;
    result.approved = approved;
    result.statusDetail = detail;
    result.cardType = CardType(cardType);
    result.methodId = brand;
    result.installments = installments;
    result.lastDigits = lastDigits;
    QVERIFY(m_sim->pay(id, result));
    QVERIFY(!m_sim->pay(id, result)); // a final order takes no second result
    const QJsonObject o = getOrder(id).json();
    const QJsonObject p = payment0(o);
    const QJsonObject method = p.value(QStringLiteral("payment_method")).toObject();
    QCOMPARE(method.value(QStringLiteral("type")).toString(), CardTypes::toApi(CardType(cardType)));
    QCOMPARE(method.value(QStringLiteral("id")).toString(), brand);
    QCOMPARE(method.value(QStringLiteral("installments")).toInt(),
             cardType == int(CardType::Credit) ? installments : 1);
    QCOMPARE(p.value(QStringLiteral("card")).toObject().value(QStringLiteral("last_digits")).toString(), lastDigits);
    if (approved) {
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("processed"));
        QCOMPARE(p.value(QStringLiteral("status")).toString(), QStringLiteral("processed"));
        QCOMPARE(p.value(QStringLiteral("status_detail")).toString(), QStringLiteral("accredited"));
        QCOMPARE(p.value(QStringLiteral("paid_amount")).toString(), QStringLiteral("150.00"));
        QCOMPARE(p.value(QStringLiteral("refunded_amount")).toString(), QStringLiteral("0.00"));
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9]+$"))
                    .match(p.value(QStringLiteral("reference_id")).toString())
                    .hasMatch());
    } else {
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(o.value(QStringLiteral("status_detail")).toString(), QStringLiteral("failed"));
        QCOMPARE(p.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(p.value(QStringLiteral("status_detail")).toString(),
                 detail.isEmpty() ? QStringLiteral("failed") : detail);
        QVERIFY(!p.contains(QStringLiteral("reference_id")));
    }
    QVERIFY(m_sim->waitingOrder(kSbx).isEmpty());
}

void TestOrdersSimulator::actionRequired()
{
    const QString direct = createOk(kSbx);
    QVERIFY(!m_sim->requireAction(direct)); // only from at_terminal
    QVERIFY(m_sim->take(direct));
    QVERIFY(m_sim->requireAction(direct));
    QJsonObject o = getOrder(direct).json();
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("action_required"));
    QCOMPARE(payment0(o).value(QStringLiteral("status_detail")).toString(), QStringLiteral("check_on_terminal"));
    QVERIFY(!m_sim->pay(direct, {})); // action_required does not change afterwards
    QVERIFY(!m_sim->expire(direct));

    // No result some time after the customer began paying.
    OrdersSimulator::Settings settings = m_sim->settings();
    settings.noResultActionRequiredMs = 100;
    m_sim->setSettings(settings);
    const QString slow = createOk(kPax);
    QVERIFY(m_sim->take(slow));
    QVERIFY(m_sim->beginPayment(slow));
    QTRY_COMPARE_WITH_TIMEOUT(status(slow), QStringLiteral("action_required"), 3000);
    const QString paid = createOk(kSbx);
    QVERIFY(m_sim->take(paid));
    QVERIFY(m_sim->beginPayment(paid));
    QVERIFY(m_sim->pay(paid, {}));
    QTest::qWait(200);
    QCOMPARE(status(paid), QStringLiteral("processed"));
}

// --- 3.3 cancel -----------------------------------------------------------------------------------------

void TestOrdersSimulator::cancelByStatus_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QByteArray>("header"); // x-allow-cancelable-status; "-" = absent
    QTest::addColumn<bool>("terminalSupports");
    QTest::addColumn<int>("expectedStatus");
    QTest::addColumn<QString>("code");
    QTest::newRow("created") << "created" << QByteArray("-") << true << 200 << "";
    QTest::newRow("created, header ignored") << "created" << QByteArray("at_terminal") << true << 200 << "";
    QTest::newRow("at_terminal with header") << "at_terminal" << QByteArray("at_terminal") << true << 202 << "";
    QTest::newRow("at_terminal no header") << "at_terminal" << QByteArray("-") << true << 409 << "cannot_cancel_order";
    QTest::newRow("at_terminal wrong value")
        << "at_terminal" << QByteArray("AT_TERMINAL") << true << 409 << "cannot_cancel_order";
    QTest::newRow("at_terminal incompatible")
        << "at_terminal" << QByteArray("at_terminal") << false << 409 << "cannot_cancel_order";
    QTest::newRow("canceled") << "canceled" << QByteArray("at_terminal") << true << 409 << "order_already_canceled";
    QTest::newRow("processed") << "processed" << QByteArray("at_terminal") << true << 409 << "cannot_cancel_order";
    QTest::newRow("failed") << "failed" << QByteArray("-") << true << 409 << "cannot_cancel_order";
    QTest::newRow("expired") << "expired" << QByteArray("-") << true << 409 << "cannot_cancel_order";
    QTest::newRow("action_required") << "action_required" << QByteArray("at_terminal") << true << 409
                                     << "cannot_cancel_order";
}

void TestOrdersSimulator::cancelByStatus()
{
    QFETCH(QString, setup);
    QFETCH(QByteArray, header);
    QFETCH(bool, terminalSupports);
    QFETCH(int, expectedStatus);
    QFETCH(QString, code);
    QVERIFY(m_sim->setAtTerminalCancel(kSbx, terminalSupports));
    const QString id = createOk(kSbx);
    if (setup != QLatin1String("created"))
        QVERIFY(m_sim->take(id));
    OrdersSimPaymentResult declined;
    declined.approved = false;
    if (setup == QLatin1String("canceled"))
        QVERIFY(m_sim->cancelOnTerminal(id));
    else if (setup == QLatin1String("processed"))
        QVERIFY(m_sim->pay(id, {}));
    else if (setup == QLatin1String("failed"))
        QVERIFY(m_sim->pay(id, declined));
    else if (setup == QLatin1String("expired"))
        QVERIFY(m_sim->expire(id));
    else if (setup == QLatin1String("action_required"))
        QVERIFY(m_sim->requireAction(id));
    QCOMPARE(status(id), setup);

    Headers headers;
    if (header != "-")
        headers.append({"x-allow-cancelable-status", header});
    const HttpResult r = cancel(id, headers);
    QVERIFY2(r.status == expectedStatus, qPrintable(r.text()));
    const QJsonObject o = r.json();
    if (expectedStatus == 200) {
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("canceled"));
        QCOMPARE(o.value(QStringLiteral("status_detail")).toString(), QStringLiteral("canceled"));
        QCOMPARE(payment0(o).value(QStringLiteral("status")).toString(), QStringLiteral("canceled"));
        QCOMPARE(payment0(o).value(QStringLiteral("status_detail")).toString(), QStringLiteral("canceled_by_api"));
        QCOMPARE(o.value(QStringLiteral("external_reference")).toString(), QStringLiteral("ref_1")); // full order
        QVERIFY(m_sim->waitingOrder(kSbx).isEmpty());
    } else if (expectedStatus == 202) {
        QCOMPARE(o.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("at_terminal"));
        QCOMPARE(o.value(QStringLiteral("status_detail")).toString(), QStringLiteral("at_terminal"));
        QCOMPARE(payment0(o).value(QStringLiteral("status")).toString(), QStringLiteral("at_terminal"));
        QCOMPARE(payment0(o).value(QStringLiteral("status_detail")).toString(),
                 QStringLiteral("cancellation_requested"));
        QCOMPARE(status(id), QStringLiteral("at_terminal")); // not a confirmation
    } else {
        QCOMPARE(r.code(), code);
        QCOMPARE(status(id), setup);
    }
}

void TestOrdersSimulator::cancelAtTerminalCompletes()
{
    const QString id = createOk(kSbx);
    QVERIFY(m_sim->take(id));
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(cancel(id, {{"x-allow-cancelable-status", "at_terminal"}}).status, 202);
    QTest::qWait(30);
    const HttpResult again = cancel(id, {{"x-allow-cancelable-status", "at_terminal"}});
    QCOMPARE(again.status, 202); // repeated while requested
    QTRY_COMPARE_WITH_TIMEOUT(status(id), QStringLiteral("canceled"), 3000);
    QVERIFY(timer.elapsed() >= 90);
    const QJsonObject o = getOrder(id).json();
    QCOMPARE(o.value(QStringLiteral("status_detail")).toString(), QStringLiteral("canceled"));
    QCOMPARE(payment0(o).value(QStringLiteral("status_detail")).toString(), QStringLiteral("canceled_by_api"));
    QVERIFY(m_sim->waitingOrder(kSbx).isEmpty());
    QCOMPARE(cancel(id).code(), QStringLiteral("order_already_canceled"));
}

void TestOrdersSimulator::cancelAtTerminalPaymentWins()
{
    const QString id = createOk(kSbx);
    QVERIFY(m_sim->take(id));
    QVERIFY(m_sim->setPaymentWinsCancel(id, true));
    QCOMPARE(cancel(id, {{"x-allow-cancelable-status", "at_terminal"}}).status, 202);
    QTRY_COMPARE_WITH_TIMEOUT(status(id), QStringLiteral("processed"), 3000);
    QCOMPARE(payment0(getOrder(id).json()).value(QStringLiteral("status_detail")).toString(),
             QStringLiteral("accredited"));

    // The customer may also finish on the device before the cancel lands.
    const QString raced = createOk(kPax);
    QVERIFY(m_sim->take(raced));
    QCOMPARE(cancel(raced, {{"x-allow-cancelable-status", "at_terminal"}}).status, 202);
    QVERIFY(m_sim->pay(raced, {}));
    QTest::qWait(200);
    QCOMPARE(status(raced), QStringLiteral("processed"));
}

void TestOrdersSimulator::cancelErrors()
{
    HttpResult r = cancel(QStringLiteral("ORD-bad"));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.code(), QStringLiteral("bad_request"));
    r = cancel(QStringLiteral("ORD00001111222233334444555566"));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.code(), QStringLiteral("order_not_found"));
    const QString id = createOk(kSbx);
    OrdersSimAccount other = accountFor(QStringLiteral("TEST-y"), QStringLiteral("2"));
    QVERIFY(m_sim->addAccount(other));
    r = api("POST", "/v1/orders/" + id.toLatin1() + "/cancel", {}, {{"X-Idempotency-Key", newKey()}}, other.token);
    QCOMPARE(r.code(), QStringLiteral("order_not_found"));
    QCOMPARE(status(id), QStringLiteral("created"));
}

// --- 3.4 refund -----------------------------------------------------------------------------------------

void TestOrdersSimulator::refundTotal_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("no body") << QByteArray();
    QTest::newRow("empty object") << QByteArray("{}");
}

void TestOrdersSimulator::refundTotal()
{
    QFETCH(QByteArray, body);
    const QString id = processedOrder(QStringLiteral("24.00"));
    const QString paymentId = m_sim->order(id)->payment.id;
    const HttpResult r = refund(id, body);
    QVERIFY2(r.status == 200, qPrintable(r.text()));
    QCOMPARE(r.str(QStringLiteral("id")), id);
    QCOMPARE(r.str(QStringLiteral("status")), QStringLiteral("refunded"));
    QCOMPARE(r.str(QStringLiteral("status_detail")), QStringLiteral("refunded"));
    const QJsonArray refunds = refundsOf(r.json());
    QCOMPARE(refunds.size(), 1);
    const QJsonObject entry = refunds.first().toObject();
    QVERIFY(kRefundId.match(entry.value(QStringLiteral("id")).toString()).hasMatch());
    QCOMPARE(entry.value(QStringLiteral("transaction_id")).toString(), paymentId);
    QCOMPARE(entry.value(QStringLiteral("amount")).toString(), QStringLiteral("24.00"));
    QCOMPARE(entry.value(QStringLiteral("status")).toString(), QStringLiteral("processed"));
    QVERIFY(!entry.value(QStringLiteral("reference_id")).toString().isEmpty());

    const QJsonObject o = getOrder(id).json();
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("refunded"));
    QCOMPARE(payment0(o).value(QStringLiteral("status")).toString(), QStringLiteral("refunded"));
    QCOMPARE(payment0(o).value(QStringLiteral("refunded_amount")).toString(), QStringLiteral("24.00"));
    QCOMPARE(refundsOf(o).first().toObject(), entry);
    const HttpResult again = refund(id, body);
    QCOMPARE(again.status, 409);
    QCOMPARE(again.code(), QStringLiteral("order_already_refunded"));
}

void TestOrdersSimulator::refundPartialAndBalance()
{
    const QString id = processedOrder(QStringLiteral("24.00"));
    const QByteArray paymentId = m_sim->order(id)->payment.id.toLatin1();
    const auto partial = [&paymentId](const QByteArray &amount) -> QByteArray {
        return "{\"transactions\":[{\"id\":\"" + paymentId + "\",\"amount\":\"" + amount + "\"}]}";
    };
    HttpResult r = refund(id, partial("10.50"));
    QVERIFY2(r.status == 200, qPrintable(r.text()));
    QCOMPARE(r.str(QStringLiteral("status")), QStringLiteral("processed"));
    QCOMPARE(r.str(QStringLiteral("status_detail")), QStringLiteral("partially_refunded"));
    QCOMPARE(refundsOf(r.json()).first().toObject().value(QStringLiteral("amount")).toString(),
             QStringLiteral("10.50"));
    QJsonObject o = getOrder(id).json();
    QCOMPARE(payment0(o).value(QStringLiteral("status_detail")).toString(), QStringLiteral("partially_refunded"));
    QCOMPARE(payment0(o).value(QStringLiteral("refunded_amount")).toString(), QStringLiteral("10.50"));

    // Over the remaining 13.50: refused, nothing changes.
    r = refund(id, partial("13.51"));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.code(), QStringLiteral("refund_amount_exceeds"));
    QCOMPARE(m_sim->order(id)->payment.refundedCents, 1050);

    r = refund(id, partial("3.5"));
    QCOMPARE(r.status, 200);
    QCOMPARE(refundsOf(r.json()).first().toObject().value(QStringLiteral("amount")).toString(), QStringLiteral("3.50"));
    // A total refund now takes the remainder, 10.00, and the order is refunded.
    r = refund(id);
    QCOMPARE(r.str(QStringLiteral("status")), QStringLiteral("refunded"));
    QCOMPARE(refundsOf(r.json()).first().toObject().value(QStringLiteral("amount")).toString(),
             QStringLiteral("10.00"));
    o = getOrder(id).json();
    QCOMPARE(refundsOf(o).size(), 3);
    QCOMPARE(payment0(o).value(QStringLiteral("refunded_amount")).toString(), QStringLiteral("24.00"));

    // Partial refunds that reach the whole amount make the order refunded too.
    const QString second = processedOrder(QStringLiteral("20.00"));
    const QByteArray secondPayment = m_sim->order(second)->payment.id.toLatin1();
    for (const QByteArray &half : {QByteArray("10.00"), QByteArray("10.00")}) {
        r = refund(second, "{\"transactions\":[{\"id\":\"" + secondPayment + "\",\"amount\":\"" + half + "\"}]}");
        QCOMPARE(r.status, 200);
    }
    QCOMPARE(status(second), QStringLiteral("refunded"));
}

void TestOrdersSimulator::refundOutsidePointDesk()
{
    // Refunds made at the terminal or on Mercado Pago's site (the control surface) change the order exactly as an
    // API refund does: processed / partially_refunded with refunded_amount, then refunded.
    const QString id = processedOrder(QStringLiteral("24.00"));
    const QByteArray path = "/orders/" + id.toLatin1() + "/refund";
    HttpResult r = control("POST", path, "{\"amount\":\"4.50\"}");
    QVERIFY2(r.status == 200, qPrintable(r.text()));
    QJsonObject o = getOrder(id).json();
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("processed"));
    QCOMPARE(o.value(QStringLiteral("status_detail")).toString(), QStringLiteral("partially_refunded"));
    QCOMPARE(payment0(o).value(QStringLiteral("status_detail")).toString(), QStringLiteral("partially_refunded"));
    QCOMPARE(payment0(o).value(QStringLiteral("refunded_amount")).toString(), QStringLiteral("4.50"));
    QCOMPARE(refundsOf(o).size(), 1);
    QVERIFY(kRefundId.match(refundsOf(o).first().toObject().value(QStringLiteral("id")).toString()).hasMatch());
    QCOMPARE(refundsOf(o).first().toObject().value(QStringLiteral("amount")).toString(), QStringLiteral("4.50"));

    // Above the 19.50 left, zero, or not an amount: refused, nothing changes.
    QCOMPARE(control("POST", path, "{\"amount\":\"19.51\"}").status, 409);
    QCOMPARE(control("POST", path, "{\"amount\":\"0\"}").status, 409);
    QCOMPARE(control("POST", path, "{\"amount\":\"many\"}").status, 400);
    QCOMPARE(m_sim->order(id)->payment.refundedCents, 450);

    // An API refund after it sees the outside one in the balance.
    const QByteArray paymentId = m_sim->order(id)->payment.id.toLatin1();
    r = refund(id, "{\"transactions\":[{\"id\":\"" + paymentId + "\",\"amount\":\"19.51\"}]}");
    QCOMPARE(r.code(), QStringLiteral("refund_amount_exceeds"));

    // No amount: the whole balance, and the order is refunded.
    QVERIFY(m_sim->refundOutside(id));
    o = getOrder(id).json();
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("refunded"));
    QCOMPARE(o.value(QStringLiteral("status_detail")).toString(), QStringLiteral("refunded"));
    QCOMPARE(payment0(o).value(QStringLiteral("status")).toString(), QStringLiteral("refunded"));
    QCOMPARE(payment0(o).value(QStringLiteral("refunded_amount")).toString(), QStringLiteral("24.00"));
    QCOMPARE(refundsOf(o).size(), 2);
    QCOMPARE(refundsOf(o).at(1).toObject().value(QStringLiteral("amount")).toString(), QStringLiteral("19.50"));
    QVERIFY(!m_sim->refundOutside(id));
    QCOMPARE(control("POST", path, "{}").status, 409);
    QCOMPARE(refund(id).code(), QStringLiteral("order_already_refunded"));

    // Only a processed order: a waiting one cannot be refunded; an unknown one is 404.
    const QString waiting = createOk(kPax);
    QVERIFY(!m_sim->refundOutside(waiting, Money::fromCents(100)));
    QCOMPARE(control("POST", "/orders/" + waiting.toLatin1() + "/refund", "{}").status, 409);
    QCOMPARE(control("POST", "/orders/ORD00001111222233334444555566/refund", "{}").status, 404);
}

void TestOrdersSimulator::refundErrors()
{
    const QString id = processedOrder();
    const QByteArray paymentId = m_sim->order(id)->payment.id.toLatin1();
    HttpResult r = refund(id, "{\"transactions\":[{\"id\":\"PAY01J67CQQH5904WDBVZEM4JMEP3\",\"amount\":\"1.00\"}]}");
    QCOMPARE(r.status, 404);
    QCOMPARE(r.code(), QStringLiteral("transaction_not_found"));
    for (const QByteArray &bad : {QByteArray("{nope"), QByteArray("{\"x\":1}"), QByteArray("{\"transactions\":[]}"),
                                  QByteArray("{\"transactions\":[{\"id\":\"" + paymentId + "\",\"amount\":1}]}"),
                                  QByteArray("{\"transactions\":[{\"id\":\"" + paymentId + "\",\"amount\":\"0\"}]}")}) {
        r = refund(id, bad);
        QVERIFY2(r.status == 400 && r.code() == QLatin1String("bad_request"), qPrintable(r.text()));
    }
    QCOMPARE(refund(QStringLiteral("ORD123")).code(), QStringLiteral("invalid_path_param"));
    QCOMPARE(refund(QStringLiteral("ORD00001111222233334444555566")).code(), QStringLiteral("order_not_found"));

    // Another user's token.
    OrdersSimAccount other = accountFor(QStringLiteral("APP_USR-z"), QStringLiteral("3"));
    QVERIFY(m_sim->addAccount(other));
    r = refund(id, {}, other.token);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.code(), QStringLiteral("user_not_authorized"));

    // Only processed orders: a waiting order cannot be refunded.
    const QString waiting = createOk(kPax);
    QCOMPARE(refund(waiting).code(), QStringLiteral("cannot_refund_order"));
    QCOMPARE(refund(waiting).status, 409);

    // A tip forbids partial refunds but not a total one.
    QVERIFY(m_sim->addTip(id, Money::fromCents(300)));
    QCOMPARE(payment0(getOrder(id).json()).value(QStringLiteral("paid_amount")).toString(), QStringLiteral("27.00"));
    r = refund(id, "{\"transactions\":[{\"id\":\"" + paymentId + "\",\"amount\":\"1.00\"}]}");
    QCOMPARE(r.status, 403);
    QCOMPARE(r.code(), QStringLiteral("partial_refund_forbidden_with_tips"));
    r = refund(id);
    QCOMPARE(refundsOf(r.json()).first().toObject().value(QStringLiteral("amount")).toString(),
             QStringLiteral("27.00"));

    // Partial refunds are for card payments only; a QR payment is refunded in full.
    const QString qr = createOk(kStandalone);
    QVERIFY(!qr.isEmpty());
    QCOMPARE(control("POST", "/orders/" + qr.toLatin1() + "/pay", "{\"payment_method_type\":\"qr\"}").status, 200);
    QCOMPARE(payment0(getOrder(qr).json())
                 .value(QStringLiteral("payment_method"))
                 .toObject()
                 .value(QStringLiteral("type"))
                 .toString(),
             QStringLiteral("qr"));
    QVERIFY(!payment0(getOrder(qr).json()).contains(QStringLiteral("card")));
    const QByteArray qrPayment = m_sim->order(qr)->payment.id.toLatin1();
    r = refund(qr, "{\"transactions\":[{\"id\":\"" + qrPayment + "\",\"amount\":\"1.00\"}]}");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.code(), QStringLiteral("unsupported_partially_refunds"));
    QCOMPARE(refund(qr).status, 200);

    // After 90 days the window is closed.
    const QString old = processedOrder();
    QVERIFY(m_sim->ageOrder(old, 91));
    r = refund(old);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.code(), QStringLiteral("refund_period_exceeded"));
}

void TestOrdersSimulator::refundSwitches()
{
    OrdersSimulator::Settings settings = m_sim->settings();
    settings.refundSuccessStatus = 201;
    settings.totalRefundsProcessing = true;
    m_sim->setSettings(settings);
    const QString id = processedOrder();
    HttpResult r = refund(id);
    QCOMPARE(r.status, 201);
    QCOMPARE(refundsOf(r.json()).first().toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("processing"));
    QCOMPARE(refund(id).code(), QStringLiteral("refund_in_progress"));
    r = getOrder(id); // the later GET sees it done
    QCOMPARE(refundsOf(r.json()).first().toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("processed"));
    QCOMPARE(refund(id).code(), QStringLiteral("order_already_refunded"));
}

// --- 3.5 events -----------------------------------------------------------------------------------------

void TestOrdersSimulator::events_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("orderStatus");
    QTest::addColumn<QString>("orderDetail");
    QTest::addColumn<QString>("paymentStatus");
    QTest::addColumn<QString>("paymentDetail");
    QTest::newRow("processed defaults") << QByteArray("{\"status\":\"processed\"}") << "processed"
                                        << "accredited"
                                        << "processed"
                                        << "accredited";
    QTest::newRow("processed full")
        << QByteArray("{\"status\":\"processed\",\"payment_method_type\":\"credit_card\",\"installments\":3,"
                      "\"payment_method_id\":\"master\",\"status_detail\":\"accredited\"}")
        << "processed"
        << "accredited"
        << "processed"
        << "accredited";
    QTest::newRow("failed default") << QByteArray("{\"status\":\"failed\"}") << "failed"
                                    << "failed"
                                    << "failed"
                                    << "failed";
    QTest::newRow("failed funds") << QByteArray("{\"status\":\"failed\",\"status_detail\":\"insufficient_amount\"}")
                                  << "failed"
                                  << "failed"
                                  << "failed"
                                  << "insufficient_amount";
    QTest::newRow("canceled") << QByteArray("{\"status\":\"canceled\"}") << "canceled"
                              << "canceled"
                              << "canceled"
                              << "canceled_on_terminal";
    QTest::newRow("expired") << QByteArray("{\"status\":\"expired\"}") << "expired"
                             << "expired"
                             << "expired"
                             << "expired";
    QTest::newRow("action_required") << QByteArray("{\"status\":\"action_required\"}") << "action_required"
                                     << "check_on_terminal"
                                     << "action_required"
                                     << "check_on_terminal";
}

void TestOrdersSimulator::events()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, orderStatus);
    QFETCH(QString, orderDetail);
    QFETCH(QString, paymentStatus);
    QFETCH(QString, paymentDetail);
    const QString id = createOk(kSbx);
    QStringList seen;
    connect(m_sim.get(), &OrdersSimulator::orderChanged, this, [&]() { seen << status(id); });
    const HttpResult r = api("POST", "/v1/orders/" + id.toLatin1() + "/events", body);
    QVERIFY2(r.status == 204, qPrintable(r.text()));
    QVERIFY(r.body.isEmpty());
    QCOMPARE(status(id), QStringLiteral("created")); // asynchronous
    QTRY_COMPARE_WITH_TIMEOUT(status(id), orderStatus, 3000);
    QCOMPARE(seen, (QStringList{QStringLiteral("at_terminal"), orderStatus})); // through at_terminal
    const QJsonObject o = getOrder(id).json();
    QCOMPARE(o.value(QStringLiteral("status_detail")).toString(), orderDetail);
    QCOMPARE(payment0(o).value(QStringLiteral("status")).toString(), paymentStatus);
    QCOMPARE(payment0(o).value(QStringLiteral("status_detail")).toString(), paymentDetail);
    if (orderStatus == QLatin1String("processed")) {
        const QJsonObject method = payment0(o).value(QStringLiteral("payment_method")).toObject();
        const QJsonObject request = QJsonDocument::fromJson(body).object();
        QCOMPARE(method.value(QStringLiteral("id")).toString(),
                 request.value(QStringLiteral("payment_method_id")).toString(QStringLiteral("visa")));
        QCOMPARE(method.value(QStringLiteral("installments")).toInt(),
                 request.value(QStringLiteral("installments")).toInt(1));
        QCOMPARE(payment0(o).value(QStringLiteral("paid_amount")).toString(), QStringLiteral("24.00"));
        // refunded is the one event that starts from processed, and skips at_terminal.
        QCOMPARE(api("POST", "/v1/orders/" + id.toLatin1() + "/events", "{\"status\":\"refunded\"}").status, 204);
        QTRY_COMPARE_WITH_TIMEOUT(status(id), QStringLiteral("refunded"), 3000);
        const QJsonObject refunded = getOrder(id).json();
        QCOMPARE(payment0(refunded).value(QStringLiteral("refunded_amount")).toString(), QStringLiteral("24.00"));
        QCOMPARE(refundsOf(refunded).size(), 1);
    }
}

void TestOrdersSimulator::eventErrors_data()
{
    QTest::addColumn<QString>("orderKind"); // "waiting", "processed", "bad id", "unknown", "foreign"
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("expectedStatus");
    QTest::addColumn<QString>("code");
    QTest::newRow("bad id") << "bad id" << QByteArray("{\"status\":\"processed\"}") << 400 << "bad_request";
    QTest::newRow("unknown order") << "unknown" << QByteArray("{\"status\":\"processed\"}") << 404 << "order_not_found";
    QTest::newRow("order of a live token")
        << "foreign" << QByteArray("{\"status\":\"processed\"}") << 404 << "order_not_found";
    QTest::newRow("no status") << "waiting" << QByteArray("{}") << 400 << "bad_request";
    QTest::newRow("unknown status") << "waiting" << QByteArray("{\"status\":\"paid\"}") << 400 << "bad_request";
    QTest::newRow("extra field") << "waiting" << QByteArray("{\"status\":\"processed\",\"x\":1}") << 400
                                 << "bad_request";
    QTest::newRow("not json") << "waiting" << QByteArray("status=processed") << 400 << "bad_request";
    QTest::newRow("brand with canceled") << "waiting"
                                         << QByteArray("{\"status\":\"canceled\",\"payment_method_id\":\"visa\"}")
                                         << 400 << "bad_request";
    QTest::newRow("installments with debit")
        << "waiting"
        << QByteArray("{\"status\":\"processed\",\"payment_method_type\":\"debit_card\",\"installments\":3}") << 400
        << "bad_request";
    QTest::newRow("failed detail with processed")
        << "waiting" << QByteArray("{\"status\":\"processed\",\"status_detail\":\"high_risk\"}") << 400
        << "bad_request";
    QTest::newRow("unknown brand") << "waiting"
                                   << QByteArray("{\"status\":\"processed\",\"payment_method_id\":\"elo\"}") << 400
                                   << "bad_request";
    QTest::newRow("refunded while waiting")
        << "waiting" << QByteArray("{\"status\":\"refunded\"}") << 400 << "bad_request";
    QTest::newRow("failed after processed")
        << "processed" << QByteArray("{\"status\":\"failed\"}") << 400 << "bad_request";
}

void TestOrdersSimulator::eventErrors()
{
    QFETCH(QString, orderKind);
    QFETCH(QByteArray, body);
    QFETCH(int, expectedStatus);
    QFETCH(QString, code);
    OrdersSimAccount live = accountFor(QStringLiteral("APP_USR-live"), QStringLiteral("4"));
    QVERIFY(m_sim->addAccount(live));
    OrdersSimTerminal liveTerminal = terminalNamed(QStringLiteral("PAX_A910__LIVE1"));
    liveTerminal.ownerToken = live.token;
    QVERIFY(m_sim->addTerminal(liveTerminal));
    QString id;
    QString token;
    if (orderKind == QLatin1String("waiting")) {
        id = createOk(kSbx);
    } else if (orderKind == QLatin1String("processed")) {
        id = processedOrder();
    } else if (orderKind == QLatin1String("bad id")) {
        id = QStringLiteral("ORD_not_a_ulid");
    } else if (orderKind == QLatin1String("unknown")) {
        id = QStringLiteral("ORD00001111222233334444555566");
    } else {
        // An order made with live credentials, then asked about by a test token of the same seller.
        const HttpResult r =
            api("POST", "/v1/orders", createBody(liveTerminal.id), {{"X-Idempotency-Key", newKey()}}, live.token);
        QCOMPARE(r.status, 201);
        id = r.str(QStringLiteral("id"));
    }
    const QString before = status(id);
    const HttpResult r = api("POST", "/v1/orders/" + id.toLatin1() + "/events", body, {}, token);
    QVERIFY2(r.status == expectedStatus, qPrintable(r.text()));
    QCOMPARE(r.code(), code);
    QTest::qWait(100);
    QCOMPARE(status(id), before);

    // Live credentials may not simulate at all.
    const HttpResult forbidden =
        api("POST", "/v1/orders/" + id.toLatin1() + "/events", "{\"status\":\"processed\"}", {}, live.token);
    QCOMPARE(forbidden.status, 403);
    QCOMPARE(forbidden.code(), QStringLiteral("forbidden"));
}

// --- faults -----------------------------------------------------------------------------------------------

void TestOrdersSimulator::faultLatency()
{
    SimFault fault;
    fault.kind = SimFault::Kind::Latency;
    fault.latencyMs = 600;
    fault.pathPrefix = QStringLiteral("/v1/orders");
    m_sim->injectFault(fault);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(api("GET", "/terminals/v1/list").status, 200); // another path: not delayed
    QVERIFY(timer.elapsed() < 600);
    timer.restart();
    const HttpResult r = create(kSbx);
    QCOMPARE(r.status, 201);
    QVERIFY(timer.elapsed() >= 580);
    QCOMPARE(m_sim->pendingFaultCount(), 0);
}

void TestOrdersSimulator::faultServerError_data()
{
    QTest::addColumn<bool>("afterStore");
    QTest::addColumn<int>("httpStatus");
    QTest::newRow("503 before store") << false << 503;
    QTest::newRow("500 after store") << true << 500;
}

void TestOrdersSimulator::faultServerError()
{
    QFETCH(bool, afterStore);
    QFETCH(int, httpStatus);
    SimFault fault;
    fault.kind = SimFault::Kind::ServerError;
    fault.httpStatus = httpStatus;
    fault.afterStore = afterStore;
    fault.method = QStringLiteral("post");
    m_sim->injectFault(fault);
    const QByteArray key = newKey();
    HttpResult r = create(kSbx, key);
    QCOMPARE(r.status, httpStatus);
    QCOMPARE(r.code(), QStringLiteral("500"));
    QCOMPARE(m_sim->orders().size(), afterStore ? 1 : 0);
    // The retry with the same key: a replay of the stored order after store, a first run before it.
    r = create(kSbx, key);
    QCOMPARE(r.status, 201);
    QCOMPARE(m_sim->orders().size(), 1);
    QCOMPARE(r.str(QStringLiteral("id")), m_sim->orders().first().id);
}

void TestOrdersSimulator::faultRateLimit()
{
    SimFault fault;
    fault.kind = SimFault::Kind::RateLimit;
    fault.retryAfterSeconds = 7;
    fault.count = 2;
    m_sim->injectFault(fault);
    for (int i = 0; i < 2; ++i) {
        const HttpResult r = create(kSbx);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("Retry-After"), QByteArray("7"));
        QCOMPARE(r.code(), QStringLiteral("too_many_requests"));
    }
    QVERIFY(m_sim->orders().isEmpty());
    QCOMPARE(create(kSbx).status, 201);
}

void TestOrdersSimulator::faultDrop_data()
{
    QTest::addColumn<bool>("afterStore");
    QTest::newRow("before store") << false;
    QTest::newRow("after store") << true;
}

void TestOrdersSimulator::faultDrop()
{
    QFETCH(bool, afterStore);
    SimFault fault;
    fault.kind = SimFault::Kind::Drop;
    fault.count = 2; // QNAM resends once by itself
    fault.afterStore = afterStore;
    m_sim->injectFault(fault);
    const QByteArray key = newKey();
    HttpResult r = create(kSbx, key);
    QCOMPARE(r.status, 0);
    QVERIFY(r.error != QNetworkReply::NoError);
    QCOMPARE(m_sim->orders().size(), afterStore ? 1 : 0);
    r = create(kSbx, key);
    QCOMPARE(r.status, 201);
    QCOMPARE(m_sim->orders().size(), 1);
}

void TestOrdersSimulator::faultMalformed()
{
    SimFault fault;
    fault.kind = SimFault::Kind::Malformed;
    m_sim->injectFault(fault);
    const QByteArray key = newKey();
    HttpResult r = create(kSbx, key);
    QCOMPARE(r.status, 201); // the order exists: a 2xx always means it does
    QJsonParseError error;
    QJsonDocument::fromJson(r.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    QCOMPARE(m_sim->orders().size(), 1);
    r = create(kSbx, key);
    QCOMPARE(r.str(QStringLiteral("id")), m_sim->orders().first().id);
}

void TestOrdersSimulator::rateLimitPerToken()
{
    OrdersSimulator::Settings settings = m_sim->settings();
    settings.rateLimitPerSecond = 3;
    m_sim->setSettings(settings);
    OrdersSimAccount other = accountFor(QStringLiteral("TEST-rate"), QStringLiteral("7"));
    QVERIFY(m_sim->addAccount(other));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(api("GET", "/terminals/v1/list").status, 200);
    const HttpResult limited = api("GET", "/terminals/v1/list");
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.code(), QStringLiteral("too_many_requests"));
    QCOMPARE(limited.header("Retry-After"), QByteArray("1"));
    QCOMPARE(api("GET", "/terminals/v1/list", {}, {}, other.token).status, 200); // per token
    QTest::qWait(1100);
    QCOMPARE(api("GET", "/terminals/v1/list").status, 200);
}

// --- 5.1 notifications to a relay ------------------------------------------------------------------------

void TestOrdersSimulator::webhookRelay()
{
    QList<SimHttpRequest> received;
    SimHttpServer receiver([&received](const SimHttpRequest &request, QTcpSocket *socket) {
        received.append(request);
        SimHttpServer::send(socket, SimHttpResponse::json(200, QJsonObject()));
    });
    auto *tcp = new QTcpServer;
    QVERIFY(tcp->listen(QHostAddress::LocalHost, 0));
    const quint16 port = tcp->serverPort();
    receiver.bind(tcp);
    const QString secret = QStringLiteral("s3cret");
    m_sim->setWebhookRelay(QUrl(QStringLiteral("http://127.0.0.1:%1/hook").arg(port)), secret);
    QSignalSpy delivered(m_sim.get(), &OrdersSimulator::webhookDelivered);

    const QString id = createOk(kSbx);
    QVERIFY(m_sim->take(id)); // at_terminal has no notification
    OrdersSimPaymentResult result;
    result.methodId = QStringLiteral("master");
    QVERIFY(m_sim->pay(id, result));
    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 5000);
    QCOMPARE(delivered.first().at(0).toString(), QStringLiteral("order.processed"));
    QCOMPARE(delivered.first().at(2).toInt(), 200);
    QCOMPARE(received.size(), 1);

    const SimHttpRequest hook = received.first();
    QCOMPARE(hook.method, QStringLiteral("POST"));
    QCOMPARE(hook.path, QStringLiteral("/hook"));
    QCOMPARE(hook.query.queryItemValue(QStringLiteral("data.id")), id);
    QCOMPARE(hook.query.queryItemValue(QStringLiteral("type")), QStringLiteral("order"));
    const QJsonObject body = QJsonDocument::fromJson(hook.body).object();
    QCOMPARE(body.value(QStringLiteral("action")).toString(), QStringLiteral("order.processed"));
    QCOMPARE(body.value(QStringLiteral("type")).toString(), QStringLiteral("order"));
    QCOMPARE(body.value(QStringLiteral("live_mode")).toBool(true), false); // a test token's order
    const QJsonObject data = body.value(QStringLiteral("data")).toObject();
    QCOMPARE(data.value(QStringLiteral("id")).toString(), id);
    QCOMPARE(data.value(QStringLiteral("status")).toString(), QStringLiteral("processed"));
    QCOMPARE(data.value(QStringLiteral("total_paid_amount")).toString(), QStringLiteral("24.00"));
    const QJsonObject payment = payment0(data);
    QCOMPARE(payment.value(QStringLiteral("reference")).toObject().value(QStringLiteral("id")).toString(),
             m_sim->order(id)->payment.referenceId);
    QCOMPARE(payment.value(QStringLiteral("payment_method")).toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("master"));

    // The signature, recomputed here from the contract's recipe.
    const QByteArray header = hook.header("x-signature");
    const QRegularExpressionMatch parts =
        QRegularExpression(QStringLiteral("^ts=(\\d+),v1=([0-9a-f]{64})$")).match(QString::fromLatin1(header));
    QVERIFY2(parts.hasMatch(), header.constData());
    const QByteArray requestId = hook.header("x-request-id");
    QVERIFY(!requestId.isEmpty());
    const QByteArray manifest =
        "id:" + id.toUtf8() + ";request-id:" + requestId + ";ts:" + parts.captured(1).toUtf8() + ";";
    QCOMPARE(parts.captured(2).toLatin1(),
             QMessageAuthenticationCode::hash(manifest, secret.toUtf8(), QCryptographicHash::Sha256).toHex());

    // A partial refund sends nothing; the refund that completes the balance sends order.refunded.
    const QByteArray paymentId = m_sim->order(id)->payment.id.toLatin1();
    QCOMPARE(refund(id, "{\"transactions\":[{\"id\":\"" + paymentId + "\",\"amount\":\"4.00\"}]}").status, 200);
    QCOMPARE(refund(id).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 2, 5000);
    QCOMPARE(delivered.at(1).at(0).toString(), QStringLiteral("order.refunded"));

    // Off again: nothing more is sent.
    m_sim->setWebhookRelay(QUrl(), QString());
    const QString other = createOk(kPax);
    QCOMPARE(cancel(other).status, 200);
    QTest::qWait(200);
    QCOMPARE(delivered.size(), 2);
    QCOMPARE(received.size(), 2);
}

// --- the control surface and the binary -------------------------------------------------------------------

void TestOrdersSimulator::controlSurface()
{
    HttpResult r = control("POST", "/terminals",
                           "{\"id\":\"PAX_A910__CTRL1\",\"pos_id\":555,\"store_id\":\"9\",\"operating_mode\":\"PDV\"}");
    QVERIFY2(r.status == 201, qPrintable(r.text()));
    QCOMPARE(m_sim->terminal(QStringLiteral("PAX_A910__CTRL1"))->posId, QStringLiteral("555"));
    QCOMPARE(control("POST", "/terminals", "{\"id\":\"PAX_A910__CTRL1\"}").status, 409);
    QCOMPARE(control("POST", "/terminals/PAX_A910__CTRL1/mode", "{\"operating_mode\":\"UNDEFINED\"}").status, 200);
    QCOMPARE(m_sim->terminal(QStringLiteral("PAX_A910__CTRL1"))->operatingMode, QStringLiteral("UNDEFINED"));
    QCOMPARE(control("POST", "/terminals/PAX_A910__CTRL1/mode", "{\"operating_mode\":\"ON\"}").status, 400);
    QCOMPARE(control("POST", "/terminals/PAX_A910__CTRL1/at-terminal-cancel", "{\"supported\":false}").status, 200);
    QVERIFY(!m_sim->terminal(QStringLiteral("PAX_A910__CTRL1"))->atTerminalCancel);
    QCOMPARE(control("DELETE", "/terminals/PAX_A910__CTRL1").status, 200);
    QVERIFY(!m_sim->terminal(QStringLiteral("PAX_A910__CTRL1")));
    QCOMPARE(control("DELETE", "/terminals/PAX_A910__CTRL1").status, 404);

    // The terminal's waiting order: take, then pay with brand, digits and installments.
    QCOMPARE(control("POST", "/terminals/" + kSbx.toLatin1() + "/take").status, 409); // nothing waiting
    const QString id = createOk(kSbx);
    QCOMPARE(control("POST", "/terminals/" + kSbx.toLatin1() + "/take").status, 200);
    QCOMPARE(status(id), QStringLiteral("at_terminal"));
    r = control("POST", "/terminals/" + kSbx.toLatin1() + "/pay",
                "{\"result\":\"processed\",\"payment_method_id\":\"master\",\"installments\":6,"
                "\"last_digits\":\"7777\",\"payment_method_type\":\"credit_card\"}");
    QVERIFY2(r.status == 200, qPrintable(r.text()));
    QJsonObject p = payment0(getOrder(id).json());
    QCOMPARE(p.value(QStringLiteral("payment_method")).toObject().value(QStringLiteral("installments")).toInt(), 6);
    QCOMPARE(p.value(QStringLiteral("card")).toObject().value(QStringLiteral("last_digits")).toString(),
             QStringLiteral("7777"));
    QCOMPARE(control("POST", "/orders/" + id.toLatin1() + "/tip", "{\"amount\":\"2.00\"}").status, 200);
    QCOMPARE(payment0(getOrder(id).json()).value(QStringLiteral("tip_amount")).toString(), QStringLiteral("2.00"));
    QCOMPARE(control("POST", "/orders/" + id.toLatin1() + "/expire").status, 409); // processed: no way back

    // Order-level actions.
    const QString other = createOk(kPax);
    QCOMPARE(control("POST", "/orders/" + other.toLatin1() + "/pay",
                     "{\"result\":\"failed\",\"status_detail\":"
                     "\"card_disabled\"}")
                 .status,
             200);
    QCOMPARE(m_sim->order(other)->payment.statusDetail, QStringLiteral("card_disabled"));
    const QString third = createOk(kPax);
    QCOMPARE(control("POST", "/orders/" + third.toLatin1() + "/take").status, 200);
    QCOMPARE(control("POST", "/orders/" + third.toLatin1() + "/payment-wins", "{\"wins\":true}").status, 200);
    QVERIFY(m_sim->order(third)->paymentWinsCancel);
    QCOMPARE(control("POST", "/orders/" + third.toLatin1() + "/action-required").status, 200);
    QCOMPARE(status(third), QStringLiteral("action_required"));
    const QString fourth = createOk(kPax);
    QCOMPARE(control("POST", "/terminals/" + kPax.toLatin1() + "/cancel").status, 200);
    QCOMPARE(m_sim->order(fourth)->payment.statusDetail, QStringLiteral("canceled_on_terminal"));
    const QString fifth = createOk(kPax);
    QCOMPARE(control("POST", "/orders/" + fifth.toLatin1() + "/expire").status, 200);
    QCOMPARE(status(fifth), QStringLiteral("expired"));
    QCOMPARE(control("POST", "/orders/" + fifth.toLatin1() + "/age", "{\"days\":100}").status, 200);
    QCOMPARE(getOrder(fifth).status, 404);
    QCOMPARE(control("POST", "/orders/ORD00001111222233334444555566/take").status, 404);
    QCOMPARE(control("POST", "/orders/" + fifth.toLatin1() + "/dance").status, 404);

    // Faults, settings, accounts, token, idempotency failures, state.
    r = control("POST", "/faults", "{\"kind\":\"server_error\",\"status\":502,\"count\":3}");
    QCOMPARE(r.status, 201);
    QCOMPARE(m_sim->pendingFaultCount(), 3);
    QCOMPARE(control("POST", "/faults", "{\"kind\":\"explode\"}").status, 400);
    QCOMPARE(api("GET", "/terminals/v1/list").status, 502);
    QCOMPARE(control("GET", "/faults").json().value(QStringLiteral("pending_faults")).toInt(), 2);
    QCOMPARE(control("DELETE", "/faults").status, 200);
    QCOMPARE(m_sim->pendingFaultCount(), 0);
    QCOMPARE(control("POST", "/settings", "{\"take_delay_ms\":20,\"refund_success_status\":201}").status, 200);
    QCOMPARE(m_sim->settings().takeDelayMs, 20);
    QCOMPARE(m_sim->settings().refundSuccessStatus, 201);
    QCOMPARE(control("POST", "/settings", "{\"refund_success_status\":204}").status, 400);
    QCOMPARE(control("POST", "/accounts", "{\"token\":\"TEST-ctl\",\"user_id\":\"8\"}").status, 201);
    QVERIFY(m_sim->account(QStringLiteral("TEST-ctl")));
    QCOMPARE(control("POST", "/idempotency-failures", "{\"count\":1}").status, 200);
    QCOMPARE(create(kStandalone).code(), QStringLiteral("idempotency_validation_failed"));
    QCOMPARE(control("POST", "/token", "{\"token\":\"TEST-new\"}").status, 200);
    QCOMPARE(m_sim->accessToken(), QStringLiteral("TEST-new"));
    QCOMPARE(api("GET", "/v1/orders/" + id.toLatin1()).status, 200); // the orders followed the token

    r = control("GET", "/state");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("orders")).toArray().size(), m_sim->orders().size());
    QCOMPARE(r.json().value(QStringLiteral("terminals")).toArray().size(), m_sim->terminals().size());
    QCOMPARE(r.json().value(QStringLiteral("settings")).toObject().value(QStringLiteral("take_delay_ms")).toInt(), 20);
    QCOMPARE(control("POST", "/state").status, 405);
    QCOMPARE(control("GET", "/nothing").status, 404);
    QCOMPARE(control("POST", "/settings", "{not json").status, 400);
    QCOMPARE(control("POST", "/webhook", "{\"url\":\"http://127.0.0.1:9/hook\",\"secret\":\"k\"}").status, 200);
    QCOMPARE(m_sim->webhookRelayUrl(), QUrl(QStringLiteral("http://127.0.0.1:9/hook")));
    QCOMPARE(control("POST", "/webhook", "{\"url\":\"no scheme\"}").status, 400);
    QCOMPARE(control("POST", "/webhook", "{\"url\":\"\"}").status, 200);
    QVERIFY(m_sim->webhookRelayUrl().isEmpty());
}

void TestOrdersSimulator::binaryServesOrders()
{
    QProcess process;
    process.start(QStringLiteral(POINTDESK_SIM_BIN), {QStringLiteral("--api"), QStringLiteral("orders"),
                                                      QStringLiteral("--token"), QStringLiteral("TEST-bin")});
    QVERIFY(process.waitForStarted(kTimeoutMs));
    QStringList lines;
    QElapsedTimer timer;
    timer.start();
    while (lines.size() < 5 && timer.elapsed() < kTimeoutMs) {
        if (process.canReadLine())
            lines << QString::fromUtf8(process.readLine().trimmed());
        else
            process.waitForReadyRead(100);
    }
    QCOMPARE(lines.size(), 5);
    QVERIFY2(lines.at(0).startsWith(QLatin1String("Orders API simulator listening on http://127.0.0.1:")),
             qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY(lines.at(1).startsWith(QLatin1String("Control surface: http://127.0.0.1:")));
    QCOMPARE(lines.at(2), QStringLiteral("Access token: TEST-bin"));
    QVERIFY(lines.at(4).contains(kSbx));
    const QUrl apiUrl(lines.at(0).section(QLatin1Char(' '), -1));
    const HttpResult r = send("GET", QUrl::fromEncoded(apiUrl.toEncoded() + "/terminals/v1/list"), {},
                              {{"Authorization", "Bearer TEST-bin"}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("paging")).toObject().value(QStringLiteral("total")).toInt(), 3);
    process.terminate();
    QVERIFY(process.waitForFinished(kTimeoutMs));
    QCOMPARE(process.exitCode(), 0);

    QProcess bad;
    bad.start(QStringLiteral(POINTDESK_SIM_BIN), {QStringLiteral("--api"), QStringLiteral("graphql")});
    QVERIFY(bad.waitForFinished(kTimeoutMs));
    QCOMPARE(bad.exitCode(), 1);
}
