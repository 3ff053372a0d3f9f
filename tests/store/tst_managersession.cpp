// ManagerSession against the real Secret Service (run inside .ci/with-keyring): the PIN stored as a PBKDF2 hash,
// unlock, wrong PINs and the growing lockout (which survives a new session object, as after a restart), changing
// and forgetting the PIN, the token proof when no PIN exists, and the idle timeout. What the keychain holds is
// asked of secret-tool, not of the code under test.
#include "support/AccountTestSupport.h"
#include "store/ManagerLockout.h"
#include "store/ManagerPin.h"
#include "store/ManagerSession.h"
#include "store/Settings.h"
#include "store/TokenStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace AccountTest;

class TestManagerSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void setupPinIsStoredAsHashAndUnlocks();
    void wrongPinsLockAndTheLockSurvivesARestart();
    void lockoutGrows();
    void lockoutSurvivesAClockSetBack();
    void invalidPinIsNotCounted();
    void changePinNeedsTheOldOne();
    void forgetPinRemovesIt();
    void createPinNeedsTheSavedToken();
    void noPinMeansNoEntryUnlessDemo();
    void idleTimeoutEnds();
    void onlyCountedInputKeepsItOpen();
    void endIsIdempotent();
    void deletingTheSettingsResetsNothing();
    void damagedCountFailsClosed();
    void cancelledCheckCountsNothing();
    void damagedPinIsResetWithTheToken();

private:
    ManagerSession::Result run(const std::function<void(ManagerSession::Callback)> &op);
    ManagerSession *newSession();
    bool writeSecret(const char *key, const QString &value);
    void forgetSettings();
    std::optional<QString> storedPin() const
    {
        return secretLookup(m_service, QString::fromLatin1(TokenStore::kManagerPinKey));
    }

    QTemporaryDir *m_dir = nullptr;
    QString m_service;
    Settings *m_settings = nullptr;
    TokenStore *m_store = nullptr;
    QList<ManagerSession *> m_sessions;
    QDateTime m_now;
};

void TestManagerSession::init()
{
    m_dir = new QTemporaryDir;
    m_service = uniqueService(QStringLiteral("session"));
    m_settings = new Settings(m_dir->filePath(QStringLiteral("pointdesk.ini")));
    m_store = new TokenStore(m_service);
    m_now = QDateTime(QDate(2025, 3, 1), QTime(10, 0), Qt::UTC);
}

void TestManagerSession::cleanup()
{
    qDeleteAll(m_sessions);
    m_sessions.clear();
    secretClear(m_service, QString::fromLatin1(TokenStore::kManagerPinKey));
    secretClear(m_service, QString::fromLatin1(TokenStore::kAccessTokenKey));
    secretClear(m_service, QString::fromLatin1(ManagerLockout::kKeychainKey));
    // Keychain calls still out (the wizard's or the window's, answered or not) end before the store goes: libsecret
    // holds their jobs until it answers.
    QTRY_VERIFY_WITH_TIMEOUT(m_store->isIdle(), 30000);
    delete m_store;
    delete m_settings;
    delete m_dir;
}

bool TestManagerSession::writeSecret(const char *key, const QString &value)
{
    bool written = false;
    bool done = false;
    m_store->write(QString::fromLatin1(key), value, this, [&](const TokenStore::Result &r) {
        written = r.ok();
        done = true;
    });
    return QTest::qWaitFor([&done]() { return done; }, 30000) && written;
}

void TestManagerSession::forgetSettings()
{
    // What someone at the computer could do: delete the settings file, where the count used to live.
    delete m_settings;
    QVERIFY(QFile::remove(m_dir->filePath(QStringLiteral("pointdesk.ini"))));
    m_settings = new Settings(m_dir->filePath(QStringLiteral("pointdesk.ini")));
    QCOMPARE(m_settings->managerFailedAttempts(), 0);
}

