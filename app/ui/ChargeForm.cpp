#include "ui/ChargeForm.h"

#include "core/Validation.h"
#include "ui/Formatting.h"
#include "ui/FieldEdit.h"
#include "ui/PlateButton.h"
#include "ui/Theme.h"
#include "ui/WrappingLabel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcutEvent>
#include <QStringListModel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QLabel *makeErrorLabel(const QString &objectName, QWidget *parent, bool reserveSpace)
{
    auto *label = new WrappingLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setFont(Theme::scaled(parent->font(), 0.92));
    Theme::setTextColor(label, Theme::errorText());
    if (reserveSpace)
        label->setMinimumHeight(QFontMetrics(label->font()).height());
    else
        label->hide();
    return label;
}

// Scrolls the scroll area the form sits in (if any) just enough to show `first` down to the bottom of `last`, but
// never past the top of `first`: the opened More options stay inside the scroll area, in view.
void revealInScrollArea(QWidget *first, QWidget *last)
{
    QScrollArea *area = nullptr;
    for (QWidget *w = first->parentWidget(); w && !area; w = w->parentWidget())
        area = qobject_cast<QScrollArea *>(w);
    if (!area || !area->widget() || !area->widget()->isAncestorOf(first))
        return;
    QWidget *viewport = area->viewport();
    const int top = first->mapTo(viewport, QPoint(0, 0)).y();
    const int bottom = last->mapTo(viewport, QPoint(0, last->height())).y();
    if (bottom <= viewport->height() && top >= 0)
        return;
    const int delta = top < 0 ? top : qMin(top, bottom - viewport->height());
    area->verticalScrollBar()->setValue(area->verticalScrollBar()->value() + delta);
}

QLabel *makeFieldLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setFont(Theme::scaled(parent->font(), 1.0, QFont::DemiBold));
    return label;
}

} // namespace

