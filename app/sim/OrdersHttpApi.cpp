#include "sim/OrdersHttpApi.h"

#include "core/Currency.h"
#include "sim/OrdersCreateRequest.h"
#include "sim/OrdersIdempotencyStore.h"
#include "sim/OrdersSimulator.h"
#include "sim/OrdersWire.h"
#include "sim/SimHttpServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <cmath>

namespace {

const QString kGet = QStringLiteral("GET");
const QString kPost = QStringLiteral("POST");
const QString kPatch = QStringLiteral("PATCH");

const QStringList kKnownModels{QStringLiteral("NEWLAND_N950"), QStringLiteral("PAX_A910"),
                               QStringLiteral("INGENICO_MOVE2500"), QStringLiteral("GERTEC_MP35P")};
const QString kVirtualSerial = QStringLiteral("SBX0000001");

constexpr qint64 kNsPerDay = 24LL * 3600 * 1'000'000'000LL;

SimHttpResponse methodNotAllowed(const QString &allowed)
{
    SimHttpResponse response = OrdersWire::error(405, QStringLiteral("method_not_allowed"),
                                                 QStringLiteral("Method not allowed; use ") + allowed);
    response.headers.append({QByteArrayLiteral("Allow"), allowed.toLatin1()});
    return response;
}

SimHttpResponse orderNotFound()
{
    return OrdersWire::error(404, QStringLiteral("order_not_found"), QStringLiteral("Order not found."));
}

// Models allowed by PATCH /terminals/v1/setup per country (2.2; Chile per the Spanish copy).
QStringList modelsFor(const QString &country)
{
    if (country == QLatin1String("ARG"))
        return {QStringLiteral("NEWLAND_N950"), QStringLiteral("INGENICO_MOVE2500"), QStringLiteral("PAX_A910")};
    if (country == QLatin1String("BRA"))
        return {QStringLiteral("GERTEC_MP35P"), QStringLiteral("INGENICO_MOVE2500"), QStringLiteral("PAX_A910"),
                QStringLiteral("NEWLAND_N950")};
    if (country == QLatin1String("MEX") || country == QLatin1String("CHL"))
        return {QStringLiteral("PAX_A910"), QStringLiteral("NEWLAND_N950")};
    return {};
}

QJsonValue posIdValue(const QString &posId)
{
    bool ok = false;
    const qint64 number = posId.toLongLong(&ok);
    return ok ? QJsonValue(number) : QJsonValue(posId);
}

QJsonObject renderPayment(const OrdersSimPayment &payment)
{
    QJsonObject out;
    out.insert(QStringLiteral("id"), payment.id);
    out.insert(QStringLiteral("amount"), payment.amountText);
    out.insert(QStringLiteral("status"), payment.status);
    out.insert(QStringLiteral("status_detail"), payment.statusDetail);
    if (payment.paidCents >= 0) {
        out.insert(QStringLiteral("paid_amount"), OrdersWire::formatAmount(payment.paidCents, payment.decimals));
        out.insert(QStringLiteral("refunded_amount"),
                   OrdersWire::formatAmount(payment.refundedCents, payment.decimals));
    }
    if (payment.tipCents > 0)
        out.insert(QStringLiteral("tip_amount"), OrdersWire::formatAmount(payment.tipCents, payment.decimals));
    if (!payment.referenceId.isEmpty())
        out.insert(QStringLiteral("reference_id"), payment.referenceId);
    if (!payment.methodType.isEmpty()) {
        QJsonObject method;
        method.insert(QStringLiteral("type"), payment.methodType);
        method.insert(QStringLiteral("id"), payment.methodId);
        method.insert(QStringLiteral("installments"), payment.installments);
        out.insert(QStringLiteral("payment_method"), method);
    }
    if (!payment.lastDigits.isEmpty()) {
        QJsonObject card;
        card.insert(QStringLiteral("first_digits"), payment.firstDigits);
        card.insert(QStringLiteral("last_digits"), payment.lastDigits);
        out.insert(QStringLiteral("card"), card);
    }
    return out;
}

QJsonObject renderRefund(const OrdersSimRefund &refund, int decimals)
{
    QJsonObject out;
    out.insert(QStringLiteral("id"), refund.id);
    out.insert(QStringLiteral("transaction_id"), refund.transactionId);
    out.insert(QStringLiteral("reference_id"), refund.referenceId);
    out.insert(QStringLiteral("amount"), OrdersWire::formatAmount(refund.amountCents, decimals));
    out.insert(QStringLiteral("status"), refund.status);
    return out;
}

bool refundRunning(const OrdersSimOrder &order)
{
    for (const OrdersSimRefund &refund : order.refunds) {
        if (refund.status == QLatin1String("processing"))
            return true;
    }
    return false;
}

// An optional whole number query parameter; `fallback` when absent or not a number.
qint64 queryNumber(const SimHttpRequest &request, const QString &name, qint64 fallback)
{
    if (!request.query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const qint64 value = request.query.queryItemValue(name).toLongLong(&ok);
    return ok ? value : fallback;
}

} // namespace

OrdersHttpApi::OrdersHttpApi(OrdersSimulator *simulator) : m_sim(simulator) {}

SimHttpResponse OrdersHttpApi::handle(const SimHttpRequest &request)
{
    const QByteArray authorization = request.header(QByteArrayLiteral("Authorization"));
    const QByteArray prefix = QByteArrayLiteral("Bearer ");
    if (!authorization.startsWith(prefix))
        return OrdersWire::unauthorized();
    const std::optional<OrdersSimAccount> account = m_sim->account(QString::fromUtf8(authorization.mid(prefix.size())));
    if (!account)
        return OrdersWire::unauthorized();
    return route(request, *account);
}

SimHttpResponse OrdersHttpApi::route(const SimHttpRequest &request, const OrdersSimAccount &account)
{
    const QStringList &s = request.segments;
    const QString &method = request.method;
    if (s.size() == 3 && s.at(0) == QLatin1String("terminals") && s.at(1) == QLatin1String("v1")) {
        if (s.at(2) == QLatin1String("list"))
            return method == kGet ? listTerminals(request, account) : methodNotAllowed(kGet);
        if (s.at(2) == QLatin1String("setup"))
            return method == kPatch ? setupTerminal(request, account) : methodNotAllowed(kPatch);
    }
    if (s.size() >= 2 && s.at(0) == QLatin1String("v1") && s.at(1) == QLatin1String("orders")) {
        if (s.size() == 2) {
            if (method != kPost)
                return methodNotAllowed(kPost);
            return idempotent(request, account, [&]() { return createOrder(request, account); });
        }
        const QString &id = s.at(2);
        if (s.size() == 3)
            return method == kGet ? getOrder(id, account) : methodNotAllowed(kGet);
        if (s.size() == 4) {
            const QString &action = s.at(3);
            const bool known = action == QLatin1String("cancel") || action == QLatin1String("refund") ||
                               action == QLatin1String("events");
            if (known && method != kPost)
                return methodNotAllowed(kPost);
            if (action == QLatin1String("cancel"))
                return idempotent(request, account, [&]() { return cancelOrder(request, id, account); });
            if (action == QLatin1String("refund"))
                return idempotent(request, account, [&]() { return refundOrder(request, id, account); });
            if (action == QLatin1String("events")) // no idempotency key here (1.2): it is ignored
                return simulateEvent(request, id, account);
        }
    }
    return OrdersWire::error(404, QStringLiteral("not_found"), QStringLiteral("No resource at ") + request.path);
}

SimHttpResponse OrdersHttpApi::idempotent(const SimHttpRequest &request, const OrdersSimAccount &account,
                                          const std::function<SimHttpResponse()> &operation)
{
    const QByteArray rawKey = request.header(QByteArrayLiteral("X-Idempotency-Key"));
    if (rawKey.trimmed().isEmpty())
        return OrdersWire::error(400, QStringLiteral("empty_required_header"),
                                 QStringLiteral("Missing HTTP header: X-Idempotency-Key"));
    const QString key = QString::fromUtf8(rawKey);
    if (key.size() > m_sim->m_settings.maxIdempotencyKeyLength)
        return OrdersWire::error(
            400, QStringLiteral("invalid_idempotency_key_length"),
            QStringLiteral("X-Idempotency-Key must be 1-%1 characters").arg(m_sim->m_settings.maxIdempotencyKeyLength));
    if (m_sim->m_idempotencyFailures > 0) {
        --m_sim->m_idempotencyFailures;
        return OrdersWire::error(500, QStringLiteral("idempotency_validation_failed"),
                                 QStringLiteral("Idempotency validation failed; retry"));
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const OrdersIdempotencyStore::Lookup found =
        m_sim->m_idempotency->lookup(account.token, key, request.method, request.path, request.body, now);
    if (found.outcome == OrdersIdempotencyStore::Outcome::Replay)
        return found.stored;
    if (found.outcome == OrdersIdempotencyStore::Outcome::Conflict)
        return OrdersWire::error(409, QStringLiteral("idempotency_key_already_used"),
                                 QStringLiteral("The idempotency key was already used with another request"));
    const SimHttpResponse response = operation();
    m_sim->m_idempotency->store(account.token, key, request.method, request.path, request.body, response, now);
    return response;
}

OrdersSimOrder *OrdersHttpApi::ownOrder(const QString &id, const OrdersSimAccount &account)
{
    OrdersSimOrder *order = m_sim->findOrder(id);
    return order && order->ownerToken == account.token ? order : nullptr;
}

QJsonObject OrdersHttpApi::renderOrder(const OrdersSimOrder &order)
{
    QJsonObject out;
    out.insert(QStringLiteral("id"), order.id);
    out.insert(QStringLiteral("type"), QStringLiteral("point"));
    out.insert(QStringLiteral("user_id"), order.userId);
    out.insert(QStringLiteral("external_reference"), order.externalReference);
    if (order.description)
        out.insert(QStringLiteral("description"), *order.description);
    out.insert(QStringLiteral("expiration_time"), order.expirationTime);
    out.insert(QStringLiteral("processing_mode"), QStringLiteral("automatic"));
    out.insert(QStringLiteral("country_code"), order.countryCode);
    out.insert(QStringLiteral("currency"), order.currency);
    out.insert(QStringLiteral("integration_data"), order.integrationData);
    out.insert(QStringLiteral("status"), order.status);
    out.insert(QStringLiteral("status_detail"), order.statusDetail);
    out.insert(QStringLiteral("created_date"), OrdersWire::timestamp(order.createdNs));
    out.insert(QStringLiteral("last_updated_date"), OrdersWire::timestamp(order.updatedNs));
    out.insert(QStringLiteral("config"), order.config);
    QJsonObject transactions;
    transactions.insert(QStringLiteral("payments"), QJsonArray{renderPayment(order.payment)});
    if (!order.refunds.isEmpty()) {
        QJsonArray refunds;
        for (const OrdersSimRefund &refund : order.refunds)
            refunds.append(renderRefund(refund, order.payment.decimals));
        transactions.insert(QStringLiteral("refunds"), refunds);
    }
    out.insert(QStringLiteral("transactions"), transactions);
    return out;
}

// --- 2.1 / 2.2 terminals --------------------------------------------------------------------------------

SimHttpResponse OrdersHttpApi::listTerminals(const SimHttpRequest &request, const OrdersSimAccount &account)
{
    // Out-of-range paging is clamped, never refused (2.1, Simulator).
    const qint64 limit = qBound(qint64(1), queryNumber(request, QStringLiteral("limit"), 50), qint64(50));
    const qint64 offset = qMax<qint64>(0, queryNumber(request, QStringLiteral("offset"), 0));
    const QString storeId = request.query.queryItemValue(QStringLiteral("store_id"), QUrl::FullyDecoded);
    const QString posId = request.query.queryItemValue(QStringLiteral("pos_id"), QUrl::FullyDecoded);

    QList<OrdersSimTerminal> matching;
    for (const OrdersSimTerminal &terminal : m_sim->m_terminals) {
        if (terminal.ownerToken != account.token)
            continue;
        if (request.query.hasQueryItem(QStringLiteral("store_id")) && terminal.storeId != storeId)
            continue;
        if (request.query.hasQueryItem(QStringLiteral("pos_id")) && terminal.posId != posId)
            continue;
        matching.append(terminal);
    }
    QJsonArray page;
    for (qint64 i = offset; i < matching.size() && i < offset + limit; ++i) {
        const OrdersSimTerminal &terminal = matching.at(i);
        QJsonObject entry;
        entry.insert(QStringLiteral("id"), terminal.id);
        entry.insert(QStringLiteral("pos_id"), posIdValue(terminal.posId));
        entry.insert(QStringLiteral("store_id"), terminal.storeId);
        entry.insert(QStringLiteral("external_pos_id"), terminal.externalPosId);
        entry.insert(QStringLiteral("operating_mode"), terminal.operatingMode);
        page.append(entry);
    }
    QJsonObject paging;
    paging.insert(QStringLiteral("total"), matching.size());
    paging.insert(QStringLiteral("offset"), offset);
    paging.insert(QStringLiteral("limit"), limit);
    QJsonObject body;
    body.insert(QStringLiteral("data"), QJsonObject{{QStringLiteral("terminals"), page}});
    body.insert(QStringLiteral("paging"), paging);
    return SimHttpResponse::json(200, body);
}

SimHttpResponse OrdersHttpApi::setupTerminal(const SimHttpRequest &request, const OrdersSimAccount &account)
{
    if (modelsFor(account.countryCode).isEmpty())
        return OrdersWire::error(400, QStringLiteral("unsupported_site"),
                                 QStringLiteral("Operating modes can be set only in Argentina, Brazil, Chile and "
                                                "Mexico"));
    const auto invalid = [](const QString &code, const QString &detail) {
        return OrdersWire::error(400, code, QStringLiteral("Invalid setup request: ") + detail, {detail});
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return invalid(QStringLiteral("invalid_payload"), QStringLiteral("the body must be a JSON object"));
    const QJsonObject root = document.object();
    for (const QString &key : root.keys()) {
        if (key != QLatin1String("terminals"))
            return invalid(QStringLiteral("unsupported_properties"), QStringLiteral("unsupported property ") + key);
    }
    if (!root.contains(QStringLiteral("terminals")))
        return invalid(QStringLiteral("required_properties"), QStringLiteral("terminals is required"));
    const QJsonArray list = root.value(QStringLiteral("terminals")).toArray();
    if (!root.value(QStringLiteral("terminals")).isArray() || list.size() != 1 || !list.first().isObject())
        return invalid(QStringLiteral("property_value"), QStringLiteral("terminals must hold exactly one object"));
    const QJsonObject entry = list.first().toObject();
    for (const QString &key : entry.keys()) {
        if (key != QLatin1String("id") && key != QLatin1String("operating_mode"))
            return invalid(QStringLiteral("unsupported_properties"),
                           QStringLiteral("unsupported property terminals[0].") + key);
    }
    if (!entry.contains(QStringLiteral("id")) || !entry.contains(QStringLiteral("operating_mode")))
        return invalid(QStringLiteral("required_properties"),
                       QStringLiteral("terminals[0].id and terminals[0].operating_mode are required"));
    const QString id = entry.value(QStringLiteral("id")).toString();
    const QString mode = entry.value(QStringLiteral("operating_mode")).toString();
    if (!entry.value(QStringLiteral("id")).isString() || id.split(QStringLiteral("__")).size() != 2)
        return invalid(QStringLiteral("property_value"), QStringLiteral("terminals[0].id must be <type>__<serial>"));
    if (mode != QLatin1String("PDV") && mode != QLatin1String("STANDALONE"))
        return invalid(QStringLiteral("property_value"),
                       QStringLiteral("terminals[0].operating_mode must be PDV or STANDALONE"));

    OrdersSimTerminal *terminal = m_sim->findTerminal(id, account.token);
    if (!terminal)
        return OrdersWire::error(404, QStringLiteral("not_found"), QStringLiteral("Terminal not found: ") + id);
    if (!modelsFor(account.countryCode).contains(terminal->model()))
        return OrdersWire::error(403, QStringLiteral("terminal_not_allowed_action"),
                                 QStringLiteral("This terminal model cannot change its operating mode here"));
    if (terminal->storeId.isEmpty() || terminal->posId.isEmpty())
        return OrdersWire::error(403, QStringLiteral("store_pos_not_found"),
                                 QStringLiteral("The terminal has no store or its store has no POS"));
    if (mode == QLatin1String("PDV")) {
        for (const OrdersSimTerminal &other : std::as_const(m_sim->m_terminals)) {
            if (&other != terminal && other.ownerToken == account.token && other.posId == terminal->posId &&
                other.operatingMode == QLatin1String("PDV")) {
                const QString code = QStringLiteral("Only one pos-store with PDV mode ON or SUSPENDED is allowed");
                return OrdersWire::error(412, code, code);
            }
        }
    }
    m_sim->setOperatingMode(id, mode, account.token);
    QJsonObject echoed;
    echoed.insert(QStringLiteral("id"), id);
    echoed.insert(QStringLiteral("operating_mode"), mode);
    return SimHttpResponse::json(200, QJsonObject{{QStringLiteral("terminals"), QJsonArray{echoed}}});
}

// --- 3.1 / 3.2 create and get ---------------------------------------------------------------------------

SimHttpResponse OrdersHttpApi::createOrder(const SimHttpRequest &request, const OrdersSimAccount &account)
{
    const std::optional<Currency> currency = Currency::fromCode(account.currency);
    SimHttpResponse error;
    const std::optional<OrdersCreateRequest> parsed = OrdersCreateRequest::parse(
        request.body, currency ? currency->minorDigits() : 2, m_sim->m_settings.minimumAmountCents, &error);
    if (!parsed)
        return error;

    OrdersSimTerminal *terminal = m_sim->findTerminal(parsed->terminalId, account.token);
    const QString model = parsed->terminalId.section(QStringLiteral("__"), 0, 0);
    const QString serial = parsed->terminalId.section(QStringLiteral("__"), 1);
    if (!terminal && m_sim->isTestToken(account.token) && serial == kVirtualSerial && kKnownModels.contains(model)) {
        // Every test account has the virtual terminal under any model name (section 6).
        OrdersSimTerminal virtualTerminal;
        virtualTerminal.id = parsed->terminalId;
        virtualTerminal.ownerToken = account.token;
        virtualTerminal.operatingMode = QStringLiteral("PDV");
        m_sim->addTerminal(virtualTerminal);
        terminal = m_sim->findTerminal(parsed->terminalId, account.token);
    }
    if (!terminal)
        return OrdersWire::error(403, QStringLiteral("forbidden_checking_terminal_owner"),
                                 QStringLiteral("The terminal is not linked to this account"));
    if (!terminal->waitingOrderId.isEmpty())
        return OrdersWire::error(409, QStringLiteral("already_queued_order_for_terminal"),
                                 QStringLiteral("The terminal already has a queued order"),
                                 {QStringLiteral("queued order ") + terminal->waitingOrderId});

    OrdersSimOrder order;
    order.id = m_sim->newOrderId(m_sim->isTestToken(account.token));
    order.ownerToken = account.token;
    order.userId = account.userId;
    order.testOrder = m_sim->isTestToken(account.token);
    order.externalReference = parsed->externalReference;
    order.description = parsed->description;
    order.expirationTime = parsed->expirationTime;
    order.expirationMs = parsed->expirationMs;
    order.countryCode = account.countryCode;
    order.currency = account.currency;
    order.config = parsed->config;
    order.integrationData = parsed->integrationData;
    order.integrationData.insert(QStringLiteral("application_id"), account.applicationId);
    order.terminalId = terminal->id;
    order.createdNs = OrdersWire::nowNs();
    order.updatedNs = order.createdNs;
    order.payment.id = OrdersWire::newId(QStringLiteral("PAY"));
    order.payment.amountText = parsed->amountText;
    order.payment.amountCents = parsed->amount.cents;
    order.payment.decimals = parsed->amount.decimals;
    terminal->waitingOrderId = order.id;
    m_sim->m_orders.append(order);
    emit m_sim->orderChanged(order.id);
    emit m_sim->terminalsChanged();
    m_sim->scheduleTake(order);
    m_sim->scheduleExpiry(order);
    return SimHttpResponse::json(201, renderOrder(order));
}

SimHttpResponse OrdersHttpApi::getOrder(const QString &id, const OrdersSimAccount &account)
{
    if (!OrdersWire::isOrderId(id, m_sim->m_settings.testOrderIds))
        return OrdersWire::error(400, QStringLiteral("invalid_path_param"),
                                 QStringLiteral("path param order id is invalid"));
    OrdersSimOrder *order = ownOrder(id, account);
    // Orders older than three months can no longer be read (3.2).
    const qint64 limitNs = QDateTime::currentDateTimeUtc().addMonths(-3).toMSecsSinceEpoch() * 1'000'000LL;
    if (!order || order->createdNs < limitNs)
        return orderNotFound();
    // A "processing" total refund is seen "processed" on a later GET (3.4, Simulator): this is that GET's answer.
    bool settled = false;
    for (OrdersSimRefund &refund : order->refunds) {
        if (refund.status == QLatin1String("processing")) {
            refund.status = QStringLiteral("processed");
            settled = true;
        }
    }
    if (settled)
        m_sim->touch(*order);
    return SimHttpResponse::json(200, renderOrder(*order));
}

// --- 3.3 cancel -----------------------------------------------------------------------------------------

SimHttpResponse OrdersHttpApi::cancelOrder(const SimHttpRequest &request, const QString &id,
                                           const OrdersSimAccount &account)
{
    if (!OrdersWire::isOrderId(id, m_sim->m_settings.testOrderIds))
        return OrdersWire::error(400, QStringLiteral("bad_request"), QStringLiteral("path param order id is invalid"));
    OrdersSimOrder *order = ownOrder(id, account);
    if (!order)
        return orderNotFound();
    const auto cannot = [](const QString &why) {
        return OrdersWire::error(409, QStringLiteral("cannot_cancel_order"),
                                 QStringLiteral("The order cannot be canceled: ") + why);
    };
    if (order->status == QLatin1String("created")) {
        m_sim->transition(*order, QStringLiteral("canceled"), QStringLiteral("canceled"), QStringLiteral("canceled"),
                          QStringLiteral("canceled_by_api"));
        return SimHttpResponse::json(200, renderOrder(*order));
    }
    if (order->status == QLatin1String("canceled"))
        return OrdersWire::error(409, QStringLiteral("order_already_canceled"),
                                 QStringLiteral("The order is already canceled"));
    if (order->status != QLatin1String("at_terminal"))
        return cannot(QStringLiteral("status ") + order->status);
    if (request.header(QByteArrayLiteral("x-allow-cancelable-status")) != QByteArrayLiteral("at_terminal"))
        return cannot(QStringLiteral("at_terminal needs x-allow-cancelable-status: at_terminal"));
    const OrdersSimTerminal *terminal = m_sim->findTerminal(order->terminalId, order->ownerToken);
    if (!terminal || !terminal->atTerminalCancel)
        return cannot(QStringLiteral("the terminal cannot cancel by API; cancel on the device"));

    // A repeated cancel while the first is pending answers 202 again without restarting the wait (3.3).
    if (order->payment.statusDetail != QLatin1String("cancellation_requested")) {
        m_sim->transition(*order, QStringLiteral("at_terminal"), QStringLiteral("at_terminal"),
                          QStringLiteral("at_terminal"), QStringLiteral("cancellation_requested"));
        if (m_sim->m_settings.cancelDelayMs >= 0) {
            m_sim->after(m_sim->m_settings.cancelDelayMs, order->id, [this](OrdersSimOrder &o) {
                if (o.status != QLatin1String("at_terminal") ||
                    o.payment.statusDetail != QLatin1String("cancellation_requested"))
                    return;
                if (o.paymentWinsCancel)
                    m_sim->applyPayment(o, OrdersSimPaymentResult());
                else
                    m_sim->transition(o, QStringLiteral("canceled"), QStringLiteral("canceled"),
                                      QStringLiteral("canceled"), QStringLiteral("canceled_by_api"));
            });
        }
    }
    QJsonObject payment;
    payment.insert(QStringLiteral("id"), order->payment.id);
    payment.insert(QStringLiteral("status"), order->payment.status);
    payment.insert(QStringLiteral("status_detail"), order->payment.statusDetail);
    QJsonObject body;
    body.insert(QStringLiteral("id"), order->id);
    body.insert(QStringLiteral("status"), order->status);
    body.insert(QStringLiteral("status_detail"), order->statusDetail);
    body.insert(QStringLiteral("transactions"), QJsonObject{{QStringLiteral("payments"), QJsonArray{payment}}});
    return SimHttpResponse::json(202, body);
}

// --- 3.4 refund -----------------------------------------------------------------------------------------

SimHttpResponse OrdersHttpApi::refundOrder(const SimHttpRequest &request, const QString &id,
                                           const OrdersSimAccount &account)
{
    if (!OrdersWire::isOrderId(id, m_sim->m_settings.testOrderIds))
        return OrdersWire::error(400, QStringLiteral("invalid_path_param"),
                                 QStringLiteral("path param order id is invalid"));
    OrdersSimOrder *order = m_sim->findOrder(id);
    if (!order)
        return orderNotFound();
    if (order->ownerToken != account.token) {
        if (order->userId != account.userId)
            return OrdersWire::error(401, QStringLiteral("user_not_authorized"),
                                     QStringLiteral("The token belongs to another user than the order's creator"));
        return orderNotFound();
    }
    if (refundRunning(*order))
        return OrdersWire::error(409, QStringLiteral("refund_in_progress"),
                                 QStringLiteral("A refund is already in progress; wait a few minutes"));
    if (order->status == QLatin1String("refunded"))
        return OrdersWire::error(409, QStringLiteral("order_already_refunded"),
                                 QStringLiteral("The order is already fully refunded"));
    if (order->status != QLatin1String("processed"))
        return OrdersWire::error(409, QStringLiteral("cannot_refund_order"),
                                 QStringLiteral("Only processed orders can be refunded; status ") + order->status);
    const qint64 windowNs = 90 * kNsPerDay;
    if (OrdersWire::nowNs() - order->createdNs > windowNs)
        return OrdersWire::error(409, QStringLiteral("refund_period_exceeded"),
                                 QStringLiteral("The refund period of 90 days has passed"));

    OrdersSimPayment &payment = order->payment;
    const qint64 balance = payment.paidCents - payment.refundedCents;
    const auto badBody = [](const QString &detail) {
        return OrdersWire::error(400, QStringLiteral("bad_request"), QStringLiteral("Invalid refund: ") + detail,
                                 {detail});
    };

    // No body and {} are total refunds; {"transactions": [{"id", "amount"}]} is a partial one.
    bool partial = false;
    qint64 amount = balance;
    if (!request.body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return badBody(QStringLiteral("the body must be a JSON object"));
        const QJsonObject root = document.object();
        for (const QString &key : root.keys()) {
            if (key != QLatin1String("transactions"))
                return badBody(QStringLiteral("unsupported property ") + key);
        }
        if (root.contains(QStringLiteral("transactions"))) {
            const QJsonValue list = root.value(QStringLiteral("transactions"));
            if (!list.isArray() || list.toArray().isEmpty())
                return badBody(QStringLiteral("transactions must be a non-empty array"));
            if (list.toArray().size() > 1)
                return badBody(QStringLiteral("a Point order has one payment: one transaction per refund"));
            const QJsonObject entry = list.toArray().first().toObject();
            for (const QString &key : entry.keys()) {
                if (key != QLatin1String("id") && key != QLatin1String("amount"))
                    return badBody(QStringLiteral("unsupported property transactions[0].") + key);
            }
            if (!entry.value(QStringLiteral("id")).isString() || !entry.value(QStringLiteral("amount")).isString())
                return badBody(QStringLiteral("transactions[0].id and transactions[0].amount must be strings"));
            const std::optional<OrdersWire::Amount> parsed =
                OrdersWire::parseAmount(entry.value(QStringLiteral("amount")).toString());
            if (!parsed || parsed->cents <= 0)
                return badBody(QStringLiteral("transactions[0].amount must be a positive decimal string"));
            if (payment.tipCents > 0)
                return OrdersWire::error(403, QStringLiteral("partial_refund_forbidden_with_tips"),
                                         QStringLiteral("An order with a tip can only be refunded in full"));
            if (payment.methodType != QLatin1String("credit_card") && payment.methodType != QLatin1String("debit_card"))
                return OrdersWire::error(400, QStringLiteral("unsupported_partially_refunds"),
                                         QStringLiteral("This order cannot be refunded partially; refund in full"));
            if (entry.value(QStringLiteral("id")).toString() != payment.id)
                return OrdersWire::error(404, QStringLiteral("transaction_not_found"),
                                         QStringLiteral("The transaction is not part of this order"));
            if (parsed->cents > balance)
                return OrdersWire::error(400, QStringLiteral("refund_amount_exceeds"),
                                         QStringLiteral("The amount exceeds the refundable balance of ") +
                                             OrdersWire::formatAmount(balance, payment.decimals));
            partial = true;
            amount = parsed->cents;
        }
    }

    const OrdersSimRefund refund = m_sim->applyRefund(
        *order, amount,
        !partial && m_sim->m_settings.totalRefundsProcessing ? QStringLiteral("processing") : QStringLiteral("processed"));

    QJsonObject body;
    body.insert(QStringLiteral("id"), order->id);
    body.insert(QStringLiteral("status"), order->status);
    body.insert(QStringLiteral("status_detail"), order->statusDetail);
    body.insert(QStringLiteral("transactions"),
                QJsonObject{{QStringLiteral("refunds"), QJsonArray{renderRefund(refund, payment.decimals)}}});
    return SimHttpResponse::json(m_sim->m_settings.refundSuccessStatus == 201 ? 201 : 200, body);
}

// --- 3.5 events (test credentials) ----------------------------------------------------------------------

SimHttpResponse OrdersHttpApi::simulateEvent(const SimHttpRequest &request, const QString &id,
                                             const OrdersSimAccount &account)
{
    const auto bad = [](const QString &detail) {
        return OrdersWire::error(400, QStringLiteral("bad_request"), QStringLiteral("Bad request: ") + detail,
                                 {detail});
    };
    if (!m_sim->isTestToken(account.token))
        return OrdersWire::error(403, QStringLiteral("forbidden"),
                                 QStringLiteral("Only test credentials may simulate order events"));
    if (!OrdersWire::isOrderId(id, m_sim->m_settings.testOrderIds))
        return bad(QStringLiteral("order_id is not a valid ULID"));
    OrdersSimOrder *order = ownOrder(id, account);
    if (!order || !order->testOrder)
        return orderNotFound();

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return bad(QStringLiteral("the body must be a JSON object"));
    const QJsonObject body = document.object();
    const QStringList allowedKeys{QStringLiteral("status"), QStringLiteral("payment_method_type"),
                                  QStringLiteral("installments"), QStringLiteral("payment_method_id"),
                                  QStringLiteral("status_detail")};
    for (const QString &key : body.keys()) {
        if (!allowedKeys.contains(key))
            return bad(QStringLiteral("unsupported property ") + key);
    }
    const QString status = body.value(QStringLiteral("status")).toString();
    const QStringList statuses{QStringLiteral("processed"), QStringLiteral("canceled"),
                               QStringLiteral("expired"),   QStringLiteral("failed"),
                               QStringLiteral("refunded"),  QStringLiteral("action_required")};
    if (!statuses.contains(status))
        return bad(QStringLiteral("status must be one of ") + statuses.join(QStringLiteral(", ")));
    const bool paymentStatus = status == QLatin1String("processed") || status == QLatin1String("failed");

    OrdersSimPaymentResult result;
    result.approved = status == QLatin1String("processed");
    const QJsonValue type = body.value(QStringLiteral("payment_method_type"));
    if (!type.isUndefined()) {
        const std::optional<CardType> card = CardTypes::fromApi(type.toString());
        if (!card)
            return bad(QStringLiteral("payment_method_type must be debit_card or credit_card"));
        if (!paymentStatus)
            return bad(QStringLiteral("payment_method_type is allowed only with processed or failed"));
        result.cardType = *card;
    }
    const QJsonValue installments = body.value(QStringLiteral("installments"));
    if (!installments.isUndefined()) {
        const double value = installments.toDouble(-1);
        if (!installments.isDouble() || value != std::floor(value) || value < 1 || value > 72)
            return bad(QStringLiteral("installments must be a whole number from 1"));
        if (!paymentStatus || result.cardType != CardType::Credit)
            return bad(QStringLiteral("installments are allowed only with credit_card"));
        result.installments = static_cast<int>(value);
    }
    const QJsonValue methodId = body.value(QStringLiteral("payment_method_id"));
    if (!methodId.isUndefined()) {
        const QStringList ids{QStringLiteral("amex"), QStringLiteral("master"), QStringLiteral("visa"),
                              QStringLiteral("debmaster"), QStringLiteral("debvisa")};
        if (!ids.contains(methodId.toString()))
            return bad(QStringLiteral("payment_method_id must be one of ") + ids.join(QStringLiteral(", ")));
        if (!paymentStatus)
            return bad(QStringLiteral("payment_method_id is allowed only with processed or failed"));
        result.methodId = methodId.toString();
    }
    const QJsonValue detail = body.value(QStringLiteral("status_detail"));
    if (!detail.isUndefined()) {
        const QStringList failed{QStringLiteral("bad_filled_card_data"),  QStringLiteral("required_call_for_authorize"),
                                 QStringLiteral("card_disabled"),         QStringLiteral("high_risk"),
                                 QStringLiteral("insufficient_amount"),   QStringLiteral("invalid_installments"),
                                 QStringLiteral("max_attempts_exceeded"), QStringLiteral("rejected_other_reason"),
                                 QStringLiteral("processing_error")};
        const QString text = detail.toString();
        const bool fits = (status == QLatin1String("processed") && text == QLatin1String("accredited")) ||
                          (status == QLatin1String("failed") && failed.contains(text));
        if (!detail.isString() || !fits)
            return bad(QStringLiteral("status_detail %1 is not allowed with status %2").arg(text, status));
        if (status == QLatin1String("failed"))
            result.statusDetail = text;
    }

    // Transitions of 3.5: refunded needs processed; everything else needs created or at_terminal.
    if (status == QLatin1String("refunded") ? order->status != QLatin1String("processed") : !order->isWaiting())
        return bad(QStringLiteral("transition from %1 to %2 is not allowed").arg(order->status, status));

    const OrdersSimulator::Settings &settings = m_sim->m_settings;
    if (status == QLatin1String("refunded")) {
        m_sim->after(settings.eventDelayMs, order->id, [this](OrdersSimOrder &o) {
            if (o.status != QLatin1String("processed"))
                return;
            m_sim->applyRefund(o, o.payment.paidCents - o.payment.refundedCents, QStringLiteral("processed"));
        });
        return SimHttpResponse::noContent();
    }
    // First to at_terminal, then to the requested status (3.5 "Behaviour").
    const int finalDelay =
        status == QLatin1String("action_required") ? settings.actionRequiredEventDelayMs : settings.eventDelayMs;
    const int takeDelay = order->status == QLatin1String("created") ? settings.eventDelayMs : 0;
    m_sim->after(takeDelay, order->id, [this, status, result, finalDelay](OrdersSimOrder &o) {
        m_sim->take(o.id);
        m_sim->after(finalDelay, o.id, [this, status, result](OrdersSimOrder &p) {
            if (p.status != QLatin1String("at_terminal"))
                return; // something else settled the order meanwhile
            if (status == QLatin1String("processed") || status == QLatin1String("failed"))
                m_sim->applyPayment(p, result);
            else if (status == QLatin1String("canceled"))
                m_sim->cancelOnTerminal(p.id);
            else if (status == QLatin1String("expired"))
                m_sim->expire(p.id);
            else
                m_sim->requireAction(p.id);
        });
    });
    return SimHttpResponse::noContent();
}
