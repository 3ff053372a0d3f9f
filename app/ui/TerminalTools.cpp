#include "ui/TerminalTools.h"

#include "api/PointBackend.h"
#include "sales/TerminalMonitor.h"
#include "store/Settings.h"
#include "ui/DevicePicker.h"

#include <QInputDialog>
#include <QLineEdit>

namespace {
constexpr int kMaxLocalNameChars = 40;
}

TerminalTools::TerminalTools(PointBackend *backend, Settings *settings, TerminalMonitor *monitor,
                             DevicePicker *picker, QWidget *dialogParent)
    : QObject(picker), m_backend(backend), m_settings(settings), m_monitor(monitor), m_picker(picker),
      m_dialogParent(dialogParent)
{
    m_picker->setApi(m_backend->key());
    applyNames();
    connect(m_picker, &DevicePicker::refreshRequested, m_monitor, [this]() { m_monitor->refresh(true); });
    connect(m_monitor, &TerminalMonitor::refreshing, m_picker,
            [this]() { m_picker->setStatusText(tr("Refreshing the terminals\u2026")); });
    connect(m_monitor, &TerminalMonitor::listed, m_picker,
            [this](const QString &statusText) { m_picker->setStatusText(statusText); });
    connect(m_monitor, &TerminalMonitor::listFailed, m_picker,
            [this](const ApiError &, const QString &statusText) { m_picker->setStatusText(statusText, true); });
    connect(m_picker, &DevicePicker::renameRequested, this, &TerminalTools::rename);
    connect(m_picker, &DevicePicker::switchToPdvRequested, this, &TerminalTools::switchToPdv);
}

void TerminalTools::rename(const QString &terminalId)
{
    if (m_dialog)
        m_dialog->close();
    auto *dialog = new QInputDialog(m_dialogParent);
    m_dialog = dialog;
    dialog->setObjectName(QStringLiteral("renameTerminalDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setWindowTitle(tr("Rename terminal"));
    dialog->setLabelText(tr("Name for %1 on this computer (empty: show its id):").arg(terminalId));
    dialog->setTextValue(m_settings->terminalNames(m_backend->key()).value(terminalId));
    if (auto *edit = dialog->findChild<QLineEdit *>())
        edit->setMaxLength(kMaxLocalNameChars);
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, terminalId](const QString &name) { setName(terminalId, name); });
    dialog->open();
}

void TerminalTools::setName(const QString &terminalId, const QString &name)
{
    m_settings->setTerminalName(m_backend->key(), terminalId, name.left(kMaxLocalNameChars));
    m_settings->sync();
    applyNames();
}

void TerminalTools::applyNames()
{
    const QHash<QString, QString> names = m_settings->terminalNames(m_backend->key());
    m_picker->setTerminalNames(names);
    m_monitor->setShownNames(names);
}

bool TerminalTools::switchToPdv(const QString &terminalId)
{
    if (!m_backend->capabilities().terminalOperatingMode)
        return false;
    const QString shown = m_picker->shownName(terminalId);
    Q_EMIT message(tr("Switching %1 to PDV mode\u2026").arg(shown), 0);
    m_backend->setOperatingMode(terminalId, Device::OperatingMode::Pdv)
        ->then(this, [this, shown](const Call<Device> &call) {
            if (call.ok()) {
                Q_EMIT message(tr("%1 is now in PDV mode. Restart the terminal so that it takes orders from "
                                  "PointDesk.")
                                   .arg(shown),
                               15000);
            } else {
                Q_EMIT message(tr("%1 could not be switched to PDV mode: %2").arg(shown, call.error().userMessage()),
                               15000);
            }
            m_monitor->refresh(true);
        });
    return true;
}
