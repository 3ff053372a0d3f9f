// OrdersBackend against a real OrdersSimulator on loopback (and a canned server for what the simulator never
// sends, and to see the exact bytes PointDesk sends).
#include "CannedHttpServer.h"
#include "api/LegacyPointBackend.h"
#include "api/OrdersBackend.h"
#include "sim/OrdersSimulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using Kind = ApiError::Kind;
Q_DECLARE_METATYPE(Kind)
Q_DECLARE_METATYPE(OrderState)
Q_DECLARE_METATYPE(DeclineReason)
Q_DECLARE_METATYPE(OrderRequest)

namespace {

const QString kSbx = QStringLiteral("NEWLAND_N950__SBX0000001");
const QString kPax = QStringLiteral("PAX_A910__PAX0000000002");
const QString kKey = QStringLiteral("6f1c2d3e-4a5b-4c6d-8e7f-0123456789ab");

template <typename T>
struct Outcome
{
    bool finished = false;
    ApiError error;
    T value{};
    int httpStatus = 0;
};

template <typename T>
Outcome<T> await(Call<T> *call, int timeoutMs = 20000)
{
    Outcome<T> out;
    QObject::connect(call, &ApiCall::finished, call, [&out, call]() {
        out.finished = true;
        out.error = call->error();
        out.value = call->value();
        out.httpStatus = call->httpStatus();
    });
    if (!QTest::qWaitFor([&out]() { return out.finished; }, timeoutMs))
        qWarning("call did not finish in time");
    return out;
}

OrderRequest request(const QString &terminal = kSbx, qint64 cents = 2400)
{
    OrderRequest r;
    r.amount = Money::fromCents(cents);
    r.description = QStringLiteral("Caf\u00e9 con leche");
    r.deviceName = terminal;
    r.cardType = CardType::Credit;
    return r;
}

QByteArray bodyOf(const QByteArray &raw)
{
    return raw.mid(raw.indexOf("\r\n\r\n") + 4);
}

QByteArray headerOf(const QByteArray &raw, const QByteArray &name)
{
    for (const QByteArray &line : raw.left(raw.indexOf("\r\n\r\n")).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

const QByteArray kCreated = R"({"id":"ORD01JQ4S4KY8HWQ6NA5PXB65B3D3","status":"created","status_detail":"created",
    "transactions":{"payments":[{"id":"PAY01J67CQQH5904WDBVZEM4JMEP3","amount":"24.00","status":"created"}]}})";

} // namespace

class TestOrdersBackend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void capabilitiesAndUnsupportedCalls();
    void listTerminalsFollowsEveryPage();
    void listTerminalsEmptyAccount();
    void listTerminalsThatNeverEndIsMalformed();
    void setOperatingMode();
    void createSendsTheContractBody();
    void createResendIsByteIdentical();
    void createAgainstSimulator();
    void createAmountPerCurrency_data();
    void createAmountPerCurrency();
    void busyTerminalAndForeignTerminal();
    void rejectedInputSendsNothing_data();
    void rejectedInputSendsNothing();
    void noTokenSendsNothing();
    void getEveryState_data();
    void getEveryState();
    void cancel200And202();
    void cancelSendsKeyAndHeader();
    void cancelConflicts();
    void refundTotalAndPartial();
    void refundSendsKeyAndBody();
    void errorBodies();
    void idsArePercentEncoded();
    void hostileBodies_data();
    void hostileBodies();

private:
    QString createOnSim(const QString &terminal = kSbx, const QString &key = PointBackend::newIdempotencyKey());

    OrdersSimulator *m_sim = nullptr;
    OrdersBackend *m_client = nullptr;
};

void TestOrdersBackend::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_sim = new OrdersSimulator(this);
    OrdersSimulator::Settings settings = m_sim->settings();
    settings.takeDelayMs = -1; // the tests play the terminal
    settings.cancelDelayMs = 100;
    settings.expirationScale = 0;
    m_sim->setSettings(settings);
    QVERIFY(m_sim->listen());
    m_client = new OrdersBackend(this);
    QVERIFY(m_client->setBaseUrl(m_sim->apiUrl()));
    m_client->setAccessToken(m_sim->accessToken());
    m_client->setCurrency(*Currency::fromCode(QStringLiteral("MXN")));
    m_client->setTimeout(10000);
}

void TestOrdersBackend::cleanup()
{
    delete m_client;
    delete m_sim;
    m_client = nullptr;
    m_sim = nullptr;
}

QString TestOrdersBackend::createOnSim(const QString &terminal, const QString &key)
{
    const auto created = await(m_client->createOrder(request(terminal), key));
    return created.error.isError() ? QString() : created.value.id.toString();
}

void TestOrdersBackend::capabilitiesAndUnsupportedCalls()
{
    QCOMPARE(m_client->key(), QStringLiteral("orders"));
    const auto c = m_client->capabilities();
    QVERIFY(c.idempotentCreate && c.terminalOperatingMode && c.refunds && c.partialRefunds);
    QVERIFY(!c.cancelOnTerminal && !c.removeTerminal && !c.enableIntegration);
    const auto a = await(m_client->cancelOnTerminal(kSbx));
    const auto b = await(m_client->removeTerminal(kSbx));
    const auto e = await(m_client->enableIntegration(123));
    for (const auto &o : {a, b, e}) {
        QCOMPARE(o.error.kind(), Kind::InvalidInput);
        QVERIFY(!o.error.userMessage().isEmpty());
    }
    QCOMPARE(m_client->requestsSent(), quint64(0));
    QCOMPARE(m_sim->requestCount(), 0);
}

