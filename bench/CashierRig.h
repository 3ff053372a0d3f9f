#pragma once

#include "store/OrderJournal.h"
#include "sim/PointSimulator.h"

#include <QString>
#include <QTemporaryDir>
#include <memory>

class MainWindow;
class OrderStatusPanel;
class LegacyPointBackend;
class Settings;

/// The cashier window as a cashier uses it, against the in-process simulator, with its own settings and journal
/// in a temporary folder. Settings keep their defaults (poll every second, terminals every 10 s).
class CashierRig
{
public:
    CashierRig();
    ~CashierRig();

    /// Starts the simulator (every reply delayed by `latencyMs` when > 0), opens the journal with `journalOrders`
    /// finished sales in it, shows the window and waits for the terminal list. False (with `error`) on failure.
    bool setUp(int journalOrders, int latencyMs, QString *error);

    /// Types the sale into the form and presses Charge. False (with `error`) when Charge is not enabled.
    bool charge(const QString &amount, const QString &description, QString *error);
    /// Presses New sale.
    void newSale();
    /// The status panel's mode ("idle", "waiting", "approved" ...).
    QString panelMode() const;
    /// True when the form can charge (terminal free, nothing open).
    bool canCharge() const;

    PointSimulator &simulator() { return m_simulator; }
    OrderJournal &journal() { return m_journal; }
    MainWindow *window() const { return m_window; }
    OrderStatusPanel *panel() const;
    /// The terminal the window charges ("Caja 1").
    QString deviceName() const;

private:
    QTemporaryDir m_dir;
    PointSimulator m_simulator;
    OrderJournal m_journal;
    std::unique_ptr<Settings> m_settings;
    LegacyPointBackend *m_client = nullptr;
    MainWindow *m_window = nullptr;
};
