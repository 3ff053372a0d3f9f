#include "ui/ManagerDialog.h"

#include "ui/ConfirmBox.h"
#include "store/ManagerSession.h"
#include "api/PointBackend.h"
#include "ui/Theme.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

Q_DECLARE_LOGGING_CATEGORY(lcManager)

namespace {

constexpr int kNameRole = Qt::UserRole + 1;

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

} // namespace

ManagerDialog::ManagerDialog(PointBackend *client, ManagerSession *session, QWidget *parent)
    : QDialog(parent), m_client(client), m_session(session)
{
    setObjectName(QStringLiteral("managerDialog"));
    setWindowTitle(tr("Terminals \u2014 manager"));
    setAccessibleName(tr("Terminals"));

    auto *title = new QLabel(tr("Terminals on this account"), this);
    title->setFont(Theme::scaled(font(), 1.3, QFont::Bold));
    auto *intro = new QLabel(tr("Free terminal cancels the order a terminal holds, so that it can take a new one. "
                                "Remove terminal takes it off the Mercado Pago account; it comes back only when it "
                                "is set up again in the Mercado Pago app."),
                             this);
    intro->setObjectName(QStringLiteral("managerIntro"));
    intro->setWordWrap(true);
    intro->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(Theme::mutedText().name()));

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("terminalsList"));
    m_list->setAccessibleName(tr("Terminals"));
    m_list->setHeaderLabels({tr("Terminal"), tr("Status"), tr("Order it holds")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_list->setMinimumSize(em * 30, fontMetrics().height() * 9);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this]() {
        // Confirming is for the terminal named in the panel: choosing another one starts over.
        if (!m_removing.isEmpty() && selectedName() != m_removing)
            cancelRemove();
        updateButtons();
    });

    // Mnemonics: &Refresh, &Free terminal, Re&move terminal, &Keep it, &Close; none taken twice.
    m_refreshButton = new QPushButton(tr("&Refresh"), this);
    m_refreshButton->setObjectName(QStringLiteral("refreshTerminalsButton"));
    m_refreshButton->setAccessibleName(tr("Refresh the terminals"));
    m_freeButton = new QPushButton(tr("&Free terminal"), this);
    m_freeButton->setObjectName(QStringLiteral("freeTerminalButton"));
    m_freeButton->setAccessibleName(tr("Free the terminal: cancel the order it holds"));
    m_removeButton = new QPushButton(tr("Re&move terminal\u2026"), this);
    m_removeButton->setObjectName(QStringLiteral("removeTerminalButton"));
    m_removeButton->setAccessibleName(tr("Remove the terminal from the account"));
    for (QPushButton *b : {m_refreshButton, m_freeButton, m_removeButton})
        b->setAutoDefault(false);
    connect(m_refreshButton, &QPushButton::clicked, this, &ManagerDialog::refresh);
    // Only what the account's API can do is offered.
    if (client)
        m_capabilities = client->capabilities();
    m_freeButton->setVisible(m_capabilities.cancelOnTerminal);
    m_removeButton->setVisible(m_capabilities.removeTerminal);
    connect(m_freeButton, &QPushButton::clicked, this, &ManagerDialog::freeSelected);
    connect(m_removeButton, &QPushButton::clicked, this, &ManagerDialog::askToRemoveSelected);

    auto *actions = new QVBoxLayout;
    actions->addWidget(m_freeButton);
    actions->addWidget(m_removeButton);
    actions->addSpacing(12);
    actions->addWidget(m_refreshButton);
    actions->addStretch(1);

    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addLayout(actions);

    // Removing is confirmed here, by typing the terminal's name or choosing it among the account's terminals: no
    // second window to dismiss by reflex.
    m_confirmPanel = new QFrame(this);
    m_confirmPanel->setObjectName(QStringLiteral("removeConfirmPanel"));
    const Theme::ToneColors warning = Theme::colors(Theme::Tone::Warning);
    m_confirmPanel->setStyleSheet(
        QStringLiteral("QFrame#removeConfirmPanel { background-color: %1; border: 1px solid %2;"
                       " border-radius: 6px; } QFrame#removeConfirmPanel QLabel { color: %3; }")
            .arg(warning.background.name(), warning.border.name(), warning.foreground.name()));
    m_confirmText = new QLabel(m_confirmPanel);
    m_confirmText->setObjectName(QStringLiteral("removeConfirmText"));
    m_confirmText->setWordWrap(true);
    m_confirmText->setTextFormat(Qt::PlainText);
    m_confirmCombo = new QComboBox(m_confirmPanel);
    m_confirmCombo->setObjectName(QStringLiteral("removeConfirmCombo"));
    m_confirmCombo->setAccessibleName(tr("Type or choose the terminal's name to confirm"));
    m_confirmCombo->setEditable(true);
    m_confirmCombo->setInsertPolicy(QComboBox::NoInsert);
    // No inline completion: "C" must not turn into a whole name that confirms by itself.
    m_confirmCombo->setCompleter(nullptr);
    m_confirmCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_confirmCombo->setMinimumContentsLength(16);
    m_confirmEdit = m_confirmCombo->lineEdit();
    m_confirmEdit->setObjectName(QStringLiteral("removeConfirmEdit"));
    m_confirmEdit->setAccessibleName(tr("Type the terminal's name to confirm"));
    m_confirmEdit->setPlaceholderText(tr("Type or choose the name"));
    m_confirmHint = new QLabel(m_confirmPanel);
    m_confirmHint->setObjectName(QStringLiteral("removeConfirmHint"));
    m_confirmHint->setWordWrap(true);
    m_confirmHint->setTextFormat(Qt::PlainText);
    m_confirmHint->hide();
    m_confirmButton = new QPushButton(tr("Remove"), m_confirmPanel);
    m_confirmButton->setObjectName(QStringLiteral("confirmRemoveButton"));
    m_confirmButton->setAccessibleName(tr("Remove the terminal"));
    m_confirmButton->setAutoDefault(false);
    m_cancelRemoveButton = new QPushButton(tr("&Keep it"), m_confirmPanel);
    m_cancelRemoveButton->setObjectName(QStringLiteral("cancelRemoveButton"));
    m_cancelRemoveButton->setAccessibleName(tr("Keep the terminal"));
    m_cancelRemoveButton->setAutoDefault(false);
    connect(m_confirmEdit, &QLineEdit::textChanged, this, [this]() {
        if (confirmTextMatches())
            showConfirmHint(false);
        updateButtons();
    });
    connect(m_confirmEdit, &QLineEdit::returnPressed, this, &ManagerDialog::removeConfirmed);
    // Choosing another terminal than the one to remove says so at once.
    connect(m_confirmCombo, &QComboBox::activated, this, [this]() { showConfirmHint(!confirmTextMatches()); });
    connect(m_confirmButton, &QPushButton::clicked, this, &ManagerDialog::removeConfirmed);
    connect(m_cancelRemoveButton, &QPushButton::clicked, this, &ManagerDialog::cancelRemove);
    auto *confirmRow = new QHBoxLayout;
    confirmRow->addWidget(m_confirmCombo, 1);
    confirmRow->addWidget(m_cancelRemoveButton);
    confirmRow->addWidget(m_confirmButton);
    auto *confirmLayout = new QVBoxLayout(m_confirmPanel);
    confirmLayout->setContentsMargins(12, 10, 12, 10);
    confirmLayout->addWidget(m_confirmText);
    confirmLayout->addLayout(confirmRow);
    confirmLayout->addWidget(m_confirmHint);
    m_confirmPanel->hide();

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("managerStatusLabel"));
    m_status->setAccessibleName(tr("Result"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    m_closeButton = new QPushButton(tr("&Close"), this);
    m_closeButton->setObjectName(QStringLiteral("closeManagerButton"));
    m_closeButton->setAccessibleName(tr("Close the terminals"));
    m_closeButton->setAutoDefault(false);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_closeButton, 0, Qt::AlignBottom);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addLayout(listRow, 1);
    layout->addWidget(m_confirmPanel);
    layout->addLayout(bottom);

    intro->setMinimumWidth(em * 36);
    resize(em * 56, fontMetrics().height() * 28);
    if (m_session)
        connect(m_session, &ManagerSession::activeChanged, this, [this](bool active) {
            if (!active)
                reject();
        });
    updateButtons();
    refresh();
}

