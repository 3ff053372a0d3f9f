#pragma once

#include <QByteArray>
#include <cstddef>
#include <cstdint>

/// The raw fuzzer bytes as a QByteArray (copied: parsers may keep references).
inline QByteArray fuzzBytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

/// Stops the fuzzer with a crash when an invariant does not hold (a plain assert is compiled out in release).
#define FUZZ_CHECK(condition)                                                                                          \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            __builtin_trap();                                                                                          \
    } while (false)
