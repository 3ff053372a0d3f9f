// pointdesk-cli end to end, what goes wrong: invalid input and usage, a missing or wrong token, a busy terminal, the
// network and the API failing, and login without a keychain (TestCli.h). Every run checks that no token is ever
// printed.
#include "TestCli.h"

void TestCli::invalidInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("field");

    const auto charge = [](const QString &option, const QString &value) {
        QStringList args{QStringLiteral("charge"),   QStringLiteral("--device"), QStringLiteral("Caja 1"),
                         QStringLiteral("--amount"), QStringLiteral("10"),       QStringLiteral("--description"),
                         QStringLiteral("Test"),     QStringLiteral("--card"),   QStringLiteral("credit")};
        const qsizetype at = args.indexOf(option);
        if (at >= 0)
            args[at + 1] = value;
        else
            args << option << value;
        return args;
    };
    const auto without = [&charge](const QString &option) {
        QStringList args = charge(QString(), QString());
        args.removeLast();
        args.removeLast();
        const qsizetype at = args.indexOf(option);
        args.remove(at, 2);
        return args;
    };

    QTest::newRow("amount 0") << charge(QStringLiteral("--amount"), QStringLiteral("0")) << "amount";
    QTest::newRow("amount -5") << charge(QStringLiteral("--amount"), QStringLiteral("-5")) << "amount";
    QTest::newRow("amount 1.234") << charge(QStringLiteral("--amount"), QStringLiteral("1.234")) << "amount";
    QTest::newRow("amount abc") << charge(QStringLiteral("--amount"), QStringLiteral("abc")) << "amount";
    QTest::newRow("amount empty") << charge(QStringLiteral("--amount"), QString()) << "amount";
    QTest::newRow("amount too large") << charge(QStringLiteral("--amount"), QStringLiteral("100000000")) << "amount";
    QTest::newRow("description 21 characters")
        << charge(QStringLiteral("--description"), QStringLiteral("ABCDEFGHIJKLMNOPQRSTU")) << "description";
    QTest::newRow("description 21 with accents")
        << charge(QStringLiteral("--description"), QStringLiteral("Café con leche ñandús")) << "description";
    QTest::newRow("description empty") << charge(QStringLiteral("--description"), QString()) << "description";
    QTest::newRow("description blank") << charge(QStringLiteral("--description"), QStringLiteral("   "))
                                       << "description";
    QTest::newRow("description line break")
        << charge(QStringLiteral("--description"), QStringLiteral("Two\nlines")) << "description";
    QTest::newRow("card visa") << charge(QStringLiteral("--card"), QStringLiteral("visa")) << "cc_type";
    QTest::newRow("card missing") << without(QStringLiteral("--card")) << "cc_type";
    QTest::newRow("payer email") << charge(QStringLiteral("--payer-email"), QStringLiteral("ana@")) << "payer_email";
    QTest::newRow("payer email spaces") << charge(QStringLiteral("--payer-email"),
                                                  QStringLiteral("ana maria@example.com"))
                                        << "payer_email";
    QTest::newRow("notification url http")
        << charge(QStringLiteral("--notification-url"), QStringLiteral("http://example.com")) << "notification_url";
    QTest::newRow("notification url relative")
        << charge(QStringLiteral("--notification-url"), QStringLiteral("notify")) << "notification_url";
    QTest::newRow("external reference too long")
        << charge(QStringLiteral("--external-reference"), QString(65, QLatin1Char('x'))) << "external_reference";
    QTest::newRow("device missing") << without(QStringLiteral("--device")) << "device_name";
    QTest::newRow("device blank") << charge(QStringLiteral("--device"), QStringLiteral(" ")) << "device_name";
    QTest::newRow("amount missing") << without(QStringLiteral("--amount")) << "amount";
    QTest::newRow("description missing") << without(QStringLiteral("--description")) << "description";
    QTest::newRow("status abc") << QStringList{QStringLiteral("status"), QStringLiteral("abc")} << "order_id";
    QTest::newRow("status 0") << QStringList{QStringLiteral("status"), QStringLiteral("0")} << "order_id";
    QTest::newRow("status 1.5") << QStringList{QStringLiteral("status"), QStringLiteral("1.5")} << "order_id";
    QTest::newRow("status overflow") << QStringList{QStringLiteral("status"), QStringLiteral("99999999999999999999")}
                                     << "order_id";
    QTest::newRow("cancel 12x") << QStringList{QStringLiteral("cancel"), QStringLiteral("12x")} << "order_id";
    QTest::newRow("cancel device empty") << QStringList{QStringLiteral("cancel"), QStringLiteral("--device"), QString()}
                                         << "device_name";
    QTest::newRow("remove-device empty") << QStringList{QStringLiteral("remove-device"), QString()} << "device_name";
    QTest::newRow("enable-integration abc")
        << QStringList{QStringLiteral("enable-integration"), QStringLiteral("abc")} << "user_id";
    QTest::newRow("enable-integration 0")
        << QStringList{QStringLiteral("enable-integration"), QStringLiteral("0")} << "user_id";

    const auto history = [](const QString &option, const QString &value) {
        return QStringList{QStringLiteral("history"), option, value};
    };
    QTest::newRow("history day month 13") << history(QStringLiteral("--day"), QStringLiteral("2024-13-01")) << "day";
    QTest::newRow("history day 30 February") << history(QStringLiteral("--day"), QStringLiteral("2023-02-30")) << "day";
    QTest::newRow("history day in words") << history(QStringLiteral("--day"), QStringLiteral("yesterday")) << "day";
    QTest::newRow("history day without zeros") << history(QStringLiteral("--day"), QStringLiteral("2024-5-1")) << "day";
    QTest::newRow("history day the other way round")
        << history(QStringLiteral("--day"), QStringLiteral("01/05/2024")) << "day";
    QTest::newRow("history day empty") << history(QStringLiteral("--day"), QString()) << "day";
    QTest::newRow("history from") << history(QStringLiteral("--from"), QStringLiteral("2024-02-31")) << "from";
    QTest::newRow("history to") << history(QStringLiteral("--to"), QStringLiteral("20240501")) << "to";
    QTest::newRow("history to before from")
        << QStringList{QStringLiteral("history"), QStringLiteral("--from"), QStringLiteral("2024-05-02"),
                       QStringLiteral("--to"), QStringLiteral("2024-05-01")}
        << "to";
    QTest::newRow("history state") << history(QStringLiteral("--state"), QStringLiteral("bogus")) << "state";
    QTest::newRow("history state in a list")
        << history(QStringLiteral("--state"), QStringLiteral("paid,refunded")) << "state";
    QTest::newRow("history state empty") << history(QStringLiteral("--state"), QStringLiteral(" , ")) << "state";
    QTest::newRow("history second state")
        << QStringList{QStringLiteral("history"), QStringLiteral("--state"), QStringLiteral("paid"),
                       QStringLiteral("--state"), QStringLiteral("payed")}
        << "state";
    QTest::newRow("history limit 0") << history(QStringLiteral("--limit"), QStringLiteral("0")) << "limit";
    QTest::newRow("history limit abc") << history(QStringLiteral("--limit"), QStringLiteral("abc")) << "limit";
    QTest::newRow("history limit -3") << QStringList{QStringLiteral("history"), QStringLiteral("--limit=-3")}
                                      << "limit";
    QTest::newRow("history terminal blank")
        << history(QStringLiteral("--terminal"), QStringLiteral(" ")) << "device_name";
}

