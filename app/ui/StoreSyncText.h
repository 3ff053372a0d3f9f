#pragma once

#include "store/StoreSync.h"

#include <QCoreApplication>
#include <QString>

/// The words the status bar says about the store database (StoreIndicator), for a StoreSyncStatus: kept out of the
/// widget so that every state's text can be checked without a window or a PostgreSQL server.
class StoreSyncText
{
    Q_DECLARE_TR_FUNCTIONS(StoreIndicator)

public:
    /// The indicator's text; "" for Off (the indicator hides). `compact`: the short form for windows narrower than
    /// StatusBadges::kRoomyWidth.
    static QString text(const StoreSyncStatus &status, bool compact);
    /// Why the store refuses, in a few words that say what to do (the Failing text's end).
    static QString refusalReason(const StoreResult &error);
    /// The tooltip: the whole text, the last push (local time, or "nothing sent yet") and the last error's message.
    static QString toolTip(const StoreSyncStatus &status);
};
