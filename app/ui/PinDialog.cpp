#include "ui/PinDialog.h"

#include "store/ManagerPin.h"
#include "ui/Theme.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTimer>
#include <QVBoxLayout>

namespace {

// Word-wrapped sentences change height with their text; a top-level window does not grow by itself to keep them
// whole. Grow it (never shrink it) once the layout has caught up.
void growToFit(QWidget *window)
{
    QTimer::singleShot(0, window, [window]() {
        if (QLayout *layout = window->layout()) {
            layout->activate();
            const int needed = qMax(layout->totalMinimumSize().height(), window->heightForWidth(window->width()));
            if (needed > window->height())
                window->resize(window->width(), needed);
        }
    });
}

QLineEdit *secretField(QWidget *parent, const QString &name, const QString &accessibleName, bool digitsOnly)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    edit->setEchoMode(QLineEdit::Password);
    if (digitsOnly) {
        edit->setMaxLength(ManagerPin::kMaxDigits);
        edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,8}")), edit));
        edit->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
        const int em = edit->fontMetrics().horizontalAdvance(QLatin1Char('0'));
        edit->setMinimumWidth(em * 14);
    } else {
        edit->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    }
    return edit;
}

} // namespace

PinDialog::PinDialog(Mode mode, ManagerSession *session, QWidget *parent)
    : QDialog(parent), m_mode(mode), m_session(session)
{
    setObjectName(mode == Mode::Unlock ? QStringLiteral("pinDialog") : QStringLiteral("changePinDialog"));
    setWindowTitle(mode == Mode::Unlock ? tr("Manager mode") : tr("Change the manager PIN"));
    setAccessibleName(windowTitle());
    setWindowModality(Qt::WindowModal);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pinTitle"));
    m_title->setFont(Theme::scaled(font(), 1.3, QFont::Bold));
    m_purpose = new QLabel(this);
    m_purpose->setObjectName(QStringLiteral("pinPurposeLabel"));
    m_purpose->setWordWrap(true);
    m_purpose->hide();
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("pinExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(Theme::mutedText().name()));

    m_tokenEdit = secretField(this, QStringLiteral("tokenProofEdit"), tr("The saved access token"), false);
    m_pinEdit = secretField(this, QStringLiteral("pinEdit"),
                            mode == Mode::Change ? tr("The current manager PIN") : tr("Manager PIN"), true);
    m_newPinEdit = secretField(this, QStringLiteral("newPinEdit"), tr("New manager PIN"), true);
    m_confirmEdit = secretField(this, QStringLiteral("confirmPinEdit"), tr("New manager PIN again"), true);

    m_tokenLabel = new QLabel(tr("Access &token:"), this);
    m_tokenLabel->setBuddy(m_tokenEdit);
    m_pinLabel = new QLabel(mode == Mode::Change ? tr("&Current PIN:") : tr("&PIN:"), this);
    m_pinLabel->setBuddy(m_pinEdit);
    m_newPinLabel = new QLabel(tr("&New PIN:"), this);
    m_newPinLabel->setBuddy(m_newPinEdit);
    m_confirmLabel = new QLabel(tr("New PIN &again:"), this);
    m_confirmLabel->setBuddy(m_confirmEdit);

    auto *fields = new QFormLayout;
    fields->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    fields->addRow(m_tokenLabel, m_tokenEdit);
    fields->addRow(m_pinLabel, m_pinEdit);
    fields->addRow(m_newPinLabel, m_newPinEdit);
    fields->addRow(m_confirmLabel, m_confirmEdit);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("pinErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(Theme::errorText().name()));
    m_error->setAccessibleName(tr("Problem"));
    m_error->hide();

    m_okButton = new QPushButton(this);
    m_okButton->setObjectName(QStringLiteral("pinOkButton"));
    m_okButton->setDefault(true);
    m_okButton->setAutoDefault(true);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("pinCancelButton"));
    m_cancelButton->setAccessibleName(tr("Cancel"));
    m_cancelButton->setAutoDefault(false);
    connect(m_okButton, &QPushButton::clicked, this, &PinDialog::submit);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_okButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addWidget(m_purpose);
    layout->addWidget(m_explanation);
    layout->addLayout(fields);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addLayout(buttons);

    for (QLineEdit *edit : {m_tokenEdit, m_pinEdit, m_newPinEdit, m_confirmEdit})
        connect(edit, &QLineEdit::textChanged, this, &PinDialog::updateOkButton);

    m_lockoutTick.setInterval(1000);
    connect(&m_lockoutTick, &QTimer::timeout, this, &PinDialog::updateLockout);

    // No minimum on the dialog itself: then the layout sets it, and the wrapped sentences keep their full height.
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    for (QLabel *label : {m_purpose, m_explanation, m_error})
        label->setMinimumWidth(em * 32);

    if (mode == Mode::Change) {
        setForm(Form::ChangePin);
        return;
    }
    setForm(Form::Checking);
    if (!m_session) {
        setForm(Form::Unavailable);
        return;
    }
    m_session->queryPin(this, [this](ManagerSession::PinState state, const TokenStore::Result &read) {
        if (state == ManagerSession::PinState::Set) {
            setForm(Form::EnterPin);
        } else if (state == ManagerSession::PinState::NotSet && m_session->isUnprotectedEntryAllowed()) {
            // Demo mode with no account: nothing real to protect, so no PIN is asked for.
            m_waiting = true;
            m_session->unlock(QString(), this, [this](const ManagerSession::Result &r) { onResult(r); });
        } else if (state == ManagerSession::PinState::NotSet) {
            setForm(Form::CreatePin);
        } else {
            setForm(Form::Unavailable);
            showError(read.message());
        }
    });
}

void PinDialog::setPurpose(const QString &text)
{
    m_purpose->setText(text);
    m_purpose->setVisible(!text.isEmpty());
    growToFit(this);
}

QString PinDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void PinDialog::setForm(Form form)
{
    m_form = form;
    const bool token = form == Form::CreatePin || form == Form::ResetPin;
    const bool pin = form == Form::EnterPin || form == Form::ChangePin;
    const bool newPin = form == Form::CreatePin || form == Form::ResetPin || form == Form::ChangePin;
    m_tokenLabel->setVisible(token);
    m_tokenEdit->setVisible(token);
    m_pinLabel->setVisible(pin);
    m_pinEdit->setVisible(pin);
    m_newPinLabel->setVisible(newPin);
    m_newPinEdit->setVisible(newPin);
    m_confirmLabel->setVisible(newPin);
    m_confirmEdit->setVisible(newPin);

    switch (form) {
    case Form::Checking:
        m_title->setText(tr("Manager mode"));
        m_explanation->setText(tr("Checking whether a manager PIN is set\u2026"));
        m_okButton->setText(tr("&Enter manager mode"));
        break;
    case Form::EnterPin:
        m_title->setText(tr("Enter the manager PIN"));
        m_explanation->setText(tr("Manager mode unlocks the manager's tools: the terminals, the access token, the "
                                  "PIN and signing out. It ends by itself after a few minutes without use."));
        m_okButton->setText(tr("&Enter manager mode"));
        m_pinEdit->setFocus(Qt::OtherFocusReason);
        break;
    case Form::CreatePin:
        m_title->setText(tr("Set a manager PIN"));
        m_explanation->setText(tr("No manager PIN is set on this computer yet (the account was set up with "
                                  "pointdesk-cli). To prove you are the manager, paste the access token saved on "
                                  "this computer, then choose a PIN of 4 to 8 digits that cashiers do not know."));
        m_okButton->setText(tr("&Set PIN and enter manager mode"));
        m_tokenEdit->setFocus(Qt::OtherFocusReason);
        break;
    case Form::ResetPin:
        m_title->setText(tr("Reset the manager PIN"));
        m_explanation->setText(tr("The manager PIN saved on this computer is damaged, so no PIN can be checked "
                                  "against it. To prove you are the manager, paste the access token saved on this "
                                  "computer, then choose a new PIN of 4 to 8 digits."));
        m_okButton->setText(tr("&Reset PIN and enter manager mode"));
        m_tokenEdit->setFocus(Qt::OtherFocusReason);
        break;
    case Form::ChangePin:
        m_title->setText(tr("Change the manager PIN"));
        m_explanation->setText(tr("Type the current PIN, then the new one (4 to 8 digits) twice."));
        m_okButton->setText(tr("&Change PIN"));
        m_pinEdit->setFocus(Qt::OtherFocusReason);
        break;
    case Form::Unavailable:
        m_title->setText(tr("Manager mode"));
        m_explanation->setText(tr("PointDesk cannot read the manager PIN right now."));
        m_okButton->setText(tr("&Enter manager mode"));
        break;
    }
    const QString plain = m_okButton->text().remove(QLatin1Char('&'));
    m_okButton->setAccessibleName(plain);
    // Room around the words: the style's own padding is thin for a button that is often disabled (grey on grey).
    const int em = m_okButton->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_okButton->setMinimumWidth(m_okButton->fontMetrics().horizontalAdvance(plain) + em * 2);
    updateLockout();
    updateOkButton();
    adjustSize();
    growToFit(this);
}

void PinDialog::updateOkButton()
{
    bool filled = false;
    switch (m_form) {
    case Form::EnterPin:
        filled = !m_pinEdit->text().isEmpty();
        break;
    case Form::CreatePin:
    case Form::ResetPin:
        filled = !m_tokenEdit->text().trimmed().isEmpty() && !m_newPinEdit->text().isEmpty() &&
                 !m_confirmEdit->text().isEmpty();
        break;
    case Form::ChangePin:
        filled = !m_pinEdit->text().isEmpty() && !m_newPinEdit->text().isEmpty() && !m_confirmEdit->text().isEmpty();
        break;
    case Form::Checking:
    case Form::Unavailable:
        break;
    }
    const bool locked = m_session && m_session->isLockedOut();
    m_okButton->setEnabled(filled && !m_waiting && !locked);
    for (QLineEdit *edit : {m_tokenEdit, m_pinEdit, m_newPinEdit, m_confirmEdit})
        edit->setEnabled(!m_waiting && !locked);
}

void PinDialog::updateLockout()
{
    if (!m_session)
        return;
    if (m_session->isLockedOut()) {
        ManagerSession::Result locked;
        locked.outcome = ManagerSession::Outcome::LockedOut;
        locked.lockedUntil = m_session->lockedUntil();
        showError(locked.message());
        if (!m_lockoutTick.isActive())
            m_lockoutTick.start();
        updateOkButton();
    } else if (m_lockoutTick.isActive()) {
        // The lockout is over while the dialog is open: the fields come back, and the keyboard with them (a
        // disabled field cannot take the focus, so they are enabled first).
        m_lockoutTick.stop();
        showError(QString());
        updateOkButton();
        if (QLineEdit *field = firstField(); field && field->isVisible() && field->isEnabled())
            field->setFocus(Qt::OtherFocusReason);
    } else {
        updateOkButton();
    }
}

QLineEdit *PinDialog::firstField() const
{
    switch (m_form) {
    case Form::CreatePin:
    case Form::ResetPin:
        return m_tokenEdit;
    case Form::EnterPin:
    case Form::ChangePin:
        return m_pinEdit;
    case Form::Checking:
    case Form::Unavailable:
        break;
    }
    return nullptr;
}

QString PinDialog::resultText(const ManagerSession::Result &result)
{
    // English has no plural forms of its own here (it is the source language): the one-try case is a sentence of
    // its own; the translations carry their plural forms in the %n entries.
    const int left = result.remainingTries;
    switch (result.outcome) {
    case ManagerSession::Outcome::WrongPin:
        return left == 1
                   ? tr("That PIN is not right. One more wrong try locks manager mode for a while.")
                   : tr("That PIN is not right. %n more wrong tries lock manager mode for a while.", nullptr, left);
    case ManagerSession::Outcome::WrongToken:
        return left == 1 ? tr("That is not the access token saved on this computer. One more wrong try locks "
                              "manager mode for a while.")
                         : tr("That is not the access token saved on this computer. %n more wrong tries lock "
                              "manager mode for a while.",
                              nullptr, left);
    default:
        break;
    }
    return result.message();
}

void PinDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    growToFit(this);
}

