#include "ui/DevicePicker.h"

#include "store/TerminalMatch.h"

#include "sales/TerminalModes.h"
#include "ui/DeviceItemDelegate.h"
#include "ui/PlateLabel.h"
#include "ui/Theme.h"
#include "ui/WrappingLabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

DevicePicker::DevicePicker(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("devicePicker"));
    const int em = QFontMetrics(font()).horizontalAdvance(QLatin1Char('M'));
    setMinimumWidth(em * 17);
    setMaximumWidth(em * 32); // room for long names and the busy line on large screens
    setAutoFillBackground(false);

    auto *title = new QLabel(tr("&Terminals"), this);
    title->setObjectName(QStringLiteral("terminalsTitle"));
    title->setFont(Theme::scaled(font(), 1.35, QFont::Bold));

    m_refreshButton = new QPushButton(tr("Re&fresh"), this);
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_refreshButton->setAccessibleName(tr("Refresh the list of terminals"));
    m_refreshButton->setToolTip(tr("Refresh the list of terminals (F5)"));
    connect(m_refreshButton, &QPushButton::clicked, this, &DevicePicker::refreshRequested);
    m_refreshButton->setAutoDefault(true); // Enter on a focused button presses it, as Space does

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("deviceList"));
    m_list->setAccessibleName(tr("Terminals"));
    m_list->setAccessibleDescription(tr("The terminal that takes the next charge"));
    m_list->setItemDelegate(new DeviceItemDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    // Rows are as tall as their text needs at the list's width (a long "busy with order" line takes two lines),
    // and are laid out again when the list is resized: word wrap makes QListView do that.
    m_list->setUniformItemSizes(false);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->setMouseTracking(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setSpacing(1);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    title->setBuddy(m_list);
    connect(m_list, &QListWidget::currentItemChanged, this, [this]() {
        updateManagerTools();
        const QString name = currentDeviceName();
        if (!name.isEmpty())
            m_choiceLost = false; // the cashier chose
        if (name != m_lastEmitted) {
            m_lastEmitted = name;
            Q_EMIT currentDeviceChanged(name);
        }
    });

    m_emptyHint = new PlateLabel(this);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setObjectName(QStringLiteral("noDevicesHint"));
    m_emptyHint->setTextFormat(Qt::PlainText);
    m_emptyHint->setText(tr("No terminals on this account yet. To add one: in the Mercado Pago app of the terminal, "
                            "set its device name, and make sure the Point integration via API is enabled for the "
                            "account. Then press Refresh (F5)."));
    m_emptyHint->setContentsMargins(9, 9, 9, 9); // 8 px inside the 1 px border
    const Theme::ToneColors info = Theme::colors(Theme::Tone::Info);
    m_emptyHint->setPlate({info.background, info.border, 1.0, 6.0});
    m_emptyHint->setTextColor(info.foreground);
    m_emptyHint->hide();

    m_statusLabel = new WrappingLabel(this);
    m_statusLabel->setText(tr("Loading the terminals\u2026"));
    m_statusLabel->setObjectName(QStringLiteral("pickerStatus"));
    m_statusLabel->setFont(Theme::scaled(font(), 0.9));

    // Manager mode, Orders API: the terminal's local name and its mode.
    m_managerTools = new QWidget(this);
    m_managerTools->setObjectName(QStringLiteral("terminalManagerTools"));
    m_renameButton = new QPushButton(tr("Rename\u2026"), m_managerTools);
    m_renameButton->setObjectName(QStringLiteral("renameTerminalButton"));
    m_renameButton->setAccessibleName(tr("Rename the terminal on this computer"));
    m_renameButton->setToolTip(tr("Give the terminal a name the cashiers know it by. Only this computer uses it."));
    m_switchButton = new QPushButton(tr("Switch to PDV mode"), m_managerTools);
    m_switchButton->setObjectName(QStringLiteral("switchToPdvButton"));
    m_renameButton->setAutoDefault(true);
    m_switchButton->setAutoDefault(true);
    m_switchButton->setAccessibleName(tr("Switch the terminal to PDV mode"));
    m_switchButton->setToolTip(tr("Let the terminal take orders from PointDesk. Restart the terminal afterwards."));
    connect(m_renameButton, &QPushButton::clicked, this, [this]() {
        if (!currentDeviceName().isEmpty())
            Q_EMIT renameRequested(currentDeviceName());
    });
    connect(m_switchButton, &QPushButton::clicked, this, [this]() {
        if (!currentDeviceName().isEmpty())
            Q_EMIT switchToPdvRequested(currentDeviceName());
    });
    auto *tools = new QHBoxLayout(m_managerTools);
    tools->setContentsMargins(0, 0, 0, 0);
    tools->addWidget(m_renameButton);
    tools->addWidget(m_switchButton);
    tools->addStretch(1);
    m_managerTools->hide();
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QListWidget::customContextMenuRequested, this, &DevicePicker::showContextMenu);

    auto *header = new QHBoxLayout;
    header->addWidget(title, 1);
    header->addWidget(m_refreshButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_emptyHint);
    layout->addWidget(m_managerTools);
    layout->addWidget(m_statusLabel);
    setStatusText(m_statusLabel->text());
}

