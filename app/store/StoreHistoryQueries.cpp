#include "store/StoreHistoryQueries.h"

#include "store/StoreSalesReader.h"

#include <QSaveFile>

namespace StoreHistoryQueries {

StoreHistoryLoader::Work<QList<JournalEntry>> entries(const JournalFilter &filter)
{
    return [filter](StoreDatabase &database, QList<JournalEntry> *out) {
        return StoreSalesReader(database).entries(filter, out);
    };
}

StoreHistoryLoader::Work<JournalTotals> totals(const JournalFilter &filter)
{
    return [filter](StoreDatabase &database, JournalTotals *out) {
        return StoreSalesReader(database).totals(filter, out);
    };
}

StoreHistoryLoader::Work<QList<Counter>> counters()
{
    return [](StoreDatabase &database, QList<Counter> *out) {
        QList<StoreCounterInfo> infos;
        const StoreResult result = StoreSalesReader(database).counters(&infos);
        for (const StoreCounterInfo &info : std::as_const(infos))
            out->append(Counter{info.counterId, info.name});
        return result;
    };
}

StoreHistoryLoader::Work<SaleDetails> details(const QString &counterId, qint64 saleLocalId)
{
    return [counterId, saleLocalId](StoreDatabase &database, SaleDetails *out) {
        StoreSalesReader reader(database);
        const StoreResult result = reader.refunds(counterId, saleLocalId, &out->refunds);
        return result.ok() ? reader.events(counterId, saleLocalId, &out->events) : result;
    };
}

StoreHistoryLoader::Work<Export> exportCsv(const JournalFilter &filter, const QString &path, const CsvFormat &format)
{
    return [filter, path, format](StoreDatabase &database, Export *out) {
        StoreSalesReader reader(database);
        StoreResult result = reader.count(filter, &out->rows);
        if (!result.ok())
            return result;
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            out->fileError = file.errorString();
            return StoreResult();
        }
        result = reader.exportCsv(filter, &file, format);
        if (!result.ok() || file.error() != QFileDevice::NoError) {
            const bool fileFailed = file.error() != QFileDevice::NoError;
            out->fileError = fileFailed ? file.errorString() : QString();
            file.cancelWriting();
            return fileFailed ? StoreResult() : result;
        }
        if (!file.commit())
            out->fileError = file.errorString();
        return StoreResult();
    };
}

StoreHistoryLoader::Work<CashUpReport> cashUpReport(const QDate &from, const QDate &to)
{
    return [from, to](StoreDatabase &database, CashUpReport *out) {
        return StoreSalesReader(database).cashUpReport(from, to, out);
    };
}

} // namespace StoreHistoryQueries
