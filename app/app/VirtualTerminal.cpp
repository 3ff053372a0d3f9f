#include "app/VirtualTerminal.h"

#include "app/LegacyTerminalSide.h"
#include "app/OrdersTerminalSide.h"
#include "ui/ChargeForm.h"
#include "ui/OrderStatusPanel.h"
#include "ui/Theme.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QStyleOptionComboBox>
#include <QStylePainter>
#include <QVBoxLayout>
#include <QWindow>
#include <limits>

namespace {

constexpr int kNameRole = Qt::UserRole + 1;
constexpr int kStateRole = Qt::UserRole + 2;

// Gap between the cashier window and the terminal when they sit side by side.
constexpr int kGap = 8;

// The terminal picker: a long terminal name is shortened in its middle (where names rarely differ) and the state
// after it always shows whole, instead of the style cutting the text at the box's edge.
class TerminalCombo : public QComboBox
{
public:
    using QComboBox::QComboBox;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QStylePainter painter(this);
        painter.setPen(palette().color(QPalette::Text));
        QStyleOptionComboBox option;
        initStyleOption(&option);
        painter.drawComplexControl(QStyle::CC_ComboBox, option);
        const QRect field = style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, this);
        const QFontMetrics metrics = fontMetrics();
        const QString name = currentData(kNameRole).toString();
        const QString state = currentData(kStateRole).toString();
        if (!name.isEmpty()) {
            const QString format = VirtualTerminal::tr("%1 \u2014 %2");
            const int room = field.width() - 4 - metrics.horizontalAdvance(format.arg(QString(), state));
            option.currentText = room >= metrics.averageCharWidth() * 4
                                     ? format.arg(metrics.elidedText(name, Qt::ElideMiddle, room), state)
                                     : metrics.elidedText(format.arg(name, state), Qt::ElideRight, field.width() - 4);
        }
        painter.drawControl(QStyle::CE_ComboBoxLabel, option);
    }
};

// One line that never wraps or runs out of its box: shortened with an ellipsis to the label's width, the whole text
// in the tooltip and the accessible name, and in the "fullText" property.
class ElidedLabel : public QLabel
{
public:
    using QLabel::QLabel;

    void setFullText(const QString &text)
    {
        setProperty("fullText", text);
        setToolTip(text);
        setAccessibleName(text);
        updateShown();
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QLabel::resizeEvent(event);
        updateShown();
    }

private:
    void updateShown()
    {
        const QString full = property("fullText").toString();
        const int room = contentsRect().width();
        setText(room > 0 ? fontMetrics().elidedText(full, Qt::ElideRight, room) : full);
    }
};

QRect visibleGlobalRect(const QWidget *widget)
{
    const QRect visible = widget->visibleRegion().boundingRect();
    if (visible.isEmpty())
        return {};
    return QRect(widget->mapToGlobal(visible.topLeft()), visible.size());
}

qint64 coveredCost(const QRect &rect, const QList<VirtualTerminal::Area> &areas)
{
    qint64 cost = 0;
    for (const VirtualTerminal::Area &area : areas) {
        const QRect covered = rect.intersected(area.rect);
        if (!covered.isEmpty())
            cost += qint64(covered.width()) * covered.height() * area.weight;
    }
    return cost;
}

} // namespace

VirtualTerminal::VirtualTerminal(PointSimulator *simulator, QWidget *parent)
    : VirtualTerminal(new LegacyTerminalSide(simulator), parent)
{
}

VirtualTerminal::VirtualTerminal(OrdersSimulator *simulator, QWidget *parent)
    : VirtualTerminal(new OrdersTerminalSide(simulator), parent)
{
}

VirtualTerminal::~VirtualTerminal() = default;