ManagerSession *TestManagerSession::newSession()
{
    auto *session = new ManagerSession(m_store, m_settings);
    session->setClock([this]() { return m_now; });
    m_sessions << session;
    return session;
}

ManagerSession::Result TestManagerSession::run(const std::function<void(ManagerSession::Callback)> &op)
{
    ManagerSession::Result out;
    bool done = false;
    op([&](const ManagerSession::Result &r) {
        out = r;
        done = true;
    });
    if (!QTest::qWaitFor([&done]() { return done; }, 30000)) {
        out.outcome = ManagerSession::Outcome::Keychain;
        out.keychain.detail = QStringLiteral("timed out");
    }
    return out;
}

void TestManagerSession::setupPinIsStoredAsHashAndUnlocks()
{
    ManagerSession *session = newSession();
    QVERIFY(!storedPin());
    QVERIFY(run([&](auto done) { session->setPinForSetup(QStringLiteral("2468"), this, done); }).ok());
    const std::optional<QString> stored = storedPin();
    QVERIFY(stored);
    QVERIFY2(stored->startsWith(QLatin1String("pbkdf2-sha256$")), qPrintable(*stored));
    QVERIFY(!stored->contains(QLatin1String("2468")));
    QVERIFY(ManagerPin::isWellFormed(*stored));
    QVERIFY(!session->isActive()); // setting the PIN in the wizard does not start manager mode

    QSignalSpy changed(session, &ManagerSession::activeChanged);
    const auto result = run([&](auto done) { session->unlock(QStringLiteral("2468"), this, done); });
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QVERIFY(session->isActive());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toBool(), true);
}

void TestManagerSession::wrongPinsLockAndTheLockSurvivesARestart()
{
    ManagerSession *session = newSession();
    QVERIFY(run([&](auto done) { session->setPinForSetup(QStringLiteral("1357"), this, done); }).ok());
    for (int i = 1; i < ManagerSession::kTriesBeforeLockout; ++i) {
        const auto wrong = run([&](auto done) { session->unlock(QStringLiteral("0000"), this, done); });
        QCOMPARE(wrong.outcome, ManagerSession::Outcome::WrongPin);
        QCOMPARE(wrong.remainingTries, ManagerSession::kTriesBeforeLockout - i);
        QVERIFY(wrong.message().contains(QString::number(wrong.remainingTries)));
    }
    const auto fifth = run([&](auto done) { session->unlock(QStringLiteral("0000"), this, done); });
    QCOMPARE(fifth.outcome, ManagerSession::Outcome::LockedOut);
    QCOMPARE(fifth.lockedUntil, m_now.addSecs(5 * 60));
    QVERIFY(session->isLockedOut());
    QVERIFY(!session->isActive());

    // Even the right PIN is refused while locked, and nothing is checked.
    const auto right = run([&](auto done) { session->unlock(QStringLiteral("1357"), this, done); });
    QCOMPARE(right.outcome, ManagerSession::Outcome::LockedOut);
    QVERIFY(!session->isActive());

    // A restart: new Settings and session objects on the same settings file.
    m_settings->sync();
    delete m_settings;
    m_settings = new Settings(m_dir->filePath(QStringLiteral("pointdesk.ini")));
    QCOMPARE(m_settings->managerFailedAttempts(), 5);
    ManagerSession *restarted = newSession();
    QVERIFY(restarted->isLockedOut());
    QCOMPARE(restarted->lockedUntil(), m_now.addSecs(5 * 60));
    const auto afterRestart = run([&](auto done) { restarted->unlock(QStringLiteral("1357"), this, done); });
    QCOMPARE(afterRestart.outcome, ManagerSession::Outcome::LockedOut);

    // Once the time has passed, the right PIN works and the count starts again.
    m_now = m_now.addSecs(5 * 60 + 1);
    QVERIFY(!restarted->isLockedOut());
    const auto later = run([&](auto done) { restarted->unlock(QStringLiteral("1357"), this, done); });
    QVERIFY2(later.ok(), qPrintable(later.message()));
    QCOMPARE(m_settings->managerFailedAttempts(), 0);
    QVERIFY(!m_settings->managerLockedUntil().isValid());
}

