// CashierSession against a real PointSimulator on 127.0.0.1, without widgets: the sale's phases, what may be done
// now and the sentence that says why not, the cashier's decisions, resumed sales, freeing a terminal.
#include "api/LegacyPointBackend.h"
#include "sales/CashierSession.h"
#include "sales/TerminalMonitor.h"
#include "store/SaleFollowLock.h"
#include "sim/PointSimulator.h"
#include "support/RefTestSupport.h"
#include "support/SimTestSupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Phase = CashierSession::Phase;
using Decision = CashierSession::Decision;

class TestCashierSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void whyNotBeforeAndAfterTheTerminalsLoad();
    void noTerminalsSaysSo();
    void chargeGoesThroughThePhasesToPaid();
    void declinedSaleCanBeChargedAgain();
    void cancelWhileWaiting();
    void failedCancelIsRetriedUntilItLands();
    void cancelThatKeepsFailingOffersCancelAgain();
    void newSaleIsRefusedWhileAnOrderIsOpen();
    void busyTerminalSaysWhyAndIsFreed();
    void conflictOffersToFreeTheTerminal();
    void freeingAnotherTillsOrderNeedsTheManager();
    void journalProblemKeepsChargingOff();
    void pendingJournalIsNoProblemUntilOpened();
    void refusedTokenKeepsChargingOffAndFollowsOnWhenFixed();
    void notSentAsksAndSendsAgain();
    void notSentDontSendEndsWithoutConfirmation();
    void uncertainChecksAgainThenNothingCharged();
    void resumedSalesNewestFirstOthersInTurn();
    void resumedSaleCountsFromWhenItWasSent();
    void salesOfTheCliAreFollowedWhileRunning();
    void slowSendingSaysMercadoPagoIsSlow();
    void serverErrorWhileSendingDoesNotSayUnreachable();
    void saleAnotherProcessFollowsIsNotPolledTwice();
    void vanishedTerminalCannotBeCharged();
    void terminalRemovedMidSaleIsSaidInWords();
    void freeingOnlyWhereTheApiCanCancelOnTheTerminal();

private:
    void createSession(bool loadTerminals = true);
    OrderRequest request(qint64 cents = 1250, const QString &description = QStringLiteral("Cup")) const;
    qint64 createOrderDirectly(const QString &device);
    /// Charges on `device` and waits until the terminal shows the order.
    void chargeAndWait(const QString &device = QStringLiteral("Caja 1"));

    QTemporaryDir *m_dir = nullptr;
    PointSimulator *m_sim = nullptr;
    LegacyPointBackend *m_client = nullptr;
    OrderJournal *m_journal = nullptr;
    TerminalMonitor *m_monitor = nullptr;
    CashierSession *m_session = nullptr;
};

void TestCashierSession::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestCashierSession::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_sim = new PointSimulator;
    QVERIFY(m_sim->listen());
    m_client = new LegacyPointBackend;
    QVERIFY(m_client->setBaseUrl(m_sim->apiUrl()));
    m_client->setAccessToken(m_sim->accessToken());
    m_client->setTimeout(3000);
    m_journal = new OrderJournal;
    QVERIFY(m_journal->open(m_dir->filePath(QStringLiteral("journal.sqlite"))).ok());
}

void TestCashierSession::cleanup()
{
    delete m_session;
    m_session = nullptr;
    delete m_monitor;
    m_monitor = nullptr;
    delete m_client;
    delete m_sim;
    delete m_journal;
    delete m_dir;
}

void TestCashierSession::createSession(bool loadTerminals)
{
    m_monitor = new TerminalMonitor(m_client);
    m_monitor->setRefreshInterval(60000); // refreshed on purpose
    m_monitor->setRetryBackoff(50, 400);
    m_session = new CashierSession(m_client, m_journal, m_monitor);
    m_session->chargeService()->setPollInterval(50);
    if (loadTerminals) {
        m_monitor->refresh(true);
        QTRY_VERIFY(m_monitor->hasLoaded());
    }
}

OrderRequest TestCashierSession::request(qint64 cents, const QString &description) const
{
    OrderRequest r;
    r.amount = Money::fromCents(cents);
    r.description = description;
    r.cardType = CardType::Credit;
    return r;
}

qint64 TestCashierSession::createOrderDirectly(const QString &device)
{
    return createOrderFromAnotherTill(*m_sim, device);
}

void TestCashierSession::chargeAndWait(const QString &device)
{
    m_session->setSelectedDevice(device);
    QVERIFY(m_session->charge(request()));
    QTRY_COMPARE(m_session->phase(), Phase::Waiting);
}

void TestCashierSession::whyNotBeforeAndAfterTheTerminalsLoad()
{
    createSession(false);
    QCOMPARE(m_session->phase(), Phase::Idle);
    QVERIFY(!m_session->canCharge());
    QCOMPARE(m_session->chargeBlockedReason(), QStringLiteral("Loading the terminals\u2026"));
    QCOMPARE(m_session->idleHint(QString()), QStringLiteral("Loading the terminals\u2026"));
    QVERIFY(!m_session->charge(request()));
    QVERIFY(!m_session->canCancel());
    QVERIFY(!m_session->canFreeTerminal());
    QVERIFY(!m_session->canStartNewSale());
    QVERIFY(!m_session->canDecide());

    QSignalSpy changed(m_session, &CashierSession::changed);
    m_monitor->refresh(true);
    QTRY_VERIFY(m_monitor->hasLoaded());
    QVERIFY(changed.count() >= 1);
    QCOMPARE(m_session->chargeBlockedReason(), QStringLiteral("Choose the terminal that takes the payment."));
    QCOMPARE(m_session->idleHint(QString()), QStringLiteral("Choose a terminal on the left."));
    m_session->setSelectedDevice(QStringLiteral("Caja 1"));
    QVERIFY(m_session->canCharge());
    QCOMPARE(m_session->chargeBlockedReason(), QString());
    QCOMPARE(m_session->idleHint(QStringLiteral("$5.00")), QStringLiteral("Press Enter to charge $5.00 on Caja 1."));
    QCOMPARE(m_session->idleHint(QString()),
             QStringLiteral("Type the amount and a description, then press Enter to charge on Caja 1."));
    QVERIFY(!m_session->isChargingOff());
    QVERIFY(!m_session->inputsLocked());
    QVERIFY(m_sim->orders().isEmpty());
}

