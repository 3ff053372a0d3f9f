#pragma once

// Shared by the account, manager and setup tests: the real Secret Service asked through secret-tool (never through
// the code under test), unique keychain services, and searching files for a secret.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTest>
#ifdef QT_WIDGETS_LIB
#include <QApplication>
#include <QWidget>
#endif

#include <optional>

namespace AccountTest {

/// A keychain service of the test's own, never "PointDesk".
inline QString uniqueService(const QString &what)
{
    return QStringLiteral("PointDesk-test-%1-%2").arg(what).arg(QRandomGenerator::global()->generate());
}

/// What the Secret Service holds for (service, key); nullopt when nothing (secret-tool exits 1).
inline std::optional<QString> secretLookup(const QString &service, const QString &key)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    if (tool.isEmpty())
        qFatal("secret-tool is not installed (package libsecret-tools)");
    QProcess p;
    p.start(tool, {QStringLiteral("lookup"), QStringLiteral("server"), service, QStringLiteral("user"), key});
    if (!p.waitForFinished(15000))
        qFatal("secret-tool lookup did not finish");
    if (p.exitCode() != 0)
        return std::nullopt;
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// Removes (service, key) directly, for a clean start and for cleanup.
inline void secretClear(const QString &service, const QString &key)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    if (tool.isEmpty())
        return;
    QProcess p;
    p.start(tool, {QStringLiteral("clear"), QStringLiteral("server"), service, QStringLiteral("user"), key});
    p.waitForFinished(15000);
}

/// Files under `root` (recursively, hidden ones included) whose bytes contain `needle`.
inline QStringList filesContaining(const QString &root, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits << path;
    }
    return hits;
}

/// How many regular files are under `root`.
inline int fileCount(const QString &root)
{
    int n = 0;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

#ifdef QT_WIDGETS_LIB
/// A visible widget named `name` in any top-level window.
template <typename T> T *findVisible(const QString &name)
{
    const QList<QWidget *> tops = QApplication::topLevelWidgets();
    for (QWidget *top : tops) {
        if (!top->isVisible())
            continue;
        if (top->objectName() == name)
            if (auto *t = qobject_cast<T *>(top))
                return t;
        const QList<T *> found = top->findChildren<T *>(name);
        for (T *t : found) {
            if (t->isVisible())
                return t;
        }
    }
    return nullptr;
}
#endif

} // namespace AccountTest
