#include "store/CsvFormat.h"

QString CsvFormat::key(Style style)
{
    return style == Style::Spreadsheet ? QStringLiteral("spreadsheet") : QStringLiteral("plain");
}

std::optional<CsvFormat::Style> CsvFormat::styleFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("spreadsheet"))
        return Style::Spreadsheet;
    if (k == QLatin1String("plain"))
        return Style::Plain;
    return std::nullopt;
}

CsvFormat::Style CsvFormat::defaultFor(const QString &language)
{
    return language == QLatin1String("es") || language == QLatin1String("pt_BR") ? Style::Spreadsheet : Style::Plain;
}

QByteArray CsvFormat::preamble() const
{
    return isSpreadsheet() ? QByteArrayLiteral("\xEF\xBB\xBF") : QByteArray();
}

QString CsvFormat::line(const QStringList &cells) const
{
    return cells.join(separator()) + QStringLiteral("\r\n");
}

QString CsvFormat::neutralised(const QString &value)
{
    if (value.isEmpty())
        return value;
    switch (value.front().unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return QLatin1Char('\'') + value;
    default:
        return value;
    }
}

QString CsvFormat::text(const QString &value) const
{
    const QString cell = neutralised(value);
    // A ',' is quoted in both styles: a spreadsheet set to either separator still reads the cell whole.
    if (!cell.contains(QLatin1Char(',')) && !cell.contains(separator()) && !cell.contains(QLatin1Char('"')) &&
        !cell.contains(QLatin1Char('\n')) && !cell.contains(QLatin1Char('\r')))
        return cell;
    QString quoted = cell;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString CsvFormat::amount(qint64 cents) const
{
    // Never group separators: a spreadsheet reads "1234,50" as a number in every locale that writes a decimal
    // comma, "1.234,50" only in some.
    const QString sign = cents < 0 ? QStringLiteral("-") : QString();
    const qint64 magnitude = cents < 0 ? -cents : cents;
    const QString point = isSpreadsheet() ? m_locale.decimalPoint() : QStringLiteral(".");
    return sign + QString::number(magnitude / 100) + point +
           QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString CsvFormat::time(const QDateTime &at) const
{
    if (isSpreadsheet())
        return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return at.toUTC().toString(Qt::ISODate);
}
