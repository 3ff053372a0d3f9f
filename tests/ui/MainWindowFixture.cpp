#include "MainWindowFixture.h"

void MainWindowFixture::initTestCase()
{
    // Amounts are typed as an en_US cashier would; tst_chargeform covers other locales.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void MainWindowFixture::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_sim = new PointSimulator;
    QVERIFY(m_sim->listen());
    m_requests.clear();
    connect(m_sim, &PointSimulator::requestHandled, this, [this](const QString &method, const QString &path, int) {
        m_requests.append({method, path});
    });
    m_client = new LegacyPointBackend;
    QVERIFY(m_client->setBaseUrl(m_sim->apiUrl()));
    m_client->setAccessToken(m_sim->accessToken());
    m_client->setTimeout(3000);
    m_settings = new Settings(m_dir->filePath(QStringLiteral("pointdesk.ini")));
    m_journal = new OrderJournal;
    QVERIFY(m_journal->open(m_dir->filePath(QStringLiteral("journal.sqlite"))).ok());
    m_settings->setPollIntervalMs(50);
}

void MainWindowFixture::createWindow()
{
    m_window = new MainWindow(m_client, m_journal, m_settings);
    m_window->setRetryBackoff(50, 400);
    m_window->setDeviceRefreshInterval(60000); // tests refresh on purpose (F5), not by the clock
    m_window->show();
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTRY_COMPARE(child<QListWidget>(QStringLiteral("deviceList"))->count(), 3);
}

void MainWindowFixture::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_client;
    delete m_sim;
    delete m_settings;
    delete m_journal;
    m_journal = nullptr;
    delete m_dir;
}

void MainWindowFixture::confirmFree()
{
    auto *free = child<QPushButton>(QStringLiteral("freeTerminalButton"));
    QTRY_VERIFY(free->isVisible());
    QTest::mouseClick(free, Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("confirmFreeBox"))) != nullptr);
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmFreeButton")), Qt::LeftButton);
}

QString MainWindowFixture::panelMode() const
{
    return m_window->findChild<OrderStatusPanel *>(QStringLiteral("orderStatusPanel"))->property("mode").toString();
}

void MainWindowFixture::fillForm(const QString &amount, const QString &description)
{
    auto *amountEdit = child<QLineEdit>(QStringLiteral("amountEdit"));
    auto *descriptionEdit = child<QLineEdit>(QStringLiteral("descriptionEdit"));
    amountEdit->clear();
    descriptionEdit->clear();
    UiTest::type(amountEdit, amount);
    UiTest::type(descriptionEdit, description);
}

void MainWindowFixture::chargeAndWaitForTerminal(const QString &amount, const QString &description)
{
    fillForm(amount, description);
    auto *charge = child<QPushButton>(QStringLiteral("chargeButton"));
    QVERIFY(charge->isEnabled());
    QTest::mouseClick(charge, Qt::LeftButton);
    QTRY_COMPARE(panelMode(), QStringLiteral("waiting"));
    QVERIFY(m_window->hasOpenOrder());
    QVERIFY(simId(m_window->currentOrderId()) > 0);
}

qint64 MainWindowFixture::createOrderDirectly(const QString &device)
{
    return createOrderFromAnotherTill(*m_sim, device);
}

bool MainWindowFixture::sawRequest(const QString &method, const QString &path) const
{
    return m_requests.contains({method, path});
}

