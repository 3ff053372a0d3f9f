#pragma once

// Test-side drivers for the contract suite (tst_contractsuite.cpp), the refund tests (tst_refundservice.cpp) and the
// refunds soak: one per simulator, hiding how "the customer pays / declines / cancels on the terminal", "another till
// holds the terminal", "the network fails the next create or refund", "the payment is old" and "someone refunds at
// the terminal" are played on each, and recording every idempotency key the sale and refund flows send.

#include "api/LegacyPointBackend.h"
#include "api/OrdersBackend.h"
#include "core/Currency.h"
#include "sim/OrdersSimulator.h"
#include "sim/PointSimulator.h"
#include "store/JournalRecords.h"
#include "store/OrderJournal.h"
#include "support/CallTestSupport.h"
#include "support/RefTestSupport.h"
#include "support/SimTestSupport.h"

#include <QTest>

#include <QStringList>
#include <memory>

/// A PointBackend that records the key of every create, cancel and refund it is asked to send.
template <typename Base>
class KeyRecording : public Base
{
public:
    using Base::Base;
    QStringList createKeys;
    QStringList cancelKeys;
    QStringList refundKeys;

    Call<RefundInfo> *refund(const RefundRequest &request, const QString &key) override
    {
        refundKeys << key;
        return Base::refund(request, key);
    }

    Call<CreatedOrder> *createOrder(const OrderRequest &request, const QString &key) override
    {
        createKeys << key;
        return Base::createOrder(request, key);
    }
    Call<Done> *cancelOrder(const OrderRef &order, const QString &key) override
    {
        cancelKeys << key;
        return Base::cancelOrder(order, key);
    }
};

/// One simulator and the backend that speaks its API.
class SimDriver
{
public:
    /// Where a fault on the next create strikes.
    enum class CreateFault { DropBeforeStore, DropAfterStore, ServerErrorBeforeStore, ServerErrorAfterStore, Timeout };

    virtual ~SimDriver() = default;
    virtual bool listen() = 0;
    virtual PointBackend *backend() = 0;
    virtual QStringList createKeys() const = 0;
    virtual QStringList cancelKeys() const = 0;
    /// The terminal sales go to, and a second one.
    virtual QString terminal() const = 0;
    /// The orders the simulator holds for a sale (by its external reference).
    virtual QList<OrderRef> ordersFor(const QString &externalReference) const = 0;
    virtual int orderCount() const = 0;
    /// The simulator's own reading of the sale's order, as an OrderState.
    virtual OrderState simState(const OrderRef &order) const = 0;
    /// The customer, at the terminal, with the sale's order on screen.
    virtual bool customerPays(const OrderRef &order) = 0;
    virtual bool customerDeclines(const OrderRef &order) = 0;
    virtual bool customerCancels(const OrderRef &order) = 0;
    /// Another till's order waits on the terminal.
    virtual bool occupyTerminal() = 0;
    /// The next create request meets `fault`.
    virtual void failNextCreate(CreateFault fault, int clientTimeoutMs) = 0;
    virtual void clearFaults() = 0;

    // --- refunds (the sale as the journal holds it: its order and payment) ---
    virtual QStringList refundKeys() const = 0;
    /// The refunds the simulator holds for the sale's payment (made by PointDesk or outside it), and their sum;
    /// -1 when it has no such payment.
    virtual int simRefundCount(const JournalEntry &sale) const = 0;
    virtual qint64 simRefundedCents(const JournalEntry &sale) const = 0;
    /// The customer pays with a payment that cannot be refunded in part (legacy: the payment refuses partial
    /// refunds; Orders: a QR payment).
    virtual bool customerPaysWithoutPartialRefunds(const OrderRef &order) = 0;
    /// The payment was made `days` ago, as far as the API's refund window goes.
    virtual bool ageSale(const JournalEntry &sale, int days) = 0;
    /// Someone refunds the sale outside PointDesk (the terminal, Mercado Pago's site); nullopt = the whole balance.
    virtual bool refundOutside(const JournalEntry &sale, const std::optional<Money> &amount) = 0;
    /// The next matching refund request(s) meet `fault` (its method and path are filled in here).
    virtual void failNextRefund(SimFault fault) = 0;
    /// Whether a request the simulator handled (requestHandled) was a refund.
    virtual bool isRefundRequest(const QString &method, const QString &path) const = 0;
    virtual int requestCount() const = 0;
    /// The simulator object, for its requestHandled(method, path, httpStatus) signal.
    virtual QObject *simulator() = 0;
};

