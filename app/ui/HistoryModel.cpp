#include "ui/HistoryModel.h"

#include "store/StoreHistoryLoader.h"
#include "ui/Formatting.h"
#include "store/StoreHistoryQueries.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPointer>

namespace {

// The journal's order: newest first by creation time, then by local id.
bool isNewer(const JournalEntry &a, const JournalEntry &b)
{
    const qint64 at = a.createdAt.toMSecsSinceEpoch();
    const qint64 bt = b.createdAt.toMSecsSinceEpoch();
    return at != bt ? at > bt : a.localId > b.localId;
}

bool sameKey(const JournalEntry &a, const JournalEntry &b)
{
    return a.localId == b.localId && a.counterId == b.counterId &&
           a.createdAt.toMSecsSinceEpoch() == b.createdAt.toMSecsSinceEpoch();
}

bool sameContent(const JournalEntry &a, const JournalEntry &b)
{
    return a.updatedAt == b.updatedAt && a.state == b.state && a.status == b.status && a.orderId == b.orderId &&
           a.paymentId == b.paymentId && a.paymentStatus == b.paymentStatus && a.lastError == b.lastError &&
           a.createAttempts == b.createAttempts && a.request.amount == b.request.amount &&
           a.request.description == b.request.description && a.request.deviceName == b.request.deviceName &&
           a.request.cardType == b.request.cardType && a.refunded == b.refunded && a.counterName == b.counterName;
}

// As the API wrote it (plain digits, no group separators): ids are read out and typed in, never summed.
template <typename Tag>
QString plainId(const Ref<Tag> &id)
{
    return id.toString();
}

} // namespace

HistoryModel::HistoryModel(OrderJournal *journal, QObject *parent) : QAbstractTableModel(parent), m_journal(journal) {}

JournalResult HistoryModel::readOutcome(const OrderJournal *journal, const JournalResult &before, bool gotNothing)
{
    if (!journal || !journal->isOpen())
        return {JournalResult::Kind::NotOpen, QStringLiteral("history: the journal is not open")};
    if (!gotNothing)
        return {};
    const JournalResult &after = journal->lastError();
    switch (after.kind()) {
    case JournalResult::Kind::Ok:
    case JournalResult::Kind::NotFound:
    case JournalResult::Kind::Conflict:
    case JournalResult::Kind::InvalidInput:
        // Only writes fail this way: an earlier call's outcome, not this read's.
        return {};
    default:
        break;
    }
    if (after.kind() != before.kind() || after.detail() != before.detail())
        return after;
    JournalFilter probe;
    probe.limit = 1;
    if (!journal->entries(probe).isEmpty())
        return {};
    return journal->lastError();
}

QList<JournalEntry> HistoryModel::readPage(int offset, int limit, JournalResult *result) const
{
    if (!m_journal || !m_journal->isOpen()) {
        *result = readOutcome(m_journal, JournalResult(), true);
        return {};
    }
    JournalFilter page = m_filter;
    page.offset = offset;
    page.limit = limit;
    const JournalResult before = m_journal->lastError();
    QList<JournalEntry> rows = m_journal->entries(page);
    *result = readOutcome(m_journal, before, rows.isEmpty());
    return rows;
}

void HistoryModel::setResult(const JournalResult &result)
{
    m_lastResult = result;
    m_failed = !result.ok();
    if (m_failed)
        Q_EMIT loadFailed(result);
}

void HistoryModel::setFilter(const JournalFilter &filter)
{
    JournalResult result;
    beginResetModel();
    m_filter = filter;
    m_filter.limit = -1;
    m_filter.offset = 0;
    if (m_loader) {
        m_loader->supersede(); // an older filter's answers would show the wrong rows
        m_loading = false;
    }
    if (showsStore()) {
        m_entries.clear();
        m_nextOffset = 0;
        m_atEnd = false;
        m_failed = false;
        m_lastResult = {};
        m_storeResult = {};
        endResetModel();
        askStore(0, m_pageSize, false);
        return;
    }
    m_entries = readPage(0, m_pageSize, &result);
    m_nextOffset = int(m_entries.size());
    m_atEnd = !result.ok() || m_entries.size() < m_pageSize;
    endResetModel();
    setResult(result);
}

int HistoryModel::reloadLimit() const
{
    // The rows loaded so far plus room for sales recorded since (a quarter page), so that new sales at the top do
    // not push rows the view shows out at the bottom.
    const int loaded = int(m_entries.size());
    return qMax(m_pageSize, loaded + qMax(1, m_pageSize / 4));
}

void HistoryModel::reload()
{
    const int limit = reloadLimit();
    if (m_loader) {
        m_loader->supersede();
        m_loading = false;
    }
    if (showsStore()) {
        askStore(0, limit, true);
        return;
    }
    JournalResult result;
    QList<JournalEntry> fresh = readPage(0, limit, &result);
    if (!result.ok()) {
        setResult(result);
        return;
    }
    applyReloaded(std::move(fresh), limit);
    setResult(result);
}

