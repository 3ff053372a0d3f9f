#include "store/StoreProbe.h"

#include <QPointer>
#include <QThread>
#include <memory>

StoreProbe::StoreProbe(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<StoreProbe::Outcome>();
}

bool StoreProbe::start(const StoreConnection &connection)
{
    if (m_running)
        return false;
    m_running = true;
    auto outcome = std::make_shared<Outcome>();
    QThread *thread = QThread::create([connection, outcome]() {
        StoreDatabase database;
        outcome->result = database.open(connection);
        if (outcome->result.ok()) {
            outcome->schemaVersion = database.schemaVersion();
            if (outcome->schemaVersion < 0)
                outcome->result = StoreResult(StoreResult::Kind::Refused, QStringLiteral("cannot read the schema"));
        }
        database.close();
    });
    thread->setObjectName(QStringLiteral("store-probe"));
    // Not a child: the thread outlives a dialog closed while it waits for the network, and deletes itself.
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, outcome]() {
        m_running = false;
        Q_EMIT finished(*outcome);
    });
    thread->start();
    return true;
}
