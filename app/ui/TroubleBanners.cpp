#include "ui/TroubleBanners.h"

#include "sales/CashierSession.h"
#include "sales/TerminalMonitor.h"
#include "ui/JournalBanner.h"
#include "ui/TokenBanner.h"

#include <QBoxLayout>

TroubleBanners::TroubleBanners(TerminalMonitor *monitor, CashierSession *session, QBoxLayout *layout,
                               QWidget *parentWidget)
    : QObject(parentWidget), m_monitor(monitor), m_session(session), m_layout(layout), m_parentWidget(parentWidget)
{
    // A banner built while its signal is being delivered does not hear that delivery: shown here.
    connect(monitor, &TerminalMonitor::tokenRefused, this, [this]() {
        build();
        m_token->show();
    });
    connect(session, &CashierSession::journalProblemChanged, this, [this](const JournalResult &result) {
        if (result.ok())
            return;
        build();
        m_journal->showProblem(result);
    });
    if (!session->journalProblem().ok() || monitor->isTokenRefused())
        build();
}

void TroubleBanners::build()
{
    if (m_token)
        return;
    // Both at once and in this order, as the keyboard meets them (the token banner's buttons first).
    m_token = new TokenBanner(m_monitor, m_parentWidget);
    connect(m_token, &TokenBanner::setupRequested, this, &TroubleBanners::setupRequested);
    connect(m_token, &TokenBanner::retryRequested, this, &TroubleBanners::tokenRetryRequested);
    m_journal = new JournalBanner(m_session, m_parentWidget);
    connect(m_journal, &JournalBanner::retryRequested, this, &TroubleBanners::journalRetryRequested);
    connect(m_journal, &JournalBanner::newRecordRequested, this, &TroubleBanners::newRecordRequested);
    m_layout->insertWidget(0, m_token);
    m_layout->insertWidget(1, m_journal);
    m_token->setVisible(m_monitor->isTokenRefused());
}
