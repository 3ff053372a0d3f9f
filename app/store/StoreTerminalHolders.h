#pragma once

#include "store/StoreResult.h"

#include <QDateTime>
#include <QHash>
#include <QMetaType>
#include <QString>
#include <QStringList>

class StoreDatabase;

/// Which other counter of the store holds a terminal: the open sales (a state that is not final: see
/// OrderStates::isFinal) of the other counters, by the terminal's name as recorded on the sale, with the name of the
/// counter that holds it. Read by StoreSync's worker on its own connection, for the terminal picker's "busy - Caja 2".
struct StoreTerminalHolders
{
    /// An open sale older than this is not taken as holding its terminal (a counter that died mid-sale long ago).
    static constexpr int kMaxOpenSaleAgeHours = 12;

    QHash<QString, QString> counterByTerminal; ///< terminal name as recorded -> the holding counter's name
    QDateTime readAt;                          ///< UTC; invalid when never read

    /// The states a sale is still open in, as the store writes them (OrderStates::toKey).
    static QStringList openStateKeys();
    /// Reads the holders from `database` (open), leaving out `ownCounterId`'s sales. A counter without a name is
    /// named by the start of its id. On failure `holders` is untouched; Unreachable when the connection is gone.
    static StoreResult read(StoreDatabase &database, const QString &ownCounterId, StoreTerminalHolders *holders);
};
Q_DECLARE_METATYPE(StoreTerminalHolders)
