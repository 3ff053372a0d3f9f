#include "ui/HistoryDialog.h"

#include "store/Language.h"
#include "store/Settings.h"
#include "store/TerminalMatch.h"
#include "ui/Formatting.h"
#include "ui/HistoryModel.h"
#include "ui/HistoryTotalsPanel.h"
#include "ui/ReceiptPreview.h"
#include "ui/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>
#include <limits>

namespace {

// Times of a sale's history: the locale's short time with seconds (events of one sale are seconds apart).
QString timeWithSeconds(const QDateTime &utc)
{
    const QLocale locale;
    QString format = locale.timeFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1Char('s')))
        format.replace(QLatin1String("mm"), QLatin1String("mm:ss"));
    return locale.toString(utc.toLocalTime(), locale.dateFormat(QLocale::ShortFormat) + QLatin1Char(' ') + format);
}

void setTone(QLabel *label, Theme::Tone tone, bool framed)
{
    const Theme::ToneColors c = Theme::colors(tone);
    const QString style = framed ? QStringLiteral("QLabel { background-color: %1; border: 1px solid %2;"
                                                  " border-radius: 6px; padding: 8px 10px; color: %3; }")
                                       .arg(c.background.name(), c.border.name(), c.foreground.name())
                                 : QStringLiteral("QLabel { color: %1; }").arg(c.foreground.name());
    if (label->styleSheet() != style)
        label->setStyleSheet(style);
}

} // namespace

