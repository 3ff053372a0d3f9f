#pragma once

#include "cli/CliCommand.h"

#include <memory>
#include <vector>

/// Every command of pointdesk-cli, in the order the help lists them. A new command is one line in CliRegistry.cpp.
namespace CliRegistry {
/// A fresh instance of the command called `name`; null when there is none.
std::unique_ptr<CliCommand> create(const QString &name);
/// A fresh instance of every command, for their declarations (help, parsing).
std::vector<std::unique_ptr<CliCommand>> all();
} // namespace CliRegistry
