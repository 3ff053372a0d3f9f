#include "print/CashUpReportDocument.h"

#include <QFileInfo>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <algorithm>

namespace {

/// Paints lines, tables and the chart top to bottom, starting a new page when the next piece does not fit.
class Pages
{
public:
    Pages(QPainter &painter, QPagedPaintDevice *device, QString footer)
        : m_painter(painter), m_device(device), m_footer(std::move(footer))
    {
        m_mm = device->logicalDpiY() / 25.4;
        m_width = device->width();
        m_bottom = device->height() - mm(8); // room for the page number
    }

    double mm(double millimetres) const { return millimetres * m_mm; }
    double width() const { return m_width; }
    double y() const { return m_y; }
    void skip(double height) { m_y += height; }

    QFont font(double points, bool bold = false) const
    {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setStyleHint(QFont::SansSerif);
        f.setPointSizeF(points);
        f.setBold(bold);
        // No ligatures: the PDF's text reads (and copies) as written, "fi" not "ﬁ".
        f.setStyleStrategy(QFont::PreferNoShaping);
        return f;
    }
    double lineHeight(const QFont &font) const { return QFontMetricsF(font, m_device).lineSpacing(); }

    /// Makes room for `height`, on a new page when it does not fit on this one.
    void need(double height)
    {
        if (m_y + height > m_bottom && m_y > 0)
            newPage();
    }

    void newPage()
    {
        finishPage();
        m_device->newPage();
        ++m_page;
        m_y = 0;
    }

    void finishPage()
    {
        m_painter.save();
        m_painter.setFont(font(8));
        m_painter.setPen(Qt::darkGray);
        m_painter.drawText(QRectF(0, m_bottom + mm(2), m_width, mm(6)), Qt::AlignLeft | Qt::AlignVCenter, m_footer);
        m_painter.drawText(QRectF(0, m_bottom + mm(2), m_width, mm(6)), Qt::AlignRight | Qt::AlignVCenter,
                           CashUpReportDocument::tr("Page %1").arg(m_page));
        m_painter.restore();
    }

    /// One paragraph, wrapped to the width.
    void paragraph(const QString &text, const QFont &font, const QColor &color = Qt::black, double indent = 0)
    {
        const QFontMetricsF metrics(font, m_device);
        const QRectF bounds = metrics.boundingRect(QRectF(indent, 0, m_width - indent, 1e6), Qt::TextWordWrap, text);
        need(bounds.height());
        m_painter.setFont(font);
        m_painter.setPen(color);
        m_painter.drawText(QRectF(indent, m_y, m_width - indent, bounds.height()), Qt::TextWordWrap, text);
        m_y += bounds.height();
    }

    struct Column
    {
        QString title;
        double share; ///< of the width
        Qt::Alignment align;
    };

    /// A table: a bold header, then the rows; the header is repeated on every page the table runs onto.
    void table(const QList<Column> &columns, const QList<QStringList> &rows, bool lastRowIsTotal = false)
    {
        const QFont normal = font(9);
        const QFont bold = font(9, true);
        const double rowHeight = lineHeight(normal) * 1.35;
        auto drawRow = [&](const QStringList &cells, const QFont &f) {
            m_painter.setPen(Qt::black);
            double x = 0;
            for (int c = 0; c < columns.size(); ++c) {
                const double w = columns.at(c).share * m_width;
                const QRectF cell(x + mm(1), m_y, w - mm(2), rowHeight);
                // Text that does not fit is written a little smaller (down to 7 points); only what still does not
                // fit then (a long description) is shortened with "…", never cut off.
                QFont fitted = f;
                while (QFontMetricsF(fitted, m_device).horizontalAdvance(cells.value(c)) > cell.width() &&
                       fitted.pointSizeF() > 7.01)
                    fitted.setPointSizeF(fitted.pointSizeF() - 0.5);
                m_painter.setFont(fitted);
                const QString text =
                    QFontMetricsF(fitted, m_device).elidedText(cells.value(c), Qt::ElideRight, cell.width());
                m_painter.drawText(cell, int(columns.at(c).align | Qt::AlignVCenter), text);
                x += w;
            }
            m_y += rowHeight;
        };
        auto header = [&]() {
            QStringList titles;
            for (const Column &c : columns)
                titles << c.title;
            drawRow(titles, bold);
            m_painter.setPen(QPen(Qt::black, mm(0.3)));
            m_painter.drawLine(QPointF(0, m_y), QPointF(m_width, m_y));
        };
        need(rowHeight * 2);
        header();
        for (int r = 0; r < rows.size(); ++r) {
            const bool total = lastRowIsTotal && r == rows.size() - 1;
            if (m_y + rowHeight > m_bottom) {
                newPage();
                header();
            }
            if (total) {
                m_painter.setPen(QPen(Qt::black, mm(0.2)));
                m_painter.drawLine(QPointF(0, m_y), QPointF(m_width, m_y));
            }
            drawRow(rows.at(r), total ? bold : normal);
        }
    }

