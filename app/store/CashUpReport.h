#pragma once

#include "store/JournalRecords.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QString>
#include <optional>

/// One sale as the cash-up report lists it (a sale still open, or one that changed after its day was closed).
struct CashUpSale
{
    qint64 localId = 0;
    QDateTime createdAt; ///< UTC
    QDateTime updatedAt; ///< UTC, its last change
    QString description;
    QString terminal;
    CardType cardType = CardType::Credit;
    OrderState state = OrderState::Unknown; ///< as shown (JournalEntry::shownState())
    qint64 cents = 0;
    qint64 refundedCents = 0; ///< given back or on its way back by PointDesk's refunds
    QString counter;          ///< read from the store: the counter's name; "" from the local journal

    static CashUpSale from(const JournalEntry &entry);
};

/// The cash-up report of a day or a range of days (local time), without widgets or paper: the money taken by card
/// type and by terminal, refunds (settled, and in progress apart), net, the declined and cancelled sales (counted,
/// never money), the sales still open or unknown by name, the money taken per hour, and the sales of closed days
/// that changed after their closing. Its money is the history's: `totals` is OrderJournal::totals() of the same days.
///
/// A closed day keeps its report as it stood at the closing (toJson()/fromJson(), integer cents), so that it reads
/// the same whenever it is shown or printed again.
struct CashUpReport
{
    QDate fromDay; ///< local dates, inclusive
    QDate toDay;
    QDateTime madeAt; ///< UTC, when the figures were read from the journal
    JournalTotals totals;
    QList<qint64> takenByHour = QList<qint64>(24, 0); ///< takenCents by local hour, 0-23
    QList<CashUpSale> unfinished;          ///< still open or with an unknown result, oldest first
    QList<CashUpSale> changedAfterClosing; ///< sales of closed days before fromDay, changed since their closing
    /// Set for a closed day: the report is the snapshot the closing kept.
    std::optional<QDateTime> closedAt; ///< UTC
    QString closedBy;
    /// For a closed day: its sales that changed after the closing (read now, not kept): the next report lists them.
    qint64 changedSinceClosing = 0;
    /// Read from the store's PostgreSQL (StoreSalesReader::cashUpReport): the names of the counters read, and
    /// whether they are the whole store (else the one counter asked for). Empty and false for the local journal.
    QStringList counters;
    bool wholeStore = false;

    bool isFromStore() const { return wholeStore || !counters.isEmpty(); }

    bool isOneDay() const { return fromDay == toDay; }
    bool isClosed() const { return closedAt.has_value(); }
    /// "A sale is not finished": shown at the top.
    bool hasUnfinished() const { return !unfinished.isEmpty(); }
    /// The paid sales: takenCount, takenCents, refundedCents, refundingCents, netCents().
    JournalTotals::Bucket money() const { return totals.all(); }
    /// Sales in `state` (as shown), whatever their money.
    qint64 count(OrderState state) const { return totals.byState(state).count; }

    /// The states a sale may still leave, or whose result PointDesk does not know: listed by name.
    static QList<OrderState> unfinishedStates();

    /// The whole report as one JSON document: every amount in integer cents ("..._cents"), dates as ISO 8601, the
    /// states and card types by their stable keys; `rows` keeps the totals exactly, for fromJson().
    QJsonObject toJson() const;
    QByteArray toJsonBytes() const;
    /// The report toJson() wrote; nullopt when `json` is not one.
    static std::optional<CashUpReport> fromJson(const QByteArray &json);
};
