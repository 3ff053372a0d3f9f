// HistoryDialog's store scope: the whole store's sales, totals, counters, sale details and CSV, read from the store's
// PostgreSQL by StoreHistoryLoader off the UI thread. The counter's own scope is in HistoryDialog.cpp.
#include "store/Settings.h"
#include "store/StoreHistoryLoader.h"
#include "store/StoreHistoryQueries.h"
#include "ui/Formatting.h"
#include "ui/HistoryDialog.h"
#include "ui/HistoryTotalsPanel.h"
#include "ui/Theme.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <limits>

namespace {

void setTextTone(QLabel *label, Theme::Tone tone)
{
    label->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(Theme::colors(tone).foreground.name()));
}

void setFramed(QLabel *label, Theme::Tone tone)
{
    const Theme::ToneColors c = Theme::colors(tone);
    label->setStyleSheet(QStringLiteral("QLabel { background-color: %1; border: 1px solid %2;"
                                        " border-radius: 6px; padding: 8px 10px; color: %3; }")
                             .arg(c.background.name(), c.border.name(), c.foreground.name()));
}

} // namespace

void HistoryDialog::buildStoreRow()
{
    m_storeRow = new QWidget(this);
    m_storeRow->setObjectName(QStringLiteral("historyStoreRow"));
    m_scopeCombo = new QComboBox(m_storeRow);
    m_scopeCombo->setObjectName(QStringLiteral("historyScope"));
    m_scopeCombo->setAccessibleName(tr("Whose sales"));
    m_scopeCombo->setToolTip(tr("This counter's own sales, or every counter's from the store database"));
    m_scopeCombo->addItem(tr("This counter"), int(HistoryModel::Scope::ThisCounter));
    m_scopeCombo->addItem(tr("Whole store"), int(HistoryModel::Scope::WholeStore));
    m_scopeCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *scopeLabel = new QLabel(tr("Sho&w:"), m_storeRow);
    scopeLabel->setObjectName(QStringLiteral("historyScopeLabel"));
    scopeLabel->setBuddy(m_scopeCombo);

    m_counterCombo = new QComboBox(m_storeRow);
    m_counterCombo->setObjectName(QStringLiteral("historyCounterFilter"));
    m_counterCombo->setAccessibleName(tr("Counter"));
    m_counterCombo->setToolTip(tr("Only the sales of one counter; the totals follow"));
    m_counterCombo->addItem(tr("All counters"), QString());
    m_counterCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_counterCombo->setMinimumContentsLength(10);
    m_counterCombo->setEnabled(false);
    auto *counterLabel = new QLabel(tr("C&ounter:"), m_storeRow);
    counterLabel->setObjectName(QStringLiteral("historyCounterLabel"));
    counterLabel->setBuddy(m_counterCombo);

    m_storeLoading = new QLabel(m_storeRow);
    m_storeLoading->setObjectName(QStringLiteral("historyStoreLoading"));
    m_storeLoading->setTextFormat(Qt::PlainText);
    setTextTone(m_storeLoading, Theme::Tone::Muted);

    auto *row = new QHBoxLayout(m_storeRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(8);
    row->addWidget(scopeLabel);
    row->addWidget(m_scopeCombo);
    row->addSpacing(10);
    row->addWidget(counterLabel);
    row->addWidget(m_counterCombo);
    row->addSpacing(10);
    row->addWidget(m_storeLoading, 1);
    m_storeRow->hide();

    connect(m_scopeCombo, &QComboBox::currentIndexChanged, this, [this]() {
        if (!m_applying)
            setScope(HistoryModel::Scope(m_scopeCombo->currentData().toInt()));
    });
    connect(m_counterCombo, &QComboBox::currentIndexChanged, this, [this]() {
        if (!m_applying)
            applyFilter();
    });
}

void HistoryDialog::setStore(const StoreSettings &store, TokenStore *keychain, const QString &counterId)
{
    if (!store.isConfigured() || m_storeLoader)
        return;
    auto *loader = new StoreHistoryLoader(this);
    loader->connectFrom(store, keychain);
    m_exportLoader = new StoreHistoryLoader(this);
    m_exportLoader->connectFrom(store, keychain);
    useStoreLoader(loader, counterId);
}

void HistoryDialog::setStoreConnection(const StoreConnection &connection, const QString &counterId)
{
    if (m_storeLoader)
        return;
    auto *loader = new StoreHistoryLoader(this);
    loader->setConnection(connection);
    m_exportLoader = new StoreHistoryLoader(this);
    m_exportLoader->setConnection(connection);
    useStoreLoader(loader, counterId);
}

void HistoryDialog::useStoreLoader(StoreHistoryLoader *loader, const QString &counterId)
{
    m_storeLoader = loader;
    m_counterId = counterId;
    m_model->setStoreLoader(loader);
    m_storeRow->show();
    setTabOrder(m_terminalCombo, m_scopeCombo);
    setTabOrder(m_scopeCombo, m_counterCombo);
    setTabOrder(m_counterCombo, m_refreshButton);
    connect(m_model, &HistoryModel::storeAnswered, this, &HistoryDialog::storeRowsAnswered);
    connect(loader, &StoreHistoryLoader::busyChanged, this, [this](bool busy) {
        m_storeLoading->setText(busy && m_model->showsStore() ? tr("Loading the store's sales\u2026") : QString());
    });
}

void HistoryDialog::setScope(HistoryModel::Scope scope)
{
    if (scope == HistoryModel::Scope::WholeStore && !m_storeLoader)
        return;
    m_applying = true;
    m_scopeCombo->setCurrentIndex(m_scopeCombo->findData(int(scope)));
    m_applying = false;
    m_model->setScope(scope);
    const bool store = m_model->showsStore();
    m_table->setColumnHidden(HistoryModel::CounterColumn, !store);
    m_counterCombo->setEnabled(store);
    m_totalsPanel->setCountersShown(store);
    if (!store)
        m_storeLoading->clear();
    m_exportButton->setToolTip(store ? tr("Save the whole store's sales that match the filters as a CSV file, with "
                                          "the counter of each")
                                     : tr("Save the sales that match the filters as a CSV file for a spreadsheet"));
    applyFilter();
}

QString HistoryDialog::counterFilter() const
{
    return m_counterCombo ? m_counterCombo->currentData().toString() : QString();
}

void HistoryDialog::setCounterFilter(const QString &counterId)
{
    const int index = m_counterCombo->findData(counterId);
    if (index < 0)
        return;
    m_applying = true;
    m_counterCombo->setCurrentIndex(index);
    m_applying = false;
    applyFilter();
}

QStringList HistoryDialog::counterChoices() const
{
    QStringList names;
    for (int i = 1; i < m_counterCombo->count(); ++i)
        names << m_counterCombo->itemText(i);
    return names;
}

bool HistoryDialog::isLoadingStore() const
{
    return m_model->showsStore() && m_storeLoader->pending() > 0;
}

StoreResult HistoryDialog::storeResult() const
{
    if (!m_model->showsStore())
        return {};
    for (const StoreResult &r : {m_model->storeResult(), m_storeTotalsResult, m_storeCountersResult}) {
        if (!r.ok())
            return r;
    }
    return {};
}

QString HistoryDialog::storeFailureLine(const StoreResult &result) const
{
    return tr("The store database cannot be reached: %1. This counter's own sales are still here: choose This "
              "counter.")
        .arg(StoreHistoryLoader::reason(result));
}

void HistoryDialog::askStoreTotals()
{
    m_storeTotalsLoading = true;
    QPointer<HistoryDialog> self(this);
    m_storeLoader->read<JournalTotals>(StoreHistoryQueries::totals(filter()),
                                       [self](const StoreResult &result, const JournalTotals &totals) {
                                           if (!self)
                                               return;
                                           self->m_storeTotalsLoading = false;
                                           self->m_storeTotalsResult = result;
                                           // A failed read keeps what was shown (the notice says why).
                                           if (result.ok())
                                               self->m_totals = totals;
                                           self->showStoreTotals();
                                           self->updateMessages();
                                       });
}

void HistoryDialog::showStoreTotals()
{
    const bool known = m_storeTotalsResult.ok() && !m_storeTotalsLoading;
    QString description = filterDescription();
    if (!counterFilter().isEmpty())
        description = tr("%1, %2").arg(description, m_counterCombo->currentText());
    m_totalsPanel->showTotals(
        m_totals, known, tr("Totals of the whole store: %1").arg(description),
        [this](StateFilter filter) { return m_stateCombo->itemText(m_stateCombo->findData(int(filter))); },
        stateFilter(), !terminalFilter().isEmpty() || !counterFilter().isEmpty());
    if (!known)
        return;
    // Terminals seen in the store's sales join the Terminal filter (the journal knows this counter's only).
    const QStringList listed = terminalChoices();
    m_applying = true;
    for (const QString &name : m_totals.terminals()) {
        if (!name.isEmpty() && !listed.contains(name))
            m_terminalCombo->addItem(name, name);
    }
    m_applying = false;
}

void HistoryDialog::askStoreCounters()
{
    QPointer<HistoryDialog> self(this);
    m_storeLoader->read<QList<StoreHistoryQueries::Counter>>(
        StoreHistoryQueries::counters(),
        [self](const StoreResult &result, const QList<StoreHistoryQueries::Counter> &counters) {
            if (!self)
                return;
            self->m_storeCountersResult = result;
            if (result.ok()) {
                const QString chosen = self->counterFilter();
                self->m_applying = true;
                while (self->m_counterCombo->count() > 1)
                    self->m_counterCombo->removeItem(1);
                for (const StoreHistoryQueries::Counter &c : counters)
                    self->m_counterCombo->addItem(c.name.isEmpty() ? c.id : c.name, c.id);
                const int index = self->m_counterCombo->findData(chosen);
                // A counter chosen that is gone from the store stays chosen rather than widening the filter.
                if (index < 0 && !chosen.isEmpty())
                    self->m_counterCombo->addItem(chosen, chosen);
                self->m_counterCombo->setCurrentIndex(qMax(0, self->m_counterCombo->findData(chosen)));
                self->m_applying = false;
            }
            self->updateMessages();
        });
}

void HistoryDialog::storeRowsAnswered()
{
    // The sale selected before a new filter or a reload, again when it is among the rows (selecting it shows its
    // details); else the details say what to do.
    if (m_keepSelected.localId != 0 && selectedLocalId() == 0)
        selectSale(m_keepSelected.localId, m_keepSelected.counterId);
    m_keepSelected = JournalEntry();
    // Nothing selected: the details say what to do. A store read of the selected sale's history dropped by this
    // newer question: asked again.
    if (selectedLocalId() == 0 || m_storeDetailsPending)
        refreshDetails();
    updateMessages();
}

void HistoryDialog::updateStoreMessages()
{
    const StoreResult failure = storeResult();
    m_result = JournalResult();
    const bool loading = m_model->isLoading();
    if (m_model->rowCount() == 0) {
        m_notice->hide();
        if (loading) {
            m_message->setText(tr("Loading the store's sales\u2026"));
            setTextTone(m_message, Theme::Tone::Muted);
        } else if (!failure.ok()) {
            m_message->setText(storeFailureLine(failure));
            setTextTone(m_message, Theme::Tone::Danger);
        } else {
            m_message->setText(emptySentence());
            setTextTone(m_message, Theme::Tone::Muted);
        }
        m_stack->setCurrentIndex(1);
        return;
    }
    m_stack->setCurrentIndex(0);
    if (failure.ok()) {
        m_notice->hide();
        m_notice->clear();
    } else {
        m_notice->setText(storeFailureLine(failure));
        setFramed(m_notice, Theme::Tone::Danger);
        m_notice->show();
    }
}

void HistoryDialog::refreshStoreDetails(const JournalEntry &entry, QStringList lines)
{
    m_details->setPlainText((lines + QStringList{QString(), tr("Reading this sale's history from the store\u2026")})
                                .join(QLatin1Char('\n')));
    m_storeDetailsPending = true;
    QPointer<HistoryDialog> self(this);
    m_storeLoader->read<StoreHistoryQueries::SaleDetails>(
        StoreHistoryQueries::details(entry.counterId, entry.localId),
        [self, entry, lines](const StoreResult &result, const StoreHistoryQueries::SaleDetails &details) mutable {
            if (!self)
                return;
            self->m_storeDetailsPending = false;
            const JournalEntry now = self->selectedEntry();
            if (now.localId != entry.localId || now.counterId != entry.counterId)
                return; // another sale was selected meanwhile
            const QLocale locale;
            if (!result.ok()) {
                lines << QString() << self->storeFailureLine(result);
                self->m_details->setPlainText(lines.join(QLatin1Char('\n')));
                return;
            }
            for (const JournalRefund &r : details.refunds) {
                lines << tr("Refund: %1 on %2").arg(Formatting::currency(r.amount, locale),
                                                    locale.toString(r.createdAt.toLocalTime(), QLocale::ShortFormat));
                if (!r.reason.isEmpty())
                    lines << tr("    Reason: %1").arg(r.reason);
            }
            lines << QString() << tr("What happened, oldest first:");
            for (const JournalEvent &ev : details.events) {
                const QString at = locale.toString(ev.at.toLocalTime(), QLocale::ShortFormat);
                lines << (ev.detail.isEmpty() ? tr("%1  %2").arg(at, OrderStates::displayName(ev.state))
                                              : tr("%1  %2 \u2014 %3").arg(at, OrderStates::displayName(ev.state),
                                                                           ev.detail));
            }
            self->m_details->setPlainText(lines.join(QLatin1Char('\n')));
        });
}

bool HistoryDialog::exportStoreCsv(const QString &path, const QString &shownPath)
{
    setExportStatus(tr("Exporting the store's sales to %1\u2026").arg(shownPath), false);
    m_exportButton->setEnabled(false);
    QPointer<HistoryDialog> self(this);
    m_exportLoader->read<StoreHistoryQueries::Export>(
        StoreHistoryQueries::exportCsv(filter(), path, csvFormat()),
        [self, shownPath](const StoreResult &result, const StoreHistoryQueries::Export &done) {
            if (!self)
                return;
            self->m_exportButton->setEnabled(true);
            bool ok = false;
            if (!result.ok()) {
                self->setExportStatus(tr("Nothing was exported. %1").arg(self->storeFailureLine(result)), true);
            } else if (!done.fileError.isEmpty()) {
                self->setExportStatus(tr("Could not write %1: %2. Choose another folder, then export again.")
                                          .arg(shownPath, done.fileError),
                                      true);
            } else {
                const int exported = int(qMin<qint64>(done.rows, std::numeric_limits<int>::max()));
                self->setExportStatus((exported == 1 ? tr("Exported one sale to %1.")
                                                     : tr("Exported %n sales to %1.", nullptr, exported))
                                          .arg(shownPath),
                                      false);
                ok = true;
            }
            Q_EMIT self->exportFinished(ok);
        });
    return true;
}