void TestCashierSession::noTerminalsSaysSo()
{
    for (const QString &name : PointSimulator::defaultDeviceNames())
        QVERIFY(m_sim->removeDevice(name));
    createSession();
    QVERIFY(!m_session->canCharge());
    QCOMPARE(m_session->chargeBlockedReason(),
             QStringLiteral("There are no terminals on this account yet: see the list on the left."));
}

void TestCashierSession::chargeGoesThroughThePhasesToPaid()
{
    createSession();
    QSignalSpy sending(m_session, &CashierSession::showSending);
    QSignalSpy waiting(m_session, &CashierSession::showWaiting);
    QSignalSpy placed(m_session, &CashierSession::orderPlaced);
    QSignalSpy ended(m_session, &CashierSession::saleEnded);
    QSignalSpy shown(m_session, &CashierSession::showOrder);
    m_session->setSelectedDevice(QStringLiteral("Caja 1"));
    QVERIFY(m_session->charge(request(4550, QStringLiteral("Two coffees"))));
    QCOMPARE(m_session->phase(), Phase::Sending);
    QVERIFY(m_session->hasOpenOrder());
    QVERIFY(m_session->inputsLocked());
    QVERIFY(m_session->saleId() > 0);
    QCOMPARE(m_session->request().deviceName, QStringLiteral("Caja 1"));
    QCOMPARE(sending.count(), 1);
    QCOMPARE(sending.at(0).at(0).value<OrderRequest>().amount.cents(), 4550);
    QCOMPARE(m_session->chargeBlockedReason(), QStringLiteral("Sending the order to Caja 1\u2026"));
    QVERIFY(m_session->canCancel());
    QVERIFY(!m_session->canFreeTerminal());
    QVERIFY(!m_session->canStartNewSale());
    QVERIFY(m_session->freeTarget().isEmpty());
    QVERIFY(!m_session->charge(request())); // never a second charge while one is open

    QTRY_COMPARE(m_session->phase(), Phase::Waiting);
    QCOMPARE(m_sim->orders().size(), 1);
    const qint64 orderId = m_sim->orders().constFirst().id;
    QCOMPARE(m_session->orderId(), orderRef(orderId));
    QVERIFY(waiting.count() >= 1);
    QCOMPARE(waiting.at(0).at(1).value<OrderRef>(), orderRef(orderId));
    QCOMPARE(waiting.at(0).at(2).toBool(), true); // just arrived on the terminal
    for (int i = 1; i < waiting.count(); ++i)
        QCOMPARE(waiting.at(i).at(2).toBool(), false); // later polls only confirm it
    QCOMPARE(placed.count(), 1);
    QCOMPARE(placed.at(0).at(0).value<OrderRequest>().description, QStringLiteral("Two coffees"));
    QCOMPARE(m_session->chargeBlockedReason(),
             QStringLiteral("Waiting for the customer on Caja 1. Press Esc to cancel the order."));
    QVERIFY(m_session->canCancel());
    QVERIFY(m_session->canFreeTerminal());
    QCOMPARE(m_session->freeTarget(), QStringLiteral("Caja 1"));
    // The monitor shows the terminal busy with this order at once.
    QCOMPARE(m_monitor->device(QStringLiteral("Caja 1"))->heldOrder, orderRef(orderId));
    QVERIFY(!m_session->busyTerminal().has_value()); // busy with the sale shown, not with another

    QCOMPARE(m_sim->approve(QStringLiteral("Caja 1")), orderId);
    QTRY_COMPARE(m_session->phase(), Phase::Finished);
    QCOMPARE(ended.count(), 1);
    QCOMPARE(ended.at(0).at(0).value<OrderState>(), OrderState::Approved);
    QCOMPARE(shown.last().at(0).value<OrderInfo>().state, OrderState::Approved);
    QVERIFY(m_session->isPaid());
    QVERIFY(!m_session->hasOpenOrder());
    QVERIFY(m_session->inputsLocked()); // until New sale
    QCOMPARE(m_session->chargeBlockedReason(), QStringLiteral("Paid. Press New sale (F2) for the next customer."));
    QVERIFY(!m_session->canCancel());
    QVERIFY(m_session->canStartNewSale());
    QCOMPARE(m_journal->entry(m_session->saleId())->state, OrderState::Approved);

    QVERIFY(m_session->startNewSale());
    QCOMPARE(m_session->phase(), Phase::Idle);
    QCOMPARE(m_session->saleId(), 0);
    QVERIFY(m_session->orderId().isNull());
    QVERIFY(m_session->canCharge());
    QVERIFY(!m_session->inputsLocked());
}

void TestCashierSession::declinedSaleCanBeChargedAgain()
{
    createSession();
    chargeAndWait();
    QVERIFY(m_sim->decline(QStringLiteral("Caja 1")) > 0);
    QTRY_COMPARE(m_session->phase(), Phase::Finished);
    QCOMPARE(m_session->state(), OrderState::Rejected);
    QVERIFY(!m_session->isPaid());
    QVERIFY(!m_session->inputsLocked());
    // Not paid: the same customer may be charged again at once, or the sale cleared.
    QTRY_VERIFY(m_session->canCharge());
    QVERIFY(m_session->canStartNewSale());
}

