#pragma once

#include <QHash>
#include <QWidget>

class PointSimulator;
class QGridLayout;
class QLabel;

/// Demo mode's other half: the customer's side of every simulated Point terminal. For each terminal it shows
/// what the terminal's screen shows (idle, or the order's amount and description) and lets whoever runs the demo
/// play the customer: Approve, Decline, Customer cancels. It talks to the in-process PointSimulator directly.
class VirtualTerminal : public QWidget
{
    Q_OBJECT

public:
    explicit VirtualTerminal(PointSimulator *simulator, QWidget *parent = nullptr);

    /// The card of the terminal named `name` (objectName "terminalCard_<n>"), or nullptr.
    QWidget *cardFor(const QString &name) const;

private:
    void rebuild();
    void refresh();
    void act(const QString &deviceName, const QString &action);

    PointSimulator *m_simulator = nullptr;
    QGridLayout *m_cards = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QStringList m_names;
    QList<QWidget *> m_cardWidgets;
    QHash<QString, QString> m_lastEvent; ///< per terminal: what the customer did last
};
