#include "api/JsonReading.h"

#include <QJsonDocument>
#include <QJsonParseError>

std::optional<QJsonObject> JsonReading::parseObject(const QByteArray &body, QString *why)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        if (why)
            *why = QStringLiteral("invalid JSON at offset %1: %2").arg(error.offset).arg(error.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        if (why)
            *why = QStringLiteral("expected a JSON object");
        return std::nullopt;
    }
    return doc.object();
}

std::optional<qint64> JsonReading::numericId(const QJsonValue &value)
{
    if (value.isDouble()) {
        const qint64 id = value.toInteger(-1);
        if (id > 0)
            return id;
        return std::nullopt;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 id = value.toString().toLongLong(&ok);
        if (ok && id > 0)
            return id;
    }
    return std::nullopt;
}
