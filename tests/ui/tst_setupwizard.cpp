// The setup wizard with real widgets against a real PointSimulator on 127.0.0.1 and the real Secret Service (run
// inside .ci/with-keyring): the token checked at once (401, 403, no network shown on the page, nothing stored), the
// enable-integration call, the manager PIN (a new one, or the one already set, which is asked for and never
// replaced), saving, replacing the token and the masked display.
#include "support/AccountTestSupport.h"
#include "store/ManagerPin.h"
#include "store/ManagerSession.h"
#include "ui/PinDialog.h"
#include "api/LegacyPointBackend.h"
#include "sim/PointSimulator.h"
#include "store/Settings.h"
#include "ui/SetupWizard.h"
#include "api/Backends.h"
#include "sales/ApiProbe.h"
#include "ui/setup/ApiPage.h"
#include "ui/setup/SavePage.h"
#include "core/Currency.h"
#include <QRadioButton>
#include "ui/Theme.h"
#include "store/TokenStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace AccountTest;

namespace {

const QString kToken = QStringLiteral("APP_USR-4031977250863514-030112-5b0c9e7d2f1a4c6e8b3d7f9a1c2e4b6d-1a2b");
const qint64 kUserId = 482913756;

} // namespace

class TestSetupWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void currencyProposedFromLanguageThenClock_data();
    void currencyProposedFromLanguageThenClock();
    void init();
    void cleanup();

    void maskToken_data();
    void maskToken();
    void enterOnTheWelcomePageGoesOn();
    void badTokenShows401AndStoresNothing();
    void forbiddenTokenShows403();
    void noNetworkIsExplained();
    void unacceptableAddressIsRefusedBeforeSending();
    void goodTokenIntegrationPinAndSave();
    void wrongUserIdIsExplainedInline();
    void pinMistakesShownOnThePage();
    void storedPinIsAskedForAndKept();
    void storedPinLockoutAndItsEnd();
    void managerModeOnSkipsTheStoredPin();
    void savingNeverReplacesAPinSetMeanwhile();
    void tokenCheckResultShownOnTheNextPage();
    void progressIsNotShownAsSuccess();
    void saveHasTheKeyboardAfterAltN();
    void alreadyMaskedTokenIsShownOnce();
    void replaceStartsAtTheTokenKeepsThePinAndMasks();
    void rejectedShowsTheReason();
    void tryDemoInsteadStoresNothing();
    void everyControlHasNameAndAccessibleName();
    void apiPageChecksWhichOneAnswers();
    void leavingTheApiPageDropsTheCheck();
    void savedApiIsTheOneChosen();
    void welcomePageChoosesTheDemosApi();

private:
    SetupWizard *open(SetupWizard::Mode mode);
    template <typename T> T *child(const QString &name) const
    {
        T *widget = m_wizard->findChild<T *>(name);
        if (!widget)
            qFatal("no child named %s", qPrintable(name));
        return widget;
    }
    void press(QWizard::WizardButton which);
    void typeToken(const QString &token);
    /// Stores a manager PIN as an earlier setup would have (the account was signed out with pointdesk-cli logout,
    /// which keeps the PIN).
    void storePin(const QString &pin);
    /// From the first page to the PIN page with the good token.
    void firstRunToThePinPage();
    std::optional<QString> storedToken() const
    {
        return secretLookup(m_service, QString::fromLatin1(TokenStore::kAccessTokenKey));
    }
    std::optional<QString> storedPin() const
    {
        return secretLookup(m_service, QString::fromLatin1(TokenStore::kManagerPinKey));
    }
    bool noMessageBoxes() const;

    QTemporaryDir *m_dir = nullptr;
    PointSimulator *m_sim = nullptr;
    QString m_service;
    Settings *m_settings = nullptr;
    TokenStore *m_store = nullptr;
    ManagerSession *m_session = nullptr;
    SetupWizard *m_wizard = nullptr;
};

void TestSetupWizard::init()
{
    m_dir = new QTemporaryDir;
    m_sim = new PointSimulator;
    QVERIFY(m_sim->listen());
    m_sim->setAccessToken(kToken);
    m_sim->setUserId(kUserId);
    m_service = uniqueService(QStringLiteral("wizard"));
    m_settings = new Settings(m_dir->filePath(QStringLiteral("pointdesk.ini")));
    m_store = new TokenStore(m_service);
    m_session = new ManagerSession(m_store, m_settings);
}

void TestSetupWizard::cleanup()
{
    delete m_wizard;
    m_wizard = nullptr;
    secretClear(m_service, QString::fromLatin1(TokenStore::kAccessTokenKey));
    secretClear(m_service, QString::fromLatin1(TokenStore::kManagerPinKey));
    delete m_session;
    // Keychain calls still out (the wizard's or the window's, answered or not) end before the store goes: libsecret
    // holds their jobs until it answers.
    QTRY_VERIFY_WITH_TIMEOUT(m_store->isIdle(), 30000);
    delete m_store;
    delete m_settings;
    delete m_sim;
    delete m_dir;
}

SetupWizard *TestSetupWizard::open(SetupWizard::Mode mode)
{
    m_wizard = new SetupWizard(mode, m_store, m_session, m_settings);
    m_wizard->setApiBase(m_sim->apiUrl(), false);
    m_wizard->setRequestTimeout(3000);
    m_wizard->show();
    return m_wizard;
}

