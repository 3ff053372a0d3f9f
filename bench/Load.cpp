// pointdesk-bench load-setup: one open order on every terminal of a running pointdesk-sim, and the list of their
// status paths for the load generator. pointdesk-bench load: a small HTTP/1.1 keep-alive load generator for when
// wrk is not installed (one connection per terminal, each asking for its order's status again and again).
#include "BenchCommands.h"
#include "BenchSupport.h"
#include "api/LegacyPointBackend.h"

#include <QCoreApplication>
#include <QFile>
#include <QTcpSocket>
#include <QUrl>
#include <memory>

int runLoadSetup(const BenchOptions &options)
{
    LegacyPointBackend client;
    if (!client.setBaseUrl(QUrl(options.apiUrl))) {
        Bench::note(QStringLiteral("load-setup: not an acceptable API address: ") + options.apiUrl);
        return 1;
    }
    client.setAccessToken(options.token);
    // A call deletes itself after it finished: its outcome is copied out in then().
    bool listedOk = false;
    bool listedDone = false;
    DeviceList devices;
    client.listTerminals()->then(&client, [&](const Call<DeviceList> &call) {
        listedDone = true;
        listedOk = call.ok();
        devices = call.value();
    });
    if (!Bench::waitUntil([&]() { return listedDone; }, 10000) || !listedOk) {
        Bench::note(QStringLiteral("load-setup: the terminals could not be listed"));
        return 1;
    }
    QList<qint64> ids;
    int pending = 0;
    bool failed = false;
    for (const Device &device : devices) {
        OrderRequest request;
        request.amount = Money::fromCents(1000 + ids.size());
        request.description = QStringLiteral("Load ") + device.name;
        request.deviceName = device.name;
        ++pending;
        client.createOrder(request)->then(&client, [&](const Call<CreatedOrder> &call) {
            --pending;
            if (call.ok())
                ids.append(call.value().id.toNumber().value_or(0));
            else
                failed = true;
        });
    }
    if (!Bench::waitUntil([&]() { return pending == 0; }, 30000) || failed) {
        Bench::note(QStringLiteral("load-setup: not every terminal got an order"));
        return 1;
    }
    QFile out(options.outPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        Bench::note(QStringLiteral("load-setup: cannot write ") + options.outPath);
        return 1;
    }
    for (qint64 id : std::as_const(ids))
        out.write(QByteArrayLiteral("/point/services/integrations/v1/") + QByteArray::number(id) + '\n');
    Bench::result(QStringLiteral("load.terminals"), qint64(devices.size()));
    Bench::result(QStringLiteral("load.orders"), qint64(ids.size()));
    return 0;
}

namespace {

/// One keep-alive connection that asks for one path after another and reads each reply whole.
class LoadConnection : public QObject
{
public:
    LoadConnection(const QUrl &api, const QByteArray &token, const QList<QByteArray> &paths, int first,
                   QList<double> *latencies, qint64 *errors)
        : m_api(api), m_token(token), m_paths(paths), m_next(first), m_latencies(latencies), m_errors(errors)
    {
        connect(&m_socket, &QTcpSocket::connected, this, &LoadConnection::send);
        connect(&m_socket, &QTcpSocket::readyRead, this, &LoadConnection::read);
        m_socket.connectToHost(api.host(), quint16(api.port()));
    }
    void stop() { m_stopped = true; }

private:
    void send()
    {
        if (m_stopped)
            return;
        const QByteArray &path = m_paths.at(m_next++ % m_paths.size());
        m_sentAt = Bench::nowMs();
        m_socket.write("GET " + path + " HTTP/1.1\r\nHost: " + m_api.host().toLatin1() + "\r\nAuthorization: Bearer " +
                       m_token + "\r\nAccept: application/json\r\n\r\n");
    }
    void read()
    {
        m_buffer += m_socket.readAll();
        for (;;) {
            const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const QByteArray head = m_buffer.left(headerEnd);
            qsizetype length = 0;
            const qsizetype at = head.toLower().indexOf("content-length:");
            if (at >= 0)
                length = head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
            if (m_buffer.size() < headerEnd + 4 + length)
                return;
            m_buffer.remove(0, headerEnd + 4 + length);
            if (!head.startsWith("HTTP/1.1 200"))
                ++*m_errors;
            m_latencies->append(Bench::nowMs() - m_sentAt);
            send();
        }
    }

    QTcpSocket m_socket;
    QUrl m_api;
    QByteArray m_token;
    QList<QByteArray> m_paths;
    QByteArray m_buffer;
    int m_next = 0;
    double m_sentAt = 0;
    QList<double> *m_latencies;
    qint64 *m_errors;
    bool m_stopped = false;
};

} // namespace

int runLoad(const BenchOptions &options)
{
    QFile in(options.pathsFile);
    if (!in.open(QIODevice::ReadOnly)) {
        Bench::note(QStringLiteral("load: cannot read ") + options.pathsFile);
        return 1;
    }
    QList<QByteArray> paths;
    for (const QByteArray &line : in.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            paths.append(line.trimmed());
    }
    if (paths.isEmpty()) {
        Bench::note(QStringLiteral("load: no paths"));
        return 1;
    }
    QList<double> latencies;
    qint64 errors = 0;
    std::vector<std::unique_ptr<LoadConnection>> connections;
    const QUrl api(options.apiUrl);
    for (int i = 0; i < options.connections; ++i)
        connections.push_back(
            std::make_unique<LoadConnection>(api, options.token.toUtf8(), paths, i, &latencies, &errors));
    // A second to connect and warm up, then the measured window.
    Bench::runFor(1000);
    const qsizetype before = latencies.size();
    const double started = Bench::nowMs();
    Bench::runFor(options.seconds * 1000);
    const qsizetype done = latencies.size() - before;
    const double elapsed = (Bench::nowMs() - started) / 1000.0;
    for (auto &connection : connections)
        connection->stop();
    const QList<double> window = latencies.mid(before, done);
    Bench::result(QStringLiteral("load.generator"), QStringLiteral("pointdesk-bench"));
    Bench::result(QStringLiteral("load.requests_per_s"), double(done) / elapsed, 0);
    Bench::result(QStringLiteral("load.latency_p50_ms"), Bench::median(window), 2);
    Bench::result(QStringLiteral("load.latency_p99_ms"), Bench::percentile(window, 99), 2);
    Bench::result(QStringLiteral("load.errors"), errors);
    return 0;
}
