#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class MainWindow;
class PointSimulator;
class VirtualTerminal;

/// `pointdesk --smoke-test`: proves that an installed PointDesk works end to end without a person or an account.
/// In demo mode it charges a fixed sale through the real cashier window (its form, its Charge button) on the first
/// terminal, pays it on the virtual terminal as the customer would, and waits until the status panel shows Paid.
/// Without a virtual terminal and a simulator (`pointdesk --smoke-test --api-base http://127.0.0.1:<port>`, a Point
/// simulator on this computer) it charges the same way, prints the order as soon as the terminal shows it, and
/// waits until the sale is paid there (by the simulator's control) and the panel shows the payment. It never
/// drives a real terminal: LaunchOptions allows only demo mode or a server on this computer.
class SmokeTest : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultTimeoutMs = 30000;
    /// The fixed sale: 25 in the locale's currency (typed without decimals, so that any locale parses it).
    static constexpr qint64 kAmountCents = 2500;

    /// The three must outlive the smoke test; `terminal` and `simulator` are null against an outside simulator.
    SmokeTest(MainWindow *window, VirtualTerminal *terminal, PointSimulator *simulator, QObject *parent = nullptr);

    void setTimeout(int milliseconds);
    int timeout() const { return m_timeoutMs; }

    /// Starts the run; finished() follows once, from the event loop.
    void start();
    bool isRunning() const { return m_step != Step::NotStarted && m_step != Step::Done; }

    /// The sale's description as typed into the form (translated).
    static QString saleDescription();

Q_SIGNALS:
    /// `passed`: the order was paid and the panel says so; `message` is one line for the terminal either way
    /// ("smoke test passed: order N paid, payment M", or what went wrong and at which step).
    void finished(bool passed, const QString &message);
    /// The order reached the terminal (against an outside simulator: the moment to pay it there).
    void orderOnTerminal(qint64 orderId, const QString &deviceName);

private:
    enum class Step { NotStarted, WaitingForTerminals, WaitingForChargeButton, WaitingForOrder, WaitingForPaid, Done };

    void poll();
    void fail(const QString &reason);
    void pass(const QString &message);
    QString stepDescription() const;
    QString panelMode() const;
    QString panelText() const;

    QPointer<MainWindow> m_window;
    QPointer<VirtualTerminal> m_terminal;
    QPointer<PointSimulator> m_simulator;
    bool m_demo = true;
    QTimer m_poll;
    QTimer m_deadline;
    QElapsedTimer m_clock;
    int m_timeoutMs = kDefaultTimeoutMs;
    Step m_step = Step::NotStarted;
    QString m_deviceName;
    qint64 m_orderId = 0;
};
