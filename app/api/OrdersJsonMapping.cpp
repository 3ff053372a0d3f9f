#include "api/OrdersJsonMapping.h"

#include "api/JsonReading.h"
#include "core/SafeText.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

namespace {

const QLatin1String kStatus("status");
const QLatin1String kStatusDetail("status_detail");

using JsonReading::parseObject;

template <typename T>
std::optional<T> fail(QString *why, const QString &text)
{
    if (why)
        *why = text;
    return std::nullopt;
}

// A short text field as people may see it (see SafeText): a string, or (tolerated) an integer number written as its
// digits; "" for anything else.
QString readText(const QJsonValue &value, qsizetype maxChars = 256)
{
    if (value.isString())
        return JsonReading::displayText(value, maxChars);
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d >= -9e15 && d <= 9e15 && d == double(qint64(d)))
            return QString::number(qint64(d));
    }
    return {};
}

// An id: a non-empty string kept exactly; nullopt when absent, not a string or longer than any id can be.
std::optional<QString> readId(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    const QString id = value.toString();
    if (id.trimmed().isEmpty() || id.size() > OrdersJsonMapping::kMaxIdChars)
        return std::nullopt;
    return id;
}

// A terminal's id, which is also its name in the picker and in pointdesk-cli: one that cannot be shown as it is
// (control or bidi characters, longer than a name) cannot be chosen or addressed either.
std::optional<QString> readTerminalId(const QJsonValue &value)
{
    const std::optional<QString> id = readId(value);
    if (!id || !SafeText::isClean(*id, SafeText::kMaxNameChars))
        return std::nullopt;
    return id;
}

std::optional<Money> readAmount(const QJsonValue &value)
{
    return value.isString() ? OrdersJsonMapping::parseAmount(value.toString()) : std::nullopt;
}

QString lower(const QString &text)
{
    return text.trimmed().toLower();
}

QJsonArray paymentsOf(const QJsonObject &order)
{
    return order.value(QLatin1String("transactions")).toObject().value(QLatin1String("payments")).toArray();
}

QJsonArray refundsOf(const QJsonObject &order)
{
    return order.value(QLatin1String("transactions")).toObject().value(QLatin1String("refunds")).toArray();
}

std::optional<RefundInfo> readRefund(const QJsonObject &entry)
{
    const auto id = readId(entry.value(QLatin1String("id")));
    if (!id)
        return std::nullopt;
    RefundInfo refund;
    refund.id = RefundRef(*id);
    refund.amount = readAmount(entry.value(QLatin1String("amount"))).value_or(Money());
    refund.rawStatus = readText(entry.value(kStatus), 64);
    refund.state = OrdersJsonMapping::refundState(refund.rawStatus);
    return refund;
}

} // namespace

// --- status model (4.2, 4.3, 8) -------------------------------------------------------------------------

DeclineReason OrdersJsonMapping::declineReason(const QString &paymentStatusDetail)
{
    static const QList<QPair<QLatin1String, DeclineReason>> table{
        {QLatin1String("bad_filled_card_data"), DeclineReason::BadCardData},
        {QLatin1String("high_risk"), DeclineReason::HighRisk},
        {QLatin1String("rejected_by_issuer"), DeclineReason::RejectedByIssuer},
        {QLatin1String("required_call_for_authorize"), DeclineReason::CallForAuthorization},
        {QLatin1String("max_attempts_exceeded"), DeclineReason::MaxAttempts},
        {QLatin1String("card_disabled"), DeclineReason::CardDisabled},
        {QLatin1String("insufficient_amount"), DeclineReason::InsufficientFunds},
        {QLatin1String("amount_limit_exceeded"), DeclineReason::AmountLimit},
        {QLatin1String("processing_error"), DeclineReason::ProcessingError},
        {QLatin1String("invalid_installments"), DeclineReason::InvalidInstallments}};
    const QString detail = lower(paymentStatusDetail);
    for (const auto &entry : table) {
        if (detail == entry.first)
            return entry.second;
    }
    // "failed", "in_review", "rejected_other_reason" and anything unknown: declined, reason not given.
    return DeclineReason::Other;
}

