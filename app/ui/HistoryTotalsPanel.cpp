#include "ui/HistoryTotalsPanel.h"

#include "ui/Formatting.h"
#include "ui/HistoryModel.h"
#include "ui/Theme.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

struct StateRow
{
    const char *key;
    QList<OrderState> states;
    std::optional<HistoryDialog::StateFilter> filter; ///< the State filter choice the row is; none: a part of Paid
    OrderState colorOf;                               ///< the state whose colour the row's words take
};

// The state rows, money first; "All" last, as the sum. The refunded states are the paid sales with refunds (the
// State filter's "Paid" shows them too).
const QList<StateRow> &stateRows()
{
    using F = HistoryDialog::StateFilter;
    static const QList<StateRow> rows = {
        {"Paid", HistoryDialog::statesFor(F::Paid), F::Paid, OrderState::Approved},
        {"PartlyRefunded", {OrderState::PartlyRefunded}, std::nullopt, OrderState::PartlyRefunded},
        {"Refunded", {OrderState::Refunded}, std::nullopt, OrderState::Refunded},
        {"Declined", HistoryDialog::statesFor(F::Declined), F::Declined, OrderState::Rejected},
        {"Cancelled", HistoryDialog::statesFor(F::Cancelled), F::Cancelled, OrderState::Cancelled},
        {"NotSent", HistoryDialog::statesFor(F::NotSent), F::NotSent, OrderState::Failed},
        {"Open", HistoryDialog::statesFor(F::Open), F::Open, OrderState::WaitingForCard},
        {"All", {}, F::All, OrderState::Unknown},
    };
    return rows;
}

JournalTotals::Bucket bucketOf(const JournalTotals &totals, const StateRow &row, std::optional<CardType> card)
{
    if (row.states.isEmpty())
        return card ? totals.byCardType(*card) : totals.all();
    JournalTotals::Bucket sum;
    for (OrderState state : row.states)
        sum.add(card ? totals.byStateAndCardType(state, *card) : totals.byState(state));
    return sum;
}

QString cardKey(CardType type)
{
    return type == CardType::Credit ? QStringLiteral("Credit") : QStringLiteral("Debit");
}

void setColor(QLabel *label, const QString &color)
{
    const QString style = QStringLiteral("QLabel { color: %1; }").arg(color);
    if (label->styleSheet() != style)
        label->setStyleSheet(style);
}

} // namespace

HistoryTotalsPanel::HistoryTotalsPanel(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("historyTotals"));
    setAccessibleName(tr("Totals"));
    setFrameShape(QFrame::StyledPanel);
    const Theme::ToneColors neutral = Theme::colors(Theme::Tone::Neutral);
    setStyleSheet(QStringLiteral("QFrame#historyTotals { background-color: %1; border: 1px solid %2;"
                                 " border-radius: 6px; }")
                      .arg(neutral.background.name(), neutral.border.name()));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("totalsTitle"));
    m_title->setFont(Theme::scaled(font(), 1.1, QFont::Bold));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("totalsTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildStateTab(), tr("By state"));
    m_tabs->addTab(buildCardTab(), tr("By card type"));
    m_terminals = buildGroup(QStringLiteral("totalsTerminalPage"));
    m_tabs->addTab(m_terminals.page, tr("By terminal"));
    m_counters = buildGroup(QStringLiteral("totalsCounterPage"));
    m_counters.page->hide(); // a tab only for the whole store's totals (setCountersShown())

    m_refunding = new QLabel(this);
    m_refunding->setObjectName(QStringLiteral("totalRefunding"));
    m_refunding->setWordWrap(true);
    m_refunding->setTextFormat(Qt::PlainText);
    m_refunding->setVisible(false);
    setColor(m_refunding, Theme::mutedText().name());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs);
    layout->addWidget(m_refunding);
    layout->addStretch(1);
}

