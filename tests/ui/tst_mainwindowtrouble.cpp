// The cashier window when things go wrong: lost answers, sales left open by an earlier run, a journal that cannot
// be written, a refused token, a lost connection, a cancel that fails, and quitting with an order open
// (MainWindowFixture).
#include "MainWindowFixture.h"

class TestMainWindowTrouble : public MainWindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void saysStartingUntilTheJournalOpens();
    void droppedCreateIsFoundOnTheTerminal();
    void droppedBeforeStoredAsksToSendAgain();
    void droppedBeforeStoredDontSend();
    void resumesOpenSaleAtStart();
    void resumedSaleClockCountsFromWhenItWasSent();
    void journalProblemKeepsChargingOff();
    void tokenRefusedWhileWaiting();
    void unauthorizedShowsBannerAndEmitsTokenRejected();
    void unauthorizedChargeShowsBanner();
    void offlineDeviceListRetriesAndRecovers();
    void offlineWhileWaitingStillReachesFinalState();
    void failedCancelLeavesAWayOn();
    void quitWithOpenOrderAsksKeepWaitingThenCancel();
    void quitWithOpenOrderQuitAnyway();
    void quitWithoutOpenOrderDoesNotAsk();
};

void TestMainWindowTrouble::saysStartingUntilTheJournalOpens()
{
    // The journal opens right after the first frame: that frame says PointDesk is starting, not that charging is
    // off (a warning at every start).
    delete m_journal;
    m_journal = new OrderJournal;
    m_journal->openLater(m_dir->filePath(QStringLiteral("later.sqlite")));
    m_window = new MainWindow(m_client, m_journal, m_settings);
    auto *title = child<QLabel>(QStringLiteral("statusTitle"));
    QCOMPARE(title->text(), QStringLiteral("Starting\u2026"));
    QCOMPARE(child<QLabel>(QStringLiteral("statusHint"))->text(), QStringLiteral("Loading the terminals\u2026"));
    QVERIFY(!child<QPushButton>(QStringLiteral("chargeButton"))->isEnabled());

    m_window->show();
    QTRY_VERIFY(m_journal->isOpen());
    QTRY_COMPARE(title->text(), QStringLiteral("Ready"));
}

void TestMainWindowTrouble::droppedCreateIsFoundOnTheTerminal()
{
    createWindow();
    // The order is stored, then the connection drops before the answer: PointDesk must not send it again, and
    // must find it on the terminal instead (the double charge a lost reply used to cause).
    SimFault drop;
    drop.kind = SimFault::Kind::Drop;
    drop.method = QStringLiteral("POST");
    drop.afterStore = true;
    m_sim->injectFault(drop);
    fillForm(QStringLiteral("20"), QStringLiteral("Maybe sent"));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("chargeButton")), Qt::LeftButton);
    QTRY_COMPARE(panelMode(), QStringLiteral("waiting"));
    QCOMPARE(m_sim->orders().size(), 1);
    const qint64 stored = m_sim->orders().constFirst().id;
    QCOMPARE(m_window->currentOrderId(), orderRef(stored));
    QVERIFY(!child<QPushButton>(QStringLiteral("chargeButton"))->isEnabled());
    // Charge cannot be pressed again while the sale is open; pressing Enter does nothing either.
    m_window->charge();
    QCOMPARE(m_sim->orders().size(), 1);
    QVERIFY(m_sim->approve(QStringLiteral("Caja 1")) == stored);
    QTRY_COMPARE(panelMode(), QStringLiteral("approved"));
    QCOMPARE(m_sim->orders().size(), 1);
    const std::optional<JournalEntry> entry = m_journal->entry(m_window->currentSaleId());
    QVERIFY(entry);
    QCOMPARE(entry->orderId, orderRef(stored));
    QCOMPARE(entry->state, OrderState::Approved);
    QCOMPARE(entry->paymentId, paymentRef(m_sim->order(stored)->paymentId));
}

