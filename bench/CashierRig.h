#pragma once

#include "core/Ref.h"
#include "store/OrderJournal.h"

#include <QString>
#include <QTemporaryDir>
#include <functional>
#include <memory>

class MainWindow;
class OrderStatusPanel;
class OrdersSimulator;
class PointBackend;
class PointSimulator;
class Settings;

/// The cashier window as a cashier uses it, against the in-process simulator of one API, with its own settings and
/// journal in a temporary folder. Settings keep their defaults (poll every second, terminals every 10 s); each API
/// follows an order at its own pace (legacy: every second; Orders: contract 5.2).
class CashierRig
{
public:
    enum class Api { Legacy, Orders };
    /// "legacy" or "orders"; nullopt for anything else.
    static std::optional<Api> apiFromName(const QString &name);
    static QString apiName(Api api);

    explicit CashierRig(Api api = Api::Legacy);
    ~CashierRig();

    /// Starts the simulator (every reply delayed by `latencyMs` when > 0), opens the journal with `journalOrders`
    /// finished sales in it, shows the window and waits for the terminal list. False (with `error`) on failure.
    bool setUp(int journalOrders, int latencyMs, QString *error);

    /// Types the sale into the form and presses Charge. False (with `error`) when Charge is not enabled.
    bool charge(const QString &amount, const QString &description, QString *error);
    /// The customer pays, by credit card, the order the window waits on: legacy, the terminal approves what it
    /// holds; Orders, the terminal takes the order (when it has not yet) and the payment is processed. The order
    /// paid, or a null ref when the window's order was not the one waiting on the terminal.
    OrderRef approve();
    /// Presses New sale.
    void newSale();
    /// The status panel's mode ("idle", "waiting", "approved" ...).
    QString panelMode() const;
    /// True when the form can charge (terminal free, nothing open).
    bool canCharge() const;

    /// Calls `handler` with the method and path of every request the simulator answers.
    void onRequest(std::function<void(const QString &method, const QString &path)> handler);
    /// The path the client polls to follow `order`.
    QString orderPath(const OrderRef &order) const;

    Api api() const { return m_api; }
    OrderJournal &journal() { return m_journal; }
    MainWindow *window() const { return m_window; }
    OrderStatusPanel *panel() const;
    /// The terminal the window charges ("Caja 1"; on Orders the first terminal's id).
    QString deviceName() const;

private:
    Api m_api;
    QTemporaryDir m_dir;
    std::unique_ptr<PointSimulator> m_legacySim;
    std::unique_ptr<OrdersSimulator> m_ordersSim;
    OrderJournal m_journal;
    std::unique_ptr<Settings> m_settings;
    PointBackend *m_client = nullptr;
    MainWindow *m_window = nullptr;
};
