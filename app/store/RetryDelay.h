#pragma once

/// The wait before the next attempt after consecutive failures: doubles from the first wait up to the longest.
/// (The API's Backoff also honours Retry-After; the store layer may not include the API, and needs only this.)
class RetryDelay
{
public:
    RetryDelay(int firstMs, int maxMs);
    /// Counts one more failure and returns how long to wait before the next attempt.
    int next();
    /// An attempt succeeded: the next failure waits the first wait again.
    void reset() { m_failures = 0; }
    int failures() const { return m_failures; }

private:
    int m_firstMs;
    int m_maxMs;
    int m_failures = 0;
};