OrdersJsonMapping::StateMapping OrdersJsonMapping::orderState(const QString &orderStatus,
                                                              const QString &orderStatusDetail,
                                                              const QString &paymentStatus,
                                                              const QString &paymentStatusDetail)
{
    // The order's status decides (8: "decide on status only"); its detail matters only where the contract gives it
    // a meaning of its own (processed + partially_refunded). The payment says why a payment failed and whether a
    // cancel is pending.
    Q_UNUSED(paymentStatus)
    StateMapping out;
    const QString status = lower(orderStatus);
    const QString detail = lower(orderStatusDetail);
    const QString paymentDetail = lower(paymentStatusDetail);
    if (status == QLatin1String("created") || status == QLatin1String("at_terminal")) {
        out.state = OrderState::WaitingForCard;
        out.cancellationRequested = paymentDetail == QLatin1String("cancellation_requested");
    } else if (status == QLatin1String("processed")) {
        const bool partly = detail == QLatin1String("partially_refunded") ||
                            paymentDetail == QLatin1String("partially_refunded");
        out.state = partly ? OrderState::PartlyRefunded : OrderState::Approved;
    } else if (status == QLatin1String("refunded")) {
        out.state = OrderState::Refunded;
    } else if (status == QLatin1String("failed")) {
        out.state = OrderState::Rejected;
        out.declineReason = declineReason(paymentStatusDetail);
    } else if (status == QLatin1String("canceled") || status == QLatin1String("cancelled")) {
        out.state = OrderState::Cancelled;
    } else if (status == QLatin1String("expired")) {
        out.state = OrderState::Expired;
    } else if (status == QLatin1String("action_required")) {
        out.state = OrderState::ActionRequired;
    } else if (status == QLatin1String("processing")) {
        out.state = OrderState::WaitingForCard; // generic Orders page only: "still waiting" (4.2)
    } else {
        out.state = OrderState::Unknown; // never final, never paid: keep checking (4.3, unknown values)
    }
    return out;
}

RefundState OrdersJsonMapping::refundState(const QString &status)
{
    const QString s = lower(status);
    if (s == QLatin1String("processed"))
        return RefundState::Done;
    if (s == QLatin1String("processing"))
        return RefundState::Pending;
    if (s == QLatin1String("rejected") || s == QLatin1String("failed"))
        return RefundState::Rejected;
    return RefundState::Unknown;
}

// --- wire forms (1.4, 1.5) ------------------------------------------------------------------------------

std::optional<Money> OrdersJsonMapping::parseAmount(const QString &text)
{
    const QString t = text.trimmed();
    const qsizetype dot = t.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? t : t.left(dot);
    const QString fraction = dot < 0 ? QString() : t.mid(dot + 1);
    if (whole.isEmpty() || whole.size() > 11 || (dot >= 0 && (fraction.isEmpty() || fraction.size() > 9)))
        return std::nullopt;
    qint64 units = 0;
    for (const QChar c : whole) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        units = units * 10 + (c.unicode() - '0');
    }
    qint64 cents = 0;
    for (qsizetype i = 0; i < fraction.size(); ++i) {
        const QChar c = fraction.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        if (i < 2)
            cents += (c.unicode() - '0') * (i == 0 ? 10 : 1);
        else if (c != QLatin1Char('0'))
            return std::nullopt; // finer than a cent: not an amount PointDesk can hold exactly
    }
    const qint64 total = units * 100 + cents;
    if (total > Money::kMaxCents)
        return std::nullopt;
    return Money::fromCents(total);
}

std::optional<QString> OrdersJsonMapping::formatAmount(Money amount, const Currency &currency)
{
    const qint64 cents = amount.cents();
    if (cents < 0)
        return std::nullopt;
    if (!currency.hasMinorUnits()) {
        if (cents % 100 != 0)
            return std::nullopt;
        return QString::number(cents / 100);
    }
    return QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

std::optional<QDateTime> OrdersJsonMapping::parseTimestamp(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral(
        "^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,9}))?(Z|[+-]\\d{2}:\\d{2})$"));
    if (text.size() > 40)
        return std::nullopt;
    const QRegularExpressionMatch m = shape.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QString fraction = m.captured(7);
    const int ms = fraction.isEmpty() ? 0 : QString(fraction + QStringLiteral("00")).left(3).toInt();
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), ms);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const QString zone = m.captured(8);
    int offsetSeconds = 0;
    if (zone != QLatin1String("Z")) {
        const int hours = zone.mid(1, 2).toInt();
        const int minutes = zone.mid(4, 2).toInt();
        if (hours > 14 || minutes > 59)
            return std::nullopt;
        offsetSeconds = (hours * 3600 + minutes * 60) * (zone.startsWith(QLatin1Char('-')) ? -1 : 1);
    }
    const QDateTime when(date, time, offsetSeconds == 0 ? QTimeZone::utc() : QTimeZone(offsetSeconds));
    if (!when.isValid())
        return std::nullopt;
    return when.toUTC();
}

