#pragma once

#include "core/Device.h"

#include <QWidget>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;

/// The account's Point terminals with their state (FREE, or BUSY and the order it holds). The cashier picks the
/// terminal that takes the next charge. It only shows; MainWindow decides when to refresh.
class DevicePicker : public QWidget
{
    Q_OBJECT

public:
    enum Role {
        NameRole = Qt::UserRole + 1, ///< QString: the device name
        StatusRole,                  ///< int: Device::Status
        StatusTextRole,              ///< QString: "FREE" / "BUSY" / "?" as shown on the badge (translated)
        DetailRole,                  ///< QString: the line under the name
        OrderRole                    ///< QString: the order a busy terminal holds, "" when none
    };

    explicit DevicePicker(QWidget *parent = nullptr);

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

private:
    void updateEmptyState();

    QListWidget *m_list = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QLabel *m_emptyHint = nullptr;
    QLabel *m_statusLabel = nullptr;
    DeviceList m_devices;
    QString m_preferred;
    QString m_lastEmitted;
    bool m_loaded = false;
};
