#pragma once

#include "core/Currency.h"
#include "core/PaymentOrder.h"

#include <QDateTime>
#include <QWidget>
#include <optional>

class QCheckBox;
class QCompleter;
class QLabel;
class QLayout;
class FieldEdit;
class QPushButton;
class QRadioButton;
class QStringListModel;
class QToolButton;

/// What the cashier charges: amount, description, card type and the optional fields under "More options".
/// Every field is checked as it is typed with the same rules the client applies (Money::parse, Validation),
/// and says why next to it; Charge stays disabled until the form is valid and nothing else blocks it.
/// Enter charges when the form is valid.
class ChargeForm : public QWidget
{
    Q_OBJECT

public:
    explicit ChargeForm(QWidget *parent = nullptr);
    ~ChargeForm() override;

    /// The order as typed; `deviceName` is left empty for the caller to fill in. Meaningful when isValid().
    OrderRequest request() const;
    bool isValid() const;
    /// The amount as parsed with the current locale and currency(); nullopt while it is not valid.
    std::optional<Money> amount() const;

    /// The account's currency for the amount field: its symbol beside the field, decimals or none (CLP and COP
    /// take whole amounts only), the placeholder and the validation messages. Until set, the form follows
    /// Formatting::defaultCurrency().
    void setCurrency(const Currency &currency);
    Currency currency() const;

    /// The API the account charges through (Backends key: "legacy", "orders"), whose rules the form follows: the
    /// description's and the external reference's limits (Validation::orderRequestFor), and its fields. On Orders
    /// the payer e-mail, notification URL and back-button fields are hidden (the API has none) and "Print the
    /// receipt on the terminal" is offered. Legacy until set.
    void setApi(const QString &apiKey);
    QString api() const { return m_apiKey; }
    /// The description's limit under the current API, in characters.
    int maxDescriptionChars() const;

    /// Why the charge cannot be sent regardless of the form (busy terminal, order in progress ...); empty: nothing.
    void setBlockedReason(const QString &reason);
    QString blockedReason() const { return m_blockedReason; }
    /// Locked while an order is open: nothing can be edited.
    void setInputsLocked(bool locked);
    bool inputsLocked() const { return m_locked; }

    void setRecentDescriptions(const QStringList &descriptions);
    bool isMoreOptionsExpanded() const;
    void setMoreOptionsExpanded(bool expanded);

    /// Ready for the next customer: amount, description and payer e-mail cleared, a new external reference,
    /// errors hidden, focus on the amount.
    void clearForNewSale();
    /// Ready for the next customer of the same thing: amount, description and card kept (the amount selected, so
    /// that typing replaces it), payer e-mail cleared, a new external reference, errors hidden, focus on the amount.
    void readyForNextSale();
    /// Types `text` into the amount, replacing its selection (the first key of the next sale, typed elsewhere).
    void typeIntoAmount(const QString &text);
    void focusAmount();
    /// The last control of the form's own tab chain (the window chains its other controls after it).
    QWidget *lastInTabOrder() const;

    /// "PD-yyyyMMdd-hhmmss-zzz" for `when` (local time).
    static QString defaultExternalReference(const QDateTime &when);

Q_SIGNALS:
    /// The cashier asked to charge and the form is valid and not blocked.
    void chargeRequested();
    /// The form became valid or invalid (the amount or description changed).
    void changed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum Field { AmountField, DescriptionField, ReferenceField, EmailField, UrlField, FieldCount };

    void attemptCharge();
    void validate();
    /// The charge hint for a form whose first shown problem is in `field`: names the field and where it is.
    static QString fixHint(Field field);
    void showIssue(Field field, const QString &message);
    QString issueFor(Field field) const;
    void renewExternalReference();
    FieldEdit *editFor(Field field) const;
    void updateAmountHints();
    bool isOrders() const;

    FieldEdit *m_amountEdit = nullptr;
    QLabel *m_currencyLabel = nullptr;
    QLabel *m_amountError = nullptr;
    FieldEdit *m_descriptionEdit = nullptr;
    QLabel *m_descriptionCounter = nullptr;
    QLabel *m_descriptionError = nullptr;
    QRadioButton *m_creditRadio = nullptr;
    QRadioButton *m_debitRadio = nullptr;
    QPushButton *m_chargeButton = nullptr;
    QLabel *m_chargeHint = nullptr;
    QToolButton *m_moreButton = nullptr;
    QWidget *m_morePanel = nullptr;
    FieldEdit *m_referenceEdit = nullptr;
    QLabel *m_referenceError = nullptr;
    FieldEdit *m_emailEdit = nullptr;
    QLabel *m_emailError = nullptr;
    FieldEdit *m_urlEdit = nullptr;
    QLabel *m_urlError = nullptr;
    QCheckBox *m_disableBackCheck = nullptr;
    QCheckBox *m_printCheck = nullptr;
    QLayout *m_emailRow = nullptr;
    QLayout *m_urlRow = nullptr;
    QString m_apiKey = QStringLiteral("legacy");
    QCompleter *m_completer = nullptr;
    QStringListModel *m_recentModel = nullptr;

    std::optional<Currency> m_currency;
    QString m_blockedReason;
    QString m_lastReference;
    bool m_touched[FieldCount] = {};
    bool m_locked = false;
    bool m_valid = false;
};