void TestOrdersBackend::listTerminalsFollowsEveryPage()
{
    QStringList expected = OrdersSimulator::defaultTerminalIds();
    for (int i = 0; i < 117; ++i) {
        OrdersSimTerminal t;
        t.id = QStringLiteral("PAX_A910__P%1").arg(i, 6, 10, QLatin1Char('0'));
        t.posId = QString::number(1000 + i);
        t.storeId = QStringLiteral("S%1").arg(i);
        t.externalPosId = QStringLiteral("EXT%1").arg(i);
        t.operatingMode = i % 3 == 0 ? QStringLiteral("STANDALONE") : QStringLiteral("PDV");
        QVERIFY(m_sim->addTerminal(t));
        expected.append(t.id);
    }
    QVERIFY(m_sim->setOperatingMode(kPax, QStringLiteral("UNDEFINED")));
    QSignalSpy sent(m_client, &PointBackend::requestSent);
    const auto listed = await(m_client->listTerminals());
    QVERIFY2(!listed.error.isError(), qPrintable(listed.error.detail()));
    QCOMPARE(listed.value.size(), 120);
    QStringList ids;
    for (const Device &d : listed.value) {
        ids.append(d.name);
        QCOMPARE(d.id, d.name);
        QCOMPARE(d.status, Device::Status::Unknown);
    }
    QCOMPARE(ids, expected);
    QCOMPARE(sent.count(), 3);
    QCOMPARE(sent.at(0).at(1).toString(), QStringLiteral("/terminals/v1/list?limit=50&offset=0"));
    QCOMPARE(sent.at(1).at(1).toString(), QStringLiteral("/terminals/v1/list?limit=50&offset=50"));
    QCOMPARE(sent.at(2).at(1).toString(), QStringLiteral("/terminals/v1/list?limit=50&offset=100"));
    QCOMPARE(listed.value.at(0).operatingMode, Device::OperatingMode::Pdv);
    QCOMPARE(listed.value.at(1).operatingMode, Device::OperatingMode::Undefined);
    QCOMPARE(listed.value.at(2).operatingMode, Device::OperatingMode::Standalone);
    const Device &last = listed.value.last();
    QCOMPARE(last.name, QStringLiteral("PAX_A910__P000116"));
    QCOMPARE(last.posId, QStringLiteral("1116"));
    QCOMPARE(last.storeId, QStringLiteral("S116"));
    QCOMPARE(last.externalPosId, QStringLiteral("EXT116"));
    QCOMPARE(last.operatingMode, Device::OperatingMode::Pdv);
    QCOMPARE(listed.value.at(3).operatingMode, Device::OperatingMode::Standalone); // i = 0
}

void TestOrdersBackend::listTerminalsEmptyAccount()
{
    for (const QString &id : OrdersSimulator::defaultTerminalIds())
        QVERIFY(m_sim->removeTerminal(id));
    const auto listed = await(m_client->listTerminals());
    QVERIFY(!listed.error.isError());
    QVERIFY(listed.value.isEmpty());
    QCOMPARE(m_client->requestsSent(), quint64(1));
}

void TestOrdersBackend::listTerminalsThatNeverEndIsMalformed()
{
    // A total that never comes: one terminal per page, forever.
    CannedHttpServer endless(CannedHttpServer::reply(
        200, R"({"data":{"terminals":[{"id":"A__B","operating_mode":"PDV"}]},"paging":{"total":99999999}})"));
    OrdersBackend client;
    QVERIFY(client.setBaseUrl(endless.url()));
    client.setAccessToken(QStringLiteral("t"));
    const auto listed = await(client.listTerminals(), 60000);
    QVERIFY(listed.finished);
    QCOMPARE(listed.error.kind(), Kind::Malformed);
    QCOMPARE(client.requestsSent(), quint64(OrdersBackend::kMaxPages));
    QVERIFY(listed.value.isEmpty());

    // An empty page before the total: stop at once.
    CannedHttpServer hollow(CannedHttpServer::reply(200, R"({"data":{"terminals":[]},"paging":{"total":100}})"));
    OrdersBackend second;
    QVERIFY(second.setBaseUrl(hollow.url()));
    second.setAccessToken(QStringLiteral("t"));
    const auto empty = await(second.listTerminals());
    QCOMPARE(empty.error.kind(), Kind::Malformed);
    QCOMPARE(second.requestsSent(), quint64(1));

    // A page that fails ends the whole list with its error.
    CannedHttpServer broken(CannedHttpServer::reply(500, R"({"errors":[{"code":"internal_error","message":"x"}]})"));
    OrdersBackend third;
    QVERIFY(third.setBaseUrl(broken.url()));
    third.setAccessToken(QStringLiteral("t"));
    const auto failed = await(third.listTerminals());
    QCOMPARE(failed.error.kind(), Kind::Server);
    QCOMPARE(failed.error.apiCode(), QStringLiteral("internal_error"));
}

