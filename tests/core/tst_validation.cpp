#include "core/Validation.h"

#include <QTest>

using Field = ValidationIssue::Field;
Q_DECLARE_METATYPE(Field)

class TestValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void characterCount_data();
    void characterCount();
    void description_data();
    void description();
    void email_data();
    void email();
    void notificationUrl_data();
    void notificationUrl();
    void externalReference_data();
    void externalReference();
    void deviceName_data();
    void deviceName();
    void userId_data();
    void userId();
    void wholeRequest();
    void ordersRules();
};

void TestValidation::characterCount_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    QTest::newRow("ascii") << QStringLiteral("Cup") << 3;
    QTest::newRow("accents") << QStringLiteral("Café con leche ñandú") << 20;
    QTest::newRow("emoji is one") << QString::fromUtf8("\xF0\x9F\x8D\xB0") << 1;
    // A family (man, ZWJ, woman, ZWJ, girl: five code points), a flag (two), a thumbs up with a skin tone (two)
    // and an "e" with a combining accent (two): one character each, as the cashier sees them.
    QTest::newRow("zwj family") << QString::fromUcs4(U"\U0001F468\u200D\U0001F469\u200D\U0001F467") << 1;
    QTest::newRow("flag") << QString::fromUcs4(U"\U0001F1E6\U0001F1F7") << 1;
    QTest::newRow("skin tone") << QString::fromUcs4(U"\U0001F44D\U0001F3FD") << 1;
    QTest::newRow("combining accent") << QString::fromUcs4(U"Cafe\u0301") << 4;
    QTest::newRow("empty") << QString() << 0;
}

void TestValidation::characterCount()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    QCOMPARE(Validation::characterCount(text), count);
}

void TestValidation::description_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("short") << QStringLiteral("Cup") << true;
    QTest::newRow("20 accented chars, 25 bytes") << QStringLiteral("Café con leche ñandú") << true;
    QTest::newRow("exactly 20") << QStringLiteral("12345678901234567890") << true;
    QTest::newRow("21") << QStringLiteral("123456789012345678901") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("blank") << QStringLiteral("    ") << false;
    QTest::newRow("newline") << QStringLiteral("two\nlines") << false;
    QTest::newRow("tab") << QStringLiteral("a\tb") << false;
    QTest::newRow("zwj emoji") << (QStringLiteral("Cake for ") + QString::fromUcs4(U"\U0001F468\u200D\U0001F469\u200D\U0001F467")) << true;
    QTest::newRow("19 and a zwj emoji") << (QString(19, QLatin1Char('a')) + QString::fromUcs4(U"\U0001F469\u200D\U0001F373")) << true;
    QTest::newRow("20 and a zwj emoji") << (QString(20, QLatin1Char('a')) + QString::fromUcs4(U"\U0001F469\u200D\U0001F373")) << false;
    QTest::newRow("right-to-left override") << QString::fromUcs4(U"abc\u202Edef") << false;
}

void TestValidation::description()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const auto issue = Validation::description(text);
    QCOMPARE(!issue.has_value(), valid);
    if (issue) {
        QCOMPARE(issue->field, Field::Description);
        QVERIFY(!issue->message.isEmpty());
    }
}

void TestValidation::email_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty is optional") << QString() << true;
    QTest::newRow("simple") << QStringLiteral("ana@example.com") << true;
    QTest::newRow("pasted with spaces") << QStringLiteral("  ana@example.com ") << true;
    QTest::newRow("pasted with a line break") << QStringLiteral("ana@example.com\n") << true;
    QTest::newRow("plus and sub") << QStringLiteral("ana.maria+caja@mail.shop.com.ar") << true;
    QTest::newRow("no at") << QStringLiteral("ana.example.com") << false;
    QTest::newRow("two at") << QStringLiteral("ana@@example.com") << false;
    QTest::newRow("no tld") << QStringLiteral("ana@example") << false;
    QTest::newRow("space") << QStringLiteral("ana maria@example.com") << false;
    QTest::newRow("double dot") << QStringLiteral("ana..maria@example.com") << false;
    QTest::newRow("leading dot") << QStringLiteral(".ana@example.com") << false;
    QTest::newRow("dash label") << QStringLiteral("ana@-example.com") << false;
    QTest::newRow("too long") << (QString(250, QLatin1Char('a')) + QStringLiteral("@example.com")) << false;
}