ManagerDialog::~ManagerDialog()
{
    if (m_call)
        m_call->abort();
}

bool ManagerDialog::confirmsName(const QString &typed, const QString &name, const QStringList &all)
{
    if (name.isEmpty())
        return false;
    if (typed.trimmed() == name)
        return true;
    // "caja ñandu" for "Caja Ñandú": compatibility decomposition, accents (combining marks) dropped, case folded,
    // runs of spaces made one.
    const auto fold = [](const QString &text) {
        const QString decomposed = text.normalized(QString::NormalizationForm_KD);
        QString bare;
        bare.reserve(decomposed.size());
        for (const QChar c : decomposed) {
            if (c.category() != QChar::Mark_NonSpacing && c.category() != QChar::Mark_SpacingCombining &&
                c.category() != QChar::Mark_Enclosing)
                bare.append(c);
        }
        return bare.toCaseFolded().simplified();
    };
    const QString folded = fold(typed);
    if (folded.isEmpty() || folded != fold(name))
        return false;
    // "caja 2" cannot stand for "Caja 2" while a terminal "CAJA 2" exists too: then only the exact name will do.
    for (const QString &other : all) {
        if (other != name && fold(other) == folded)
            return false;
    }
    return true;
}

QString ManagerDialog::statusText() const
{
    return m_status->text();
}

