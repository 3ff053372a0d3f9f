#include "sim/OrdersIdempotencyStore.h"

OrdersIdempotencyStore::Lookup OrdersIdempotencyStore::lookup(const QString &token, const QString &key,
                                                              const QString &method, const QString &path,
                                                              const QByteArray &body, qint64 nowMs)
{
    const auto it = m_entries.find(scopedKey(token, key));
    if (it == m_entries.end())
        return {};
    if (nowMs - it->firstUseMs >= m_lifetimeMs) {
        m_entries.erase(it);
        return {};
    }
    if (it->method != method || it->path != path || it->body != body)
        return {Outcome::Conflict, {}};
    return {Outcome::Replay, it->response};
}

void OrdersIdempotencyStore::store(const QString &token, const QString &key, const QString &method, const QString &path,
                                   const QByteArray &body, const SimHttpResponse &response, qint64 nowMs)
{
    // A 5xx means "try again": the retry with the same key must run the operation, not replay the failure.
    if (response.status >= 500)
        return;
    Entry entry;
    entry.method = method;
    entry.path = path;
    entry.body = body;
    entry.response = response;
    entry.firstUseMs = nowMs;
    m_entries.insert(scopedKey(token, key), entry);
}

int OrdersIdempotencyStore::size(qint64 nowMs) const
{
    int alive = 0;
    for (const Entry &entry : m_entries) {
        if (nowMs - entry.firstUseMs < m_lifetimeMs)
            ++alive;
    }
    return alive;
}
