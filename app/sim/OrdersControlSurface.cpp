#include "sim/OrdersControlSurface.h"

#include "sim/OrdersHttpApi.h"
#include "sim/OrdersSimulator.h"
#include "sim/OrdersWire.h"
#include "sim/SimHttpServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

namespace {

const QString kGet = QStringLiteral("GET");
const QString kPost = QStringLiteral("POST");
const QString kDelete = QStringLiteral("DELETE");

SimHttpResponse ok(const QJsonObject &extra = {})
{
    QJsonObject body = extra;
    body.insert(QStringLiteral("status"), QStringLiteral("OK"));
    return SimHttpResponse::json(200, body);
}

SimHttpResponse fail(int status, const QString &message)
{
    return SimHttpResponse::json(status, QJsonObject{{QStringLiteral("error"), message}});
}

SimHttpResponse methodNotAllowed(const QString &allowed)
{
    SimHttpResponse response = fail(405, QStringLiteral("method not allowed; use ") + allowed);
    response.headers.append({QByteArrayLiteral("Allow"), allowed.toLatin1()});
    return response;
}

// An optional whole number member inside [min, max]; nullopt when present and not such a number.
std::optional<qint64> wholeNumber(const QJsonObject &object, const QString &key, qint64 fallback, qint64 min,
                                  qint64 max)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isDouble() || std::trunc(value.toDouble()) != value.toDouble())
        return std::nullopt;
    const qint64 number = value.toInteger(min - 1);
    return number < min || number > max ? std::nullopt : std::optional<qint64>(number);
}

QJsonObject terminalJson(const OrdersSimTerminal &terminal)
{
    QJsonObject entry;
    entry.insert(QStringLiteral("id"), terminal.id);
    entry.insert(QStringLiteral("owner_token"), terminal.ownerToken);
    entry.insert(QStringLiteral("pos_id"), terminal.posId);
    entry.insert(QStringLiteral("store_id"), terminal.storeId);
    entry.insert(QStringLiteral("external_pos_id"), terminal.externalPosId);
    entry.insert(QStringLiteral("operating_mode"), terminal.operatingMode);
    entry.insert(QStringLiteral("at_terminal_cancel"), terminal.atTerminalCancel);
    entry.insert(QStringLiteral("waiting_order_id"), terminal.waitingOrderId);
    return entry;
}

} // namespace

OrdersControlSurface::OrdersControlSurface(OrdersSimulator *simulator) : m_simulator(simulator) {}

