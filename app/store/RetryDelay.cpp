#include "store/RetryDelay.h"

#include <QtGlobal>

RetryDelay::RetryDelay(int firstMs, int maxMs) : m_firstMs(qMax(1, firstMs)), m_maxMs(qMax(m_firstMs, maxMs)) {}

int RetryDelay::next()
{
    qint64 delay = m_firstMs;
    for (int i = 0; i < m_failures && delay < m_maxMs; ++i)
        delay *= 2;
    ++m_failures;
    return int(qMin<qint64>(delay, m_maxMs));
}
