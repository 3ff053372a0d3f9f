#pragma once

#include "core/PaymentOrder.h"
#include "core/Ref.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

/// One sale as the journal holds it.
struct JournalEntry
{
    qint64 localId = 0;
    QDateTime createdAt; ///< UTC, when the sale was recorded (before its request left)
    QDateTime updatedAt; ///< UTC, the last change
    OrderRequest request;
    QString backend;  ///< the API the sale was sent through: "legacy" or "orders"
    OrderRef orderId; ///< null until the API named the order
    OrderState state = OrderState::Sending;
    QString status; ///< the API's raw order status (OPEN, CLOSED ...), "" until known
    PaymentRef paymentId;
    QString paymentStatus;
    QString lastError;      ///< why the sale failed or what is unclear about it; "" when nothing
    int createAttempts = 0; ///< create requests that may have left (counted before each one is sent)
    QString createKey;      ///< the create request's idempotency key, the same on every resend of this sale
    QString cancelKey;      ///< the cancel request's idempotency key; "" until a cancel was first asked for

    bool isFinal() const { return OrderStates::isFinal(state); }
};

/// One line of an entry's history: a state change or a note about the sale.
struct JournalEvent
{
    qint64 localId = 0;
    QDateTime at; ///< UTC
    OrderState state = OrderState::Unknown;
    QString detail;
};

/// Which entries to list, count or export. Empty members do not filter.
struct JournalFilter
{
    QDate fromDay;            ///< first day, local time, inclusive; invalid = no lower bound
    QDate toDay;              ///< last day, local time, inclusive; invalid = no upper bound
    QList<OrderState> states; ///< empty = every state
    QString deviceName;       ///< "" = every terminal
    int limit = -1;           ///< entries(): at most this many (-1 = all)
    int offset = 0;           ///< entries(): skip this many of the newest first

    /// Only `day` (local time).
    static JournalFilter day(const QDate &day);
};

/// Counts and sums of the entries that match a filter, by state and by card type.
struct JournalTotals
{
    struct Bucket
    {
        qint64 count = 0;
        qint64 cents = 0;
    };
    struct Row
    {
        OrderState state = OrderState::Unknown;
        CardType cardType = CardType::Credit;
        Bucket bucket;
    };

    QList<Row> rows; ///< one per (state, card type) that occurs

    Bucket all() const;
    Bucket byState(OrderState state) const;
    Bucket byCardType(CardType type) const;
    Bucket byStateAndCardType(OrderState state, CardType type) const;
};
