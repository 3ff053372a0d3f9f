#pragma once

#include "core/CardType.h"
#include "core/Currency.h"
#include "core/Money.h"
#include "core/OrderState.h"
#include "core/Ref.h"
#include "store/JournalRecords.h"
#include "store/ShopDetails.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QString>
#include <optional>

/// The receipt of one paid sale, made from the journal: the shop (Preferences), when, how much, what for, the card
/// as far as the API said, the payment id, the terminal, the sale number, and the refunds with what the shop kept.
/// No widgets and no painting: ReceiptDocument puts it on paper, pointdesk-cli writes it as text or JSON.
class Receipt
{
    Q_DECLARE_TR_FUNCTIONS(Receipt)

public:
    /// One refund as the receipt lists it (those that hold money: done, pending, or not answered yet).
    struct RefundLine
    {
        Money amount;
        QDateTime at; ///< UTC, when it was asked for
        JournalRefund::State state = JournalRefund::State::Recorded;
    };

    /// One line as printed: a heading (the shop's name, the title), plain text (the address), a label with its
    /// value (a value may wrap), a total in bold, or a rule.
    struct Row
    {
        enum class Kind { Heading, Text, Pair, Total, Rule };
        Kind kind = Kind::Text;
        QString label;
        QString value;
    };

    ShopDetails shop;
    qint64 saleNumber = 0; ///< the journal's local id, as the history shows it
    QDateTime at;          ///< UTC, when the sale was recorded
    Money amount;
    QString description;
    CardType cardType = CardType::Credit;
    QString cardBrand; ///< payment_method.id; "" when not given
    QString lastDigits;
    int installments = 0; ///< 0 = not known
    PaymentRef paymentId;
    QString terminal;
    OrderState state = OrderState::Approved; ///< as shown: Approved, PartlyRefunded or Refunded
    QList<RefundLine> refunds;               ///< oldest first
    Money refunded;  ///< given back: refunds done (the whole amount when the API reports the sale refunded)
    Money refunding; ///< refunds not settled yet (neither given back nor kept)

    /// What the shop kept: the amount less what was given back.
    Money net() const { return Money::fromCents(amount.cents() - refunded.cents()); }

    /// The receipt of `entry` with its `refunds` (OrderJournal::refunds(), any order), or nullopt when its money was
    /// not taken (any state but Paid, Partly refunded and Refunded); then `refusal` says so, translated.
    static std::optional<Receipt> from(const JournalEntry &entry, const QList<JournalRefund> &refunds,
                                       const ShopDetails &shop, QString *refusal = nullptr);
    /// Why sale `saleNumber`, in shown state `state`, has no receipt.
    static QString refusal(qint64 saleNumber, OrderState state);
    /// A refund's state in the customer's words ("done", "pending" ...).
    static QString refundStateName(JournalRefund::State state);

    /// The lines as printed, amounts in `currency` as `locale` writes money, dates in `locale`'s short format.
    QList<Row> rows(const QLocale &locale, const Currency &currency) const;
    /// rows() as plain text `width` characters wide (a value that does not fit beside its label goes below it, wrapped at
    /// spaces).
    QString toText(const QLocale &locale, const Currency &currency, int width = 48) const;
    /// The receipt as JSON: amounts as exact decimal strings and integer cents, ids as strings, times in ISO 8601 UTC.
    QJsonObject toJson(const Currency &currency) const;
};
