#pragma once

#include "api/LegacyPointBackend.h"
#include "sim/PointSimulator.h"
#include "support/RefTestSupport.h"

#include <QSignalSpy>

// An order another till sends straight to the legacy simulator, so that `device` is busy with an order this till did
// not make. Its simulator id; 0 when it could not be made.
inline qint64 createOrderFromAnotherTill(const PointSimulator &sim, const QString &device)
{
    LegacyPointBackend other;
    other.setBaseUrl(sim.apiUrl());
    other.setAccessToken(sim.accessToken());
    OrderRequest request;
    request.amount = Money::fromCents(999);
    request.description = QStringLiteral("Other till");
    request.deviceName = device;
    Call<CreatedOrder> *call = other.createOrder(request);
    QSignalSpy done(call, &ApiCall::finished);
    if (!done.wait(5000) || !call->ok())
        return 0;
    return simId(call->value().id);
}
