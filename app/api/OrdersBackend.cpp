#include "api/OrdersBackend.h"

#include "api/OrdersJsonMapping.h"

#include <QPointer>

namespace {

const QByteArray kOrdersPath = QByteArrayLiteral("/v1/orders");

QByteArray orderPath(const OrderRef &order)
{
    return kOrdersPath + '/' + PointBackend::encodeSegment(order.toString());
}

QByteArray toLatin1Key(const QString &key)
{
    return key.toLatin1();
}

} // namespace

OrdersBackend::OrdersBackend(QObject *parent) : PointBackend(parent) {}

OrdersBackend::~OrdersBackend() = default;

PointBackend::Capabilities OrdersBackend::capabilities() const
{
    Capabilities c;
    c.idempotentCreate = true;
    c.cancelOnTerminal = false;
    c.removeTerminal = false;
    c.enableIntegration = false;
    c.terminalOperatingMode = true;
    c.refunds = true;
    c.partialRefunds = true;
    c.refundWindowDays = 90; // card payments, contract 3.4
    return c;
}

PointBackend::PollingPolicy OrdersBackend::pollingPolicy() const
{
    PollingPolicy p;
    p.fastIntervalMs = 2000;
    p.fastPeriodMs = 2 * 60 * 1000;
    p.slowIntervalMs = 5000;
    p.minIntervalMs = 1000;
    p.rateLimitPauseMs = 5000;
    p.stopsAtExpiry = true;
    p.expiryGraceMs = 60 * 1000;
    return p;
}

std::optional<ValidationIssue> OrdersBackend::checkIdempotencyKey(const QString &key)
{
    bool printable = !key.isEmpty() && key.size() <= kMaxIdempotencyKeyChars;
    for (const QChar c : key)
        printable = printable && c.unicode() > 0x20 && c.unicode() < 0x7f;
    if (printable)
        return std::nullopt;
    return ValidationIssue{ValidationIssue::Field::OrderId,
                           tr("PointDesk has no valid key for this operation, so it was not sent (without one it "
                              "could be done twice). Start a new sale; if it happens again, contact support.")};
}

std::optional<ValidationIssue> OrdersBackend::checkOrder(const OrderRef &order)
{
    if (!order.isNull() && order.toString().size() <= OrdersJsonMapping::kMaxIdChars)
        return std::nullopt;
    return ValidationIssue{ValidationIssue::Field::OrderId, tr("The order id is missing or not valid.")};
}

// --- 2.1 terminals, every page --------------------------------------------------------------------------

Call<DeviceList> *OrdersBackend::listTerminals()
{
    auto *whole = startComposite<DeviceList>(QStringLiteral("GET"), QStringLiteral("/terminals/v1/list"));
    requestTerminalPage(whole, 0, 1, {});
    return whole;
}

void OrdersBackend::requestTerminalPage(Call<DeviceList> *whole, qint64 offset, int page, DeviceList seen)
{
    const QByteArray path = "/terminals/v1/list?limit=" + QByteArray::number(kPageLimit) +
                            "&offset=" + QByteArray::number(offset);
    const Request r{QStringLiteral("GET"), path, {}, Auth::Bearer, {}, std::nullopt};
    auto *call = start<OrdersJsonMapping::TerminalPage>(
        r, [offset](const QByteArray &body, OrdersJsonMapping::TerminalPage &out) {
            QString why;
            auto parsed = OrdersJsonMapping::parseTerminalPage(body, offset, &why);
            if (!parsed)
                return ApiError::malformed(why);
            out = std::move(*parsed);
            return ApiError();
        });
    // Aborting the whole list aborts the page in flight (and a page never outlives the whole).
    QPointer<Call<OrdersJsonMapping::TerminalPage>> pageCall(call);
    connect(whole, &ApiCall::finished, call, [pageCall]() {
        if (pageCall && !pageCall->isFinished())
            pageCall->abort();
    });
    call->then(whole, [this, whole, offset, page, seen](const Call<OrdersJsonMapping::TerminalPage> &done) {
        if (whole->isFinished())
            return;
        if (!done.ok()) {
            finishComposite(whole, DeviceList(), done.error());
            return;
        }
        const OrdersJsonMapping::TerminalPage &got = done.value();
        DeviceList all = seen;
        all.append(got.terminals);
        const qint64 next = offset + kPageLimit;
        if (next >= got.total) {
            finishComposite(whole, std::move(all), ApiError());
            return;
        }
        // The server says there is more: an empty page or too many pages means it will never end.
        if (got.terminals.isEmpty()) {
            finishComposite(whole, DeviceList(),
                            ApiError::malformed(QStringLiteral("terminal list page at offset %1 is empty, total %2")
                                                    .arg(offset)
                                                    .arg(got.total)));
            return;
        }
        if (page >= kMaxPages) {
            finishComposite(whole, DeviceList(),
                            ApiError::malformed(
                                QStringLiteral("terminal list longer than %1 pages (total %2)").arg(kMaxPages).arg(got.total)));
            return;
        }
        requestTerminalPage(whole, next, page + 1, std::move(all));
    });
}

