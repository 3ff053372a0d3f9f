// pointdesk-cli and the order journal, end to end: the real binary against a real pointdesk-sim process. `charge`
// records every sale before it is sent and reconciles a create whose answer is lost; a journal it cannot use means
// nothing is sent; `history` reads the journal back. The journal file is read and back-dated here with SQL of the
// test's own, not through OrderJournal, so that the CLI's records are checked independently of its history command.
#include "support/CliTestSupport.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <functional>
#include <memory>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#endif

using namespace CliTest;

namespace {

/// One row of the journal's orders table, as the test reads it.
struct JournalRow
{
    qint64 localId = 0;
    QString state;
    qint64 orderId = 0;
    qint64 paymentId = 0;
    int createAttempts = 0;
    QString lastError;
    qint64 amountCents = 0;
    QString device;
};

/// The sales seedSales() leaves in the journal (local ids 1 to 5); sale 2 is moved to yesterday.
struct Seeded
{
    qint64 paidOrder = 0;
    qint64 paidPayment = 0;
    qint64 declinedOrder = 0;
    qint64 declinedPayment = 0;
    qint64 cancelledOrder = 0;
    qint64 openOrder = 0;
    QDate today;
    QDate yesterday;
};

const QString kCsvHeader = QStringLiteral("local_id,created_at,updated_at,terminal,card_type,amount,description,state,"
                                          "order_id,payment_id,payment_status,external_reference,payer_email,"
                                          "last_error\r\n");

QStringList chargeArgs(const QString &device, const QString &amount, const QString &card, const QString &description)
{
    return {QStringLiteral("--json"),        QStringLiteral("charge"),
            QStringLiteral("--device"),      device,
            QStringLiteral("--amount"),      amount,
            QStringLiteral("--card"),        card,
            QStringLiteral("--description"), description};
}

QList<qint64> localIds(const QJsonObject &history)
{
    QList<qint64> ids;
    for (const QJsonValue &entry : history.value(QStringLiteral("entries")).toArray())
        ids.append(entry.toObject().value(QStringLiteral("local_id")).toInteger());
    return ids;
}

QJsonObject bucket(qint64 count, const QString &amount, qint64 cents)
{
    return QJsonObject{
        {QStringLiteral("count"), count}, {QStringLiteral("amount"), amount}, {QStringLiteral("amount_cents"), cents}};
}

} // namespace

class TestCliJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void chargeRecordsFinalEntries();
    void lostAnswerIsReconciled_data();
    void lostAnswerIsReconciled();
    void uncertainOutcomeIsReported();
    void interruptedBeforeSending();
    void interruptedWhileWaitingLeavesOrderOpen();
    void unusableJournalSendsNothing_data();
    void unusableJournalSendsNothing();

    void historyTableAndTotals();
    void historyJson();
    void historyCsv();
    void historyFilters();
    void historyNeedsNoTokenNorNetwork();
    void historyWithoutJournalFile();
    void amountFollowsTheAccountCurrency();

private:
    QProcessEnvironment cliEnvironment() const;
    QString runCli(CliRun &run, const QStringList &args);
    QString runCli(CliRun &run, const QStringList &args, const QProcessEnvironment &env);
    /// Runs `charge ... --wait` and plays `action` (approve, decline, cancel) on the terminal once the order is open.
    QString chargeAndAct(CliRun &run, const QString &device, const QString &amount, const QString &card,
                         const QString &description, const QByteArray &action);
    /// Five sales: paid, declined (moved to yesterday), cancelled, not sent, and one still open.
    QString seedSales(Seeded *seeded);
    /// Signal `process` with SIGINT (Ctrl+C) and collect its run.
    QString interrupt(QProcess &process, CliRun &run);

    QList<JournalRow> journalRows();
    QString moveToDay(qint64 localId, const QDate &day);
    QString sql(const std::function<QString(QSqlDatabase &)> &work);

    SimProcess m_sim;
    CliRunner m_runner;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_journalPath;
};

// ---------------------------------------------------------------------------------------------------------------

void TestCliJournal::init()
{
    const QString problem = m_sim.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_runner.secrets = QStringList{m_sim.token};
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_journalPath = m_dir->filePath(QStringLiteral("journal.sqlite"));
}

void TestCliJournal::cleanup()
{
    m_sim.stop();
    m_dir.reset();
}

QProcessEnvironment TestCliJournal::cliEnvironment() const
{
    return cliNoKeychainEnvironment(m_sim.api, m_journalPath, m_sim.token);
}

QString TestCliJournal::runCli(CliRun &run, const QStringList &args)
{
    return runCli(run, args, cliEnvironment());
}

QString TestCliJournal::runCli(CliRun &run, const QStringList &args, const QProcessEnvironment &env)
{
    return m_runner.run(run, args, env);
}

QString TestCliJournal::chargeAndAct(CliRun &run, const QString &device, const QString &amount, const QString &card,
                                     const QString &description, const QByteArray &action)
{
    QProcess process;
    QString problem = m_runner.start(process, chargeArgs(device, amount, card, description) << QStringLiteral("--wait"),
                                     cliEnvironment());
    if (!problem.isEmpty())
        return problem;
    const qint64 orderId = m_sim.waitForOpenOrder(device, &process);
    if (orderId == 0) {
        problem = m_runner.finish(process, run);
        return QStringLiteral("no open order on %1: %2 %3").arg(device, problem, run.errText());
    }
    int status = 0;
    m_sim.control("POST", "/devices/" + QUrl::toPercentEncoding(device) + '/' + action, {}, &status);
    if (status != 200) {
        process.kill();
        process.waitForFinished(kTimeoutMs);
        return QStringLiteral("the terminal did not take %1: HTTP %2").arg(QString::fromLatin1(action)).arg(status);
    }
    return m_runner.finish(process, run);
}

