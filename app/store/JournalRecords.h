#pragma once

#include "core/PaymentOrder.h"
#include "core/Refund.h"
#include "core/Ref.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

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
    Money refunded;         ///< given back or on its way back by PointDesk's refunds (done, pending, unsettled)
    QString cardBrand;      ///< the API's payment_method.id ("visa", "master" ...); "" when not given
    QString lastDigits;     ///< the card's last digits; "" when not given
    int installments = 0;   ///< 0 = not known
    QString counterId;      ///< read from the store (StoreSalesReader): the counter that made the sale; "" from the
                            ///< local journal
    QString counterName;    ///< read from the store: that counter's name; "" from the local journal

    bool isFinal() const { return OrderStates::isFinal(state); }
    /// The state as a person reads it: a paid sale with refunds is Refunded or PartlyRefunded.
    OrderState shownState() const
    {
        if ((state == OrderState::Approved || state == OrderState::PartlyRefunded) && refunded.isPositive())
            return request.amount.cents() <= refunded.cents() ? OrderState::Refunded : OrderState::PartlyRefunded;
        return state;
    }
};

/// One refund of a sale as the journal holds it: written, with its idempotency key, before it is sent.
struct JournalRefund
{
    /// Recorded: written and perhaps sent, answer not known yet (unsettled: resent with the same key, never
    /// replaced by a new refund). Done / Pending / Rejected: what the API answered. Failed: certainly not made
    /// (refused before it left, or by the API with a definite no); its amount is free again.
    enum class State { Recorded, Done, Pending, Rejected, Failed };

    qint64 refundLocalId = 0;
    qint64 saleLocalId = 0;
    QDateTime createdAt; ///< UTC
    QDateTime updatedAt; ///< UTC
    Money amount;        ///< asked for (for the whole balance: the balance when it was recorded); once the API
                         ///< answered, the amount it gave back
    bool wholeBalance = false; ///< asked for the whole remaining balance (sent without an amount)
    QString reason;
    QString requestedBy;
    QString idempotencyKey; ///< the same on every resend of this refund
    State state = State::Recorded;
    RefundRef refundId;     ///< null until the API named the refund
    QString status;         ///< the API's raw refund status
    int attempts = 0;       ///< refund requests that may have left (counted before each one is sent)
    QString lastError;

    /// Still counts against the sale's balance: everything but Failed and Rejected.
    bool holdsMoney() const { return state != State::Failed && state != State::Rejected; }
    /// Not settled: the answer is not known (Recorded) or the API is still processing it (Pending).
    bool isOpen() const { return state == State::Recorded || state == State::Pending; }

    static QString stateKey(State state);
    static std::optional<State> stateFromKey(const QString &key);
};

/// What a paid sale can still give back.
struct RefundBalance
{
    Money paid;     ///< the sale's amount
    Money refunded; ///< done, pending and not yet settled refunds together
    Money left() const { return Money::fromCents(qMax<qint64>(0, paid.cents() - refunded.cents())); }
    bool refundInProgress = false; ///< a refund of the sale is not settled yet
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
    QString deviceName;       ///< "" = every terminal; else the sales whose terminal TerminalMatch::matches() it
    QString counterId;        ///< the store's reads (StoreSalesReader) only: "" = every counter, else this counter's
                              ///< sales. The local journal holds one counter's sales and ignores it.
    int limit = -1;           ///< entries(): at most this many (-1 = all)
    int offset = 0;           ///< entries(): skip this many of the newest first

    /// Only `day` (local time).
    static JournalFilter day(const QDate &day);
};

