#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

/// What every API's JSON mapping reads the same way. Never throws or crashes on any input.
namespace JsonReading {
/// The body as a JSON object; nullopt, and why in `why`, when it is not valid JSON or not an object.
std::optional<QJsonObject> parseObject(const QByteArray &body, QString *why);
/// A positive 64-bit id: a JSON integer (exact in Qt 6) or, tolerated, a string of digits.
std::optional<qint64> numericId(const QJsonValue &value);
} // namespace JsonReading
