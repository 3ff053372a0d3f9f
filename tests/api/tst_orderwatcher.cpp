#include "api/OrderWatcher.h"
#include "support/RefTestSupport.h"
#include "api/LegacyPointBackend.h"
#include "api/OrdersBackend.h"
#include "sim/PointSimulator.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

namespace {

// An Orders backend whose GETs answer from a script (one OrderInfo per poll, the last repeated), and which records
// when each poll left: to check the pace and the rules about stale answers without a server.
class ScriptedOrders : public OrdersBackend
{
public:
    QList<OrderInfo> script;
    QList<qint64> polledAt;
    QElapsedTimer clock;

    Call<OrderInfo> *getOrder(const OrderRef &order) override
    {
        if (!clock.isValid())
            clock.start();
        polledAt << clock.elapsed();
        auto *call = startComposite<OrderInfo>(QStringLiteral("GET"), QStringLiteral("/v1/orders/") + order.toString());
        const OrderInfo answer = script.size() > 1 ? script.takeFirst() : script.value(0);
        QTimer::singleShot(0, call, [call, answer]() { finishComposite(call, answer, ApiError()); });
        return call;
    }
};

OrderInfo scripted(OrderState state, const QDateTime &updated, const QDateTime &created = {})
{
    OrderInfo o;
    o.id = OrderRef(QStringLiteral("ORD01JQ4S4KY8HWQ6NA5PXB65B3D3"));
    o.state = state;
    o.status = OrderStates::toKey(state);
    o.updatedAt = updated;
    o.createdAt = created.isValid() ? created : updated;
    o.expiresAfterSeconds = 900;
    return o;
}

} // namespace

class TestOrderWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void followsToApproved();
    void followsToDeclined();
    void customerCancelEndsCancelled();
    void eachStateChangeOnce();
    void strayNotFoundIsNotCancelled();
    void survivesRateLimitHonouringRetryAfter();
    void survivesDroppedConnections();
    void survivesServerErrorsAndMalformedBodies();
    void neverTwoRequestsInFlight();
    void unauthorizedStops();
    void pollsAboutOncePerInterval();
    void stopAbortsAndStaysQuiet();
    void ordersIgnoresRepliesOlderThanTheNewest();
    void ordersPacesAndStopsAtTheDeadline();

private:
    qint64 createOrder(const QString &device = QStringLiteral("Caja 1"));
    OrderWatcher *watch(qint64 id, int intervalMs = 50);

    PointSimulator *m_sim = nullptr;
    LegacyPointBackend *m_client = nullptr;
};

void TestOrderWatcher::init()
{
    m_sim = new PointSimulator(this);
    QVERIFY(m_sim->listen());
    m_client = new LegacyPointBackend(this);
    QVERIFY(m_client->setBaseUrl(m_sim->apiUrl()));
    m_client->setAccessToken(m_sim->accessToken());
    m_client->setTimeout(2000);
}

void TestOrderWatcher::cleanup()
{
    delete m_client;
    delete m_sim;
}

qint64 TestOrderWatcher::createOrder(const QString &device)
{
    OrderRequest r;
    r.amount = Money::fromCents(1000);
    r.description = QStringLiteral("Cup");
    r.deviceName = device;
    qint64 id = 0;
    auto *call = m_client->createOrder(r);
    connect(call, &ApiCall::finished, this, [&id, call]() { id = call->ok() ? simId(call->value().id) : -1; });
    if (!QTest::qWaitFor([&id]() { return id != 0; }, 5000))
        return -1;
    return id;
}

OrderWatcher *TestOrderWatcher::watch(qint64 id, int intervalMs)
{
    auto *watcher = new OrderWatcher(m_client, orderRef(id), this);
    watcher->setPollInterval(intervalMs);
    watcher->setMaxBackoff(400);
    return watcher;
}