void DevicePicker::setDevices(const DeviceList &devices)
{
    const QString previous = currentDeviceName();
    m_devices = devices;
    m_loaded = true;

    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const Device &device : devices)
            fillItem(new QListWidgetItem(m_list), device);

        // Keep the cashier's terminal; otherwise the last one used; otherwise the first free one. A terminal the
        // cashier chose that left the list is not replaced by another: charges never go to a terminal the cashier
        // did not choose, so nothing is selected until the cashier chooses.
        const bool chooseForTheCashier = previous.isEmpty() && !m_choiceLost;
        int row = -1;
        for (const QString &wanted : {previous, chooseForTheCashier ? m_preferred : QString()}) {
            if (row >= 0 || wanted.isEmpty())
                continue;
            for (int i = 0; i < devices.size(); ++i) {
                if (devices.at(i).name == wanted)
                    row = i;
            }
        }
        for (int i = 0; chooseForTheCashier && row < 0 && i < devices.size(); ++i) {
            if (devices.at(i).isFree())
                row = i;
        }
        // The Orders API's list says nothing of what a terminal holds: the first one that takes orders.
        for (int i = 0; chooseForTheCashier && row < 0 && i < devices.size(); ++i) {
            const Device &d = devices.at(i);
            if (d.status != Device::Status::Busy && d.operatingMode == Device::OperatingMode::Pdv)
                row = i;
        }
        if (chooseForTheCashier && row < 0 && !devices.isEmpty())
            row = 0;
        m_choiceLost = m_choiceLost || (!previous.isEmpty() && row < 0);
        m_list->setCurrentRow(row);
    }
    updateEmptyState();
    updateManagerTools();

    const QString now = currentDeviceName();
    if (now != m_lastEmitted) {
        m_lastEmitted = now;
        Q_EMIT currentDeviceChanged(now);
    }
}