ChargeForm::ChargeForm(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("chargeForm"));
    auto *title = new QLabel(tr("New sale"), this);
    title->setObjectName(QStringLiteral("saleTitle"));
    title->setFont(Theme::scaled(font(), 1.35, QFont::Bold));

    // Amount: the biggest thing on the form.
    auto *amountLabel = makeFieldLabel(tr("&Amount"), this);
    m_currencyLabel = new QLabel(this);
    m_currencyLabel->setObjectName(QStringLiteral("currencyLabel"));
    m_currencyLabel->setFont(Theme::scaled(font(), 2.2, QFont::DemiBold));
    Theme::setTextColor(m_currencyLabel, Theme::mutedText());
    m_amountEdit = new FieldEdit(this);
    m_amountEdit->setObjectName(QStringLiteral("amountEdit"));
    m_amountEdit->setAccessibleName(tr("Amount to charge"));
    m_amountEdit->setFont(Theme::scaled(font(), 2.4, QFont::DemiBold));
    m_amountEdit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_amountEdit->setMaxLength(32);
    m_amountEdit->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
    amountLabel->setBuddy(m_amountEdit);
    m_amountError = makeErrorLabel(QStringLiteral("amountError"), this, true);
    updateAmountHints();

    // Description, with its live character count.
    auto *descriptionLabel = makeFieldLabel(tr("D&escription"), this);
    m_descriptionCounter = new QLabel(this);
    m_descriptionCounter->setObjectName(QStringLiteral("descriptionCounter"));
    m_descriptionCounter->setAccessibleName(tr("Characters used in the description"));
    m_descriptionCounter->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_descriptionEdit = new FieldEdit(this);
    m_descriptionEdit->setObjectName(QStringLiteral("descriptionEdit"));
    m_descriptionEdit->setAccessibleName(tr("Description shown on the terminal"));
    m_descriptionEdit->setFont(Theme::scaled(font(), 1.3));
    m_descriptionEdit->setPlaceholderText(tr("What the customer sees on the terminal"));
    descriptionLabel->setBuddy(m_descriptionEdit);
    m_descriptionError = makeErrorLabel(QStringLiteral("descriptionError"), this, true);
    // The suggestions of earlier descriptions come with the first list of them (setRecentDescriptions()).

    // Card type.
    auto *cardLabel = makeFieldLabel(tr("Card"), this);
    m_creditRadio = new QRadioButton(tr("C&redit card"), this);
    m_creditRadio->setObjectName(QStringLiteral("creditRadio"));
    m_creditRadio->setAccessibleName(tr("Credit card"));
    m_creditRadio->setChecked(true);
    m_debitRadio = new QRadioButton(tr("De&bit card"), this);
    m_debitRadio->setObjectName(QStringLiteral("debitRadio"));
    m_debitRadio->setAccessibleName(tr("Debit card"));
    for (QRadioButton *radio : {m_creditRadio, m_debitRadio}) {
        radio->setFont(Theme::scaled(font(), 1.35));
        // Alt+R / Alt+B choose the card at once (see eventFilter), not after Qt's animated click.
        radio->installEventFilter(this);
    }
    // Tab stops at both cards. In a QButtonGroup or with auto-exclusive buttons, Qt takes the Tab stop away from
    // every button but the checked one (only the arrow keys, which nobody at the counter guesses, reach it): no
    // group, and one card checked at a time kept here.
    for (QRadioButton *radio : {m_creditRadio, m_debitRadio}) {
        radio->setAutoExclusive(false);
        QRadioButton *other = radio == m_creditRadio ? m_debitRadio : m_creditRadio;
        connect(radio, &QRadioButton::toggled, this, [radio, other](bool on) {
            if (on)
                other->setChecked(false);
            else if (!other->isChecked())
                radio->setChecked(true); // clicking the checked card keeps it checked
        });
    }

    // The action.
    auto *chargeButton = new PlateButton(tr("&Charge"), this);
    chargeButton->setLook(ButtonLook::primary());
    m_chargeButton = chargeButton;
    m_chargeButton->setObjectName(QStringLiteral("chargeButton"));
    m_chargeButton->setAccessibleName(tr("Charge"));
    m_chargeButton->setFont(Theme::scaled(font(), 1.45, QFont::Bold));
    m_chargeButton->setMinimumHeight(QFontMetrics(m_chargeButton->font()).height() * 2 + 8);
    m_chargeButton->setCursor(Qt::PointingHandCursor);
    m_chargeButton->setAutoDefault(true); // Enter on the focused button charges, as Space does
    connect(m_chargeButton, &QPushButton::clicked, this, &ChargeForm::attemptCharge);
    m_chargeHint = new WrappingLabel(this);
    m_chargeHint->setObjectName(QStringLiteral("chargeHint"));
    m_chargeHint->setTextFormat(Qt::PlainText);
    m_chargeHint->setAlignment(Qt::AlignHCenter | Qt::AlignTop);

    // More options, folded away: the cashier rarely needs them.
    m_moreButton = new QToolButton(this);
    m_moreButton->setObjectName(QStringLiteral("moreOptionsButton"));
    m_moreButton->setText(tr("&More options"));
    m_moreButton->setAccessibleName(tr("More options"));
    m_moreButton->setCheckable(true);
    m_moreButton->setAutoRaise(true);
    m_moreButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_moreButton->setArrowType(Qt::RightArrow);
    m_moreButton->setFocusPolicy(Qt::StrongFocus);
    m_moreButton->setToolTip(tr("Show or hide the external reference, the payer's e-mail, the notification URL and "
                                "the terminal's back button (Alt+M)."));

    m_morePanel = new QWidget(this);
    m_morePanel->setObjectName(QStringLiteral("moreOptionsPanel"));
    m_referenceEdit = new FieldEdit(m_morePanel);
    m_referenceEdit->setObjectName(QStringLiteral("externalReferenceEdit"));
    m_referenceEdit->setAccessibleName(tr("External reference"));
    m_referenceEdit->setToolTip(tr("Your own code for this sale; Mercado Pago returns it with the payment."));
    m_referenceError = makeErrorLabel(QStringLiteral("externalReferenceError"), m_morePanel, false);
    m_emailEdit = new FieldEdit(m_morePanel);
    m_emailEdit->setObjectName(QStringLiteral("payerEmailEdit"));
    m_emailEdit->setAccessibleName(tr("Payer e-mail"));
    m_emailEdit->setPlaceholderText(tr("Optional, like name@example.com"));
    m_emailError = makeErrorLabel(QStringLiteral("payerEmailError"), m_morePanel, false);
    m_urlEdit = new FieldEdit(m_morePanel);
    m_urlEdit->setObjectName(QStringLiteral("notificationUrlEdit"));
    m_urlEdit->setAccessibleName(tr("Notification URL"));
    m_urlEdit->setPlaceholderText(tr("Optional, like https://shop.example/notify"));
    m_urlError = makeErrorLabel(QStringLiteral("notificationUrlError"), m_morePanel, false);
    m_disableBackCheck = new QCheckBox(tr("Disab&le the terminal's back button"), m_morePanel);
    m_disableBackCheck->setObjectName(QStringLiteral("disableBackButtonCheck"));
    m_disableBackCheck->setAccessibleName(tr("Disable the terminal's back button"));
    m_disableBackCheck->setToolTip(tr("The customer cannot close the order with the terminal's back button."));

    auto *moreLayout = new QFormLayout(m_morePanel);
    moreLayout->setContentsMargins(22, 0, 0, 0);
    moreLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    moreLayout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_printCheck = new QCheckBox(tr("Print the receipt on the termina&l"), m_morePanel);
    m_printCheck->setObjectName(QStringLiteral("printOnTerminalCheck"));
    m_printCheck->setAccessibleName(tr("Print the receipt on the terminal"));
    m_printCheck->setToolTip(tr("Clear it when the customer does not want a printed receipt."));
    m_printCheck->setChecked(true);

    const auto addRow = [moreLayout, this](const QString &label, FieldEdit *edit, QLabel *error) {
        auto *column = new QVBoxLayout;
        column->setSpacing(2);
        column->addWidget(edit);
        column->addWidget(error);
        auto *rowLabel = new QLabel(label, m_morePanel);
        rowLabel->setBuddy(edit);
        moreLayout->addRow(rowLabel, column);
        return column;
    };
    addRow(tr("E&xternal reference"), m_referenceEdit, m_referenceError);
    m_emailRow = addRow(tr("&Payer e-mail"), m_emailEdit, m_emailError);
    m_urlRow = addRow(tr("Notification &URL"), m_urlEdit, m_urlError);
    moreLayout->addRow(m_disableBackCheck);
    moreLayout->addRow(m_printCheck);
    moreLayout->setRowVisible(m_printCheck, false); // Orders API only (setApi())
    // Folded, the panel keeps its room in the layout: opening or closing it moves nothing above or beside it, never
    // makes a scroll bar come or go (which would narrow every field), and never resizes the window.
    QSizePolicy morePolicy = m_morePanel->sizePolicy();
    morePolicy.setRetainSizeWhenHidden(true);
    m_morePanel->setSizePolicy(morePolicy);
    m_morePanel->hide();
    connect(m_moreButton, &QToolButton::toggled, this, [this](bool on) {
        m_moreButton->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        if (!on) {
            // The keyboard stays on the toggle instead of falling to whatever follows the hidden fields.
            if (m_morePanel->isAncestorOf(QApplication::focusWidget()))
                m_moreButton->setFocus(Qt::OtherFocusReason);
            m_morePanel->hide();
            return;
        }
        m_morePanel->show();
        revealInScrollArea(m_moreButton, m_morePanel);
        if (m_moreButton->hasFocus())
            m_referenceEdit->setFocus(Qt::OtherFocusReason);
    });

    // Layout.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(title);
    layout->addSpacing(6);
    layout->addWidget(amountLabel);
    auto *amountRow = new QHBoxLayout;
    amountRow->setSpacing(8);
    amountRow->addWidget(m_currencyLabel);
    amountRow->addWidget(m_amountEdit, 1);
    layout->addLayout(amountRow);
    layout->addWidget(m_amountError);
    layout->addSpacing(4);
    auto *descriptionHeader = new QHBoxLayout;
    descriptionHeader->addWidget(descriptionLabel, 1);
    descriptionHeader->addWidget(m_descriptionCounter);
    layout->addLayout(descriptionHeader);
    layout->addWidget(m_descriptionEdit);
    layout->addWidget(m_descriptionError);
    layout->addSpacing(4);
    auto *cardRow = new QHBoxLayout;
    cardRow->setSpacing(18);
    cardRow->addWidget(cardLabel);
    cardRow->addWidget(m_creditRadio);
    cardRow->addWidget(m_debitRadio);
    cardRow->addStretch(1);
    layout->addLayout(cardRow);
    layout->addSpacing(12);
    layout->addWidget(m_chargeButton);
    layout->addWidget(m_chargeHint);
    layout->addSpacing(6);
    layout->addWidget(m_moreButton, 0, Qt::AlignLeft);
    layout->addWidget(m_morePanel);
    layout->addStretch(1);

    // Keyboard order: amount -> description -> card type -> Charge, then the folded options.
    setTabOrder(m_amountEdit, m_descriptionEdit);
    setTabOrder(m_descriptionEdit, m_creditRadio);
    setTabOrder(m_creditRadio, m_debitRadio);
    setTabOrder(m_debitRadio, m_chargeButton);
    setTabOrder(m_chargeButton, m_moreButton);
    setTabOrder(m_moreButton, m_referenceEdit);
    setTabOrder(m_referenceEdit, m_emailEdit);
    setTabOrder(m_emailEdit, m_urlEdit);
    setTabOrder(m_urlEdit, m_disableBackCheck);
    setTabOrder(m_disableBackCheck, m_printCheck);

    // Validation as the cashier types; a field's message shows once it was edited or left, or Charge was tried.
    const QList<QPair<Field, FieldEdit *>> edits{{AmountField, m_amountEdit},
                                                 {DescriptionField, m_descriptionEdit},
                                                 {ReferenceField, m_referenceEdit},
                                                 {EmailField, m_emailEdit},
                                                 {UrlField, m_urlEdit}};
    for (const auto &[field, edit] : edits) {
        const Field f = field;
        connect(edit, &QLineEdit::textEdited, this, [this, f]() {
            m_touched[f] = true;
            validate();
        });
        connect(edit, &QLineEdit::textChanged, this, &ChargeForm::validate);
        connect(edit, &QLineEdit::editingFinished, this, [this, f]() {
            if (m_locked)
                return;
            m_touched[f] = true;
            validate();
        });
    }
    // Show how the amount was understood: "1250,5" becomes "1.250,50" once the cashier moves on.
    connect(m_amountEdit, &QLineEdit::editingFinished, this, [this]() {
        if (const auto money = amount()) {
            const QString formatted = money->toLocaleString(QLocale(), currency());
            if (formatted != m_amountEdit->text())
                m_amountEdit->setText(formatted);
        }
    });

    renewExternalReference();
    validate();
}

