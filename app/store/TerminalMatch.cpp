#include "store/TerminalMatch.h"

namespace TerminalMatch {

QString key(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        switch (c.category()) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
            break; // the accent of a letter NFD split in two
        default:
            out.append(c);
        }
    }
    return out.toCaseFolded().simplified();
}

bool matches(const QString &asked, const QString &recorded)
{
    const QString wanted = key(asked);
    return !wanted.isEmpty() && wanted == key(recorded);
}

} // namespace TerminalMatch