void PinDialog::submit()
{
    if (!m_session || m_waiting || !m_okButton->isEnabled())
        return;
    const auto done = [this](const ManagerSession::Result &result) { onResult(result); };
    const auto invalid = []() {
        ManagerSession::Result r;
        r.outcome = ManagerSession::Outcome::InvalidPin;
        return r.message();
    };
    switch (m_form) {
    case Form::EnterPin:
        if (!ManagerPin::isValidPin(m_pinEdit->text())) {
            showError(invalid());
            return;
        }
        m_waiting = true;
        showError(QString());
        m_explanation->setText(tr("Checking the PIN\u2026"));
        m_session->unlock(m_pinEdit->text(), this, done);
        break;
    case Form::CreatePin:
    case Form::ResetPin:
    case Form::ChangePin:
        if (m_form == Form::ChangePin && !ManagerPin::isValidPin(m_pinEdit->text())) {
            showError(tr("The current PIN is 4 to 8 digits."));
            m_pinEdit->setFocus(Qt::OtherFocusReason);
            return;
        }
        if (!ManagerPin::isValidPin(m_newPinEdit->text())) {
            showError(tr("The new PIN must be 4 to 8 digits."));
            m_newPinEdit->setFocus(Qt::OtherFocusReason);
            return;
        }
        if (ManagerPin::isTrivialPin(m_newPinEdit->text())) {
            m_confirmEdit->clear();
            m_newPinEdit->selectAll();
            m_newPinEdit->setFocus(Qt::OtherFocusReason);
            showError(ManagerPin::trivialPinMessage());
            return;
        }
        if (m_newPinEdit->text() != m_confirmEdit->text()) {
            m_confirmEdit->clear();
            m_confirmEdit->setFocus(Qt::OtherFocusReason);
            showError(tr("The two new PINs are not the same. Type the new PIN again in both fields."));
            return;
        }
        m_waiting = true;
        showError(QString());
        if (m_form == Form::CreatePin || m_form == Form::ResetPin)
            m_session->createPin(m_tokenEdit->text(), m_newPinEdit->text(), this, done);
        else
            m_session->changePin(m_pinEdit->text(), m_newPinEdit->text(), this, done);
        break;
    case Form::Checking:
    case Form::Unavailable:
        return;
    }
    updateOkButton();
}

