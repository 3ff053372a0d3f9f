#pragma once

#include "api/ApiError.h"
#include "core/Device.h"
#include "core/PaymentOrder.h"
#include "sales/ChargeService.h"
#include "store/OrderJournal.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <optional>

class PointBackend;
class TerminalMonitor;

/// The sale as the cashier sees it, without widgets: one sale shown at a time, from Charge to its end, the sales left
/// unfinished by an earlier run (followed again at start; the newest shown, the others in turn), the cashier's
/// decisions when PointDesk cannot decide alone, what may be done now and, when charging is not possible, the
/// translated sentence that says why. It drives a ChargeService (the cashier decides every resend) and reads the
/// terminals and the connection from a TerminalMonitor. The window renders the signals; it decides nothing.
class RefundService;

class CashierSession : public QObject
{
    Q_OBJECT

public:
    /// The sale shown, as the cashier sees it.
    enum class Phase {
        Idle,     ///< no sale shown: the form is open for the next one
        Sending,  ///< sent or being sent (checking the terminal, sending, reconciling an unclear answer)
        Deciding, ///< PointDesk cannot go on alone: decide() or cancel()
        Waiting,  ///< the terminal shows the order; waiting for the customer
        Finished  ///< ended (paid, declined, cancelled or not sent)
    };
    Q_ENUM(Phase)

    /// The cashier's answers when PointDesk cannot decide alone.
    enum class Decision {
        SendAgain,     ///< the order is certainly not at Mercado Pago: send it again
        CheckAgain,    ///< unclear: look at the terminal again
        NothingCharged ///< end the sale as not charged (don't send / the cashier checked there is no payment)
    };
    Q_ENUM(Decision)

    /// How a note about the sale reads: trouble, or news.
    enum class NoteTone { Problem, Info };

    /// None of `client`, `journal` or `monitor` is owned; all must outlive the session. A journal that is not open
    /// keeps charging off (journalProblem() says why; a pending one, see openPendingJournal(), says nothing yet).
    CashierSession(PointBackend *client, OrderJournal *journal, TerminalMonitor *monitor, QObject *parent = nullptr);
    ~CashierSession() override;

    ChargeService *chargeService() const { return m_charges; }
    /// Refunds of this till's sales record (the history's Refund); resumed with the unfinished sales.
    RefundService *refundService() const { return m_refunds; }
    OrderJournal *journal() const { return m_journal; }
    TerminalMonitor *monitor() const { return m_monitor; }

    Phase phase() const { return m_phase; }
    /// True from Charge until the sale is final (sending, checking, waiting for the customer or for a decision).
    bool hasOpenOrder() const;
    /// The sale shown ended paid.
    bool isPaid() const;
    bool isCancelling() const { return m_cancelling; }
    /// The journal's id of the sale shown; 0 when none.
    qint64 saleId() const { return m_saleId; }
    /// The order of the sale shown, once known; 0 before.
    const OrderRef &orderId() const { return m_orderId; }
    /// When the sale shown was sent (recorded in the journal): the panel's clock counts from it, also for a sale
    /// resumed after a restart or found late. Invalid when none.
    QDateTime sentAt() const { return m_sentAt; }
    /// After this long in Sending the panel says that Mercado Pago is slow (default 15 s).
    void setSlowSendingAfter(int milliseconds);
    static constexpr int kDefaultSlowSendingMs = 15000;
    /// What the panel says while a transient error holds up the order being sent: a 5xx is Mercado Pago's own
    /// problem (the connection works), never "cannot be reached".
    static QString sendingTroubleText(const ApiError &error);
    /// What the sale shown charges, and on which terminal.
    OrderRequest request() const { return m_request; }
    OrderState state() const { return m_state; }
    /// Resumed sales followed but not shown yet (the one shown excluded), oldest first.
    QList<qint64> waitingResumedSales() const { return m_resumed; }

    /// Charging is off while the journal cannot be written or read.
    bool isJournalBlocked() const { return !m_journalProblem.ok(); }
    JournalResult journalProblem() const { return m_journalProblem; }
    /// Charging is off for a reason of the account or the record, not of this sale (the panel says "Charging is off").
    bool isChargingOff() const;
    /// Charging is off only because the journal has not been opened yet (OrderJournal::openLater: the window opens it
    /// right after its first frame): PointDesk is starting, nothing is wrong.
    bool isStarting() const;

    /// The terminal the cashier picked; the monitor's list says how it is.
    void setSelectedDevice(const QString &deviceName);
    QString selectedDevice() const { return m_selected; }
    /// The picked terminal when it holds an order that is not the sale shown (another till, a stuck order).
    std::optional<Device> busyTerminal() const;