SimHttpResponse OrdersControlSurface::handle(const SimHttpRequest &request)
{
    const QStringList &s = request.segments;
    const QString &method = request.method;
    QJsonObject body;
    if (!request.body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return fail(400, QStringLiteral("the body must be a JSON object"));
        body = document.object();
    }
    const QString first = s.value(0);

    if (s.size() == 1 && first == QLatin1String("state"))
        return method == kGet ? SimHttpResponse::json(200, state()) : methodNotAllowed(kGet);
    if (first == QLatin1String("terminals")) {
        if (s.size() == 1)
            return method == kPost ? addTerminal(body) : methodNotAllowed(kPost);
        if (s.size() == 2) {
            if (method != kDelete)
                return methodNotAllowed(kDelete);
            return m_simulator->removeTerminal(s.at(1)) ? ok() : fail(404, QStringLiteral("no such terminal"));
        }
        if (s.size() == 3)
            return method == kPost ? terminalAction(s.at(1), s.at(2), body) : methodNotAllowed(kPost);
    }
    if (first == QLatin1String("orders") && s.size() == 3)
        return method == kPost ? orderAction(s.at(1), s.at(2), body) : methodNotAllowed(kPost);
    if (s.size() == 1 && first == QLatin1String("faults")) {
        if (method == kGet)
            return SimHttpResponse::json(
                200, QJsonObject{{QStringLiteral("pending_faults"), m_simulator->pendingFaultCount()}});
        if (method == kDelete) {
            m_simulator->clearFaults();
            return ok();
        }
        if (method != kPost)
            return methodNotAllowed(QStringLiteral("GET, POST, DELETE"));
        QString field;
        QString problem;
        const std::optional<SimFault> fault = SimFault::fromJson(body, &field, &problem);
        if (!fault)
            return fail(400, field + QStringLiteral(": ") + problem);
        m_simulator->injectFault(*fault);
        return SimHttpResponse::json(201,
                                     QJsonObject{{QStringLiteral("pending_faults"), m_simulator->pendingFaultCount()}});
    }
    if (s.size() == 1 && method != kPost &&
        (first == QLatin1String("token") || first == QLatin1String("accounts") || first == QLatin1String("settings") ||
         first == QLatin1String("idempotency-failures") || first == QLatin1String("webhook")))
        return methodNotAllowed(kPost);
    if (s.size() == 1 && first == QLatin1String("token")) {
        const QString token = body.value(QStringLiteral("token")).toString();
        if (token.trimmed().isEmpty() || m_simulator->account(token))
            return fail(400, QStringLiteral("\"token\" must be a new non-empty string"));
        m_simulator->setAccessToken(token);
        return ok();
    }
    if (s.size() == 1 && first == QLatin1String("accounts"))
        return addAccount(body);
    if (s.size() == 1 && first == QLatin1String("webhook")) {
        const QUrl url(body.value(QStringLiteral("url")).toString());
        if (!url.isEmpty() && (!url.isValid() || url.scheme().isEmpty()))
            return fail(400, QStringLiteral("url: an absolute URL, or \"\" to turn the relay off"));
        m_simulator->setWebhookRelay(url, body.value(QStringLiteral("secret")).toString());
        return ok();
    }
    if (s.size() == 1 && first == QLatin1String("settings"))
        return changeSettings(body);
    if (s.size() == 1 && first == QLatin1String("idempotency-failures")) {
        const std::optional<qint64> count = wholeNumber(body, QStringLiteral("count"), 1, 0, 1000);
        if (!count)
            return fail(400, QStringLiteral("count: 0 to 1000"));
        m_simulator->failIdempotencyValidation(static_cast<int>(*count));
        return ok();
    }
    return fail(404, QStringLiteral("unknown control path ") + request.path);
}

QJsonObject OrdersControlSurface::state() const
{
    QJsonArray accounts;
    for (const OrdersSimAccount &account : m_simulator->accounts()) {
        QJsonObject entry;
        entry.insert(QStringLiteral("token"), account.token);
        entry.insert(QStringLiteral("user_id"), account.userId);
        entry.insert(QStringLiteral("country_code"), account.countryCode);
        entry.insert(QStringLiteral("currency"), account.currency);
        accounts.append(entry);
    }
    QJsonArray terminals;
    for (const OrdersSimTerminal &terminal : m_simulator->terminals())
        terminals.append(terminalJson(terminal));
    QJsonArray orders;
    for (const OrdersSimOrder &order : m_simulator->orders()) {
        QJsonObject entry = OrdersHttpApi::renderOrder(order);
        entry.insert(QStringLiteral("version"), order.version);
        entry.insert(QStringLiteral("owner_token"), order.ownerToken);
        orders.append(entry);
    }
    const OrdersSimulator::Settings settings = m_simulator->settings();
    QJsonObject settingsJson;
    settingsJson.insert(QStringLiteral("take_delay_ms"), settings.takeDelayMs);
    settingsJson.insert(QStringLiteral("cancel_delay_ms"), settings.cancelDelayMs);
    settingsJson.insert(QStringLiteral("event_delay_ms"), settings.eventDelayMs);
    settingsJson.insert(QStringLiteral("action_required_event_delay_ms"), settings.actionRequiredEventDelayMs);
    settingsJson.insert(QStringLiteral("no_result_action_required_ms"), settings.noResultActionRequiredMs);
    settingsJson.insert(QStringLiteral("expiration_scale"), settings.expirationScale);
    settingsJson.insert(QStringLiteral("refund_success_status"), settings.refundSuccessStatus);
    settingsJson.insert(QStringLiteral("total_refunds_processing"), settings.totalRefundsProcessing);
    settingsJson.insert(QStringLiteral("minimum_amount"), OrdersWire::formatAmount(settings.minimumAmountCents, 2));
    settingsJson.insert(QStringLiteral("test_token_prefix"), settings.testTokenPrefix);
    settingsJson.insert(QStringLiteral("test_order_ids"), settings.testOrderIds);
    settingsJson.insert(QStringLiteral("rate_limit_per_second"), settings.rateLimitPerSecond);
    QJsonObject out;
    out.insert(QStringLiteral("accounts"), accounts);
    out.insert(QStringLiteral("terminals"), terminals);
    out.insert(QStringLiteral("orders"), orders);
    out.insert(QStringLiteral("settings"), settingsJson);
    out.insert(QStringLiteral("pending_faults"), m_simulator->pendingFaultCount());
    out.insert(QStringLiteral("request_count"), m_simulator->requestCount());
    out.insert(QStringLiteral("webhook_url"), m_simulator->webhookRelayUrl().toString());
    return out;
}

