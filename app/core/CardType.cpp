#include "core/CardType.h"

QString CardTypes::toApi(CardType type)
{
    return type == CardType::Credit ? QStringLiteral("credit_card") : QStringLiteral("debit_card");
}

std::optional<CardType> CardTypes::fromApi(const QString &value)
{
    if (value == QLatin1String("credit_card"))
        return CardType::Credit;
    if (value == QLatin1String("debit_card"))
        return CardType::Debit;
    return std::nullopt;
}

std::optional<CardType> CardTypes::fromShortName(const QString &value)
{
    const QString v = value.trimmed().toLower();
    if (v == QLatin1String("credit") || v == QLatin1String("credit_card"))
        return CardType::Credit;
    if (v == QLatin1String("debit") || v == QLatin1String("debit_card"))
        return CardType::Debit;
    return std::nullopt;
}