ChargeForm::~ChargeForm()
{
    // ~QWidget takes the focus away while the children still exist; the form's slots must not run by then.
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        edit->disconnect(this);
}

OrderRequest ChargeForm::request() const
{
    OrderRequest r;
    r.amount = amount().value_or(Money());
    r.description = m_descriptionEdit->text();
    r.cardType = m_debitRadio->isChecked() ? CardType::Debit : CardType::Credit;
    r.externalReference = m_referenceEdit->text();
    if (isOrders()) {
        // The Orders API has no payer e-mail, notification URL or back-button field: nothing hidden is sent.
        r.printOnTerminal = m_printCheck->isChecked();
        return r;
    }
    r.payerEmail = m_emailEdit->text().trimmed();
    r.notificationUrl = m_urlEdit->text();
    if (m_disableBackCheck->isChecked())
        r.disableBackButton = true;
    return r;
}

bool ChargeForm::isValid() const
{
    return m_valid;
}

std::optional<Money> ChargeForm::amount() const
{
    const Money::ParseResult parsed = Money::parse(m_amountEdit->text(), QLocale(), currency());
    if (!parsed.money || Validation::amount(*parsed.money))
        return std::nullopt;
    return parsed.money;
}

void ChargeForm::setCurrency(const Currency &currency)
{
    if (m_currency == currency)
        return;
    m_currency = currency;
    updateAmountHints();
    validate();
}

