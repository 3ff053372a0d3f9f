#pragma once

#include <QString>

/// The card of a payment in words, for the window and for paper alike.
namespace CardBrands {

/// A card brand as Mercado Pago names it (payment_method.id: "visa", "master", "debvisa", "amex" ...) as people
/// write it ("Visa", "Mastercard", "Visa Debit", "American Express"); an unknown id is shown with a capital letter.
QString displayName(const QString &brandId);
/// What the card of a payment was, in as many words as the API gave: "Visa ending 4242, 3 installments",
/// "Mastercard ending 0001", "Card ending 3704, 1 installment", "Visa"; empty when nothing was given.
/// `installments` 0: not known.
QString summary(const QString &brandId, const QString &lastDigits, int installments);

} // namespace CardBrands