void HistoryModel::applyReloaded(QList<JournalEntry> fresh, int limit)
{
    const bool complete = fresh.size() < limit;
    // Rows older than the last one loaded stay for fetchMore(): a reload never makes the list grow at the bottom,
    // so memory stays with what the cashier scrolled to.
    bool trimmed = false;
    if (!m_atEnd && !m_entries.isEmpty()) {
        const JournalEntry last = m_entries.constLast();
        qsizetype keep = fresh.size();
        while (keep > 0 && isNewer(last, fresh.at(keep - 1)))
            --keep;
        trimmed = keep < fresh.size();
        fresh.resize(keep);
    }
    applyFresh(fresh);
    m_nextOffset = int(fresh.size());
    m_atEnd = complete && !trimmed;
}

void HistoryModel::askStore(int offset, int limit, bool reloading)
{
    JournalFilter page = m_filter;
    page.offset = offset;
    page.limit = limit;
    m_loading = true;
    QPointer<HistoryModel> self(this);
    m_loader->read<QList<JournalEntry>>(
        StoreHistoryQueries::entries(page),
        [self, limit, reloading](const StoreResult &result, const QList<JournalEntry> &rows) {
            if (self)
                self->storeAnswer(result, rows, limit, reloading);
        });
}

void HistoryModel::storeAnswer(const StoreResult &result, const QList<JournalEntry> &rows, int limit, bool reloading)
{
    m_loading = false;
    m_storeResult = result;
    m_failed = !result.ok();
    if (result.ok()) {
        if (reloading) {
            applyReloaded(rows, limit);
        } else {
            m_atEnd = rows.size() < limit;
            const bool added = appendOlder(rows);
            m_nextOffset += int(rows.size());
            // A page of rows already shown (sales recorded since pushed them down): the next one.
            if (!added && !m_atEnd) {
                askStore(m_nextOffset, m_pageSize, false);
                return;
            }
        }
    }
    Q_EMIT storeAnswered(result);
}

bool HistoryModel::appendOlder(const QList<JournalEntry> &page)
{
    QList<JournalEntry> older;
    older.reserve(page.size());
    for (const JournalEntry &e : page) {
        if (m_entries.isEmpty() || isNewer(m_entries.constLast(), e))
            older.append(e);
    }
    if (older.isEmpty())
        return false;
    beginInsertRows(QModelIndex(), int(m_entries.size()), int(m_entries.size() + older.size() - 1));
    m_entries.append(older);
    endInsertRows();
    return true;
}

// Both lists are in the journal's order: walk them together and turn the differences into row insertions,
// removals and changes, so that persistent indexes (the view's selection and current row) follow their entries.
void HistoryModel::applyFresh(const QList<JournalEntry> &fresh)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < m_entries.size() || j < fresh.size()) {
        if (j == fresh.size()) {
            beginRemoveRows(QModelIndex(), int(i), int(m_entries.size() - 1));
            m_entries.resize(i);
            endRemoveRows();
            break;
        }
        if (i == m_entries.size()) {
            beginInsertRows(QModelIndex(), int(i), int(i + fresh.size() - j - 1));
            m_entries.append(fresh.mid(j));
            endInsertRows();
            break;
        }
        const JournalEntry &old = m_entries.at(i);
        const JournalEntry &now = fresh.at(j);
        if (sameKey(old, now)) {
            if (!sameContent(old, now)) {
                m_entries[i] = now;
                Q_EMIT dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
            }
            ++i;
            ++j;
        } else if (isNewer(now, old)) {
            qsizetype end = j + 1;
            while (end < fresh.size() && isNewer(fresh.at(end), old))
                ++end;
            beginInsertRows(QModelIndex(), int(i), int(i + (end - j) - 1));
            m_entries = m_entries.mid(0, i) + fresh.mid(j, end - j) + m_entries.mid(i);
            endInsertRows();
            i += end - j;
            j = end;
        } else {
            qsizetype end = i + 1;
            while (end < m_entries.size() && isNewer(m_entries.at(end), now))
                ++end;
            beginRemoveRows(QModelIndex(), int(i), int(end - 1));
            m_entries.remove(i, end - i);
            endRemoveRows();
        }
    }
}

JournalEntry HistoryModel::entryAt(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return {};
    return m_entries.at(row);
}

int HistoryModel::rowOf(qint64 localId, const QString &counterId) const
{
    for (qsizetype row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).localId == localId && m_entries.at(row).counterId == counterId)
            return int(row);
    }
    return -1;
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool HistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_failed && !m_loading;
}

void HistoryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    if (showsStore()) {
        askStore(m_nextOffset, m_pageSize, false);
        return;
    }
    // Entries recorded since the last load push older ones down: a page may repeat rows already shown. Only
    // entries older than the last row are appended (reload() places new ones), so the list keeps its order.
    while (!m_atEnd) {
        JournalResult result;
        const QList<JournalEntry> page = readPage(m_nextOffset, m_pageSize, &result);
        if (!result.ok()) {
            setResult(result);
            return;
        }
        m_nextOffset += int(page.size());
        m_atEnd = page.size() < m_pageSize;
        m_lastResult = result;
        if (appendOlder(page))
            return;
    }
}