void TestCashierSession::cancelWhileWaiting()
{
    createSession();
    chargeAndWait();
    QSignalSpy cancelling(m_session, &CashierSession::showCancelling);
    QVERIFY(m_session->cancel());
    QVERIFY(m_session->isCancelling());
    QCOMPARE(cancelling.count(), 1);
    QVERIFY(!m_session->canCancel());
    QVERIFY(!m_session->cancel()); // once
    QTRY_COMPARE(m_session->phase(), Phase::Finished);
    QCOMPARE(m_session->state(), OrderState::Cancelled);
    QVERIFY(!m_session->isCancelling());
    QCOMPARE(m_sim->orders().constFirst().status, SimOrder::Status::Deleted);
}

void TestCashierSession::failedCancelIsRetriedUntilItLands()
{
    // A network blip on the cancel left the panel in "Cancelling..." for good: the cancel is sent again with backoff.
    createSession();
    m_session->chargeService()->setRetryBaseDelay(20);
    chargeAndWait();
    SimFault blip;
    blip.kind = SimFault::Kind::ServerError;
    blip.httpStatus = 503;
    blip.method = QStringLiteral("DELETE");
    blip.count = 2;
    m_sim->injectFault(blip);
    QVERIFY(m_session->cancel());
    QVERIFY(m_session->isCancelling());
    QVERIFY(m_session->canCheckNow()); // the panel never waits without a button
    QVERIFY(m_session->checkNow());
    QTRY_COMPARE(m_session->phase(), Phase::Finished);
    QCOMPARE(m_session->state(), OrderState::Cancelled);
    QCOMPARE(m_sim->pendingFaultCount(), 0);
    QCOMPARE(m_sim->orders().constFirst().status, SimOrder::Status::Deleted);
    QVERIFY(!m_session->canCheckNow());
}

void TestCashierSession::cancelThatKeepsFailingOffersCancelAgain()
{
    createSession();
    m_session->chargeService()->setRetryBaseDelay(10);
    chargeAndWait();
    SimFault down;
    down.kind = SimFault::Kind::ServerError;
    down.httpStatus = 503;
    down.method = QStringLiteral("DELETE");
    down.count = 100;
    m_sim->injectFault(down);
    QSignalSpy failed(m_session, &CashierSession::cancelFailed);
    QSignalSpy waiting(m_session, &CashierSession::showWaiting);
    QVERIFY(m_session->cancel());
    QTRY_COMPARE(failed.count(), 1);
    // Given up after its retries: back to waiting, with Cancel offered again and the order still followed.
    QVERIFY(!m_session->isCancelling());
    QCOMPARE(m_session->phase(), Phase::Waiting);
    QVERIFY(m_session->canCancel());
    QVERIFY(m_session->canFreeTerminal());
    QVERIFY(waiting.count() >= 1);
    QVERIFY(100 - m_sim->pendingFaultCount() > 1); // sent again, not once
    QCOMPARE(m_sim->orders().constFirst().status, SimOrder::Status::Open);
    m_sim->clearFaults();
    QVERIFY(m_session->cancel());
    QTRY_COMPARE(m_session->phase(), Phase::Finished);
    QCOMPARE(m_session->state(), OrderState::Cancelled);
}

void TestCashierSession::newSaleIsRefusedWhileAnOrderIsOpen()
{
    createSession();
    chargeAndWait();
    QSignalSpy status(m_session, &CashierSession::statusMessage);
    QVERIFY(!m_session->startNewSale());
    QCOMPARE(m_session->phase(), Phase::Waiting);
    QCOMPARE(status.count(), 1);
    QCOMPARE(
        status.at(0).at(0).toString(),
        QStringLiteral("An order is still open: wait for the customer, or cancel it with Esc, before a new sale."));
}

void TestCashierSession::busyTerminalSaysWhyAndIsFreed()
{
    const qint64 other = createOrderDirectly(QStringLiteral("Caja 1"));
    QVERIFY(other > 0);
    createSession();
    m_session->setSelectedDevice(QStringLiteral("Caja 1"));
    QVERIFY(m_session->busyTerminal().has_value());
    QCOMPARE(m_session->busyTerminal()->heldOrder, orderRef(other));
    QVERIFY(!m_session->canCharge());
    QCOMPARE(m_session->chargeBlockedReason(),
             QStringLiteral("Caja 1 is busy with order %1, so it cannot take a new charge. Wait until it finishes, or "
                            "free the terminal.")
                 .arg(other));
    QVERIFY(!m_session->charge(request()));
    QCOMPARE(m_sim->orders().size(), 1);
    QVERIFY(m_session->canFreeTerminal());
    QCOMPARE(m_session->freeTarget(), QStringLiteral("Caja 1"));

    QSignalSpy note(m_session, &CashierSession::note);
    QVERIFY(m_session->freeTerminal(m_session->freeTarget()));
    QCOMPARE(note.count(), 1);
    QCOMPARE(note.at(0).at(0).toString(), QStringLiteral("Freeing Caja 1\u2026"));
    QVERIFY(!m_session->canFreeTerminal()); // one at a time
    QTRY_COMPARE(m_session->idleNote(), QStringLiteral("Caja 1 is free now."));
    QCOMPARE(m_sim->order(other)->status, SimOrder::Status::Deleted);
    QTRY_VERIFY(m_session->canCharge());
    QVERIFY(!m_session->busyTerminal().has_value());
    // Picking another terminal clears the note.
    m_session->setSelectedDevice(QStringLiteral("Caja 2"));
    QCOMPARE(m_session->idleNote(), QString());
}

