#pragma once

#include "cli/CliCommand.h"

/// `help [COMMAND]`: the whole help, or one command's.
class HelpCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;

    QString name() const override { return QStringLiteral("help"); }
    QList<CliArgument> arguments() const override;
    QList<CliUsage> usages() const override;
    Needs needs() const override { return Needs::Nothing; }
    bool usesApiOptions() const override { return false; }
    bool parse(const QCommandLineParser &parser, const QStringList &arguments, CliContext &context) override;
    void run(CliContext &context) override;

private:
    QString m_topic;
};
