#pragma once

#include <QByteArray>
#include <QString>

/// The manager PIN: 4 to 8 digits, kept only as a salted PBKDF2-HMAC-SHA256 hash in the keychain, in the form
/// "pbkdf2-sha256$<iterations>$<salt, base64>$<hash, base64>". Hashing takes a noticeable fraction of a second on
/// purpose: run it off the UI thread (ManagerSession does).
class ManagerPin
{
public:
    static constexpr int kMinDigits = 4;
    static constexpr int kMaxDigits = 8;
    static constexpr int kIterations = 150000;
    static constexpr int kMinIterations = 1000;     ///< anything lower is refused as not a PointDesk hash
    static constexpr int kMaxIterations = 10000000; ///< so a damaged entry cannot freeze the check
    static constexpr int kSaltBytes = 16;
    static constexpr int kHashBytes = 32;

    /// 4 to 8 ASCII digits, nothing else.
    static bool isValidPin(const QString &pin);

    /// A new hash of `pin` with a fresh random salt from the system's secure generator.
    static QString hash(const QString &pin, int iterations = kIterations);
    /// The hash of `pin` with the given salt; for known-answer tests.
    static QString hashWithSalt(const QString &pin, const QByteArray &salt, int iterations);

    /// True when `pin` matches `encoded`; the final comparison takes the same time wherever the bytes differ.
    static bool verify(const QString &pin, const QString &encoded);
    /// True when `encoded` has the documented form with usable parameters.
    static bool isWellFormed(const QString &encoded);

    /// Compares without an early exit, so the time taken says nothing about where two values differ.
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

private:
    struct Parsed
    {
        int iterations = 0;
        QByteArray salt;
        QByteArray hash;
    };
    static bool parse(const QString &encoded, Parsed *out);
    static QByteArray derive(const QString &pin, const QByteArray &salt, int iterations);
};
