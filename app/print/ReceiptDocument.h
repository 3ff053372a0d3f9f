#pragma once

#include "print/Paper.h"
#include "print/Receipt.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

class QPagedPaintDevice;
class QPaintDevice;
class QPainter;
class QPrinter;

/// Puts a Receipt on paper with QPainter: on the 80 mm roll a narrow single column on one page as long as its
/// content, on a sheet (A4, Letter) a compact block at the top of the page. Long values (a description, an address)
/// wrap; nothing is clipped. Text needs a QGuiApplication (fonts).
class ReceiptDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptDocument)

public:
    ReceiptDocument(const Receipt &receipt, Paper paper, const QLocale &locale, const Currency &currency);

    Paper paper() const { return m_paper; }
    /// The height the receipt's lines take on `device` at this paper's width, in millimetres.
    double contentHeightMm(const QPaintDevice *device) const;
    /// Sets `device`'s page (size and margins) for this paper; on the roll, as long as the content measured on it.
    void preparePage(QPagedPaintDevice *device) const;
    /// Paints the receipt on a painter already begun on a device prepared with preparePage().
    void paint(QPainter *painter) const;
    /// preparePage() then paint() on `printer` (a real printer, or the printer of a print preview).
    bool print(QPrinter *printer) const;
    /// Writes the receipt as a one-page PDF at `path`; false and `error` (translated) when it cannot.
    bool writePdf(const QString &path, QString *error = nullptr) const;

    /// The block's width in millimetres: the roll's printable width, at most 100 mm on a sheet.
    double blockWidthMm() const;

private:
    /// Lays the rows out from the top at `widthPx` on `device`; paints them when `painter` is given. Returns the
    /// height used, in device pixels.
    double layout(const QPaintDevice *device, double widthPx, QPainter *painter) const;

    QList<Receipt::Row> m_rows;
    Paper m_paper;
};