void TestValidation::email()
{
    QFETCH(QString, email);
    QFETCH(bool, valid);
    const auto issue = Validation::payerEmail(email);
    QCOMPARE(!issue.has_value(), valid);
    if (issue)
        QCOMPARE(issue->field, Field::PayerEmail);
}

void TestValidation::notificationUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty is optional") << QString() << true;
    QTest::newRow("https") << QStringLiteral("https://shop.example/notify?x=1") << true;
    QTest::newRow("http loopback") << QStringLiteral("http://127.0.0.1:8080/hook") << false;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost/hook") << false;
    QTest::newRow("http ipv6 loopback") << QStringLiteral("http://[::1]:9000/hook") << false;
    // Mercado Pago calls the URL from its own servers: this computer is never reachable as "localhost".
    QTest::newRow("https localhost") << QStringLiteral("https://localhost/hook") << false;
    QTest::newRow("https loopback") << QStringLiteral("https://127.0.0.5/hook") << false;
    QTest::newRow("http remote") << QStringLiteral("http://shop.example/notify") << false;
    QTest::newRow("relative") << QStringLiteral("/notify") << false;
    QTest::newRow("no scheme") << QStringLiteral("shop.example/notify") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://shop.example/notify") << false;
    QTest::newRow("spaces") << QStringLiteral("https://shop example/notify") << false;
    QTest::newRow("too long") << (QStringLiteral("https://shop.example/") + QString(2001, QLatin1Char('a'))) << false;
}

void TestValidation::notificationUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, valid);
    const auto issue = Validation::notificationUrl(url);
    QCOMPARE(!issue.has_value(), valid);
    if (issue)
        QCOMPARE(issue->field, Field::NotificationUrl);
}

void TestValidation::externalReference_data()
{
    QTest::addColumn<QString>("ref");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty is optional") << QString() << true;
    QTest::newRow("normal") << QStringLiteral("PD-20261123-0001") << true;
    QTest::newRow("64") << QString(64, QLatin1Char('r')) << true;
    QTest::newRow("65") << QString(65, QLatin1Char('r')) << false;
    QTest::newRow("blank") << QStringLiteral("  ") << false;
    QTest::newRow("newline") << QStringLiteral("a\nb") << false;
}

void TestValidation::externalReference()
{
    QFETCH(QString, ref);
    QFETCH(bool, valid);
    const auto issue = Validation::externalReference(ref);
    QCOMPARE(!issue.has_value(), valid);
    if (issue)
        QCOMPARE(issue->field, Field::ExternalReference);
}

void TestValidation::deviceName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << QStringLiteral("Caja 1") << true;
    QTest::newRow("slash and enye") << QStringLiteral("Caja 2/ñandú") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("blank") << QStringLiteral(" ") << false;
    QTest::newRow("control") << QStringLiteral("a\x01") << false;
    QTest::newRow("too long") << QString(101, QLatin1Char('x')) << false;
}

void TestValidation::deviceName()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(!Validation::deviceName(name).has_value(), valid);
}

void TestValidation::userId_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::newRow("digits") << QStringLiteral("123456789") << true;
    QTest::newRow("64-bit") << QStringLiteral("9007199254740993") << true;
    QTest::newRow("zero") << QStringLiteral("0") << false;
    QTest::newRow("negative") << QStringLiteral("-4") << false;
    QTest::newRow("letters") << QStringLiteral("12ab") << false;
    QTest::newRow("overflow") << QStringLiteral("99999999999999999999") << false;
}

void TestValidation::userId()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QCOMPARE(!Validation::userId(id).has_value(), valid);
}

