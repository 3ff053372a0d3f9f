#pragma once

#include "sim/SimHttpServer.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QtGlobal>
#include <optional>

// Internal to the Orders simulator: the X-Idempotency-Key memory of orders-api.md 1.2 ("Simulator" list).
// Keys are scoped per access token; a request is "the same" when method, path and body bytes match (an absent
// and an empty body are the same); replies >= 500 are never stored; an entry lives `lifetimeMs` from first use.
// Requests are handled one at a time on the simulator's thread and a reply is stored before it is sent, so a
// second request with the key always finds the first one's answer.
class OrdersIdempotencyStore
{
public:
    enum class Outcome { New, Replay, Conflict };

    struct Lookup
    {
        Outcome outcome = Outcome::New;
        SimHttpResponse stored; // Replay only
    };

    static constexpr qint64 kDefaultLifetimeMs = 24LL * 60 * 60 * 1000;

    Lookup lookup(const QString &token, const QString &key, const QString &method, const QString &path,
                  const QByteArray &body, qint64 nowMs);
    // Keeps `response` for the key unless its status is 5xx.
    void store(const QString &token, const QString &key, const QString &method, const QString &path,
               const QByteArray &body, const SimHttpResponse &response, qint64 nowMs);

    void setLifetimeMs(qint64 ms) { m_lifetimeMs = ms; }
    qint64 lifetimeMs() const { return m_lifetimeMs; }
    // Entries not yet expired at `nowMs`.
    int size(qint64 nowMs) const;
    void clear() { m_entries.clear(); }

private:
    struct Entry
    {
        QString method;
        QString path;
        QByteArray body;
        SimHttpResponse response;
        qint64 firstUseMs = 0;
    };
    static QString scopedKey(const QString &token, const QString &key) { return token + QLatin1Char('\n') + key; }

    QHash<QString, Entry> m_entries;
    qint64 m_lifetimeMs = kDefaultLifetimeMs;
};
