#pragma once

#include "core/Currency.h"
#include "print/Paper.h"
#include "store/CashUpReport.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

class QPagedPaintDevice;
class QPrinter;

/// The cash-up report on paper or in a PDF, painted with QPainter: a title (with the shop's name when known), the
/// days, whether the days are closed, a warning at the top when a sale is not finished, the money (paid, refunded,
/// refunds in progress, net), the declined and cancelled counts, tables by card type and by terminal, a bar chart of
/// the money taken per hour, the sales still open or unknown and the changes after a closing, with page breaks where
/// a table runs on. Amounts in the account's currency and dates in the chosen language's locale.
class CashUpReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(CashUpReportDocument)

public:
    struct Style
    {
        QLocale locale;
        Currency currency;
        QString shopName;        ///< printed above the title when not empty
        Paper paper = Paper::A4; ///< a sheet; the 80 mm roll is too narrow for the tables and gives A4
    };

    CashUpReportDocument(CashUpReport report, Style style);

    /// Letter where the locale's country uses it (the Americas' Letter countries), else A4.
    static Paper paperFor(const QLocale &locale);

    /// "Cash-up report, Tuesday, 1 December 2026" or "..., 1 December 2026 to 7 December 2026": the window's title
    /// and the PDF's.
    QString title() const;
    /// The days as the locale writes them.
    QString period() const;

    /// Sets `printer`'s page (paper, margins) and document name; then paint() prints on it.
    void setUpPrinter(QPrinter *printer) const;
    /// Paints every page on `device`, whose page layout is already set. False when painting could not start.
    bool paint(QPagedPaintDevice *device) const;
    /// Writes the report as a PDF at `path`. False, with `error` in words for a person, when it could not.
    bool writePdf(const QString &path, QString *error = nullptr) const;

private:
    CashUpReport m_report;
    Style m_style;
};