QLabel *HistoryTotalsPanel::addValue(QGridLayout *grid, QWidget *parent, const QString &name, int row, int column,
                                     bool strong)
{
    auto *value = new QLabel(parent);
    value->setObjectName(name);
    value->setTextFormat(Qt::PlainText);
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (strong)
        value->setFont(Theme::scaled(font(), 1.0, QFont::DemiBold));
    grid->addWidget(value, row, column);
    m_labels.insert(name, value);
    return value;
}

QLabel *HistoryTotalsPanel::addHeader(QGridLayout *grid, QWidget *parent, const QString &text, int row, int column,
                                      int span)
{
    auto *head = new QLabel(text, parent);
    head->setFont(Theme::scaled(font(), 1.0, QFont::DemiBold));
    setColor(head, Theme::mutedText().name());
    head->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    grid->addWidget(head, row, column, 1, span);
    return head;
}

namespace {

QLabel *rowName(QGridLayout *grid, QWidget *parent, const QString &objectName, int row, bool sum, const QFont &base)
{
    auto *name = new QLabel(parent);
    name->setObjectName(objectName);
    name->setTextFormat(Qt::PlainText);
    name->setFont(Theme::scaled(base, 1.0, sum ? QFont::Bold : QFont::DemiBold));
    grid->addWidget(name, row, 0);
    return name;
}

QFrame *rule(QGridLayout *grid, QWidget *parent, int row, int columns)
{
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    grid->addWidget(line, row, 0, 1, columns);
    return line;
}

} // namespace

QWidget *HistoryTotalsPanel::buildStateTab()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("totalsStatePage"));
    auto *grid = new QGridLayout(page);
    grid->setContentsMargins(0, 6, 0, 0);
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(3);
    addHeader(grid, page, tr("Sales"), 0, 1)->setObjectName(QStringLiteral("totalsHeaderCount"));
    addHeader(grid, page, tr("Amount"), 0, 2)->setObjectName(QStringLiteral("totalsHeaderAmount"));
    addHeader(grid, page, tr("Refunded"), 0, 3)->setObjectName(QStringLiteral("totalsHeaderRefunded"));
    addHeader(grid, page, tr("Net"), 0, 4)->setObjectName(QStringLiteral("totalsHeaderNet"));
    int r = 1;
    for (const StateRow &spec : stateRows()) {
        const QString key = QLatin1String(spec.key);
        const bool sum = key == QLatin1String("All");
        if (sum)
            rule(grid, page, r++, 5);
        m_labels.insert(QStringLiteral("total%1Label").arg(key),
                        rowName(grid, page, QStringLiteral("total%1Label").arg(key), r, sum, font()));
        addValue(grid, page, QStringLiteral("total%1Count").arg(key), r, 1, sum);
        addValue(grid, page, QStringLiteral("total%1Amount").arg(key), r, 2, sum);
        if (!sum) {
            addValue(grid, page, QStringLiteral("total%1Refunded").arg(key), r, 3, false);
            addValue(grid, page, QStringLiteral("total%1Net").arg(key), r, 4, false);
        }
        ++r;
    }
    // The grand total: only the sales whose money was taken.
    QLabel *taken = rowName(grid, page, QStringLiteral("totalTakenLabel"), r, true, font());
    taken->setText(tr("Money taken"));
    m_labels.insert(taken->objectName(), taken);
    const QStringList what = {QStringLiteral("Count"), QStringLiteral("Amount"), QStringLiteral("Refunded"),
                              QStringLiteral("Net")};
    for (int c = 0; c < what.size(); ++c)
        addValue(grid, page, QStringLiteral("totalTaken") + what.at(c), r, 1 + c, true);
    grid->setColumnStretch(5, 1);
    grid->setRowStretch(r + 1, 1);
    return page;
}

