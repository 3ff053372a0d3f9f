#include "sim/OrdersCreateRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringList>

namespace {

constexpr qint64 kMinExpirationMs = 30 * 1000;
constexpr qint64 kMaxExpirationMs = 3 * 3600 * 1000;
constexpr qint64 kDefaultExpirationMs = 15 * 60 * 1000;

// Collects the problems of one request; the first non-empty class in priority order becomes the reply.
struct Problems
{
    QStringList unsupported;
    QStringList required;
    QStringList type;
    QStringList value;
    QString items; // "minimum_items" / "maximum_items"
    QString itemsDetail;

    void unknownKeys(const QJsonObject &object, const QStringList &allowed, const QString &prefix)
    {
        for (const QString &key : object.keys()) {
            if (!allowed.contains(key))
                unsupported.append(QStringLiteral("unsupported property %1%2").arg(prefix, key));
        }
    }
    // The member as an object when present and an object; records a type problem otherwise.
    QJsonObject object(const QJsonObject &parent, const QString &key, const QString &path)
    {
        const QJsonValue value = parent.value(key);
        if (!value.isUndefined() && !value.isObject())
            type.append(path + QStringLiteral(" must be an object"));
        return value.toObject();
    }
    // The member as a string when present and a string; "" with a type problem otherwise.
    std::optional<QString> string(const QJsonObject &parent, const QString &key, const QString &path, bool mandatory)
    {
        const QJsonValue value = parent.value(key);
        if (value.isUndefined()) {
            if (mandatory)
                required.append(path + QStringLiteral(" is required"));
            return std::nullopt;
        }
        if (!value.isString()) {
            type.append(path + QStringLiteral(" must be a string"));
            return std::nullopt;
        }
        return value.toString();
    }
};

} // namespace