class LegacyDriver : public SimDriver
{
public:
    LegacyDriver() { m_client.setTimeout(400); }
    bool listen() override
    {
        if (!m_sim.listen())
            return false;
        m_client.setAccessToken(m_sim.accessToken());
        return m_client.setBaseUrl(m_sim.apiUrl());
    }
    PointBackend *backend() override { return &m_client; }
    QStringList createKeys() const override { return m_client.createKeys; }
    QStringList cancelKeys() const override { return m_client.cancelKeys; }
    QString terminal() const override { return QStringLiteral("Caja 1"); }
    QList<OrderRef> ordersFor(const QString &externalReference) const override
    {
        QList<OrderRef> out;
        for (const SimOrder &o : m_sim.orders()) {
            if (o.externalReference == externalReference)
                out << orderRef(o.id);
        }
        return out;
    }
    int orderCount() const override { return int(m_sim.orders().size()); }
    OrderState simState(const OrderRef &order) const override
    {
        const auto o = m_sim.order(simId(order));
        if (!o)
            return OrderState::Unknown;
        switch (o->status) {
        case SimOrder::Status::Open:
            return OrderState::WaitingForCard;
        case SimOrder::Status::Deleted:
            return OrderState::Cancelled;
        case SimOrder::Status::Closed:
            return o->paymentStatus == QLatin1String("approved") ? OrderState::Approved : OrderState::Rejected;
        }
        return OrderState::Unknown;
    }
    bool customerPays(const OrderRef &) override { return m_sim.approve(terminal()) > 0; }
    bool customerDeclines(const OrderRef &) override { return m_sim.decline(terminal()) > 0; }
    bool customerCancels(const OrderRef &) override { return m_sim.customerCancel(terminal()) > 0; }
    bool occupyTerminal() override
    {
        return createOrderFromAnotherTill(m_sim, terminal()) > 0;
    }
    void failNextCreate(CreateFault fault, int clientTimeoutMs) override
    {
        SimFault f = makeFault(fault, clientTimeoutMs);
        f.method = QStringLiteral("POST");
        f.pathPrefix = QStringLiteral("/point/services/integrations/v1");
        m_sim.injectFault(f);
    }
    void clearFaults() override { m_sim.clearFaults(); }
    PointSimulator &sim() { return m_sim; }

    QStringList refundKeys() const override { return m_client.refundKeys; }
    int simRefundCount(const JournalEntry &sale) const override
    {
        const auto payment = m_sim.payments().payment(simId(sale.paymentId));
        return payment ? int(payment->refunds.size()) : -1;
    }
    qint64 simRefundedCents(const JournalEntry &sale) const override
    {
        const auto payment = m_sim.payments().payment(simId(sale.paymentId));
        return payment ? payment->refundedCents : -1;
    }
    bool customerPaysWithoutPartialRefunds(const OrderRef &order) override
    {
        if (!customerPays(order))
            return false;
        const auto o = m_sim.order(simId(order));
        return o && m_sim.payments().setPartialRefundAllowed(o->paymentId, false);
    }
    bool ageSale(const JournalEntry &sale, int days) override
    {
        return m_sim.payments().agePayment(simId(sale.paymentId), days);
    }
    bool refundOutside(const JournalEntry &sale, const std::optional<Money> &amount) override
    {
        return m_sim.payments().refundFromPanel(simId(sale.paymentId),
                                                amount ? std::optional<qint64>(amount->cents()) : std::nullopt) > 0;
    }
    void failNextRefund(SimFault fault) override
    {
        fault.method = QStringLiteral("POST");
        fault.pathPrefix = QStringLiteral("/v1/payments/");
        m_sim.injectFault(fault);
    }
    bool isRefundRequest(const QString &method, const QString &path) const override
    {
        return method == QLatin1String("POST") && path.startsWith(QLatin1String("/v1/payments/")) &&
               path.endsWith(QLatin1String("/refunds"));
    }
    int requestCount() const override { return m_sim.requestCount(); }
    QObject *simulator() override { return &m_sim; }

