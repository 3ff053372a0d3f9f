#include "ui/CashUpDialog.h"

#include "print/CashUpReportDocument.h"
#include "store/CashUpReportBuilder.h"
#include "store/OrderJournal.h"
#include "store/Settings.h"
#include "store/StoreHistoryLoader.h"
#include "store/StoreHistoryQueries.h"
#include "ui/ConfirmBox.h"
#include "ui/Formatting.h"
#include "ui/Theme.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace {

CashUpReportDocument::Style documentStyle()
{
    CashUpReportDocument::Style style;
    style.locale = QLocale();
    style.currency = Formatting::defaultCurrency();
    style.paper = CashUpReportDocument::paperFor(style.locale);
    style.shopName = Settings().shopDetails().name; // set by the manager in Preferences, as on receipts
    return style;
}

/// A window-modal message that does not block the caller (the dialog stays live behind it).
void tell(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("cashUpMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

} // namespace

CashUpDialog::CashUpDialog(OrderJournal *journal, QWidget *parent)
    : QDialog(parent), m_journal(journal), m_printer(new QPrinter(QPrinter::HighResolution))
{
    setObjectName(QStringLiteral("cashUpDialog"));
    setWindowTitle(tr("Close the day"));
    auto *layout = new QVBoxLayout(this);

    auto *days = new QHBoxLayout;
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(today, this);
    m_from->setObjectName(QStringLiteral("cashUpFrom"));
    m_from->setCalendarPopup(true);
    m_from->setMaximumDate(today);
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("cashUpTo"));
    m_to->setCalendarPopup(true);
    m_to->setMaximumDate(today);
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    auto *todayButton = new QPushButton(tr("To&day"), this);
    todayButton->setObjectName(QStringLiteral("cashUpToday"));
    todayButton->setAutoDefault(false);
    days->addWidget(fromLabel);
    days->addWidget(m_from);
    days->addSpacing(12);
    days->addWidget(toLabel);
    days->addWidget(m_to);
    days->addSpacing(12);
    days->addWidget(todayButton);
    days->addStretch();
    // This counter's report or the whole store's (setStore()).
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("cashUpScope"));
    m_scope->setAccessibleName(tr("Whose sales"));
    m_scope->addItem(tr("This counter"), false);
    m_scope->addItem(tr("Whole store"), true);
    m_scopeLabel = new QLabel(tr("Sho&w:"), this);
    m_scopeLabel->setBuddy(m_scope);
    m_scope->hide();
    m_scopeLabel->hide();
    days->addWidget(m_scopeLabel);
    days->addWidget(m_scope);
    layout->addLayout(days);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("cashUpStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    m_preview = new QPrintPreviewWidget(m_printer, this);
    m_preview->setObjectName(QStringLiteral("cashUpPreview"));
    m_preview->setAccessibleName(tr("Report preview"));
    m_preview->setMinimumSize(560, 420);
    // While the store's report comes, or when it cannot: a sentence instead of the preview.
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("cashUpStoreMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("cashUpStack"));
    m_stack->addWidget(m_preview);
    m_stack->addWidget(m_message);
    layout->addWidget(m_stack, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_printButton = buttons->addButton(tr("&Print\u2026"), QDialogButtonBox::ActionRole);
    m_printButton->setObjectName(QStringLiteral("cashUpPrint"));
    m_pdfButton = buttons->addButton(tr("&Save as PDF\u2026"), QDialogButtonBox::ActionRole);
    m_pdfButton->setObjectName(QStringLiteral("cashUpPdf"));
    m_closeDayButton = buttons->addButton(tr("C&lose the day\u2026"), QDialogButtonBox::ActionRole);
    m_closeDayButton->setObjectName(QStringLiteral("cashUpCloseDay"));
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("cashUpDone"));
    for (QPushButton *b : {m_printButton, m_pdfButton, m_closeDayButton})
        b->setAutoDefault(false);
    layout->addWidget(buttons);

    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &CashUpDialog::paintPreview);
    connect(m_from, &QDateEdit::dateChanged, this, [this](const QDate &from) {
        if (m_to->date() < from)
            m_to->setDate(from);
        reload();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this](const QDate &to) {
        if (m_from->date() > to)
            m_from->setDate(to);
        reload();
    });
    connect(todayButton, &QPushButton::clicked, this,
            [this]() { setDays(QDate::currentDate(), QDate::currentDate()); });
    connect(m_printButton, &QPushButton::clicked, this, &CashUpDialog::print);
    connect(m_pdfButton, &QPushButton::clicked, this, &CashUpDialog::savePdf);
    connect(m_closeDayButton, &QPushButton::clicked, this, [this]() { Q_EMIT closeDayRequested(fromDay()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_scope, &QComboBox::currentIndexChanged, this,
            [this]() { setWholeStore(m_scope->currentData().toBool()); });

    resize(820, 700);
    reload();
    m_from->setFocus();
}

CashUpDialog::~CashUpDialog()
{
    delete m_preview; // before the printer it paints on
    m_preview = nullptr;
    delete m_printer;
}

QDate CashUpDialog::fromDay() const
{
    return m_from->date();
}

QDate CashUpDialog::toDay() const
{
    return m_to->date();
}

void CashUpDialog::setDays(const QDate &from, const QDate &to)
{
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(from);
    m_to->setDate(qMax(from, to));
    reload();
}

void CashUpDialog::reload()
{
    if (m_wholeStore) {
        reloadStore();
        return;
    }
    if (m_loader)
        m_loader->supersede();
    m_loading = false;
    JournalResult result;
    m_report = CashUpReportBuilder(m_journal).build(fromDay(), toDay(), &result);
    if (!result.ok()) {
        m_report = CashUpReport();
        m_report.fromDay = fromDay();
        m_report.toDay = toDay();
        m_status->setText(result.userMessage());
    }
    showReport();
}

void CashUpDialog::showReport()
{
    CashUpReportDocument(m_report, documentStyle()).setUpPrinter(m_printer);
    updateState();
    m_stack->setCurrentIndex(0);
    m_preview->updatePreview();
}

void CashUpDialog::setStore(const StoreSettings &store, TokenStore *keychain)
{
    if (!store.isConfigured() || m_loader)
        return;
    auto *loader = new StoreHistoryLoader(this);
    loader->connectFrom(store, keychain);
    useLoader(loader);
}

void CashUpDialog::setStoreConnection(const StoreConnection &connection)
{
    if (m_loader)
        return;
    auto *loader = new StoreHistoryLoader(this);
    loader->setConnection(connection);
    useLoader(loader);
}

void CashUpDialog::useLoader(StoreHistoryLoader *loader)
{
    m_loader = loader;
    m_scope->show();
    m_scopeLabel->show();
}

void CashUpDialog::setWholeStore(bool wholeStore)
{
    if (wholeStore && !m_loader)
        return;
    {
        const QSignalBlocker block(m_scope);
        m_scope->setCurrentIndex(wholeStore ? 1 : 0);
    }
    m_wholeStore = wholeStore;
    reload();
}

void CashUpDialog::reloadStore()
{
    m_loader->supersede(); // a report of other days on its way is not wanted any more
    m_loading = true;
    // The same days read again (a sale changed): the report shown stays until the new one comes.
    const bool sameDays = m_report.wholeStore && m_storeResult.ok() && m_report.fromDay == fromDay() &&
                          m_report.toDay == toDay();
    m_storeResult = StoreResult();
    if (!sameDays) {
        m_report = CashUpReport();
        m_report.fromDay = fromDay();
        m_report.toDay = toDay();
        m_message->setText(tr("Loading the store's cash-up report\u2026"));
        m_message->setStyleSheet(QString());
        m_stack->setCurrentIndex(1);
    }
    updateState();
    QPointer<CashUpDialog> self(this);
    m_loader->read<CashUpReport>(StoreHistoryQueries::cashUpReport(fromDay(), toDay()),
                                 [self](const StoreResult &result, const CashUpReport &report) {
                                     if (!self)
                                         return;
                                     self->m_loading = false;
                                     self->m_storeResult = result;
                                     if (result.ok()) {
                                         self->m_report = report;
                                         self->showReport();
                                         return;
                                     }
                                     self->m_message->setText(
                                         tr("The store database cannot be reached: %1. This counter's own report is "
                                            "still here: choose This counter.")
                                             .arg(StoreHistoryLoader::reason(result)));
                                     self->m_message->setStyleSheet(QStringLiteral("QLabel { color: %1; }")
                                                                        .arg(Theme::errorText().name()));
                                     self->updateState();
                                 });
}

QString CashUpDialog::statusText() const
{
    return m_status->text();
}

void CashUpDialog::updateState()
{
    const QLocale locale;
    const bool oneDay = fromDay() == toDay();
    const bool shown = !m_wholeStore || (m_storeResult.ok() && (!m_loading || m_stack->currentIndex() == 0));
    m_printButton->setEnabled(shown);
    m_pdfButton->setEnabled(shown);
    if (m_wholeStore) {
        QString status = m_loading        ? tr("Reading the whole store's sales\u2026")
                         : !shown         ? QString()
                         : m_report.counters.size() == 1 ? tr("The whole store: one counter.")
                                                         : tr("The whole store: %n counters.", nullptr,
                                                              int(m_report.counters.size()));
        if (shown && m_report.hasUnfinished())
            status += QLatin1Char(' ') + (m_report.unfinished.size() == 1
                                              ? tr("One sale is not finished.")
                                              : tr("%n sales are not finished.", nullptr,
                                                   int(m_report.unfinished.size())));
        m_status->setText(status);
        m_closeDayButton->setEnabled(false);
        m_closeDayButton->setToolTip(tr("Days are closed on each counter: choose This counter to close this "
                                        "counter's day."));
        return;
    }
    QString status;
    if (m_report.isClosed()) {
        status = tr("Closed on %1 by %2. The report shows the figures it was closed with.")
                     .arg(locale.toString(m_report.closedAt->toLocalTime(), QLocale::ShortFormat), m_report.closedBy);
    } else if (oneDay) {
        status = tr("Not closed yet.");
    } else {
        status = tr("A range of days: pick one day to close it.");
    }
    if (m_report.hasUnfinished())
        status += QLatin1Char(' ') + (m_report.unfinished.size() == 1
                                          ? tr("One sale is not finished.")
                                          : tr("%n sales are not finished.", nullptr, int(m_report.unfinished.size())));
    m_status->setText(status);
    m_closeDayButton->setEnabled(oneDay && !m_report.isClosed() && m_journal && m_journal->isOpen());
    m_closeDayButton->setToolTip(oneDay ? QString() : tr("Only one day can be closed at a time."));
}

void CashUpDialog::paintPreview(QPrinter *printer)
{
    CashUpReportDocument(m_report, documentStyle()).paint(printer);
}

void CashUpDialog::print()
{
    const CashUpReportDocument document(m_report, documentStyle());
    QPrinter printer(QPrinter::HighResolution);
    document.setUpPrinter(&printer);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the cash-up report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!document.paint(&printer))
        tell(this, QMessageBox::Warning, tr("Print the cash-up report"), tr("The report could not be printed."));
}

void CashUpDialog::savePdf()
{
    QString name =
        m_report.isOneDay()
            ? tr("cash-up-%1.pdf").arg(fromDay().toString(Qt::ISODate))
            : tr("cash-up-%1-to-%2.pdf").arg(fromDay().toString(Qt::ISODate), toDay().toString(Qt::ISODate));
    if (m_wholeStore)
        name = tr("store-%1").arg(name);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the cash-up report as PDF"),
                                                      QDir(folder).filePath(name), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!CashUpReportDocument(m_report, documentStyle()).writePdf(path, &error)) {
        tell(this, QMessageBox::Warning, tr("Save the cash-up report as PDF"), error);
        return;
    }
    m_status->setText(tr("Saved as %1.").arg(QDir::toNativeSeparators(path)));
}

