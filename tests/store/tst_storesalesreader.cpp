// The store-wide sales record read back from PostgreSQL (the store-pg fixture's throwaway cluster): three counters'
// journals, seeded with every state and refunds on two days (one at night, so that local days and UTC days differ)
// and pushed; then every read of StoreSalesReader is compared with the same read of the journals: entries and
// paging, counts, totals to the cent (the store's = the sum of the counters', each counter's = its journal's), money
// per hour, the terminal filter (capitals and accents aside), the counter filter, the CSV (one counter's lines are
// the journal's with the counter in front), refunds and history lines, the cash-up report, and the refusal of a
// store whose counters charge in more than one currency. Run in two time zones (CMakeLists: -03:00 and +05:30).
#include "store/CashUpReportBuilder.h"
#include "store/OrderJournal.h"
#include "store/StoreDatabase.h"
#include "store/StorePusher.h"
#include "store/StoreSalesReader.h"
#include "store/TerminalMatch.h"
#include "support/JournalSeeding.h"
#include "support/StorePgSupport.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace {

struct Counter
{
    QString id;
    QString name;
    QString currency;
    std::unique_ptr<OrderJournal> journal;
};

// Sums the journals' buckets.
JournalTotals::Bucket sum(const QList<JournalTotals::Bucket> &buckets)
{
    JournalTotals::Bucket out;
    for (const JournalTotals::Bucket &b : buckets)
        out.add(b);
    return out;
}

QString show(const JournalTotals::Bucket &b)
{
    return QStringLiteral("count %1 cents %2 taken %3/%4 refunded %5 refunding %6")
        .arg(b.count)
        .arg(b.cents)
        .arg(b.takenCount)
        .arg(b.takenCents)
        .arg(b.refundedCents)
        .arg(b.refundingCents);
}

} // namespace

#define STORE_OK(expr)                                                                                                 \
    do {                                                                                                               \
        const StoreResult r_ = (expr);                                                                                 \
        QVERIFY2(r_.ok(), qPrintable(StoreResult::kindKey(r_.kind()) + QStringLiteral(": ") + r_.detail()));           \
    } while (false)

#define COMPARE_BUCKETS(actual, expected) QCOMPARE(show(actual), show(expected))

class TestStoreSalesReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void entriesAndPaging();
    void localDays();
    void totalsAddUpToTheCent();
    void takenByHour();
    void terminalFilter();
    void counterFilter();
    void refundsAndEvents();
    void csvIsTheJournalsWithACounter();
    void cashUpReportOfTheStore();
    void countersAndFindCounter();
    void mixedCurrenciesAreRefused();
    void unreachableStore();

private:
    QList<OrderJournal *> journals() const;
    const Counter &counter(int i) const { return *m_counters.at(i); }

    QString m_database;
    QTemporaryDir m_dir;
    QList<std::shared_ptr<Counter>> m_counters;
    StoreDatabase m_db;
    std::unique_ptr<StoreSalesReader> m_reader;
    QDate m_day1;
    QDate m_day2;
};

QList<OrderJournal *> TestStoreSalesReader::journals() const
{
    QList<OrderJournal *> out;
    for (const auto &c : m_counters)
        out << c->journal.get();
    return out;
}

