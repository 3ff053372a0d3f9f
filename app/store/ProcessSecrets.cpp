#include "store/ProcessSecrets.h"

#include <cstdlib>
#include <cstring>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

QProcessEnvironment ProcessSecrets::protect()
{
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    dropTokenVariable();
    if (disablesCoreDumps())
        disableCoreDumps();
    return environment;
}

void ProcessSecrets::dropTokenVariable()
{
    // The value's text lives in the environment block the process started with (what /proc/<pid>/environ shows):
    // unsetting only drops the pointer to it, so blank the text first.
    if (char *value = std::getenv(kTokenVariable))
        std::memset(value, 0, std::strlen(value));
    qunsetenv(kTokenVariable);
}

void ProcessSecrets::disableCoreDumps()
{
#ifdef Q_OS_UNIX
    const struct rlimit none = {0, 0};
    ::setrlimit(RLIMIT_CORE, &none);
#endif
#ifdef Q_OS_LINUX
    // Also covers core handlers that ignore RLIMIT_CORE (systemd-coredump through a pipe) and ptrace by the same user.
    ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}
