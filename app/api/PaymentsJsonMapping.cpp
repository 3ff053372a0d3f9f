#include "api/PaymentsJsonMapping.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace {

void setWhy(QString *why, const QString &text)
{
    if (why)
        *why = text;
}

/// A 64-bit id: a JSON integer (exact in Qt 6) or, tolerated, a string of digits.
std::optional<qint64> idFrom(const QJsonValue &value)
{
    if (value.isDouble()) {
        const qint64 id = value.toInteger(-1);
        return id > 0 ? std::optional<qint64>(id) : std::nullopt;
    }
    if (value.isString()) {
        const QString text = value.toString();
        if (text.isEmpty() || text.size() > 19)
            return std::nullopt;
        for (const QChar c : text) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return std::nullopt;
        }
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
    }
    return std::nullopt;
}

} // namespace

QByteArray PaymentsJsonMapping::refundBody(const std::optional<Money> &amount, const Currency &currency)
{
    if (!amount)
        return QByteArrayLiteral("{}");
    const qint64 cents = amount->cents();
    if (cents <= 0 || cents % currency.centsPerStep() != 0)
        return {};
    QByteArray number;
    if (currency.hasMinorUnits()) {
        const QByteArray minor = QByteArray::number(cents % 100).rightJustified(2, '0');
        number = QByteArray::number(cents / 100) + '.' + minor;
    } else {
        number = QByteArray::number(cents / 100);
    }
    return QByteArrayLiteral("{\"amount\":") + number + '}';
}

RefundState PaymentsJsonMapping::refundState(const QString &status)
{
    if (status == QLatin1String("approved"))
        return RefundState::Done;
    if (status == QLatin1String("in_process"))
        return RefundState::Pending;
    if (status == QLatin1String("rejected"))
        return RefundState::Rejected;
    return RefundState::Unknown;
}

std::optional<RefundInfo> PaymentsJsonMapping::parseRefund(const QByteArray &body, qint64 expectedPayment,
                                                           QString *why)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        setWhy(why, QStringLiteral("the refund reply is not a JSON object"));
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    const std::optional<qint64> id = idFrom(object.value(QStringLiteral("id")));
    if (!id) {
        setWhy(why, QStringLiteral("the refund has no id"));
        return std::nullopt;
    }
    const QJsonValue paymentValue = object.value(QStringLiteral("payment_id"));
    if (expectedPayment != 0 && !paymentValue.isUndefined() && idFrom(paymentValue) != expectedPayment) {
        setWhy(why, QStringLiteral("the refund belongs to another payment"));
        return std::nullopt;
    }
    const QJsonValue amountValue = object.value(QStringLiteral("amount"));
    const std::optional<Money> amount =
        amountValue.isDouble() ? Money::fromJsonNumber(amountValue.toDouble()) : std::nullopt;
    if (!amount || !amount->isPositive()) {
        setWhy(why, QStringLiteral("the refund's amount is missing or not a money amount"));
        return std::nullopt;
    }
    const QJsonValue statusValue = object.value(QStringLiteral("status"));
    if (!statusValue.isString()) {
        setWhy(why, QStringLiteral("the refund has no status"));
        return std::nullopt;
    }
    RefundInfo info;
    info.id = RefundRef::fromNumber(*id);
    info.amount = *amount;
    info.rawStatus = statusValue.toString().left(64);
    info.state = refundState(info.rawStatus);
    return info;
}
