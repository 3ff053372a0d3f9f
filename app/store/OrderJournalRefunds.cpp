// OrderJournal: the refunds of paid sales. Each refund is written with its own idempotency key before it is sent;
// the checks that keep the money right (the sale is paid, one refund at a time, never above the balance) run in
// the same write transaction as the insert.
#include "store/JournalSchema.h"
#include "store/OrderJournal.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString bounded(const QString &value, int maxChars)
{
    return value.isNull() ? QString::fromLatin1("") : value.left(maxChars);
}

JournalRefund readRefund(const QSqlQuery &q)
{
    JournalRefund r;
    r.refundLocalId = q.value(0).toLongLong();
    r.saleLocalId = q.value(1).toLongLong();
    r.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
    r.updatedAt = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
    r.amount = Money::fromCents(q.value(4).toLongLong());
    r.wholeBalance = q.value(5).toLongLong() != 0;
    r.reason = q.value(6).toString();
    r.requestedBy = q.value(7).toString();
    r.idempotencyKey = q.value(8).toString();
    // A state this build does not know is kept unsettled: it is never taken for money given back or free again.
    r.state = JournalRefund::stateFromKey(q.value(9).toString()).value_or(JournalRefund::State::Recorded);
    r.refundId = q.value(10).isNull() ? RefundRef() : RefundRef(q.value(10).toString());
    r.status = q.value(11).toString();
    r.attempts = q.value(12).toInt();
    r.lastError = q.value(13).toString();
    return r;
}

/// The sale is paid and not refunded in full (by the API's own count), so it may have money to give back.
bool isPaid(const QString &stateKey)
{
    const OrderState state = OrderStates::fromKey(stateKey);
    return state == OrderState::Approved || state == OrderState::PartlyRefunded;
}

} // namespace

qint64 OrderJournal::recordRefund(qint64 localId, const std::optional<Money> &amount, const QString &reason,
                                  const QString &requestedBy, JournalResult *result, QString *key)
{
    const auto report = [&](const JournalResult &r) -> qint64 {
        fail(r);
        if (result)
            *result = r;
        return 0;
    };
    if (!m_open)
        return report({JournalResult::Kind::NotOpen, QStringLiteral("recordRefund")});
    if (amount && !amount->isPositive())
        return report({JournalResult::Kind::InvalidInput, QStringLiteral("refund amount must be above zero")});

    JournalResult r = begin();
    if (!r.ok())
        return report(r);
    const auto abort = [&](const JournalResult &why) {
        rollback();
        return report(why);
    };
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!(r = selectSale(q, localId, QStringLiteral("state, amount_cents"))).ok())
        return abort(r);
    if (!isPaid(q.value(0).toString()))
        return abort({JournalResult::Kind::Conflict, QStringLiteral("sale %1 is not paid").arg(localId)});
    const qint64 paid = q.value(1).toLongLong();

    QSqlQuery sums(QSqlDatabase::database(m_connectionName, false));
    sums.prepare(QStringLiteral("SELECT COALESCE(SUM(CASE WHEN state NOT IN ('failed', 'rejected') THEN amount_cents "
                                "END), 0), COALESCE(SUM(CASE WHEN state NOT IN ('done', 'failed', 'rejected') THEN 1 "
                                "END), 0) FROM refunds WHERE local_id = ?"));
    sums.addBindValue(localId);
    if (!sums.exec() || !sums.next())
        return abort(fromSql(sums.lastError(), QStringLiteral("refund balance")));
    const qint64 refunded = sums.value(0).toLongLong();
    if (sums.value(1).toLongLong() > 0)
        return abort({JournalResult::Kind::Conflict, QStringLiteral("sale %1 has a refund in progress").arg(localId)});
    const qint64 left = paid - refunded;
    const qint64 cents = amount ? amount->cents() : left;
    if (cents <= 0 || cents > left)
        return abort({JournalResult::Kind::Conflict,
                      QStringLiteral("sale %1: refund of %2 cents, %3 left").arg(localId).arg(cents).arg(left)});

    const qint64 now = nowMs();
    const QString newKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery insert(QSqlDatabase::database(m_connectionName, false));
    insert.prepare(QStringLiteral("INSERT INTO refunds (local_id, created_at, updated_at, amount_cents, "
                                  "whole_balance, reason, requested_by, idempotency_key, state) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(localId);
    insert.addBindValue(now);
    insert.addBindValue(now);
    insert.addBindValue(cents);
    insert.addBindValue(amount ? 0 : 1);
    insert.addBindValue(bounded(reason, 500));
    insert.addBindValue(bounded(requestedBy, 100));
    insert.addBindValue(newKey);
    insert.addBindValue(JournalRefund::stateKey(JournalRefund::State::Recorded));
    if (!insert.exec())
        return abort(fromSql(insert.lastError(), QStringLiteral("record refund")));
    const qint64 refundLocalId = insert.lastInsertId().toLongLong();
    if (!(r = appendOutbox(OutboxKind::Refund, refundLocalId, now)).ok())
        return abort(r);
    if (!(r = touchSale(localId, now)).ok())
        return abort(r);
    r = appendEvent(localId, now, OrderState::Approved,
                    QStringLiteral("refund %1 of %2 cents recorded").arg(refundLocalId).arg(cents));
    if (!r.ok())
        return abort(r);
    if (!(r = commit()).ok())
        return report(r);
    fail({});
    if (result)
        *result = {};
    if (key)
        *key = newKey;
    qCDebug(lcStore) << "journal: refund" << refundLocalId << "of sale" << localId << "recorded";
    return refundLocalId;
}

JournalResult OrderJournal::touchSale(qint64 localId, qint64 at)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("UPDATE orders SET updated_at = ? WHERE local_id = ?"));
    q.addBindValue(at);
    q.addBindValue(localId);
    if (!q.exec())
        return fromSql(q.lastError(), QStringLiteral("touch sale"));
    return appendOutbox(OutboxKind::Sale, localId, at);
}