void ChargeForm::setApi(const QString &apiKey)
{
    const QString key = apiKey.trimmed().toLower();
    if (key.isEmpty() || key == m_apiKey)
        return;
    m_apiKey = key;
    const bool orders = isOrders();
    auto *more = static_cast<QFormLayout *>(m_morePanel->layout());
    more->setRowVisible(m_emailRow, !orders);
    more->setRowVisible(m_urlRow, !orders);
    more->setRowVisible(m_disableBackCheck, !orders);
    more->setRowVisible(m_printCheck, orders);
    m_moreButton->setToolTip(orders ? tr("Show or hide the external reference and whether the terminal prints the "
                                         "receipt (Alt+M).")
                                    : tr("Show or hide the external reference, the payer's e-mail, the notification "
                                         "URL and the terminal's back button (Alt+M)."));
    validate();
}

bool ChargeForm::isOrders() const
{
    return m_apiKey == QLatin1String("orders");
}

int ChargeForm::maxDescriptionChars() const
{
    return isOrders() ? Validation::kMaxOrdersDescriptionChars : Validation::kMaxDescriptionChars;
}

Currency ChargeForm::currency() const
{
    return m_currency.value_or(Formatting::defaultCurrency());
}

void ChargeForm::updateAmountHints()
{
    const Currency money = currency();
    const QLocale locale;
    m_currencyLabel->setText(money.symbol());
    m_currencyLabel->setAccessibleName(money.name());
    m_amountEdit->setPlaceholderText(Money::fromCents(0).toLocaleString(locale, money));
    const QString example = Money::fromCents(money.hasMinorUnits() ? 125050 : 150000).toLocaleString(locale, money);
    if (money.hasMinorUnits()) {
        //: %1 is a currency with its code, like "Argentine peso (ARS)"; %2 an example amount.
        m_amountEdit->setToolTip(tr("The amount in %1, like %2.").arg(money.displayName(), example));
    } else {
        //: %1 is a currency with its code, like "Chilean peso (CLP)"; %2 an example amount.
        m_amountEdit->setToolTip(
            tr("The amount in %1, whole, without cents, like %2.").arg(money.displayName(), example));
    }
}

