#pragma once

#include <QObject>

class CashierSession;
class JournalBanner;
class QBoxLayout;
class QWidget;
class TerminalMonitor;
class TokenBanner;

/// The cashier window's trouble banners: the token banner (TokenBanner) above the sales record banner
/// (JournalBanner), at the top of `layout`. Both are built the first time either has something to show: on most
/// days neither does, and building them is start-up work the first frame does not need. Once built, each shows
/// and hides itself as before.
class TroubleBanners : public QObject
{
    Q_OBJECT

public:
    /// `monitor` and `session` must outlive the banners; `parentWidget` holds `layout`.
    TroubleBanners(TerminalMonitor *monitor, CashierSession *session, QBoxLayout *layout, QWidget *parentWidget);

    /// Null until built.
    TokenBanner *tokenBanner() const { return m_token; }
    JournalBanner *journalBanner() const { return m_journal; }

Q_SIGNALS:
    /// The token banner's "Set up the token again..."
    void setupRequested();
    /// The token banner's "Try again (F5)"
    void tokenRetryRequested();
    /// The sales record banner's "Try again"
    void journalRetryRequested();
    /// The sales record banner's "Start a new sales record..."
    void newRecordRequested();

private:
    void build();

    TerminalMonitor *m_monitor = nullptr;
    CashierSession *m_session = nullptr;
    QBoxLayout *m_layout = nullptr;
    QWidget *m_parentWidget = nullptr;
    TokenBanner *m_token = nullptr;
    JournalBanner *m_journal = nullptr;
};
