#pragma once

#include <QString>

#include <optional>

/// The card type a Point order asks for (the API's `cc_type`).
enum class CardType { Credit, Debit };

namespace CardTypes {
/// "credit_card" / "debit_card", exactly as the API spells them.
QString toApi(CardType type);
std::optional<CardType> fromApi(const QString &value);
/// "credit" / "debit", as pointdesk-cli takes them.
std::optional<CardType> fromShortName(const QString &value);
} // namespace CardTypes
