#include "ui/StoreSyncText.h"

#include <QLocale>

QString StoreSyncText::text(const StoreSyncStatus &status, bool compact)
{
    switch (status.state) {
    case StoreSyncStatus::State::Off:
        return {};
    case StoreSyncStatus::State::UpToDate:
        return tr("Store: up to date");
    case StoreSyncStatus::State::Waiting:
        return tr("Store: %n waiting", nullptr, int(qMin<qint64>(status.waiting, INT_MAX)));
    case StoreSyncStatus::State::Offline:
        return compact ? tr("Store: offline") : tr("Store: offline - sales are kept here and sent when it is back");
    case StoreSyncStatus::State::Failing:
        return compact ? tr("Store: refused") : tr("Store: refused - %1").arg(refusalReason(status.error));
    }
    return {};
}

QString StoreSyncText::refusalReason(const StoreResult &error)
{
    switch (error.kind()) {
    case StoreResult::Kind::Refused:
        return tr("check the user, the password and the database in Preferences");
    case StoreResult::Kind::NewerSchema:
        return tr("update PointDesk on this counter");
    case StoreResult::Kind::JournalMismatch:
        return tr("this counter's sales record was started anew: a manager registers it as a new counter in "
                  "Preferences, Store");
    case StoreResult::Kind::NoDriver:
        return tr("install the PostgreSQL driver (libqt6sql6-psql)");
    case StoreResult::Kind::JournalError:
        return tr("this counter's sales record cannot be read");
    case StoreResult::Kind::NotConfigured:
        return tr("the store database is not set up");
    case StoreResult::Kind::Ok:
    case StoreResult::Kind::Unreachable:
    case StoreResult::Kind::Failed:
    case StoreResult::Kind::ReadFailed:
    case StoreResult::Kind::MixedCurrencies:
        break;
    }
    return tr("the store database did not take the sales");
}

QString StoreSyncText::toolTip(const StoreSyncStatus &status)
{
    if (status.state == StoreSyncStatus::State::Off)
        return {};
    QStringList lines{text(status, false)};
    lines << (status.lastPush.isValid()
                  ? tr("Last sent to the store: %1")
                        .arg(QLocale().toString(status.lastPush.toLocalTime(), QLocale::ShortFormat))
                  : tr("Nothing sent to the store since PointDesk started."));
    if (!status.error.ok()) {
        lines << status.error.message();
        if (!status.error.detail().isEmpty())
            lines << tr("Detail: %1").arg(status.error.detail().trimmed());
    }
    return lines.join(QLatin1Char('\n'));
}
