#include "print/Paper.h"

#include <algorithm>

namespace {
constexpr double kRollWidthMm = 80.0;
constexpr double kRollMinimumLengthMm = 80.0;
constexpr double kSheetMarginMm = 12.0;
constexpr double kRollMarginMm = 4.0;
} // namespace

namespace PaperSizes {

QString key(Paper paper)
{
    switch (paper) {
    case Paper::A4:
        return QStringLiteral("a4");
    case Paper::Letter:
        return QStringLiteral("letter");
    case Paper::Roll80mm:
        return QStringLiteral("roll80");
    }
    return QStringLiteral("a4");
}

Paper fromKey(const QString &key, bool *ok)
{
    const QString k = key.trimmed().toLower();
    for (Paper paper : {Paper::A4, Paper::Letter, Paper::Roll80mm}) {
        if (k == PaperSizes::key(paper)) {
            if (ok)
                *ok = true;
            return paper;
        }
    }
    if (ok)
        *ok = false;
    return Paper::A4;
}

bool isRoll(Paper paper)
{
    return paper == Paper::Roll80mm;
}

QMarginsF marginsMm(Paper paper)
{
    const double m = isRoll(paper) ? kRollMarginMm : kSheetMarginMm;
    return {m, m, m, m};
}

QPageSize pageSize(Paper paper, double contentHeightMm)
{
    switch (paper) {
    case Paper::A4:
        return QPageSize(QPageSize::A4);
    case Paper::Letter:
        return QPageSize(QPageSize::Letter);
    case Paper::Roll80mm: {
        const QMarginsF m = marginsMm(paper);
        const double length = std::max(kRollMinimumLengthMm, contentHeightMm + m.top() + m.bottom());
        return QPageSize(QSizeF(kRollWidthMm, length), QPageSize::Millimeter, QStringLiteral("Roll 80 mm"),
                         QPageSize::ExactMatch);
    }
    }
    return QPageSize(QPageSize::A4);
}

double printableWidthMm(Paper paper)
{
    const QMarginsF m = marginsMm(paper);
    return pageSize(paper).size(QPageSize::Millimeter).width() - m.left() - m.right();
}

} // namespace PaperSizes
