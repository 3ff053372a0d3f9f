#include "app/SmokeTest.h"

#include "ui/DevicePicker.h"
#include "ui/MainWindow.h"
#include "ui/OrderStatusPanel.h"
#include "sim/PointSimulator.h"
#include "app/VirtualTerminal.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace {

// Often enough that the run takes about as long as the window needs, rarely enough to cost nothing.
constexpr int kPollMs = 50;

template <typename T> T *findIn(QObject *root, const QString &name)
{
    return root ? root->findChild<T *>(name) : nullptr;
}

} // namespace

SmokeTest::SmokeTest(MainWindow *window, VirtualTerminal *terminal, PointSimulator *simulator, QObject *parent)
    : QObject(parent), m_window(window), m_terminal(terminal), m_simulator(simulator),
      m_demo(terminal != nullptr && simulator != nullptr)
{
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &SmokeTest::poll);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this,
            [this]() { fail(tr("timed out after %1 s while %2").arg(m_timeoutMs / 1000.0).arg(stepDescription())); });
}

void SmokeTest::setTimeout(int milliseconds)
{
    m_timeoutMs = qMax(1, milliseconds);
}

QString SmokeTest::saleDescription()
{
    return tr("Smoke test");
}

void SmokeTest::start()
{
    if (m_step != Step::NotStarted)
        return;
    m_step = Step::WaitingForTerminals;
    m_clock.start();
    m_deadline.start(m_timeoutMs);
    m_poll.start();
    // The first look happens from the event loop, so that finished() never fires inside start().
    QTimer::singleShot(0, this, &SmokeTest::poll);
}

void SmokeTest::poll()
{
    if (m_step == Step::NotStarted || m_step == Step::Done)
        return;
    if (!m_window || (m_demo && (!m_terminal || !m_simulator))) {
        fail(tr("the cashier window or the demo terminal went away while %1").arg(stepDescription()));
        return;
    }

    switch (m_step) {
    case Step::WaitingForTerminals: {
        auto *picker = findIn<DevicePicker>(m_window, QStringLiteral("devicePicker"));
        if (!picker) {
            fail(tr("the cashier window has no terminal list"));
            return;
        }
        if (!picker->hasLoaded() || picker->devices().isEmpty())
            return;
        m_deviceName = picker->devices().constFirst().name;
        if (!picker->selectDevice(m_deviceName)) {
            fail(tr("could not select the terminal %1").arg(m_deviceName));
            return;
        }
        auto *amount = findIn<QLineEdit>(m_window, QStringLiteral("amountEdit"));
        auto *description = findIn<QLineEdit>(m_window, QStringLiteral("descriptionEdit"));
        if (!amount || !description) {
            fail(tr("the cashier window has no amount or description field"));
            return;
        }
        // A whole amount reads the same in every locale ("25" is 25,00 in Buenos Aires and 25.00 in Mexico City).
        amount->setText(QString::number(kAmountCents / 100));
        description->setText(saleDescription());
        m_step = Step::WaitingForChargeButton;
        [[fallthrough]];
    }
    case Step::WaitingForChargeButton: {
        auto *charge = findIn<QPushButton>(m_window, QStringLiteral("chargeButton"));
        if (!charge) {
            fail(tr("the cashier window has no Charge button"));
            return;
        }
        if (!charge->isEnabled())
            return;
        m_step = Step::WaitingForOrder;
        charge->click();
        return;
    }
    case Step::WaitingForOrder: {
        const QString mode = panelMode();
        if (mode == QLatin1String("sending") || mode == QLatin1String("idle"))
            return;
        if (mode != QLatin1String("waiting")) {
            fail(tr("the order did not reach the terminal: %1").arg(panelText()));
            return;
        }
        m_orderId = m_window->currentOrderId().toNumber().value_or(0); // the simulator speaks the legacy API
        Q_EMIT orderOnTerminal(m_orderId, m_deviceName);
        if (!m_demo) {
            // Someone else pays: the simulator's control, or whoever drives this run.
            m_step = Step::WaitingForPaid;
            return;
        }
        QWidget *card = m_terminal->cardFor(m_deviceName);
        auto *approve = findIn<QPushButton>(card, QStringLiteral("approveButton"));
        if (!approve) {
            fail(tr("the virtual terminal shows no %1").arg(m_deviceName));
            return;
        }
        // The customer pays on the virtual terminal, exactly as whoever runs the demo would.
        m_step = Step::WaitingForPaid;
        approve->click();
        return;
    }
    case Step::WaitingForPaid: {
        const QString mode = panelMode();
        if (mode == QLatin1String("waiting") || mode == QLatin1String("unknown"))
            return;
        if (mode != QLatin1String("approved")) {
            fail(tr("the order %1 was not paid: %2").arg(m_orderId).arg(panelText()));
            return;
        }
        if (!m_demo) {
            auto *detail = findIn<QLabel>(m_window, QStringLiteral("statusDetail"));
            if (!detail || !detail->text().contains(QRegularExpression(QStringLiteral("\\d{3,}")))) {
                fail(tr("the panel says Paid but shows no payment for order %1").arg(m_orderId));
                return;
            }
            pass(tr("smoke test passed: order %1 paid (%2), %3 ms")
                     .arg(m_orderId)
                     .arg(detail->text())
                     .arg(m_clock.elapsed()));
            return;
        }
        const std::optional<SimOrder> order = m_simulator->order(m_orderId);
        if (!order || order->paymentStatus != QLatin1String("approved") || order->paymentId <= 0) {
            fail(tr("the panel says Paid but the terminal has no approved payment for order %1").arg(m_orderId));
            return;
        }
        if (order->amount.cents() != kAmountCents || order->description != saleDescription()) {
            fail(tr("the terminal received another sale than the one typed: %1").arg(order->description));
            return;
        }
        auto *detail = findIn<QLabel>(m_window, QStringLiteral("statusDetail"));
        if (!detail || !detail->text().contains(QString::number(order->paymentId))) {
            fail(tr("the panel does not show the payment %1").arg(order->paymentId));
            return;
        }
        pass(tr("smoke test passed: order %1 paid, payment %2 (%3 ms)")
                 .arg(m_orderId)
                 .arg(order->paymentId)
                 .arg(m_clock.elapsed()));
        return;
    }
    case Step::NotStarted:
    case Step::Done:
        return;
    }
}

