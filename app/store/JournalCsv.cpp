// The cells of the sales record's CSV export (see JournalCsv.h). The words keep the "OrderJournal" translation context.
#include "store/JournalCsv.h"

#include <QCoreApplication>

namespace {

// The sales' columns: the plain file's names (a contract), and the words of the history window for a spreadsheet.
struct CsvColumn
{
    const char *plain;
    const char *words;
};

const CsvColumn kSaleColumns[] = {
    {"local_id", QT_TRANSLATE_NOOP("OrderJournal", "Sale number")},
    {"created_at", QT_TRANSLATE_NOOP("OrderJournal", "Time")},
    {"updated_at", QT_TRANSLATE_NOOP("OrderJournal", "Last change")},
    {"terminal", QT_TRANSLATE_NOOP("OrderJournal", "Terminal")},
    {"card_type", QT_TRANSLATE_NOOP("OrderJournal", "Card")},
    {"amount", QT_TRANSLATE_NOOP("OrderJournal", "Amount")},
    {"description", QT_TRANSLATE_NOOP("OrderJournal", "Description")},
    {"state", QT_TRANSLATE_NOOP("OrderJournal", "State")},
    {"order_id", QT_TRANSLATE_NOOP("OrderJournal", "Order ID")},
    {"payment_id", QT_TRANSLATE_NOOP("OrderJournal", "Payment ID")},
    {"payment_status", QT_TRANSLATE_NOOP("OrderJournal", "Payment status")},
    {"external_reference", QT_TRANSLATE_NOOP("OrderJournal", "External reference")},
    {"payer_email", QT_TRANSLATE_NOOP("OrderJournal", "Payer's e-mail")},
    {"last_error", QT_TRANSLATE_NOOP("OrderJournal", "Last error")},
};

const CsvColumn kRefundColumns[] = {
    {"refund_local_id", QT_TRANSLATE_NOOP("OrderJournal", "Refund number")},
    {"sale_local_id", QT_TRANSLATE_NOOP("OrderJournal", "Sale number")},
    {"refund_id", QT_TRANSLATE_NOOP("OrderJournal", "Refund ID")},
    {"created_at", QT_TRANSLATE_NOOP("OrderJournal", "Time")},
    {"updated_at", QT_TRANSLATE_NOOP("OrderJournal", "Last change")},
    {"amount", QT_TRANSLATE_NOOP("OrderJournal", "Amount")},
    {"state", QT_TRANSLATE_NOOP("OrderJournal", "State")},
    {"requested_by", QT_TRANSLATE_NOOP("OrderJournal", "Requested by")},
    {"reason", QT_TRANSLATE_NOOP("OrderJournal", "Reason")},
    {"last_error", QT_TRANSLATE_NOOP("OrderJournal", "Last error")},
};

QString cardCell(CardType type, const CsvFormat &format)
{
    if (format.isSpreadsheet()) {
        return type == CardType::Credit ? QCoreApplication::translate("OrderJournal", "Credit card")
                                        : QCoreApplication::translate("OrderJournal", "Debit card");
    }
    return type == CardType::Credit ? QStringLiteral("credit") : QStringLiteral("debit");
}

QString refundStateCell(const QString &key, const CsvFormat &format)
{
    if (!format.isSpreadsheet())
        return format.text(key);
    switch (JournalRefund::stateFromKey(key).value_or(JournalRefund::State::Recorded)) {
    case JournalRefund::State::Recorded:
        return format.text(QCoreApplication::translate("OrderJournal", "Answer not known yet"));
    case JournalRefund::State::Done:
        return format.text(QCoreApplication::translate("OrderJournal", "Done"));
    case JournalRefund::State::Pending:
        return format.text(QCoreApplication::translate("OrderJournal", "Processing"));
    case JournalRefund::State::Rejected:
        return format.text(QCoreApplication::translate("OrderJournal", "Rejected"));
    case JournalRefund::State::Failed:
        return format.text(QCoreApplication::translate("OrderJournal", "Not made"));
    }
    return format.text(key);
}

} // namespace

namespace JournalCsv {

namespace {

template <std::size_t N> QStringList header(const CsvColumn (&columns)[N], const CsvFormat &format)
{
    QStringList cells;
    for (const CsvColumn &c : columns) {
        cells << (format.isSpreadsheet() ? format.text(QCoreApplication::translate("OrderJournal", c.words))
                                         : QString::fromLatin1(c.plain));
    }
    return cells;
}

} // namespace

QStringList saleHeader(const CsvFormat &format)
{
    return header(kSaleColumns, format);
}

QStringList saleCells(const JournalEntry &e, const CsvFormat &format)
{
    return {
        QString::number(e.localId),
        format.time(e.createdAt),
        format.time(e.updatedAt),
        format.text(e.request.deviceName),
        cardCell(e.request.cardType, format),
        format.amount(e.request.amount.cents()),
        format.text(e.request.description),
        // The window's word for the state as it shows it; the journal's key in the plain file.
        format.isSpreadsheet() ? format.text(OrderStates::displayName(e.shownState())) : OrderStates::toKey(e.state),
        format.text(e.orderId.toString()),
        format.text(e.paymentId.toString()),
        format.text(e.paymentStatus),
        format.text(e.request.externalReference),
        format.text(e.request.payerEmail),
        format.text(e.lastError),
    };
}

QStringList refundHeader(const CsvFormat &format)
{
    return header(kRefundColumns, format);
}

QStringList refundCells(const RefundLine &r, const CsvFormat &format)
{
    return {
        QString::number(r.refundLocalId),
        QString::number(r.saleLocalId),
        format.text(r.refundId),
        format.time(r.createdAt),
        format.time(r.updatedAt),
        format.amount(r.cents),
        refundStateCell(r.stateKey, format),
        format.text(r.requestedBy),
        format.text(r.reason),
        format.text(r.lastError),
    };
}

QString counterHeader(const CsvFormat &format)
{
    return format.isSpreadsheet() ? format.text(QCoreApplication::translate("StoreSalesReader", "Counter"))
                                  : QStringLiteral("counter");
}

} // namespace JournalCsv