std::optional<OrdersCreateRequest> OrdersCreateRequest::parse(const QByteArray &body, int currencyDecimals,
                                                              qint64 minimumCents, SimHttpResponse *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = OrdersWire::error(400, QStringLiteral("json_syntax_error"), QStringLiteral("Invalid JSON body"),
                                   {parseError.errorString()});
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = OrdersWire::error(400, QStringLiteral("property_type"), QStringLiteral("Invalid body"),
                                   {QStringLiteral("the body must be a JSON object")});
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (root.isEmpty()) {
        *error = OrdersWire::error(400, QStringLiteral("minimum_properties"), QStringLiteral("Invalid body"),
                                   {QStringLiteral("minimum 1 properties required, but found 0")});
        return std::nullopt;
    }

    Problems p;
    OrdersCreateRequest request;
    p.unknownKeys(root,
                  {QStringLiteral("type"), QStringLiteral("external_reference"), QStringLiteral("expiration_time"),
                   QStringLiteral("transactions"), QStringLiteral("config"), QStringLiteral("description"),
                   QStringLiteral("integration_data")},
                  {});

    const std::optional<QString> type = p.string(root, QStringLiteral("type"), QStringLiteral("type"), true);
    if (type && *type != QLatin1String("point"))
        p.value.append(QStringLiteral("type must be \"point\""));

    const std::optional<QString> reference =
        p.string(root, QStringLiteral("external_reference"), QStringLiteral("external_reference"), true);
    static const QRegularExpression referenceShape(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (reference && !referenceShape.match(*reference).hasMatch())
        p.value.append(QStringLiteral("external_reference must be 1-64 letters, digits, '-' or '_'"));
    request.externalReference = reference.value_or(QString());

    const std::optional<QString> expiration =
        p.string(root, QStringLiteral("expiration_time"), QStringLiteral("expiration_time"), false);
    request.expirationTime = expiration.value_or(QStringLiteral("PT15M"));
    request.expirationMs = kDefaultExpirationMs;
    if (expiration) {
        const std::optional<qint64> ms = OrdersWire::durationMs(*expiration);
        if (!ms || *ms < kMinExpirationMs || *ms > kMaxExpirationMs)
            p.value.append(QStringLiteral("expiration_time must be an ISO-8601 duration from PT30S to PT3H"));
        else
            request.expirationMs = *ms;
    }

    request.description = p.string(root, QStringLiteral("description"), QStringLiteral("description"), false);
    if (request.description && request.description->size() > 150)
        p.value.append(QStringLiteral("description must be at most 150 characters"));

    // transactions.payments[].amount
    const QJsonObject transactions = p.object(root, QStringLiteral("transactions"), QStringLiteral("transactions"));
    p.unknownKeys(transactions, {QStringLiteral("payments")}, QStringLiteral("transactions."));
    const QJsonValue payments = transactions.value(QStringLiteral("payments"));
    if (payments.isUndefined()) {
        p.required.append(QStringLiteral("transactions.payments is required"));
    } else if (!payments.isArray()) {
        p.type.append(QStringLiteral("transactions.payments must be an array"));
    } else if (payments.toArray().isEmpty()) {
        p.items = QStringLiteral("minimum_items");
        p.itemsDetail = QStringLiteral("minimum 1 items required, but found 0");
    } else if (payments.toArray().size() > 1) {
        p.items = QStringLiteral("maximum_items");
        p.itemsDetail = QStringLiteral("maximum 1 items required, but found %1").arg(payments.toArray().size());
    } else if (!payments.toArray().first().isObject()) {
        p.type.append(QStringLiteral("transactions.payments[0] must be an object"));
    } else {
        const QJsonObject payment = payments.toArray().first().toObject();
        p.unknownKeys(payment, {QStringLiteral("amount")}, QStringLiteral("transactions.payments[0]."));
        const std::optional<QString> amount =
            p.string(payment, QStringLiteral("amount"), QStringLiteral("transactions.payments[0].amount"), true);
        if (amount) {
            const std::optional<OrdersWire::Amount> parsed = OrdersWire::parseAmount(*amount);
            if (!parsed || parsed->cents <= 0)
                p.value.append(QStringLiteral("amount must be a positive decimal string with up to 2 decimals"));
            else if (currencyDecimals == 0 && parsed->decimals > 0)
                p.value.append(QStringLiteral("amount must not have decimals in this currency"));
            else if (minimumCents > 0 && parsed->cents < minimumCents)
                p.value.append(
                    QStringLiteral("amount is below the minimum of %1").arg(OrdersWire::formatAmount(minimumCents, 2)));
            else
                request.amount = *parsed;
            request.amountText = *amount;
        }
    }

    // config.point / config.payment_method
    request.config = p.object(root, QStringLiteral("config"), QStringLiteral("config"));
    p.unknownKeys(request.config, {QStringLiteral("point"), QStringLiteral("payment_method")},
                  QStringLiteral("config."));
    const QJsonObject point = p.object(request.config, QStringLiteral("point"), QStringLiteral("config.point"));
    // ticket_number is accepted as a request field though only the migration guide mentions it (9.10).
    p.unknownKeys(point,
                  {QStringLiteral("terminal_id"), QStringLiteral("print_on_terminal"), QStringLiteral("ticket_number")},
                  QStringLiteral("config.point."));
    const std::optional<QString> terminal =
        p.string(point, QStringLiteral("terminal_id"), QStringLiteral("config.point.terminal_id"), true);
    if (terminal && terminal->split(QStringLiteral("__")).size() != 2)
        p.value.append(QStringLiteral("config.point.terminal_id must be <type>__<serial>"));
    request.terminalId = terminal.value_or(QString());
    const std::optional<QString> print =
        p.string(point, QStringLiteral("print_on_terminal"), QStringLiteral("config.point.print_on_terminal"), false);
    if (print && *print != QLatin1String("seller_ticket") && *print != QLatin1String("no_ticket"))
        p.value.append(QStringLiteral("config.point.print_on_terminal must be seller_ticket or no_ticket"));
    p.string(point, QStringLiteral("ticket_number"), QStringLiteral("config.point.ticket_number"), false);
    const QJsonObject method =
        p.object(request.config, QStringLiteral("payment_method"), QStringLiteral("config.payment_method"));
    p.unknownKeys(method, {QStringLiteral("default_type")}, QStringLiteral("config.payment_method."));
    const std::optional<QString> defaultType =
        p.string(method, QStringLiteral("default_type"), QStringLiteral("config.payment_method.default_type"), false);
    if (defaultType && *defaultType != QLatin1String("debit_card") && *defaultType != QLatin1String("credit_card") &&
        *defaultType != QLatin1String("qr"))
        p.value.append(QStringLiteral("config.payment_method.default_type must be debit_card, credit_card or qr"));

    // integration_data
    request.integrationData = p.object(root, QStringLiteral("integration_data"), QStringLiteral("integration_data"));
    p.unknownKeys(request.integrationData,
                  {QStringLiteral("platform_id"), QStringLiteral("integrator_id"), QStringLiteral("sponsor")},
                  QStringLiteral("integration_data."));
    p.string(request.integrationData, QStringLiteral("platform_id"), QStringLiteral("integration_data.platform_id"),
             false);
    p.string(request.integrationData, QStringLiteral("integrator_id"), QStringLiteral("integration_data.integrator_id"),
             false);
    const QJsonObject sponsor =
        p.object(request.integrationData, QStringLiteral("sponsor"), QStringLiteral("integration_data.sponsor"));
    p.unknownKeys(sponsor, {QStringLiteral("id")}, QStringLiteral("integration_data.sponsor."));
    p.string(sponsor, QStringLiteral("id"), QStringLiteral("integration_data.sponsor.id"), false);

    const auto fail = [error](const QString &code, const QStringList &details) {
        *error = OrdersWire::error(400, code, QStringLiteral("Invalid order: ") + details.first(), details);
        return std::nullopt;
    };
    if (!p.unsupported.isEmpty())
        return fail(QStringLiteral("unsupported_properties"), p.unsupported);
    if (!p.required.isEmpty())
        return fail(QStringLiteral("required_properties"), p.required);
    if (!p.type.isEmpty())
        return fail(QStringLiteral("property_type"), p.type);
    if (!p.items.isEmpty())
        return fail(p.items, {p.itemsDetail});
    if (!p.value.isEmpty())
        return fail(QStringLiteral("property_value"), p.value);
    return request;
}
