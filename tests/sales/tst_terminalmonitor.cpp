// TerminalMonitor against a real PointSimulator on 127.0.0.1: the terminal list, the one connection state, the
// backoff while Mercado Pago cannot be reached, a refused token, freeing a terminal and terminals that vanish.
#include "api/LegacyPointBackend.h"
#include "sales/TerminalMonitor.h"
#include "sim/PointSimulator.h"
#include "support/RefTestSupport.h"
#include "support/SimTestSupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using Connection = TerminalMonitor::Connection;

namespace {

const QString kDevicesPath = QStringLiteral("/point/services/integrations/v1/devices");

} // namespace

class TestTerminalMonitor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void backoffDoublesUpToTheLongest_data();
    void backoffDoublesUpToTheLongest();
    void backoffHonoursRetryAfter();
    void listsTheTerminalsAndGoesOnline();
    void refreshesByTheClock();
    void offlineBacksOffThenComesBackOnline();
    void serverTroubleIsNotOffline();
    void rateLimitWaitsForRetryAfter();
    void unauthorizedIsTokenRefusedWithoutRetries();
    void followProblemSharesTheState();
    void freesATerminal();
    void freeingWithARefusedTokenFails();
    void vanishedTerminalIsReported();
    void ownOrderKeepsItsTerminalBusy();
    void heldRefreshWaits();

private:
    qint64 createOrderDirectly(const QString &device);
    int devicesRequests() const;
    void waitOnline();

    PointSimulator *m_sim = nullptr;
    LegacyPointBackend *m_client = nullptr;
    TerminalMonitor *m_monitor = nullptr;
    QList<QPair<QString, qint64>> m_requests; ///< path and milliseconds since init()
    QElapsedTimer m_clock;
};

void TestTerminalMonitor::init()
{
    m_sim = new PointSimulator;
    QVERIFY(m_sim->listen());
    m_requests.clear();
    m_clock.start();
    connect(m_sim, &PointSimulator::requestHandled, this, [this](const QString &, const QString &path, int) {
        m_requests.append({path, m_clock.elapsed()});
    });
    m_client = new LegacyPointBackend;
    QVERIFY(m_client->setBaseUrl(m_sim->apiUrl()));
    m_client->setAccessToken(m_sim->accessToken());
    m_client->setTimeout(3000);
    m_monitor = new TerminalMonitor(m_client);
    m_monitor->setRefreshInterval(60000); // refreshed on purpose unless a test says otherwise
    m_monitor->setRetryBackoff(100, 800);
}

void TestTerminalMonitor::cleanup()
{
    delete m_monitor;
    m_monitor = nullptr;
    delete m_client;
    delete m_sim;
}

qint64 TestTerminalMonitor::createOrderDirectly(const QString &device)
{
    return createOrderFromAnotherTill(*m_sim, device);
}

int TestTerminalMonitor::devicesRequests() const
{
    int count = 0;
    for (const auto &request : m_requests)
        count += request.first == kDevicesPath ? 1 : 0;
    return count;
}

void TestTerminalMonitor::waitOnline()
{
    m_monitor->refresh(true);
    QTRY_COMPARE(m_monitor->connection(), Connection::Online);
}

void TestTerminalMonitor::backoffDoublesUpToTheLongest_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<int>("expected");
    QTest::newRow("first") << 1 << 100;
    QTest::newRow("second") << 2 << 200;
    QTest::newRow("third") << 3 << 400;
    QTest::newRow("capped") << 5 << 1000;
    QTest::newRow("long outage does not overflow") << 500 << 1000;
}

void TestTerminalMonitor::backoffDoublesUpToTheLongest()
{
    QFETCH(int, failures);
    QFETCH(int, expected);
    Backoff backoff(100, 1000);
    const ApiError network(ApiError::Kind::Network, QStringLiteral("refused"));
    int delay = 0;
    for (int i = 0; i < failures; ++i)
        delay = backoff.next(network);
    QCOMPARE(delay, expected);
    QCOMPARE(backoff.failures(), failures);
    QCOMPARE(backoff.delayFor(failures, network), expected);
    backoff.reset();
    QCOMPARE(backoff.failures(), 0);
    QCOMPARE(backoff.next(network), 100);
}