void TestManagerSession::lockoutGrows()
{
    ManagerSession *session = newSession();
    session->setHashIterations(ManagerPin::kMinIterations); // this test is about counting, not hashing
    QVERIFY(run([&](auto done) { session->setPinForSetup(QStringLiteral("8080"), this, done); }).ok());
    const int expectedMinutes[] = {5, 10, 20, 40, 60, 60};
    for (int minutes : expectedMinutes) {
        ManagerSession::Result last;
        for (int i = 0; i < ManagerSession::kTriesBeforeLockout; ++i)
            last = run([&](auto done) { session->unlock(QStringLiteral("1111"), this, done); });
        QCOMPARE(last.outcome, ManagerSession::Outcome::LockedOut);
        QCOMPARE(session->lockedUntil(), m_now.addSecs(qint64(minutes) * 60));
        m_now = m_now.addSecs(qint64(minutes) * 60 + 1);
    }
}

void TestManagerSession::lockoutSurvivesAClockSetBack()
{
    ManagerSession *session = newSession();
    // The clock was set back a year after a lockout began: the lockout still ends within its longest length.
    m_settings->setManagerFailedAttempts(5);
    m_settings->setManagerLockedUntil(m_now.addDays(365));
    QVERIFY(session->isLockedOut());
    QVERIFY(session->lockedUntil() <= m_now.addSecs(ManagerSession::kMaxLockoutMinutes * 60));
}

void TestManagerSession::invalidPinIsNotCounted()
{
    ManagerSession *session = newSession();
    QVERIFY(run([&](auto done) { session->setPinForSetup(QStringLiteral("24680"), this, done); }).ok());
    const auto result = run([&](auto done) { session->unlock(QStringLiteral("12"), this, done); });
    QCOMPARE(result.outcome, ManagerSession::Outcome::InvalidPin);
    QCOMPARE(session->failedAttempts(), 0);
    const auto bad = run([&](auto done) { session->setPinForSetup(QStringLiteral("12ab"), this, done); });
    QCOMPARE(bad.outcome, ManagerSession::Outcome::InvalidPin);
    QVERIFY(ManagerPin::verify(QStringLiteral("24680"), *storedPin())); // unchanged
}

void TestManagerSession::changePinNeedsTheOldOne()
{
    ManagerSession *session = newSession();
    QVERIFY(run([&](auto done) { session->setPinForSetup(QStringLiteral("1111"), this, done); }).ok());
    const auto notActive =
        run([&](auto done) { session->changePin(QStringLiteral("1111"), QStringLiteral("2222"), this, done); });
    QCOMPARE(notActive.outcome, ManagerSession::Outcome::NotActive);

    QVERIFY(run([&](auto done) { session->unlock(QStringLiteral("1111"), this, done); }).ok());
    const auto wrongOld =
        run([&](auto done) { session->changePin(QStringLiteral("9999"), QStringLiteral("2222"), this, done); });
    QCOMPARE(wrongOld.outcome, ManagerSession::Outcome::WrongPin);
    QCOMPARE(session->failedAttempts(), 1);
    QVERIFY(ManagerPin::verify(QStringLiteral("1111"), *storedPin()));

    const auto changed =
        run([&](auto done) { session->changePin(QStringLiteral("1111"), QStringLiteral("22223333"), this, done); });
    QVERIFY2(changed.ok(), qPrintable(changed.message()));
    QVERIFY(ManagerPin::verify(QStringLiteral("22223333"), *storedPin()));
    QVERIFY(!ManagerPin::verify(QStringLiteral("1111"), *storedPin()));
    QCOMPARE(session->failedAttempts(), 0);

    session->end();
    QCOMPARE(run([&](auto done) { session->unlock(QStringLiteral("1111"), this, done); }).outcome,
             ManagerSession::Outcome::WrongPin);
    QVERIFY(run([&](auto done) { session->unlock(QStringLiteral("22223333"), this, done); }).ok());
}