void TestOrderWatcher::followsToApproved()
{
    const qint64 id = createOrder();
    QVERIFY(id > 0);
    OrderWatcher *w = watch(id);
    QSignalSpy changed(w, &OrderWatcher::stateChanged);
    QSignalSpy finished(w, &OrderWatcher::finished);
    w->start();
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<OrderInfo>().state, OrderState::WaitingForCard);
    m_sim->approve(QStringLiteral("Caja 1"));
    QTRY_COMPARE(finished.count(), 1);
    const OrderInfo done = finished.at(0).at(0).value<OrderInfo>();
    QCOMPARE(done.state, OrderState::Approved);
    QCOMPARE(done.paymentId, paymentRef(m_sim->order(id)->paymentId));
    QCOMPARE(w->current().state, OrderState::Approved);
    QVERIFY(!w->isRunning());
    const int sent = w->requestsSent();
    QTest::qWait(300);
    QCOMPARE(w->requestsSent(), sent); // no polling after the end
}

void TestOrderWatcher::followsToDeclined()
{
    const qint64 id = createOrder();
    OrderWatcher *w = watch(id);
    QSignalSpy finished(w, &OrderWatcher::finished);
    w->start();
    QTRY_COMPARE(w->current().state, OrderState::WaitingForCard);
    m_sim->decline(QStringLiteral("Caja 1"));
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(w->current().state, OrderState::Rejected);
    QCOMPARE(w->current().paymentStatus, QStringLiteral("rejected"));
}

void TestOrderWatcher::customerCancelEndsCancelled()
{
    const qint64 id = createOrder();
    OrderWatcher *w = watch(id);
    QSignalSpy finished(w, &OrderWatcher::finished);
    w->start();
    QTRY_COMPARE(w->current().state, OrderState::WaitingForCard);
    m_sim->customerCancel(QStringLiteral("Caja 1"));
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(w->current().state, OrderState::Cancelled);
}

void TestOrderWatcher::eachStateChangeOnce()
{
    const qint64 id = createOrder();
    OrderWatcher *w = watch(id, 20);
    QSignalSpy changed(w, &OrderWatcher::stateChanged);
    w->start();
    QTRY_VERIFY(w->requestsSent() >= 10); // many polls of an unchanged order
    QCOMPARE(changed.count(), 1);
    m_sim->approve(QStringLiteral("Caja 1"));
    QTRY_COMPARE(changed.count(), 2);
    QTest::qWait(200);
    QCOMPARE(changed.count(), 2);
}

void TestOrderWatcher::strayNotFoundIsNotCancelled()
{
    const qint64 id = createOrder();
    OrderWatcher *w = watch(id);
    QSignalSpy changed(w, &OrderWatcher::stateChanged);
    QSignalSpy finished(w, &OrderWatcher::finished);
    w->start();
    QTRY_COMPARE(w->current().state, OrderState::WaitingForCard);
    // One wrong 404 while the terminal still shows the order: not a cancellation.
    SimFault notFound;
    notFound.kind = SimFault::Kind::ServerError;
    notFound.httpStatus = 404;
    notFound.method = QStringLiteral("GET");
    notFound.pathPrefix = QStringLiteral("/point/services/integrations/v1/%1").arg(id);
    notFound.count = 2;
    m_sim->injectFault(notFound);
    QTRY_COMPARE(m_sim->pendingFaultCount(), 0);
    QTest::qWait(200);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(w->current().state, OrderState::WaitingForCard);
    QCOMPARE(changed.count(), 1);
    m_sim->approve(QStringLiteral("Caja 1"));
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(w->current().state, OrderState::Approved);
}

void TestOrderWatcher::survivesRateLimitHonouringRetryAfter()
{
    const qint64 id = createOrder();
    SimFault limit;
    limit.kind = SimFault::Kind::RateLimit;
    limit.method = QStringLiteral("GET");
    limit.retryAfterSeconds = 1;
    limit.count = 2;
    m_sim->injectFault(limit);

    OrderWatcher *w = watch(id);
    QSignalSpy problems(w, &OrderWatcher::connectionProblem);
    QSignalSpy restored(w, &OrderWatcher::connectionRestored);
    QSignalSpy finished(w, &OrderWatcher::finished);
    QElapsedTimer timer;
    timer.start();
    w->start();
    QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, 8000);
    // Two 429s each asking for one second: the watcher waited for them.
    QVERIFY2(timer.elapsed() >= 1900, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(problems.count(), 2);
    QCOMPARE(problems.at(0).at(0).value<ApiError>().kind(), ApiError::Kind::RateLimited);
    QVERIFY(problems.at(0).at(1).toInt() >= 1000);
    QCOMPARE(w->requestsSent(), 3);
    m_sim->approve(QStringLiteral("Caja 1"));
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(w->current().state, OrderState::Approved);
}