HistoryDialog::HistoryDialog(OrderJournal *journal, QWidget *parent) : QDialog(parent), m_journal(journal)
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("Sales history"));
    setAccessibleName(tr("Sales history"));
    setModal(false);
    setSizeGripEnabled(true);
    m_exportDir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);

    // --- filters ---
    m_dayEdit = new QDateEdit(QDate::currentDate(), this);
    m_dayEdit->setObjectName(QStringLiteral("historyDayEdit"));
    m_dayEdit->setAccessibleName(tr("Day"));
    m_dayEdit->setToolTip(tr("The day whose sales are shown (Ctrl+F)"));
    m_dayEdit->setCalendarPopup(true);
    {
        // Wide enough for the longest day the locale writes, not only today's.
        QDateEdit probe;
        probe.setCalendarPopup(true);
        probe.setDisplayFormat(m_dayEdit->displayFormat());
        int widest = 0;
        for (int month = 1; month <= 12; ++month) {
            probe.setDate(QDate(2028, month, 28));
            widest = qMax(widest, probe.sizeHint().width());
        }
        m_dayEdit->setMinimumWidth(widest + fontMetrics().horizontalAdvance(QLatin1Char('m')));
    }
    auto *dayLabel = new QLabel(tr("&Day:"), this);
    dayLabel->setObjectName(QStringLiteral("historyDayLabel"));
    dayLabel->setBuddy(m_dayEdit);

    m_allDays = new QCheckBox(tr("A&ll days"), this);
    m_allDays->setObjectName(QStringLiteral("historyAllDays"));
    m_allDays->setAccessibleName(tr("Show the sales of all days"));

    m_stateCombo = new QComboBox(this);
    m_stateCombo->setObjectName(QStringLiteral("historyStateFilter"));
    m_stateCombo->setAccessibleName(tr("State"));
    m_stateCombo->addItem(tr("All states"), int(StateFilter::All));
    m_stateCombo->addItem(tr("Paid"), int(StateFilter::Paid));
    m_stateCombo->addItem(tr("Declined"), int(StateFilter::Declined));
    m_stateCombo->addItem(tr("Cancelled"), int(StateFilter::Cancelled));
    m_stateCombo->addItem(tr("Not sent or failed"), int(StateFilter::NotSent));
    m_stateCombo->addItem(tr("Open (unfinished)"), int(StateFilter::Open));
    m_stateCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *stateLabel = new QLabel(tr("&State:"), this);
    stateLabel->setObjectName(QStringLiteral("historyStateLabel"));
    stateLabel->setBuddy(m_stateCombo);

    m_terminalCombo = new QComboBox(this);
    m_terminalCombo->setObjectName(QStringLiteral("historyTerminalFilter"));
    m_terminalCombo->setAccessibleName(tr("Terminal"));
    m_terminalCombo->setToolTip(tr("Only the sales of one terminal; the totals follow"));
    m_terminalCombo->addItem(tr("All terminals"), QString());
    m_terminalCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_terminalCombo->setMinimumContentsLength(10);
    auto *terminalLabel = new QLabel(tr("&Terminal:"), this);
    terminalLabel->setObjectName(QStringLiteral("historyTerminalLabel"));
    terminalLabel->setBuddy(m_terminalCombo);

    m_refreshButton = new QPushButton(tr("&Refresh"), this);
    m_refreshButton->setObjectName(QStringLiteral("historyRefreshButton"));
    m_refreshButton->setAccessibleName(tr("Refresh the history"));
    m_refreshButton->setToolTip(tr("Read the journal again (F5)"));
    m_exportButton = new QPushButton(tr("&Export CSV\u2026"), this);
    m_exportButton->setObjectName(QStringLiteral("historyExportButton"));
    m_exportButton->setAccessibleName(tr("Export the sales shown to a CSV file"));
    m_exportButton->setToolTip(tr("Save the sales that match the filters as a CSV file for a spreadsheet"));

    auto *filters = new QHBoxLayout;
    filters->setSpacing(8);
    filters->addWidget(dayLabel);
    filters->addWidget(m_dayEdit);
    filters->addWidget(m_allDays);
    filters->addSpacing(10);
    filters->addWidget(stateLabel);
    filters->addWidget(m_stateCombo);
    filters->addSpacing(10);
    filters->addWidget(terminalLabel);
    filters->addWidget(m_terminalCombo);
    filters->addStretch(1);
    filters->addWidget(m_refreshButton);
    // Refunds: manager mode's, asked for here (Ctrl+R) and carried out by whoever listens to refundRequested().
    m_refundButton = new QPushButton(tr("Re&fund\u2026"), this);
    m_refundButton->setObjectName(QStringLiteral("historyRefundButton"));
    m_refundButton->setAccessibleName(tr("Refund the selected sale"));
    m_refundButton->setToolTip(tr("Give back all or part of the selected paid sale (Ctrl+R; manager)"));
    m_refundButton->setEnabled(false);
    filters->addWidget(m_refundButton);
    connect(m_refundButton, &QPushButton::clicked, this, &HistoryDialog::requestRefund);
    auto *refundKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this);
    connect(refundKey, &QShortcut::activated, this, &HistoryDialog::requestRefund);
    m_receiptButton = new QPushButton(tr("Recei&pt\u2026"), this);
    m_receiptButton->setObjectName(QStringLiteral("historyReceiptButton"));
    m_receiptButton->setAccessibleName(tr("Receipt of the selected sale"));
    m_receiptButton->setToolTip(tr("Show the selected paid sale's receipt, to print it or save it as PDF"));
    m_receiptButton->setEnabled(false);
    m_receiptButton->setAutoDefault(false);
    connect(m_receiptButton, &QPushButton::clicked, this, &HistoryDialog::showReceiptOfSelected);

    // --- journal failures while rows are shown ---
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("historyNotice"));
    m_notice->setAccessibleName(tr("Journal problem"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setTone(m_notice, Theme::Tone::Danger, true);
    m_notice->hide();

    // --- the sales, or a sentence when there are none ---
    m_model = new HistoryModel(journal, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("Sales"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    // The selected sale's receipt, also from its context menu.
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        if (!canShowReceiptOfSelected())
            return;
        auto *menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        QAction *receipt = menu->addAction(tr("Recei&pt\u2026"), this, &HistoryDialog::showReceiptOfSelected);
        receipt->setObjectName(QStringLiteral("historyReceiptAction"));
        menu->popup(m_table->viewport()->mapToGlobal(at));
    });
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    {
        const QFontMetrics fm(font());
        const QLocale locale;
        const int pad = fm.horizontalAdvance(QLatin1Char('M')) * 2;
        const auto fit = [this, &fm, pad](int column, int contentWidth) {
            const int header =
                fm.horizontalAdvance(m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString()) + pad;
            m_table->setColumnWidth(column, qMax(header, contentWidth + pad));
        };
        fit(HistoryModel::TimeColumn,
            fm.horizontalAdvance(locale.toString(QDateTime(QDate(2025, 12, 28), QTime(23, 58)), QLocale::ShortFormat)));
        // The state's words are drawn semi-bold after a 16-pixel glyph.
        QFont stateFont = font();
        stateFont.setWeight(QFont::DemiBold);
        const QFontMetrics stateMetrics(stateFont);
        int stateWidth = 0;
        for (OrderState s : {OrderState::Sending, OrderState::WaitingForCard, OrderState::Approved,
                             OrderState::Rejected, OrderState::Cancelled, OrderState::Failed, OrderState::Unknown,
                             OrderState::ActionRequired, OrderState::Expired, OrderState::Refunded,
                             OrderState::PartlyRefunded})
            stateWidth = qMax(stateWidth, stateMetrics.horizontalAdvance(OrderStates::displayName(s)));
        fit(HistoryModel::StateColumn, stateWidth + 16 + 8);
        fit(HistoryModel::AmountColumn,
            fm.horizontalAdvance(Formatting::currency(Money::fromCents(9'999'999), locale)));
        fit(HistoryModel::CardColumn, qMax(fm.horizontalAdvance(Formatting::cardTypeName(CardType::Credit)),
                                           fm.horizontalAdvance(Formatting::cardTypeName(CardType::Debit))));
        fit(HistoryModel::TerminalColumn, fm.horizontalAdvance(QLatin1Char('M')) * 8);
        fit(HistoryModel::CounterColumn, fm.horizontalAdvance(QLatin1Char('M')) * 6);
        fit(HistoryModel::DescriptionColumn, fm.horizontalAdvance(QLatin1Char('m')) * 14);
        fit(HistoryModel::OrderIdColumn, fm.horizontalAdvance(QStringLiteral("0000000000000")));
        fit(HistoryModel::PaymentIdColumn, fm.horizontalAdvance(QStringLiteral("0000000000000")));
        fit(HistoryModel::PaymentStatusColumn, fm.horizontalAdvance(QStringLiteral("in_process")));
        fit(HistoryModel::LastErrorColumn, fm.horizontalAdvance(QLatin1Char('m')) * 16);
    }

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("historyMessage"));
    m_message->setAccessibleName(tr("History message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setFont(Theme::scaled(font(), 1.2, QFont::DemiBold));
    auto *messagePage = new QFrame(this);
    messagePage->setObjectName(QStringLiteral("historyMessagePage"));
    messagePage->setFrameShape(QFrame::StyledPanel);
    auto *messageLayout = new QVBoxLayout(messagePage);
    messageLayout->setContentsMargins(24, 24, 24, 24);
    messageLayout->addStretch(1);
    messageLayout->addWidget(m_message);
    messageLayout->addStretch(2);

    m_table->setColumnHidden(HistoryModel::CounterColumn, true); // the whole store's sales only
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("historyStack"));
    // The header and at least five sales.
    m_stack->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 6 + fontMetrics().height() + 12);
    m_stack->addWidget(m_table);
    m_stack->addWidget(messagePage);

    // --- totals: by state, card type and terminal ---
    m_totalsPanel = new HistoryTotalsPanel(this);

    // --- the selected sale's history ---
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("historyDetails"));
    m_details->setAccessibleName(tr("History of the selected sale"));
    m_details->setReadOnly(true);
    m_details->setTabChangesFocus(true);
    m_details->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    auto *detailsLabel = new QLabel(tr("Sale &history"), this);
    detailsLabel->setObjectName(QStringLiteral("historyDetailsLabel"));
    detailsLabel->setFont(Theme::scaled(font(), 1.1, QFont::Bold));
    detailsLabel->setBuddy(m_details);
    m_details->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('m')) * 24);
    auto *detailsBox = new QWidget(this);
    detailsBox->setObjectName(QStringLiteral("historyDetailsBox"));
    auto *detailsLayout = new QVBoxLayout(detailsBox);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->setSpacing(4);
    // The selected sale's receipt, beside its history's title.
    auto *detailsHeader = new QHBoxLayout;
    detailsHeader->setContentsMargins(0, 0, 0, 0);
    detailsHeader->addWidget(detailsLabel, 1);
    detailsHeader->addWidget(m_receiptButton, 0);
    detailsLayout->addLayout(detailsHeader);
    detailsLayout->addWidget(m_details, 1);

    auto *lower = new QWidget(this);
    lower->setObjectName(QStringLiteral("historyLower"));
    auto *lowerLayout = new QHBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->setSpacing(12);
    lowerLayout->addWidget(m_totalsPanel, 0);
    lowerLayout->addWidget(detailsBox, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("historySplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_stack);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    // --- bottom: Export CSV and its outcome, and Close (the filter row stays whole at 1024x768 in every language) ---
    m_exportStatus = new QLabel(this);
    m_exportStatus->setObjectName(QStringLiteral("exportStatus"));
    m_exportStatus->setAccessibleName(tr("Export result"));
    m_exportStatus->setWordWrap(true);
    m_exportStatus->setTextFormat(Qt::PlainText);
    m_exportStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_closeButton = new QPushButton(tr("&Close"), this);
    m_closeButton->setObjectName(QStringLiteral("historyCloseButton"));
    m_closeButton->setAccessibleName(tr("Close the sales history"));
    m_closeButton->setToolTip(tr("Close the sales history (Esc)"));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_exportButton, 0, Qt::AlignBottom);
    bottom->addWidget(m_exportStatus, 1);
    bottom->addWidget(m_closeButton, 0, Qt::AlignBottom);

    for (QPushButton *b : {m_refreshButton, m_exportButton, m_closeButton}) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);
    layout->addLayout(filters);
    buildStoreRow();
    layout->addWidget(m_storeRow);
    layout->addWidget(m_notice);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    setTabOrder(m_dayEdit, m_allDays);
    setTabOrder(m_allDays, m_stateCombo);
    setTabOrder(m_stateCombo, m_terminalCombo);
    setTabOrder(m_terminalCombo, m_refreshButton);
    setTabOrder(m_refreshButton, m_table);
    setTabOrder(m_table, m_receiptButton);
    setTabOrder(m_receiptButton, m_details);
    setTabOrder(m_details, m_exportButton);
    setTabOrder(m_exportButton, m_closeButton);

    // --- behaviour ---
    connect(m_dayEdit, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        if (m_applying)
            return;
        m_followToday = date == QDate::currentDate();
        applyFilter();
    });
    connect(m_allDays, &QCheckBox::toggled, this, [this](bool all) {
        m_dayEdit->setEnabled(!all);
        if (!m_applying)
            applyFilter();
    });
    connect(m_stateCombo, &QComboBox::currentIndexChanged, this, [this]() {
        if (!m_applying)
            applyFilter();
    });
    connect(m_terminalCombo, &QComboBox::currentIndexChanged, this, [this]() {
        if (!m_applying)
            applyFilter();
    });
    connect(m_refreshButton, &QPushButton::clicked, this, &HistoryDialog::reload);
    connect(m_exportButton, &QPushButton::clicked, this, &HistoryDialog::chooseExportFile);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryDialog::refreshDetails);
    connect(m_model, &HistoryModel::loadFailed, this, &HistoryDialog::updateMessages);
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, &HistoryDialog::focusFilters);
    auto *refresh = new QShortcut(QKeySequence(Qt::Key_F5), this);
    connect(refresh, &QShortcut::activated, this, &HistoryDialog::reload);

    applyFilter();

    // Fits a 1024x768 screen with its window frame.
    resize(QSize(1000, 680).expandedTo(minimumSizeHint()));
}

