#pragma once

#include <QMarginsF>
#include <QPageSize>
#include <QSizeF>
#include <QString>

/// The paper a report or a receipt goes on: a normal sheet, or the roll of an 80 mm receipt printer (72 mm of it
/// printable; as long as what is printed). Kept in settings by a key that never changes with the language.
enum class Paper { A4, Letter, Roll80mm };

namespace PaperSizes {

/// The key kept in settings ("a4", "letter", "roll80").
QString key(Paper paper);
/// The paper a key names; `ok` false (and A4) for an unknown or empty key.
Paper fromKey(const QString &key, bool *ok = nullptr);
/// True for the roll: one page as long as its content, narrow margins.
bool isRoll(Paper paper);
/// The page for this paper. A roll is `contentHeightMm` long plus its margins (at least 80 mm, so that a short
/// receipt still tears off cleanly); a sheet ignores it.
QPageSize pageSize(Paper paper, double contentHeightMm = 0);
/// The margins in millimetres: 12 mm on a sheet, 4 mm on the roll.
QMarginsF marginsMm(Paper paper);
/// The printable width in millimetres (the page width less the left and right margins).
double printableWidthMm(Paper paper);

} // namespace PaperSizes
