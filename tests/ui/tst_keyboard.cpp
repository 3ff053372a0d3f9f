// The cashier window and its dialogs driven by the keyboard alone, in every shipped language: no Alt letter used
// twice among what is on screen at once, every menu reachable by its letter, Enter pressing any focused button,
// the shortcut list naming only keys that work, every card type reachable by Tab.
#include "api/LegacyPointBackend.h"
#include "sim/PointSimulator.h"
#include "store/Language.h"
#include "store/OrderJournal.h"
#include "store/Settings.h"
#include "ui/HelpBoxes.h"
#include "ui/HistoryDialog.h"
#include "ui/JournalBanner.h"
#include "store/JournalResult.h"
#include "ui/MainWindow.h"
#include "ui/OrderStatusPanel.h"
#include "ui/PreferencesDialog.h"

#include <QAbstractButton>
#include <functional>
#include <QAction>
#include <QApplication>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTabBar>
#include <QTest>

namespace {

/// The Alt letter `text` gives its widget ("Refre&sh" -> "s"), empty when none.
QString letter(const QString &text)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    if (key.isEmpty())
        return QString();
    return QKeySequence(key[0].key()).toString().toLower();
}

/// Every Alt letter that is live in `window` now: visible buttons, labels with a buddy, group boxes, tab titles, and
/// the menu bar's titles. Returns the letters used more than once, each with the texts that share it.
QStringList duplicateLetters(QWidget *window)
{
    QMultiMap<QString, QString> seen;
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (w->window() != window || !w->isVisibleTo(window))
            continue;
        if (auto *tabs = qobject_cast<QTabBar *>(w)) { // every tab's title is live, whichever tab shows
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabVisible(i) && !letter(tabs->tabText(i)).isEmpty())
                    seen.insert(letter(tabs->tabText(i)), tabs->tabText(i));
            }
            continue;
        }
        QString text;
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            text = button->text();
        else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            text = label->text();
        else if (auto *box = qobject_cast<QGroupBox *>(w))
            text = box->title();
        if (!letter(text).isEmpty())
            seen.insert(letter(text), text);
    }
    if (auto *bar = window->findChild<QMenuBar *>()) {
        for (QAction *action : bar->actions())
            if (action->isVisible() && !letter(action->text()).isEmpty())
                seen.insert(letter(action->text()), action->text());
    }
    QStringList duplicates;
    for (const QString &key : seen.uniqueKeys()) {
        if (seen.count(key) > 1)
            duplicates << key + QStringLiteral(": ") + QStringList(seen.values(key)).join(QStringLiteral(" | "));
    }
    return duplicates;
}

} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void noDuplicateLettersInTheWindow_data();
    void noDuplicateLettersInTheWindow();
    void noDuplicateLettersInEveryCombination_data();
    void noDuplicateLettersInEveryCombination();
    void everyMenuHasLetters_data();
    void everyMenuHasLetters();
    void noDuplicateLettersInTheDialogs_data();
    void noDuplicateLettersInTheDialogs();
    void enterPressesEveryFocusedButton();
    void preferencesOpenWithCtrlComma();
    void shortcutListMatchesWhatWorks();
    void debitIsReachableByTab();
    void everyTabStopShowsFocus();

private:
    void createWindow();
    void expectNoDuplicates(QWidget *window, const QString &state);
    static void addLanguages();

    QTemporaryDir *m_dir = nullptr;
    PointSimulator *m_sim = nullptr;
    LegacyPointBackend *m_client = nullptr;
    Settings *m_settings = nullptr;
    OrderJournal *m_journal = nullptr;
    MainWindow *m_window = nullptr;
};

void TestKeyboard::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestKeyboard::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_sim = new PointSimulator;
    QVERIFY(m_sim->listen());
    m_client = new LegacyPointBackend;
    QVERIFY(m_client->setBaseUrl(m_sim->apiUrl()));
    m_client->setAccessToken(m_sim->accessToken());
    m_client->setTimeout(3000);
    m_settings = new Settings(m_dir->filePath(QStringLiteral("pointdesk.ini")));
    m_settings->setPollIntervalMs(50);
    m_journal = new OrderJournal;
    QVERIFY(m_journal->open(m_dir->filePath(QStringLiteral("journal.sqlite"))).ok());
}

void TestKeyboard::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_client;
    delete m_sim;
    delete m_settings;
    delete m_journal;
    delete m_dir;
    Language::install(QStringLiteral("en"));
}

void TestKeyboard::createWindow()
{
    m_window = new MainWindow(m_client, m_journal, m_settings);
    m_window->setDeviceRefreshInterval(60000);
    m_window->show();
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTRY_COMPARE(m_window->findChild<QListWidget *>(QStringLiteral("deviceList"))->count(), 3);
}