void TestOrdersBackend::setOperatingMode()
{
    const QString standalone = QStringLiteral("NEWLAND_N950__N950NCB801293324");
    const auto set = await(m_client->setOperatingMode(standalone, Device::OperatingMode::Pdv));
    QVERIFY2(!set.error.isError(), qPrintable(set.error.detail()));
    QCOMPARE(set.value.name, standalone);
    QCOMPARE(set.value.operatingMode, Device::OperatingMode::Pdv);
    QCOMPARE(m_sim->terminal(standalone)->operatingMode, QStringLiteral("PDV"));
    const auto back = await(m_client->setOperatingMode(standalone, Device::OperatingMode::Standalone));
    QCOMPARE(back.value.operatingMode, Device::OperatingMode::Standalone);
    QCOMPARE(m_sim->terminal(standalone)->operatingMode, QStringLiteral("STANDALONE"));
    const quint64 sent = m_client->requestsSent();
    for (auto mode : {Device::OperatingMode::Undefined, Device::OperatingMode::Unknown,
                      Device::OperatingMode::NotApplicable}) {
        const auto refused = await(m_client->setOperatingMode(standalone, mode));
        QCOMPARE(refused.error.kind(), Kind::InvalidInput);
    }
    QCOMPARE(m_client->requestsSent(), sent);
    // An unknown terminal: the API's 404.
    const auto unknown = await(m_client->setOperatingMode(QStringLiteral("NEWLAND_N950__NOPE"), Device::OperatingMode::Pdv));
    QCOMPARE(unknown.error.kind(), Kind::NotFound);
    // The seam's default: an API without modes fails before sending.
    LegacyPointBackend legacy;
    QVERIFY(legacy.setBaseUrl(m_sim->apiUrl()));
    legacy.setAccessToken(QStringLiteral("t"));
    QVERIFY(!legacy.capabilities().terminalOperatingMode);
    const auto none = await(legacy.setOperatingMode(standalone, Device::OperatingMode::Pdv));
    QCOMPARE(none.error.kind(), Kind::InvalidInput);
    QCOMPARE(legacy.requestsSent(), quint64(0));
}

void TestOrdersBackend::createSendsTheContractBody()
{
    CannedHttpServer canned(CannedHttpServer::reply(201, kCreated));
    OrdersBackend client;
    QVERIFY(client.setBaseUrl(canned.url()));
    client.setAccessToken(QStringLiteral("secret-token"));
    client.setCurrency(*Currency::fromCode(QStringLiteral("ARS")));
    OrderRequest r = request();
    r.printOnTerminal = false;
    r.expirationSeconds = 4500;
    r.cardType = CardType::Debit;
    r.payerEmail = QStringLiteral("not@sent.example"); // not an Orders field: never sent
    const auto created = await(client.createOrder(r, kKey));
    QVERIFY2(!created.error.isError(), qPrintable(created.error.detail()));
    QCOMPARE(created.value.id, OrderRef(QStringLiteral("ORD01JQ4S4KY8HWQ6NA5PXB65B3D3")));
    QCOMPARE(created.value.paymentId, PaymentRef(QStringLiteral("PAY01J67CQQH5904WDBVZEM4JMEP3")));
    QCOMPARE(created.value.status, QStringLiteral("created"));
    const QByteArray raw = canned.received();
    QVERIFY(raw.startsWith("POST /v1/orders HTTP/1.1\r\n"));
    QCOMPARE(headerOf(raw, "X-Idempotency-Key"), kKey.toLatin1());
    QCOMPARE(headerOf(raw, "Authorization"), QByteArray("Bearer secret-token"));
    QCOMPARE(headerOf(raw, "Content-Type"), QByteArray("application/json"));
    const QByteArray expected = QByteArray(R"({"config":{"payment_method":{"default_type":"debit_card"},)"
                                           R"("point":{"print_on_terminal":"no_ticket","terminal_id":")") +
                                kSbx.toLatin1() + R"("}},"description":"Caf)" + QByteArray("\xc3\xa9") +
                                R"( con leche","expiration_time":"PT1H15M","external_reference":"pd-)" +
                                kKey.toLatin1() +
                                R"(","transactions":{"payments":[{"amount":"24.00"}]},"type":"point"})";
    QCOMPARE(bodyOf(raw), expected);
}

void TestOrdersBackend::createResendIsByteIdentical()
{
    QByteArray bodies[2];
    QByteArray keys[2];
    for (int i = 0; i < 2; ++i) {
        CannedHttpServer canned(CannedHttpServer::reply(201, kCreated));
        OrdersBackend client;
        QVERIFY(client.setBaseUrl(canned.url()));
        client.setAccessToken(QStringLiteral("t"));
        OrderRequest r = request();
        r.externalReference.clear(); // derived from the key: the same on every resend
        QVERIFY(!await(client.createOrder(r, kKey)).error.isError());
        bodies[i] = bodyOf(canned.received());
        keys[i] = headerOf(canned.received(), "X-Idempotency-Key");
    }
    QVERIFY(!bodies[0].isEmpty());
    QCOMPARE(bodies[1], bodies[0]);
    QCOMPARE(keys[1], keys[0]);
    QCOMPARE(keys[0], kKey.toLatin1());
}