QString TestCliJournal::seedSales(Seeded *seeded)
{
    CliRun run;
    QString problem = chargeAndAct(run, QStringLiteral("Caja 1"), QStringLiteral("10"), QStringLiteral("credit"),
                                   QStringLiteral("Cafe"), "approve");
    if (!problem.isEmpty() || run.exitCode != kSuccess)
        return QStringLiteral("paid sale: %1 %2").arg(problem, run.errText());
    seeded->paidOrder = run.json.value(QStringLiteral("order_id")).toInteger();
    seeded->paidPayment = run.json.value(QStringLiteral("payment_id")).toInteger();

    problem = chargeAndAct(run, QStringLiteral("Caja 2"), QStringLiteral("1250,50"), QStringLiteral("debit"),
                           QStringLiteral("Mate"), "decline");
    if (!problem.isEmpty() || run.exitCode != kDeclined)
        return QStringLiteral("declined sale: %1 %2").arg(problem, run.errText());
    seeded->declinedOrder = run.json.value(QStringLiteral("order_id")).toInteger();
    seeded->declinedPayment = run.json.value(QStringLiteral("payment_id")).toInteger();

    problem = chargeAndAct(run, QStringLiteral("Caja 2"), QStringLiteral("7.25"), QStringLiteral("credit"),
                           QStringLiteral("Medialunas"), "cancel");
    if (!problem.isEmpty() || run.exitCode != kCancelled)
        return QStringLiteral("cancelled sale: %1 %2").arg(problem, run.errText());
    seeded->cancelledOrder = run.json.value(QStringLiteral("order_id")).toInteger();

    // A terminal the account does not have: recorded, never sent.
    problem = runCli(run, chargeArgs(QStringLiteral("Caja 9"), QStringLiteral("3"), QStringLiteral("debit"),
                                     QStringLiteral("Nada")));
    if (!problem.isEmpty() || run.exitCode != kApiError)
        return QStringLiteral("failed sale: %1 %2").arg(problem, run.errText());

    problem = runCli(run, chargeArgs(QStringLiteral("Mostrador Ñandú"), QStringLiteral("20"), QStringLiteral("debit"),
                                     QStringLiteral("Alfajor")));
    if (!problem.isEmpty() || run.exitCode != kSuccess)
        return QStringLiteral("open sale: %1 %2").arg(problem, run.errText());
    seeded->openOrder = run.json.value(QStringLiteral("order_id")).toInteger();

    if (seeded->paidOrder <= 0 || seeded->paidPayment <= 0 || seeded->declinedOrder <= 0 ||
        seeded->declinedPayment <= 0 || seeded->cancelledOrder <= 0 || seeded->openOrder <= 0)
        return QStringLiteral("a sale did not report its ids");
    seeded->today = QDate::currentDate();
    seeded->yesterday = seeded->today.addDays(-1);
    return moveToDay(2, seeded->yesterday);
}

QString TestCliJournal::interrupt(QProcess &process, CliRun &run)
{
#ifdef Q_OS_UNIX
    if (::kill(pid_t(process.processId()), SIGINT) != 0)
        return QStringLiteral("kill failed");
    return m_runner.finish(process, run);
#else
    Q_UNUSED(process);
    Q_UNUSED(run);
    return QStringLiteral("SIGINT is a Unix signal");
#endif
}

QString TestCliJournal::sql(const std::function<QString(QSqlDatabase &)> &work)
{
    const QString name = QStringLiteral("tst_clijournal");
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_journalPath);
        if (!db.open())
            problem = QStringLiteral("cannot open the journal: ") + db.lastError().text();
        else
            problem = work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

QList<JournalRow> TestCliJournal::journalRows()
{
    QList<JournalRow> rows;
    if (!QFileInfo::exists(m_journalPath))
        return rows;
    const QString problem = sql([&rows](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT local_id, state, order_id, payment_id, create_attempts, last_error, "
                                   "amount_cents, device_name FROM orders ORDER BY local_id")))
            return q.lastError().text();
        while (q.next()) {
            JournalRow row;
            row.localId = q.value(0).toLongLong();
            row.state = q.value(1).toString();
            row.orderId = q.value(2).toLongLong();
            row.paymentId = q.value(3).toLongLong();
            row.createAttempts = q.value(4).toInt();
            row.lastError = q.value(5).toString();
            row.amountCents = q.value(6).toLongLong();
            row.device = q.value(7).toString();
            rows.append(row);
        }
        return QString();
    });
    if (!problem.isEmpty())
        qWarning("%s", qPrintable(problem));
    return rows;
}

QString TestCliJournal::moveToDay(qint64 localId, const QDate &day)
{
    return sql([localId, &day](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE orders SET created_at = ? WHERE local_id = ?"));
        q.addBindValue(day.startOfDay().addSecs(12 * 3600).toMSecsSinceEpoch());
        q.addBindValue(localId);
        if (!q.exec() || q.numRowsAffected() != 1)
            return QStringLiteral("cannot move sale %1: %2").arg(localId).arg(q.lastError().text());
        return QString();
    });
}

// --- charge -----------------------------------------------------------------------------------------------------