void TestCli::invalidInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, field);

    const int before = m_sim.requestCount();
    QVERIFY(before >= 0);
    CliRun run;
    RUN_CLI(run, QStringList{QStringLiteral("--json")} + args);
    CHECK_EXIT(run, kInvalidInput);
    QCOMPARE(run.errorKind(), QStringLiteral("invalid_input"));
    QCOMPARE(run.error().value(QStringLiteral("field")).toString(), field);
    const QString message = run.error().value(QStringLiteral("message")).toString();
    QVERIFY(!message.isEmpty());
    QVERIFY2(run.errText().startsWith(QStringLiteral("Error: ") + message), qPrintable(run.errText()));
    // Nothing left for the API.
    QCOMPARE(m_sim.requestCount(), before);
    QVERIFY(m_sim.orders().isEmpty());

    // The human form fails the same way.
    RUN_CLI(run, args);
    CHECK_EXIT(run, kInvalidInput);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(m_sim.requestCount(), before);
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");

    const QStringList charge{QStringLiteral("charge"),   QStringLiteral("--device"), QStringLiteral("Caja 1"),
                             QStringLiteral("--amount"), QStringLiteral("10"),       QStringLiteral("--description"),
                             QStringLiteral("Test"),     QStringLiteral("--card"),   QStringLiteral("credit")};
    const QString json = QStringLiteral("--json");

    QTest::newRow("nothing") << QStringList();
    QTest::newRow("no command") << QStringList{json};
    QTest::newRow("no command, only options") << QStringList{json, QStringLiteral("--timeout"), QStringLiteral("5")};
    QTest::newRow("unknown command") << QStringList{json, QStringLiteral("frobnicate")};
    QTest::newRow("unknown command, human") << QStringList{QStringLiteral("pay")};
    QTest::newRow("unknown option") << QStringList{json, QStringLiteral("--bogus"), QStringLiteral("devices")};
    QTest::newRow("token on the command line")
        << QStringList{json, QStringLiteral("--token"), QStringLiteral("abc"), QStringLiteral("devices")};
    QTest::newRow("missing value") << QStringList{json, QStringLiteral("charge"), QStringLiteral("--device")};
    QTest::newRow("extra argument") << QStringList{json, QStringLiteral("devices"), QStringLiteral("extra")};
    QTest::newRow("extra argument to charge") << QStringList{json} + charge + QStringList{QStringLiteral("now")};
    QTest::newRow("status without id") << QStringList{json, QStringLiteral("status")};
    QTest::newRow("status with two ids") << QStringList{json, QStringLiteral("status"), QStringLiteral("1"),
                                                        QStringLiteral("2")};
    QTest::newRow("status with a negative id looks like an option")
        << QStringList{json, QStringLiteral("status"), QStringLiteral("-5")};
    QTest::newRow("cancel without anything") << QStringList{json, QStringLiteral("cancel")};
    QTest::newRow("cancel with id and device") << QStringList{json, QStringLiteral("cancel"), QStringLiteral("5"),
                                                              QStringLiteral("--device"), QStringLiteral("Caja 1")};
    QTest::newRow("remove-device without name") << QStringList{json, QStringLiteral("remove-device")};
    QTest::newRow("enable-integration without id") << QStringList{json, QStringLiteral("enable-integration")};
    QTest::newRow("option of another command") << QStringList{json, QStringLiteral("status"), QStringLiteral("5"),
                                                              QStringLiteral("--amount"), QStringLiteral("3")};
    QTest::newRow("wait on devices") << QStringList{json, QStringLiteral("devices"), QStringLiteral("--wait")};
    QTest::newRow("repeated option") << QStringList{json} + charge +
                                            QStringList{QStringLiteral("--device"), QStringLiteral("Caja 2")};
    QTest::newRow("flag with a value") << QStringList{json} + charge + QStringList{QStringLiteral("--wait=yes")};
    QTest::newRow("timeout not a number")
        << QStringList{json, QStringLiteral("--timeout"), QStringLiteral("abc"), QStringLiteral("devices")};
    QTest::newRow("timeout zero") << QStringList{json, QStringLiteral("--timeout"), QStringLiteral("0"),
                                                 QStringLiteral("devices")};
    QTest::newRow("api base plain http elsewhere") << QStringList{
        json, QStringLiteral("--api-base"), QStringLiteral("http://example.com"), QStringLiteral("devices")};
    QTest::newRow("api base not a URL") << QStringList{json, QStringLiteral("--api-base"), QStringLiteral("not a url"),
                                                       QStringLiteral("devices")};
    QTest::newRow("api base empty") << QStringList{json, QStringLiteral("--api-base"), QString(),
                                                   QStringLiteral("devices")};
    QTest::newRow("no-check on devices") << QStringList{json, QStringLiteral("devices"), QStringLiteral("--no-check")};
    QTest::newRow("wait on login") << QStringList{json, QStringLiteral("login"), QStringLiteral("--wait")};
    QTest::newRow("no-check on logout") << QStringList{json, QStringLiteral("logout"), QStringLiteral("--no-check")};
    QTest::newRow("logout with an argument") << QStringList{json, QStringLiteral("logout"), QStringLiteral("now")};
    QTest::newRow("login with a bad api base") << QStringList{
        json, QStringLiteral("--api-base"), QStringLiteral("http://example.com"), QStringLiteral("login")};
    const QString history = QStringLiteral("history");
    QTest::newRow("history with an argument") << QStringList{json, history, QStringLiteral("today")};
    QTest::newRow("history day and all") << QStringList{json, history, QStringLiteral("--day"),
                                                        QStringLiteral("2024-05-01"), QStringLiteral("--all")};
    QTest::newRow("history day and from") << QStringList{json,
                                                         history,
                                                         QStringLiteral("--day"),
                                                         QStringLiteral("2024-05-01"),
                                                         QStringLiteral("--from"),
                                                         QStringLiteral("2024-04-01")};
    QTest::newRow("history day twice") << QStringList{json,
                                                      history,
                                                      QStringLiteral("--day"),
                                                      QStringLiteral("2024-05-01"),
                                                      QStringLiteral("--day"),
                                                      QStringLiteral("2024-05-02")};
    QTest::newRow("history csv and json") << QStringList{json, history, QStringLiteral("--csv")};
    QTest::newRow("history csv and limit")
        << QStringList{history, QStringLiteral("--csv"), QStringLiteral("--limit"), QStringLiteral("5")};
    QTest::newRow("history with a charge option")
        << QStringList{json, history, QStringLiteral("--device"), QStringLiteral("Caja 1")};
    QTest::newRow("state on charge") << QStringList{json} + charge +
                                            QStringList{QStringLiteral("--state"), QStringLiteral("paid")};
    QTest::newRow("history without a value") << QStringList{json, history, QStringLiteral("--day")};
    QTest::newRow("unknown api") << QStringList{json, QStringLiteral("--api"), QStringLiteral("point"),
                                                QStringLiteral("devices")};
    QTest::newRow("api without a value") << QStringList{json, QStringLiteral("devices"), QStringLiteral("--api")};
    QTest::newRow("api given twice") << QStringList{json,
                                                    QStringLiteral("--api"),
                                                    QStringLiteral("legacy"),
                                                    QStringLiteral("--api"),
                                                    QStringLiteral("orders"),
                                                    QStringLiteral("devices")};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);

    CliRun run;
    RUN_CLI(run, args);
    CHECK_EXIT(run, kUsage);
    QVERIFY2(run.errText().contains(QLatin1String("--help")), qPrintable(run.errText()));
    if (args.contains(QStringLiteral("--json"))) {
        QCOMPARE(run.errorKind(), QStringLiteral("usage"));
        QVERIFY(!run.error().value(QStringLiteral("message")).toString().isEmpty());
    } else {
        QVERIFY(run.out.isEmpty());
    }
    QCOMPARE(m_sim.requestCount(), 0);
    QVERIFY(m_sim.orders().isEmpty());
}

