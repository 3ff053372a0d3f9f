#include "sales/TerminalModes.h"

bool TerminalModes::takesOrders(const Device &device)
{
    return device.operatingMode == Device::OperatingMode::NotApplicable ||
           device.operatingMode == Device::OperatingMode::Pdv;
}

bool TerminalModes::canSwitchToPdv(const Device &device)
{
    return device.operatingMode == Device::OperatingMode::Standalone;
}

QString TerminalModes::modeName(const Device &device)
{
    switch (device.operatingMode) {
    case Device::OperatingMode::NotApplicable:
        return QString();
    case Device::OperatingMode::Pdv:
        //: A terminal's operating mode on the Orders API: it takes orders from the cash register.
        return tr("PDV mode");
    case Device::OperatingMode::Standalone:
        //: A terminal's operating mode on the Orders API: it charges on its own, without PointDesk.
        return tr("Standalone mode");
    case Device::OperatingMode::Undefined:
        return tr("Mode not set up");
    case Device::OperatingMode::Unknown:
        //: %1 is the mode exactly as Mercado Pago sent it.
        return tr("Unknown mode \"%1\"").arg(device.rawOperatingMode);
    }
    return QString();
}

QString TerminalModes::whyNoOrders(const Device &device, const QString &shownName)
{
    switch (device.operatingMode) {
    case Device::OperatingMode::NotApplicable:
    case Device::OperatingMode::Pdv:
        return QString();
    case Device::OperatingMode::Standalone:
        return tr("%1 is in standalone mode: it charges on its own and cannot take orders from PointDesk. A manager "
                  "can switch it to PDV mode (then restart the terminal), or choose another terminal.")
            .arg(shownName);
    case Device::OperatingMode::Undefined:
        return tr("%1 has no operating mode set up, so it cannot take orders from PointDesk. Set it to PDV mode in "
                  "Mercado Pago, or choose another terminal.")
            .arg(shownName);
    case Device::OperatingMode::Unknown:
        return tr("Mercado Pago reports %1 in a mode PointDesk does not know (\"%2\"), so PointDesk sends it no "
                  "orders. Choose another terminal.")
            .arg(shownName, device.rawOperatingMode);
    }
    return QString();
}
