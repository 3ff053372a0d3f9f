#pragma once

#include "core/Device.h"

#include <QCoreApplication>
#include <QString>

/// What a terminal's operating mode (Orders API) means for the cashier: whether it takes orders from PointDesk, the
/// mode in words, and why it cannot be charged on. Shared by the terminal list and the sale flow.
class TerminalModes
{
    Q_DECLARE_TR_FUNCTIONS(TerminalModes)

public:
    /// True when PointDesk may send `device` an order: the API has no modes (legacy), or the terminal is in PDV mode.
    static bool takesOrders(const Device &device);
    /// True when a manager may switch `device` to PDV mode from PointDesk (standalone; an undefined configuration is
    /// read-only and an unknown mode is left alone).
    static bool canSwitchToPdv(const Device &device);
    /// The mode in a few words ("PDV mode", "Standalone mode" ...); empty for the legacy API.
    static QString modeName(const Device &device);
    /// Why `device` (shown as `shownName`) cannot take an order, in words for the cashier; empty when it can.
    static QString whyNoOrders(const Device &device, const QString &shownName);
};