void TestSetupWizard::press(QWizard::WizardButton which)
{
    QAbstractButton *button = m_wizard->button(which);
    // A first run's first page waits for the keychain's first answer (a few milliseconds).
    QTRY_VERIFY(button->isVisible() && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestSetupWizard::storePin(const QString &pin)
{
    bool ready = false;
    m_session->setHashIterations(ManagerPin::kMinIterations);
    m_session->setPinForSetup(pin, this, [&](const ManagerSession::Result &r) { ready = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(ready, 10000);
    m_session->setHashIterations(ManagerPin::kIterations);
    QVERIFY(storedPin());
}

void TestSetupWizard::firstRunToThePinPage()
{
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::IntroPageId));
    press(QWizard::NextButton);
    typeToken(kToken);
    press(QWizard::NextButton);
    // The token works: the API page comes next (the legacy API stays chosen).
    QTRY_COMPARE(m_wizard->currentId(), int(SetupWizard::ApiPageId));
    press(QWizard::NextButton);
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::IntegrationPageId));
    press(QWizard::NextButton);
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::PinPageId));
}

void TestSetupWizard::typeToken(const QString &token)
{
    auto *edit = child<QLineEdit>(QStringLiteral("tokenEdit"));
    edit->clear();
    QTest::keyClicks(edit, token);
}

bool TestSetupWizard::noMessageBoxes() const
{
    const QList<QWidget *> tops = QApplication::topLevelWidgets();
    for (QWidget *w : tops) {
        if (qobject_cast<QMessageBox *>(w) && w->isVisible())
            return false;
    }
    return true;
}

void TestSetupWizard::maskToken_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("masked");
    QTest::newRow("production") << kToken << QStringLiteral("APP_USR-\u2026-1a2b");
    QTest::newRow("test token") << QStringLiteral("TEST-123456789-abcdef-9z9z") << QStringLiteral("TEST-\u2026-9z9z");
    QTest::newRow("no prefix") << QStringLiteral("abcdefghijklmnop") << QStringLiteral("\u2026-mnop");
    QTest::newRow("short") << QStringLiteral("APP_USR-1") << QStringLiteral("\u2022\u2022\u2022\u2022");
    QTest::newRow("empty") << QString() << QString();
}

void TestSetupWizard::maskToken()
{
    QFETCH(QString, token);
    QFETCH(QString, masked);
    QCOMPARE(SetupWizard::maskToken(token), masked);
    // Never more than the last 4 characters of the secret part: what follows the prefix is "…-" and those 4.
    if (token.size() >= 12) {
        const QString shown = SetupWizard::maskToken(token);
        QVERIFY(shown.endsWith(QStringLiteral("\u2026-") + token.right(4)));
        const QString prefix = shown.left(shown.indexOf(QChar(0x2026)));
        QVERIFY(token.startsWith(prefix));
        QVERIFY(prefix.isEmpty() || prefix.endsWith(QLatin1Char('-')));
        QVERIFY(prefix.size() <= 8);
    }
}

void TestSetupWizard::enterOnTheWelcomePageGoesOn()
{
    // Enter on the first page goes to the token page, never into demo mode ("Try demo mode instead" had the keyboard
    // while Next waited for the keychain).
    open(SetupWizard::Mode::FirstRun);
    QApplication::setActiveWindow(m_wizard);
    QVERIFY(QTest::qWaitForWindowActive(m_wizard));
    QAbstractButton *next = m_wizard->button(QWizard::NextButton);
    QTRY_VERIFY(next->isEnabled());
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(next));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(m_wizard->currentId(), int(SetupWizard::TokenPageId));
    QVERIFY(m_wizard->isVisible());
}

void TestSetupWizard::badTokenShows401AndStoresNothing()
{
    open(SetupWizard::Mode::FirstRun);
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::IntroPageId));
    press(QWizard::NextButton);
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::TokenPageId));
    typeToken(QStringLiteral("APP_USR-0000000000000000-000000-wrong-token-0000"));
    press(QWizard::NextButton);
    auto *status = child<QLabel>(QStringLiteral("tokenStatusLabel"));
    QTRY_VERIFY(status->isVisible() && status->text().contains(QLatin1String("401")));
    QVERIFY2(status->text().contains(QLatin1String("Nothing was saved")), qPrintable(status->text()));
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::TokenPageId));
    QVERIFY(!m_wizard->isSaved());
    QVERIFY(!storedToken());
    QVERIFY(!storedPin());
    QVERIFY(noMessageBoxes());
    // The field stays usable for another try.
    QVERIFY(!child<QLineEdit>(QStringLiteral("tokenEdit"))->isReadOnly());
}

void TestSetupWizard::forbiddenTokenShows403()
{
    SimFault fault;
    fault.kind = SimFault::Kind::ServerError;
    fault.httpStatus = 403;
    fault.method = QStringLiteral("GET");
    fault.pathPrefix = QStringLiteral("/point/services/integrations/v1/devices");
    m_sim->injectFault(fault);
    open(SetupWizard::Mode::Replace);
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::TokenPageId));
    typeToken(kToken);
    press(QWizard::NextButton);
    auto *status = child<QLabel>(QStringLiteral("tokenStatusLabel"));
    QTRY_VERIFY(status->text().contains(QLatin1String("403")));
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::TokenPageId));
    QVERIFY(!storedToken());
    QVERIFY(noMessageBoxes());
}