VirtualTerminal::VirtualTerminal(TerminalSide *side, QWidget *parent) : QWidget(parent, Qt::Tool), m_side(side)
{
    m_side->setParent(this);
    setObjectName(QStringLiteral("virtualTerminal"));
    setWindowTitle(tr("Virtual terminal \u2014 DEMO"));
    setWindowIcon(Theme::appIcon());
    setAccessibleName(tr("Virtual terminal"));
    setAccessibleDescription(tr("You are the customer: approve, decline or cancel the order on its terminal. Esc "
                                "goes back to the cashier window."));
    setStyleSheet(QStringLiteral("QWidget#virtualTerminal { background-color: #EEF1F4; }"));
    // Shown beside the cashier window, it must not take the keyboard from the cashier.
    setAttribute(Qt::WA_ShowWithoutActivating);

    auto *demo = new QLabel(tr("DEMO"), this);
    demo->setFont(Theme::scaled(font(), 0.9, QFont::Bold));
    const Theme::ToneColors waiting = Theme::colors(Theme::Tone::Waiting);
    demo->setStyleSheet(QStringLiteral("QLabel { background-color: %1; color: %2; border: 1px solid %3;"
                                       " border-radius: 4px; padding: 1px 6px; }")
                            .arg(waiting.background.name(), waiting.foreground.name(), waiting.border.name()));
    auto *intro = new QLabel(tr("You are the customer: answer the cashier's charges here. Esc goes back to the "
                                "cashier."),
                             this);
    intro->setObjectName(QStringLiteral("virtualTerminalIntro"));
    intro->setWordWrap(true);
    intro->setFont(Theme::scaled(font(), 0.9));
    intro->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(Theme::mutedText().name()));

    auto *pickerLabel = new QLabel(tr("&Terminal"), this);
    pickerLabel->setFont(Theme::scaled(font(), 1.0, QFont::DemiBold));
    m_picker = new TerminalCombo(this);
    m_picker->setObjectName(QStringLiteral("terminalPicker"));
    m_picker->setAccessibleName(tr("Terminal"));
    // Long names must not widen the window: the box keeps its width and shortens the name (see TerminalCombo).
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_picker->setMinimumContentsLength(12);
    m_picker->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    pickerLabel->setBuddy(m_picker);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("terminalStack"));
    connect(m_picker, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0 && index < m_cardWidgets.size())
            m_stack->setCurrentWidget(m_cardWidgets.at(index));
        const QString full = m_picker->currentText();
        m_picker->setToolTip(full);
        m_picker->setAccessibleDescription(full);
    });

    m_emptyLabel = new QLabel(tr("The demo account has no terminals left. Start PointDesk in demo mode again to get "
                                 "the demo terminals back."),
                              this);
    m_emptyLabel->setObjectName(QStringLiteral("noTerminalsLabel"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->hide();

    auto *header = new QHBoxLayout;
    header->setSpacing(8);
    header->addWidget(demo, 0, Qt::AlignTop);
    header->addWidget(intro, 1);

    auto *pickerRow = new QHBoxLayout;
    pickerRow->setSpacing(8);
    pickerRow->addWidget(pickerLabel);
    pickerRow->addWidget(m_picker, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 10);
    layout->setSpacing(8);
    layout->addLayout(header);
    layout->addLayout(pickerRow);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_stack);
    layout->addStretch(1);

    // A compact window, whatever the terminals are called: about the width of the three customer buttons.
    setMinimumWidth(QFontMetrics(font()).horizontalAdvance(QLatin1Char('M')) * 22);
    setMaximumWidth(QFontMetrics(font()).horizontalAdvance(QLatin1Char('M')) * 40);

    connect(m_side, &TerminalSide::changed, this, &VirtualTerminal::refresh);
    connect(m_side, &TerminalSide::acted, this, &VirtualTerminal::onActed);
    refresh();
}

QWidget *VirtualTerminal::cardFor(const QString &name) const
{
    const qsizetype at = m_names.indexOf(name);
    return at >= 0 ? m_cardWidgets.value(at) : nullptr;
}

