// What pointdesk-cli prints never carries a server's control characters or bidi overrides to the user's terminal.
#include "cli/CliContext.h"

#include <QBuffer>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTest>

class TestCliSafeOutput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostileTextIsNotPrintedRaw();
};

void TestCliSafeOutput::hostileTextIsNotPrintedRaw()
{
    QBuffer out;
    QBuffer err;
    QVERIFY(out.open(QIODevice::ReadWrite));
    QVERIFY(err.open(QIODevice::ReadWrite));
    CliContext context(QProcessEnvironment(), &out, &err);
    const QString hostile = QString::fromUtf16(u"Caja \u001b]0;pwned\u0007\u001b[2J1\r\u202eevil\u0085\tok\n");
    context.writeOut(hostile);
    context.writeErr(hostile);
    context.writeJson(QJsonObject{{QStringLiteral("name"), hostile}});
    for (const QByteArray &bytes : {out.data(), err.data()}) {
        const QString text = QString::fromUtf8(bytes);
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            QVERIFY2(u == u'\n' || u == u'\t' || (u >= 0x20 && u != 0x7f && !(u >= 0x80 && u <= 0x9f)),
                     qPrintable(QString::number(u, 16)));
            QVERIFY(!(u >= 0x202a && u <= 0x202e) && !(u >= 0x2066 && u <= 0x2069));
        }
        QVERIFY(text.contains(QStringLiteral("Caja ]0;pwned[2J1evil\tok\n")));
    }
    // The JSON document stays JSON (its escapes are plain text).
    QVERIFY(QString::fromUtf8(out.data()).contains(QStringLiteral("{\"name\":")));
}

QTEST_GUILESS_MAIN(TestCliSafeOutput)
#include "tst_clisafeoutput.moc"