// --- 2.2 operating mode ---------------------------------------------------------------------------------

Call<Device> *OrdersBackend::setOperatingMode(const QString &terminal, Device::OperatingMode mode)
{
    Request r{QStringLiteral("PATCH"), QByteArrayLiteral("/terminals/v1/setup"), {}, Auth::Bearer, {},
              Validation::deviceName(terminal)};
    if (!r.issue && OrdersJsonMapping::operatingModeText(mode).isEmpty())
        r.issue = ValidationIssue{ValidationIssue::Field::DeviceName,
                                  tr("A terminal can only be switched to integrated (PDV) or standalone mode.")};
    if (!r.issue)
        r.body = OrdersJsonMapping::setupBody(terminal, mode);
    return start<Device>(r, [terminal](const QByteArray &body, Device &out) {
        QString why;
        auto parsed = OrdersJsonMapping::parseSetupReply(body, terminal, &why);
        if (!parsed)
            return ApiError::malformed(why);
        out = std::move(*parsed);
        return ApiError();
    });
}

// --- 3.1 create -----------------------------------------------------------------------------------------

Call<CreatedOrder> *OrdersBackend::createOrder(const OrderRequest &request, const QString &idempotencyKey)
{
    Request r{QStringLiteral("POST"), kOrdersPath, {}, Auth::Bearer, {}, checkIdempotencyKey(idempotencyKey)};
    if (!r.issue) {
        const QList<ValidationIssue> issues = Validation::ordersOrderRequest(request);
        if (!issues.isEmpty())
            r.issue = issues.first();
    }
    if (!r.issue) {
        const QString reference = request.externalReference.isEmpty()
                                      ? OrdersJsonMapping::derivedExternalReference(idempotencyKey)
                                      : request.externalReference;
        const std::optional<QByteArray> body = OrdersJsonMapping::createOrderBody(request, currency(), reference);
        if (!body)
            r.issue = ValidationIssue{ValidationIssue::Field::Amount,
                                      Money::errorMessage(Money::ParseError::DecimalsNotAllowed, QLocale(),
                                                          currency())};
        else
            r.body = *body;
    }
    r.headers.append({"X-Idempotency-Key", toLatin1Key(idempotencyKey)});
    return start<CreatedOrder>(r, [](const QByteArray &body, CreatedOrder &out) {
        QString why;
        const auto parsed = OrdersJsonMapping::parseCreatedOrder(body, &why);
        if (!parsed)
            return ApiError::malformed(why);
        out = *parsed;
        return ApiError();
    });
}

// --- 3.2 get --------------------------------------------------------------------------------------------

Call<OrderInfo> *OrdersBackend::getOrder(const OrderRef &order)
{
    const std::optional<ValidationIssue> issue = checkOrder(order);
    const Request r{QStringLiteral("GET"), issue ? kOrdersPath : orderPath(order), {}, Auth::Bearer, {}, issue};
    return start<OrderInfo>(r, [order](const QByteArray &body, OrderInfo &out) {
        QString why;
        auto parsed = OrdersJsonMapping::parseOrder(body, &why);
        if (!parsed)
            return ApiError::malformed(why);
        if (parsed->id != order)
            return ApiError::malformed(
                QStringLiteral("asked for order %1, got %2").arg(order.toString(), parsed->id.toString()));
        out = std::move(*parsed);
        return ApiError();
    });
}