void TestManagerSession::forgetPinRemovesIt()
{
    ManagerSession *session = newSession();
    QVERIFY(run([&](auto done) { session->setPinForSetup(QStringLiteral("5555"), this, done); }).ok());
    QCOMPARE(run([&](auto done) { session->forgetPin(this, done); }).outcome, ManagerSession::Outcome::NotActive);
    QVERIFY(storedPin());
    QVERIFY(run([&](auto done) { session->unlock(QStringLiteral("5555"), this, done); }).ok());
    QVERIFY(run([&](auto done) { session->forgetPin(this, done); }).ok());
    QVERIFY(!storedPin());
}

void TestManagerSession::createPinNeedsTheSavedToken()
{
    // The account came from pointdesk-cli login: a token, no PIN.
    const QString token = QStringLiteral("APP_USR-5551234-proof-token-77");
    bool written = false;
    m_store->write(QString::fromLatin1(TokenStore::kAccessTokenKey), token, this,
                   [&](const TokenStore::Result &r) { written = r.ok(); });
    QTRY_VERIFY(written);
    ManagerSession *session = newSession();
    QCOMPARE(run([&](auto done) { session->unlock(QStringLiteral("1234"), this, done); }).outcome,
             ManagerSession::Outcome::NoPin);

    const auto wrong = run([&](auto done) {
        session->createPin(QStringLiteral("APP_USR-someone-elses"), QStringLiteral("4321"), this, done);
    });
    QCOMPARE(wrong.outcome, ManagerSession::Outcome::WrongToken);
    QCOMPARE(session->failedAttempts(), 1);
    QVERIFY(!storedPin());
    QVERIFY(!session->isActive());

    const auto created = run([&](auto done) { session->createPin(token, QStringLiteral("4321"), this, done); });
    QVERIFY2(created.ok(), qPrintable(created.message()));
    QVERIFY(session->isActive());
    QVERIFY(ManagerPin::verify(QStringLiteral("4321"), *storedPin()));

    // Once a PIN exists, createPin cannot replace it.
    session->end();
    const auto again = run([&](auto done) { session->createPin(token, QStringLiteral("0000"), this, done); });
    QCOMPARE(again.outcome, ManagerSession::Outcome::PinAlreadySet);
    QVERIFY(ManagerPin::verify(QStringLiteral("4321"), *storedPin()));
}

void TestManagerSession::noPinMeansNoEntryUnlessDemo()
{
    ManagerSession *session = newSession();
    QCOMPARE(run([&](auto done) { session->unlock(QString(), this, done); }).outcome, ManagerSession::Outcome::NoPin);
    QVERIFY(!session->isActive());
    session->setUnprotectedEntryAllowed(true);
    QVERIFY(run([&](auto done) { session->unlock(QString(), this, done); }).ok());
    QVERIFY(session->isActive());
    // With a PIN stored, demo mode needs it like anything else.
    session->end();
    QVERIFY(run([&](auto done) { session->setPinForSetup(QStringLiteral("7777"), this, done); }).ok());
    QCOMPARE(run([&](auto done) { session->unlock(QString(), this, done); }).outcome,
             ManagerSession::Outcome::InvalidPin);
    QVERIFY(!session->isActive());
}

void TestManagerSession::idleTimeoutEnds()
{
    QCOMPARE(Settings(m_dir->filePath(QStringLiteral("fresh.ini"))).managerIdleMinutes(), 5);
    m_settings->setManagerIdleMinutes(7);
    ManagerSession *fromSettings = newSession();
    QCOMPARE(fromSettings->idleTimeout(), 7 * 60 * 1000);

    ManagerSession *session = newSession();
    session->setUnprotectedEntryAllowed(true);
    session->setIdleTimeout(300);
    QSignalSpy ended(session, &ManagerSession::ended);
    QVERIFY(run([&](auto done) { session->unlock(QString(), this, done); }).ok());
    QVERIFY(session->isActive());
    // Activity pushes the end further out.
    for (int i = 0; i < 5; ++i) {
        QTest::qWait(120);
        session->noteActivity();
    }
    QVERIFY(session->isActive());
    QTRY_VERIFY_WITH_TIMEOUT(!session->isActive(), 3000);
    QCOMPARE(ended.count(), 1);
    QCOMPARE(ended.at(0).at(0).value<ManagerSession::EndReason>(), ManagerSession::EndReason::Idle);
}

