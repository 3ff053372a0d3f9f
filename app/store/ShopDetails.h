#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/// What a receipt says about the shop: its name, address (up to kMaxAddressLines lines) and tax id, as the manager
/// typed them in Preferences, and the key of the paper receipts go on (see print/Paper: "a4", "letter", "roll80").
/// A value type; Settings keeps it.
struct ShopDetails
{
    Q_DECLARE_TR_FUNCTIONS(ShopDetails)

public:
    static constexpr qsizetype kMaxNameChars = 60;
    static constexpr qsizetype kMaxAddressChars = 200;
    static constexpr int kMaxAddressLines = 4;
    static constexpr qsizetype kMaxTaxIdChars = 32;

    QString name;
    QString address; ///< lines separated by '\n'
    QString taxId;
    QString paperKey; ///< "" until chosen (the reader's default applies)

    /// The fields as they are kept: surrounding spaces trimmed, the address's lines trimmed, its empty lines dropped
    /// and its line ends made '\n'.
    ShopDetails normalized() const;
    /// What is wrong with the (normalized) fields, translated, one sentence each; empty when they may be kept: each
    /// within its length, no control characters (but the address's line breaks), no bidirectional overrides.
    QStringList problems() const;

    bool operator==(const ShopDetails &o) const
    {
        return name == o.name && address == o.address && taxId == o.taxId && paperKey == o.paperKey;
    }
    bool operator!=(const ShopDetails &o) const { return !(*this == o); }
};
