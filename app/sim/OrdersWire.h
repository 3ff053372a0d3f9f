#pragma once

#include "sim/SimHttpServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QtGlobal>
#include <optional>

// Internal to the Orders simulator: the wire forms of the Orders API contract (docs: orders-api.md 1.3-1.6) —
// ids, timestamps, decimal-string amounts, ISO-8601 durations and the error bodies.
class OrdersWire
{
public:
    // "ORD" / "PAY" / "REF" (or "ORDTST") followed by a 26-character ULID: 48-bit milliseconds, 80 random bits,
    // uppercase Crockford base-32.
    static QString newId(const QString &prefix);
    // True for "ORD" + 26 Crockford characters, and for "ORDTST" + 26 when `allowTestPrefix`.
    static bool isOrderId(const QString &text, bool allowTestPrefix);
    // A fresh numeric id as text, like the Payments API's payment ids ("reference_id").
    static QString newReferenceId();

    // Nanoseconds since the epoch, strictly increasing within the process so that every change gets a later
    // last_updated_date even when the clock's resolution is coarse.
    static qint64 nowNs();
    // "2024-09-10T14:26:42.109320977Z": UTC with nine fractional digits.
    static QString timestamp(qint64 ns);

    // A decimal-string amount as received: cents and the number of decimals written. nullopt when the text is
    // not digits with an optional '.' and 1-2 decimals, or is above Money's maximum.
    struct Amount
    {
        qint64 cents = 0;
        int decimals = 0;
    };
    static std::optional<Amount> parseAmount(const QString &text);
    // Cents written with `decimals` digits after the '.' (none when 0): the form of derived amounts.
    static QString formatAmount(qint64 cents, int decimals);

    // Milliseconds of an ISO-8601 duration made of hours, minutes and seconds ("PT30S", "PT1H15M"); nullopt
    // for anything else (days, fractions, empty "PT").
    static std::optional<qint64> durationMs(const QString &text);

    // The errors[] envelope of every Orders error but 401; `details` only when non-empty.
    static SimHttpResponse error(int status, const QString &code, const QString &message,
                                 const QStringList &details = {});
    // 401 with the flat body {"code": "unauthorized", "message": ...}.
    static SimHttpResponse unauthorized();
};
