// A 2xx answer to a create always means "sent", whatever its body says: the sale is settled by reading the terminal
// (legacy) or left to the cashier with the order possibly on the terminal, and never sent again automatically, even
// while the terminal list says FREE.
#include "api/LegacyPointBackend.h"
#include "api/OrdersBackend.h"
#include "sales/ChargeService.h"
#include "store/OrderJournal.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

namespace {

QByteArray reply(int status, const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) +
           " X\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\nConnection: close\r\n\r\n" + body;
}

/// A loopback API that answers each request by its method and path, and counts what it got.
class RoutedServer : public QTcpServer
{
public:
    using Route = std::function<QByteArray(const QByteArray &method, const QByteArray &path)>;

    explicit RoutedServer(Route route) : m_route(std::move(route))
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this]() {
            while (QTcpSocket *socket = nextPendingConnection()) {
                auto *buffer = new QByteArray;
                connect(socket, &QObject::destroyed, socket, [buffer]() { delete buffer; });
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer]() {
                    *buffer += socket->readAll();
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    const QByteArray head = buffer->left(end);
                    qsizetype length = 0;
                    for (const QByteArray &line : head.split('\n')) {
                        if (line.toLower().startsWith("content-length:"))
                            length = line.mid(15).trimmed().toLongLong();
                    }
                    if (buffer->size() < end + 4 + length)
                        return;
                    const QList<QByteArray> requestLine = head.left(head.indexOf('\r')).split(' ');
                    const QByteArray method = requestLine.value(0);
                    const QByteArray path = requestLine.value(1);
                    m_log << method + ' ' + path;
                    buffer->clear();
                    socket->write(m_route(method, path));
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }
    int count(const QByteArray &methodAndPathStart) const
    {
        int n = 0;
        for (const QByteArray &line : m_log)
            n += line.startsWith(methodAndPathStart) ? 1 : 0;
        return n;
    }
    QByteArrayList log() const { return m_log; }

private:
    Route m_route;
    QByteArrayList m_log;
};

const QByteArray kLegacyBase = "/point/services/integrations/v1";
const QString kLegacyTerminal = QStringLiteral("PAX_A910__SMARTPOS1234567");
const QString kOrdersTerminal = QStringLiteral("NEWLAND_N950__SBX0000001");

} // namespace

class TestCreateAnswered : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void legacyUnreadableTwoHundredIsNeverResent_data();
    void legacyUnreadableTwoHundredIsNeverResent();
    void legacyUnreadableTwoHundredFoundOnTheTerminal();
    void ordersUnreadableTwoHundredIsNeverResent_data();
    void ordersUnreadableTwoHundredIsNeverResent();

private:
    void makeService(PointBackend *backend, const QUrl &url);
    void expectLeftToTheCashier(qint64 localId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OrderJournal> m_journal;
    std::unique_ptr<PointBackend> m_backend;
    std::unique_ptr<ChargeService> m_service;
};

void TestCreateAnswered::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_journal = std::make_unique<OrderJournal>();
    QVERIFY(m_journal->open(m_dir->filePath(QStringLiteral("journal.sqlite"))).ok());
}

void TestCreateAnswered::cleanup()
{
    m_service.reset();
    m_backend.reset();
    m_journal.reset();
    m_dir.reset();
}

void TestCreateAnswered::makeService(PointBackend *backend, const QUrl &url)
{
    m_backend.reset(backend);
    QVERIFY(m_backend->setBaseUrl(url));
    m_backend->setAccessToken(QStringLiteral("TEST-answered"));
    m_backend->setTimeout(2000);
    m_service = std::make_unique<ChargeService>(m_backend.get(), m_journal.get());
    m_service->setPollInterval(30);
    m_service->setMaxBackoff(100);
    m_service->setRetryBaseDelay(10);
    m_service->setCertaintyWindow(10000); // a FREE terminal would count as proof that the order is not there
    m_service->setResendPolicy(ChargeService::ResendPolicy::ResendWhenCertain);
}

void TestCreateAnswered::expectLeftToTheCashier(qint64 localId)
{
    QVERIFY(QTest::qWaitFor(
        [&]() {
            const auto s = m_service->sale(localId);
            return s && s->phase == Sale::Phase::AwaitingDecision;
        },
        10000));
    QTest::qWait(500); // time for any resend to show
    const std::optional<Sale> sale = m_service->sale(localId);
    QVERIFY(sale);
    QCOMPARE(sale->phase, Sale::Phase::AwaitingDecision);
    QCOMPARE(sale->doubt, Sale::Doubt::Uncertain);
    QCOMPARE(sale->state, OrderState::Unknown);
    QVERIFY2(sale->lastError.contains(QStringLiteral("accepted")), qPrintable(sale->lastError));
    QVERIFY2(sale->lastError.contains(QStringLiteral("Check the terminal")), qPrintable(sale->lastError));
    QCOMPARE(m_service->stats().createsSent, 1);
    QCOMPARE(m_service->stats().resends, 0);
    // The journal keeps the sale open, with why.
    const std::optional<JournalEntry> entry = m_journal->entry(localId);
    QVERIFY(entry);
    QVERIFY(!entry->isFinal());
    QCOMPARE(entry->state, OrderState::Unknown);
    QCOMPARE(entry->createAttempts, 1);
    QCOMPARE(entry->lastError, sale->lastError);
    QVERIFY(m_journal->unfinished().size() == 1);
}

