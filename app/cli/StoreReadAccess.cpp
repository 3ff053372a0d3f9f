#include "cli/StoreReadAccess.h"

#include "cli/CliContext.h"
#include "cli/ExitCodes.h"
#include "store/TokenStore.h"

#include <QJsonObject>

StoreConnection StoreReadAccess::connectionFor(const StoreSettings &store, const QString &password)
{
    StoreConnection c;
    c.host = store.host;
    c.port = store.port;
    c.database = store.database;
    c.user = store.user;
    c.password = password;
    return c;
}

void StoreReadAccess::fail(CliContext &context, const StoreResult &result) const
{
    const QString advice =
        result.kind() == StoreResult::Kind::MixedCurrencies
            ? tr("Read one counter with --counter NAME.")
            : tr("This counter's own record still works: run \"pointdesk-cli %1\" without --store.").arg(m_command);
    context.fail(CliExit::StoreError, QStringLiteral("store_") + StoreResult::kindKey(result.kind()),
                 result.message() + QLatin1Char(' ') + advice, QJsonObject{{QStringLiteral("detail"), result.detail()}},
                 {}, result.detail().isEmpty() ? QStringList() : QStringList{result.detail()});
}

void StoreReadAccess::open(CliContext &context, QObject *receiver, const QString &counter,
                           std::function<void(StoreSalesReader &, const StoreCounterInfo &)> then)
{
    if (!Settings().store().isConfigured()) {
        fail(context, StoreResult(StoreResult::Kind::NotConfigured, {}));
        return;
    }
    // As `store push`: a store without a saved password (a role that needs none) is tried as it is.
    context.tokenStore()->read(QString::fromLatin1(TokenStore::kStorePasswordKey), receiver,
                               [this, &context, counter, then](const TokenStore::Result &result) {
                                   if (context.isFinished())
                                       return;
                                   if (!result.ok() && result.status != TokenStore::Status::NotFound &&
                                       result.status != TokenStore::Status::NoBackend) {
                                       context.failKeychain(result);
                                       return;
                                   }
                                   connect(context, result.ok() ? result.value : QString(), counter, then);
                               });
}

void StoreReadAccess::connect(CliContext &context, const QString &password, const QString &counter,
                              const std::function<void(StoreSalesReader &, const StoreCounterInfo &)> &then)
{
    StoreResult r = m_database.open(connectionFor(Settings().store(), password));
    if (r.ok())
        r = m_database.migrate();
    if (!r.ok()) {
        fail(context, r);
        return;
    }
    StoreSalesReader reader(m_database);
    StoreCounterInfo found;
    if (!counter.trimmed().isEmpty()) {
        bool known = false;
        r = reader.findCounter(counter, &found, &known);
        if (!r.ok()) {
            fail(context, r);
            return;
        }
        if (!known) {
            QList<StoreCounterInfo> all;
            QStringList names;
            if (reader.counters(&all).ok()) {
                for (const StoreCounterInfo &c : std::as_const(all))
                    names << c.name;
            }
            context.failInvalidField(
                QStringLiteral("counter"),
                names.isEmpty()
                    ? tr("The store has no counter named \"%1\": no counter sent sales yet.").arg(counter.trimmed())
                    : tr("The store has no counter named \"%1\". Its counters: %2.")
                          .arg(counter.trimmed(), names.join(QStringLiteral(", "))));
            return;
        }
    }
    then(reader, found);
}

bool StoreReadAccess::currency(CliContext &context, StoreSalesReader &reader, const JournalFilter &filter,
                               Currency *out) const
{
    QString code;
    const StoreResult r = reader.currency(filter, &code);
    if (!r.ok()) {
        fail(context, r);
        return false;
    }
    // A store no counter has pushed to yet: this counter's currency.
    *out = Currency::fromCode(code).value_or(context.currency());
    return true;
}
