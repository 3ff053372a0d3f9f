// pointdesk-bench latency: from the simulator's approve to the status panel showing Paid, over many orders.
#include "BenchCommands.h"
#include "BenchSupport.h"
#include "CashierRig.h"
#include "ui/MainWindow.h"
#include "ui/OrderStatusPanel.h"

#include <QDynamicPropertyChangeEvent>
#include <QMap>
#include <QRandomGenerator>

namespace {

/// Stamps the moment the panel's "mode" property turns to `target`, and arms a paint probe then, so that the
/// panel's next paint (the one that shows it) is stamped too.
class ModeWatcher : public QObject
{
public:
    ModeWatcher(OrderStatusPanel *panel, Bench::PaintProbe *probe) : m_panel(panel), m_probe(probe)
    {
        panel->installEventFilter(this);
    }
    void expect(const QString &target)
    {
        m_target = target;
        m_stamp = -1;
    }
    double stamp() const { return m_stamp; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_panel && event->type() == QEvent::DynamicPropertyChange && m_stamp < 0 &&
            static_cast<QDynamicPropertyChangeEvent *>(event)->propertyName() == "mode" &&
            m_panel->property("mode").toString() == m_target) {
            m_stamp = Bench::nowMs();
            m_probe->arm();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    OrderStatusPanel *m_panel;
    Bench::PaintProbe *m_probe;
    QString m_target;
    double m_stamp = -1;
};

struct Request
{
    double at;
    QString method;
    QString path;
};

} // namespace

int runLatency(const BenchOptions &options)
{
    const std::optional<CashierRig::Api> api = CashierRig::apiFromName(options.backend);
    if (!api) {
        Bench::note(QStringLiteral("latency: --backend is legacy or orders"));
        return 2;
    }
    CashierRig rig(*api);
    QString error;
    if (!rig.setUp(0, 0, &error)) {
        Bench::note(QStringLiteral("latency: ") + error);
        return 1;
    }
    QList<Request> requests;
    rig.onRequest([&requests](const QString &method, const QString &path) {
        requests.append({Bench::nowMs(), method, path});
    });
    Bench::PaintProbe probe(rig.panel());
    ModeWatcher watcher(rig.panel(), &probe);
    // The customer takes a while: 0.3 to 1.3 s, spread evenly over the orders (in a shuffled order), so that the
    // approvals fall evenly over the poll period even when there are few orders.
    QList<int> customerMs;
    for (int i = 0; i < options.orders; ++i)
        customerMs.append(300 + int((i + 0.5) * 1000.0 / options.orders));
    QRandomGenerator random(7);
    for (qsizetype i = customerMs.size() - 1; i > 0; --i)
        customerMs.swapItemsAt(i, qsizetype(random.bounded(quint32(i + 1))));

    QList<double> toMode;
    QList<double> toPaint;
    QList<double> pollIntervals;
    qint64 requestsInOrders = 0;
    for (int i = 0; i < options.orders; ++i) {
        const qsizetype firstRequest = requests.size();
        if (!rig.charge(QStringLiteral("12.50"), QStringLiteral("Latency %1").arg(i + 1), &error)) {
            Bench::note(QStringLiteral("latency: order %1: %2").arg(i + 1).arg(error));
            return 1;
        }
        if (!Bench::waitUntil(
                [&]() { return rig.panelMode() == QLatin1String("waiting") && !rig.window()->currentOrderId().isNull(); },
                10000)) {
            Bench::note(
                QStringLiteral("latency: order %1 never reached the terminal (%2)").arg(i + 1).arg(rig.panelMode()));
            return 1;
        }
        const OrderRef orderId = rig.window()->currentOrderId();
        Bench::runFor(customerMs.at(i));
        watcher.expect(QStringLiteral("approved"));
        const double approvedAt = Bench::nowMs();
        if (rig.approve() != orderId) {
            Bench::note(QStringLiteral("latency: order %1 was not on the terminal").arg(orderId.toString()));
            return 1;
        }
        if (!Bench::waitUntil([&]() { return watcher.stamp() > 0 && probe.isDone(); }, 10000)) {
            Bench::note(QStringLiteral("latency: order %1 never showed Paid (%2)").arg(orderId.toString()).arg(rig.panelMode()));
            return 1;
        }
        toMode.append(watcher.stamp() - approvedAt);
        toPaint.append(probe.stamp() - approvedAt);

        const QString orderPath = rig.orderPath(orderId);
        double lastPoll = -1;
        for (qsizetype r = firstRequest; r < requests.size(); ++r) {
            const Request &request = requests.at(r);
            if (request.at > probe.stamp())
                break;
            ++requestsInOrders;
            if (request.method == QLatin1String("GET") && request.path == orderPath) {
                if (lastPoll >= 0)
                    pollIntervals.append(request.at - lastPoll);
                lastPoll = request.at;
            }
        }
        rig.newSale();
        if (!Bench::waitUntil([&]() { return rig.panelMode() == QLatin1String("idle"); }, 5000)) {
            Bench::note(QStringLiteral("latency: New sale did not clear the panel"));
            return 1;
        }
    }
    const QString key = QStringLiteral("latency.") + CashierRig::apiName(*api) + QLatin1Char('.');
    Bench::result(key + QStringLiteral("orders"), qint64(options.orders));
    Bench::result(key + QStringLiteral("median_ms"), Bench::median(toPaint));
    Bench::result(key + QStringLiteral("p95_ms"), Bench::percentile(toPaint, 95));
    Bench::result(key + QStringLiteral("max_ms"), Bench::percentile(toPaint, 100));
    Bench::result(key + QStringLiteral("mode_median_ms"), Bench::median(toMode));
    Bench::result(key + QStringLiteral("requests_per_order"), double(requestsInOrders) / options.orders, 2);
    const double interval = Bench::mean(pollIntervals);
    Bench::result(key + QStringLiteral("poll_interval_ms"), interval);
    Bench::result(key + QStringLiteral("polls_per_s"), interval > 0 ? 1000.0 / interval : 0.0, 2);
    return 0;
}