QList<OrderState> HistoryDialog::statesFor(StateFilter filter)
{
    switch (filter) {
    case StateFilter::All:
        return {};
    case StateFilter::Paid:
        return {OrderState::Approved};
    case StateFilter::Declined:
        return {OrderState::Rejected};
    case StateFilter::Cancelled:
        return {OrderState::Cancelled};
    case StateFilter::NotSent:
        return {OrderState::Failed};
    case StateFilter::Open:
        return {OrderState::Sending, OrderState::WaitingForCard, OrderState::Unknown};
    }
    return {};
}

QDate HistoryDialog::day() const
{
    return m_dayEdit->date();
}

void HistoryDialog::setDay(const QDate &day)
{
    m_applying = true;
    m_dayEdit->setDate(day);
    m_allDays->setChecked(false);
    m_applying = false;
    m_followToday = day == QDate::currentDate();
    applyFilter();
}

bool HistoryDialog::allDays() const
{
    return m_allDays->isChecked();
}

void HistoryDialog::setAllDays(bool all)
{
    m_applying = true;
    m_allDays->setChecked(all);
    m_applying = false;
    applyFilter();
}

HistoryDialog::StateFilter HistoryDialog::stateFilter() const
{
    return StateFilter(m_stateCombo->currentData().toInt());
}