    QPainter &painter() { return m_painter; }

private:
    QPainter &m_painter;
    QPagedPaintDevice *m_device;
    QString m_footer;
    double m_mm = 1;
    double m_width = 0;
    double m_bottom = 0;
    double m_y = 0;
    int m_page = 1;
};

} // namespace

CashUpReportDocument::CashUpReportDocument(CashUpReport report, Style style)
    : m_report(std::move(report)), m_style(std::move(style))
{
}

Paper CashUpReportDocument::paperFor(const QLocale &locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::Philippines:
        return Paper::Letter;
    default:
        return Paper::A4;
    }
}

QString CashUpReportDocument::period() const
{
    const QLocale &l = m_style.locale;
    if (m_report.isOneDay())
        return l.toString(m_report.fromDay, QLocale::LongFormat);
    return tr("%1 to %2")
        .arg(l.toString(m_report.fromDay, QLocale::LongFormat), l.toString(m_report.toDay, QLocale::LongFormat));
}

QString CashUpReportDocument::title() const
{
    return tr("Cash-up report, %1").arg(period());
}

void CashUpReportDocument::setUpPrinter(QPrinter *printer) const
{
    const Paper paper = PaperSizes::isRoll(m_style.paper) ? Paper::A4 : m_style.paper;
    printer->setPageLayout(QPageLayout(PaperSizes::pageSize(paper), QPageLayout::Portrait, PaperSizes::marginsMm(paper),
                                       QPageLayout::Millimeter));
    printer->setDocName(title());
}

bool CashUpReportDocument::writePdf(const QString &path, QString *error) const
{
    QPdfWriter writer(path);
    const Paper paper = PaperSizes::isRoll(m_style.paper) ? Paper::A4 : m_style.paper;
    writer.setPageLayout(QPageLayout(PaperSizes::pageSize(paper), QPageLayout::Portrait, PaperSizes::marginsMm(paper),
                                     QPageLayout::Millimeter));
    writer.setResolution(300);
    writer.setTitle(title());
    writer.setCreator(QStringLiteral("PointDesk"));
    if (!paint(&writer)) {
        if (error)
            *error = tr("The PDF could not be written to %1. Check that the folder exists and can be written to.")
                         .arg(QFileInfo(path).absoluteFilePath());
        return false;
    }
    return true;
}