void TestOrderWatcher::survivesDroppedConnections()
{
    const qint64 id = createOrder();
    SimFault drop;
    drop.kind = SimFault::Kind::Drop;
    drop.method = QStringLiteral("GET");
    drop.count = 9;
    m_sim->injectFault(drop);
    m_sim->approve(QStringLiteral("Caja 1")); // paid while the network was failing

    OrderWatcher *w = watch(id);
    QSignalSpy problems(w, &OrderWatcher::connectionProblem);
    QSignalSpy finished(w, &OrderWatcher::finished);
    w->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 8000);
    // QNetworkAccessManager resends a dropped GET by itself, so several drops may make one failed poll.
    QVERIFY(problems.count() >= 1);
    QCOMPARE(m_sim->pendingFaultCount(), 0);
    QCOMPARE(problems.at(0).at(0).value<ApiError>().kind(), ApiError::Kind::Network);
    // Backoff doubles from the poll interval up to the maximum: 50, 100, 200, 400, 400 ms ...
    for (int i = 0; i < problems.count(); ++i)
        QCOMPARE(problems.at(i).at(1).toInt(), qMin(50 << i, 400));
    QCOMPARE(w->current().state, OrderState::Approved);
}

void TestOrderWatcher::survivesServerErrorsAndMalformedBodies()
{
    const qint64 id = createOrder();
    SimFault server;
    server.kind = SimFault::Kind::ServerError;
    server.method = QStringLiteral("GET");
    server.httpStatus = 503;
    m_sim->injectFault(server);
    SimFault junk;
    junk.kind = SimFault::Kind::Malformed;
    junk.method = QStringLiteral("GET");
    m_sim->injectFault(junk);

    OrderWatcher *w = watch(id);
    QSignalSpy problems(w, &OrderWatcher::connectionProblem);
    QSignalSpy finished(w, &OrderWatcher::finished);
    w->start();
    QTRY_COMPARE(problems.count(), 2);
    QCOMPARE(problems.at(0).at(0).value<ApiError>().kind(), ApiError::Kind::Server);
    QCOMPARE(problems.at(1).at(0).value<ApiError>().kind(), ApiError::Kind::Malformed);
    m_sim->decline(QStringLiteral("Caja 1"));
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(w->current().state, OrderState::Rejected);
}

void TestOrderWatcher::neverTwoRequestsInFlight()
{
    const qint64 id = createOrder();
    SimFault slow;
    slow.kind = SimFault::Kind::Latency;
    slow.method = QStringLiteral("GET");
    slow.latencyMs = 400;
    slow.count = 100;
    m_sim->injectFault(slow);

    OrderWatcher *w = watch(id, 10);
    int maxInFlight = 0;
    auto sample = [&]() {
        int open = 0;
        for (ApiCall *call : m_client->findChildren<ApiCall *>()) {
            if (!call->isFinished())
                ++open;
        }
        maxInFlight = qMax(maxInFlight, open);
    };
    w->start();
    for (int i = 0; i < 100; ++i) {
        w->pollNow(); // a hint while a poll is in flight must not send another
        sample();
        QTest::qWait(10);
    }
    QCOMPARE(maxInFlight, 1);
    // About 1 s with 400 ms replies and a 10 ms interval: at most four polls.
    QVERIFY2(w->requestsSent() <= 4, qPrintable(QString::number(w->requestsSent())));
    w->stop();
}

void TestOrderWatcher::unauthorizedStops()
{
    const qint64 id = createOrder();
    m_client->setAccessToken(QStringLiteral("TEST-expired"));
    OrderWatcher *w = watch(id);
    QSignalSpy failed(w, &OrderWatcher::failed);
    w->start();
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).value<ApiError>().kind(), ApiError::Kind::Unauthorized);
    QVERIFY(!w->isRunning());
    QTest::qWait(200);
    QCOMPARE(w->requestsSent(), 1);
}

void TestOrderWatcher::pollsAboutOncePerInterval()
{
    const qint64 id = createOrder();
    OrderWatcher *w = watch(id, 200);
    w->start();
    QTest::qWait(1050);
    // t=0, 200, 400, 600, 800, 1000 (+ reply time): five or six polls, never a burst.
    QVERIFY2(w->requestsSent() >= 4 && w->requestsSent() <= 6, qPrintable(QString::number(w->requestsSent())));
    w->stop();
}

