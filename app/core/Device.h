#pragma once

#include "core/Ref.h"

#include <QList>
#include <QString>
#include <QtGlobal>

/// A Point terminal registered to the account (legacy: one entry of GET .../v1/devices; Orders: one entry of
/// GET /terminals/v1/list, where `name` and `id` are both the terminal id exactly as listed,
/// "NEWLAND_N950__SBX0000001", the key orders are addressed to, and `status` is Unknown: that list does not say
/// what a terminal holds).
struct Device
{
    enum class Status { Free, Busy, Unknown };
    /// How the terminal takes orders (Orders API). PDV: integrated, takes API orders; Standalone: not integrated;
    /// Undefined: the terminal's configuration is not recognised (read-only); Unknown: a value PointDesk does not
    /// know; NotApplicable: the API has no operating modes (legacy).
    enum class OperatingMode { NotApplicable, Pdv, Standalone, Undefined, Unknown };

    QString name;        ///< the device_name set in the Mercado Pago app; may hold spaces, '/', 'ñ'
    QString id;          ///< internal id, kept as text (the API sends a number)
    QString caller;      ///< internal caller id, kept as text
    Status status = Status::Unknown;
    QString rawStatus;   ///< the status string as sent, for logs and unknown values
    OrderRef heldOrder;  ///< the order a busy terminal holds; null when none
    OperatingMode operatingMode = OperatingMode::NotApplicable;
    QString rawOperatingMode; ///< as sent ("PDV" ...), for logs and unknown values
    QString storeId;          ///< Orders: the store the terminal belongs to, as text
    QString posId;            ///< Orders: the point of sale, as text (the API sends a number or a string)
    QString externalPosId;    ///< Orders: the integrator's point-of-sale id

    bool isFree() const { return status == Status::Free; }
};

using DeviceList = QList<Device>;