    static SimFault makeFault(CreateFault fault, int clientTimeoutMs)
    {
        SimFault f;
        f.count = 1;
        switch (fault) {
        case CreateFault::DropBeforeStore:
        case CreateFault::DropAfterStore:
            f.kind = SimFault::Kind::Drop;
            f.afterStore = fault == CreateFault::DropAfterStore;
            break;
        case CreateFault::ServerErrorBeforeStore:
        case CreateFault::ServerErrorAfterStore:
            f.kind = SimFault::Kind::ServerError;
            f.httpStatus = 500;
            f.afterStore = fault == CreateFault::ServerErrorAfterStore;
            break;
        case CreateFault::Timeout:
            f.kind = SimFault::Kind::Latency;
            f.latencyMs = clientTimeoutMs + 300;
            break;
        }
        return f;
    }

private:
    PointSimulator m_sim;
    KeyRecording<LegacyPointBackend> m_client;
};

class OrdersDriver : public SimDriver
{
public:
    OrdersDriver()
    {
        OrdersSimulator::Settings settings = m_sim.settings();
        settings.takeDelayMs = -1; // the customer's terminal takes the order when the driver says so
        settings.cancelDelayMs = 150;
        m_sim.setSettings(settings);
        m_client.setTimeout(400);
        m_client.setCurrency(*Currency::fromCode(QStringLiteral("MXN")));
    }
    bool listen() override
    {
        if (!m_sim.listen())
            return false;
        m_client.setAccessToken(m_sim.accessToken());
        return m_client.setBaseUrl(m_sim.apiUrl());
    }
    PointBackend *backend() override { return &m_client; }
    QStringList createKeys() const override { return m_client.createKeys; }
    QStringList cancelKeys() const override { return m_client.cancelKeys; }
    QString terminal() const override { return OrdersSimulator::defaultTerminalIds().first(); }
    QList<OrderRef> ordersFor(const QString &externalReference) const override
    {
        QList<OrderRef> out;
        for (const OrdersSimOrder &o : m_sim.orders()) {
            if (o.externalReference == externalReference)
                out << OrderRef(o.id);
        }
        return out;
    }
    int orderCount() const override { return int(m_sim.orders().size()); }
    OrderState simState(const OrderRef &order) const override
    {
        const auto o = m_sim.order(order.toString());
        if (!o)
            return OrderState::Unknown;
        const QString &s = o->status;
        if (s == QLatin1String("created") || s == QLatin1String("at_terminal"))
            return OrderState::WaitingForCard;
        if (s == QLatin1String("processed"))
            return OrderState::Approved;
        if (s == QLatin1String("failed"))
            return OrderState::Rejected;
        if (s == QLatin1String("canceled"))
            return OrderState::Cancelled;
        if (s == QLatin1String("expired"))
            return OrderState::Expired;
        if (s == QLatin1String("action_required"))
            return OrderState::ActionRequired;
        return OrderState::Unknown;
    }
    bool customerPays(const OrderRef &order) override { return takeThen(order, true); }
    bool customerDeclines(const OrderRef &order) override { return takeThen(order, false); }
    bool customerCancels(const OrderRef &order) override
    {
        const QString id = order.toString();
        if (m_sim.order(id) && m_sim.order(id)->status == QLatin1String("created"))
            m_sim.take(id);
        return m_sim.cancelOnTerminal(id);
    }
    bool occupyTerminal() override
    {
        // Another till's order: created by another PointDesk on the same account (its own key).
        OrdersBackend other;
        other.setCurrency(*Currency::fromCode(QStringLiteral("MXN")));
        other.setAccessToken(m_sim.accessToken());
        if (!other.setBaseUrl(m_sim.apiUrl()))
            return false;
        OrderRequest r;
        r.amount = Money::fromCents(999);
        r.description = QStringLiteral("otra caja");
        r.deviceName = terminal();
        Call<CreatedOrder> *call = other.createOrder(r, PointBackend::newIdempotencyKey());
        bool done = false, ok = false;
        QObject::connect(call, &ApiCall::finished, call, [&]() {
            done = true;
            ok = call->ok();
        });
        if (!QTest::qWaitFor([&]() { return done; }, 5000))
            return false;
        return ok;
    }
    void failNextCreate(CreateFault fault, int clientTimeoutMs) override
    {
        SimFault f = LegacyDriver::makeFault(fault, clientTimeoutMs);
        f.method = QStringLiteral("POST");
        f.pathPrefix = QStringLiteral("/v1/orders");
        m_sim.injectFault(f);
    }
    void clearFaults() override { m_sim.clearFaults(); }
    OrdersSimulator &sim() { return m_sim; }