void TestStoreSalesReader::initTestCase()
{
    QVERIFY2(StoreDatabase::driverAvailable(), "Qt's QPSQL driver (libqt6sql6-psql) is needed");
    QVERIFY2(StorePg::port() > 0, "no test cluster: run through ctest (fixture StorePgStart)");
    m_database = StorePg::createDatabase();
    QVERIFY(!m_database.isEmpty());
    m_day1 = QDate::currentDate().addDays(-3);
    m_day2 = m_day1.addDays(1);

    const QStringList names = {QStringLiteral("Caja Ñandú"), QStringLiteral("Mostrador"), QStringLiteral("Depósito")};
    for (int i = 0; i < names.size(); ++i) {
        auto c = std::make_shared<Counter>();
        c->id = QStringLiteral("0000000%1-aaaa-4bbb-8ccc-reader%2").arg(i + 1).arg(i);
        c->name = names.at(i);
        c->currency = QStringLiteral("ARS");
        c->journal = std::make_unique<OrderJournal>();
        QVERIFY(c->journal->open(m_dir.filePath(QStringLiteral("journal%1.sqlite").arg(i))).ok());
        m_counters << c;
    }
    // Counter 0: day 1 at 10:00 and day 2 at 22:00 (local: the night's sales are the next UTC day's).
    QCOMPARE(JournalSeeding::seed(*counter(0).journal, m_day1, 10), 14);
    QCOMPARE(JournalSeeding::seed(*counter(0).journal, m_day2, 22), 14);
    // Counter 1: day 1 at 9:00, and two sales on a terminal with accents, one described as a formula.
    OrderJournal &j1 = *counter(1).journal;
    QCOMPARE(JournalSeeding::seed(j1, m_day1, 9), 14);
    const qint64 nandu = JournalSeeding::sale(j1, 2750, OrderState::Approved, CardType::Credit,
                                              QStringLiteral("Mostrador Ñandú"), QStringLiteral("=SUM(A1:A9)"));
    QVERIFY(JournalSeeding::moveSale(j1, nandu, QDateTime(m_day1, QTime(12, 30))));
    QVERIFY(JournalSeeding::refund(j1, nandu, 750, RefundState::Done, 91) > 0);
    const qint64 nandu2 = JournalSeeding::sale(j1, 1000, OrderState::Rejected, CardType::Debit,
                                               QStringLiteral("mostrador  nandu"), QStringLiteral("+Declined"));
    QVERIFY(JournalSeeding::moveSale(j1, nandu2, QDateTime(m_day1, QTime(12, 31))));
    // Counter 2: day 2 at 13:00, and day 1 at 23:00.
    QCOMPARE(JournalSeeding::seed(*counter(2).journal, m_day2, 13), 14);
    QCOMPARE(JournalSeeding::seed(*counter(2).journal, m_day1, 22), 14);

    for (const auto &c : std::as_const(m_counters)) {
        // JournalSeeding moves the sales with SQL behind the outbox's back: their queued rows get the moved times.
        QSqlQuery q(QSqlDatabase::database(c->journal->connectionName()));
        QVERIFY2(q.exec(QStringLiteral(
                     "UPDATE outbox SET payload = json_set(payload, '$.created_at', (SELECT created_at FROM orders"
                     " WHERE local_id = outbox.row_id), '$.updated_at', (SELECT updated_at FROM orders"
                     " WHERE local_id = outbox.row_id)) WHERE kind = 'sale'")),
                 qPrintable(q.lastError().text()));
        StoreDatabase db;
        StorePusher pusher(*c->journal, db);
        pusher.setConnection(StorePg::connection(m_database));
        pusher.setCounter(c->id, c->name, c->currency);
        pusher.setBatchSize(7); // several batches
        STORE_OK(pusher.pushPending());
        QCOMPARE(c->journal->outboxStatus()->waiting, 0);
    }
    STORE_OK(m_db.open(StorePg::connection(m_database)));
    STORE_OK(m_db.migrate());
    m_reader = std::make_unique<StoreSalesReader>(m_db);
}

void TestStoreSalesReader::cleanupTestCase()
{
    m_reader.reset();
    m_db.close();
    m_counters.clear();
    StorePg::dropDatabase(m_database);
}

