// ManagerPin: which PINs are accepted, the stored form "pbkdf2-sha256$iterations$salt$hash", and checks against
// known answers computed by an independent PBKDF2 implementation (Python's hashlib.pbkdf2_hmac).
#include "store/ManagerPin.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

class TestManagerPin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validPins_data();
    void validPins();
    void trivialPins_data();
    void trivialPins();
    void storedForm();
    void knownAnswers_data();
    void knownAnswers();
    void freshSaltEachTime();
    void verifyRightAndWrong();
    void malformedIsNeverAMatch_data();
    void malformedIsNeverAMatch();
    void constantTimeEquals();
};

void TestManagerPin::validPins_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<bool>("valid");
    QTest::newRow("4 digits") << QStringLiteral("1234") << true;
    QTest::newRow("8 digits") << QStringLiteral("12345678") << true;
    QTest::newRow("leading zeros") << QStringLiteral("0007") << true;
    QTest::newRow("3 digits") << QStringLiteral("123") << false;
    QTest::newRow("9 digits") << QStringLiteral("123456789") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("letter") << QStringLiteral("12a4") << false;
    QTest::newRow("space") << QStringLiteral(" 1234") << false;
    QTest::newRow("arabic-indic digits") << QStringLiteral("\u0661\u0662\u0663\u0664") << false;
    QTest::newRow("fullwidth digits") << QStringLiteral("\uFF11\uFF12\uFF13\uFF14") << false;
}

void TestManagerPin::validPins()
{
    QFETCH(QString, pin);
    QFETCH(bool, valid);
    QCOMPARE(ManagerPin::isValidPin(pin), valid);
}

void TestManagerPin::trivialPins_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<bool>("trivial");
    QTest::newRow("0000") << QStringLiteral("0000") << true;
    QTest::newRow("77777777") << QStringLiteral("77777777") << true;
    QTest::newRow("1234") << QStringLiteral("1234") << true;
    QTest::newRow("12345678") << QStringLiteral("12345678") << true;
    QTest::newRow("0123") << QStringLiteral("0123") << true;
    QTest::newRow("7890, 0 after 9") << QStringLiteral("7890") << true;
    QTest::newRow("4321") << QStringLiteral("4321") << true;
    QTest::newRow("9876543") << QStringLiteral("9876543") << true;
    QTest::newRow("1098, 9 after 0") << QStringLiteral("1098") << true;
    QTest::newRow("1243") << QStringLiteral("1243") << false;
    QTest::newRow("1235") << QStringLiteral("1235") << false;
    QTest::newRow("1357, steps of 2") << QStringLiteral("1357") << false;
    QTest::newRow("0001") << QStringLiteral("0001") << false;
    QTest::newRow("4826") << QStringLiteral("4826") << false;
    QTest::newRow("731904") << QStringLiteral("731904") << false;
    // Not a PIN at all: invalid, which is a different refusal.
    QTest::newRow("123, too short") << QStringLiteral("123") << false;
    QTest::newRow("abcd") << QStringLiteral("abcd") << false;
}

void TestManagerPin::trivialPins()
{
    QFETCH(QString, pin);
    QFETCH(bool, trivial);
    QCOMPARE(ManagerPin::isTrivialPin(pin), trivial);
    QCOMPARE(ManagerPin::isAcceptableNewPin(pin), ManagerPin::isValidPin(pin) && !trivial);
    // A trivial PIN stored before this rule still works: only new PINs are refused.
    if (trivial)
        QVERIFY(ManagerPin::verify(pin, ManagerPin::hash(pin, ManagerPin::kMinIterations)));
    QVERIFY(ManagerPin::trivialPinMessage().contains(QLatin1String("1234")));
}

void TestManagerPin::storedForm()
{
    const QString stored = ManagerPin::hash(QStringLiteral("4826"));
    static const QRegularExpression form(
        QStringLiteral("^pbkdf2-sha256\\$([0-9]+)\\$([A-Za-z0-9+/=]+)\\$([A-Za-z0-9+/=]+)$"));
    const QRegularExpressionMatch m = form.match(stored);
    QVERIFY2(m.hasMatch(), qPrintable(stored));
    QVERIFY(m.captured(1).toInt() >= 100000);
    QCOMPARE(m.captured(1).toInt(), ManagerPin::kIterations);
    QCOMPARE(QByteArray::fromBase64(m.captured(2).toLatin1()).size(), 16);
    QCOMPARE(QByteArray::fromBase64(m.captured(3).toLatin1()).size(), 32);
    QVERIFY(!stored.contains(QLatin1String("4826")));
    QVERIFY(ManagerPin::isWellFormed(stored));
}

