#pragma once

#include "ui/Theme.h"

#include <QString>

class QFrame;
class QLabel;
class QWidget;

/// What the setup wizard's pages share in looks: paragraphs, status lines under the fields and framed notes.
namespace SetupLook {

/// A word-wrapped plain-text label, named `name` when given.
QLabel *paragraph(const QString &text, QWidget *parent, const QString &name = QString());

enum class LineTone { Progress, Success, Problem };

/// A status line under the fields, hidden until it has something to say.
QLabel *statusLine(QWidget *parent, const QString &name, const QString &accessibleName);
/// Sets a status line's text in the info tone while something is under way ("Checking the token..."), green for
/// success, red for problems. The tone is also kept as the label's "tone" property ("progress", "success",
/// "problem"). An empty text hides the line.
void setLine(QLabel *label, const QString &text, LineTone tone);

/// The style sheet of a framed note named `name` in `tone`.
QString frameStyle(const QString &name, Theme::Tone tone);
/// A framed note in one of the theme's tones (the reason the wizard opened, the keychain explanation); `label` moves
/// into it.
QFrame *notice(const QString &name, Theme::Tone tone, QLabel *label, QWidget *parent);

} // namespace SetupLook
