#include "print/ReceiptDocument.h"

#include <QFile>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QTextLayout>
#include <QTextOption>
#include <algorithm>

namespace {

constexpr double kMmPerInch = 25.4;
constexpr double kSheetBlockWidthMm = 100.0;
// Printed resolution of the PDF: fine enough for any receipt printer.
constexpr int kPdfDpi = 600;

double pxPerMm(const QPaintDevice *device)
{
    return device->logicalDpiY() / kMmPerInch;
}

struct Fonts
{
    QFont body;
    QFont bold;
    QFont heading;
};

Fonts fontsFor(Paper paper, const QPaintDevice *device)
{
    const bool roll = PaperSizes::isRoll(paper);
    Fonts f;
    f.body = QFont(QStringLiteral("DejaVu Sans"));
    f.body.setStyleHint(QFont::SansSerif);
    f.body.setPointSizeF(roll ? 8.0 : 9.5);
    f.bold = f.body;
    f.bold.setBold(true);
    f.heading = f.bold;
    f.heading.setPointSizeF(roll ? 10.5 : 12.5);
    // Point sizes are measured against the device's own resolution (a PDF writer or a printer).
    f.body = QFont(f.body, device);
    f.bold = QFont(f.bold, device);
    f.heading = QFont(f.heading, device);
    return f;
}

} // namespace

ReceiptDocument::ReceiptDocument(const Receipt &receipt, Paper paper, const QLocale &locale, const Currency &currency)
    : m_rows(receipt.rows(locale, currency)), m_paper(paper)
{
}

double ReceiptDocument::blockWidthMm() const
{
    const double printable = PaperSizes::printableWidthMm(m_paper);
    return PaperSizes::isRoll(m_paper) ? printable : std::min(printable, kSheetBlockWidthMm);
}

double ReceiptDocument::contentHeightMm(const QPaintDevice *device) const
{
    const double scale = pxPerMm(device);
    return layout(device, blockWidthMm() * scale, nullptr) / scale;
}

void ReceiptDocument::preparePage(QPagedPaintDevice *device) const
{
    const double length = PaperSizes::isRoll(m_paper) ? contentHeightMm(device) : 0.0;
    device->setPageLayout(QPageLayout(PaperSizes::pageSize(m_paper, length), QPageLayout::Portrait,
                                      PaperSizes::marginsMm(m_paper), QPageLayout::Millimeter));
}

void ReceiptDocument::paint(QPainter *painter) const
{
    const double width = blockWidthMm() * pxPerMm(painter->device());
    layout(painter->device(), width, painter);
}

namespace {

/// `text` wrapped to `width` (at word boundaries, inside a word only when one does not fit), its lines laid out from
/// the top of `at`; drawn when `painter` is given. Returns the height taken.
double textBlock(const QString &text, const QFont &font, const QPaintDevice *device, const QPointF &at, double width,
                 Qt::Alignment align, QPainter *painter)
{
    QTextLayout layout(text, font, const_cast<QPaintDevice *>(device));
    QTextOption option(align);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    const QFontMetricsF metrics(font, device);
    double height = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    if (painter)
        layout.draw(painter, at);
    return std::max(height, metrics.height());
}

/// How wide `text` is on one line.
double naturalWidth(const QString &text, const QFont &font, const QPaintDevice *device)
{
    return QFontMetricsF(font, device).horizontalAdvance(text);
}

} // namespace

double ReceiptDocument::layout(const QPaintDevice *device, double widthPx, QPainter *painter) const
{
    const Fonts fonts = fontsFor(m_paper, device);
    const double mm = pxPerMm(device);
    const double gap = 0.8 * mm;     // between rows
    const double ruleGap = 1.6 * mm; // above and below a rule
    const double columnGap = 2.0 * mm;
    const double labelWidth = std::floor(widthPx * 0.42);
    const Qt::Alignment left = Qt::AlignLeft;
    const Qt::Alignment right = Qt::AlignRight;
    if (painter)
        painter->setPen(Qt::black);
    double y = 0;

    for (const Receipt::Row &row : m_rows) {
        switch (row.kind) {
        case Receipt::Row::Kind::Rule:
            y += ruleGap;
            if (painter) {
                QPen pen(Qt::black);
                pen.setWidthF(0.25 * mm);
                painter->setPen(pen);
                painter->drawLine(QPointF(0, y), QPointF(widthPx, y));
                painter->setPen(Qt::black);
            }
            y += ruleGap;
            break;
        case Receipt::Row::Kind::Heading:
            y += textBlock(row.label, fonts.heading, device, QPointF(0, y), widthPx, left, painter) + gap;
            break;
        case Receipt::Row::Kind::Text:
            y += textBlock(row.label, fonts.body, device, QPointF(0, y), widthPx, left, painter) + gap / 2;
            break;
        case Receipt::Row::Kind::Pair:
        case Receipt::Row::Kind::Total: {
            const QFont &font = row.kind == Receipt::Row::Kind::Total ? fonts.bold : fonts.body;
            const double labelNatural = naturalWidth(row.label, font, device);
            const double valueNatural = naturalWidth(row.value, font, device);
            if (labelNatural + columnGap + valueNatural <= widthPx) {
                // Both on one line: the label at the left, the value at the right.
                const double a = textBlock(row.label, font, device, QPointF(0, y), widthPx, left, painter);
                const double b = textBlock(row.value, font, device, QPointF(0, y), widthPx, right, painter);
                y += std::max(a, b) + gap;
            } else if (labelNatural <= labelWidth) {
                // A short label beside a long value, which wraps in its column.
                const double a = textBlock(row.label, font, device, QPointF(0, y), labelWidth, left, painter);
                const double b = textBlock(row.value, font, device, QPointF(labelWidth + columnGap, y),
                                           widthPx - labelWidth - columnGap, right, painter);
                y += std::max(a, b) + gap;
            } else {
                // A long label (a refund's date and state): the label, then the value below it at the right.
                y += textBlock(row.label, font, device, QPointF(0, y), widthPx, left, painter);
                y += textBlock(row.value, font, device, QPointF(0, y), widthPx, right, painter) + gap;
            }
            break;
        }
        }
    }
    return y;
}

bool ReceiptDocument::print(QPrinter *printer) const
{
    preparePage(printer);
    QPainter painter;
    if (!painter.begin(printer))
        return false;
    paint(&painter);
    return painter.end();
}

bool ReceiptDocument::writePdf(const QString &path, QString *error) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = tr("Cannot write the PDF file %1: %2").arg(path, file.errorString());
        return false;
    }
    bool ok = false;
    {
        QPdfWriter writer(&file);
        writer.setResolution(kPdfDpi);
        writer.setCreator(QStringLiteral("PointDesk"));
        writer.setTitle(tr("Receipt"));
        preparePage(&writer);
        QPainter painter;
        if (painter.begin(&writer)) {
            paint(&painter);
            ok = painter.end();
        }
    }
    file.close();
    if (!ok || file.error() != QFileDevice::NoError) {
        if (error)
            *error = tr("Cannot write the PDF file %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