bool CashUpReportDocument::paint(QPagedPaintDevice *device) const
{
    QPainter painter;
    if (!painter.begin(device))
        return false;
    const QLocale &l = m_style.locale;
    const auto money = [this, &l](qint64 cents) {
        return Money::fromCents(cents).toCurrencyString(l, m_style.currency);
    };
    const auto time = [&l](const QDateTime &at) { return l.toString(at.toLocalTime().time(), QLocale::ShortFormat); };
    const auto dateTime = [&l](const QDateTime &at) { return l.toString(at.toLocalTime(), QLocale::ShortFormat); };
    const CashUpReport &r = m_report;

    Pages pages(painter, device, tr("PointDesk cash-up report, %1").arg(period()));
    const QFont body = pages.font(10);
    const QFont heading = pages.font(12, true);
    const auto section = [&](const QString &text) {
        pages.need(pages.lineHeight(heading) * 3);
        pages.skip(pages.mm(4));
        pages.paragraph(text, heading);
        pages.skip(pages.mm(1));
    };

    if (!m_style.shopName.trimmed().isEmpty())
        pages.paragraph(m_style.shopName.trimmed(), pages.font(11, true));
    pages.paragraph(tr("Cash-up report"), pages.font(18, true));
    pages.paragraph(period(), pages.font(12));
    if (r.wholeStore)
        pages.paragraph(tr("Whole store: %1.").arg(r.counters.join(QStringLiteral(", "))), pages.font(11, true));
    else if (r.isFromStore())
        pages.paragraph(tr("Counter %1, from the store database.").arg(r.counters.join(QStringLiteral(", "))),
                        pages.font(11, true));
    pages.skip(pages.mm(2));
    if (r.isClosed()) {
        pages.paragraph(
            tr("Closed on %1 by %2.").arg(dateTime(*r.closedAt), r.closedBy.isEmpty() ? tr("unknown") : r.closedBy),
            pages.font(10, true));
        if (r.changedSinceClosing > 0) {
            pages.paragraph(r.changedSinceClosing == 1
                                ? tr("One sale of this day changed after the closing (a late payment, a refund): the "
                                     "report of the next day lists it. These figures are the ones the day was closed "
                                     "with.")
                                : tr("%n sales of this day changed after the closing (a late payment, a refund): the "
                                     "report of the next day lists them. These figures are the ones the day was "
                                     "closed with.",
                                     nullptr, int(r.changedSinceClosing)),
                            body, Qt::darkGray);
        }
    } else {
        pages.paragraph(tr("Not closed. Figures as of %1.").arg(dateTime(r.madeAt)), body, Qt::darkGray);
    }
    if (r.hasUnfinished()) {
        pages.skip(pages.mm(2));
        pages.paragraph(r.unfinished.size() == 1
                            ? tr("Unfinished sale: one sale is still open or has an unknown result; its money is not "
                                 "counted. See \"Sales still open or unknown\" below.")
                            : tr("Unfinished sales: %n sales are still open or have an unknown result; their money is "
                                 "not counted. See \"Sales still open or unknown\" below.",
                                 nullptr, int(r.unfinished.size())),
                        pages.font(10, true), QColor(0xb0, 0x30, 0x00));
    }

    // The money: what the history counts as taken, given back and kept.
    const JournalTotals::Bucket all = r.money();
    section(tr("Summary"));
    const Qt::Alignment left = Qt::AlignLeft;
    const Qt::Alignment right = Qt::AlignRight;
    pages.table({{tr("Money"), 0.5, left}, {tr("Sales"), 0.2, right}, {tr("Amount"), 0.3, right}},
                {{tr("Paid sales"), l.toString(all.takenCount), money(all.takenCents)},
                 {tr("Refunded"), QString(), money(all.refundedCents)},
                 {tr("Net"), QString(), money(all.netCents())}},
                true);
    pages.skip(pages.mm(3));
    pages.table({{tr("Not counted in the money"), 0.5, left}, {tr("Sales"), 0.2, right}, {tr("Amount"), 0.3, right}},
                {{tr("Refunds in progress"), QString(), money(all.refundingCents)},
                 {tr("Declined"), l.toString(r.count(OrderState::Rejected)), QString()},
                 {tr("Cancelled"), l.toString(r.count(OrderState::Cancelled)), QString()},
                 {tr("Expired"), l.toString(r.count(OrderState::Expired)), QString()},
                 {tr("Not sent"), l.toString(r.count(OrderState::Failed)), QString()},
                 {tr("Still open or unknown"), l.toString(qint64(r.unfinished.size())), QString()}});

    const QList<Pages::Column> moneyColumns = {{QString(), 0.34, left},
                                               {tr("Sales"), 0.12, right},
                                               {tr("Paid"), 0.18, right},
                                               {tr("Refunded"), 0.18, right},
                                               {tr("Net"), 0.18, right}};
    const auto moneyRow = [&](const QString &name, const JournalTotals::Bucket &b) {
        return QStringList{name, l.toString(b.takenCount), money(b.takenCents), money(b.refundedCents),
                           money(b.netCents())};
    };
    section(tr("By card type"));
    QList<Pages::Column> columns = moneyColumns;
    columns[0].title = tr("Card type");
    pages.table(columns,
                {moneyRow(tr("Credit card"), r.totals.byCardType(CardType::Credit)),
                 moneyRow(tr("Debit card"), r.totals.byCardType(CardType::Debit)), moneyRow(tr("Total"), all)},
                true);

    section(tr("By terminal"));
    columns[0].title = tr("Terminal");
    QList<QStringList> terminalRows;
    for (const QString &name : r.totals.terminals())
        terminalRows << moneyRow(name, r.totals.byTerminal(name));
    terminalRows << moneyRow(tr("Total"), all);
    pages.table(columns, terminalRows, true);

    if (r.isFromStore()) {
        section(tr("By counter"));
        columns[0].title = tr("Counter");
        QList<QStringList> counterRows;
        for (const QString &name : r.totals.counters())
            counterRows << moneyRow(name, r.totals.byCounter(name));
        counterRows << moneyRow(tr("Total"), all);
        pages.table(columns, counterRows, true);
    }

    // The chart: one bar per hour, the highest hour's amount written over its bar.
    section(tr("Amount taken per hour"));
    {
        const double chartHeight = pages.mm(40);
        const QFont small = pages.font(7);
        const double labelHeight = pages.lineHeight(small) * 1.3;
        pages.need(chartHeight + labelHeight * 2);
        QPainter &p = pages.painter();
        const double top = pages.y() + labelHeight;
        const double slot = pages.width() / 24.0;
        const qint64 highest = *std::max_element(r.takenByHour.cbegin(), r.takenByHour.cend());
        p.setPen(QPen(Qt::black, pages.mm(0.2)));
        p.drawLine(QPointF(0, top + chartHeight), QPointF(pages.width(), top + chartHeight));
        p.setFont(small);
        for (int h = 0; h < 24; ++h) {
            const qint64 cents = r.takenByHour.value(h);
            const double x = h * slot;
            if (cents > 0 && highest > 0) {
                const double height = qMax(pages.mm(0.5), chartHeight * double(cents) / double(highest));
                p.fillRect(QRectF(x + slot * 0.15, top + chartHeight - height, slot * 0.7, height),
                           QColor(0x1f, 0x6f, 0xb5));
                if (cents == highest) {
                    p.setPen(Qt::black);
                    const QString text = money(cents);
                    const double w = QFontMetricsF(small, device).horizontalAdvance(text) + pages.mm(1);
                    const double cx = qBound(0.0, x + slot / 2 - w / 2, pages.width() - w);
                    p.drawText(QRectF(cx, top + chartHeight - height - labelHeight, w, labelHeight), Qt::AlignCenter,
                               text);
                }
            }
            p.setPen(Qt::black);
            p.drawText(QRectF(x, top + chartHeight, slot, labelHeight), Qt::AlignCenter,
                       QStringLiteral("%1").arg(h, 2, 10, QLatin1Char('0')));
        }
        pages.skip(labelHeight + chartHeight + labelHeight);
        if (highest == 0)
            pages.paragraph(tr("No money was taken."), body, Qt::darkGray);
    }

    const auto saleRows = [&](const QList<CashUpSale> &sales, bool changed) {
        QList<QStringList> rows;
        for (const CashUpSale &s : sales) {
            QStringList row{r.isOneDay() && !changed ? time(s.createdAt) : dateTime(s.createdAt), s.description,
                            s.counter.isEmpty() ? s.terminal : s.counter + QStringLiteral(" · ") + s.terminal,
                            OrderStates::displayName(s.state), money(s.cents)};
            if (changed)
                row << dateTime(s.updatedAt) << (s.refundedCents > 0 ? money(s.refundedCents) : QString());
            rows << row;
        }
        return rows;
    };
    section(tr("Sales still open or unknown"));
    if (r.unfinished.isEmpty()) {
        pages.paragraph(tr("None: every sale of these days is finished."), body);
    } else {
        pages.table({{tr("Time"), r.isOneDay() ? 0.1 : 0.17, left},
                     {tr("Description"), r.isOneDay() ? 0.32 : 0.27, left},
                     {tr("Terminal"), 0.2, left},
                     {tr("State"), 0.23, left},
                     {tr("Amount"), 0.15, right}},
                    saleRows(r.unfinished, false));
    }
    if (!r.changedAfterClosing.isEmpty()) {
        section(tr("Changes after closing"));
        pages.paragraph(tr("Sales of a closed day that changed after it was closed (a late payment, a refund). The "
                           "closed day's report keeps the figures it was closed with."),
                        pages.font(9), Qt::darkGray);
        pages.skip(pages.mm(1));
        pages.table({{tr("Sold"), 0.15, left},
                     {tr("Description"), 0.17, left},
                     {tr("Terminal"), 0.13, left},
                     {tr("State now"), 0.15, left},
                     {tr("Amount"), 0.11, right},
                     {tr("Changed"), 0.17, left},
                     {tr("Refunded"), 0.12, right}},
                    saleRows(r.changedAfterClosing, true));
    }
    pages.finishPage();
    return painter.end();
}
