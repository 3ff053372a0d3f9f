// Demo mode on the Orders API: the virtual terminal plays the customer and the terminal on the in-process
// OrdersSimulator. Orders are created over real HTTP as a client would; the customer approves with a card brand and
// installments, declines with a reason, cancels on the terminal, forces action_required, lets the order expire. A
// STANDALONE terminal says that it takes no orders.
#include "app/OrdersTerminalSide.h"
#include "app/VirtualTerminal.h"
#include "sim/OrdersSimulator.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>
#include <QUuid>
#include <memory>

namespace {

const QString kPdv = QStringLiteral("NEWLAND_N950__SBX0000001");
const QString kStandalone = QStringLiteral("NEWLAND_N950__N950NCB801293324");

} // namespace

class TestVirtualTerminalOrders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void showsEveryTerminalAndTheStandaloneOne();
    void showsTheWaitingOrder();
    void approveWithBrandAndInstallments();
    void debitIsPaidAtOnce();
    void declineWithAReason();
    void customerCancelsOnTheTerminal();
    void needsActionAndExpiry_data();
    void needsActionAndExpiry();

private:
    /// POST /v1/orders as a client sends it; the new order's id.
    QString createOrder(const QString &terminal, const QString &amount, const QString &description);
    QWidget *card(const QString &terminal) const;
    template <typename T> T *inCard(const QString &terminal, const QString &name) const
    {
        QWidget *c = card(terminal);
        T *widget = c ? c->findChild<T *>(name) : nullptr;
        if (!widget)
            qFatal("no %s on the card of %s", qPrintable(name), qPrintable(terminal));
        return widget;
    }

    std::unique_ptr<OrdersSimulator> m_sim;
    std::unique_ptr<VirtualTerminal> m_terminal;
    QNetworkAccessManager *m_nam = nullptr;
};

void TestVirtualTerminalOrders::init()
{
    m_sim = std::make_unique<OrdersSimulator>();
    OrdersSimulator::Settings settings = m_sim->settings();
    settings.takeDelayMs = -1; // the terminal takes an order only when a test says so
    m_sim->setSettings(settings);
    QVERIFY(m_sim->listen());
    m_terminal = std::make_unique<VirtualTerminal>(m_sim.get());
    m_terminal->show();
    m_nam = new QNetworkAccessManager(this);
}

void TestVirtualTerminalOrders::cleanup()
{
    m_terminal.reset();
    m_sim.reset();
    delete m_nam;
    m_nam = nullptr;
}