QStringList ManagerDialog::deviceNames() const
{
    QStringList names;
    for (const Device &device : m_devices)
        names.append(device.name);
    return names;
}

bool ManagerDialog::confirmTextMatches() const
{
    return !m_removing.isEmpty() && confirmsName(m_confirmEdit->text(), m_removing, deviceNames());
}

void ManagerDialog::showConfirmHint(bool show)
{
    const bool shown = show && !m_removing.isEmpty();
    const QString given = m_confirmEdit->text().trimmed();
    QString text;
    if (shown && given.isEmpty())
        text = tr("To remove %1, type its name (capitals and accents do not matter) or choose it from the list.")
                   .arg(m_removing);
    else if (shown)
        text = tr("“%1” is not %2. To remove %2, type its name (capitals and accents do not matter) or choose it "
                  "from the list.")
                   .arg(given, m_removing);
    m_confirmHint->setText(text);
    if (m_confirmHint->isVisible() != shown) {
        m_confirmHint->setVisible(shown);
        growToFit(this);
    }
}

void ManagerDialog::clearNote()
{
    m_note.clear();
    setStatus(m_countText, false);
}

void ManagerDialog::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("QLabel { color: %1; }").arg(Theme::errorText().name())
                                    : QString());
    growToFit(this);
}

bool ManagerDialog::checkSession()
{
    if (m_session && m_session->isActive())
        return true;
    // Manager mode ended (idle, or ended elsewhere) while the dialog was up: nothing is sent.
    setStatus(tr("Manager mode has ended. Enter the manager PIN again."), true);
    QMetaObject::invokeMethod(this, &QDialog::reject, Qt::QueuedConnection);
    return false;
}

QString ManagerDialog::selectedName() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, kNameRole).toString() : QString();
}

void ManagerDialog::updateButtons()
{
    const QString name = selectedName();
    const bool idle = m_call == nullptr;
    std::optional<Device> device;
    for (const Device &d : m_devices) {
        if (d.name == name)
            device = d;
    }
    m_refreshButton->setEnabled(idle);
    m_freeButton->setEnabled(idle && device && !device->isFree());
    m_removeButton->setEnabled(idle && device.has_value() && m_removing.isEmpty());
    m_confirmButton->setEnabled(idle && confirmTextMatches());
    m_confirmCombo->setEnabled(idle);
}

void ManagerDialog::refresh()
{
    if (m_call || !checkSession())
        return;
    if (m_note.isEmpty())
        setStatus(tr("Loading the terminals\u2026"), false);
    auto *call = m_client->listTerminals();
    m_call = call;
    updateButtons();
    call->then(this, [this](const Call<DeviceList> &c) {
        m_call = nullptr;
        onDevices(c.error(), c.value());
    });
}

void ManagerDialog::onDevices(const ApiError &error, const DeviceList &devices)
{
    if (error.isError()) {
        setStatus(tr("Could not load the terminals: %1").arg(error.userMessage()), true);
        if (error.kind() == ApiError::Kind::Unauthorized)
            Q_EMIT tokenRejected();
        updateButtons();
        return;
    }
    const QString previous = selectedName();
    m_devices = devices;
    m_list->clear();
    QTreeWidgetItem *select = nullptr;
    for (const Device &device : devices) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(0, kNameRole, device.name);
        item->setText(0, device.name);
        switch (device.status) {
        case Device::Status::Free:
            item->setText(1, tr("FREE"));
            break;
        case Device::Status::Busy:
            item->setText(1, tr("BUSY"));
            break;
        case Device::Status::Unknown:
            item->setText(1, device.rawStatus.isEmpty() ? tr("unknown") : device.rawStatus);
            break;
        }
        item->setText(2, !device.heldOrder.isNull() ? device.heldOrder.toString() : tr("none"));
        item->setData(0, Qt::AccessibleTextRole,
                      !device.heldOrder.isNull()
                          ? tr("%1, busy with order %2").arg(device.name, device.heldOrder.toString())
                          : tr("%1, %2").arg(device.name, item->text(1)));
        if (device.name == previous || !select)
            select = item;
    }
    if (select)
        m_list->setCurrentItem(select);
    // English has no plural forms of its own (it is the source language): one terminal is a sentence of its own.
    QString count;
    if (devices.isEmpty())
        count = tr("There are no terminals on this account. Set one up in the Mercado Pago app, then press Refresh.");
    else if (devices.size() == 1)
        count = tr("One terminal on this account.");
    else
        count = tr("%n terminals on this account.", nullptr, int(devices.size()));
    m_countText = count;
    setStatus(m_note.isEmpty() ? count : m_note + QLatin1Char(' ') + count, false);
    m_note.clear();
    updateButtons();
}