void TestCli::missingToken_data()
{
    QTest::addColumn<bool>("present");
    QTest::addColumn<QString>("value");
    QTest::newRow("unset") << false << QString();
    QTest::newRow("empty") << true << QString();
    QTest::newRow("blank") << true << QStringLiteral("   ");
}

void TestCli::missingToken()
{
    QFETCH(bool, present);
    QFETCH(QString, value);

    QProcessEnvironment env = cliEnvironment();
    env.remove(QStringLiteral("POINTDESK_TOKEN"));
    if (present)
        env.insert(QStringLiteral("POINTDESK_TOKEN"), value);
    CliRun run;
    RUN_CLI(run, {QStringLiteral("--json"), QStringLiteral("devices")}, env);
    // Nothing in the environment and no keychain to look in (cliEnvironment() has no D-Bus session): a keychain
    // error (8), as for login and logout, and the message explains the missing keychain and the way around it.
    CHECK_EXIT(run, kKeychainError);
    QCOMPARE(run.errorKind(), QStringLiteral("keychain"));
    const QString message = run.error().value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(QLatin1String("POINTDESK_TOKEN")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("gnome-keyring")), qPrintable(message));
    QVERIFY(run.errText().contains(QLatin1String("POINTDESK_TOKEN")));

    RUN_CLI(run,
            {QStringLiteral("charge"), QStringLiteral("--device"), QStringLiteral("Caja 1"), QStringLiteral("--amount"),
             QStringLiteral("10"), QStringLiteral("--description"), QStringLiteral("Test"), QStringLiteral("--card"),
             QStringLiteral("credit")},
            env);
    CHECK_EXIT(run, kKeychainError);
    QVERIFY(run.errText().contains(QLatin1String("POINTDESK_TOKEN")));
    QCOMPARE(m_sim.requestCount(), 0);
}

