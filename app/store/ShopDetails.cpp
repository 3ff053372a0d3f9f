#include "store/ShopDetails.h"

#include "core/SafeText.h"

namespace {

bool hasUnsafe(const QString &text, bool lineBreaks)
{
    for (const char32_t c : text.toUcs4()) {
        if (c == U'\n') {
            if (lineBreaks)
                continue;
            return true;
        }
        if (c == U'\t' || c == U'\r' || SafeText::isUnsafe(c))
            return true;
    }
    return false;
}

} // namespace

ShopDetails ShopDetails::normalized() const
{
    ShopDetails out;
    out.name = name.trimmed();
    out.taxId = taxId.trimmed();
    out.paperKey = paperKey.trimmed().toLower();
    QString lines = address;
    lines.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    lines.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QStringList kept;
    for (const QString &line : lines.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            kept << line.trimmed();
    }
    out.address = kept.join(QLatin1Char('\n'));
    return out;
}

QStringList ShopDetails::problems() const
{
    QStringList out;
    if (name.size() > kMaxNameChars)
        out << tr("The shop's name is too long: at most %n characters.", nullptr, int(kMaxNameChars));
    if (hasUnsafe(name, false))
        out << tr("The shop's name has characters that cannot be printed (control or direction characters).");
    if (address.size() > kMaxAddressChars)
        out << tr("The address is too long: at most %n characters.", nullptr, int(kMaxAddressChars));
    if (address.count(QLatin1Char('\n')) + 1 > kMaxAddressLines)
        out << tr("The address has too many lines: at most %n.", nullptr, kMaxAddressLines);
    if (hasUnsafe(address, true))
        out << tr("The address has characters that cannot be printed (control or direction characters).");
    if (taxId.size() > kMaxTaxIdChars)
        out << tr("The tax id is too long: at most %n characters.", nullptr, int(kMaxTaxIdChars));
    if (hasUnsafe(taxId, false))
        out << tr("The tax id has characters that cannot be printed (control or direction characters).");
    return out;
}
