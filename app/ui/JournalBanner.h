#pragma once

#include "ui/Banner.h"

class CashierSession;
class JournalResult;
class QPushButton;

/// "The sales record cannot be used": shown while charging is off because the journal cannot be written or read,
/// with a way to try again and, for a damaged file only, a way to start a new record.
class JournalBanner : public Banner
{
    Q_OBJECT

public:
    /// Shows itself while `session` (which must outlive it) says the sales record cannot be used.
    JournalBanner(CashierSession *session, QWidget *parent);

    /// Shows what is wrong (or hides the banner when `result` is ok).
    void showProblem(const JournalResult &result);

Q_SIGNALS:
    /// "Try again"
    void retryRequested();
    /// "Start a new sales record..." (offered for a damaged file only)
    void newRecordRequested();

private:
    QPushButton *m_newRecord = nullptr;
};
