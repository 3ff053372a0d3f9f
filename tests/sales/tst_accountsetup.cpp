// AccountSetup without widgets, against a real PointSimulator on 127.0.0.1 and the real Secret Service (run inside
// .ci/with-keyring): the token rule, the check and its words (401, 403, no network, timeout, a reply not as
// documented), saving with a new PIN, a stored PIN never replaced (a wrong one refused under manager mode's own
// lockout), and a computer without a keychain service (in a child process whose D-Bus address leads nowhere).
#include "api/Backends.h"
#include "sales/AccountSetup.h"
#include "sim/PointSimulator.h"
#include "store/ManagerPin.h"
#include "store/ManagerSession.h"
#include "store/Settings.h"
#include "store/TokenStore.h"
#include "support/AccountTestSupport.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace AccountTest;

namespace {

const QString kToken = QStringLiteral("APP_USR-5550001112223334-250301-acc0untsetuptest0000000000000-a5e7");
const qint64 kUserId = 482913756;
const char *kChildVariable = "POINTDESK_TEST_ACCOUNTSETUP_CHILD";
const QString kDevicesPath = QStringLiteral("/point/services/integrations/v1/devices");

bool isChild()
{
    return qEnvironmentVariableIsSet(kChildVariable);
}

} // namespace

class TestAccountSetup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void tokenRule_data();
    void tokenRule();
    void refusedInputSendsNothing();
    void goodToken();
    void unauthorizedToken();
    void forbiddenToken();
    void networkDown();
    void timeout();
    void malformedReply();
    void enableIntegration();
    void uncheckedTokenIsSavedWithoutAsking();
    void newPinRule();
    void saveWithANewPin();
    void replacingTheTokenLeavesThePinAndAFixedAddress();
    void storedPinIsNeverReplaced();
    void wrongStoredPinSharesTheLockout();
    void pinSetMeanwhileIsKept();
    void cancelEndsOnlyTheManagerModeItTurnedOn();
    void keychainUnavailable();
    void apiStartsFromTheSavedOneElseLegacy();
    void apiChosenIsCheckedAndSaved();
    void changingTheApiNeedsANewCheck();

private:
    AccountSetup *newSetup(bool managesPin);
    AccountSetup::CheckResult check(const QString &token, const QUrl &base);
    AccountSetup::SaveResult save();
    ManagerSession::Result prove(const QString &pin);
    AccountSetup::PinState queryPin(TokenStore::Result *read = nullptr);
    void storePin(const QString &pin);
    std::optional<QString> storedToken() const
    {
        return secretLookup(m_service, QString::fromLatin1(TokenStore::kAccessTokenKey));
    }
    std::optional<QString> storedPin() const
    {
        return secretLookup(m_service, QString::fromLatin1(TokenStore::kManagerPinKey));
    }
    void keychainUnavailableInChild();

    QTemporaryDir *m_dir = nullptr;
    PointSimulator *m_sim = nullptr;
    QString m_service;
    Settings *m_settings = nullptr;
    TokenStore *m_store = nullptr;
    ManagerSession *m_session = nullptr;
    AccountSetup *m_setup = nullptr;
};

void TestAccountSetup::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_sim = new PointSimulator;
    QVERIFY(m_sim->listen());
    m_sim->setAccessToken(kToken);
    m_sim->setUserId(kUserId);
    m_service = uniqueService(QStringLiteral("accountsetup"));
    m_settings = new Settings(m_dir->filePath(QStringLiteral("pointdesk.ini")));
    m_store = new TokenStore(m_service);
    m_session = new ManagerSession(m_store, m_settings);
    m_session->setHashIterations(ManagerPin::kMinIterations); // the hash's strength is ManagerPin's test
}

void TestAccountSetup::cleanup()
{
    delete m_setup;
    m_setup = nullptr;
    if (!isChild()) {
        secretClear(m_service, QString::fromLatin1(TokenStore::kAccessTokenKey));
        secretClear(m_service, QString::fromLatin1(TokenStore::kManagerPinKey));
    }
    delete m_session;
    delete m_store;
    delete m_settings;
    delete m_sim;
    delete m_dir;
}

AccountSetup *TestAccountSetup::newSetup(bool managesPin)
{
    delete m_setup;
    m_setup = new AccountSetup(m_store, m_session, m_settings);
    m_setup->setRequestTimeout(3000);
    m_setup->setManagesPin(managesPin);
    return m_setup;
}