void TestTerminalMonitor::backoffHonoursRetryAfter()
{
    Backoff backoff(100, 1000);
    const ApiError limited = ApiError::fromResponse(QNetworkReply::UnknownContentError, 429, QByteArray(),
                                                    QByteArrayLiteral("7"), QString(), false); // Retry-After: 7
    QCOMPARE(limited.kind(), ApiError::Kind::RateLimited);
    QCOMPARE(limited.retryAfterSeconds(), 7);
    // Longer than the longest wait: Mercado Pago said when it answers again.
    QCOMPARE(backoff.next(limited), 7000);
    // Limits are sane whatever the caller passes.
    backoff.setLimits(1, 0);
    QCOMPARE(backoff.firstMs(), 10);
    QCOMPARE(backoff.maxMs(), 10);
}

void TestTerminalMonitor::listsTheTerminalsAndGoesOnline()
{
    QCOMPARE(m_monitor->connection(), Connection::Connecting);
    QVERIFY(!m_monitor->hasLoaded());
    QSignalSpy changed(m_monitor, &TerminalMonitor::devicesChanged);
    QSignalSpy listed(m_monitor, &TerminalMonitor::listed);
    QSignalSpy connection(m_monitor, &TerminalMonitor::connectionChanged);
    QSignalSpy refreshing(m_monitor, &TerminalMonitor::refreshing);
    m_monitor->refresh(true);
    QCOMPARE(refreshing.count(), 1);
    QTRY_COMPARE(changed.count(), 1);
    const DeviceList devices = changed.at(0).at(0).value<DeviceList>();
    QCOMPARE(devices.size(), 3);
    QCOMPARE(devices.at(0).name, QStringLiteral("Caja 1"));
    QCOMPARE(m_monitor->devices().size(), 3);
    QVERIFY(m_monitor->device(QStringLiteral("Mostrador Ñandú")).has_value());
    QVERIFY(m_monitor->hasLoaded());
    QCOMPARE(m_monitor->connection(), Connection::Online);
    QVERIFY(!m_monitor->isRetrying());
    QCOMPARE(connection.count(), 1);
    QCOMPARE(connection.at(0).at(0).value<Connection>(), Connection::Online);
    QCOMPARE(listed.count(), 1);
    QVERIFY(listed.at(0).at(0).toString().startsWith(QStringLiteral("Updated at ")));
}

void TestTerminalMonitor::refreshesByTheClock()
{
    waitOnline();
    m_monitor->setRefreshInterval(100);
    const qint64 other = createOrderDirectly(QStringLiteral("Caja 2"));
    QVERIFY(other > 0);
    QTRY_COMPARE(m_monitor->device(QStringLiteral("Caja 2"))->heldOrder, orderRef(other));
    QCOMPARE(m_monitor->device(QStringLiteral("Caja 2"))->status, Device::Status::Busy);
    QCOMPARE(m_sim->customerCancel(QStringLiteral("Caja 2")), other);
    QTRY_COMPARE(m_monitor->device(QStringLiteral("Caja 2"))->status, Device::Status::Free);
}

