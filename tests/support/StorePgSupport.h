#pragma once

// The throwaway PostgreSQL cluster of the store-pg tests (tests/support/pg-cluster.sh, started by the CTest fixture):
// its port, a fresh database per test, and an admin connection for looking at what the store holds.
#include "store/StoreDatabase.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>
#include <QVariant>

namespace StorePg {

inline QString clusterDir()
{
    return qEnvironmentVariable("POINTDESK_TEST_PG_DIR");
}

inline int port()
{
    QFile f(clusterDir() + QStringLiteral("/port"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return f.readAll().trimmed().toInt();
}

inline StoreConnection connection(const QString &database)
{
    StoreConnection c;
    c.host = QStringLiteral("127.0.0.1");
    c.port = port();
    c.database = database;
    c.user = QStringLiteral("pointdesk");
    c.connectTimeoutSeconds = 3;
    return c;
}

/// A connection of the test's own to `database` (closed and removed with the object).
class Admin
{
public:
    explicit Admin(const QString &database = QStringLiteral("postgres"))
        : m_name(QStringLiteral("admin-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(port());
        db.setDatabaseName(database);
        db.setUserName(QStringLiteral("pointdesk"));
        m_ok = db.open();
        if (!m_ok)
            qWarning("admin connection: %s", qPrintable(db.lastError().text()));
    }
    ~Admin()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Admin(const Admin &) = delete;
    Admin &operator=(const Admin &) = delete;

    bool ok() const { return m_ok; }
    bool exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql)) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return false;
        }
        return true;
    }
    /// The first column of the first row, or an invalid QVariant.
    QVariant value(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql) || !q.next()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return {};
        }
        return q.value(0);
    }
    /// Every row, each as its columns joined with '|'.
    QStringList rows(const QString &sql)
    {
        QStringList out;
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql)) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return out;
        }
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells << q.value(i).toString();
            out << cells.join(QLatin1Char('|'));
        }
        return out;
    }

private:
    QString m_name;
    bool m_ok = false;
};

/// A new, empty database (dropped by dropDatabase()); "" when the cluster is not there.
inline QString createDatabase()
{
    const QString name = QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    Admin admin;
    if (!admin.ok() || !admin.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
        return {};
    return name;
}

inline void dropDatabase(const QString &name)
{
    if (name.isEmpty())
        return;
    Admin admin;
    admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
}

/// Runs tests/support/pg-cluster.sh `command` on the test cluster (restart).
inline bool cluster(const QString &command)
{
    const int rc = QProcess::execute(QStringLiteral("bash"),
                                     {QStringLiteral(PG_CLUSTER_SCRIPT), command, clusterDir()});
    return rc == 0;
}

} // namespace StorePg