QString VirtualTerminal::currentTerminal() const
{
    return m_picker->currentData(kNameRole).toString();
}

bool VirtualTerminal::showTerminal(const QString &name)
{
    const qsizetype at = m_names.indexOf(name);
    if (at < 0)
        return false;
    m_picker->setCurrentIndex(int(at));
    return true;
}

void VirtualTerminal::setCashierWindow(QWidget *cashier)
{
    m_cashier = cashier ? cashier->window() : nullptr;
    if (!m_cashier || !m_cashier->windowHandle())
        return;
    if (!windowHandle())
        create();
    // Above the cashier window (never behind it), and with it in the window manager's eyes.
    windowHandle()->setTransientParent(m_cashier->windowHandle());
}

void VirtualTerminal::showBesideCashier()
{
    adjustSize();
    if (m_cashier && m_cashier->isVisible()) {
        setCashierWindow(m_cashier);
        if (const QScreen *screen = m_cashier->screen()) {
            // Window managers put a similar frame around both windows; before the first show it is not known.
            const QSize frameExtra = m_cashier->frameGeometry().size() - m_cashier->geometry().size();
            const QRect at = placement(screen->availableGeometry(), m_cashier->frameGeometry(),
                                       areasToKeepClear(m_cashier), size() + frameExtra);
            resize(at.size() - frameExtra);
            move(at.topLeft());
        }
    }
    show();
}

void VirtualTerminal::returnToCashier()
{
    if (!m_cashier || !m_cashier->isVisible())
        return;
    // No raise(): the cashier window would then cover this one wherever they overlap.
    m_cashier->activateWindow();
}

QRect VirtualTerminal::placement(const QRect &available, const QRect &cashier, const QList<Area> &keepClear,
                                 const QSize &size)
{
    const QSize fit = size.boundedTo(available.size());
    const int left = available.left();
    const int top = available.top();
    const int right = available.right() + 1 - fit.width();
    const int bottom = available.bottom() + 1 - fit.height();

    if (cashier.isValid()) {
        const int y = qBound(top, cashier.top(), bottom);
        for (const QRect &beside : {QRect(QPoint(cashier.right() + 1 + kGap, y), fit),
                                    QRect(QPoint(cashier.left() - kGap - fit.width(), y), fit)}) {
            if (available.contains(beside) && !beside.intersects(cashier))
                return beside;
        }
    }

    // Against an edge of the screen: along the right edge from the bottom up, then the bottom edge from the right,
    // the left edge, the top edge. The first of equally good places wins.
    constexpr int kSteps = 32;
    QList<QPoint> candidates;
    for (int i = 0; i <= kSteps; ++i)
        candidates << QPoint(right, bottom - (bottom - top) * i / kSteps);
    for (int i = 0; i <= kSteps; ++i)
        candidates << QPoint(right - (right - left) * i / kSteps, bottom);
    for (int i = 0; i <= kSteps; ++i)
        candidates << QPoint(left, bottom - (bottom - top) * i / kSteps);
    for (int i = 0; i <= kSteps; ++i)
        candidates << QPoint(right - (right - left) * i / kSteps, top);

    QRect best(QPoint(right, bottom), fit);
    qint64 bestCost = std::numeric_limits<qint64>::max();
    for (const QPoint &candidate : std::as_const(candidates)) {
        const QRect rect(candidate, fit);
        const qint64 cost = coveredCost(rect, keepClear);
        if (cost < bestCost) {
            bestCost = cost;
            best = rect;
        }
    }
    return best;
}