void TestCliJournal::chargeRecordsFinalEntries()
{
    CliRun run;
    QString problem = chargeAndAct(run, QStringLiteral("Caja 1"), QStringLiteral("12.50"), QStringLiteral("credit"),
                                   QStringLiteral("Paid"), "approve");
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    CHECK_EXIT(run, kSuccess);
    QCOMPARE(run.json.value(QStringLiteral("local_id")).toInteger(), 1);
    const qint64 paidOrder = run.json.value(QStringLiteral("order_id")).toInteger();
    const qint64 paidPayment = m_sim.order(paidOrder).value(QStringLiteral("payment_id")).toInteger();
    QVERIFY(paidPayment > 0);
    QCOMPARE(run.json.value(QStringLiteral("payment_id")).toInteger(), paidPayment);

    problem = chargeAndAct(run, QStringLiteral("Caja 2"), QStringLiteral("3"), QStringLiteral("debit"),
                           QStringLiteral("Declined"), "decline");
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    CHECK_EXIT(run, kDeclined);
    QCOMPARE(run.json.value(QStringLiteral("local_id")).toInteger(), 2);
    const qint64 declinedOrder = run.json.value(QStringLiteral("order_id")).toInteger();

    // Without --wait the order id and its state are in the journal before the CLI ends.
    problem = runCli(run, chargeArgs(QStringLiteral("Caja 1"), QStringLiteral("4"), QStringLiteral("credit"),
                                     QStringLiteral("Open")));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    CHECK_EXIT(run, kSuccess);
    QCOMPARE(run.json.value(QStringLiteral("local_id")).toInteger(), 3);
    const qint64 openOrder = run.json.value(QStringLiteral("order_id")).toInteger();

    const QList<JournalRow> rows = journalRows();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).state, QStringLiteral("approved"));
    QCOMPARE(rows.at(0).orderId, paidOrder);
    QCOMPARE(rows.at(0).paymentId, paidPayment);
    QCOMPARE(rows.at(0).createAttempts, 1);
    QCOMPARE(rows.at(0).amountCents, 1250);
    QCOMPARE(rows.at(1).state, QStringLiteral("rejected"));
    QCOMPARE(rows.at(1).orderId, declinedOrder);
    QCOMPARE(rows.at(1).paymentId, m_sim.order(declinedOrder).value(QStringLiteral("payment_id")).toInteger());
    QVERIFY(rows.at(1).paymentId > 0);
    QCOMPARE(rows.at(2).state, QStringLiteral("waiting_for_card"));
    QCOMPARE(rows.at(2).orderId, openOrder);
    QCOMPARE(rows.at(2).paymentId, 0);
    QCOMPARE(m_sim.orders().size(), 3);
}

void TestCliJournal::lostAnswerIsReconciled_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<int>("createAttempts");

    // The order is stored and the terminal shows it, but the answer never arrives: found on the terminal, not sent
    // again.
    QTest::newRow("drop after the order is stored")
        << QJsonObject{{QStringLiteral("kind"), QStringLiteral("drop")}, {QStringLiteral("after_store"), true}} << 1;
    QTest::newRow("502 after the order is stored")
        << QJsonObject{{QStringLiteral("kind"), QStringLiteral("server_error")},
                       {QStringLiteral("status"), 502},
                       {QStringLiteral("after_store"), true}}
        << 1;
    // Nothing was stored and the terminal is seen free at once: sending again is safe.
    QTest::newRow("drop before the order is stored")
        << QJsonObject{{QStringLiteral("kind"), QStringLiteral("drop")}} << 2;
    QTest::newRow("503 before the order is stored")
        << QJsonObject{{QStringLiteral("kind"), QStringLiteral("server_error")}, {QStringLiteral("status"), 503}} << 2;
}

void TestCliJournal::lostAnswerIsReconciled()
{
    QFETCH(QJsonObject, fault);
    QFETCH(int, createAttempts);

    fault.insert(QStringLiteral("method"), QStringLiteral("POST"));
    fault.insert(QStringLiteral("count"), 1);
    QCOMPARE(m_sim.injectFault(fault), 201);

    CliRun run;
    RUN_CLI(run, chargeArgs(QStringLiteral("Caja 1"), QStringLiteral("15"), QStringLiteral("debit"),
                            QStringLiteral("Lost answer")));
    CHECK_EXIT(run, kSuccess);
    QCOMPARE(m_sim.state().value(QStringLiteral("pending_faults")).toInt(), 0);

    // Exactly one order at Mercado Pago, and that is the one reported.
    const QJsonArray orders = m_sim.orders();
    QCOMPARE(orders.size(), 1);
    const qint64 orderId = orders.at(0).toObject().value(QStringLiteral("id")).toInteger();
    QCOMPARE(run.json.value(QStringLiteral("order_id")).toInteger(), orderId);
    QCOMPARE(run.json.value(QStringLiteral("state")).toString(), QStringLiteral("waiting_for_card"));
    QCOMPARE(run.json.value(QStringLiteral("local_id")).toInteger(), 1);
    QCOMPARE(m_sim.device(QStringLiteral("Caja 1")).value(QStringLiteral("payment_attempt")).toInteger(), orderId);
    QVERIFY2(run.errText().contains(QLatin1String("Checking the terminal \"Caja 1\"")), qPrintable(run.errText()));

    const QList<JournalRow> rows = journalRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).orderId, orderId);
    QCOMPARE(rows.at(0).state, QStringLiteral("waiting_for_card"));
    QCOMPARE(rows.at(0).createAttempts, createAttempts);

    // And the order found that way is the one on the terminal.
    RUN_CLI(run, {QStringLiteral("--json"), QStringLiteral("status"), QString::number(orderId)});
    CHECK_EXIT(run, kSuccess);
    QCOMPARE(run.json.value(QStringLiteral("status")).toString(), QStringLiteral("OPEN"));
}

