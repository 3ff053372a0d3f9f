#pragma once

#include <QJsonObject>

class PointSimulator;
struct SimHttpRequest;
struct SimHttpResponse;

// Internal to the simulator: the control surface's routes (GET /state, POST /devices, .../approve, /faults,
// /token ...). It drives the simulator only through PointSimulator's public API, exactly as a test would.
class SimControlSurface
{
public:
    explicit SimControlSurface(PointSimulator *simulator);

    SimHttpResponse handle(const SimHttpRequest &request);

    QJsonObject state() const;

private:
    SimHttpResponse addDevice(const SimHttpRequest &request);
    SimHttpResponse removeDevice(const QString &name);
    SimHttpResponse customerAction(const QString &name, const QString &action);
    SimHttpResponse addFault(const SimHttpRequest &request);
    SimHttpResponse setToken(const SimHttpRequest &request);
    SimHttpResponse paymentAction(const SimHttpRequest &request, const QString &paymentId, const QString &action);
    SimHttpResponse refundsAction(const SimHttpRequest &request, const QString &action);

    PointSimulator *m_simulator;
};