QList<VirtualTerminal::Area> VirtualTerminal::areasToKeepClear(const QWidget *cashier)
{
    QList<Area> areas;
    if (!cashier)
        return areas;
    areas << Area{cashier->frameGeometry(), 1};
    const QList<QWidget *> children = cashier->findChildren<QWidget *>();
    for (const QWidget *child : children) {
        if (child->isWindow() || !child->isVisible())
            continue;
        int weight = 0;
        // What the cashier must always see and reach: the amount, Charge, the status panel's buttons (Cancel order,
        // New sale ...) and the DEMO badge that says no real money moves.
        const bool panelButton = qobject_cast<const QAbstractButton *>(child) && child->parentWidget() &&
                                 qobject_cast<const OrderStatusPanel *>(child->parentWidget());
        if (child->objectName() == QLatin1String("amountEdit") || child->objectName() == QLatin1String("chargeButton") ||
            child->objectName() == QLatin1String("demoIndicator") || panelButton)
            weight = 1000;
        else if (qobject_cast<const ChargeForm *>(child))
            weight = 40;
        else if (qobject_cast<const QAbstractButton *>(child) || qobject_cast<const QLineEdit *>(child) ||
                 qobject_cast<const QComboBox *>(child) || qobject_cast<const QAbstractItemView *>(child))
            weight = 8;
        if (weight == 0)
            continue;
        const QRect rect = visibleGlobalRect(child);
        if (!rect.isEmpty())
            areas << Area{rect, weight};
    }
    return areas;
}

void VirtualTerminal::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        event->accept();
        returnToCashier();
        return;
    }
    QWidget::keyPressEvent(event);
}

void VirtualTerminal::rebuild()
{
    const QString current = currentTerminal();
    for (QWidget *card : std::as_const(m_cardWidgets))
        delete card;
    m_cardWidgets.clear();
    m_controls.clear();
    m_screens.clear();
    m_lastEvents.clear();
    {
        const QSignalBlocker blocker(m_picker);
        m_picker->clear();
    }

    const QFont screenFont = Theme::scaled(font(), 1.05);
    const QFontMetrics screenMetrics(screenFont);
    for (int i = 0; i < m_names.size(); ++i) {
        const QString name = m_names.at(i);
        auto *card = new QFrame(m_stack);
        card->setObjectName(QStringLiteral("terminalCard_%1").arg(i));
        card->setProperty("deviceName", name);
        card->setAccessibleName(tr("Terminal %1").arg(name));
        card->setStyleSheet(QStringLiteral("QFrame#%1 { background-color: white; border: 1px solid #D0D5DA;"
                                           " border-radius: 10px; }")
                                .arg(card->objectName()));

        auto *screen = new QLabel(card);
        screen->setObjectName(QStringLiteral("terminalScreen"));
        screen->setAccessibleName(tr("Screen of %1").arg(name));
        screen->setAlignment(Qt::AlignCenter);
        screen->setWordWrap(true);
        screen->setTextFormat(Qt::RichText);
        screen->setFont(screenFont);
        // Room for the amount, the description, the card type and the prompt: nothing moves when an order arrives.
        screen->setFixedHeight(screenMetrics.lineSpacing() * 9 / 2 + 14);
        screen->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);

        QWidget *controls = m_side->createControls(name, card);
        m_controls.append(controls);
        m_screens.append(screen);

        auto *lastEvent = new ElidedLabel(card);
        lastEvent->setObjectName(QStringLiteral("terminalLastEvent"));
        lastEvent->setTextFormat(Qt::PlainText);
        lastEvent->setAlignment(Qt::AlignCenter);
        lastEvent->setFont(Theme::scaled(font(), 0.9));
        lastEvent->setFixedHeight(QFontMetrics(lastEvent->font()).lineSpacing());
        lastEvent->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        lastEvent->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(Theme::mutedText().name()));
        m_lastEvents.append(lastEvent);

        auto *cardLayout = new QVBoxLayout(card);
        cardLayout->setContentsMargins(10, 10, 10, 8);
        cardLayout->setSpacing(8);
        cardLayout->addWidget(screen);
        cardLayout->addWidget(controls);
        cardLayout->addWidget(lastEvent);

        m_stack->addWidget(card);
        m_cardWidgets.append(card);

        const QSignalBlocker blocker(m_picker);
        m_picker->addItem(name);
        m_picker->setItemData(i, name, kNameRole);
    }

    const qsizetype keep = m_names.indexOf(current);
    const int index = keep >= 0 ? int(keep) : (m_names.isEmpty() ? -1 : 0);
    const QSignalBlocker blocker(m_picker);
    m_picker->setCurrentIndex(index);
    if (index >= 0)
        m_stack->setCurrentIndex(index);
}