void HistoryDialog::setStateFilter(StateFilter filter)
{
    const int index = m_stateCombo->findData(int(filter));
    if (index < 0)
        return;
    m_applying = true;
    m_stateCombo->setCurrentIndex(index);
    m_applying = false;
    applyFilter();
}

QString HistoryDialog::terminalFilter() const
{
    return m_terminalCombo->currentData().toString();
}

void HistoryDialog::setTerminalFilter(const QString &name)
{
    refreshTerminalChoices();
    int index = 0;
    for (int i = 1; i < m_terminalCombo->count() && !name.isEmpty(); ++i) {
        if (TerminalMatch::matches(name, m_terminalCombo->itemData(i).toString()))
            index = i;
    }
    m_applying = true;
    m_terminalCombo->setCurrentIndex(index);
    m_applying = false;
    applyFilter();
}

QStringList HistoryDialog::terminalChoices() const
{
    QStringList names;
    for (int i = 1; i < m_terminalCombo->count(); ++i)
        names << m_terminalCombo->itemData(i).toString();
    return names;
}

void HistoryDialog::refreshTerminalChoices()
{
    if (!m_journal || !m_journal->isOpen())
        return;
    const JournalResult before = m_journal->lastError();
    const QStringList names = m_journal->terminals();
    // A failed read keeps the choices shown (the history says the journal could not be read).
    if (names.isEmpty() && !HistoryModel::readOutcome(m_journal, before, true).ok())
        return;
    if (names == terminalChoices())
        return;
    const QString chosen = terminalFilter();
    m_applying = true;
    while (m_terminalCombo->count() > 1)
        m_terminalCombo->removeItem(1);
    int index = 0;
    for (const QString &name : names) {
        m_terminalCombo->addItem(name, name);
        if (!chosen.isEmpty() && TerminalMatch::matches(chosen, name))
            index = m_terminalCombo->count() - 1;
    }
    // A terminal chosen whose sales are all gone (another journal) stays chosen rather than widening the filter.
    if (!chosen.isEmpty() && index == 0) {
        m_terminalCombo->addItem(chosen, chosen);
        index = m_terminalCombo->count() - 1;
    }
    m_terminalCombo->setCurrentIndex(index);
    m_applying = false;
}

