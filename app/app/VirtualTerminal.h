#pragma once

#include <QHash>
#include <QList>
#include <QPointer>
#include <QRect>
#include <QWidget>

class OrdersSimulator;
class PointSimulator;
class QComboBox;
class TerminalSide;
class QLabel;
class QStackedWidget;

/// Demo mode's other half: the customer's side of every simulated Point terminal, in a compact tool window that
/// sits beside the cashier window. One terminal shows at a time (the picker at the top switches; a terminal that
/// receives an order comes forward by itself): what its screen shows (idle, or the order's amount and description)
/// and the customer's buttons: Approve, Decline, Customer cancels. After each of them, and on Esc, the keyboard goes
/// back to the cashier window. It talks to the in-process simulator directly, through a TerminalSide for its API:
/// LegacyTerminalSide (PointSimulator) or OrdersTerminalSide (OrdersSimulator: approve with a card brand and
/// installments, decline with a reason, cancel, "needs action" and expiry).
class VirtualTerminal : public QWidget
{
    Q_OBJECT

public:
    /// A part of the cashier window to keep uncovered, in global coordinates, and how much covering it costs per
    /// pixel.
    struct Area
    {
        QRect rect;
        int weight = 1;
    };

    explicit VirtualTerminal(PointSimulator *simulator, QWidget *parent = nullptr);
    explicit VirtualTerminal(OrdersSimulator *simulator, QWidget *parent = nullptr);
    ~VirtualTerminal() override;

    /// The card of the terminal named `name` (objectName "terminalCard_<n>"), or nullptr.
    QWidget *cardFor(const QString &name) const;
    /// The terminal whose card shows; empty when there is none.
    QString currentTerminal() const;
    /// Brings the card of `name` forward; false when there is no such terminal.
    bool showTerminal(const QString &name);

    /// The cashier window this terminal works for: it stays above it, and gets the keyboard back after every
    /// customer action.
    void setCashierWindow(QWidget *cashier);
    QWidget *cashierWindow() const { return m_cashier; }
    /// Places the terminal beside the cashier window (or where it covers the least of it, see placement()) and
    /// shows it without taking the keyboard from the cashier.
    void showBesideCashier();
    /// Gives activation and the keyboard back to the cashier window.
    void returnToCashier();

    /// Where a window of `size` (frame included) goes: beside `cashier` when `available` has room on its right or
    /// left, else against an edge of `available` where the sum of weight * covered pixels of `keepClear` is the
    /// smallest (the bottom-right corner first when several are equal).
    static QRect placement(const QRect &available, const QRect &cashier, const QList<Area> &keepClear,
                           const QSize &size);
    /// What of `cashier` to keep uncovered: the amount field and the Charge button above all, then the rest of the
    /// charge form, the other controls, and the window itself.
    static QList<Area> areasToKeepClear(const QWidget *cashier);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    VirtualTerminal(TerminalSide *side, QWidget *parent);
    void rebuild();
    void refresh();
    void onActed(const QString &terminal, const QString &lastEvent);

    TerminalSide *m_side = nullptr;
    QPointer<QWidget> m_cashier;
    QComboBox *m_picker = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QStringList m_names;
    QList<QWidget *> m_cardWidgets;
    QList<QWidget *> m_controls;         ///< per card: the side's customer controls
    QList<QLabel *> m_screens;           ///< per card: what the terminal's screen shows
    QList<QLabel *> m_lastEvents;        ///< per card: what the customer did last
    QHash<QString, QString> m_lastEvent; ///< per terminal: what the customer did last
};
