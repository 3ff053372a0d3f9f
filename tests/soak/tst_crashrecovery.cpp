// The crash test: the real `pointdesk` program charges a real pointdesk-sim process, is killed with SIGKILL while the
// order is open on the terminal, the customer pays while PointDesk is down, and the next start of the program
// follows the order from its journal to the payment. Nothing may be charged twice, and the journal must end with
// the simulator's payment id.
#include "support/CliTestSupport.h"
#include "store/OrderJournal.h"
#include "support/RefTestSupport.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCrashRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void killedWhileOpenThenPaidResumesToThePayment();
    void killedWhileOpenThenCancelledOnTheTerminal();

private:
    QProcessEnvironment environment() const;
    /// Starts `pointdesk` with `args`; false when it did not start.
    bool startApp(QProcess &process, const QStringList &args) const;
    /// Waits until the journal holds an entry matching `done`, or `ms` pass; the last entry seen, if any.
    std::optional<JournalEntry> waitForEntry(const std::function<bool(const JournalEntry &)> &done, int ms) const;
    QJsonArray simOrders();
    void killWhileOpen(qint64 *orderId, QString *deviceName);

    QTemporaryDir *m_dir = nullptr;
    CliTest::SimProcess *m_sim = nullptr;
    QString m_journalPath;
};

void TestCrashRecovery::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_journalPath = m_dir->filePath(QStringLiteral("journal.sqlite"));
    m_sim = new CliTest::SimProcess;
    const QString started = m_sim->start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
}

void TestCrashRecovery::cleanup()
{
    delete m_sim;
    m_sim = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

QProcessEnvironment TestCrashRecovery::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("POINTDESK_TOKEN"), m_sim->token);
    env.insert(QStringLiteral("POINTDESK_JOURNAL"), m_journalPath);
    env.insert(QStringLiteral("POINTDESK_SMOKE_TEST_TIMEOUT_MS"), QStringLiteral("120000"));
    // The shop's own settings and keychain stay out of it.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir->filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("POINTDESK_KEYCHAIN_SERVICE"), QStringLiteral("PointDesk-crash-test"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
    return env;
}

bool TestCrashRecovery::startApp(QProcess &process, const QStringList &args) const
{
    process.setProgram(QStringLiteral(POINTDESK_BIN));
    process.setArguments(args);
    process.setProcessEnvironment(environment());
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start();
    return process.waitForStarted(CliTest::kTimeoutMs);
}

std::optional<JournalEntry> TestCrashRecovery::waitForEntry(const std::function<bool(const JournalEntry &)> &done,
                                                            int ms) const
{
    std::optional<JournalEntry> last;
    QDeadlineTimer deadline(ms);
    do {
        // A reader of its own each time, as another program would be: never holds the file between looks.
        OrderJournal journal;
        if (QFileInfo::exists(m_journalPath) && journal.open(m_journalPath).ok()) {
            const QList<JournalEntry> entries = journal.entries();
            if (!entries.isEmpty()) {
                last = entries.constFirst();
                if (done(*last))
                    return last;
            }
        }
        QTest::qWait(50);
    } while (!deadline.hasExpired());
    return last;
}

QJsonArray TestCrashRecovery::simOrders()
{
    return m_sim->state().value(QStringLiteral("orders")).toArray();
}