void TestSetupWizard::noNetworkIsExplained()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    open(SetupWizard::Mode::Replace);
    m_wizard->setApiBase(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), false);
    typeToken(kToken);
    press(QWizard::NextButton);
    auto *status = child<QLabel>(QStringLiteral("tokenStatusLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("cannot reach")), 10000);
    QVERIFY(status->text().contains(QLatin1String("internet connection")));
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::TokenPageId));
    QVERIFY(!storedToken());
}

void TestSetupWizard::unacceptableAddressIsRefusedBeforeSending()
{
    open(SetupWizard::Mode::Replace);
    auto *advanced = child<QToolButton>(QStringLiteral("advancedButton"));
    QVERIFY(advanced->isChecked()); // a non-default address shows the advanced field
    auto *base = child<QLineEdit>(QStringLiteral("apiBaseEdit"));
    base->clear();
    QTest::keyClicks(base, QStringLiteral("http://api.example.com"));
    typeToken(kToken);
    const int before = m_sim->requestCount();
    press(QWizard::NextButton);
    auto *status = child<QLabel>(QStringLiteral("tokenStatusLabel"));
    QVERIFY(status->text().contains(QLatin1String("cannot be used")));
    QTest::qWait(200);
    QCOMPARE(m_sim->requestCount(), before);
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::TokenPageId));
}

void TestSetupWizard::goodTokenIntegrationPinAndSave()
{
    open(SetupWizard::Mode::FirstRun);
    press(QWizard::NextButton);
    typeToken(QStringLiteral("  ") + kToken + QStringLiteral("  ")); // pasted with spaces around
    press(QWizard::NextButton);
    // The token works: the API page comes next (the legacy API stays chosen).
    QTRY_COMPARE(m_wizard->currentId(), int(SetupWizard::ApiPageId));
    press(QWizard::NextButton);
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::IntegrationPageId));
    QCOMPARE(m_wizard->checkedDeviceCount(), 3);
    QVERIFY(!storedToken()); // checked, not saved yet

    // Call 1 of the contract: enable the integration for the user id.
    QVERIFY(!m_sim->integrationEnabled());
    // Enter in the user id field enables; it does not move on to the next page.
    QTest::keyClicks(child<QLineEdit>(QStringLiteral("userIdEdit")), QString::number(kUserId));
    QTest::keyClick(child<QLineEdit>(QStringLiteral("userIdEdit")), Qt::Key_Return);
    auto *integration = child<QLabel>(QStringLiteral("integrationStatusLabel"));
    QTRY_VERIFY(integration->text().contains(QLatin1String("is enabled")));
    QVERIFY(m_sim->integrationEnabled());
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::IntegrationPageId));

    press(QWizard::NextButton);
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::PinPageId));
    QTest::keyClicks(child<QLineEdit>(QStringLiteral("setupPinEdit")), QStringLiteral("4826"));
    QTest::keyClicks(child<QLineEdit>(QStringLiteral("setupPinConfirmEdit")), QStringLiteral("4826"));
    press(QWizard::NextButton);
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::SavePageId));
    const QString summary = child<QLabel>(QStringLiteral("saveSummaryLabel"))->text();
    QVERIFY2(summary.contains(QStringLiteral("APP_USR-\u2026-1a2b")), qPrintable(summary));
    QVERIFY(!summary.contains(kToken));
    QVERIFY(!storedToken());
    // The account's currency is asked, not assumed: the shop charges in reais.
    auto *currency = child<QComboBox>(QStringLiteral("setupCurrencyCombo"));
    QVERIFY(currency->isVisible());
    QCOMPARE(currency->count(), int(Currency::all().size()));
    currency->setCurrentIndex(currency->findData(QStringLiteral("BRL")));
    QVERIFY(currency->currentIndex() >= 0);

    QSignalSpy finished(m_wizard, &QDialog::finished);
    press(QWizard::FinishButton);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toInt(), int(QDialog::Accepted));
    QVERIFY(m_wizard->isSaved());
    QCOMPARE(m_wizard->savedToken(), kToken);

    // In the keychain, exactly the token (trimmed); the PIN only as a hash.
    QCOMPARE(storedToken(), std::optional<QString>(kToken));
    const std::optional<QString> pin = storedPin();
    QVERIFY(pin);
    QVERIFY(pin->startsWith(QLatin1String("pbkdf2-sha256$")));
    QVERIFY(ManagerPin::verify(QStringLiteral("4826"), *pin));
    // The simulator's address is not the default, so the settings keep it; never the token.
    QCOMPARE(m_settings->apiBase(), m_sim->apiUrl());
    QCOMPARE(m_settings->currency(), QStringLiteral("BRL"));
    m_settings->sync();
    QVERIFY(filesContaining(m_dir->path(), kToken.toUtf8()).isEmpty());
    QVERIFY(filesContaining(m_dir->path(), QByteArrayLiteral("pbkdf2")).isEmpty());
    QVERIFY(noMessageBoxes());
}