std::optional<int> OrdersJsonMapping::parseDuration(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^PT(?:(\\d{1,6})H)?(?:(\\d{1,6})M)?(?:(\\d{1,7})S)?$"));
    if (text.size() > 32)
        return std::nullopt;
    const QRegularExpressionMatch m = shape.match(text);
    if (!m.hasMatch() || text == QLatin1String("PT"))
        return std::nullopt;
    const qint64 seconds = m.captured(1).toLongLong() * 3600 + m.captured(2).toLongLong() * 60 +
                           m.captured(3).toLongLong();
    if (seconds > std::numeric_limits<int>::max())
        return std::nullopt;
    return int(seconds);
}

QString OrdersJsonMapping::formatDuration(int seconds)
{
    seconds = qMax(0, seconds);
    QString out = QStringLiteral("PT");
    if (seconds >= 3600)
        out += QString::number(seconds / 3600) + QLatin1Char('H');
    if (seconds % 3600 >= 60)
        out += QString::number(seconds % 3600 / 60) + QLatin1Char('M');
    if (seconds % 60 != 0 || seconds == 0)
        out += QString::number(seconds % 60) + QLatin1Char('S');
    return out;
}

Device::OperatingMode OrdersJsonMapping::operatingMode(const QString &text)
{
    const QString mode = text.trimmed().toUpper();
    if (mode == QLatin1String("PDV"))
        return Device::OperatingMode::Pdv;
    if (mode == QLatin1String("STANDALONE"))
        return Device::OperatingMode::Standalone;
    if (mode == QLatin1String("UNDEFINED"))
        return Device::OperatingMode::Undefined;
    return Device::OperatingMode::Unknown;
}

QString OrdersJsonMapping::operatingModeText(Device::OperatingMode mode)
{
    switch (mode) {
    case Device::OperatingMode::Pdv:
        return QStringLiteral("PDV");
    case Device::OperatingMode::Standalone:
        return QStringLiteral("STANDALONE");
    case Device::OperatingMode::NotApplicable:
    case Device::OperatingMode::Undefined:
    case Device::OperatingMode::Unknown:
        break;
    }
    return {};
}