QString TestVirtualTerminalOrders::createOrder(const QString &terminal, const QString &amount,
                                               const QString &description)
{
    QJsonObject body{
        {QStringLiteral("type"), QStringLiteral("point")},
        {QStringLiteral("external_reference"), QUuid::createUuid().toString(QUuid::WithoutBraces).left(20)},
        {QStringLiteral("description"), description},
        {QStringLiteral("transactions"),
         QJsonObject{{QStringLiteral("payments"), QJsonArray{QJsonObject{{QStringLiteral("amount"), amount}}}}}},
        {QStringLiteral("config"),
         QJsonObject{{QStringLiteral("point"), QJsonObject{{QStringLiteral("terminal_id"), terminal}}}}}};
    QNetworkRequest request(QUrl(m_sim->apiUrl().toString() + QStringLiteral("/v1/orders")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + m_sim->accessToken().toUtf8());
    request.setRawHeader("X-Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    QNetworkReply *reply = m_nam->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(10000))
        return {};
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    reply->deleteLater();
    if (status != 201)
        qWarning("create answered %d: %s", status, answer.constData());
    return status == 201 ? QJsonDocument::fromJson(answer).object().value(QStringLiteral("id")).toString() : QString();
}

QWidget *TestVirtualTerminalOrders::card(const QString &terminal) const
{
    return m_terminal->cardFor(terminal);
}

void TestVirtualTerminalOrders::showsEveryTerminalAndTheStandaloneOne()
{
    const auto *picker = m_terminal->findChild<QComboBox *>(QStringLiteral("terminalPicker"));
    QCOMPARE(picker->count(), int(m_sim->terminals().size()));
    QCOMPARE(picker->count(), 3);
    for (const OrdersSimTerminal &terminal : m_sim->terminals()) {
        QVERIFY(card(terminal.id));
        QVERIFY(!card(terminal.id)->property("hasOrder").toBool());
        QVERIFY(!inCard<QPushButton>(terminal.id, QStringLiteral("approveButton"))->isEnabled());
    }
    const QString standalone = inCard<QLabel>(kStandalone, QStringLiteral("terminalScreen"))->text();
    QVERIFY2(standalone.contains(QLatin1String("STANDALONE")), qPrintable(standalone));
    const QString pdv = inCard<QLabel>(kPdv, QStringLiteral("terminalScreen"))->text();
    QVERIFY2(pdv.contains(QLatin1String("Ready")), qPrintable(pdv));
    QVERIFY(m_terminal->showTerminal(kStandalone));
    QVERIFY(picker->currentText().contains(QLatin1String("standalone")));
}

void TestVirtualTerminalOrders::showsTheWaitingOrder()
{
    const QString id = createOrder(kPdv, QStringLiteral("24.50"), QStringLiteral("Medialunas"));
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY(card(kPdv)->property("hasOrder").toBool());
    QCOMPARE(m_terminal->currentTerminal(), kPdv); // the new order comes forward
    auto *screen = inCard<QLabel>(kPdv, QStringLiteral("terminalScreen"));
    QVERIFY2(screen->text().contains(QLatin1String("Medialunas")), qPrintable(screen->text()));
    QVERIFY2(screen->text().contains(QLatin1String("24")), qPrintable(screen->text()));
    QVERIFY2(screen->text().contains(QLatin1String("Sent")), qPrintable(screen->text()));
    QVERIFY(inCard<QPushButton>(kPdv, QStringLiteral("approveButton"))->isEnabled());
    // The terminal takes it: the screen says so.
    QVERIFY(m_sim->take(id));
    QTRY_VERIFY(screen->text().contains(QLatin1String("at_terminal")));
}

void TestVirtualTerminalOrders::approveWithBrandAndInstallments()
{
    const QString id = createOrder(kPdv, QStringLiteral("120.00"), QStringLiteral("Zapatillas"));
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY(card(kPdv)->property("hasOrder").toBool());
    auto *brand = inCard<QComboBox>(kPdv, QStringLiteral("cardBrandCombo"));
    brand->setCurrentIndex(brand->findData(QStringLiteral("master")));
    auto *installments = inCard<QSpinBox>(kPdv, QStringLiteral("installmentsSpin"));
    QVERIFY(installments->isEnabled());
    installments->setValue(3);
    QTest::mouseClick(inCard<QPushButton>(kPdv, QStringLiteral("approveButton")), Qt::LeftButton);

    const std::optional<OrdersSimOrder> order = m_sim->order(id);
    QVERIFY(order);
    QCOMPARE(order->status, QStringLiteral("processed"));
    QCOMPARE(order->payment.methodId, QStringLiteral("master"));
    QCOMPARE(order->payment.methodType, QStringLiteral("credit_card"));
    QCOMPARE(order->payment.installments, 3);
    QTRY_VERIFY(!card(kPdv)->property("hasOrder").toBool());
    const QString last = inCard<QLabel>(kPdv, QStringLiteral("terminalLastEvent"))->property("fullText").toString();
    QVERIFY2(last.contains(QLatin1String("3 installments")), qPrintable(last));
    QVERIFY2(last.contains(QLatin1String("Mastercard")), qPrintable(last));
}

void TestVirtualTerminalOrders::debitIsPaidAtOnce()
{
    const QString id = createOrder(kPdv, QStringLiteral("10.00"), QStringLiteral("Cafe"));
    QTRY_VERIFY(card(kPdv)->property("hasOrder").toBool());
    auto *installments = inCard<QSpinBox>(kPdv, QStringLiteral("installmentsSpin"));
    installments->setValue(6);
    auto *brand = inCard<QComboBox>(kPdv, QStringLiteral("cardBrandCombo"));
    brand->setCurrentIndex(brand->findData(QStringLiteral("debvisa")));
    QVERIFY(!installments->isEnabled());
    QCOMPARE(installments->value(), 1);
    QTest::mouseClick(inCard<QPushButton>(kPdv, QStringLiteral("approveButton")), Qt::LeftButton);
    QCOMPARE(m_sim->order(id)->payment.methodType, QStringLiteral("debit_card"));
    QCOMPARE(m_sim->order(id)->payment.installments, 1);
}

void TestVirtualTerminalOrders::declineWithAReason()
{
    const QString id = createOrder(kPdv, QStringLiteral("55.00"), QStringLiteral("Libro"));
    QTRY_VERIFY(card(kPdv)->property("hasOrder").toBool());
    auto *reason = inCard<QComboBox>(kPdv, QStringLiteral("declineReasonCombo"));
    reason->setCurrentIndex(reason->findData(QStringLiteral("card_disabled")));
    QTest::mouseClick(inCard<QPushButton>(kPdv, QStringLiteral("declineButton")), Qt::LeftButton);
    const std::optional<OrdersSimOrder> order = m_sim->order(id);
    QCOMPARE(order->status, QStringLiteral("failed"));
    QCOMPARE(order->payment.statusDetail, QStringLiteral("card_disabled"));
    const QString last = inCard<QLabel>(kPdv, QStringLiteral("terminalLastEvent"))->property("fullText").toString();
    QVERIFY2(last.contains(QLatin1String("declined")), qPrintable(last));
    QVERIFY2(last.contains(reason->currentText()), qPrintable(last));
}

void TestVirtualTerminalOrders::customerCancelsOnTheTerminal()
{
    const QString id = createOrder(kPdv, QStringLiteral("8.00"), QStringLiteral("Agua"));
    QTRY_VERIFY(card(kPdv)->property("hasOrder").toBool());
    QTest::mouseClick(inCard<QPushButton>(kPdv, QStringLiteral("customerCancelButton")), Qt::LeftButton);
    const std::optional<OrdersSimOrder> order = m_sim->order(id);
    QCOMPARE(order->status, QStringLiteral("canceled"));
    QCOMPARE(order->payment.statusDetail, QStringLiteral("canceled_on_terminal"));
    QTRY_VERIFY(!card(kPdv)->property("hasOrder").toBool());
    QVERIFY(!inCard<QPushButton>(kPdv, QStringLiteral("approveButton"))->isEnabled());
}

void TestVirtualTerminalOrders::needsActionAndExpiry_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("words");
    QTest::newRow("action required") << "actionRequiredAction"
                                     << "action_required"
                                     << "needs action";
    QTest::newRow("expired") << "expireAction"
                             << "expired"
                             << "expired";
}

void TestVirtualTerminalOrders::needsActionAndExpiry()
{
    QFETCH(QString, action);
    QFETCH(QString, status);
    QFETCH(QString, words);
    // Still "created" (not taken yet): "needs action" has the terminal take it first.
    const QString id = createOrder(kPdv, QStringLiteral("30.00"), QStringLiteral("Pan"));
    QTRY_VERIFY(card(kPdv)->property("hasOrder").toBool());
    auto *more = inCard<QToolButton>(kPdv, QStringLiteral("terminalMoreButton"));
    QVERIFY(more->isEnabled());
    QAction *chosen = more->menu()->findChild<QAction *>(action);
    QVERIFY(chosen);
    chosen->trigger();
    QCOMPARE(m_sim->order(id)->status, status);
    QTRY_VERIFY(!card(kPdv)->property("hasOrder").toBool());
    const QString last = inCard<QLabel>(kPdv, QStringLiteral("terminalLastEvent"))->property("fullText").toString();
    QVERIFY2(last.contains(words), qPrintable(last));
}

QTEST_MAIN(TestVirtualTerminalOrders)
#include "tst_virtualterminalorders.moc"