void TestCashierSession::freeingAnotherTillsOrderNeedsTheManager()
{
    const qint64 other = createOrderDirectly(QStringLiteral("Caja 2"));
    QVERIFY(other > 0);
    createSession();
    // Another till's order: the manager's call.
    m_session->setSelectedDevice(QStringLiteral("Caja 2"));
    QVERIFY(m_session->canFreeTerminal());
    QVERIFY(m_session->freeNeedsManager(QStringLiteral("Caja 2")));
    // This till's own sale, shown: the cashier frees it.
    chargeAndWait(QStringLiteral("Caja 1"));
    QCOMPARE(m_session->freeTarget(), QStringLiteral("Caja 1"));
    QVERIFY(!m_session->freeNeedsManager(QStringLiteral("Caja 1")));
    QVERIFY(m_session->freeNeedsManager(QStringLiteral("Caja 2")));
    // An order this till's record holds (a sale of this till not shown now) is this till's too.
    OrderRequest r = request(700, QStringLiteral("Ours"));
    r.deviceName = QStringLiteral("Caja 2");
    const qint64 localId = m_journal->recordNew(r, QStringLiteral("legacy"));
    QVERIFY(m_journal->attachOrderId(localId, orderRef(other)).ok());
    QVERIFY(!m_session->freeNeedsManager(QStringLiteral("Caja 2")));
}

void TestCashierSession::conflictOffersToFreeTheTerminal()
{
    createSession();
    // The list still says Caja 1 is free: the conflict only shows when charging (409).
    const qint64 other = createOrderDirectly(QStringLiteral("Caja 1"));
    QVERIFY(other > 0);
    QSignalSpy notSent(m_session, &CashierSession::showNotSent);
    m_session->setSelectedDevice(QStringLiteral("Caja 1"));
    QVERIFY(m_session->charge(request()));
    QTRY_COMPARE(m_session->phase(), Phase::Finished);
    QCOMPARE(m_session->state(), OrderState::Failed);
    QCOMPARE(notSent.count(), 1);
    QCOMPARE(notSent.at(0).at(0).toString(),
             QStringLiteral("Caja 1 is busy with another order, so it cannot take this one."));
    QVERIFY(m_session->canFreeTerminal());
    QCOMPARE(m_session->freeTarget(), QStringLiteral("Caja 1"));
    QVERIFY(m_session->freeTerminal(QStringLiteral("Caja 1")));
    QTRY_COMPARE(m_session->phase(), Phase::Idle);
    QCOMPARE(m_sim->order(other)->status, SimOrder::Status::Deleted);
    QTRY_VERIFY(m_session->canCharge());
    QVERIFY(m_session->charge(request()));
    QTRY_COMPARE(m_session->phase(), Phase::Waiting);
}

