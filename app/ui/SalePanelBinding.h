#pragma once

class CashierSession;
class OrderStatusPanel;
class TerminalMonitor;

/// Renders the sale a CashierSession shows on the OrderStatusPanel: each of the session's views (sending, waiting,
/// the order's state, not sent, cancelling ...) and notes becomes the panel's, with the terminals named as the
/// cashier knows them; the panel's Check now and terminal-check answers go back to the session. The window keeps
/// what involves more than the two (focus across the form, confirmations, quitting).
class SalePanelBinding
{
public:
    /// Connects `session` and `panel`; none is owned, the connections end with either.
    static void bind(CashierSession *session, TerminalMonitor *monitor, OrderStatusPanel *panel);
};