void TestMainWindowTrouble::droppedBeforeStoredAsksToSendAgain()
{
    createWindow();
    // Dropped before the order was stored: the terminal is free right after, so the order is certainly not there.
    // The cashier decides to send it again (never PointDesk by itself).
    SimFault drop;
    drop.kind = SimFault::Kind::Drop;
    drop.method = QStringLiteral("POST");
    drop.afterStore = false;
    m_sim->injectFault(drop);
    fillForm(QStringLiteral("21"), QStringLiteral("Lost on the way"));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("chargeButton")), Qt::LeftButton);
    QTRY_COMPARE(panelMode(), QStringLiteral("deciding"));
    QCOMPARE(child<QLabel>(QStringLiteral("statusTitle"))->text(), QStringLiteral("Not sent"));
    QVERIFY(m_sim->orders().isEmpty());
    QVERIFY(m_window->hasOpenOrder());
    QVERIFY(!child<QPushButton>(QStringLiteral("chargeButton"))->isEnabled());
    auto *sendAgain = child<QPushButton>(QStringLiteral("sendAgainButton"));
    QVERIFY(sendAgain->isVisible());
    QVERIFY(sendAgain->hasFocus());
    // Esc does not end a sale waiting for a decision.
    QTest::keyClick(m_window, Qt::Key_Escape);
    QCOMPARE(panelMode(), QStringLiteral("deciding"));
    QTest::mouseClick(sendAgain, Qt::LeftButton);
    QTRY_COMPARE(panelMode(), QStringLiteral("waiting"));
    QCOMPARE(m_sim->orders().size(), 1);
    QVERIFY(m_sim->approve(QStringLiteral("Caja 1")) > 0);
    QTRY_COMPARE(panelMode(), QStringLiteral("approved"));
    QCOMPARE(m_journal->entry(m_window->currentSaleId())->createAttempts, 2);
}

void TestMainWindowTrouble::droppedBeforeStoredDontSend()
{
    createWindow();
    SimFault drop;
    drop.kind = SimFault::Kind::Drop;
    drop.method = QStringLiteral("POST");
    m_sim->injectFault(drop);
    fillForm(QStringLiteral("22"), QStringLiteral("Never mind"));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("chargeButton")), Qt::LeftButton);
    QTRY_COMPARE(panelMode(), QStringLiteral("deciding"));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("notChargedButton")), Qt::LeftButton);
    QTRY_COMPARE(panelMode(), QStringLiteral("failed"));
    QVERIFY(!m_window->hasOpenOrder());
    QVERIFY(m_sim->orders().isEmpty());
    QCOMPARE(m_journal->entry(m_window->currentSaleId())->state, OrderState::Failed);
    // The form is ready to charge again.
    QTRY_VERIFY(child<QPushButton>(QStringLiteral("chargeButton"))->isEnabled());
}

void TestMainWindowTrouble::resumesOpenSaleAtStart()
{
    // A sale recorded by an earlier run whose order is open on the terminal: the new window follows it.
    const qint64 orderId = createOrderDirectly(QStringLiteral("Caja 2"));
    OrderRequest request;
    request.amount = Money::fromCents(4321);
    request.description = QStringLiteral("Left open");
    request.deviceName = QStringLiteral("Caja 2");
    request.externalReference = QStringLiteral("PD-crash-1");
    const qint64 localId = m_journal->recordNew(request, QStringLiteral("legacy"));
    QVERIFY(localId > 0);
    QVERIFY(m_journal->recordCreateSent(localId).ok());
    QVERIFY(m_journal->attachOrderId(localId, orderRef(orderId)).ok());
    createWindow();
    QTRY_COMPARE(m_window->currentSaleId(), localId);
    QTRY_COMPARE(panelMode(), QStringLiteral("waiting"));
    QCOMPARE(m_window->currentOrderId(), orderRef(orderId));
    QVERIFY(m_window->hasOpenOrder());
    QVERIFY(m_sim->approve(QStringLiteral("Caja 2")) == orderId);
    QTRY_COMPARE(panelMode(), QStringLiteral("approved"));
    QCOMPARE(m_journal->entry(localId)->paymentId, paymentRef(m_sim->order(orderId)->paymentId));
    QCOMPARE(m_sim->orders().size(), 1);
}

