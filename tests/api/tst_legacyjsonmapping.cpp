#include "api/LegacyJsonMapping.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

Q_DECLARE_METATYPE(OrderState)

class TestLegacyJsonMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void orderState_data();
    void orderState();
    void createOrderBodyMandatoryOnly();
    void createOrderBodyAllFields();
    void enableIntegrationBody();
    void parseCreatedOrder();
    void parseOrderClosed();
    void parseOrderUnknownStatusAndExtraFields();
    void parseDevices();
    void malformed_data();
    void malformed();
};

void TestLegacyJsonMapping::createOrderBodyMandatoryOnly()
{
    OrderRequest r;
    r.amount = Money::fromCents(1250);
    r.description = QStringLiteral("Café con leche ñandú");
    r.deviceName = QStringLiteral("Caja 1");
    r.cardType = CardType::Debit;
    const QJsonObject o = QJsonDocument::fromJson(LegacyJsonMapping::createOrderBody(r)).object();
    QCOMPARE(o.keys(), (QStringList{QStringLiteral("amount"), QStringLiteral("cc_type"), QStringLiteral("description"),
                                    QStringLiteral("device_name")}));
    QCOMPARE(o.value(QLatin1String("amount")).toDouble(), 12.5);
    QCOMPARE(o.value(QLatin1String("cc_type")).toString(), QStringLiteral("debit_card"));
    QCOMPARE(o.value(QLatin1String("description")).toString(), QStringLiteral("Café con leche ñandú"));
    // The wire form of the amount has at most two decimals.
    QVERIFY(LegacyJsonMapping::createOrderBody(r).contains("\"amount\":12.5"));
}

void TestLegacyJsonMapping::createOrderBodyAllFields()
{
    OrderRequest r;
    r.amount = Money::fromCents(9999999999);
    r.description = QStringLiteral("Cup");
    r.deviceName = QStringLiteral("Caja 2/ñ");
    r.externalReference = QStringLiteral("PD-1");
    r.disableBackButton = false;
    r.notificationUrl = QStringLiteral("https://shop.example/n");
    r.payerEmail = QStringLiteral("a@b.co");
    const QByteArray body = LegacyJsonMapping::createOrderBody(r);
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    QCOMPARE(o.size(), 8);
    QCOMPARE(o.value(QLatin1String("disable_back_button")), QJsonValue(false));
    QCOMPARE(o.value(QLatin1String("cc_type")).toString(), QStringLiteral("credit_card"));
    QVERIFY(body.contains("\"amount\":99999999.99"));
}

void TestLegacyJsonMapping::enableIntegrationBody()
{
    QCOMPARE(LegacyJsonMapping::enableIntegrationBody(9007199254740993LL), QByteArray("{\"Id\":9007199254740993}"));
}

void TestLegacyJsonMapping::parseCreatedOrder()
{
    const auto c = LegacyJsonMapping::parseCreatedOrder("{\"status\":\"OPEN\",\"id\":9007199254740993}");
    QVERIFY(c);
    QCOMPARE(c->id, OrderRef(QStringLiteral("9007199254740993")));
    QCOMPARE(c->status, QStringLiteral("OPEN"));
    const auto s = LegacyJsonMapping::parseCreatedOrder("{\"status\":\"OPEN\",\"id\":\"5000000001\"}");
    QVERIFY(s);
    QCOMPARE(s->id, OrderRef(QStringLiteral("5000000001")));
}

void TestLegacyJsonMapping::parseOrderClosed()
{
    const auto o = LegacyJsonMapping::parseOrder("{\"status\":\"CLOSED\",\"id\":5000000001,\"payment_id\":12884901888,"
                                           "\"payment_status\":\"approved\",\"external_reference\":\"PD-1\","
                                           "\"payer_email\":\"a@b.co\"}");
    QVERIFY(o);
    QCOMPARE(o->id, OrderRef(QStringLiteral("5000000001")));
    QCOMPARE(o->paymentId, PaymentRef(QStringLiteral("12884901888")));
    QCOMPARE(o->state, OrderState::Approved);
    QCOMPARE(o->externalReference, QStringLiteral("PD-1"));
    QCOMPARE(o->payerEmail, QStringLiteral("a@b.co"));
}

void TestLegacyJsonMapping::parseOrderUnknownStatusAndExtraFields()
{
    const auto o = LegacyJsonMapping::parseOrder("{\"status\":\"PAUSED\",\"id\":7,\"extra\":{\"x\":[1,2]},\"n\":null}");
    QVERIFY(o);
    QCOMPARE(o->state, OrderState::Unknown);
    QCOMPARE(o->status, QStringLiteral("PAUSED"));
    QVERIFY(o->paymentId.isNull());
}

