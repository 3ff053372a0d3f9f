#include "sim/OrdersWire.h"

#include "core/Money.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <atomic>
#include <chrono>

namespace {

const char kCrockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

} // namespace

QString OrdersWire::newId(const QString &prefix)
{
    // 48-bit time in 10 characters (5 bits each, 2 spare high bits), then 80 random bits in 16 characters.
    quint64 time = static_cast<quint64>(QDateTime::currentMSecsSinceEpoch()) & ((quint64(1) << 48) - 1);
    QString ulid(26, QLatin1Char('0'));
    for (int i = 9; i >= 0; --i) {
        ulid[i] = QLatin1Char(kCrockford[time & 31]);
        time >>= 5;
    }
    for (int i = 10; i < 26; ++i)
        ulid[i] = QLatin1Char(kCrockford[QRandomGenerator::global()->bounded(32)]);
    return prefix + ulid;
}

bool OrdersWire::isOrderId(const QString &text, bool allowTestPrefix)
{
    static const QRegularExpression plain(QStringLiteral("^ORD[0-9A-HJKMNP-TV-Z]{26}$"));
    static const QRegularExpression test(QStringLiteral("^ORDTST[0-9A-HJKMNP-TV-Z]{26}$"));
    return plain.match(text).hasMatch() || (allowTestPrefix && test.match(text).hasMatch());
}

QString OrdersWire::newReferenceId()
{
    return QString::number(QRandomGenerator::global()->bounded(Q_INT64_C(10'000'000'000), Q_INT64_C(99'999'999'999)));
}

qint64 OrdersWire::nowNs()
{
    static std::atomic<qint64> last{0};
    const qint64 now =
        std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch())
            .count();
    qint64 previous = last.load();
    qint64 next = 0;
    do {
        next = qMax(now, previous + 1);
    } while (!last.compare_exchange_weak(previous, next));
    return next;
}

QString OrdersWire::timestamp(qint64 ns)
{
    const qint64 seconds = ns / 1'000'000'000;
    const qint64 fraction = ns % 1'000'000'000;
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) +
           QStringLiteral(".%1Z").arg(fraction, 9, 10, QLatin1Char('0'));
}

std::optional<OrdersWire::Amount> OrdersWire::parseAmount(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^([0-9]{1,12})(?:\\.([0-9]{1,2}))?$"));
    const QRegularExpressionMatch match = shape.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QString fraction = match.captured(2);
    Amount amount;
    amount.decimals = static_cast<int>(fraction.size());
    amount.cents = match.captured(1).toLongLong() * 100;
    if (amount.decimals == 1)
        amount.cents += fraction.toLongLong() * 10;
    else if (amount.decimals == 2)
        amount.cents += fraction.toLongLong();
    if (amount.cents > Money::kMaxCents)
        return std::nullopt;
    return amount;
}

QString OrdersWire::formatAmount(qint64 cents, int decimals)
{
    const QString whole = QString::number(cents / 100);
    if (decimals <= 0)
        return whole;
    const QString fraction = QStringLiteral("%1").arg(cents % 100, 2, 10, QLatin1Char('0'));
    return whole + QLatin1Char('.') + fraction.left(decimals);
}

std::optional<qint64> OrdersWire::durationMs(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^PT(?:([0-9]+)H)?(?:([0-9]+)M)?(?:([0-9]+)S)?$"));
    const QRegularExpressionMatch match = shape.match(text);
    if (!match.hasMatch() || text == QLatin1String("PT"))
        return std::nullopt;
    const qint64 hours = match.captured(1).toLongLong();
    const qint64 minutes = match.captured(2).toLongLong();
    const qint64 seconds = match.captured(3).toLongLong();
    if (hours > 1000 || minutes > 100'000 || seconds > 10'000'000)
        return std::nullopt;
    return ((hours * 60 + minutes) * 60 + seconds) * 1000;
}

SimHttpResponse OrdersWire::error(int status, const QString &code, const QString &message, const QStringList &details)
{
    QJsonObject entry;
    entry.insert(QStringLiteral("code"), code);
    entry.insert(QStringLiteral("message"), message);
    if (!details.isEmpty())
        entry.insert(QStringLiteral("details"), QJsonArray::fromStringList(details));
    return SimHttpResponse::json(status, QJsonObject{{QStringLiteral("errors"), QJsonArray{entry}}});
}

SimHttpResponse OrdersWire::unauthorized()
{
    QJsonObject body;
    body.insert(QStringLiteral("code"), QStringLiteral("unauthorized"));
    body.insert(QStringLiteral("message"), QStringLiteral("invalid access token"));
    return SimHttpResponse::json(401, body);
}
