#include "app/LegacyTerminalSide.h"

#include "app/VirtualTerminal.h"
#include "sim/PointSimulator.h"
#include "ui/Formatting.h"

#include <QHBoxLayout>
#include <QPushButton>

// The words are the virtual terminal's (its translation context): they were there before the two APIs.

LegacyTerminalSide::LegacyTerminalSide(PointSimulator *simulator, QObject *parent)
    : TerminalSide(parent), m_simulator(simulator)
{
    connect(m_simulator, &PointSimulator::devicesChanged, this, &TerminalSide::changed);
    connect(m_simulator, &PointSimulator::orderChanged, this, &TerminalSide::changed);
}

QStringList LegacyTerminalSide::terminals() const
{
    QStringList names;
    const QList<SimDevice> devices = m_simulator->devices();
    for (const SimDevice &device : devices)
        names << device.name;
    return names;
}

TerminalSide::Screen LegacyTerminalSide::screen(const QString &terminal) const
{
    Screen screen;
    const std::optional<SimDevice> device = m_simulator->device(terminal);
    const std::optional<SimOrder> order =
        device && device->paymentAttempt != 0 ? m_simulator->order(device->paymentAttempt) : std::nullopt;
    screen.hasOrder = order && order->status == SimOrder::Status::Open;
    if (screen.hasOrder) {
        screen.amount = Formatting::currency(order->amount);
        screen.description = order->description;
        screen.detail = Formatting::cardTypeName(order->cardType);
        screen.prompt = VirtualTerminal::tr("Tap, insert or swipe the card");
    }
    screen.idle = VirtualTerminal::tr("Ready \u2014 no order");
    screen.state = screen.hasOrder ? VirtualTerminal::tr("order to pay") : VirtualTerminal::tr("ready");
    return screen;
}

QWidget *LegacyTerminalSide::createControls(const QString &terminal, QWidget *parent)
{
    auto *controls = new QWidget(parent);
    controls->setObjectName(QStringLiteral("customerControls"));
    auto *approve =
        customerButton(VirtualTerminal::tr("&Approve"), QStringLiteral("approveButton"),
                       VirtualTerminal::tr("Approve the payment on %1").arg(terminal), Theme::Tone::Success, controls);
    auto *decline =
        customerButton(VirtualTerminal::tr("&Decline"), QStringLiteral("declineButton"),
                       VirtualTerminal::tr("Decline the card on %1").arg(terminal), Theme::Tone::Danger, controls);
    auto *cancel =
        customerButton(VirtualTerminal::tr("Customer &cancels"), QStringLiteral("customerCancelButton"),
                       VirtualTerminal::tr("The customer cancels on %1").arg(terminal), Theme::Tone::Muted, controls);
    connect(approve, &QPushButton::clicked, this, [this, terminal]() { act(terminal, QStringLiteral("approve")); });
    connect(decline, &QPushButton::clicked, this, [this, terminal]() { act(terminal, QStringLiteral("decline")); });
    connect(cancel, &QPushButton::clicked, this, [this, terminal]() { act(terminal, QStringLiteral("cancel")); });
    auto *buttons = new QHBoxLayout(controls);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->setSpacing(6);
    buttons->addWidget(approve);
    buttons->addWidget(decline);
    buttons->addWidget(cancel);
    controls->setFocusProxy(approve);
    return controls;
}

void LegacyTerminalSide::updateControls(QWidget *controls, const Screen &screen)
{
    controls->setEnabled(screen.hasOrder);
}

void LegacyTerminalSide::act(const QString &deviceName, const QString &action)
{
    const std::optional<SimDevice> device = m_simulator->device(deviceName);
    const std::optional<SimOrder> before =
        device && device->paymentAttempt ? m_simulator->order(device->paymentAttempt) : std::nullopt;
    qint64 orderId = 0;
    if (action == QLatin1String("approve"))
        orderId = m_simulator->approve(deviceName);
    else if (action == QLatin1String("decline"))
        orderId = m_simulator->decline(deviceName);
    else
        orderId = m_simulator->customerCancel(deviceName);
    if (orderId == 0)
        return;
    const std::optional<SimOrder> after = m_simulator->order(orderId);
    const QString amount = before ? Formatting::currency(before->amount) : QString();
    QString event;
    if (action == QLatin1String("approve"))
        event = VirtualTerminal::tr("Last: %1 paid (payment %2)").arg(amount).arg(after ? after->paymentId : 0);
    else if (action == QLatin1String("decline"))
        event = VirtualTerminal::tr("Last: %1 declined").arg(amount);
    else
        event = VirtualTerminal::tr("Last: %1 cancelled by the customer").arg(amount);
    Q_EMIT acted(deviceName, event);
}
