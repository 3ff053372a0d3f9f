#include "core/DeclineReason.h"

#include <QCoreApplication>

QString DeclineReasons::toKey(DeclineReason reason)
{
    switch (reason) {
    case DeclineReason::None:
        return QStringLiteral("none");
    case DeclineReason::BadCardData:
        return QStringLiteral("bad_card_data");
    case DeclineReason::HighRisk:
        return QStringLiteral("high_risk");
    case DeclineReason::RejectedByIssuer:
        return QStringLiteral("rejected_by_issuer");
    case DeclineReason::CallForAuthorization:
        return QStringLiteral("call_for_authorization");
    case DeclineReason::MaxAttempts:
        return QStringLiteral("max_attempts");
    case DeclineReason::CardDisabled:
        return QStringLiteral("card_disabled");
    case DeclineReason::InsufficientFunds:
        return QStringLiteral("insufficient_funds");
    case DeclineReason::AmountLimit:
        return QStringLiteral("amount_limit");
    case DeclineReason::ProcessingError:
        return QStringLiteral("processing_error");
    case DeclineReason::InvalidInstallments:
        return QStringLiteral("invalid_installments");
    case DeclineReason::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

DeclineReason DeclineReasons::fromKey(const QString &key)
{
    for (DeclineReason r :
         {DeclineReason::None, DeclineReason::BadCardData, DeclineReason::HighRisk, DeclineReason::RejectedByIssuer,
          DeclineReason::CallForAuthorization, DeclineReason::MaxAttempts, DeclineReason::CardDisabled,
          DeclineReason::InsufficientFunds, DeclineReason::AmountLimit, DeclineReason::ProcessingError,
          DeclineReason::InvalidInstallments}) {
        if (toKey(r) == key)
            return r;
    }
    return DeclineReason::Other;
}

QString DeclineReasons::advice(DeclineReason reason)
{
    switch (reason) {
    case DeclineReason::None:
        return {};
    case DeclineReason::BadCardData:
        return QCoreApplication::translate("DeclineReason",
                                           "The card data was entered wrongly. Ask the customer to try the card "
                                           "again carefully.");
    case DeclineReason::HighRisk:
        return QCoreApplication::translate("DeclineReason",
                                           "The payment was refused for security reasons. Ask for another way to "
                                           "pay.");
    case DeclineReason::RejectedByIssuer:
        return QCoreApplication::translate("DeclineReason",
                                           "The card's bank refused the payment. Ask for another card.");
    case DeclineReason::CallForAuthorization:
        return QCoreApplication::translate("DeclineReason",
                                           "The card's bank asks the customer to call it to authorise the payment. "
                                           "The customer may call the bank, or pay with another card.");
    case DeclineReason::MaxAttempts:
        return QCoreApplication::translate("DeclineReason",
                                           "Too many attempts with this card. Ask for another card.");
    case DeclineReason::CardDisabled:
        return QCoreApplication::translate("DeclineReason",
                                           "The card is blocked or disabled. Ask for another card.");
    case DeclineReason::InsufficientFunds:
        return QCoreApplication::translate("DeclineReason",
                                           "The card does not have enough funds. Ask for another card.");
    case DeclineReason::AmountLimit:
        return QCoreApplication::translate("DeclineReason",
                                           "The amount is above the card's limit. Ask for another card, or charge a "
                                           "lower amount.");
    case DeclineReason::ProcessingError:
        return QCoreApplication::translate("DeclineReason",
                                           "A technical error stopped the payment. Charge again; if it keeps "
                                           "happening, contact Mercado Pago support.");
    case DeclineReason::InvalidInstallments:
        return QCoreApplication::translate("DeclineReason",
                                           "The card does not accept these installments. Charge again and choose "
                                           "other installments.");
    case DeclineReason::Other:
        return QCoreApplication::translate("DeclineReason",
                                           "The payment was declined. Ask for another card or another way to pay.");
    }
    return {};
}