void TestOrdersBackend::createAgainstSimulator()
{
    const auto created = await(m_client->createOrder(request(), kKey));
    QVERIFY2(!created.error.isError(), qPrintable(created.error.detail()));
    const auto order = m_sim->order(created.value.id.toString());
    QVERIFY(order);
    QCOMPARE(created.value.paymentId.toString(), order->payment.id);
    QCOMPARE(order->externalReference, QStringLiteral("pd-") + kKey);
    QCOMPARE(order->payment.amountText, QStringLiteral("24.00"));
    QCOMPARE(order->terminalId, kSbx);
    QCOMPARE(order->description.value_or(QString()), QStringLiteral("Caf\u00e9 con leche"));
    QCOMPARE(order->expirationTime, QStringLiteral("PT15M")); // not sent: the API's default
    QCOMPARE(order->config.value(QStringLiteral("payment_method")).toObject().value(QStringLiteral("default_type")),
             QJsonValue(QStringLiteral("credit_card")));
    // The same operation resent with its key: the API replays the first answer, no second order.
    const auto again = await(m_client->createOrder(request(), kKey));
    QVERIFY(!again.error.isError());
    QCOMPARE(again.value.id, created.value.id);
    QCOMPARE(again.value.paymentId, created.value.paymentId);
    QCOMPARE(m_sim->orders().size(), 1);
    // The same key with another body is refused.
    const auto other = await(m_client->createOrder(request(kSbx, 2500), kKey));
    QCOMPARE(other.error.kind(), Kind::DeviceBusy);
    QCOMPARE(other.error.httpStatus(), 409);
    QCOMPARE(other.error.apiCode(), QStringLiteral("idempotency_key_already_used"));
    QCOMPARE(m_sim->orders().size(), 1);
    // The order reads back as waiting.
    const auto read = await(m_client->getOrder(created.value.id));
    QCOMPARE(read.value.state, OrderState::WaitingForCard);
    QCOMPARE(read.value.amount, std::optional<Money>(Money::fromCents(2400)));
    QCOMPARE(read.value.expiresAfterSeconds, std::optional<int>(900));
    QVERIFY(read.value.createdAt.isValid() && read.value.createdAt.timeSpec() == Qt::UTC);
    QVERIFY(qAbs(read.value.createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
}

void TestOrdersBackend::createAmountPerCurrency_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("sent");
    QTest::newRow("ARS") << "ARS" << qint64(2400) << "24.00";
    QTest::newRow("MXN cents") << "MXN" << qint64(125050) << "1250.50";
    QTest::newRow("BRL") << "BRL" << qint64(5) << "0.05";
    QTest::newRow("CLP") << "CLP" << qint64(240000) << "2400";
    QTest::newRow("COP") << "COP" << qint64(1500000) << "15000";
}

void TestOrdersBackend::createAmountPerCurrency()
{
    QFETCH(QString, currency);
    QFETCH(qint64, cents);
    QFETCH(QString, sent);
    OrdersSimAccount account;
    account.token = QStringLiteral("TEST-") + currency;
    account.userId = QStringLiteral("777");
    account.currency = currency;
    account.countryCode = currency == QLatin1String("CLP") ? QStringLiteral("CHL") : QStringLiteral("ARG");
    QVERIFY(m_sim->addAccount(account));
    OrdersSimTerminal terminal;
    terminal.id = QStringLiteral("NEWLAND_N950__C") + currency;
    terminal.ownerToken = account.token;
    terminal.posId = QStringLiteral("1");
    terminal.storeId = QStringLiteral("2");
    QVERIFY(m_sim->addTerminal(terminal));
    m_client->setAccessToken(account.token);
    m_client->setCurrency(*Currency::fromCode(currency));
    const auto created = await(m_client->createOrder(request(terminal.id, cents), PointBackend::newIdempotencyKey()));
    QVERIFY2(!created.error.isError(), qPrintable(created.error.detail()));
    QCOMPARE(m_sim->order(created.value.id.toString())->payment.amountText, sent);
    const auto read = await(m_client->getOrder(created.value.id));
    QCOMPARE(read.value.amount, std::optional<Money>(Money::fromCents(cents)));
}

void TestOrdersBackend::busyTerminalAndForeignTerminal()
{
    QVERIFY(!createOnSim().isEmpty());
    const auto busy = await(m_client->createOrder(request(), PointBackend::newIdempotencyKey()));
    QCOMPARE(busy.error.kind(), Kind::DeviceBusy);
    QCOMPARE(busy.error.apiCode(), QStringLiteral("already_queued_order_for_terminal"));
    QVERIFY(busy.error.userMessage().contains(QStringLiteral("busy")));
    QVERIFY(!busy.error.mayHaveReachedServer());

    OrdersSimAccount other;
    other.token = QStringLiteral("TEST-other");
    other.userId = QStringLiteral("999");
    QVERIFY(m_sim->addAccount(other));
    OrdersSimTerminal foreign;
    foreign.id = QStringLiteral("PAX_A910__FOREIGN01");
    foreign.ownerToken = other.token;
    QVERIFY(m_sim->addTerminal(foreign));
    const auto forbidden = await(m_client->createOrder(request(foreign.id), PointBackend::newIdempotencyKey()));
    QCOMPARE(forbidden.error.kind(), Kind::Forbidden);
    QCOMPARE(forbidden.error.apiCode(), QStringLiteral("forbidden_checking_terminal_owner"));
    QVERIFY(forbidden.error.userMessage().contains(QStringLiteral("does not belong to the account")));
}

void TestOrdersBackend::rejectedInputSendsNothing_data()
{
    QTest::addColumn<OrderRequest>("order");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("field");
    const OrderRequest ok = request();
    QTest::newRow("no key") << ok << QString() << "MXN"
                            << "order_id";
    QTest::newRow("key with a line break") << ok << QStringLiteral("a\r\nX-Evil: 1") << "MXN"
                                           << "order_id";
    QTest::newRow("key too long") << ok << QString(129, QLatin1Char('k')) << "MXN"
                                  << "order_id";
    OrderRequest r = ok;
    r.description = QString(151, QLatin1Char('d'));
    QTest::newRow("description 151") << r << kKey << "MXN"
                                     << "description";
    r = ok;
    r.externalReference = QStringLiteral("ref con espacio");
    QTest::newRow("reference alphabet") << r << kKey << "MXN"
                                        << "external_reference";
    r.externalReference = QString(65, QLatin1Char('r'));
    QTest::newRow("reference 65") << r << kKey << "MXN"
                                  << "external_reference";
    r = ok;
    r.expirationSeconds = 29;
    QTest::newRow("expiration 29 s") << r << kKey << "MXN"
                                     << "expiration_time";
    r.expirationSeconds = 3 * 3600 + 1;
    QTest::newRow("expiration over 3 h") << r << kKey << "MXN"
                                         << "expiration_time";
    r = ok;
    r.amount = Money::fromCents(0);
    QTest::newRow("zero amount") << r << kKey << "MXN"
                                 << "amount";
    r.amount = Money::fromCents(240050);
    QTest::newRow("cents in CLP") << r << kKey << "CLP"
                                  << "amount";
    r = ok;
    r.deviceName.clear();
    QTest::newRow("no terminal") << r << kKey << "MXN"
                                 << "device_name";
}

void TestOrdersBackend::rejectedInputSendsNothing()
{
    QFETCH(OrderRequest, order);
    QFETCH(QString, key);
    QFETCH(QString, currency);
    QFETCH(QString, field);
    m_client->setCurrency(*Currency::fromCode(currency));
    const auto refused = await(m_client->createOrder(order, key));
    QCOMPARE(refused.error.kind(), Kind::InvalidInput);
    QCOMPARE(refused.error.field(), field);
    QVERIFY(!refused.error.userMessage().isEmpty());
    QCOMPARE(m_client->requestsSent(), quint64(0));
    QCOMPARE(m_sim->requestCount(), 0);
    // 150 characters and a 64-character reference are fine.
    OrderRequest edge = request();
    edge.description = QString(150, QLatin1Char('d'));
    edge.externalReference = QString(64, QLatin1Char('r'));
    edge.expirationSeconds = 30;
    QVERIFY(Validation::ordersOrderRequest(edge).isEmpty());
}

void TestOrdersBackend::noTokenSendsNothing()
{
    OrdersBackend client;
    QVERIFY(client.setBaseUrl(m_sim->apiUrl()));
    const auto created = await(client.createOrder(request(), kKey));
    QCOMPARE(created.error.kind(), Kind::Unauthorized);
    const auto listed = await(client.listTerminals());
    QCOMPARE(listed.error.kind(), Kind::Unauthorized);
    RefundRequest refund;
    refund.order = OrderRef(QStringLiteral("ORD01JQ4S4KY8HWQ6NA5PXB65B3D3"));
    QCOMPARE(await(client.refund(refund, kKey)).error.kind(), Kind::Unauthorized);
    QCOMPARE(client.requestsSent(), quint64(0));
    QCOMPARE(m_sim->requestCount(), 0);
}

void TestOrdersBackend::getEveryState_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<OrderState>("state");
    QTest::addColumn<DeclineReason>("reason");
    QTest::newRow("waiting") << "none" << "" << OrderState::WaitingForCard << DeclineReason::None;
    QTest::newRow("at terminal") << "take" << "" << OrderState::WaitingForCard << DeclineReason::None;
    QTest::newRow("processed") << "pay" << "" << OrderState::Approved << DeclineReason::None;
    const QList<QPair<const char *, DeclineReason>> declines{
        {"bad_filled_card_data", DeclineReason::BadCardData},
        {"required_call_for_authorize", DeclineReason::CallForAuthorization},
        {"card_disabled", DeclineReason::CardDisabled},
        {"high_risk", DeclineReason::HighRisk},
        {"insufficient_amount", DeclineReason::InsufficientFunds},
        {"invalid_installments", DeclineReason::InvalidInstallments},
        {"max_attempts_exceeded", DeclineReason::MaxAttempts},
        {"rejected_other_reason", DeclineReason::Other},
        {"processing_error", DeclineReason::ProcessingError},
        {"", DeclineReason::Other}};
    for (const auto &d : declines)
        QTest::newRow(QByteArray(QByteArray("failed ") + d.first).constData())
            << "decline" << QString::fromLatin1(d.first) << OrderState::Rejected << d.second;
    QTest::newRow("action_required") << "action" << "" << OrderState::ActionRequired << DeclineReason::None;
    QTest::newRow("expired") << "expire" << "" << OrderState::Expired << DeclineReason::None;
    QTest::newRow("canceled on terminal") << "cancel" << "" << OrderState::Cancelled << DeclineReason::None;
    QTest::newRow("refunded") << "refund" << "" << OrderState::Refunded << DeclineReason::None;
    QTest::newRow("partly refunded") << "partial" << "" << OrderState::PartlyRefunded << DeclineReason::None;
}