void TestSetupWizard::wrongUserIdIsExplainedInline()
{
    open(SetupWizard::Mode::Replace);
    typeToken(kToken);
    press(QWizard::NextButton);
    // The token works: the API page comes next (the legacy API stays chosen).
    QTRY_COMPARE(m_wizard->currentId(), int(SetupWizard::ApiPageId));
    press(QWizard::NextButton);
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::IntegrationPageId));
    auto *integration = child<QLabel>(QStringLiteral("integrationStatusLabel"));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("enableIntegrationButton")), Qt::LeftButton);
    QVERIFY(integration->text().contains(QLatin1String("user id")));
    QTest::keyClicks(child<QLineEdit>(QStringLiteral("userIdEdit")), QStringLiteral("111"));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("enableIntegrationButton")), Qt::LeftButton);
    QTRY_VERIFY(integration->text().contains(QLatin1String("did not allow")));
    QVERIFY(!m_sim->integrationEnabled());
    QVERIFY(noMessageBoxes());
    // Optional: Next still goes on (Replace skips the PIN page).
    press(QWizard::NextButton);
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::SavePageId));
}

void TestSetupWizard::pinMistakesShownOnThePage()
{
    open(SetupWizard::Mode::FirstRun);
    press(QWizard::NextButton);
    typeToken(kToken);
    press(QWizard::NextButton);
    // The token works: the API page comes next (the legacy API stays chosen).
    QTRY_COMPARE(m_wizard->currentId(), int(SetupWizard::ApiPageId));
    press(QWizard::NextButton);
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::IntegrationPageId));
    press(QWizard::NextButton);
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::PinPageId));
    auto *pin = child<QLineEdit>(QStringLiteral("setupPinEdit"));
    auto *confirm = child<QLineEdit>(QStringLiteral("setupPinConfirmEdit"));
    auto *status = child<QLabel>(QStringLiteral("pinStatusLabel"));

    QTest::keyClicks(pin, QStringLiteral("12"));
    QTest::keyClicks(confirm, QStringLiteral("12"));
    press(QWizard::NextButton);
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::PinPageId));
    QVERIFY(status->text().contains(QLatin1String("4 to 8 digits")));

    pin->clear();
    confirm->clear();
    QTest::keyClicks(pin, QStringLiteral("4826"));
    QTest::keyClicks(confirm, QStringLiteral("4862"));
    press(QWizard::NextButton);
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::PinPageId));
    QVERIFY(status->text().contains(QLatin1String("not the same")));

    // Too easy to guess: one digit repeated, or a straight run up or down.
    for (const QString &trivial : {QStringLiteral("0000"), QStringLiteral("1234"), QStringLiteral("98765")}) {
        pin->clear();
        confirm->clear();
        QTest::keyClicks(pin, trivial);
        QTest::keyClicks(confirm, trivial);
        press(QWizard::NextButton);
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::PinPageId));
        QCOMPARE(status->text(), ManagerPin::trivialPinMessage());
        QCOMPARE(status->property("tone").toString(), QStringLiteral("problem"));
    }

    // Said at once, before Next: a PIN too easy to guess as soon as it has its digits, a second entry that differs
    // as soon as it is as long as the first.
    pin->clear();
    confirm->clear();
    QTest::keyClicks(pin, QStringLiteral("1111"));
    QCOMPARE(status->text(), ManagerPin::trivialPinMessage());
    QVERIFY(status->isVisible());
    pin->clear();
    QTest::keyClicks(pin, QStringLiteral("4826"));
    QVERIFY(!status->text().contains(ManagerPin::trivialPinMessage()));
    QTest::keyClicks(confirm, QStringLiteral("486"));
    QVERIFY(!status->text().contains(QLatin1String("not the same")));
    QTest::keyClicks(confirm, QStringLiteral("2"));
    QVERIFY(status->text().contains(QLatin1String("not the same")));
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::PinPageId));

    // Letters never get in.
    pin->clear();
    QTest::keyClicks(pin, QStringLiteral("12ab34"));
    QCOMPARE(pin->text(), QStringLiteral("1234"));
    QVERIFY(!storedPin());
    QVERIFY(!storedToken());
}

void TestSetupWizard::replaceStartsAtTheTokenKeepsThePinAndMasks()
{
    // An account exists: an old token and a PIN.
    const QString oldToken = QStringLiteral("APP_USR-1111111111111111-010101-0ldt0kenf0rtest1ngpurp0ses00-9z8y");
    bool ready = false;
    m_store->write(QString::fromLatin1(TokenStore::kAccessTokenKey), oldToken, this,
                   [&](const TokenStore::Result &r) { ready = r.ok(); });
    QTRY_VERIFY(ready);
    ready = false;
    m_session->setPinForSetup(QStringLiteral("5150"), this, [&](const ManagerSession::Result &r) { ready = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(ready, 10000);
    const std::optional<QString> pinBefore = storedPin();
    QVERIFY(pinBefore);

    open(SetupWizard::Mode::Replace);
    m_wizard->setCurrentToken(oldToken);
    QCOMPARE(m_wizard->pinState(), SetupWizard::PinState::NotAsked); // replacing never touches the PIN
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::TokenPageId));
    QVERIFY(!m_wizard->button(QWizard::CustomButton1)->isVisible()); // no demo offer when replacing
    auto *current = child<QLabel>(QStringLiteral("currentTokenLabel"));
    QVERIFY(current->isVisible());
    QVERIFY2(current->text().contains(QStringLiteral("APP_USR-\u2026-9z8y")), qPrintable(current->text()));
    // No label anywhere shows more of the old token than its last 4 characters.
    const QList<QLabel *> labels = m_wizard->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        QVERIFY2(!label->text().contains(oldToken.right(7)), qPrintable(label->text()));
        QVERIFY2(!label->text().contains(oldToken.mid(8, 16)), qPrintable(label->text()));
    }

    typeToken(kToken);
    press(QWizard::NextButton);
    // The token works: the API page comes next (the legacy API stays chosen).
    QTRY_COMPARE(m_wizard->currentId(), int(SetupWizard::ApiPageId));
    press(QWizard::NextButton);
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::IntegrationPageId));
    press(QWizard::NextButton);
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::SavePageId)); // the PIN stays: no PIN page
    press(QWizard::FinishButton);
    QTRY_VERIFY(m_wizard->isSaved());
    QCOMPARE(storedToken(), std::optional<QString>(kToken));
    QCOMPARE(storedPin(), pinBefore);
}

