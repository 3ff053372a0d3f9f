#include "ui/setup/PinPage.h"

#include "sales/AccountSetup.h"
#include "store/ManagerPin.h"
#include "store/ManagerSession.h"
#include "ui/PinDialog.h"
#include "ui/SetupWizard.h"
#include "ui/setup/SetupLook.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using namespace SetupLook;

PinPage::PinPage(SetupWizard *wizard, AccountSetup *setup) : QWizardPage(wizard), m_wizard(wizard), m_setup(setup)
{
    setObjectName(QStringLiteral("setupPinPage"));
    setTitle(tr("The manager PIN"));
    setSubTitle(tr("It protects the manager's tools from anyone at the counter."));
    m_what = paragraph(QString(), this, QStringLiteral("pinExplanation"));
    const auto field = [this](const QString &name, const QString &accessible) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        edit->setEchoMode(QLineEdit::Password);
        edit->setMaxLength(ManagerPin::kMaxDigits);
        edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,8}")), edit));
        edit->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
        connect(edit, &QLineEdit::textChanged, this, [this]() {
            if (!m_setup->isCheckingPin() && !lockedOut())
                setLine(m_status, liveProblem(), LineTone::Problem);
            Q_EMIT completeChanged();
        });
        return edit;
    };
    m_current = field(QStringLiteral("setupCurrentPinEdit"), tr("The manager PIN set on this computer"));
    m_pin = field(QStringLiteral("setupPinEdit"), tr("Manager PIN"));
    m_confirm = field(QStringLiteral("setupPinConfirmEdit"), tr("Manager PIN again"));
    m_form = new QFormLayout;
    m_form->addRow(tr("Manager &PIN:"), m_current);
    m_form->addRow(tr("Manager &PIN:"), m_pin);
    m_form->addRow(tr("PIN &again:"), m_confirm);
    m_status = statusLine(this, QStringLiteral("pinStatusLabel"), tr("Problem with the PIN"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_what);
    layout->addLayout(m_form);
    layout->addWidget(m_status);
    layout->addStretch(1);

    m_lockoutTick.setInterval(1000);
    connect(&m_lockoutTick, &QTimer::timeout, this, &PinPage::updateLockout);
    connect(m_setup, &AccountSetup::storedPinChecked, this, &PinPage::onStoredPinChecked);
    showForm();
}

void PinPage::showForm()
{
    const bool stored = m_setup->keepsStoredPin();
    m_form->setRowVisible(m_current, stored);
    m_form->setRowVisible(m_pin, !stored);
    m_form->setRowVisible(m_confirm, !stored);
    if (stored)
        m_what->setText(tr("A manager PIN is already set on this computer. Enter it to set up the account: the "
                           "PIN stays as it is. Wrong PINs count towards the same lockout as manager mode. If "
                           "nobody knows it any more, the computer's administrator can remove PointDesk's "
                           "\"manager-pin\" entry from the system keychain; then set up the account again."));
    else if (m_setup->pinState() == AccountSetup::PinState::Checking)
        m_what->setText(tr("Checking whether a manager PIN is set on this computer\u2026"));
    else
        m_what->setText(tr("Manager mode changes the access token, frees and removes terminals, and signs "
                           "out. Choose a PIN of 4 to 8 digits that cashiers do not know, not the same digit "
                           "repeated and not a run like 1234. PointDesk keeps only a salted hash of it, in the "
                           "keychain."));
    if (isVisible())
        firstField()->setFocus(Qt::OtherFocusReason);
    updateLockout();
    Q_EMIT completeChanged();
}

void PinPage::initializePage()
{
    showForm();
    firstField()->setFocus(Qt::OtherFocusReason);
}

void PinPage::cleanupPage()
{
    m_lockoutTick.stop();
    QWizardPage::cleanupPage();
}

bool PinPage::isComplete() const
{
    if (m_setup->isCheckingPin() || m_setup->pinState() == AccountSetup::PinState::Checking)
        return false;
    if (m_setup->keepsStoredPin())
        return m_setup->isPinProven() || (!lockedOut() && !m_current->text().isEmpty());
    return !m_pin->text().isEmpty() && !m_confirm->text().isEmpty();
}