void TestOrdersBackend::getEveryState()
{
    QFETCH(QString, action);
    QFETCH(QString, detail);
    QFETCH(OrderState, state);
    QFETCH(DeclineReason, reason);
    const QString id = createOnSim();
    QVERIFY(!id.isEmpty());
    OrdersSimPaymentResult pay;
    pay.cardType = CardType::Credit;
    pay.methodId = QStringLiteral("master");
    pay.installments = 6;
    pay.lastDigits = QStringLiteral("6351");
    if (action == QLatin1String("take")) {
        QVERIFY(m_sim->take(id));
    } else if (action == QLatin1String("pay") || action == QLatin1String("refund") ||
               action == QLatin1String("partial")) {
        QVERIFY(m_sim->pay(id, pay));
    } else if (action == QLatin1String("decline")) {
        pay.approved = false;
        pay.statusDetail = detail;
        QVERIFY(m_sim->pay(id, pay));
    } else if (action == QLatin1String("action")) {
        QVERIFY(m_sim->take(id));
        QVERIFY(m_sim->requireAction(id));
    } else if (action == QLatin1String("expire")) {
        QVERIFY(m_sim->expire(id));
    } else if (action == QLatin1String("cancel")) {
        QVERIFY(m_sim->cancelOnTerminal(id));
    }
    if (action == QLatin1String("refund") || action == QLatin1String("partial")) {
        RefundRequest refund;
        refund.order = OrderRef(id);
        refund.payment = PaymentRef(m_sim->order(id)->payment.id);
        if (action == QLatin1String("partial"))
            refund.amount = Money::fromCents(1250);
        const auto done = await(m_client->refund(refund, PointBackend::newIdempotencyKey()));
        QVERIFY2(!done.error.isError(), qPrintable(done.error.detail()));
    }
    const auto read = await(m_client->getOrder(OrderRef(id)));
    QVERIFY2(!read.error.isError(), qPrintable(read.error.detail()));
    const OrderInfo &info = read.value;
    QCOMPARE(info.id.toString(), id);
    QCOMPARE(info.state, state);
    QCOMPARE(info.declineReason, reason);
    QVERIFY(!info.cancellationRequested);
    QCOMPARE(info.paymentId.toString(), m_sim->order(id)->payment.id);
    QCOMPARE(info.amount, std::optional<Money>(Money::fromCents(2400)));
    QVERIFY(info.updatedAt >= info.createdAt);
    if (OrderStates::wasPaid(state) || state == OrderState::Rejected) {
        QCOMPARE(info.cardBrand, QStringLiteral("master"));
        QCOMPARE(info.cardType, QStringLiteral("credit_card"));
        QCOMPARE(info.installments, 6);
        QCOMPARE(info.lastDigits, QStringLiteral("6351"));
    } else {
        QVERIFY(info.cardBrand.isEmpty() && info.installments == 0 && info.lastDigits.isEmpty());
    }
    if (OrderStates::wasPaid(state))
        QCOMPARE(info.paidAmount, std::optional<Money>(Money::fromCents(2400)));
    else
        QVERIFY(!info.paidAmount);
    if (state == OrderState::Refunded) {
        QCOMPARE(info.refundedAmount, std::optional<Money>(Money::fromCents(2400)));
        QCOMPARE(info.refunds.size(), 1);
    }
    if (state == OrderState::PartlyRefunded) {
        QCOMPARE(info.refundedAmount, std::optional<Money>(Money::fromCents(1250)));
        QCOMPARE(info.refunds.size(), 1);
        QCOMPARE(info.refunds.first().amount, Money::fromCents(1250));
        QCOMPARE(info.refunds.first().state, RefundState::Done);
    }
    if (state == OrderState::Rejected)
        QVERIFY(!DeclineReasons::advice(info.declineReason).isEmpty());
}

