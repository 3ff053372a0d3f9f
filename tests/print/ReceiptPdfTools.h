#pragma once

// What the print tests read back from a PDF with poppler-utils (pdftotext, pdfinfo): never skipped when the tools
// are missing, the test fails and says what to install.
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QTest>

namespace ReceiptPdfTools {

inline QString tool(const char *name)
{
    const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name));
    if (path.isEmpty())
        qWarning("%s is missing: install poppler-utils (listed in .ci/deps)", name);
    return path;
}

/// Fails the calling test with what to install when poppler-utils' pdftotext or pdfinfo is missing (never a skip).
#define RECEIPT_REQUIRE_POPPLER()                                                                                    \
    do {                                                                                                               \
        for (const char *name : {"pdftotext", "pdfinfo"})                                                            \
            QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(name)).isEmpty(),                             \
                     qPrintable(QStringLiteral("%1 is missing: install poppler-utils (listed in .ci/deps); the "       \
                                               "receipt tests read the PDFs with it")                                  \
                                    .arg(QString::fromLatin1(name))));                                                 \
    } while (false)

/// The text of the PDF at `path` as `pdftotext -layout path -` lays it out; an empty string (and a warning) when it
/// could not be read.
inline QString text(const QString &path)
{
    const QString exe = tool("pdftotext");
    if (exe.isEmpty())
        return {};
    QProcess p;
    p.start(exe, {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        qWarning("pdftotext failed: %s", p.readAllStandardError().constData());
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// The first page's size in PostScript points as pdfinfo reports it; empty when it could not be read.
inline QSizeF pageSizePt(const QString &path)
{
    const QString exe = tool("pdfinfo");
    if (exe.isEmpty())
        return {};
    QProcess p;
    p.start(exe, {path});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    static const QRegularExpression size(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+) pts"));
    const QRegularExpressionMatch m = size.match(QString::fromUtf8(p.readAllStandardOutput()));
    if (!m.hasMatch())
        return {};
    return QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble());
}

/// The number of pages pdfinfo reports; 0 when it could not be read.
inline int pages(const QString &path)
{
    const QString exe = tool("pdfinfo");
    if (exe.isEmpty())
        return 0;
    QProcess p;
    p.start(exe, {path});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return 0;
    static const QRegularExpression count(QStringLiteral("Pages:\\s+([0-9]+)"));
    return count.match(QString::fromUtf8(p.readAllStandardOutput())).captured(1).toInt();
}

} // namespace ReceiptPdfTools