void TestStoreSalesReader::entriesAndPaging()
{
    for (const JournalFilter &filter : {JournalFilter(), JournalFilter::day(m_day1), JournalFilter::day(m_day2)}) {
        QList<JournalEntry> all;
        STORE_OK(m_reader->entries(filter, &all));
        qint64 expected = 0;
        for (OrderJournal *j : journals())
            expected += j->count(filter);
        QVERIFY(expected > 0);
        QCOMPARE(qint64(all.size()), expected);
        qint64 counted = -1;
        STORE_OK(m_reader->count(filter, &counted));
        QCOMPARE(counted, expected);
        // Newest first; each sale as its journal holds it, with its counter.
        for (int i = 1; i < all.size(); ++i)
            QVERIFY(all.at(i - 1).createdAt >= all.at(i).createdAt);
        for (const JournalEntry &e : std::as_const(all)) {
            const auto c = std::find_if(m_counters.cbegin(), m_counters.cend(),
                                        [&e](const auto &c) { return c->id == e.counterId; });
            QVERIFY(c != m_counters.cend());
            QCOMPARE(e.counterName, (*c)->name);
            const std::optional<JournalEntry> local = (*c)->journal->entry(e.localId);
            QVERIFY(local);
            QCOMPARE(e.createdAt, local->createdAt);
            QCOMPARE(e.updatedAt, local->updatedAt);
            QCOMPARE(e.request.amount.cents(), local->request.amount.cents());
            QCOMPARE(e.request.description, local->request.description);
            QCOMPARE(e.request.deviceName, local->request.deviceName);
            QCOMPARE(e.request.cardType, local->request.cardType);
            QCOMPARE(e.state, local->state);
            QCOMPARE(e.shownState(), local->shownState());
            QCOMPARE(e.refunded.cents(), local->refunded.cents());
            QCOMPARE(e.orderId, local->orderId);
            QCOMPARE(e.paymentId, local->paymentId);
            QCOMPARE(e.lastError, local->lastError);
            QCOMPARE(e.backend, local->backend);
            QCOMPARE(e.createAttempts, local->createAttempts);
        }
        // Pages of 5 put together are the whole list.
        QList<JournalEntry> paged;
        for (int offset = 0;; offset += 5) {
            JournalFilter page = filter;
            page.limit = 5;
            page.offset = offset;
            QList<JournalEntry> part;
            STORE_OK(m_reader->entries(page, &part));
            QVERIFY(part.size() <= 5);
            paged += part;
            if (part.size() < 5)
                break;
        }
        QCOMPARE(paged.size(), all.size());
        for (int i = 0; i < all.size(); ++i) {
            QCOMPARE(paged.at(i).counterId, all.at(i).counterId);
            QCOMPARE(paged.at(i).localId, all.at(i).localId);
        }
    }
}

void TestStoreSalesReader::localDays()
{
    // Counter 0's night sales of day 2 are on day 2 (local), not on the UTC day they fall on.
    JournalFilter f = JournalFilter::day(m_day2);
    f.counterId = counter(0).id;
    QList<JournalEntry> night;
    STORE_OK(m_reader->entries(f, &night));
    QCOMPARE(night.size(), 14);
    for (const JournalEntry &e : std::as_const(night)) {
        QCOMPARE(e.createdAt.toLocalTime().date(), m_day2);
        QVERIFY(e.createdAt.toLocalTime().time().hour() >= 22);
    }
    // A range of days reads both.
    JournalFilter range;
    range.fromDay = m_day1;
    range.toDay = m_day2;
    qint64 n = 0;
    STORE_OK(m_reader->count(range, &n));
    QCOMPARE(n, qint64(14 * 5 + 2)); // five seeds and the two Ñandú sales
    range.fromDay = m_day2.addDays(1);
    range.toDay = m_day2.addDays(1);
    STORE_OK(m_reader->count(range, &n));
    QCOMPARE(n, qint64(0));
}

void TestStoreSalesReader::totalsAddUpToTheCent()
{
    JournalFilter paidOnly;
    paidOnly.states = {OrderState::Approved, OrderState::Refunded};
    for (const JournalFilter &filter :
         {JournalFilter(), JournalFilter::day(m_day1), JournalFilter::day(m_day2), paidOnly}) {
        JournalTotals store;
        STORE_OK(m_reader->totals(filter, &store));
        QList<JournalTotals> local;
        for (OrderJournal *j : journals())
            local << j->totals(filter);
        const auto across = [&local](auto pick) {
            QList<JournalTotals::Bucket> buckets;
            for (const JournalTotals &t : std::as_const(local))
                buckets << pick(t);
            return sum(buckets);
        };
        QVERIFY(store.all().takenCents > 0);
        COMPARE_BUCKETS(store.all(), across([](const JournalTotals &t) { return t.all(); }));
        for (OrderState s :
             {OrderState::Approved, OrderState::PartlyRefunded, OrderState::Refunded, OrderState::Rejected,
              OrderState::Cancelled, OrderState::Failed, OrderState::Expired, OrderState::ActionRequired,
              OrderState::WaitingForCard, OrderState::Sending, OrderState::Unknown}) {
            COMPARE_BUCKETS(store.byState(s), across([s](const JournalTotals &t) { return t.byState(s); }));
            for (CardType c : {CardType::Credit, CardType::Debit})
                COMPARE_BUCKETS(store.byStateAndCardType(s, c),
                                across([s, c](const JournalTotals &t) { return t.byStateAndCardType(s, c); }));
        }
        QStringList terminals;
        for (const JournalTotals &t : std::as_const(local))
            terminals += t.terminals();
        terminals.removeDuplicates();
        for (const QString &name : std::as_const(terminals))
            COMPARE_BUCKETS(store.byTerminal(name),
                            across([&name](const JournalTotals &t) { return t.byTerminal(name); }));
        // Each counter's part is its journal's totals, to the cent.
        for (int i = 0; i < m_counters.size(); ++i) {
            const JournalTotals::Bucket own = local.at(i).all();
            COMPARE_BUCKETS(store.byCounter(counter(i).name), own);
            QCOMPARE(store.counters().contains(counter(i).name), own.count > 0);
        }
    }
    // The local journal's rows have no counter.
    QCOMPARE(counter(0).journal->totals().counters(), QStringList{QString()});
    JournalTotals all;
    STORE_OK(m_reader->totals({}, &all));
    QCOMPARE(all.counters(),
             (QStringList{QStringLiteral("Caja Ñandú"), QStringLiteral("Depósito"), QStringLiteral("Mostrador")}));
}

