#include "print/ReceiptDocument.h"

#include <QFile>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
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

double ReceiptDocument::layout(const QPaintDevice *device, double widthPx, QPainter *painter) const
{
    const Fonts fonts = fontsFor(m_paper, device);
    const double mm = pxPerMm(device);
    const double gap = 0.8 * mm;      // between rows
    const double ruleGap = 1.6 * mm;  // above and below a rule
    const double columnGap = 2.0 * mm;
    const double labelWidth = std::floor(widthPx * 0.42);
    const double valueWidth = widthPx - labelWidth - columnGap;
    const int wrap = Qt::TextWordWrap | Qt::TextWrapAnywhere;
    double y = 0;

    const auto textBlock = [&](const QFont &font, const QRectF &area, int align, const QString &text) {
        const QFontMetricsF metrics(font, device);
        const QRectF needed = metrics.boundingRect(area, align | wrap, text);
        const double height = std::max(needed.height(), metrics.height());
        if (painter) {
            painter->setFont(font);
            painter->drawText(QRectF(area.left(), area.top(), area.width(), height), align | wrap, text);
        }
        return height;
    };

    for (int i = 0; i < m_rows.size(); ++i) {
        const Receipt::Row &row = m_rows.at(i);
        switch (row.kind) {
        case Receipt::Row::Kind::Rule:
            y += ruleGap;
            if (painter) {
                QPen pen(Qt::black);
                pen.setWidthF(0.25 * mm);
                painter->setPen(pen);
                painter->drawLine(QPointF(0, y), QPointF(widthPx, y));
            }
            y += ruleGap;
            break;
        case Receipt::Row::Kind::Heading:
            y += textBlock(fonts.heading, QRectF(0, y, widthPx, 0), Qt::AlignLeft | Qt::AlignTop, row.label) + gap;
            break;
        case Receipt::Row::Kind::Text:
            y += textBlock(fonts.body, QRectF(0, y, widthPx, 0), Qt::AlignLeft | Qt::AlignTop, row.label) + gap / 2;
            break;
        case Receipt::Row::Kind::Pair:
        case Receipt::Row::Kind::Total: {
            const QFont &font = row.kind == Receipt::Row::Kind::Total ? fonts.bold : fonts.body;
            if (painter)
                painter->setPen(Qt::black);
            const double left = textBlock(font, QRectF(0, y, labelWidth, 0), Qt::AlignLeft | Qt::AlignTop, row.label);
            const double right = textBlock(font, QRectF(labelWidth + columnGap, y, valueWidth, 0),
                                           Qt::AlignRight | Qt::AlignTop, row.value);
            y += std::max(left, right) + gap;
            break;
        }
        }
        if (painter)
            painter->setPen(Qt::black);
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
