#include "store/StoreResult.h"

QString StoreResult::message() const
{
    switch (m_kind) {
    case Kind::Ok:
        return tr("The store database is up to date.");
    case Kind::NotConfigured:
        return tr("No store database is set up for this counter.");
    case Kind::NoDriver:
        return tr("The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql).");
    case Kind::Unreachable:
        return tr("The store database cannot be reached. Sales are kept on this counter and sent when it is back.");
    case Kind::Refused:
        return tr("The store database refused the connection: check the user, the password and the database name.");
    case Kind::NewerSchema:
        return tr("The store database was set up by a newer PointDesk. Update PointDesk on this counter.");
    case Kind::JournalMismatch:
        return tr("The store database already holds another sales record under this counter's id: this "
                  "counter's record was started anew. Nothing is sent until the manager checks the store.");
    case Kind::JournalError:
        return tr("The sales record of this counter could not be read.");
    case Kind::Failed:
        return tr("The store database did not take the sales.");
    case Kind::MixedCurrencies:
        return tr("The store's counters charge in more than one currency: choose one counter to add up its sales.");
    case Kind::ReadFailed:
        return tr("The sales could not be read from the store database.");
    }
    return {};
}

QString StoreResult::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Ok:
        return QStringLiteral("ok");
    case Kind::NotConfigured:
        return QStringLiteral("not_configured");
    case Kind::NoDriver:
        return QStringLiteral("no_driver");
    case Kind::Unreachable:
        return QStringLiteral("unreachable");
    case Kind::Refused:
        return QStringLiteral("refused");
    case Kind::NewerSchema:
        return QStringLiteral("newer_schema");
    case Kind::JournalMismatch:
        return QStringLiteral("journal_mismatch");
    case Kind::JournalError:
        return QStringLiteral("journal_error");
    case Kind::Failed:
        return QStringLiteral("failed");
    case Kind::MixedCurrencies:
        return QStringLiteral("mixed_currencies");
    case Kind::ReadFailed:
        return QStringLiteral("read_failed");
    }
    return {};
}