Theme::Tone HistoryModel::toneFor(OrderState state)
{
    switch (state) {
    case OrderState::Sending:
        return Theme::Tone::Info;
    case OrderState::WaitingForCard:
        return Theme::Tone::Waiting;
    case OrderState::Approved:
        return Theme::Tone::Success;
    case OrderState::Rejected:
        return Theme::Tone::Danger;
    case OrderState::Cancelled:
    case OrderState::Expired:
    case OrderState::Refunded:
    case OrderState::PartlyRefunded:
        return Theme::Tone::Muted;
    case OrderState::Failed:
    case OrderState::Unknown:
    case OrderState::ActionRequired:
        return Theme::Tone::Warning;
    }
    return Theme::Tone::Neutral;
}

Theme::Glyph HistoryModel::glyphFor(OrderState state)
{
    switch (state) {
    case OrderState::Sending:
        return Theme::Glyph::Sending;
    case OrderState::WaitingForCard:
        return Theme::Glyph::Clock;
    case OrderState::Approved:
        return Theme::Glyph::Check;
    case OrderState::Rejected:
        return Theme::Glyph::Cross;
    case OrderState::Cancelled:
    case OrderState::Expired:
        return Theme::Glyph::Minus;
    case OrderState::Refunded:
    case OrderState::PartlyRefunded:
        return Theme::Glyph::Check;
    case OrderState::Failed:
        return Theme::Glyph::Warning;
    case OrderState::Unknown:
    case OrderState::ActionRequired:
        return Theme::Glyph::Question;
    }
    return Theme::Glyph::Question;
}

QColor HistoryModel::colorFor(OrderState state)
{
    return Theme::colors(toneFor(state)).foreground;
}

QIcon HistoryModel::stateIcon(OrderState state) const
{
    const int key = int(state);
    auto it = m_icons.constFind(key);
    if (it != m_icons.constEnd())
        return it.value();
    const qreal dpr = qGuiApp ? qGuiApp->devicePixelRatio() : 1.0;
    const QIcon icon(Theme::glyph(glyphFor(state), Theme::colors(toneFor(state)).accent, 16, dpr));
    m_icons.insert(key, icon);
    return icon;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= m_entries.size() ||
        index.column() >= ColumnCount)
        return {};
    const JournalEntry &e = m_entries.at(index.row());
    const QLocale locale;

    switch (role) {
    case LocalIdRole:
        return e.localId;
    case StateRole:
        return int(e.state);
    case AmountCentsRole:
        return e.request.amount.cents();
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case TimeColumn:
            return locale.toString(e.createdAt.toLocalTime(), QLocale::ShortFormat);
        case CounterColumn:
            return e.counterName;
        case StateColumn:
            return OrderStates::displayName(e.shownState());
        case AmountColumn:
            return Formatting::currency(e.request.amount, locale);
        case CardColumn:
            return Formatting::cardTypeName(e.request.cardType);
        case TerminalColumn:
            return e.request.deviceName;
        case DescriptionColumn:
            return e.request.description;
        case OrderIdColumn:
            return plainId(e.orderId);
        case PaymentIdColumn:
            return plainId(e.paymentId);
        case PaymentStatusColumn:
            return e.paymentStatus;
        case LastErrorColumn:
            return e.lastError;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case TimeColumn:
            return tr("Recorded %1; last change %2.")
                .arg(locale.toString(e.createdAt.toLocalTime(), QLocale::LongFormat),
                     locale.toString(e.updatedAt.toLocalTime(), QLocale::LongFormat));
        case CounterColumn:
        case TerminalColumn:
        case DescriptionColumn:
        case PaymentStatusColumn:
        case LastErrorColumn:
            return data(index, Qt::DisplayRole);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == StateColumn)
            return colorFor(e.shownState());
        if (index.column() == LastErrorColumn)
            return Theme::errorText();
        return {};
    case Qt::FontRole:
        if (index.column() == StateColumn) {
            QFont bold;
            bold.setWeight(QFont::DemiBold);
            return bold;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == StateColumn)
            return stateIcon(e.shownState());
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return int((section == AmountColumn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case CounterColumn:
        return tr("Counter");
    case StateColumn:
        return tr("State");
    case AmountColumn:
        return tr("Amount");
    case CardColumn:
        return tr("Card");
    case TerminalColumn:
        return tr("Terminal");
    case DescriptionColumn:
        return tr("Description");
    case OrderIdColumn:
        return tr("Order ID");
    case PaymentIdColumn:
        return tr("Payment ID");
    case PaymentStatusColumn:
        return tr("Payment status");
    case LastErrorColumn:
        return tr("Last error");
    case ColumnCount:
        break;
    }
    return {};
}