    /// What may be done now.
    bool canCharge() const;
    bool canCancel() const;
    bool canFreeTerminal() const;
    /// While a cancel is under way or only requested (202): the order can be read again at once (Check now).
    bool canCheckNow() const;
    bool canStartNewSale() const;
    bool canDecide() const { return m_phase == Phase::Deciding; }
    /// The sale shown ended action_required (Orders API): the result is unknown and will not change; the cashier reads
    /// the terminal's screen or slip and says what it shows (recordTerminalCheck()).
    bool needsTerminalCheck() const;
    /// What the cashier read on the terminal for an action_required sale: recorded in the journal as the cashier's
    /// word, never as a payment reported by Mercado Pago (the sale's state stays action_required). False when no
    /// check is pending.
    bool recordTerminalCheck(bool approved);
    /// The cashier's word on the sale shown, once given.
    std::optional<bool> terminalCheck() const { return m_terminalCheck; }
    /// The form stays locked (a sale open, or paid and not yet cleared for the next customer).
    bool inputsLocked() const;
    /// Why Charge is not possible now, in words for the cashier; empty when it is (the form's own checks aside).
    QString chargeBlockedReason() const;
    /// What the idle panel says. `formattedAmount`: the valid amount typed, as shown; empty when none.
    QString idleHint(const QString &formattedAmount) const;
    /// A passing note for the idle panel ("Caja 1 is free now.").
    QString idleNote() const { return m_idleNote; }
    /// The terminal "Free terminal" would free now; empty when freeing is not possible.
    QString freeTarget() const;
    /// Freeing `deviceName` cancels an order this till did not create (another till's, or one it cannot name):
    /// that needs the manager. The sale shown, and orders this till's record holds, do not.
    bool freeNeedsManager(const QString &deviceName) const;
    /// NothingCharged needs the cashier's confirmation: the order may have reached the terminal.
    bool nothingChargedNeedsConfirmation() const;

