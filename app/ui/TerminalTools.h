#pragma once

#include "core/Device.h"

#include <QObject>
#include <QPointer>

class DevicePicker;
class PointBackend;
class QInputDialog;
class QWidget;
class Settings;
class TerminalMonitor;

/// Drives the terminal list (DevicePicker) beside its devices: its Refresh, the line that says how the last listing
/// went, the account API's look, and the manager's tools (Orders API): a local name for a terminal, kept per
/// account API in Settings and shown instead of its id, and switching a standalone terminal to PDV mode
/// (PointBackend::setOperatingMode) so that it takes orders from PointDesk. DevicePicker offers the tools in
/// manager mode; this does them and says how it went.
class TerminalTools : public QObject
{
    Q_OBJECT

public:
    /// None of the pointers is owned; all must outlive this. `dialogParent` parents the rename dialog.
    TerminalTools(PointBackend *backend, Settings *settings, TerminalMonitor *monitor, DevicePicker *picker,
                  QWidget *dialogParent);

    /// Opens the rename dialog for `terminalId` (window-modal, objectName "renameTerminalDialog").
    void rename(const QString &terminalId);
    /// Stores `name` for `terminalId` (empty: the id is shown again) and shows it in the list.
    void setName(const QString &terminalId, const QString &name);
    /// Asks Mercado Pago to switch `terminalId` to PDV mode, then refreshes the list. False when it was not sent
    /// (the API has no operating modes).
    bool switchToPdv(const QString &terminalId);

Q_SIGNALS:
    /// How a switch went, for the status bar.
    void message(const QString &text, int timeoutMs);

private:
    /// The stored names to the list and to the texts about terminals (TerminalMonitor::shownName()).
    void applyNames();

    PointBackend *m_backend = nullptr;
    Settings *m_settings = nullptr;
    TerminalMonitor *m_monitor = nullptr;
    DevicePicker *m_picker = nullptr;
    QWidget *m_dialogParent = nullptr;
    QPointer<QInputDialog> m_dialog;
};