void TestKeyboard::expectNoDuplicates(QWidget *window, const QString &state)
{
    const QStringList duplicates = duplicateLetters(window);
    QVERIFY2(duplicates.isEmpty(), qPrintable(state + QStringLiteral(": ") + duplicates.join(QStringLiteral("; "))));
}

void TestKeyboard::addLanguages()
{
    QTest::addColumn<QString>("language");
    for (const QString &code : Language::codes())
        QTest::newRow(qPrintable(code)) << code;
}

void TestKeyboard::noDuplicateLettersInTheWindow_data()
{
    addLanguages();
}

void TestKeyboard::noDuplicateLettersInTheWindow()
{
    QFETCH(QString, language);
    QVERIFY(Language::install(language));
    createWindow();
    auto *more = m_window->findChild<QAbstractButton *>(QStringLiteral("moreOptionsButton"));
    more->setChecked(true);
    expectNoDuplicates(m_window, QStringLiteral("idle, more options open"));
    more->setChecked(false);

    // Each of the panel's states, with the form and the terminal list beside it.
    auto *panel = m_window->findChild<OrderStatusPanel *>(QStringLiteral("orderStatusPanel"));
    panel->showTerminalBusy(QStringLiteral("Caja 1"), OrderRef::fromNumber(123));
    panel->setActions(false, true, false);
    expectNoDuplicates(m_window, QStringLiteral("terminal busy"));
    panel->showWaiting(QStringLiteral("Caja 1"), OrderRef::fromNumber(123));
    panel->setActions(true, false, false);
    expectNoDuplicates(m_window, QStringLiteral("waiting"));
    panel->showDecision(true, QStringLiteral("reason"));
    expectNoDuplicates(m_window, QStringLiteral("not sent"));
    panel->showDecision(false, QStringLiteral("reason"));
    expectNoDuplicates(m_window, QStringLiteral("not confirmed"));
    panel->showLostTrack(OrderRef::fromNumber(123), QStringLiteral("reason"));
    panel->setActions(false, false, true, true);
    expectNoDuplicates(m_window, QStringLiteral("check the terminal"));
    panel->setActions(false, false, true);
    expectNoDuplicates(m_window, QStringLiteral("finished"));
    // Paid: New sale and Receipt beside the (locked) form.
    OrderInfo paid;
    paid.id = OrderRef::fromNumber(123);
    paid.state = OrderState::Approved;
    paid.paymentId = PaymentRef::fromNumber(456);
    panel->showOrder(paid);
    panel->setActions(false, false, true);
    panel->setReceiptOffered(true);
    expectNoDuplicates(m_window, QStringLiteral("paid, receipt offered"));
    panel->setReceiptOffered(false);
    panel->showLostTrack(OrderRef::fromNumber(123), QStringLiteral("reason"));
    panel->setActions(false, false, true);

    // With the token banner up (Mercado Pago refuses the token).
    m_sim->setAccessToken(QStringLiteral("TEST-refused"));
    QTest::keyClick(m_window, Qt::Key_F5);
    QTRY_VERIFY(m_window->findChild<QWidget *>(QStringLiteral("tokenBanner"))
                && m_window->findChild<QWidget *>(QStringLiteral("tokenBanner"))->isVisible());
    expectNoDuplicates(m_window, QStringLiteral("token refused"));
}

void TestKeyboard::noDuplicateLettersInEveryCombination_data()
{
    addLanguages();
}