void TestMainWindowTrouble::resumedSaleClockCountsFromWhenItWasSent()
{
    const qint64 orderId = createOrderDirectly(QStringLiteral("Caja 2"));
    OrderRequest request;
    request.amount = Money::fromCents(4321);
    request.description = QStringLiteral("Left open");
    request.deviceName = QStringLiteral("Caja 2");
    request.externalReference = QStringLiteral("PD-crash-2");
    const qint64 localId = m_journal->recordNew(request, QStringLiteral("legacy"));
    QVERIFY(m_journal->recordCreateSent(localId).ok());
    QVERIFY(m_journal->attachOrderId(localId, orderRef(orderId)).ok());
    QTest::qWait(3100);
    createWindow();
    QTRY_COMPARE(panelMode(), QStringLiteral("waiting"));
    // Not "00:00" from when this window found it: the time since the sale was sent.
    const QString elapsed = m_window->findChild<OrderStatusPanel *>(QStringLiteral("orderStatusPanel"))->elapsedText();
    const QStringList parts = elapsed.split(QLatin1Char(':'));
    QCOMPARE(parts.size(), 2);
    QVERIFY2(parts.at(0).toInt() * 60 + parts.at(1).toInt() >= 3, qPrintable(elapsed));
}

void TestMainWindowTrouble::journalProblemKeepsChargingOff()
{
    // A journal that could not be opened: nothing can be charged, the banner says why and how to fix it.
    const QString path = m_dir->filePath(QStringLiteral("broken.sqlite"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
    }
    delete m_journal;
    m_journal = new OrderJournal;
    const JournalResult opened = m_journal->open(path);
    QCOMPARE(opened.kind(), JournalResult::Kind::Corrupt);
    createWindow();
    QVERIFY(m_window->isJournalProblemShown());
    auto *banner = child<QFrame>(QStringLiteral("journalBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY(!child<QLabel>(QStringLiteral("journalBannerText"))->text().isEmpty());
    fillForm(QStringLiteral("10"), QStringLiteral("No record"));
    QVERIFY(!child<QPushButton>(QStringLiteral("chargeButton"))->isEnabled());
    m_window->charge();
    QVERIFY(m_sim->orders().isEmpty());
    // Start a new record: the damaged file is kept aside, charging comes back.
    auto *startNew = child<QPushButton>(QStringLiteral("journalBannerNewButton"));
    QVERIFY(startNew->isVisible());
    QTest::mouseClick(startNew, Qt::LeftButton);
    auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("confirmNewJournalBox"));
    QVERIFY(box);
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmNewJournalButton")), Qt::LeftButton);
    QTRY_VERIFY(!m_window->isJournalProblemShown());
    QVERIFY(QFileInfo::exists(m_journal->movedAsidePath()));
    QTRY_VERIFY(child<QPushButton>(QStringLiteral("chargeButton"))->isEnabled());
}

void TestMainWindowTrouble::tokenRefusedWhileWaiting()
{
    createWindow();
    chargeAndWaitForTerminal();
    QSignalSpy rejected(m_window, &MainWindow::tokenRejected);
    const QString token = m_sim->accessToken();
    m_sim->setAccessToken(QStringLiteral("TEST-revoked"));
    QTRY_COMPARE(panelMode(), QStringLiteral("unknown"));
    QCOMPARE(child<QLabel>(QStringLiteral("statusTitle"))->text(), QStringLiteral("Result unknown"));
    QCOMPARE(child<QLabel>(QStringLiteral("statusHint"))->text(),
             QStringLiteral("Look at the terminal for the result before charging again."));
    QCOMPARE(rejected.count(), 1);
    QVERIFY(shown(QStringLiteral("tokenBanner")));
    // The sale stays open in the journal: nothing is known about it yet.
    QVERIFY(m_window->hasOpenOrder());
    QVERIFY(!m_journal->entry(m_window->currentSaleId())->isFinal());
    // The token works again (Try again): PointDesk follows the order on to its end.
    m_sim->setAccessToken(token);
    QVERIFY(m_sim->approve(QStringLiteral("Caja 1")) > 0);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("tokenBannerRetryButton")), Qt::LeftButton);
    QTRY_COMPARE(panelMode(), QStringLiteral("approved"));
    QVERIFY(!child<QWidget>(QStringLiteral("tokenBanner"))->isVisible());
    QCOMPARE(m_journal->entry(m_window->currentSaleId())->state, OrderState::Approved);
}

