#include "support/KeychainTestUtil.h"
#include "store/TokenStore.h"

class TestTokenStoreNoBackend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void explainsMissingBackend();
    void sessionOnlyKeepsTokenInMemory();
};

void TestTokenStoreNoBackend::explainsMissingBackend()
{
    QVERIFY(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QLatin1String("nonexistent")));
    TokenStore store(QStringLiteral("PointDesk-test-nobackend"));
    auto written = runStore(store, [&](auto done) {
        store.write(QString::fromLatin1(TokenStore::kAccessTokenKey), QStringLiteral("APP_USR-x"), this, done);
    });
    QCOMPARE(written.status, TokenStore::Status::NoBackend);
    QCOMPARE(written.message(), TokenStore::noBackendHelp());
    QVERIFY(written.message().contains(QLatin1String("gnome-keyring")));
    auto read = runStore(store, [&](auto done) {
        store.read(QString::fromLatin1(TokenStore::kAccessTokenKey), this, done);
    });
    QCOMPARE(read.status, TokenStore::Status::NoBackend);
}

void TestTokenStoreNoBackend::sessionOnlyKeepsTokenInMemory()
{
    const QString key = QString::fromLatin1(TokenStore::kAccessTokenKey);
    TokenStore store(QStringLiteral("PointDesk-test-nobackend"));
    store.setSessionOnly(true);
    auto written = runStore(store, [&](auto done) { store.write(key, QStringLiteral("APP_USR-session"), this, done); });
    QVERIFY(written.ok());
    auto read = runStore(store, [&](auto done) { store.read(key, this, done); });
    QCOMPARE(read.value, QStringLiteral("APP_USR-session"));

    // Another start of the program (a new store) has nothing: the token was never persisted.
    TokenStore next(QStringLiteral("PointDesk-test-nobackend"));
    next.setSessionOnly(true);
    auto fresh = runStore(next, [&](auto done) { next.read(key, this, done); });
    QCOMPARE(fresh.status, TokenStore::Status::NotFound);

    store.setSessionOnly(false); // leaving session-only forgets the secret
    store.setSessionOnly(true);
    auto after = runStore(store, [&](auto done) { store.read(key, this, done); });
    QCOMPARE(after.status, TokenStore::Status::NotFound);
}

QTEST_GUILESS_MAIN(TestTokenStoreNoBackend)
#include "tst_tokenstorenobackend.moc"