void TestCliJournal::uncertainOutcomeIsReported()
{
    // The create is stored at once but answered only after the CLI gave up on it; then every look at the terminal
    // fails. PointDesk cannot know whether the order is there, so it must not send it again.
    QCOMPARE(m_sim.injectFault(QJsonObject{{QStringLiteral("kind"), QStringLiteral("latency")},
                                           {QStringLiteral("method"), QStringLiteral("POST")},
                                           {QStringLiteral("latency_ms"), 8000},
                                           {QStringLiteral("count"), 1}}),
             201);
    QProcess process;
    QString problem = m_runner.start(process,
                                     QStringList{QStringLiteral("--timeout"), QStringLiteral("3000")} +
                                         chargeArgs(QStringLiteral("Caja 1"), QStringLiteral("30"),
                                                    QStringLiteral("credit"), QStringLiteral("Unsure")),
                                     cliEnvironment());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const qint64 orderId = m_sim.waitForOpenOrder(QStringLiteral("Caja 1"), &process);
    QVERIFY(orderId > 0);
    QCOMPARE(m_sim.injectFault(QJsonObject{{QStringLiteral("kind"), QStringLiteral("server_error")},
                                           {QStringLiteral("method"), QStringLiteral("GET")},
                                           {QStringLiteral("status"), 503},
                                           {QStringLiteral("count"), 100}}),
             201);
    CliRun run;
    problem = m_runner.finish(process, run);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    CHECK_EXIT(run, kUncertain);
    QCOMPARE(run.errorKind(), QStringLiteral("uncertain"));
    QCOMPARE(run.json.value(QStringLiteral("local_id")).toInteger(), 1);
    QCOMPARE(run.json.value(QStringLiteral("may_have_reached_terminal")).toBool(), true);
    QCOMPARE(run.json.value(QStringLiteral("device")).toString(), QStringLiteral("Caja 1"));
    QVERIFY(!run.error().value(QStringLiteral("message")).toString().isEmpty());
    // What to do, in words.
    for (const char *advice : {"look at the terminal \"Caja 1\"", "pointdesk-cli status ORDER_ID",
                               "pointdesk-cli history --state unknown", "sale 1"})
        QVERIFY2(run.errText().contains(QLatin1String(advice)), qPrintable(run.errText()));

    QCOMPARE(m_sim.orders().size(), 1); // never sent twice
    const QList<JournalRow> rows = journalRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).state, QStringLiteral("unknown"));
    QCOMPARE(rows.at(0).orderId, 0);
    QCOMPARE(rows.at(0).createAttempts, 1);
    QVERIFY(!rows.at(0).lastError.isEmpty());

    // history finds it as advised.
    int status = 0;
    m_sim.control("DELETE", "/faults", {}, &status);
    QCOMPARE(status, 200);
    RUN_CLI(run, {QStringLiteral("--json"), QStringLiteral("history"), QStringLiteral("--state"),
                  QStringLiteral("unknown")});
    CHECK_EXIT(run, kSuccess);
    QCOMPARE(localIds(run.json), QList<qint64>{1});
}

void TestCliJournal::interruptedBeforeSending()
{
#ifndef Q_OS_UNIX
    QSKIP("SIGINT is a Unix signal");
#else
    // The terminal listing that comes before the create is held up: Ctrl+C arrives while nothing has been sent.
    QCOMPARE(m_sim.injectFault(QJsonObject{{QStringLiteral("kind"), QStringLiteral("latency")},
                                           {QStringLiteral("method"), QStringLiteral("GET")},
                                           {QStringLiteral("latency_ms"), 5000},
                                           {QStringLiteral("count"), 1}}),
             201);
    QProcess process;
    QString problem = m_runner.start(
        process,
        chargeArgs(QStringLiteral("Caja 1"), QStringLiteral("8"), QStringLiteral("debit"), QStringLiteral("Stop")),
        cliEnvironment());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QTRY_VERIFY_WITH_TIMEOUT(m_sim.requestCount() >= 1 || process.state() == QProcess::NotRunning, kTimeoutMs);
    QCOMPARE(process.state(), QProcess::Running);
    CliRun run;
    problem = interrupt(process, run);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    CHECK_EXIT(run, kInterrupted);
    QCOMPARE(run.errorKind(), QStringLiteral("interrupted"));
    QCOMPARE(run.json.value(QStringLiteral("local_id")).toInteger(), 1);
    QVERIFY(!run.json.contains(QStringLiteral("may_have_reached_terminal")));
    QVERIFY2(run.errText().contains(QLatin1String("Nothing was sent")), qPrintable(run.errText()));

    QVERIFY(m_sim.orders().isEmpty());
    const QList<JournalRow> rows = journalRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).state, QStringLiteral("failed"));
    QCOMPARE(rows.at(0).createAttempts, 0);
    QVERIFY2(rows.at(0).lastError.contains(QLatin1String("Ctrl+C")), qPrintable(rows.at(0).lastError));
#endif
}

void TestCliJournal::interruptedWhileWaitingLeavesOrderOpen()
{
#ifndef Q_OS_UNIX
    QSKIP("SIGINT is a Unix signal");
#else
    QProcess process;
    QString problem = m_runner.start(
        process,
        chargeArgs(QStringLiteral("Caja 2"), QStringLiteral("9"), QStringLiteral("credit"), QStringLiteral("Wait"))
            << QStringLiteral("--wait"),
        cliEnvironment());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const qint64 orderId = m_sim.waitForOpenOrder(QStringLiteral("Caja 2"), &process);
    QVERIFY(orderId > 0);
    // The journal has the order before the CLI reports anything about it.
    QTRY_VERIFY_WITH_TIMEOUT(!journalRows().isEmpty() && journalRows().at(0).orderId == orderId, kTimeoutMs);
    CliRun run;
    problem = interrupt(process, run);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    CHECK_EXIT(run, kInterrupted);
    QCOMPARE(run.json.value(QStringLiteral("order_id")).toInteger(), orderId);
    QCOMPARE(run.json.value(QStringLiteral("local_id")).toInteger(), 1);
    QVERIFY2(run.errText().contains(QStringLiteral("Order %1 is still open").arg(orderId)), qPrintable(run.errText()));
    QCOMPARE(m_sim.order(orderId).value(QStringLiteral("status")).toString(), QStringLiteral("OPEN"));
    const QList<JournalRow> rows = journalRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).state, QStringLiteral("waiting_for_card"));
    QCOMPARE(rows.at(0).orderId, orderId);
#endif
}

void TestCliJournal::unusableJournalSendsNothing_data()
{
    QTest::addColumn<QString>("make");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("words");

    QTest::newRow("damaged file") << "garbage"
                                  << "corrupt"
                                  << "damaged";
    QTest::newRow("another program's database") << "foreign"
                                                << "corrupt"
                                                << "not a PointDesk journal";
    QTest::newRow("written by a newer PointDesk") << "newer"
                                                  << "newer_version"
                                                  << "newer version of PointDesk";
}