void TestMainWindowTrouble::unauthorizedShowsBannerAndEmitsTokenRejected()
{
    createWindow();
    QSignalSpy rejected(m_window, &MainWindow::tokenRejected);
    QVERIFY(!shown(QStringLiteral("tokenBanner")));

    m_sim->setAccessToken(QStringLiteral("TEST-someone-else"));
    QTest::keyClick(m_window, Qt::Key_F5);
    QTRY_VERIFY(shown(QStringLiteral("tokenBanner")));
    auto *banner = child<QWidget>(QStringLiteral("tokenBanner"));
    QCOMPARE(rejected.count(), 1);
    QVERIFY(m_window->isTokenRejectedShown());
    QVERIFY(child<QLabel>(QStringLiteral("tokenBannerText"))->text().contains(QStringLiteral("access token")));
    QCOMPARE(child<QLabel>(QStringLiteral("pickerStatus"))->text(),
             QStringLiteral("Mercado Pago did not accept the access token. Ask the manager to set up the account "
                            "again."));
    fillForm(QStringLiteral("5"), QStringLiteral("Cup"));
    QVERIFY(!child<QPushButton>(QStringLiteral("chargeButton"))->isEnabled());
    QCOMPARE(child<QLabel>(QStringLiteral("chargeHint"))->text(),
             QStringLiteral("Mercado Pago refused the access token: see the message at the top."));
    // A refused token is not retried by the clock, and a second 401 does not ask twice.
    QTest::keyClick(m_window, Qt::Key_F5);
    QTest::qWait(200);
    QCOMPARE(rejected.count(), 1);

    // Once the token works again, Try again clears the banner.
    m_sim->setAccessToken(QStringLiteral("TEST-fixed"));
    m_client->setAccessToken(QStringLiteral("TEST-fixed"));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("tokenBannerRetryButton")), Qt::LeftButton);
    QTRY_VERIFY(!banner->isVisible());
    QTRY_VERIFY(child<QPushButton>(QStringLiteral("chargeButton"))->isEnabled());
}

void TestMainWindowTrouble::unauthorizedChargeShowsBanner()
{
    createWindow();
    QSignalSpy rejected(m_window, &MainWindow::tokenRejected);
    m_sim->setAccessToken(QStringLiteral("TEST-rotated"));
    fillForm(QStringLiteral("5"), QStringLiteral("Cup"));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("chargeButton")), Qt::LeftButton);
    QTRY_COMPARE(panelMode(), QStringLiteral("failed"));
    QCOMPARE(child<QLabel>(QStringLiteral("statusTitle"))->text(), QStringLiteral("Not sent"));
    QCOMPARE(rejected.count(), 1);
    QVERIFY(shown(QStringLiteral("tokenBanner")));
    QCOMPARE(m_sim->orders().size(), 0);
}

