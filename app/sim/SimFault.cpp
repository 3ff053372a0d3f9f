#include "sim/SimFault.h"

#include <QJsonValue>
#include <cmath>

namespace {

// An optional whole number member; nullopt when present but not a whole number inside [min, max].
std::optional<qint64> wholeNumber(const QJsonObject &object, const QString &key, qint64 fallback, qint64 min,
                                  qint64 max)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isDouble() || std::trunc(value.toDouble()) != value.toDouble())
        return std::nullopt;
    const qint64 number = value.toInteger(min - 1);
    if (number < min || number > max)
        return std::nullopt;
    return number;
}

} // namespace

QString SimFault::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Latency:
        return QStringLiteral("latency");
    case Kind::ServerError:
        return QStringLiteral("server_error");
    case Kind::RateLimit:
        return QStringLiteral("rate_limit");
    case Kind::Drop:
        return QStringLiteral("drop");
    case Kind::Malformed:
        return QStringLiteral("malformed");
    }
    return {};
}

std::optional<SimFault::Kind> SimFault::kindFromName(const QString &name)
{
    for (Kind kind : {Kind::Latency, Kind::ServerError, Kind::RateLimit, Kind::Drop, Kind::Malformed}) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

std::optional<SimFault> SimFault::fromJson(const QJsonObject &object, QString *field, QString *problem)
{
    const auto invalid = [field, problem](const QString &name, const QString &why) {
        *field = name;
        *problem = why;
        return std::nullopt;
    };

    const std::optional<Kind> kind = kindFromName(object.value(QStringLiteral("kind")).toString());
    if (!kind)
        return invalid(QStringLiteral("kind"), QStringLiteral("latency, server_error, rate_limit, drop or malformed"));
    SimFault fault;
    fault.kind = *kind;

    const std::optional<qint64> count = wholeNumber(object, QStringLiteral("count"), 1, 1, 1'000'000);
    if (!count)
        return invalid(QStringLiteral("count"), QStringLiteral("a whole number from 1"));
    fault.count = static_cast<int>(*count);

    const QJsonValue method = object.value(QStringLiteral("method"));
    if (!method.isUndefined() && !method.isNull() && !method.isString())
        return invalid(QStringLiteral("method"), QStringLiteral("a string such as \"POST\""));
    fault.method = method.toString().toUpper();

    const QJsonValue path = object.value(QStringLiteral("path"));
    if (!path.isUndefined() && !path.isNull() && !path.isString())
        return invalid(QStringLiteral("path"), QStringLiteral("a path prefix string"));
    fault.pathPrefix = path.toString();

    const std::optional<qint64> latency = wholeNumber(object, QStringLiteral("latency_ms"), 0, 0, 600'000);
    if (!latency)
        return invalid(QStringLiteral("latency_ms"), QStringLiteral("milliseconds, 0 to 600000"));
    fault.latencyMs = static_cast<int>(*latency);

    const std::optional<qint64> status = wholeNumber(object, QStringLiteral("status"), 500, 400, 599);
    if (!status)
        return invalid(QStringLiteral("status"), QStringLiteral("an HTTP error status, 400 to 599"));
    fault.httpStatus = static_cast<int>(*status);

    const std::optional<qint64> retryAfter = wholeNumber(object, QStringLiteral("retry_after"), 1, 0, 86'400);
    if (!retryAfter)
        return invalid(QStringLiteral("retry_after"), QStringLiteral("seconds, 0 to 86400"));
    fault.retryAfterSeconds = static_cast<int>(*retryAfter);

    const QJsonValue afterStore = object.value(QStringLiteral("after_store"));
    if (!afterStore.isUndefined() && !afterStore.isNull() && !afterStore.isBool())
        return invalid(QStringLiteral("after_store"), QStringLiteral("true or false"));
    fault.afterStore = afterStore.toBool(false);
    return fault;
}

bool SimFaultQueue::inject(const SimFault &fault)
{
    if (fault.count < 1)
        return false;
    SimFault queued = fault;
    queued.method = fault.method.toUpper();
    m_faults.append(queued);
    return true;
}

int SimFaultQueue::pendingCount() const
{
    int total = 0;
    for (const SimFault &fault : m_faults)
        total += fault.count;
    return total;
}

std::optional<SimFault> SimFaultQueue::take(const QString &method, const QString &path)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        SimFault &fault = m_faults[i];
        if (!fault.method.isEmpty() && fault.method != method)
            continue;
        if (!fault.pathPrefix.isEmpty() && !path.startsWith(fault.pathPrefix))
            continue;
        const SimFault taken = fault;
        if (--fault.count <= 0)
            m_faults.removeAt(i);
        return taken;
    }
    return std::nullopt;
}
