#pragma once

#include "app/TerminalSide.h"

class PointSimulator;

/// The legacy API's terminals (PointSimulator) for the virtual terminal: the order's amount, description and card
/// type, and the customer's Approve, Decline and Customer cancels.
class LegacyTerminalSide : public TerminalSide
{
    Q_OBJECT

public:
    explicit LegacyTerminalSide(PointSimulator *simulator, QObject *parent = nullptr);

    QStringList terminals() const override;
    Screen screen(const QString &terminal) const override;
    QWidget *createControls(const QString &terminal, QWidget *parent) override;
    void updateControls(QWidget *controls, const Screen &screen) override;

private:
    void act(const QString &deviceName, const QString &action);

    PointSimulator *m_simulator;
};
