// Server text that PointDesk shows (terminal names, statuses, error messages) arrives without control characters,
// bidirectional overrides or unbounded lengths, and one bad entry never costs the rest of a list.
#include "api/ApiError.h"
#include "api/LegacyJsonMapping.h"
#include "api/OrdersJsonMapping.h"
#include "core/SafeText.h"

#include <QTest>

namespace {

bool hasUnsafe(const QString &text)
{
    for (const QChar c : text) {
        if (SafeText::isUnsafe(c.unicode()))
            return true;
    }
    return false;
}

QByteArray jsonString(const QByteArray &raw)
{
    return '"' + raw + '"';
}

} // namespace

class TestHostileText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void legacyDeviceNames();
    void legacyStatusesAndReferences();
    void ordersTerminals();
    void errorMessages();
};

void TestHostileText::legacyDeviceNames()
{
    const QByteArray huge(300 * 1024, 'N');
    const QByteArray body = "{\"devices\":["
                            "{\"name\":" +
                            jsonString("Caja \\u001b]0;pwned\\u0007\\u001b[2J1") +
                            ",\"id\":1,\"status\":\"FREE\"},"
                            "{\"name\":" +
                            jsonString("Caja \\u202egnp.exe\\u2066x\\u2069\\u200f") +
                            ",\"id\":2,\"status\":\"FREE\"},"
                            "{\"name\":" +
                            jsonString(huge) +
                            ",\"id\":3,\"status\":\"FREE\"},"
                            "{\"name\":" +
                            jsonString("Caja \xff\xfe 4") +
                            ",\"id\":4,\"status\":\"FREE\"},"
                            "{\"name\":" +
                            jsonString("Caja \\u0085\\u009b5\\r\\nX") +
                            ",\"id\":5,\"status\":\"FREE\"},"
                            "{\"name\":\"Caja 6/\xc3\xb1\",\"id\":6,\"status\":{\"status\":\"BUSY\\u001b[31m\"}}"
                            "]}";
    QString why;
    const auto devices = LegacyJsonMapping::parseDevices(body, &why);
    QVERIFY2(devices, qPrintable(why)); // the one non-UTF-8 name does not reject the list
    QCOMPARE(devices->size(), 6);
    for (const Device &d : *devices) {
        QVERIFY2(!hasUnsafe(d.name), qPrintable(d.name));
        QVERIFY(!d.name.contains(QLatin1Char('\n')));
        QVERIFY(d.name.size() <= SafeText::kMaxNameChars);
        QVERIFY(!hasUnsafe(d.rawStatus));
    }
    QCOMPARE(devices->at(0).name, QStringLiteral("Caja ]0;pwned[2J1"));
    QCOMPARE(devices->at(1).name, QStringLiteral("Caja gnp.exex"));
    QCOMPARE(devices->at(2).name.size(), SafeText::kMaxNameChars);
    QVERIFY(devices->at(2).name.endsWith(QChar(0x2026)));
    QCOMPARE(devices->at(3).name, QStringLiteral("Caja \uFFFD\uFFFD 4"));
    QCOMPARE(devices->at(4).name, QStringLiteral("Caja 5 X"));
    QCOMPARE(devices->at(5).name, QStringLiteral("Caja 6/\u00f1")); // the good ones as they were
    QCOMPARE(devices->at(5).rawStatus, QStringLiteral("BUSY[31m"));
}

