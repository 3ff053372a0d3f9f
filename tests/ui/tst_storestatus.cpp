// The store database in the cashier window, without a PostgreSQL server: the status bar's words for every
// StoreSyncStatus (and their short forms), the indicator hiding while no store is set up, the rules of the
// Preferences > Store form, and the terminal list's "Busy - Caja 2" for a terminal another counter holds.
#include "core/Device.h"
#include "ui/DevicePicker.h"
#include "ui/StatusBadges.h"
#include "ui/StoreForm.h"
#include "ui/StoreIndicator.h"
#include "ui/StoreSyncText.h"

#include <QApplication>
#include <QListWidget>
#include <QStatusBar>
#include <QTimeZone>
#include <QTest>

namespace {

StoreSyncStatus status(StoreSyncStatus::State state, qint64 waiting = 0,
                       StoreResult::Kind error = StoreResult::Kind::Ok, const QString &detail = {})
{
    StoreSyncStatus s;
    s.state = state;
    s.waiting = waiting;
    s.error = StoreResult(error, detail);
    return s;
}

Device busy(const QString &name)
{
    Device d;
    d.name = name;
    d.id = name;
    d.status = Device::Status::Busy;
    d.rawStatus = QStringLiteral("BUSY");
    return d;
}

} // namespace

class TestStoreStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void textForEachState();
    void failingSaysWhatToDo();
    void toolTipSaysTheLastPushAndTheError();
    void indicatorHidesWhileOffAndShortensWhenNarrow();
    void formRules();
    void formToSettings();
    void pickerNamesTheCounterHoldingABusyTerminal();
};

void TestStoreStatus::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestStoreStatus::textForEachState()
{
    using State = StoreSyncStatus::State;
    QCOMPARE(StoreSyncText::text(status(State::Off), false), QString());
    QCOMPARE(StoreSyncText::text(status(State::UpToDate), false), QStringLiteral("Store: up to date"));
    QCOMPARE(StoreSyncText::text(status(State::UpToDate), true), QStringLiteral("Store: up to date"));
    QCOMPARE(StoreSyncText::text(status(State::Waiting, 1), false), QStringLiteral("Store: 1 waiting"));
    QCOMPARE(StoreSyncText::text(status(State::Waiting, 37), true), QStringLiteral("Store: 37 waiting"));
    QCOMPARE(StoreSyncText::text(status(State::Offline, 3, StoreResult::Kind::Unreachable), false),
             QStringLiteral("Store: offline - sales are kept here and sent when it is back"));
    QCOMPARE(StoreSyncText::text(status(State::Offline, 3, StoreResult::Kind::Unreachable), true),
             QStringLiteral("Store: offline"));
    QCOMPARE(StoreSyncText::text(status(State::Failing, 0, StoreResult::Kind::Refused), false),
             QStringLiteral("Store: refused - check the user, the password and the database in Preferences"));
    QCOMPARE(StoreSyncText::text(status(State::Failing, 0, StoreResult::Kind::Refused), true),
             QStringLiteral("Store: refused"));
}

void TestStoreStatus::failingSaysWhatToDo()
{
    using Kind = StoreResult::Kind;
    QCOMPARE(StoreSyncText::refusalReason(StoreResult(Kind::JournalMismatch, {})),
             QStringLiteral("this counter's sales record was started anew: a manager registers it as a new counter "
                            "in Preferences, Store"));
    QCOMPARE(StoreSyncText::refusalReason(StoreResult(Kind::NewerSchema, {})),
             QStringLiteral("update PointDesk on this counter"));
    QCOMPARE(StoreSyncText::refusalReason(StoreResult(Kind::NoDriver, {})),
             QStringLiteral("install the PostgreSQL driver (libqt6sql6-psql)"));
    QCOMPARE(StoreSyncText::refusalReason(StoreResult(Kind::JournalError, {})),
             QStringLiteral("this counter's sales record cannot be read"));
    QCOMPARE(StoreSyncText::refusalReason(StoreResult(Kind::Failed, {})),
             QStringLiteral("the store database did not take the sales"));
    // Every refusal has words of its own or the general ones; none is empty.
    for (Kind kind : {Kind::NotConfigured, Kind::Refused, Kind::Failed})
        QVERIFY(!StoreSyncText::refusalReason(StoreResult(kind, {})).isEmpty());
}

