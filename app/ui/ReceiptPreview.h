#pragma once

#include <QCoreApplication>
#include <QString>

class OrderJournal;
class QPrintPreviewDialog;
class QWidget;
class Settings;

/// Opens the print preview of a paid sale's receipt (window-modal, never a nested event loop): Print goes to a
/// printer on the receipts' paper from Preferences, "Save as PDF…" writes the same page to a file. A sale whose money
/// was not taken, or that cannot be read, gets a message saying why instead.
class ReceiptPreview
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptPreview)

public:
    /// Shows the receipt of sale `localId` of `journal` over `parent`; returns the preview (deleted on close), or
    /// nullptr when there is no receipt to show (then a message box said why).
    static QPrintPreviewDialog *open(OrderJournal *journal, const Settings &settings, qint64 localId,
                                     QWidget *parent);
};
