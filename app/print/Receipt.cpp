#include "print/Receipt.h"

#include "core/CardBrand.h"

#include <QJsonArray>
#include <algorithm>

namespace {

QString cardTypeName(CardType type)
{
    return type == CardType::Credit ? QCoreApplication::translate("Formatting", "Credit card")
                                    : QCoreApplication::translate("Formatting", "Debit card");
}

QString fixedCents(Money amount)
{
    const qint64 cents = amount.cents();
    const qint64 whole = (cents < 0 ? -cents : cents);
    return QStringLiteral("%1%2.%3")
        .arg(cents < 0 ? QStringLiteral("-") : QString())
        .arg(whole / 100)
        .arg(whole % 100, 2, 10, QLatin1Char('0'));
}

// `text` in lines of at most `width` characters, broken at spaces (inside a word only when it is longer than a line),
// each line after `indent`.
QStringList wrapped(const QString &text, int width, const QString &indent)
{
    QStringList lines;
    QString line;
    for (QString word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        while (word.size() > width) {
            if (!line.isEmpty()) {
                lines << indent + line;
                line.clear();
            }
            lines << indent + word.left(width);
            word = word.mid(width);
        }
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines << indent + line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty() || lines.isEmpty())
        lines << indent + line;
    return lines;
}

} // namespace

std::optional<Receipt> Receipt::from(const JournalEntry &entry, const QList<JournalRefund> &refunds,
                                     const ShopDetails &shop, QString *refusalText)
{
    const OrderState shown = entry.shownState();
    if (!OrderStates::wasPaid(shown)) {
        if (refusalText)
            *refusalText = refusal(entry.localId, shown);
        return std::nullopt;
    }
    Receipt r;
    r.shop = shop;
    r.saleNumber = entry.localId;
    r.at = entry.createdAt;
    r.amount = entry.request.amount;
    r.description = entry.request.description;
    r.cardType = entry.request.cardType;
    r.cardBrand = entry.cardBrand;
    r.lastDigits = entry.lastDigits;
    r.installments = entry.installments;
    r.paymentId = entry.paymentId;
    r.terminal = entry.request.deviceName;
    r.state = shown;
    QList<JournalRefund> sorted = refunds;
    std::sort(sorted.begin(), sorted.end(), [](const JournalRefund &a, const JournalRefund &b) {
        return a.refundLocalId < b.refundLocalId;
    });
    qint64 done = 0;
    qint64 open = 0;
    for (const JournalRefund &refund : sorted) {
        if (refund.saleLocalId != entry.localId || !refund.holdsMoney())
            continue;
        r.refunds.append({refund.amount, refund.createdAt, refund.state});
        (refund.state == JournalRefund::State::Done ? done : open) += refund.amount.cents();
    }
    // As the history's totals count it: a sale the API reports as refunded gave its whole amount back, even when
    // part of it went back outside PointDesk.
    r.refunded = Money::fromCents(entry.state == OrderState::Refunded ? entry.request.amount.cents() : done);
    r.refunding = Money::fromCents(open);
    return r;
}

QString Receipt::refusal(qint64 saleNumber, OrderState state)
{
    return tr("Sale %1 has no receipt: it is %2. A receipt is only for a sale whose money was taken (paid, partly "
              "refunded or refunded).")
        .arg(saleNumber)
        .arg(OrderStates::displayName(state).toLower());
}

QString Receipt::refundStateName(JournalRefund::State state)
{
    switch (state) {
    case JournalRefund::State::Done:
        return tr("done");
    case JournalRefund::State::Pending:
        return tr("being processed");
    case JournalRefund::State::Recorded:
        return tr("not confirmed yet");
    case JournalRefund::State::Rejected:
        return tr("rejected");
    case JournalRefund::State::Failed:
        return tr("not made");
    }
    return QString();
}

