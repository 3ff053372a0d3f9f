#include "ui/ReceiptPreview.h"

#include "print/ReceiptDocument.h"
#include "store/OrderJournal.h"
#include "store/Settings.h"
#include "ui/Formatting.h"

#include <QAction>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QToolBar>
#include <memory>

namespace {

void tell(QWidget *parent, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Information, ReceiptPreview::tr("Receipt"), text, QMessageBox::Ok,
                                parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

} // namespace

QPrintPreviewDialog *ReceiptPreview::open(OrderJournal *journal, const Settings &settings, qint64 localId,
                                          QWidget *parent)
{
    if (!journal || !journal->isOpen()) {
        tell(parent, tr("The sales record is not open, so the receipt cannot be read."));
        return nullptr;
    }
    const std::optional<JournalEntry> entry = journal->entry(localId);
    if (!entry) {
        tell(parent, tr("Sale %1 could not be read from the sales record.").arg(localId));
        return nullptr;
    }
    const ShopDetails shop = settings.shopDetails();
    QString refusal;
    const std::optional<Receipt> receipt = Receipt::from(*entry, journal->refunds(localId), shop, &refusal);
    if (!receipt) {
        tell(parent, refusal);
        return nullptr;
    }
    const auto document = std::make_shared<ReceiptDocument>(*receipt, PaperSizes::fromKey(shop.paperKey), QLocale(),
                                                             Formatting::defaultCurrency());

    auto *printer = new QPrinter(QPrinter::HighResolution);
    printer->setDocName(tr("Receipt of sale %1").arg(localId));
    document->preparePage(printer);
    auto *preview = new QPrintPreviewDialog(printer, parent);
    preview->setObjectName(QStringLiteral("receiptPreview"));
    preview->setWindowTitle(tr("Receipt of sale %1").arg(localId));
    preview->setWindowModality(Qt::WindowModal);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(preview, &QObject::destroyed, [printer]() { delete printer; });
    QObject::connect(preview, &QPrintPreviewDialog::paintRequested, preview,
                     [document](QPrinter *target) { document->print(target); });

    // Save as PDF: the same page, written with QPdfWriter.
    if (auto *toolBar = preview->findChild<QToolBar *>()) {
        toolBar->addSeparator();
        QAction *save = toolBar->addAction(tr("Save as &PDF\u2026"));
        save->setObjectName(QStringLiteral("saveReceiptPdfAction"));
        save->setToolTip(tr("Save the receipt as a PDF file"));
        QObject::connect(save, &QAction::triggered, preview, [preview, document, localId]() {
            const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
            auto *dialog = new QFileDialog(preview, tr("Save the receipt as PDF"),
                                           folder + QLatin1Char('/') +
                                               tr("receipt-%1.pdf", "a file name: no spaces").arg(localId),
                                           tr("PDF files (*.pdf)"));
            dialog->setObjectName(QStringLiteral("saveReceiptPdfDialog"));
            dialog->setAcceptMode(QFileDialog::AcceptSave);
            dialog->setDefaultSuffix(QStringLiteral("pdf"));
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            QObject::connect(dialog, &QFileDialog::fileSelected, preview, [preview, document](const QString &path) {
                QString error;
                if (!document->writePdf(path, &error))
                    tell(preview, error);
            });
            dialog->open();
        });
    }
    preview->open();
    return preview;
}
