#include "LaunchOptions.h"

#include "PointClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>

LaunchOptions LaunchOptions::parse(const QStringList &arguments, const QProcessEnvironment &environment)
{
    LaunchOptions options;

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "LaunchOptions", "PointDesk: charge cards on Mercado Pago Point terminals from the shop's counter.\n"
                         "The access token is read from the POINTDESK_TOKEN environment variable; without it, "
                         "PointDesk starts in demo mode."));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("LaunchOptions", "Try PointDesk with simulated terminals: no account, no network, "
                                                     "no real money."));
    const QCommandLineOption apiBaseOption(
        QStringLiteral("api-base"),
        QCoreApplication::translate("LaunchOptions", "The Mercado Pago API address (default: %1; also "
                                                     "POINTDESK_API_BASE). Only https, or http to this computer.")
            .arg(PointClient::defaultBaseUrl().toString()),
        QStringLiteral("URL"));
    parser.addOption(demoOption);
    parser.addOption(apiBaseOption);
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

    options.token = environment.value(QStringLiteral("POINTDESK_TOKEN")).trimmed();
    options.demo = parser.isSet(demoOption) || options.token.isEmpty();
    options.demoBecauseNoAccount = !parser.isSet(demoOption) && options.token.isEmpty();

    QString base = parser.value(apiBaseOption);
    if (base.isEmpty())
        base = environment.value(QStringLiteral("POINTDESK_API_BASE")).trimmed();
    options.apiBase = base.isEmpty() ? PointClient::defaultBaseUrl() : QUrl(base, QUrl::StrictMode);
    if (!options.demo && !PointClient::isAcceptableBaseUrl(options.apiBase)) {
        options.action = Action::Error;
        options.message =
            QCoreApplication::translate("LaunchOptions", "The API address %1 is not acceptable: use https://, or "
                                                         "http:// only to this computer.")
                .arg(base);
    }
    return options;
}
