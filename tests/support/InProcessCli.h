#pragma once
// Running pointdesk-cli inside the test process (CliApp) over a journal the test wrote, with no token and a keychain
// service of the test's own: for the commands that read only the journal (history, report, receipt).

#include "cli/CliApp.h"

#include <QBuffer>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTest>

namespace InProcessCli {

struct Result
{
    int exitCode = -1; ///< -1: the command did not finish within 20 s
    QByteArray out;
    QByteArray err;
};

inline Result run(const QStringList &arguments, const QString &journalPath, const QString &keychainService)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("POINTDESK_JOURNAL"), journalPath);
    env.insert(QStringLiteral("POINTDESK_KEYCHAIN_SERVICE"), keychainService);
    QBuffer out;
    QBuffer err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    CliApp app(QStringList{QStringLiteral("pointdesk-cli")} + arguments, env, &out, &err);
    app.start();
    Result result;
    if (QTest::qWaitFor([&app]() { return app.isFinished(); }, 20000))
        result.exitCode = app.exitCode();
    result.out = out.data();
    result.err = err.data();
    return result;
}

} // namespace InProcessCli