// --- 3.3 cancel -----------------------------------------------------------------------------------------

Call<Done> *OrdersBackend::cancelOrder(const OrderRef &order, const QString &idempotencyKey)
{
    std::optional<ValidationIssue> issue = checkOrder(order);
    if (!issue)
        issue = checkIdempotencyKey(idempotencyKey);
    Request r{QStringLiteral("POST"), issue ? kOrdersPath : orderPath(order) + "/cancel", {}, Auth::Bearer, {}, issue};
    r.headers = {{"X-Idempotency-Key", toLatin1Key(idempotencyKey)}, {"x-allow-cancelable-status", "at_terminal"}};
    return startWithStatus<Done>(r, [](int status, const QByteArray &, Done &out) {
        // 200: cancelled now. 202: accepted while the order is on the terminal; final only when it reads cancelled.
        // The body is not needed to tell them apart, and a 2xx always means the cancel was taken.
        out.pending = status == 202;
        return ApiError();
    });
}

// --- 3.4 refund -----------------------------------------------------------------------------------------

Call<RefundInfo> *OrdersBackend::refund(const RefundRequest &request, const QString &idempotencyKey)
{
    std::optional<ValidationIssue> issue = checkOrder(request.order);
    if (!issue)
        issue = checkIdempotencyKey(idempotencyKey);
    if (!issue && request.amount) {
        if (request.payment.isNull() || request.payment.toString().size() > OrdersJsonMapping::kMaxIdChars)
            issue = ValidationIssue{ValidationIssue::Field::OrderId,
                                    tr("A partial refund needs the sale's payment. Refund the whole sale, or refund "
                                       "from the Mercado Pago panel.")};
        else if (!request.amount->isPositive() || request.amount->cents() > Money::kMaxCents)
            issue = Validation::amount(*request.amount);
    }
    Request r{QStringLiteral("POST"), issue ? kOrdersPath : orderPath(request.order) + "/refund", {}, Auth::Bearer,
              {}, issue};
    if (!r.issue) {
        const std::optional<QByteArray> body = OrdersJsonMapping::refundBody(request, currency());
        if (!body)
            r.issue = ValidationIssue{ValidationIssue::Field::Amount,
                                      Money::errorMessage(Money::ParseError::DecimalsNotAllowed, QLocale(),
                                                          currency())};
        else
            r.body = *body;
    }
    r.headers = {{"X-Idempotency-Key", toLatin1Key(idempotencyKey)}};
    const PaymentRef payment = request.payment;
    const std::optional<Money> amount = request.amount;
    return start<RefundInfo>(r, [payment, amount](const QByteArray &body, RefundInfo &out) {
        QString why;
        const auto parsed = OrdersJsonMapping::parseRefund(body, payment, amount, &why);
        if (!parsed)
            return ApiError::malformed(why);
        out = *parsed;
        return ApiError();
    });
}

// --- what the Orders API does not offer -----------------------------------------------------------------

Call<Done> *OrdersBackend::unsupported(const QString &method)
{
    Request r;
    r.method = method;
    r.issue = ValidationIssue{ValidationIssue::Field::DeviceName,
                              tr("This account's Mercado Pago API does not offer this. Use the terminal itself or "
                                 "the Mercado Pago panel.")};
    return start<Done>(r, [](const QByteArray &, Done &) { return ApiError(); });
}

Call<Done> *OrdersBackend::cancelOnTerminal(const QString &)
{
    return unsupported(QStringLiteral("DELETE"));
}

Call<Done> *OrdersBackend::removeTerminal(const QString &)
{
    return unsupported(QStringLiteral("DELETE"));
}

Call<Done> *OrdersBackend::enableIntegration(qint64)
{
    return unsupported(QStringLiteral("POST"));
}
