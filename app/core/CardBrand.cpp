#include "core/CardBrand.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>

// The words keep the context "Formatting", where the cashier window first used them.
namespace CardBrands {

QString displayName(const QString &brandId)
{
    const QString id = brandId.trimmed().toLower();
    static const QList<QPair<QString, QString>> known{
        {QStringLiteral("visa"), QStringLiteral("Visa")},
        {QStringLiteral("master"), QStringLiteral("Mastercard")},
        {QStringLiteral("amex"), QStringLiteral("American Express")},
        {QStringLiteral("naranja"), QStringLiteral("Naranja")},
        {QStringLiteral("cabal"), QStringLiteral("Cabal")},
        {QStringLiteral("maestro"), QStringLiteral("Maestro")},
        {QStringLiteral("elo"), QStringLiteral("Elo")},
        {QStringLiteral("hipercard"), QStringLiteral("Hipercard")},
        {QStringLiteral("diners"), QStringLiteral("Diners Club")},
        {QStringLiteral("argencard"), QStringLiteral("Argencard")},
        {QStringLiteral("cencosud"), QStringLiteral("Cencosud")},
        {QStringLiteral("debvisa"), QStringLiteral("Visa Debit")},
        {QStringLiteral("debmaster"), QStringLiteral("Mastercard Debit")},
        {QStringLiteral("debcabal"), QStringLiteral("Cabal Debit")},
        {QStringLiteral("debelo"), QStringLiteral("Elo Debit")},
    };
    for (const auto &entry : known) {
        if (entry.first == id)
            return entry.second;
    }
    if (id.isEmpty())
        return QString();
    return id.left(1).toUpper() + id.mid(1);
}

QString summary(const QString &brandId, const QString &lastDigits, int installments)
{
    const QString brand = displayName(brandId);
    const QString digits = lastDigits.trimmed();
    QString card;
    if (!digits.isEmpty()) {
        card = brand.isEmpty()
                   //: %1 is the card's last digits, like "4242".
                   ? QCoreApplication::translate("Formatting", "Card ending %1").arg(digits)
                   //: %1 is a card brand, like "Visa"; %2 the card's last digits, like "4242".
                   : QCoreApplication::translate("Formatting", "%1 ending %2").arg(brand, digits);
    } else {
        card = brand;
    }
    if (installments <= 0)
        return card;
    const QString plan = installments == 1 ? QCoreApplication::translate("Formatting", "1 installment")
                                           //: %1 is a number of installments, 2 or more.
                                           : QCoreApplication::translate("Formatting", "%1 installments")
                                                 .arg(installments);
    if (card.isEmpty())
        return plan;
    //: %1 is the card, like "Visa ending 4242"; %2 the installments, like "3 installments".
    return QCoreApplication::translate("Formatting", "%1, %2").arg(card, plan);
}

} // namespace CardBrands
