// ApiProbe ("Check which one answers") against both simulators on 127.0.0.1, through the real backends the factory
// makes: what each API answered with one token (terminals, refused, not reachable, not in this build), which one to
// preselect, and that a cancelled probe says nothing more.
#include "api/Backends.h"
#include "sales/ApiProbe.h"
#include "sim/OrdersSimulator.h"
#include "sim/PointSimulator.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

namespace {

const QString kLegacy = QStringLiteral("legacy");
const QString kOrders = QStringLiteral("orders");

QUrl closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()));
}

} // namespace

class TestApiProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void legacyAccountAnswersOnTheLegacyApi();
    void ordersAccountAnswersOnTheOrdersApi();
    void refusedTokenIsSaidAndNothingIsSuggested();
    void unreachableIsSaid();
    void noTerminalsStillSuggestsTheOnlyApiThatWorks();
    void cancelDropsTheAnswers();
    void messagesSayWhatEachAnswered();

private:
    /// Runs a probe to its end.
    static void run(ApiProbe &probe, const QString &token, const QUrl &base);
};

void TestApiProbe::run(ApiProbe &probe, const QString &token, const QUrl &base)
{
    QSignalSpy finished(&probe, &ApiProbe::finished);
    QSignalSpy answered(&probe, &ApiProbe::answered);
    probe.setTimeout(3000);
    probe.start(token, base);
    QVERIFY(probe.isRunning());
    QCOMPARE(answered.count(), 0); // never from inside start()
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(answered.count(), int(Backends::keys().size()));
    QVERIFY(!probe.isRunning());
    QCOMPARE(probe.answers().size(), Backends::keys().size());
}

void TestApiProbe::legacyAccountAnswersOnTheLegacyApi()
{
    PointSimulator sim;
    QVERIFY(sim.listen());
    ApiProbe probe;
    run(probe, sim.accessToken(), sim.apiUrl());

    const auto legacy = probe.answer(kLegacy);
    QVERIFY(legacy);
    QCOMPARE(legacy->outcome, ApiProbe::Answer::Outcome::Terminals);
    QCOMPARE(legacy->terminals, int(sim.devices().size()));
    QVERIFY(legacy->terminals > 0);
    QVERIFY(legacy->listsTerminals());

    // The Orders API is not served by the legacy simulator: whatever it says, it lists no terminals.
    const auto orders = probe.answer(kOrders);
    QVERIFY(orders);
    QVERIFY(!orders->listsTerminals());
    QCOMPARE(orders->outcome, ApiProbe::Answer::Outcome::Failed);
    QCOMPARE(probe.suggestedApi(), kLegacy);
}

void TestApiProbe::ordersAccountAnswersOnTheOrdersApi()
{
    OrdersSimulator sim;
    QVERIFY(sim.listen());
    ApiProbe probe;
    run(probe, sim.accessToken(), sim.apiUrl());

    const auto orders = probe.answer(kOrders);
    QVERIFY(orders);
    QCOMPARE(orders->outcome, ApiProbe::Answer::Outcome::Terminals);
    QCOMPARE(orders->terminals, int(sim.terminals().size()));
    const auto legacy = probe.answer(kLegacy);
    QVERIFY(legacy);
    QVERIFY(!legacy->listsTerminals());
    QCOMPARE(probe.suggestedApi(), kOrders);
}

void TestApiProbe::refusedTokenIsSaidAndNothingIsSuggested()
{
    PointSimulator sim;
    QVERIFY(sim.listen());
    ApiProbe probe;
    run(probe, QStringLiteral("APP_USR-not-the-right-token"), sim.apiUrl());
    const auto legacy = probe.answer(kLegacy);
    QCOMPARE(legacy->outcome, ApiProbe::Answer::Outcome::Refused);
    QCOMPARE(legacy->error.httpStatus(), 401);
    QVERIFY2(legacy->message().contains(QLatin1String("401")), qPrintable(legacy->message()));
    QCOMPARE(probe.suggestedApi(), QString());
}

void TestApiProbe::unreachableIsSaid()
{
    ApiProbe probe;
    run(probe, QStringLiteral("APP_USR-token"), closedPort());
    const auto legacy = probe.answer(kLegacy);
    QCOMPARE(legacy->outcome, ApiProbe::Answer::Outcome::Unreachable);
    QCOMPARE(probe.answer(kOrders)->outcome, ApiProbe::Answer::Outcome::Unreachable);
    QCOMPARE(probe.suggestedApi(), QString());
}

void TestApiProbe::noTerminalsStillSuggestsTheOnlyApiThatWorks()
{
    PointSimulator sim;
    QVERIFY(sim.listen());
    for (const auto &device : sim.devices())
        QVERIFY(sim.removeDevice(device.name));
    ApiProbe probe;
    run(probe, sim.accessToken(), sim.apiUrl());
    const auto legacy = probe.answer(kLegacy);
    QCOMPARE(legacy->outcome, ApiProbe::Answer::Outcome::Terminals);
    QCOMPARE(legacy->terminals, 0);
    QVERIFY(!legacy->listsTerminals());
    QCOMPARE(probe.suggestedApi(), kLegacy);
}

void TestApiProbe::cancelDropsTheAnswers()
{
    PointSimulator sim;
    QVERIFY(sim.listen());
    ApiProbe probe;
    QSignalSpy answered(&probe, &ApiProbe::answered);
    QSignalSpy finished(&probe, &ApiProbe::finished);
    probe.start(sim.accessToken(), sim.apiUrl());
    probe.cancel();
    QVERIFY(!probe.isRunning());
    QTest::qWait(500);
    QCOMPARE(answered.count(), 0);
    QCOMPARE(finished.count(), 0);

    // A new probe after a cancelled one answers as usual.
    run(probe, sim.accessToken(), sim.apiUrl());
    QCOMPARE(probe.answer(kLegacy)->outcome, ApiProbe::Answer::Outcome::Terminals);
}

void TestApiProbe::messagesSayWhatEachAnswered()
{
    ApiProbe::Answer answer;
    answer.outcome = ApiProbe::Answer::Outcome::Terminals;
    answer.terminals = 3;
    QVERIFY(answer.message().contains(QLatin1String("3")));
    answer.terminals = 1;
    QVERIFY(answer.message().contains(QLatin1String("one terminal")));
    answer.terminals = 0;
    QVERIFY(answer.message().contains(QLatin1String("no terminals")));
    answer.outcome = ApiProbe::Answer::Outcome::Unreachable;
    QVERIFY(answer.message().contains(QLatin1String("reachable")));
    answer.outcome = ApiProbe::Answer::Outcome::Unavailable;
    QVERIFY(answer.message().contains(QLatin1String("version")));
}

QTEST_GUILESS_MAIN(TestApiProbe)
#include "tst_apiprobe.moc"
