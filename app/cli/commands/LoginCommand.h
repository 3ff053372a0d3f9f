#pragma once

#include "cli/CliCommand.h"
#include "cli/SecretLineReader.h"

/// `login [--no-check]`: reads the access token from standard input (never from the command line), checks it by
/// listing the terminals unless --no-check, and saves it in the system keychain. While a manager PIN is set it does
/// not replace a saved token (`logout`, which asks for the PIN, comes first).
class LoginCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;

    QString name() const override { return QStringLiteral("login"); }
    QList<CliOption> options() const override;
    QList<CliUsage> usages() const override;
    Needs needs() const override { return Needs::Nothing; }
    QString unexpectedArgumentMessage(const QString &argument) const override;
    bool parse(const QCommandLineParser &parser, const QStringList &arguments, CliContext &context) override;
    void run(CliContext &context) override;
    Interruption interruption(CliContext &context) override;

private:
    void readToken(CliContext &context);
    void onTokenLine(CliContext &context, const QByteArray &line, SecretLineReader::Outcome outcome,
                     const QString &detail);
    void storeToken(CliContext &context);

    bool m_checkToken = true;
};
