#pragma once

#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>
#include <memory>

class CliCommand;
class CliContext;
class QCommandLineParser;
class QIODevice;

/// pointdesk-cli: one command per run, for scripts (`--json`) and people.
///
/// Reads the command line: the global options (--api-base, --json, --timeout, --verbose, --help, --version), then
/// the command, picked from CliRegistry, with the options and arguments it declares (CliCommand); unknown, foreign or
/// repeated options and missing or extra arguments are usage errors, and a command's values are checked before
/// anything is sent. `--help` and `help` show the help made from the declarations (CliHelp), `COMMAND --help` and
/// `help COMMAND` that command's. The commands share one CliContext: output, exit codes (ExitCodes.h), the access
/// token (POINTDESK_TOKEN, else the system keychain, where `login` saves it), the client, the order journal's path
/// and the manager PIN's gate. Runs inside the caller's event loop and emits finished() once when the command is done.
class CliApp : public QObject
{
    Q_OBJECT

public:
    /// `arguments` as QCoreApplication::arguments() (program name first). Writes to `out` / `err`, which
    /// must stay open while the command runs.
    CliApp(QStringList arguments, QProcessEnvironment environment, QIODevice *out, QIODevice *err,
           QObject *parent = nullptr);
    ~CliApp() override;

    /// Where `login` and the manager PIN's gate read from; standard input (0) unless set before start().
    void setInputFd(int fd);

    /// Runs the command. finished() follows exactly once (before start() returns when nothing is sent).
    void start();
    /// Ctrl+C: stops at once with CliExit::Interrupted; an order being followed stays open on the terminal.
    void interrupt();

    bool isFinished() const;
    int exitCode() const;
    /// The run's shared state and output (for tests: the settings the command line gave).
    CliContext &context() { return *m_context; }
    /// The command being run; null before start() or when none was recognised.
    CliCommand *command() const { return m_command.get(); }

    /// The full `--help` text (commands, options, environment, exit codes).
    static QString helpText();

Q_SIGNALS:
    void finished(int exitCode);

private:
    /// The command line into m_command and the context; false after failing (or after --help / --version).
    bool parseArguments();
    /// --api-base / POINTDESK_API_BASE and --timeout into the context.
    bool readApiOptions(const QCommandLineParser &parser);
    /// --api, POINTDESK_API or the account's saved API (see CliContext::api()).
    bool readApi(const QCommandLineParser &parser);
    /// POINTDESK_POLL_MS, the currency, the keychain service and the log filter into the context.
    bool readSettings();

    QStringList m_arguments;
    std::unique_ptr<CliContext> m_context;
    std::unique_ptr<CliCommand> m_command; ///< declared after the context: destroyed before it
    bool m_started = false;
};
