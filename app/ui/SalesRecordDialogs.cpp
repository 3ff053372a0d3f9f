#include "ui/SalesRecordDialogs.h"

#include "sales/CashierSession.h"
#include "sales/ChargeService.h"
#include "sales/RefundService.h"
#include "store/Settings.h"
#include "ui/CashUpDialog.h"
#include "ui/HistoryDialog.h"
#include "ui/RefundDialog.h"

SalesRecordDialogs::SalesRecordDialogs(OrderJournal *journal, Settings *settings, CashierSession *cashier,
                                       QWidget *window, RequireManager requireManager)
    : QObject(window), m_journal(journal), m_settings(settings), m_cashier(cashier), m_window(window),
      m_requireManager(std::move(requireManager))
{
}

void SalesRecordDialogs::openHistory()
{
    if (!m_history) {
        m_history = new HistoryDialog(m_journal, m_window);
        m_history->setSettings(m_settings);
        // A store database set up in Preferences: "Show: Whole store" reads every counter's sales from it.
        if (m_settings->store().isConfigured())
            m_history->setStore(m_settings->store(), m_storeKeychain, m_settings->storeCounterId());
        m_history->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_cashier->chargeService(), &ChargeService::stateChanged, m_history, &HistoryDialog::reload);
        connect(m_cashier->refundService(), &RefundService::refundAnswered, m_history, &HistoryDialog::reload);
        connect(m_history, &HistoryDialog::refundRequested, this, [this](qint64 saleId) {
            m_requireManager(tr("Enter the manager PIN to refund a sale."), [this, saleId]() {
                RefundDialog::openFor(m_cashier->refundService(), m_journal, saleId, m_history);
            });
        });
    }
    m_history->show();
    m_history->raise();
    m_history->activateWindow();
}

void SalesRecordDialogs::openCashUp()
{
    if (!m_cashUp) {
        m_cashUp = new CashUpDialog(m_journal, m_window);
        m_cashUp->setAttribute(Qt::WA_DeleteOnClose);
        if (m_settings->store().isConfigured())
            m_cashUp->setStore(m_settings->store(), m_storeKeychain);
        connect(m_cashier->chargeService(), &ChargeService::stateChanged, m_cashUp, &CashUpDialog::reload);
        connect(m_cashier->refundService(), &RefundService::refundAnswered, m_cashUp, &CashUpDialog::reload);
        connect(m_cashUp, &CashUpDialog::closeDayRequested, this, [this]() {
            // Checked here, not by the button's state alone: closing a day is the manager's.
            m_requireManager(tr("Enter the manager PIN to close the day."), [this]() {
                if (m_cashUp)
                    m_cashUp->closeDay(tr("manager"));
            });
        });
    } else {
        m_cashUp->reload();
    }
    m_cashUp->show();
    m_cashUp->raise();
    m_cashUp->activateWindow();
}