void TestManagerPin::knownAnswers_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<int>("iterations");
    QTest::addColumn<QString>("expected");
    // python3 -c "import hashlib,base64; print(base64.b64encode(hashlib.pbkdf2_hmac('sha256', PIN, SALT, N, 32)))"
    QTest::newRow("1234") << QStringLiteral("1234") << QByteArray(16, 'x') << 100000
                          << QStringLiteral("pbkdf2-sha256$100000$eHh4eHh4eHh4eHh4eHh4eA==$"
                                            "a4P/Ge4TH6I0ouD6WgnDo9yBliYf+oYYVzPEAuESj50=");
    QByteArray counting;
    for (char i = 0; i < 16; ++i)
        counting.append(i);
    QTest::newRow("90817263") << QStringLiteral("90817263") << counting << 150000
                              << QStringLiteral("pbkdf2-sha256$150000$AAECAwQFBgcICQoLDA0ODw==$"
                                                "kB2uDhLnCB3XrWESyPjVhaV9rXNaNIzOsrfMtB/69SM=");
}

void TestManagerPin::knownAnswers()
{
    QFETCH(QString, pin);
    QFETCH(QByteArray, salt);
    QFETCH(int, iterations);
    QFETCH(QString, expected);
    QCOMPARE(ManagerPin::hashWithSalt(pin, salt, iterations), expected);
    QVERIFY(ManagerPin::verify(pin, expected));
}

void TestManagerPin::freshSaltEachTime()
{
    QSet<QString> seen;
    for (int i = 0; i < 3; ++i)
        seen.insert(ManagerPin::hash(QStringLiteral("1111"), ManagerPin::kMinIterations));
    QCOMPARE(seen.size(), 3);
}

void TestManagerPin::verifyRightAndWrong()
{
    const QString stored = ManagerPin::hash(QStringLiteral("13579"));
    QVERIFY(ManagerPin::verify(QStringLiteral("13579"), stored));
    QVERIFY(!ManagerPin::verify(QStringLiteral("13578"), stored));
    QVERIFY(!ManagerPin::verify(QStringLiteral("135790"), stored));
    QVERIFY(!ManagerPin::verify(QString(), stored));
}

void TestManagerPin::malformedIsNeverAMatch_data()
{
    const QString good = ManagerPin::hashWithSalt(QStringLiteral("1234"), QByteArray(16, 's'), 1000);
    const QStringList parts = good.split(QLatin1Char('$'));
    QTest::addColumn<QString>("stored");
    QTest::newRow("empty") << QString();
    QTest::newRow("plain PIN") << QStringLiteral("1234");
    QTest::newRow("other scheme") << QStringLiteral("pbkdf2-sha1$%1$%2$%3").arg(parts[1], parts[2], parts[3]);
    QTest::newRow("too few iterations") << QStringLiteral("pbkdf2-sha256$10$%1$%2").arg(parts[2], parts[3]);
    QTest::newRow("absurd iterations") << QStringLiteral("pbkdf2-sha256$2000000000$%1$%2").arg(parts[2], parts[3]);
    QTest::newRow("not base64") << QStringLiteral("pbkdf2-sha256$1000$%%%%$%1").arg(parts[3]);
    QTest::newRow("short hash") << QStringLiteral("pbkdf2-sha256$1000$%1$AAAA").arg(parts[2]);
    QTest::newRow("extra part") << good + QStringLiteral("$x");
}

void TestManagerPin::malformedIsNeverAMatch()
{
    QFETCH(QString, stored);
    QVERIFY(!ManagerPin::isWellFormed(stored));
    QVERIFY(!ManagerPin::verify(QStringLiteral("1234"), stored));
}

void TestManagerPin::constantTimeEquals()
{
    QVERIFY(ManagerPin::constantTimeEquals(QByteArray("abcd"), QByteArray("abcd")));
    QVERIFY(!ManagerPin::constantTimeEquals(QByteArray("abcd"), QByteArray("abce")));
    QVERIFY(!ManagerPin::constantTimeEquals(QByteArray("xbcd"), QByteArray("abcd")));
    QVERIFY(!ManagerPin::constantTimeEquals(QByteArray("abc"), QByteArray("abcd")));
    QVERIFY(ManagerPin::constantTimeEquals(QByteArray(), QByteArray()));
}

QTEST_GUILESS_MAIN(TestManagerPin)
#include "tst_managerpin.moc"
