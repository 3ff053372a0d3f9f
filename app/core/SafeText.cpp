#include "core/SafeText.h"

bool SafeText::isUnsafe(char32_t c)
{
    if (c == U'\t' || c == U'\n')
        return false;
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) ||
           c == 0x200e || c == 0x200f || c == 0x061c;
}

QString SafeText::forDisplay(const QString &text, qsizetype maxChars, Lines lines)
{
    QString out;
    out.reserve(qMin(text.size(), maxChars));
    const qsizetype budget = qMax<qsizetype>(1, maxChars);
    bool cut = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        char32_t code = c.unicode();
        qsizetype units = 1;
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            code = QChar::surrogateToUcs4(c, text.at(i + 1));
            units = 2;
        } else if (c.isSurrogate()) {
            code = 0xfffd; // a lone half of a pair
        }
        if (isUnsafe(code))
            continue;
        if (lines == Lines::Single && (code == U'\n' || code == U'\t'))
            code = U' ';
        // Room for the ellipsis that marks a cut.
        if (out.size() + units > budget - (i + units < text.size() ? 1 : 0)) {
            cut = true;
            break;
        }
        if (units == 2) {
            out += c;
            out += text.at(i + 1);
            ++i;
        } else {
            out += QChar(char16_t(code));
        }
    }
    if (cut)
        out += QChar(0x2026);
    return out;
}

bool SafeText::isClean(const QString &text, qsizetype maxChars)
{
    return text.size() <= maxChars && forDisplay(text, maxChars, Lines::Single) == text;
}