void DevicePicker::fillItem(QListWidgetItem *item, const Device &device) const
{
    const QString shown = shownName(device.name);
    QString badge;
    QString detail;
    QString spoken;
    if (device.operatingMode != Device::OperatingMode::NotApplicable && device.status != Device::Status::Busy) {
        // Orders API: its list says nothing of what a terminal holds (a terminal this till just used may be marked
        // free for a moment); the mode is what there is to say.
        if (TerminalModes::takesOrders(device)) {
            //: Badge of a terminal in PDV mode (Orders API); keep it short.
            badge = tr("PDV");
            detail = tr("Takes orders from PointDesk");
            spoken = tr("%1, PDV mode: takes orders from PointDesk").arg(shown);
        } else {
            //: Badge of a terminal that cannot take orders (Orders API: standalone or not set up); keep it short.
            badge = tr("NO ORDERS");
            detail = TerminalModes::modeName(device) + QLatin1String(": ") + tr("cannot take orders from PointDesk");
            spoken = tr("%1, %2: cannot take orders from PointDesk").arg(shown, TerminalModes::modeName(device));
        }
    } else {
        switch (device.status) {
        case Device::Status::Free:
            badge = tr("FREE");
            detail = tr("Ready for a charge");
            spoken = tr("%1, free: ready for a charge").arg(shown);
            break;
        case Device::Status::Busy:
            badge = tr("BUSY");
            if (const QString holder = holdingCounter(device.name); !holder.isEmpty()) {
                //: The terminal is busy with a sale of another counter of the store; %1 is that counter's name.
                detail = tr("Busy - %1").arg(holder);
                spoken = tr("%1, busy with a sale of %2").arg(shown, holder);
                break;
            }
            detail = !device.heldOrder.isNull() ? tr("Busy with order %1").arg(device.heldOrder.toString())
                                                : tr("Busy with another order");
            spoken = !device.heldOrder.isNull()
                         ? tr("%1, busy with order %2").arg(shown, device.heldOrder.toString())
                         : tr("%1, busy with another order").arg(shown);
            break;
        case Device::Status::Unknown:
            badge = tr("?");
            detail = tr("State not known: %1").arg(device.rawStatus);
            spoken = tr("%1, state not known").arg(shown);
            break;
        }
    }
    if (shown != device.name) // a local name: the id, which is what the terminal's label shows, goes under it
        detail = tr("%1\n%2").arg(detail, device.name);
    item->setData(Qt::DisplayRole, shown);
    item->setData(NameRole, device.name);
    item->setData(DisplayNameRole, shown);
    item->setData(StatusRole, int(device.status));
    item->setData(OperatingModeRole, int(device.operatingMode));
    item->setData(StatusTextRole, badge);
    item->setData(DetailRole, detail);
    item->setData(OrderRole, device.heldOrder.toString());
    item->setData(Qt::AccessibleTextRole, spoken);
    // The row may show the name and the line under it shortened; these always hold them whole.
    const QString full = tr("%1 (%2)\n%3").arg(shown, badge, detail);
    item->setData(Qt::AccessibleDescriptionRole, full);
    item->setToolTip(full);
}

void DevicePicker::setTerminalHolders(const QHash<QString, QString> &counterByTerminal, const QDateTime &readAt)
{
    m_holders = counterByTerminal;
    m_holdersReadAt = readAt;
    if (!m_holdersExpiry) {
        m_holdersExpiry = new QTimer(this);
        m_holdersExpiry->setSingleShot(true);
        connect(m_holdersExpiry, &QTimer::timeout, this, &DevicePicker::refillItems);
    }
    // Once the information is too old, the rows say no more than the terminal list itself.
    const qint64 leftMs = readAt.isValid() ? QDateTime::currentDateTimeUtc().msecsTo(readAt.addSecs(kHolderMaxAgeSecs))
                                           : -1;
    if (leftMs > 0)
        m_holdersExpiry->start(int(qMin<qint64>(leftMs + 50, kHolderMaxAgeSecs * 1000 + 50)));
    else
        m_holdersExpiry->stop();
    refillItems();
}

QString DevicePicker::holdingCounter(const QString &name) const
{
    if (m_holders.isEmpty() || !m_holdersReadAt.isValid() ||
        m_holdersReadAt.secsTo(QDateTime::currentDateTimeUtc()) >= kHolderMaxAgeSecs)
        return {};
    if (const auto found = m_holders.constFind(name); found != m_holders.constEnd())
        return found.value();
    for (auto it = m_holders.constBegin(); it != m_holders.constEnd(); ++it) {
        if (TerminalMatch::matches(name, it.key()))
            return it.value();
    }
    return {};
}

