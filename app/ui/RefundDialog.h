#pragma once

#include "store/JournalRecords.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class HistoryDialog;
class OrderJournal;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class RefundService;

/// "Refund sale N": the sale, what it paid and what is left to give back, the whole balance or a part of it, and
/// a reason. RefundService decides what may be refunded (its sentence shows under the fields as the manager types)
/// and sends it; the dialog then shows how it went, in place. Closing it never stops a refund on its way: the
/// journal keeps it and the service resends it with its key.
class RefundDialog : public QDialog
{
    Q_OBJECT

public:
    /// What the dialog shows: the form, a refund on its way, or its outcome.
    enum class Phase { Form, Sending, Done, Failed };

    RefundDialog(RefundService *service, OrderJournal *journal, qint64 saleLocalId, QWidget *parent = nullptr);
    /// Opens one window-modal over `history` (deleted when closed); the history reads the journal again when the
    /// refund is recorded.
    static RefundDialog *openFor(RefundService *service, OrderJournal *journal, qint64 saleLocalId,
                                 HistoryDialog *history);

    Phase phase() const { return m_phase; }
    /// The sentence under the fields: why the refund cannot go ahead, or how it went.
    QString messageText() const;
    /// The amount asked for: nullopt for the whole balance; an invalid text gives a zero amount.
    std::optional<Money> requestedAmount() const;

    /// What the Refund button does (for tests): refunds when the form allows it.
    void submit();

Q_SIGNALS:
    /// A refund of the sale was recorded (its outcome may still be on its way).
    void refundRecorded(qint64 refundLocalId);

private:
    void buildForm();
    void refreshCheck();
    /// The sale's paid / given back / left line and the whole-balance choice; read from the journal when not given.
    void refreshBalance(const std::optional<RefundBalance> &balance);
    void setPhase(Phase phase, const QString &message);
    void onAnswered(const JournalRefund &refund);
    void onFailed(const JournalRefund &refund, const QString &message);
    void onUnclear(const JournalRefund &refund, const QString &message);

    QPointer<RefundService> m_service;
    OrderJournal *m_journal = nullptr;
    qint64 m_saleId = 0;
    qint64 m_refundId = 0;
    Phase m_phase = Phase::Form;

    QLabel *m_summary = nullptr;
    QLabel *m_balance = nullptr;
    QRadioButton *m_whole = nullptr;
    QRadioButton *m_part = nullptr;
    QLineEdit *m_amount = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_refundButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};