void TestCli::badPollInterval()
{
    QProcessEnvironment env = cliEnvironment();
    env.insert(QStringLiteral("POINTDESK_POLL_MS"), QStringLiteral("soon"));
    CliRun run;
    RUN_CLI(run, {QStringLiteral("--json"), QStringLiteral("status"), QStringLiteral("5000000001")}, env);
    CHECK_EXIT(run, kUsage);
    QCOMPARE(run.errorKind(), QStringLiteral("usage"));
    QVERIFY(run.errText().contains(QLatin1String("POINTDESK_POLL_MS")));
    QCOMPARE(m_sim.requestCount(), 0);
}

void TestCli::wrongToken_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("devices") << QStringList{QStringLiteral("devices")};
    QTest::newRow("charge") << QStringList{
        QStringLiteral("charge"),   QStringLiteral("--device"), QStringLiteral("Caja 1"),
        QStringLiteral("--amount"), QStringLiteral("10"),       QStringLiteral("--description"),
        QStringLiteral("Test"),     QStringLiteral("--card"),   QStringLiteral("credit")};
    QTest::newRow("status") << QStringList{QStringLiteral("status"), QStringLiteral("5000000001")};
    QTest::newRow("enable-integration, token in the query")
        << QStringList{QStringLiteral("enable-integration"), QStringLiteral("12345")};
}

