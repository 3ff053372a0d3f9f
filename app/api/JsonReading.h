#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

/// What every API's JSON mapping reads the same way. Never throws or crashes on any input.
namespace JsonReading {
/// The body as a JSON object; nullopt, and why in `why`, when it is not valid JSON or not an object. Bytes that are
/// not UTF-8 (one bad terminal name) become U+FFFD instead of failing the whole body.
std::optional<QJsonObject> parseObject(const QByteArray &body, QString *why);
/// A string for people: without control or bidirectional-override characters, at most `maxChars` long (see
/// SafeText::forDisplay); "" when `value` is not a string.
QString displayText(const QJsonValue &value, qsizetype maxChars, bool keepNewlines = false);
/// A positive 64-bit id: a JSON integer (exact in Qt 6) or, tolerated, a string of digits.
std::optional<qint64> numericId(const QJsonValue &value);
} // namespace JsonReading
