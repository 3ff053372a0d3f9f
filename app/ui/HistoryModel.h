#pragma once

#include "store/OrderJournal.h"
#include "store/StoreResult.h"
#include "ui/Theme.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>

class StoreHistoryLoader;

/// The journal's sales as a table, newest first, loaded a page at a time.
///
/// The model reads an OrderJournal it does not own. setFilter() and reload() load the first page at once;
/// further pages come through canFetchMore()/fetchMore() as a view scrolls, so a journal of any size opens at
/// once and only the rows scrolled to are held in memory. reload() re-reads the rows already loaded and applies
/// the differences as row insertions, removals and changes, so a view keeps its selection and scroll position.
/// Every read's outcome is in lastResult(); a failure also emits loadFailed().
///
/// In store scope (setStoreLoader(), setScope()) the rows are the whole store's, read from its PostgreSQL by a
/// StoreHistoryLoader on its own thread: setFilter() and reload() ask for the first page and return at once, the rows
/// come with the answer (storeAnswered()), and a newer setFilter() or reload() drops the answers of older ones.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        CounterColumn, ///< the counter that made the sale (store scope; the dialog hides it otherwise)
        StateColumn,
        AmountColumn,
        PaymentIdColumn, ///< next to the amount: in view at the dialog's default size, for a refund or a question
        CardColumn,
        TerminalColumn,
        DescriptionColumn,
        OrderIdColumn,
        PaymentStatusColumn,
        LastErrorColumn,
        ColumnCount
    };

    enum Role {
        LocalIdRole = Qt::UserRole + 1, ///< qint64: the entry's local id (every column)
        StateRole,                      ///< int: the entry's OrderState (every column)
        AmountCentsRole                 ///< qint64: the amount in cents (every column)
    };

    static constexpr int kDefaultPageSize = 200;

    /// Whose sales: this counter's journal, or the whole store's PostgreSQL.
    enum class Scope { ThisCounter, WholeStore };

    explicit HistoryModel(OrderJournal *journal, QObject *parent = nullptr);

    /// Where the whole store's sales are read (not owned; it must outlive the model). Without one the model shows
    /// this counter's journal whatever the scope.
    void setStoreLoader(StoreHistoryLoader *loader) { m_loader = loader; }
    /// Switches the rows' source. Takes effect at the next setFilter() or reload().
    void setScope(Scope scope) { m_scope = scope; }
    Scope scope() const { return m_scope; }
    /// The store's rows are shown (store scope with a loader).
    bool showsStore() const { return m_loader && m_scope == Scope::WholeStore; }
    /// Store scope: a page is on its way.
    bool isLoading() const { return m_loading; }
    /// Store scope: the outcome of the last answer (Ok before the first one).
    StoreResult storeResult() const { return m_storeResult; }

    /// Shows the entries that match `filter` (its limit and offset are ignored) and loads the first page.
    void setFilter(const JournalFilter &filter);
    JournalFilter filter() const { return m_filter; }
    /// Rows per page (at least 1). Takes effect at the next load.
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    int pageSize() const { return m_pageSize; }

    /// Re-reads the rows loaded so far (at least one page, plus room for new sales) and applies what changed as
    /// row insertions, removals and changes. On failure the rows stay as they were.
    void reload();
    /// The outcome of the last read (setFilter, reload or fetchMore).
    JournalResult lastResult() const { return m_lastResult; }

    /// The entry shown in `row`; a default entry (localId 0) when `row` is out of range.
    JournalEntry entryAt(int row) const;
    /// The row that shows the entry `localId` (of counter `counterId` in store scope; "" = this journal's), or -1
    /// when it is not loaded.
    int rowOf(qint64 localId, const QString &counterId = QString()) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// The tone a state is shown in (the same meanings as the order status panel).
    static Theme::Tone toneFor(OrderState state);
    /// The glyph that goes with a state's words.
    static Theme::Glyph glyphFor(OrderState state);
    /// Text colour for a state's words on a light background.
    static QColor colorFor(OrderState state);

    /// The outcome of a read from `journal` that returned `gotNothing` (no rows), given the journal's lastError()
    /// from just before it. The journal keeps its last failure until a later write succeeds, so an empty answer
    /// with an old failure is told apart from a new one: a failure that is new, or that persists while the
    /// journal cannot read even one entry, is the read's; a NotOpen result when the journal is closed or null.
    static JournalResult readOutcome(const OrderJournal *journal, const JournalResult &before, bool gotNothing);

Q_SIGNALS:
    /// A read failed; lastResult() holds the same result.
    void loadFailed(const JournalResult &result);
    /// Store scope: an answer came (rows or a failure, see storeResult()); isLoading() is false again.
    void storeAnswered(const StoreResult &result);

private:
    QList<JournalEntry> readPage(int offset, int limit, JournalResult *result) const;
    void setResult(const JournalResult &result);
    void applyFresh(const QList<JournalEntry> &fresh);
    /// reload()'s rows read (`limit` asked for) applied: new rows placed, the older ones left for fetchMore().
    void applyReloaded(QList<JournalEntry> fresh, int limit);
    /// Appends what of `page` (read at m_nextOffset) is older than the last row; false when nothing was.
    bool appendOlder(const QList<JournalEntry> &page);
    int reloadLimit() const;
    void askStore(int offset, int limit, bool reloading);
    void storeAnswer(const StoreResult &result, const QList<JournalEntry> &rows, int limit, bool reloading);
    QIcon stateIcon(OrderState state) const;

    OrderJournal *m_journal = nullptr;
    StoreHistoryLoader *m_loader = nullptr;
    Scope m_scope = Scope::ThisCounter;
    bool m_loading = false;
    StoreResult m_storeResult;
    JournalFilter m_filter;
    QList<JournalEntry> m_entries;
    JournalResult m_lastResult;
    int m_pageSize = kDefaultPageSize;
    int m_nextOffset = 0;  ///< where the next page starts in the journal's order
    bool m_atEnd = true;   ///< every matching entry is loaded
    bool m_failed = false; ///< the last read failed: no fetching until the next setFilter() or reload()
    mutable QHash<int, QIcon> m_icons;
};
