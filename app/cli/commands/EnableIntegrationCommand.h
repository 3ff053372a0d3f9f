#pragma once

#include "cli/CliCommand.h"

/// `enable-integration USER_ID`: lets the Mercado Pago app on the account's terminals take orders from the API.
class EnableIntegrationCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;

    QString name() const override { return QStringLiteral("enable-integration"); }
    QList<CliArgument> arguments() const override;
    QList<CliUsage> usages() const override;
    bool parse(const QCommandLineParser &parser, const QStringList &arguments, CliContext &context) override;
    bool checkInput(CliContext &context) override;
    void run(CliContext &context) override;

private:
    QString m_userText;
    qint64 m_userId = 0;
};