void CashUpDialog::closeDay(const QString &who)
{
    const QDate day = fromDay();
    if (fromDay() != toDay() || m_wholeStore)
        return;
    const QLocale locale;
    if (const std::optional<JournalClosing> closed = m_journal->closing(day)) {
        tell(this, QMessageBox::Information, tr("Close the day"),
             tr("%1 is already closed (on %2 by %3). A day is closed only once; later changes "
                "show in the next day's report.")
                 .arg(locale.toString(day, QLocale::LongFormat),
                      locale.toString(closed->closedAt.toLocalTime(), QLocale::ShortFormat), closed->closedBy));
        reload();
        return;
    }
    ConfirmBox::Spec spec;
    spec.objectName = QStringLiteral("confirmCloseDay");
    spec.title = tr("Close the day");
    spec.text = tr("Close %1?").arg(locale.toString(day, QLocale::LongFormat));
    spec.informativeText =
        (!m_report.hasUnfinished() ? QString()
         : m_report.unfinished.size() == 1
             ? tr("One sale of this day is not finished; its money is not counted.") + QLatin1Char(' ')
             : tr("%n sales of this day are not finished; their money is not counted.", nullptr,
                  int(m_report.unfinished.size())) +
                   QLatin1Char(' ')) +
        tr("The report is kept as it is now. A sale that changes later (a late payment, a refund) shows in the next "
           "day's report. A day is closed only once.");
    spec.confirmText = tr("C&lose the day");
    spec.confirmObjectName = QStringLiteral("confirmCloseDayButton");
    spec.backText = tr("&Back");
    spec.backObjectName = QStringLiteral("confirmCloseDayBack");
    ConfirmBox::ask(this, spec, [this, who]() { recordClosing(who); });
}

void CashUpDialog::recordClosing(const QString &who)
{
    const JournalResult result =
        CashUpReportBuilder::closeDay(m_journal, fromDay(), who, QDateTime::currentDateTime(), &m_report);
    if (result.kind() == JournalResult::Kind::Conflict) {
        tell(this, QMessageBox::Information, tr("Close the day"),
             tr("This day was closed in the meantime (on another till). A day is closed only once."));
    } else if (!result.ok()) {
        tell(this, QMessageBox::Warning, tr("Close the day"), result.userMessage());
    }
    reload();
}
