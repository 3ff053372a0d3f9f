#pragma once

#include "core/Money.h"
#include "core/PaymentOrder.h"
#include "core/Ref.h"
#include "ui/Theme.h"

#include <QDateTime>
#include <QFrame>
#include <QList>
#include <QTimer>
#include <optional>

class QLabel;
class PlateButton;
class QPushButton;

/// The live state of the sale, readable from a step away: a large glyph, a large title in words and a
/// background colour that agree (amber waiting, green paid, red declined, grey cancelled), the amount, how long
/// it has been, what it means and what to do next, and the actions that make sense now.
class OrderStatusPanel : public QFrame
{
    Q_OBJECT

public:
    enum class Mode {
        Idle,
        TerminalBusy,
        Sending,
        Waiting,
        Cancelling,
        Approved,
        Rejected,
        Cancelled,
        Failed,
        Unknown,
        Deciding,
        CheckTerminal,  ///< Orders API, action_required: the result is on the terminal; the cashier records it
        CancelRequested ///< Orders API: the cancel was accepted (202) and the order is still followed
    };
    /// How an extra line reads: trouble (red) or a plain piece of news ("Caja 1 is free now").
    enum class NoteTone { Problem, Info };

    /// Blank until the first show...() call: its owner shows the state it starts in.
    explicit OrderStatusPanel(QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    /// "idle", "terminal_busy", "sending", "waiting", "cancelling", "approved", "rejected", "cancelled", "failed",
    /// "unknown", "deciding", "check_terminal", "cancel_requested": stable, for tests and logs.
    static QString modeKey(Mode mode);

    /// Nothing in progress; `hint` says what to do.
    void showIdle(const QString &hint);
    /// PointDesk is still starting (its sales record opens right after the window shows): no charge yet, nothing
    /// wrong either; `hint` says what it waits for.
    void showStarting(const QString &hint);
    /// Nothing in progress, and charging is off (token refused, sales record unusable): `title` says so, `hint` why.
    void showUnavailable(const QString &title, const QString &hint);
    /// The chosen terminal holds an order (from another till, or a stuck one).
    void showTerminalBusy(const QString &deviceName, const OrderRef &orderId);
    /// The create request is on its way; starts the clock, which counts from `sentAt` (when the sale was sent: a
    /// resumed or late-found sale keeps its own time; invalid means now).
    void showSending(const QString &deviceName, Money amount, const QString &description, CardType cardType,
                     const QDateTime &sentAt = QDateTime());
    /// The terminal shows the order; the clock keeps running.
    void showWaiting(const QString &deviceName, const OrderRef &orderId);
    void showCancelling();
    /// Mercado Pago accepted the cancel of `orderId` (202) but has not ended it: the customer may still pay. The
    /// clock keeps running; the order's end follows through showOrder().
    void showCancellationRequested(const QString &deviceName, const OrderRef &orderId);
    /// A state the API reported: Approved (with the card's brand, last digits and installments when given),
    /// Rejected (with the decline's advice), Cancelled, Expired, Refunded, ActionRequired ("Check the terminal":
    /// never shown as paid; the cashier records what the terminal shows) or Unknown.
    void showOrder(const OrderInfo &order);
    /// The order never reached the terminal: why, and what to do. With `maybeSent` the request may have arrived
    /// (timeout, dropped connection) and the title says "Not confirmed" instead of "Not sent".
    void showNotSent(const QString &reason, const QString &whatToDo, bool maybeSent = false);
    /// PointDesk stopped following the order (the token was refused ...): the result is on the terminal.
    void showLostTrack(const OrderRef &orderId, const QString &reason);

    /// PointDesk cannot go on alone after a create request failed. `certainlyNotSent`: the order is certainly not
    /// at Mercado Pago and may be sent again (Send again / Don't send); else it is unclear whether it reached the
    /// terminal (Check again / Nothing was charged). `reason` says what happened.
    void showDecision(bool certainlyNotSent, const QString &reason);

    /// An extra line: passing trouble ("Could not cancel ...") or news; empty hides it.
    void setNote(const QString &text, NoteTone tone = NoteTone::Problem);
    QString note() const;
    /// The actions that make sense now; `terminalCheck` offers "The terminal shows paid / not paid" (action_required
    /// sales until the cashier answers).
    void setActions(bool cancelOrder, bool freeTerminal, bool newSale, bool terminalCheck = false);
    /// The sale shown ended on a terminal that left the account: the hint says so instead of "free again".
    void showTerminalGone(const QString &deviceName);
    /// "Check now" while a cancel is under way or only requested: the panel never waits without a button.
    void setCheckNow(bool offered);
    /// "Receipt" beside New sale, for a sale whose money was taken (shown as paid).
    void setReceiptOffered(bool offered);
    /// Check now, Cancel order, Free terminal, New sale, Receipt, the terminal-check answers: in tab order.
    QList<QWidget *> actionButtons() const;
    /// Focus on New sale (after a payment: Enter or Space starts the next sale).
    void focusNewSale();
    /// Focus on the first answer of the decision shown (Send again, or Check again).
    void focusDecision(bool certainlyNotSent);

    /// The elapsed-time text as shown ("00:12"); empty when there is no clock.
    QString elapsedText() const;

Q_SIGNALS:
    void cancelOrderRequested();
    /// Cancelling or cancellation requested: read the order again now.
    void checkNowRequested();
    void freeTerminalRequested();
    void newSaleRequested();
    /// Receipt: show the receipt of the paid sale shown.
    void receiptRequested();
    /// A digit (or the decimal separator) typed on New sale: the first key of the next sale's amount.
    void amountTypedOnNewSale(const QString &text);
    /// Deciding, certainly not sent: send the order again.
    void sendAgainRequested();
    /// Deciding, unclear: look at the terminal again.
    void checkAgainRequested();
    /// Deciding: end the sale as not charged (unclear: the cashier checked the terminal; not sent: don't send).
    void notChargedRequested();
    /// Check the terminal: the cashier read on the terminal that the payment was approved (true) or not (false).
    void terminalCheckAnswered(bool approved);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    /// present() for a state without a sale on show: the clock stopped, the amount, the sale and the time hidden.
    void presentWithoutSale(Mode mode, Theme::Tone tone, Theme::Glyph glyph, const QString &title,
                            const QString &detail, const QString &hint);
    /// Its labels and buttons in the colours of m_tone (the frame is painted in them).
    void applyTone();
    /// The action_required hint while the answer buttons are shown.
    static QString checkTerminalHint();
    void present(Mode mode, Theme::Tone tone, Theme::Glyph glyph, const QString &title, const QString &detail,
                 const QString &hint);
    void startClock();
    void stopClock();
    void updateElapsed();
    void updateGlyph();
    void updateAccessibleText();

    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_amount = nullptr;
    QLabel *m_sale = nullptr;
    QLabel *m_elapsed = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_note = nullptr;
    PlateButton *m_checkNowButton = nullptr;
    PlateButton *m_cancelButton = nullptr;
    PlateButton *m_freeButton = nullptr;
    PlateButton *m_newSaleButton = nullptr;
    PlateButton *m_receiptButton = nullptr;
    PlateButton *m_sendAgainButton = nullptr;
    PlateButton *m_checkAgainButton = nullptr;
    PlateButton *m_notChargedButton = nullptr;
    PlateButton *m_terminalPaidButton = nullptr;
    PlateButton *m_terminalNotPaidButton = nullptr;
    QList<PlateButton *> m_buttons; ///< all of the above

    /// What the status icon shows now (see updateGlyph()).
    struct PaintedGlyph
    {
        Theme::Glyph glyph = Theme::Glyph::Card;
        Theme::Tone tone = Theme::Tone::Neutral;
        int size = 0;
        qreal ratio = 0;
        bool operator==(const PaintedGlyph &o) const
        {
            return glyph == o.glyph && tone == o.tone && size == o.size && qFuzzyCompare(ratio, o.ratio);
        }
    };
    PaintedGlyph m_paintedGlyph;
    Mode m_mode = Mode::Idle;
    Theme::Tone m_tone = Theme::Tone::Neutral;
    NoteTone m_noteTone = NoteTone::Problem; ///< the tone of the last note shown
    std::optional<Theme::Tone> m_appliedTone; ///< the tone the labels and buttons are in (applyTone())
    Theme::Glyph m_glyph = Theme::Glyph::Card;
    QString m_deviceName;
    QDateTime m_sentAt; ///< the clock counts from here
    qint64 m_frozenMs = -1;
    QTimer m_tick;
};