void TestHostileText::legacyStatusesAndReferences()
{
    const QByteArray body = R"({"id":5000000001,"status":"CLOSED\u001b[1m","payment_status":"approved\u202e",)"
                            R"("external_reference":"PD-1\u0000\u2067x","payer_email":"a@b.c\u0007"})";
    const auto order = LegacyJsonMapping::parseOrder(body);
    QVERIFY(order);
    QVERIFY(!hasUnsafe(order->status));
    QVERIFY(!hasUnsafe(order->paymentStatus));
    QVERIFY(!hasUnsafe(order->externalReference));
    QVERIFY(!hasUnsafe(order->payerEmail));
    QCOMPARE(order->paymentStatus, QStringLiteral("approved"));
}

void TestHostileText::ordersTerminals()
{
    const QByteArray body =
        "{\"data\":{\"terminals\":["
        "{\"id\":\"NEWLAND_N950__SBX\\u001b[2J01\",\"operating_mode\":\"PDV\"},"
        "{\"id\":\"PAX_A910__\\u202eXAP02\",\"operating_mode\":\"PDV\"},"
        "{\"id\":\"" +
        QByteArray(300 * 1024, 'T') +
        "\",\"operating_mode\":\"PDV\"},"
        "{\"id\":\"NEWLAND_N950__SBX0000004\",\"operating_mode\":\"PDV\",\"external_pos_id\":\"P\xff\"},"
        "{\"id\":\"NEWLAND_N950__SBX0000005\",\"operating_mode\":\"PDV\\u0085\",\"store_id\":\"S\\u001b5\"}"
        "]},\"paging\":{\"total\":5,\"offset\":0,\"limit\":50}}";
    QString why;
    const auto page = OrdersJsonMapping::parseTerminalPage(body, 0, &why);
    QVERIFY2(page, qPrintable(why));
    // Ids that cannot be shown as they are cannot be chosen or addressed either: left out, the rest kept.
    QCOMPARE(page->terminals.size(), 2);
    QCOMPARE(page->terminals.at(0).name, QStringLiteral("NEWLAND_N950__SBX0000004"));
    QCOMPARE(page->terminals.at(0).externalPosId, QStringLiteral("P\uFFFD"));
    QCOMPARE(page->terminals.at(1).name, QStringLiteral("NEWLAND_N950__SBX0000005"));
    QCOMPARE(page->terminals.at(1).rawOperatingMode, QStringLiteral("PDV"));
    QCOMPARE(page->terminals.at(1).storeId, QStringLiteral("S5"));
}

void TestHostileText::errorMessages()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QByteArray longMessage(300 * 1024, 'm');
    const QByteArray body =
        R"({"message":"Bad \u001b[2J\u001b]8;;http://x\u0007amount\u202e\nsecond line\r",)"
        R"("error":"bad\u001brequest","status":400,"cause":[{"code":"amount\u0000","description":"x"}]})";
    const ApiError e = ApiError::fromResponse(QNetworkReply::ProtocolInvalidOperationError, 400, body, {}, {}, false);
    QCOMPARE(e.kind(), ApiError::Kind::Validation);
    QVERIFY2(!hasUnsafe(e.apiMessage()), qPrintable(e.apiMessage()));
    QCOMPARE(e.apiMessage(), QStringLiteral("Bad [2J]8;;http://xamount\nsecond line"));
    QVERIFY(!hasUnsafe(e.userMessage()));
    QVERIFY(!hasUnsafe(e.apiCode()));
    QVERIFY(!hasUnsafe(e.field()));
    // The log line stays one line.
    QVERIFY(!e.detail().contains(QLatin1Char('\n')));
    QVERIFY(!hasUnsafe(e.detail()));

    const ApiError big = ApiError::fromResponse(QNetworkReply::ProtocolInvalidOperationError, 400,
                                                "{\"message\":\"" + longMessage + "\"}", {}, {}, false);
    QVERIFY(big.apiMessage().size() <= SafeText::kMaxMessageChars);
    QVERIFY(big.detail().size() <= SafeText::kMaxMessageChars + 100);

    // Orders' shape, with a byte that is not UTF-8: the rest of the message is still read.
    const ApiError orders = ApiError::fromResponse(
        QNetworkReply::ProtocolInvalidOperationError, 400,
        "{\"errors\":[{\"code\":\"invalid\xff\",\"message\":\"Terminal \xc0 is \\u2066off\\u2069\"}]}", {}, {}, false);
    QCOMPARE(orders.apiMessage(), QStringLiteral("Terminal \uFFFD is off"));
    QCOMPARE(orders.apiCode(), QStringLiteral("invalid\uFFFD"));
}

QTEST_GUILESS_MAIN(TestHostileText)
#include "tst_hostiletext.moc"
