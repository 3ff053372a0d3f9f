#include "ui/OrderStatusPanel.h"

#include "ui/Formatting.h"
#include "ui/PlateButton.h"
#include "ui/Surfaces.h"
#include "ui/WrappingLabel.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace {

QLabel *makeLabel(const QString &objectName, const QFont &font, QWidget *parent)
{
    auto *label = new WrappingLabel(parent);
    label->setObjectName(objectName);
    label->setFont(font);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

OrderStatusPanel::OrderStatusPanel(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("orderStatusPanel"));
    setAccessibleName(tr("Order status"));
    // The frame is painted (paintEvent): a 2 px border inside these margins, 3 px with the focus.
    setFrameShape(QFrame::NoFrame);
    setContentsMargins(2, 2, 2, 2);
    setMinimumWidth(QFontMetrics(font()).horizontalAdvance(QLatin1Char('M')) * 24);

    m_icon = new QLabel(this);
    m_icon->setObjectName(QStringLiteral("statusIcon"));
    m_icon->setAlignment(Qt::AlignCenter);
    m_title = makeLabel(QStringLiteral("statusTitle"), Theme::scaled(font(), 2.1, QFont::Bold), this);
    m_amount = makeLabel(QStringLiteral("statusAmount"), Theme::scaled(font(), 1.9, QFont::DemiBold), this);
    m_sale = makeLabel(QStringLiteral("statusSale"), Theme::scaled(font(), 1.15), this);
    QFont clockFont = Theme::scaled(font(), 2.0, QFont::DemiBold);
    clockFont.setStyleHint(QFont::Monospace, QFont::PreferDefault);
    m_elapsed = makeLabel(QStringLiteral("statusElapsed"), clockFont, this);
    m_elapsed->setAccessibleName(tr("Time since the order was sent"));
    m_detail = makeLabel(QStringLiteral("statusDetail"), Theme::scaled(font(), 1.15, QFont::DemiBold), this);
    m_hint = makeLabel(QStringLiteral("statusHint"), Theme::scaled(font(), 1.05), this);
    m_note = makeLabel(QStringLiteral("statusNote"), Theme::scaled(font(), 1.0, QFont::DemiBold), this);
    m_note->hide();

    m_cancelButton = new PlateButton(tr("Cancel or&der"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelOrderButton"));
    m_cancelButton->setAccessibleName(tr("Cancel the order"));
    m_cancelButton->setToolTip(tr("Cancel the order on the terminal (Esc)"));
    m_freeButton = new PlateButton(tr("Free term&inal"), this);
    m_freeButton->setObjectName(QStringLiteral("freeTerminalButton"));
    m_freeButton->setAccessibleName(tr("Free the terminal"));
    m_freeButton->setToolTip(tr("Cancel whatever order the terminal holds, so that it can take a new charge"));
    m_newSaleButton = new PlateButton(tr("&New sale"), this);
    m_newSaleButton->setObjectName(QStringLiteral("newSaleButton"));
    m_newSaleButton->setAccessibleName(tr("New sale"));
    m_newSaleButton->setToolTip(
        tr("Next customer: the same description and card, type the amount (F2). Ctrl+N clears everything."));
    // Enter on the focused New sale button starts the next sale: two keys from Paid to typing the next amount.
    m_newSaleButton->setAutoDefault(true);
    // Typing the next amount on it starts the next sale with that key: a repeat sale is its digits and Enter.
    m_newSaleButton->installEventFilter(this);
    m_receiptButton = new PlateButton(tr("Recei&pt\u2026"), this);
    m_receiptButton->setObjectName(QStringLiteral("receiptButton"));
    m_receiptButton->setAccessibleName(tr("Receipt of the sale"));
    m_receiptButton->setToolTip(tr("Show the sale's receipt, to print it or save it as PDF"));
    m_sendAgainButton = new PlateButton(tr("Send aga&in"), this);
    m_sendAgainButton->setObjectName(QStringLiteral("sendAgainButton"));
    m_sendAgainButton->setAccessibleName(tr("Send the order again"));
    m_checkAgainButton = new PlateButton(tr("Chec&k again"), this);
    m_checkAgainButton->setObjectName(QStringLiteral("checkAgainButton"));
    m_checkAgainButton->setAccessibleName(tr("Check the terminal again"));
    m_checkAgainButton->setToolTip(tr("Look at the terminal again: an order open there for this sale is followed"));
    m_notChargedButton = new PlateButton(QString(), this);
    m_notChargedButton->setObjectName(QStringLiteral("notChargedButton"));
    m_notChargedButton->setText(tr("&Nothing was charged"));
    m_notChargedButton->setAccessibleName(tr("End the sale: nothing was charged"));
    m_terminalPaidButton = new PlateButton(tr("The terminal shows pa&id"), this);
    m_terminalPaidButton->setObjectName(QStringLiteral("terminalShowsPaidButton"));
    m_terminalPaidButton->setAccessibleName(tr("The terminal shows the payment approved"));
    m_terminalPaidButton->setToolTip(tr("Only when the terminal's screen or printed slip shows the payment approved"));
    m_terminalNotPaidButton = new PlateButton(tr("The terminal sho&ws not paid"), this);
    m_terminalNotPaidButton->setObjectName(QStringLiteral("terminalShowsNotPaidButton"));
    m_terminalNotPaidButton->setAccessibleName(tr("The terminal shows the payment not approved"));
    m_terminalNotPaidButton->setToolTip(tr("The terminal shows the payment declined, cancelled or not made"));
    m_checkNowButton = new PlateButton(tr("Check no&w"), this);
    m_checkNowButton->setObjectName(QStringLiteral("checkNowButton"));
    m_checkNowButton->setAccessibleName(tr("Check the order now"));
    m_checkNowButton->setToolTip(tr("Ask Mercado Pago now how the order stands: cancelled, paid or still open"));
    m_buttons = {m_checkNowButton,   m_cancelButton,       m_freeButton,
                 m_newSaleButton,    m_receiptButton,      m_sendAgainButton,    m_checkAgainButton,
                 m_notChargedButton, m_terminalPaidButton, m_terminalNotPaidButton};
    for (QPushButton *button : std::as_const(m_buttons)) {
        button->setFont(Theme::scaled(font(), 1.1, QFont::DemiBold));
        button->setCursor(Qt::PointingHandCursor);
        // Enter on a focused button presses it, as Space does.
        button->setAutoDefault(true);
        button->hide();
    }
    connect(m_checkNowButton, &QPushButton::clicked, this, &OrderStatusPanel::checkNowRequested);
    connect(m_cancelButton, &QPushButton::clicked, this, &OrderStatusPanel::cancelOrderRequested);
    connect(m_freeButton, &QPushButton::clicked, this, &OrderStatusPanel::freeTerminalRequested);
    connect(m_newSaleButton, &QPushButton::clicked, this, &OrderStatusPanel::newSaleRequested);
    connect(m_receiptButton, &QPushButton::clicked, this, &OrderStatusPanel::receiptRequested);
    connect(m_sendAgainButton, &QPushButton::clicked, this, &OrderStatusPanel::sendAgainRequested);
    connect(m_checkAgainButton, &QPushButton::clicked, this, &OrderStatusPanel::checkAgainRequested);
    connect(m_notChargedButton, &QPushButton::clicked, this, &OrderStatusPanel::notChargedRequested);
    connect(m_terminalPaidButton, &QPushButton::clicked, this, [this]() { Q_EMIT terminalCheckAnswered(true); });
    connect(m_terminalNotPaidButton, &QPushButton::clicked, this, [this]() { Q_EMIT terminalCheckAnswered(false); });

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(10);
    buttons->addStretch(1);
    buttons->addWidget(m_checkNowButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_freeButton);
    buttons->addWidget(m_newSaleButton);
    buttons->addWidget(m_receiptButton);
    buttons->addWidget(m_sendAgainButton);
    buttons->addWidget(m_checkAgainButton);
    buttons->addWidget(m_notChargedButton);
    buttons->addStretch(1);
    // The cashier's two answers to "Check the terminal" are long: one above the other, each whole.
    auto *checkButtons = new QVBoxLayout;
    checkButtons->setSpacing(8);
    checkButtons->addWidget(m_terminalPaidButton, 0, Qt::AlignHCenter);
    checkButtons->addWidget(m_terminalNotPaidButton, 0, Qt::AlignHCenter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 24, 20, 20);
    layout->setSpacing(6);
    layout->addStretch(1);
    layout->addWidget(m_icon);
    layout->addSpacing(6);
    layout->addWidget(m_title);
    layout->addSpacing(4);
    layout->addWidget(m_amount);
    layout->addWidget(m_sale);
    layout->addWidget(m_elapsed);
    layout->addSpacing(4);
    layout->addWidget(m_detail);
    layout->addWidget(m_hint);
    layout->addWidget(m_note);
    layout->addSpacing(10);
    layout->addLayout(buttons);
    layout->addLayout(checkButtons);
    layout->addStretch(2);

    m_tick.setInterval(250);
    connect(&m_tick, &QTimer::timeout, this, &OrderStatusPanel::updateElapsed);

    // Blank until the owner shows a state: presenting one here only to replace it at once costs the window's first
    // frame a layout of every label's text.
    for (QLabel *label : {m_amount, m_sale, m_elapsed, m_detail, m_hint})
        label->hide();
}

QString OrderStatusPanel::modeKey(Mode mode)
{
    switch (mode) {
    case Mode::Idle:
        return QStringLiteral("idle");
    case Mode::TerminalBusy:
        return QStringLiteral("terminal_busy");
    case Mode::Sending:
        return QStringLiteral("sending");
    case Mode::Waiting:
        return QStringLiteral("waiting");
    case Mode::Cancelling:
        return QStringLiteral("cancelling");
    case Mode::Approved:
        return QStringLiteral("approved");
    case Mode::Rejected:
        return QStringLiteral("rejected");
    case Mode::Cancelled:
        return QStringLiteral("cancelled");
    case Mode::Failed:
        return QStringLiteral("failed");
    case Mode::Unknown:
        return QStringLiteral("unknown");
    case Mode::Deciding:
        return QStringLiteral("deciding");
    case Mode::CheckTerminal:
        return QStringLiteral("check_terminal");
    case Mode::CancelRequested:
        return QStringLiteral("cancel_requested");
    }
    return QStringLiteral("unknown");
}

void OrderStatusPanel::present(Mode mode, Theme::Tone tone, Theme::Glyph glyph, const QString &title,
                               const QString &detail, const QString &hint)
{
    m_mode = mode;
    m_tone = tone;
    m_glyph = glyph;
    setProperty("mode", modeKey(mode));
    applyTone();
    m_title->setText(title);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
    const bool deciding = mode == Mode::Deciding;
    m_sendAgainButton->setVisible(false);
    m_checkAgainButton->setVisible(deciding);
    m_notChargedButton->setVisible(deciding);
    setNote(QString());
    updateGlyph();
    updateAccessibleText();
}

void OrderStatusPanel::applyTone()
{
    // The idle panel is presented again on most updates of the window, mostly in the tone it already has.
    if (m_appliedTone == m_tone)
        return;
    m_appliedTone = m_tone;
    const Theme::ToneColors c = Theme::colors(m_tone);
    for (QLabel *label : {m_title, m_amount, m_sale, m_elapsed, m_detail, m_hint})
        Theme::setTextColor(label, c.foreground);
    Theme::setTextColor(m_note, m_noteTone == NoteTone::Info ? c.foreground : Theme::errorText());
    ButtonLook look;
    look.fill = Qt::white;
    look.hoverFill = c.background;
    look.focusFill = Theme::colors(Theme::Tone::Info).background;
    look.text = c.foreground;
    look.disabledText = Theme::mutedText();
    look.border = c.border;
    look.borderWidth = 2.0;
    look.focusBorder = Theme::primaryDark();
    look.focusBorderWidth = 2.0;
    look.radius = 6.0;
    look.paddingX = 16;
    look.paddingY = 8;
    for (PlateButton *button : std::as_const(m_buttons))
        button->setLook(look);
    update();
}

void OrderStatusPanel::paintEvent(QPaintEvent *)
{
    // The panel is a Tab stop (screen readers read it): focused, its frame says so.
    const Theme::ToneColors c = Theme::colors(m_tone);
    const bool focused = hasFocus();
    QPainter painter(this);
    Plate{c.background, focused ? Theme::primaryDark() : c.border, focused ? 3.0 : 2.0, 12.0}.paint(painter, rect());
}

void OrderStatusPanel::presentWithoutSale(Mode mode, Theme::Tone tone, Theme::Glyph glyph, const QString &title,
                                          const QString &detail, const QString &hint)
{
    stopClock();
    m_elapsed->hide();
    m_amount->hide();
    m_sale->hide();
    present(mode, tone, glyph, title, detail, hint);
}

void OrderStatusPanel::showIdle(const QString &hint)
{
    presentWithoutSale(Mode::Idle, Theme::Tone::Neutral, Theme::Glyph::Card, tr("Ready"), QString(), hint);
}

void OrderStatusPanel::showStarting(const QString &hint)
{
    presentWithoutSale(Mode::Idle, Theme::Tone::Neutral, Theme::Glyph::Card, tr("Starting\u2026"), QString(), hint);
}

void OrderStatusPanel::showUnavailable(const QString &title, const QString &hint)
{
    presentWithoutSale(Mode::Idle, Theme::Tone::Warning, Theme::Glyph::Warning, title, QString(), hint);
}

void OrderStatusPanel::showTerminalBusy(const QString &deviceName, const OrderRef &orderId)
{
    m_deviceName = deviceName;
    presentWithoutSale(
        Mode::TerminalBusy, Theme::Tone::Warning, Theme::Glyph::Warning, tr("%1 is busy").arg(deviceName),
        !orderId.isNull() ? tr("It holds order %1, from this till or another one.").arg(orderId.toString())
                          : tr("It holds an order, from this till or another one."),
        tr("Wait until that order finishes, or press Free terminal to cancel it."));
}

void OrderStatusPanel::showSending(const QString &deviceName, Money amount, const QString &description,
                                   CardType cardType, const QDateTime &sentAt)
{
    m_sentAt = sentAt.isValid() ? sentAt : QDateTime::currentDateTimeUtc();
    m_deviceName = deviceName;
    m_amount->setText(Formatting::currency(amount));
    m_amount->show();
    m_sale->setText(tr("%1 \u00B7 %2").arg(description, Formatting::cardTypeName(cardType)));
    m_sale->show();
    startClock();
    present(Mode::Sending, Theme::Tone::Info, Theme::Glyph::Sending, tr("Sending\u2026"),
            tr("Sending the order to %1").arg(deviceName), QString());
}

void OrderStatusPanel::showWaiting(const QString &deviceName, const OrderRef &orderId)
{
    m_deviceName = deviceName;
    if (!m_tick.isActive())
        startClock();
    present(Mode::Waiting, Theme::Tone::Waiting, Theme::Glyph::Clock,
            tr("Waiting for the customer on %1").arg(deviceName), tr("Order %1").arg(orderId.toString()),
            tr("The terminal shows the amount: the customer taps, inserts or swipes the card there."));
}

void OrderStatusPanel::showCancelling()
{
    present(Mode::Cancelling, Theme::Tone::Muted, Theme::Glyph::Sending, tr("Cancelling\u2026"), m_detail->text(),
            tr("Asking Mercado Pago to take the order off %1.").arg(m_deviceName));
}

void OrderStatusPanel::showCancellationRequested(const QString &deviceName, const OrderRef &orderId)
{
    if (!deviceName.isEmpty())
        m_deviceName = deviceName;
    present(Mode::CancelRequested, Theme::Tone::Waiting, Theme::Glyph::Sending, tr("Cancellation requested"),
            tr("Mercado Pago accepted the cancellation of order %1, but %2 has not dropped it yet.")
                .arg(orderId.toString(), m_deviceName),
            tr("The customer may still pay until the terminal drops the order. PointDesk keeps following it and "
               "shows how it ends: cancelled, or paid."));
}

void OrderStatusPanel::showOrder(const OrderInfo &order)
{
    const QString payment =
        !order.paymentId.isNull()
            ? tr("Payment %1 \u00B7 status: %2")
                  .arg(order.paymentId.toString(), Formatting::apiStatusName(order.paymentStatus))
            : tr("Order %1").arg(order.id.toString());
    // The card, as far as the API said ("Visa ending 4242, 3 installments"), above the payment's id.
    const QString card = Formatting::cardSummary(order.cardBrand, order.lastDigits, order.installments);
    const QString paidDetail = card.isEmpty() ? payment : card + QLatin1Char('\n') + payment;
    switch (order.state) {
    case OrderState::Approved:
        stopClock();
        present(Mode::Approved, Theme::Tone::Success, Theme::Glyph::Check, tr("Paid"), paidDetail,
                tr("The payment is approved. Press New sale (F2) for the next customer."));
        return;
    case OrderState::Rejected:
        stopClock();
        present(Mode::Rejected, Theme::Tone::Danger, Theme::Glyph::Cross, tr("Declined"), payment,
                order.declineReason == DeclineReason::None
                    ? tr("The card was declined. Ask for another card, then press Charge to try again.")
                    : DeclineReasons::advice(order.declineReason));
        return;
    case OrderState::ActionRequired:
        stopClock();
        present(Mode::CheckTerminal, Theme::Tone::Warning, Theme::Glyph::Question, tr("Check the terminal"),
                payment, checkTerminalHint());
        return;
    case OrderState::Expired:
        stopClock();
        present(Mode::Cancelled, Theme::Tone::Muted, Theme::Glyph::Minus, tr("Expired"),
                tr("Order %1 was not paid in time; nothing was charged.").arg(order.id.toString()),
                tr("Press Charge to send it again, or New sale (F2)."));
        return;
    case OrderState::Refunded:
    case OrderState::PartlyRefunded:
        stopClock();
        present(Mode::Approved, Theme::Tone::Muted, Theme::Glyph::Check,
                order.state == OrderState::Refunded ? tr("Refunded") : tr("Partly refunded"),
                order.refundedAmount
                    //: %1 is an amount, like "$ 1.250,50"; %2 the payment line.
                    ? tr("%1 given back\n%2").arg(Formatting::currency(*order.refundedAmount), paidDetail)
                    : paidDetail,
                tr("The customer paid and money was given back. Press New sale (F2) for the next customer."));
        return;
    case OrderState::Cancelled:
        stopClock();
        present(Mode::Cancelled, Theme::Tone::Muted, Theme::Glyph::Minus, tr("Cancelled"),
                !order.id.isNull()
                    ? tr("Order %1 was cancelled; nothing was charged.").arg(order.id.toString())
                    : tr("The order was cancelled before it reached the terminal; nothing was charged."),
                tr("%1 is free again. Press Charge to try again, or New sale (F2).").arg(m_deviceName));
        return;
    case OrderState::Unknown:
        present(Mode::Unknown, Theme::Tone::Waiting, Theme::Glyph::Question, tr("Checking the payment\u2026"),
                order.paymentStatus.isEmpty()
                    ? tr("Mercado Pago reports order %1 as %2, with no payment status yet.")
                          .arg(order.id.toString(), Formatting::apiStatusName(order.status))
                    : tr("Mercado Pago reports order %1 as %2, its payment as %3.")
                          .arg(order.id.toString(), Formatting::apiStatusName(order.status),
                               Formatting::apiStatusName(order.paymentStatus)),
                tr("PointDesk keeps checking until the payment is final."));
        return;
    case OrderState::Sending:
    case OrderState::WaitingForCard:
        showWaiting(m_deviceName, order.id);
        return;
    case OrderState::Failed:
        showNotSent(tr("The order failed."), tr("Check the terminal, then try again."));
        return;
    }
}

void OrderStatusPanel::showNotSent(const QString &reason, const QString &whatToDo, bool maybeSent)
{
    stopClock();
    m_elapsed->hide();
    present(Mode::Failed, Theme::Tone::Warning, Theme::Glyph::Warning, maybeSent ? tr("Not confirmed") : tr("Not sent"),
            reason, whatToDo);
}

void OrderStatusPanel::showLostTrack(const OrderRef &orderId, const QString &reason)
{
    stopClock();
    present(Mode::Unknown, Theme::Tone::Warning, Theme::Glyph::Question, tr("Result unknown"),
            tr("PointDesk cannot follow order %1: %2").arg(orderId.toString(), reason),
            tr("Look at the terminal for the result before charging again."));
}

void OrderStatusPanel::showDecision(bool certainlyNotSent, const QString &reason)
{
    stopClock();
    if (certainlyNotSent) {
        present(Mode::Deciding, Theme::Tone::Warning, Theme::Glyph::Question, tr("Not sent"), reason,
                tr("The terminal does not show this order and nothing was charged. Press Send again to send it to "
                   "%1 once more, or Don't send.")
                    .arg(m_deviceName));
        m_checkAgainButton->hide();
        m_sendAgainButton->show();
        m_notChargedButton->setText(tr("Do&n't send"));
        m_notChargedButton->setAccessibleName(tr("Do not send the order; nothing was charged"));
        m_notChargedButton->setToolTip(QString());
    } else {
        present(Mode::Deciding, Theme::Tone::Warning, Theme::Glyph::Question, tr("Not confirmed"), reason,
                tr("Look at %1. If it shows this order, the customer can pay: press Check again and PointDesk "
                   "follows it. Press Nothing was charged only when neither the terminal nor the Mercado Pago "
                   "activity shows this sale.")
                    .arg(m_deviceName));
        m_notChargedButton->setText(tr("&Nothing was charged"));
        m_notChargedButton->setAccessibleName(tr("End the sale: nothing was charged"));
        m_notChargedButton->setToolTip(tr("Only when the terminal and the Mercado Pago activity show no order for "
                                          "this sale"));
    }
}

QString OrderStatusPanel::note() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

void OrderStatusPanel::setNote(const QString &text, NoteTone tone)
{
    const QString toneKey = tone == NoteTone::Info ? QStringLiteral("info") : QStringLiteral("problem");
    // An empty note is hidden and its tone shows nowhere: present() clears the note as a problem and the idle panel's
    // updates set it (mostly empty) as info, and each switch of the tone polished the label again with the style
    // sheet. The tone is set when there is something to show in it.
    if (!text.isEmpty() && m_note->property("tone").toString() != toneKey) {
        m_note->setProperty("tone", toneKey);
        m_noteTone = tone;
        Theme::setTextColor(m_note, tone == NoteTone::Info ? Theme::colors(m_tone).foreground : Theme::errorText());
    }
    m_note->setText(text);
    // A note that says what the hint already says (a decline's advice) is not said twice.
    m_note->setVisible(!text.isEmpty() && !(m_hint->isVisibleTo(this) && text == m_hint->text()));
    updateAccessibleText();
}

void OrderStatusPanel::showTerminalGone(const QString &deviceName)
{
    m_hint->setText(tr("%1 is no longer on this Mercado Pago account. Choose the terminal for the next sale on the "
                       "left.")
                        .arg(deviceName));
    m_hint->show();
    updateAccessibleText();
}

void OrderStatusPanel::setCheckNow(bool offered)
{
    const bool focused = m_checkNowButton->hasFocus();
    m_checkNowButton->setVisible(offered);
    // A panel that waits is never without a button: the focus goes to it, and leaves it with it.
    if (offered && !focused && (hasFocus() || (focusWidget() && focusWidget()->isHidden())))
        m_checkNowButton->setFocus(Qt::OtherFocusReason);
    else if (!offered && focused)
        setFocus(Qt::OtherFocusReason);
}

QString OrderStatusPanel::checkTerminalHint()
{
    return tr("Read the terminal's screen or printed slip, then press the button below that matches what it shows.");
}

void OrderStatusPanel::setActions(bool cancelOrder, bool freeTerminal, bool newSale, bool terminalCheck)
{
    m_cancelButton->setVisible(cancelOrder);
    m_freeButton->setVisible(freeTerminal);
    m_newSaleButton->setVisible(newSale);
    // Once the cashier answered the terminal check, New sale takes the focus from the answer (Enter goes on).
    const bool answered = !terminalCheck && (m_terminalPaidButton->hasFocus() || m_terminalNotPaidButton->hasFocus());
    if (m_mode == Mode::CheckTerminal) {
        // The hint speaks of the answer buttons only while they are there.
        const QString hint =
            terminalCheck ? checkTerminalHint()
            : !m_terminalPaidButton->isHidden()
                ? tr("The cashier's answer is recorded. Press New sale (F2) for the next customer.")
            : m_hint->text() == checkTerminalHint()
                ? tr("Mercado Pago cannot tell how this sale ended. Read the terminal's screen or printed slip before "
                     "charging again.")
                : m_hint->text();
        if (hint != m_hint->text()) {
            m_hint->setText(hint);
            updateAccessibleText();
        }
    }
    m_terminalPaidButton->setVisible(terminalCheck);
    m_terminalNotPaidButton->setVisible(terminalCheck);
    if (answered && newSale)
        m_newSaleButton->setFocus(Qt::OtherFocusReason);
}

void OrderStatusPanel::setReceiptOffered(bool offered)
{
    m_receiptButton->setVisible(offered);
}

bool OrderStatusPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_newSaleButton && event->type() == QEvent::KeyPress && m_newSaleButton->isVisible()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QString text = key->text();
        const bool amountKey = text.size() == 1 && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier)) &&
                               (text.at(0).isDigit() || text == locale().decimalPoint());
        if (amountKey) {
            Q_EMIT amountTypedOnNewSale(text);
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

QString OrderStatusPanel::elapsedText() const
{
    return m_elapsed->isHidden() ? QString() : m_elapsed->text();
}

void OrderStatusPanel::startClock()
{
    // From when the order was sent (showSending), also when the panel shows it again after a decision.
    if (!m_sentAt.isValid())
        m_sentAt = QDateTime::currentDateTimeUtc();
    m_frozenMs = -1;
    m_tick.start();
    m_elapsed->show();
    updateElapsed();
}

void OrderStatusPanel::stopClock()
{
    if (m_tick.isActive()) {
        m_frozenMs = qMax<qint64>(0, m_sentAt.msecsTo(QDateTime::currentDateTimeUtc()));
        m_tick.stop();
        updateElapsed();
    }
}

void OrderStatusPanel::updateElapsed()
{
    const qint64 ms =
        m_frozenMs >= 0 ? m_frozenMs
                        : (m_sentAt.isValid() ? qMax<qint64>(0, m_sentAt.msecsTo(QDateTime::currentDateTimeUtc())) : 0);
    const QString text = Formatting::elapsed(ms);
    if (text != m_elapsed->text()) {
        m_elapsed->setText(text);
        m_elapsed->setAccessibleDescription(tr("%1 minutes and seconds since the order was sent").arg(text));
    }
}

void OrderStatusPanel::updateGlyph()
{
    m_icon->setAccessibleName(m_title->text());
    const int size = QFontMetrics(m_title->font()).height() * 2;
    const qreal ratio = devicePixelRatioF();
    // Painted again only when it changes: the idle panel is presented again on most updates of the window, mostly
    // as it already is.
    const PaintedGlyph painted{m_glyph, m_tone, size, ratio};
    if (painted == m_paintedGlyph)
        return;
    m_paintedGlyph = painted;
    m_icon->setPixmap(Theme::glyph(m_glyph, Theme::colors(m_tone).accent, size, ratio));
    m_icon->setMinimumHeight(size);
}

void OrderStatusPanel::updateAccessibleText()
{
    QStringList parts;
    for (const QLabel *label : {m_title, m_amount, m_sale, m_detail, m_hint, m_note}) {
        if (!label->isHidden() && !label->text().isEmpty())
            parts << label->text();
    }
    setAccessibleDescription(parts.join(QLatin1Char('\n')));
}

QList<QWidget *> OrderStatusPanel::actionButtons() const
{
    return {m_checkNowButton, m_cancelButton,  m_freeButton,         m_newSaleButton,
            m_receiptButton,  m_terminalPaidButton, m_terminalNotPaidButton};
}

void OrderStatusPanel::focusNewSale()
{
    m_newSaleButton->setFocus(Qt::OtherFocusReason);
}

void OrderStatusPanel::focusDecision(bool certainlyNotSent)
{
    (certainlyNotSent ? m_sendAgainButton : m_checkAgainButton)->setFocus(Qt::OtherFocusReason);
}