QString ChargeForm::issueFor(Field field) const
{
    switch (field) {
    case AmountField: {
        const Money::ParseResult parsed = Money::parse(m_amountEdit->text(), QLocale(), currency());
        if (!parsed.money)
            return Money::errorMessage(parsed.error, QLocale(), currency());
        if (const auto issue = Validation::amount(*parsed.money))
            return issue->message;
        return {};
    }
    case DescriptionField:
        if (const auto issue = isOrders() ? Validation::ordersDescription(m_descriptionEdit->text())
                                          : Validation::description(m_descriptionEdit->text()))
            return issue->message;
        return {};
    case ReferenceField:
        if (const auto issue = isOrders() ? Validation::ordersExternalReference(m_referenceEdit->text())
                                          : Validation::externalReference(m_referenceEdit->text()))
            return issue->message;
        return {};
    case EmailField:
        if (isOrders())
            return {}; // hidden: the Orders API has no such field
        if (const auto issue = Validation::payerEmail(m_emailEdit->text()))
            return issue->message;
        return {};
    case UrlField:
        if (isOrders())
            return {};
        if (const auto issue = Validation::notificationUrl(m_urlEdit->text()))
            return issue->message;
        return {};
    case FieldCount:
        break;
    }
    return {};
}

FieldEdit *ChargeForm::editFor(Field field) const
{
    switch (field) {
    case AmountField:
        return m_amountEdit;
    case DescriptionField:
        return m_descriptionEdit;
    case ReferenceField:
        return m_referenceEdit;
    case EmailField:
        return m_emailEdit;
    case UrlField:
        return m_urlEdit;
    case FieldCount:
        break;
    }
    return nullptr;
}

void ChargeForm::showIssue(Field field, const QString &message)
{
    QLabel *label = nullptr;
    switch (field) {
    case AmountField:
        label = m_amountError;
        break;
    case DescriptionField:
        label = m_descriptionError;
        break;
    case ReferenceField:
        label = m_referenceError;
        break;
    case EmailField:
        label = m_emailError;
        break;
    case UrlField:
        label = m_urlError;
        break;
    case FieldCount:
        return;
    }
    label->setText(message);
    if (field != AmountField && field != DescriptionField)
        label->setVisible(!message.isEmpty());
    FieldEdit *edit = editFor(field);
    edit->setAccessibleDescription(message);
    edit->setInvalid(!message.isEmpty());
}

