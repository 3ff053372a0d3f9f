#pragma once

#include <QStringList>

/// Whether a run of pointdesk-cli draws text on a page (a PDF) and so needs fonts: then main() makes a
/// QGuiApplication on the offscreen platform (never a display) instead of a QCoreApplication. Decided from the
/// command line alone, before any application object exists.
namespace CliFonts {

/// True when `arguments` (argv without the program) ask for a PDF: --pdf FILE or --pdf=FILE, with any command.
bool needed(const QStringList &arguments);

} // namespace CliFonts