void TestStoreStatus::toolTipSaysTheLastPushAndTheError()
{
    StoreSyncStatus s = status(StoreSyncStatus::State::Offline, 4, StoreResult::Kind::Unreachable,
                               QStringLiteral("connect to 10.0.0.9:5432: timeout expired"));
    QString tip = StoreSyncText::toolTip(s);
    QVERIFY2(tip.contains(QLatin1String("Nothing sent to the store since PointDesk started.")), qPrintable(tip));
    QVERIFY2(tip.contains(StoreResult(StoreResult::Kind::Unreachable, {}).message()), qPrintable(tip));
    QVERIFY2(tip.contains(QLatin1String("Detail: connect to 10.0.0.9:5432: timeout expired")), qPrintable(tip));

    s = status(StoreSyncStatus::State::UpToDate);
    s.lastPush = QDateTime(QDate(2026, 12, 1), QTime(13, 5), QTimeZone::utc());
    tip = StoreSyncText::toolTip(s);
    const QString when = QLocale().toString(s.lastPush.toLocalTime(), QLocale::ShortFormat);
    QVERIFY2(tip.contains(QStringLiteral("Last sent to the store: %1").arg(when)), qPrintable(tip));
    QVERIFY2(!tip.contains(QLatin1String("Detail")), qPrintable(tip));
    QCOMPARE(StoreSyncText::toolTip(status(StoreSyncStatus::State::Off)), QString());
}

void TestStoreStatus::indicatorHidesWhileOffAndShortensWhenNarrow()
{
    QStatusBar bar;
    bar.resize(StatusBadges::kRoomyWidth + 100, 30);
    auto *indicator = new StoreIndicator(&bar);
    bar.addPermanentWidget(indicator);
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    QVERIFY(!indicator->isVisible()); // Off
    indicator->setStatus(status(StoreSyncStatus::State::Offline, 2, StoreResult::Kind::Unreachable));
    QVERIFY(indicator->isVisible());
    QVERIFY(!indicator->isCompact());
    QCOMPARE(indicator->text(), QStringLiteral("Store: offline - sales are kept here and sent when it is back"));
    QVERIFY(indicator->toolTip().contains(QLatin1String("cannot be reached")));
    bar.resize(1024, 30);
    QTRY_VERIFY(indicator->isCompact());
    QCOMPARE(indicator->text(), QStringLiteral("Store: offline"));
    indicator->setStatus(status(StoreSyncStatus::State::Off));
    QVERIFY(!indicator->isVisible());
}

void TestStoreStatus::formRules()
{
    StoreForm form;
    QVERIFY(form.isEmpty());
    QVERIFY(form.problems().isEmpty()); // no store database: nothing to check
    form.counterName = QStringLiteral("Caja 2");
    QVERIFY(form.problems().isEmpty()); // a name alone is fine

    form.database = QStringLiteral("pointdesk");
    QCOMPARE(form.problems(), QStringList{QStringLiteral("Type the host of the store database, or clear the other "
                                                         "fields to keep the sales on this counter only.")});
    form.host = QStringLiteral("192.168.1.10");
    QCOMPARE(form.problems(),
             QStringList{QStringLiteral("Type the user (the PostgreSQL role) PointDesk connects as.")});
    form.user = QStringLiteral("pointdesk");
    QVERIFY(form.problems().isEmpty());
    form.database.clear();
    QCOMPARE(form.problems(), QStringList{QStringLiteral("Type the name of the store database.")});
    form.database = QStringLiteral("pointdesk");

    const QString portRule = QStringLiteral("The port is a number from 1 to 65535 (PostgreSQL's usual one is 5432).");
    for (const QString &port : {QStringLiteral("0"), QStringLiteral("65536"), QStringLiteral("54a"),
                                QStringLiteral("-1")}) {
        form.port = port;
        QCOMPARE(form.problems(), QStringList{portRule});
    }
    for (const QString &port : {QStringLiteral("1"), QStringLiteral("65535"), QStringLiteral(" 5433 "), QString()}) {
        form.port = port;
        QVERIFY2(form.problems().isEmpty(), qPrintable(port));
    }

    form.user = QStringLiteral("point\tdesk");
    QCOMPARE(form.problems(), QStringList{QStringLiteral("The user holds a control character (a tab or a line "
                                                         "break, for one): type it again.")});
    form.user = QStringLiteral("pointdesk");
    form.password = QStringLiteral("se\ncret");
    QCOMPARE(form.problems().size(), 1);
    QVERIFY(form.problems().constFirst().startsWith(QLatin1String("The password holds a control character")));
    form.password.clear();
    form.counterName = QStringLiteral("Caja\u20282");
    QCOMPARE(form.problems().size(), 1);
    QVERIFY(form.problems().constFirst().startsWith(QLatin1String("The counter name holds a control character")));
}