QList<Receipt::Row> Receipt::rows(const QLocale &locale, const Currency &currency) const
{
    using Kind = Row::Kind;
    const auto amountText = [&locale, &currency](Money m) { return m.toCurrencyString(locale, currency); };
    QList<Row> out;
    if (!shop.name.isEmpty())
        out.append({Kind::Heading, shop.name, {}});
    for (const QString &line : shop.address.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        out.append({Kind::Text, line, {}});
    if (!shop.taxId.isEmpty())
        //: On a receipt: the shop's tax identification number (CUIT, CNPJ, RFC ...).
        out.append({Kind::Text, tr("Tax id: %1").arg(shop.taxId), {}});
    if (!out.isEmpty())
        out.append({Kind::Rule, {}, {}});
    //: The title of a receipt; %1 is the sale's number in the history.
    out.append({Kind::Heading, tr("Receipt: sale %1").arg(saleNumber), {}});
    out.append({Kind::Pair, tr("Date"), locale.toString(at.toLocalTime(), QLocale::ShortFormat)});
    out.append({Kind::Pair, tr("Description"), description});
    out.append({Kind::Total, tr("Amount"), amountText(amount)});
    out.append({Kind::Pair, tr("Paid with"), cardTypeName(cardType)});
    const QString card = CardBrands::summary(cardBrand, lastDigits, installments);
    if (!card.isEmpty())
        out.append({Kind::Pair, tr("Card"), card});
    if (!paymentId.isNull())
        out.append({Kind::Pair, tr("Payment ID"), paymentId.toString()});
    out.append({Kind::Pair, tr("Terminal"), terminal});
    out.append({Kind::Pair, tr("State"), OrderStates::displayName(state)});
    if (refunds.isEmpty() && refunded.cents() == 0)
        return out;
    out.append({Kind::Rule, {}, {}});
    for (const RefundLine &refund : refunds) {
        //: On a receipt: one refund; %1 its date and time, %2 its state ("done").
        out.append({Kind::Pair, tr("Refund %1 (%2)").arg(locale.toString(refund.at.toLocalTime(), QLocale::ShortFormat),
                                                         refundStateName(refund.state)),
                    QLatin1Char('-') + amountText(refund.amount)});
    }
    out.append({Kind::Pair, tr("Given back"), amountText(refunded)});
    if (refunding.isPositive())
        out.append({Kind::Pair, tr("Refunds not settled yet"), amountText(refunding)});
    out.append({Kind::Total, tr("Net"), amountText(net())});
    return out;
}

QString Receipt::toText(const QLocale &locale, const Currency &currency, int width) const
{
    QStringList lines;
    for (const Row &row : rows(locale, currency)) {
        switch (row.kind) {
        case Row::Kind::Rule:
            lines << QString(width, QLatin1Char('-'));
            break;
        case Row::Kind::Heading:
        case Row::Kind::Text:
            lines << row.label;
            break;
        case Row::Kind::Pair:
        case Row::Kind::Total: {
            const QString label = row.kind == Row::Kind::Total ? row.label.toUpper() : row.label;
            const QString value = QString(row.value).replace(QLatin1Char('\n'), QLatin1Char(' '));
            const int gap = width - int(label.size()) - int(value.size());
            if (gap >= 2)
                lines << label + QString(gap, QLatin1Char(' ')) + value;
            else
                lines << label << wrapped(value, width - 2, QStringLiteral("  "));
            break;
        }
        }
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QJsonObject Receipt::toJson(const Currency &currency) const
{
    QJsonArray refundList;
    for (const RefundLine &refund : refunds) {
        QJsonObject o{{QStringLiteral("amount"), fixedCents(refund.amount)},
                      {QStringLiteral("amount_cents"), refund.amount.cents()}};
        o.insert(QStringLiteral("at"), refund.at.toUTC().toString(Qt::ISODateWithMs));
        o.insert(QStringLiteral("state"), JournalRefund::stateKey(refund.state));
        refundList.append(o);
    }
    QJsonObject shopObject{{QStringLiteral("name"), shop.name},
                           {QStringLiteral("address"), shop.address},
                           {QStringLiteral("tax_id"), shop.taxId}};
    return QJsonObject{
        {QStringLiteral("sale"), saleNumber},
        {QStringLiteral("shop"), shopObject},
        {QStringLiteral("created_at"), at.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("currency"), currency.code()},
        {QStringLiteral("amount"), fixedCents(amount)},
        {QStringLiteral("amount_cents"), amount.cents()},
        {QStringLiteral("description"), description},
        {QStringLiteral("card_type"), CardTypes::toApi(cardType)},
        {QStringLiteral("card_brand"), cardBrand.isEmpty() ? QJsonValue() : QJsonValue(cardBrand)},
        {QStringLiteral("last_digits"), lastDigits.isEmpty() ? QJsonValue() : QJsonValue(lastDigits)},
        {QStringLiteral("installments"), installments > 0 ? QJsonValue(installments) : QJsonValue()},
        {QStringLiteral("payment_id"), paymentId.isNull() ? QJsonValue() : QJsonValue(paymentId.toString())},
        {QStringLiteral("terminal"), terminal},
        {QStringLiteral("state"), OrderStates::toKey(state)},
        {QStringLiteral("refunds"), refundList},
        {QStringLiteral("refunded"), fixedCents(refunded)},
        {QStringLiteral("refunded_cents"), refunded.cents()},
        {QStringLiteral("refunding"), fixedCents(refunding)},
        {QStringLiteral("refunding_cents"), refunding.cents()},
        {QStringLiteral("net"), fixedCents(net())},
        {QStringLiteral("net_cents"), net().cents()},
    };
}