QWidget *HistoryTotalsPanel::buildCardTab()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("totalsCardPage"));
    auto *grid = new QGridLayout(page);
    grid->setContentsMargins(0, 6, 0, 0);
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(3);
    const QList<CardType> cards = {CardType::Credit, CardType::Debit};
    for (int c = 0; c < cards.size(); ++c) {
        addHeader(grid, page, Formatting::cardTypeName(cards.at(c)), 0, 1 + 2 * c, 2)
            ->setObjectName(QStringLiteral("totalsHeader%1").arg(c));
    }
    int r = 1;
    for (const StateRow &spec : stateRows()) {
        const QString key = QLatin1String(spec.key);
        const bool sum = key == QLatin1String("All");
        if (sum)
            rule(grid, page, r++, 5);
        m_labels.insert(QStringLiteral("total%1CardLabel").arg(key),
                        rowName(grid, page, QStringLiteral("total%1CardLabel").arg(key), r, sum, font()));
        for (int c = 0; c < cards.size(); ++c) {
            addValue(grid, page, QStringLiteral("total%1%2Count").arg(key, cardKey(cards.at(c))), r, 1 + 2 * c, sum);
            addValue(grid, page, QStringLiteral("total%1%2Amount").arg(key, cardKey(cards.at(c))), r, 2 + 2 * c, sum);
        }
        ++r;
    }
    rule(grid, page, r++, 5);
    // Per card type: what was taken, given back and kept.
    const QList<QPair<QString, QString>> money = {{QStringLiteral("Paid"), tr("Money taken")},
                                                  {QStringLiteral("Refunded"), tr("Refunded")},
                                                  {QStringLiteral("Net"), tr("Net")}};
    for (const auto &line : money) {
        QLabel *name = rowName(grid, page, QStringLiteral("totalCard%1Label").arg(line.first), r,
                               line.first == QLatin1String("Net"), font());
        name->setText(line.second);
        m_labels.insert(name->objectName(), name);
        for (int c = 0; c < cards.size(); ++c) {
            const QString card = cardKey(cards.at(c));
            if (line.first == QLatin1String("Paid"))
                addValue(grid, page, QStringLiteral("totalCard%1PaidCount").arg(card), r, 1 + 2 * c, false);
            addValue(grid, page, QStringLiteral("totalCard%1%2").arg(card, line.first), r, 2 + 2 * c,
                     line.first == QLatin1String("Net"));
        }
        ++r;
    }
    grid->setColumnStretch(5, 1);
    grid->setRowStretch(r, 1);
    return page;
}