void TestMainWindowTrouble::failedCancelLeavesAWayOn()
{
    createWindow();
    chargeAndWaitForTerminal();
    SimFault down;
    down.kind = SimFault::Kind::ServerError;
    down.httpStatus = 503;
    down.method = QStringLiteral("DELETE");
    down.count = 100;
    m_sim->injectFault(down);
    QTest::keyClick(m_window, Qt::Key_Escape);
    QTRY_COMPARE(panelMode(), QStringLiteral("cancelling"));
    // Never a panel that waits without a button: Check now, with the keyboard on it.
    auto *checkNow = child<QPushButton>(QStringLiteral("checkNowButton"));
    QVERIFY(checkNow->isVisible());
    QCOMPARE(QApplication::focusWidget(), checkNow);
    QTest::keyClick(checkNow, Qt::Key_Return);
    // Esc is not dead meanwhile: it reads the order again too.
    QVERIFY(child<QLabel>(QStringLiteral("statusMessage"))->text().startsWith(QStringLiteral("Asking Mercado Pago")));
    child<QLabel>(QStringLiteral("statusMessage"))->clear();
    QCOMPARE(panelMode(), QStringLiteral("cancelling"));
    QTest::keyClick(m_window, Qt::Key_Escape);
    QVERIFY(child<QLabel>(QStringLiteral("statusMessage"))->text().startsWith(QStringLiteral("Asking Mercado Pago")));
    // The cancel is retried, then given up: waiting again, with Cancel order and the reason.
    QTRY_COMPARE_WITH_TIMEOUT(panelMode(), QStringLiteral("waiting"), 15000);
    QVERIFY(child<QPushButton>(QStringLiteral("cancelOrderButton"))->isVisible());
    QVERIFY(!checkNow->isVisible());
    QVERIFY(
        child<QLabel>(QStringLiteral("statusNote"))->text().startsWith(QStringLiteral("Could not cancel the order")));
    m_sim->clearFaults();
    QTest::keyClick(m_window, Qt::Key_Escape);
    QTRY_COMPARE(panelMode(), QStringLiteral("cancelled"));
}

void TestMainWindowTrouble::offlineDeviceListRetriesAndRecovers()
{
    createWindow();
    QSignalSpy connection(m_window, &MainWindow::connectionStateChanged);
    SimFault drop;
    drop.kind = SimFault::Kind::Drop;
    drop.method = QStringLiteral("GET");
    drop.pathPrefix = kOrdersPath + QStringLiteral("/devices");
    drop.count = 4;
    m_sim->injectFault(drop);
    const int before = m_sim->requestCount();

    QTest::keyClick(m_window, Qt::Key_F5);
    QTRY_VERIFY(connection.count() >= 1);
    QCOMPARE(connection.at(0).at(0).toBool(), true);
    auto *indicator = child<QLabel>(QStringLiteral("connectionIndicator"));
    QVERIFY(indicator->isVisible());
    QVERIFY2(indicator->text().startsWith(QStringLiteral("\u25CF Offline \u2014 retrying in ")),
             qPrintable(indicator->text()));
    QVERIFY(child<QLabel>(QStringLiteral("connectionMessage"))->isVisible());
    QVERIFY(child<QLabel>(QStringLiteral("connectionMessage"))
                ->text()
                .startsWith(QStringLiteral("Cannot reach Mercado Pago.")));
    QCOMPARE(child<QLabel>(QStringLiteral("pickerStatus"))->property("problem").toBool(), true);
    // Recovers by itself: retries with backoff until the list comes back.
    QTRY_COMPARE_WITH_TIMEOUT(connection.count(), 2, 10000);
    QCOMPARE(connection.at(1).at(0).toBool(), false);
    QVERIFY(!m_window->isOffline());
    QCOMPARE(m_sim->pendingFaultCount(), 0);
    QVERIFY(m_sim->requestCount() - before >= 2);
    QCOMPARE(indicator->text(), QStringLiteral("\u25CF Connected"));
    QVERIFY(indicator->isVisible());
    QVERIFY(!child<QLabel>(QStringLiteral("connectionMessage"))->isVisible());
}

