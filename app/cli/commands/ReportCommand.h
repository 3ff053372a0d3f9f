#pragma once

#include "cli/CliCommand.h"
#include "core/Currency.h"

#include <QDate>
#include <memory>
#include <optional>

class ManagerPinGate;
class OrderJournal;
class StoreReadAccess;
struct CashUpReport;

/// `report`: the cash-up report of a day or a range of days (text, --json, or --pdf FILE), and `report --close`,
/// which closes a day after the manager PIN. Reads the journal only (the closing writes one row): needs neither a
/// token nor the network. With --store, the report of the whole store (or of one counter, --counter) from the store's
/// PostgreSQL.
class ReportCommand : public CliCommand
{
    Q_OBJECT

public:
    explicit ReportCommand(QObject *parent = nullptr);
    ~ReportCommand() override;

    QString name() const override { return QStringLiteral("report"); }
    QList<CliOption> options() const override;
    QList<CliUsage> usages() const override;
    Needs needs() const override { return Needs::Nothing; }
    bool usesApiOptions() const override { return false; }
    bool parse(const QCommandLineParser &parser, const QStringList &arguments, CliContext &context) override;
    bool checkInput(CliContext &context) override;
    void run(CliContext &context) override;

private:
    void report(CliContext &context, bool closedNow);
    void close(CliContext &context);
    void storeReport(CliContext &context);
    /// Writes `report` as asked (text, --json, --pdf) and ends the run.
    void show(CliContext &context, const CashUpReport &report, const Currency &currency, bool closedNow);

    std::optional<QString> m_day;
    std::optional<QString> m_from;
    std::optional<QString> m_to;
    std::optional<QString> m_pdf;
    bool m_close = false;
    bool m_store = false;
    std::optional<QString> m_counter;
    std::unique_ptr<StoreReadAccess> m_storeAccess;
    QDate m_fromDay;
    QDate m_toDay;
    ManagerPinGate *m_gate = nullptr;
};