void TestKeyboard::noDuplicateLettersInEveryCombination()
{
    // What shows at once: demo mode's badge, More options open after a sale, the token's and the sales record's
    // banners, with each of the panel's states. Spanish had "Nueva &venta" beside "Mostrar la terminal &virtual"
    // and the back-button option's "&Volver"; the record banner's retry took Credit's letter.
    QFETCH(QString, language);
    QVERIFY(Language::install(language));
    createWindow();
    m_sim->setAccessToken(QStringLiteral("TEST-refused"));
    QTest::keyClick(m_window, Qt::Key_F5);
    QTRY_VERIFY(m_window->findChild<QWidget *>(QStringLiteral("tokenBanner")) &&
                m_window->findChild<QWidget *>(QStringLiteral("tokenBanner"))->isVisible());
    auto *tokenBanner = m_window->findChild<QWidget *>(QStringLiteral("tokenBanner"));
    auto *journalBanner = m_window->findChild<JournalBanner *>(QStringLiteral("journalBanner"));
    QVERIFY(journalBanner);
    auto *more = m_window->findChild<QAbstractButton *>(QStringLiteral("moreOptionsButton"));
    auto *panel = m_window->findChild<OrderStatusPanel *>(QStringLiteral("orderStatusPanel"));
    const QList<std::pair<QString, std::function<void()>>> states{
        {QStringLiteral("terminal busy"),
         [panel]() {
             panel->showTerminalBusy(QStringLiteral("Caja 1"), OrderRef::fromNumber(123));
             panel->setActions(false, true, false);
         }},
        {QStringLiteral("waiting"),
         [panel]() {
             panel->showWaiting(QStringLiteral("Caja 1"), OrderRef::fromNumber(123));
             panel->setActions(true, false, false);
             panel->setCheckNow(true);
         }},
        {QStringLiteral("not sent"),
         [panel]() {
             panel->setCheckNow(false);
             panel->showDecision(true, QStringLiteral("reason"));
         }},
        {QStringLiteral("not confirmed"), [panel]() { panel->showDecision(false, QStringLiteral("reason")); }},
        {QStringLiteral("check the terminal"),
         [panel]() {
             panel->showLostTrack(OrderRef::fromNumber(123), QStringLiteral("reason"));
             panel->setActions(false, false, true, true);
         }},
        {QStringLiteral("finished"), [panel]() { panel->setActions(false, false, true); }},
    };
    for (const bool demo : {false, true}) {
        m_window->setDemoMode(demo);
        for (const bool moreOpen : {false, true}) {
            more->setChecked(moreOpen);
            for (const bool tokenProblem : {false, true}) {
                for (const bool journalProblem : {false, true}) {
                    // Both banners may be up at once: a refused token and a damaged record.
                    tokenBanner->setVisible(tokenProblem);
                    if (journalProblem)
                        journalBanner->showProblem(
                            JournalResult(JournalResult::Kind::Corrupt, QStringLiteral("test")));
                    else
                        journalBanner->hide();
                    for (const auto &[name, show] : states) {
                        show();
                        expectNoDuplicates(m_window,
                                           QStringLiteral("%1%2%3%4%5")
                                               .arg(demo ? QStringLiteral("demo, ") : QString(),
                                                    moreOpen ? QStringLiteral("more options, ") : QString(),
                                                    tokenProblem ? QStringLiteral("token banner, ") : QString(),
                                                    journalProblem ? QStringLiteral("record banner, ") : QString(),
                                                    name));
                    }
                }
            }
        }
    }
}

void TestKeyboard::everyMenuHasLetters_data()
{
    addLanguages();
}

void TestKeyboard::everyMenuHasLetters()
{
    QFETCH(QString, language);
    QVERIFY(Language::install(language));
    createWindow();
    auto *bar = m_window->findChild<QMenuBar *>();
    QVERIFY(bar);
    QVERIFY(bar->actions().size() >= 4);
    for (QAction *title : bar->actions()) {
        QVERIFY2(!letter(title->text()).isEmpty(), qPrintable(title->text()));
        QMenu *menu = title->menu();
        QVERIFY(menu);
        QMultiMap<QString, QString> seen;
        for (QAction *action : menu->actions()) {
            // The account menu's last line says which token is in use; it is information, never chosen.
            if (action->isSeparator() || action->objectName() == QLatin1String("tokenInfoAction"))
                continue;
            QVERIFY2(!letter(action->text()).isEmpty(), qPrintable(title->text() + QStringLiteral(" > ") + action->text()));
            seen.insert(letter(action->text()), action->text());
        }
        for (const QString &key : seen.uniqueKeys())
            QVERIFY2(seen.count(key) == 1,
                     qPrintable(title->text() + QStringLiteral(": ") + QStringList(seen.values(key)).join(QLatin1String(" | "))));
    }
}

void TestKeyboard::noDuplicateLettersInTheDialogs_data()
{
    addLanguages();
}

void TestKeyboard::noDuplicateLettersInTheDialogs()
{
    QFETCH(QString, language);
    QVERIFY(Language::install(language));
    for (const bool editable : {true, false}) {
        PreferencesDialog preferences(m_settings, editable);
        preferences.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preferences));
        expectNoDuplicates(&preferences, QStringLiteral("preferences"));
        preferences.showStorePage();
        expectNoDuplicates(&preferences, QStringLiteral("preferences, store"));
    }
    HistoryDialog history(m_journal);
    history.show();
    QVERIFY(QTest::qWaitForWindowExposed(&history));
    expectNoDuplicates(&history, QStringLiteral("history"));
}