/// Counts and sums of the entries that match a filter, by state (as shown: a paid sale with refunds is Refunded or
/// PartlyRefunded), card type and terminal, with what was given back.
///
/// "Money taken" is the sales whose customer paid (OrderStates::wasPaid of the shown state): only they add to
/// takenCents, refundedCents and netCents(). Declined, cancelled, expired, open, unknown and action-required sales
/// are counted (count, cents) but never taken.
struct JournalTotals
{
    struct Bucket
    {
        qint64 count = 0;          ///< sales, any state
        qint64 cents = 0;          ///< their amounts, any state
        qint64 takenCount = 0;     ///< sales whose money was taken
        qint64 takenCents = 0;     ///< paid: the amounts of those sales
        qint64 refundedCents = 0;  ///< given back to them by refunds that succeeded (a sale the API reports as
                                   ///< fully refunded: its whole amount)
        qint64 refundingCents = 0; ///< refunds not settled yet (recorded or pending): neither given back nor kept
        /// Money kept: paid minus given back.
        qint64 netCents() const { return takenCents - refundedCents; }
        void add(const Bucket &other);
        /// One paid sale of `cents` moves from this bucket to `to` (its refunds changed the state it is shown in).
        void movePaidSale(Bucket &to, qint64 cents);
        /// `count` sales of `cents` in all, stored in `state` (before their refunds are read): taken when that
        /// state took the money, and wholly given back when it is Refunded.
        static Bucket ofStoredSales(OrderState state, qint64 count, qint64 cents);
    };
    struct Row
    {
        OrderState state = OrderState::Unknown; ///< as shown (JournalEntry::shownState())
        CardType cardType = CardType::Credit;
        QString terminal; ///< the terminal's name as recorded on the sale
        QString counter;  ///< read from the store: the counter's name; "" from the local journal
        Bucket bucket;
    };

    QList<Row> rows; ///< one per (state, card type, terminal) that occurs

    /// True for the shown states whose money was taken: Approved, PartlyRefunded, Refunded.
    static bool tookMoney(OrderState shownState) { return OrderStates::wasPaid(shownState); }

    Bucket all() const;
    Bucket byState(OrderState state) const;
    Bucket byCardType(CardType type) const;
    Bucket byStateAndCardType(OrderState state, CardType type) const;
    Bucket byTerminal(const QString &terminal) const;
    /// The terminals that occur, sorted by name (case-insensitive).
    QStringList terminals() const;
    /// The rows of the counter named `name` (store-wide totals; "" holds every row of the local journal's).
    Bucket byCounter(const QString &name) const;
    /// The counters that occur, sorted like terminals() (the local journal's totals: one, "").
    QStringList counters() const;
};
/// A closed day ("Close the day"): when, by whom, and the cash-up report as it stood then (CashUpReport's JSON).
struct JournalClosing
{
    QDate day;          ///< local date
    QDateTime closedAt; ///< UTC
    QString closedBy;   ///< who closed it, as the program knows them ("manager", "pointdesk-cli")
    QByteArray reportJson;
};

Q_DECLARE_METATYPE(JournalRefund)

/// One change of the journal as the outbox holds it, for the store's PostgreSQL: the row written (a sale, a refund or a
/// line of a sale's history) as it was right after the change.
struct OutboxRow
{
    enum class Kind { Sale, Refund, Event };

    qint64 changeNo = 0;    ///< > 0, in the order the changes were committed; no gaps
    qint64 saleLocalId = 0; ///< the sale the row belongs to
    Kind kind = Kind::Sale;
    qint64 rowId = 0;       ///< the sale's, refund's or history line's local id
    qint64 atMs = 0;        ///< when the change was made (ms since the epoch, UTC)
    QByteArray payload;     ///< a JSON object: the row's columns after the change

    static QString kindKey(Kind kind);
    static std::optional<Kind> kindFromKey(const QString &key);
};

/// How far the store's PostgreSQL has the journal's changes.
struct OutboxStatus
{
    QString journalId;      ///< random, made with the outbox: tells this journal apart from a later one at its path
    qint64 lastChange = 0;  ///< the newest change number (0: none yet)
    qint64 pushedUpTo = 0;  ///< every change up to this one is in the store
    qint64 waiting = 0;     ///< changes after pushedUpTo
    QDateTime lastPushAt;   ///< UTC, when changes last reached the store; invalid before
    QString lastError;      ///< why the last attempt failed; "" when it worked
};

