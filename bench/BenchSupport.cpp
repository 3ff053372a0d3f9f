#include "BenchSupport.h"

#include "core/CardType.h"
#include "store/OrderJournal.h"
#include "core/OrderState.h"
#include "app/StartupBenchmark.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QVariant>
#include <QWidget>
#include <algorithm>
#include <cmath>
#include <cstdio>

namespace Bench {

void result(const QString &key, double value, int decimals)
{
    std::printf("%s=%s\n", qPrintable(key), qPrintable(QString::number(value, 'f', decimals)));
    std::fflush(stdout);
}

void result(const QString &key, qint64 value)
{
    std::printf("%s=%lld\n", qPrintable(key), static_cast<long long>(value));
    std::fflush(stdout);
}

void result(const QString &key, const QString &value)
{
    std::printf("%s=%s\n", qPrintable(key), qPrintable(value));
    std::fflush(stdout);
}

void note(const QString &text)
{
    std::fprintf(stderr, "pointdesk-bench: %s\n", qPrintable(text));
    std::fflush(stderr);
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

bool parseStartupLine(const QString &output, double *ms, qint64 *rssKb)
{
    // Anchored to a line of its own: the application may print other lines (a smoke test, a warning on stdout).
    static const QRegularExpression line(QStringLiteral("^startup_ms=([0-9]+(?:\\.[0-9]+)?) peak_rss_kb=(-?[0-9]+)$"),
                                         QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = line.match(output);
    if (!match.hasMatch())
        return false;
    *ms = match.captured(1).toDouble();
    *rssKb = match.captured(2).toLongLong();
    return true;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(values.size())));
    return values.at(qBound<qsizetype>(0, rank - 1, values.size() - 1));
}

double mean(const QList<double> &values)
{
    if (values.isEmpty())
        return -1;
    double sum = 0;
    for (double v : values)
        sum += v;
    return sum / double(values.size());
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer check;
    check.setInterval(2);
    QObject::connect(&check, &QTimer::timeout, &loop, [&]() {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    check.start();
    loop.exec();
    return done();
}

void runFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

double nowMs()
{
    static const QElapsedTimer clock = []() {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return double(clock.nsecsElapsed()) / 1e6;
}

qint64 residentKb()
{
    return StartupBenchmark::residentKb();
}

qint64 peakResidentKb()
{
    return StartupBenchmark::peakResidentKb();
}

PaintProbe::PaintProbe(QWidget *widget, QObject *parent) : QObject(parent), m_widget(widget)
{
    widget->installEventFilter(this);
}

void PaintProbe::arm()
{
    m_armed = true;
    m_seen = false;
    m_stamp = -1;
}

bool PaintProbe::wait(int timeoutMs)
{
    return waitUntil([this]() { return isDone(); }, timeoutMs);
}

bool PaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (m_armed && !m_seen && watched == m_widget && event->type() == QEvent::Paint) {
        m_seen = true;
        QMetaObject::invokeMethod(
            this,
            [this]() {
                m_stamp = nowMs();
                m_armed = false;
            },
            Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

bool fillJournal(OrderJournal *journal, int count, int perDay, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(journal->connectionName(), false);
    if (!db.isOpen()) {
        *error = QStringLiteral("the journal is not open");
        return false;
    }
    const QStringList terminals = {QStringLiteral("Caja 1"), QStringLiteral("Caja 2"),
                                   QStringLiteral("Mostrador \u00D1and\u00FA")};
    const QStringList items = {QStringLiteral("Caf\u00E9 con leche"), QStringLiteral("Medialunas x6"),
                               QStringLiteral("Shoes"), QStringLiteral("Groceries, weekly"),
                               QStringLiteral("Gift card \"Spring\"")};
    QRandomGenerator random(20240601);
    const QDateTime now = QDateTime::currentDateTime();
    const qint64 todayStart = now.date().startOfDay().toMSecsSinceEpoch();
    const qint64 nowMsEpoch = now.toMSecsSinceEpoch();
    const qint64 dayMs = 24LL * 3600 * 1000;

    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery order(db);
    order.prepare(QStringLiteral(
        "INSERT INTO orders (created_at, updated_at, amount_cents, description, device_name, card_type, "
        "external_reference, payer_email, notification_url, disable_back_button, order_id, state, status, "
        "payment_id, payment_status, last_error, create_attempts, backend, create_key) VALUES (?, ?, ?, ?, ?, ?, ?, "
        "'', '', NULL, ?, ?, ?, ?, ?, ?, 1, 'legacy', ?)"));
    QSqlQuery event(db);
    event.prepare(QStringLiteral("INSERT INTO order_events (local_id, at, state, detail) VALUES (?, ?, ?, ?)"));

    qint64 nextOrderId = 900000000;
    qint64 nextPaymentId = 500000000;
    // Oldest first, so that local ids grow with time as they do in a real journal.
    for (int i = count - 1; i >= 0; --i) {
        const int daysBack = i / qMax(1, perDay);
        const qint64 dayStart = todayStart - daysBack * dayMs;
        const qint64 dayEnd = daysBack == 0 ? qMax(todayStart + 1, nowMsEpoch) : dayStart + dayMs;
        const int slot = perDay - 1 - (i % qMax(1, perDay));
        const qint64 createdAt = dayStart + (dayEnd - dayStart) * qint64(slot) / qint64(qMax(1, perDay));
        const qint64 updatedAt = createdAt + 5000 + random.bounded(60000);

        const quint32 roll = random.bounded(100);
        OrderState state = OrderState::Approved;
        if (roll >= 97)
            state = OrderState::Failed;
        else if (roll >= 92)
            state = OrderState::Cancelled;
        else if (roll >= 85)
            state = OrderState::Rejected;
        const bool hasOrder = state != OrderState::Failed;
        const bool closed = state == OrderState::Approved || state == OrderState::Rejected;

        order.addBindValue(createdAt);
        order.addBindValue(updatedAt);
        order.addBindValue(qint64(100 + random.bounded(500000)));
        order.addBindValue(
            QString(items.at(int(random.bounded(quint32(items.size())))) + QStringLiteral(" #%1").arg(i)));
        order.addBindValue(terminals.at(int(random.bounded(quint32(terminals.size())))));
        order.addBindValue(CardTypes::toApi(random.bounded(100) < 60 ? CardType::Credit : CardType::Debit));
        order.addBindValue(
            QStringLiteral("PD-%1-%2")
                .arg(QDateTime::fromMSecsSinceEpoch(createdAt, Qt::UTC).toString(QStringLiteral("yyyyMMddHHmmss")))
                .arg(quint32(count - i), 8, 16, QLatin1Char('0')));
        // Ids as the journal keeps them: text (a legacy id is its exact digits).
        order.addBindValue(hasOrder ? QVariant(QString::number(nextOrderId++)) : QVariant(QMetaType(QMetaType::QString)));
        order.addBindValue(OrderStates::toKey(state));
        order.addBindValue(closed ? QStringLiteral("CLOSED") : QString::fromLatin1(hasOrder ? "DELETED" : ""));
        order.addBindValue(closed ? QVariant(QString::number(nextPaymentId++)) : QVariant(QMetaType(QMetaType::QString)));
        order.addBindValue(state == OrderState::Approved   ? QStringLiteral("approved")
                           : state == OrderState::Rejected ? QStringLiteral("rejected")
                                                           : QString::fromLatin1(""));
        order.addBindValue(state == OrderState::Failed ? QStringLiteral("Not sent: the terminal was busy.")
                                                       : QString::fromLatin1(""));
        order.addBindValue(QStringLiteral("bench-%1").arg(count - i));
        if (!order.exec()) {
            *error = order.lastError().text();
            db.rollback();
            return false;
        }
        const qint64 localId = order.lastInsertId().toLongLong();
        const struct
        {
            qint64 at;
            OrderState state;
            QString detail;
        } events[] = {{createdAt, OrderState::Sending, QStringLiteral("create request sent (attempt 1)")},
                      {updatedAt, state, closed ? QStringLiteral("CLOSED, payment") : QStringLiteral("finished")}};
        for (const auto &e : events) {
            event.addBindValue(localId);
            event.addBindValue(e.at);
            event.addBindValue(OrderStates::toKey(e.state));
            event.addBindValue(e.detail);
            if (!event.exec()) {
                *error = event.lastError().text();
                db.rollback();
                return false;
            }
        }
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

} // namespace Bench

bool Bench::pgAdmin(int port, const QString &sql, QString *error)
{
    const QString connection = QStringLiteral("bench-admin");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(port);
        db.setDatabaseName(QStringLiteral("postgres"));
        db.setUserName(QStringLiteral("pointdesk"));
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok)
                *error = query.lastError().text();
        } else {
            *error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}