void TestCliJournal::unusableJournalSendsNothing()
{
    QFETCH(QString, make);
    QFETCH(QString, kind);
    QFETCH(QString, words);

    if (make == QLatin1String("garbage")) {
        QFile file(m_journalPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray bytes;
        for (int i = 0; i < 300; ++i)
            bytes += "This is not a PointDesk journal. " + QByteArray::number(i) + '\n';
        file.write(bytes);
    } else {
        const QString problem = sql([&make](QSqlDatabase &db) {
            QSqlQuery q(db);
            QStringList statements{QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"),
                                   QStringLiteral("INSERT INTO notes (text) VALUES ('kept as it is')")};
            if (make == QLatin1String("newer"))
                statements << QStringLiteral("PRAGMA application_id = 1346648686") // "PDJn"
                           << QStringLiteral("PRAGMA user_version = 99");
            for (const QString &statement : statements) {
                if (!q.exec(statement))
                    return q.lastError().text();
            }
            return QString();
        });
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    QFile file(m_journalPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    QVERIFY(!before.isEmpty());
    const QStringList filesBefore = QDir(m_dir->path()).entryList(QDir::Files);

    CliRun run;
    RUN_CLI(run, chargeArgs(QStringLiteral("Caja 1"), QStringLiteral("10"), QStringLiteral("credit"),
                            QStringLiteral("Journal")));
    CHECK_EXIT(run, kJournalError);
    QCOMPARE(run.errorKind(), QStringLiteral("journal"));
    QCOMPARE(run.error().value(QStringLiteral("journal")).toString(), kind);
    const QString message = run.error().value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(words), qPrintable(message));
    QVERIFY2(run.errText().startsWith(QStringLiteral("Error: ") + message), qPrintable(run.errText()));
    QVERIFY2(run.errText().contains(QLatin1String("Nothing was sent")), qPrintable(run.errText()));
    QVERIFY2(run.errText().contains(QDir::toNativeSeparators(m_journalPath)), qPrintable(run.errText()));
    // Nothing was sent, not even the look at the terminals.
    QCOMPARE(m_sim.requestCount(), 0);
    QVERIFY(m_sim.orders().isEmpty());

    // The human form and history fail the same way.
    RUN_CLI(run, chargeArgs(QStringLiteral("Caja 1"), QStringLiteral("10"), QStringLiteral("credit"),
                            QStringLiteral("Journal"))
                     .mid(1));
    CHECK_EXIT(run, kJournalError);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.errText().contains(words), qPrintable(run.errText()));
    RUN_CLI(run, {QStringLiteral("history"), QStringLiteral("--all")});
    CHECK_EXIT(run, kJournalError);
    QVERIFY(run.out.isEmpty());
    RUN_CLI(run, {QStringLiteral("--json"), QStringLiteral("history")});
    CHECK_EXIT(run, kJournalError);
    QCOMPARE(run.error().value(QStringLiteral("journal")).toString(), kind);
    QCOMPARE(m_sim.requestCount(), 0);

    // The file is exactly as it was, and nothing was put beside it.
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll() == before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), filesBefore);
}

// --- history ----------------------------------------------------------------------------------------------------

void TestCliJournal::historyTableAndTotals()
{
    Seeded seeded;
    const QString problem = seedSales(&seeded);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // Amounts as people read them where the shop is: German writes 1.250,50.
    QProcessEnvironment env = cliEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    CliRun run;
    RUN_CLI(run, {QStringLiteral("history")}, env);
    CHECK_EXIT(run, kSuccess);
    QVERIFY(run.err.isEmpty());
    QStringList lines = run.outText().split(QLatin1Char('\n'));
    QVERIFY2(lines.size() > 10, qPrintable(run.outText()));
    QVERIFY2(
        QRegularExpression(QStringLiteral("^Sale +Time +State +Amount +Card +Terminal +Order +Payment +Description$"))
            .match(lines.at(0))
            .hasMatch(),
        qPrintable(lines.at(0)));
    // Today's four sales, newest first; the declined one is yesterday's now.
    const QString today = seeded.today.toString(Qt::ISODate);
    const QStringList expected = {
        QStringLiteral("^ *5  %1 \\d\\d:\\d\\d:\\d\\d  Waiting for the customer +20,00  Debit +Mostrador Ñandú +%2 +-  "
                       "Alfajor$")
            .arg(today)
            .arg(seeded.openOrder),
        QStringLiteral("^ *4  %1 \\d\\d:\\d\\d:\\d\\d  Not sent +3,00  Debit +Caja 9 +- +-  Nada$").arg(today),
        QStringLiteral("^ *3  %1 \\d\\d:\\d\\d:\\d\\d  Cancelled +7,25  Credit +Caja 2 +%2 +-  Medialunas$")
            .arg(today)
            .arg(seeded.cancelledOrder),
        QStringLiteral("^ *1  %1 \\d\\d:\\d\\d:\\d\\d  Paid +10,00  Credit +Caja 1 +%2 +%3  Cafe$")
            .arg(today)
            .arg(seeded.paidOrder)
            .arg(seeded.paidPayment),
    };
    for (int i = 0; i < expected.size(); ++i)
        QVERIFY2(QRegularExpression(expected.at(i)).match(lines.at(i + 1)).hasMatch(),
                 qPrintable(lines.at(i + 1) + QStringLiteral("\n does not match ") + expected.at(i)));
    // Columns line up: every amount ends where the header "Amount" ends.
    const qsizetype amountEnd = lines.at(0).indexOf(QLatin1String("Amount")) + 6;
    for (int i = 1; i <= 4; ++i)
        QVERIFY2(lines.at(i).at(amountEnd - 1).isDigit() && lines.at(i).at(amountEnd) == QLatin1Char(' '),
                 qPrintable(lines.at(i)));

    const QString totals = lines.mid(5).join(QLatin1Char('\n'));
    for (const char *pattern :
         {"^Totals by state: +Sales +Amount$", "^  Paid +1 +10,00$", "^  Cancelled +1 +7,25$", "^  Not sent +1 +3,00$",
          "^  Waiting for the customer +1 +20,00$", "^Totals by card type:$", "^  Credit +2 +17,25$",
          "^  Debit +2 +23,00$", "^All sales +4 +40,25$"}) {
        QVERIFY2(
            QRegularExpression(QLatin1String(pattern), QRegularExpression::MultilineOption).match(totals).hasMatch(),
            qPrintable(QLatin1String(pattern) + QStringLiteral(" not in\n") + totals));
    }
    QVERIFY2(!totals.contains(QLatin1String("Declined")), qPrintable(totals));

    // Every day: the declined sale too, with a thousands separator; --limit shows fewer but totals all.
    RUN_CLI(run, {QStringLiteral("history"), QStringLiteral("--all"), QStringLiteral("--limit"), QStringLiteral("2")},
            env);
    CHECK_EXIT(run, kSuccess);
    lines = run.outText().split(QLatin1Char('\n'));
    QVERIFY2(QRegularExpression(QStringLiteral("^ *5  ")).match(lines.at(1)).hasMatch() &&
                 QRegularExpression(QStringLiteral("^ *4  ")).match(lines.at(2)).hasMatch(),
             qPrintable(run.outText()));
    QCOMPARE(lines.at(3), QStringLiteral("Showing the 2 newest of 5 sales; the totals count all 5."));
    QVERIFY2(QRegularExpression(QStringLiteral("^  Declined +1 +1\\.250,50$"), QRegularExpression::MultilineOption)
                 .match(run.outText())
                 .hasMatch(),
             qPrintable(run.outText()));
    QVERIFY2(QRegularExpression(QStringLiteral("^All sales +5 +1\\.290,75$"), QRegularExpression::MultilineOption)
                 .match(run.outText())
                 .hasMatch(),
             qPrintable(run.outText()));

    // Nothing on a day without sales: said in words.
    RUN_CLI(run, {QStringLiteral("history"), QStringLiteral("--day"), QStringLiteral("2001-02-03")}, env);
    CHECK_EXIT(run, kSuccess);
    QCOMPARE(run.outText(), QStringLiteral("No sales were recorded on 2001-02-03.\n"));
}

