#include "ui/SalePanelBinding.h"

#include "sales/CashierSession.h"
#include "sales/TerminalMonitor.h"
#include "ui/OrderStatusPanel.h"

void SalePanelBinding::bind(CashierSession *session, TerminalMonitor *monitor, OrderStatusPanel *panel)
{
    QObject::connect(session, &CashierSession::showSending, panel, [session, monitor, panel](const OrderRequest &r) {
        // The clock counts from when the sale was sent, also for a sale resumed or found late.
        panel->showSending(monitor->shownName(r.deviceName), r.amount, r.description, r.cardType, session->sentAt());
    });
    QObject::connect(session, &CashierSession::showWaiting, panel,
                     [monitor, panel](const QString &deviceName, const OrderRef &orderId, bool fresh) {
                         if (!fresh && panel->mode() == OrderStatusPanel::Mode::Waiting)
                             return;
                         // A note about the connection stays while it holds; anything else belonged to the view
                         // before.
                         const QString note = panel->note();
                         panel->showWaiting(monitor->shownName(deviceName), orderId);
                         if (monitor->hasFollowProblem())
                             panel->setNote(note);
                     });
    QObject::connect(session, &CashierSession::showOrder, panel, &OrderStatusPanel::showOrder);
    QObject::connect(session, &CashierSession::showNotSent, panel,
                     [panel](const QString &reason, const QString &whatToDo) { panel->showNotSent(reason, whatToDo); });
    QObject::connect(session, &CashierSession::showLostTrack, panel, &OrderStatusPanel::showLostTrack);
    QObject::connect(session, &CashierSession::showCancelling, panel, &OrderStatusPanel::showCancelling);
    QObject::connect(session, &CashierSession::showCancellationRequested, panel,
                     &OrderStatusPanel::showCancellationRequested);
    QObject::connect(
        session, &CashierSession::note, panel, [panel](const QString &text, CashierSession::NoteTone tone) {
            panel->setNote(text, tone == CashierSession::NoteTone::Info ? OrderStatusPanel::NoteTone::Info
                                                                        : OrderStatusPanel::NoteTone::Problem);
        });
    QObject::connect(session, &CashierSession::terminalGone, panel, &OrderStatusPanel::showTerminalGone);
    QObject::connect(panel, &OrderStatusPanel::checkNowRequested, session, &CashierSession::checkNow);
    QObject::connect(panel, &OrderStatusPanel::terminalCheckAnswered, session, &CashierSession::recordTerminalCheck);
}