void DevicePicker::refillItems()
{
    for (int i = 0; i < m_list->count() && i < m_devices.size(); ++i)
        fillItem(m_list->item(i), m_devices.at(i));
    m_list->doItemsLayout();
}

void DevicePicker::setTerminalNames(const QHash<QString, QString> &names)
{
    if (names == m_names)
        return;
    m_names = names;
    for (int i = 0; i < m_list->count() && i < m_devices.size(); ++i)
        fillItem(m_list->item(i), m_devices.at(i));
    m_list->doItemsLayout(); // a name of another length may take another number of lines
}

QString DevicePicker::shownName(const QString &name) const
{
    const QString local = m_names.value(name).trimmed();
    return local.isEmpty() ? name : local;
}

void DevicePicker::setManagerMode(bool active)
{
    m_managerMode = active;
    updateManagerTools();
}

void DevicePicker::setApi(const QString &apiKey)
{
    m_apiKey = apiKey.trimmed().toLower();
    if (m_apiKey == QLatin1String("orders")) {
        m_emptyHint->setText(tr("No terminals on this account yet. A terminal shows here once it is linked to a "
                                "store and point of sale of the account in Mercado Pago. Then press Refresh (F5)."));
    }
    updateManagerTools();
}

void DevicePicker::updateManagerTools()
{
    const bool orders = m_apiKey == QLatin1String("orders");
    const std::optional<Device> current = currentDevice();
    m_managerTools->setVisible(m_managerMode && orders && !m_devices.isEmpty());
    m_renameButton->setEnabled(current.has_value() && m_list->isEnabled());
    m_switchButton->setVisible(current && TerminalModes::canSwitchToPdv(*current));
    m_switchButton->setEnabled(m_list->isEnabled());
}

void DevicePicker::showContextMenu(const QPoint &pos)
{
    if (!m_managerTools->isVisible())
        return;
    QListWidgetItem *item = m_list->itemAt(pos);
    if (!item)
        return;
    m_list->setCurrentItem(item);
    const QString id = item->data(NameRole).toString();
    QMenu menu(this);
    menu.addAction(m_renameButton->text(), this, [this, id]() { Q_EMIT renameRequested(id); });
    if (const std::optional<Device> d = device(id); d && TerminalModes::canSwitchToPdv(*d))
        menu.addAction(m_switchButton->text(), this, [this, id]() { Q_EMIT switchToPdvRequested(id); });
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

void DevicePicker::setPreferredDevice(const QString &name)
{
    m_preferred = name;
}

bool DevicePicker::selectDevice(const QString &name)
{
    for (int i = 0; i < m_devices.size(); ++i) {
        if (m_devices.at(i).name == name) {
            m_list->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

QString DevicePicker::currentDeviceName() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(NameRole).toString() : QString();
}

std::optional<Device> DevicePicker::currentDevice() const
{
    return device(currentDeviceName());
}

std::optional<Device> DevicePicker::device(const QString &name) const
{
    if (name.isEmpty())
        return std::nullopt;
    for (const Device &device : m_devices) {
        if (device.name == name)
            return device;
    }
    return std::nullopt;
}

void DevicePicker::setStatusText(const QString &text, bool isProblem)
{
    m_statusLabel->setText(text);
    Theme::setTextColor(m_statusLabel, isProblem ? Theme::errorText() : Theme::mutedText());
    m_statusLabel->setProperty("problem", isProblem);
}

void DevicePicker::setLocked(bool locked)
{
    m_list->setEnabled(!locked);
    updateManagerTools();
}

void DevicePicker::updateEmptyState()
{
    const bool empty = m_loaded && m_devices.isEmpty();
    m_emptyHint->setVisible(empty);
    m_list->setVisible(!empty);
}

QList<QWidget *> DevicePicker::tabChain() const
{
    return {m_list, m_refreshButton, m_renameButton, m_switchButton};
}
