#include "cli/CliRegistry.h"

#include "cli/commands/CancelCommand.h"
#include "cli/commands/ChargeCommand.h"
#include "cli/commands/DevicesCommand.h"
#include "cli/commands/EnableIntegrationCommand.h"
#include "cli/commands/HelpCommand.h"
#include "cli/commands/HistoryCommand.h"
#include "cli/commands/LoginCommand.h"
#include "cli/commands/LogoutCommand.h"
#include "cli/commands/ReceiptCommand.h"
#include "cli/commands/RefundCommand.h"
#include "cli/commands/RemoveDeviceCommand.h"
#include "cli/commands/ReportCommand.h"
#include "cli/commands/StatusCommand.h"
#include "cli/commands/StoreCommand.h"
#include "cli/commands/TerminalModeCommand.h"

#include <QList>

namespace {

using Factory = std::unique_ptr<CliCommand> (*)();

template <typename T> std::unique_ptr<CliCommand> make()
{
    return std::make_unique<T>();
}

const QList<Factory> &factories()
{
    static const QList<Factory> list = {
        make<LoginCommand>,   make<LogoutCommand>, make<DevicesCommand>,      make<ChargeCommand>,
        make<StatusCommand>,  make<CancelCommand>, make<RemoveDeviceCommand>, make<EnableIntegrationCommand>,
        make<RefundCommand>,  make<HistoryCommand>, make<ReportCommand>, make<HelpCommand>,
        make<TerminalModeCommand>, make<ReceiptCommand>, make<StoreCommand>,
    };
    return list;
}

} // namespace

namespace CliRegistry {

std::unique_ptr<CliCommand> create(const QString &name)
{
    for (const Factory factory : factories()) {
        std::unique_ptr<CliCommand> command = factory();
        if (command->name() == name)
            return command;
    }
    return nullptr;
}

std::vector<std::unique_ptr<CliCommand>> all()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    for (const Factory factory : factories())
        commands.push_back(factory());
    return commands;
}

} // namespace CliRegistry
