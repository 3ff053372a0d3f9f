#include "VirtualTerminal.h"

#include "Formatting.h"
#include "PointSimulator.h"
#include "Theme.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QString buttonStyle(Theme::Tone tone)
{
    const Theme::ToneColors c = Theme::colors(tone);
    return QStringLiteral("QPushButton { background-color: %1; color: white; border: none; border-radius: 6px;"
                          " padding: 8px 6px; }"
                          "QPushButton:hover { background-color: %2; }"
                          "QPushButton:focus { border: 2px solid #0B3D6B; }"
                          "QPushButton:disabled { background-color: #D5D9DD; color: #6B7177; }")
        .arg(c.accent.name(), c.accent.darker(115).name());
}

} // namespace

VirtualTerminal::VirtualTerminal(PointSimulator *simulator, QWidget *parent)
    : QWidget(parent, Qt::Window), m_simulator(simulator)
{
    setObjectName(QStringLiteral("virtualTerminal"));
    setWindowTitle(tr("Virtual terminal \u2014 DEMO"));
    setWindowIcon(Theme::appIcon());
    setAccessibleName(tr("Virtual terminal"));
    setStyleSheet(QStringLiteral("QWidget#virtualTerminal { background-color: #EEF1F4; }"));

    auto *title = new QLabel(tr("Virtual terminal"), this);
    title->setFont(Theme::scaled(font(), 1.5, QFont::Bold));
    auto *demo = new QLabel(tr("DEMO"), this);
    demo->setFont(Theme::scaled(font(), 1.0, QFont::Bold));
    const Theme::ToneColors waiting = Theme::colors(Theme::Tone::Waiting);
    demo->setStyleSheet(QStringLiteral("QLabel { background-color: %1; color: %2; border: 1px solid %3;"
                                       " border-radius: 4px; padding: 2px 8px; }")
                            .arg(waiting.background.name(), waiting.foreground.name(), waiting.border.name()));
    auto *intro = new QLabel(tr("You are the customer. When the cashier charges, the order appears on the terminal "
                                "below; then approve it, decline the card, or cancel as the customer would."),
                             this);
    intro->setObjectName(QStringLiteral("virtualTerminalIntro"));
    intro->setWordWrap(true);
    intro->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(Theme::mutedText().name()));

    m_emptyLabel = new QLabel(tr("The demo account has no terminals."), this);
    m_emptyLabel->hide();

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addWidget(demo);
    header->addStretch(1);

    m_cards = new QGridLayout;
    m_cards->setHorizontalSpacing(14);
    m_cards->setVerticalSpacing(14);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 18);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addWidget(intro);
    layout->addWidget(m_emptyLabel);
    layout->addLayout(m_cards);
    layout->addStretch(1);

    connect(m_simulator, &PointSimulator::devicesChanged, this, &VirtualTerminal::refresh);
    connect(m_simulator, &PointSimulator::orderChanged, this, &VirtualTerminal::refresh);
    refresh();
}

QWidget *VirtualTerminal::cardFor(const QString &name) const
{
    const qsizetype at = m_names.indexOf(name);
    return at >= 0 ? m_cardWidgets.value(at) : nullptr;
}

void VirtualTerminal::rebuild()
{
    for (QWidget *card : std::as_const(m_cardWidgets))
        delete card;
    m_cardWidgets.clear();

    const int columns = 3;
    const QFont screenFont = Theme::scaled(font(), 1.1);
    for (int i = 0; i < m_names.size(); ++i) {
        const QString name = m_names.at(i);
        auto *card = new QFrame(this);
        card->setObjectName(QStringLiteral("terminalCard_%1").arg(i));
        card->setProperty("deviceName", name);
        card->setAccessibleName(tr("Terminal %1").arg(name));
        card->setStyleSheet(QStringLiteral("QFrame#%1 { background-color: white; border: 1px solid #D0D5DA;"
                                           " border-radius: 14px; }")
                                .arg(card->objectName()));
        // Every terminal the same size, whatever its screen shows, so that nothing jumps when an order arrives.
        card->setFixedWidth(QFontMetrics(font()).horizontalAdvance(QLatin1Char('M')) * 20);

        auto *nameLabel = new QLabel(name, card);
        nameLabel->setObjectName(QStringLiteral("terminalName"));
        nameLabel->setFont(Theme::scaled(font(), 1.2, QFont::Bold));
        nameLabel->setAlignment(Qt::AlignHCenter);

        auto *screen = new QLabel(card);
        screen->setObjectName(QStringLiteral("terminalScreen"));
        screen->setAccessibleName(tr("Screen of %1").arg(name));
        screen->setAlignment(Qt::AlignCenter);
        screen->setWordWrap(true);
        screen->setTextFormat(Qt::RichText);
        screen->setFont(screenFont);
        screen->setFixedHeight(QFontMetrics(screenFont).height() * 9);
        screen->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);

        auto *approve = new QPushButton(tr("Approve"), card);
        approve->setObjectName(QStringLiteral("approveButton"));
        approve->setAccessibleName(tr("Approve the payment on %1").arg(name));
        approve->setStyleSheet(buttonStyle(Theme::Tone::Success));
        auto *decline = new QPushButton(tr("Decline"), card);
        decline->setObjectName(QStringLiteral("declineButton"));
        decline->setAccessibleName(tr("Decline the card on %1").arg(name));
        decline->setStyleSheet(buttonStyle(Theme::Tone::Danger));
        auto *cancel = new QPushButton(tr("Customer cancels"), card);
        cancel->setObjectName(QStringLiteral("customerCancelButton"));
        cancel->setAccessibleName(tr("The customer cancels on %1").arg(name));
        cancel->setStyleSheet(buttonStyle(Theme::Tone::Muted));
        for (QPushButton *button : {approve, decline, cancel}) {
            button->setProperty("customerAction", true);
            button->setAutoDefault(true);
            button->setFont(Theme::scaled(font(), 1.0, QFont::DemiBold));
            button->setCursor(Qt::PointingHandCursor);
        }
        connect(approve, &QPushButton::clicked, this, [this, name]() { act(name, QStringLiteral("approve")); });
        connect(decline, &QPushButton::clicked, this, [this, name]() { act(name, QStringLiteral("decline")); });
        connect(cancel, &QPushButton::clicked, this, [this, name]() { act(name, QStringLiteral("cancel")); });

        auto *lastEvent = new QLabel(card);
        lastEvent->setObjectName(QStringLiteral("terminalLastEvent"));
        lastEvent->setWordWrap(true);
        lastEvent->setAlignment(Qt::AlignHCenter);
        lastEvent->setFont(Theme::scaled(font(), 0.9));
        lastEvent->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(Theme::mutedText().name()));

        auto *payRow = new QHBoxLayout;
        payRow->setSpacing(8);
        payRow->addWidget(approve);
        payRow->addWidget(decline);
        auto *cardLayout = new QVBoxLayout(card);
        cardLayout->setContentsMargins(14, 12, 14, 12);
        cardLayout->setSpacing(8);
        cardLayout->addWidget(nameLabel);
        cardLayout->addWidget(screen, 1);
        cardLayout->addLayout(payRow);
        cardLayout->addWidget(cancel);
        cardLayout->addWidget(lastEvent);

        m_cards->addWidget(card, i / columns, i % columns);
        m_cardWidgets.append(card);
    }
}

