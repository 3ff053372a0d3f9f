#pragma once

#include "core/Ref.h"

#include <QList>
#include <QString>
#include <QtGlobal>

/// A Point terminal registered to the account (one entry of GET .../v1/devices).
struct Device
{
    enum class Status { Free, Busy, Unknown };

    QString name;        ///< the device_name set in the Mercado Pago app; may hold spaces, '/', 'ñ'
    QString id;          ///< internal id, kept as text (the API sends a number)
    QString caller;      ///< internal caller id, kept as text
    Status status = Status::Unknown;
    QString rawStatus;   ///< the status string as sent, for logs and unknown values
    OrderRef heldOrder;  ///< the order a busy terminal holds; null when none

    bool isFree() const { return status == Status::Free; }
};

using DeviceList = QList<Device>;
