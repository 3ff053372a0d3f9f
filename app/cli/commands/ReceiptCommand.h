#pragma once

#include "cli/CliCommand.h"

#include <optional>

/// `receipt SALE [--pdf FILE] [--paper PAPER]`: the receipt of a paid sale of the order journal (SALE is its number
/// as the history shows it), as text, --json, or a PDF on the receipts' paper (Preferences) or the one asked for.
/// Reads only the journal and the settings: needs neither a token nor the network.
class ReceiptCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;

    QString name() const override { return QStringLiteral("receipt"); }
    QList<CliOption> options() const override;
    QList<CliArgument> arguments() const override;
    QList<CliUsage> usages() const override;
    Needs needs() const override { return Needs::Nothing; }
    bool usesApiOptions() const override { return false; }
    bool parse(const QCommandLineParser &parser, const QStringList &arguments, CliContext &context) override;
    bool checkInput(CliContext &context) override;
    void run(CliContext &context) override;

private:
    QString m_saleText;
    qint64 m_sale = 0;
    std::optional<QString> m_pdf;
    std::optional<QString> m_paperText;
};