void VirtualTerminal::refresh()
{
    QStringList names;
    const QList<SimDevice> devices = m_simulator->devices();
    for (const SimDevice &device : devices)
        names << device.name;
    if (names != m_names) {
        m_names = names;
        rebuild();
    }
    m_emptyLabel->setVisible(m_names.isEmpty());

    for (int i = 0; i < devices.size(); ++i) {
        const SimDevice &device = devices.at(i);
        QWidget *card = m_cardWidgets.value(i);
        if (!card)
            continue;
        auto *screen = card->findChild<QLabel *>(QStringLiteral("terminalScreen"));
        const std::optional<SimOrder> order =
            device.paymentAttempt != 0 ? m_simulator->order(device.paymentAttempt) : std::nullopt;
        const bool hasOrder = order && order->status == SimOrder::Status::Open;
        if (hasOrder) {
            screen->setText(QStringLiteral("<div style='font-size:x-large; font-weight:bold'>%1</div>"
                                           "<div>%2</div><div style='color:#AFC8DD'>%3</div><br/>"
                                           "<div style='color:#FFD54F'>%4</div>")
                                .arg(Formatting::currency(order->amount).toHtmlEscaped(),
                                     order->description.toHtmlEscaped(),
                                     Formatting::cardTypeName(order->cardType).toHtmlEscaped(),
                                     tr("Tap, insert or swipe the card").toHtmlEscaped()));
            screen->setStyleSheet(QStringLiteral("QLabel { background-color: #0B3D6B; color: white;"
                                                 " border-radius: 10px; padding: 10px; }"));
        } else {
            screen->setText(
                QStringLiteral("<div style='font-weight:bold'>%1</div><br/><div>%2</div>")
                    .arg(tr("Mercado Pago Point").toHtmlEscaped(), tr("Ready \u2014 no order").toHtmlEscaped()));
            screen->setStyleSheet(QStringLiteral("QLabel { background-color: #26323B; color: #AEB8C0;"
                                                 " border-radius: 10px; padding: 10px; }"));
        }
        // A new order takes the keyboard to its Approve button, so whoever plays the customer can answer with
        // Space (or Tab to Decline, Customer cancels).
        if (hasOrder && !card->property("hasOrder").toBool()) {
            QWidget *focused = focusWidget();
            if (!focused || !focused->isEnabled() || !focused->property("customerAction").isValid())
                card->findChild<QPushButton *>(QStringLiteral("approveButton"))->setFocus(Qt::OtherFocusReason);
        }
        card->setProperty("hasOrder", hasOrder);
        for (const char *button : {"approveButton", "declineButton", "customerCancelButton"})
            card->findChild<QPushButton *>(QLatin1String(button))->setEnabled(hasOrder);
        card->findChild<QLabel *>(QStringLiteral("terminalLastEvent"))->setText(m_lastEvent.value(device.name));
    }
}

void VirtualTerminal::act(const QString &deviceName, const QString &action)
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
    if (action == QLatin1String("approve"))
        m_lastEvent.insert(deviceName, tr("Last: %1 paid (payment %2)").arg(amount).arg(after ? after->paymentId : 0));
    else if (action == QLatin1String("decline"))
        m_lastEvent.insert(deviceName, tr("Last: %1 declined").arg(amount));
    else
        m_lastEvent.insert(deviceName, tr("Last: %1 cancelled by the customer").arg(amount));
    refresh();
}