QString SmokeTest::panelMode() const
{
    auto *panel = findIn<OrderStatusPanel>(m_window, QStringLiteral("orderStatusPanel"));
    return panel ? OrderStatusPanel::modeKey(panel->mode()) : QString();
}

QString SmokeTest::panelText() const
{
    QStringList parts;
    for (const QString &name : {QStringLiteral("statusTitle"), QStringLiteral("statusDetail"),
                                QStringLiteral("statusHint"), QStringLiteral("statusNote")}) {
        auto *label = findIn<QLabel>(m_window, name);
        if (label && !label->text().isEmpty())
            parts << label->text();
    }
    return parts.isEmpty() ? panelMode() : parts.join(QStringLiteral(" / "));
}

QString SmokeTest::stepDescription() const
{
    switch (m_step) {
    case Step::WaitingForTerminals:
        return tr("waiting for the terminals");
    case Step::WaitingForChargeButton:
        return tr("waiting for the Charge button to be enabled");
    case Step::WaitingForOrder:
        return tr("waiting for the order to reach %1").arg(m_deviceName);
    case Step::WaitingForPaid:
        return tr("waiting for order %1 to show Paid").arg(m_orderId);
    case Step::NotStarted:
    case Step::Done:
        break;
    }
    return QString();
}

void SmokeTest::fail(const QString &reason)
{
    if (m_step == Step::Done)
        return;
    const QString message = tr("smoke test failed: %1").arg(reason);
    m_step = Step::Done;
    m_poll.stop();
    m_deadline.stop();
    Q_EMIT finished(false, message);
}

void SmokeTest::pass(const QString &message)
{
    m_step = Step::Done;
    m_poll.stop();
    m_deadline.stop();
    Q_EMIT finished(true, message);
}
