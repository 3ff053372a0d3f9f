#include "CashierRig.h"

#include "BenchSupport.h"
#include "ui/MainWindow.h"
#include "ui/OrderStatusPanel.h"
#include "api/LegacyPointBackend.h"
#include "store/Settings.h"

#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <climits>

CashierRig::CashierRig() = default;

CashierRig::~CashierRig()
{
    // The window uses the client and the journal; the client talks to the simulator.
    delete m_window;
    delete m_client;
    m_journal.close();
}

bool CashierRig::setUp(int journalOrders, int latencyMs, QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    if (!m_simulator.listen()) {
        *error = QStringLiteral("the simulator cannot listen on 127.0.0.1");
        return false;
    }
    const JournalResult opened = m_journal.open(m_dir.filePath(QStringLiteral("journal.sqlite")));
    if (!opened.ok()) {
        *error = QStringLiteral("journal: ") + opened.detail();
        return false;
    }
    if (journalOrders > 0) {
        const double started = Bench::nowMs();
        if (!Bench::fillJournal(&m_journal, journalOrders, 300, error))
            return false;
        Bench::note(QStringLiteral("journal filled with %1 sales in %2 ms")
                        .arg(journalOrders)
                        .arg(Bench::nowMs() - started, 0, 'f', 0));
    }
    if (latencyMs > 0) {
        SimFault slow;
        slow.kind = SimFault::Kind::Latency;
        slow.count = INT_MAX;
        slow.latencyMs = latencyMs;
        m_simulator.injectFault(slow);
    }
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("pointdesk.ini")));
    m_client = new LegacyPointBackend;
    m_client->setBaseUrl(m_simulator.apiUrl());
    m_client->setAccessToken(m_simulator.accessToken());
    m_window = new MainWindow(m_client, &m_journal, m_settings.get());
    m_window->show();
    QApplication::setActiveWindow(m_window);
    auto *devices = m_window->findChild<QListWidget *>(QStringLiteral("deviceList"));
    if (!devices || !Bench::waitUntil([devices]() { return devices->count() == 3; }, 10000 + 3 * latencyMs)) {
        *error = QStringLiteral("the window did not list the terminals");
        return false;
    }
    return true;
}

bool CashierRig::canCharge() const
{
    auto *button = m_window->findChild<QPushButton *>(QStringLiteral("chargeButton"));
    return button && button->isEnabled();
}

bool CashierRig::charge(const QString &amount, const QString &description, QString *error)
{
    auto *amountEdit = m_window->findChild<QLineEdit *>(QStringLiteral("amountEdit"));
    auto *descriptionEdit = m_window->findChild<QLineEdit *>(QStringLiteral("descriptionEdit"));
    auto *button = m_window->findChild<QPushButton *>(QStringLiteral("chargeButton"));
    if (!amountEdit || !descriptionEdit || !button) {
        *error = QStringLiteral("the charge form is not there");
        return false;
    }
    amountEdit->setText(amount);
    descriptionEdit->setText(description);
    if (!Bench::waitUntil([this]() { return canCharge(); }, 5000)) {
        auto *hint = m_window->findChild<QWidget *>(QStringLiteral("chargeHint"));
        *error = QStringLiteral("Charge stays disabled: ") + (hint ? hint->property("text").toString() : QString());
        return false;
    }
    button->click();
    return true;
}

void CashierRig::newSale()
{
    m_window->newSale();
}

OrderStatusPanel *CashierRig::panel() const
{
    return m_window->findChild<OrderStatusPanel *>(QStringLiteral("orderStatusPanel"));
}

QString CashierRig::panelMode() const
{
    const OrderStatusPanel *p = panel();
    return p ? p->property("mode").toString() : QString();
}

QString CashierRig::deviceName() const
{
    return PointSimulator::defaultDeviceNames().constFirst();
}
