#include "ui/JournalBanner.h"

#include "sales/CashierSession.h"
#include "store/OrderJournal.h"

#include <QPushButton>

JournalBanner::JournalBanner(CashierSession *session, QWidget *parent)
    : Banner(QStringLiteral("journalBanner"), tr("The sales record cannot be used"), parent)
{
    QPushButton *retry =
        addButton(tr("Tr&y again"), QStringLiteral("journalBannerRetryButton"), tr("Open the sales record again"));
    connect(retry, &QPushButton::clicked, this, &JournalBanner::retryRequested);
    m_newRecord = addButton(tr("Start a new sales record\u2026"), QStringLiteral("journalBannerNewButton"),
                            tr("Put the damaged sales record aside and start a new one"));
    connect(m_newRecord, &QPushButton::clicked, this, &JournalBanner::newRecordRequested);
    setAccessibleName(tr("Sales record problem"));
    connect(session, &CashierSession::journalProblemChanged, this, &JournalBanner::showProblem);
    showProblem(session->journalProblem());
}

void JournalBanner::showProblem(const JournalResult &result)
{
    if (result.ok()) {
        hide();
        return;
    }
    setText(result.userMessage());
    // Only a damaged file can be put aside; the other troubles go away by themselves or with the manager's help.
    m_newRecord->setVisible(result.kind() == JournalResult::Kind::Corrupt);
    show();
}
