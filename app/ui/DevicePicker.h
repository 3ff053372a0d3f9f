#pragma once

#include <QDateTime>
#include <QTimer>

#include "core/Device.h"

#include <QHash>
#include <QWidget>
#include <optional>

class PlateLabel;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

/// The account's Point terminals with their state (legacy API: FREE, or BUSY and the order it holds; Orders API: the
/// name the manager gave the terminal on this computer, its id and its operating mode, which says whether it can
/// take orders at all). The cashier picks the terminal that takes the next charge. In manager mode on the Orders
/// API it also offers to rename a terminal locally and to switch a standalone one to PDV mode (it only asks; the
/// caller does it). It only shows; MainWindow decides when to refresh.
class DevicePicker : public QWidget
{
    Q_OBJECT

public:
    enum Role {
        NameRole = Qt::UserRole + 1, ///< QString: the device name
        StatusRole,                  ///< int: Device::Status
        StatusTextRole,              ///< QString: the badge (translated): FREE, BUSY, ?; Orders: PDV, NO ORDERS
        DetailRole,                  ///< QString: the line under the name
        OrderRole,                   ///< QString: the order a busy terminal holds, "" when none
        DisplayNameRole,             ///< QString: the name shown (the local name of an Orders terminal, else NameRole)
        OperatingModeRole            ///< int: Device::OperatingMode (NotApplicable on the legacy API)
    };

    explicit DevicePicker(QWidget *parent = nullptr);

    /// The names the manager gave terminals on this computer, by terminal id (Settings::terminalNames()); shown
    /// instead of the id, which moves to the line under it. Applied to the list at once.
    void setTerminalNames(const QHash<QString, QString> &names);
    /// The name a terminal is shown by: its local name, else `name` as listed.
    QString shownName(const QString &name) const;
    /// Which other counter of the store holds a terminal, by the terminal's name as recorded on sales, read at
    /// `readAt` (UTC). A BUSY terminal held by one says "Busy - Caja 2"; nothing is said once the information is
    /// older than kHolderMaxAgeSecs (or with no store database: an empty map).
    void setTerminalHolders(const QHash<QString, QString> &counterByTerminal, const QDateTime &readAt);
    static constexpr int kHolderMaxAgeSecs = 60;
    /// The counter holding `name`'s terminal, when the store said so less than kHolderMaxAgeSecs ago; else "".
    QString holdingCounter(const QString &name) const;
    /// Manager mode: offers Rename and, for a standalone terminal, Switch to PDV mode (Orders API only).
    void setManagerMode(bool active);
    /// The API the account uses (Backends key); decides the empty list's advice. Legacy until set.
    void setApi(const QString &apiKey);

    /// Replaces the list, keeping the current terminal when it is still there.
    void setDevices(const DeviceList &devices);
    const DeviceList &devices() const { return m_devices; }
    /// True once a list arrived (an empty one included).
    bool hasLoaded() const { return m_loaded; }

    /// The terminal to select when it appears and nothing else is selected (the last one used).
    void setPreferredDevice(const QString &name);
    /// Selects the terminal named `name`; false when there is none.
    bool selectDevice(const QString &name);
    QString currentDeviceName() const;
    std::optional<Device> currentDevice() const;
    std::optional<Device> device(const QString &name) const;

    /// A line under the list: when it was updated, or why it could not be.
    void setStatusText(const QString &text, bool isProblem = false);
    /// While locked (an order is open) the cashier cannot switch terminals.
    void setLocked(bool locked);
    /// The list, then Refresh: in tab order.
    QList<QWidget *> tabChain() const;

Q_SIGNALS:
    /// The cashier picked another terminal (also emitted when the selection moves because a terminal left).
    void currentDeviceChanged(const QString &name);
    void refreshRequested();
    /// Manager mode: give the terminal `terminalId` a local name.
    void renameRequested(const QString &terminalId);
    /// Manager mode: switch the standalone terminal `terminalId` to PDV mode.
    void switchToPdvRequested(const QString &terminalId);

private:
    void updateEmptyState();
    void updateManagerTools();
    void fillItem(QListWidgetItem *item, const Device &device) const;
    void showContextMenu(const QPoint &pos);

    QListWidget *m_list = nullptr;
    QPushButton *m_refreshButton = nullptr;
    PlateLabel *m_emptyHint = nullptr;
    QLabel *m_statusLabel = nullptr;
    QWidget *m_managerTools = nullptr;
    QPushButton *m_renameButton = nullptr;
    QPushButton *m_switchButton = nullptr;
    void refillItems();

    QHash<QString, QString> m_names;
    QHash<QString, QString> m_holders;
    QDateTime m_holdersReadAt;
    QTimer *m_holdersExpiry = nullptr;
    QString m_apiKey = QStringLiteral("legacy");
    bool m_managerMode = false;
    DeviceList m_devices;
    QString m_preferred;
    QString m_lastEmitted;
    bool m_choiceLost = false; ///< the cashier's terminal left the list: nothing is chosen for the cashier
    bool m_loaded = false;
};
