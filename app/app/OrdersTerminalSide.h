#pragma once

#include "app/TerminalSide.h"

#include <QHash>

class OrdersSimulator;
class QComboBox;
class QSpinBox;

/// The Orders API's terminals (OrdersSimulator) for the virtual terminal: the waiting order (sent, or on the
/// terminal), and what the customer and the terminal may do with it: approve with a card brand and installments,
/// decline with one of the contract's reasons (status_detail), cancel on the terminal, "needs action"
/// (action_required: the result cannot be known) and let it expire. A terminal in STANDALONE mode says that it
/// takes no orders from PointDesk.
class OrdersTerminalSide : public TerminalSide
{
    Q_OBJECT

public:
    explicit OrdersTerminalSide(OrdersSimulator *simulator, QObject *parent = nullptr);

    QStringList terminals() const override;
    Screen screen(const QString &terminal) const override;
    QWidget *createControls(const QString &terminal, QWidget *parent) override;
    void updateControls(QWidget *controls, const Screen &screen) override;

    /// The card brands the customer may pay with: method id ("visa", "debmaster" ...) and its name.
    static QList<QPair<QString, QString>> brands();
    /// The decline reasons offered: status_detail ("insufficient_amount" ...) and words for it.
    static QList<QPair<QString, QString>> declineReasons();

private:
    /// The choices of one card.
    struct Choices
    {
        QComboBox *brand = nullptr;
        QSpinBox *installments = nullptr;
        QComboBox *reason = nullptr;
    };
    void act(const QString &terminal, const QString &action);

    OrdersSimulator *m_simulator;
    QHash<QString, Choices> m_choices; ///< per terminal
};