void TestSetupWizard::storedPinIsAskedForAndKept()
{
    // pointdesk-cli logout removed the token and left the manager PIN: setting up again asks for that PIN.
    storePin(QStringLiteral("5150"));
    const std::optional<QString> pinBefore = storedPin();
    open(SetupWizard::Mode::FirstRun);
    QTRY_COMPARE(m_wizard->pinState(), SetupWizard::PinState::Set);
    firstRunToThePinPage();
    auto *current = child<QLineEdit>(QStringLiteral("setupCurrentPinEdit"));
    QVERIFY(current->isVisible());
    QVERIFY(!child<QLineEdit>(QStringLiteral("setupPinEdit"))->isVisible());
    QVERIFY(!child<QLineEdit>(QStringLiteral("setupPinConfirmEdit"))->isVisible());
    QVERIFY(child<QLabel>(QStringLiteral("pinExplanation"))->text().contains(QLatin1String("already set")));
    auto *status = child<QLabel>(QStringLiteral("pinStatusLabel"));

    // A wrong PIN counts towards manager mode's lockout, and says how many tries are left.
    QTest::keyClicks(current, QStringLiteral("9999"));
    press(QWizard::NextButton);
    QTRY_VERIFY(status->text().contains(QLatin1String("not right")));
    QVERIFY2(status->text().contains(QLatin1String("4 more")), qPrintable(status->text()));
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::PinPageId));
    QCOMPARE(m_settings->managerFailedAttempts(), 1);
    QVERIFY(current->text().isEmpty());
    QVERIFY(!m_session->isActive());

    // The right one goes on; the count starts again.
    QTest::keyClicks(current, QStringLiteral("5150"));
    press(QWizard::NextButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(SetupWizard::SavePageId), 10000);
    QCOMPARE(m_settings->managerFailedAttempts(), 0);
    const QString summary = child<QLabel>(QStringLiteral("saveSummaryLabel"))->text();
    QVERIFY2(summary.contains(QLatin1String("stays as it is")), qPrintable(summary));
    press(QWizard::FinishButton);
    QTRY_VERIFY(m_wizard->isSaved());
    QCOMPARE(storedToken(), std::optional<QString>(kToken));
    QCOMPARE(storedPin(), pinBefore); // the very same hash: never replaced
}

void TestSetupWizard::storedPinLockoutAndItsEnd()
{
    QDateTime now = QDateTime::currentDateTimeUtc();
    m_session->setClock([&now]() { return now; });
    storePin(QStringLiteral("5150"));
    open(SetupWizard::Mode::FirstRun);
    QTRY_COMPARE(m_wizard->pinState(), SetupWizard::PinState::Set);
    QApplication::setActiveWindow(m_wizard);
    QVERIFY(QTest::qWaitForWindowActive(m_wizard));
    firstRunToThePinPage();
    auto *current = child<QLineEdit>(QStringLiteral("setupCurrentPinEdit"));
    auto *status = child<QLabel>(QStringLiteral("pinStatusLabel"));
    for (int i = 1; i <= ManagerSession::kTriesBeforeLockout; ++i) {
        QTRY_VERIFY(current->isEnabled() && !current->isReadOnly());
        QTest::keyClicks(current, QStringLiteral("1111"));
        QTest::keyClick(current, Qt::Key_Return);
        if (i == ManagerSession::kTriesBeforeLockout - 1) {
            // The last try before the lockout, in a whole sentence.
            QTRY_VERIFY(status->text().contains(QLatin1String("One more wrong try")));
            QVERIFY(!status->text().contains(QLatin1String("1 more wrong tries")));
        }
    }
    QTRY_VERIFY(status->text().contains(QLatin1String("locked until")));
    QVERIFY(!current->isEnabled());
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::PinPageId));

    // When the lockout is over the field comes back, with the keyboard.
    now = now.addSecs(qint64(ManagerSession::kFirstLockoutMinutes) * 60 + 1);
    QTRY_VERIFY(current->isEnabled());
    QTRY_VERIFY(current->hasFocus());
    QVERIFY(!status->isVisible());
    QTest::keyClicks(current, QStringLiteral("5150"));
    QTest::keyClick(current, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(SetupWizard::SavePageId), 10000);
    // Manager mode came on through that PIN; cancelling setup ends it again.
    QVERIFY(m_session->isActive());
    m_wizard->reject();
    QVERIFY(!m_session->isActive());
    QVERIFY(!storedToken());
}

