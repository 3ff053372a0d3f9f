// pointdesk-sim: the Point API simulator as a stand-alone process (demos, scripts, benchmarks).
#include "sim/OrdersSimulator.h"
#include "sim/PointSimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <csignal>
#include <cstdio>
#include <optional>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace {

#ifdef Q_OS_UNIX
int g_signalFds[2] = {-1, -1};

// Only async-signal-safe work here: wake the event loop through the socket pair.
void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalFds[0], &byte, sizeof byte);
}

bool installSignalHandlers(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0)
        return false;
    auto *notifier = new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier]() {
        notifier->setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const ssize_t got = ::read(g_signalFds[1], &byte, sizeof byte);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGINT, &action, nullptr) == 0 && ::sigaction(SIGTERM, &action, nullptr) == 0;
}
#else
void onTerminationSignal(int)
{
    // On Windows the handler runs on its own thread; a queued call is the safe way into the event loop.
    QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
}

bool installSignalHandlers(QCoreApplication &)
{
    std::signal(SIGINT, onTerminationSignal);
    std::signal(SIGTERM, onTerminationSignal);
    return true;
}
#endif

std::optional<quint16> parsePort(const QString &text)
{
    bool ok = false;
    const uint port = text.toUInt(&ok);
    if (!ok || port > 65535)
        return std::nullopt;
    return static_cast<quint16>(port);
}

