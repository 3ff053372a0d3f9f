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
/// type (each state's sales and amount, then paid, refunded and net) and by terminal (paid, refunded, net).
///
/// Declined, cancelled, expired and open sales are counted but never added to the money taken. Every value is a
/// QLabel named after what it shows ("totalPaidAmount", "totalTakenNet", "totalCardCreditRefunded",
/// "totalTerminal2Net" ...), so that tests and screen readers find them.
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

    /// The label named `name` (see the class comment); nullptr when there is none.
    QLabel *value(const QString &name) const { return m_labels.value(name); }

private:
    QLabel *addValue(QGridLayout *grid, QWidget *parent, const QString &name, int row, int column, bool strong);
    QLabel *addHeader(QGridLayout *grid, QWidget *parent, const QString &text, int row, int column, int span = 1);
    QWidget *buildStateTab();
    QWidget *buildCardTab();
    void showTerminals(const JournalTotals &totals, bool known);

    QLabel *m_title = nullptr;
    QLabel *m_refunding = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_terminalPage = nullptr;
    QGridLayout *m_terminalGrid = nullptr;
    QHash<QString, QLabel *> m_labels;
    QList<QWidget *> m_terminalWidgets; ///< rebuilt on every showTotals()
};