bool PinPage::validatePage()
{
    if (m_setup->keepsStoredPin())
        return validateStoredPin();
    const AccountSetup::NewPinProblem problem = AccountSetup::newPinProblem(m_pin->text(), m_confirm->text());
    switch (problem) {
    case AccountSetup::NewPinProblem::None:
        m_setup->setNewPin(m_pin->text());
        return true;
    case AccountSetup::NewPinProblem::Invalid:
        m_pin->setFocus(Qt::OtherFocusReason);
        break;
    case AccountSetup::NewPinProblem::Trivial:
        m_confirm->clear(); // before the message: editing a field clears the message
        m_pin->selectAll();
        m_pin->setFocus(Qt::OtherFocusReason);
        break;
    case AccountSetup::NewPinProblem::Mismatch:
        m_confirm->clear(); // before the message: editing a field clears the message
        m_confirm->setFocus(Qt::OtherFocusReason);
        break;
    }
    setLine(m_status, AccountSetup::newPinProblemText(problem), LineTone::Problem);
    return false;
}

QString PinPage::liveProblem() const
{
    // Said while typing, not only at Next: a PIN that will be refused (1111, 1234) as soon as it has its digits, a
    // second entry that differs as soon as it is as long as the first.
    if (m_setup->keepsStoredPin())
        return QString();
    const QString pin = m_pin->text();
    const QString again = m_confirm->text();
    if (pin.size() >= ManagerPin::kMinDigits) {
        const AccountSetup::NewPinProblem alone = AccountSetup::newPinProblem(pin, pin);
        if (alone != AccountSetup::NewPinProblem::None)
            return AccountSetup::newPinProblemText(alone);
    } else if (!again.isEmpty()) {
        return AccountSetup::newPinProblemText(AccountSetup::newPinProblem(pin, again));
    }
    if (!pin.isEmpty() && again.size() >= pin.size() && again != pin)
        return AccountSetup::newPinProblemText(AccountSetup::NewPinProblem::Mismatch);
    return QString();
}

QLineEdit *PinPage::firstField() const
{
    return m_setup->keepsStoredPin() ? m_current : m_pin;
}

bool PinPage::lockedOut() const
{
    return m_setup->isLockedOut();
}

bool PinPage::validateStoredPin()
{
    if (m_setup->isPinProven())
        return true;
    if (m_setup->isCheckingPin() || lockedOut())
        return false;
    if (!ManagerPin::isValidPin(m_current->text())) {
        setLine(m_status, tr("The PIN is 4 to 8 digits."), LineTone::Problem);
        m_current->setFocus(Qt::OtherFocusReason);
        return false;
    }
    m_setup->proveStoredPin(m_current->text());
    m_current->setReadOnly(true);
    Q_EMIT completeChanged();
    setLine(m_status, tr("Checking the PIN\u2026"), LineTone::Progress);
    return false;
}

void PinPage::onStoredPinChecked(const ManagerSession::Result &result)
{
    m_current->setReadOnly(false);
    Q_EMIT completeChanged();
    switch (result.outcome) {
    case ManagerSession::Outcome::Ok:
        m_current->clear();
        setLine(m_status, QString(), LineTone::Progress);
        m_wizard->next();
        return;
    case ManagerSession::Outcome::NoPin:
        // Removed meanwhile (signed out elsewhere): a new PIN is chosen after all.
        showForm();
        return;
    case ManagerSession::Outcome::NotActive:
        // No manager session to check it with.
        setLine(m_status, tr("PointDesk cannot check the manager PIN right now. Cancel and try again."),
                LineTone::Problem);
        return;
    case ManagerSession::Outcome::WrongPin:
    case ManagerSession::Outcome::LockedOut:
    case ManagerSession::Outcome::InvalidPin:
        m_current->clear(); // before the message: editing a field clears the message
        break;
    default:
        break;
    }
    setLine(m_status, PinDialog::resultText(result), LineTone::Problem);
    updateLockout();
    if (m_current->isEnabled())
        m_current->setFocus(Qt::OtherFocusReason);
}

// While manager mode is locked the field is off and the page says until when; when the lockout ends (the page is
// checked every second) the field comes back with the keyboard.
void PinPage::updateLockout()
{
    const bool locked = lockedOut();
    m_current->setEnabled(!locked);
    if (locked) {
        ManagerSession::Result result;
        result.outcome = ManagerSession::Outcome::LockedOut;
        result.lockedUntil = m_setup->lockedUntil();
        setLine(m_status, result.message(), LineTone::Problem);
        if (!m_lockoutTick.isActive())
            m_lockoutTick.start();
    } else if (m_lockoutTick.isActive()) {
        m_lockoutTick.stop();
        setLine(m_status, QString(), LineTone::Progress);
        if (isVisible())
            m_current->setFocus(Qt::OtherFocusReason);
    }
    Q_EMIT completeChanged();
}