    QStringList refundKeys() const override { return m_client.refundKeys; }
    int simRefundCount(const JournalEntry &sale) const override
    {
        const auto o = m_sim.order(sale.orderId.toString());
        return o ? int(o->refunds.size()) : -1;
    }
    qint64 simRefundedCents(const JournalEntry &sale) const override
    {
        const auto o = m_sim.order(sale.orderId.toString());
        return o ? o->payment.refundedCents : -1;
    }
    bool customerPaysWithoutPartialRefunds(const OrderRef &order) override
    {
        const QString id = order.toString();
        if (m_sim.order(id) && m_sim.order(id)->status == QLatin1String("created") && !m_sim.take(id))
            return false;
        OrdersSimPaymentResult result;
        result.nonCardType = QStringLiteral("qr");
        return m_sim.pay(id, result);
    }
    bool ageSale(const JournalEntry &sale, int days) override { return m_sim.ageOrder(sale.orderId.toString(), days); }
    bool refundOutside(const JournalEntry &sale, const std::optional<Money> &amount) override
    {
        return m_sim.refundOutside(sale.orderId.toString(), amount);
    }
    void failNextRefund(SimFault fault) override
    {
        // Only refunds are POSTed under /v1/orders/ once the sales are paid (cancels share the path).
        fault.method = QStringLiteral("POST");
        fault.pathPrefix = QStringLiteral("/v1/orders/");
        m_sim.injectFault(fault);
    }
    bool isRefundRequest(const QString &method, const QString &path) const override
    {
        return method == QLatin1String("POST") && path.startsWith(QLatin1String("/v1/orders/")) &&
               path.endsWith(QLatin1String("/refund"));
    }
    int requestCount() const override { return m_sim.requestCount(); }
    QObject *simulator() override { return &m_sim; }

private:
    bool takeThen(const OrderRef &order, bool approved)
    {
        const QString id = order.toString();
        const auto o = m_sim.order(id);
        if (!o)
            return false;
        if (o->status == QLatin1String("created") && !m_sim.take(id))
            return false;
        OrdersSimPaymentResult result;
        result.approved = approved;
        if (!approved)
            result.statusDetail = QStringLiteral("insufficient_amount");
        return m_sim.pay(id, result);
    }

    OrdersSimulator m_sim;
    KeyRecording<OrdersBackend> m_client;
};

/// A sale charged and paid through the driver's simulator and recorded as the charge flow leaves it (the API's
/// reading of the paid order in the journal). Returns its local id, 0 when any step failed.
inline qint64 recordPaidSale(SimDriver &driver, OrderJournal &journal, qint64 cents, bool partialRefunds = true)
{
    OrderRequest request;
    request.amount = Money::fromCents(cents);
    request.description = QStringLiteral("Mate");
    request.deviceName = driver.terminal();
    QString createKey;
    const qint64 localId = journal.recordNew(request, driver.backend()->key(), nullptr, &createKey);
    if (localId == 0)
        return 0;
    auto created = await(driver.backend()->createOrder(request, createKey));
    if (created.error.isError() || !journal.attachOrderId(localId, created.value.id).ok())
        return 0;
    const bool paid = partialRefunds ? driver.customerPays(created.value.id)
                                     : driver.customerPaysWithoutPartialRefunds(created.value.id);
    if (!paid)
        return 0;
    auto read = await(driver.backend()->getOrder(created.value.id));
    if (read.error.isError() || read.value.state != OrderState::Approved ||
        !journal.recordState(localId, read.value).ok())
        return 0;
    const std::optional<JournalEntry> entry = journal.entry(localId);
    return entry && entry->state == OrderState::Approved && !(entry->paymentId.isNull() && entry->orderId.isNull())
               ? localId
               : 0;
}

inline std::unique_ptr<SimDriver> makeDriver(const QString &api)
{
    if (api == QLatin1String("orders"))
        return std::make_unique<OrdersDriver>();
    return std::make_unique<LegacyDriver>();
}