void ManagerDialog::freeSelected()
{
    const QString name = selectedName();
    if (name.isEmpty() || m_call || m_freeBox || !m_capabilities.cancelOnTerminal || !checkSession())
        return;
    clearNote();
    OrderRef held;
    for (const Device &device : m_devices) {
        if (device.name == name)
            held = device.heldOrder;
    }
    // Freeing cancels whatever the terminal holds, perhaps a customer paying right now: the cashier window's
    // question, asked here too.
    const ConfirmBox::Spec spec = ConfirmBox::freeTerminal(name, held);
    m_freeBox = ConfirmBox::ask(this, spec, [this, name]() { freeConfirmed(name); });
}

void ManagerDialog::freeConfirmed(const QString &name)
{
    // Checked again at the moment of acting: manager mode may have ended while the question was up.
    if (name.isEmpty() || m_call || !m_capabilities.removeTerminal || !checkSession())
        return;
    setStatus(tr("Freeing %1\u2026").arg(name), false);
    auto *call = m_client->cancelOnTerminal(name);
    m_call = call;
    updateButtons();
    call->then(this, [this, name](const Call<Done> &c) {
        m_call = nullptr;
        if (c.error().isError()) {
            setStatus(tr("Could not free %1: %2").arg(name, c.error().userMessage()), true);
            if (c.error().kind() == ApiError::Kind::Unauthorized)
                Q_EMIT tokenRejected();
            updateButtons();
            return;
        }
        qCInfo(lcManager).noquote() << "manager freed terminal" << name;
        m_note = tr("%1 is free: the order it held was cancelled.").arg(name);
        setStatus(m_note, false);
        Q_EMIT terminalsChanged();
        refresh();
    });
}

void ManagerDialog::askToRemoveSelected()
{
    const QString name = selectedName();
    if (name.isEmpty() || m_call || !checkSession())
        return;
    clearNote();
    m_removing = name;
    m_confirmText->setText(tr("Remove %1 from the Mercado Pago account? It stops taking orders until it is set up "
                              "again in the Mercado Pago app. To confirm, type its name (capitals and accents do not "
                              "matter) or choose it from the list: %1")
                               .arg(name));
    // A long name ("Kiosko Ñu…") is cut in the button, never the button in the dialog; the tooltip has it whole.
    const int nameWidth = m_confirmButton->fontMetrics().averageCharWidth() * 18;
    m_confirmButton->setText(
        tr("Remove %1").arg(m_confirmButton->fontMetrics().elidedText(name, Qt::ElideRight, nameWidth)));
    m_confirmButton->setToolTip(tr("Remove %1").arg(name));
    m_confirmButton->setAccessibleName(tr("Remove %1 from the account").arg(name));
    {
        const QSignalBlocker blocker(m_confirmCombo);
        m_confirmCombo->clear();
        m_confirmCombo->addItems(deviceNames());
        m_confirmCombo->setCurrentIndex(-1);
        m_confirmEdit->clear();
    }
    showConfirmHint(false);
    m_confirmPanel->show();
    growToFit(this);
    updateButtons();
    m_confirmEdit->setFocus(Qt::OtherFocusReason);
}

void ManagerDialog::cancelRemove()
{
    const bool wasOpen = !m_removing.isEmpty();
    m_removing.clear();
    m_confirmEdit->clear();
    showConfirmHint(false);
    m_confirmPanel->hide();
    updateButtons();
    if (wasOpen && m_cancelRemoveButton->hasFocus())
        m_list->setFocus(Qt::OtherFocusReason);
}

void ManagerDialog::removeConfirmed()
{
    const QString name = m_removing;
    if (name.isEmpty() || m_call)
        return;
    if (!confirmTextMatches()) {
        // Enter with another name, or none: say what is expected instead of doing nothing.
        showConfirmHint(true);
        m_confirmEdit->selectAll();
        m_confirmEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (!checkSession())
        return;
    setStatus(tr("Removing %1\u2026").arg(name), false);
    auto *call = m_client->removeTerminal(name);
    m_call = call;
    updateButtons();
    call->then(this, [this, name](const Call<Done> &c) {
        m_call = nullptr;
        if (c.error().isError()) {
            setStatus(tr("Could not remove %1: %2").arg(name, c.error().userMessage()), true);
            if (c.error().kind() == ApiError::Kind::Unauthorized)
                Q_EMIT tokenRejected();
            updateButtons();
            return;
        }
        qCInfo(lcManager).noquote() << "manager removed terminal" << name;
        m_removing.clear();
        m_confirmEdit->clear();
        showConfirmHint(false);
        m_confirmPanel->hide();
        m_note = tr("%1 was removed from the account.").arg(name);
        setStatus(m_note, false);
        Q_EMIT terminalsChanged();
        refresh();
    });
}
