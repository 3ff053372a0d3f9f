#pragma once

#include "store/CashUpReport.h"

#include <QDialog>
#include <QPointer>

class OrderJournal;
class QDateEdit;
class QLabel;
class QPrintPreviewWidget;
class QPrinter;
class QPushButton;

/// Sales > Close the day: picks a day or a range (default today), shows its cash-up report as it will print
/// (QPrintPreviewWidget), prints it, saves it as a PDF, and closes the day. Closing is the manager's: the dialog asks
/// for it with closeDayRequested(), and the window calls closeDay() once the manager PIN is given.
class CashUpDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CashUpDialog(OrderJournal *journal, QWidget *parent = nullptr);
    ~CashUpDialog() override;

    /// Reads the report of the days picked again (a sale changed).
    void reload();
    /// The days picked (local dates).
    QDate fromDay() const;
    QDate toDay() const;
    void setDays(const QDate &from, const QDate &to);
    const CashUpReport &report() const { return m_report; }
    /// Asks to confirm, then closes the day picked as `who`; refuses a second closing with a message.
    void closeDay(const QString &who);

Q_SIGNALS:
    /// Close the day was pressed for `day`: the window checks for the manager, then calls closeDay().
    void closeDayRequested(const QDate &day);

private:
    void paintPreview(QPrinter *printer);
    void print();
    void savePdf();
    void updateState();
    void recordClosing(const QString &who);

    OrderJournal *m_journal;
    CashUpReport m_report;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_status = nullptr;
    QPrintPreviewWidget *m_preview = nullptr;
    QPrinter *m_printer = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_pdfButton = nullptr;
    QPushButton *m_closeDayButton = nullptr;
};
