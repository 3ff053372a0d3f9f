#pragma once

#include <QByteArray>
#include <QChar>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <optional>

/// How a CSV export writes its cells: one of two styles, and the rules both share.
///
/// Plain (the machine format README documents as a contract): UTF-8 without a byte order mark, ',' between cells,
/// amounts like 1234.50, times in ISO 8601 UTC, the journal's own column and state names.
/// Spreadsheet (for LibreOffice Calc or Excel as a person opens the file): a UTF-8 byte order mark, ';' between cells,
/// amounts with the locale's decimal separator and no group separators (1234,50), local times as
/// "yyyy-MM-dd HH:mm:ss", the history window's words for the columns and values.
///
/// Both: CRLF line ends, RFC 4180 quoting (a cell with a separator, a quote or a line break is quoted, its quotes
/// doubled), and a text cell that starts with = + - @, a tab or a carriage return is neutralised with a leading
/// single quote, so that no spreadsheet runs it as a formula (OWASP "CSV injection").
class CsvFormat
{
public:
    enum class Style { Plain, Spreadsheet };

    /// Plain.
    CsvFormat() = default;
    explicit CsvFormat(Style style, const QLocale &locale = QLocale()) : m_style(style), m_locale(locale) {}

    Style style() const { return m_style; }
    bool isSpreadsheet() const { return m_style == Style::Spreadsheet; }
    /// The locale whose decimal separator a spreadsheet's amounts take.
    QLocale locale() const { return m_locale; }

    /// The style's name on the command line and in settings: "plain" or "spreadsheet".
    static QString key(Style style);
    /// The style named `key` (case-insensitive, trimmed); nullopt when it is neither.
    static std::optional<Style> styleFromKey(const QString &key);
    /// The style a new installation uses with interface language `language` ("en", "es", "pt_BR"): Spreadsheet for
    /// Spanish and Portuguese (their spreadsheets read ';' and a decimal comma), Plain otherwise.
    static Style defaultFor(const QString &language);

    /// What the file starts with: the UTF-8 byte order mark for Spreadsheet, nothing for Plain.
    QByteArray preamble() const;
    QChar separator() const { return isSpreadsheet() ? QLatin1Char(';') : QLatin1Char(','); }
    /// One line: the cells joined by the separator, then CRLF. The cells are written already (text(), amount() ...).
    QString line(const QStringList &cells) const;

    /// A text cell: neutralised, then quoted when it needs to be.
    QString text(const QString &value) const;
    /// An amount of money, never neutralised (it is a number PointDesk writes).
    QString amount(qint64 cents) const;
    /// A point in time (UTC inside): ISO 8601 UTC for Plain, local "yyyy-MM-dd HH:mm:ss" for Spreadsheet.
    QString time(const QDateTime &at) const;

    /// `value` with a single quote in front when it starts with = + - @, a tab or a carriage return.
    static QString neutralised(const QString &value);

private:
    Style m_style = Style::Plain;
    QLocale m_locale;
};
