#include "api/PaymentsJsonMapping.h"

#include "api/JsonReading.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace {

void setWhy(QString *why, const QString &text)
{
    if (why)
        *why = text;
}

using JsonReading::numericId;

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
    const std::optional<QJsonObject> parsed = JsonReading::parseObject(body, why);
    if (!parsed)
        return std::nullopt;
    const QJsonObject &object = *parsed;
    const std::optional<qint64> id = numericId(object.value(QStringLiteral("id")));
    if (!id) {
        setWhy(why, QStringLiteral("the refund has no id"));
        return std::nullopt;
    }
    const QJsonValue paymentValue = object.value(QStringLiteral("payment_id"));
    if (expectedPayment != 0 && !paymentValue.isUndefined() && numericId(paymentValue) != expectedPayment) {
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
    info.rawStatus = JsonReading::displayText(statusValue, 64);
    info.state = refundState(info.rawStatus);
    return info;
}