void TestValidation::wholeRequest()
{
    OrderRequest request;
    request.amount = Money::fromCents(0);
    request.description = QString();
    request.deviceName = QString();
    request.payerEmail = QStringLiteral("bad");
    request.notificationUrl = QStringLiteral("http://example.com/");
    const QList<ValidationIssue> issues = Validation::orderRequest(request);
    QCOMPARE(issues.size(), 5);
    QCOMPARE(issues.at(0).field, Field::Amount);
    QCOMPARE(issues.at(1).field, Field::Description);
    QCOMPARE(issues.at(2).field, Field::DeviceName);
    QCOMPARE(issues.at(3).field, Field::PayerEmail);
    QCOMPARE(issues.at(4).field, Field::NotificationUrl);

    request.amount = Money::fromCents(1250);
    request.description = QStringLiteral("Café con leche ñandú");
    request.deviceName = QStringLiteral("Caja 1");
    request.payerEmail.clear();
    request.notificationUrl.clear();
    QVERIFY(Validation::orderRequest(request).isEmpty());
}

void TestValidation::ordersRules()
{
    // Description: optional, up to 150 characters (code points), no control characters.
    QVERIFY(!Validation::ordersDescription(QString()));
    QVERIFY(!Validation::ordersDescription(QString(150, QLatin1Char('a'))));
    QVERIFY(!Validation::ordersDescription(QString(75, QChar(0x00F1)) + QString(75, QLatin1Char('b'))));
    QCOMPARE(Validation::ordersDescription(QString(151, QLatin1Char('a')))->field,
             ValidationIssue::Field::Description);
    QVERIFY(Validation::ordersDescription(QStringLiteral("a\tb")));
    // External reference: optional, up to 64 of letters, digits, '-' and '_'.
    QVERIFY(!Validation::ordersExternalReference(QString()));
    QVERIFY(!Validation::ordersExternalReference(QStringLiteral("ext_ref-1234")));
    QVERIFY(!Validation::ordersExternalReference(QString(64, QLatin1Char('r'))));
    for (const QString &bad : {QString(65, QLatin1Char('r')), QStringLiteral("with space"), QStringLiteral("ma\u00f1ana"),
                               QStringLiteral("a.b"), QStringLiteral("a/b"), QStringLiteral("a@b")}) {
        const auto issue = Validation::ordersExternalReference(bad);
        QVERIFY2(issue, qPrintable(bad));
        QCOMPARE(issue->field, ValidationIssue::Field::ExternalReference);
        QVERIFY(!issue->message.isEmpty());
    }
    // Expiration: 30 s to 3 h.
    QVERIFY(!Validation::expiration(std::nullopt));
    QVERIFY(!Validation::expiration(30));
    QVERIFY(!Validation::expiration(3 * 3600));
    QCOMPARE(Validation::expiration(29)->field, ValidationIssue::Field::Expiration);
    QVERIFY(Validation::expiration(3 * 3600 + 1));
    QVERIFY(Validation::expiration(0));
    QVERIFY(Validation::expiration(-30));
    QCOMPARE(Validation::fieldKey(ValidationIssue::Field::Expiration), QStringLiteral("expiration_time"));
    // The whole Orders request: the legacy 20-character description limit does not apply; the e-mail is not checked.
    OrderRequest r;
    r.amount = Money::fromCents(100);
    r.deviceName = QStringLiteral("NEWLAND_N950__SBX0000001");
    r.description = QString(100, QLatin1Char('d'));
    r.payerEmail = QStringLiteral("not an address");
    QVERIFY(Validation::ordersOrderRequest(r).isEmpty());
    QVERIFY(!Validation::orderRequest(r).isEmpty());
    r.expirationSeconds = 10;
    r.externalReference = QStringLiteral("bad ref");
    r.amount = Money();
    const QList<ValidationIssue> issues = Validation::ordersOrderRequest(r);
    QCOMPARE(issues.size(), 3);
    QCOMPARE(issues.at(0).field, ValidationIssue::Field::Amount);
    QCOMPARE(issues.at(1).field, ValidationIssue::Field::ExternalReference);
    QCOMPARE(issues.at(2).field, ValidationIssue::Field::Expiration);
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