JournalResult OrderJournal::updateRefund(qint64 refundLocalId, const QString &assignments, const QVariantList &values,
                                         const QString &what)
{
    if (!m_open)
        return fail({JournalResult::Kind::NotOpen, what});
    JournalResult r = begin();
    if (!r.ok())
        return fail(r);
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT local_id, state FROM refunds WHERE refund_local_id = ?"));
    q.addBindValue(refundLocalId);
    if (!q.exec()) {
        r = fromSql(q.lastError(), what);
        rollback();
        return fail(r);
    }
    if (!q.next()) {
        rollback();
        return fail({JournalResult::Kind::NotFound, QStringLiteral("refund %1").arg(refundLocalId)});
    }
    const qint64 saleId = q.value(0).toLongLong();
    const std::optional<JournalRefund::State> state = JournalRefund::stateFromKey(q.value(1).toString());
    // A settled refund never changes again (Pending still may).
    if (state == JournalRefund::State::Done || state == JournalRefund::State::Failed ||
        state == JournalRefund::State::Rejected) {
        rollback();
        return fail({JournalResult::Kind::Conflict, QStringLiteral("refund %1 is settled").arg(refundLocalId)});
    }
    const qint64 now = nowMs();
    QSqlQuery u(QSqlDatabase::database(m_connectionName, false));
    u.prepare(QStringLiteral("UPDATE refunds SET updated_at = ?, %1 WHERE refund_local_id = ?").arg(assignments));
    u.addBindValue(now);
    for (const QVariant &value : values)
        u.addBindValue(value);
    u.addBindValue(refundLocalId);
    if (!u.exec()) {
        r = fromSql(u.lastError(), what);
        rollback();
        return fail(r);
    }
    r = appendOutbox(OutboxKind::Refund, refundLocalId, now);
    if (r.ok())
        r = touchSale(saleId, now);
    if (r.ok())
        r = appendEvent(saleId, now, OrderState::Approved, QStringLiteral("refund %1: %2").arg(refundLocalId).arg(what));
    if (!r.ok()) {
        rollback();
        return fail(r);
    }
    return fail(commit());
}

JournalResult OrderJournal::recordRefundSent(qint64 refundLocalId)
{
    return updateRefund(refundLocalId, QStringLiteral("attempts = attempts + 1"), {}, QStringLiteral("sent"));
}

JournalResult OrderJournal::recordRefundResult(qint64 refundLocalId, const RefundInfo &info)
{
    JournalRefund::State state = JournalRefund::State::Pending; // unknown words are never taken for done
    if (info.state == RefundState::Done)
        state = JournalRefund::State::Done;
    else if (info.state == RefundState::Rejected)
        state = JournalRefund::State::Rejected;
    QVariantList values{JournalRefund::stateKey(state), bounded(info.rawStatus, 64),
                        info.id.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(info.id.toString())};
    QString assignments = QStringLiteral("state = ?, status = ?, refund_id = ?, last_error = ''");
    if (info.amount.isPositive()) {
        assignments += QStringLiteral(", amount_cents = ?");
        values.append(info.amount.cents());
    }
    return updateRefund(refundLocalId, assignments, values,
                        QStringLiteral("%1 (%2)").arg(JournalRefund::stateKey(state), info.rawStatus.left(64)));
}

JournalResult OrderJournal::markRefundFailed(qint64 refundLocalId, const QString &reason)
{
    return updateRefund(refundLocalId, QStringLiteral("state = ?, last_error = ?"),
                        {JournalRefund::stateKey(JournalRefund::State::Failed), bounded(reason, 500)},
                        QStringLiteral("failed: ") + reason.left(200));
}

JournalResult OrderJournal::recordRefundProblem(qint64 refundLocalId, const QString &problem)
{
    return updateRefund(refundLocalId, QStringLiteral("last_error = ?"), {bounded(problem, 500)},
                        QStringLiteral("unclear: ") + problem.left(200));
}

QList<JournalRefund> OrderJournal::selectRefunds(const QString &where, const QVariantList &values) const
{
    QList<JournalRefund> out;
    if (!m_open)
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM refunds WHERE %2 ORDER BY refund_local_id")
                  .arg(QString::fromLatin1(JournalSchema::kRefundColumns), where));
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec()) {
        fail(fromSql(q.lastError(), QStringLiteral("read refunds")));
        return out;
    }
    while (q.next())
        out.append(readRefund(q));
    return out;
}

std::optional<JournalRefund> OrderJournal::refund(qint64 refundLocalId) const
{
    const QList<JournalRefund> found = selectRefunds(QStringLiteral("refund_local_id = ?"), {refundLocalId});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<JournalRefund> OrderJournal::refunds(qint64 localId) const
{
    return selectRefunds(QStringLiteral("local_id = ?"), {localId});
}

QList<JournalRefund> OrderJournal::openRefunds() const
{
    return selectRefunds(QStringLiteral("state NOT IN ('done', 'failed', 'rejected')"), {});
}

std::optional<RefundBalance> OrderJournal::refundBalance(qint64 localId) const
{
    const std::optional<JournalEntry> sale = entry(localId);
    if (!sale)
        return std::nullopt;
    RefundBalance balance;
    balance.paid = sale->request.amount;
    qint64 refunded = 0;
    for (const JournalRefund &r : refunds(localId)) {
        if (r.holdsMoney())
            refunded += r.amount.cents();
        balance.refundInProgress = balance.refundInProgress || r.isOpen();
    }
    balance.refunded = Money::fromCents(refunded);
    return balance;
}