void TestCliJournal::historyJson()
{
    Seeded seeded;
    const QString problem = seedSales(&seeded);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    CliRun run;
    RUN_CLI(run, {QStringLiteral("--json"), QStringLiteral("history"), QStringLiteral("--all")});
    CHECK_EXIT(run, kSuccess);
    QCOMPARE(localIds(run.json), (QList<qint64>{5, 4, 3, 1, 2}));
    QCOMPARE(run.json.value(QStringLiteral("matched")).toInteger(), 5);

    const QJsonArray entries = run.json.value(QStringLiteral("entries")).toArray();
    const QJsonObject paid = entries.at(3).toObject();
    QCOMPARE(paid.value(QStringLiteral("state")).toString(), QStringLiteral("approved"));
    QCOMPARE(paid.value(QStringLiteral("status")).toString(), QStringLiteral("CLOSED"));
    QVERIFY(paid.value(QStringLiteral("order_id")).isDouble());
    QCOMPARE(paid.value(QStringLiteral("order_id")).toInteger(), seeded.paidOrder);
    QCOMPARE(paid.value(QStringLiteral("payment_id")).toInteger(), seeded.paidPayment);
    QCOMPARE(paid.value(QStringLiteral("payment_status")).toString(), QStringLiteral("approved"));
    QCOMPARE(paid.value(QStringLiteral("amount")).toString(), QStringLiteral("10.00"));
    QCOMPARE(paid.value(QStringLiteral("amount_cents")).toInteger(), 1000);
    QCOMPARE(paid.value(QStringLiteral("card")).toString(), QStringLiteral("credit"));
    QCOMPARE(paid.value(QStringLiteral("device")).toString(), QStringLiteral("Caja 1"));
    QCOMPARE(paid.value(QStringLiteral("description")).toString(), QStringLiteral("Cafe"));
    QCOMPARE(paid.value(QStringLiteral("create_attempts")).toInt(), 1);
    QVERIFY(paid.value(QStringLiteral("last_error")).isNull());
    QVERIFY(paid.value(QStringLiteral("external_reference")).toString().startsWith(QLatin1String("PD-")));
    const QDateTime createdAt = QDateTime::fromString(paid.value(QStringLiteral("created_at")).toString(), Qt::ISODate);
    QVERIFY(createdAt.isValid());
    QCOMPARE(createdAt.timeSpec(), Qt::UTC);
    QCOMPARE(QDateTime::fromString(paid.value(QStringLiteral("local_time")).toString(), Qt::ISODate).toUTC(),
             createdAt);
    QCOMPARE(createdAt.toLocalTime().date(), seeded.today);

    const QJsonObject declined = entries.at(4).toObject();
    QCOMPARE(declined.value(QStringLiteral("state")).toString(), QStringLiteral("rejected"));
    QCOMPARE(declined.value(QStringLiteral("amount")).toString(), QStringLiteral("1250.50"));
    QCOMPARE(declined.value(QStringLiteral("amount_cents")).toInteger(), 125050);
    QCOMPARE(declined.value(QStringLiteral("payment_id")).toInteger(), seeded.declinedPayment);
    QCOMPARE(QDateTime::fromString(declined.value(QStringLiteral("local_time")).toString(), Qt::ISODate)
                 .toLocalTime()
                 .date(),
             seeded.yesterday);

    const QJsonObject failed = entries.at(1).toObject();
    QCOMPARE(failed.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    QVERIFY(failed.value(QStringLiteral("order_id")).isNull());
    QVERIFY(failed.value(QStringLiteral("payment_id")).isNull());
    QCOMPARE(failed.value(QStringLiteral("create_attempts")).toInt(), 0);
    QVERIFY(failed.value(QStringLiteral("last_error")).toString().contains(QLatin1String("Caja 9")));

    const QJsonObject open = entries.at(0).toObject();
    QCOMPARE(open.value(QStringLiteral("state")).toString(), QStringLiteral("waiting_for_card"));
    QCOMPARE(open.value(QStringLiteral("order_id")).toInteger(), seeded.openOrder);
    QCOMPARE(open.value(QStringLiteral("device")).toString(), QStringLiteral("Mostrador Ñandú"));

    const QJsonObject totals = run.json.value(QStringLiteral("totals")).toObject();
    QCOMPARE(totals.value(QStringLiteral("count")).toInteger(), 5);
    QCOMPARE(totals.value(QStringLiteral("amount")).toString(), QStringLiteral("1290.75"));
    QCOMPARE(totals.value(QStringLiteral("amount_cents")).toInteger(), 129075);
    const QJsonObject byState = totals.value(QStringLiteral("by_state")).toObject();
    QCOMPARE(byState.value(QStringLiteral("approved")).toObject(), bucket(1, QStringLiteral("10.00"), 1000));
    QCOMPARE(byState.value(QStringLiteral("rejected")).toObject(), bucket(1, QStringLiteral("1250.50"), 125050));
    QCOMPARE(byState.value(QStringLiteral("cancelled")).toObject(), bucket(1, QStringLiteral("7.25"), 725));
    QCOMPARE(byState.value(QStringLiteral("failed")).toObject(), bucket(1, QStringLiteral("3.00"), 300));
    QCOMPARE(byState.value(QStringLiteral("waiting_for_card")).toObject(), bucket(1, QStringLiteral("20.00"), 2000));
    QCOMPARE(byState.value(QStringLiteral("sending")).toObject(), bucket(0, QStringLiteral("0.00"), 0));
    QCOMPARE(byState.value(QStringLiteral("unknown")).toObject(), bucket(0, QStringLiteral("0.00"), 0));
    QCOMPARE(byState.size(), 7);
    const QJsonObject byCard = totals.value(QStringLiteral("by_card")).toObject();
    QCOMPARE(byCard.value(QStringLiteral("credit")).toObject(), bucket(2, QStringLiteral("17.25"), 1725));
    QCOMPARE(byCard.value(QStringLiteral("debit")).toObject(), bucket(3, QStringLiteral("1273.50"), 127350));
    QCOMPARE(byCard.size(), 2);

    // Ids are written as exact integers in the text itself (they pass 2^32 in the simulator).
    QVERIFY2(run.out.contains(QByteArray("\"order_id\":" + QByteArray::number(seeded.paidOrder) + ',')),
             run.out.constData());
}

void TestCliJournal::historyCsv()
{
    Seeded seeded;
    const QString problem = seedSales(&seeded);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // The same bytes whatever the language settings say.
    QProcessEnvironment env = cliEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    CliRun run;
    RUN_CLI(run, {QStringLiteral("history"), QStringLiteral("--all"), QStringLiteral("--csv")}, env);
    CHECK_EXIT(run, kSuccess);
    QVERIFY(run.err.isEmpty());
    QVERIFY(run.out.startsWith(kCsvHeader.toUtf8()));
    QVERIFY(run.out.endsWith("\r\n"));
    QStringList lines = run.outText().split(QStringLiteral("\r\n"));
    QCOMPARE(lines.takeLast(), QString());
    QCOMPARE(lines.size(), 6);
    QVERIFY(!run.outText().contains(QLatin1Char('\n')) || run.out.count('\n') == run.out.count("\r\n"));

    QStringList ids;
    for (const QString &line : lines.mid(1))
        ids << line.section(QLatin1Char(','), 0, 0);
    QCOMPARE(ids, (QStringList{QStringLiteral("5"), QStringLiteral("4"), QStringLiteral("3"), QStringLiteral("1"),
                               QStringLiteral("2")}));
    const QStringList declined = lines.at(5).split(QLatin1Char(','));
    QCOMPARE(declined.at(3), QStringLiteral("Caja 2"));
    QCOMPARE(declined.at(4), QStringLiteral("debit"));
    QCOMPARE(declined.at(5), QStringLiteral("1250.50"));
    QCOMPARE(declined.at(7), QStringLiteral("rejected"));
    QCOMPARE(declined.at(8), QString::number(seeded.declinedOrder));
    QCOMPARE(declined.at(9), QString::number(seeded.declinedPayment));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("5,")));
    QVERIFY(run.out.contains("Mostrador \xc3\x91"
                             "and\xc3\xba,debit,20.00,Alfajor,waiting_for_card,"));

    // Filters apply to the export too.
    RUN_CLI(run,
            {QStringLiteral("history"), QStringLiteral("--csv"), QStringLiteral("--state"), QStringLiteral("paid")},
            env);
    CHECK_EXIT(run, kSuccess);
    lines = run.outText().split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("1,")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).contains(
                 QStringLiteral(",10.00,Cafe,approved,%1,%2,approved,").arg(seeded.paidOrder).arg(seeded.paidPayment)),
             qPrintable(lines.at(1)));

    // An empty export still has its header.
    RUN_CLI(run, {QStringLiteral("history"), QStringLiteral("--csv"), QStringLiteral("--day"),
                  QStringLiteral("2001-02-03")});
    CHECK_EXIT(run, kSuccess);
    QCOMPARE(run.outText(), kCsvHeader);
}