void HistoryTotalsPanel::showTotals(const JournalTotals &totals, bool known, const QString &title,
                                    const std::function<QString(HistoryDialog::StateFilter)> &stateNames,
                                    HistoryDialog::StateFilter shown, bool terminalFiltered)
{
    const QLocale locale;
    const QString dash = QStringLiteral("\u2014");
    // An unreadable journal has no totals: a dash, never zeros that look like a day without sales.
    const auto count = [&](qint64 n) { return known ? locale.toString(n) : dash; };
    const auto money = [&](qint64 cents) {
        return known ? Formatting::currency(Money::fromCents(cents), locale) : dash;
    };
    const auto set = [this](const QString &name, const QString &text, const QString &accessible, bool muted) {
        QLabel *label = m_labels.value(name);
        if (!label)
            return;
        label->setText(text);
        label->setAccessibleName(accessible);
        setColor(label, muted ? Theme::mutedText().name() : QStringLiteral("palette(text)"));
    };
    m_title->setText(title);

    const QString sales = tr("number of sales");
    const QString amount = tr("amount");
    const QString refunded = tr("refunded");
    const QString net = tr("net");
    for (const StateRow &spec : stateRows()) {
        const QString key = QLatin1String(spec.key);
        const bool sum = key == QLatin1String("All");
        const bool unfiltered = shown == HistoryDialog::StateFilter::All && !terminalFiltered;
        const QString name = sum && unfiltered ? tr("All orders, any state")
                             : sum             ? tr("All orders shown")
                             : spec.filter ? stateNames(*spec.filter)
                                           : OrderStates::displayName(spec.states.first());
        const bool partOfPaid = !spec.filter.has_value();
        const bool excluded = shown != HistoryDialog::StateFilter::All && !sum &&
                              (partOfPaid ? shown != HistoryDialog::StateFilter::Paid : *spec.filter != shown);
        const QColor nameColor = excluded ? Theme::mutedText()
                                 : sum    ? Theme::colors(Theme::Tone::Neutral).foreground
                                          : HistoryModel::colorFor(spec.colorOf);
        for (const QString &labelName :
             {QStringLiteral("total%1Label").arg(key), QStringLiteral("total%1CardLabel").arg(key)}) {
            QLabel *label = m_labels.value(labelName);
            label->setText(name);
            setColor(label, nameColor.name());
        }
        const JournalTotals::Bucket b = bucketOf(totals, spec, std::nullopt);
        set(QStringLiteral("total%1Count").arg(key), count(b.count), tr("%1: %2").arg(name, sales), b.count == 0);
        set(QStringLiteral("total%1Amount").arg(key), money(b.cents), tr("%1: %2").arg(name, amount), b.count == 0);
        // Refunded and net only mean something for money that was taken.
        const bool taken = !sum && b.takenCount > 0;
        set(QStringLiteral("total%1Refunded").arg(key), taken ? money(b.refundedCents) : QString(),
            tr("%1: %2").arg(name, refunded), b.refundedCents == 0);
        set(QStringLiteral("total%1Net").arg(key), taken ? money(b.netCents()) : QString(), tr("%1: %2").arg(name, net),
            false);
        for (CardType card : {CardType::Credit, CardType::Debit}) {
            const JournalTotals::Bucket c = bucketOf(totals, spec, card);
            const QString words = tr("%1, %2").arg(name, Formatting::cardTypeName(card));
            set(QStringLiteral("total%1%2Count").arg(key, cardKey(card)), count(c.count),
                tr("%1: %2").arg(words, sales), c.count == 0);
            set(QStringLiteral("total%1%2Amount").arg(key, cardKey(card)), money(c.cents),
                tr("%1: %2").arg(words, amount), c.count == 0);
        }
    }

    const JournalTotals::Bucket all = totals.all();
    const QString takenName = tr("Money taken");
    set(QStringLiteral("totalTakenCount"), count(all.takenCount), tr("%1: %2").arg(takenName, sales), false);
    set(QStringLiteral("totalTakenAmount"), money(all.takenCents), tr("%1: %2").arg(takenName, amount), false);
    set(QStringLiteral("totalTakenRefunded"), money(all.refundedCents), tr("%1: %2").arg(takenName, refunded), false);
    set(QStringLiteral("totalTakenNet"), money(all.netCents()), tr("%1: %2").arg(takenName, net), false);
    for (CardType card : {CardType::Credit, CardType::Debit}) {
        const JournalTotals::Bucket c = totals.byCardType(card);
        const QString words = tr("%1, %2").arg(takenName, Formatting::cardTypeName(card));
        set(QStringLiteral("totalCard%1PaidCount").arg(cardKey(card)), count(c.takenCount),
            tr("%1: %2").arg(words, sales), c.takenCount == 0);
        set(QStringLiteral("totalCard%1Paid").arg(cardKey(card)), money(c.takenCents), tr("%1: %2").arg(words, amount),
            c.takenCount == 0);
        set(QStringLiteral("totalCard%1Refunded").arg(cardKey(card)), money(c.refundedCents),
            tr("%1: %2").arg(words, refunded), c.refundedCents == 0);
        set(QStringLiteral("totalCard%1Net").arg(cardKey(card)), money(c.netCents()), tr("%1: %2").arg(words, net),
            c.takenCount == 0);
    }
    showGroup(m_terminals, QStringLiteral("totalTerminal"), known ? totals.terminals() : QStringList(),
              [&totals](const QString &name) { return totals.byTerminal(name); }, tr("(no terminal)"), known);
    if (m_tabs->indexOf(m_counters.page) >= 0) {
        showGroup(m_counters, QStringLiteral("totalCounter"), known ? totals.counters() : QStringList(),
                  [&totals](const QString &name) { return totals.byCounter(name); }, tr("(no name)"), known);
    }

    m_refunding->setVisible(known && all.refundingCents > 0);
    m_refunding->setText(tr("Refunds in progress, not counted as refunded yet: %1").arg(money(all.refundingCents)));
}

