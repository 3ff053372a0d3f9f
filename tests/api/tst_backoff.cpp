#include "api/Backoff.h"

#include <QTest>

class TestBackoff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void doublesUpToTheLongest();
    void retryAfterIsAFloor();
    void resetStartsOver();
    void limitsAreSane();
};

void TestBackoff::doublesUpToTheLongest()
{
    Backoff backoff(250, 3000);
    const ApiError network(ApiError::Kind::Network, QStringLiteral("refused"));
    QList<int> waits;
    for (int i = 0; i < 7; ++i)
        waits << backoff.next(network);
    QCOMPARE(waits, (QList<int>{250, 500, 1000, 2000, 3000, 3000, 3000}));
    QCOMPARE(backoff.failures(), 7);
    // A long outage never overflows the shift.
    QCOMPARE(backoff.delayFor(10000, network), 3000);
    QCOMPARE(backoff.delayFor(0, network), 250);
}

void TestBackoff::retryAfterIsAFloor()
{
    const Backoff backoff(100, 1000);
    const QByteArray body = "{\"message\":\"too many\",\"error\":\"too_many_requests\",\"status\":429}";
    const ApiError limited = ApiError::fromResponse(QNetworkReply::NoError, 429, body, "7", QString(), false);
    QCOMPARE(limited.kind(), ApiError::Kind::RateLimited);
    QCOMPARE(limited.retryAfterSeconds(), 7);
    QCOMPARE(backoff.delayFor(1, limited), 7000); // longer than the longest wait: the server said so
    const ApiError soon = ApiError::fromResponse(QNetworkReply::NoError, 429, body, "0", QString(), false);
    QCOMPARE(backoff.delayFor(3, soon), 400);
    // Retry-After counts only on a 429.
    const ApiError server = ApiError::fromResponse(QNetworkReply::NoError, 503, body, "7", QString(), false);
    QCOMPARE(backoff.delayFor(1, server), 100);
}

void TestBackoff::resetStartsOver()
{
    Backoff backoff(50, 400);
    const ApiError timeout(ApiError::Kind::Timeout, QStringLiteral("no answer"));
    backoff.next(timeout);
    backoff.next(timeout);
    QCOMPARE(backoff.next(timeout), 200);
    backoff.reset();
    QCOMPARE(backoff.failures(), 0);
    QCOMPARE(backoff.next(timeout), 50);
}

void TestBackoff::limitsAreSane()
{
    Backoff backoff(0, 5);
    QCOMPARE(backoff.firstMs(), 10);
    QCOMPARE(backoff.maxMs(), 10);
    backoff.setLimits(1000, 30000);
    QCOMPARE(backoff.delayFor(6, ApiError(ApiError::Kind::Server, QString())), 30000);
}

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
