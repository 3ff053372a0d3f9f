#pragma once
// Taking a journal file back to an older schema version, as a build of that version left it, for the tests of the
// steps after it: each step's objects dropped, newest step first.

#include "store/JournalSchema.h"

#include <QString>
#include <QStringList>

namespace JournalRollback {

/// The statements that undo the steps after `version` (3 or later) and set user_version to it.
inline QStringList statementsBackTo(int version)
{
    QStringList undo;
    if (version < JournalSchema::kOutboxVersion)
        undo << QStringLiteral("DROP TABLE outbox") << QStringLiteral("DROP TABLE outbox_state");
    if (version < JournalSchema::kClosingsVersion)
        undo << QStringLiteral("DROP TABLE closings") << QStringLiteral("DROP INDEX orders_by_updated");
    if (version < JournalSchema::kCardDetailsVersion)
        undo << QStringLiteral("ALTER TABLE orders DROP COLUMN card_brand")
             << QStringLiteral("ALTER TABLE orders DROP COLUMN last_digits")
             << QStringLiteral("ALTER TABLE orders DROP COLUMN installments");
    undo << QStringLiteral("PRAGMA user_version = %1").arg(version);
    return undo;
}

} // namespace JournalRollback