void VirtualTerminal::refresh()
{
    const QStringList names = m_side->terminals();
    if (names != m_names) {
        m_names = names;
        rebuild();
    }
    m_emptyLabel->setVisible(m_names.isEmpty());
    m_picker->setEnabled(!m_names.isEmpty());
    m_stack->setVisible(!m_names.isEmpty());

    QWidget *arrived = nullptr;
    for (int i = 0; i < m_names.size(); ++i) {
        const QString &name = m_names.at(i);
        QWidget *card = m_cardWidgets.value(i);
        if (!card)
            continue;
        const TerminalSide::Screen shown = m_side->screen(name);
        QLabel *screen = m_screens.at(i);
        if (shown.hasOrder) {
            screen->setText(QStringLiteral("<div style='font-size:large; font-weight:bold'>%1</div>"
                                           "<div>%2</div><div style='color:#AFC8DD'>%3</div>"
                                           "<div style='color:#FFD54F'>%4</div>")
                                .arg(shown.amount.toHtmlEscaped(), shown.description.toHtmlEscaped(),
                                     shown.detail.toHtmlEscaped(), shown.prompt.toHtmlEscaped()));
            screen->setStyleSheet(QStringLiteral("QLabel { background-color: #0B3D6B; color: white;"
                                                 " border-radius: 8px; padding: 4px 6px; }"));
        } else {
            screen->setText(QStringLiteral("<div style='font-weight:bold'>%1</div><div>%2</div>")
                                .arg(tr("Mercado Pago Point").toHtmlEscaped(), shown.idle.toHtmlEscaped()));
            screen->setStyleSheet(QStringLiteral("QLabel { background-color: #26323B; color: #AEB8C0;"
                                                 " border-radius: 8px; padding: 4px 6px; }"));
        }
        if (shown.hasOrder && !card->property("hasOrder").toBool())
            arrived = card;
        card->setProperty("hasOrder", shown.hasOrder);
        m_side->updateControls(m_controls.at(i), shown);
        static_cast<ElidedLabel *>(m_lastEvents.at(i))->setFullText(m_lastEvent.value(name));

        m_picker->setItemData(i, shown.state, kStateRole);
        m_picker->setItemText(i, tr("%1 \u2014 %2").arg(name, shown.state));
    }
    const QString full = m_picker->currentText();
    m_picker->setToolTip(full);
    m_picker->setAccessibleDescription(full);
    m_picker->update();

    // A new order comes forward, unless the customer is busy with another one; its first customer button (Approve)
    // takes this window's keyboard (without taking it from the cashier window), so that Space answers once here.
    if (arrived) {
        QWidget *current = m_stack->currentWidget();
        if (!current || !current->property("hasOrder").toBool() || current == arrived) {
            const int index = int(m_cardWidgets.indexOf(arrived));
            m_picker->setCurrentIndex(index);
            QWidget *focused = focusWidget();
            if (!focused || !focused->isEnabled() || !focused->isVisible() ||
                !focused->property("customerAction").isValid()) {
                if (QWidget *primary = m_controls.at(index)->focusProxy())
                    primary->setFocus(Qt::OtherFocusReason);
            }
        }
    }
}

void VirtualTerminal::onActed(const QString &terminal, const QString &lastEvent)
{
    m_lastEvent.insert(terminal, lastEvent);
    refresh();
    // The customer is done: the cashier's next keystrokes belong to the cashier window.
    returnToCashier();
}