void TestSetupWizard::managerModeOnSkipsTheStoredPin()
{
    storePin(QStringLiteral("5150"));
    bool unlocked = false;
    m_session->unlock(QStringLiteral("5150"), this, [&](const ManagerSession::Result &r) { unlocked = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(unlocked, 10000);
    const std::optional<QString> pinBefore = storedPin();
    open(SetupWizard::Mode::FirstRun);
    QTRY_COMPARE(m_wizard->pinState(), SetupWizard::PinState::Set);
    press(QWizard::NextButton);
    typeToken(kToken);
    press(QWizard::NextButton);
    // The token works: the API page comes next (the legacy API stays chosen).
    QTRY_COMPARE(m_wizard->currentId(), int(SetupWizard::ApiPageId));
    press(QWizard::NextButton);
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::IntegrationPageId));
    press(QWizard::NextButton);
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::SavePageId)); // the PIN was entered for manager mode
    press(QWizard::FinishButton);
    QTRY_VERIFY(m_wizard->isSaved());
    QCOMPARE(storedPin(), pinBefore);
    QVERIFY(m_session->isActive()); // not turned on by setup, so not turned off by it either
}

void TestSetupWizard::savingNeverReplacesAPinSetMeanwhile()
{
    open(SetupWizard::Mode::FirstRun);
    QTRY_COMPARE(m_wizard->pinState(), SetupWizard::PinState::NotSet);
    firstRunToThePinPage();
    QTest::keyClicks(child<QLineEdit>(QStringLiteral("setupPinEdit")), QStringLiteral("4826"));
    QTest::keyClicks(child<QLineEdit>(QStringLiteral("setupPinConfirmEdit")), QStringLiteral("4826"));
    press(QWizard::NextButton);
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::SavePageId));

    // Meanwhile (another PointDesk, an earlier setup) a PIN was set: Save does not replace it.
    storePin(QStringLiteral("5150"));
    const std::optional<QString> pinBefore = storedPin();
    press(QWizard::FinishButton);
    auto *status = child<QLabel>(QStringLiteral("saveStatusLabel"));
    QTRY_VERIFY(status->text().contains(QLatin1String("already set")));
    QVERIFY(!m_wizard->isSaved());
    QCOMPARE(storedPin(), pinBefore);
    QVERIFY(!storedToken());

    // Back: the PIN page now asks for that PIN.
    press(QWizard::BackButton);
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::PinPageId));
    QVERIFY(child<QLineEdit>(QStringLiteral("setupCurrentPinEdit"))->isVisible());
    QVERIFY(!child<QLineEdit>(QStringLiteral("setupPinEdit"))->isVisible());
}

void TestSetupWizard::tokenCheckResultShownOnTheNextPage()
{
    open(SetupWizard::Mode::Replace);
    typeToken(kToken);
    press(QWizard::NextButton);
    // The token works: the API page comes next (the legacy API stays chosen).
    QTRY_COMPARE(m_wizard->currentId(), int(SetupWizard::ApiPageId));
    press(QWizard::NextButton);
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::IntegrationPageId));
    auto *checked = child<QLabel>(QStringLiteral("tokenCheckedLabel"));
    QVERIFY(checked->isVisible());
    QCOMPARE(checked->text(), QStringLiteral("The token works: Mercado Pago shows 3 terminals on this account."));

    // One terminal is a sentence of its own, and none says what to do.
    for (const QString &expected :
         {QStringLiteral("one terminal on this account."), QStringLiteral("no terminals on this account yet")}) {
        delete m_wizard;
        m_wizard = nullptr;
        m_sim->removeDevice(m_sim->devices().at(0).name);
        if (m_sim->devices().size() == 2)
            m_sim->removeDevice(m_sim->devices().at(0).name);
        open(SetupWizard::Mode::Replace);
        typeToken(kToken);
        press(QWizard::NextButton);
        // The token works: the API page comes next (the legacy API stays chosen).
        QTRY_COMPARE(m_wizard->currentId(), int(SetupWizard::ApiPageId));
        press(QWizard::NextButton);
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::IntegrationPageId));
        const QString text = child<QLabel>(QStringLiteral("tokenCheckedLabel"))->text();
        QVERIFY2(text.contains(expected), qPrintable(text));
    }
    QVERIFY(m_sim->devices().isEmpty());
}

void TestSetupWizard::progressIsNotShownAsSuccess()
{
    // The check takes a while: "Checking ..." is progress, in the info tone, not success green.
    SimFault slow;
    slow.kind = SimFault::Kind::Latency;
    slow.latencyMs = 1500;
    slow.method = QStringLiteral("GET");
    slow.pathPrefix = QStringLiteral("/point/services/integrations/v1/devices");
    m_sim->injectFault(slow);
    open(SetupWizard::Mode::Replace);
    typeToken(kToken);
    press(QWizard::NextButton);
    auto *status = child<QLabel>(QStringLiteral("tokenStatusLabel"));
    QVERIFY(status->text().startsWith(QLatin1String("Checking the token")));
    QCOMPARE(status->property("tone").toString(), QStringLiteral("progress"));
    QVERIFY(status->styleSheet().contains(Theme::colors(Theme::Tone::Info).foreground.name()));
    QVERIFY(!status->styleSheet().contains(Theme::colors(Theme::Tone::Success).foreground.name()));
    // The token works: the API page comes next (the legacy API stays chosen).
    QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(SetupWizard::ApiPageId), 10000);
    press(QWizard::NextButton);
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::IntegrationPageId));
    QCOMPARE(status->property("tone").toString(), QStringLiteral("success"));
}