void TestCli::wrongToken()
{
    QFETCH(QStringList, args);
    QProcessEnvironment env = cliEnvironment();
    env.insert(QStringLiteral("POINTDESK_TOKEN"), kWrongToken);

    CliRun run;
    RUN_CLI(run, QStringList{QStringLiteral("--json"), QStringLiteral("--verbose")} + args, env);
    CHECK_EXIT(run, kApiError);
    QCOMPARE(run.errorKind(), QStringLiteral("unauthorized"));
    QCOMPARE(run.error().value(QStringLiteral("http_status")).toInt(), 401);
    QVERIFY(m_sim.orders().isEmpty());

    RUN_CLI(run, args, env);
    CHECK_EXIT(run, kApiError);
}

void TestCli::deviceBusy()
{
    const qint64 first = chargeOrder(QStringLiteral("Caja 1"));
    QVERIFY(first > 0);
    CliRun run;
    RUN_CLI(run,
            {QStringLiteral("--json"), QStringLiteral("charge"), QStringLiteral("--device"), QStringLiteral("Caja 1"),
             QStringLiteral("--amount"), QStringLiteral("20"), QStringLiteral("--description"),
             QStringLiteral("Second"), QStringLiteral("--card"), QStringLiteral("debit")});
    CHECK_EXIT(run, kApiError);
    QCOMPARE(run.errorKind(), QStringLiteral("device_busy"));
    // Seen on the terminal list before anything was sent: no 409 was needed to find out.
    QVERIFY(run.error().value(QStringLiteral("http_status")).isNull());
    QVERIFY2(run.error().value(QStringLiteral("message")).toString().contains(QLatin1String("busy")),
             qPrintable(run.errText()));
    QCOMPARE(run.json.value(QStringLiteral("local_id")).toInteger(), 2);
    QCOMPARE(run.json.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    QCOMPARE(m_sim.orders().size(), 1);
    QCOMPARE(m_sim.device(QStringLiteral("Caja 1")).value(QStringLiteral("payment_attempt")).toInteger(), first);
}

void TestCli::networkError()
{
    const QString closed = closedPortUrl();
    QVERIFY(!closed.isEmpty());
    CliRun run;
    RUN_CLI(run, {QStringLiteral("--api-base"), closed, QStringLiteral("--json"), QStringLiteral("devices")});
    CHECK_EXIT(run, kNetworkError);
    QCOMPARE(run.errorKind(), QStringLiteral("network"));
    QVERIFY(run.error().value(QStringLiteral("http_status")).isNull());

    RUN_CLI(run, {QStringLiteral("--api-base"), closed, QStringLiteral("status"), QStringLiteral("5000000001")});
    CHECK_EXIT(run, kNetworkError);

    QProcessEnvironment env = cliEnvironment();
    env.insert(QStringLiteral("POINTDESK_API_BASE"), closed);
    RUN_CLI(run,
            {QStringLiteral("--json"), QStringLiteral("charge"), QStringLiteral("--device"), QStringLiteral("Caja 1"),
             QStringLiteral("--amount"), QStringLiteral("10"), QStringLiteral("--description"), QStringLiteral("Test"),
             QStringLiteral("--card"), QStringLiteral("credit")},
            env);
    CHECK_EXIT(run, kNetworkError);
    QCOMPARE(m_sim.requestCount(), 0);
}

void TestCli::timeout()
{
    int status = 0;
    m_sim.control("POST", "/faults",
                  QJsonObject{{QStringLiteral("kind"), QStringLiteral("latency")},
                              {QStringLiteral("latency_ms"), 3000},
                              {QStringLiteral("count"), 1}},
                  &status);
    QCOMPARE(status, 201);
    CliRun run;
    RUN_CLI(run,
            {QStringLiteral("--timeout"), QStringLiteral("300"), QStringLiteral("--json"), QStringLiteral("devices")});
    CHECK_EXIT(run, kNetworkError);
    QCOMPARE(run.errorKind(), QStringLiteral("timeout"));
}

void TestCli::apiFaults_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<int>("count");

    QTest::newRow("503") << QJsonObject{{QStringLiteral("kind"), QStringLiteral("server_error")},
                                        {QStringLiteral("status"), 503}}
                         << "server" << 503 << 1;
    QTest::newRow("500") << QJsonObject{{QStringLiteral("kind"), QStringLiteral("server_error")},
                                        {QStringLiteral("status"), 500}}
                         << "server" << 500 << 1;
    QTest::newRow("429") << QJsonObject{{QStringLiteral("kind"), QStringLiteral("rate_limit")},
                                        {QStringLiteral("retry_after"), 7}}
                         << "rate_limited" << 429 << 1;
    QTest::newRow("malformed body") << QJsonObject{{QStringLiteral("kind"), QStringLiteral("malformed")}} << "malformed"
                                    << 200 << 1;
    // Qt Network resends an idempotent GET on a dropped connection a few times by itself: drop them all.
    QTest::newRow("dropped connection") << QJsonObject{{QStringLiteral("kind"), QStringLiteral("drop")}} << "network"
                                        << 0 << 10;
}