QString OrdersJsonMapping::derivedExternalReference(const QString &idempotencyKey)
{
    static const QRegularExpression fits(QStringLiteral("^[A-Za-z0-9_-]{1,61}$"));
    if (fits.match(idempotencyKey).hasMatch())
        return QStringLiteral("pd-") + idempotencyKey;
    const QByteArray hash = QCryptographicHash::hash(idempotencyKey.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QStringLiteral("pd-") + QString::fromLatin1(hash.left(40));
}

// --- request bodies -------------------------------------------------------------------------------------

std::optional<QByteArray> OrdersJsonMapping::createOrderBody(const OrderRequest &request, const Currency &currency,
                                                             const QString &externalReference)
{
    const std::optional<QString> amount = formatAmount(request.amount, currency);
    if (!amount)
        return std::nullopt;
    QJsonObject point{{QLatin1String("terminal_id"), request.deviceName}};
    if (!request.printOnTerminal)
        point.insert(QLatin1String("print_on_terminal"), QStringLiteral("no_ticket"));
    const QJsonObject config{
        {QLatin1String("point"), point},
        {QLatin1String("payment_method"),
         QJsonObject{{QLatin1String("default_type"), CardTypes::toApi(request.cardType)}}}};
    QJsonObject body;
    body.insert(QLatin1String("type"), QStringLiteral("point"));
    body.insert(QLatin1String("external_reference"), externalReference);
    if (request.expirationSeconds)
        body.insert(QLatin1String("expiration_time"), formatDuration(*request.expirationSeconds));
    body.insert(QLatin1String("transactions"),
                QJsonObject{{QLatin1String("payments"), QJsonArray{QJsonObject{{QLatin1String("amount"), *amount}}}}});
    body.insert(QLatin1String("config"), config);
    if (!request.description.isEmpty())
        body.insert(QLatin1String("description"), request.description);
    // QJsonObject keeps its keys sorted: the same request always gives the same bytes.
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray OrdersJsonMapping::setupBody(const QString &terminal, Device::OperatingMode mode)
{
    const QJsonObject entry{{QLatin1String("id"), terminal},
                            {QLatin1String("operating_mode"), operatingModeText(mode)}};
    return QJsonDocument(QJsonObject{{QLatin1String("terminals"), QJsonArray{entry}}}).toJson(QJsonDocument::Compact);
}

std::optional<QByteArray> OrdersJsonMapping::refundBody(const RefundRequest &request, const Currency &currency)
{
    if (!request.amount)
        return QByteArray(); // total refund: no body (3.4)
    const std::optional<QString> amount = formatAmount(*request.amount, currency);
    if (!amount)
        return std::nullopt;
    const QJsonObject entry{{QLatin1String("id"), request.payment.toString()}, {QLatin1String("amount"), *amount}};
    return QJsonDocument(QJsonObject{{QLatin1String("transactions"), QJsonArray{entry}}})
        .toJson(QJsonDocument::Compact);
}

// --- replies --------------------------------------------------------------------------------------------

std::optional<OrdersJsonMapping::TerminalPage> OrdersJsonMapping::parseTerminalPage(const QByteArray &body,
                                                                                    qint64 requestedOffset,
                                                                                    QString *why)
{
    const auto obj = parseObject(body, why);
    if (!obj)
        return std::nullopt;
    const QJsonValue terminals = obj->value(QLatin1String("data")).toObject().value(QLatin1String("terminals"));
    if (!terminals.isArray())
        return fail<TerminalPage>(why, QStringLiteral("terminal list has no data.terminals array"));
    TerminalPage page;
    const QJsonArray array = terminals.toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject t = value.toObject();
        const auto id = readTerminalId(t.value(QLatin1String("id")));
        if (!id)
            continue; // a terminal without an id cannot be addressed; skip it rather than fail the list
        Device device;
        device.name = *id;
        device.id = *id;
        device.status = Device::Status::Unknown;
        device.rawOperatingMode = readText(t.value(QLatin1String("operating_mode")), 64);
        device.operatingMode = operatingMode(device.rawOperatingMode);
        device.posId = readText(t.value(QLatin1String("pos_id")));
        device.storeId = readText(t.value(QLatin1String("store_id")));
        device.externalPosId = readText(t.value(QLatin1String("external_pos_id")));
        page.terminals.append(device);
    }
    const QJsonObject paging = obj->value(QLatin1String("paging")).toObject();
    const auto number = [&paging](const char *key, qint64 fallback) {
        const QJsonValue v = paging.value(QLatin1String(key));
        const double d = v.toDouble(-1);
        return v.isDouble() && d >= 0 && d <= 1e12 ? qint64(d) : fallback;
    };
    page.offset = number("offset", requestedOffset);
    page.limit = number("limit", 0);
    page.total = number("total", 0); // unknown: this page is the last

    return page;
}

std::optional<Device> OrdersJsonMapping::parseSetupReply(const QByteArray &body, const QString &terminal,
                                                         QString *why)
{
    const auto obj = parseObject(body, why);
    if (!obj)
        return std::nullopt;
    const QJsonArray terminals = obj->value(QLatin1String("terminals")).toArray();
    for (const QJsonValue &value : terminals) {
        const QJsonObject t = value.toObject();
        if (readId(t.value(QLatin1String("id"))) != terminal)
            continue;
        Device device;
        device.name = terminal;
        device.id = terminal;
        device.rawOperatingMode = readText(t.value(QLatin1String("operating_mode")), 64);
        device.operatingMode = operatingMode(device.rawOperatingMode);
        return device;
    }
    return fail<Device>(why, QStringLiteral("setup reply does not list terminal %1").arg(terminal));
}

std::optional<CreatedOrder> OrdersJsonMapping::parseCreatedOrder(const QByteArray &body, QString *why)
{
    const auto obj = parseObject(body, why);
    if (!obj)
        return std::nullopt;
    const auto id = readId(obj->value(QLatin1String("id")));
    if (!id)
        return fail<CreatedOrder>(why, QStringLiteral("create-order reply has no valid id"));
    CreatedOrder out;
    out.id = OrderRef(*id);
    out.status = readText(obj->value(kStatus), 64);
    const QJsonArray payments = paymentsOf(*obj);
    if (!payments.isEmpty())
        out.paymentId = PaymentRef(readId(payments.first().toObject().value(QLatin1String("id"))).value_or(QString()));
    return out;
}

std::optional<OrderInfo> OrdersJsonMapping::parseOrder(const QByteArray &body, QString *why)
{
    const auto obj = parseObject(body, why);
    if (!obj)
        return std::nullopt;
    const auto id = readId(obj->value(QLatin1String("id")));
    if (!id)
        return fail<OrderInfo>(why, QStringLiteral("order has no valid id"));
    const QJsonValue status = obj->value(kStatus);
    if (!status.isString())
        return fail<OrderInfo>(why, QStringLiteral("order has no status"));

    OrderInfo info;
    info.id = OrderRef(*id);
    info.status = readText(status, 64);
    info.statusDetail = readText(obj->value(kStatusDetail), 64);
    info.externalReference = readText(obj->value(QLatin1String("external_reference")));
    info.createdAt = parseTimestamp(readText(obj->value(QLatin1String("created_date")), 64)).value_or(QDateTime());
    info.updatedAt =
        parseTimestamp(readText(obj->value(QLatin1String("last_updated_date")), 64)).value_or(QDateTime());
    info.expiresAfterSeconds = parseDuration(readText(obj->value(QLatin1String("expiration_time")), 64));

    const QJsonArray payments = paymentsOf(*obj);
    if (!payments.isEmpty()) {
        const QJsonObject payment = payments.first().toObject();
        info.paymentId = PaymentRef(readId(payment.value(QLatin1String("id"))).value_or(QString()));
        info.paymentStatus = readText(payment.value(kStatus), 64);
        info.paymentStatusDetail = readText(payment.value(kStatusDetail), 64);
        info.amount = readAmount(payment.value(QLatin1String("amount")));
        info.paidAmount = readAmount(payment.value(QLatin1String("paid_amount")));
        info.refundedAmount = readAmount(payment.value(QLatin1String("refunded_amount")));
        const QJsonObject method = payment.value(QLatin1String("payment_method")).toObject();
        info.cardBrand = readText(method.value(QLatin1String("id")), 64);
        info.cardType = readText(method.value(QLatin1String("type")), 64);
        const QJsonValue installments = method.value(QLatin1String("installments"));
        const double n = installments.toDouble(0);
        info.installments = installments.isDouble() && n >= 1 && n <= 99 && n == double(int(n)) ? int(n) : 0;
        info.lastDigits = readText(payment.value(QLatin1String("card")).toObject().value(QLatin1String("last_digits")),
                                   8);
    }

    const QJsonArray refunds = refundsOf(*obj);
    for (qsizetype i = 0; i < refunds.size() && i < kMaxRefunds; ++i) {
        if (const auto refund = readRefund(refunds.at(i).toObject()))
            info.refunds.append(*refund);
    }

    const StateMapping mapped = orderState(info.status, info.statusDetail, info.paymentStatus, info.paymentStatusDetail);
    info.state = mapped.state;
    info.declineReason = mapped.declineReason;
    info.cancellationRequested = mapped.cancellationRequested;
    return info;
}

std::optional<RefundInfo> OrdersJsonMapping::parseRefund(const QByteArray &body, const PaymentRef &payment,
                                                         std::optional<Money> requested, QString *why)
{
    const auto obj = parseObject(body, why);
    if (!obj)
        return std::nullopt;
    const QJsonArray refunds = refundsOf(*obj);
    std::optional<RefundInfo> newest;
    std::optional<RefundInfo> newestOfPayment;
    // The newest entry is the last one; a hostile list is read only up to kMaxRefunds entries from its end.
    for (qsizetype i = qMax<qsizetype>(0, refunds.size() - kMaxRefunds); i < refunds.size(); ++i) {
        const QJsonObject entry = refunds.at(i).toObject();
        const auto refund = readRefund(entry);
        if (!refund)
            continue;
        newest = refund;
        if (!payment.isNull() && readId(entry.value(QLatin1String("transaction_id"))) == payment.toString())
            newestOfPayment = refund;
    }
    if (newestOfPayment)
        return newestOfPayment;
    if (newest)
        return newest;
    // A 2xx without the refund listed: accepted, state to be checked (never taken as done).
    RefundInfo accepted;
    accepted.amount = requested.value_or(Money());
    accepted.state = RefundState::Unknown;
    return accepted;
}