    /// Records and sends a charge of `request` (amount, description, card; the terminal is the one picked). False,
    /// with notSent() or nothing, when it cannot be sent.
    bool charge(OrderRequest request);
    /// Cancels the sale shown (Esc). False when nothing can be cancelled now.
    bool cancel();
    /// Reads the order of the sale shown again now (within the API's pace), while canCheckNow().
    bool checkNow();
    /// Answers decisionNeeded(). False when no decision is pending.
    bool decide(Decision decision);
    /// Clears the sale shown for the next customer; refused (statusMessage says why) while an order is open or the
    /// terminal's answer to an action_required sale is not recorded. The next
    /// resumed sale, if any, is shown.
    bool startNewSale();
    /// Cancels whatever `deviceName` holds (Free terminal, after the cashier confirmed).
    bool freeTerminal(const QString &deviceName);
    /// Follows the sales the journal holds unfinished; the newest is shown. Returns how many.
    int resumeUnfinished();
    /// Follows, in the background, unfinished sales with an order that other processes recorded in the journal
    /// (pointdesk-cli without --wait): never shown in the panel; the status bar says how each ended. Runs every
    /// otherSalesInterval once resumeUnfinished() ran. Returns how many it took up now.
    int followOtherSales();
    void setOtherSalesInterval(int milliseconds);
    static constexpr int kDefaultOtherSalesIntervalMs = 3000;
    /// Sales of other processes followed now.
    QSet<qint64> otherSales() const { return m_others; }
    /// Unfinished sales another process follows now (it holds their SaleFollowLock): this window does not poll
    /// Mercado Pago for them, and says how they ended once the journal has it.
    QSet<qint64> salesFollowedElsewhere() const { return m_heldElsewhere; }
    /// Opens a journal that was named with OrderJournal::openLater(); a failure is a journal problem as if it had
    /// failed before the session was built. Does nothing for any other journal.
    void openPendingJournal();
    /// Opens the journal again, or checks that writing works again.
    void retryJournal();
    /// Puts a damaged journal aside and starts a new one (after the cashier confirmed).
    void startNewJournal();

Q_SIGNALS:
    /// Anything that changes what may be done now or why not.
    void changed();
    /// The panel's views of the sale shown.
    void showSending(const OrderRequest &request);
    /// The terminal shows the order; `fresh` when it just got there (else only re-show when showing something else).
    void showWaiting(const QString &deviceName, const OrderRef &orderId, bool fresh);
    void showOrder(const OrderInfo &order);
    void showNotSent(const QString &reason, const QString &whatToDo);
    void showLostTrack(const OrderRef &orderId, const QString &reason);
    void showCancelling();
    /// Mercado Pago accepted the cancel but has not ended the order yet (Orders API, 202): it is still followed, and
    /// the customer may still pay. `deviceName` as the cashier knows it (TerminalMonitor::shownName()).
    void showCancellationRequested(const QString &deviceName, const OrderRef &orderId);
    /// PointDesk cannot decide alone: `certainlyNotSent` offers Send again / Don't send, else Check again / Nothing
    /// was charged.
    void decisionNeeded(bool certainlyNotSent, const QString &reason);
    /// An extra line about the sale shown; empty clears it.
    void note(const QString &text, CashierSession::NoteTone tone);
    /// A passing message for the status bar; `timeoutMs` 0 keeps it until the next one.
    void statusMessage(const QString &text, int timeoutMs);
    /// The order of the sale shown reached its terminal (remember the terminal and the description).
    void orderPlaced(const OrderRequest &request);
    /// The sale shown ended.
    void saleEnded(OrderState state);
    /// The sale shown ended action_required: offer "it was approved" / "it was not" (recordTerminalCheck()).
    void terminalCheckNeeded(const QString &reason);
    /// The sale shown ended on a terminal that left the account (`deviceName` as the cashier knows it): it is not
    /// free again, and the next sale needs another terminal.
    void terminalGone(const QString &deviceName);
    /// A resumed sale that was not shown ended.
    void resumedSaleEnded(const Sale &sale);
    /// Cancelling gave up (refused, or failing after its retries); the order is still open and Cancel is offered.
    void cancelFailed();
    /// The journal became unusable, or usable again (`result` ok).
    void journalProblemChanged(const JournalResult &result);

private:
    /// How the cashier knows a terminal (its local name, else its name as listed), for the texts.
    QString shown(const QString &deviceName) const;
    /// `amount` as the window writes money, in the account's currency.
    QString money(const Money &amount) const;
    void setPhase(Phase phase);
    void onSaleChanged(const Sale &sale);
    void onSaleFinished(const Sale &sale);
    void onSaleProblem(qint64 localId, const ApiError &error);
    void onSaleNeedsDecision(const Sale &sale);
    void onCancelFailed(qint64 localId, const ApiError &error);
    void onSendingSlow();
    void onTerminalsVanished(const QStringList &deviceNames);
    QDateTime sentAtOf(qint64 localId) const;
    void onJournalProblem(qint64 localId, const JournalResult &result);
    void onTerminalFreed(const QString &deviceName);
    void onFreeFailed(const QString &deviceName, const ApiError &error);
    void onTokenAccepted();
    void showSale(const Sale &sale);
    void showNextResumedSale();
    /// After a restart: the newest sale ended action_required and its terminal answer was never recorded, so it is
    /// shown again waiting for that answer. False when there is none.
    bool showUncheckedTerminalCheck();
    static QString terminalCheckReason();
    /// How the journal's note of the cashier's answer to an action_required sale starts.
    static constexpr const char *kTerminalCheckNote = "the cashier checked the terminal: ";
    void setJournalProblem(const JournalResult &result);
    void resetSale();

    QPointer<PointBackend> m_client;
    OrderJournal *m_journal = nullptr;
    TerminalMonitor *m_monitor = nullptr;
    ChargeService *m_charges = nullptr;
    RefundService *m_refunds = nullptr;
    bool m_canCancelOnTerminal = false;
    Phase m_phase = Phase::Idle;
    qint64 m_saleId = 0;
    OrderRef m_orderId;
    QDateTime m_sentAt;
    QTimer m_slowTimer; ///< Sending for this long: "Mercado Pago is slow"
    QTimer m_othersTimer;
    QSet<qint64> m_others; ///< sales of other processes followed in the background
    QSet<qint64> m_heldElsewhere; ///< sales another process follows now (SaleFollowLock): not polled here
    OrderRequest m_request;
    OrderState m_state = OrderState::Unknown;
    QList<qint64> m_resumed;
    ApiError m_saleError; ///< the last problem of the sale shown
    std::optional<bool> m_terminalCheck; ///< the cashier's reading of an action_required sale's terminal
    JournalResult m_journalProblem;
    QString m_selected;
    QString m_previousSelected;  ///< the last terminal chosen, also once the list dropped it
    QSet<QString> m_goneDevices; ///< terminals that left the account while this session ran
    QString m_idleNote;
    QString m_notSentDevice; ///< set when the last charge failed in a way that may leave the terminal busy
    bool m_cancelling = false;
};
