#include "api/Backoff.h"

#include <QtGlobal>

Backoff::Backoff(int firstMs, int maxMs)
{
    setLimits(firstMs, maxMs);
}

void Backoff::setLimits(int firstMs, int maxMs)
{
    m_firstMs = qMax(10, firstMs);
    m_maxMs = qMax(m_firstMs, maxMs);
}

int Backoff::next(const ApiError &error)
{
    ++m_failures;
    return delayFor(m_failures, error);
}

int Backoff::delayFor(int failures, const ApiError &error) const
{
    // Capped exponent: a long outage must not overflow the shift.
    const int exponent = qBound(0, failures - 1, 16);
    qint64 delay = qMin<qint64>(qint64(m_firstMs) << exponent, m_maxMs);
    if (error.kind() == ApiError::Kind::RateLimited && error.retryAfterSeconds() > 0)
        delay = qMax<qint64>(delay, qint64(error.retryAfterSeconds()) * 1000);
    return int(delay);
}
