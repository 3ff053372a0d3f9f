// pointdesk-bench startup: `pointdesk --demo --benchmark-startup` and, given a simulator's address (--api, its token in
// POINTDESK_TOKEN), `pointdesk --api-base URL --benchmark-startup` in normal mode, against the baseline window,
// alternately, several times; the medians of the start-up time and of the peak memory at the first frame.
#include "BenchCommands.h"
#include "BenchSupport.h"

#include <QList>
#include <QStringList>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <vector>

namespace {

struct Sample
{
    double ms = -1;
    qint64 rssKb = -1;
};

// Runs `program` once: the start time is read in the child just before exec and handed over in
// POINTDESK_BENCHMARK_START_NS; its stdout is read for the result line, its stderr goes to `logPath`. Only a run that
// `needsToken` keeps POINTDESK_TOKEN: with it pointdesk would start in normal mode.
bool runOnce(const QString &program, const QStringList &arguments, bool needsToken, const QString &logPath,
             Sample *sample)
{
    int pipeFds[2];
    if (::pipe(pipeFds) != 0)
        return false;
    const QByteArray programBytes = program.toLocal8Bit();
    QList<QByteArray> argumentBytes;
    argumentBytes.append(programBytes);
    for (const QString &argument : arguments)
        argumentBytes.append(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &bytes : argumentBytes)
        argv.push_back(bytes.data());
    argv.push_back(nullptr);
    const QByteArray logBytes = logPath.toLocal8Bit();

    const pid_t pid = ::fork();
    if (pid < 0)
        return false;
    if (pid == 0) {
        ::dup2(pipeFds[1], STDOUT_FILENO);
        ::close(pipeFds[0]);
        ::close(pipeFds[1]);
        const int log = ::open(logBytes.constData(), O_WRONLY | O_CREAT | O_APPEND, 0644);
        if (log >= 0)
            ::dup2(log, STDERR_FILENO);
        timespec now = {};
        clock_gettime(CLOCK_MONOTONIC, &now);
        char start[32];
        std::snprintf(start, sizeof start, "%lld", static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec);
        if (!needsToken)
            ::unsetenv("POINTDESK_TOKEN");
        ::setenv("POINTDESK_BENCHMARK_START_NS", start, 1);
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    ::close(pipeFds[1]);
    QByteArray output;
    char buffer[4096];
    for (;;) {
        const ssize_t got = ::read(pipeFds[0], buffer, sizeof buffer);
        if (got > 0) {
            output.append(buffer, got);
            continue;
        }
        if (got < 0 && errno == EINTR)
            continue;
        break;
    }
    ::close(pipeFds[0]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return false;
    return Bench::parseStartupLine(QString::fromLocal8Bit(output), &sample->ms, &sample->rssKb);
}

QString join(const QList<double> &values)
{
    QStringList parts;
    for (double v : values)
        parts << QString::number(v, 'f', 1);
    return parts.join(QLatin1Char(','));
}

} // namespace

int runStartup(const BenchOptions &options)
{
    struct Subject
    {
        QString name;
        QString program;
        QStringList arguments;
        bool needsToken = false;
        QList<double> ms;
        QList<double> rssKb;
    };
    // "app" is demo mode (its key kept from before normal mode was measured too).
    QList<Subject> subjects = {
        {QStringLiteral("baseline"), options.baselinePath, {}, false, {}, {}},
        {QStringLiteral("app"),
         options.appPath,
         {QStringLiteral("--demo"), QStringLiteral("--benchmark-startup")},
         false,
         {},
         {}},
    };
    if (!options.labelPath.isEmpty())
        subjects.append({QStringLiteral("label"), options.labelPath, {}, false, {}, {}});
    if (!options.apiUrl.isEmpty()) {
        if (options.token.isEmpty()) {
            Bench::note(QStringLiteral("startup: normal mode needs the simulator's token in POINTDESK_TOKEN"));
            return 2;
        }
        subjects.append({QStringLiteral("normal"),
                         options.appPath,
                         {QStringLiteral("--api-base"), options.apiUrl, QStringLiteral("--benchmark-startup")},
                         true,
                         {},
                         {}});
    }
    // One run of each first, not counted: the files are in the page cache for every counted run alike.
    for (int run = -1; run < options.runs; ++run) {
        for (Subject &subject : subjects) {
            Sample sample;
            if (!runOnce(subject.program, subject.arguments, subject.needsToken, options.logPath, &sample)) {
                Bench::note(QStringLiteral("startup: %1 %2 failed (see %3)")
                                .arg(subject.program, subject.arguments.join(QLatin1Char(' ')), options.logPath));
                return 1;
            }
            if (run < 0)
                continue;
            subject.ms.append(sample.ms);
            subject.rssKb.append(double(sample.rssKb));
        }
    }
    for (const Subject &subject : std::as_const(subjects)) {
        const QString prefix = QStringLiteral("startup.") + subject.name + QLatin1Char('.');
        Bench::result(prefix + QStringLiteral("ms"), Bench::median(subject.ms));
        Bench::result(prefix + QStringLiteral("rss_kb"), qint64(Bench::median(subject.rssKb)));
        Bench::result(prefix + QStringLiteral("runs_ms"), join(subject.ms));
    }
    return 0;
}