void TestKeyboard::enterPressesEveryFocusedButton()
{
    createWindow();
    m_window->findChild<QAbstractButton *>(QStringLiteral("moreOptionsButton"))->setChecked(true);
    const QString token = m_sim->accessToken();
    m_sim->setAccessToken(QStringLiteral("TEST-refused"));
    QTest::keyClick(m_window, Qt::Key_F5);
    QTRY_VERIFY(m_window->findChild<QWidget *>(QStringLiteral("tokenBanner"))
                && m_window->findChild<QWidget *>(QStringLiteral("tokenBanner"))->isVisible());
    int checked = 0;
    for (QPushButton *button : m_window->findChildren<QPushButton *>()) {
        if (button->window() != m_window)
            continue;
        ++checked;
        QVERIFY2(button->autoDefault(), qPrintable(button->objectName()));
    }
    QVERIFY(checked >= 10);

    // And it does press it: Enter on the focused Refresh asks the terminals again.
    m_sim->setAccessToken(token);
    auto *refresh = m_window->findChild<QPushButton *>(QStringLiteral("refreshButton"));
    QVERIFY(refresh);
    QSignalSpy clicked(refresh, &QPushButton::clicked);
    refresh->setFocus(Qt::TabFocusReason);
    QTest::keyClick(refresh, Qt::Key_Return);
    QCOMPARE(clicked.count(), 1);
}

void TestKeyboard::preferencesOpenWithCtrlComma()
{
    createWindow();
    auto *action = m_window->findChild<QAction *>(QStringLiteral("preferencesAction"));
    QVERIFY(action);
    QVERIFY(action->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    QTest::keyClick(m_window, Qt::Key_Comma, Qt::ControlModifier);
    QTRY_VERIFY(m_window->findChild<PreferencesDialog *>() && m_window->findChild<PreferencesDialog *>()->isVisible());
}

void TestKeyboard::shortcutListMatchesWhatWorks()
{
    createWindow();
    QList<QKeySequence> working;
    for (QAction *action : m_window->findChildren<QAction *>())
        working << action->shortcuts();
    for (QShortcut *shortcut : m_window->findChildren<QShortcut *>())
        working << shortcut->keys();
    QMessageBox *box = HelpBoxes::openShortcuts(m_window);
    const QStringList lines = box->informativeText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    box->close();
    QVERIFY(lines.size() >= 8);
    for (const QString &line : lines) {
        const QString keys = line.section(QStringLiteral(": "), 0, 0);
        for (const QString &key : keys.split(QStringLiteral(" or "))) {
            // Enter charges from the form itself (ChargeForm's own key handling), not through a shortcut.
            if (key == QLatin1String("Enter"))
                continue;
            const QKeySequence sequence = QKeySequence::fromString(key, QKeySequence::PortableText);
            QVERIFY2(!sequence.isEmpty() && working.contains(sequence), qPrintable(line));
        }
    }
}

void TestKeyboard::debitIsReachableByTab()
{
    createWindow();
    auto *credit = m_window->findChild<QRadioButton *>(QStringLiteral("creditRadio"));
    auto *debit = m_window->findChild<QRadioButton *>(QStringLiteral("debitRadio"));
    QVERIFY(credit->isChecked());
    credit->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), credit);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), debit);
    QTest::keyClick(debit, Qt::Key_Space);
    QVERIFY(debit->isChecked());
    QVERIFY(!credit->isChecked());
    // Space on the checked card keeps it checked: one card is always chosen.
    QTest::keyClick(debit, Qt::Key_Space);
    QVERIFY(debit->isChecked());
    QVERIFY(!credit->isChecked());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(), credit);
    QTest::keyClick(credit, Qt::Key_Space);
    QVERIFY(credit->isChecked());
    QVERIFY(!debit->isChecked());
}

void TestKeyboard::everyTabStopShowsFocus()
{
    createWindow();
    // A sale waiting on the terminal: the panel's buttons are Tab stops too.
    auto *panel = m_window->findChild<OrderStatusPanel *>(QStringLiteral("orderStatusPanel"));
    panel->showWaiting(QStringLiteral("Caja 1"), OrderRef::fromNumber(123));
    panel->setActions(true, true, false);
    auto *amount = m_window->findChild<QLineEdit *>(QStringLiteral("amountEdit"));
    amount->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(amount));
    QList<QWidget *> stops;
    for (int i = 0; i < 40; ++i) {
        QWidget *w = QApplication::focusWidget();
        if (stops.contains(w))
            break;
        stops << w;
        QTest::keyClick(w, Qt::Key_Tab);
    }
    QVERIFY2(stops.size() >= 8, qPrintable(QString::number(stops.size())));
    QWidget *elsewhere = m_window->findChild<QWidget *>(QStringLiteral("descriptionEdit"));
    for (QWidget *w : std::as_const(stops)) {
        // What the cashier sees of it focused and not focused must differ.
        w->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(w->hasFocus());
        const QImage focused = w->grab().toImage();
        (w == elsewhere ? amount : elsewhere)->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(!w->hasFocus());
        const QImage unfocused = w->grab().toImage();
        QVERIFY2(focused != unfocused, qPrintable(w->objectName() + QLatin1Char(' ') + QString::fromLatin1(w->metaObject()->className())));
    }
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