CsvFormat HistoryDialog::csvFormat() const
{
    const QString language = Language::installed();
    const bool spreadsheet = m_settings ? m_settings->csvForSpreadsheets(language)
                                        : CsvFormat::defaultFor(language) == CsvFormat::Style::Spreadsheet;
    return CsvFormat(spreadsheet ? CsvFormat::Style::Spreadsheet : CsvFormat::Style::Plain, QLocale());
}

JournalFilter HistoryDialog::filter() const
{
    JournalFilter f;
    if (!allDays()) {
        f.fromDay = day();
        f.toDay = day();
    }
    f.states = statesFor(stateFilter());
    f.deviceName = terminalFilter();
    if (m_model->showsStore())
        f.counterId = counterFilter();
    return f;
}

void HistoryDialog::applyFilter()
{
    refreshTerminalChoices();
    if (m_model->showsStore()) {
        // The rows, totals and counters come later (storeRowsAnswered() and the totals' answer).
        m_keepSelected = selectedEntry();
        m_model->setFilter(filter());
        askStoreTotals();
        askStoreCounters();
        refreshDetails();
        updateMessages();
        return;
    }
    const qint64 keep = selectedLocalId();
    m_model->setFilter(filter());
    refreshTotals(false);
    if (keep != 0)
        selectSale(keep, QString());
    refreshDetails();
    updateMessages();
}

void HistoryDialog::reload()
{
    // Hidden, there is nothing to keep up to date: showEvent() reads the journal again.
    if (!isVisible())
        return;
    if (m_model->showsStore()) {
        m_keepSelected = selectedEntry();
        refreshTerminalChoices();
        m_model->reload();
        askStoreTotals();
        askStoreCounters();
        updateMessages();
        return;
    }
    // Keep the sale at the top of the view where it is, unless the view shows the newest sales: then new ones
    // appear at the top.
    QScrollBar *bar = m_table->verticalScrollBar();
    const int topRow = bar->value() > 0 ? m_table->rowAt(0) : -1;
    const qint64 topId = topRow >= 0 ? m_model->entryAt(topRow).localId : 0;
    const int topOffset = topRow >= 0 ? -m_table->rowViewportPosition(topRow) : 0;

    refreshTerminalChoices();
    m_model->reload();
    refreshTotals(true);

    if (topId != 0) {
        const int row = m_model->rowOf(topId);
        if (row >= 0) {
            m_table->doItemsLayout();
            bar->setValue(m_table->verticalHeader()->sectionPosition(row) + topOffset);
        }
    }
    refreshDetails();
    updateMessages();
}

void HistoryDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (m_followToday && m_dayEdit->date() != QDate::currentDate())
        setDay(QDate::currentDate());
    else
        reload();
}

void HistoryDialog::refreshTotals(bool keepOnFailure)
{
    const JournalResult before = m_journal ? m_journal->lastError() : JournalResult();
    const JournalTotals totals = m_journal && m_journal->isOpen() ? m_journal->totals(filter()) : JournalTotals();
    m_totalsResult = HistoryModel::readOutcome(m_journal, before, totals.rows.isEmpty());
    // Like the rows: a failed refresh keeps what was shown (the notice says it may be out of date).
    if (!m_totalsResult.ok() && keepOnFailure)
        return;
    m_totals = totals;
    QString title = tr("Totals: %1").arg(filterDescription());
    // A closed day says so (Sales > Close the day): its cash-up report keeps the figures it was closed with.
    if (const std::optional<JournalClosing> closed =
            !allDays() && m_journal && m_journal->isOpen() ? m_journal->closing(day()) : std::nullopt) {
        title += QStringLiteral(" \u2014 ") + tr("closed at %1 by %2")
                                                   .arg(QLocale().toString(closed->closedAt.toLocalTime().time(),
                                                                           QLocale::ShortFormat),
                                                        closed->closedBy);
    }
    m_totalsPanel->showTotals(
        m_totals, m_totalsResult.ok(), title,
        [this](StateFilter filter) { return m_stateCombo->itemText(m_stateCombo->findData(int(filter))); },
        stateFilter(), !terminalFilter().isEmpty());
}

QString HistoryDialog::filterDescription() const
{
    QString text = allDays() ? tr("all days") : QLocale().toString(day(), QLocale::LongFormat);
    if (stateFilter() != StateFilter::All)
        text = tr("%1, %2").arg(text, m_stateCombo->currentText());
    if (!terminalFilter().isEmpty())
        text = tr("%1, %2").arg(text, terminalFilter());
    return text;
}

QString HistoryDialog::emptySentence() const
{
    if (!terminalFilter().isEmpty()) {
        if (allDays())
            return tr("No sales of %1 match the filters. Choose another state or All terminals.").arg(terminalFilter());
        return tr("No sales of %1 on %2 match the filters. Choose another state or day, or All terminals.")
            .arg(terminalFilter(), QLocale().toString(day(), QLocale::LongFormat));
    }
    const bool everyState = stateFilter() == StateFilter::All;
    const QString state = m_stateCombo->currentText();
    if (allDays()) {
        return everyState ? tr("No sales are recorded yet. Sales appear here as soon as they are charged.")
                          : tr("No sales are in the state \u201C%1\u201D. Choose another state.").arg(state);
    }
    const QString dayText = QLocale().toString(day(), QLocale::LongFormat);
    return everyState ? tr("No sales on %1. Choose another day, or All days.").arg(dayText)
                      : tr("No sales on %1 are in the state \u201C%2\u201D. Choose another state or another day.")
                            .arg(dayText, state);
}

void HistoryDialog::updateMessages()
{
    if (m_model->showsStore()) {
        updateStoreMessages();
        return;
    }
    const JournalResult modelResult = m_model->lastResult();
    m_result = !modelResult.ok() ? modelResult : m_totalsResult;
    if (m_model->rowCount() == 0) {
        m_notice->hide();
        if (!m_result.ok()) {
            m_message->setText(m_result.userMessage());
            setTone(m_message, Theme::Tone::Danger, false);
        } else {
            m_message->setText(emptySentence());
            setTone(m_message, Theme::Tone::Muted, false);
        }
        m_stack->setCurrentIndex(1);
        return;
    }
    m_stack->setCurrentIndex(0);
    if (m_result.ok()) {
        m_notice->hide();
        m_notice->clear();
    } else {
        m_notice->setText(tr("The history shown may be out of date. %1").arg(m_result.userMessage()));
        m_notice->show();
    }
}

qint64 HistoryDialog::selectedLocalId() const
{
    return selectedEntry().localId;
}

JournalEntry HistoryDialog::selectedEntry() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? JournalEntry() : m_model->entryAt(rows.constFirst().row());
}

bool HistoryDialog::isOwnSale(const JournalEntry &entry) const
{
    return !m_model->showsStore() || entry.counterId == m_counterId;
}