void TestCli::apiFaults()
{
    QFETCH(QJsonObject, fault);
    QFETCH(QString, kind);
    QFETCH(int, httpStatus);
    QFETCH(int, count);

    fault.insert(QStringLiteral("count"), count);
    fault.insert(QStringLiteral("method"), QStringLiteral("GET"));
    int status = 0;
    m_sim.control("POST", "/faults", fault, &status);
    QCOMPARE(status, 201);

    CliRun run;
    RUN_CLI(run, {QStringLiteral("--json"), QStringLiteral("devices")});
    CHECK_EXIT(run, kind == QLatin1String("network") ? kNetworkError : kApiError);
    QCOMPARE(run.errorKind(), kind);
    if (httpStatus >= 400)
        QCOMPARE(run.error().value(QStringLiteral("http_status")).toInt(), httpStatus);
    if (kind == QLatin1String("rate_limited"))
        QCOMPARE(run.error().value(QStringLiteral("retry_after")).toInt(), 7);
    const int pending = m_sim.state().value(QStringLiteral("pending_faults")).toInt();
    QVERIFY(pending < count);
    if (count == 1)
        QCOMPARE(pending, 0);

    // Once the fault is gone the same command works again.
    m_sim.control("DELETE", "/faults", {}, &status);
    QCOMPARE(status, 200);
    RUN_CLI(run, {QStringLiteral("--json"), QStringLiteral("devices")});
    CHECK_EXIT(run, kSuccess);
}

void TestCli::apiOptionWinsOverEnvironment()
{
    QProcessEnvironment env = cliEnvironment();
    env.insert(QStringLiteral("POINTDESK_API"), QStringLiteral("nope"));
    CliRun run;
    RUN_CLI(run, {QStringLiteral("--json"), QStringLiteral("devices")}, env);
    CHECK_EXIT(run, kUsage);
    QVERIFY2(run.errText().contains(QLatin1String("POINTDESK_API")), qPrintable(run.errText()));
    QVERIFY2(run.errText().contains(QLatin1String("\"nope\"")), qPrintable(run.errText()));
    QCOMPARE(m_sim.requestCount(), 0);

    RUN_CLI(run, {QStringLiteral("--api"), QStringLiteral("Legacy"), QStringLiteral("--json"), QStringLiteral("devices")},
            env);
    CHECK_EXIT(run, kSuccess);
    QCOMPARE(run.json.value(QStringLiteral("devices")).toArray().size(), 3);

    env.insert(QStringLiteral("POINTDESK_API"), QStringLiteral("LEGACY"));
    RUN_CLI(run, {QStringLiteral("--json"), QStringLiteral("devices")}, env);
    CHECK_EXIT(run, kSuccess);
}

void TestCli::apiBaseOptionWinsOverEnvironment()
{
    const QString closed = closedPortUrl();
    QVERIFY(!closed.isEmpty());

    QProcessEnvironment env = cliEnvironment();
    env.insert(QStringLiteral("POINTDESK_API_BASE"), closed);
    CliRun run;
    RUN_CLI(run, {QStringLiteral("--api-base"), m_api, QStringLiteral("--json"), QStringLiteral("devices")}, env);
    CHECK_EXIT(run, kSuccess);
    QCOMPARE(run.json.value(QStringLiteral("devices")).toArray().size(), 3);

    RUN_CLI(run, {QStringLiteral("--json"), QStringLiteral("devices")}, env);
    CHECK_EXIT(run, kNetworkError);

    // An unacceptable address in the environment is a usage error too.
    env.insert(QStringLiteral("POINTDESK_API_BASE"), QStringLiteral("http://example.com"));
    RUN_CLI(run, {QStringLiteral("--json"), QStringLiteral("devices")}, env);
    CHECK_EXIT(run, kUsage);
}