AccountSetup::CheckResult TestAccountSetup::check(const QString &token, const QUrl &base)
{
    AccountSetup::CheckResult out;
    int answers = 0;
    const auto connection =
        connect(m_setup, &AccountSetup::tokenChecked, this, [&](const AccountSetup::CheckResult &result) {
            out = result;
            ++answers;
        });
    m_setup->checkToken(token, base);
    // Never from inside the call: a caller sets up its "checking" state after asking.
    [&]() { QVERIFY2(answers == 0 && m_setup->isChecking(), "answered from inside checkToken()"); }();
    [&]() { QTRY_COMPARE_WITH_TIMEOUT(answers, 1, 15000); }();
    disconnect(connection);
    [&]() { QVERIFY2(!m_setup->isChecking(), "still checking after the answer"); }();
    return out;
}

AccountSetup::SaveResult TestAccountSetup::save()
{
    AccountSetup::SaveResult out;
    out.outcome = AccountSetup::SaveResult::Outcome::NoSession; // overwritten by the answer
    bool done = false;
    const auto connection =
        connect(m_setup, &AccountSetup::saveFinished, this, [&](const AccountSetup::SaveResult &result) {
            out = result;
            done = true;
        });
    m_setup->save();
    [&]() { QTRY_VERIFY_WITH_TIMEOUT(done, 30000); }();
    disconnect(connection);
    return out;
}

ManagerSession::Result TestAccountSetup::prove(const QString &pin)
{
    ManagerSession::Result out;
    out.outcome = ManagerSession::Outcome::Busy; // overwritten by the answer
    bool done = false;
    const auto connection =
        connect(m_setup, &AccountSetup::storedPinChecked, this, [&](const ManagerSession::Result &result) {
            out = result;
            done = true;
        });
    m_setup->proveStoredPin(pin);
    [&]() { QTRY_VERIFY_WITH_TIMEOUT(done, 15000); }();
    disconnect(connection);
    return out;
}

AccountSetup::PinState TestAccountSetup::queryPin(TokenStore::Result *read)
{
    bool done = false;
    const auto connection = connect(m_setup, &AccountSetup::pinStateChanged, this,
                                    [&](AccountSetup::PinState, const TokenStore::Result &r) {
                                        if (read)
                                            *read = r;
                                        done = true;
                                    });
    m_setup->queryPinState();
    [&]() { QCOMPARE(m_setup->pinState(), AccountSetup::PinState::Checking); }();
    [&]() { QTRY_VERIFY_WITH_TIMEOUT(done, 30000); }();
    disconnect(connection);
    return m_setup->pinState();
}