void TestOrdersBackend::cancel200And202()
{
    // created: cancelled at once (200).
    const QString first = createOnSim();
    const auto now = await(m_client->cancelOrder(OrderRef(first), kKey));
    QVERIFY2(!now.error.isError(), qPrintable(now.error.detail()));
    QCOMPARE(now.httpStatus, 200);
    QVERIFY(!now.value.pending);
    QCOMPARE(m_sim->order(first)->status, QStringLiteral("canceled"));
    // The same cancel resent with its key is replayed (a new key would get 409 order_already_canceled).
    const auto replay = await(m_client->cancelOrder(OrderRef(first), kKey));
    QVERIFY2(!replay.error.isError(), qPrintable(replay.error.detail()));
    QVERIFY(!replay.value.pending);
    const auto fresh = await(m_client->cancelOrder(OrderRef(first), PointBackend::newIdempotencyKey()));
    QCOMPARE(fresh.error.kind(), Kind::DeviceBusy);
    QCOMPARE(fresh.error.apiCode(), QStringLiteral("order_already_canceled"));

    // at_terminal: accepted, not final (202).
    const QString second = createOnSim();
    QVERIFY(m_sim->take(second));
    const auto pending = await(m_client->cancelOrder(OrderRef(second), PointBackend::newIdempotencyKey()));
    QVERIFY2(!pending.error.isError(), qPrintable(pending.error.detail()));
    QCOMPARE(pending.httpStatus, 202);
    QVERIFY(pending.value.pending);
    const auto reading = await(m_client->getOrder(OrderRef(second)));
    QCOMPARE(reading.value.state, OrderState::WaitingForCard);
    QVERIFY(reading.value.cancellationRequested);
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->order(second)->status, QStringLiteral("canceled"), 5000);
    const auto final = await(m_client->getOrder(OrderRef(second)));
    QCOMPARE(final.value.state, OrderState::Cancelled);
    QVERIFY(!final.value.cancellationRequested);
}

void TestOrdersBackend::cancelSendsKeyAndHeader()
{
    CannedHttpServer canned(CannedHttpServer::reply(202, R"({"id":"ORD1","status":"at_terminal"})"));
    OrdersBackend client;
    QVERIFY(client.setBaseUrl(canned.url()));
    client.setAccessToken(QStringLiteral("t"));
    const auto cancelled = await(client.cancelOrder(OrderRef(QStringLiteral("ORD1")), kKey));
    QVERIFY(!cancelled.error.isError());
    QVERIFY(cancelled.value.pending);
    const QByteArray raw = canned.received();
    QVERIFY(raw.startsWith("POST /v1/orders/ORD1/cancel HTTP/1.1\r\n"));
    QCOMPARE(headerOf(raw, "X-Idempotency-Key"), kKey.toLatin1());
    QCOMPARE(headerOf(raw, "x-allow-cancelable-status"), QByteArray("at_terminal"));
    QCOMPARE(headerOf(raw, "Content-Type"), QByteArray("application/json"));
    QVERIFY(bodyOf(raw).isEmpty());
    // No key, no cancel.
    const auto refused = await(client.cancelOrder(OrderRef(QStringLiteral("ORD1")), QString()));
    QCOMPARE(refused.error.kind(), Kind::InvalidInput);
    QCOMPARE(canned.requests(), 1);
}

