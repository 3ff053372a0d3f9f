#include "CashierRig.h"

#include "BenchSupport.h"
#include "ui/MainWindow.h"
#include "ui/OrderStatusPanel.h"
#include "api/LegacyPointBackend.h"
#include "api/OrdersBackend.h"
#include "sim/OrdersSimulator.h"
#include "sim/PointSimulator.h"
#include "store/Settings.h"

#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <climits>

std::optional<CashierRig::Api> CashierRig::apiFromName(const QString &name)
{
    if (name == QLatin1String("legacy"))
        return Api::Legacy;
    if (name == QLatin1String("orders"))
        return Api::Orders;
    return std::nullopt;
}

QString CashierRig::apiName(Api api)
{
    return api == Api::Orders ? QStringLiteral("orders") : QStringLiteral("legacy");
}

CashierRig::CashierRig(Api api) : m_api(api)
{
    if (api == Api::Orders)
        m_ordersSim = std::make_unique<OrdersSimulator>();
    else
        m_legacySim = std::make_unique<PointSimulator>();
}

CashierRig::~CashierRig()
{
    // The window uses the client and the journal; the client talks to the simulator.
    delete m_window;
    delete m_client;
    m_journal.close();
}

bool CashierRig::setUp(int journalOrders, int latencyMs, QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    if (m_legacySim ? !m_legacySim->listen() : !m_ordersSim->listen()) {
        *error = QStringLiteral("the simulator cannot listen on 127.0.0.1");
        return false;
    }
    const JournalResult opened = m_journal.open(m_dir.filePath(QStringLiteral("journal.sqlite")));
    if (!opened.ok()) {
        *error = QStringLiteral("journal: ") + opened.detail();
        return false;
    }
    if (journalOrders > 0) {
        const double started = Bench::nowMs();
        if (!Bench::fillJournal(&m_journal, journalOrders, 300, error))
            return false;
        Bench::note(QStringLiteral("journal filled with %1 sales in %2 ms")
                        .arg(journalOrders)
                        .arg(Bench::nowMs() - started, 0, 'f', 0));
    }
    if (latencyMs > 0) {
        SimFault slow;
        slow.kind = SimFault::Kind::Latency;
        slow.count = INT_MAX;
        slow.latencyMs = latencyMs;
        if (m_legacySim)
            m_legacySim->injectFault(slow);
        else
            m_ordersSim->injectFault(slow);
    }
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("pointdesk.ini")));
    if (m_legacySim) {
        m_client = new LegacyPointBackend;
        m_client->setBaseUrl(m_legacySim->apiUrl());
        m_client->setAccessToken(m_legacySim->accessToken());
    } else {
        m_client = new OrdersBackend;
        m_client->setBaseUrl(m_ordersSim->apiUrl());
        m_client->setAccessToken(m_ordersSim->accessToken());
    }
    m_window = new MainWindow(m_client, &m_journal, m_settings.get());
    m_window->show();
    QApplication::setActiveWindow(m_window);
    auto *devices = m_window->findChild<QListWidget *>(QStringLiteral("deviceList"));
    if (!devices || !Bench::waitUntil([devices]() { return devices->count() == 3; }, 10000 + 3 * latencyMs)) {
        *error = QStringLiteral("the window did not list the terminals");
        return false;
    }
    return true;
}

bool CashierRig::canCharge() const
{
    auto *button = m_window->findChild<QPushButton *>(QStringLiteral("chargeButton"));
    return button && button->isEnabled();
}

bool CashierRig::charge(const QString &amount, const QString &description, QString *error)
{
    auto *amountEdit = m_window->findChild<QLineEdit *>(QStringLiteral("amountEdit"));
    auto *descriptionEdit = m_window->findChild<QLineEdit *>(QStringLiteral("descriptionEdit"));
    auto *button = m_window->findChild<QPushButton *>(QStringLiteral("chargeButton"));
    if (!amountEdit || !descriptionEdit || !button) {
        *error = QStringLiteral("the charge form is not there");
        return false;
    }
    amountEdit->setText(amount);
    descriptionEdit->setText(description);
    if (!Bench::waitUntil([this]() { return canCharge(); }, 5000)) {
        auto *hint = m_window->findChild<QWidget *>(QStringLiteral("chargeHint"));
        *error = QStringLiteral("Charge stays disabled: ") + (hint ? hint->property("text").toString() : QString());
        return false;
    }
    button->click();
    return true;
}

OrderRef CashierRig::approve()
{
    const OrderRef current = m_window->currentOrderId();
    if (m_legacySim) {
        const qint64 paid = m_legacySim->approve(deviceName());
        return paid > 0 && OrderRef::fromNumber(paid) == current ? current : OrderRef();
    }
    const QString waiting = m_ordersSim->waitingOrder(deviceName());
    if (waiting.isEmpty() || waiting != current.toString())
        return {};
    const std::optional<OrdersSimOrder> order = m_ordersSim->order(waiting);
    if (order && order->status == QLatin1String("created") && !m_ordersSim->take(waiting))
        return {};
    OrdersSimPaymentResult result;
    result.installments = 3;
    return m_ordersSim->pay(waiting, result) ? current : OrderRef();
}

void CashierRig::onRequest(std::function<void(const QString &, const QString &)> handler)
{
    const auto forward = [handler](const QString &method, const QString &path, int) { handler(method, path); };
    if (m_legacySim)
        QObject::connect(m_legacySim.get(), &PointSimulator::requestHandled, m_legacySim.get(), forward);
    else
        QObject::connect(m_ordersSim.get(), &OrdersSimulator::requestHandled, m_ordersSim.get(), forward);
}

QString CashierRig::orderPath(const OrderRef &order) const
{
    return m_legacySim ? QStringLiteral("/point/services/integrations/v1/") + order.toString()
                       : QStringLiteral("/v1/orders/") + order.toString();
}

void CashierRig::newSale()
{
    m_window->newSale();
}

OrderStatusPanel *CashierRig::panel() const
{
    return m_window->findChild<OrderStatusPanel *>(QStringLiteral("orderStatusPanel"));
}

QString CashierRig::panelMode() const
{
    const OrderStatusPanel *p = panel();
    return p ? p->property("mode").toString() : QString();
}

QString CashierRig::deviceName() const
{
    return m_legacySim ? PointSimulator::defaultDeviceNames().constFirst()
                       : OrdersSimulator::defaultTerminalIds().constFirst();
}
