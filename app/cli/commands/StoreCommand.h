#pragma once

#include "cli/CliCommand.h"

#include "store/Settings.h"

class ManagerPinGate;

/// `store status`, `store push`, `store setup`, `store password` and `store new-id`: where this counter's pushing to
/// the store's PostgreSQL stands, pushing what waits now, where the store is (after the manager PIN, like the window's
/// Preferences), its password (from standard input into the keychain, never on the command line), and a new counter
/// id for a counter whose journal was started anew (after the manager PIN). Never talks to Mercado Pago.
class StoreCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;

    QString name() const override { return QStringLiteral("store"); }
    QList<CliOption> options() const override;
    QList<CliArgument> arguments() const override;
    QList<CliUsage> usages() const override;
    Needs needs() const override { return Needs::Nothing; }
    bool usesApiOptions() const override { return false; }
    bool parse(const QCommandLineParser &parser, const QStringList &arguments, CliContext &context) override;
    void run(CliContext &context) override;

private:
    void status(CliContext &context);
    void push(CliContext &context, const QString &password);
    void setup(CliContext &context);
    void password(CliContext &context);
    void newId(CliContext &context);

    QString m_action;
    StoreSettings m_store; ///< setup's values
    ManagerPinGate *m_gate = nullptr;
};