SimHttpResponse OrdersControlSurface::addTerminal(const QJsonObject &body)
{
    OrdersSimTerminal terminal;
    terminal.id = body.value(QStringLiteral("id")).toString();
    terminal.ownerToken = body.value(QStringLiteral("owner_token")).toString();
    terminal.posId = body.value(QStringLiteral("pos_id")).toVariant().toString();
    terminal.storeId = body.value(QStringLiteral("store_id")).toString();
    terminal.externalPosId = body.value(QStringLiteral("external_pos_id")).toString();
    terminal.operatingMode = body.value(QStringLiteral("operating_mode")).toString(QStringLiteral("PDV"));
    terminal.atTerminalCancel = body.value(QStringLiteral("at_terminal_cancel")).toBool(true);
    const QStringList modes{QStringLiteral("PDV"), QStringLiteral("STANDALONE"), QStringLiteral("UNDEFINED")};
    if (!modes.contains(terminal.operatingMode))
        return fail(400, QStringLiteral("operating_mode: PDV, STANDALONE or UNDEFINED"));
    if (!terminal.ownerToken.isEmpty() && !m_simulator->account(terminal.ownerToken))
        return fail(400, QStringLiteral("owner_token: no such account"));
    if (!m_simulator->addTerminal(terminal))
        return fail(409, QStringLiteral("id: taken, or not <type>__<serial>"));
    return SimHttpResponse::json(201, terminalJson(*m_simulator->terminal(terminal.id, terminal.ownerToken)));
}

SimHttpResponse OrdersControlSurface::terminalAction(const QString &terminalId, const QString &action,
                                                     const QJsonObject &body)
{
    if (!m_simulator->terminal(terminalId))
        return fail(404, QStringLiteral("no such terminal"));
    if (action == QLatin1String("mode")) {
        if (!m_simulator->setOperatingMode(terminalId, body.value(QStringLiteral("operating_mode")).toString()))
            return fail(400, QStringLiteral("operating_mode: PDV, STANDALONE or UNDEFINED"));
        return ok();
    }
    if (action == QLatin1String("at-terminal-cancel")) {
        if (!body.value(QStringLiteral("supported")).isBool())
            return fail(400, QStringLiteral("supported: true or false"));
        m_simulator->setAtTerminalCancel(terminalId, body.value(QStringLiteral("supported")).toBool());
        return ok();
    }
    const QString orderId = m_simulator->waitingOrder(terminalId);
    if (orderId.isEmpty())
        return fail(409, QStringLiteral("the terminal has no waiting order"));
    return orderAction(orderId, action, body);
}