// The Orders API simulator (`--api orders`). Its terminals are ids such as "NEWLAND_N950__SBX0000001";
// --device replaces the default ones, --user-id names the account.
int runOrders(QCoreApplication &app, const QCommandLineParser &parser, quint16 apiPort, quint16 controlPort)
{
    QTextStream err(stderr);
    const auto fail = [&err](const QString &message) {
        err << "pointdesk-sim: " << message << Qt::endl;
        return 1;
    };
    OrdersSimulator simulator;
    if (parser.isSet(QStringLiteral("token"))) {
        const QString token = parser.value(QStringLiteral("token"));
        if (token.trimmed().isEmpty())
            return fail(QStringLiteral("--token must not be empty"));
        simulator.setAccessToken(token);
    }
    if (parser.isSet(QStringLiteral("user-id"))) {
        bool ok = false;
        const qint64 userId = parser.value(QStringLiteral("user-id")).toLongLong(&ok);
        if (!ok || userId <= 0)
            return fail(QStringLiteral("--user-id must be a positive whole number"));
        simulator.setUserId(QString::number(userId));
    }
    if (parser.isSet(QStringLiteral("device"))) {
        for (const OrdersSimTerminal &terminal : simulator.terminals())
            simulator.removeTerminal(terminal.id, terminal.ownerToken);
        for (const QString &id : parser.values(QStringLiteral("device"))) {
            OrdersSimTerminal terminal;
            terminal.id = id;
            terminal.posId = QString::number(47792476 + simulator.terminals().size());
            terminal.storeId = QStringLiteral("47792470");
            if (!simulator.addTerminal(terminal))
                return fail(QStringLiteral("invalid or repeated terminal id (<type>__<serial>): \"%1\"").arg(id));
        }
    }
    if (!installSignalHandlers(app))
        return fail(QStringLiteral("cannot install the SIGINT/SIGTERM handlers"));
    if (!simulator.listen(apiPort, controlPort))
        return fail(QStringLiteral("cannot listen on 127.0.0.1 (API port %1, control port %2): port in use?")
                        .arg(apiPort)
                        .arg(controlPort));
    const OrdersSimAccount account = simulator.accounts().first();
    QStringList ids;
    for (const OrdersSimTerminal &terminal : simulator.terminals())
        ids.append(terminal.id + QLatin1Char(' ') + terminal.operatingMode);

    QTextStream out(stdout);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject line;
        line.insert(QStringLiteral("api"), simulator.apiUrl().toString());
        line.insert(QStringLiteral("control"), simulator.controlUrl().toString());
        line.insert(QStringLiteral("token"), account.token);
        line.insert(QStringLiteral("user_id"), account.userId);
        line.insert(QStringLiteral("api_kind"), QStringLiteral("orders"));
        line.insert(QStringLiteral("terminals"), QJsonArray::fromStringList(ids));
        out << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) << '\n';
    } else {
        out << "Orders API simulator listening on " << simulator.apiUrl().toString() << '\n'
            << "Control surface: " << simulator.controlUrl().toString() << '\n'
            << "Access token: " << account.token << '\n'
            << "User id: " << account.userId << '\n'
            << "Terminals: " << ids.join(QStringLiteral(", ")) << '\n';
    }
    out.flush();
    std::fflush(stdout);
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pointdesk-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(POINTDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Mercado Pago Point API simulator on 127.0.0.1, with a control surface that plays the "
                       "customer at the terminal and the network."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("API port (0 = any free port)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption controlPortOption(QStringLiteral("control-port"),
                                               QStringLiteral("Control surface port (0 = any free port)."),
                                               QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption tokenOption(QStringLiteral("token"),
                                         QStringLiteral("Access token to accept (default: a random TEST- token)."),
                                         QStringLiteral("T"));
    const QCommandLineOption userIdOption(
        QStringLiteral("user-id"), QStringLiteral("The account's user id (default: random)."), QStringLiteral("N"));
    const QCommandLineOption deviceOption(
        QStringLiteral("device"), QStringLiteral("A terminal name; repeat for more. Replaces the default terminals."),
        QStringLiteral("NAME"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print the endpoints as one JSON line instead of text."));
    const QCommandLineOption apiOption(QStringLiteral("api"),
                                       QStringLiteral("Which Mercado Pago API to serve: legacy (default) or orders."),
                                       QStringLiteral("NAME"), QStringLiteral("legacy"));
    parser.addOptions({portOption, controlPortOption, tokenOption, userIdOption, deviceOption, jsonOption, apiOption});
    parser.process(app);

    QTextStream err(stderr);
    const auto fail = [&err](const QString &message) {
        err << "pointdesk-sim: " << message << Qt::endl;
        return 1;
    };

    const std::optional<quint16> apiPort = parsePort(parser.value(portOption));
    if (!apiPort)
        return fail(QStringLiteral("--port must be a number from 0 to 65535"));
    const std::optional<quint16> controlPort = parsePort(parser.value(controlPortOption));
    if (!controlPort)
        return fail(QStringLiteral("--control-port must be a number from 0 to 65535"));

    const QString apiName = parser.value(apiOption);
    if (apiName != QLatin1String("legacy") && apiName != QLatin1String("orders"))
        return fail(QStringLiteral("--api must be legacy or orders"));
    if (apiName == QLatin1String("orders"))
        return runOrders(app, parser, *apiPort, *controlPort);

    PointSimulator simulator;
    if (parser.isSet(tokenOption)) {
        const QString token = parser.value(tokenOption);
        if (token.trimmed().isEmpty())
            return fail(QStringLiteral("--token must not be empty"));
        simulator.setAccessToken(token);
    }
    if (parser.isSet(userIdOption)) {
        bool ok = false;
        const qint64 userId = parser.value(userIdOption).toLongLong(&ok);
        if (!ok || userId <= 0)
            return fail(QStringLiteral("--user-id must be a positive whole number"));
        simulator.setUserId(userId);
    }
    if (parser.isSet(deviceOption)) {
        for (const QString &name : PointSimulator::defaultDeviceNames())
            simulator.removeDevice(name);
        for (const QString &name : parser.values(deviceOption)) {
            if (!simulator.addDevice(name))
                return fail(QStringLiteral("invalid or repeated terminal name: \"%1\"").arg(name));
        }
    }

    if (!installSignalHandlers(app))
        return fail(QStringLiteral("cannot install the SIGINT/SIGTERM handlers"));

    if (!simulator.listen(*apiPort, *controlPort))
        return fail(QStringLiteral("cannot listen on 127.0.0.1 (API port %1, control port %2): port in use?")
                        .arg(*apiPort)
                        .arg(*controlPort));

    QStringList names;
    for (const SimDevice &device : simulator.devices())
        names.append(device.name);

    QTextStream out(stdout);
    if (parser.isSet(jsonOption)) {
        QJsonObject line;
        line.insert(QStringLiteral("api"), simulator.apiUrl().toString());
        line.insert(QStringLiteral("control"), simulator.controlUrl().toString());
        line.insert(QStringLiteral("token"), simulator.accessToken());
        line.insert(QStringLiteral("user_id"), simulator.userId());
        line.insert(QStringLiteral("devices"), QJsonArray::fromStringList(names));
        out << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) << '\n';
    } else {
        out << "Point simulator listening on " << simulator.apiUrl().toString() << '\n'
            << "Control surface: " << simulator.controlUrl().toString() << '\n'
            << "Access token: " << simulator.accessToken() << '\n'
            << "User id: " << simulator.userId() << '\n'
            << "Terminals: " << names.join(QStringLiteral(", ")) << '\n';
    }
    // Whoever started us (a test, a script) waits for this line; do not leave it in a pipe buffer.
    out.flush();
    std::fflush(stdout);

    return app.exec();
}