void TestCreateAnswered::legacyUnreadableTwoHundredIsNeverResent_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("201 html") << 201 << QByteArray("<html>created</html>");
    QTest::newRow("200 empty") << 200 << QByteArray();
    QTest::newRow("201 without id") << 201 << QByteArray(R"({"status":"OPEN"})");
    QTest::newRow("200 truncated") << 200 << QByteArray(R"({"id":5000000123,"sta)");
}

void TestCreateAnswered::legacyUnreadableTwoHundredIsNeverResent()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    const QByteArray devices =
        R"({"devices":[{"id":"1","name":"PAX_A910__SMARTPOS1234567","caller":"1","status":{"status":"FREE"}}]})";
    RoutedServer server([&](const QByteArray &method, const QByteArray &path) {
        if (method == "GET" && path == kLegacyBase + "/devices")
            return reply(200, devices);
        if (method == "POST" && path == kLegacyBase)
            return reply(status, body);
        return reply(404, R"({"message":"not found","error":"not_found","status":404})");
    });
    makeService(new LegacyPointBackend, server.url());
    OrderRequest request;
    request.amount = Money::fromCents(1500);
    request.description = QStringLiteral("Cafe");
    request.deviceName = kLegacyTerminal;
    const auto started = m_service->start(request);
    QVERIFY(started.ok());
    expectLeftToTheCashier(started.localId);
    QCOMPARE(server.count("POST"), 1);
    QVERIFY(server.count("GET " + kLegacyBase + "/devices") >= 2); // checked before, and read after the answer
}

void TestCreateAnswered::legacyUnreadableTwoHundredFoundOnTheTerminal()
{
    // The terminal shows the new order: that settles it, and the sale follows it.
    bool created = false;
    RoutedServer server([&](const QByteArray &method, const QByteArray &path) {
        if (method == "GET" && path == kLegacyBase + "/devices") {
            return reply(200, created ? R"({"devices":[{"id":"1","name":"PAX_A910__SMARTPOS1234567","caller":"1",)"
                                        R"("status":{"status":"BUSY","payment_attempt":5000000123}}]})"
                                      : R"({"devices":[{"id":"1","name":"PAX_A910__SMARTPOS1234567","caller":"1",)"
                                        R"("status":{"status":"FREE"}}]})");
        }
        if (method == "POST" && path == kLegacyBase) {
            created = true;
            return reply(201, "not json");
        }
        if (method == "GET" && path == kLegacyBase + "/5000000123")
            return reply(200, R"({"id":5000000123,"status":"OPEN"})");
        return reply(404, "{}");
    });
    makeService(new LegacyPointBackend, server.url());
    OrderRequest request;
    request.amount = Money::fromCents(1500);
    request.description = QStringLiteral("Cafe");
    request.deviceName = kLegacyTerminal;
    const auto started = m_service->start(request);
    QVERIFY(started.ok());
    QVERIFY(QTest::qWaitFor(
        [&]() {
            const auto s = m_service->sale(started.localId);
            return s && s->phase == Sale::Phase::Following;
        },
        10000));
    QCOMPARE(m_service->sale(started.localId)->order.id, OrderRef::fromNumber(5000000123LL));
    QCOMPARE(m_journal->entry(started.localId)->orderId, OrderRef::fromNumber(5000000123LL));
    QCOMPARE(server.count("POST"), 1);
    QCOMPARE(m_service->stats().adoptions, 1);
}

void TestCreateAnswered::ordersUnreadableTwoHundredIsNeverResent_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("201 html") << 201 << QByteArray("<html>created</html>");
    QTest::newRow("201 without id") << 201 << QByteArray(R"({"status":"created","type":"point"})");
    QTest::newRow("200 empty") << 200 << QByteArray();
}

void TestCreateAnswered::ordersUnreadableTwoHundredIsNeverResent()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    RoutedServer server([&](const QByteArray &method, const QByteArray &path) {
        if (method == "GET" && path.startsWith("/terminals/v1/list"))
            return reply(
                200, R"({"data":{"terminals":[{"id":"NEWLAND_N950__SBX0000001","pos_id":1,"store_id":"1",)"
                     R"("external_pos_id":"P1","operating_mode":"PDV"}]},"paging":{"total":1,"offset":0,"limit":50}})");
        if (method == "POST" && path == "/v1/orders")
            return reply(status, body);
        return reply(404, R"({"errors":[{"code":"not_found","message":"not found"}]})");
    });
    makeService(new OrdersBackend, server.url());
    OrderRequest request;
    request.amount = Money::fromCents(1500);
    request.description = QStringLiteral("Cafe");
    request.deviceName = kOrdersTerminal;
    const auto started = m_service->start(request);
    QVERIFY(started.ok());
    expectLeftToTheCashier(started.localId);
    QCOMPARE(server.count("POST"), 1);
}

QTEST_GUILESS_MAIN(TestCreateAnswered)
#include "tst_createanswered.moc"
