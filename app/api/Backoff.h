#pragma once

#include "api/ApiError.h"

/// The wait before the next attempt after consecutive failures: doubles from the first wait up to the longest,
/// and never shorter than a 429's Retry-After (Mercado Pago says when it will answer again; asking sooner only
/// earns another 429).
class Backoff
{
public:
    static constexpr int kDefaultFirstMs = 1000;
    static constexpr int kDefaultMaxMs = 30000;

    explicit Backoff(int firstMs = kDefaultFirstMs, int maxMs = kDefaultMaxMs);

    /// The first wait (at least 10 ms) and the longest (at least the first).
    void setLimits(int firstMs, int maxMs);
    int firstMs() const { return m_firstMs; }
    int maxMs() const { return m_maxMs; }

    /// Counts one more failure and returns how long to wait before the next attempt.
    int next(const ApiError &error);
    /// The wait next() would return for the `failures`-th consecutive failure, without counting it.
    int delayFor(int failures, const ApiError &error) const;
    /// An attempt succeeded: the next failure waits the first wait again.
    void reset() { m_failures = 0; }
    int failures() const { return m_failures; }

private:
    int m_firstMs = kDefaultFirstMs;
    int m_maxMs = kDefaultMaxMs;
    int m_failures = 0;
};
