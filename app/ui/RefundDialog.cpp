#include "ui/RefundDialog.h"

#include "sales/RefundService.h"
#include "store/OrderJournal.h"
#include "ui/Formatting.h"
#include "ui/HistoryDialog.h"
#include "ui/Theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

RefundDialog::RefundDialog(RefundService *service, OrderJournal *journal, qint64 saleLocalId, QWidget *parent)
    : QDialog(parent), m_service(service), m_journal(journal), m_saleId(saleLocalId)
{
    setObjectName(QStringLiteral("refundDialog"));
    setWindowTitle(tr("Refund sale %1").arg(saleLocalId));
    buildForm();
    if (m_service) {
        connect(m_service, &RefundService::refundAnswered, this, &RefundDialog::onAnswered);
        connect(m_service, &RefundService::refundFailed, this, &RefundDialog::onFailed);
        connect(m_service, &RefundService::refundUnclear, this, &RefundDialog::onUnclear);
    }
    refreshCheck();
}

RefundDialog *RefundDialog::openFor(RefundService *service, OrderJournal *journal, qint64 saleLocalId,
                                    HistoryDialog *history)
{
    auto *dialog = new RefundDialog(service, journal, saleLocalId, history);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (history)
        connect(dialog, &RefundDialog::refundRecorded, history, &HistoryDialog::reload);
    dialog->open();
    return dialog;
}

void RefundDialog::buildForm()
{
    const QLocale locale;
    const std::optional<JournalEntry> sale = m_journal ? m_journal->entry(m_saleId) : std::nullopt;

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("refundSummary"));
    m_summary->setWordWrap(true);
    m_summary->setFont(Theme::scaled(font(), 1.1, QFont::Bold));
    if (sale) {
        m_summary->setText(tr("%1 \u00B7 %2 \u00B7 %3 \u00B7 %4")
                               .arg(sale->request.description, Formatting::currency(sale->request.amount, locale),
                                    sale->request.deviceName, Formatting::dateTime(sale->createdAt, locale)));
    }
    m_balance = new QLabel(this);
    m_balance->setObjectName(QStringLiteral("refundBalance"));
    m_balance->setWordWrap(true);

    m_whole = new QRadioButton(this);
    m_whole->setObjectName(QStringLiteral("refundWhole"));
    m_whole->setChecked(true);
    m_part = new QRadioButton(tr("&Part of it:"), this);
    m_part->setObjectName(QStringLiteral("refundPart"));
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("refundAmount"));
    m_amount->setAccessibleName(tr("Amount to refund"));
    m_amount->setEnabled(false);
    auto *partRow = new QHBoxLayout;
    partRow->addWidget(m_part);
    partRow->addWidget(m_amount, 1);

    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("refundReason"));
    m_reason->setMaxLength(500);
    m_reason->setPlaceholderText(tr("Why the money goes back (optional)"));
    auto *reasonLabel = new QLabel(tr("Rea&son:"), this);
    reasonLabel->setBuddy(m_reason);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("refundMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Room for the longest sentence (three lines), so that the dialog never clips it.
    m_message->setMinimumHeight(m_message->fontMetrics().lineSpacing() * 3);
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *buttons = new QDialogButtonBox(this);
    m_refundButton = buttons->addButton(tr("&Refund"), QDialogButtonBox::AcceptRole);
    m_refundButton->setObjectName(QStringLiteral("refundButton"));
    m_refundButton->setDefault(true);
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("refundClose"));
    connect(m_refundButton, &QPushButton::clicked, this, &RefundDialog::submit);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);

    connect(m_whole, &QRadioButton::toggled, this, [this](bool whole) {
        m_amount->setEnabled(!whole);
        if (!whole)
            m_amount->setFocus();
        refreshCheck();
    });
    connect(m_amount, &QLineEdit::textChanged, this, &RefundDialog::refreshCheck);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_balance);
    layout->addSpacing(6);
    layout->addWidget(m_whole);
    layout->addLayout(partRow);
    auto *form = new QFormLayout;
    form->addRow(reasonLabel, m_reason);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('m')) * 36);
}

std::optional<Money> RefundDialog::requestedAmount() const
{
    if (m_whole->isChecked())
        return std::nullopt;
    const Currency currency = Formatting::defaultCurrency();
    const Money::ParseResult parsed = Money::parse(m_amount->text(), QLocale(), currency);
    return parsed.money.value_or(Money());
}

