#include "support/KeychainTestUtil.h"
#include "store/TokenStore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>

class TestTokenStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void storeReadReplaceDelete();
    void missingIsNotFound();
    void nothingOnDisk();
    void storeGoneWhileTheKeychainAnswers();

private:
    QString secretTool(const QString &key) const;

    QString m_service;
    QString m_key;
};

void TestTokenStore::initTestCase()
{
    m_service = QStringLiteral("PointDesk-test-%1").arg(QRandomGenerator::global()->generate());
    m_key = QString::fromLatin1(TokenStore::kAccessTokenKey);
}

QString TestTokenStore::secretTool(const QString &key) const
{
    // Ask the Secret Service directly, not through QtKeychain.
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    if (tool.isEmpty())
        return QStringLiteral("<no secret-tool>");
    QProcess p;
    p.start(tool, {QStringLiteral("lookup"), QStringLiteral("server"), m_service, QStringLiteral("user"), key});
    p.waitForFinished(10000);
    if (p.exitCode() != 0)
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

void TestTokenStore::storeReadReplaceDelete()
{
    TokenStore store(m_service);
    const QString first = QStringLiteral("APP_USR-1111-ñ-%1").arg(QRandomGenerator::global()->generate());
    auto written = runStore(store, [&](auto done) { store.write(m_key, first, this, done); });
    QVERIFY2(written.ok(), qPrintable(written.detail));
    QCOMPARE(secretTool(m_key), first);

    auto read = runStore(store, [&](auto done) { store.read(m_key, this, done); });
    QVERIFY2(read.ok(), qPrintable(read.detail));
    QCOMPARE(read.value, first);

    const QString second = QStringLiteral("APP_USR-2222");
    auto replaced = runStore(store, [&](auto done) { store.write(m_key, second, this, done); });
    QVERIFY(replaced.ok());
    // A second store object (another start of the app) sees the replacement.
    TokenStore again(m_service);
    auto reread = runStore(again, [&](auto done) { again.read(m_key, this, done); });
    QCOMPARE(reread.value, second);
    QCOMPARE(secretTool(m_key), second);

    auto removed = runStore(store, [&](auto done) { store.remove(m_key, this, done); });
    QVERIFY(removed.ok());
    QCOMPARE(secretTool(m_key), QString());
    auto gone = runStore(store, [&](auto done) { store.read(m_key, this, done); });
    QCOMPARE(gone.status, TokenStore::Status::NotFound);
    // Removing again is not an error: nothing is stored either way.
    auto removedAgain = runStore(store, [&](auto done) { store.remove(m_key, this, done); });
    QVERIFY(removedAgain.ok());
}

void TestTokenStore::missingIsNotFound()
{
    TokenStore store(m_service);
    auto read = runStore(store, [&](auto done) { store.read(QStringLiteral("never-written"), this, done); });
    QCOMPARE(read.status, TokenStore::Status::NotFound);
    QVERIFY(!read.message().isEmpty());
}

void TestTokenStore::nothingOnDisk()
{
    // With the insecure fallback off, QtKeychain must not have written a settings file with the secret.
    TokenStore store(m_service);
    const QString secret = QStringLiteral("APP_USR-disk-check-%1").arg(QRandomGenerator::global()->generate());
    auto written = runStore(store, [&](auto done) { store.write(m_key, secret, this, done); });
    QVERIFY(written.ok());
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    QProcess grep;
    grep.start(QStringLiteral("grep"), {QStringLiteral("-rl"), secret, config});
    grep.waitForFinished(10000);
    QCOMPARE(QString::fromUtf8(grep.readAllStandardOutput()), QString());
    runStore(store, [&](auto done) { store.remove(m_key, this, done); });
}

void TestTokenStore::storeGoneWhileTheKeychainAnswers()
{
    // A window rebuilt for a new account drops its TokenStore whatever the keychain is doing: the answers that come
    // later must find nothing to call back and must not bring the program down (QtKeychain's libsecret backend
    // calls back into the job it started).
    int called = 0;
    for (int i = 0; i < 12; ++i) {
        auto *store = new TokenStore(m_service);
        store->write(m_key, QStringLiteral("APP_USR-gone-%1").arg(i), this,
                     [&called](const TokenStore::Result &) { ++called; });
        store->read(m_key, this, [&called](const TokenStore::Result &) { ++called; });
        store->remove(QStringLiteral("never-there"), this, [&called](const TokenStore::Result &) { ++called; });
        // Gone before the jobs start, while their calls are on the bus, or just before the answers.
        if (i % 3 == 1)
            QCoreApplication::processEvents();
        else if (i % 3 == 2)
            QTest::qWait(2);
        delete store;
    }
    QTest::qWait(1500); // the Secret Service answers every job meanwhile
    QCOMPARE(called, 0);
    // The keychain still works for a store that stays.
    TokenStore store(m_service);
    bool removed = false;
    store.remove(m_key, this, [&removed](const TokenStore::Result &r) { removed = r.ok() || r.status == TokenStore::Status::NotFound; });
    QTRY_VERIFY(removed);
}

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_tokenstore.moc"
