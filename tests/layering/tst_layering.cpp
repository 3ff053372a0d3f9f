// The layers of app/ and the include edges allowed between them. A header or source that includes across a
// forbidden edge (core -> anything, api <-> store, sim -> api/store/ui, cli -> ui ...) fails this test, and so does a
// quoted include that does not name its layer.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {

// Which layers each layer may include. "app" is the composition root (app/app and app/main.cpp).
const QMap<QString, QStringList> &allowedEdges()
{
    static const QMap<QString, QStringList> edges = {
        {QStringLiteral("core"), {QStringLiteral("core")}},
        {QStringLiteral("api"), {QStringLiteral("api"), QStringLiteral("core")}},
        {QStringLiteral("store"), {QStringLiteral("store"), QStringLiteral("core")}},
        {QStringLiteral("sim"), {QStringLiteral("sim"), QStringLiteral("core")}},
        {QStringLiteral("print"), {QStringLiteral("print"), QStringLiteral("store"), QStringLiteral("core")}},
        {QStringLiteral("sales"),
         {QStringLiteral("sales"), QStringLiteral("api"), QStringLiteral("store"), QStringLiteral("core")}},
        {QStringLiteral("ui"),
         {QStringLiteral("ui"), QStringLiteral("sales"), QStringLiteral("api"), QStringLiteral("store"),
          QStringLiteral("print"), QStringLiteral("core")}},
        {QStringLiteral("cli"),
         {QStringLiteral("cli"), QStringLiteral("sales"), QStringLiteral("api"), QStringLiteral("store"),
          QStringLiteral("print"), QStringLiteral("core")}},
        {QStringLiteral("app"),
         {QStringLiteral("app"), QStringLiteral("ui"), QStringLiteral("cli"), QStringLiteral("sales"),
          QStringLiteral("api"), QStringLiteral("store"), QStringLiteral("sim"), QStringLiteral("print"),
          QStringLiteral("core")}},
    };
    return edges;
}

// The layer a file under app/ belongs to: its first folder, or "app" for files at the top (main.cpp).
QString layerOf(const QString &relativePath)
{
    const int slash = relativePath.indexOf(QLatin1Char('/'));
    return slash < 0 ? QStringLiteral("app") : relativePath.left(slash);
}

// Every quoted include of `text` that `layer` may not have, as "line N: \"path\" (why)".
QStringList violations(const QString &layer, const QString &text)
{
    static const QRegularExpression include(QStringLiteral(R"re(^\s*#\s*include\s*"([^"]+)")re"),
                                            QRegularExpression::MultilineOption);
    QStringList found;
    const QStringList allowed = allowedEdges().value(layer);
    if (allowed.isEmpty())
        return {QStringLiteral("unknown layer %1").arg(layer)};
    auto it = include.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString path = m.captured(1);
        const int line = int(text.left(m.capturedStart()).count(QLatin1Char('\n'))) + 1;
        if (path.endsWith(QLatin1String(".moc")) || path.startsWith(QLatin1String("ui_")))
            continue; // generated next to the file by AUTOMOC / AUTOUIC
        const int slash = path.indexOf(QLatin1Char('/'));
        if (slash < 0) {
            found << QStringLiteral("line %1: \"%2\" (does not name its layer)").arg(line).arg(path);
            continue;
        }
        const QString target = path.left(slash);
        if (!allowedEdges().contains(target))
            found << QStringLiteral("line %1: \"%2\" (no layer %3)").arg(line).arg(path, target);
        else if (!allowed.contains(target))
            found << QStringLiteral("line %1: \"%2\" (%3 -> %4 is not allowed)").arg(line).arg(path, layer, target);
    }
    return found;
}

} // namespace

class TestLayering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<QString>("layer");
        QTest::addColumn<QString>("include");
        QTest::addColumn<bool>("allowed");
        const auto row = [](const char *layer, const char *include, bool allowed) {
            QTest::addRow("%s -> %s", layer, include)
                << QString::fromLatin1(layer) << QString::fromLatin1(include) << allowed;
        };
        row("core", "core/Money.h", true);
        row("core", "api/ApiError.h", false);
        row("core", "store/OrderJournal.h", false);
        row("api", "core/Money.h", true);
        row("api", "store/OrderJournal.h", false);
        row("api", "sales/ChargeService.h", false);
        row("api", "ui/MainWindow.h", false);
        row("store", "api/ApiError.h", false);
        row("store", "ui/Theme.h", false);
        row("sim", "core/Money.h", true);
        row("sim", "api/LegacyJsonMapping.h", false);
        row("sim", "store/Settings.h", false);
        row("sim", "ui/Theme.h", false);
        row("sales", "api/LegacyPointBackend.h", true);
        row("sales", "store/OrderJournal.h", true);
        row("sales", "ui/MainWindow.h", false);
        row("sales", "sim/PointSimulator.h", false);
        row("ui", "sales/ChargeService.h", true);
        row("ui", "sim/PointSimulator.h", false);
        row("ui", "app/AppController.h", false);
        row("ui", "cli/CliApp.h", false);
        row("cli", "sales/ChargeService.h", true);
        row("cli", "ui/MainWindow.h", false);
        row("cli", "sim/PointSimulator.h", false);
        row("print", "store/OrderJournal.h", true);
        row("print", "api/ApiError.h", false);
        row("print", "sales/ChargeService.h", false);
        row("print", "ui/Theme.h", false);
        row("ui", "print/Paper.h", true);
        row("cli", "print/Paper.h", true);
        row("app", "sim/PointSimulator.h", true);
        row("app", "ui/MainWindow.h", true);
        row("ui", "MainWindow.h", false); // a bare include names no layer
        row("ui", "MainWindow.moc", true);
    }

    void rules()
    {
        QFETCH(QString, layer);
        QFETCH(QString, include);
        QFETCH(bool, allowed);
        const QString text = QStringLiteral("#pragma once\n\n#include <QString>\n#include \"%1\"\n").arg(include);
        const QStringList found = violations(layer, text);
        QCOMPARE(found.isEmpty(), allowed);
        if (!allowed)
            QVERIFY2(found.first().startsWith(QLatin1String("line 4:")), qPrintable(found.first()));
    }

    void layerOfPath()
    {
        QCOMPARE(layerOf(QStringLiteral("api/LegacyPointBackend.h")), QStringLiteral("api"));
        QCOMPARE(layerOf(QStringLiteral("main.cpp")), QStringLiteral("app"));
        QCOMPARE(layerOf(QStringLiteral("app/AppController.cpp")), QStringLiteral("app"));
    }

    // The tree as it is: every file of every layer, every include line.
    void everyIncludeUnderApp()
    {
        const QDir appDir(QStringLiteral(POINTDESK_APP_DIR));
        QVERIFY(appDir.exists());
        QMap<QString, int> filesPerLayer;
        QStringList problems;
        QDirIterator it(appDir.path(), {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = appDir.relativeFilePath(path);
            const QString layer = layerOf(relative);
            QVERIFY2(allowedEdges().contains(layer), qPrintable(QStringLiteral("%1 is in no layer").arg(relative)));
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            for (const QString &v : violations(layer, QString::fromUtf8(file.readAll())))
                problems << relative + QStringLiteral(", ") + v;
            ++filesPerLayer[layer];
        }
        for (const QString &layer : allowedEdges().keys())
            QVERIFY2(filesPerLayer.value(layer) > 0, qPrintable(QStringLiteral("no files in layer %1").arg(layer)));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