SimHttpResponse OrdersControlSurface::orderAction(const QString &orderId, const QString &action,
                                                  const QJsonObject &body)
{
    if (!m_simulator->order(orderId))
        return fail(404, QStringLiteral("no such order"));
    bool done = false;
    if (action == QLatin1String("take")) {
        done = m_simulator->take(orderId);
    } else if (action == QLatin1String("pay")) {
        OrdersSimPaymentResult result;
        const QString outcome = body.value(QStringLiteral("result")).toString(QStringLiteral("processed"));
        if (outcome != QLatin1String("processed") && outcome != QLatin1String("failed"))
            return fail(400, QStringLiteral("result: processed or failed"));
        result.approved = outcome == QLatin1String("processed");
        result.statusDetail = body.value(QStringLiteral("status_detail")).toString();
        const QString type = body.value(QStringLiteral("payment_method_type")).toString(QStringLiteral("credit_card"));
        const std::optional<CardType> card = CardTypes::fromApi(type);
        if (!card && type != QLatin1String("qr"))
            return fail(400, QStringLiteral("payment_method_type: credit_card, debit_card or qr"));
        if (card)
            result.cardType = *card;
        else
            result.nonCardType = type;
        result.methodId = body.value(QStringLiteral("payment_method_id")).toString(result.methodId);
        const std::optional<qint64> installments = wholeNumber(body, QStringLiteral("installments"), 1, 1, 72);
        if (!installments)
            return fail(400, QStringLiteral("installments: 1 to 72"));
        result.installments = static_cast<int>(*installments);
        result.firstDigits = body.value(QStringLiteral("first_digits")).toString(result.firstDigits);
        result.lastDigits = body.value(QStringLiteral("last_digits")).toString(result.lastDigits);
        if (body.contains(QStringLiteral("tip_amount"))) {
            const std::optional<OrdersWire::Amount> tip =
                OrdersWire::parseAmount(body.value(QStringLiteral("tip_amount")).toString());
            if (!tip)
                return fail(400, QStringLiteral("tip_amount: a decimal string"));
            result.tip = Money::fromCents(tip->cents);
        }
        done = m_simulator->pay(orderId, result);
    } else if (action == QLatin1String("begin-payment")) {
        done = m_simulator->beginPayment(orderId);
    } else if (action == QLatin1String("action-required")) {
        done = m_simulator->requireAction(orderId);
    } else if (action == QLatin1String("cancel")) {
        done = m_simulator->cancelOnTerminal(orderId);
    } else if (action == QLatin1String("expire")) {
        done = m_simulator->expire(orderId);
    } else if (action == QLatin1String("payment-wins")) {
        done = m_simulator->setPaymentWinsCancel(orderId, body.value(QStringLiteral("wins")).toBool(true));
    } else if (action == QLatin1String("tip")) {
        const std::optional<OrdersWire::Amount> tip =
            OrdersWire::parseAmount(body.value(QStringLiteral("amount")).toString());
        if (!tip)
            return fail(400, QStringLiteral("amount: a decimal string"));
        done = m_simulator->addTip(orderId, Money::fromCents(tip->cents));
    } else if (action == QLatin1String("refund")) {
        // A refund made outside PointDesk (at the terminal, on Mercado Pago's site); {"amount": "12.50"} or {} for
        // the whole balance.
        std::optional<Money> amount;
        if (body.contains(QStringLiteral("amount"))) {
            const std::optional<OrdersWire::Amount> parsed =
                OrdersWire::parseAmount(body.value(QStringLiteral("amount")).toString());
            if (!parsed)
                return fail(400, QStringLiteral("amount: a decimal string"));
            amount = Money::fromCents(parsed->cents);
        }
        done = m_simulator->refundOutside(orderId, amount);
    } else if (action == QLatin1String("age")) {
        const std::optional<qint64> days = wholeNumber(body, QStringLiteral("days"), -1, 0, 10'000);
        if (!days || *days < 0)
            return fail(400, QStringLiteral("days: 0 to 10000"));
        done = m_simulator->ageOrder(orderId, static_cast<int>(*days));
    } else {
        return fail(404, QStringLiteral("unknown action ") + action);
    }
    if (!done)
        return fail(409, QStringLiteral("not possible in status ") + m_simulator->order(orderId)->status);
    const OrdersSimOrder order = *m_simulator->order(orderId);
    return SimHttpResponse::json(200, OrdersHttpApi::renderOrder(order));
}

SimHttpResponse OrdersControlSurface::addAccount(const QJsonObject &body)
{
    OrdersSimAccount account;
    account.token = body.value(QStringLiteral("token")).toString();
    account.userId = body.value(QStringLiteral("user_id")).toString(QStringLiteral("1000000001"));
    account.countryCode = body.value(QStringLiteral("country_code")).toString(account.countryCode);
    account.currency = body.value(QStringLiteral("currency")).toString(account.currency);
    if (!m_simulator->addAccount(account))
        return fail(400, QStringLiteral("token: a new non-empty string"));
    return SimHttpResponse::json(201, QJsonObject{{QStringLiteral("token"), account.token}});
}

SimHttpResponse OrdersControlSurface::changeSettings(const QJsonObject &body)
{
    OrdersSimulator::Settings settings = m_simulator->settings();
    const auto delay = [&body](const QString &key, int *target) {
        const std::optional<qint64> value = wholeNumber(body, key, *target, -1, 3'600'000);
        if (value)
            *target = static_cast<int>(*value);
        return value.has_value();
    };
    if (!delay(QStringLiteral("take_delay_ms"), &settings.takeDelayMs) ||
        !delay(QStringLiteral("cancel_delay_ms"), &settings.cancelDelayMs) ||
        !delay(QStringLiteral("event_delay_ms"), &settings.eventDelayMs) ||
        !delay(QStringLiteral("action_required_event_delay_ms"), &settings.actionRequiredEventDelayMs) ||
        !delay(QStringLiteral("no_result_action_required_ms"), &settings.noResultActionRequiredMs))
        return fail(400, QStringLiteral("delays: whole milliseconds from -1 (never) to 3600000"));
    if (body.contains(QStringLiteral("expiration_scale"))) {
        const double scale = body.value(QStringLiteral("expiration_scale")).toDouble(-1);
        if (scale < 0)
            return fail(400, QStringLiteral("expiration_scale: a number >= 0"));
        settings.expirationScale = scale;
    }
    if (body.contains(QStringLiteral("refund_success_status"))) {
        const int status = body.value(QStringLiteral("refund_success_status")).toInt();
        if (status != 200 && status != 201)
            return fail(400, QStringLiteral("refund_success_status: 200 or 201"));
        settings.refundSuccessStatus = status;
    }
    const std::optional<qint64> rate =
        wholeNumber(body, QStringLiteral("rate_limit_per_second"), settings.rateLimitPerSecond, 0, 100'000);
    if (!rate)
        return fail(400, QStringLiteral("rate_limit_per_second: 0 (off) to 100000"));
    settings.rateLimitPerSecond = static_cast<int>(*rate);
    settings.totalRefundsProcessing =
        body.value(QStringLiteral("total_refunds_processing")).toBool(settings.totalRefundsProcessing);
    settings.testOrderIds = body.value(QStringLiteral("test_order_ids")).toBool(settings.testOrderIds);
    settings.testTokenPrefix = body.value(QStringLiteral("test_token_prefix")).toString(settings.testTokenPrefix);
    if (body.contains(QStringLiteral("minimum_amount"))) {
        const std::optional<OrdersWire::Amount> minimum =
            OrdersWire::parseAmount(body.value(QStringLiteral("minimum_amount")).toString());
        if (!minimum)
            return fail(400, QStringLiteral("minimum_amount: a decimal string"));
        settings.minimumAmountCents = minimum->cents;
    }
    if (body.contains(QStringLiteral("idempotency_key_lifetime_ms"))) {
        const std::optional<qint64> ms =
            wholeNumber(body, QStringLiteral("idempotency_key_lifetime_ms"), 0, 1, 7LL * 24 * 3600 * 1000);
        if (!ms)
            return fail(400, QStringLiteral("idempotency_key_lifetime_ms: 1 to one week"));
        m_simulator->setIdempotencyKeyLifetimeMs(*ms);
    }
    m_simulator->setSettings(settings);
    return ok();
}