void TestCli::loginRefusesTokenInArguments_data()
{
    QTest::addColumn<QStringList>("args");
    const QString typed = QStringLiteral("APP_USR-typed-on-the-command-line-5521");
    QTest::newRow("positional") << QStringList{QStringLiteral("login"), typed};
    QTest::newRow("positional, json") << QStringList{QStringLiteral("--json"), QStringLiteral("login"), typed};
    QTest::newRow("--token") << QStringList{QStringLiteral("login"), QStringLiteral("--token"), typed};
    QTest::newRow("--token=") << QStringList{QStringLiteral("login"), QStringLiteral("--token=") + typed};
    QTest::newRow("after --") << QStringList{QStringLiteral("login"), QStringLiteral("--"), typed};
}

void TestCli::loginRefusesTokenInArguments()
{
    QFETCH(QStringList, args);
    // Standard input holds a good token: a run that ignored the usage error would save it.
    CliRun run;
    const QString problem = m_runner.run(run, args, cliEnvironment(), m_token.toUtf8() + '\n');
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    CHECK_EXIT(run, kUsage);
    // Whatever was typed there may be a real token: it is not repeated back.
    const QByteArray typed("APP_USR-typed-on-the-command-line-5521");
    QVERIFY2(!run.out.contains(typed) && !run.err.contains(typed), qPrintable(run.errText()));
    QCOMPARE(m_sim.requestCount(), 0);
}

void TestCli::loginInvalidInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("json");

    QTest::newRow("nothing") << QByteArray() << true;
    QTest::newRow("nothing, human") << QByteArray() << false;
    QTest::newRow("empty line") << QByteArray("\n") << true;
    QTest::newRow("blank line") << QByteArray(" \t \r\n") << true;
    QTest::newRow("blank first line, token on the second") << QByteArray("\nAPP_USR-second-line-881\n") << true;
    QTest::newRow("space inside") << QByteArray("APP_USR-1234 5678\n") << true;
    QTest::newRow("label and token") << QByteArray("Access token: APP_USR-1234\n") << false;
    QTest::newRow("control character") << QByteArray("APP_USR-12\x01"
                                                     "34\n")
                                       << true;
    QTest::newRow("not ASCII") << QByteArray("APP_USR-\xc3\xb1"
                                             "and\xc3\xba"
                                             "-1234\n")
                               << true;
    QTest::newRow("too long") << QByteArray(5000, 'A') + '\n' << true;
    QTest::newRow("too long, no line end") << QByteArray(70000, 'A') << false;
}

void TestCli::loginInvalidInput()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, json);

    CliRunner runner = m_runner;
    // Even a rejected token is not repeated back.
    const QString trimmed = QString::fromUtf8(input).trimmed();
    if (trimmed.size() >= 8 && trimmed.size() < 100)
        runner.secrets.append(trimmed);
    QStringList args{QStringLiteral("login")};
    if (json)
        args.prepend(QStringLiteral("--json"));
    CliRun run;
    const QString problem = runner.run(run, args, cliEnvironment(), input);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // 3, not 8: nothing reached the keychain (there is none here), and nothing was sent to check it.
    CHECK_EXIT(run, kInvalidInput);
    QCOMPARE(m_sim.requestCount(), 0);
    if (json) {
        QCOMPARE(run.errorKind(), QStringLiteral("invalid_input"));
        QCOMPARE(run.error().value(QStringLiteral("field")).toString(), QStringLiteral("token"));
    } else {
        QVERIFY(run.out.isEmpty());
    }
    // Not a terminal: no prompt.
    QVERIFY2(!run.errText().contains(QLatin1String("Paste")), qPrintable(run.errText()));
}

void TestCli::loginCheckFails_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("apiBase");
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("kind");

    QTest::newRow("refused token") << kWrongToken << QString() << QJsonObject() << kApiError << "unauthorized";
    QTest::newRow("unreachable") << QString() << QStringLiteral("closed") << QJsonObject() << kNetworkError
                                 << "network";
    QTest::newRow("server error") << QString() << QString()
                                  << QJsonObject{{QStringLiteral("kind"), QStringLiteral("server_error")},
                                                 {QStringLiteral("status"), 503},
                                                 {QStringLiteral("count"), 1}}
                                  << kApiError << "server";
}