void TestSetupWizard::saveHasTheKeyboardAfterAltN()
{
    open(SetupWizard::Mode::Replace);
    QApplication::setActiveWindow(m_wizard);
    QVERIFY(QTest::qWaitForWindowActive(m_wizard));
    typeToken(kToken);
    QTest::keyClick(child<QLineEdit>(QStringLiteral("tokenEdit")), Qt::Key_Return);
    // The token works: the API page comes next (the legacy API stays chosen).
    QTRY_COMPARE(m_wizard->currentId(), int(SetupWizard::ApiPageId));
    press(QWizard::NextButton);
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::IntegrationPageId));
    // Alt+N from the user id field: on to the Save page, where Save is the default and has the keyboard.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(m_wizard->currentId(), int(SetupWizard::SavePageId));
    auto *save = qobject_cast<QPushButton *>(m_wizard->button(QWizard::FinishButton));
    QVERIFY(save);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(save));
    QVERIFY(save->isDefault());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(m_wizard->isSaved());
    QCOMPARE(storedToken(), std::optional<QString>(kToken));
}

void TestSetupWizard::alreadyMaskedTokenIsShownOnce()
{
    // The window keeps the token masked only and hands that over: shown as it is, not "••••".
    const QString masked = SetupWizard::maskToken(kToken);
    open(SetupWizard::Mode::Rejected);
    m_wizard->setCurrentToken(masked);
    auto *current = child<QLabel>(QStringLiteral("currentTokenLabel"));
    QVERIFY(current->isVisible());
    QCOMPARE(current->text(), QStringLiteral("The token saved now: APP_USR-\u2026-1a2b"));
    QVERIFY(!current->text().contains(QStringLiteral("\u2022")));
    // A whole token is masked.
    m_wizard->setCurrentToken(kToken);
    QCOMPARE(current->text(), QStringLiteral("The token saved now: APP_USR-\u2026-1a2b"));
}

void TestSetupWizard::rejectedShowsTheReason()
{
    open(SetupWizard::Mode::Rejected);
    const QString reason = QStringLiteral("Mercado Pago refused the saved access token (401 Unauthorized) at 10:42.");
    m_wizard->setReason(reason);
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::TokenPageId));
    auto *label = child<QLabel>(QStringLiteral("tokenReasonLabel"));
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), reason);
}

void TestSetupWizard::tryDemoInsteadStoresNothing()
{
    open(SetupWizard::Mode::FirstRun);
    QAbstractButton *demo = m_wizard->button(QWizard::CustomButton1);
    QCOMPARE(demo->objectName(), QStringLiteral("tryDemoButton"));
    QVERIFY(demo->isVisible());
    QVERIFY(demo->text().contains(QLatin1String("demo")));
    QSignalSpy finished(m_wizard, &QDialog::finished);
    QTest::mouseClick(demo, Qt::LeftButton);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toInt(), int(QDialog::Rejected));
    QVERIFY(m_wizard->demoChosen());
    QCOMPARE(m_wizard->demoApi(), QStringLiteral("legacy")); // nothing chosen: the default
    QVERIFY(!m_wizard->isSaved());
    QVERIFY(!storedToken());
    QVERIFY(!storedPin());
}

void TestSetupWizard::everyControlHasNameAndAccessibleName()
{
    open(SetupWizard::Mode::NoBackend);
    int checked = 0;
    const QList<QWidget *> widgets = m_wizard->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const bool interactive = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w);
        if (!interactive)
            continue;
        ++checked;
        QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
    QVERIFY(checked >= 15);
}

void TestSetupWizard::apiPageChecksWhichOneAnswers()
{
    open(SetupWizard::Mode::Replace);
    typeToken(kToken);
    press(QWizard::NextButton);
    QTRY_COMPARE(m_wizard->currentId(), int(SetupWizard::ApiPageId));
    auto *legacy = child<QRadioButton>(QStringLiteral("apiChoice_legacy"));
    auto *orders = child<QRadioButton>(QStringLiteral("apiChoice_orders"));
    QVERIFY(legacy->isChecked()); // an account saved before the choice: legacy
    QVERIFY(!orders->isChecked());
    QCOMPARE(child<QLabel>(QStringLiteral("apiExplanation_orders"))->text(),
             Backends::explanation(QStringLiteral("orders")));

    // Choose the other one, then let the check pick: the simulator serves the legacy API with three terminals.
    QTest::mouseClick(orders, Qt::LeftButton);
    QVERIFY(orders->isChecked());
    auto *check = child<QPushButton>(QStringLiteral("probeApiButton"));
    QTest::mouseClick(check, Qt::LeftButton);
    QVERIFY(!check->isEnabled()); // asking, without blocking
    auto *status = child<QLabel>(QStringLiteral("apiStatusLabel"));
    QCOMPARE(status->property("tone").toString(), QStringLiteral("progress"));
    QTRY_COMPARE_WITH_TIMEOUT(status->property("tone").toString(), QStringLiteral("success"), 10000);
    QVERIFY(check->isEnabled());
    QVERIFY(legacy->isChecked());
    QVERIFY2(status->text().contains(Backends::displayName(QStringLiteral("legacy"))), qPrintable(status->text()));
    const QString legacyAnswer = child<QLabel>(QStringLiteral("apiAnswer_legacy"))->text();
    QVERIFY2(legacyAnswer.contains(QLatin1String("3 terminals")), qPrintable(legacyAnswer));
    auto *ordersAnswer = child<QLabel>(QStringLiteral("apiAnswer_orders"));
    QVERIFY(ordersAnswer->isVisible());
    QCOMPARE(ordersAnswer->property("tone").toString(), QStringLiteral("problem"));

    press(QWizard::NextButton);
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::IntegrationPageId));
}