void TestCliJournal::historyFilters()
{
    Seeded seeded;
    const QString problem = seedSales(&seeded);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString today = seeded.today.toString(Qt::ISODate);
    const QString yesterday = seeded.yesterday.toString(Qt::ISODate);

    struct Case
    {
        QStringList args;
        QList<qint64> ids;
        qint64 matched;
    };
    const QList<Case> cases = {
        {{}, {5, 4, 3, 1}, 4},
        {{QStringLiteral("--day"), today}, {5, 4, 3, 1}, 4},
        {{QStringLiteral("--day"), yesterday}, {2}, 1},
        {{QStringLiteral("--from"), yesterday, QStringLiteral("--to"), today}, {5, 4, 3, 1, 2}, 5},
        {{QStringLiteral("--from"), today}, {5, 4, 3, 1}, 4},
        {{QStringLiteral("--to"), yesterday}, {2}, 1},
        {{QStringLiteral("--day"), QStringLiteral("2001-02-03")}, {}, 0},
        {{QStringLiteral("--all"), QStringLiteral("--state"), QStringLiteral("paid")}, {1}, 1},
        {{QStringLiteral("--all"), QStringLiteral("--state"), QStringLiteral("paid,declined")}, {1, 2}, 2},
        {{QStringLiteral("--all"), QStringLiteral("--state"), QStringLiteral("paid"), QStringLiteral("--state"),
          QStringLiteral("declined")},
         {1, 2},
         2},
        {{QStringLiteral("--all"), QStringLiteral("--state"), QStringLiteral("approved, rejected")}, {1, 2}, 2},
        {{QStringLiteral("--all"), QStringLiteral("--state"), QStringLiteral("open")}, {5}, 1},
        {{QStringLiteral("--all"), QStringLiteral("--state"), QStringLiteral("waiting_for_card")}, {5}, 1},
        {{QStringLiteral("--all"), QStringLiteral("--state"), QStringLiteral("FAILED")}, {4}, 1},
        {{QStringLiteral("--all"), QStringLiteral("--state"), QStringLiteral("cancelled,not_sent")}, {4, 3}, 2},
        {{QStringLiteral("--all"), QStringLiteral("--state"), QStringLiteral("unknown")}, {}, 0},
        {{QStringLiteral("--all"), QStringLiteral("--terminal"), QStringLiteral("Caja 2")}, {3, 2}, 2},
        {{QStringLiteral("--all"), QStringLiteral("--terminal"), QStringLiteral("Caja 2"), QStringLiteral("--state"),
          QStringLiteral("cancelled")},
         {3},
         1},
        {{QStringLiteral("--terminal"), QStringLiteral("Mostrador Ñandú")}, {5}, 1},
        {{QStringLiteral("--all"), QStringLiteral("--limit"), QStringLiteral("2")}, {5, 4}, 5},
        {{QStringLiteral("--limit"), QStringLiteral("10")}, {5, 4, 3, 1}, 4},
    };
    for (const Case &c : cases) {
        const QString label = c.args.join(QLatin1Char(' '));
        CliRun run;
        RUN_CLI(run, QStringList{QStringLiteral("--json"), QStringLiteral("history")} + c.args);
        CHECK_EXIT(run, kSuccess);
        QVERIFY2(localIds(run.json) == c.ids, qPrintable(label + QStringLiteral(": ") + run.outText()));
        QVERIFY2(run.json.value(QStringLiteral("matched")).toInteger() == c.matched, qPrintable(label));
        const QJsonObject totals = run.json.value(QStringLiteral("totals")).toObject();
        QVERIFY2(totals.value(QStringLiteral("count")).toInteger() == c.matched, qPrintable(label));
    }
}