void TestCrashRecovery::killWhileOpen(qint64 *orderId, QString *deviceName)
{
    QProcess app;
    QVERIFY2(startApp(app, {QStringLiteral("--smoke-test"), QStringLiteral("--api-base"), m_sim->api}),
             qPrintable(app.errorString()));
    const std::optional<JournalEntry> open =
        waitForEntry([](const JournalEntry &e) { return !e.orderId.isNull(); }, CliTest::kTimeoutMs);
    QVERIFY2(open && simId(open->orderId) > 0, qPrintable(QString::fromUtf8(app.readAllStandardError())));
    QCOMPARE(app.state(), QProcess::Running);

    // SIGKILL: no destructor, no event loop turn, no chance to tidy up.
    app.kill();
    QVERIFY(app.waitForFinished(CliTest::kTimeoutMs));
    QCOMPARE(app.exitStatus(), QProcess::CrashExit);

    const std::optional<JournalEntry> afterKill = waitForEntry([](const JournalEntry &) { return true; }, 0);
    QVERIFY(afterKill);
    QCOMPARE(afterKill->orderId, open->orderId);
    QVERIFY2(!afterKill->isFinal(), qPrintable(OrderStates::toKey(afterKill->state)));
    QCOMPARE(afterKill->request.amount.cents(), qint64(2500));

    const QJsonArray orders = simOrders();
    QCOMPARE(orders.size(), 1);
    QCOMPARE(orders.at(0).toObject().value(QStringLiteral("id")).toInteger(), simId(open->orderId));
    QCOMPARE(orders.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("OPEN"));
    *orderId = simId(open->orderId);
    *deviceName = open->request.deviceName;
}

void TestCrashRecovery::killedWhileOpenThenPaidResumesToThePayment()
{
    qint64 orderId = 0;
    QString deviceName;
    killWhileOpen(&orderId, &deviceName);
    if (QTest::currentTestFailed())
        return;

    // The customer pays while PointDesk is down.
    int status = 0;
    const QJsonObject approved = m_sim->control(
        "POST", "/devices/" + QUrl::toPercentEncoding(deviceName) + "/approve", QJsonObject(), &status);
    QCOMPARE(status, 200);
    QCOMPARE(approved.value(QStringLiteral("order_id")).toInteger(), orderId);
    const QJsonObject simOrder = simOrders().at(0).toObject();
    const qint64 paymentId = simOrder.value(QStringLiteral("payment_id")).toInteger();
    QVERIFY(paymentId > 0);

    // Started again, the cashier window follows the order it finds open in the journal.
    QProcess app;
    QVERIFY2(startApp(app, {QStringLiteral("--api-base"), m_sim->api}), qPrintable(app.errorString()));
    const std::optional<JournalEntry> final =
        waitForEntry([](const JournalEntry &e) { return e.isFinal(); }, CliTest::kTimeoutMs);
    app.kill();
    app.waitForFinished(CliTest::kTimeoutMs);
    QVERIFY2(final && final->isFinal(), qPrintable(QString::fromUtf8(app.readAllStandardError())));
    QCOMPARE(final->state, OrderState::Approved);
    QCOMPARE(final->orderId, orderRef(orderId));
    QCOMPARE(final->paymentId, paymentRef(paymentId));
    QCOMPARE(final->paymentStatus, QStringLiteral("approved"));
    // Exactly one order for the one sale: nothing was sent again.
    QCOMPARE(simOrders().size(), 1);
}

void TestCrashRecovery::killedWhileOpenThenCancelledOnTheTerminal()
{
    qint64 orderId = 0;
    QString deviceName;
    killWhileOpen(&orderId, &deviceName);
    if (QTest::currentTestFailed())
        return;

    int status = 0;
    m_sim->control("POST", "/devices/" + QUrl::toPercentEncoding(deviceName) + "/cancel", QJsonObject(), &status);
    QCOMPARE(status, 200);

    QProcess app;
    QVERIFY2(startApp(app, {QStringLiteral("--api-base"), m_sim->api}), qPrintable(app.errorString()));
    const std::optional<JournalEntry> final =
        waitForEntry([](const JournalEntry &e) { return e.isFinal(); }, CliTest::kTimeoutMs);
    app.kill();
    app.waitForFinished(CliTest::kTimeoutMs);
    QVERIFY(final && final->isFinal());
    QCOMPARE(final->state, OrderState::Cancelled);
    QCOMPARE(final->orderId, orderRef(orderId));
    QVERIFY(final->paymentId.isNull());
    QCOMPARE(simOrders().size(), 1);
}

QTEST_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