void TestStoreStatus::formToSettings()
{
    StoreSettings stored;
    stored.host = QStringLiteral("db.shop.lan");
    stored.port = 5433;
    stored.database = QStringLiteral("pointdesk");
    stored.user = QStringLiteral("caja");
    stored.counterName = QStringLiteral("Caja 2");
    StoreForm form = StoreForm::from(stored);
    QCOMPARE(form.port, QStringLiteral("5433"));
    QVERIFY(form.password.isEmpty());
    form.host = QStringLiteral("  db.shop.lan ");
    form.port.clear();
    const StoreSettings saved = form.settings();
    QCOMPARE(saved.host, QStringLiteral("db.shop.lan"));
    QCOMPARE(saved.port, 5432);
    QCOMPARE(saved.counterName, QStringLiteral("Caja 2"));
    QVERIFY(saved.isConfigured());
    QVERIFY(StoreForm::from(StoreSettings()).port.isEmpty());
}

void TestStoreStatus::pickerNamesTheCounterHoldingABusyTerminal()
{
    DevicePicker picker;
    picker.resize(400, 500);
    Device free;
    free.name = QStringLiteral("Mostrador");
    free.status = Device::Status::Free;
    picker.setDevices({busy(QStringLiteral("Caja Ñandú")), busy(QStringLiteral("Caja 9")), free});
    auto *list = picker.findChild<QListWidget *>(QStringLiteral("deviceList"));
    QVERIFY(list);
    const auto detail = [list](int row) { return list->item(row)->data(DevicePicker::DetailRole).toString(); };
    QCOMPARE(detail(0), QStringLiteral("Busy with another order"));

    // Another counter holds "Caja Ñandú" (recorded in other capitals and accents) and "Mostrador" (free here: the
    // terminal list decides whether a terminal is busy, the store only who holds it).
    const QHash<QString, QString> holders{{QStringLiteral("caja nandu"), QStringLiteral("Caja 2")},
                                          {QStringLiteral("Mostrador"), QStringLiteral("Caja 3")}};
    picker.setTerminalHolders(holders, QDateTime::currentDateTimeUtc());
    QCOMPARE(detail(0), QStringLiteral("Busy - Caja 2"));
    QVERIFY(list->item(0)->data(Qt::AccessibleTextRole).toString().contains(QLatin1String("busy with a sale of Caja 2")));
    QVERIFY(list->item(0)->toolTip().contains(QLatin1String("Busy - Caja 2")));
    QCOMPARE(detail(1), QStringLiteral("Busy with another order"));
    QCOMPARE(detail(2), QStringLiteral("Ready for a charge"));
    QCOMPARE(picker.holdingCounter(QStringLiteral("Caja Ñandú")), QStringLiteral("Caja 2"));

    // Older than a minute: nothing more than the list says.
    picker.setTerminalHolders(holders, QDateTime::currentDateTimeUtc().addSecs(-DevicePicker::kHolderMaxAgeSecs));
    QCOMPARE(detail(0), QStringLiteral("Busy with another order"));
    QVERIFY(picker.holdingCounter(QStringLiteral("Caja Ñandú")).isEmpty());

    // Fresh, then aging out while shown.
    picker.setTerminalHolders(holders, QDateTime::currentDateTimeUtc().addSecs(-DevicePicker::kHolderMaxAgeSecs + 1));
    QCOMPARE(detail(0), QStringLiteral("Busy - Caja 2"));
    QTRY_COMPARE_WITH_TIMEOUT(detail(0), QStringLiteral("Busy with another order"), 5000);

    // No store database: an empty map.
    picker.setTerminalHolders(holders, QDateTime::currentDateTimeUtc());
    QCOMPARE(detail(0), QStringLiteral("Busy - Caja 2"));
    picker.setTerminalHolders({}, QDateTime());
    QCOMPARE(detail(0), QStringLiteral("Busy with another order"));
}

QTEST_MAIN(TestStoreStatus)
#include "tst_storestatus.moc"
