#include "cli/commands/DevicesCommand.h"

#include "api/PointBackend.h"
#include "cli/CliContext.h"
#include "cli/CliJson.h"
#include "cli/ExitCodes.h"
#include "core/Validation.h"

#include <QJsonArray>

namespace {

// The API sends device ids as numbers; Device keeps them as text. Numbers go out as numbers.
QJsonValue deviceIdValue(const QString &text)
{
    bool ok = false;
    const qint64 number = text.toLongLong(&ok);
    if (ok)
        return QJsonValue(number);
    return CliJson::textOrNull(text);
}

QString deviceStatusKey(Device::Status status)
{
    switch (status) {
    case Device::Status::Free:
        return QStringLiteral("FREE");
    case Device::Status::Busy:
        return QStringLiteral("BUSY");
    case Device::Status::Unknown:
        break;
    }
    return QStringLiteral("UNKNOWN");
}

// Pads to a width in characters as a person counts them ("Ñandú" is five).
QString padded(const QString &text, int width)
{
    const int missing = width - Validation::characterCount(text);
    return missing > 0 ? text + QString(missing, QLatin1Char(' ')) : text;
}

} // namespace

QList<CliUsage> DevicesCommand::usages() const
{
    return {usage(tr("List the account's terminals: FREE, or BUSY with the order they hold."))};
}

void DevicesCommand::run(CliContext &context)
{
    m_call = context.client()->listTerminals()->then(this, [this, &context](const Call<DeviceList> &call) {
        if (!call.ok()) {
            context.failApi(call.error());
            return;
        }
        const DeviceList &devices = call.value();
        const bool modes = context.client()->capabilities().terminalOperatingMode;
        if (context.json()) {
            QJsonArray list;
            for (const Device &device : devices) {
                QJsonObject entry;
                if (modes) {
                    // Orders API terminals: their id, where they are and whether they take orders (PDV).
                    entry.insert(QStringLiteral("id"), device.id);
                    entry.insert(QStringLiteral("operating_mode"), device.rawOperatingMode);
                    entry.insert(QStringLiteral("store_id"), device.storeId);
                    entry.insert(QStringLiteral("pos_id"), device.posId);
                    entry.insert(QStringLiteral("external_pos_id"), device.externalPosId);
                    list.append(entry);
                    continue;
                }
                entry.insert(QStringLiteral("name"), device.name);
                entry.insert(QStringLiteral("id"), deviceIdValue(device.id));
                entry.insert(QStringLiteral("caller"), deviceIdValue(device.caller));
                entry.insert(QStringLiteral("status"), deviceStatusKey(device.status));
                entry.insert(QStringLiteral("payment_attempt"), CliJson::idOrNull(device.heldOrder));
                list.append(entry);
            }
            context.writeJson(QJsonObject{{QStringLiteral("devices"), list}});
            context.finish(CliExit::Success);
            return;
        }
        if (devices.isEmpty()) {
            context.writeOut(tr("No terminals are linked to this account. Set the terminal's name in the Mercado "
                                "Pago app on the terminal.") +
                             QLatin1Char('\n'));
            context.finish(CliExit::Success);
            return;
        }
        if (modes)
            writeModesTable(context, devices);
        else
            writeTable(context, devices);
        context.finish(CliExit::Success);
    });
}

void DevicesCommand::writeTable(CliContext &context, const DeviceList &devices)
{
    const QString nameHeader = tr("Terminal");
    const QString statusHeader = tr("Status");
    const QString orderHeader = tr("Order");
    int nameWidth = Validation::characterCount(nameHeader);
    for (const Device &device : devices)
        nameWidth = qMax(nameWidth, Validation::characterCount(device.name));
    int statusWidth = Validation::characterCount(statusHeader);
    for (const QString &word : {tr("FREE"), tr("BUSY"), tr("UNKNOWN")})
        statusWidth = qMax(statusWidth, Validation::characterCount(word));

    QString table = padded(nameHeader, nameWidth + 2) + padded(statusHeader, statusWidth + 2) + orderHeader;
    table += QLatin1Char('\n');
    for (const Device &device : devices) {
        QString status;
        switch (device.status) {
        case Device::Status::Free:
            status = tr("FREE");
            break;
        case Device::Status::Busy:
            status = tr("BUSY");
            break;
        case Device::Status::Unknown:
            status = tr("UNKNOWN");
            break;
        }
        QString line = padded(device.name, nameWidth + 2) + padded(status, statusWidth + 2);
        if (!device.heldOrder.isNull())
            line += device.heldOrder.toString();
        // Trailing spaces help nobody (and trip up scripts that compare lines).
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        table += line + QLatin1Char('\n');
    }
    context.writeOut(table);
}

void DevicesCommand::writeModesTable(CliContext &context, const DeviceList &devices)
{
    const QString idHeader = tr("Terminal");
    const QString modeHeader = tr("Mode");
    const QString storeHeader = tr("Store / POS");
    int idWidth = Validation::characterCount(idHeader);
    int modeWidth = Validation::characterCount(modeHeader);
    for (const Device &device : devices) {
        idWidth = qMax(idWidth, Validation::characterCount(device.id));
        modeWidth = qMax(modeWidth, Validation::characterCount(device.rawOperatingMode));
    }
    QString table = padded(idHeader, idWidth + 2) + padded(modeHeader, modeWidth + 2) + storeHeader + QLatin1Char('\n');
    bool standalone = false;
    for (const Device &device : devices) {
        QString line = padded(device.id, idWidth + 2) + padded(device.rawOperatingMode, modeWidth + 2);
        if (!device.storeId.isEmpty() || !device.posId.isEmpty())
            line += device.storeId + QLatin1String(" / ") + device.posId;
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        table += line + QLatin1Char('\n');
        standalone = standalone || device.operatingMode == Device::OperatingMode::Standalone;
    }
    if (standalone)
        table += tr("A STANDALONE terminal cannot take orders from PointDesk; a manager switches it with \"%1 "
                    "terminal-mode TERMINAL_ID pdv\" and restarts it.")
                     .arg(CliContext::program()) +
                 QLatin1Char('\n');
    context.writeOut(table);
}
