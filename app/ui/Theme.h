#pragma once

#include <QColor>
#include <QFont>
#include <QIcon>
#include <QPixmap>

class QLabel;
class QWidget;

/// The cashier window's look in one place: colours per meaning, font scales derived from the default font
/// (never fixed pixel sizes, so HiDPI and the user's font choice carry through), and painted glyphs.
namespace Theme {

/// What a coloured area means; every tone is paired with words and a glyph, never shown by colour alone.
enum class Tone { Neutral, Info, Waiting, Success, Danger, Muted, Warning };

struct ToneColors
{
    QColor background;
    QColor border;
    QColor foreground;
    QColor accent; ///< the glyph's fill
};

ToneColors colors(Tone tone);

/// Mercado Pago's blue, for the primary action.
QColor primary();
QColor primaryDark();
QColor errorText();
QColor mutedText();

/// The colour of placeholder text in inputs: readable (>= 4.5:1) on a white input, unlike Qt's half-transparent text.
QColor placeholderText();
/// The text and background of a disabled primary button.
QColor disabledButtonText();
QColor disabledButtonBackground();
/// WCAG 2 contrast ratio of two opaque colours, 1.0 (same) to 21.0 (black on white).
double contrastRatio(const QColor &a, const QColor &b);
/// The smallest text the window shows, in pixels (12 px, readable from a step away); scaled() never goes below it.
constexpr int kMinimumTextPixels = 12;
/// `base` scaled by `scale` (point or pixel size, whichever the base uses), optionally with `weight`, never
/// smaller than kMinimumTextPixels (points count at the 96 dpi of logical pixels: 9 pt).
QFont scaled(const QFont &base, qreal scale, int weight = -1);

enum class Glyph { Card, Sending, Clock, Check, Cross, Minus, Warning, Question };

/// A glyph of `logicalSize` device-independent pixels, sharp at `devicePixelRatio`.
QPixmap glyph(Glyph glyph, const QColor &color, int logicalSize, qreal devicePixelRatio);

/// The application icon, painted (no image plugin needed) once per application object; resources/icons/pointdesk.svg
/// is the same drawing.
QIcon appIcon();
/// The application icon at one size, as appIcon().pixmap(size, size) gives it, without painting the other sizes
/// when appIcon() was not needed yet (the header bar's logo before the window's first frame).
QPixmap appIconPixmap(int size);

/// Gives `widget` (and what it holds) `color` for its text, in every state, through its palette (WindowText and
/// Text). An invalid colour gives the widget back the colours it inherits.
void setTextColor(QWidget *widget, const QColor &color);
/// A word-wrapped plain-text note in mutedText(), named `objectName`, in `parent`.
QLabel *noteLabel(const QString &objectName, QWidget *parent);

} // namespace Theme