void TestMainWindowTrouble::offlineWhileWaitingStillReachesFinalState()
{
    createWindow();
    chargeAndWaitForTerminal();
    const qint64 id = simId(m_window->currentOrderId());
    QSignalSpy connection(m_window, &MainWindow::connectionStateChanged);
    SimFault error;
    error.kind = SimFault::Kind::ServerError;
    error.httpStatus = 503;
    error.method = QStringLiteral("GET");
    error.pathPrefix = kOrdersPath + QLatin1Char('/') + QString::number(id);
    error.count = 3;
    SimFault drop = error;
    drop.kind = SimFault::Kind::Drop;
    m_sim->injectFault(error);
    m_sim->injectFault(drop);
    QVERIFY(m_sim->approve(QStringLiteral("Caja 1")) == id); // paid while PointDesk cannot see it

    QTRY_VERIFY(connection.count() >= 1);
    QCOMPARE(connection.at(0).at(0).toBool(), true);
    auto *indicator = child<QLabel>(QStringLiteral("connectionIndicator"));
    QVERIFY(indicator->isVisible());
    QVERIFY(indicator->text().contains(QStringLiteral("retrying")));
    QVERIFY(!child<QLabel>(QStringLiteral("statusNote"))->text().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(panelMode(), QStringLiteral("approved"), 15000);
    QTRY_VERIFY(!m_window->isOffline());
    QCOMPARE(connection.last().at(0).toBool(), false);
    QCOMPARE(indicator->text(), QStringLiteral("\u25CF Connected"));
    QCOMPARE(child<QLabel>(QStringLiteral("statusTitle"))->text(), QStringLiteral("Paid"));
}

void TestMainWindowTrouble::quitWithOpenOrderAsksKeepWaitingThenCancel()
{
    createWindow();
    chargeAndWaitForTerminal();
    const qint64 id = simId(m_window->currentOrderId());

    QVERIFY(!m_window->close());
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("quitWithOpenOrderBox"))) && box->isVisible());
    QVERIFY(box->text().contains(QStringLiteral("Caja 1")));
    QVERIFY(m_window->isVisible());
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("keepWaitingButton")), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("quitWithOpenOrderBox")));
    QVERIFY(m_window->isVisible());
    QVERIFY(m_window->hasOpenOrder());
    QCOMPARE(m_sim->order(id)->status, SimOrder::Status::Open);

    QVERIFY(!m_window->close());
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("quitWithOpenOrderBox"))) && box->isVisible());
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("cancelAndQuitButton")), Qt::LeftButton);
    QTRY_COMPARE(m_sim->order(id)->status, SimOrder::Status::Deleted);
    QTRY_VERIFY(!m_window->isVisible());
    QVERIFY(sawRequest(QStringLiteral("DELETE"), kOrdersPath + QLatin1Char('/') + QString::number(id)));
}

void TestMainWindowTrouble::quitWithOpenOrderQuitAnyway()
{
    createWindow();
    chargeAndWaitForTerminal();
    const qint64 id = simId(m_window->currentOrderId());
    QVERIFY(!m_window->close());
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("quitWithOpenOrderBox"))) && box->isVisible());
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("quitAnywayButton")), Qt::LeftButton);
    QTRY_VERIFY(!m_window->isVisible());
    QCOMPARE(m_sim->order(id)->status, SimOrder::Status::Open);
}

void TestMainWindowTrouble::quitWithoutOpenOrderDoesNotAsk()
{
    createWindow();
    QVERIFY(m_window->close());
    QVERIFY(!m_window->findChild<QMessageBox *>());
    QVERIFY(!m_settings->windowGeometry().isEmpty());
}

QTEST_MAIN(TestMainWindowTrouble)
#include "tst_mainwindowtrouble.moc"