void TestManagerSession::onlyCountedInputKeepsItOpen()
{
    // The cashier typing in the sale form does not keep manager mode open; input in a manager window does.
    QObject cashierField;
    QObject managerDialog;
    ManagerSession *session = newSession();
    session->setUnprotectedEntryAllowed(true);
    session->setIdleTimeout(300);
    session->setActivityFilter([&managerDialog](QObject *watched) { return watched == &managerDialog; });
    QVERIFY(run([&](auto done) { session->unlock(QString(), this, done); }).ok());
    const auto press = [](QObject *target) {
        // The session looks only at the kind of input, not its details.
        QEvent key(QEvent::KeyPress);
        QCoreApplication::sendEvent(target, &key);
    };
    for (int i = 0; i < 5; ++i) {
        QTest::qWait(120);
        press(&managerDialog);
    }
    QVERIFY(session->isActive());
    QElapsedTimer typing;
    typing.start();
    while (session->isActive() && typing.elapsed() < 3000) {
        press(&cashierField);
        QTest::qWait(50);
    }
    QVERIFY(!session->isActive());
}

void TestManagerSession::endIsIdempotent()
{
    ManagerSession *session = newSession();
    QSignalSpy ended(session, &ManagerSession::ended);
    session->end();
    QCOMPARE(ended.count(), 0);
    session->setUnprotectedEntryAllowed(true);
    QVERIFY(run([&](auto done) { session->unlock(QString(), this, done); }).ok());
    session->end();
    session->end();
    QCOMPARE(ended.count(), 1);
}

void TestManagerSession::deletingTheSettingsResetsNothing()
{
    ManagerSession *session = newSession();
    session->setHashIterations(ManagerPin::kMinIterations);
    QVERIFY(run([&](auto done) { session->setPinForSetup(QStringLiteral("1357"), this, done); }).ok());
    for (int i = 0; i < 2; ++i)
        QCOMPARE(run([&](auto done) { session->unlock(QStringLiteral("0000"), this, done); }).outcome,
                 ManagerSession::Outcome::WrongPin);

    // The count goes on where it was, not from zero.
    qDeleteAll(m_sessions);
    m_sessions.clear();
    forgetSettings();
    session = newSession();
    const auto third = run([&](auto done) { session->unlock(QStringLiteral("0000"), this, done); });
    QCOMPARE(third.outcome, ManagerSession::Outcome::WrongPin);
    QCOMPARE(third.remainingTries, 2);
    for (int i = 0; i < 2; ++i)
        run([&](auto done) { session->unlock(QStringLiteral("0000"), this, done); });
    QVERIFY(session->isLockedOut());

    // Nor does deleting the settings end a lockout: even the right PIN is refused, and not checked.
    qDeleteAll(m_sessions);
    m_sessions.clear();
    forgetSettings();
    session = newSession();
    const auto right = run([&](auto done) { session->unlock(QStringLiteral("1357"), this, done); });
    QCOMPARE(right.outcome, ManagerSession::Outcome::LockedOut);
    QCOMPARE(right.lockedUntil, m_now.addSecs(5 * 60));
    QVERIFY(!session->isActive());
    QVERIFY(session->isLockedOut()); // the window's copy shows it again

    m_now = m_now.addSecs(5 * 60 + 1);
    QVERIFY(run([&](auto done) { session->unlock(QStringLiteral("1357"), this, done); }).ok());
    QVERIFY(!secretLookup(m_service, QString::fromLatin1(ManagerLockout::kKeychainKey)));
}