void TestTerminalMonitor::offlineBacksOffThenComesBackOnline()
{
    waitOnline();
    QSignalSpy connection(m_monitor, &TerminalMonitor::connectionChanged);
    QSignalSpy failed(m_monitor, &TerminalMonitor::listFailed);
    QSignalSpy restored(m_monitor, &TerminalMonitor::connectionRestored);
    QSignalSpy retrying(m_monitor, &TerminalMonitor::retryingChanged);
    SimFault drop;
    drop.kind = SimFault::Kind::Drop;
    drop.method = QStringLiteral("GET");
    drop.pathPrefix = kDevicesPath;
    drop.count = 4; // QNAM may send a dropped request once more by itself: at least two failures reach the monitor
    m_sim->injectFault(drop);

    m_monitor->refresh(true);
    QTRY_COMPARE(m_monitor->connection(), Connection::Offline);
    QVERIFY(m_monitor->isRetrying());
    QCOMPARE(connection.at(0).at(0).value<Connection>(), Connection::Offline);
    QVERIFY(m_monitor->retryInMs() > 0);
    QVERIFY(m_monitor->retryInMs() <= 800);
    QVERIFY(m_monitor->lastProblem().userMessage().startsWith(QStringLiteral("Cannot reach Mercado Pago.")));
    QVERIFY(failed.count() >= 1);
    QVERIFY(failed.at(0).at(1).toString().startsWith(QStringLiteral("Not updated since ")));
    QCOMPARE(restored.count(), 0);
    // Retries by itself, with a growing wait, until the list comes back.
    QTRY_COMPARE_WITH_TIMEOUT(m_monitor->connection(), Connection::Online, 10000);
    QCOMPARE(m_sim->pendingFaultCount(), 0);
    QVERIFY(failed.count() >= 2); // how many of the drops QNAM hides by sending again is its business
    QCOMPARE(restored.count(), 1);
    QCOMPARE(connection.last().at(0).value<Connection>(), Connection::Online);
    // Retrying went on once and off once, however many attempts it took.
    QCOMPARE(retrying.count(), 2);
    QCOMPARE(retrying.at(0).at(0).toBool(), true);
    QCOMPARE(retrying.at(1).at(0).toBool(), false);
    QCOMPARE(m_monitor->retryInMs(), 0);
    QCOMPARE(m_monitor->backoff().failures(), 0);
}

void TestTerminalMonitor::serverTroubleIsNotOffline()
{
    waitOnline();
    SimFault error;
    error.kind = SimFault::Kind::ServerError;
    error.httpStatus = 503;
    error.method = QStringLiteral("GET");
    error.pathPrefix = kDevicesPath;
    error.count = 3;
    m_sim->injectFault(error);
    m_requests.clear();
    QSignalSpy failed(m_monitor, &TerminalMonitor::listFailed);
    m_monitor->refresh(true);
    QTRY_COMPARE(m_monitor->connection(), Connection::ServiceUnavailable);
    QVERIFY(m_monitor->isRetrying());
    QTRY_COMPARE_WITH_TIMEOUT(m_monitor->connection(), Connection::Online, 10000);
    QCOMPARE(failed.count(), 3);
    // Four listings (three refused, one answered), each wait double the one before: 100, 200, 400 ms. Qt's default
    // (coarse) timers may fire up to 5% early, so each gap is at least 95% of its wait, less a few ms of rounding.
    QList<qint64> at;
    for (const auto &request : std::as_const(m_requests)) {
        if (request.first == kDevicesPath)
            at.append(request.second);
    }
    QCOMPARE(at.size(), 4);
    QVERIFY2(at[1] - at[0] >= 90, qPrintable(QString::number(at[1] - at[0])));
    QVERIFY2(at[2] - at[1] >= 185, qPrintable(QString::number(at[2] - at[1])));
    QVERIFY2(at[3] - at[2] >= 375, qPrintable(QString::number(at[3] - at[2])));
}

void TestTerminalMonitor::rateLimitWaitsForRetryAfter()
{
    waitOnline();
    SimFault limit;
    limit.kind = SimFault::Kind::RateLimit;
    limit.method = QStringLiteral("GET");
    limit.pathPrefix = kDevicesPath;
    limit.retryAfterSeconds = 2;
    m_sim->injectFault(limit);
    QSignalSpy failed(m_monitor, &TerminalMonitor::listFailed);
    m_monitor->refresh(true);
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).value<ApiError>().kind(), ApiError::Kind::RateLimited);
    QCOMPARE(m_monitor->connection(), Connection::ServiceUnavailable);
    // Far beyond the backoff's longest wait (800 ms): the server's Retry-After wins.
    QVERIFY2(m_monitor->retryInMs() > 1500, qPrintable(QString::number(m_monitor->retryInMs())));
    const int before = devicesRequests();
    QTest::qWait(1000);
    QCOMPARE(devicesRequests(), before);
    QTRY_COMPARE_WITH_TIMEOUT(m_monitor->connection(), Connection::Online, 5000);
}