void ChargeForm::validate()
{
    bool valid = true;
    std::optional<Field> firstShown;
    for (int i = 0; i < FieldCount; ++i) {
        const Field field = Field(i);
        const QString issue = issueFor(field);
        if (!issue.isEmpty())
            valid = false;
        const QString shown = m_touched[field] ? issue : QString();
        if (!shown.isEmpty() && !firstShown)
            firstShown = field;
        showIssue(field, shown);
    }

    const int count = Validation::characterCount(m_descriptionEdit->text());
    const int maxChars = maxDescriptionChars();
    m_descriptionCounter->setText(tr("%1/%2").arg(count).arg(maxChars));
    const bool tooLong = count > maxChars;
    Theme::setTextColor(m_descriptionCounter, tooLong ? Theme::errorText() : Theme::mutedText());
    m_descriptionCounter->setAccessibleDescription(
        tr("%1 of at most %2 characters").arg(count).arg(maxChars));

    const std::optional<Money> money = amount();
    m_chargeButton->setText(money ? tr("&Charge %1").arg(Formatting::currency(*money, QLocale(), currency()))
                                  : tr("&Charge"));
    m_chargeButton->setEnabled(valid && !m_locked && m_blockedReason.isEmpty());

    QString hint;
    if (!m_blockedReason.isEmpty())
        hint = m_blockedReason;
    else if (valid)
        hint = tr("Press Enter to charge.");
    else if (firstShown)
        hint = fixHint(*firstShown);
    else
        hint = tr("Enter the amount and a description to charge.");
    m_chargeHint->setText(hint);
    m_chargeButton->setAccessibleDescription(hint);
    const bool problem = !m_blockedReason.isEmpty() && !m_locked;
    Theme::setTextColor(m_chargeHint, problem ? Theme::errorText() : Theme::mutedText());

    m_valid = valid;
    Q_EMIT changed();
}

QString ChargeForm::fixHint(Field field)
{
    // Where the problem is: the More options fields sit below the button, and may be folded away.
    switch (field) {
    case AmountField:
        return tr("Fix the amount to charge.");
    case DescriptionField:
        return tr("Fix the description to charge.");
    case ReferenceField:
        return tr("Fix the external reference, under More options, to charge.");
    case EmailField:
        return tr("Fix the payer e-mail, under More options, to charge.");
    case UrlField:
        return tr("Fix the notification URL, under More options, to charge.");
    case FieldCount:
        break;
    }
    return QString();
}

void ChargeForm::attemptCharge()
{
    if (m_locked)
        return;
    for (bool &touched : m_touched)
        touched = true;
    validate();
    if (m_valid && m_blockedReason.isEmpty()) {
        Q_EMIT chargeRequested();
        return;
    }
    // Take the cashier to the first thing to fix.
    for (int i = 0; i < FieldCount; ++i) {
        if (!issueFor(Field(i)).isEmpty()) {
            if (i >= ReferenceField)
                setMoreOptionsExpanded(true);
            editFor(Field(i))->setFocus(Qt::OtherFocusReason);
            editFor(Field(i))->selectAll();
            return;
        }
    }
}

void ChargeForm::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->accept();
        attemptCharge();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ChargeForm::setBlockedReason(const QString &reason)
{
    if (reason == m_blockedReason)
        return;
    m_blockedReason = reason;
    validate();
}

void ChargeForm::setInputsLocked(bool locked)
{
    if (locked == m_locked)
        return;
    m_locked = locked;
    for (QWidget *w : std::initializer_list<QWidget *>{m_amountEdit, m_descriptionEdit, m_creditRadio, m_debitRadio,
                                                       m_referenceEdit, m_emailEdit, m_urlEdit, m_disableBackCheck,
                                                       m_printCheck})
        w->setEnabled(!locked);
    validate();
}

void ChargeForm::setRecentDescriptions(const QStringList &descriptions)
{
    if (!m_completer) {
        // Made with the first list, not with the form: the completer and its pop-up list are not needed in the
        // window's first frame (MainWindow hands the list over right after it).
        m_recentModel = new QStringListModel(this);
        m_completer = new QCompleter(m_recentModel, this);
        m_completer->setObjectName(QStringLiteral("descriptionCompleter"));
        m_completer->setCaseSensitivity(Qt::CaseInsensitive);
        m_completer->setFilterMode(Qt::MatchContains);
        m_completer->setCompletionMode(QCompleter::PopupCompletion);
        m_descriptionEdit->setCompleter(m_completer);
        // Enter in the suggestion list charges (see eventFilter): the list must not swallow it.
        m_completer->popup()->installEventFilter(this);
    }
    m_recentModel->setStringList(descriptions);
}

