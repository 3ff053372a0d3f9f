#include "ui/LaunchOptions.h"

#include "core/Validation.h"

#include "api/Backends.h"
#include "api/PointBackend.h"

#include <QCommandLineParser>
#include <QCoreApplication>

LaunchOptions LaunchOptions::parse(const QStringList &arguments, const QProcessEnvironment &environment)
{
    LaunchOptions options;

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "LaunchOptions", "PointDesk: charge cards on Mercado Pago Point terminals from the shop's counter.\n"
                         "The access token is read from the system keychain (set it up in the window, or with "
                         "pointdesk-cli login); the POINTDESK_TOKEN environment variable, when set, overrides it. "
                         "Without an account PointDesk starts in demo mode and offers to set one up."));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("LaunchOptions", "Try PointDesk with simulated terminals: no account, no network, "
                                                     "no real money."));
    const QCommandLineOption apiBaseOption(
        QStringLiteral("api-base"),
        QCoreApplication::translate("LaunchOptions", "The Mercado Pago API address (default: %1; also "
                                                     "POINTDESK_API_BASE). Only https, or http to this computer.")
            .arg(PointBackend::defaultBaseUrl().toString()),
        QStringLiteral("URL"));
    const QCommandLineOption apiOption(
        QStringLiteral("api"),
        QCoreApplication::translate("LaunchOptions", "The Mercado Pago API: legacy (Integration via API, the Point app) "
                                                     "or orders (the Orders API of Point terminals). With --demo, the "
                                                     "API the simulated terminals speak; otherwise it replaces the "
                                                     "account's choice for this run."),
        QStringLiteral("API"));
    const QCommandLineOption smokeTestOption(
        QStringLiteral("smoke-test"),
        QCoreApplication::translate("LaunchOptions",
                                    "Check that PointDesk works: charge one sale in demo mode, pay it "
                                    "on the virtual terminal, print the result and exit (0 when it "
                                    "passed). With --api-base http://127.0.0.1:<port> it charges a "
                                    "Point simulator on this computer instead and waits until the sale "
                                    "is paid there. Runs without a display with "
                                    "QT_QPA_PLATFORM=offscreen."));
    // For bench/ and developers, not for the cashier: left out of --help, so it has no translated description.
    QCommandLineOption benchmarkStartupOption(
        QStringLiteral("benchmark-startup"),
        QStringLiteral("Print the milliseconds until the cashier window painted its first frame, and exit."));
    benchmarkStartupOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(demoOption);
    parser.addOption(apiOption);
    parser.addOption(apiBaseOption);
    parser.addOption(smokeTestOption);
    parser.addOption(benchmarkStartupOption);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();

    if (!parser.parse(arguments)) {
        options.action = Action::Error;
        options.message = parser.errorText();
        return options;
    }
    if (parser.isSet(helpOption)) {
        options.action = Action::ShowHelp;
        options.message = parser.helpText();
        // Without an application object (help is answered before any window system starts) Qt has no name.
        options.message.replace(QStringLiteral("<executable_name>"), QStringLiteral("pointdesk"));
        return options;
    }
    if (parser.isSet(versionOption)) {
        options.action = Action::ShowVersion;
        options.message = QStringLiteral("PointDesk %1").arg(QStringLiteral(POINTDESK_VERSION));
        return options;
    }
    if (!parser.positionalArguments().isEmpty()) {
        options.action = Action::Error;
        options.message = QCoreApplication::translate("LaunchOptions", "Unexpected argument: %1")
                              .arg(parser.positionalArguments().constFirst());
        return options;
    }

    if (parser.isSet(apiOption)) {
        const Backends::Parsed api = Backends::parse(parser.value(apiOption));
        if (!api.ok()) {
            options.action = Action::Error;
            options.message = QCoreApplication::translate("LaunchOptions", "--api: %1").arg(api.error);
            return options;
        }
        options.api = api.key;
    }

    options.token = environment.value(QStringLiteral("POINTDESK_TOKEN")).trimmed();
    options.smokeTest = parser.isSet(smokeTestOption);
    options.benchmarkStartup = parser.isSet(benchmarkStartupOption);
    options.smokeTestTimeoutMs = qMax(0, environment.value(QStringLiteral("POINTDESK_SMOKE_TEST_TIMEOUT_MS")).toInt());
    options.keychainService = environment.value(QStringLiteral("POINTDESK_KEYCHAIN_SERVICE")).trimmed();
    if (options.keychainService.isEmpty())
        options.keychainService = QStringLiteral("PointDesk");

    QString base = parser.value(apiBaseOption);
    if (base.isEmpty())
        base = environment.value(QStringLiteral("POINTDESK_API_BASE")).trimmed();
    options.apiBase = base.isEmpty() ? PointBackend::defaultBaseUrl() : QUrl(base, QUrl::StrictMode);
    options.apiBaseOverridden = !base.isEmpty();
    // A smoke test charges the demo's own terminals, or a Point simulator on this computer given with --api-base
    // (its control pays the sale); never a real terminal, whatever the environment says.
    const bool localServer = parser.isSet(apiBaseOption) && options.apiBase.isValid() &&
                             Validation::isLoopbackHost(options.apiBase.host());
    options.demo = parser.isSet(demoOption) || (options.smokeTest && !localServer);
    if (!options.demo && !PointBackend::isAcceptableBaseUrl(options.apiBase)) {
        options.action = Action::Error;
        options.message =
            QCoreApplication::translate("LaunchOptions", "The API address %1 is not acceptable: use https://, or "
                                                         "http:// only to this computer.")
                .arg(base);
    }
    return options;
}