void TestStoreSalesReader::takenByHour()
{
    JournalFilter declined;
    declined.states = {OrderState::Rejected};
    JournalFilter refunded;
    refunded.states = {OrderState::Refunded, OrderState::Rejected};
    for (const JournalFilter &filter :
         {JournalFilter(), JournalFilter::day(m_day1), JournalFilter::day(m_day2), declined, refunded}) {
        QList<qint64> store;
        STORE_OK(m_reader->takenByHour(filter, &store));
        QList<qint64> expected(24, 0);
        for (OrderJournal *j : journals()) {
            const QList<qint64> hours = j->takenByHour(filter);
            for (int h = 0; h < 24; ++h)
                expected[h] += hours.at(h);
        }
        QCOMPARE(store, expected);
    }
    QList<qint64> day2;
    STORE_OK(m_reader->takenByHour(JournalFilter::day(m_day2), &day2));
    QVERIFY(day2.at(22) > 0);
    QVERIFY(day2.at(13) > 0);
}

void TestStoreSalesReader::terminalFilter()
{
    for (const QString &asked : {QStringLiteral("MOSTRADOR NANDU"), QStringLiteral(" mostrador   ñandú "),
                                 QStringLiteral("caja 1"), QStringLiteral("Caja"), QStringLiteral("Caja 10")}) {
        JournalFilter f;
        f.deviceName = asked;
        qint64 expected = 0;
        for (OrderJournal *j : journals())
            expected += j->count(f);
        qint64 n = -1;
        STORE_OK(m_reader->count(f, &n));
        QCOMPARE(n, expected);
        QList<JournalEntry> list;
        f.limit = 3;
        f.offset = 1;
        STORE_OK(m_reader->entries(f, &list));
        QCOMPARE(qint64(list.size()), qBound(qint64(0), expected - 1, qint64(3)));
        for (const JournalEntry &e : std::as_const(list))
            QVERIFY(TerminalMatch::matches(asked, e.request.deviceName));
        JournalTotals t;
        f.limit = -1;
        f.offset = 0;
        STORE_OK(m_reader->totals(f, &t));
        QCOMPARE(t.all().count, expected);
    }
    JournalFilter nandu;
    nandu.deviceName = QStringLiteral("mostrador nandu");
    qint64 n = 0;
    STORE_OK(m_reader->count(nandu, &n));
    QCOMPARE(n, qint64(2)); // "Mostrador Ñandú" and "mostrador  nandu"
}

void TestStoreSalesReader::counterFilter()
{
    for (int i = 0; i < m_counters.size(); ++i) {
        JournalFilter f;
        f.counterId = counter(i).id;
        QList<JournalEntry> store;
        STORE_OK(m_reader->entries(f, &store));
        const QList<JournalEntry> local = counter(i).journal->entries(f);
        QCOMPARE(store.size(), local.size());
        for (int k = 0; k < local.size(); ++k) {
            QCOMPARE(store.at(k).localId, local.at(k).localId);
            QCOMPARE(store.at(k).counterId, counter(i).id);
        }
        JournalTotals t;
        STORE_OK(m_reader->totals(f, &t));
        COMPARE_BUCKETS(t.all(), counter(i).journal->totals().all());
        QCOMPARE(t.counters(), QStringList{counter(i).name});
    }
    JournalFilter nobody;
    nobody.counterId = QStringLiteral("no-such-counter");
    qint64 n = -1;
    STORE_OK(m_reader->count(nobody, &n));
    QCOMPARE(n, qint64(0));
}