void TestCli::loginCheckFails()
{
    QFETCH(QString, token);
    QFETCH(QString, apiBase);
    QFETCH(QJsonObject, fault);
    QFETCH(int, exitCode);
    QFETCH(QString, kind);

    if (token.isEmpty())
        token = m_token;
    QProcessEnvironment env = cliEnvironment();
    if (apiBase == QLatin1String("closed")) {
        apiBase = closedPortUrl();
        QVERIFY(!apiBase.isEmpty());
        env.insert(QStringLiteral("POINTDESK_API_BASE"), apiBase);
    }
    if (!fault.isEmpty()) {
        int status = 0;
        m_sim.control("POST", "/faults", fault, &status);
        QCOMPARE(status, 201);
    }
    CliRun run;
    const QString problem =
        m_runner.run(run, {QStringLiteral("--json"), QStringLiteral("login")}, env, token.toUtf8() + '\n');
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // Not 8: the keychain (there is none here) was never reached.
    CHECK_EXIT(run, exitCode);
    QCOMPARE(run.errorKind(), kind);
    QVERIFY2(run.errText().contains(QLatin1String("not saved")), qPrintable(run.errText()));
    if (exitCode == kNetworkError || kind == QLatin1String("server"))
        QVERIFY2(run.errText().contains(QLatin1String("--no-check")), qPrintable(run.errText()));
}

void TestCli::loginAndLogoutWithoutKeychain()
{
    CliRun run;
    // --no-check goes straight to the keychain: nothing is sent to Mercado Pago.
    QString problem =
        m_runner.run(run, {QStringLiteral("--json"), QStringLiteral("login"), QStringLiteral("--no-check")},
                     cliEnvironment(), m_token.toUtf8() + '\n');
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    CHECK_EXIT(run, kKeychainError);
    QCOMPARE(run.errorKind(), QStringLiteral("keychain"));
    QVERIFY2(run.errText().contains(QLatin1String("gnome-keyring")), qPrintable(run.errText()));
    QVERIFY2(run.errText().contains(QLatin1String("POINTDESK_TOKEN")), qPrintable(run.errText()));
    QCOMPARE(m_sim.requestCount(), 0);

    problem = m_runner.run(run, {QStringLiteral("logout")}, cliEnvironment());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    CHECK_EXIT(run, kKeychainError);
    QVERIFY2(run.errText().contains(QLatin1String("gnome-keyring")), qPrintable(run.errText()));
}

void TestCli::loginInterrupted()
{
#ifndef Q_OS_UNIX
    QSKIP("SIGINT is a Unix signal");
#else
    // Standard input stays open and empty: the CLI waits for the token, and Ctrl+C must still end it.
    QProcess process;
    const QString problem = startCli(process, {QStringLiteral("--json"), QStringLiteral("login")}, cliEnvironment());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // Nothing shows that the CLI is waiting (no prompt off a terminal): give it time to set up its handler.
    QTest::qWait(1500);
    QCOMPARE(process.state(), QProcess::Running);
    QCOMPARE(::kill(pid_t(process.processId()), SIGINT), 0);
    CliRun run;
    FINISH_CLI(process, run);
    CHECK_EXIT(run, kInterrupted);
    QCOMPARE(run.errorKind(), QStringLiteral("interrupted"));
    QCOMPARE(m_sim.requestCount(), 0);
#endif
}

void TestCli::tokenNotInProcessEnvironment()
{
#ifndef Q_OS_LINUX
    QSKIP("/proc/<pid>/environ is Linux's");
#else
    // The CLI waits for a token on standard input with POINTDESK_TOKEN set: whatever it starts from now on (libsecret
    // may start a dbus-daemon that outlives it) inherits its environment, and another process of the same user can
    // read what /proc shows of it. Neither may hold the token.
    QProcess process;
    const QString problem = startCli(process, {QStringLiteral("--json"), QStringLiteral("login")}, cliEnvironment());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QTest::qWait(1500);
    QCOMPARE(process.state(), QProcess::Running);
    QFile environ(QStringLiteral("/proc/%1/environ").arg(process.processId()));
    // A release build is not dumpable, so /proc refuses to show its environment at all: that is a pass too.
    if (environ.open(QIODevice::ReadOnly)) {
        const QByteArray block = environ.readAll();
        QVERIFY2(block.contains("POINTDESK_API_BASE="), "the CLI's environment block was not read");
        QVERIFY(!block.contains(m_token.toUtf8()));
    }
    QCOMPARE(::kill(pid_t(process.processId()), SIGINT), 0);
    CliRun run;
    FINISH_CLI(process, run);
    CHECK_EXIT(run, kInterrupted);
#endif
}