void TestSetupWizard::leavingTheApiPageDropsTheCheck()
{
    SimFault slow;
    slow.kind = SimFault::Kind::Latency;
    slow.latencyMs = 1500;
    slow.method = QStringLiteral("GET");
    slow.pathPrefix = QStringLiteral("/point/services/integrations/v1/devices");
    open(SetupWizard::Mode::Replace);
    typeToken(kToken);
    press(QWizard::NextButton);
    QTRY_COMPARE(m_wizard->currentId(), int(SetupWizard::ApiPageId));
    m_sim->injectFault(slow);
    auto *page = qobject_cast<ApiPage *>(m_wizard->currentPage());
    QVERIFY(page);
    QSignalSpy answered(page->probe(), &ApiProbe::answered);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("probeApiButton")), Qt::LeftButton);
    QVERIFY(page->probe()->isRunning());
    press(QWizard::BackButton);
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::TokenPageId));
    QVERIFY(!page->probe()->isRunning());
    QTest::qWait(2000);
    QCOMPARE(answered.count(), 0);
}

void TestSetupWizard::welcomePageChoosesTheDemosApi()
{
    open(SetupWizard::Mode::FirstRun);
    m_wizard->setDemoApi(QStringLiteral("orders"));
    auto *combo = child<QComboBox>(QStringLiteral("demoApiCombo"));
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->currentData().toString(), QStringLiteral("orders"));
    QVERIFY(!combo->accessibleName().isEmpty());
    combo->setCurrentIndex(combo->findData(QStringLiteral("legacy")));
    QCOMPARE(m_wizard->demoApi(), QStringLiteral("legacy"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("orders")));
    QTest::mouseClick(m_wizard->button(QWizard::CustomButton1), Qt::LeftButton);
    QVERIFY(m_wizard->demoChosen());
    QCOMPARE(m_wizard->demoApi(), QStringLiteral("orders"));
}

void TestSetupWizard::savedApiIsTheOneChosen()
{
    m_settings->setAccountApi(QStringLiteral("point-v3")); // edited by hand: setup starts from legacy
    open(SetupWizard::Mode::Replace);
    typeToken(kToken);
    press(QWizard::NextButton);
    QTRY_COMPARE(m_wizard->currentId(), int(SetupWizard::ApiPageId));
    QVERIFY(child<QRadioButton>(QStringLiteral("apiChoice_legacy"))->isChecked());
    press(QWizard::NextButton);
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::IntegrationPageId));
    press(QWizard::NextButton);
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::SavePageId));
    QSignalSpy finished(m_wizard, &QDialog::finished);
    press(QWizard::FinishButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_wizard->isSaved(), 15000);
    QCOMPARE(m_settings->accountApi(), QStringLiteral("legacy"));
}

void TestSetupWizard::currencyProposedFromLanguageThenClock_data()
{
    QTest::addColumn<QString>("saved");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QLocale::Territory>("zone");
    QTest::addColumn<QString>("expected");
    // An English-speaking shop in Brazil: the clock says Brazil, the language says nothing about the country.
    QTest::newRow("en_US in Brazil") << QStringLiteral("ARS") << QStringLiteral("en_US") << QLocale::Brazil << QStringLiteral("BRL");
    QTest::newRow("en_GB in Mexico") << QStringLiteral("ARS") << QStringLiteral("en_GB") << QLocale::Mexico << QStringLiteral("MXN");
    QTest::newRow("es_AR in Brazil") << QStringLiteral("ARS") << QStringLiteral("es_AR") << QLocale::Brazil << QStringLiteral("ARS");
    QTest::newRow("pt_BR anywhere") << QStringLiteral("BRL") << QStringLiteral("pt_BR") << QLocale::AnyTerritory << QStringLiteral("BRL");
    QTest::newRow("chosen before wins") << QStringLiteral("CLP") << QStringLiteral("en_US") << QLocale::Brazil << QStringLiteral("CLP");
    QTest::newRow("nothing known") << QStringLiteral("ARS") << QStringLiteral("en_US") << QLocale::UnitedStates << QStringLiteral("ARS");
}

void TestSetupWizard::currencyProposedFromLanguageThenClock()
{
    QFETCH(QString, saved);
    QFETCH(QString, locale);
    QFETCH(QLocale::Territory, zone);
    QFETCH(QString, expected);
    QCOMPARE(SavePage::suggestedCurrency(saved, QLocale(locale), zone).code(), expected);
}

QTEST_MAIN(TestSetupWizard)
#include "tst_setupwizard.moc"
