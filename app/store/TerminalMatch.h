#pragma once

#include <QString>

/// How a terminal's name asked for (the history window's terminal filter, `pointdesk-cli history --terminal`) matches
/// the name recorded on a sale: the same words, capitals and accents aside, spaces around and between words
/// collapsed. "mostrador nandu" matches "Mostrador Ñandú"; "Caja 1" does not match "Caja 10".
namespace TerminalMatch {

/// The form two names are compared in: decomposed (NFD), without combining marks, case-folded, simplified.
QString key(const QString &name);
/// True when `asked` names the terminal recorded as `recorded`. An empty `asked` matches nothing.
bool matches(const QString &asked, const QString &recorded);

} // namespace TerminalMatch