void TestStoreSalesReader::refundsAndEvents()
{
    const Counter &c = counter(0);
    int withRefunds = 0;
    for (const JournalEntry &e : c.journal->entries()) {
        QList<JournalRefund> refunds;
        STORE_OK(m_reader->refunds(c.id, e.localId, &refunds));
        const QList<JournalRefund> local = c.journal->refunds(e.localId);
        QCOMPARE(refunds.size(), local.size());
        for (int i = 0; i < local.size(); ++i) {
            QCOMPARE(refunds.at(i).refundLocalId, local.at(i).refundLocalId);
            QCOMPARE(refunds.at(i).amount.cents(), local.at(i).amount.cents());
            QCOMPARE(refunds.at(i).state, local.at(i).state);
            QCOMPARE(refunds.at(i).refundId, local.at(i).refundId);
            QCOMPARE(refunds.at(i).requestedBy, local.at(i).requestedBy);
            QCOMPARE(refunds.at(i).createdAt, local.at(i).createdAt);
        }
        withRefunds += local.isEmpty() ? 0 : 1;
        QList<JournalEvent> events;
        STORE_OK(m_reader->events(c.id, e.localId, &events));
        const QList<JournalEvent> localEvents = c.journal->events(e.localId);
        QCOMPARE(events.size(), localEvents.size());
        for (int i = 0; i < localEvents.size(); ++i) {
            QCOMPARE(events.at(i).state, localEvents.at(i).state);
            QCOMPARE(events.at(i).detail, localEvents.at(i).detail);
            QCOMPARE(events.at(i).at, localEvents.at(i).at);
        }
        JournalEntry one;
        bool found = false;
        STORE_OK(m_reader->entry(c.id, e.localId, &one, &found));
        QVERIFY(found);
        QCOMPARE(one.refunded.cents(), e.refunded.cents());
    }
    QCOMPARE(withRefunds, 6); // three sales with refunds per seed, two seeds
    bool found = true;
    JournalEntry none;
    STORE_OK(m_reader->entry(c.id, 99999, &none, &found));
    QVERIFY(!found);
}

void TestStoreSalesReader::csvIsTheJournalsWithACounter()
{
    for (const CsvFormat &format : {CsvFormat(), CsvFormat(CsvFormat::Style::Spreadsheet, QLocale(QLocale::Spanish))}) {
        for (int i = 0; i < m_counters.size(); ++i) {
            JournalFilter f;
            f.counterId = counter(i).id;
            QBuffer store;
            store.open(QIODevice::WriteOnly);
            STORE_OK(m_reader->exportCsv(f, &store, format));
            QBuffer local;
            local.open(QIODevice::WriteOnly);
            QVERIFY(counter(i).journal->exportCsv(f, &local, format).ok());
            QByteArray storeCsv = store.data();
            QByteArray localCsv = local.data();
            QVERIFY(storeCsv.startsWith(format.preamble()));
            storeCsv.remove(0, format.preamble().size());
            localCsv.remove(0, format.preamble().size());
            const QList<QByteArray> storeLines = storeCsv.split('\n');
            const QList<QByteArray> localLines = localCsv.split('\n');
            QCOMPARE(storeLines.size(), localLines.size());
            const QByteArray counterCell = format.text(counter(i).name).toUtf8() + format.separator().toLatin1();
            const QByteArray counterHeader = (format.isSpreadsheet() ? QByteArray("Counter") : QByteArray("counter")) +
                                             format.separator().toLatin1();
            int refundLines = 0;
            bool header = true;
            for (int k = 0; k < localLines.size(); ++k) {
                if (localLines.at(k).isEmpty() || localLines.at(k) == "\r") {
                    QCOMPARE(storeLines.at(k), localLines.at(k));
                    header = true; // the refunds' table follows
                    continue;
                }
                const QByteArray prefix = header ? counterHeader : counterCell;
                QVERIFY2(storeLines.at(k).startsWith(prefix), storeLines.at(k).constData());
                QCOMPARE(storeLines.at(k).mid(prefix.size()), localLines.at(k));
                refundLines += header && k > 0 ? 1 : 0;
                header = false;
            }
            QCOMPARE(refundLines, 1);
        }
    }
    // The formula is neutralised, the whole store's CSV has every sale and refund.
    QBuffer all;
    all.open(QIODevice::WriteOnly);
    STORE_OK(m_reader->exportCsv({}, &all, CsvFormat()));
    QVERIFY(all.data().contains(",'=SUM(A1:A9),"));
    QVERIFY(all.data().contains(",'+Declined,"));
    const QList<QByteArray> tables = all.data().split('\n');
    qint64 sales = 0;
    STORE_OK(m_reader->count({}, &sales));
    const qsizetype blank = tables.indexOf("\r");
    QVERIFY(blank > 0);
    QCOMPARE(qint64(blank - 1), sales);
    // After the empty line: the refunds' header, every refund of the journals, and the nothing after the last line end.
    qsizetype refunds = 0;
    for (OrderJournal *j : journals()) {
        for (const JournalEntry &e : j->entries())
            refunds += j->refunds(e.localId).size();
    }
    QVERIFY(refunds >= 5 * 3);
    QCOMPARE(tables.size() - blank - 3, refunds);
}

