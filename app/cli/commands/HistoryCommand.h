#pragma once

#include "cli/CliCommand.h"
#include "store/OrderJournal.h"

#include <memory>

class StoreReadAccess;

/// `history`: the sales of the order journal, newest first, with totals by state and by card type; as a table,
/// --json or --csv. Reads only the journal: needs neither a token nor the network. With --store, the same from the
/// store's PostgreSQL for every counter (or one, --counter), with the counter of each sale.
class HistoryCommand : public CliCommand
{
    Q_OBJECT

public:
    explicit HistoryCommand(QObject *parent = nullptr);
    ~HistoryCommand() override;

    QString name() const override { return QStringLiteral("history"); }
    QList<CliOption> options() const override;
    QList<CliUsage> usages() const override;
    Needs needs() const override { return Needs::Nothing; }
    // Neither the API address nor the token matter here.
    bool usesApiOptions() const override { return false; }
    bool parse(const QCommandLineParser &parser, const QStringList &arguments, CliContext &context) override;
    bool checkInput(CliContext &context) override;
    void run(CliContext &context) override;

private:
    /// Turns the options as typed into m_filter and m_noSalesText; false after failing with InvalidInput.
    bool readPeriod(CliContext &context);
    bool readStates(CliContext &context);
    CsvFormat::Style csvStyle() const;
    void runStore(CliContext &context);

    std::optional<QString> m_day;
    std::optional<QString> m_from;
    std::optional<QString> m_to;
    bool m_all = false;
    QStringList m_states;
    std::optional<QString> m_limit;
    std::optional<QString> m_terminal;
    bool m_csv = false;
    std::optional<QString> m_csvFormat; ///< --csv-format as typed; none: the Preferences' choice
    bool m_store = false;
    std::optional<QString> m_counter;
    std::unique_ptr<StoreReadAccess> m_storeAccess;

    JournalFilter m_filter;
    QString m_noSalesText; ///< what history says when no sale matches
};