void TestTerminalMonitor::unauthorizedIsTokenRefusedWithoutRetries()
{
    waitOnline();
    m_monitor->setRefreshInterval(100);
    QSignalSpy refused(m_monitor, &TerminalMonitor::tokenRefused);
    QSignalSpy accepted(m_monitor, &TerminalMonitor::tokenAccepted);
    QSignalSpy failed(m_monitor, &TerminalMonitor::listFailed);
    const QString token = m_sim->accessToken();
    m_sim->setAccessToken(QStringLiteral("TEST-revoked"));
    QTRY_COMPARE(m_monitor->connection(), Connection::TokenRefused);
    QVERIFY(m_monitor->isTokenRefused());
    QVERIFY(!m_monitor->isRetrying());
    QVERIFY(m_monitor->tokenRefusedAt().isValid());
    QVERIFY(m_monitor->tokenRefusedReason().startsWith(
        QStringLiteral("Mercado Pago refused the saved access token (401 Unauthorized) at ")));
    QCOMPARE(refused.count(), 1);
    QCOMPARE(failed.last().at(0).value<ApiError>().kind(), ApiError::Kind::Unauthorized);
    QCOMPARE(failed.last().at(1).toString(), failed.last().at(0).value<ApiError>().userMessage());
    // No clock with a refused token: nothing is asked until someone asks.
    const int before = devicesRequests();
    QTest::qWait(400);
    QCOMPARE(devicesRequests(), before);
    // Asking again and being refused again does not announce it twice.
    m_monitor->refresh(true);
    QTRY_COMPARE(devicesRequests(), before + 1);
    QTest::qWait(100);
    QCOMPARE(refused.count(), 1);
    QCOMPARE(m_monitor->connection(), Connection::TokenRefused);
    // The token works again.
    m_sim->setAccessToken(token);
    m_monitor->refresh(true);
    QTRY_COMPARE(m_monitor->connection(), Connection::Online);
    QCOMPARE(accepted.count(), 1);
    QVERIFY(!m_monitor->isTokenRefused());
    QCOMPARE(m_monitor->tokenRefusedReason(), QString());
}

void TestTerminalMonitor::followProblemSharesTheState()
{
    waitOnline();
    QSignalSpy restored(m_monitor, &TerminalMonitor::connectionRestored);
    m_monitor->setFollowProblem(ApiError(ApiError::Kind::Timeout, QStringLiteral("poll timed out")), 700);
    QCOMPARE(m_monitor->connection(), Connection::Offline);
    QVERIFY(m_monitor->hasFollowProblem());
    QVERIFY(m_monitor->retryInMs() > 0);
    QVERIFY(m_monitor->retryInMs() <= 700);
    // A refused token while offline: the connection is the more pressing, the refusal stays known.
    m_monitor->reportTokenRefused();
    QCOMPARE(m_monitor->connection(), Connection::Offline);
    QVERIFY(m_monitor->isTokenRefused());
    m_monitor->clearFollowProblem(true);
    QCOMPARE(m_monitor->connection(), Connection::TokenRefused);
    QCOMPARE(restored.count(), 1);
    // A server error while following is trouble, not offline; ending it quietly announces nothing.
    m_monitor->setFollowProblem(ApiError(ApiError::Kind::Server, QStringLiteral("503")), 300);
    QCOMPARE(m_monitor->connection(), Connection::ServiceUnavailable);
    m_monitor->clearFollowProblem(false);
    QCOMPARE(restored.count(), 1);
    m_monitor->refresh(true);
    QTRY_COMPARE(m_monitor->connection(), Connection::Online);
}

void TestTerminalMonitor::freesATerminal()
{
    const qint64 other = createOrderDirectly(QStringLiteral("Caja 1"));
    QVERIFY(other > 0);
    waitOnline();
    QCOMPARE(m_monitor->device(QStringLiteral("Caja 1"))->heldOrder, orderRef(other));
    QSignalSpy freed(m_monitor, &TerminalMonitor::terminalFreed);
    QSignalSpy changed(m_monitor, &TerminalMonitor::devicesChanged);
    QVERIFY(m_monitor->freeTerminal(QStringLiteral("Caja 1")));
    QVERIFY(m_monitor->isFreeing());
    QVERIFY(!m_monitor->freeTerminal(QStringLiteral("Caja 2"))); // one at a time
    QTRY_COMPARE(freed.count(), 1);
    QCOMPARE(freed.at(0).at(0).toString(), QStringLiteral("Caja 1"));
    QVERIFY(!m_monitor->isFreeing());
    QCOMPARE(m_sim->device(QStringLiteral("Caja 1"))->paymentAttempt, 0);
    QCOMPARE(m_sim->order(other)->status, SimOrder::Status::Deleted);
    QCOMPARE(m_sim->device(QStringLiteral("Caja 2"))->paymentAttempt, 0);
    // The list is asked again at once and shows the terminal free.
    QTRY_VERIFY(changed.count() >= 1);
    QTRY_COMPARE(m_monitor->device(QStringLiteral("Caja 1"))->status, Device::Status::Free);
    QVERIFY(!m_monitor->freeTerminal(QString()));
}