void TestAccountSetup::storePin(const QString &pin)
{
    bool ready = false;
    m_session->setPinForSetup(pin, this, [&](const ManagerSession::Result &r) { ready = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(ready, 10000);
    QVERIFY(storedPin());
}

// --- the token ------------------------------------------------------------------------------------------------

void TestAccountSetup::tokenRule_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<bool>("acceptable");
    QTest::newRow("as copied") << kToken << kToken << true;
    QTest::newRow("spaces and a line end around") << QStringLiteral("  %1 \n").arg(kToken) << kToken << true;
    QTest::newRow("Bearer from an HTTP example") << QStringLiteral("Bearer %1").arg(kToken) << kToken << true;
    QTest::newRow("bearer, lower case") << QStringLiteral("bearer  %1").arg(kToken) << kToken << true;
    QTest::newRow("empty") << QString() << QString() << false;
    QTest::newRow("only spaces") << QStringLiteral("   ") << QString() << false;
    QTest::newRow("a space inside") << QStringLiteral("APP_USR-1234 5678") << QStringLiteral("APP_USR-1234 5678")
                                    << false;
    QTest::newRow("two lines") << QStringLiteral("APP_USR-1234\nAPP_USR-5678")
                               << QStringLiteral("APP_USR-1234\nAPP_USR-5678") << false;
    QTest::newRow("a tab inside") << QStringLiteral("APP_USR-1234\t5678") << QStringLiteral("APP_USR-1234\t5678")
                                  << false;
    QTest::newRow("not ASCII") << QStringLiteral("APP_USR-ñandú-1234") << QStringLiteral("APP_USR-ñandú-1234") << false;
    const QString control = QString(QStringLiteral("APP_USR-12") + QChar(0x01) + QStringLiteral("34"));
    QTest::newRow("a control character") << control << control << false;
    const QString del = QString(QStringLiteral("APP_USR-12") + QChar(0x7f) + QStringLiteral("34"));
    QTest::newRow("DEL") << del << del << false;
}

void TestAccountSetup::tokenRule()
{
    QFETCH(QString, typed);
    QFETCH(QString, normalized);
    QFETCH(bool, acceptable);
    QCOMPARE(AccountSetup::normalizedToken(typed), normalized);
    const QString problem = AccountSetup::tokenProblem(AccountSetup::normalizedToken(typed));
    QCOMPARE(problem.isEmpty(), acceptable);
    if (!acceptable && normalized.isEmpty())
        QVERIFY2(problem.contains(QLatin1String("Paste the access token")), qPrintable(problem));
    else if (!acceptable)
        QVERIFY2(problem.contains(QLatin1String("does not look like an access token")), qPrintable(problem));
}

void TestAccountSetup::refusedInputSendsNothing()
{
    newSetup(false);
    const int before = m_sim->requestCount();

    const QString spaced = QStringLiteral("APP_USR-1234 5678");
    AccountSetup::CheckResult result = check(spaced, m_sim->apiUrl());
    QCOMPARE(result.error.kind(), ApiError::Kind::InvalidInput);
    QCOMPARE(result.message(), AccountSetup::tokenProblem(spaced));

    // The token goes wherever the address points: plain http only to this computer.
    result = check(kToken, QUrl(QStringLiteral("http://api.example.com")));
    QCOMPARE(result.error.kind(), ApiError::Kind::InvalidInput);
    QVERIFY2(result.message().contains(QLatin1String("cannot be used")), qPrintable(result.message()));
    QVERIFY(!AccountSetup::isAcceptableBase(QUrl(QStringLiteral("http://api.example.com"))));
    QVERIFY(AccountSetup::isAcceptableBase(QUrl(QStringLiteral("https://api.mercadopago.com"))));

    QTest::qWait(100);
    QCOMPARE(m_sim->requestCount(), before);
    QVERIFY(m_setup->checkedToken().isEmpty());
}

void TestAccountSetup::goodToken()
{
    newSetup(false);
    const AccountSetup::CheckResult result = check(kToken, m_sim->apiUrl());
    QVERIFY2(result.ok(), qPrintable(result.error.detail()));
    QCOMPARE(result.deviceCount, int(m_sim->devices().size()));
    QCOMPARE(result.deviceCount, 3);
    QCOMPARE(result.message(), QStringLiteral("The token works: Mercado Pago shows 3 terminals on this account."));
    QCOMPARE(m_setup->checkedToken(), kToken);
    QCOMPARE(m_setup->checkedBase(), m_sim->apiUrl());
    QCOMPARE(m_setup->checkedDeviceCount(), 3);
    QVERIFY(m_setup->isChecked(kToken, m_sim->apiUrl()));
    QVERIFY(!m_setup->isChecked(kToken, QUrl(QStringLiteral("https://api.mercadopago.com"))));
    // Checked is not saved.
    QVERIFY(!m_setup->isSaved());
    QVERIFY(m_setup->savedToken().isEmpty());
    QVERIFY(!storedToken());

    // One terminal is a sentence of its own, and none says what to do.
    QVERIFY(AccountSetup::tokenWorksText(1).contains(QLatin1String("one terminal on this account.")));
    QVERIFY(AccountSetup::tokenWorksText(0).contains(QLatin1String("no terminals on this account yet")));
}

void TestAccountSetup::unauthorizedToken()
{
    newSetup(false);
    QVERIFY(check(kToken, m_sim->apiUrl()).ok());
    // A later check that fails forgets the token that worked: only the last check counts.
    const AccountSetup::CheckResult result =
        check(QStringLiteral("APP_USR-0000000000000000-000000-wrong-token-0000"), m_sim->apiUrl());
    QCOMPARE(result.error.kind(), ApiError::Kind::Unauthorized);
    QVERIFY2(result.message().contains(QLatin1String("(401)")), qPrintable(result.message()));
    QVERIFY2(result.message().contains(QLatin1String("did not accept this access token")),
             qPrintable(result.message()));
    QVERIFY(m_setup->checkedToken().isEmpty());
    QVERIFY(!storedToken());
}

void TestAccountSetup::forbiddenToken()
{
    SimFault fault;
    fault.kind = SimFault::Kind::ServerError;
    fault.httpStatus = 403;
    fault.method = QStringLiteral("GET");
    fault.pathPrefix = kDevicesPath;
    m_sim->injectFault(fault);
    newSetup(false);
    const AccountSetup::CheckResult result = check(kToken, m_sim->apiUrl());
    QCOMPARE(result.error.kind(), ApiError::Kind::Forbidden);
    QVERIFY2(result.message().contains(QLatin1String("(403)")), qPrintable(result.message()));
    QVERIFY2(result.message().contains(QLatin1String("Point terminals")), qPrintable(result.message()));
    QVERIFY(m_setup->checkedToken().isEmpty());
}

void TestAccountSetup::networkDown()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    newSetup(false);
    const AccountSetup::CheckResult result = check(kToken, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    QCOMPARE(result.error.kind(), ApiError::Kind::Network);
    QVERIFY2(result.message().contains(QLatin1String("cannot reach Mercado Pago at 127.0.0.1")),
             qPrintable(result.message()));
    QVERIFY(result.message().contains(QLatin1String("internet connection")));
    QVERIFY(m_setup->checkedToken().isEmpty());
}

void TestAccountSetup::timeout()
{
    SimFault slow;
    slow.kind = SimFault::Kind::Latency;
    slow.latencyMs = 3000;
    slow.method = QStringLiteral("GET");
    slow.pathPrefix = kDevicesPath;
    m_sim->injectFault(slow);
    newSetup(false);
    m_setup->setRequestTimeout(300);
    const AccountSetup::CheckResult result = check(kToken, m_sim->apiUrl());
    QCOMPARE(result.error.kind(), ApiError::Kind::Timeout);
    // The same words as no network at all: for the person setting up, both mean "check the connection".
    QVERIFY2(result.message().contains(QLatin1String("cannot reach Mercado Pago at 127.0.0.1")),
             qPrintable(result.message()));
    QVERIFY(m_setup->checkedToken().isEmpty());
}

void TestAccountSetup::malformedReply()
{
    SimFault garbage;
    garbage.kind = SimFault::Kind::Malformed;
    garbage.method = QStringLiteral("GET");
    garbage.pathPrefix = kDevicesPath;
    m_sim->injectFault(garbage);
    newSetup(false);
    const AccountSetup::CheckResult result = check(kToken, m_sim->apiUrl());
    QCOMPARE(result.error.kind(), ApiError::Kind::Malformed);
    QVERIFY2(result.message().startsWith(QLatin1String("The token could not be checked: ")),
             qPrintable(result.message()));
    QVERIFY2(result.message().contains(result.error.userMessage()), qPrintable(result.message()));
    QVERIFY(m_setup->checkedToken().isEmpty());
    QVERIFY(!storedToken());
}

void TestAccountSetup::enableIntegration()
{
    newSetup(false);
    QVERIFY(check(kToken, m_sim->apiUrl()).ok());
    const auto enable = [this](qint64 userId) {
        ApiError out(ApiError::Kind::Cancelled, QString());
        bool done = false;
        const auto connection =
            connect(m_setup, &AccountSetup::integrationEnabled, this, [&](qint64 id, const ApiError &error) {
                if (id == userId)
                    out = error;
                done = true;
            });
        m_setup->enableIntegration(userId);
        [&]() { QTRY_VERIFY_WITH_TIMEOUT(done, 15000); }();
        disconnect(connection);
        return out;
    };

    const ApiError wrong = enable(111);
    QVERIFY(wrong.isError());
    QVERIFY(!m_sim->integrationEnabled());
    QVERIFY(AccountSetup::integrationText(111, wrong).contains(QLatin1String("111")));

    const ApiError right = enable(kUserId);
    QVERIFY2(!right.isError(), qPrintable(right.detail()));
    QVERIFY(m_sim->integrationEnabled());
    QVERIFY(AccountSetup::integrationText(kUserId, right).contains(QLatin1String("is enabled")));
}

void TestAccountSetup::uncheckedTokenIsSavedWithoutAsking()
{
    // pointdesk-cli login --no-check: the same rule, no request, then the same save.
    newSetup(false);
    m_setup->setApiBaseFixed(true);
    const int before = m_sim->requestCount();
    QVERIFY(!m_setup->acceptUncheckedToken(QStringLiteral("APP_USR-1234 5678"), m_sim->apiUrl()));
    QVERIFY(!m_setup->acceptUncheckedToken(kToken, QUrl(QStringLiteral("http://api.example.com"))));
    QVERIFY(m_setup->checkedToken().isEmpty());
    m_setup->save(); // nothing to save yet
    QVERIFY(!m_setup->isSaving());
    QVERIFY(m_setup->acceptUncheckedToken(kToken, m_sim->apiUrl()));
    QCOMPARE(m_setup->checkedToken(), kToken);
    const AccountSetup::SaveResult result = save();
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(storedToken(), std::optional<QString>(kToken));
    QCOMPARE(m_sim->requestCount(), before);
    QVERIFY(m_settings->apiBase().isEmpty());
}

// --- the manager PIN and saving -------------------------------------------------------------------------------

void TestAccountSetup::newPinRule()
{
    using Problem = AccountSetup::NewPinProblem;
    QCOMPARE(AccountSetup::newPinProblem(QStringLiteral("4826"), QStringLiteral("4826")), Problem::None);
    QCOMPARE(AccountSetup::newPinProblem(QStringLiteral("48261739"), QStringLiteral("48261739")), Problem::None);
    QCOMPARE(AccountSetup::newPinProblem(QStringLiteral("12"), QStringLiteral("12")), Problem::Invalid);
    QCOMPARE(AccountSetup::newPinProblem(QStringLiteral("482617390"), QStringLiteral("482617390")), Problem::Invalid);
    QCOMPARE(AccountSetup::newPinProblem(QStringLiteral("48a6"), QStringLiteral("48a6")), Problem::Invalid);
    QCOMPARE(AccountSetup::newPinProblem(QStringLiteral("0000"), QStringLiteral("0000")), Problem::Trivial);
    QCOMPARE(AccountSetup::newPinProblem(QStringLiteral("1234"), QStringLiteral("1234")), Problem::Trivial);
    QCOMPARE(AccountSetup::newPinProblem(QStringLiteral("98765"), QStringLiteral("98765")), Problem::Trivial);
    QCOMPARE(AccountSetup::newPinProblem(QStringLiteral("4826"), QStringLiteral("4862")), Problem::Mismatch);
    QVERIFY(AccountSetup::newPinProblemText(Problem::None).isEmpty());
    QVERIFY(AccountSetup::newPinProblemText(Problem::Invalid).contains(QLatin1String("4 to 8 digits")));
    QCOMPARE(AccountSetup::newPinProblemText(Problem::Trivial), ManagerPin::trivialPinMessage());
    QVERIFY(AccountSetup::newPinProblemText(Problem::Mismatch).contains(QLatin1String("not the same")));
}

void TestAccountSetup::saveWithANewPin()
{
    newSetup(true);
    QCOMPARE(queryPin(), AccountSetup::PinState::NotSet);
    QVERIFY(!m_setup->keepsStoredPin());
    QVERIFY(m_setup->needsPinEntry());
    QVERIFY(check(QStringLiteral("  ") + kToken + QStringLiteral("  "), m_sim->apiUrl()).ok() == false);
    QVERIFY(check(AccountSetup::normalizedToken(QStringLiteral("  ") + kToken), m_sim->apiUrl()).ok());
    m_setup->setNewPin(QStringLiteral("4826"));
    QVERIFY(!storedToken());
    QVERIFY(!storedPin());

    const AccountSetup::SaveResult result = save();
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QVERIFY(m_setup->isSaved());
    QCOMPARE(m_setup->savedToken(), kToken);
    // In the keychain, exactly the token; the PIN only as a hash.
    QCOMPARE(storedToken(), std::optional<QString>(kToken));
    const std::optional<QString> pin = storedPin();
    QVERIFY(pin);
    QVERIFY(pin->startsWith(QLatin1String("pbkdf2-sha256$")));
    QVERIFY(ManagerPin::verify(QStringLiteral("4826"), *pin));
    QVERIFY(!ManagerPin::verify(QStringLiteral("4862"), *pin));
    // The simulator's address is not the default, so the settings keep it; never the token or the PIN.
    QCOMPARE(m_settings->apiBase(), m_sim->apiUrl());
    m_settings->sync();
    QVERIFY(filesContaining(m_dir->path(), kToken.toUtf8()).isEmpty());
    QVERIFY(filesContaining(m_dir->path(), QByteArrayLiteral("pbkdf2")).isEmpty());
    // Setting up is not manager mode.
    QVERIFY(!m_session->isActive());
}

void TestAccountSetup::replacingTheTokenLeavesThePinAndAFixedAddress()
{
    storePin(QStringLiteral("5150"));
    const std::optional<QString> pinBefore = storedPin();
    m_settings->setApiBase(QUrl(QStringLiteral("https://sandbox.example.com")));
    newSetup(false); // replacing the token: the PIN is not setup's business
    m_setup->setApiBaseFixed(true);
    QVERIFY(!m_setup->needsPinEntry());
    QVERIFY(check(kToken, m_sim->apiUrl()).ok());
    m_setup->setNewPin(QStringLiteral("4826")); // ignored: setup does not manage the PIN
    const AccountSetup::SaveResult result = save();
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(storedToken(), std::optional<QString>(kToken));
    QCOMPARE(storedPin(), pinBefore);
    // Given at start-up, the address is not the settings' to keep.
    QCOMPARE(m_settings->apiBase(), QUrl(QStringLiteral("https://sandbox.example.com")));
}

void TestAccountSetup::storedPinIsNeverReplaced()
{
    // pointdesk-cli logout removed the token and left the manager PIN.
    storePin(QStringLiteral("5150"));
    const std::optional<QString> pinBefore = storedPin();
    newSetup(true);
    QCOMPARE(queryPin(), AccountSetup::PinState::Set);
    QVERIFY(m_setup->keepsStoredPin());
    QVERIFY(m_setup->needsPinEntry());
    QVERIFY(check(kToken, m_sim->apiUrl()).ok());

    // A new PIN instead of the stored one: nothing is saved.
    m_setup->setNewPin(QStringLiteral("4826"));
    AccountSetup::SaveResult result = save();
    QCOMPARE(result.outcome, AccountSetup::SaveResult::Outcome::PinNotProven);
    QVERIFY(!result.message().isEmpty());
    QVERIFY(!m_setup->isSaved());
    QVERIFY(!storedToken());
    QCOMPARE(storedPin(), pinBefore);

    // The stored one, entered right: manager mode comes on, and saving keeps that very hash.
    const ManagerSession::Result proven = prove(QStringLiteral("5150"));
    QVERIFY2(proven.ok(), qPrintable(proven.message()));
    QVERIFY(m_setup->isPinProven());
    QVERIFY(m_session->isActive());
    result = save();
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(storedToken(), std::optional<QString>(kToken));
    QCOMPARE(storedPin(), pinBefore);
}

void TestAccountSetup::wrongStoredPinSharesTheLockout()
{
    QDateTime now = QDateTime::currentDateTimeUtc();
    m_session->setClock([&now]() { return now; });
    storePin(QStringLiteral("5150"));
    const std::optional<QString> pinBefore = storedPin();
    newSetup(true);
    QCOMPARE(queryPin(), AccountSetup::PinState::Set);
    QVERIFY(check(kToken, m_sim->apiUrl()).ok());

    // A wrong PIN is refused and counted where manager mode counts: in the settings, shared by every session.
    ManagerSession::Result result = prove(QStringLiteral("9999"));
    QCOMPARE(result.outcome, ManagerSession::Outcome::WrongPin);
    QCOMPARE(result.remainingTries, ManagerSession::kTriesBeforeLockout - 1);
    QCOMPARE(m_settings->managerFailedAttempts(), 1);
    QVERIFY(!m_setup->isPinProven());
    QVERIFY(!m_session->isActive());
    ManagerSession window(m_store, m_settings); // the cashier window's manager mode, say
    window.setClock([&now]() { return now; });
    QCOMPARE(window.failedAttempts(), 1);

    // Not a PIN at all: refused, not counted.
    QCOMPARE(prove(QStringLiteral("12")).outcome, ManagerSession::Outcome::InvalidPin);
    QCOMPARE(m_settings->managerFailedAttempts(), 1);

    for (int i = 2; i < ManagerSession::kTriesBeforeLockout; ++i)
        QCOMPARE(prove(QStringLiteral("9999")).outcome, ManagerSession::Outcome::WrongPin);
    result = prove(QStringLiteral("9999"));
    QCOMPARE(result.outcome, ManagerSession::Outcome::LockedOut);
    QVERIFY(result.lockedUntil > now);
    QVERIFY(m_setup->isLockedOut());
    QCOMPARE(m_setup->lockedUntil(), result.lockedUntil);
    // The lockout is manager mode's: the window is locked too, and even the right PIN is refused now.
    QVERIFY(window.isLockedOut());
    QCOMPARE(prove(QStringLiteral("5150")).outcome, ManagerSession::Outcome::LockedOut);
    QVERIFY(!m_setup->isPinProven());
    QCOMPARE(save().outcome, AccountSetup::SaveResult::Outcome::PinNotProven);
    QVERIFY(!storedToken());

    // When it is over, the right PIN goes through and the count starts again.
    now = now.addSecs(qint64(ManagerSession::kFirstLockoutMinutes) * 60 + 1);
    QVERIFY(!m_setup->isLockedOut());
    QVERIFY(prove(QStringLiteral("5150")).ok());
    QCOMPARE(m_settings->managerFailedAttempts(), 0);
    QVERIFY(save().ok());
    QCOMPARE(storedPin(), pinBefore);
}

void TestAccountSetup::pinSetMeanwhileIsKept()
{
    newSetup(true);
    QCOMPARE(queryPin(), AccountSetup::PinState::NotSet);
    QVERIFY(check(kToken, m_sim->apiUrl()).ok());
    m_setup->setNewPin(QStringLiteral("4826"));

    // Meanwhile (another PointDesk, pointdesk-cli) a PIN was set: save asks the keychain again and keeps it.
    storePin(QStringLiteral("5150"));
    const std::optional<QString> pinBefore = storedPin();
    const AccountSetup::SaveResult result = save();
    QCOMPARE(result.outcome, AccountSetup::SaveResult::Outcome::PinAlreadySet);
    QVERIFY2(result.message().contains(QLatin1String("already set")), qPrintable(result.message()));
    QCOMPARE(m_setup->pinState(), AccountSetup::PinState::Set);
    QVERIFY(m_setup->keepsStoredPin());
    QVERIFY(!m_setup->isSaved());
    QVERIFY(!storedToken());
    QCOMPARE(storedPin(), pinBefore);
    QVERIFY(ManagerPin::verify(QStringLiteral("5150"), *storedPin()));
}

void TestAccountSetup::cancelEndsOnlyTheManagerModeItTurnedOn()
{
    storePin(QStringLiteral("5150"));
    newSetup(true);
    QCOMPARE(queryPin(), AccountSetup::PinState::Set);
    QVERIFY(prove(QStringLiteral("5150")).ok());
    QVERIFY(m_session->isActive());
    m_setup->cancel();
    QVERIFY(!m_session->isActive());

    // Manager mode that was on before setup is not setup's to end; it also proves the PIN already.
    bool unlocked = false;
    m_session->unlock(QStringLiteral("5150"), this, [&](const ManagerSession::Result &r) { unlocked = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(unlocked, 10000);
    newSetup(true);
    QCOMPARE(queryPin(), AccountSetup::PinState::Set);
    QVERIFY(!m_setup->needsPinEntry());
    QVERIFY(check(kToken, m_sim->apiUrl()).ok());
    QVERIFY(save().ok());
    m_setup->cancel();
    QVERIFY(m_session->isActive());
}

// --- no keychain ----------------------------------------------------------------------------------------------

void TestAccountSetup::keychainUnavailable()
{
    if (isChild())
        return keychainUnavailableInChild();
    // A keychain service cannot be taken away from a running process: this test runs again in a child whose
    // D-Bus session address leads nowhere.
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(kChildVariable), QStringLiteral("1"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/pointdesk-no-bus"));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("keychainUnavailable")});
    QVERIFY(child.waitForStarted());
    QVERIFY(child.waitForFinished(90000));
    const QByteArray output = child.readAll();
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, output.constData());
    QVERIFY2(output.contains("PASS   : TestAccountSetup::keychainUnavailable()"), output.constData());
}

void TestAccountSetup::keychainUnavailableInChild()
{
    QVERIFY(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QLatin1String("nonexistent")));
    newSetup(true);
    TokenStore::Result read;
    QCOMPARE(queryPin(&read), AccountSetup::PinState::Unavailable);
    QCOMPARE(read.status, TokenStore::Status::NoBackend);
    QVERIFY(check(kToken, m_sim->apiUrl()).ok()); // the network is there; only the keychain is not
    m_setup->setNewPin(QStringLiteral("4826"));

    // Saving says why, in the keychain's own words, and saves nothing.
    AccountSetup::SaveResult result = save();
    QCOMPARE(result.outcome, AccountSetup::SaveResult::Outcome::Keychain);
    QCOMPARE(result.keychain.status, TokenStore::Status::NoBackend);
    QCOMPARE(result.message(), TokenStore::noBackendHelp());
    QVERIFY(!m_setup->isSaved());

    // The session-only choice: the token and the PIN stay in memory until PointDesk quits.
    m_setup->chooseSessionOnly();
    QVERIFY(m_setup->isSessionOnlyChosen());
    QVERIFY(m_store->isSessionOnly());
    result = save();
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(m_setup->savedToken(), kToken);
    bool done = false;
    TokenStore::Result token;
    m_store->read(QString::fromLatin1(TokenStore::kAccessTokenKey), this, [&](const TokenStore::Result &r) {
        token = r;
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY(token.ok());
    QCOMPARE(token.value, kToken);
    m_settings->sync();
    QVERIFY(filesContaining(m_dir->path(), kToken.toUtf8()).isEmpty());
}

void TestAccountSetup::apiStartsFromTheSavedOneElseLegacy()
{
    // An account saved before the choice existed speaks the legacy API.
    QCOMPARE(newSetup(false)->api(), QStringLiteral("legacy"));
    m_settings->setAccountApi(QStringLiteral("orders"));
    QCOMPARE(newSetup(false)->api(), QStringLiteral("orders"));
    // A value edited by hand that is no API: setup starts from the default and never crashes.
    m_settings->setAccountApi(QStringLiteral("point-v3"));
    QCOMPARE(newSetup(false)->api(), QStringLiteral("legacy"));
    QVERIFY(!m_setup->setApi(QStringLiteral("point-v3")));
    QVERIFY(!m_setup->setApi(QStringLiteral("Orders"))); // keys are exact; Backends::parse() takes what users type
    QCOMPARE(m_setup->api(), QStringLiteral("legacy"));
}

void TestAccountSetup::apiChosenIsCheckedAndSaved()
{
    m_settings->setAccountApi(QStringLiteral("orders"));
    newSetup(false);
    QVERIFY(m_setup->setApi(QStringLiteral("legacy")));
    const AccountSetup::CheckResult checked = check(kToken, m_sim->apiUrl());
    QVERIFY2(checked.ok(), qPrintable(checked.message()));
    QCOMPARE(checked.api, QStringLiteral("legacy"));
    QCOMPARE(m_setup->checkedApi(), QStringLiteral("legacy"));
    // Nothing is written before save().
    QCOMPARE(m_settings->accountApi(), QStringLiteral("orders"));
    const AccountSetup::SaveResult result = save();
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(m_settings->accountApi(), QStringLiteral("legacy"));
    QCOMPARE(Settings(m_settings->fileName()).accountApi(), QStringLiteral("legacy")); // on disk too
}

void TestAccountSetup::changingTheApiNeedsANewCheck()
{
    newSetup(false);
    QVERIFY(check(kToken, m_sim->apiUrl()).ok());
    QVERIFY(m_setup->isChecked(kToken, m_sim->apiUrl()));
    QVERIFY(m_setup->setApi(QStringLiteral("orders")));
    QVERIFY(!m_setup->isChecked(kToken, m_sim->apiUrl()));
    QVERIFY(m_setup->setApi(QStringLiteral("legacy")));
    QVERIFY(m_setup->isChecked(kToken, m_sim->apiUrl()));
}

QTEST_GUILESS_MAIN(TestAccountSetup)
#include "tst_accountsetup.moc"