void TestCliJournal::historyNeedsNoTokenNorNetwork()
{
    CliRun run;
    RUN_CLI(run, chargeArgs(QStringLiteral("Caja 1"), QStringLiteral("5"), QStringLiteral("credit"),
                            QStringLiteral("Offline")));
    CHECK_EXIT(run, kSuccess);
    const int requests = m_sim.requestCount();

    // No token anywhere, no keychain, and an API address where nothing answers.
    const QString closed = closedPortUrl();
    QVERIFY(!closed.isEmpty());
    QProcessEnvironment env = cliEnvironment();
    env.remove(QStringLiteral("POINTDESK_TOKEN"));
    env.insert(QStringLiteral("POINTDESK_API_BASE"), closed);
    for (const QStringList &args :
         {QStringList{QStringLiteral("history")}, QStringList{QStringLiteral("--json"), QStringLiteral("history")},
          QStringList{QStringLiteral("history"), QStringLiteral("--csv")}}) {
        RUN_CLI(run, args, env);
        CHECK_EXIT(run, kSuccess);
        QVERIFY2(run.outText().contains(QLatin1String("Offline")), qPrintable(run.outText()));
    }
    QCOMPARE(m_sim.requestCount(), requests);
}

void TestCliJournal::historyWithoutJournalFile()
{
    QVERIFY(!QFileInfo::exists(m_journalPath));
    CliRun run;
    RUN_CLI(run, {QStringLiteral("--json"), QStringLiteral("history"), QStringLiteral("--all")});
    CHECK_EXIT(run, kSuccess);
    QVERIFY(run.json.value(QStringLiteral("entries")).toArray().isEmpty());
    QCOMPARE(run.json.value(QStringLiteral("totals")).toObject().value(QStringLiteral("count")).toInteger(), 0);
    RUN_CLI(run, {QStringLiteral("history")});
    CHECK_EXIT(run, kSuccess);
    QVERIFY2(run.outText().startsWith(QLatin1String("No sales were recorded today")), qPrintable(run.outText()));
    RUN_CLI(run, {QStringLiteral("history"), QStringLiteral("--csv")});
    CHECK_EXIT(run, kSuccess);
    QCOMPARE(run.outText(), kCsvHeader);
    // Reading created nothing: the journal appears with the first sale.
    QVERIFY(!QFileInfo::exists(m_journalPath));
    QVERIFY(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

void TestCliJournal::amountFollowsTheAccountCurrency()
{
    // The account's currency is chosen in the window's Preferences; Chilean pesos have no cents.
    const QString configDir = m_dir->filePath(QStringLiteral("config/PointDesk"));
    QVERIFY(QDir().mkpath(configDir));
    {
        QFile conf(configDir + QStringLiteral("/PointDesk.conf"));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("[account]\ncurrency=CLP\n");
    }
    const QString device = m_sim.deviceNames.constFirst();
    CliRun run;
    QString problem = runCli(
        run, chargeArgs(device, QStringLiteral("1500.50"), QStringLiteral("credit"), QStringLiteral("Empanadas")));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(run.exitCode, kInvalidInput);
    QVERIFY2(QString::fromUtf8(QJsonDocument(run.json).toJson()).contains(QLatin1String("no cents")),
             qPrintable(run.outText() + run.errText()));
    QVERIFY(m_sim.state().value(QStringLiteral("orders")).toArray().isEmpty());

    // A whole amount goes out as pesos: 1500 CLP is 1500 in the API's amount.
    problem =
        runCli(run, chargeArgs(device, QStringLiteral("1500"), QStringLiteral("credit"), QStringLiteral("Empanadas")));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(run.exitCode, kSuccess);
    const QJsonArray orders = m_sim.state().value(QStringLiteral("orders")).toArray();
    QCOMPARE(orders.size(), 1);
    QCOMPARE(orders.at(0).toObject().value(QStringLiteral("amount")).toDouble(), 1500.0);
}

QTEST_GUILESS_MAIN(TestCliJournal)
#include "tst_clijournal.moc"