void TestManagerSession::damagedCountFailsClosed()
{
    ManagerSession *session = newSession();
    session->setHashIterations(ManagerPin::kMinIterations);
    QVERIFY(run([&](auto done) { session->setPinForSetup(QStringLiteral("1357"), this, done); }).ok());
    QVERIFY(writeSecret(ManagerLockout::kKeychainKey, QStringLiteral("v1 zero -")));
    // Written over by hand: taken as a lockout, never as "no wrong tries".
    const auto right = run([&](auto done) { session->unlock(QStringLiteral("1357"), this, done); });
    QCOMPARE(right.outcome, ManagerSession::Outcome::LockedOut);
    QVERIFY(!session->isActive());
    const std::optional<QString> rewritten = secretLookup(m_service, QString::fromLatin1(ManagerLockout::kKeychainKey));
    QVERIFY(rewritten);
    QVERIFY2(ManagerLockout::decode(*rewritten).has_value(), qPrintable(*rewritten));
}

void TestManagerSession::cancelledCheckCountsNothing()
{
    ManagerSession *session = newSession();
    QVERIFY(run([&](auto done) { session->setPinForSetup(QStringLiteral("1357"), this, done); }).ok());
    for (const QString &pin : {QStringLiteral("0000"), QStringLiteral("1357")}) {
        const auto result = run([&](auto done) {
            session->unlock(pin, this, done);
            QVERIFY(session->isChecking());
            session->cancelCheck(); // the PIN dialog's Cancel, while the hash is being checked
        });
        QCOMPARE(result.outcome, ManagerSession::Outcome::Cancelled);
        QVERIFY(!session->isChecking());
        QCOMPARE(session->failedAttempts(), 0);
        QVERIFY(!session->isActive());
    }
    QVERIFY(!secretLookup(m_service, QString::fromLatin1(ManagerLockout::kKeychainKey)));
    // The next check is a check again.
    QVERIFY(run([&](auto done) { session->unlock(QStringLiteral("1357"), this, done); }).ok());
}

void TestManagerSession::damagedPinIsResetWithTheToken()
{
    const QString token = QStringLiteral("APP_USR-5551234-proof-token-88");
    QVERIFY(writeSecret(TokenStore::kAccessTokenKey, token));
    QVERIFY(writeSecret(TokenStore::kManagerPinKey, QStringLiteral("pbkdf2-sha256$150000$broken")));
    ManagerSession *session = newSession();

    // Said to be damaged, and not counted: every PIN would be "wrong".
    for (int i = 0; i < ManagerSession::kTriesBeforeLockout + 1; ++i) {
        const auto damaged = run([&](auto done) { session->unlock(QStringLiteral("1357"), this, done); });
        QCOMPARE(damaged.outcome, ManagerSession::Outcome::PinDamaged);
        QVERIFY(damaged.message().contains(QLatin1String("damaged")));
    }
    QCOMPARE(session->failedAttempts(), 0);
    QVERIFY(!session->isLockedOut());

    // The way out: the saved access token proves the manager; a wrong one counts.
    const auto wrong = run([&](auto done) {
        session->createPin(QStringLiteral("APP_USR-someone-elses"), QStringLiteral("2580"), this, done);
    });
    QCOMPARE(wrong.outcome, ManagerSession::Outcome::WrongToken);
    QCOMPARE(session->failedAttempts(), 1);
    const auto reset = run([&](auto done) { session->createPin(token, QStringLiteral("2580"), this, done); });
    QVERIFY2(reset.ok(), qPrintable(reset.message()));
    QVERIFY(session->isActive());
    QVERIFY(ManagerPin::verify(QStringLiteral("2580"), *storedPin()));
    QCOMPARE(session->failedAttempts(), 0);
}

QTEST_GUILESS_MAIN(TestManagerSession)
#include "tst_managersession.moc"