void TestStoreSalesReader::cashUpReportOfTheStore()
{
    for (const QDate &day : {m_day1, m_day2}) {
        CashUpReport store;
        STORE_OK(m_reader->cashUpReport(day, day, &store));
        QVERIFY(store.wholeStore);
        QCOMPARE(store.counters.size(), 3);
        QList<JournalTotals::Bucket> money;
        QList<qint64> hours(24, 0);
        qsizetype unfinished = 0;
        for (OrderJournal *j : journals()) {
            JournalResult result;
            const CashUpReport own = CashUpReportBuilder(j).buildLive(day, day, &result);
            QVERIFY(result.ok());
            money << own.money();
            for (int h = 0; h < 24; ++h)
                hours[h] += own.takenByHour.at(h);
            unfinished += own.unfinished.size();
            for (OrderState s : {OrderState::Rejected, OrderState::Cancelled, OrderState::Expired})
                QVERIFY(store.count(s) >= own.count(s));
        }
        COMPARE_BUCKETS(store.money(), sum(money));
        QCOMPARE(store.takenByHour, hours);
        QCOMPARE(store.unfinished.size(), unfinished);
        for (const CashUpSale &s : std::as_const(store.unfinished))
            QVERIFY(!s.counter.isEmpty());
        for (int i = 1; i < store.unfinished.size(); ++i) // oldest first
            QVERIFY(store.unfinished.at(i - 1).createdAt <= store.unfinished.at(i).createdAt);
        // Kept as JSON, read back the same, counters and all.
        const std::optional<CashUpReport> back = CashUpReport::fromJson(store.toJsonBytes());
        QVERIFY(back);
        QVERIFY(back->wholeStore);
        QCOMPARE(back->counters, store.counters);
        QCOMPARE(back->totals.counters(), store.totals.counters());
        for (const QString &name : store.totals.counters())
            COMPARE_BUCKETS(back->totals.byCounter(name), store.totals.byCounter(name));
        QCOMPARE(back->unfinished.size(), store.unfinished.size());
        QCOMPARE(back->unfinished.first().counter, store.unfinished.first().counter);
        QCOMPARE(back->toJsonBytes(), store.toJsonBytes());
    }
    // One counter's report is its journal's money.
    CashUpReport one;
    STORE_OK(m_reader->cashUpReport(m_day1, m_day2, &one, counter(2).id));
    QVERIFY(!one.wholeStore);
    QCOMPARE(one.counters, QStringList{counter(2).name});
    JournalResult result;
    COMPARE_BUCKETS(one.money(),
                    CashUpReportBuilder(counter(2).journal.get()).buildLive(m_day1, m_day2, &result).money());
    // The local journal's report JSON has no store members.
    const QByteArray local = CashUpReportBuilder(counter(0).journal.get()).buildLive(m_day1, m_day1).toJsonBytes();
    QVERIFY(!local.contains("\"store\""));
    QVERIFY(!local.contains("\"counter\""));
    QVERIFY(!local.contains("by_counter"));
}