QString RefundDialog::messageText() const
{
    return m_message->text();
}

void RefundDialog::refreshBalance(const std::optional<RefundBalance> &balance)
{
    const QLocale locale;
    const std::optional<RefundBalance> check = balance || !m_journal ? balance : m_journal->refundBalance(m_saleId);
    if (check) {
        const Money left = check->left();
        m_whole->setText(tr("&Everything that is left: %1").arg(Formatting::currency(left, locale)));
        m_balance->setText(check->refunded.isPositive()
                               ? tr("Paid %1; %2 already given back; %3 left.")
                                     .arg(Formatting::currency(check->paid, locale),
                                          Formatting::currency(check->refunded, locale),
                                          Formatting::currency(left, locale))
                               : tr("Paid %1; nothing given back yet.")
                                     .arg(Formatting::currency(check->paid, locale)));
    }
}

void RefundDialog::refreshCheck()
{
    if (m_phase != Phase::Form || !m_service)
        return;
    const RefundService::Check check = m_service->check(m_saleId, requestedAmount());
    refreshBalance(check.balance);
    // An amount still being typed is not an error yet.
    const bool typing = m_part->isChecked() && m_amount->text().trimmed().isEmpty();
    m_message->setText(typing ? tr("Type the amount to give back.") : check.message);
    m_message->setStyleSheet(check.ok() || typing ? QString()
                                                  : QStringLiteral("color: %1;").arg(Theme::errorText().name()));
    m_refundButton->setEnabled(check.ok() && !typing);
}

void RefundDialog::submit()
{
    if (m_phase != Phase::Form || !m_service || !m_refundButton->isEnabled())
        return;
    RefundService::Check refused;
    const qint64 refundId = m_service->refund(m_saleId, requestedAmount(), m_reason->text().trimmed(),
                                              tr("manager"), &refused);
    if (refundId == 0) {
        m_message->setText(refused.message);
        return;
    }
    m_refundId = refundId;
    Q_EMIT refundRecorded(refundId);
    // The answer may have come already (a refusal before sending).
    if (m_phase == Phase::Form)
        setPhase(Phase::Sending, tr("Refunding\u2026 Mercado Pago is asked now. Closing this window does not stop "
                                    "it."));
}

void RefundDialog::setPhase(Phase phase, const QString &message)
{
    m_phase = phase;
    m_message->setText(message);
    m_message->setStyleSheet(phase == Phase::Failed ? QStringLiteral("color: %1;").arg(Theme::errorText().name())
                                                    : QString());
    const bool form = phase == Phase::Form;
    m_whole->setEnabled(form);
    m_part->setEnabled(form);
    m_amount->setEnabled(form && m_part->isChecked());
    m_reason->setEnabled(form);
    m_refundButton->setVisible(form);
    m_closeButton->setDefault(!form);
    if (!form)
        m_closeButton->setFocus();
}

void RefundDialog::onAnswered(const JournalRefund &refund)
{
    if (refund.refundLocalId != m_refundId)
        return;
    refreshBalance(std::nullopt);
    const QString amount = Formatting::currency(refund.amount, QLocale());
    switch (refund.state) {
    case JournalRefund::State::Done:
        setPhase(Phase::Done, tr("Refunded: %1 go back to the customer's card (refund %2).")
                                  .arg(amount, refund.refundId.toString()));
        break;
    case JournalRefund::State::Rejected:
        setPhase(Phase::Failed, tr("Mercado Pago rejected the refund. Refund it from the Mercado Pago panel."));
        break;
    default:
        setPhase(Phase::Done, tr("Refund of %1 accepted (refund %2); Mercado Pago is still processing it.")
                                  .arg(amount, refund.refundId.toString()));
        break;
    }
}

void RefundDialog::onFailed(const JournalRefund &refund, const QString &message)
{
    if (refund.refundLocalId != m_refundId)
        return;
    setPhase(Phase::Failed, tr("Not refunded: %1").arg(message));
}

void RefundDialog::onUnclear(const JournalRefund &refund, const QString &message)
{
    if (refund.refundLocalId != m_refundId)
        return;
    setPhase(Phase::Failed, message);
}
