#include "app/OrdersTerminalSide.h"

#include "sim/OrdersSimulator.h"
#include "ui/Formatting.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

bool isDebit(const QString &methodId)
{
    return methodId.startsWith(QLatin1String("deb"));
}

} // namespace

OrdersTerminalSide::OrdersTerminalSide(OrdersSimulator *simulator, QObject *parent)
    : TerminalSide(parent), m_simulator(simulator)
{
    connect(m_simulator, &OrdersSimulator::terminalsChanged, this, &TerminalSide::changed);
    connect(m_simulator, &OrdersSimulator::orderChanged, this, &TerminalSide::changed);
}

QList<QPair<QString, QString>> OrdersTerminalSide::brands()
{
    return {{QStringLiteral("visa"), tr("Visa credit")},
            {QStringLiteral("master"), tr("Mastercard credit")},
            {QStringLiteral("amex"), tr("American Express")},
            {QStringLiteral("debvisa"), tr("Visa debit")},
            {QStringLiteral("debmaster"), tr("Mastercard debit")}};
}

QList<QPair<QString, QString>> OrdersTerminalSide::declineReasons()
{
    return {{QStringLiteral("insufficient_amount"), tr("Insufficient funds")},
            {QStringLiteral("rejected_by_issuer"), tr("Refused by the issuer")},
            {QStringLiteral("card_disabled"), tr("Card disabled")},
            {QStringLiteral("high_risk"), tr("Refused by fraud prevention")},
            {QStringLiteral("bad_filled_card_data"), tr("Card data entered wrongly")},
            {QStringLiteral("required_call_for_authorize"), tr("Call the bank to authorize")}};
}

QStringList OrdersTerminalSide::terminals() const
{
    QStringList ids;
    const QList<OrdersSimTerminal> terminals = m_simulator->terminals();
    for (const OrdersSimTerminal &terminal : terminals)
        ids << terminal.id;
    return ids;
}

TerminalSide::Screen OrdersTerminalSide::screen(const QString &terminal) const
{
    Screen screen;
    const std::optional<OrdersSimTerminal> found = m_simulator->terminal(terminal);
    const bool standalone = found && found->operatingMode == QLatin1String("STANDALONE");
    const QString orderId = m_simulator->waitingOrder(terminal);
    const std::optional<OrdersSimOrder> order = orderId.isEmpty() ? std::nullopt : m_simulator->order(orderId);
    screen.hasOrder = order && order->isWaiting();
    if (screen.hasOrder) {
        screen.amount = Formatting::currency(Money::fromCents(order->payment.amountCents));
        screen.description = order->description.value_or(QString());
        screen.detail = order->status == QLatin1String("created") ? tr("Sent: the terminal is taking the order")
                                                                  : tr("On the terminal (at_terminal)");
        screen.prompt = tr("Tap, insert or swipe the card");
        screen.state = tr("order to pay");
    } else if (standalone) {
        screen.idle = tr("STANDALONE mode: it charges on its own and takes no orders from PointDesk");
        screen.state = tr("standalone");
    } else {
        screen.idle = tr("Ready \u2014 no order");
        screen.state = tr("ready");
    }
    return screen;
}

