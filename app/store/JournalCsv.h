#pragma once

#include "store/CsvFormat.h"
#include "store/JournalRecords.h"

#include <QString>
#include <QStringList>

/// The cells of the sales record's CSV export, shared by the local journal (OrderJournal::exportCsv) and the store's
/// record (StoreSalesReader::exportCsv, which puts a counter column in front): the same columns, words and rules.
namespace JournalCsv {

/// The sales table's header cells.
QStringList saleHeader(const CsvFormat &format);
/// One sale's cells.
QStringList saleCells(const JournalEntry &entry, const CsvFormat &format);

/// One refund as the refunds table lists it.
struct RefundLine
{
    qint64 refundLocalId = 0;
    qint64 saleLocalId = 0;
    QString refundId;
    QDateTime createdAt; ///< UTC
    QDateTime updatedAt; ///< UTC
    qint64 cents = 0;
    QString stateKey; ///< JournalRefund::stateKey()
    QString requestedBy;
    QString reason;
    QString lastError;
};

/// The refunds table's header cells.
QStringList refundHeader(const CsvFormat &format);
/// One refund's cells.
QStringList refundCells(const RefundLine &refund, const CsvFormat &format);

/// The store's extra column: "counter" in the plain file, the word "Counter" for a spreadsheet.
QString counterHeader(const CsvFormat &format);

} // namespace JournalCsv