QString HistoryDialog::ownSaleOnlyReason() const
{
    const JournalEntry e = selectedEntry();
    if (e.localId == 0 || isOwnSale(e))
        return {};
    return tr("This sale was made on %1: refunds and receipts are made on that counter.")
        .arg(e.counterName.isEmpty() ? tr("another counter") : e.counterName);
}

void HistoryDialog::selectSale(qint64 localId, const QString &counterId)
{
    const int row = m_model->rowOf(localId, counterId);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

bool HistoryDialog::canRefundSelected() const
{
    const JournalEntry e = selectedEntry();
    if (e.localId == 0 || !isOwnSale(e))
        return false;
    const OrderState shown = e.shownState();
    return shown == OrderState::Approved || shown == OrderState::PartlyRefunded;
}

bool HistoryDialog::canShowReceiptOfSelected() const
{
    const JournalEntry e = selectedEntry();
    return e.localId != 0 && isOwnSale(e) && OrderStates::wasPaid(e.shownState());
}

QWidget *HistoryDialog::showReceiptOfSelected()
{
    if (!canShowReceiptOfSelected())
        return nullptr;
    if (m_settings)
        return ReceiptPreview::open(m_journal, *m_settings, selectedLocalId(), this);
    const Settings settings;
    return ReceiptPreview::open(m_journal, settings, selectedLocalId(), this);
}

void HistoryDialog::requestRefund()
{
    if (canRefundSelected())
        Q_EMIT refundRequested(selectedLocalId());
}

QStringList HistoryDialog::refundLines(qint64 localId, const QLocale &locale) const
{
    QStringList lines;
    if (!m_journal || !m_journal->isOpen())
        return lines;
    for (const JournalRefund &r : m_journal->refunds(localId)) {
        QString state;
        switch (r.state) {
        case JournalRefund::State::Recorded:
            state = tr("answer not known yet; asked again with the same request");
            break;
        case JournalRefund::State::Done:
            state = tr("done");
            break;
        case JournalRefund::State::Pending:
            state = tr("Mercado Pago is processing it");
            break;
        case JournalRefund::State::Rejected:
            state = tr("rejected by Mercado Pago");
            break;
        case JournalRefund::State::Failed:
            state = tr("not made");
            break;
        }
        const QString id = r.refundId.isNull() ? tr("no refund id yet") : tr("refund ID %1").arg(r.refundId.toString());
        const QString who = r.requestedBy.isEmpty() ? QString() : tr(", by %1").arg(r.requestedBy);
        lines << tr("Refund: %1 on %2 (%3%4): %5")
                     .arg(Formatting::currency(r.amount, locale),
                          locale.toString(r.createdAt.toLocalTime(), QLocale::ShortFormat), id, who, state);
        if (!r.reason.isEmpty())
            lines << tr("    Reason: %1").arg(r.reason);
        if (r.state == JournalRefund::State::Failed && !r.lastError.isEmpty())
            lines << tr("    Why: %1").arg(r.lastError);
    }
    return lines;
}

void HistoryDialog::refreshDetails()
{
    m_refundButton->setEnabled(canRefundSelected());
    m_receiptButton->setEnabled(canShowReceiptOfSelected());
    // On another counter's sale the buttons say why they are off.
    const QString notOurs = ownSaleOnlyReason();
    m_refundButton->setToolTip(notOurs.isEmpty() ? tr("Give back all or part of the selected paid sale (Ctrl+R; manager)")
                                                 : notOurs);
    m_receiptButton->setToolTip(notOurs.isEmpty()
                                    ? tr("Show the selected paid sale's receipt, to print it or save it as PDF")
                                    : notOurs);
    const JournalEntry e = selectedEntry();
    const qint64 localId = e.localId;
    if (localId == 0) {
        m_details->setPlainText(m_model->rowCount() > 0 ? tr("Select a sale in the list to see its history.")
                                                        : QString());
        return;
    }
    const QLocale locale;
    QStringList lines;
    lines << tr("%1 \u00B7 %2 \u00B7 %3 \u00B7 %4")
                 .arg(OrderStates::displayName(e.shownState()), Formatting::currency(e.request.amount, locale),
                      Formatting::cardTypeName(e.request.cardType), e.request.deviceName);
    if (m_model->showsStore())
        lines << tr("Counter: %1").arg(e.counterName);
    lines << tr("Description: %1").arg(e.request.description);
    lines << tr("Recorded: %1").arg(locale.toString(e.createdAt.toLocalTime(), QLocale::LongFormat));
    if (!e.orderId.isNull())
        lines << tr("Order ID: %1").arg(e.orderId.toString());
    if (!e.paymentId.isNull()) {
        lines << (e.paymentStatus.isEmpty() ? tr("Payment ID: %1").arg(e.paymentId.toString())
                                            : tr("Payment ID: %1 (status: %2)").arg(e.paymentId.toString(), e.paymentStatus));
    }
    if (!e.request.externalReference.isEmpty())
        lines << tr("External reference: %1").arg(e.request.externalReference);
    if (!e.request.payerEmail.isEmpty())
        lines << tr("Payer's e-mail: %1").arg(e.request.payerEmail);
    if (!e.lastError.isEmpty())
        lines << tr("Last error: %1").arg(e.lastError);
    if (!isOwnSale(e)) {
        refreshStoreDetails(e, lines); // the store's refunds and history of the sale, when they come
        return;
    }
    lines << refundLines(localId, locale);
    lines << QString();

    const JournalResult before = m_journal ? m_journal->lastError() : JournalResult();
    const QList<JournalEvent> events =
        m_journal && m_journal->isOpen() ? m_journal->events(localId) : QList<JournalEvent>();
    const JournalResult result = HistoryModel::readOutcome(m_journal, before, events.isEmpty());
    if (!result.ok()) {
        lines << tr("The history of this sale could not be read. %1").arg(result.userMessage());
    } else {
        lines << tr("What happened, oldest first:");
        for (const JournalEvent &ev : events) {
            lines << (ev.detail.isEmpty()
                          ? tr("%1  %2").arg(timeWithSeconds(ev.at), OrderStates::displayName(ev.state))
                          : tr("%1  %2 \u2014 %3")
                                .arg(timeWithSeconds(ev.at), OrderStates::displayName(ev.state), ev.detail));
        }
    }
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
}

void HistoryDialog::focusFilters()
{
    if (m_dayEdit->isEnabled())
        m_dayEdit->setFocus(Qt::ShortcutFocusReason);
    else
        m_stateCombo->setFocus(Qt::ShortcutFocusReason);
}

void HistoryDialog::chooseExportFile()
{
    const QString name = allDays() ? QStringLiteral("pointdesk-all-days.csv")
                                   : QStringLiteral("pointdesk-%1.csv").arg(day().toString(Qt::ISODate));
    const QString suggested = QDir(m_exportDir).filePath(name);
    QString path = QFileDialog::getSaveFileName(this, tr("Export sales as CSV"), suggested,
                                                tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    m_exportDir = QFileInfo(path).absolutePath();
    exportCsvTo(path);
}

bool HistoryDialog::exportCsvTo(const QString &path)
{
    const QString shownPath = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (m_model->showsStore())
        return exportStoreCsv(path, shownPath);
    if (!m_journal || !m_journal->isOpen()) {
        const JournalResult notOpen = HistoryModel::readOutcome(m_journal, JournalResult(), true);
        setExportStatus(tr("Nothing was exported. %1").arg(notOpen.userMessage()), true);
        return false;
    }
    const JournalFilter f = filter();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        setExportStatus(
            tr("Could not write %1: %2. Choose another folder, then export again.").arg(shownPath, file.errorString()),
            true);
        return false;
    }
    const qint64 rows = m_journal->count(f);
    const JournalResult result = m_journal->exportCsv(f, &file, csvFormat());
    if (!result.ok()) {
        const bool fileFailed = file.error() != QFileDevice::NoError;
        const QString why = fileFailed ? file.errorString() : QString();
        file.cancelWriting();
        if (fileFailed) {
            setExportStatus(tr("Could not write %1: %2. Choose another folder, then export again.").arg(shownPath, why),
                            true);
        } else {
            setExportStatus(tr("Nothing was exported. %1").arg(result.userMessage()), true);
        }
        return false;
    }
    if (!file.commit()) {
        setExportStatus(
            tr("Could not save %1: %2. Choose another folder, then export again.").arg(shownPath, file.errorString()),
            true);
        return false;
    }
    const int exported = int(qMin<qint64>(rows, std::numeric_limits<int>::max()));
    setExportStatus((exported == 1 ? tr("Exported one sale to %1.") : tr("Exported %n sales to %1.", nullptr, exported))
                        .arg(shownPath),
                    false);
    return true;
}

void HistoryDialog::setExportStatus(const QString &text, bool failed)
{
    m_exportStatus->setText(text);
    setTone(m_exportStatus, failed ? Theme::Tone::Danger : Theme::Tone::Success, false);
}