void TestOrderWatcher::stopAbortsAndStaysQuiet()
{
    const qint64 id = createOrder();
    SimFault slow;
    slow.kind = SimFault::Kind::Latency;
    slow.method = QStringLiteral("GET");
    slow.latencyMs = 300;
    m_sim->injectFault(slow);
    OrderWatcher *w = watch(id);
    QSignalSpy changed(w, &OrderWatcher::stateChanged);
    QSignalSpy problems(w, &OrderWatcher::connectionProblem);
    w->start();
    QTest::qWait(50);
    w->stop();
    QTest::qWait(500);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(problems.count(), 0);
    QCOMPARE(w->requestsSent(), 1);
}

void TestOrderWatcher::ordersIgnoresRepliesOlderThanTheNewest()
{
    // Contract 5.2 rule 7: a reply whose last_updated_date is older than one already seen changes nothing, even
    // when it says final.
    ScriptedOrders client;
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    client.script = {scripted(OrderState::WaitingForCard, t0.addSecs(2)), scripted(OrderState::Cancelled, t0.addSecs(1)),
                     scripted(OrderState::WaitingForCard, t0.addSecs(3)), scripted(OrderState::Approved, t0.addSecs(4))};
    OrderWatcher watcher(&client, client.script.first().id);
    watcher.setPollInterval(20);
    QSignalSpy changed(&watcher, &OrderWatcher::stateChanged);
    QSignalSpy finished(&watcher, &OrderWatcher::finished);
    watcher.start();
    QVERIFY(finished.wait(3000));
    QCOMPARE(watcher.current().state, OrderState::Approved);
    for (const auto &args : changed)
        QVERIFY(args.at(0).value<OrderInfo>().state != OrderState::Cancelled);
    QCOMPARE(client.polledAt.size(), 4);
}

void TestOrderWatcher::ordersPacesAndStopsAtTheDeadline()
{
    // The Orders policy scaled down: 60 ms for the first 300 ms, then 150 ms, never two polls within 40 ms; the
    // deadline (created + expiration + grace) ends following with deadlinePassed, not with a final state.
    ScriptedOrders client;
    const QDateTime created = QDateTime::currentDateTimeUtc();
    client.script = {scripted(OrderState::WaitingForCard, created, created)};
    OrderWatcher watcher(&client, client.script.first().id);
    PointBackend::PollingPolicy p = client.pollingPolicy();
    QVERIFY(p.stopsAtExpiry);
    p.fastIntervalMs = 60;
    p.fastPeriodMs = 300;
    p.slowIntervalMs = 150;
    p.minIntervalMs = 40;
    p.expiryGraceMs = -900 * 1000 + 900; // the deadline 0.9 s after creation
    watcher.setPolicy(p);
    QSignalSpy deadline(&watcher, &OrderWatcher::deadlinePassed);
    QSignalSpy finished(&watcher, &OrderWatcher::finished);
    watcher.start();
    watcher.pollNow(); // a hint right after a poll waits for the minimum interval
    QVERIFY(deadline.wait(5000));
    QCOMPARE(finished.size(), 0);
    QVERIFY(!watcher.isRunning());
    const QList<qint64> at = client.polledAt;
    QVERIFY(at.size() >= 5);
    for (int i = 1; i < at.size(); ++i) {
        const qint64 gap = at.at(i) - at.at(i - 1);
        QVERIFY2(gap >= 38, qPrintable(QStringLiteral("polls %1 ms apart").arg(gap)));
        if (at.at(i - 1) >= 350) // well past the fast period: the slow pace
            QVERIFY2(gap >= 140, qPrintable(QStringLiteral("slow polls %1 ms apart at %2").arg(gap).arg(at.at(i))));
    }
    QVERIFY(at.last() >= 850);
    // A re-check reads the order once more and, still not final, asks again.
    const int polls = int(client.polledAt.size());
    QTest::qWait(60);
    watcher.recheck();
    QVERIFY(deadline.wait(3000));
    QCOMPARE(int(client.polledAt.size()), polls + 1);
}

QTEST_GUILESS_MAIN(TestOrderWatcher)
#include "tst_orderwatcher.moc"
