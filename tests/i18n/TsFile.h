#pragma once

// Reads a Qt Linguist .ts file into its messages, for the translation checks.
#include <QFile>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>
#include <algorithm>

struct TsMessage
{
    QString context;
    QString source;
    QString comment; ///< the disambiguation (tr()'s second argument); part of the identity
    bool numerus = false;
    QString type;             ///< the translation's type attribute: "", "unfinished", "obsolete", "vanished"
    QStringList translations; ///< one, or one per plural form

    /// What identifies the message for lupdate and QTranslator: context, source and disambiguation.
    QString key() const { return context + QLatin1String(" | ") + source + QLatin1String(" | ") + comment; }
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error; ///< empty when the file was read whole

    static TsFile read(const QString &path)
    {
        TsFile ts;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            ts.error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
            return ts;
        }
        QXmlStreamReader xml(&file);
        QString context;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("TS")) {
                ts.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("message")) {
                TsMessage message;
                message.context = context;
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                readMessage(xml, message);
                ts.messages.append(message);
            }
        }
        if (xml.hasError())
            ts.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
        return ts;
    }

    /// %1 .. %99, %L1 and %n, sorted (a repeated one counts once: "%1 of %1" is fine translated "%1 de %1").
    static QStringList placeholders(const QString &text)
    {
        static const QRegularExpression re(QStringLiteral("%(L?[1-9][0-9]?|n)"));
        QStringList found;
        for (auto it = re.globalMatch(text); it.hasNext();)
            found << it.next().captured(0);
        found.removeDuplicates();
        std::sort(found.begin(), found.end());
        return found;
    }

    /// The HTML tags of a rich text, in order ("<b>", "</b>" ...); empty for plain text.
    static QStringList htmlTags(const QString &text)
    {
        static const QRegularExpression re(QStringLiteral("</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>"));
        QStringList found;
        for (auto it = re.globalMatch(text); it.hasNext();)
            found << it.next().captured(0);
        std::sort(found.begin(), found.end());
        return found;
    }

    /// How many keyboard mnemonics ("&Charge") the text has: "&&" is a literal ampersand and "&amp;" an entity.
    static int mnemonics(const QString &text)
    {
        static const QRegularExpression entity(QStringLiteral("^&(#[0-9]+|[a-zA-Z]+);"));
        int count = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i) != QLatin1Char('&'))
                continue;
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('&')) {
                ++i;
                continue;
            }
            if (entity.match(QStringView(text).mid(i)).hasMatch())
                continue;
            if (i + 1 < text.size() && !text.at(i + 1).isSpace())
                ++count;
        }
        return count;
    }

private:
    static void readMessage(QXmlStreamReader &xml, TsMessage &message)
    {
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (xml.name() == QLatin1String("comment")) {
                message.comment = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (message.numerus) {
                    while (xml.readNextStartElement()) {
                        if (xml.name() == QLatin1String("numerusform"))
                            message.translations << xml.readElementText();
                        else
                            xml.skipCurrentElement();
                    }
                } else {
                    message.translations << xml.readElementText();
                }
            } else {
                xml.skipCurrentElement();
            }
        }
    }
};
