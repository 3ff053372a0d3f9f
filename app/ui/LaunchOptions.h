#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

/// What `pointdesk` was asked to do, from its command line and environment:
///   pointdesk [--demo] [--api-base URL] [--version] [--help]
/// Demo mode runs the Point simulator inside the app; it is also what starts when no account is set up
/// (for now: POINTDESK_TOKEN is not set).
struct LaunchOptions
{
    enum class Action { Run, ShowHelp, ShowVersion, Error };

    Action action = Action::Run;
    bool demo = false;
    /// True when demo mode was chosen because no account is set up, not asked for with --demo.
    bool demoBecauseNoAccount = false;
    QUrl apiBase;    ///< --api-base, else POINTDESK_API_BASE, else the real API; unused in demo mode
    QString token;   ///< POINTDESK_TOKEN; never printed or logged
    QString message; ///< the help or version text, or what is wrong (Action::Error)

    static LaunchOptions parse(const QStringList &arguments, const QProcessEnvironment &environment);
};