bool ChargeForm::isMoreOptionsExpanded() const
{
    return m_moreButton->isChecked();
}

void ChargeForm::setMoreOptionsExpanded(bool expanded)
{
    m_moreButton->setChecked(expanded);
}

void ChargeForm::clearForNewSale()
{
    // Focus first: leaving a field marks it touched, and a fresh sale must not start with complaints.
    focusAmount();
    {
        const QSignalBlocker a(m_amountEdit);
        const QSignalBlocker d(m_descriptionEdit);
        const QSignalBlocker e(m_emailEdit);
        m_amountEdit->clear();
        m_descriptionEdit->clear();
        m_emailEdit->clear();
    }
    m_printCheck->setChecked(true); // each customer is asked again
    renewExternalReference();
    for (bool &touched : m_touched)
        touched = false;
    validate();
}

void ChargeForm::readyForNextSale()
{
    focusAmount();
    {
        const QSignalBlocker e(m_emailEdit);
        m_emailEdit->clear(); // the e-mail is the last customer's
    }
    m_printCheck->setChecked(true); // each customer is asked again
    renewExternalReference();
    for (bool &touched : m_touched)
        touched = false;
    validate();
    m_amountEdit->selectAll();
}

void ChargeForm::typeIntoAmount(const QString &text)
{
    if (m_locked)
        return;
    m_amountEdit->setFocus(Qt::OtherFocusReason);
    m_amountEdit->insert(text);
}

void ChargeForm::focusAmount()
{
    m_amountEdit->setFocus(Qt::OtherFocusReason);
    m_amountEdit->selectAll();
}

QString ChargeForm::defaultExternalReference(const QDateTime &when)
{
    return QStringLiteral("PD-") + when.toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
}

void ChargeForm::renewExternalReference()
{
    QDateTime now = QDateTime::currentDateTime();
    QString reference = defaultExternalReference(now);
    // Two sales within the same millisecond must still get different references.
    while (reference == m_lastReference) {
        now = now.addMSecs(1);
        reference = defaultExternalReference(now);
    }
    m_lastReference = reference;
    m_referenceEdit->setText(reference);
}

bool ChargeForm::eventFilter(QObject *watched, QEvent *event)
{
    // Enter in the description's suggestion list takes the suggestion chosen (if any) and charges, as Enter
    // anywhere in a valid form does; left to QCompleter it only closed the list.
    if (event->type() == QEvent::KeyPress && m_completer && watched == m_completer->popup()) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            const QModelIndex chosen = m_completer->popup()->currentIndex();
            if (chosen.isValid())
                m_descriptionEdit->setText(chosen.data(m_completer->completionRole()).toString());
            m_completer->popup()->hide();
            attemptCharge();
            return true;
        }
    }
    // A mnemonic presses a button for 100 ms before it clicks it; Enter within that moment charged the card that was
    // still checked, while the form went on to show the other one. Check the radio button when its key is pressed.
    if (event->type() == QEvent::Shortcut && (watched == m_creditRadio || watched == m_debitRadio)) {
        auto *radio = static_cast<QRadioButton *>(watched);
        if (radio->isEnabled() && !static_cast<QShortcutEvent *>(event)->isAmbiguous()) {
            radio->setFocus(Qt::ShortcutFocusReason);
            radio->setChecked(true);
            return true;
        }
    }
    // The arrow keys move between the two cards and choose, as in a radio group (Tab reaches each card too).
    if (event->type() == QEvent::KeyPress && (watched == m_creditRadio || watched == m_debitRadio)) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Left || key == Qt::Key_Right || key == Qt::Key_Up || key == Qt::Key_Down) {
            QRadioButton *other = watched == m_creditRadio ? m_debitRadio : m_creditRadio;
            if (other->isEnabled()) {
                other->setFocus(Qt::TabFocusReason);
                other->setChecked(true);
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QWidget *ChargeForm::lastInTabOrder() const
{
    return m_printCheck;
}