void TestStoreSalesReader::countersAndFindCounter()
{
    QList<StoreCounterInfo> all;
    STORE_OK(m_reader->counters(&all));
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).name, QStringLiteral("Caja Ñandú"));
    QCOMPARE(all.at(1).name, QStringLiteral("Depósito"));
    QCOMPARE(all.at(2).name, QStringLiteral("Mostrador"));
    for (const StoreCounterInfo &c : std::as_const(all)) {
        QCOMPARE(c.currency, QStringLiteral("ARS"));
        QVERIFY(c.pushedUpTo > 0);
        QVERIFY(c.lastPushAt.isValid());
    }
    StoreCounterInfo found;
    bool ok = false;
    STORE_OK(m_reader->findCounter(QStringLiteral("caja nandu"), &found, &ok));
    QVERIFY(ok);
    QCOMPARE(found.counterId, counter(0).id);
    STORE_OK(m_reader->findCounter(counter(1).id, &found, &ok));
    QVERIFY(ok);
    QCOMPARE(found.name, QStringLiteral("Mostrador"));
    STORE_OK(m_reader->findCounter(QStringLiteral("Caja"), &found, &ok));
    QVERIFY(!ok);
    QString currency;
    STORE_OK(m_reader->currency({}, &currency));
    QCOMPARE(currency, QStringLiteral("ARS"));
}

void TestStoreSalesReader::mixedCurrenciesAreRefused()
{
    // A fourth counter in reais joins the store.
    OrderJournal brl;
    QVERIFY(brl.open(m_dir.filePath(QStringLiteral("brl.sqlite"))).ok());
    QVERIFY(JournalSeeding::sale(brl, 5000, OrderState::Approved, CardType::Credit, QStringLiteral("Caixa 1")) > 0);
    const QString brlId = QStringLiteral("00000004-aaaa-4bbb-8ccc-readerbrl");
    {
        StoreDatabase db;
        StorePusher pusher(brl, db);
        pusher.setConnection(StorePg::connection(m_database));
        pusher.setCounter(brlId, QStringLiteral("Caixa"), QStringLiteral("BRL"));
        STORE_OK(pusher.pushPending());
    }
    JournalTotals t;
    QCOMPARE(m_reader->totals({}, &t).kind(), StoreResult::Kind::MixedCurrencies);
    QVERIFY(t.rows.isEmpty());
    QList<JournalEntry> list;
    QCOMPARE(m_reader->entries({}, &list).kind(), StoreResult::Kind::MixedCurrencies);
    QList<qint64> hours;
    QCOMPARE(m_reader->takenByHour({}, &hours).kind(), StoreResult::Kind::MixedCurrencies);
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    QCOMPARE(m_reader->exportCsv({}, &csv).kind(), StoreResult::Kind::MixedCurrencies);
    CashUpReport report;
    QCOMPARE(m_reader->cashUpReport(m_day1, m_day1, &report).kind(), StoreResult::Kind::MixedCurrencies);
    QString currency;
    const StoreResult mixed = m_reader->currency({}, &currency);
    QCOMPARE(mixed.kind(), StoreResult::Kind::MixedCurrencies);
    QVERIFY(!mixed.message().isEmpty());
    // One counter reads.
    JournalFilter reais;
    reais.counterId = brlId;
    STORE_OK(m_reader->totals(reais, &t));
    QCOMPARE(t.all().takenCents, qint64(5000));
    STORE_OK(m_reader->currency(reais, &currency));
    QCOMPARE(currency, QStringLiteral("BRL"));
    JournalFilter pesos;
    pesos.counterId = counter(0).id;
    STORE_OK(m_reader->totals(pesos, &t));
    COMPARE_BUCKETS(t.all(), counter(0).journal->totals().all());
    // Leave the store as the other tests found it.
    StorePg::Admin admin(m_database);
    QVERIFY(admin.exec(QStringLiteral("DELETE FROM sale_events WHERE counter_id = '%1'").arg(brlId)));
    QVERIFY(admin.exec(QStringLiteral("DELETE FROM refunds WHERE counter_id = '%1'").arg(brlId)));
    QVERIFY(admin.exec(QStringLiteral("DELETE FROM sales WHERE counter_id = '%1'").arg(brlId)));
    QVERIFY(admin.exec(QStringLiteral("DELETE FROM counters WHERE counter_id = '%1'").arg(brlId)));
}

void TestStoreSalesReader::unreachableStore()
{
    StoreDatabase closed;
    StoreSalesReader reader(closed);
    qint64 n = 0;
    QCOMPARE(reader.count({}, &n).kind(), StoreResult::Kind::Unreachable);
    QList<StoreCounterInfo> all;
    QCOMPARE(reader.counters(&all).kind(), StoreResult::Kind::Unreachable);
}

QTEST_GUILESS_MAIN(TestStoreSalesReader)
#include "tst_storesalesreader.moc"