void TestOrdersBackend::cancelConflicts()
{
    const QString id = createOnSim();
    OrdersSimPaymentResult pay;
    QVERIFY(m_sim->pay(id, pay));
    const auto late = await(m_client->cancelOrder(OrderRef(id), PointBackend::newIdempotencyKey()));
    QCOMPARE(late.error.kind(), Kind::DeviceBusy);
    QCOMPARE(late.error.apiCode(), QStringLiteral("cannot_cancel_order"));
    QVERIFY(late.error.userMessage().contains(QStringLiteral("on the terminal")));
    const auto missing =
        await(m_client->cancelOrder(OrderRef(QStringLiteral("ORD01JQ4S4KY8HWQ6NA5PXB65B3D3")), kKey));
    QCOMPARE(missing.error.kind(), Kind::NotFound);
    QCOMPARE(missing.error.apiCode(), QStringLiteral("order_not_found"));
}

void TestOrdersBackend::refundTotalAndPartial()
{
    const QString id = createOnSim();
    QVERIFY(m_sim->pay(id, OrdersSimPaymentResult()));
    const PaymentRef payment(m_sim->order(id)->payment.id);
    RefundRequest partial;
    partial.order = OrderRef(id);
    partial.payment = payment;
    partial.amount = Money::fromCents(1250);
    const QString partialKey = PointBackend::newIdempotencyKey();
    const auto part = await(m_client->refund(partial, partialKey));
    QVERIFY2(!part.error.isError(), qPrintable(part.error.detail()));
    QCOMPARE(part.value.amount, Money::fromCents(1250));
    QCOMPARE(part.value.state, RefundState::Done);
    QVERIFY(part.value.id.toString().startsWith(QLatin1String("REF")));
    QCOMPARE(m_sim->order(id)->statusDetail, QStringLiteral("partially_refunded"));
    // The same refund resent with its key: replayed, not refunded twice.
    const auto replay = await(m_client->refund(partial, partialKey));
    QCOMPARE(replay.value.id, part.value.id);
    QCOMPARE(m_sim->order(id)->refunds.size(), 1);

    RefundRequest total;
    total.order = OrderRef(id);
    total.payment = payment;
    const auto rest = await(m_client->refund(total, PointBackend::newIdempotencyKey()));
    QVERIFY2(!rest.error.isError(), qPrintable(rest.error.detail()));
    QCOMPARE(rest.value.amount, Money::fromCents(1150)); // the remainder
    QCOMPARE(m_sim->order(id)->status, QStringLiteral("refunded"));
    const auto read = await(m_client->getOrder(OrderRef(id)));
    QCOMPARE(read.value.state, OrderState::Refunded);
    QCOMPARE(read.value.refunds.size(), 2);
    QCOMPARE(read.value.refundedAmount, std::optional<Money>(Money::fromCents(2400)));

    // A partial refund without the payment, or of nothing, is refused before sending.
    const quint64 sent = m_client->requestsSent();
    RefundRequest noPayment = partial;
    noPayment.payment = PaymentRef();
    QCOMPARE(await(m_client->refund(noPayment, kKey)).error.kind(), Kind::InvalidInput);
    RefundRequest zero = partial;
    zero.amount = Money();
    QCOMPARE(await(m_client->refund(zero, kKey)).error.kind(), Kind::InvalidInput);
    QCOMPARE(await(m_client->refund(partial, QString())).error.kind(), Kind::InvalidInput);
    QCOMPARE(m_client->requestsSent(), sent);
}

void TestOrdersBackend::refundSendsKeyAndBody()
{
    const QByteArray reply = R"({"id":"ORD1","status":"processed","status_detail":"partially_refunded",
        "transactions":{"refunds":[{"id":"REF9","transaction_id":"PAY1","amount":"12.50","status":"processing"}]}})";
    CannedHttpServer partialServer(CannedHttpServer::reply(201, reply));
    OrdersBackend client;
    QVERIFY(client.setBaseUrl(partialServer.url()));
    client.setAccessToken(QStringLiteral("t"));
    RefundRequest partial;
    partial.order = OrderRef(QStringLiteral("ORD1"));
    partial.payment = PaymentRef(QStringLiteral("PAY1"));
    partial.amount = Money::fromCents(1250);
    const auto part = await(client.refund(partial, kKey));
    QVERIFY(!part.error.isError()); // 201 is a success too
    QCOMPARE(part.value.state, RefundState::Pending);
    QCOMPARE(part.value.id, RefundRef(QStringLiteral("REF9")));
    QByteArray raw = partialServer.received();
    QVERIFY(raw.startsWith("POST /v1/orders/ORD1/refund HTTP/1.1\r\n"));
    QCOMPARE(headerOf(raw, "X-Idempotency-Key"), kKey.toLatin1());
    QCOMPARE(bodyOf(raw), QByteArray(R"({"transactions":[{"amount":"12.50","id":"PAY1"}]})"));

    CannedHttpServer totalServer(CannedHttpServer::reply(200, R"({"id":"ORD1","status":"refunded"})"));
    QVERIFY(client.setBaseUrl(totalServer.url()));
    RefundRequest total;
    total.order = OrderRef(QStringLiteral("ORD1"));
    const auto whole = await(client.refund(total, kKey));
    QVERIFY(!whole.error.isError());
    QCOMPARE(whole.value.state, RefundState::Unknown); // accepted, to be confirmed by reading the order
    raw = totalServer.received();
    QCOMPARE(headerOf(raw, "X-Idempotency-Key"), kKey.toLatin1());
    QVERIFY(bodyOf(raw).isEmpty());
}

