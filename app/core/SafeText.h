#pragma once

#include <QString>

/// Text from outside (a server, a file) made safe to show: no control characters that a terminal or a label would
/// act on, no bidirectional overrides that would show it in another order than it is, and a bounded length.
namespace SafeText {

/// Longest terminal name shown (longer ones are cut).
constexpr qsizetype kMaxNameChars = 100;
/// Longest message from a server shown.
constexpr qsizetype kMaxMessageChars = 500;

enum class Lines { Single, Keep };

/// True for what never goes on a screen from outside: C0 controls (but tab and line feed), DEL, C1 controls, the
/// bidirectional embeddings, overrides and isolates (U+202A-202E, U+2066-2069) and marks (U+200E, U+200F, U+061C).
bool isUnsafe(char32_t c);
/// `text` without unsafe characters (with Lines::Single, line feeds and tabs become spaces), cut to at most
/// `maxChars` UTF-16 units without splitting a surrogate pair; a cut text ends with an ellipsis. Lone surrogates
/// become U+FFFD.
QString forDisplay(const QString &text, qsizetype maxChars, Lines lines = Lines::Single);
/// True when forDisplay(text, maxChars) would change nothing (one line, nothing unsafe, not too long).
bool isClean(const QString &text, qsizetype maxChars);

} // namespace SafeText
