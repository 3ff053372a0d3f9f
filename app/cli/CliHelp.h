#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class CliCommand;
struct CliUsage;

/// pointdesk-cli's help, made from the commands' declarations (CliCommand) in the registry's order.
class CliHelp
{
    Q_DECLARE_TR_FUNCTIONS(CliHelp)

public:
    /// `--help` and `help`: usage, every command, the global options, the environment and the exit codes.
    static QString overview();
    /// `help COMMAND` and `COMMAND --help`: the usage and that command's lines of the overview.
    static QString commandHelp(const CliCommand &command);
    /// The command's lines under "Commands:": each usage, then its description in a column of its own.
    static QString commandLines(const CliCommand &command);
    /// One usage as typed ("status ORDER_ID"), wrapped into lines (without the leading indent) that fit the help.
    static QStringList synopsis(const CliCommand &command, const CliUsage &usage);

private:
    static QString usageLine();
    static QString globalSections();
};
