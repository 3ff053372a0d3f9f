#pragma once

// What the fault soaks share (tst_faultsoak, tst_ordersfaultsoak, tst_refundsoak): the faults they count, the
// environment they read, an exact-rate fault bag, the per-kind counts they print and check, and the SimFault each
// fault becomes.
#include "sim/SimFault.h"

#include <QList>
#include <QPair>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <algorithm>

namespace Soak {

// Faults as the soaks count them. IdempotencyValidation is the Orders API's own (500 idempotency_validation_failed,
// played by the simulator's switch, not by a SimFault).
enum class Fault {
    None,
    DropAfterStore,
    ServerErrorAfterStore,
    RateLimit,
    Latency,
    Malformed,
    DropBeforeStore,
    ServerErrorBeforeStore,
    IdempotencyValidation
};
inline constexpr int kFaultKinds = 9;

inline const char *faultName(Fault f)
{
    switch (f) {
    case Fault::None:
        return "none";
    case Fault::DropAfterStore:
        return "drop-after-store";
    case Fault::ServerErrorAfterStore:
        return "5xx-after-store";
    case Fault::RateLimit:
        return "429";
    case Fault::Latency:
        return "timeout";
    case Fault::Malformed:
        return "malformed";
    case Fault::DropBeforeStore:
        return "drop";
    case Fault::ServerErrorBeforeStore:
        return "5xx";
    case Fault::IdempotencyValidation:
        return "500-idempotency_validation_failed";
    }
    return "?";
}

inline constexpr int kClientTimeoutMs = 400;
inline constexpr int kLatencyMs = kClientTimeoutMs + 250;

/// A positive whole number from the environment (POINTDESK_SOAK_N ...), else `fallback`.
inline int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

/// A random seed from POINTDESK_SOAK_SEED, else a fresh one (always printed by the soaks, so a run can be repeated).
inline quint32 seedFromEnvironment()
{
    return quint32(envInt("POINTDESK_SOAK_SEED", int(QRandomGenerator::system()->bounded(1, 1 << 30))));
}

// A shuffled bag: every `bag.size()` draws hold each entry exactly once, so the rates are exact, not hoped for.
class FaultBag
{
public:
    FaultBag(QList<Fault> contents, QRandomGenerator *random) : m_contents(std::move(contents)), m_random(random) {}
    Fault draw()
    {
        if (m_next >= m_order.size()) {
            m_order = m_contents;
            std::shuffle(m_order.begin(), m_order.end(), *m_random);
            m_next = 0;
        }
        return m_order.at(m_next++);
    }

private:
    QList<Fault> m_contents;
    QList<Fault> m_order;
    qsizetype m_next = 0;
    QRandomGenerator *m_random;
};

inline QList<Fault> bagOf(const QList<QPair<Fault, int>> &counts)
{
    QList<Fault> out;
    for (const auto &c : counts)
        out.append(QList<Fault>(c.second, c.first));
    return out;
}

/// Requests of one kind and the faults they met.
struct FaultCounts
{
    int requests = 0;
    int byKind[kFaultKinds] = {};
    int faults() const
    {
        int n = 0;
        for (int i = 1; i < kFaultKinds; ++i)
            n += byKind[i];
        return n;
    }
    QString summary() const
    {
        QStringList parts;
        for (int i = 1; i < kFaultKinds; ++i) {
            if (byKind[i] > 0)
                parts << QStringLiteral("%1 %2").arg(QLatin1String(faultName(Fault(i)))).arg(byKind[i]);
        }
        return QStringLiteral("%1 requests, %2 faults (%3)")
            .arg(requests)
            .arg(faults())
            .arg(parts.join(QStringLiteral(", ")));
    }
};

/// The simulator fault that plays `f` once (method and path left to the caller). A 5xx is one of 500, 502, 503; a
/// 429 has no Retry-After (the client's own pause), or now and then a pause of one second when `mayPause`.
inline SimFault makeSimFault(Fault f, QRandomGenerator &random, bool mayPause = false)
{
    SimFault s;
    s.count = 1;
    switch (f) {
    case Fault::None:
    case Fault::IdempotencyValidation:
        break;
    case Fault::DropAfterStore:
    case Fault::DropBeforeStore:
        s.kind = SimFault::Kind::Drop;
        s.afterStore = f == Fault::DropAfterStore;
        break;
    case Fault::ServerErrorAfterStore:
    case Fault::ServerErrorBeforeStore:
        s.kind = SimFault::Kind::ServerError;
        s.httpStatus = QList<int>{500, 502, 503}.at(int(random.bounded(3)));
        s.afterStore = f == Fault::ServerErrorAfterStore;
        break;
    case Fault::RateLimit:
        s.kind = SimFault::Kind::RateLimit;
        s.retryAfterSeconds = mayPause && random.bounded(4) == 0 ? 1 : 0;
        break;
    case Fault::Latency:
        s.kind = SimFault::Kind::Latency;
        s.latencyMs = kLatencyMs;
        break;
    case Fault::Malformed:
        s.kind = SimFault::Kind::Malformed;
        break;
    }
    return s;
}

} // namespace Soak