void TestTerminalMonitor::freeingWithARefusedTokenFails()
{
    waitOnline();
    QSignalSpy failed(m_monitor, &TerminalMonitor::freeFailed);
    QSignalSpy refused(m_monitor, &TerminalMonitor::tokenRefused);
    m_sim->setAccessToken(QStringLiteral("TEST-revoked"));
    QVERIFY(m_monitor->freeTerminal(QStringLiteral("Caja 1")));
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("Caja 1"));
    QCOMPARE(failed.at(0).at(1).value<ApiError>().kind(), ApiError::Kind::Unauthorized);
    QCOMPARE(refused.count(), 1);
    QCOMPARE(m_monitor->connection(), Connection::TokenRefused);
}

void TestTerminalMonitor::vanishedTerminalIsReported()
{
    waitOnline();
    QSignalSpy vanished(m_monitor, &TerminalMonitor::terminalsVanished);
    QVERIFY(m_sim->removeDevice(QStringLiteral("Caja 2")));
    m_monitor->refresh(true);
    QTRY_COMPARE(vanished.count(), 1);
    QCOMPARE(vanished.at(0).at(0).toStringList(), QStringList{QStringLiteral("Caja 2")});
    QCOMPARE(m_monitor->devices().size(), 2);
    QVERIFY(!m_monitor->device(QStringLiteral("Caja 2")).has_value());
    // Listed again without change: nothing vanished this time.
    m_monitor->refresh(true);
    QTRY_COMPARE(devicesRequests(), 3);
    QTest::qWait(100);
    QCOMPARE(vanished.count(), 1);
}

void TestTerminalMonitor::ownOrderKeepsItsTerminalBusy()
{
    waitOnline();
    // The list can lag behind the order this counter follows: that terminal is never shown free meanwhile.
    m_monitor->setOwnOrder(QStringLiteral("Caja 1"), orderRef(4242));
    m_monitor->refresh(true);
    QTRY_COMPARE(devicesRequests(), 2);
    QTRY_COMPARE(m_monitor->device(QStringLiteral("Caja 1"))->heldOrder, orderRef(4242));
    QCOMPARE(m_monitor->device(QStringLiteral("Caja 1"))->status, Device::Status::Busy);
    QCOMPARE(m_monitor->device(QStringLiteral("Caja 2"))->status, Device::Status::Free);
    QSignalSpy changed(m_monitor, &TerminalMonitor::devicesChanged);
    m_monitor->markDevice(QStringLiteral("Caja 1"), OrderRef());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_monitor->device(QStringLiteral("Caja 1"))->status, Device::Status::Free);
    m_monitor->markDevice(QStringLiteral("Caja 1"), OrderRef()); // no change, no signal
    QCOMPARE(changed.count(), 1);
    m_monitor->setOwnOrder(QString(), OrderRef());
    m_monitor->refresh(true);
    QTRY_COMPARE(devicesRequests(), 3);
    QTRY_COMPARE(changed.count(), 2);
    QVERIFY(m_monitor->device(QStringLiteral("Caja 1"))->heldOrder.isNull());
}

void TestTerminalMonitor::heldRefreshWaits()
{
    waitOnline();
    m_monitor->setRefreshHeld(true);
    m_monitor->refresh(true);
    QTest::qWait(250);
    QCOMPARE(devicesRequests(), 1);
    m_monitor->setRefreshHeld(false);
    QTRY_COMPARE(devicesRequests(), 2);
}

QTEST_GUILESS_MAIN(TestTerminalMonitor)
#include "tst_terminalmonitor.moc"