HistoryTotalsPanel::Group HistoryTotalsPanel::buildGroup(const QString &pageName)
{
    Group group;
    group.page = new QWidget(m_tabs);
    group.page->setObjectName(pageName);
    group.grid = new QGridLayout(group.page);
    group.grid->setContentsMargins(0, 6, 0, 0);
    group.grid->setHorizontalSpacing(14);
    group.grid->setVerticalSpacing(3);
    return group;
}

void HistoryTotalsPanel::setCountersShown(bool shown)
{
    const int index = m_tabs->indexOf(m_counters.page);
    if (shown && index < 0) {
        m_tabs->addTab(m_counters.page, tr("By counter"));
    } else if (!shown && index >= 0) {
        m_tabs->removeTab(index);
        m_counters.page->hide();
    }
}

void HistoryTotalsPanel::showGroup(Group &group, const QString &key, const QStringList &names,
                                   const std::function<JournalTotals::Bucket(const QString &)> &bucketOf,
                                   const QString &unnamed, bool known)
{
    for (QWidget *w : std::as_const(group.widgets)) {
        m_labels.remove(w->objectName());
        group.grid->removeWidget(w);
        delete w;
    }
    group.widgets.clear();
    for (int row = 0; row < group.grid->rowCount(); ++row)
        group.grid->setRowStretch(row, 0);
    const QLocale locale;
    const QString dash = QStringLiteral("\u2014");
    const auto keep = [&group](QWidget *w) {
        group.widgets.append(w);
        return w;
    };
    keep(addHeader(group.grid, group.page, tr("Paid sales"), 0, 1));
    keep(addHeader(group.grid, group.page, tr("Paid"), 0, 2));
    keep(addHeader(group.grid, group.page, tr("Refunded"), 0, 3));
    keep(addHeader(group.grid, group.page, tr("Net"), 0, 4));
    int r = 1;
    for (const QString &line : names) {
        const JournalTotals::Bucket b = bucketOf(line);
        const QString lineKey = key + QString::number(r);
        auto *name = static_cast<QLabel *>(
            keep(rowName(group.grid, group.page, lineKey + QStringLiteral("Label"), r, false, font())));
        name->setText(line.isEmpty() ? unnamed : line);
        m_labels.insert(name->objectName(), name);
        const QStringList texts = {locale.toString(b.takenCount),
                                   Formatting::currency(Money::fromCents(b.takenCents), locale),
                                   Formatting::currency(Money::fromCents(b.refundedCents), locale),
                                   Formatting::currency(Money::fromCents(b.netCents()), locale)};
        const QStringList what = {QStringLiteral("Count"), QStringLiteral("Paid"), QStringLiteral("Refunded"),
                                  QStringLiteral("Net")};
        const QStringList spoken = {tr("paid sales"), tr("paid"), tr("refunded"), tr("net")};
        for (int c = 0; c < what.size(); ++c) {
            QLabel *value = addValue(group.grid, group.page, lineKey + what.at(c), r, 1 + c, c == 3);
            keep(value);
            value->setText(texts.at(c));
            value->setAccessibleName(tr("%1: %2").arg(name->text(), spoken.at(c)));
            setColor(value, b.takenCount == 0 ? Theme::mutedText().name() : QStringLiteral("palette(text)"));
        }
        ++r;
    }
    if (names.isEmpty()) {
        auto *none = static_cast<QLabel *>(keep(new QLabel(known ? tr("No sales.") : dash, group.page)));
        none->setObjectName(key + QStringLiteral("None"));
        setColor(none, Theme::mutedText().name());
        group.grid->addWidget(none, 1, 0, 1, 5);
        r = 2;
    }
    group.grid->setColumnStretch(5, 1);
    group.grid->setRowStretch(r, 1);
}