void TestCashierSession::journalProblemKeepsChargingOff()
{
    const QString path = m_dir->filePath(QStringLiteral("broken.sqlite"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
    }
    delete m_journal;
    m_journal = new OrderJournal;
    QCOMPARE(m_journal->open(path).kind(), JournalResult::Kind::Corrupt);
    createSession();
    m_session->setSelectedDevice(QStringLiteral("Caja 1"));
    QVERIFY(m_session->isJournalBlocked());
    QCOMPARE(m_session->journalProblem().kind(), JournalResult::Kind::Corrupt);
    QVERIFY(m_session->isChargingOff());
    QVERIFY(!m_session->canCharge());
    QCOMPARE(m_session->chargeBlockedReason(),
             QStringLiteral("Charging is off: the sales record cannot be written. See the message at the top."));
    QCOMPARE(m_session->idleHint(QStringLiteral("$1.00")),
             QStringLiteral("Charging is off until the sales record can be written again."));
    QVERIFY(!m_session->charge(request()));
    QVERIFY(m_sim->orders().isEmpty());

    QSignalSpy problem(m_session, &CashierSession::journalProblemChanged);
    QSignalSpy status(m_session, &CashierSession::statusMessage);
    m_session->startNewJournal();
    QCOMPARE(problem.count(), 1);
    QVERIFY(problem.at(0).at(0).value<JournalResult>().ok());
    QVERIFY(!m_session->isJournalBlocked());
    QCOMPARE(status.count(), 1);
    QVERIFY(status.at(0).at(0).toString().startsWith(QStringLiteral("A new sales record was started")));
    QVERIFY(m_session->canCharge());
}

void TestCashierSession::pendingJournalIsNoProblemUntilOpened()
{
    // The cashier window opens its journal after its first frame (OrderJournal::openLater): until then there is no
    // problem to show, and no charge either.
    delete m_journal;
    m_journal = new OrderJournal;
    m_journal->openLater(m_dir->filePath(QStringLiteral("later.sqlite")));
    QVERIFY(m_journal->isPending());
    createSession();
    m_session->setSelectedDevice(QStringLiteral("Caja 1"));
    QVERIFY(!m_session->isJournalBlocked());
    QVERIFY(m_session->isChargingOff());
    QVERIFY(m_session->isStarting());
    QVERIFY(!m_session->charge(request()));
    QVERIFY(m_sim->orders().isEmpty());

    QSignalSpy problem(m_session, &CashierSession::journalProblemChanged);
    m_session->openPendingJournal();
    QVERIFY(m_journal->isOpen());
    QVERIFY(!m_journal->isPending());
    QCOMPARE(problem.count(), 0);
    QVERIFY(!m_session->isChargingOff());
    QVERIFY(!m_session->isStarting());
    QVERIFY(m_session->canCharge());

    // One that cannot be opened is a journal problem like any other.
    OrderJournal folder;
    folder.openLater(m_dir->path());
    CashierSession other(m_client, &folder, m_monitor);
    QVERIFY(!other.isJournalBlocked());
    QSignalSpy otherProblem(&other, &CashierSession::journalProblemChanged);
    other.openPendingJournal();
    QCOMPARE(otherProblem.count(), 1);
    QVERIFY(other.isJournalBlocked());
    QCOMPARE(other.journalProblem().kind(), JournalResult::Kind::IoError);
    QVERIFY(!folder.isPending());
    QVERIFY(!other.isStarting());
    QVERIFY(other.isChargingOff());
}

void TestCashierSession::refusedTokenKeepsChargingOffAndFollowsOnWhenFixed()
{
    createSession();
    chargeAndWait();
    QSignalSpy lost(m_session, &CashierSession::showLostTrack);
    QSignalSpy waiting(m_session, &CashierSession::showWaiting);
    const QString token = m_sim->accessToken();
    m_sim->setAccessToken(QStringLiteral("TEST-revoked"));
    QTRY_COMPARE(lost.count(), 1);
    QCOMPARE(lost.at(0).at(0).value<OrderRef>(), m_session->orderId());
    QVERIFY(m_monitor->isTokenRefused());
    QVERIFY(m_session->hasOpenOrder()); // nothing is known about the sale yet
    QVERIFY(!m_journal->entry(m_session->saleId())->isFinal());

    // The token works again: the sale is followed on to its end.
    m_sim->setAccessToken(token);
    const int before = waiting.count();
    QVERIFY(m_sim->approve(QStringLiteral("Caja 1")) > 0);
    m_monitor->refresh(true);
    QTRY_COMPARE(m_session->phase(), Phase::Finished);
    QVERIFY(waiting.count() > before);
    QCOMPARE(m_session->state(), OrderState::Approved);
    QVERIFY(!m_session->isChargingOff());

    // With no sale open, a refused token is the reason charging is off.
    QVERIFY(m_session->startNewSale());
    m_sim->setAccessToken(QStringLiteral("TEST-revoked-again"));
    // A listing the end of the sale started may still be on its way with the old answer: ask until one is refused.
    for (int i = 0; i < 50 && !m_monitor->isTokenRefused(); ++i) {
        m_monitor->refresh(true);
        QTest::qWait(50);
    }
    QVERIFY(m_monitor->isTokenRefused());
    QVERIFY(m_session->isChargingOff());
    QCOMPARE(m_session->chargeBlockedReason(),
             QStringLiteral("Mercado Pago refused the access token: see the message at the top."));
    QCOMPARE(m_session->idleHint(QString()),
             QStringLiteral("Charging is not possible until the access token is set up again."));
}

void TestCashierSession::notSentAsksAndSendsAgain()
{
    createSession();
    SimFault drop;
    drop.kind = SimFault::Kind::Drop;
    drop.method = QStringLiteral("POST");
    m_sim->injectFault(drop);
    QSignalSpy decision(m_session, &CashierSession::decisionNeeded);
    m_session->setSelectedDevice(QStringLiteral("Caja 1"));
    QVERIFY(m_session->charge(request()));
    QTRY_COMPARE(m_session->phase(), Phase::Deciding);
    QCOMPARE(decision.count(), 1);
    QCOMPARE(decision.at(0).at(0).toBool(), true); // certainly not sent
    QVERIFY(m_session->canDecide());
    QVERIFY(m_session->hasOpenOrder());
    QVERIFY(!m_session->canCancel()); // a decision needs one of its answers
    QVERIFY(!m_session->nothingChargedNeedsConfirmation());
    QCOMPARE(m_session->chargeBlockedReason(),
             QStringLiteral("The sale on Caja 1 needs your decision: see the panel on the right."));
    QVERIFY(m_sim->orders().isEmpty());

    QVERIFY(m_session->decide(Decision::SendAgain));
    QCOMPARE(m_session->phase(), Phase::Sending);
    QVERIFY(!m_session->decide(Decision::SendAgain)); // answered
    QTRY_COMPARE(m_session->phase(), Phase::Waiting);
    QCOMPARE(m_sim->orders().size(), 1);
    QCOMPARE(m_journal->entry(m_session->saleId())->createAttempts, 2);
}

void TestCashierSession::notSentDontSendEndsWithoutConfirmation()
{
    createSession();
    SimFault drop;
    drop.kind = SimFault::Kind::Drop;
    drop.method = QStringLiteral("POST");
    m_sim->injectFault(drop);
    m_session->setSelectedDevice(QStringLiteral("Caja 1"));
    QVERIFY(m_session->charge(request()));
    QTRY_COMPARE(m_session->phase(), Phase::Deciding);
    QVERIFY(m_session->decide(Decision::NothingCharged));
    QTRY_COMPARE(m_session->phase(), Phase::Finished);
    QCOMPARE(m_session->state(), OrderState::Failed);
    QVERIFY(m_sim->orders().isEmpty());
    QCOMPARE(m_journal->entry(m_session->saleId())->state, OrderState::Failed);
    QTRY_VERIFY(m_session->canCharge());
}

void TestCashierSession::uncertainChecksAgainThenNothingCharged()
{
    createSession();
    // No listing can be soon enough to prove the order absent: PointDesk cannot tell, so it asks.
    m_session->chargeService()->setCertaintyWindow(0);
    SimFault drop;
    drop.kind = SimFault::Kind::Drop;
    drop.method = QStringLiteral("POST");
    m_sim->injectFault(drop);
    QSignalSpy decision(m_session, &CashierSession::decisionNeeded);
    m_session->setSelectedDevice(QStringLiteral("Caja 1"));
    QVERIFY(m_session->charge(request()));
    QTRY_COMPARE(m_session->phase(), Phase::Deciding);
    QCOMPARE(decision.last().at(0).toBool(), false); // unclear
    QVERIFY(!decision.last().at(1).toString().isEmpty());
    QVERIFY(m_session->nothingChargedNeedsConfirmation());

    QVERIFY(m_session->decide(Decision::CheckAgain));
    QCOMPARE(m_session->phase(), Phase::Sending);
    QTRY_COMPARE(m_session->phase(), Phase::Deciding); // still nothing on the terminal, still unclear
    QVERIFY(decision.count() >= 2);
    QVERIFY(m_session->decide(Decision::NothingCharged));
    QTRY_COMPARE(m_session->phase(), Phase::Finished);
    QCOMPARE(m_session->state(), OrderState::Failed);
    QVERIFY(m_sim->orders().isEmpty());
}

void TestCashierSession::resumedSalesNewestFirstOthersInTurn()
{
    // Two sales an earlier run left open, on two terminals.
    QList<qint64> localIds;
    QList<qint64> orderIds;
    for (const QString &device : {QStringLiteral("Caja 1"), QStringLiteral("Caja 2")}) {
        const qint64 orderId = createOrderDirectly(device);
        QVERIFY(orderId > 0);
        OrderRequest r = request(4321, QStringLiteral("Left open"));
        r.deviceName = device;
        r.externalReference = QStringLiteral("PD-crash-") + device.right(1);
        const qint64 localId = m_journal->recordNew(r, QStringLiteral("legacy"));
        QVERIFY(localId > 0);
        QVERIFY(m_journal->recordCreateSent(localId).ok());
        QVERIFY(m_journal->attachOrderId(localId, orderRef(orderId)).ok());
        localIds.append(localId);
        orderIds.append(orderId);
    }
    createSession();
    QSignalSpy status(m_session, &CashierSession::statusMessage);
    QSignalSpy otherEnded(m_session, &CashierSession::resumedSaleEnded);
    QCOMPARE(m_session->resumeUnfinished(), 2);
    QCOMPARE(status.count(), 1);
    QCOMPARE(status.at(0).at(0).toString(),
             QStringLiteral("PointDesk was closed while 2 sales were open: following them to the end."));
    // The newest is shown; the other waits its turn.
    QCOMPARE(m_session->saleId(), localIds.at(1));
    QCOMPARE(m_session->waitingResumedSales(), QList<qint64>{localIds.at(0)});
    QTRY_COMPARE(m_session->phase(), Phase::Waiting);
    QCOMPARE(m_session->orderId(), orderRef(orderIds.at(1)));
    QVERIFY(!m_session->startNewSale());

    QCOMPARE(m_sim->approve(QStringLiteral("Caja 2")), orderIds.at(1));
    QTRY_COMPARE(m_session->phase(), Phase::Finished);
    QCOMPARE(otherEnded.count(), 0);
    // New sale shows the next one left open.
    QVERIFY(m_session->startNewSale());
    QCOMPARE(m_session->saleId(), localIds.at(0));
    QVERIFY(m_session->waitingResumedSales().isEmpty());
    QTRY_COMPARE(m_session->phase(), Phase::Waiting);
    QCOMPARE(m_session->orderId(), orderRef(orderIds.at(0)));
    QCOMPARE(m_sim->decline(QStringLiteral("Caja 1")), orderIds.at(0));
    QTRY_COMPARE(m_session->phase(), Phase::Finished);
    QCOMPARE(m_session->state(), OrderState::Rejected);
    QVERIFY(m_session->startNewSale());
    QCOMPARE(m_session->phase(), Phase::Idle);
    QCOMPARE(m_session->resumeUnfinished(), 0);
}

void TestCashierSession::vanishedTerminalCannotBeCharged()
{
    createSession();
    m_session->setSelectedDevice(QStringLiteral("Caja 2"));
    QVERIFY(m_session->canCharge());
    QVERIFY(m_sim->removeDevice(QStringLiteral("Caja 2")));
    QSignalSpy vanished(m_monitor, &TerminalMonitor::terminalsVanished);
    m_monitor->refresh(true);
    QTRY_COMPARE(vanished.count(), 1);
    QVERIFY(!m_session->canCharge());
    QCOMPARE(m_session->chargeBlockedReason(), QStringLiteral("Choose the terminal that takes the payment."));
    QVERIFY(!m_session->charge(request()));
    QVERIFY(m_sim->orders().isEmpty());
}

void TestCashierSession::freeingOnlyWhereTheApiCanCancelOnTheTerminal()
{
    // An API that cannot cancel what a terminal holds does not offer Free terminal, even for a busy one.
    class NoCancelOnTerminal : public LegacyPointBackend
    {
    public:
        Capabilities capabilities() const override
        {
            Capabilities c = LegacyPointBackend::capabilities();
            c.cancelOnTerminal = false;
            return c;
        }
    };
    const qint64 other = createOrderDirectly(QStringLiteral("Caja 1"));
    QVERIFY(other > 0);
    NoCancelOnTerminal limited;
    QVERIFY(limited.setBaseUrl(m_sim->apiUrl()));
    limited.setAccessToken(m_sim->accessToken());
    TerminalMonitor monitor(&limited);
    monitor.setRefreshInterval(60000);
    CashierSession session(&limited, m_journal, &monitor);
    monitor.refresh(true);
    QTRY_VERIFY(monitor.hasLoaded());
    session.setSelectedDevice(QStringLiteral("Caja 1"));
    QVERIFY(session.busyTerminal().has_value());
    QVERIFY(!session.canFreeTerminal());
    // The same terminal with the legacy API's capabilities: offered.
    createSession();
    m_session->setSelectedDevice(QStringLiteral("Caja 1"));
    QVERIFY(m_session->canFreeTerminal());
}


void TestCashierSession::resumedSaleCountsFromWhenItWasSent()
{
    const qint64 orderId = createOrderDirectly(QStringLiteral("Caja 1"));
    QVERIFY(orderId > 0);
    OrderRequest r = request(4321, QStringLiteral("Left open"));
    r.deviceName = QStringLiteral("Caja 1");
    r.externalReference = QStringLiteral("PD-crash-1");
    const qint64 localId = m_journal->recordNew(r, QStringLiteral("legacy"));
    QVERIFY(localId > 0);
    QVERIFY(m_journal->recordCreateSent(localId).ok());
    QVERIFY(m_journal->attachOrderId(localId, orderRef(orderId)).ok());
    QTest::qWait(2100);
    createSession();
    QCOMPARE(m_session->resumeUnfinished(), 1);
    QCOMPARE(m_session->saleId(), localId);
    // The elapsed clock starts where the sale started, not when this run found it.
    QCOMPARE(m_session->sentAt(), m_journal->entry(localId)->createdAt);
    QVERIFY(m_session->sentAt().secsTo(QDateTime::currentDateTimeUtc()) >= 2);
}

void TestCashierSession::serverErrorWhileSendingDoesNotSayUnreachable()
{
    // A 500 on the create while the terminal list loads fine (the bar says Connected): the words speak of Mercado
    // Pago's own problem and that the sale is safe, never of a connection that cannot be made.
    createSession();
    m_session->chargeService()->setRetryBaseDelay(20);
    SimFault down;
    down.kind = SimFault::Kind::ServerError;
    down.httpStatus = 500;
    down.method = QStringLiteral("POST");
    down.count = 1;
    m_sim->injectFault(down);
    QSignalSpy notes(m_session, &CashierSession::note);
    m_session->setSelectedDevice(QStringLiteral("Caja 1"));
    QVERIFY(m_session->charge(request()));
    // The window asks before it sends again (Send again / Don't send): the 500 is said while it checks.
    QTRY_VERIFY(m_session->phase() != Phase::Sending);
    QString said;
    for (const QList<QVariant> &args : notes)
        if (args.at(0).toString().contains(QStringLiteral("(500)")))
            said = args.at(0).toString();
    QVERIFY2(!said.isEmpty(), "the 500 was not said");
    QVERIFY(!said.contains(QStringLiteral("cannot be reached")));
    QVERIFY(said.contains(QStringLiteral("connection is fine")));
    QVERIFY(said.contains(QStringLiteral("The sale is safe")));
    QVERIFY(said.contains(QStringLiteral("Esc")));
    QCOMPARE(m_session->monitor()->connection(), TerminalMonitor::Connection::Online);

    // A real network failure still says so.
    const ApiError offline = ApiError::fromResponse(QNetworkReply::ConnectionRefusedError, 0, {}, {}, QString(), false);
    QVERIFY(CashierSession::sendingTroubleText(offline).contains(QStringLiteral("cannot be reached")));
}

void TestCashierSession::slowSendingSaysMercadoPagoIsSlow()
{
    createSession();
    m_session->setSlowSendingAfter(150);
    SimFault slow;
    slow.kind = SimFault::Kind::Latency;
    slow.method = QStringLiteral("POST");
    slow.latencyMs = 1200;
    m_sim->injectFault(slow);
    QSignalSpy notes(m_session, &CashierSession::note);
    m_session->setSelectedDevice(QStringLiteral("Caja 1"));
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QVERIFY(m_session->charge(request()));
    QVERIFY(m_session->sentAt() >= before);
    const auto saidSlow = [&notes]() {
        for (const QList<QVariant> &args : notes)
            if (args.at(0).toString().startsWith(QStringLiteral("Mercado Pago is slow to answer")))
                return true;
        return false;
    };
    QTRY_VERIFY(saidSlow());
    QCOMPARE(m_session->phase(), Phase::Sending);
    QTRY_COMPARE(m_session->phase(), Phase::Waiting);
    // A quick sale says nothing of the kind.
    notes.clear();
    QVERIFY(m_session->cancel());
    QTRY_COMPARE(m_session->phase(), Phase::Finished);
    QVERIFY(m_session->startNewSale());
    QVERIFY(m_session->charge(request()));
    QTRY_COMPARE(m_session->phase(), Phase::Waiting);
    QTest::qWait(300);
    QVERIFY(!saidSlow());
}

void TestCashierSession::terminalRemovedMidSaleIsSaidInWords()
{
    createSession();
    chargeAndWait(QStringLiteral("Caja 1"));
    QSignalSpy notes(m_session, &CashierSession::note);
    QSignalSpy gone(m_session, &CashierSession::terminalGone);
    QVERIFY(m_sim->removeDevice(QStringLiteral("Caja 1")));
    m_monitor->refresh(true);
    QTRY_COMPARE(m_session->phase(), Phase::Finished);
    QTRY_COMPARE(gone.count(), 1);
    QCOMPARE(gone.at(0).at(0).toString(), QStringLiteral("Caja 1"));
    // The outcome is what the API reported; nothing is chosen for the cashier and nothing can be charged.
    QCOMPARE(m_session->state(), OrderState::Cancelled);
    QVERIFY(!m_session->canCharge());
    QVERIFY(m_session->startNewSale());
    QVERIFY(!m_session->canCharge());
    QVERIFY(!m_session->charge(request()));
    QCOMPARE(m_sim->orders().size(), 1);
    bool said = false;
    for (const QList<QVariant> &args : notes)
        said = said ||
               args.at(0).toString().contains(QStringLiteral("Caja 1 was removed from the Mercado Pago account")) ||
               args.at(0).toString().contains(QStringLiteral("Caja 1 is no longer on this Mercado Pago account"));
    QVERIFY(said);
}

void TestCashierSession::salesOfTheCliAreFollowedWhileRunning()
{
    createSession();
    m_session->setOtherSalesInterval(50);
    QCOMPARE(m_session->resumeUnfinished(), 0);
    chargeAndWait(QStringLiteral("Caja 1"));
    const qint64 shownSale = m_session->saleId();
    QSignalSpy status(m_session, &CashierSession::statusMessage);

    // pointdesk-cli charges on Caja 2 without --wait: its sale is in the shared journal with its order, unfinished.
    const qint64 orderId = createOrderDirectly(QStringLiteral("Caja 2"));
    OrderRequest r = request(990, QStringLiteral("From the CLI"));
    r.deviceName = QStringLiteral("Caja 2");
    r.externalReference = QStringLiteral("PD-cli-1");
    const qint64 cliSale = m_journal->recordNew(r, QStringLiteral("legacy"));
    QVERIFY(m_journal->recordCreateSent(cliSale).ok());
    QVERIFY(m_journal->attachOrderId(cliSale, orderRef(orderId)).ok());
    // A sale still being sent by the CLI (no order yet) is left to it.
    OrderRequest sending = request(500, QStringLiteral("Still sending"));
    sending.deviceName = QStringLiteral("Caja 3");
    sending.externalReference = QStringLiteral("PD-cli-2");
    const qint64 stillSending = m_journal->recordNew(sending, QStringLiteral("legacy"));
    QVERIFY(m_journal->recordCreateSent(stillSending).ok());

    QTRY_VERIFY(m_session->otherSales().contains(cliSale));
    QVERIFY(!m_session->otherSales().contains(stillSending));
    // The window's own panel stays on its own sale.
    QCOMPARE(m_session->saleId(), shownSale);
    QCOMPARE(m_session->phase(), Phase::Waiting);

    QCOMPARE(m_sim->approve(QStringLiteral("Caja 2")), orderId);
    QTRY_VERIFY(m_journal->entry(cliSale)->isFinal());
    QCOMPARE(m_journal->entry(cliSale)->state, OrderState::Approved);
    QVERIFY(m_session->otherSales().isEmpty());
    bool said = false;
    for (const QList<QVariant> &args : status)
        said = said ||
               args.at(0).toString().contains(QStringLiteral("9.90 on Caja 2, charged from the command line, ended: "));
    QVERIFY(said);
    QCOMPARE(m_session->saleId(), shownSale);
    QCOMPARE(m_session->phase(), Phase::Waiting);
    QVERIFY(!m_journal->entry(stillSending)->isFinal());
}

void TestCashierSession::saleAnotherProcessFollowsIsNotPolledTwice()
{
    createSession();
    m_session->setOtherSalesInterval(50);
    QCOMPARE(m_session->resumeUnfinished(), 0);
    QSignalSpy status(m_session, &CashierSession::statusMessage);

    // pointdesk-cli charge --wait on Caja 2: its sale is in the shared journal, and it holds the sale's lock while it
    // follows the order itself.
    const auto cliSale = [this](int cents, const QString &reference, qint64 *orderId) {
        *orderId = createOrderDirectly(QStringLiteral("Caja 2"));
        OrderRequest r = request(cents, QStringLiteral("From the CLI"));
        r.deviceName = QStringLiteral("Caja 2");
        r.externalReference = reference;
        const qint64 localId = m_journal->recordNew(r, QStringLiteral("legacy"));
        m_journal->recordCreateSent(localId);
        m_journal->attachOrderId(localId, orderRef(*orderId));
        return localId;
    };
    qint64 orderId = 0;
    const qint64 waited = cliSale(990, QStringLiteral("PD-cli-wait"), &orderId);
    SaleFollowLock cli(m_journal->path(), waited);
    QVERIFY(cli.tryLock());
    QVERIFY(SaleFollowLock::heldElsewhere(m_journal->path(), waited));
    QTRY_VERIFY(m_session->salesFollowedElsewhere().contains(waited));
    QTest::qWait(200); // several rounds of followOtherSales()
    // Not followed here: no second poller of the same order.
    QVERIFY(!m_session->otherSales().contains(waited));
    QVERIFY(!m_session->chargeService()->sale(waited).has_value());

    // The CLI sees it paid and records it: the window says so from the journal.
    QCOMPARE(m_sim->approve(QStringLiteral("Caja 2")), orderId);
    OrderInfo paid;
    paid.id = orderRef(orderId);
    paid.state = OrderState::Approved;
    paid.status = QStringLiteral("FINISHED");
    QVERIFY(m_journal->recordState(waited, paid).ok());
    cli.unlock();
    QTRY_VERIFY(!m_session->salesFollowedElsewhere().contains(waited));
    bool said = false;
    for (const QList<QVariant> &args : status)
        said = said || args.at(0).toString().contains(QStringLiteral("charged from the command line, ended: "));
    QVERIFY(said);
    QVERIFY(!m_session->chargeService()->sale(waited).has_value());

    // A CLI that went away before the end (its lock released, the sale unfinished): the window takes it up.
    const qint64 left = cliSale(500, QStringLiteral("PD-cli-left"), &orderId);
    SaleFollowLock gone(m_journal->path(), left);
    QVERIFY(gone.tryLock());
    QTRY_VERIFY(m_session->salesFollowedElsewhere().contains(left));
    gone.unlock();
    QVERIFY(!SaleFollowLock::heldElsewhere(m_journal->path(), left));
    QTRY_VERIFY(m_session->otherSales().contains(left));
    QCOMPARE(m_sim->approve(QStringLiteral("Caja 2")), orderId);
    QTRY_VERIFY(m_journal->entry(left)->isFinal());
}

QTEST_GUILESS_MAIN(TestCashierSession)
#include "tst_cashiersession.moc"
