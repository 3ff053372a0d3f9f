#pragma once

#include <QProcessEnvironment>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define POINTDESK_ASAN_BUILD 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define POINTDESK_ASAN_BUILD 1
#endif

/// Keeps the access token from leaking out of the process. Call protect() first thing in main(), before
/// QApplication and before anything (the keychain: libsecret may start a dbus-daemon of its own) can start a child
/// process: it returns the environment as it was, then takes POINTDESK_TOKEN out of the process's environment, so
/// no child inherits it, and blanks its text in the environment block the kernel shows in /proc/<pid>/environ.
/// In release builds it also turns core dumps off (a core file holds every secret in memory) and, on Linux, makes
/// the process non-dumpable, which also keeps other processes of the same user out of its memory and environment
/// files. Debug and sanitizer builds keep core dumps: developers need them.
class ProcessSecrets
{
public:
    static constexpr const char *kTokenVariable = "POINTDESK_TOKEN";

    /// The environment before the token was removed; read POINTDESK_TOKEN from this, never from the process.
    static QProcessEnvironment protect();

    /// Whether this build turns core dumps off (release builds without sanitizers).
    static constexpr bool disablesCoreDumps()
    {
#if defined(NDEBUG) && !defined(POINTDESK_ASAN_BUILD)
        return true;
#else
        return false;
#endif
    }

private:
    static void dropTokenVariable();
    static void disableCoreDumps();
};
