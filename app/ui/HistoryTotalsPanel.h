#pragma once

#include "store/JournalRecords.h"
#include "ui/HistoryDialog.h"

#include <QFrame>
#include <QHash>
#include <QString>
#include <functional>

class QGridLayout;
class QLabel;
class QTabWidget;
class QWidget;

/// The sales history's totals: by state (sales, amount, refunded, net, and the grand total "Money taken"), by card
/// type (each state's sales and amount, then paid, refunded and net), by terminal (paid, refunded, net) and, for the
/// whole store's sales (setCountersShown()), by counter.
///
/// Declined, cancelled, expired and open sales are counted but never added to the money taken. Every value is a
/// QLabel named after what it shows ("totalPaidAmount", "totalTakenNet", "totalCardCreditRefunded",
/// "totalTerminal2Net", "totalCounter1Paid" ...), so that tests and screen readers find them.
class HistoryTotalsPanel : public QFrame
{
    Q_OBJECT

public:
    explicit HistoryTotalsPanel(QWidget *parent = nullptr);

    /// Shows `totals` under `title`. `known` false: the journal could not be read, every value is a dash.
    /// `stateNames(filter)` names a state row like the State filter does; `shown` is the filter applied (rows it
    /// excludes are muted); `terminalFiltered`: only one terminal's sales are counted. The sum row says "any state"
    /// only when no filter is on.
    void showTotals(const JournalTotals &totals, bool known, const QString &title,
                    const std::function<QString(HistoryDialog::StateFilter)> &stateNames,
                    HistoryDialog::StateFilter shown, bool terminalFiltered = false);

    /// Offers the "By counter" tab (the whole store's totals name each row's counter).
    void setCountersShown(bool shown);

    /// The label named `name` (see the class comment); nullptr when there is none.
    QLabel *value(const QString &name) const { return m_labels.value(name); }

private:
    QLabel *addValue(QGridLayout *grid, QWidget *parent, const QString &name, int row, int column, bool strong);
    QLabel *addHeader(QGridLayout *grid, QWidget *parent, const QString &text, int row, int column, int span = 1);
    QWidget *buildStateTab();
    QWidget *buildCardTab();
    /// A tab of one line per name (terminal or counter): paid sales, paid, refunded, net.
    struct Group
    {
        QWidget *page = nullptr;
        QGridLayout *grid = nullptr;
        QList<QWidget *> widgets; ///< rebuilt on every showTotals()
    };
    Group buildGroup(const QString &pageName);
    void showGroup(Group &group, const QString &key, const QStringList &names,
                   const std::function<JournalTotals::Bucket(const QString &)> &bucketOf, const QString &unnamed,
                   bool known);

    QLabel *m_title = nullptr;
    QLabel *m_refunding = nullptr;
    QTabWidget *m_tabs = nullptr;
    Group m_terminals;
    Group m_counters;
    QHash<QString, QLabel *> m_labels;
};
