#pragma once

#include "core/Currency.h"
#include "store/Settings.h"
#include "store/StoreDatabase.h"
#include "store/StoreSalesReader.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <functional>

class CliContext;

/// How `history --store` and `report --store` reach the store's PostgreSQL: the settings and the keychain's store
/// password exactly as `store status` and `store push` use them, a connection opened and migrated, `--counter` found
/// by name or id. Every failure ends the command with CliExit::StoreError (as `store push`), saying that the local
/// record still works without --store.
class StoreReadAccess
{
    Q_DECLARE_TR_FUNCTIONS(StoreReadAccess)

public:
    /// The connection the settings describe, with `password`.
    static StoreConnection connectionFor(const StoreSettings &store, const QString &password);

    /// `command` is the command's name ("history", "report"), for the advice.
    explicit StoreReadAccess(QString command) : m_command(std::move(command)) {}

    /// Reads the store's password from the keychain (a role without one is tried as it is), connects and migrates,
    /// finds `counter` ("" = the whole store), then calls `then(reader, counter)` with the counter found (an empty
    /// id for the whole store). Fails the context instead when any of it does not work.
    void open(CliContext &context, QObject *receiver, const QString &counter,
              std::function<void(StoreSalesReader &reader, const StoreCounterInfo &counter)> then);
    /// Ends the command for a read that failed (exit 14), with the advice to use the local record.
    void fail(CliContext &context, const StoreResult &result) const;
    /// The store's currency for `filter` (MixedCurrencies: fails the context, and false).
    bool currency(CliContext &context, StoreSalesReader &reader, const JournalFilter &filter, Currency *out) const;

private:
    void connect(CliContext &context, const QString &password, const QString &counter,
                 const std::function<void(StoreSalesReader &, const StoreCounterInfo &)> &then);

    QString m_command;
    StoreDatabase m_database;
};
