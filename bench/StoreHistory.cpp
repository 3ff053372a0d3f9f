// pointdesk-bench store-history: opening one day of the store-wide history as the window would, in a store of N sales
// (default 1,000,000: --journal N). Five counters' sales spread over 100 days of business hours, with every state,
// both card types, three terminals per counter and refunds (done, pending, rejected; some whole), are written
// straight into the store's tables (created by StoreDatabase::migrate, so with the schema's indexes) with INSERT ...
// SELECT over generate_series: the figure is the read's, not the load's. Then, --runs times: a new connection
// (timed apart), and a day in the middle read through StoreSalesReader: the first page of 200 entries, the count,
// the totals and the money per hour. Median and p95 of the whole, and the median of each part; then the same day of
// one counter, and of one terminal (median).
#include "BenchCommands.h"
#include "BenchSupport.h"
#include "store/StoreDatabase.h"
#include "store/StoreSalesReader.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <algorithm>

namespace {

constexpr int kCounters = 5;
constexpr int kDays = 100;
constexpr int kPage = 200;

bool exec(QSqlDatabase db, const QString &sql, const QVariantList &binds, QString *error)
{
    QSqlQuery q(db);
    if (binds.isEmpty()) { // PostgreSQL prepares no utility statement (ANALYZE)
        if (!q.exec(sql)) {
            *error = q.lastError().text();
            return false;
        }
        return true;
    }
    if (!q.prepare(sql)) {
        *error = q.lastError().text();
        return false;
    }
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

// The store of `sales` sales: kCounters counters in pesos, each with an equal share, day after day from `firstDay`
// (local midnight, as UTC), 8:00 to 21:00 local time.
bool load(QSqlDatabase db, qint64 sales, const QDate &firstDay, QString *error)
{
    const qint64 perCounter = sales / kCounters;
    for (int c = 1; c <= kCounters; ++c) {
        const QString id = QStringLiteral("00000000-0000-4000-8000-00000000000%1").arg(c);
        if (!exec(db,
                  QStringLiteral("INSERT INTO counters (counter_id, name, journal_id, currency, pushed_up_to)"
                                 " VALUES (?, ?, ?, 'ARS', ?)"),
                  {id, QStringLiteral("Caja %1").arg(c), QUuid::createUuid().toString(QUuid::WithoutBraces),
                   perCounter * 6},
                  error))
            return false;
        // Sale g of the counter: day g * kDays / perCounter; its state, card, terminal and amount from g.
        if (!exec(
                db,
                QStringLiteral(
                    "INSERT INTO sales (counter_id, local_sale_id, change_no, created_at, updated_at, amount_cents,"
                    " currency, description, terminal, card_type, external_reference, payer_email, backend,"
                    " order_id, state, status, payment_id, payment_status, last_error, create_attempts,"
                    " card_brand, last_digits, installments)"
                    " SELECT ?, g, g * 6, t, t + interval '25 seconds', 100 + (g * 7919 + ? * 104729) % 250000, 'ARS',"
                    " 'Venta ' || g, (ARRAY['Mostrador Ñandú', 'Caja rápida', 'Depósito'])[1 + g % 3],"
                    " CASE WHEN g % 3 = 0 THEN 'debit_card' ELSE 'credit_card' END, 'REF-' || g, '', 'orders',"
                    " 'ORD01' || lpad(g::text, 20, '0'), st, CASE WHEN st = 'approved' THEN 'processed' ELSE '' END,"
                    " CASE WHEN st = 'approved' THEN 'PAY' || g END,"
                    " CASE WHEN st = 'approved' THEN 'approved' ELSE '' END,"
                    " CASE WHEN st = 'rejected' THEN 'insufficient funds' ELSE '' END, 1,"
                    " CASE WHEN g % 3 = 0 THEN 'debvisa' ELSE 'master' END, lpad((g % 10000)::text, 4, '0'),"
                    " CASE WHEN g % 3 = 0 THEN 1 ELSE 1 + g % 6 END"
                    " FROM (SELECT g, CAST(? AS timestamptz) + (g * ? / ?) * interval '1 day'"
                    " + interval '8 hours' + ((g * 7919) % 46800) * interval '1 second' AS t,"
                    " CASE WHEN g % 100 < 85 THEN 'approved' WHEN g % 100 < 90 THEN 'rejected'"
                    " WHEN g % 100 < 93 THEN 'cancelled' WHEN g % 100 < 95 THEN 'expired'"
                    " WHEN g % 100 < 96 THEN 'failed' WHEN g % 100 < 97 THEN 'action_required'"
                    " WHEN g % 100 < 98 THEN 'unknown' WHEN g % 100 < 99 THEN 'waiting_for_card'"
                    " ELSE 'sending' END AS st FROM generate_series(1, ?::bigint) AS g) AS s"),
                {id, qint64(c), firstDay.startOfDay().toUTC().toString(Qt::ISODateWithMs), qint64(kDays), perCounter,
                 perCounter},
                error))
            return false;
        // One paid sale in 25 has a refund: done (one in five of them the whole amount), pending, or rejected.
        if (!exec(db,
                  QStringLiteral(
                      "INSERT INTO refunds (counter_id, local_refund_id, local_sale_id, change_no, created_at,"
                      " updated_at, amount_cents, currency, whole_balance, reason, requested_by, state, refund_id,"
                      " status, attempts)"
                      " SELECT counter_id, row_number() OVER (ORDER BY local_sale_id), local_sale_id, change_no + 1,"
                      " created_at + interval '2 hours', created_at + interval '2 hours',"
                      " CASE WHEN local_sale_id % 125 = 0 THEN amount_cents ELSE 1 + amount_cents / 3 END, 'ARS',"
                      " local_sale_id % 125 = 0, 'cambio', 'Ana',"
                      " (ARRAY['done', 'done', 'done', 'pending', 'rejected'])[1 + (local_sale_id / 25) % 5],"
                      " 'R' || local_sale_id, '', 1"
                      " FROM sales WHERE counter_id = ? AND state = 'approved' AND local_sale_id % 25 = 0"),
                  {id}, error))
            return false;
    }
    return exec(db, QStringLiteral("ANALYZE"), {}, error);
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return 0;
    const int index = qBound(0, int(p * (values.size() - 1) + 0.5), int(values.size() - 1));
    return values.at(index);
}

} // namespace

int runStoreHistory(const BenchOptions &options)
{
    if (options.pgPort <= 0) {
        Bench::note(QStringLiteral("store-history: --pg-port is needed"));
        return 1;
    }
    const qint64 sales = options.journalOrders;
    const QString database = QStringLiteral("bench_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    QString error;
    if (!Bench::pgAdmin(options.pgPort, QStringLiteral("CREATE DATABASE %1").arg(database), &error)) {
        Bench::note(QStringLiteral("store-history: ") + error);
        return 1;
    }
    StoreConnection connection;
    connection.host = QStringLiteral("127.0.0.1");
    connection.port = options.pgPort;
    connection.database = database;
    connection.user = QStringLiteral("pointdesk");
    const QDate firstDay = QDate::currentDate().addDays(-kDays);
    const QDate day = firstDay.addDays(kDays / 2);
    int rc = 0;
    {
        StoreDatabase store;
        StoreResult r = store.open(connection);
        if (r.ok())
            r = store.migrate();
        const double loadStarted = Bench::nowMs();
        if (!r.ok() || !load(store.database(), sales, firstDay, &error)) {
            Bench::note(QStringLiteral("store-history: the store cannot be made: ") + r.detail() + error);
            rc = 1;
        }
        const double loadMs = Bench::nowMs() - loadStarted;
        store.close();

        QList<double> connect, whole, entries, count, totals, hours, oneCounter, oneTerminal;
        qint64 daySales = 0;
        JournalFilter filter = JournalFilter::day(day);
        for (int run = 0; rc == 0 && run <= options.runs; ++run) { // run 0 warms the server's caches
            StoreDatabase db;
            const double opening = Bench::nowMs();
            StoreResult step = db.open(connection);
            const double opened = Bench::nowMs();
            StoreSalesReader reader(db);
            JournalFilter page = filter;
            page.limit = kPage;
            QList<JournalEntry> list;
            JournalTotals sums;
            QList<qint64> byHour;
            double t[5];
            t[0] = Bench::nowMs();
            if (step.ok())
                step = reader.entries(page, &list);
            t[1] = Bench::nowMs();
            if (step.ok())
                step = reader.count(filter, &daySales);
            t[2] = Bench::nowMs();
            if (step.ok())
                step = reader.totals(filter, &sums);
            t[3] = Bench::nowMs();
            if (step.ok())
                step = reader.takenByHour(filter, &byHour);
            t[4] = Bench::nowMs();
            if (!step.ok() || list.size() != qMin<qint64>(kPage, daySales) || sums.all().count != daySales) {
                Bench::note(QStringLiteral("store-history: the day was not read: ") + step.detail());
                rc = 1;
                break;
            }
            // The same day as the window shows it filtered: one counter, then one terminal (asked without accents).
            double narrowed[2] = {0, 0};
            for (int k = 0; k < 2; ++k) {
                JournalFilter narrow = filter;
                if (k == 0)
                    narrow.counterId = QStringLiteral("00000000-0000-4000-8000-000000000003");
                else
                    narrow.deviceName = QStringLiteral("mostrador nandu");
                JournalFilter narrowPage = narrow;
                narrowPage.limit = kPage;
                qint64 n = 0;
                const double start = Bench::nowMs();
                step = reader.entries(narrowPage, &list);
                if (step.ok())
                    step = reader.count(narrow, &n);
                if (step.ok())
                    step = reader.totals(narrow, &sums);
                if (step.ok())
                    step = reader.takenByHour(narrow, &byHour);
                narrowed[k] = Bench::nowMs() - start;
                if (!step.ok() || n <= 0 || n >= daySales || sums.all().count != n) {
                    Bench::note(QStringLiteral("store-history: the filtered day was not read: ") + step.detail());
                    rc = 1;
                }
            }
            if (run == 0 || rc != 0)
                continue;
            oneCounter << narrowed[0];
            oneTerminal << narrowed[1];
            connect << opened - opening;
            whole << t[4] - t[0];
            entries << t[1] - t[0];
            count << t[2] - t[1];
            totals << t[3] - t[2];
            hours << t[4] - t[3];
        }
        if (rc == 0) {
            const QString prefix = QStringLiteral("store_history.");
            Bench::result(prefix + QStringLiteral("sales"), sales);
            Bench::result(prefix + QStringLiteral("day_sales"), daySales);
            Bench::result(prefix + QStringLiteral("load_ms"), loadMs, 0);
            Bench::result(prefix + QStringLiteral("connect_median_ms"), percentile(connect, 0.5), 1);
            Bench::result(prefix + QStringLiteral("day_median_ms"), percentile(whole, 0.5), 1);
            Bench::result(prefix + QStringLiteral("day_p95_ms"), percentile(whole, 0.95), 1);
            Bench::result(prefix + QStringLiteral("entries_median_ms"), percentile(entries, 0.5), 1);
            Bench::result(prefix + QStringLiteral("count_median_ms"), percentile(count, 0.5), 1);
            Bench::result(prefix + QStringLiteral("totals_median_ms"), percentile(totals, 0.5), 1);
            Bench::result(prefix + QStringLiteral("hours_median_ms"), percentile(hours, 0.5), 1);
            Bench::result(prefix + QStringLiteral("counter_day_median_ms"), percentile(oneCounter, 0.5), 1);
            Bench::result(prefix + QStringLiteral("terminal_day_median_ms"), percentile(oneTerminal, 0.5), 1);
        }
    }
    if (!qEnvironmentVariableIsSet("POINTDESK_BENCH_KEEP_STORE"))
        Bench::pgAdmin(options.pgPort, QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(database), &error);
    else
        Bench::note(QStringLiteral("store-history: kept database ") + database);
    return rc;
}
