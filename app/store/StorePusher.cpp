#include "store/StorePusher.h"

#include "store/OrderJournal.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStoreDb)

StorePusher::StorePusher(OrderJournal &journal, StoreDatabase &database) : m_journal(journal), m_database(database) {}

void StorePusher::setCounter(const QString &counterId, const QString &name, const QString &currency)
{
    m_counter.counterId = counterId;
    m_counter.name = name;
    m_counter.currency = currency;
}

void StorePusher::disconnect()
{
    m_database.close();
}

StoreResult StorePusher::connectAndSync()
{
    if (m_counter.counterId.isEmpty())
        return {StoreResult::Kind::NotConfigured, QStringLiteral("no counter id")};
    const std::optional<OutboxStatus> status = m_journal.outboxStatus();
    if (!status)
        return {StoreResult::Kind::JournalError, m_journal.lastError().detail()};
    m_counter.journalId = status->journalId;
    StoreResult r = m_database.open(m_connection);
    if (r.ok())
        r = m_database.migrate();
    qint64 upTo = 0;
    if (r.ok())
        r = m_database.pushedUpTo(m_counter, &upTo);
    if (!r.ok()) {
        m_database.close();
        return r;
    }
    // The store's word is the truth: the local mark follows it, backwards too.
    if (upTo != status->pushedUpTo) {
        const JournalResult marked = m_journal.markPushed(upTo, true);
        if (!marked.ok()) {
            m_database.close();
            return {StoreResult::Kind::JournalError, marked.detail()};
        }
        qCInfo(lcStoreDb) << "store has changes up to" << upTo << "; the journal said" << status->pushedUpTo;
    }
    m_cursor = upTo;
    return {};
}

StoreResult StorePusher::pushPending(int maxBatches)
{
    const StoreResult result = pushBatches(maxBatches);
    // Kept for `store status`; a journal that cannot take it is already reported through the result.
    m_journal.recordPushError(result.ok() ? QString()
                                          : StoreResult::kindKey(result.kind()) + QStringLiteral(": ") + result.detail());
    return result;
}

StoreResult StorePusher::pushBatches(int maxBatches)
{
    m_lastPushed = 0;
    if (!m_database.isOpen()) {
        const StoreResult r = connectAndSync();
        if (!r.ok())
            return r;
    }
    for (int batch = 0; maxBatches < 0 || batch < maxBatches; ++batch) {
        const QList<OutboxRow> rows = m_journal.outboxAfter(m_cursor, m_batchSize);
        if (rows.isEmpty()) {
            if (!m_journal.lastError().ok())
                return {StoreResult::Kind::JournalError, m_journal.lastError().detail()};
            break;
        }
        const StoreResult r = m_database.apply(m_counter, rows);
        if (!r.ok()) {
            m_database.close();
            return r;
        }
        const qint64 upTo = rows.last().changeNo;
        if (m_afterCommit)
            m_afterCommit(upTo);
        m_cursor = upTo;
        m_lastPushed += rows.size();
        // Committed: the local mark may move. Should this fail, the store's mark is read again at the next connection.
        const JournalResult marked = m_journal.markPushed(upTo);
        if (!marked.ok()) {
            m_database.close();
            return {StoreResult::Kind::JournalError, marked.detail()};
        }
    }
    return {};
}