void PinDialog::onResult(const ManagerSession::Result &result)
{
    m_waiting = false;
    if (result.ok()) {
        // Secrets do not linger in widgets that outlive the moment.
        for (QLineEdit *edit : {m_tokenEdit, m_pinEdit, m_newPinEdit, m_confirmEdit})
            edit->clear();
        Q_EMIT succeeded();
        accept();
        return;
    }
    if (m_form == Form::EnterPin)
        setForm(Form::EnterPin); // restores the explanation after "Checking the PIN..."
    switch (result.outcome) {
    case ManagerSession::Outcome::WrongPin:
    case ManagerSession::Outcome::LockedOut:
        m_pinEdit->clear();
        if (m_form == Form::EnterPin || m_form == Form::ChangePin)
            m_pinEdit->setFocus(Qt::OtherFocusReason);
        break;
    case ManagerSession::Outcome::WrongToken:
        m_tokenEdit->clear();
        m_tokenEdit->setFocus(Qt::OtherFocusReason);
        break;
    case ManagerSession::Outcome::PinAlreadySet:
        setForm(Form::EnterPin);
        break;
    case ManagerSession::Outcome::NotActive:
        reject();
        return;
    case ManagerSession::Outcome::PinDamaged:
        // The form itself says why; the token and a new PIN are the way out.
        for (QLineEdit *edit : {m_pinEdit, m_newPinEdit, m_confirmEdit})
            edit->clear();
        setForm(Form::ResetPin);
        showError(QString());
        return;
    case ManagerSession::Outcome::Cancelled:
        return;
    default:
        break;
    }
    showError(resultText(result));
    updateLockout();
}

void PinDialog::reject()
{
    if (m_waiting && m_session) {
        m_session->cancelCheck();
        m_waiting = false;
    }
    for (QLineEdit *edit : {m_tokenEdit, m_pinEdit, m_newPinEdit, m_confirmEdit})
        edit->clear();
    QDialog::reject();
}