void TestOrdersBackend::errorBodies()
{
    m_client->setAccessToken(QStringLiteral("wrong"));
    const auto flat = await(m_client->listTerminals());
    QCOMPARE(flat.error.kind(), Kind::Unauthorized);
    QCOMPARE(flat.error.apiCode(), QStringLiteral("unauthorized"));
    QVERIFY(!flat.error.apiMessage().isEmpty());
    m_client->setAccessToken(m_sim->accessToken());
    const auto missing = await(m_client->getOrder(OrderRef(QStringLiteral("ORD01JQ4S4KY8HWQ6NA5PXB65B3D3"))));
    QCOMPARE(missing.error.kind(), Kind::NotFound);
    QCOMPARE(missing.error.apiCode(), QStringLiteral("order_not_found"));
    const auto badId = await(m_client->getOrder(OrderRef(QStringLiteral("not-an-order"))));
    QCOMPARE(badId.error.kind(), Kind::Validation);
    QCOMPARE(badId.error.apiCode(), QStringLiteral("invalid_path_param"));
    // A 5xx idempotency fault is transient: retry with the same key.
    m_sim->failIdempotencyValidation(1);
    const auto fault = await(m_client->createOrder(request(), kKey));
    QCOMPARE(fault.error.kind(), Kind::Server);
    QCOMPARE(fault.error.apiCode(), QStringLiteral("idempotency_validation_failed"));
    QVERIFY(fault.error.isTransient());
    const auto retried = await(m_client->createOrder(request(), kKey));
    QVERIFY2(!retried.error.isError(), qPrintable(retried.error.detail()));
    QCOMPARE(m_sim->orders().size(), 1);
}

void TestOrdersBackend::idsArePercentEncoded()
{
    CannedHttpServer canned(CannedHttpServer::reply(200, R"({"id":"ORD/../x y","status":"created"})"));
    OrdersBackend client;
    QVERIFY(client.setBaseUrl(canned.url()));
    client.setAccessToken(QStringLiteral("t"));
    const auto read = await(client.getOrder(OrderRef(QStringLiteral("ORD/../x y"))));
    QVERIFY2(!read.error.isError(), qPrintable(read.error.detail()));
    QCOMPARE(read.value.id.toString(), QStringLiteral("ORD/../x y"));
    QVERIFY(canned.received().startsWith("GET /v1/orders/ORD%2F..%2Fx%20y HTTP/1.1\r\n"));
}

void TestOrdersBackend::hostileBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("call");
    QTest::newRow("get: id a number") << QByteArray(R"({"id":1,"status":"created"})") << "get";
    QTest::newRow("get: another order") << QByteArray(R"({"id":"ORD2","status":"processed"})") << "get";
    QTest::newRow("get: status an array") << QByteArray(R"({"id":"ORD1","status":["processed"]})") << "get";
    QTest::newRow("get: deep nesting") << (QByteArray(200000, '[') + QByteArray(200000, ']')) << "get";
    QTest::newRow("get: not JSON") << QByteArray("<html>") << "get";
    QTest::newRow("create: no id") << QByteArray(R"({"status":"created"})") << "create";
    QTest::newRow("create: id object") << QByteArray(R"({"id":{"x":1}})") << "create";
    QTest::newRow("list: terminals an object") << QByteArray(R"({"data":{"terminals":{"id":"A__B"}}})") << "list";
    QByteArray huge = R"({"data":{"terminals":[)";
    for (int i = 0; i < 100000; ++i)
        huge += i ? ",[1]" : "[1]";
    huge += "]}, \"paging\": \"many\"}";
    QTest::newRow("list: huge array of junk") << huge << "list-ok";
    QTest::newRow("setup: other terminal") << QByteArray(R"({"terminals":[{"id":"X__Y","operating_mode":"PDV"}]})")
                                           << "setup";
    QTest::newRow("refund: array") << QByteArray("[]") << "refund";
}

void TestOrdersBackend::hostileBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, call);
    CannedHttpServer canned(CannedHttpServer::reply(200, body));
    OrdersBackend client;
    QVERIFY(client.setBaseUrl(canned.url()));
    client.setAccessToken(QStringLiteral("t"));
    ApiError error;
    if (call == QLatin1String("get")) {
        error = await(client.getOrder(OrderRef(QStringLiteral("ORD1")))).error;
    } else if (call == QLatin1String("create")) {
        error = await(client.createOrder(request(), kKey)).error;
    } else if (call.startsWith(QLatin1String("list"))) {
        const auto listed = await(client.listTerminals());
        error = listed.error;
        if (call == QLatin1String("list-ok")) {
            // Junk entries are skipped; no paging means the list ends here.
            QVERIFY(!error.isError());
            QVERIFY(listed.value.isEmpty());
            return;
        }
    } else if (call == QLatin1String("setup")) {
        error = await(client.setOperatingMode(QStringLiteral("A__B"), Device::OperatingMode::Pdv)).error;
    } else {
        RefundRequest total;
        total.order = OrderRef(QStringLiteral("ORD1"));
        error = await(client.refund(total, kKey)).error;
    }
    QCOMPARE(error.kind(), Kind::Malformed);
    QVERIFY(!error.detail().isEmpty());
}

QTEST_GUILESS_MAIN(TestOrdersBackend)
#include "tst_ordersbackend.moc"
