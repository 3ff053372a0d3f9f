#include "api/JsonReading.h"

#include "core/SafeText.h"

#include <QJsonDocument>
#include <QJsonParseError>

std::optional<QJsonObject> JsonReading::parseObject(const QByteArray &body, QString *why)
{
    QJsonParseError error{};
    QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::IllegalUTF8String) {
        // Qt refuses the whole document for one bad byte; decoded with replacement characters, the rest is kept.
        doc = QJsonDocument::fromJson(QString::fromUtf8(body).toUtf8(), &error);
    }
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

QString JsonReading::displayText(const QJsonValue &value, qsizetype maxChars, bool keepNewlines)
{
    if (!value.isString())
        return {};
    return SafeText::forDisplay(value.toString(), maxChars,
                                keepNewlines ? SafeText::Lines::Keep : SafeText::Lines::Single);
}