QWidget *OrdersTerminalSide::createControls(const QString &terminal, QWidget *parent)
{
    auto *controls = new QWidget(parent);
    controls->setObjectName(QStringLiteral("customerControls"));

    auto *approve = customerButton(tr("&Approve"), QStringLiteral("approveButton"),
                                   tr("Approve the payment on %1").arg(terminal), Theme::Tone::Success, controls);
    auto *decline = customerButton(tr("&Decline"), QStringLiteral("declineButton"),
                                   tr("Decline the card on %1").arg(terminal), Theme::Tone::Danger, controls);
    auto *cancel = customerButton(tr("Customer &cancels"), QStringLiteral("customerCancelButton"),
                                  tr("The customer cancels on %1").arg(terminal), Theme::Tone::Muted, controls);
    connect(approve, &QPushButton::clicked, this, [this, terminal]() { act(terminal, QStringLiteral("approve")); });
    connect(decline, &QPushButton::clicked, this, [this, terminal]() { act(terminal, QStringLiteral("decline")); });
    connect(cancel, &QPushButton::clicked, this, [this, terminal]() { act(terminal, QStringLiteral("cancel")); });

    Choices choices;
    choices.brand = new QComboBox(controls);
    choices.brand->setObjectName(QStringLiteral("cardBrandCombo"));
    choices.brand->setAccessibleName(tr("Card the customer pays with"));
    for (const auto &brand : brands())
        choices.brand->addItem(brand.second, brand.first);
    choices.installments = new QSpinBox(controls);
    choices.installments->setObjectName(QStringLiteral("installmentsSpin"));
    choices.installments->setAccessibleName(tr("Installments"));
    choices.installments->setRange(1, 24);
    choices.reason = new QComboBox(controls);
    choices.reason->setObjectName(QStringLiteral("declineReasonCombo"));
    choices.reason->setAccessibleName(tr("Why the card is declined"));
    for (const auto &reason : declineReasons())
        choices.reason->addItem(reason.second, reason.first);
    QSpinBox *installments = choices.installments;
    connect(choices.brand, &QComboBox::currentIndexChanged, installments, [installments, brand = choices.brand]() {
        // Debit cards are paid at once.
        const bool debit = isDebit(brand->currentData().toString());
        if (debit)
            installments->setValue(1);
        installments->setEnabled(!debit);
    });
    m_choices.insert(terminal, choices);

    // What the terminal itself may do with the order, less often wanted: a menu.
    auto *more = new QToolButton(controls);
    more->setObjectName(QStringLiteral("terminalMoreButton"));
    more->setText(tr("&More"));
    more->setAccessibleName(tr("More things the terminal can do with the order"));
    more->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(more);
    QAction *actionRequired = menu->addAction(tr("Result unknown: needs action on the terminal"));
    actionRequired->setObjectName(QStringLiteral("actionRequiredAction"));
    QAction *expire = menu->addAction(tr("Let the order expire"));
    expire->setObjectName(QStringLiteral("expireAction"));
    connect(actionRequired, &QAction::triggered, this,
            [this, terminal]() { act(terminal, QStringLiteral("action_required")); });
    connect(expire, &QAction::triggered, this, [this, terminal]() { act(terminal, QStringLiteral("expire")); });
    more->setMenu(menu);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    buttons->addWidget(approve);
    buttons->addWidget(decline);
    buttons->addWidget(cancel);

    auto *cardLabel = new QLabel(tr("Ca&rd:"), controls);
    cardLabel->setBuddy(choices.brand);
    auto *installmentsLabel = new QLabel(tr("&Installments:"), controls);
    installmentsLabel->setBuddy(choices.installments);
    auto *reasonLabel = new QLabel(tr("Decline r&eason:"), controls);
    reasonLabel->setBuddy(choices.reason);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(4);
    grid->addWidget(cardLabel, 0, 0);
    grid->addWidget(choices.brand, 0, 1);
    grid->addWidget(installmentsLabel, 0, 2);
    grid->addWidget(choices.installments, 0, 3);
    grid->addWidget(reasonLabel, 1, 0);
    grid->addWidget(choices.reason, 1, 1, 1, 2);
    grid->addWidget(more, 1, 3);
    grid->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(controls);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(buttons);
    layout->addLayout(grid);
    controls->setFocusProxy(approve);
    return controls;
}

void OrdersTerminalSide::updateControls(QWidget *controls, const Screen &screen)
{
    controls->setEnabled(screen.hasOrder);
}

void OrdersTerminalSide::act(const QString &terminal, const QString &action)
{
    const QString orderId = m_simulator->waitingOrder(terminal);
    const std::optional<OrdersSimOrder> before = orderId.isEmpty() ? std::nullopt : m_simulator->order(orderId);
    if (!before)
        return;
    const Choices choices = m_choices.value(terminal);
    const QString amount = Formatting::currency(Money::fromCents(before->payment.amountCents));
    bool done = false;
    QString event;
    if (action == QLatin1String("approve")) {
        OrdersSimPaymentResult result;
        result.approved = true;
        result.methodId = choices.brand ? choices.brand->currentData().toString() : QStringLiteral("visa");
        result.cardType = isDebit(result.methodId) ? CardType::Debit : CardType::Credit;
        result.installments =
            result.cardType == CardType::Debit || !choices.installments ? 1 : choices.installments->value();
        done = m_simulator->pay(orderId, result);
        const QString brand = choices.brand ? choices.brand->currentText() : result.methodId;
        event = result.installments > 1
                    ? tr("Last: %1 paid with %2 in %3 installments").arg(amount, brand).arg(result.installments)
                    : tr("Last: %1 paid with %2").arg(amount, brand);
    } else if (action == QLatin1String("decline")) {
        OrdersSimPaymentResult result;
        result.approved = false;
        result.statusDetail = choices.reason ? choices.reason->currentData().toString() : QString();
        done = m_simulator->pay(orderId, result);
        event = tr("Last: %1 declined (%2)").arg(amount, choices.reason ? choices.reason->currentText() : QString());
    } else if (action == QLatin1String("cancel")) {
        done = m_simulator->cancelOnTerminal(orderId);
        event = tr("Last: %1 cancelled by the customer").arg(amount);
    } else if (action == QLatin1String("action_required")) {
        // Only an order the terminal has taken can end without a known result.
        if (before->status == QLatin1String("created"))
            m_simulator->take(orderId);
        done = m_simulator->requireAction(orderId);
        event = tr("Last: %1 needs action: the result is unknown").arg(amount);
    } else if (action == QLatin1String("expire")) {
        done = m_simulator->expire(orderId);
        event = tr("Last: %1 expired unpaid").arg(amount);
    }
    if (done)
        Q_EMIT acted(terminal, event);
}
