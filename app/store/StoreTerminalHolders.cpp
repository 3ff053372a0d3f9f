#include "store/StoreTerminalHolders.h"

#include "core/OrderState.h"
#include "store/StoreDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

QStringList StoreTerminalHolders::openStateKeys()
{
    QStringList keys;
    for (int i = int(OrderState::Sending); i <= int(OrderState::PartlyRefunded); ++i) {
        const auto state = OrderState(i);
        if (!OrderStates::isFinal(state))
            keys << OrderStates::toKey(state);
    }
    return keys;
}

StoreResult StoreTerminalHolders::read(StoreDatabase &database, const QString &ownCounterId,
                                       StoreTerminalHolders *holders)
{
    if (!database.isOpen())
        return {StoreResult::Kind::Unreachable, QStringLiteral("not connected")};
    // The newest open sale per terminal: a terminal holds one order at a time.
    QSqlQuery query(database.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT DISTINCT ON (s.terminal) s.terminal, c.name, c.counter_id"
        " FROM sales s JOIN counters c ON c.counter_id = s.counter_id"
        " WHERE s.counter_id <> ? AND s.terminal <> '' AND s.state = ANY (string_to_array(?, ','))"
        " AND s.updated_at > now() - make_interval(hours => ?)"
        " ORDER BY s.terminal, s.updated_at DESC"));
    query.addBindValue(ownCounterId);
    query.addBindValue(openStateKeys().join(QLatin1Char(',')));
    query.addBindValue(kMaxOpenSaleAgeHours);
    if (!query.exec())
        return database.fromSql(query.lastError(), QStringLiteral("read the terminals' holders"));
    StoreTerminalHolders read;
    while (query.next()) {
        const QString name = query.value(1).toString().trimmed();
        read.counterByTerminal.insert(query.value(0).toString(),
                                      name.isEmpty() ? query.value(2).toString().left(8) : name);
    }
    read.readAt = QDateTime::currentDateTimeUtc();
    *holders = read;
    return {};
}
