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

    /// 4 to 8 ASCII digits, nothing else. What any PIN typed must be (a PIN stored earlier is checked by this alone).
    static bool isValidPin(const QString &pin);
    /// Too easy to guess for a new PIN: one digit repeated (0000, 77777) or a straight run up or down, counting 0
    /// after 9 and 9 after 0 (1234, 7890, 9876, 3210).
    static bool isTrivialPin(const QString &pin);
    /// What a new PIN must be: valid and not trivial.
    static bool isAcceptableNewPin(const QString &pin) { return isValidPin(pin) && !isTrivialPin(pin); }
    /// Translated: why a trivial PIN is refused and what to choose instead.
    static QString trivialPinMessage();

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
