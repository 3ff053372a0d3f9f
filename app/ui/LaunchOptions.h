#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

/// What `pointdesk` was asked to do, from its command line and environment:
///   pointdesk [--demo] [--api legacy|orders] [--api-base URL] [--smoke-test] [--benchmark-startup] [--version]
///   [--help]
/// Demo mode runs the Point simulator inside the app. Without --demo, whether an account is set up (a token in the
/// system keychain, or POINTDESK_TOKEN) is decided at start-up by AppController, once the keychain has answered.
struct LaunchOptions
{
    enum class Action { Run, ShowHelp, ShowVersion, Error };

    Action action = Action::Run;
    bool demo = false;
    /// --smoke-test: charge one sale without a person, print the outcome and exit (0 passed, 1 not). Demo mode,
    /// whatever the environment says, unless --api-base names a server on this computer (a Point simulator):
    /// a smoke test never reaches a real terminal.
    bool smokeTest = false;
    /// How long the smoke test may take: POINTDESK_SMOKE_TEST_TIMEOUT_MS, else 0 (the smoke test's default, 30 s).
    int smokeTestTimeoutMs = 0;
    /// --benchmark-startup (for bench/, hidden from --help): print the milliseconds from process start to the first
    /// painted cashier window and the peak memory until then, and exit (see StartupBenchmark, docs/PERFORMANCE.md).
    bool benchmarkStartup = false;
    /// --api (case-insensitive): the Mercado Pago API the demo plays, and in normal mode the one used instead of the
    /// account's saved choice. Empty when not given (the account's, and a legacy demo).
    QString api;
    QUrl apiBase; ///< --api-base, else POINTDESK_API_BASE, else the real API; unused in demo mode
    /// True when --api-base or POINTDESK_API_BASE set apiBase (it then wins over the one saved by the wizard).
    bool apiBaseOverridden = false;
    QString token; ///< POINTDESK_TOKEN, an override of the keychain's token; never printed, logged or saved
    /// The keychain service the token and the PIN live under: POINTDESK_KEYCHAIN_SERVICE, else "PointDesk"
    /// (the same as pointdesk-cli, so that a token saved by either is seen by both).
    QString keychainService;
    /// Where the sales are recorded; empty for OrderJournal::defaultPath() (main() sets a temporary one for a
    /// smoke test, so that it never touches the shop's sales).
    QString journalPath;
    QString message; ///< the help or version text, or what is wrong (Action::Error)

    static LaunchOptions parse(const QStringList &arguments, const QProcessEnvironment &environment);
};