void TestLegacyJsonMapping::parseDevices()
{
    const QByteArray body = R"({"devices":[
        {"name":"Caja 1","caller":1234,"id":5678,"status":{"status":"FREE","payment_attempt":null}},
        {"name":"Caja 2/ñ","caller":1,"id":9007199254740993,"status":{"status":"BUSY","payment_attempt":5000000001},"x":1},
        {"name":"Odd","caller":1,"id":2,"status":{"status":"SLEEPING"}},
        {"caller":1,"id":3,"status":{"status":"FREE"}}
    ],"paging":{"total":4}})";
    const auto devices = LegacyJsonMapping::parseDevices(body);
    QVERIFY(devices);
    QCOMPARE(devices->size(), 3);
    QCOMPARE(devices->at(0).status, Device::Status::Free);
    QVERIFY(devices->at(0).heldOrder.isNull());
    QCOMPARE(devices->at(1).name, QStringLiteral("Caja 2/ñ"));
    QCOMPARE(devices->at(1).id, QStringLiteral("9007199254740993"));
    QCOMPARE(devices->at(1).status, Device::Status::Busy);
    QCOMPARE(devices->at(1).heldOrder, OrderRef(QStringLiteral("5000000001")));
    QCOMPARE(devices->at(2).status, Device::Status::Unknown);
    QCOMPARE(devices->at(2).rawStatus, QStringLiteral("SLEEPING"));
}

void TestLegacyJsonMapping::malformed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("which"); // 0 created, 1 order, 2 devices, 3 status ok
    QTest::newRow("created empty") << QByteArray() << 0;
    QTest::newRow("created truncated") << QByteArray("{\"status\":\"OPEN\",\"id\":") << 0;
    QTest::newRow("created no id") << QByteArray("{\"status\":\"OPEN\"}") << 0;
    QTest::newRow("created negative id") << QByteArray("{\"status\":\"OPEN\",\"id\":-3}") << 0;
    QTest::newRow("created fractional id") << QByteArray("{\"status\":\"OPEN\",\"id\":1.5}") << 0;
    QTest::newRow("created array") << QByteArray("[1,2]") << 0;
    QTest::newRow("order no status") << QByteArray("{\"id\":4}") << 1;
    QTest::newRow("order status number") << QByteArray("{\"id\":4,\"status\":3}") << 1;
    QTest::newRow("order html") << QByteArray("<html>502 Bad Gateway</html>") << 1;
    QTest::newRow("devices not array") << QByteArray("{\"devices\":{}}") << 2;
    QTest::newRow("devices missing") << QByteArray("{}") << 2;
    QTest::newRow("status not ok") << QByteArray("{\"status\":\"FAIL\"}") << 3;
    QTest::newRow("status empty") << QByteArray("") << 3;
}

void TestLegacyJsonMapping::malformed()
{
    QFETCH(QByteArray, body);
    QFETCH(int, which);
    QString why;
    bool parsed = true;
    switch (which) {
    case 0:
        parsed = LegacyJsonMapping::parseCreatedOrder(body, &why).has_value();
        break;
    case 1:
        parsed = LegacyJsonMapping::parseOrder(body, &why).has_value();
        break;
    case 2:
        parsed = LegacyJsonMapping::parseDevices(body, &why).has_value();
        break;
    default:
        parsed = LegacyJsonMapping::parseStatusOk(body, &why);
        break;
    }
    QVERIFY(!parsed);
    QVERIFY(!why.isEmpty());
}

void TestLegacyJsonMapping::orderState_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("paymentStatus");
    QTest::addColumn<OrderState>("state");
    QTest::newRow("open") << "OPEN" << "" << OrderState::WaitingForCard;
    QTest::newRow("open lower") << "open" << "" << OrderState::WaitingForCard;
    QTest::newRow("approved") << "CLOSED" << "approved" << OrderState::Approved;
    QTest::newRow("rejected") << "CLOSED" << "rejected" << OrderState::Rejected;
    QTest::newRow("cancelled") << "CLOSED" << "cancelled" << OrderState::Cancelled;
    QTest::newRow("closed in process") << "CLOSED" << "in_process" << OrderState::Unknown;
    QTest::newRow("closed nothing") << "CLOSED" << "" << OrderState::Unknown;
    QTest::newRow("unknown status") << "EXPIRED_SOMEHOW" << "" << OrderState::Unknown;
    QTest::newRow("empty") << "" << "" << OrderState::Unknown;
}

void TestLegacyJsonMapping::orderState()
{
    QFETCH(QString, status);
    QFETCH(QString, paymentStatus);
    QFETCH(OrderState, state);
    QCOMPARE(LegacyJsonMapping::orderState(status, paymentStatus), state);
}

QTEST_GUILESS_MAIN(TestLegacyJsonMapping)
#include "tst_legacyjsonmapping.moc"
